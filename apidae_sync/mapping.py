"""Apidae object (API v002 or export JSON) → `destinations.catalogue_records.OfferRecord`.

`map_object()` is a pure function: no database, no network, no clock unless `today` is omitted. It never
raises on odd data; it maps what it understands and lists what it could not in `record.skipped` (also
logged at DEBUG). It raises `MappingError` only when the object has no usable id, type or name at all,
because such an object cannot become an offer.

Rules worth knowing (see API-NOTES.md for the Apidae side):

- **Private blocks are never read**: `contacts`, `criteresInternes`, `donneesPrivees` and
  `gestion.signalerUnProblemeMails` (internal data a portal must never show). They are also removed from
  `record.raw`, the copy of the source document the catalogue stores: `raw` is the object *minus* those
  blocks (at any depth, e.g. inside `aspects`), so they never reach the database either.
  `moyensCommunication[].observation` is not mapped either: Apidae members put contact persons' names there.
- **Coordinates** are `[lon, lat]`. A pair that only makes sense swapped (it lands in mainland France once
  swapped, nowhere sensible as given) is dropped with a note rather than guessed.
- **Opening periods**: every `periodesOuvertures` entry. A `tousLesAns` period has a meaningless year, so it
  becomes two records (the year of `today` and the next one) with `every_year=True`. Exceptional opening
  dates of a dated period become one-day periods (`OUVERTURE_EXCEPTIONNELLE`).
- **Aspects** (`aspects[]`: GROUPES, HIVER…) are alternative versions of the object; they are ignored.
- **Eco label**: `has_eco_label` is True when a reference element of the object (distinctions, labels,
  typologies…) has an id in `ECO_REFERENCE_IDS` or a label matching `ECO_LABEL_KEYWORDS` (accents and
  case ignored). Only 5063 “Mercantour Écotourisme” (API-NOTES.md) is a known id today; the keywords catch
  Clef verte / Green Key, EU Ecolabel, Valeurs Parc / Esprit Parc, Gîtes Panda, écotourisme. Extend both
  once the Région's label list is checked against `referentiel/elements-reference`.
- **Texts**: plain text, newlines kept (`\\r\\n` normalised); a language without a name takes the French
  name (else the first name found); names are flattened to one line and cut to 255 characters.
"""

from __future__ import annotations

import copy
import datetime as dt
import logging
import math
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, MutableMapping
from decimal import Decimal, InvalidOperation
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from destinations.catalogue_records import (
    ImageRecord,
    OfferRecord,
    PeriodRecord,
    PriceRecord,
    ReferenceRecord,
    TextsRecord,
)

from .references import LANGUAGES, ReferenceResolver, as_int, clean_text, index_communes, libelles

__all__ = [
    "ECO_LABEL_KEYWORDS",
    "ECO_REFERENCE_IDS",
    "OFFER_KINDS",
    "PRIVATE_KEYS",
    "SOURCE",
    "MappingError",
    "ReferenceResolver",
    "index_communes",
    "map_object",
    "strip_private",
]

logger = logging.getLogger(__name__)

SOURCE = "apidae"
PARIS = ZoneInfo("Europe/Paris")
NAME_MAX_LENGTH = 255

#: Apidae `type` → `destinations.models.offers.OfferKind` value (strings, so this module stays Django-free).
OFFER_KINDS: dict[str, str] = {
    "HOTELLERIE": "accommodation",
    "HOTELLERIE_PLEIN_AIR": "accommodation",
    "HEBERGEMENT_COLLECTIF": "accommodation",
    "HEBERGEMENT_LOCATIF": "accommodation",
    "RESTAURATION": "restaurant",
    "ACTIVITE": "activity",
    "FETE_ET_MANIFESTATION": "event",
    "PATRIMOINE_CULTUREL": "heritage",
    "PATRIMOINE_NATUREL": "nature",
    "DEGUSTATION": "tasting",
    "COMMERCE_ET_SERVICE": "shop_service",
    "EQUIPEMENT": "equipment",
    "DOMAINE_SKIABLE": "ski_area",
    "SEJOUR_PACKAGE": "package",
    "STRUCTURE": "organisation",
    "TERRITOIRE": "territory",
}
OTHER_KIND = "other"
#: Apidae `type` → its type-specific block (`FETE_ET_MANIFESTATION` → `informationsFeteEtManifestation`).
_TYPE_BLOCKS: dict[str, str] = {
    source_type: "informations" + "".join(word.capitalize() for word in source_type.split("_"))
    for source_type in OFFER_KINDS
}

