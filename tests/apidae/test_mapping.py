"""Apidae object → OfferRecord: every real sample, plus the rules one by one (no database needed)."""

from __future__ import annotations

import copy
import datetime as dt
import json
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from typing import Any

import pytest

from apidae_sync.mapping import (
    ECO_REFERENCE_IDS,
    OFFER_KINDS,
    PRIVATE_KEYS,
    MappingError,
    ReferenceResolver,
    index_communes,
    map_object,
    strip_private,
)
from destinations.catalogue_records import OfferRecord
from destinations.models.offers import OfferKind

from .fake_apidae import samples_dir

TODAY = dt.date(2026, 5, 1)
EXPORT_DIR = "export_zip_events_savoie"


@dataclass
class SampleCase:
    file: str
    obj: dict
    references: ReferenceResolver | None = None
    communes: dict[int, dict] | None = None
    selection_ids: list[int] | None = None

    @property
    def id(self) -> str:
        return f"{self.file}:{self.obj.get('id')}"


@cache
def _load_sample_cases() -> tuple[SampleCase, ...]:
    directory = samples_dir()
    cases: list[SampleCase] = []
    for path in sorted(directory.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(data, dict):  # API envelope; an empty result has no objetsTouristiques key
            resolver = ReferenceResolver()
            resolver.learn(data)
            selection_ids = (data.get("query") or {}).get("selectionIds")
            cases += [
                SampleCase(path.name, obj, resolver, None, selection_ids) for obj in data.get("objetsTouristiques", [])
            ]
        else:
            cases += [SampleCase(path.name, obj) for obj in data]
    export = directory / EXPORT_DIR
    resolver = ReferenceResolver.from_file(export / "elements_reference.json")
    communes = index_communes(json.loads((export / "communes.json").read_text(encoding="utf-8")))
    selections: dict[int, list[int]] = {}
    for selection in json.loads((export / "selections.json").read_text(encoding="utf-8")):
        for member in selection["objetsTouristiques"]:
            selections.setdefault(member["id"], []).append(selection["id"])
    for path in sorted((export / "objets_modifies").glob("*.json")):
        for obj in json.loads(path.read_text(encoding="utf-8")):
            cases.append(SampleCase(f"{EXPORT_DIR}/{path.name}", obj, resolver, communes, selections.get(obj["id"])))
    return tuple(cases)


def load_sample_cases() -> list[SampleCase]:
    """Fresh deep copies of every sample object with its context (resolver, communes, selections)."""
    return [
        SampleCase(case.file, copy.deepcopy(case.obj), case.references, case.communes, case.selection_ids)
        for case in _load_sample_cases()
    ]


def map_case(case: SampleCase, **overrides: Any) -> OfferRecord:
    kwargs = {
        "references": case.references,
        "communes": case.communes,
        "selection_ids": case.selection_ids,
        "today": TODAY,
    }
    kwargs.update(overrides)
    return map_object(case.obj, **kwargs)


def sample(object_id: int) -> SampleCase:
    return next(case for case in load_sample_cases() if case.obj.get("id") == object_id)


def minimal(**extra: Any) -> dict:
    obj = {"id": 42, "type": "ACTIVITE", "nom": {"libelleFr": "Via ferrata du Pont du Diable"}}
    obj.update(extra)
    return obj


def ref_ids(record: OfferRecord) -> set[int]:
    return {reference.source_id for reference in record.references}


# ------------------------------------------------------------------------------------ every sample


def test_samples_are_all_found() -> None:
    cases = load_sample_cases()
    # 2 API objects + trek + hotel + steam train + structure + 5 export-zip events; the empty envelope has none.
    assert len(cases) == 11
    assert {case.obj["id"] for case in cases} >= {898922, 185789, 504, 323154, 479743, 123123, 4828422}


@pytest.mark.parametrize("case", load_sample_cases(), ids=lambda case: case.id)
def test_every_sample_maps(case: SampleCase) -> None:
    record = map_case(case)
    assert record.source == "apidae"
    assert record.source_id == str(case.obj["id"])
    assert record.kind in OfferKind.values
    assert record.kind != OfferKind.OTHER
    assert "fr" in record.texts and record.name and len(record.name) <= 255
    assert all(texts.name for texts in record.texts.values())
    assert not any("internal error" in note for note in record.skipped), record.skipped
    if record.latitude is not None:
        assert 41 < record.latitude < 52 and -6 < record.longitude < 10  # all samples are in France
    for image in record.images:
        assert image.url.startswith(("http://", "https://"))
    for period in record.periods:
        assert period.start_date <= period.end_date
    for price in record.prices:
        assert price.minimum is None or price.maximum is None or price.minimum <= price.maximum
    assert record.raw is not None and not PRIVATE_KEYS & set(record.raw)
    assert record.selection_ids == [int(i) for i in case.selection_ids or []]
    repr(record)


def test_empty_api_response_has_no_objects() -> None:
    data = json.loads((samples_dir() / "api_search_response_empty_numfound_0.json").read_text(encoding="utf-8"))
    assert data["numFound"] == 0 and "objetsTouristiques" not in data


def test_hotel_export_object() -> None:
    case = sample(898922)
    record = map_case(case, communes={5430: {"id": 5430, "code": "15188", "nom": "Saint-Étienne-de-Maurs"}})
    assert record.kind == "accommodation" and record.source_type == "HOTELLERIE"
    # geoJson is [lon, lat] = [2.207737, 44.715026]: Cantal, not the Gulf of Guinea.
    assert record.latitude == pytest.approx(44.715026) and record.longitude == pytest.approx(2.207737)
    assert (record.commune_source_id, record.commune_insee, record.city) == (5430, "15188", "Saint-Étienne-de-Maurs")
    assert record.street_address == "Château de La Devèze" and record.postal_code == "15600"
    assert set(record.texts) == {"fr", "en", "de", "it", "es", "nl"}
    assert record.texts["de"].name == "La Châtelleraie"  # no German name: the French one
    assert record.texts["de"].opening_summary == "Vom 01/04 bis 14/10/2018."
    assert "\n" in record.texts["fr"].price_summary  # newlines kept for the templates
    assert record.source_modified_at == dt.datetime(2018, 11, 6, 11, 3, 21, 304000, tzinfo=dt.UTC)
    assert [(p.start_date, p.end_date, p.every_year) for p in record.periods] == [
        (dt.date(2018, 4, 1), dt.date(2018, 10, 14), False)
    ]
    assert record.is_free is False
    assert (record.prices[0].minimum, record.prices[0].maximum) == (Decimal("55.00"), Decimal("80.00"))
    assert record.prices[1].label == {"fr": "chambre familiale"}
    assert [m["kind"] for m in record.contact_means] == ["phone", "fax", "email", "website"]
    assert len(record.images) == 11 and record.images[0].credit == "otchataigneraie"
    assert {2734, 2756, 135} <= ref_ids(record)  # hotel type, classement, environment (compact, no labels)
    assert next(r for r in record.references if r.source_id == 2756).element_type == "HotellerieClassement"


def test_export_commune_unresolved_is_noted() -> None:
    record = map_case(sample(898922))
    assert record.commune_source_id == 5430 and record.commune_insee == "" and record.city == ""
    assert "commune 5430: unknown (not in communes)" in record.skipped


def test_api_event_hautes_alpes() -> None:
    record = map_case(sample(323154))
    assert record.kind == "event"
    assert record.latitude == pytest.approx(44.277451) and record.longitude == pytest.approx(5.793507)
    assert (record.commune_insee, record.commune_name, record.commune_source_id) == ("05118", "Val Buëch-Méouge", 1868)
    assert record.street_address == "Châteauneuf de Chabre"
    (period,) = record.periods
    assert (period.start_date, period.opening_time, period.closing_time) == (
        dt.date(2019, 8, 6),
        dt.time(9),
        dt.time(12),
    )
    assert period.weekdays == [1, 2, 3, 4, 5, 6, 7] and period.period_type == "OUVERTURE_TOUS_LES_JOURS"
    sports = next(r for r in record.references if r.source_id == 1971)
    assert sports.element_type == "FeteEtManifestationType" and sports.labels == {"fr": "Sports"}
    assert next(r for r in record.references if r.source_id == 2337).family_id == 105
    assert {"kind": "facebook", "value": "http://facebook.com"} in record.contact_means
    assert record.texts["en"].price_summary == "Free."
    assert record.selection_ids == [69627]
    assert [image.credit for image in record.images] == ["ADDET", "OT Laragne", "OT Laragne"]


def test_rafting_images() -> None:
    record = map_case(sample(479743))
    assert record.kind == "shop_service"
    assert len(record.images) == 3  # the 4th repeats the 3rd url
    assert "illustration 1609641: duplicate of an earlier image" in record.skipped
    # legende "img.bmp" is a file name, not a caption: the image name is used instead.
    assert record.images[1].captions == {"fr": "Quey'Raft"} and record.images[1].credit == "Copyright"
    assert record.texts["es"].name == "Test ES" and record.texts["it"].name == "Quey' Raft"


def test_trek_with_distinctions() -> None:
    record = map_case(sample(123123))
    assert record.source_type == "EQUIPEMENT" and record.kind == "equipment"  # inferred: the sample has no type
    assert "no type: EQUIPEMENT inferred from informationsEquipement" in record.skipped
    distinction = next(r for r in record.references if r.source_id == 8607)
    assert distinction.element_type == "DistinctionNom" and distinction.labels["en"] == "Listed PDIPR"
    assert {6157, 6158, 1599, 589, 135, 3184, 3333} <= ref_ids(record)
    assert 6 not in ref_ids(record)  # the distinction's own id is not an element reference id
    assert [image.url for image in record.images] == ["https://example.net/a_picture.jpg"]
    assert "illustrations[1]: past dateLimiteDePublication" in record.skipped
    assert "moyensCommunication[1]: unknown contact type 12345" in record.skipped
    assert record.latitude is None and record.city == "Sallanches"
    assert record.is_free is False  # indicationTarif PAYANT
    assert record.texts["fr"].opening_summary.count("\n") == 2


def test_steam_train_groups_typologies_and_yearly_periods() -> None:
    record = map_case(sample(185789))
    assert 513 in ref_ids(record)  # family typology
    family = next(r for r in record.references if r.source_id == 513)
    assert family.element_type == "TypeClientele" and family.family_id == 2
    assert record.is_accessible  # tourismesAdaptes
    assert "aspects ignored: GROUPES" in record.skipped
    # 3 tousLesAns periods → each materialised for 2026 and 2027.
    assert len(record.periods) == 6 and all(p.every_year for p in record.periods)
    assert [(p.start_date, p.end_date) for p in record.periods[:2]] == [
        (dt.date(2026, 5, 1), dt.date(2026, 6, 30)),
        (dt.date(2027, 5, 1), dt.date(2027, 6, 30)),
    ]
    assert record.periods[2].opening_time == dt.time(16, 30) and record.periods[2].weekdays == [7]
    assert record.booking_links[0] == {
        "name": "Chemin de Fer Touristique du Haut Rhône",
        "url": "http://www.cft-hr.com",
        "phone": "",
        "email": "haut.rhone@aol.fr",
    }
    assert {p.label.get("fr") for p in record.prices} == {"Adulte (à partir de 12 ans)", "Enfant"}
    # the GROUPES aspect's prices (450 €) are an alternative version: not mapped
    assert all(p.minimum < 100 for p in record.prices)
    # `observation` carries a person's name: never mapped into contact means
    assert not any("THOOS" in m["value"] for m in record.contact_means)


def test_export_zip_multi_period_event_keeps_every_period() -> None:
    case = sample(4828422)
    record = map_case(case)
    periods = case.obj["ouverture"]["periodesOuvertures"]
    assert len(periods) == 20 and len(record.periods) == 20
    assert [p.start_date.isoformat() for p in record.periods] == [p["dateDebut"] for p in periods]
    assert record.periods[0].opening_time == dt.time(20, 30) and record.periods[-1].opening_time == dt.time(17)
    assert all(not p.every_year for p in record.periods)
    assert set(record.texts) == {"fr", "en", "de", "it", "es", "nl"}
    assert record.selection_ids == [49073]
    assert {1958, 2091, 2147, 2064, 2257, 2351} <= ref_ids(record)
    assert [(p.minimum, p.maximum) for p in record.prices] == [
        (Decimal("15.00"), Decimal("32.00")),
        (Decimal("39.00"), None),
    ]


def test_export_zip_yearly_event() -> None:
    record = map_case(sample(4833997))
    assert [(p.start_date, p.every_year) for p in record.periods] == [
        (dt.date(2026, 11, 4), True),
        (dt.date(2027, 11, 4), True),
    ]
    assert record.periods[0].opening_time == dt.time(17)
    assert record.selection_ids == [49073]


def test_export_zip_commune_resolution() -> None:
    case = sample(4826137)
    case.obj["localisation"]["adresse"]["commune"] = {"id": 3}
    record = map_case(case)
    assert (record.commune_source_id, record.commune_insee, record.commune_name, record.city) == (
        3,
        "01004",
        "Ambérieu-en-Bugey",
        "Ambérieu-en-Bugey",
    )


# ------------------------------------------------------------------------------------ private data

CANARIES = {
    "contacts": [
        {
            "nom": "CANARY-contact-name",
            "moyensCommunication": [{"type": {"id": 204}, "coordonnees": {"fr": "canary-contact@example.invalid"}}],
        }
    ],
    "criteresInternes": [{"id": 987654, "libelle": "CANARY-critere-interne"}],
    "donneesPrivees": [{"cle": "CANARY-key", "descriptif": {"libelleFr": "CANARY-donnee-privee"}}],
}


def _private_strings(obj: Any) -> set[str]:
    """Distinctive string leaves of the private blocks (not also present elsewhere in the object)."""
    found: set[str] = set()

    def leaves(node: Any) -> None:
        if isinstance(node, dict):
            for value in node.values():
                leaves(value)
        elif isinstance(node, list):
            for value in node:
                leaves(value)
        elif isinstance(node, str) and len(node) >= 5:
            found.add(node)

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                (leaves if key in PRIVATE_KEYS else walk)(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(obj)
    public = json.dumps(strip_private(obj), ensure_ascii=False)
    return {text for text in found if json.dumps(text, ensure_ascii=False)[1:-1] not in public}


@pytest.mark.parametrize("case", load_sample_cases(), ids=lambda case: case.id)
def test_private_blocks_never_leak(case: SampleCase) -> None:
    obj = case.obj
    obj.update(copy.deepcopy(CANARIES))
    obj.setdefault("gestion", {})["signalerUnProblemeMails"] = ["canary-report@example.invalid"]
    record = map_case(case)
    text = repr(record)
    secrets = _private_strings(obj)
    assert "CANARY-contact-name" in secrets and "canary-report@example.invalid" in secrets
    for secret in secrets:
        assert secret not in text, secret
    assert 987654 not in ref_ids(record)
    for internal in case.obj.get("criteresInternes", []):
        assert internal["id"] not in ref_ids(record)


def test_real_private_data_of_samples_is_absent() -> None:
    for object_id in (898922, 185789):
        case = sample(object_id)
        secrets = _private_strings(case.obj)
        assert secrets, object_id  # the samples do carry such blocks
        text = repr(map_case(case))
        assert not [secret for secret in secrets if secret in text]


# ------------------------------------------------------------------------------------ rules


@pytest.mark.parametrize("source_type", sorted(OFFER_KINDS))
def test_every_type_has_a_kind(source_type: str) -> None:
    record = map_object(minimal(type=source_type), today=TODAY)
    assert record.kind == OFFER_KINDS[source_type] and record.kind in OfferKind.values
    assert not record.skipped


def test_sixteen_types() -> None:
    assert len(OFFER_KINDS) == 16
    assert OFFER_KINDS["HEBERGEMENT_LOCATIF"] == "accommodation" and OFFER_KINDS["STRUCTURE"] == "organisation"


def test_unknown_type_is_other() -> None:
    record = map_object(minimal(type="FOO"), today=TODAY)
    assert record.kind == "other" and record.source_type == "FOO"
    assert "unknown type FOO" in record.skipped


@pytest.mark.parametrize(
    "obj",
    [
        {"type": "ACTIVITE", "nom": {"libelleFr": "x"}},
        {"id": "abc", "type": "ACTIVITE", "nom": {"libelleFr": "x"}},
        {"id": True, "type": "ACTIVITE", "nom": {"libelleFr": "x"}},
        {"id": 1, "nom": {"libelleFr": "x"}},
        {"id": 1, "type": ["ACTIVITE"], "nom": {"libelleFr": "x"}},
        {"id": 1, "type": "ACTIVITE"},
        {"id": 1, "type": "ACTIVITE", "nom": {"libelleFr": "  \n "}},
        {"id": 1, "type": "ACTIVITE", "nom": "x"},
    ],
)
def test_mapping_error_without_id_type_or_name(obj: dict) -> None:
    with pytest.raises(MappingError):
        map_object(obj, today=TODAY)


def test_not_an_object() -> None:
    with pytest.raises(MappingError):
        map_object(["not", "a", "dict"], today=TODAY)  # type: ignore[arg-type]


def test_string_id_is_accepted() -> None:
    assert map_object(minimal(id="123"), today=TODAY).source_id == "123"
    with pytest.raises(MappingError):
        map_object(minimal(id=2**40), today=TODAY)  # not an Apidae id; would not fit the database


def test_texts_languages_fallback_and_newlines() -> None:
    record = map_object(
        minimal(
            nom={"libelleFr": "Gorges du Verdon", "libelleEn": "Verdon Gorge", "libelleRu": "Вердон"},
            presentation={
                "descriptifCourt": {"libelleFr": "Court\r\nsur deux lignes", "libelleDe": "Kurz", "libelleNl": "Kort"},
                "descriptifDetaille": {"libelleIt": "Lungo"},
            },
            ouverture={"periodeEnClair": {"libelleEs": "Todo el año"}},
            descriptionTarif={"tarifsEnClair": {"libelleEn": "Free"}},
        ),
        today=TODAY,
    )
    assert list(record.texts) == ["fr", "en", "de", "it", "es", "nl"]
    assert record.texts["fr"].short_description == "Court\nsur deux lignes"
    assert record.texts["de"].name == "Gorges du Verdon" and record.texts["de"].short_description == "Kurz"
    assert record.texts["it"].description == "Lungo" and record.texts["es"].opening_summary == "Todo el año"
    assert record.texts["en"].name == "Verdon Gorge" and record.texts["en"].price_summary == "Free"


def test_long_name_is_truncated() -> None:
    record = map_object(minimal(nom={"libelleFr": "Très long " * 100 + "\nfin"}), today=TODAY)
    assert len(record.name) <= 255 and "\n" not in record.name
    assert "name truncated to 255 characters" in record.skipped


def test_only_english_name() -> None:
    record = map_object(minimal(nom={"libelleEn": "Only English"}), today=TODAY)
    assert record.name == "Only English" and list(record.texts) == ["en"]


@pytest.mark.parametrize(
    ("coordinates", "expected", "note"),
    [
        ([5.79, 44.28], (44.28, 5.79), None),
        ([44.28, 5.79], (None, None), "coordinates: look swapped"),
        ([200, 44], (None, None), "coordinates: out of range"),
        (["5.79", "44.28"], (None, None), "coordinates: not a [lon, lat] pair"),
        ([5.79], (None, None), "coordinates: not a [lon, lat] pair"),
        ("5.79,44.28", (None, None), "coordinates: not a [lon, lat] pair"),
        ([0, 0], (None, None), "coordinates: [0, 0]"),
        ([float("nan"), 44.0], (None, None), "coordinates: out of range"),
        ([-61.5, 16.2], (16.2, -61.5), None),  # Guadeloupe: valid, not swapped
    ],
)
def test_coordinates(coordinates: Any, expected: tuple, note: str | None) -> None:
    record = map_object(
        minimal(localisation={"geolocalisation": {"geoJson": {"coordinates": coordinates}}}), today=TODAY
    )
    assert (record.latitude, record.longitude) == expected
    if note:
        assert any(s.startswith(note) for s in record.skipped), record.skipped
    else:
        assert not record.skipped


def test_timestamps() -> None:
    record = map_object(minimal(gestion={"dateModification": "2018-11-30T08:42:14.436+0000"}), today=TODAY)
    assert record.source_modified_at == dt.datetime(2018, 11, 30, 8, 42, 14, 436000, tzinfo=dt.UTC)
    record = map_object(minimal(gestion={"dateModification": "2018-11-30T09:42:14+0100"}), today=TODAY)
    assert record.source_modified_at == dt.datetime(2018, 11, 30, 8, 42, 14, tzinfo=dt.UTC)
    record = map_object(minimal(gestion={"dateModification": "yesterday"}), today=TODAY)
    assert record.source_modified_at is None and "gestion.dateModification: bad timestamp" in record.skipped


def _periods(*periods: dict, today: dt.date = TODAY) -> OfferRecord:
    return map_object(minimal(ouverture={"periodesOuvertures": list(periods)}), today=today)


def test_yearly_period_is_materialised_for_this_year_and_next() -> None:
    record = _periods(
        {"dateDebut": "2016-12-15", "dateFin": "2017-01-15", "tousLesAns": True, "type": "OUVERTURE_TOUS_LES_JOURS"}
    )
    assert [(p.start_date, p.end_date, p.every_year) for p in record.periods] == [
        (dt.date(2026, 12, 15), dt.date(2027, 1, 15), True),
        (dt.date(2027, 12, 15), dt.date(2028, 1, 15), True),
    ]
    long = _periods({"dateDebut": "2020-01-01", "dateFin": "2023-01-01", "tousLesAns": True}, today=dt.date(9999, 1, 1))
    assert [(p.start_date, p.end_date) for p in long.periods] == [(dt.date(2020, 1, 1), dt.date(2023, 1, 1))]
    assert "periodesOuvertures[0]: yearly period longer than a year, kept with its own dates" in long.skipped
    leap = _periods({"dateDebut": "2020-02-29", "dateFin": "2020-02-29", "tousLesAns": True}, today=dt.date(2027, 1, 1))
    assert [p.start_date for p in leap.periods] == [dt.date(2027, 2, 28), dt.date(2028, 2, 29)]


def test_period_details_weekdays_and_bad_entries() -> None:
    record = _periods(
        {
            "dateDebut": "2026-06-01",
            "dateFin": "2026-09-30",
            "horaireOuverture": "10:00:00",
            "horaireFermeture": "18:30",
            "type": "OUVERTURE_SAUF",
            "ouverturesJournalieres": [{"jour": "LUNDI"}, {"jour": "MARDI"}],
            "complementHoraire": {"libelleFr": "Dernière entrée 17h", "libelleEn": "Last entry 5pm"},
        },
        {"dateDebut": "2026-13-01", "dateFin": "2026-12-31"},
        {"dateDebut": "2026-07-01", "dateFin": "2026-07-02", "horaireOuverture": "25:99"},
        {
            "dateDebut": "2026-08-10",
            "dateFin": "2026-08-01",
            "type": "OUVERTURE_SEMAINE",
            "ouverturesJournalieres": [{"jour": "SAMEDI"}, {"jour": "DIMANCHE"}],
        },
        {
            "dateDebut": "2026-05-03",
            "dateFin": "2026-05-31",
            "tousLesAns": False,
            "ouverturesExceptionnelles": [{"dateOuverture": "2026-06-04"}],
        },
        "junk",
    )
    first = record.periods[0]
    assert first.weekdays == [3, 4, 5, 6, 7]
    assert (first.opening_time, first.closing_time) == (dt.time(10), dt.time(18, 30))
    assert first.details == {"fr": "Dernière entrée 17h", "en": "Last entry 5pm"}
    assert "periodesOuvertures[1]: bad date" in record.skipped
    assert "periodesOuvertures[2]: bad horaireOuverture" in record.skipped and record.periods[1].opening_time is None
    assert "periodesOuvertures[3]: end before start, swapped" in record.skipped
    assert (record.periods[2].start_date, record.periods[2].weekdays) == (dt.date(2026, 8, 1), [6, 7])
    assert [(p.start_date, p.period_type) for p in record.periods[3:]] == [
        (dt.date(2026, 5, 3), ""),
        (dt.date(2026, 6, 4), "OUVERTURE_EXCEPTIONNELLE"),
    ]
    assert "periodesOuvertures[5]: not an object" in record.skipped


def test_prices_and_free() -> None:
    resolver = ReferenceResolver(
        [{"elementReferenceType": "TarifType", "id": 1717, "libelleFr": "Adulte", "libelleEn": "Adult"}]
    )
    record = map_object(
        minimal(
            descriptionTarif={
                "indicationTarif": "PAYANT",
                "periodes": [
                    {
                        "tarifs": [
                            {
                                "montant": 12,
                                "montantMax": "15,50",
                                "type": {"elementReferenceType": "TarifType", "id": 1717},
                            }
                        ]
                    },
                    {
                        "tarifs": [
                            {
                                "montant": 12,
                                "montantMax": "15,50",
                                "type": {"elementReferenceType": "TarifType", "id": 1717},
                            }
                        ]
                    },
                    {"tarifs": [{"minimum": -3}, {"minimum": "abc"}, "junk"]},
                ],
            }
        ),
        references=resolver,
        today=TODAY,
    )
    assert record.is_free is False
    assert len(record.prices) == 1  # repeated across periods: kept once
    price = record.prices[0]
    assert (price.minimum, price.maximum, price.label) == (
        Decimal("12.00"),
        Decimal("15.50"),
        {"fr": "Adulte", "en": "Adult"},
    )
    assert "descriptionTarif.periodes[2].tarifs[0]: bad amount" in record.skipped
    assert map_object(minimal(descriptionTarif={"gratuit": True}), today=TODAY).is_free is True
    assert map_object(minimal(descriptionTarif={"indicationTarif": "GRATUIT"}), today=TODAY).is_free is True
    assert map_object(minimal(descriptionTarif={"gratuit": False}), today=TODAY).is_free is None


def test_contact_means() -> None:
    means = [
        {"type": {"id": 201}, "coordonnees": {"fr": "04 90 00 00 00"}},
        {"type": {"id": 207}, "coordonnees": {"en": "https://facebook.com/x"}},
        {"type": {"id": 9999, "libelleFr": "Instagram"}, "coordonnees": {"fr": "https://instagram.com/x"}},
        {"type": {"id": 9998, "libelleFr": "Téléphone cellulaire"}, "coordonnees": {"fr": "06 00 00 00 00"}},
        {"type": {"id": 9997}, "coordonnees": {"fr": "?"}},
        {"type": {"id": 204}, "coordonnees": {"fr": "private@example.invalid"}, "prive": True},
        {"type": {"id": 204}, "coordonnees": {}},
        {"type": {"id": 201}, "coordonnees": {"fr": "04 90 00 00 00"}},
    ]
    record = map_object(minimal(informations={"moyensCommunication": means}), today=TODAY)
    assert record.contact_means == [
        {"kind": "phone", "value": "04 90 00 00 00"},
        {"kind": "facebook", "value": "https://facebook.com/x"},
        {"kind": "instagram", "value": "https://instagram.com/x"},
        {"kind": "phone", "value": "06 00 00 00 00"},
    ]
    assert "moyensCommunication[4]: unknown contact type 9997" in record.skipped
    assert "moyensCommunication[6]: no value" in record.skipped
    assert "private@example.invalid" not in repr(record.contact_means)


def test_contact_type_label_from_resolver() -> None:
    resolver = ReferenceResolver(
        [{"elementReferenceType": "MoyenCommunicationType", "id": 3755, "libelleFr": "Twitter"}]
    )
    means = [{"type": {"elementReferenceType": "MoyenCommunicationType", "id": 3755}, "coordonnees": {"fr": "@x"}}]
    record = map_object(minimal(informations={"moyensCommunication": means}), references=resolver, today=TODAY)
    assert record.contact_means == [{"kind": "twitter", "value": "@x"}]


def test_illustrations() -> None:
    def image(ident: int, url: str, **extra: Any) -> dict:
        return {
            "identifiant": ident,
            "type": "IMAGE",
            "traductionFichiers": [{"url": url, "largeur": "800", "hauteur": 600}],
            **extra,
        }

    record = map_object(
        minimal(
            illustrations=[
                image(1, "https://img.example/1.jpg", dateLimiteDePublication="2026-12-31T00:00:00.000+0000"),
                image(2, "https://img.example/2.jpg", dateLimiteDePublication="2026-04-30T00:00:00.000+0000"),
                image(3, "javascript:alert(1)"),
                image(4, "ftp://img.example/4.jpg"),
                {"identifiant": 5, "type": "VIDEO", "traductionFichiers": [{"url": "https://video.example/5"}]},
                image(
                    6,
                    "https://img.example/6.jpg",
                    legende={"libelleFr": "Le lac", "libelleEn": "The lake"},
                    copyright={"libelleEn": "J. Doe"},
                ),
            ]
        ),
        today=TODAY,
    )
    assert [i.url for i in record.images] == ["https://img.example/1.jpg", "https://img.example/6.jpg"]
    assert record.images[0].publish_until == dt.date(2026, 12, 31)
    assert (record.images[0].width, record.images[0].height) == (800, 600)
    assert record.images[1].captions == {"fr": "Le lac", "en": "The lake"} and record.images[1].credit == "J. Doe"
    assert "illustration 2: past dateLimiteDePublication" in record.skipped
    assert "illustration 3: no http(s) url" in record.skipped and "illustration 4: no http(s) url" in record.skipped
    assert "illustration 5: type VIDEO is not an image" in record.skipped


def test_accessibility_and_eco_label() -> None:
    plain = map_object(minimal(), today=TODAY)
    assert not plain.is_accessible and not plain.has_eco_label
    handicap = map_object(minimal(prestations={"labelsTourismeHandicap": [{"id": 1224}]}), today=TODAY)
    assert handicap.is_accessible and 1224 in ref_ids(handicap)
    eco_id = map_object(
        minimal(presentation={"typologiesPromoSitra": [{"id": next(iter(ECO_REFERENCE_IDS))}]}), today=TODAY
    )
    assert eco_id.has_eco_label
    for label in ("La Clef Verte", "Écolabel européen", "Marque Valeurs Parc naturel régional", "Green Key"):
        distinction = {
            "id": 1,
            "distinction": {"elementReferenceType": "DistinctionNom", "id": 99001, "libelleFr": label},
        }
        assert map_object(minimal(distinctions=[distinction]), today=TODAY).has_eco_label, label
    resolver = ReferenceResolver(
        [{"elementReferenceType": "DistinctionNom", "id": 99002, "libelleFr": "Tourisme & Handicap"}]
    )
    compact = map_object(minimal(distinctions=[{"id": 2, "nom": {"id": 99002}}]), references=resolver, today=TODAY)
    assert compact.is_accessible and not compact.has_eco_label


def test_booking_organisations() -> None:
    organisations = [
        {
            "structureReference": {"type": "STRUCTURE", "id": 5, "nom": {"libelleFr": "Centrale de réservation"}},
            "moyensCommunication": [
                {"type": {"id": 205}, "coordonnees": {"fr": "https://book.example"}},
                {"type": {"id": 201}, "coordonnees": {"fr": "04 92 00 00 00"}},
            ],
        },
        {"nom": "Sans moyen", "moyensCommunication": []},
    ]
    record = map_object(minimal(reservation={"organismes": organisations}), today=TODAY)
    assert record.booking_links == [
        {"name": "Centrale de réservation", "url": "https://book.example", "phone": "04 92 00 00 00", "email": ""}
    ]
    assert "reservation.organismes[1]: no public way to book" in record.skipped


def test_wrong_shapes_are_noted_not_raised() -> None:
    record = map_object(
        minimal(
            illustrations="not a list",
            prestations={"typesClientele": {"id": 513}},
            ouverture="closed",
            informationsActivite=["x"],
            aspects=[{"aspect": "HIVER"}, {"aspect": "ETE"}],
        ),
        today=TODAY,
    )
    assert "illustrations: expected a list, got str" in record.skipped
    assert "prestations.typesClientele: expected a list, got dict" in record.skipped
    assert "informationsActivite: not an object" in record.skipped
    assert "aspects ignored: HIVER, ETE" in record.skipped
    assert not any("internal error" in note for note in record.skipped)


def test_reference_resolver_export_and_inline() -> None:
    resolver = ReferenceResolver.from_file(samples_dir() / EXPORT_DIR / "elements_reference.json")
    assert len(resolver) == 4 and 2 in resolver
    resolved = resolver.resolve({"elementReferenceType": "FamilleCritere", "id": 2})
    assert resolved.labels["fr"] == "Offres adaptées à des clientèles spécifiques"
    assert resolved.labels["en"] == "Grouping by age (EN)" and set(resolved.labels) == {
        "fr",
        "en",
        "es",
        "it",
        "de",
        "nl",
    }
    unknown = resolver.resolve({"elementReferenceType": "TypeClientele", "id": 999999})
    assert (unknown.source_id, unknown.element_type, unknown.labels) == (999999, "TypeClientele", {})
    assert resolver.resolve({"id": "x"}) is None
    # inline labels win, missing languages are completed from the store
    merged = resolver.resolve({"elementReferenceType": "FamilleCritere", "id": 2, "libelleFr": "Nouveau"})
    assert merged.labels["fr"] == "Nouveau" and merged.labels["de"] == "Gruppierung nach Alter"
    assert resolver.label(3, "de") == "Empfang besonderer Kundschaft" and resolver.label(424242) == ""


def test_reference_resolver_learns_from_api_responses() -> None:
    envelope = json.loads(
        (samples_dir() / "api_search_response_event_fete_manifestation_hautes_alpes.json").read_text()
    )
    resolver = ReferenceResolver()
    resolver.learn(envelope)
    assert resolver.label(1971) == "Sports" and resolver.label(1274, "en") == "Holiday Vouchers"
    assert resolver.get(2337).family_id == 105
    record = map_object(
        minimal(
            informationsFeteEtManifestation={
                "typesManifestation": [{"elementReferenceType": "FeteEtManifestationType", "id": 1971}]
            }
        ),
        references=resolver,
        today=TODAY,
    )
    assert next(r for r in record.references if r.source_id == 1971).labels == {"fr": "Sports"}
    # the shared resolver is not changed by mapping
    size = len(resolver)
    map_object(
        minimal(presentation={"typologiesPromoSitra": [{"id": 77777, "libelleFr": "Neuf"}]}),
        references=resolver,
        today=TODAY,
    )
    assert len(resolver) == size


def test_raw_is_the_object_without_private_blocks() -> None:
    case = sample(185789)
    record = map_case(case)
    assert record.raw["id"] == 185789 and "contacts" not in record.raw
    assert "signalerUnProblemeMails" not in record.raw["gestion"] and record.raw["gestion"]["dateModification"]
    assert record.raw["aspects"][0]["aspect"] == "GROUPES"
    assert "contacts" in case.obj  # the input is left untouched


def test_selection_ids_passed_through() -> None:
    assert map_object(minimal(), selection_ids=[3, "4", "x", None], today=TODAY).selection_ids == [3, 4]


def test_skipped_notes_are_logged(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level("DEBUG", logger="apidae_sync.mapping"):
        map_object(minimal(type="FOO"), today=TODAY)
    assert "unknown type FOO" in caplog.text
