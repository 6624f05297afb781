"""Région-wide demo vocabularies: brands, interests, visitor typologies, sectors (four languages).

Apidae reference ids come from ../shared/apidae-samples/API-NOTES.md (typesClientele,
typologiesPromoSitra, typesManifestation, environnements).
"""

BRANDS = [
    {
        "slug": "provence",
        "name": {"fr": "Provence", "en": "Provence", "de": "Provence", "it": "Provenza"},
        "tagline": {
            "fr": "La lumière, les villages perchés et l'art de vivre du Sud.",
            "en": "Light, hilltop villages and the southern art of living.",
            "de": "Licht, Bergdörfer und die südliche Lebensart.",
            "it": "La luce, i borghi arroccati e l'arte di vivere del Sud.",
        },
        "primary_colour": "#5b3f8c",
        "secondary_colour": "#e9b949",
        "accent_colour": "#9c3d10",
        "sort_order": 1,
    },
    {
        "slug": "alpes",
        "name": {"fr": "Alpes", "en": "Alps", "de": "Alpen", "it": "Alpi"},
        "tagline": {
            "fr": "Les sommets du Sud, entre glaciers et soleil.",
            "en": "The southern summits, between glaciers and sunshine.",
            "de": "Die Gipfel des Südens, zwischen Gletschern und Sonne.",
            "it": "Le vette del Sud, tra ghiacciai e sole.",
        },
        "primary_colour": "#0b5563",
        "secondary_colour": "#8fc1a9",
        "accent_colour": "#8a4b08",
        "sort_order": 2,
    },
    {
        "slug": "cote-azur",
        "name": {"fr": "Côte d'Azur France", "en": "Côte d'Azur France", "de": "Côte d'Azur France", "it": "Côte d'Azur France"},
        "tagline": {
            "fr": "De la mer aux sommets du Mercantour, la Riviera grandeur nature.",
            "en": "From the sea to the peaks of the Mercantour, the Riviera in full.",
            "de": "Vom Meer bis zu den Gipfeln des Mercantour: die Riviera in voller Größe.",
            "it": "Dal mare alle vette del Mercantour, la Riviera in grande.",
        },
        "primary_colour": "#005a87",
        "secondary_colour": "#f4c95d",
        "accent_colour": "#b0321f",
        "sort_order": 3,
    },
]

INTERESTS = [
    {
        "slug": "culture",
        "icon": "landmark",
        "colour": "#7a2e8c",
        "apidae_reference_ids": [6158, 1958, 3201, 3203, 6288],
        "name": {"fr": "Culture et patrimoine", "en": "Culture & heritage", "de": "Kultur & Erbe", "it": "Cultura e patrimonio"},
        "description": {
            "fr": "Villages, abbayes, musées et savoir-faire.",
            "en": "Villages, abbeys, museums and crafts.",
            "de": "Dörfer, Abteien, Museen und Handwerk.",
            "it": "Borghi, abbazie, musei e saper fare.",
        },
    },
    {
        "slug": "adventure",
        "icon": "mountain",
        "colour": "#b4441b",
        "apidae_reference_ids": [6155, 1676, 1971],
        "name": {"fr": "Aventure et plein air", "en": "Adventure & outdoors", "de": "Abenteuer & Natur aktiv", "it": "Avventura e outdoor"},
        "description": {
            "fr": "Rando, vélo, eaux vives et via ferrata.",
            "en": "Hiking, cycling, white water and via ferrata.",
            "de": "Wandern, Radfahren, Wildwasser und Klettersteige.",
            "it": "Escursioni, bici, acque vive e vie ferrate.",
        },
    },
    {
        "slug": "unusual",
        "icon": "sparkles",
        "colour": "#0e6e6e",
        "apidae_reference_ids": [1678, 2626],
        "name": {"fr": "Insolite", "en": "Unusual", "de": "Ungewöhnlich", "it": "Insolito"},
        "description": {
            "fr": "Nuits perchées, lieux secrets, expériences hors du commun.",
            "en": "Treehouse nights, secret places, one-off experiences.",
            "de": "Nächte in Baumhäusern, geheime Orte, besondere Erlebnisse.",
            "it": "Notti sugli alberi, luoghi segreti, esperienze fuori dal comune.",
        },
    },
    {
        "slug": "nature",
        "icon": "leaf",
        "colour": "#2f6b2f",
        "apidae_reference_ids": [6153, 6154, 6157, 6159, 1966, 153, 171],
        "name": {"fr": "Nature", "en": "Nature", "de": "Natur", "it": "Natura"},
        "description": {
            "fr": "Faune, flore, géologie et grands panoramas.",
            "en": "Wildlife, flora, geology and great views.",
            "de": "Tiere, Pflanzen, Geologie und weite Panoramen.",
            "it": "Fauna, flora, geologia e grandi panorami.",
        },
    },
    {
        "slug": "gastronomy",
        "icon": "wine",
        "colour": "#8c1c3a",
        "apidae_reference_ids": [6163, 5026],
        "name": {"fr": "Gastronomie et vins", "en": "Food & wine", "de": "Gastronomie & Wein", "it": "Gastronomia e vini"},
        "description": {
            "fr": "Marchés, tables, caves et produits du terroir.",
            "en": "Markets, restaurants, wineries and local produce.",
            "de": "Märkte, Restaurants, Weinkeller und regionale Produkte.",
            "it": "Mercati, tavole, cantine e prodotti del territorio.",
        },
    },
    {
        "slug": "wellness",
        "icon": "spa",
        "colour": "#3d5a80",
        "apidae_reference_ids": [6286],
        "name": {"fr": "Bien-être", "en": "Wellness", "de": "Wohlbefinden", "it": "Benessere"},
        "description": {
            "fr": "Thermes, spas et lenteur assumée.",
            "en": "Spas, thermal baths and slow days.",
            "de": "Thermen, Spas und bewusste Langsamkeit.",
            "it": "Terme, spa e lentezza ritrovata.",
        },
    },
]