#: Blocks holding internal or personal data: never mapped, and removed (at any depth) from `record.raw`.
PRIVATE_KEYS: frozenset[str] = frozenset({"contacts", "criteresInternes", "donneesPrivees", "signalerUnProblemeMails"})

#: Reference element ids that mean an ecological label (5063 “Mercantour Écotourisme”, PACA family 4790).
ECO_REFERENCE_IDS: frozenset[int] = frozenset({5063})
#: Label fragments (lower case, no accents, hyphens as spaces) that mean an ecological label.
ECO_LABEL_KEYWORDS: tuple[str, ...] = (
    "clef verte",
    "cle verte",
    "green key",
    "ecolabel",
    "eco label",
    "valeurs parc",
    "esprit parc",
    "gite panda",
    "gites panda",
    "ecotourisme",
    "ecotourism",
)
_ACCESSIBILITY_KEYWORDS = ("tourisme handicap", "tourisme et handicap", "tourisme & handicap")

#: `MoyenCommunicationType` ids (API-NOTES.md); other types are recognised by their label, else skipped.
CONTACT_KINDS: dict[int, str] = {201: "phone", 202: "fax", 204: "email", 205: "website", 207: "facebook"}
_CONTACT_LABEL_KINDS: tuple[tuple[str, str], ...] = (
    ("facebook", "facebook"),
    ("instagram", "instagram"),
    ("twitter", "twitter"),
    ("youtube", "youtube"),
    ("linkedin", "linkedin"),
    ("tripadvisor", "tripadvisor"),
    ("pinterest", "pinterest"),
    ("fax", "fax"),
    ("mail", "email"),
    ("mel", "email"),
    ("site", "website"),
    ("web", "website"),
    ("url", "website"),
    ("telephone", "phone"),
    ("mobile", "phone"),
    ("portable", "phone"),
)

#: Reference element lists mapped to `record.references`: (dotted path, element type when not given inline).
REFERENCE_FIELDS: tuple[tuple[str, str], ...] = (
    ("presentation.typologiesPromoSitra", "TypologiePromoSitra"),
    ("prestations.typesClientele", "TypeClientele"),
    ("prestations.tourismesAdaptes", "TourismeAdapte"),
    ("prestations.labelsTourismeHandicap", "LabelTourismeHandicap"),
    ("prestations.equipements", "PrestationEquipement"),
    ("prestations.services", "PrestationService"),
    ("prestations.conforts", "PrestationConfort"),
    ("prestations.activites", "PrestationActivite"),
    ("prestations.languesParlees", "Langue"),
    ("localisation.environnements", "Environnement"),
    ("descriptionTarif.modesPaiement", "ModePaiement"),
)
_DISTINCTION_KEYS = ("distinction", "nom", "classement", "niveau", "echelon", "label")

_WEEKDAYS = {"LUNDI": 1, "MARDI": 2, "MERCREDI": 3, "JEUDI": 4, "VENDREDI": 5, "SAMEDI": 6, "DIMANCHE": 7}
_ALL_WEEK = [1, 2, 3, 4, 5, 6, 7]
_FILENAME_CAPTION = re.compile(r"^\S+\.(jpe?g|png|gif|bmp|tiff?|webp|heic)$", re.IGNORECASE)
_PRICE_LIMIT = Decimal("9999999.99")  # Offer.price_min/max: max_digits=9, decimal_places=2


class MappingError(ValueError):
    """The object cannot become an offer at all (no usable id, type or name)."""


