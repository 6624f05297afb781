"""Demo offers, imported through the real export path: the shared Apidae samples plus generated objects.

The generated objects are shaped like the samples (same blocks, inline labelled references, [lon, lat]
coordinates, Europe/Paris local times) and placed inside each demo destination's territory. They are
clearly marked: names end with “(demo)”, descriptions say they are generated, and `Offer.is_generated`
is set. Everything goes through `apidae_sync.export.import_export`, the code a real export uses.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import tempfile
from collections.abc import Callable
from pathlib import Path

from destinations.models import Destination, Offer

from .export import import_export
from .models import SyncRun

SAMPLE_SELECTION = 900100
DEMO_SELECTIONS = {"luberon": 900101, "ecrins": 900102, "mercantour": 900103}
GENERATED_MARKER = "smartDestinationsGenerated"
FIRST_GENERATED_ID = 9_000_000


def samples_dir() -> Path:
    configured = os.environ.get("APIDAE_SAMPLES_DIR")
    if configured:
        return Path(configured)
    return Path(__file__).resolve().parents[2] / "shared" / "apidae-samples"


def _label(fr: str, en: str, de: str, it: str) -> dict[str, str]:
    return {"libelleFr": fr, "libelleEn": en, "libelleDe": de, "libelleIt": it}


def _ref(kind: str, ref_id: int, fr: str, en: str, de: str, it: str) -> dict:
    return {"elementReferenceType": kind, "id": ref_id, **_label(fr, en, de, it)}


AUDIENCE_REFS = [
    _ref("TypeClientele", 513, "Spécial famille avec enfants", "Families with children", "Familien mit Kindern", "Famiglie con bambini"),
    _ref("TypeClientele", 509, "Spécial amoureux", "Couples", "Paare", "Coppie"),
    _ref("TypeClientele", 579, "Spécial célibataires", "Singles", "Alleinreisende", "Single"),
    _ref("TypeClientele", 4813, "Spécial retraités", "Retired people", "Senioren", "Pensionati"),
    _ref("TypeClientele", 593, "Accueil groupes", "Groups welcome", "Gruppen willkommen", "Gruppi benvenuti"),
    _ref("TypeClientele", 5416, "Spécial sportifs", "Sporty visitors", "Sportler", "Sportivi"),
]
THEME_REFS = {
    "culture": _ref("TypologiePromoSitra", 6158, "Historique", "Historic", "Historisch", "Storico"),
    "adventure": _ref("TypologiePromoSitra", 6155, "Adrénaline", "Adrenaline", "Adrenalin", "Adrenalina"),
    "unusual": _ref("TypologiePromoSitra", 1678, "Insolite", "Unusual", "Ungewöhnlich", "Insolito"),
    "nature": _ref("TypologiePromoSitra", 6154, "Flore", "Flora", "Flora", "Flora"),
    "gastronomy": _ref("TypologiePromoSitra", 6163, "Gourmande", "Gourmet", "Genuss", "Gastronomico"),
    "wellness": _ref("TypologiePromoSitra", 6286, "Détente / Bien-être", "Relaxation / wellness", "Entspannung / Wohlbefinden", "Relax / benessere"),
}
ACCESSIBLE_REF = _ref("TourismeAdapte", 1224, "Accessible en fauteuil roulant", "Wheelchair accessible", "Rollstuhlgerecht", "Accessibile in sedia a rotelle")
ECO_REF = _ref("Label", 5063, "Mercantour Écotourisme", "Mercantour Ecotourism", "Mercantour Ökotourismus", "Mercantour Ecoturismo")

# (Apidae type, themes, name patterns fr/en/de/it, short description fr/en/de/it)
KINDS = [
    ("HOTELLERIE", ["wellness"], ("Hôtel {c}", "Hotel {c}", "Hotel {c}", "Hotel {c}"),
     ("Un hôtel de démonstration au cœur de {c}.", "A demonstration hotel in the heart of {c}.", "Ein Demo-Hotel im Herzen von {c}.", "Un hotel dimostrativo nel cuore di {c}.")),
    ("HEBERGEMENT_LOCATIF", ["unusual"], ("Cabane perchée de {c}", "Treehouse in {c}", "Baumhaus in {c}", "Casa sull'albero a {c}"),
     ("Hébergement insolite de démonstration à {c}.", "A demonstration unusual stay in {c}.", "Eine ungewöhnliche Demo-Unterkunft in {c}.", "Un alloggio insolito dimostrativo a {c}.")),
    ("RESTAURATION", ["gastronomy"], ("Table du marché de {c}", "Market kitchen in {c}", "Marktküche in {c}", "Cucina del mercato a {c}"),
     ("Restaurant de démonstration, cuisine de saison à {c}.", "Demonstration restaurant, seasonal cooking in {c}.", "Demo-Restaurant mit saisonaler Küche in {c}.", "Ristorante dimostrativo, cucina di stagione a {c}.")),
    ("DEGUSTATION", ["gastronomy"], ("Cave et dégustation à {c}", "Wine tasting in {c}", "Weinprobe in {c}", "Degustazione a {c}"),
     ("Dégustation de démonstration de produits locaux à {c}.", "Demonstration tasting of local produce in {c}.", "Demo-Verkostung regionaler Produkte in {c}.", "Degustazione dimostrativa di prodotti locali a {c}.")),
    ("ACTIVITE", ["adventure"], ("Sortie nature guidée à {c}", "Guided outing from {c}", "Geführte Tour ab {c}", "Escursione guidata da {c}"),
     ("Activité de démonstration encadrée au départ de {c}.", "A demonstration guided activity from {c}.", "Eine geführte Demo-Aktivität ab {c}.", "Un'attività guidata dimostrativa da {c}.")),
    ("PATRIMOINE_CULTUREL", ["culture"], ("Chapelle et vieux village de {c}", "Chapel and old village of {c}", "Kapelle und Altstadt von {c}", "Cappella e borgo antico di {c}"),
     ("Site patrimonial de démonstration à {c}.", "A demonstration heritage site in {c}.", "Eine Demo-Kulturstätte in {c}.", "Un sito storico dimostrativo a {c}.")),
    ("PATRIMOINE_NATUREL", ["nature"], ("Belvédère de {c}", "Viewpoint of {c}", "Aussichtspunkt von {c}", "Belvedere di {c}"),
     ("Site naturel de démonstration près de {c}.", "A demonstration natural site near {c}.", "Ein Demo-Naturort bei {c}.", "Un sito naturale dimostrativo vicino a {c}.")),
    ("FETE_ET_MANIFESTATION", ["culture"], ("Fête de {c}", "{c} festival", "Fest in {c}", "Festa di {c}"),
     ("Événement de démonstration à {c}, sur plusieurs dates.", "A demonstration event in {c}, on several dates.", "Eine Demo-Veranstaltung in {c} an mehreren Terminen.", "Un evento dimostrativo a {c}, in più date.")),
]
GENERATED_NOTE = _label(
    "Offre générée pour la démonstration de la plateforme : elle n'existe pas.",
    "Offer generated to demonstrate the platform: it does not exist.",
    "Für die Demonstration der Plattform erzeugtes Angebot: Es existiert nicht.",
    "Offerta generata per la dimostrazione della piattaforma: non esiste.",
)
LANG_SUFFIX = {"Fr": "fr", "En": "en", "De": "de", "It": "it"}


def _texts(patterns: tuple[str, str, str, str], commune: str) -> dict[str, str]:
    return {f"libelle{k}": p.format(c=commune) for k, p in zip(("Fr", "En", "De", "It"), patterns, strict=True)}


def generated_objects(destination: Destination, per_destination: int, today: dt.date, start_id: int) -> list[dict]:
    rng = random.Random(f"demo-offers:{destination.slug}")  # noqa: S311 - reproducible demo data, not security
    communes = list(destination.communes.all())
    if not communes or destination.bbox is None:
        return []
    west, south, east, north = destination.bbox
    objects = []
    for index in range(per_destination):
        commune = communes[(index + index // len(KINDS)) % len(communes)]
        apidae_type, themes, names, shorts = KINDS[index % len(KINDS)]
        lat = (commune.latitude or (south + north) / 2) + rng.uniform(-0.02, 0.02)
        lon = (commune.longitude or (west + east) / 2) + rng.uniform(-0.02, 0.02)
        lat, lon = min(max(lat, south), north), min(max(lon, west), east)
        name = {k: f"{v} (démo)" if k == "libelleFr" else f"{v} (demo)" for k, v in _texts(names, commune.name).items()}
        short = _texts(shorts, commune.name)
        detailed = {k: f"{short[k]}\n{GENERATED_NOTE[k]}" for k in short}
        typologies = [THEME_REFS[t] for t in themes]
        if index % 5 == 0:
            typologies.append(THEME_REFS["unusual"])
        audiences = rng.sample(AUDIENCE_REFS, k=rng.randint(0, 2))
        periods = _periods(apidae_type, rng, today)
        obj = {
            "type": apidae_type,
            "id": start_id + index,
            GENERATED_MARKER: True,
            "nom": name,
            "gestion": {"dateModification": "2026-11-01T08:00:00.000+0000", "dateCreation": "2026-10-01T08:00:00.000+0000"},
            "presentation": {"descriptifCourt": short, "descriptifDetaille": detailed, "typologiesPromoSitra": typologies},
            "localisation": {
                "adresse": {
                    "adresse1": "Place de la Mairie",
                    "codePostal": commune.postal_code,
                    "commune": {"id": 800000 + int(commune.insee_code[-3:]), "code": commune.insee_code, "nom": commune.name},
                },
                "geolocalisation": {"valide": True, "geoJson": {"type": "Point", "coordinates": [round(lon, 6), round(lat, 6)]}},
            },
            "prestations": {"typesClientele": audiences},
            "ouverture": {"periodesOuvertures": periods},
            "informations": {
                "moyensCommunication": [
                    {"type": _ref("MoyenCommunicationType", 201, "Téléphone", "Telephone", "Telefon", "Telefono"), "coordonnees": {"fr": f"04 00 00 {index:02d} {index:02d}"}},
                    {"type": _ref("MoyenCommunicationType", 205, "Site web (URL)", "Website", "Webseite", "Sito web"), "coordonnees": {"fr": f"https://{destination.slug}-demo.example/offres/{start_id + index}"}},
                ]
            },
        }
        if index % 3 == 0:
            obj["descriptionTarif"] = {"gratuit": True}
        else:
            price = rng.choice([8, 12, 15, 25, 45, 89, 120])
            obj["descriptionTarif"] = {
                "gratuit": False,
                "periodes": [{"tarifs": [{"minimum": price, "maximum": price * 2, "type": _ref("TarifType", 1, "Plein tarif", "Full price", "Normalpreis", "Tariffa intera")}]}],
            }
        if index % 4 == 0:
            obj["prestations"]["tourismesAdaptes"] = [ACCESSIBLE_REF]
        if index % 6 == 1:
            obj["presentation"]["typologiesPromoSitra"].append(ECO_REF)
        objects.append(obj)
    return objects


def _periods(apidae_type: str, rng: random.Random, today: dt.date) -> list[dict]:
    if apidae_type == "FETE_ET_MANIFESTATION":
        periods = []
        for n in range(rng.randint(1, 3)):
            start = today + dt.timedelta(days=rng.randint(5, 300) + 40 * n)
            end = start + dt.timedelta(days=rng.choice([0, 0, 1, 2]))
            periods.append({"dateDebut": start.isoformat(), "dateFin": end.isoformat(), "horaireOuverture": "10:00:00", "horaireFermeture": "18:00:00", "type": "OUVERTURE_TOUS_LES_JOURS", "tousLesAns": False})
        return periods
    year = today.year
    return [{"dateDebut": f"{year}-04-01", "dateFin": f"{year}-10-31", "horaireOuverture": "09:30:00", "horaireFermeture": "18:30:00", "type": "OUVERTURE_TOUS_LES_JOURS", "tousLesAns": True}]


KIND_MOTIFS = {
    "accommodation": ["village", "forest"], "restaurant": ["village"], "tasting": ["lavender", "village"],
    "activity": ["mountains", "forest"], "heritage": ["village"], "nature": ["mountains", "sea", "forest"],
    "event": ["lavender", "village"],
}
PHOTO_SIZES = {"url": (1280, 720), "url_card": (800, 450), "url_list": (320, 180)}
PHOTO_CREDIT = "SMART Destinations — illustration générée"


def _demo_photo_urls(motif: str, seed: int) -> dict[str, str]:
    """Write (once) a generated picture in three sizes under MEDIA_ROOT/demo-offers/ and return their URLs."""
    from django.core.files.base import ContentFile
    from django.core.files.storage import default_storage

    from destinations.demo.art import draw_landscape

    urls: dict[str, str] = {}
    picture = None
    for field, (width, height) in PHOTO_SIZES.items():
        name = f"demo-offers/{motif}-{seed}-{width}.jpg"
        if not default_storage.exists(name):
            import io

            picture = picture or draw_landscape(motif, 100 + seed)
            buffer = io.BytesIO()
            picture.resize((width, height)).save(buffer, "JPEG", quality=80, optimize=True, progressive=True)
            default_storage.save(name, ContentFile(buffer.getvalue()))
        urls[field] = default_storage.url(name)
    return urls


def attach_demo_photos(offers) -> int:
    """Generated offers get generated photos (served from our own media, so the demo shows pictures offline).

    Real sample offers keep their Apidae photo URLs, which cannot load here: the cards and detail pages
    show their fixed-size placeholder instead, which is exactly what a broken upstream photo must do.
    """
    from destinations.models import OfferImage

    created = 0
    cache: dict[tuple[str, int], dict[str, str]] = {}
    for offer in offers.prefetch_related("images"):
        if offer.images.all():
            continue
        motifs = KIND_MOTIFS.get(offer.kind, ["mountains"])
        rows = []
        for position in range(1 + int(offer.source_id) % 3):
            motif = motifs[(int(offer.source_id) + position) % len(motifs)]
            key = (motif, (int(offer.source_id) + position) % 2)
            urls = cache.get(key) or cache.setdefault(key, _demo_photo_urls(*key))
            rows.append(
                OfferImage(
                    offer=offer, position=position, width=1280, height=720, credit=PHOTO_CREDIT,
                    captions={"fr": "Illustration générée pour la démonstration", "en": "Illustration generated for the demo",
                              "de": "Für die Demo erzeugte Illustration", "it": "Illustrazione generata per la demo"},
                    **urls,
                )
            )
        OfferImage.objects.bulk_create(rows)
        created += len(rows)
    return created


def sample_objects() -> list[dict]:
    """Every object of the shared samples (API envelopes, single export objects, the export ZIP folder)."""
    folder = samples_dir()
    objects: list[dict] = []
    if not folder.is_dir():
        # A checkout without ../shared/ (APIDAE_SAMPLES_DIR unset): the demo runs on generated offers only.
        return objects
    for path in sorted(folder.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(data, dict) and "objetsTouristiques" in data:
            objects.extend(data["objetsTouristiques"])
        elif isinstance(data, dict) and "id" in data:
            objects.append(data)
        elif isinstance(data, list):
            objects.extend(o for o in data if isinstance(o, dict) and "id" in o)
    for path in sorted((folder / "export_zip_events_savoie" / "objets_modifies").glob("*.json")):
        objects.extend(json.loads(path.read_text(encoding="utf-8")))
    return objects


def _inside(destination: Destination, obj: dict) -> bool:
    """In the destination's bounding box, or in the same département as its communes (the Hautes-Alpes
    samples sit just outside the Écrins box but belong to its tourist area)."""
    localisation = obj.get("localisation") or {}
    try:
        lon, lat = localisation["geolocalisation"]["geoJson"]["coordinates"][:2]
        box = destination.bbox
        if box is not None and box[0] <= lon <= box[2] and box[1] <= lat <= box[3]:
            return True
    except (KeyError, TypeError, ValueError, IndexError):
        pass
    code = str(((localisation.get("adresse") or {}).get("commune") or {}).get("code") or "")
    departements = {c.insee_code[:2] for c in destination.communes.all()}
    return len(code) == 5 and code[:2] in departements


def load_demo_offers(per_destination: int = 32, progress: Callable[[str], None] = lambda m: None, today: dt.date | None = None) -> SyncRun:
    """Write one export folder (samples + generated objects) and import it with the real export code."""
    today = today or dt.date.today()
    destinations = list(Destination.objects.filter(slug__in=DEMO_SELECTIONS))
    for destination in destinations:
        selection = DEMO_SELECTIONS[destination.slug]
        if selection not in destination.apidae_selection_ids:
            destination.apidae_selection_ids = [*destination.apidae_selection_ids, selection]
            destination.save(update_fields=["apidae_selection_ids"])
    samples = sample_objects()
    selections: dict[int, list[dict]] = {SAMPLE_SELECTION: []}
    for obj in samples:
        home = next((d for d in destinations if _inside(d, obj)), None)
        selection = DEMO_SELECTIONS[home.slug] if home else SAMPLE_SELECTION
        selections.setdefault(selection, []).append({"type": obj.get("type", ""), "id": obj["id"]})
    generated: list[dict] = []
    next_id = FIRST_GENERATED_ID
    for destination in destinations:
        objects = generated_objects(destination, per_destination, today, next_id)
        next_id += 10_000
        generated.extend(objects)
        selections.setdefault(DEMO_SELECTIONS[destination.slug], []).extend({"type": o["type"], "id": o["id"]} for o in objects)
    with tempfile.TemporaryDirectory(prefix="demo-export-") as tmp:
        root = Path(tmp)
        (root / "objets_modifies").mkdir()
        (root / "objets_modifies" / "objets_modifies-1.json").write_text(json.dumps(samples), encoding="utf-8")
        (root / "objets_modifies" / "objets_modifies-2.json").write_text(json.dumps(generated), encoding="utf-8")
        (root / "selections.json").write_text(
            json.dumps([{"id": sid, "nom": f"Demo {sid}", "objetsTouristiques": members} for sid, members in selections.items()]),
            encoding="utf-8",
        )
        export = samples_dir() / "export_zip_events_savoie"
        for name in ("elements_reference.json", "communes.json"):
            if (export / name).exists():
                (root / name).write_text((export / name).read_text(encoding="utf-8"), encoding="utf-8")
        (root / "objets_supprimes.json").write_text("[]", encoding="utf-8")
        run = import_export(root, progress=lambda *args: None, today=today)
    generated_ids = [str(o["id"]) for o in generated]
    Offer.objects.filter(source="apidae", source_id__in=generated_ids).update(is_generated=True)
    attach_demo_photos(Offer.objects.filter(source="apidae", source_id__in=generated_ids))
    progress(
        f"offers: {len(samples)} sample objects + {len(generated)} generated ({run.status}: "
        f"created {run.created}, updated {run.updated}, unchanged {run.unchanged}, failed {run.failed})"
    )
    return run