AUDIENCES = [
    {
        "slug": "solo",
        "icon": "user",
        "colour": "#4b5563",
        "apidae_reference_ids": [579],
        "name": {"fr": "En solo", "en": "Solo", "de": "Allein", "it": "Da soli"},
        "description": {"fr": "Voyager seul, à son rythme.", "en": "Travel alone, at your own pace.", "de": "Allein reisen, im eigenen Tempo.", "it": "Viaggiare da soli, al proprio ritmo."},
    },
    {
        "slug": "couple",
        "icon": "heart",
        "colour": "#9d174d",
        "apidae_reference_ids": [509],
        "name": {"fr": "En couple", "en": "Couples", "de": "Zu zweit", "it": "In coppia"},
        "description": {"fr": "Escapades à deux.", "en": "Getaways for two.", "de": "Auszeiten zu zweit.", "it": "Fughe romantiche."},
    },
    {
        "slug": "family",
        "icon": "family",
        "colour": "#b45309",
        "apidae_reference_ids": [513, 594, 496],
        "name": {"fr": "En famille", "en": "Family", "de": "Familie", "it": "In famiglia"},
        "description": {"fr": "Des idées pour petits et grands.", "en": "Ideas for children and grown-ups.", "de": "Ideen für Groß und Klein.", "it": "Idee per grandi e piccini."},
    },
    {
        "slug": "senior",
        "icon": "senior",
        "colour": "#1d4ed8",
        "apidae_reference_ids": [4813],
        "name": {"fr": "Seniors", "en": "Seniors", "de": "Senioren", "it": "Senior"},
        "description": {"fr": "Prendre le temps, en confort.", "en": "Take your time, in comfort.", "de": "Sich Zeit nehmen, mit Komfort.", "it": "Prendersi il tempo, in comodità."},
    },
    {
        "slug": "group",
        "icon": "group",
        "colour": "#047857",
        "apidae_reference_ids": [593, 580, 597, 5695, 5696],
        "name": {"fr": "En groupe", "en": "Groups", "de": "Gruppen", "it": "Gruppi"},
        "description": {"fr": "Séminaires, clubs et sorties organisées.", "en": "Seminars, clubs and organised trips.", "de": "Seminare, Vereine und Gruppenreisen.", "it": "Seminari, club e gite organizzate."},
    },
    {
        "slug": "friends",
        "icon": "friends",
        "colour": "#7c2d12",
        "apidae_reference_ids": [5416],
        "name": {"fr": "Entre amis", "en": "Friends", "de": "Mit Freunden", "it": "Tra amici"},
        "description": {"fr": "Partager des souvenirs en bande.", "en": "Share memories as a crew.", "de": "Gemeinsame Erinnerungen schaffen.", "it": "Ricordi da condividere in compagnia."},
    },
]

SECTORS = [
    {"slug": "outdoor", "icon": "bike", "colour": "#b4441b", "apidae_reference_ids": [6155, 1676],
     "name": {"fr": "Activités de pleine nature", "en": "Outdoor activities", "de": "Outdoor-Aktivitäten", "it": "Attività all'aria aperta"}, "description": {}},
    {"slug": "wine", "icon": "wine", "colour": "#8c1c3a", "apidae_reference_ids": [5026, 6163],
     "name": {"fr": "Œnotourisme", "en": "Wine tourism", "de": "Weintourismus", "it": "Enoturismo"}, "description": {}},
    {"slug": "heritage", "icon": "landmark", "colour": "#7a2e8c", "apidae_reference_ids": [6158, 3203],
     "name": {"fr": "Patrimoine", "en": "Heritage", "de": "Kulturerbe", "it": "Patrimonio"}, "description": {}},
    {"slug": "cycling", "icon": "bike", "colour": "#0e6e6e", "apidae_reference_ids": [4624, 3844],
     "name": {"fr": "Vélo", "en": "Cycling", "de": "Radfahren", "it": "Bicicletta"}, "description": {}},
    {"slug": "ecotourism", "icon": "leaf", "colour": "#2f6b2f", "apidae_reference_ids": [5063],
     "name": {"fr": "Écotourisme", "en": "Ecotourism", "de": "Ökotourismus", "it": "Ecoturismo"}, "description": {}},
]