def map_object(
    obj: dict,
    *,
    references: ReferenceResolver | None = None,
    communes: dict[int, dict] | None = None,
    selection_ids: list[int] | None = None,
    today: dt.date | None = None,
    owned: bool = False,
) -> OfferRecord:
    """Map one Apidae object to an `OfferRecord` (see the module docstring for the rules).

    `obj` is not modified, and `record.raw` is a private copy of it without the private blocks, unless
    `owned=True`: the caller hands over a document nobody else holds (e.g. freshly decoded JSON, as the
    sync's staged payloads); its private blocks are then removed in place and it becomes `record.raw`
    itself, which saves the deep copy (~40 % of the mapping time).
    """
    if not isinstance(obj, Mapping):
        raise MappingError(f"not an object: {type(obj).__name__}")
    if owned:
        strip_private(obj, in_place=True)
    object_id = as_int(obj.get("id"))
    if object_id is None:
        raise MappingError("object without a usable id")
    mapper = _Mapper(obj, object_id, references or ReferenceResolver(), communes or {}, today or dt.date.today())
    source_type = obj.get("type")
    if isinstance(source_type, str) and source_type.strip():
        source_type = source_type.strip()[:60]
    else:
        # No `type` (some hand-written or partial documents): the `informations<Type>` block still tells it.
        blocks = [t for t, block in _TYPE_BLOCKS.items() if isinstance(obj.get(block), Mapping)]
        if len(blocks) != 1:
            raise MappingError(f"object {object_id}: no usable type")
        source_type = blocks[0]
        mapper.skip(f"no type: {source_type} inferred from {_TYPE_BLOCKS[source_type]}")
    texts = mapper.texts()
    if not texts:
        raise MappingError(f"object {object_id}: no name in any language")

    kind = OFFER_KINDS.get(source_type)
    if kind is None:
        kind = OTHER_KIND
        mapper.skip(f"unknown type {source_type}")

    record = OfferRecord(source=SOURCE, source_id=str(object_id), source_type=source_type, kind=kind, texts=texts)
    record.selection_ids = [number for value in (selection_ids or []) if (number := as_int(value)) is not None]
    record.raw = obj if owned else strip_private(obj)
    mapper.run(record)
    record.skipped = mapper.skipped
    return record


def strip_private(document: Any, *, in_place: bool = False) -> Any:
    """A deep copy of `document` without the `PRIVATE_KEYS` blocks, at any depth.

    `in_place=True` removes them from `document` itself (dicts and lists, at any depth) and returns it:
    for a document the caller owns, without the cost of copying every node.
    """
    if in_place:
        _drop_private(document)
        return document
    if isinstance(document, Mapping):
        return {key: strip_private(value) for key, value in document.items() if key not in PRIVATE_KEYS}
    if isinstance(document, list):
        return [strip_private(value) for value in document]
    return copy.copy(document)


def _drop_private(node: MutableMapping | list) -> None:
    if isinstance(node, MutableMapping):
        for key in PRIVATE_KEYS:
            node.pop(key, None)
        items: Iterable[tuple[Any, Any]] = node.items()
    else:
        items = enumerate(node)
    for key, child in items:
        if isinstance(child, MutableMapping | list):
            _drop_private(child)
        elif isinstance(child, Mapping):  # read-only (never from JSON): replaced by a stripped copy
            node[key] = strip_private(child)


# --------------------------------------------------------------------------------------------- helpers


def _dict(value: Any) -> Mapping:
    return value if isinstance(value, Mapping) else {}


def _path(obj: Any, dotted: str) -> Any:
    node = obj
    for key in dotted.split("."):
        if not isinstance(node, Mapping):
            return None
        node = node.get(key)
    return node


def _fold(text: str) -> str:
    """Lower case, no accents, hyphens/apostrophes as spaces, blanks collapsed (for keyword matching)."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    text = re.sub(r"[-'’_/]", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def _first_label(labels: Mapping[str, str]) -> str:
    return labels.get("fr") or next(iter(labels.values()), "")


def _is_http_url(value: Any) -> bool:
    if not isinstance(value, str) or len(value) > 2000 or any(ch.isspace() for ch in value.strip()):
        return False
    try:
        parts = urlsplit(value.strip())
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def _parse_date(value: Any) -> dt.date | None:
    """`2019-08-06` or a timestamp (its date in Europe/Paris)."""
    if not isinstance(value, str):
        return None
    text = value.strip()
    if len(text) == 10:
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            return None
    moment = _parse_datetime(text)
    return moment.astimezone(PARIS).date() if moment else None


def _parse_datetime(value: Any) -> dt.datetime | None:
    """`2018-11-30T08:42:14.436+0000` → aware datetime (a zone-less value is taken as Europe/Paris time)."""
    if not isinstance(value, str) or not 10 <= len(value.strip()) <= 40:
        return None
    text = value.strip()
    text = re.sub(r"([+-]\d{2})(\d{2})$", r"\1:\2", text)
    try:
        moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=PARIS)


def _parse_time(value: Any) -> dt.time | None:
    """`HH:MM:SS` or `HH:MM` (local Europe/Paris time) → naive time."""
    if not isinstance(value, str):
        return None
    match = re.fullmatch(r"(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?", value.strip())
    if not match:
        return None
    hour, minute, second = int(match[1]), int(match[2]), int(match[3] or 0)
    if hour == 24 and minute == 0 and second == 0:
        return dt.time(23, 59, 59)
    try:
        return dt.time(hour, minute, second)
    except ValueError:
        return None


def _decimal(value: Any) -> Decimal | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        if isinstance(value, float) and not math.isfinite(value):
            return None
        number = Decimal(str(value))
    elif isinstance(value, str) and len(value) <= 30:
        try:
            number = Decimal(value.strip().replace(",", ".").replace(" ", ""))
        except InvalidOperation:
            return None
    else:
        return None
    if not number.is_finite() or number < 0 or number > _PRICE_LIMIT:
        return None
    return number.quantize(Decimal("0.01"))


def _replace_year(day: dt.date, year: int) -> dt.date:
    try:
        return day.replace(year=year)
    except ValueError:  # 29 February
        return day.replace(year=year, day=28)


def _in_mainland_france(lat: float, lon: float) -> bool:
    return 41.0 <= lat <= 51.5 and -5.5 <= lon <= 10.0


# --------------------------------------------------------------------------------------------- mapper


class _Mapper:
    """One mapping run: the object, its context and the notes of what was skipped."""

    def __init__(
        self, obj: Mapping, object_id: int, references: ReferenceResolver, communes: Mapping, today: dt.date
    ) -> None:
        self.obj = obj
        self.object_id = object_id
        self.references = references
        self.communes = communes
        self.today = today
        self.skipped: list[str] = []

    def skip(self, note: str) -> None:
        note = note if len(note) <= 300 else note[:297] + "…"
        self.skipped.append(note)
        logger.debug("Apidae object %s: %s", self.object_id, note)

    def list_at(self, dotted: str, value: Any = None) -> list:
        """The list at `dotted` (or `value`); anything else that is not empty is noted and ignored."""
        value = _path(self.obj, dotted) if value is None else value
        if value is None or value == {} or value == "":
            return []
        if not isinstance(value, list):
            self.skip(f"{dotted}: expected a list, got {type(value).__name__}")
            return []
        return value

    def run(self, record: OfferRecord) -> None:
        steps: list[tuple[str, Callable[[OfferRecord], None]]] = [
            ("localisation", self.location),
            ("gestion.dateModification", self.modified_at),
            ("ouverture.periodesOuvertures", self.periods),
            ("descriptionTarif", self.prices),
            ("references", self.classification),
            ("informations.moyensCommunication", self.contact_means),
            ("reservation.organismes", self.booking),
            ("illustrations", self.images),
            ("aspects", self.aspects),
        ]
        for name, step in steps:
            try:
                step(record)
            except Exception as exc:  # a safety net: one odd block must not lose the whole offer
                logger.debug("Apidae object %s: %s failed", self.object_id, name, exc_info=True)
                self.skip(f"{name}: internal error {type(exc).__name__}")

    # ----------------------------------------------------------------------------------------- texts

    def texts(self) -> dict[str, TextsRecord]:
        names = {lang: " ".join(text.split()) for lang, text in libelles(self.obj.get("nom")).items()}
        names = {lang: text for lang, text in names.items() if text}
        if not names:
            return {}
        fields = {
            "short_description": libelles(_path(self.obj, "presentation.descriptifCourt")),
            "description": libelles(_path(self.obj, "presentation.descriptifDetaille")),
            "opening_summary": libelles(_path(self.obj, "ouverture.periodeEnClair")),
            "price_summary": libelles(_path(self.obj, "descriptionTarif.tarifsEnClair")),
        }
        fallback = names.get("fr") or next(iter(names.values()))
        if len(fallback) > NAME_MAX_LENGTH or any(len(name) > NAME_MAX_LENGTH for name in names.values()):
            self.skip(f"name truncated to {NAME_MAX_LENGTH} characters")
        languages = [lang for lang in LANGUAGES if lang in names or any(lang in texts for texts in fields.values())]
        result: dict[str, TextsRecord] = {}
        for lang in languages:
            name = (names.get(lang) or fallback)[:NAME_MAX_LENGTH].rstrip()
            result[lang] = TextsRecord(name=name, **{field: texts.get(lang, "") for field, texts in fields.items()})
        return result

    # ----------------------------------------------------------------------------------------- place

    def location(self, record: OfferRecord) -> None:
        localisation = _dict(self.obj.get("localisation"))
        coordinates = _path(localisation, "geolocalisation.geoJson.coordinates")
        if coordinates is not None:
            self.coordinates(record, coordinates)
        address = _dict(localisation.get("adresse"))
        lines = [
            " ".join(line.split())
            for key in ("adresse1", "adresse2", "adresse3")
            if isinstance(line := address.get(key), str)
        ]
        record.street_address = ", ".join(line for line in lines if line)[:255]
        postal_code = address.get("codePostal")
        if isinstance(postal_code, str | int) and not isinstance(postal_code, bool):
            record.postal_code = str(postal_code).strip()[:10]
        commune = address.get("commune")
        if commune is None:
            return
        if not isinstance(commune, Mapping):
            self.skip("localisation.adresse.commune: not an object")
            return
        commune_id = as_int(commune.get("id"))
        known = self.communes.get(commune_id) if commune_id is not None else None
        merged = (
            {**known, **{k: v for k, v in commune.items() if v not in (None, "")}}
            if isinstance(known, Mapping)
            else commune
        )
        if commune_id is not None and not isinstance(known, Mapping) and not commune.get("nom"):
            self.skip(f"commune {commune_id}: unknown (not in communes)")
        record.commune_source_id = commune_id
        code = merged.get("code")
        if isinstance(code, str) and re.fullmatch(r"[0-9][0-9AB][0-9]{3}", code.strip()):
            record.commune_insee = code.strip()
        elif code is not None:
            self.skip(f"commune {commune_id}: bad INSEE code")
        name = merged.get("nom")
        if isinstance(name, str):
            record.commune_name = " ".join(name.split())[:120]
            record.city = record.commune_name
        if not record.postal_code and isinstance(merged.get("codePostal"), str):
            record.postal_code = merged["codePostal"].strip()[:10]

    def coordinates(self, record: OfferRecord, coordinates: Any) -> None:
        if (
            not isinstance(coordinates, list)
            or len(coordinates) < 2
            or not all(isinstance(v, int | float) and not isinstance(v, bool) for v in coordinates[:2])
        ):
            self.skip("coordinates: not a [lon, lat] pair")
            return
        lon, lat = float(coordinates[0]), float(coordinates[1])
        if not (math.isfinite(lon) and math.isfinite(lat)) or not (-180 <= lon <= 180 and -90 <= lat <= 90):
            self.skip(f"coordinates: out of range [{lon}, {lat}]")
            return
        if lon == 0 and lat == 0:
            self.skip("coordinates: [0, 0]")
            return
        if not _in_mainland_france(lat, lon) and _in_mainland_france(lon, lat):
            self.skip(f"coordinates: look swapped [{lon}, {lat}] (expected [lon, lat])")
            return
        record.latitude, record.longitude = lat, lon

    def modified_at(self, record: OfferRecord) -> None:
        value = _path(self.obj, "gestion.dateModification")
        if value is None:
            return
        moment = _parse_datetime(value)
        if moment is None:
            self.skip("gestion.dateModification: bad timestamp")
        record.source_modified_at = moment

    # ----------------------------------------------------------------------------------------- time

    def periods(self, record: OfferRecord) -> None:
        for index, period in enumerate(self.list_at("ouverture.periodesOuvertures")):
            where = f"periodesOuvertures[{index}]"
            if not isinstance(period, Mapping):
                self.skip(f"{where}: not an object")
                continue
            start = _parse_date(period.get("dateDebut"))
            end = _parse_date(period.get("dateFin")) if period.get("dateFin") is not None else start
            if start is None or end is None:
                self.skip(f"{where}: bad date")
                continue
            if end < start:
                self.skip(f"{where}: end before start, swapped")
                start, end = end, start
            opening = self.time_of(period, "horaireOuverture", where)
            closing = self.time_of(period, "horaireFermeture", where)
            period_type = period.get("type") if isinstance(period.get("type"), str) else ""
            weekdays = self.weekdays(period, period_type, where)
            details = libelles(period.get("complementHoraire"))
            every_year = period.get("tousLesAns") is True
            base = {"every_year": every_year, "opening_time": opening, "closing_time": closing, "details": details}
            span = end.year - start.year
            if every_year and (span > 1 or self.today.year + 1 + span > dt.MAXYEAR):
                self.skip(f"{where}: yearly period longer than a year, kept with its own dates")
                record.periods.append(_period(start, end, period_type, weekdays, base))
            elif every_year:
                for year in (self.today.year, self.today.year + 1):
                    first, last = _replace_year(start, year), _replace_year(end, year + span)
                    record.periods.append(_period(first, last, period_type, weekdays, base))
            else:
                record.periods.append(_period(start, end, period_type, weekdays, base))
            exceptional = self.list_at(
                f"ouverture.periodesOuvertures[{index}].ouverturesExceptionnelles",
                period.get("ouverturesExceptionnelles"),
            )
            if exceptional and every_year:
                self.skip(f"{where}: {len(exceptional)} ouverturesExceptionnelles of a yearly period not mapped")
            elif exceptional:
                for extra in exceptional:
                    day = _parse_date(_dict(extra).get("dateOuverture"))
                    if day is None:
                        self.skip(f"{where}: bad ouvertureExceptionnelle date")
                    elif not start <= day <= end:
                        record.periods.append(_period(day, day, "OUVERTURE_EXCEPTIONNELLE", [], base))
            if period.get("fermeturesExceptionnelles"):
                self.skip(f"{where}: fermeturesExceptionnelles not mapped")

    def time_of(self, period: Mapping, key: str, where: str) -> dt.time | None:
        value = period.get(key)
        if value is None or value == "":
            return None
        parsed = _parse_time(value)
        if parsed is None:
            self.skip(f"{where}: bad {key}")
        return parsed

    def weekdays(self, period: Mapping, period_type: str, where: str) -> list[int]:
        days: set[int] = set()
        source = period.get("ouverturesJournalieres")
        if source is None:
            source = period.get("joursOuverture")
        entries = source if isinstance(source, list) else []
        if source is not None and not isinstance(source, list):
            self.skip(f"{where}: ouverturesJournalieres is not a list")
        for entry in entries:
            day = entry.get("jour") if isinstance(entry, Mapping) else entry
            if not isinstance(day, str):
                continue
            day = day.strip().upper()
            if day in _WEEKDAYS:
                days.add(_WEEKDAYS[day])
            elif day in ("TOUS", "TOUS_LES_JOURS"):
                days.update(_ALL_WEEK)
            else:
                self.skip(f"{where}: unknown day {day[:30]}")
        if period_type == "OUVERTURE_TOUS_LES_JOURS" and not days:
            return list(_ALL_WEEK)
        if period_type == "OUVERTURE_SAUF":
            return [day for day in _ALL_WEEK if day not in days] if days else []
        return sorted(days)

    # ----------------------------------------------------------------------------------------- money

    def prices(self, record: OfferRecord) -> None:
        tariff = self.obj.get("descriptionTarif")
        if tariff is None:
            return
        if not isinstance(tariff, Mapping):
            self.skip("descriptionTarif: not an object")
            return
        indication = tariff.get("indicationTarif")
        if tariff.get("gratuit") is True or indication == "GRATUIT":
            record.is_free = True
        elif indication == "PAYANT":
            record.is_free = False
        seen: set[tuple] = set()
        for p_index, period in enumerate(self.list_at("descriptionTarif.periodes")):
            if not isinstance(period, Mapping):
                self.skip(f"descriptionTarif.periodes[{p_index}]: not an object")
                continue
            for t_index, price in enumerate(
                self.list_at(f"descriptionTarif.periodes[{p_index}].tarifs", period.get("tarifs"))
            ):
                where = f"descriptionTarif.periodes[{p_index}].tarifs[{t_index}]"
                if not isinstance(price, Mapping):
                    self.skip(f"{where}: not an object")
                    continue
                raw_min = price.get("minimum", price.get("montant"))
                raw_max = price.get("maximum", price.get("montantMax"))
                minimum, maximum = _decimal(raw_min), _decimal(raw_max)
                if (raw_min is not None and minimum is None) or (raw_max is not None and maximum is None):
                    self.skip(f"{where}: bad amount")
                if minimum is None and maximum is None:
                    continue
                if minimum is not None and maximum is not None and maximum < minimum:
                    minimum, maximum = maximum, minimum
                label = self.price_label(price)
                key = (tuple(sorted(label.items())), minimum, maximum)
                if key in seen:
                    continue
                seen.add(key)
                record.prices.append(PriceRecord(label=label, minimum=minimum, maximum=maximum))
        if record.is_free is None and record.prices:
            record.is_free = False

    def price_label(self, price: Mapping) -> dict[str, str]:
        type_labels: dict[str, str] = {}
        if isinstance(price.get("type"), Mapping):
            resolved = self.references.resolve(price["type"], "TarifType")
            type_labels = resolved.labels if resolved else {}
        precision = libelles(price.get("precisionTarif"))
        label: dict[str, str] = {}
        for lang in LANGUAGES:  # one language at a time, never mixed
            kind, detail = type_labels.get(lang, ""), precision.get(lang, "")
            text = f"{kind} ({detail})" if kind and detail and detail != kind else kind or detail
            if text:
                label[lang] = text[:255]
        return label

    # ----------------------------------------------------------------------------------------- labels

    def classification(self, record: OfferRecord) -> None:
        found: dict[int, ReferenceRecord] = {}

        def add(element: Any, default_type: str, where: str) -> None:
            if not isinstance(element, Mapping):
                self.skip(f"{where}: not an element reference")
                return
            resolved = self.references.resolve(element, default_type)
            if resolved is None:
                self.skip(f"{where}: element without id")
            elif resolved.source_id not in found:
                found[resolved.source_id] = resolved

        for dotted, default_type in REFERENCE_FIELDS:
            for index, element in enumerate(self.list_at(dotted)):
                add(element, default_type, f"{dotted}[{index}]")

        for block_name, block in self.obj.items():
            if not (
                isinstance(block_name, str) and block_name.startswith("informations") and block_name != "informations"
            ):
                continue
            if not isinstance(block, Mapping):
                if block not in (None, "", []):
                    self.skip(f"{block_name}: not an object")
                continue
            for key, value in block.items():
                where = f"{block_name}.{key}"
                if isinstance(value, Mapping) and _looks_like_element(value):
                    add(value, "", where)
                elif isinstance(value, list):
                    for index, element in enumerate(value):
                        if isinstance(element, Mapping) and _looks_like_element(element):
                            add(element, "", f"{where}[{index}]")

        for index, distinction in enumerate(self.list_at("distinctions")):
            where = f"distinctions[{index}]"
            if not isinstance(distinction, Mapping):
                self.skip(f"{where}: not an object")
                continue
            parts = [distinction[key] for key in _DISTINCTION_KEYS if isinstance(distinction.get(key), Mapping)]
            parts = [part for part in parts if as_int(part.get("id")) is not None]
            if not parts and isinstance(distinction.get("elementReferenceType"), str):
                parts = [distinction]
            if not parts:
                self.skip(f"{where}: no element reference")
            for part in parts:
                add(part, "Distinction", where)

        record.references = list(found.values())
        record.is_accessible = bool(
            self.list_at("prestations.tourismesAdaptes") or self.list_at("prestations.labelsTourismeHandicap")
        )
        for reference in record.references:
            folded = [_fold(text) for text in reference.labels.values()]
            if reference.source_id in ECO_REFERENCE_IDS or any(
                k in text for text in folded for k in ECO_LABEL_KEYWORDS
            ):
                record.has_eco_label = True
            if any(k in text for text in folded for k in _ACCESSIBILITY_KEYWORDS):
                record.is_accessible = True

    # ----------------------------------------------------------------------------------------- contact

    def public_means(self, means: list, where: str) -> list[tuple[str, str]]:
        """(kind, value) of public contact means; unknown kinds noted. Observations are never read."""
        result: list[tuple[str, str]] = []
        for index, mean in enumerate(means):
            here = f"{where}[{index}]"
            if not isinstance(mean, Mapping):
                self.skip(f"{here}: not an object")
                continue
            if mean.get("prive") is True or mean.get("public") is False or mean.get("diffusable") is False:
                continue
            kind = self.contact_kind(mean.get("type"))
            value = self.coordinate(mean.get("coordonnees"))
            if not value:
                self.skip(f"{here}: no value")
            elif not kind:
                type_id = as_int(_dict(mean.get("type")).get("id"))
                self.skip(f"{here}: unknown contact type {type_id}")
            else:
                result.append((kind, value))
        return result

    def contact_kind(self, element: Any) -> str:
        if not isinstance(element, Mapping):
            return ""
        type_id = as_int(element.get("id"))
        if type_id in CONTACT_KINDS:
            return CONTACT_KINDS[type_id]
        resolved = self.references.resolve(element, "MoyenCommunicationType")
        label = _fold(_first_label(resolved.labels)) if resolved else ""
        words = set(label.split())
        for keyword, kind in _CONTACT_LABEL_KINDS:
            if keyword in words or (len(keyword) > 4 and keyword in label):
                return kind
        return ""

    @staticmethod
    def coordinate(value: Any) -> str:
        """`coordonnees` keyed by lowercase locale: French first, else the first non-empty value."""
        if isinstance(value, str):
            return clean_text(value)[:500]
        if not isinstance(value, Mapping):
            return ""
        candidates = [value.get("fr")] + [v for k, v in value.items() if k != "fr"]
        for candidate in candidates:
            text = clean_text(candidate)
            if text:
                return " ".join(text.split())[:500]
        return ""

    def contact_means(self, record: OfferRecord) -> None:
        seen: set[tuple[str, str]] = set()
        for kind, value in self.public_means(self.list_at("informations.moyensCommunication"), "moyensCommunication"):
            if (kind, value) not in seen:
                seen.add((kind, value))
                record.contact_means.append({"kind": kind, "value": value})

    def booking(self, record: OfferRecord) -> None:
        for index, organisation in enumerate(self.list_at("reservation.organismes")):
            where = f"reservation.organismes[{index}]"
            if not isinstance(organisation, Mapping):
                self.skip(f"{where}: not an object")
                continue
            name = organisation.get("nom")
            name = " ".join(name.split()) if isinstance(name, str) else ""
            if not name:
                name = " ".join(_first_label(libelles(_path(organisation, "structureReference.nom"))).split())
            link = {"name": name[:255], "url": "", "phone": "", "email": ""}
            means = self.list_at(f"{where}.moyensCommunication", organisation.get("moyensCommunication"))
            for kind, value in self.public_means(means, f"{where}.moyensCommunication"):
                if kind == "website" and not link["url"] and _is_http_url(value):
                    link["url"] = value
                elif kind in ("phone", "email") and not link[kind]:
                    link[kind] = value
            if link["url"] or link["phone"] or link["email"]:
                if link not in record.booking_links:
                    record.booking_links.append(link)
            else:
                self.skip(f"{where}: no public way to book")

    # ----------------------------------------------------------------------------------------- media

    def images(self, record: OfferRecord) -> None:
        seen: set[str] = set()
        for index, illustration in enumerate(self.list_at("illustrations")):
            ident = _dict(illustration).get("identifiant")
            where = f"illustration {ident}" if as_int(ident) else f"illustrations[{index}]"
            if not isinstance(illustration, Mapping):
                self.skip(f"{where}: not an object")
                continue
            if illustration.get("type", "IMAGE") != "IMAGE":
                self.skip(f"{where}: type {str(illustration.get('type'))[:30]} is not an image")
                continue
            limit_raw = illustration.get("dateLimiteDePublication")
            publish_until = _parse_date(limit_raw) if limit_raw is not None else None
            if limit_raw is not None and publish_until is None:
                self.skip(f"{where}: bad dateLimiteDePublication")
            if publish_until is not None and publish_until < self.today:
                self.skip(f"{where}: past dateLimiteDePublication")
                continue
            files = [
                f
                for f in self.list_at(f"{where}.traductionFichiers", illustration.get("traductionFichiers"))
                if isinstance(f, Mapping)
            ]
            file = next((f for f in files if _is_http_url(f.get("url"))), None)
            if file is None:
                self.skip(f"{where}: no http(s) url")
                continue
            url = file["url"].strip()
            if url in seen:
                self.skip(f"{where}: duplicate of an earlier image")
                continue
            seen.add(url)
            captions = {
                lang: text
                for lang, text in libelles(illustration.get("legende")).items()
                if not _FILENAME_CAPTION.match(text)
            }
            for lang, text in libelles(illustration.get("nom")).items():
                if not _FILENAME_CAPTION.match(text):
                    captions.setdefault(lang, text)
            width, height = as_int(file.get("largeur")), as_int(file.get("hauteur"))
            record.images.append(
                ImageRecord(
                    url=url[:500],
                    url_list=file["urlListe"].strip()[:500] if _is_http_url(file.get("urlListe")) else "",
                    url_card=file["urlFiche"].strip()[:500] if _is_http_url(file.get("urlFiche")) else "",
                    width=width if width and width < 100_000 else None,
                    height=height if height and height < 100_000 else None,
                    captions={lang: " ".join(text.split())[:500] for lang, text in captions.items()},
                    credit=" ".join(_first_label(libelles(illustration.get("copyright"))).split())[:255],
                    publish_until=publish_until,
                )
            )

    def aspects(self, record: OfferRecord) -> None:
        aspects = self.list_at("aspects")
        if aspects:
            names = [
                a.get("aspect") if isinstance(a, Mapping) and isinstance(a.get("aspect"), str) else "?" for a in aspects
            ]
            self.skip("aspects ignored: " + ", ".join(name[:30] for name in names))


def _period(first: dt.date, last: dt.date, period_type: str, weekdays: list[int], base: dict) -> PeriodRecord:
    return PeriodRecord(
        start_date=first,
        end_date=last,
        every_year=base["every_year"],
        opening_time=base["opening_time"],
        closing_time=base["closing_time"],
        period_type=period_type[:60],
        weekdays=list(weekdays),
        details=dict(base["details"]),
    )


def _looks_like_element(value: Mapping) -> bool:
    """An element reference (not an object link like `{"type": "STRUCTURE", "id": 1}`, not a sub-structure)."""
    if as_int(value.get("id")) is None:
        return False
    if isinstance(value.get("elementReferenceType"), str):
        return True
    if isinstance(value.get("type"), str):
        return False  # a link to another object
    return bool(libelles(value))
