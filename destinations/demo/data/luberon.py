"""Luberon (Provence): demo content in French (source), English, German and Italian.

Facts were checked against public references (INSEE codes, dates, market days); opening days and
access rules change, so the prose points visitors to the tourist office for up-to-date details.
"""

DESTINATION = {
    "slug": "luberon",
    "name": "Luberon",
    "brand": "provence",
    "theme": "provence",
    "motif": "lavender",
    "languages": ["fr", "en", "de", "it"],
    "communes": [
        {"insee": "84020", "name": "Bonnieux", "postal_code": "84480", "lat": 43.8236, "lon": 5.3078},
        {"insee": "84050", "name": "Gordes", "postal_code": "84220", "lat": 43.9119, "lon": 5.2008},
        {"insee": "84068", "name": "Lourmarin", "postal_code": "84160", "lat": 43.7697, "lon": 5.3631},
        {"insee": "84102", "name": "Roussillon", "postal_code": "84220", "lat": 43.9031, "lon": 5.2936},
        {"insee": "84003", "name": "Apt", "postal_code": "84400", "lat": 43.8764, "lon": 5.3964},
        {"insee": "84073", "name": "Ménerbes", "postal_code": "84560", "lat": 43.8333, "lon": 5.2072},
        {"insee": "84058", "name": "Lacoste", "postal_code": "84480", "lat": 43.8331, "lon": 5.2742},
        {"insee": "84103", "name": "Rustrel", "postal_code": "84400", "lat": 43.9253, "lon": 5.4858},
    ],
    "bbox": (5.05, 43.70, 5.80, 44.00),
    "apidae_selection_ids": [],
    "sectors": ["wine", "heritage", "cycling"],
    "office": {
        "office_name": "Office de tourisme Luberon Cœur de Provence",
        "street_address": "788 avenue Victor Hugo",
        "postal_code": "84400",
        "city": "Apt",
        "phone": "04 90 74 03 18",
        "email": "contact@luberon-demo.example",
        "website": "https://luberon-demo.example/",
    },
    # ------------------------------------------------------------------------------------------------
    "home": {
        "title": {"fr": "Luberon", "en": "Luberon", "de": "Luberon", "it": "Luberon"},
        "hero_title": {
            "fr": "Luberon, la Provence des villages perchés",
            "en": "Luberon, Provence of hilltop villages",
            "de": "Luberon – die Provence der Bergdörfer",
            "it": "Luberon, la Provenza dei borghi arroccati",
        },
        "hero_tagline": {
            "fr": "Ocres de Roussillon, lavandes de Sénanque, marchés du matin et vins du Luberon",
            "en": "Roussillon’s ochres, Sénanque’s lavender, morning markets and Luberon wines",
            "de": "Die Ocker von Roussillon, der Lavendel von Sénanque, Wochenmärkte und Luberon-Weine",
            "it": "Le ocre di Roussillon, la lavanda di Sénanque, i mercati del mattino e i vini del Luberon",
        },
        "intro": {
            "fr": (
                "<p>Entre la vallée du Calavon et celle de la Durance, le massif du Luberon déroule ses crêtes "
                "calcaires sur une soixantaine de kilomètres, de Cavaillon jusqu’aux portes de Manosque. Tout autour, "
                "Gordes, Roussillon, Bonnieux, Ménerbes, Lacoste et Lourmarin veillent sur un paysage de vignes, de "
                "cerisiers, d’oliviers et de champs de lavande, protégé depuis 1977 par le Parc naturel régional du "
                "Luberon.</p>"
                "<p>On vient ici pour la lumière et l’on reste pour le rythme : un marché chaque matin quelque part, "
                "un sentier dans les ocres en fin de journée, un verre d’AOC Luberon à l’ombre d’un platane. Au "
                "printemps et à l’automne, les villages retrouvent leur calme ; en été, levez-vous tôt et profitez de "
                "la douceur des soirées.</p>"
            ),
            "en": (
                "<p>Between the Calavon and Durance valleys, the Luberon range unrolls its limestone ridges for some "
                "sixty kilometres, from Cavaillon to the outskirts of Manosque. All around, Gordes, Roussillon, "
                "Bonnieux, Ménerbes, Lacoste and Lourmarin look out over vineyards, cherry and olive orchards and "
                "lavender fields, protected since 1977 by the Luberon Regional Nature Park.</p>"
                "<p>People come for the light and stay for the pace of life: a market somewhere every morning, a walk "
                "through the ochre cliffs late in the day, a glass of AOC Luberon wine in the shade of a plane tree. "
                "In spring and autumn the villages are quiet again; in summer, start early and make the most of the "
                "mild evenings.</p>"
            ),
            "de": (
                "<p>Zwischen den Tälern von Calavon und Durance erstreckt sich das Kalkmassiv des Luberon über rund "
                "sechzig Kilometer, von Cavaillon bis vor die Tore von Manosque. Ringsum blicken Gordes, Roussillon, "
                "Bonnieux, Ménerbes, Lacoste und Lourmarin auf Weinberge, Kirsch- und Olivenhaine und Lavendelfelder – "
                "seit 1977 geschützt durch den Regionalen Naturpark Luberon.</p>"
                "<p>Man kommt wegen des Lichts und bleibt wegen des Rhythmus: jeden Morgen irgendwo ein Markt, am "
                "späten Nachmittag ein Spaziergang durch die Ockerfelsen, ein Glas AOC Luberon im Schatten einer "
                "Platane. Im Frühling und Herbst sind die Dörfer wieder ruhig; im Sommer lohnt es sich, früh "
                "aufzustehen und die milden Abende zu genießen.</p>"
            ),
            "it": (
                "<p>Tra la valle del Calavon e quella della Durance, il massiccio del Luberon distende le sue creste "
                "calcaree per una sessantina di chilometri, da Cavaillon fino alle porte di Manosque. Tutt’intorno, "
                "Gordes, Roussillon, Bonnieux, Ménerbes, Lacoste e Lourmarin vegliano su un paesaggio di vigne, "
                "ciliegi, ulivi e campi di lavanda, protetto dal 1977 dal Parco naturale regionale del Luberon.</p>"
                "<p>Si viene per la luce e si resta per il ritmo: ogni mattina un mercato da qualche parte, una "
                "passeggiata tra le ocre a fine giornata, un bicchiere di AOC Luberon all’ombra di un platano. In "
                "primavera e in autunno i borghi ritrovano la loro quiete; d’estate conviene alzarsi presto e godersi "
                "la dolcezza delle serate.</p>"
            ),
        },
        "search_description": {
            "fr": "Luberon (Vaucluse) : villages perchés, ocres de Roussillon, abbaye de Sénanque, lavandes, marchés provençaux et vins AOC Luberon.",
            "en": "Luberon, Vaucluse: hilltop villages, Roussillon’s ochres, Sénanque Abbey, lavender, Provençal markets and AOC Luberon wines.",
            "de": "Luberon (Vaucluse): Bergdörfer, die Ocker von Roussillon, Abtei Sénanque, Lavendel, provenzalische Märkte und AOC-Luberon-Weine.",
            "it": "Luberon (Vaucluse): borghi arroccati, ocre di Roussillon, abbazia di Sénanque, lavanda, mercati provenzali e vini AOC Luberon.",
        },
        "image_alt": {
            "fr": "Illustration : champs de lavande au pied des collines du Luberon, dans la lumière du soir",
            "en": "Illustration: lavender fields below the Luberon hills in the evening light",
            "de": "Illustration: Lavendelfelder am Fuß der Luberon-Hügel im Abendlicht",
            "it": "Illustrazione: campi di lavanda ai piedi delle colline del Luberon nella luce della sera",
        },
    },
    # ------------------------------------------------------------------------------------------------
    "interests": {
        "culture": {
            "slug": {"fr": "culture-et-patrimoine", "en": "culture-and-heritage", "de": "kultur-und-erbe", "it": "cultura-e-patrimonio"},
            "title": {"fr": "Culture et patrimoine", "en": "Culture & heritage", "de": "Kultur & Erbe", "it": "Cultura e patrimonio"},
            "intro": {
                "fr": "<p>Villages perchés, abbaye cistercienne toujours habitée, pont romain et châteaux Renaissance : dans le Luberon, deux mille ans d’histoire se lisent au détour de chaque route.</p>",
                "en": "<p>Hilltop villages, a Cistercian abbey that is still home to monks, a Roman bridge and Renaissance châteaux: in the Luberon, two thousand years of history unfold at every bend in the road.</p>",
                "de": "<p>Bergdörfer, eine noch heute bewohnte Zisterzienserabtei, eine Römerbrücke und Renaissanceschlösser: Im Luberon begegnet man zweitausend Jahren Geschichte hinter jeder Kurve.</p>",
                "it": "<p>Borghi arroccati, un’abbazia cistercense ancora abitata, un ponte romano e castelli rinascimentali: nel Luberon duemila anni di storia si svelano a ogni curva.</p>",
            },
            "search_description": {
                "fr": "Patrimoine du Luberon : abbaye de Sénanque, Gordes et ses bories, château de Lourmarin, pont Julien, Ménerbes, Lacoste et l’ocre de Roussillon.",
                "en": "Luberon heritage: Sénanque Abbey, Gordes and its bories, Lourmarin château, the Roman Pont Julien, Ménerbes, Lacoste and Roussillon’s ochre.",
                "de": "Kulturerbe im Luberon: Abtei Sénanque, Gordes und die Bories, Schloss Lourmarin, Pont Julien, Ménerbes, Lacoste und der Ocker von Roussillon.",
                "it": "Patrimonio del Luberon: abbazia di Sénanque, Gordes e le bories, castello di Lourmarin, Pont Julien, Ménerbes, Lacoste e l’ocra di Roussillon.",
            },
            "motif": "village",
            "image_alt": {
                "fr": "Illustration : village perché aux maisons de pierre dominant la vallée",
                "en": "Illustration: hilltop village of stone houses overlooking the valley",
                "de": "Illustration: Bergdorf mit Steinhäusern hoch über dem Tal",
                "it": "Illustrazione: borgo arroccato di case in pietra che domina la valle",
            },
            "highlights": [
                {
                    "title": {"fr": "Abbaye Notre-Dame de Sénanque", "en": "Notre-Dame de Sénanque Abbey", "de": "Abtei Notre-Dame de Sénanque", "it": "Abbazia di Notre-Dame de Sénanque"},
                    "text": {
                        "fr": "Fondée en 1148 dans un vallon au nord de Gordes, l’abbaye cistercienne abrite toujours une communauté de moines. Église et cloître se visitent sur réservation.",
                        "en": "Founded in 1148 in a small valley north of Gordes, this Cistercian abbey is still home to a community of monks. The church and cloister can be visited by booking.",
                        "de": "Die 1148 in einem Tal nördlich von Gordes gegründete Zisterzienserabtei wird bis heute von Mönchen bewohnt. Kirche und Kreuzgang sind mit Reservierung zugänglich.",
                        "it": "Fondata nel 1148 in una valletta a nord di Gordes, l’abbazia cistercense ospita ancora una comunità di monaci. Chiesa e chiostro si visitano su prenotazione.",
                    },
                },
                {
                    "title": {"fr": "Gordes et le village des Bories", "en": "Gordes and the Village des Bories", "de": "Gordes und das Village des Bories", "it": "Gordes e il Village des Bories"},
                    "text": {
                        "fr": "Gordes s’enroule autour de son château Renaissance. Tout près, le village des Bories réunit des cabanes en pierre sèche restaurées, témoins de la vie rurale d’autrefois.",
                        "en": "Gordes wraps around its Renaissance château. Nearby, the Village des Bories brings together restored dry-stone huts that bear witness to rural life in times past.",
                        "de": "Gordes schmiegt sich um sein Renaissanceschloss. Ganz in der Nähe zeigt das Village des Bories restaurierte Trockensteinhütten aus dem bäuerlichen Leben früherer Zeiten.",
                        "it": "Gordes si avvolge attorno al suo castello rinascimentale. Poco lontano, il Village des Bories riunisce capanne in pietra a secco restaurate, testimoni della vita rurale di un tempo.",
                    },
                },
                {
                    "title": {"fr": "Lourmarin, Camus et Bosco", "en": "Lourmarin, Camus and Bosco", "de": "Lourmarin, Camus und Bosco", "it": "Lourmarin, Camus e Bosco"},
                    "text": {
                        "fr": "Un château Renaissance ouvert à la visite, des ruelles animées et le petit cimetière où reposent les écrivains Albert Camus et Henri Bosco.",
                        "en": "A Renaissance château open to visitors, lively lanes and the small cemetery where the writers Albert Camus and Henri Bosco are buried.",
                        "de": "Ein zu besichtigendes Renaissanceschloss, belebte Gassen und der kleine Friedhof, auf dem die Schriftsteller Albert Camus und Henri Bosco ruhen.",
                        "it": "Un castello rinascimentale aperto alle visite, vicoli animati e il piccolo cimitero dove riposano gli scrittori Albert Camus e Henri Bosco.",
                    },
                },
            ],
            "body": [
                ("paragraph", {
                    "fr": "<p>Ménerbes s’étire sur son éperon rocheux comme un navire de pierre ; la Maison de la Truffe et du Vin du Luberon y occupe un hôtel particulier du village. En face, Lacoste grimpe jusqu’aux ruines du château du marquis de Sade. Bonnieux, en terrasses, offre depuis son église haute l’une des plus belles vues sur la vallée du Calavon, tandis qu’Oppède-le-Vieux se découvre à pied, entre vieilles pierres et végétation.</p>",
                    "en": "<p>Ménerbes stretches along its rocky spur like a ship of stone; the Maison de la Truffe et du Vin du Luberon occupies one of its old town houses. Opposite, Lacoste climbs up to the ruins of the Marquis de Sade’s castle. Terraced Bonnieux offers, from its upper church, one of the finest views over the Calavon valley, while Oppède-le-Vieux is best explored on foot, among old stones and greenery.</p>",
                    "de": "<p>Ménerbes zieht sich wie ein steinernes Schiff über seinen Felsgrat; in einem alten Stadtpalais ist die Maison de la Truffe et du Vin du Luberon untergebracht. Gegenüber steigt Lacoste bis zu den Ruinen des Schlosses des Marquis de Sade an. Das terrassenförmig angelegte Bonnieux bietet von seiner Oberkirche einen der schönsten Blicke über das Calavon-Tal, und Oppède-le-Vieux erkundet man am besten zu Fuß zwischen alten Mauern und üppigem Grün.</p>",
                    "it": "<p>Ménerbes si allunga sul suo sperone roccioso come una nave di pietra; la Maison de la Truffe et du Vin du Luberon occupa uno dei suoi antichi palazzi. Di fronte, Lacoste sale fino alle rovine del castello del marchese de Sade. Bonnieux, a terrazze, offre dalla sua chiesa alta una delle più belle vedute sulla valle del Calavon, mentre Oppède-le-Vieux si scopre a piedi, tra pietre antiche e vegetazione.</p>",
                }),
                ("heading", {"fr": "Des Romains aux ocriers", "en": "From the Romans to the ochre makers", "de": "Von den Römern bis zu den Ockerarbeitern", "it": "Dai Romani agli ocrai"}),
                ("paragraph", {
                    "fr": "<p>Au pied de Bonnieux, le pont Julien franchit le Calavon depuis le Ier siècle avant notre ère : ses trois arches portaient la voie Domitienne et sont aujourd’hui réservées aux piétons et aux cyclistes. À Apt, la cathédrale Sainte-Anne et le musée de l’Aventure industrielle racontent la ville des confiseurs et des faïenciers. À Roussillon, l’ancienne usine d’ocre Mathieu, devenue écomusée (Ôkhra), explique comment le sable coloré des collines devenait pigment.</p>",
                    "en": "<p>Below Bonnieux, the Pont Julien has spanned the Calavon since the 1st century BC: its three arches once carried the Via Domitia and are now reserved for walkers and cyclists. In Apt, Sainte-Anne cathedral and the Musée de l’Aventure industrielle tell the story of a town of confectioners and potters. In Roussillon, the former Mathieu ochre works, now an eco-museum (Ôkhra), shows how the coloured sand of the hills was turned into pigment.</p>",
                    "de": "<p>Unterhalb von Bonnieux überspannt der Pont Julien den Calavon seit dem 1. Jahrhundert v. Chr.: Seine drei Bögen trugen einst die Via Domitia und sind heute Fußgängern und Radfahrern vorbehalten. In Apt erzählen die Kathedrale Sainte-Anne und das Musée de l’Aventure industrielle von der Stadt der Konditoren und Fayencemacher. In Roussillon zeigt die ehemalige Ockerfabrik Mathieu, heute ein Ökomuseum (Ôkhra), wie aus dem farbigen Sand der Hügel Pigment wurde.</p>",
                    "it": "<p>Ai piedi di Bonnieux, il Pont Julien attraversa il Calavon dal I secolo a.C.: le sue tre arcate sostenevano la via Domizia e oggi sono riservate a pedoni e ciclisti. Ad Apt, la cattedrale di Sant’Anna e il Musée de l’Aventure industrielle raccontano la città dei confettieri e dei ceramisti. A Roussillon, l’ex fabbrica d’ocra Mathieu, oggi ecomuseo (Ôkhra), spiega come la sabbia colorata delle colline diventava pigmento.</p>",
                }),
                ("quote", {
                    "fr": "Visitez les villages les plus fréquentés tôt le matin ou en fin d’après-midi, et entrez dans les églises en tenue correcte.",
                    "en": "Visit the busiest villages early in the morning or late in the afternoon, and dress respectfully when entering churches.",
                    "de": "Besuchen Sie die meistbesuchten Dörfer früh am Morgen oder am späten Nachmittag, und betreten Sie Kirchen in angemessener Kleidung.",
                    "it": "Visitate i borghi più frequentati al mattino presto o nel tardo pomeriggio, ed entrate nelle chiese con un abbigliamento adeguato.",
                }),
            ],
        },
        "adventure": {
            "slug": {"fr": "aventure-et-plein-air", "en": "adventure-and-outdoors", "de": "abenteuer-und-natur-aktiv", "it": "avventura-e-outdoor"},
            "title": {"fr": "Aventure et plein air", "en": "Adventure & outdoors", "de": "Abenteuer & Natur aktiv", "it": "Avventura e outdoor"},
            "intro": {
                "fr": "<p>Falaises de Buoux pour les grimpeurs, crêtes du Grand Luberon pour les randonneurs, véloroute et boucles balisées pour les cyclistes : le massif se parcourt à pied, à vélo et à la force des bras.</p>",
                "en": "<p>The cliffs of Buoux for climbers, the ridges of the Grand Luberon for hikers, a greenway and signposted loops for cyclists: the range is there to be explored on foot, by bike and by hand.</p>",
                "de": "<p>Die Felswände von Buoux für Kletterer, die Kämme des Grand Luberon für Wanderer, ein Radweg und ausgeschilderte Runden für Radfahrer: Das Massiv erkundet man zu Fuß, mit dem Rad und mit Muskelkraft.</p>",
                "it": "<p>Le falesie di Buoux per chi arrampica, le creste del Grand Luberon per gli escursionisti, una ciclovia e anelli segnalati per i ciclisti: il massiccio si percorre a piedi, in bici e a forza di braccia.</p>",
            },
            "search_description": {
                "fr": "Randonnée au Mourre Nègre, escalade à Buoux, gorges du Régalon, Véloroute du Calavon et tour du Luberon à vélo.",
                "en": "Hiking up the Mourre Nègre, climbing at Buoux, the Régalon gorges, the Calavon greenway and the Luberon cycle loop.",
                "de": "Wandern auf den Mourre Nègre, Klettern in Buoux, die Régalon-Schlucht, der Calavon-Radweg und die Luberon-Radrunde.",
                "it": "Escursioni al Mourre Nègre, arrampicata a Buoux, gole del Régalon, ciclovia del Calavon e giro del Luberon in bici.",
            },
            "motif": "forest",
            "image_alt": {
                "fr": "Illustration : crêtes boisées du Luberon sous un ciel clair",
                "en": "Illustration: wooded Luberon ridges under a clear sky",
                "de": "Illustration: bewaldete Kämme des Luberon unter klarem Himmel",
                "it": "Illustrazione: creste boscose del Luberon sotto un cielo limpido",
            },
            "highlights": [
                {
                    "title": {"fr": "Le Mourre Nègre", "en": "The Mourre Nègre", "de": "Der Mourre Nègre", "it": "Il Mourre Nègre"},
                    "text": {
                        "fr": "Point culminant du massif (1 125 m), il offre par temps clair un panorama du mont Ventoux aux sommets alpins. Montée classique à pied depuis Auribeau.",
                        "en": "The highest point of the range (1,125 m) offers, on a clear day, a panorama from Mont Ventoux to the Alpine peaks. The classic ascent on foot starts from Auribeau.",
                        "de": "Der höchste Gipfel des Massivs (1.125 m) bietet bei klarer Sicht ein Panorama vom Mont Ventoux bis zu den Alpengipfeln. Klassischer Aufstieg zu Fuß ab Auribeau.",
                        "it": "Punto culminante del massiccio (1.125 m), con il cielo terso offre un panorama dal Mont Ventoux alle vette alpine. Salita classica a piedi da Auribeau.",
                    },
                },
                {
                    "title": {"fr": "L’escalade à Buoux", "en": "Climbing at Buoux", "de": "Klettern in Buoux", "it": "Arrampicata a Buoux"},
                    "text": {
                        "fr": "Les falaises calcaires de Buoux sont un haut lieu historique de l’escalade sportive. Des moniteurs diplômés encadrent débutants et grimpeurs confirmés.",
                        "en": "The limestone cliffs of Buoux are a historic venue for sport climbing. Qualified instructors guide both beginners and experienced climbers.",
                        "de": "Die Kalkfelsen von Buoux sind ein traditionsreicher Ort des Sportkletterns. Diplomierte Kletterlehrer begleiten Einsteiger wie erfahrene Kletterer.",
                        "it": "Le falesie calcaree di Buoux sono un luogo storico dell’arrampicata sportiva. Istruttori qualificati accompagnano principianti e scalatori esperti.",
                    },
                },
                {
                    "title": {"fr": "Autour du Luberon à vélo", "en": "Cycling around the Luberon", "de": "Mit dem Rad rund um den Luberon", "it": "In bici intorno al Luberon"},
                    "text": {
                        "fr": "Une grande boucle balisée relie les villages par de petites routes, et la Véloroute du Calavon suit une ancienne voie ferrée, sans voitures et en pente douce.",
                        "en": "A long signposted loop links the villages along quiet lanes, and the Calavon greenway follows a former railway line, car-free and gently graded.",
                        "de": "Eine große ausgeschilderte Runde verbindet die Dörfer über kleine Straßen, und der Calavon-Radweg folgt einer ehemaligen Bahntrasse – autofrei und mit sanfter Steigung.",
                        "it": "Un grande anello segnalato collega i borghi su strade secondarie, e la ciclovia del Calavon segue un’ex ferrovia, senza auto e in leggera pendenza.",
                    },
                },
            ],
            "body": [
                ("paragraph", {
                    "fr": "<p>Le GR 9 suit les crêtes du Luberon et le GR 97 en fait le tour. Pour une sortie plus courte, les gorges du Régalon, étroite faille du Petit Luberon, et la combe de Lourmarin se parcourent en une demi-journée. Les gorges sont à éviter par temps d’orage. En été, l’accès aux massifs forestiers est réglementé chaque jour selon le risque d’incendie : consultez la carte de la préfecture de Vaucluse la veille au soir.</p>",
                    "en": "<p>The GR 9 long-distance path follows the Luberon ridges and the GR 97 loops around the range. For a shorter outing, the Régalon gorges, a narrow cleft in the Petit Luberon, and the Combe de Lourmarin can be done in half a day. Avoid the gorges in stormy weather. In summer, access to the forested hills is regulated daily according to fire risk: check the Vaucluse prefecture’s map the evening before.</p>",
                    "de": "<p>Der Fernwanderweg GR 9 folgt den Kämmen des Luberon, der GR 97 umrundet das Massiv. Für kürzere Touren eignen sich die Régalon-Schlucht, eine enge Felsspalte im Petit Luberon, und die Combe de Lourmarin – jeweils an einem halben Tag. Bei Gewitter ist die Schlucht zu meiden. Im Sommer wird der Zugang zu den Waldgebieten täglich je nach Brandgefahr geregelt: Prüfen Sie am Vorabend die Karte der Präfektur Vaucluse.</p>",
                    "it": "<p>Il GR 9 segue le creste del Luberon e il GR 97 ne fa il giro. Per un’uscita più breve, le gole del Régalon, stretta fenditura del Petit Luberon, e la Combe de Lourmarin si percorrono in mezza giornata. Le gole vanno evitate in caso di temporale. D’estate l’accesso ai massicci forestali è regolato giorno per giorno in base al rischio d’incendio: consultate la carta della prefettura di Vaucluse la sera prima.</p>",
                }),
                ("heading", {"fr": "À vélo, du plat aux côtes", "en": "By bike, from flat to hilly", "de": "Mit dem Rad, flach oder bergig", "it": "In bici, dalla pianura alle salite"}),
                ("paragraph", {
                    "fr": "<p>La Véloroute du Calavon, tronçon de l’EuroVelo 8, relie Robion à Apt puis file vers l’est sur l’ancienne voie ferrée Cavaillon–Apt, en passant près du pont Julien. Plus vallonnée, la boucle des Ocres à vélo relie Apt, Gargas, Roussillon et Rustrel. Les loueurs d’Apt, de Bonnieux ou de Coustellet proposent des vélos à assistance électrique, très appréciés pour monter vers les villages perchés.</p>",
                    "en": "<p>The Calavon greenway, part of EuroVelo 8, runs from Robion to Apt and on eastwards along the old Cavaillon–Apt railway line, passing close to the Pont Julien. Hillier, the Ocres à vélo loop connects Apt, Gargas, Roussillon and Rustrel. Rental shops in Apt, Bonnieux and Coustellet offer e-bikes, much appreciated for the climbs up to the hilltop villages.</p>",
                    "de": "<p>Der Calavon-Radweg, ein Abschnitt des EuroVelo 8, führt von Robion nach Apt und weiter nach Osten auf der ehemaligen Bahnlinie Cavaillon–Apt, vorbei am Pont Julien. Hügeliger ist die Runde „Les Ocres à vélo“ über Apt, Gargas, Roussillon und Rustrel. Verleiher in Apt, Bonnieux und Coustellet bieten E-Bikes an – ideal für die Anstiege zu den Bergdörfern.</p>",
                    "it": "<p>La ciclovia del Calavon, tratto dell’EuroVelo 8, collega Robion ad Apt e prosegue verso est sull’ex ferrovia Cavaillon–Apt, passando vicino al Pont Julien. Più ondulato, l’anello delle Ocres à vélo unisce Apt, Gargas, Roussillon e Rustrel. I noleggiatori di Apt, Bonnieux e Coustellet propongono bici a pedalata assistita, molto apprezzate per salire ai borghi arroccati.</p>",
                }),
                ("quote", {
                    "fr": "Partez tôt, emportez au moins deux litres d’eau par personne et vérifiez l’accès aux massifs la veille au soir.",
                    "en": "Set off early, carry at least two litres of water per person and check access to the hills the evening before.",
                    "de": "Brechen Sie früh auf, nehmen Sie mindestens zwei Liter Wasser pro Person mit und prüfen Sie am Vorabend den Zugang zu den Waldgebieten.",
                    "it": "Partite presto, portate almeno due litri d’acqua a persona e verificate l’accesso ai massicci la sera prima.",
                }),
            ],
        },
        "unusual": {
            "slug": {"fr": "insolite", "en": "unusual", "de": "ungewoehnlich", "it": "insolito"},
            "title": {"fr": "Insolite", "en": "Unusual", "de": "Ungewöhnlich", "it": "Insolito"},
            "intro": {
                "fr": "<p>Un canyon d’ocre aux allures de Far West, des galeries creusées dans la colline, une forteresse abandonnée au sommet d’une falaise : le Luberon réserve quelques surprises à qui sort des sentiers battus.</p>",
                "en": "<p>An ochre canyon that looks like the Wild West, galleries dug deep into the hillside, an abandoned fortress on top of a cliff: the Luberon keeps a few surprises for those who leave the beaten track.</p>",
                "de": "<p>Ein Ockercanyon wie im Wilden Westen, in den Hügel gegrabene Stollen, eine verlassene Festung auf einem Felsen: Der Luberon hält für alle, die abseits der bekannten Wege unterwegs sind, einige Überraschungen bereit.</p>",
                "it": "<p>Un canyon d’ocra dall’aria di Far West, gallerie scavate nella collina, una fortezza abbandonata in cima a una rupe: il Luberon riserva qualche sorpresa a chi esce dai sentieri battuti.</p>",
            },
            "search_description": {
                "fr": "Luberon insolite : Colorado provençal à Rustrel, mines d’ocre de Bruoux, fort de Buoux, pont Julien et ciels étoilés.",
                "en": "The unusual Luberon: the Colorado provençal at Rustrel, the Bruoux ochre mines, Buoux fort, the Pont Julien and starry skies.",
                "de": "Ungewöhnlicher Luberon: Colorado provençal in Rustrel, Ockerminen von Bruoux, Fort de Buoux, Pont Julien und Sternenhimmel.",
                "it": "Luberon insolito: Colorado provenzale a Rustrel, miniere d’ocra di Bruoux, forte di Buoux, Pont Julien e cieli stellati.",
            },
            "motif": "village",
            "image_alt": {
                "fr": "Illustration : falaises et village aux teintes chaudes au soleil couchant",
                "en": "Illustration: cliffs and a village in warm colours at sunset",
                "de": "Illustration: Felsen und ein Dorf in warmen Farben bei Sonnenuntergang",
                "it": "Illustrazione: rupi e borgo dai colori caldi al tramonto",
            },
            "highlights": [
                {
                    "title": {"fr": "Le Colorado provençal", "en": "The Colorado provençal", "de": "Das Colorado provençal", "it": "Il Colorado provenzale"},
                    "text": {
                        "fr": "À Rustrel, d’anciennes carrières d’ocre ont laissé cheminées de fées et falaises du jaune au rouge vif. Plusieurs sentiers balisés, d’une à plusieurs heures.",
                        "en": "At Rustrel, former ochre quarries have left fairy chimneys and cliffs ranging from yellow to deep red. Several marked trails, from one hour to several.",
                        "de": "In Rustrel haben ehemalige Ockerbrüche Feenkamine und Felswände von Gelb bis Leuchtendrot hinterlassen. Mehrere markierte Wege von einer bis zu mehreren Stunden.",
                        "it": "A Rustrel, antiche cave d’ocra hanno lasciato camini delle fate e falesie dal giallo al rosso acceso. Diversi sentieri segnalati, da una a più ore.",
                    },
                },
                {
                    "title": {"fr": "Les mines de Bruoux", "en": "The Bruoux mines", "de": "Die Minen von Bruoux", "it": "Le miniere di Bruoux"},
                    "text": {
                        "fr": "À Gargas, des galeries d’extraction d’ocre creusées dans la colline se visitent avec un guide. Prévoyez une petite laine : il y fait frais même en plein été.",
                        "en": "At Gargas, ochre mining galleries dug into the hillside can be visited with a guide. Bring a jumper: it stays cool inside even in high summer.",
                        "de": "In Gargas kann man in den Hügel gegrabene Ockerstollen mit einer Führung besichtigen. Nehmen Sie einen Pullover mit: Drinnen ist es selbst im Hochsommer kühl.",
                        "it": "A Gargas, le gallerie di estrazione dell’ocra scavate nella collina si visitano con una guida. Portate un maglione: dentro fa fresco anche in piena estate.",
                    },
                },
                {
                    "title": {"fr": "Le fort de Buoux", "en": "Buoux fort", "de": "Das Fort de Buoux", "it": "Il forte di Buoux"},
                    "text": {
                        "fr": "Sur un éperon au-dessus du vallon de l’Aiguebrun, ce site fortifié abandonné conserve remparts, silos et un escalier dérobé taillé dans le roc.",
                        "en": "On a spur above the Aiguebrun valley, this abandoned fortified site still has its ramparts, grain silos and a hidden staircase cut into the rock.",
                        "de": "Auf einem Felssporn über dem Tal des Aiguebrun bewahrt die verlassene Festung Mauern, Getreidesilos und eine in den Fels gehauene Geheimtreppe.",
                        "it": "Su uno sperone sopra la valle dell’Aiguebrun, questo sito fortificato abbandonato conserva mura, silos e una scala segreta scavata nella roccia.",
                    },
                },
            ],
            "body": [
                ("paragraph", {
                    "fr": "<p>Loin des grandes villes, le Luberon et le plateau d’Albion voisin jouissent de nuits particulièrement sombres. Des soirées d’observation sont organisées en saison, notamment à l’observatoire de Lagarde-d’Apt. Au petit matin, quand la météo le permet, des pilotes de montgolfière proposent des vols au-dessus des villages et des champs de lavande.</p>",
                    "en": "<p>Far from the big cities, the Luberon and the neighbouring Albion plateau enjoy particularly dark nights. Stargazing evenings are held in season, notably at the observatory in Lagarde-d’Apt. At dawn, weather permitting, hot-air balloon pilots offer flights over the villages and lavender fields.</p>",
                    "de": "<p>Fern der großen Städte genießen der Luberon und das benachbarte Plateau d’Albion besonders dunkle Nächte. In der Saison finden Beobachtungsabende statt, etwa an der Sternwarte von Lagarde-d’Apt. Im Morgengrauen bieten Ballonpiloten bei passendem Wetter Fahrten über die Dörfer und Lavendelfelder an.</p>",
                    "it": "<p>Lontano dalle grandi città, il Luberon e il vicino altopiano d’Albion godono di notti particolarmente buie. In stagione si organizzano serate di osservazione, in particolare all’osservatorio di Lagarde-d’Apt. All’alba, meteo permettendo, piloti di mongolfiera propongono voli sopra i borghi e i campi di lavanda.</p>",
                }),
                ("heading", {"fr": "Un patrimoine discret", "en": "Hidden heritage", "de": "Verborgenes Erbe", "it": "Un patrimonio discreto"}),
                ("paragraph", {
                    "fr": "<p>Entre Ménerbes et Lacoste, l’abbaye Saint-Hilaire, ancien couvent de carmes, se cache au milieu des chênes. À Oppède-le-Vieux, le village haut, longtemps déserté, se visite à pied jusqu’à la collégiale. Et sur la Véloroute du Calavon, on franchit encore à pied ou à vélo le pont Julien, vieux de plus de deux mille ans.</p>",
                    "en": "<p>Between Ménerbes and Lacoste, the Abbaye Saint-Hilaire, a former Carmelite monastery, lies hidden among the oaks. In Oppède-le-Vieux, the long-deserted upper village can be explored on foot up to its collegiate church. And on the Calavon greenway you can still cross the Pont Julien, more than two thousand years old, on foot or by bike.</p>",
                    "de": "<p>Zwischen Ménerbes und Lacoste liegt die Abbaye Saint-Hilaire, ein ehemaliges Karmeliterkloster, versteckt zwischen Eichen. In Oppède-le-Vieux erkundet man das lange verlassene Oberdorf zu Fuß bis zur Stiftskirche. Und auf dem Calavon-Radweg überquert man zu Fuß oder mit dem Rad noch heute den über zweitausend Jahre alten Pont Julien.</p>",
                    "it": "<p>Tra Ménerbes e Lacoste, l’abbazia di Saint-Hilaire, antico convento carmelitano, si nasconde tra le querce. A Oppède-le-Vieux, il borgo alto, a lungo abbandonato, si visita a piedi fino alla collegiata. E sulla ciclovia del Calavon si attraversa ancora, a piedi o in bici, il Pont Julien, vecchio di oltre duemila anni.</p>",
                }),
                ("quote", {
                    "fr": "L’ocre tache : au Colorado provençal comme à Roussillon, préférez des vêtements et des chaussures foncés.",
                    "en": "Ochre stains: at the Colorado provençal as in Roussillon, wear dark clothes and shoes.",
                    "de": "Ocker färbt ab: Tragen Sie im Colorado provençal wie in Roussillon lieber dunkle Kleidung und Schuhe.",
                    "it": "L’ocra macchia: al Colorado provenzale come a Roussillon, meglio vestiti e scarpe scuri.",
                }),
            ],
        },
        "nature": {
            "slug": {"fr": "nature", "en": "nature", "de": "natur", "it": "natura"},
            "title": {"fr": "Nature", "en": "Nature", "de": "Natur", "it": "Natura"},
            "intro": {
                "fr": "<p>Parc naturel régional depuis 1977, réserve de biosphère de l’UNESCO et Géoparc mondial UNESCO, le Luberon protège une mosaïque de chênaies, de garrigues, de falaises et de plateaux où nichent de grands rapaces.</p>",
                "en": "<p>A regional nature park since 1977, a UNESCO biosphere reserve and a UNESCO Global Geopark, the Luberon protects a mosaic of oak woods, scrubland, cliffs and plateaus where large birds of prey nest.</p>",
                "de": "<p>Seit 1977 Regionaler Naturpark, UNESCO-Biosphärenreservat und UNESCO-Global-Geopark: Der Luberon schützt ein Mosaik aus Eichenwäldern, Garrigue, Felswänden und Hochflächen, in denen große Greifvögel brüten.</p>",
                "it": "<p>Parco naturale regionale dal 1977, riserva della biosfera UNESCO e Geoparco mondiale UNESCO, il Luberon protegge un mosaico di querceti, garighe, falesie e altopiani dove nidificano grandi rapaci.</p>",
            },
            "search_description": {
                "fr": "Nature du Luberon : forêt de cèdres de Bonnieux, sentier des ocres de Roussillon, plateaux de lavande, géologie et rapaces du Parc.",
                "en": "Luberon nature: the Bonnieux cedar forest, Roussillon’s ochre trail, lavender plateaus, geology and the park’s birds of prey.",
                "de": "Natur im Luberon: Zedernwald von Bonnieux, Ockerpfad von Roussillon, Lavendel-Hochflächen, Geologie und Greifvögel des Parks.",
                "it": "Natura del Luberon: foresta di cedri di Bonnieux, sentiero delle ocre di Roussillon, altopiani di lavanda, geologia e rapaci del Parco.",
            },
            "motif": "forest",
            "image_alt": {
                "fr": "Illustration : forêt de cèdres sur les crêtes du Petit Luberon",
                "en": "Illustration: cedar forest on the ridges of the Petit Luberon",
                "de": "Illustration: Zedernwald auf den Kämmen des Petit Luberon",
                "it": "Illustrazione: foresta di cedri sulle creste del Petit Luberon",
            },
            "highlights": [
                {
                    "title": {"fr": "La forêt de cèdres de Bonnieux", "en": "The Bonnieux cedar forest", "de": "Der Zedernwald von Bonnieux", "it": "La foresta di cedri di Bonnieux"},
                    "text": {
                        "fr": "Plantés en 1861 sur les crêtes du Petit Luberon, les cèdres de l’Atlas forment une forêt ombragée, parcourue par un sentier de découverte et des belvédères.",
                        "en": "Planted in 1861 on the ridges of the Petit Luberon, Atlas cedars form a shady forest crossed by a discovery trail and dotted with viewpoints.",
                        "de": "Die 1861 auf den Kämmen des Petit Luberon gepflanzten Atlaszedern bilden einen schattigen Wald mit Lehrpfad und Aussichtspunkten.",
                        "it": "Piantati nel 1861 sulle creste del Petit Luberon, i cedri dell’Atlante formano una foresta ombreggiata, con un sentiero didattico e diversi belvedere.",
                    },
                },
                {
                    "title": {"fr": "Le sentier des ocres", "en": "The ochre trail", "de": "Der Ockerpfad", "it": "Il sentiero delle ocre"},
                    "text": {
                        "fr": "À Roussillon, deux courtes boucles serpentent entre falaises orangées et pins dans une ancienne carrière. Le sentier ferme par temps de pluie.",
                        "en": "In Roussillon, two short loops wind between orange cliffs and pines in a former quarry. The trail closes when it rains.",
                        "de": "In Roussillon winden sich zwei kurze Rundwege zwischen orangefarbenen Felsen und Kiefern durch einen ehemaligen Steinbruch. Bei Regen ist der Pfad geschlossen.",
                        "it": "A Roussillon, due brevi anelli serpeggiano tra falesie arancioni e pini in un’antica cava. Il sentiero chiude in caso di pioggia.",
                    },
                },
                {
                    "title": {"fr": "Les plateaux de lavande", "en": "The lavender plateaus", "de": "Die Lavendel-Hochflächen", "it": "Gli altopiani della lavanda"},
                    "text": {
                        "fr": "De fin juin à mi-juillet, la lavande fleurit sur le plateau des Claparèdes, entre Bonnieux et Saignon, et sur le plateau de Sault, au nord des monts de Vaucluse.",
                        "en": "From late June to mid-July, lavender blooms on the Claparèdes plateau between Bonnieux and Saignon, and on the Sault plateau north of the Monts de Vaucluse.",
                        "de": "Von Ende Juni bis Mitte Juli blüht der Lavendel auf dem Plateau des Claparèdes zwischen Bonnieux und Saignon und auf dem Plateau von Sault nördlich der Monts de Vaucluse.",
                        "it": "Da fine giugno a metà luglio la lavanda fiorisce sull’altopiano delle Claparèdes, tra Bonnieux e Saignon, e sull’altopiano di Sault, a nord dei Monts de Vaucluse.",
                    },
                },
            ],
            "body": [
                ("paragraph", {
                    "fr": "<p>Sables ocreux hérités d’une mer disparue, calcaires riches en fossiles, falaises sculptées par l’érosion : le Luberon est un livre de géologie à ciel ouvert. Le massif des ocres du pays d’Apt est un site classé, et la Maison du Parc, à Apt, présente les fossiles de la réserve naturelle géologique du Luberon.</p>",
                    "en": "<p>Ochre sands left by a vanished sea, fossil-rich limestone, cliffs sculpted by erosion: the Luberon is an open-air geology book. The ochre hills around Apt are a listed site, and the Maison du Parc in Apt displays fossils from the Luberon geological nature reserve.</p>",
                    "de": "<p>Ockersande aus einem verschwundenen Meer, fossilreicher Kalkstein, von der Erosion geformte Felsen: Der Luberon ist ein Geologiebuch unter freiem Himmel. Das Ockermassiv um Apt steht unter Landschaftsschutz, und die Maison du Parc in Apt zeigt Fossilien aus dem geologischen Naturschutzgebiet des Luberon.</p>",
                    "it": "<p>Sabbie ocracee lasciate da un mare scomparso, calcari ricchi di fossili, falesie scolpite dall’erosione: il Luberon è un libro di geologia a cielo aperto. Il massiccio delle ocre del paese d’Apt è un sito protetto, e la Maison du Parc ad Apt espone i fossili della riserva naturale geologica del Luberon.</p>",
                }),
                ("heading", {"fr": "Faune et flore", "en": "Wildlife and plants", "de": "Tier- und Pflanzenwelt", "it": "Fauna e flora"}),
                ("paragraph", {
                    "fr": "<p>Chênes verts, pins d’Alep, thym et romarin couvrent le versant sud ; chênes blancs et hêtres trouvent la fraîcheur sur le versant nord. Les falaises du Petit Luberon abritent des rapaces rares comme l’aigle de Bonelli et le vautour percnoptère : certaines voies d’escalade ferment pendant la nidification, merci de respecter ces consignes.</p>",
                    "en": "<p>Holm oaks, Aleppo pines, thyme and rosemary cover the south-facing slopes, while downy oaks and beeches find cooler ground on the north side. The cliffs of the Petit Luberon shelter rare raptors such as Bonelli’s eagle and the Egyptian vulture: some climbing routes close during the nesting season, so please respect the signs.</p>",
                    "de": "<p>Steineichen, Aleppokiefern, Thymian und Rosmarin bedecken den Südhang; Flaumeichen und Buchen finden Kühle am Nordhang. Die Felsen des Petit Luberon beherbergen seltene Greifvögel wie den Habichtsadler und den Schmutzgeier: Manche Kletterrouten sind während der Brutzeit gesperrt – bitte beachten Sie die Hinweise.</p>",
                    "it": "<p>Lecci, pini d’Aleppo, timo e rosmarino ricoprono il versante sud; roverelle e faggi trovano il fresco sul versante nord. Le falesie del Petit Luberon ospitano rapaci rari come l’aquila di Bonelli e il capovaccaio: alcune vie d’arrampicata chiudono durante la nidificazione, vi preghiamo di rispettare le indicazioni.</p>",
                }),
                ("quote", {
                    "fr": "Restez sur les sentiers balisés et ne cueillez pas la lavande : les champs sont des cultures, pas des jardins publics.",
                    "en": "Stay on the marked trails and don’t pick the lavender: the fields are farmland, not public gardens.",
                    "de": "Bleiben Sie auf den markierten Wegen und pflücken Sie keinen Lavendel: Die Felder sind Anbauflächen, keine öffentlichen Gärten.",
                    "it": "Restate sui sentieri segnalati e non raccogliete la lavanda: i campi sono coltivazioni, non giardini pubblici.",
                }),
            ],
        },
        "gastronomy": {
            "slug": {"fr": "gastronomie-et-vins", "en": "food-and-wine", "de": "gastronomie-und-wein", "it": "gastronomia-e-vini"},
            "title": {"fr": "Gastronomie et vins", "en": "Food & wine", "de": "Gastronomie & Wein", "it": "Gastronomia e vini"},
            "intro": {
                "fr": "<p>Melon de Cavaillon, fruits confits d’Apt, truffe noire, huile d’olive et vins AOC Luberon : la table du Luberon suit le calendrier des saisons et se découvre d’abord sur les marchés.</p>",
                "en": "<p>Cavaillon melons, candied fruit from Apt, black truffles, olive oil and AOC Luberon wines: food in the Luberon follows the seasons, and the markets are the place to start.</p>",
                "de": "<p>Melonen aus Cavaillon, kandierte Früchte aus Apt, schwarze Trüffel, Olivenöl und AOC-Luberon-Weine: Die Küche des Luberon folgt dem Kalender der Jahreszeiten – und man entdeckt sie zuerst auf den Märkten.</p>",
                "it": "<p>Melone di Cavaillon, frutta candita di Apt, tartufo nero, olio d’oliva e vini AOC Luberon: la tavola del Luberon segue il calendario delle stagioni e si scopre prima di tutto al mercato.</p>",
            },
            "search_description": {
                "fr": "Saveurs du Luberon : fruits confits d’Apt, melon de Cavaillon, truffe, huile d’olive, vins AOC Luberon et marchés paysans.",
                "en": "Luberon flavours: Apt candied fruit, Cavaillon melons, truffles, olive oil, AOC Luberon wines and farmers’ markets.",
                "de": "Genuss im Luberon: kandierte Früchte aus Apt, Cavaillon-Melonen, Trüffel, Olivenöl, AOC-Luberon-Weine und Bauernmärkte.",
                "it": "Sapori del Luberon: frutta candita di Apt, melone di Cavaillon, tartufo, olio d’oliva, vini AOC Luberon e mercati contadini.",
            },
            "motif": "lavender",
            "image_alt": {
                "fr": "Illustration : vignes et lavandes au pied des collines en fin de journée",
                "en": "Illustration: vines and lavender below the hills at the end of the day",
                "de": "Illustration: Reben und Lavendel am Fuß der Hügel am späten Nachmittag",
                "it": "Illustrazione: vigne e lavanda ai piedi delle colline a fine giornata",
            },
            "highlights": [
                {
                    "title": {"fr": "Les fruits confits d’Apt", "en": "Apt candied fruit", "de": "Kandierte Früchte aus Apt", "it": "La frutta candita di Apt"},
                    "text": {
                        "fr": "Apt confit les fruits depuis des siècles : abricots, cerises ou clémentines sont lentement gorgés de sirop. Plusieurs confiseries ouvrent leur boutique aux visiteurs.",
                        "en": "Apt has candied fruit for centuries: apricots, cherries or clementines are slowly steeped in syrup. Several confectioners welcome visitors to their shops.",
                        "de": "In Apt werden seit Jahrhunderten Früchte kandiert: Aprikosen, Kirschen oder Clementinen ziehen langsam Sirup. Mehrere Konditoreien öffnen ihre Läden für Besucher.",
                        "it": "Apt candisce la frutta da secoli: albicocche, ciliegie o clementine vengono lentamente impregnate di sciroppo. Diverse confetterie accolgono i visitatori.",
                    },
                },
                {
                    "title": {"fr": "Le melon de Cavaillon", "en": "The Cavaillon melon", "de": "Die Melone aus Cavaillon", "it": "Il melone di Cavaillon"},
                    "text": {
                        "fr": "De juin à septembre, le melon fait la fierté de Cavaillon, qui le fête chaque été. Alexandre Dumas céda ses livres à la ville contre une rente de douze melons par an.",
                        "en": "From June to September, the melon is Cavaillon’s pride, celebrated every summer. Alexandre Dumas gave his books to the town in return for twelve melons a year.",
                        "de": "Von Juni bis September ist die Melone der Stolz von Cavaillon und wird jeden Sommer gefeiert. Alexandre Dumas schenkte der Stadt seine Bücher gegen zwölf Melonen im Jahr.",
                        "it": "Da giugno a settembre il melone è l’orgoglio di Cavaillon, che lo festeggia ogni estate. Alexandre Dumas donò i suoi libri alla città in cambio di dodici meloni l’anno.",
                    },
                },
                {
                    "title": {"fr": "Les vins AOC Luberon", "en": "AOC Luberon wines", "de": "AOC-Luberon-Weine", "it": "I vini AOC Luberon"},
                    "text": {
                        "fr": "Rouges, rosés et blancs naissent sur les deux versants du massif. Caves coopératives et domaines proposent visites et dégustations, souvent sur rendez-vous.",
                        "en": "Reds, rosés and whites are grown on both sides of the range. Cooperative cellars and estates offer tours and tastings, often by appointment.",
                        "de": "Rot-, Rosé- und Weißweine wachsen auf beiden Seiten des Massivs. Genossenschaftskellereien und Weingüter bieten Besichtigungen und Verkostungen, oft nach Vereinbarung.",
                        "it": "Rossi, rosati e bianchi nascono su entrambi i versanti del massiccio. Cantine cooperative e tenute propongono visite e degustazioni, spesso su appuntamento.",
                    },
                },
            ],
            "body": [
                ("paragraph", {
                    "fr": "<p>De décembre à mars, la truffe noire du Vaucluse parfume les tables d’hiver ; à Ménerbes, la Maison de la Truffe et du Vin du Luberon lui consacre expositions et dégustations. À la fin de l’automne, la récolte des olives met les moulins en route : l’huile nouvelle se goûte sur une tranche de pain grillé, avec une pincée de sel.</p>",
                    "en": "<p>From December to March, Vaucluse black truffles perfume winter dishes; in Ménerbes, the Maison de la Truffe et du Vin du Luberon devotes exhibitions and tastings to them. In late autumn, the olive harvest sets the mills turning: taste the new oil on a slice of toasted bread with a pinch of salt.</p>",
                    "de": "<p>Von Dezember bis März verleiht der schwarze Trüffel aus dem Vaucluse der Winterküche sein Aroma; in Ménerbes widmet ihm die Maison de la Truffe et du Vin du Luberon Ausstellungen und Verkostungen. Im Spätherbst setzt die Olivenernte die Mühlen in Gang: Das frische Öl probiert man auf geröstetem Brot mit einer Prise Salz.</p>",
                    "it": "<p>Da dicembre a marzo il tartufo nero del Vaucluse profuma le tavole invernali; a Ménerbes, la Maison de la Truffe et du Vin du Luberon gli dedica mostre e degustazioni. A fine autunno la raccolta delle olive rimette in moto i frantoi: l’olio nuovo si assaggia su una fetta di pane tostato con un pizzico di sale.</p>",
                }),
                ("heading", {"fr": "Le marché, première table du Luberon", "en": "The market, the Luberon’s first table", "de": "Der Markt, die erste Tafel des Luberon", "it": "Il mercato, la prima tavola del Luberon"}),
                ("paragraph", {
                    "fr": "<p>Fromages de chèvre, miel de lavande, petit épeautre, tapenade, asperges au printemps et cerises en juin : les marchés du Luberon sont le meilleur endroit pour rencontrer les producteurs. Le premier marché paysan du territoire est né à Coustellet au début des années 1980, à l’initiative du Parc ; il se tient toujours le dimanche matin.</p>",
                    "en": "<p>Goat’s cheeses, lavender honey, einkorn wheat, tapenade, asparagus in spring and cherries in June: the Luberon’s markets are the best place to meet the growers. The area’s first farmers’ market was set up in Coustellet in the early 1980s on the park’s initiative, and it is still held on Sunday mornings.</p>",
                    "de": "<p>Ziegenkäse, Lavendelhonig, Einkorn, Tapenade, Spargel im Frühling und Kirschen im Juni: Auf den Märkten des Luberon lernt man die Erzeuger am besten kennen. Der erste Bauernmarkt der Gegend entstand Anfang der 1980er-Jahre auf Initiative des Parks in Coustellet und findet bis heute sonntagvormittags statt.</p>",
                    "it": "<p>Formaggi di capra, miele di lavanda, piccolo farro, tapenade, asparagi in primavera e ciliegie a giugno: i mercati del Luberon sono il posto migliore per incontrare i produttori. Il primo mercato contadino del territorio è nato a Coustellet all’inizio degli anni Ottanta, su iniziativa del Parco, e si tiene ancora la domenica mattina.</p>",
                }),
                ("quote", {
                    "fr": "Une règle simple : achetez de saison, des asperges au printemps aux truffes en hiver, en passant par les melons de l’été.",
                    "en": "One simple rule: buy what is in season, from spring asparagus to summer melons and winter truffles.",
                    "de": "Eine einfache Regel: Kaufen Sie, was Saison hat – vom Spargel im Frühling über die Melonen im Sommer bis zu den Trüffeln im Winter.",
                    "it": "Una regola semplice: comprate di stagione, dagli asparagi primaverili ai meloni estivi fino ai tartufi d’inverno.",
                }),
            ],
        },
        "wellness": {
            "slug": {"fr": "bien-etre", "en": "wellness", "de": "wohlbefinden", "it": "benessere"},
            "title": {"fr": "Bien-être", "en": "Wellness", "de": "Wohlbefinden", "it": "Benessere"},
            "intro": {
                "fr": "<p>Le chant des cigales, l’odeur de la lavande coupée, le silence d’un cloître : le Luberon invite à ralentir. Ici, le bien-être se vit autant en plein air qu’entre les murs d’une bastide.</p>",
                "en": "<p>The song of the cicadas, the scent of freshly cut lavender, the silence of a cloister: the Luberon is an invitation to slow down. Here, wellbeing is found outdoors as much as within the walls of a country house.</p>",
                "de": "<p>Der Gesang der Zikaden, der Duft von frisch geschnittenem Lavendel, die Stille eines Kreuzgangs: Der Luberon lädt zur Entschleunigung ein. Wohlbefinden erlebt man hier unter freiem Himmel ebenso wie in den Mauern einer Bastide.</p>",
                "it": "<p>Il canto delle cicale, il profumo della lavanda appena tagliata, il silenzio di un chiostro: il Luberon invita a rallentare. Qui il benessere si vive all’aria aperta come tra le mura di una bastide.</p>",
            },
            "search_description": {
                "fr": "Bien-être dans le Luberon : lavande et distilleries, silence de Sénanque, spas, yoga et balades lentes hors saison.",
                "en": "Wellbeing in the Luberon: lavender and distilleries, the silence of Sénanque, spas, yoga and slow walks out of season.",
                "de": "Wohlbefinden im Luberon: Lavendel und Destillerien, die Stille von Sénanque, Spas, Yoga und langsame Spaziergänge in der Nebensaison.",
                "it": "Benessere nel Luberon: lavanda e distillerie, il silenzio di Sénanque, spa, yoga e passeggiate lente in bassa stagione.",
            },
            "motif": "lavender",
            "image_alt": {
                "fr": "Illustration : rangs de lavande en fleur sous un ciel doux",
                "en": "Illustration: rows of flowering lavender under a soft sky",
                "de": "Illustration: blühende Lavendelreihen unter sanftem Himmel",
                "it": "Illustrazione: filari di lavanda in fiore sotto un cielo tenue",
            },
            "highlights": [
                {
                    "title": {"fr": "Le silence de Sénanque", "en": "The silence of Sénanque", "de": "Die Stille von Sénanque", "it": "Il silenzio di Sénanque"},
                    "text": {
                        "fr": "L’abbaye est un lieu de prière habité : la visite se fait dans le calme. Choisissez un créneau matinal, hors juillet si possible, pour en goûter la sérénité.",
                        "en": "The abbey is a living place of prayer, so visits are made in quiet. Pick an early slot, outside July if you can, to enjoy its serenity.",
                        "de": "Die Abtei ist ein bewohnter Ort des Gebets; man besichtigt sie in Ruhe. Wählen Sie einen frühen Termin, möglichst außerhalb des Juli, um ihre Gelassenheit zu spüren.",
                        "it": "L’abbazia è un luogo di preghiera abitato: la visita si svolge in silenzio. Scegliete un orario mattutino, se possibile fuori luglio, per assaporarne la serenità.",
                    },
                },
                {
                    "title": {"fr": "Lavande et huiles essentielles", "en": "Lavender and essential oils", "de": "Lavendel und ätherische Öle", "it": "Lavanda e oli essenziali"},
                    "text": {
                        "fr": "En juillet, les distilleries tournent à plein et certaines se visitent. À Coustellet, le musée de la Lavande raconte l’histoire de la plante et de sa distillation.",
                        "en": "In July the distilleries run at full steam and some are open to visitors. In Coustellet, the Lavender Museum tells the story of the plant and its distillation.",
                        "de": "Im Juli laufen die Destillerien auf Hochtouren, einige sind zu besichtigen. In Coustellet erzählt das Lavendelmuseum die Geschichte der Pflanze und ihrer Destillation.",
                        "it": "A luglio le distillerie lavorano a pieno ritmo e alcune si possono visitare. A Coustellet, il Museo della Lavanda racconta la storia della pianta e della sua distillazione.",
                    },
                },
                {
                    "title": {"fr": "Mas, bastides et spas", "en": "Farmhouses, bastides and spas", "de": "Mas, Bastiden und Spas", "it": "Mas, bastide e spa"},
                    "text": {
                        "fr": "Hôtels, mas et bastides proposent soins, massages et piscines au milieu des vignes ; en saison, beaucoup organisent aussi des séances de yoga en plein air.",
                        "en": "Hotels, farmhouses and bastides offer treatments, massages and pools among the vines; in season, many also hold open-air yoga sessions.",
                        "de": "Hotels, Mas und Bastiden bieten Anwendungen, Massagen und Pools inmitten der Reben; in der Saison gibt es vielerorts auch Yoga unter freiem Himmel.",
                        "it": "Hotel, mas e bastide propongono trattamenti, massaggi e piscine tra le vigne; in stagione molti organizzano anche sessioni di yoga all’aperto.",
                    },
                },
            ],
            "body": [
                ("paragraph", {
                    "fr": "<p>Pas besoin de gravir le Mourre Nègre pour se ressourcer : une promenade à l’ombre des cèdres de Bonnieux, une flânerie sur la Véloroute du Calavon au lever du jour ou un tour des vignes au coucher du soleil suffisent à changer de rythme. Le soir, les places des villages, rafraîchies par leurs fontaines, invitent à prolonger la journée.</p>",
                    "en": "<p>There is no need to climb the Mourre Nègre to recharge: a stroll in the shade of the Bonnieux cedars, an amble along the Calavon greenway at sunrise or a walk through the vines at sunset is enough to change pace. In the evening, village squares cooled by their fountains invite you to make the day last.</p>",
                    "de": "<p>Um neue Kraft zu tanken, muss man nicht auf den Mourre Nègre steigen: Ein Spaziergang im Schatten der Zedern von Bonnieux, ein Bummel auf dem Calavon-Radweg bei Sonnenaufgang oder eine Runde durch die Reben bei Sonnenuntergang genügen, um den Rhythmus zu wechseln. Abends laden die von Brunnen gekühlten Dorfplätze dazu ein, den Tag ausklingen zu lassen.</p>",
                    "it": "<p>Non serve salire sul Mourre Nègre per ricaricarsi: una passeggiata all’ombra dei cedri di Bonnieux, un giro sulla ciclovia del Calavon all’alba o tra le vigne al tramonto bastano a cambiare ritmo. La sera, le piazze dei borghi, rinfrescate dalle fontane, invitano a prolungare la giornata.</p>",
                }),
                ("heading", {"fr": "Les saisons du calme", "en": "The quiet seasons", "de": "Die ruhigen Jahreszeiten", "it": "Le stagioni della calma"}),
                ("paragraph", {
                    "fr": "<p>Avril, mai, juin et l’automne sont les meilleures périodes pour un séjour serein : températures douces, villages paisibles, vignes aux couleurs changeantes. En hiver, les journées sont souvent ensoleillées, mais le mistral peut souffler fort et de nombreux restaurants ferment quelques semaines.</p>",
                    "en": "<p>April, May, June and the autumn are the best times for a peaceful stay: mild temperatures, quiet villages and vines changing colour. Winter days are often sunny, but the mistral can blow hard and many restaurants close for a few weeks.</p>",
                    "de": "<p>April, Mai, Juni und der Herbst sind die besten Zeiten für einen ruhigen Aufenthalt: milde Temperaturen, friedliche Dörfer, Reben in wechselnden Farben. Im Winter sind die Tage oft sonnig, doch der Mistral kann kräftig wehen, und viele Restaurants schließen für einige Wochen.</p>",
                    "it": "<p>Aprile, maggio, giugno e l’autunno sono i periodi migliori per un soggiorno sereno: temperature miti, borghi tranquilli, vigne dai colori cangianti. D’inverno le giornate sono spesso soleggiate, ma il mistral può soffiare forte e molti ristoranti chiudono per qualche settimana.</p>",
                }),
                ("quote", {
                    "fr": "Le luxe, ici, c’est le temps : une terrasse à l’ombre, un livre, et le marché du lendemain pour seul programme.",
                    "en": "The real luxury here is time: a shady terrace, a book, and tomorrow’s market as your only plan.",
                    "de": "Der wahre Luxus ist hier die Zeit: eine schattige Terrasse, ein Buch und der Markt von morgen als einziges Programm.",
                    "it": "Il vero lusso, qui, è il tempo: una terrazza all’ombra, un libro e il mercato dell’indomani come unico programma.",
                }),
            ],
        },
    },
    # ------------------------------------------------------------------------------------------------
    "audiences": {
        "solo": {
            "slug": {"fr": "en-solo", "en": "solo", "de": "allein-reisen", "it": "da-soli"},
            "title": {"fr": "En solo", "en": "Solo", "de": "Allein", "it": "Da soli"},
            "intro": {
                "fr": "<p>Voyager seul dans le Luberon, c’est choisir son rythme : un sentier au lever du jour, un marché pour engager la conversation, une visite guidée pour partager l’histoire d’un village.</p>",
                "en": "<p>Travelling alone in the Luberon means setting your own pace: a trail at sunrise, a market to strike up a conversation, a guided tour to share a village’s story.</p>",
                "de": "<p>Allein im Luberon zu reisen heißt, den eigenen Rhythmus zu wählen: ein Pfad bei Sonnenaufgang, ein Markt, um ins Gespräch zu kommen, eine Führung, um die Geschichte eines Dorfes zu teilen.</p>",
                "it": "<p>Viaggiare da soli nel Luberon significa scegliere il proprio ritmo: un sentiero all’alba, un mercato per attaccare discorso, una visita guidata per condividere la storia di un borgo.</p>",
            },
            "search_description": {
                "fr": "Voyager seul dans le Luberon : visites guidées, cars régionaux et vélo, randonnée en sécurité et bonnes adresses pour une table en solo.",
                "en": "Travelling solo in the Luberon: guided tours, regional buses and bikes, safe hiking and good places to eat on your own.",
                "de": "Allein im Luberon: Führungen, Regionalbusse und Fahrrad, sicheres Wandern und gute Adressen, um allein zu essen.",
                "it": "Viaggiare da soli nel Luberon: visite guidate, autobus regionali e bici, escursioni in sicurezza e buoni indirizzi per mangiare da soli.",
            },
            "motif": "forest",
            "image_alt": {
                "fr": "Illustration : sentier en forêt sur les hauteurs du Luberon",
                "en": "Illustration: forest trail high in the Luberon hills",
                "de": "Illustration: Waldweg in den Höhen des Luberon",
                "it": "Illustrazione: sentiero nel bosco sulle alture del Luberon",
            },
            "highlights": [
                {
                    "title": {"fr": "Les visites guidées", "en": "Guided tours", "de": "Führungen", "it": "Le visite guidate"},
                    "text": {
                        "fr": "Offices de tourisme, guides conférenciers et Parc du Luberon proposent balades et visites commentées : une façon simple de rencontrer d’autres voyageurs.",
                        "en": "Tourist offices, qualified guides and the Luberon park run walks and guided tours: an easy way to meet other travellers.",
                        "de": "Tourismusbüros, Gästeführer und der Naturpark Luberon bieten geführte Spaziergänge und Besichtigungen an – eine einfache Art, andere Reisende kennenzulernen.",
                        "it": "Uffici del turismo, guide abilitate e Parco del Luberon propongono passeggiate e visite guidate: un modo semplice per conoscere altri viaggiatori.",
                    },
                },
                {
                    "title": {"fr": "Sans voiture", "en": "Car-free", "de": "Ohne Auto", "it": "Senza auto"},
                    "text": {
                        "fr": "Les cars régionaux Zou! relient Avignon, Cavaillon et Apt ; complétez avec un vélo à assistance électrique loué sur place.",
                        "en": "Zou! regional buses link Avignon, Cavaillon and Apt; add an e-bike hired locally to get around.",
                        "de": "Die Regionalbusse Zou! verbinden Avignon, Cavaillon und Apt; vor Ort ergänzt ein gemietetes E-Bike die Fahrt.",
                        "it": "Gli autobus regionali Zou! collegano Avignone, Cavaillon e Apt; sul posto basta noleggiare una bici a pedalata assistita.",
                    },
                },
                {
                    "title": {"fr": "Randonner en sécurité", "en": "Hiking safely", "de": "Sicher wandern", "it": "Escursioni in sicurezza"},
                    "text": {
                        "fr": "Laissez votre itinéraire à votre hébergeur, emportez eau et carte : le réseau mobile est parfois faible dans les combes du massif.",
                        "en": "Leave your route with your host and carry water and a map: mobile coverage can be weak in the range’s deep valleys.",
                        "de": "Hinterlassen Sie Ihre Route bei Ihrer Unterkunft und nehmen Sie Wasser und Karte mit: In den Tälern des Massivs ist der Mobilfunkempfang oft schwach.",
                        "it": "Lasciate il vostro itinerario a chi vi ospita e portate acqua e cartina: nelle valli del massiccio la copertura telefonica è talvolta debole.",
                    },
                },
            ],
            "body": [
                ("paragraph", {
                    "fr": "<p>Avec ses commerces, sa desserte en car et la Véloroute du Calavon qui la traverse, Apt se prête bien à un séjour sans voiture. Le samedi matin, son grand marché occupe tout le centre ancien. De là, on rejoint à vélo Roussillon et les ocres, ou Rustrel et le Colorado provençal, et l’on rentre le soir par la voie verte.</p>",
                    "en": "<p>With its shops, bus links and the Calavon greenway running through it, Apt is well suited to a car-free stay. On Saturday mornings its big market fills the whole old town. From there you can cycle to Roussillon and its ochres, or to Rustrel and the Colorado provençal, and ride back along the greenway in the evening.</p>",
                    "de": "<p>Mit seinen Geschäften, der Busanbindung und dem Calavon-Radweg, der die Stadt durchquert, eignet sich Apt gut für einen Aufenthalt ohne Auto. Samstagvormittags füllt der große Markt die ganze Altstadt. Von hier radelt man nach Roussillon zu den Ockerfelsen oder nach Rustrel ins Colorado provençal und kehrt abends über den Radweg zurück.</p>",
                    "it": "<p>Con i suoi negozi, i collegamenti in autobus e la ciclovia del Calavon che la attraversa, Apt si presta bene a un soggiorno senza auto. Il sabato mattina il grande mercato occupa tutto il centro storico. Da qui si raggiungono in bici Roussillon e le sue ocre, o Rustrel e il Colorado provenzale, rientrando la sera lungo la via verde.</p>",
                }),
                ("heading", {"fr": "À table en solo", "en": "Eating on your own", "de": "Allein zu Tisch", "it": "A tavola da soli"}),
                ("paragraph", {
                    "fr": "<p>Le menu du midi des bistrots de village, un comptoir de caviste pour goûter l’AOC Luberon au verre, un pique-nique composé au marché : voyager seul ne prive d’aucun plaisir de table. En haute saison, réservez tout de même le soir, surtout dans les villages perchés.</p>",
                    "en": "<p>A village bistro’s lunch menu, a wine-shop counter for tasting AOC Luberon by the glass, a picnic put together at the market: travelling alone means missing out on none of the pleasures of the table. In high season, do book for dinner, especially in the hilltop villages.</p>",
                    "de": "<p>Das Mittagsmenü im Dorfbistro, die Theke eines Weinhändlers, um AOC Luberon glasweise zu probieren, ein auf dem Markt zusammengestelltes Picknick: Wer allein reist, verzichtet auf keinen Genuss. In der Hochsaison sollten Sie abends dennoch reservieren, vor allem in den Bergdörfern.</p>",
                    "it": "<p>Il menu del pranzo dei bistrot di paese, il bancone di un’enoteca per assaggiare l’AOC Luberon al bicchiere, un picnic composto al mercato: viaggiare da soli non toglie alcun piacere della tavola. In alta stagione conviene comunque prenotare la sera, soprattutto nei borghi arroccati.</p>",
                }),
                ("quote", {
                    "fr": "Au marché, posez des questions : les producteurs adorent expliquer d’où viennent leurs fromages, leurs vins et leurs fruits.",
                    "en": "At the market, ask questions: growers love to explain where their cheeses, wines and fruit come from.",
                    "de": "Fragen Sie auf dem Markt nach: Die Erzeuger erklären gern, woher ihr Käse, ihre Weine und ihr Obst stammen.",
                    "it": "Al mercato fate domande: i produttori amano spiegare da dove vengono i loro formaggi, vini e frutti.",
                }),
            ],
        },
        "couple": {
            "slug": {"fr": "en-couple", "en": "couples", "de": "zu-zweit", "it": "in-coppia"},
            "title": {"fr": "En couple", "en": "Couples", "de": "Zu zweit", "it": "In coppia"},
            "intro": {
                "fr": "<p>Couchers de soleil sur les ocres, dîners en terrasse dans un village perché, nuit dans un mas entouré de vignes : le Luberon se prête aux escapades à deux, en toute saison.</p>",
                "en": "<p>Sunsets over the ochre cliffs, dinners on a terrace in a hilltop village, a night in a farmhouse surrounded by vines: the Luberon lends itself to getaways for two, in every season.</p>",
                "de": "<p>Sonnenuntergänge über den Ockerfelsen, Abendessen auf einer Terrasse im Bergdorf, eine Nacht in einem Mas inmitten der Reben: Der Luberon ist zu jeder Jahreszeit wie geschaffen für Ausflüge zu zweit.</p>",
                "it": "<p>Tramonti sulle ocre, cene in terrazza in un borgo arroccato, una notte in un mas circondato dalle vigne: il Luberon si presta alle fughe a due, in ogni stagione.</p>",
            },
            "search_description": {
                "fr": "Le Luberon à deux : couchers de soleil à Roussillon et Bonnieux, soirées à Lourmarin, montgolfière et week-ends hors saison.",
                "en": "The Luberon for two: sunsets in Roussillon and Bonnieux, evenings in Lourmarin, hot-air balloons and off-season weekends.",
                "de": "Der Luberon zu zweit: Sonnenuntergänge in Roussillon und Bonnieux, Abende in Lourmarin, Ballonfahrten und Wochenenden außerhalb der Saison.",
                "it": "Il Luberon in due: tramonti a Roussillon e Bonnieux, serate a Lourmarin, mongolfiera e weekend in bassa stagione.",
            },
            "motif": "lavender",
            "image_alt": {
                "fr": "Illustration : lavandes et collines sous un ciel de fin de journée",
                "en": "Illustration: lavender and hills under an evening sky",
                "de": "Illustration: Lavendel und Hügel unter dem Abendhimmel",
                "it": "Illustrazione: lavanda e colline sotto un cielo serale",
            },
            "highlights": [
                {
                    "title": {"fr": "Coucher de soleil sur les ocres", "en": "Sunset over the ochres", "de": "Sonnenuntergang über dem Ocker", "it": "Tramonto sulle ocre"},
                    "text": {
                        "fr": "En fin de journée, la lumière embrase les falaises de Roussillon ; à Bonnieux, la terrasse de l’église haute domine toute la vallée du Calavon.",
                        "en": "Late in the day the light sets Roussillon’s cliffs ablaze; in Bonnieux, the terrace of the upper church looks out over the whole Calavon valley.",
                        "de": "Am späten Nachmittag lässt das Licht die Felsen von Roussillon glühen; in Bonnieux überblickt die Terrasse der Oberkirche das ganze Calavon-Tal.",
                        "it": "A fine giornata la luce infiamma le falesie di Roussillon; a Bonnieux la terrazza della chiesa alta domina tutta la valle del Calavon.",
                    },
                },
                {
                    "title": {"fr": "Un vol en montgolfière", "en": "A hot-air balloon flight", "de": "Eine Ballonfahrt", "it": "Un volo in mongolfiera"},
                    "text": {
                        "fr": "Au lever du jour et selon la météo, des pilotes proposent des vols au-dessus des villages perchés et des champs de lavande. Réservation indispensable.",
                        "en": "At sunrise and weather permitting, pilots offer flights over the hilltop villages and lavender fields. Booking essential.",
                        "de": "Bei Sonnenaufgang und passendem Wetter bieten Piloten Fahrten über die Bergdörfer und Lavendelfelder an. Reservierung erforderlich.",
                        "it": "All’alba e meteo permettendo, alcuni piloti propongono voli sopra i borghi arroccati e i campi di lavanda. Prenotazione indispensabile.",
                    },
                },
                {
                    "title": {"fr": "Lourmarin à la tombée du jour", "en": "Lourmarin at dusk", "de": "Lourmarin in der Abenddämmerung", "it": "Lourmarin al calar del sole"},
                    "text": {
                        "fr": "Quand la chaleur retombe, les cafés de Lourmarin s’animent ; en été, la cour du château accueille concerts et spectacles.",
                        "en": "When the heat eases, Lourmarin’s cafés come to life; in summer, the château courtyard hosts concerts and shows.",
                        "de": "Wenn die Hitze nachlässt, beleben sich die Cafés von Lourmarin; im Sommer finden im Schlosshof Konzerte und Aufführungen statt.",
                        "it": "Quando il caldo si attenua, i caffè di Lourmarin si animano; d’estate il cortile del castello ospita concerti e spettacoli.",
                    },
                },
            ],
            "body": [
                ("paragraph", {
                    "fr": "<p>Pour un week-end à deux : samedi, marché d’Apt le matin, déjeuner sur une place ombragée, puis sentier des ocres de Roussillon quand la lumière devient dorée. Dimanche, balade dans la forêt de cèdres de Bonnieux, dégustation dans un domaine de l’AOC Luberon et dîner à Lourmarin. Dormez dans une chambre d’hôtes au milieu des vignes pour profiter du silence des nuits provençales.</p>",
                    "en": "<p>For a weekend for two: on Saturday, Apt market in the morning, lunch on a shady square, then Roussillon’s ochre trail as the light turns golden. On Sunday, a walk in the Bonnieux cedar forest, a tasting at an AOC Luberon estate and dinner in Lourmarin. Stay in a guest house among the vines to enjoy the silence of Provençal nights.</p>",
                    "de": "<p>Ein Wochenende zu zweit: am Samstagvormittag der Markt in Apt, Mittagessen auf einem schattigen Platz, dann der Ockerpfad von Roussillon, wenn das Licht golden wird. Am Sonntag ein Spaziergang im Zedernwald von Bonnieux, Verkostung auf einem Weingut der AOC Luberon und Abendessen in Lourmarin. Übernachten Sie in einem Gästehaus inmitten der Reben und genießen Sie die Stille der provenzalischen Nächte.</p>",
                    "it": "<p>Per un weekend in due: sabato, mercato di Apt al mattino, pranzo in una piazza ombreggiata, poi il sentiero delle ocre di Roussillon quando la luce si fa dorata. Domenica, passeggiata nella foresta di cedri di Bonnieux, degustazione in una tenuta dell’AOC Luberon e cena a Lourmarin. Dormite in una chambre d’hôtes tra le vigne per godervi il silenzio delle notti provenzali.</p>",
                }),
                ("heading", {"fr": "Hors saison, le Luberon pour soi", "en": "Off season, the Luberon to yourselves", "de": "In der Nebensaison: der Luberon für sich allein", "it": "In bassa stagione, il Luberon tutto per voi"}),
                ("paragraph", {
                    "fr": "<p>En mai, les cerisiers et les coquelicots colorent la vallée ; en octobre, les vendanges s’achèvent et les vignes rougissent. Ce sont les meilleurs moments pour découvrir Gordes ou Sénanque sans la foule et trouver une table en terrasse sans réserver des jours à l’avance.</p>",
                    "en": "<p>In May, cherry trees and poppies colour the valley; in October, the grape harvest ends and the vines turn red. These are the best times to see Gordes or Sénanque without the crowds and find a terrace table without booking days ahead.</p>",
                    "de": "<p>Im Mai färben Kirschbäume und Mohn das Tal; im Oktober endet die Weinlese und die Reben färben sich rot. Das sind die besten Zeiten, um Gordes oder Sénanque ohne Gedränge zu entdecken und ohne tagelange Vorausbuchung einen Tisch auf der Terrasse zu finden.</p>",
                    "it": "<p>A maggio ciliegi e papaveri colorano la valle; a ottobre finisce la vendemmia e le vigne si tingono di rosso. Sono i momenti migliori per scoprire Gordes o Sénanque senza folla e trovare un tavolo in terrazza senza prenotare con giorni di anticipo.</p>",
                }),
                ("quote", {
                    "fr": "Gardez une soirée sans programme : une bouteille de rosé du Luberon, deux verres et un point de vue suffisent.",
                    "en": "Keep one evening free of plans: a bottle of Luberon rosé, two glasses and a viewpoint are all you need.",
                    "de": "Halten Sie sich einen Abend ohne Programm frei: eine Flasche Rosé aus dem Luberon, zwei Gläser und ein Aussichtspunkt genügen.",
                    "it": "Tenetevi una serata senza programma: una bottiglia di rosato del Luberon, due bicchieri e un belvedere bastano.",
                }),
            ],
        },
        "family": {
            "slug": {"fr": "en-famille", "en": "family", "de": "mit-der-familie", "it": "in-famiglia"},
            "title": {"fr": "En famille", "en": "Family", "de": "Familie", "it": "In famiglia"},
            "intro": {
                "fr": "<p>Sentiers d’ocre à explorer, cabanes de pierre sèche, forêt de cèdres bien ombragée et voie verte sans voitures : le Luberon offre aux enfants un terrain de jeu à leur mesure.</p>",
                "en": "<p>Ochre trails to explore, dry-stone huts, a shady cedar forest and a car-free greenway: the Luberon is a playground just the right size for children.</p>",
                "de": "<p>Ockerpfade zum Entdecken, Trockensteinhütten, ein schattiger Zedernwald und ein autofreier Radweg: Der Luberon ist ein Spielplatz genau in Kindergröße.</p>",
                "it": "<p>Sentieri d’ocra da esplorare, capanne in pietra a secco, una foresta di cedri ombreggiata e una via verde senza auto: il Luberon offre ai bambini un terreno di gioco a loro misura.</p>",
            },
            "search_description": {
                "fr": "Le Luberon en famille : sentier des ocres, village des Bories, forêt de cèdres, véloroute sans voitures et idées pour les jours de chaleur.",
                "en": "The Luberon with children: the ochre trail, the Village des Bories, the cedar forest, a car-free greenway and ideas for hot days.",
                "de": "Der Luberon mit Kindern: Ockerpfad, Village des Bories, Zedernwald, autofreier Radweg und Ideen für heiße Tage.",
                "it": "Il Luberon in famiglia: sentiero delle ocre, Village des Bories, foresta di cedri, ciclovia senza auto e idee per le giornate calde.",
            },
            "motif": "forest",
            "image_alt": {
                "fr": "Illustration : forêt de cèdres ombragée sur les hauteurs de Bonnieux",
                "en": "Illustration: shady cedar forest in the hills above Bonnieux",
                "de": "Illustration: schattiger Zedernwald auf den Höhen über Bonnieux",
                "it": "Illustrazione: foresta di cedri ombreggiata sulle alture di Bonnieux",
            },
            "highlights": [
                {
                    "title": {"fr": "Le sentier des ocres", "en": "The ochre trail", "de": "Der Ockerpfad", "it": "Il sentiero delle ocre"},
                    "text": {
                        "fr": "À Roussillon, un parcours court, aménagé et en partie ombragé, idéal avec des enfants. Évitez les vêtements clairs : l’ocre tache !",
                        "en": "In Roussillon, a short, well-maintained and partly shaded route, ideal with children. Avoid light-coloured clothes: ochre stains!",
                        "de": "In Roussillon ein kurzer, gut angelegter und teils schattiger Rundweg, ideal mit Kindern. Keine helle Kleidung: Ocker färbt ab!",
                        "it": "A Roussillon, un percorso breve, attrezzato e in parte ombreggiato, ideale con i bambini. Evitate i vestiti chiari: l’ocra macchia!",
                    },
                },
                {
                    "title": {"fr": "Le village des Bories", "en": "The Village des Bories", "de": "Das Village des Bories", "it": "Il Village des Bories"},
                    "text": {
                        "fr": "Près de Gordes, les enfants découvrent comment on vivait dans des cabanes en pierre sèche, bâties sans le moindre mortier.",
                        "en": "Near Gordes, children discover how people lived in dry-stone huts built without any mortar.",
                        "de": "Bei Gordes entdecken Kinder, wie man in Trockensteinhütten lebte, die ganz ohne Mörtel gebaut wurden.",
                        "it": "Vicino a Gordes, i bambini scoprono come si viveva nelle capanne in pietra a secco, costruite senza un filo di malta.",
                    },
                },
                {
                    "title": {"fr": "La véloroute sans voitures", "en": "The car-free greenway", "de": "Der autofreie Radweg", "it": "La ciclovia senza auto"},
                    "text": {
                        "fr": "Presque plate et séparée de la route, la Véloroute du Calavon permet de pédaler en famille jusqu’au pont Julien, vieux de deux mille ans.",
                        "en": "Almost flat and separate from the road, the Calavon greenway lets the whole family pedal to the two-thousand-year-old Pont Julien.",
                        "de": "Fast eben und von der Straße getrennt führt der Calavon-Radweg die ganze Familie bis zum zweitausend Jahre alten Pont Julien.",
                        "it": "Quasi pianeggiante e separata dalla strada, la ciclovia del Calavon permette di pedalare in famiglia fino al Pont Julien, vecchio di duemila anni.",
                    },
                },
            ],
            "body": [
                ("paragraph", {
                    "fr": "<p>Le matin, quand il fait encore frais, partez marcher dans la forêt de cèdres de Bonnieux ou dans les ocres de Roussillon. À midi, pique-nique à l’ombre avec les fruits du marché. L’après-midi, place aux visites au frais : les galeries des mines de Bruoux à Gargas, le musée de l’Aventure industrielle à Apt ou le musée de la Boulangerie à Bonnieux, ouvert en saison.</p>",
                    "en": "<p>In the morning, while it is still cool, go walking in the Bonnieux cedar forest or among Roussillon’s ochres. At noon, picnic in the shade with fruit from the market. In the afternoon, head for cool indoor visits: the galleries of the Bruoux mines at Gargas, the Musée de l’Aventure industrielle in Apt or the bakery museum in Bonnieux, open in season.</p>",
                    "de": "<p>Morgens, solange es noch kühl ist, wandern Sie im Zedernwald von Bonnieux oder durch die Ockerfelsen von Roussillon. Mittags ein Picknick im Schatten mit Obst vom Markt. Nachmittags stehen kühle Besichtigungen an: die Stollen der Minen von Bruoux in Gargas, das Musée de l’Aventure industrielle in Apt oder das Bäckereimuseum in Bonnieux, das in der Saison geöffnet ist.</p>",
                    "it": "<p>Al mattino, quando fa ancora fresco, partite a camminare nella foresta di cedri di Bonnieux o tra le ocre di Roussillon. A mezzogiorno, picnic all’ombra con la frutta del mercato. Il pomeriggio è per le visite al fresco: le gallerie delle miniere di Bruoux a Gargas, il Musée de l’Aventure industrielle ad Apt o il museo della panetteria di Bonnieux, aperto in stagione.</p>",
                }),
                ("heading", {"fr": "À vélo en toute sécurité", "en": "Cycling safely", "de": "Sicher mit dem Rad", "it": "In bici in tutta sicurezza"}),
                ("paragraph", {
                    "fr": "<p>La Véloroute du Calavon est la meilleure option pour une sortie à vélo avec des enfants : revêtement roulant, faible pente et aires de pause. Les loueurs proposent sièges enfants, remorques et vélos juniors. Le casque est obligatoire pour les moins de 12 ans, conducteurs comme passagers.</p>",
                    "en": "<p>The Calavon greenway is the best option for a bike ride with children: a smooth surface, gentle gradients and places to stop. Rental shops offer child seats, trailers and junior bikes. In France, helmets are compulsory for under-12s, whether riding or carried as passengers.</p>",
                    "de": "<p>Der Calavon-Radweg ist die beste Wahl für eine Radtour mit Kindern: glatter Belag, geringe Steigung und Rastplätze. Verleiher bieten Kindersitze, Anhänger und Kinderräder an. In Frankreich gilt für Kinder unter 12 Jahren Helmpflicht – ob selbst fahrend oder als Mitfahrer.</p>",
                    "it": "<p>La ciclovia del Calavon è l’opzione migliore per un’uscita in bici con i bambini: fondo scorrevole, pendenza lieve e aree di sosta. I noleggiatori propongono seggiolini, carrelli e bici per ragazzi. In Francia il casco è obbligatorio sotto i 12 anni, sia alla guida sia come passeggeri.</p>",
                }),
                ("quote", {
                    "fr": "Une gourde et un chapeau par enfant, des vêtements foncés pour les ocres, et la sieste aux heures les plus chaudes.",
                    "en": "A water bottle and a hat for each child, dark clothes for the ochres, and a nap during the hottest hours.",
                    "de": "Für jedes Kind eine Trinkflasche und einen Hut, dunkle Kleidung für die Ockerfelsen und Mittagsruhe in den heißesten Stunden.",
                    "it": "Una borraccia e un cappello per ogni bambino, vestiti scuri per le ocre e un riposino nelle ore più calde.",
                }),
            ],
        },
        "senior": {
            "slug": {"fr": "seniors", "en": "seniors", "de": "senioren", "it": "senior"},
            "title": {"fr": "Seniors", "en": "Seniors", "de": "Senioren", "it": "Senior"},
            "intro": {
                "fr": "<p>Le printemps et l’automne sont les saisons idéales pour découvrir le Luberon sans la foule ni la chaleur. Villages, visites guidées et bonnes tables se combinent au rythme de chacun.</p>",
                "en": "<p>Spring and autumn are the ideal seasons to discover the Luberon without the crowds or the heat. Villages, guided tours and good food can be combined at whatever pace suits you.</p>",
                "de": "<p>Frühling und Herbst sind die idealen Jahreszeiten, um den Luberon ohne Gedränge und Hitze zu entdecken. Dörfer, Führungen und gute Küche lassen sich ganz im eigenen Tempo verbinden.</p>",
                "it": "<p>Primavera e autunno sono le stagioni ideali per scoprire il Luberon senza folla né caldo. Borghi, visite guidate e buona tavola si combinano al ritmo di ciascuno.</p>",
            },
            "search_description": {
                "fr": "Le Luberon à son rythme : villages faciles d’accès, visites guidées, marchés du matin et conseils pour voyager en confort hors saison.",
                "en": "The Luberon at your own pace: easy-going villages, guided tours, morning markets and tips for a comfortable off-season trip.",
                "de": "Der Luberon im eigenen Tempo: gut zugängliche Dörfer, Führungen, Morgenmärkte und Tipps für eine bequeme Reise in der Nebensaison.",
                "it": "Il Luberon con calma: borghi facili da visitare, visite guidate, mercati del mattino e consigli per viaggiare comodi in bassa stagione.",
            },
            "motif": "village",
            "image_alt": {
                "fr": "Illustration : village provençal sur sa colline dans une lumière douce",
                "en": "Illustration: Provençal village on its hill in soft light",
                "de": "Illustration: provenzalisches Dorf auf seinem Hügel im sanften Licht",
                "it": "Illustrazione: borgo provenzale sulla sua collina in una luce morbida",
            },
            "highlights": [
                {
                    "title": {"fr": "Des villages sans trop grimper", "en": "Villages without steep climbs", "de": "Dörfer ohne steile Anstiege", "it": "Borghi senza troppe salite"},
                    "text": {
                        "fr": "Lourmarin et le centre ancien d’Apt se visitent presque à plat ; Gordes, Bonnieux ou Ménerbes, plus pentus et pavés, demandent de bonnes chaussures.",
                        "en": "Lourmarin and Apt’s old town are almost flat to explore; Gordes, Bonnieux and Ménerbes, steeper and cobbled, call for good shoes.",
                        "de": "Lourmarin und die Altstadt von Apt sind fast eben; Gordes, Bonnieux oder Ménerbes sind steiler und gepflastert – gutes Schuhwerk ist ratsam.",
                        "it": "Lourmarin e il centro storico di Apt si visitano quasi in piano; Gordes, Bonnieux o Ménerbes, più ripidi e lastricati, richiedono buone scarpe.",
                    },
                },
                {
                    "title": {"fr": "Sénanque sur réservation", "en": "Sénanque by booking", "de": "Sénanque mit Reservierung", "it": "Sénanque su prenotazione"},
                    "text": {
                        "fr": "La visite de l’abbaye se fait sur créneaux horaires. Réservez à l’avance, surtout en juillet pendant la floraison de la lavande.",
                        "en": "Visits to the abbey are by time slot. Book ahead, especially in July while the lavender is in bloom.",
                        "de": "Die Abtei wird zu festen Zeitfenstern besichtigt. Reservieren Sie im Voraus, besonders im Juli während der Lavendelblüte.",
                        "it": "La visita dell’abbazia avviene a fasce orarie. Prenotate in anticipo, soprattutto a luglio durante la fioritura della lavanda.",
                    },
                },
                {
                    "title": {"fr": "Le marché, puis la terrasse", "en": "Market, then a terrace", "de": "Erst der Markt, dann die Terrasse", "it": "Il mercato, poi la terrazza"},
                    "text": {
                        "fr": "Flâner au marché de Lourmarin le vendredi ou d’Apt le samedi, puis déjeuner en terrasse : une matinée provençale idéale.",
                        "en": "Stroll round Lourmarin market on Friday or Apt’s on Saturday, then lunch on a terrace: the perfect Provençal morning.",
                        "de": "Freitags über den Markt von Lourmarin oder samstags über den von Apt bummeln und dann auf einer Terrasse zu Mittag essen: ein idealer provenzalischer Vormittag.",
                        "it": "Passeggiare al mercato di Lourmarin il venerdì o di Apt il sabato, poi pranzare in terrazza: una mattinata provenzale ideale.",
                    },
                },
            ],
            "body": [
                ("paragraph", {
                    "fr": "<p>Choisissez un hébergement central, à Apt, Lourmarin ou dans la vallée, pour limiter les trajets. Dans les villages perchés, garez-vous sur les parkings d’entrée et prévoyez quelques minutes de montée à pied. Renseignez-vous auprès de l’office de tourisme sur les sites et hébergements accessibles aux personnes à mobilité réduite.</p>",
                    "en": "<p>Choose somewhere central to stay, in Apt, Lourmarin or the valley, to keep journeys short. In the hilltop villages, use the car parks at the entrance and allow a few minutes’ walk uphill. Ask the tourist office about sites and accommodation accessible to people with reduced mobility.</p>",
                    "de": "<p>Wählen Sie eine zentrale Unterkunft in Apt, Lourmarin oder im Tal, um die Fahrten kurz zu halten. In den Bergdörfern parken Sie auf den Parkplätzen am Ortseingang und rechnen mit einigen Minuten Fußweg bergauf. Das Tourismusbüro informiert über barrierearme Sehenswürdigkeiten und Unterkünfte.</p>",
                    "it": "<p>Scegliete un alloggio centrale, ad Apt, a Lourmarin o nella valle, per limitare gli spostamenti. Nei borghi arroccati parcheggiate all’ingresso e calcolate qualche minuto di salita a piedi. Informatevi presso l’ufficio del turismo sui siti e gli alloggi accessibili alle persone con mobilità ridotta.</p>",
                }),
                ("heading", {"fr": "Culture en douceur", "en": "Gentle culture", "de": "Kultur in Ruhe", "it": "Cultura con calma"}),
                ("paragraph", {
                    "fr": "<p>Le château de Lourmarin, la Maison de la Truffe et du Vin à Ménerbes ou le musée de l’Aventure industrielle à Apt se découvrent sans effort. Le pont Julien est accessible depuis un parking tout proche, et les visites guidées des villages s’adaptent volontiers au rythme du groupe.</p>",
                    "en": "<p>Lourmarin château, the Maison de la Truffe et du Vin in Ménerbes and the Musée de l’Aventure industrielle in Apt can all be enjoyed without effort. The Pont Julien is reached from a car park close by, and guided village tours are happy to adapt to the group’s pace.</p>",
                    "de": "<p>Das Schloss von Lourmarin, die Maison de la Truffe et du Vin in Ménerbes oder das Musée de l’Aventure industrielle in Apt lassen sich ohne Anstrengung entdecken. Der Pont Julien ist von einem nahen Parkplatz aus erreichbar, und Dorfführungen passen sich gern dem Tempo der Gruppe an.</p>",
                    "it": "<p>Il castello di Lourmarin, la Maison de la Truffe et du Vin a Ménerbes o il Musée de l’Aventure industrielle ad Apt si scoprono senza fatica. Il Pont Julien è raggiungibile da un parcheggio vicino, e le visite guidate dei borghi si adattano volentieri al ritmo del gruppo.</p>",
                }),
                ("quote", {
                    "fr": "En été, sortez le matin et le soir, et gardez le début d’après-midi pour l’ombre et le repos.",
                    "en": "In summer, go out in the morning and evening, and keep the early afternoon for shade and rest.",
                    "de": "Im Sommer gehen Sie morgens und abends hinaus und halten den frühen Nachmittag für Schatten und Ruhe frei.",
                    "it": "D’estate uscite al mattino e alla sera, e riservate il primo pomeriggio all’ombra e al riposo.",
                }),
            ],
        },
        "group": {
            "slug": {"fr": "en-groupe", "en": "groups", "de": "gruppen", "it": "gruppi"},
            "title": {"fr": "En groupe", "en": "Groups", "de": "Gruppen", "it": "Gruppi"},
            "intro": {
                "fr": "<p>Associations, clubs, comités d’entreprise ou séminaires : le Luberon accueille les groupes avec visites guidées, dégustations et hébergements adaptés, à condition de bien préparer la logistique.</p>",
                "en": "<p>Associations, clubs, works councils or seminars: the Luberon welcomes groups with guided tours, tastings and suitable accommodation, provided the logistics are well prepared.</p>",
                "de": "<p>Vereine, Clubs, Betriebsausflüge oder Seminare: Der Luberon empfängt Gruppen mit Führungen, Verkostungen und passenden Unterkünften – vorausgesetzt, die Logistik ist gut vorbereitet.</p>",
                "it": "<p>Associazioni, club, gruppi aziendali o seminari: il Luberon accoglie i gruppi con visite guidate, degustazioni e alloggi adatti, a patto di preparare bene la logistica.</p>",
            },
            "search_description": {
                "fr": "Groupes dans le Luberon : visites guidées, dégustations en caves, séminaires en mas et conseils pour les autocars dans les villages perchés.",
                "en": "Groups in the Luberon: guided tours, cellar tastings, seminars in country houses and advice for coaches in hilltop villages.",
                "de": "Gruppen im Luberon: Führungen, Kellerverkostungen, Seminare in Landhäusern und Tipps für Reisebusse in den Bergdörfern.",
                "it": "Gruppi nel Luberon: visite guidate, degustazioni in cantina, seminari in casali e consigli per i pullman nei borghi arroccati.",
            },
            "motif": "village",
            "image_alt": {
                "fr": "Illustration : village perché et vallée cultivée au soleil",
                "en": "Illustration: hilltop village and farmed valley in the sunshine",
                "de": "Illustration: Bergdorf und bewirtschaftetes Tal in der Sonne",
                "it": "Illustrazione: borgo arroccato e valle coltivata al sole",
            },
            "highlights": [
                {
                    "title": {"fr": "Visites guidées sur mesure", "en": "Tailor-made guided tours", "de": "Führungen nach Maß", "it": "Visite guidate su misura"},
                    "text": {
                        "fr": "Guides conférenciers pour Gordes, Roussillon ou Apt, ateliers couleur à l’écomusée de l’ocre : réservez plusieurs semaines à l’avance.",
                        "en": "Qualified guides for Gordes, Roussillon or Apt, colour workshops at the ochre eco-museum: book several weeks in advance.",
                        "de": "Gästeführer für Gordes, Roussillon oder Apt, Farbworkshops im Ockermuseum: Buchen Sie mehrere Wochen im Voraus.",
                        "it": "Guide abilitate per Gordes, Roussillon o Apt, laboratori sul colore all’ecomuseo dell’ocra: prenotate con alcune settimane di anticipo.",
                    },
                },
                {
                    "title": {"fr": "Dégustations en caves", "en": "Cellar tastings", "de": "Kellerverkostungen", "it": "Degustazioni in cantina"},
                    "text": {
                        "fr": "Caves coopératives et domaines de l’AOC Luberon reçoivent les groupes pour une visite des chais et une dégustation commentée, sur rendez-vous.",
                        "en": "AOC Luberon cooperative cellars and estates host groups for a cellar tour and a guided tasting, by appointment.",
                        "de": "Genossenschaftskellereien und Weingüter der AOC Luberon empfangen Gruppen nach Vereinbarung zu Kellerführung und kommentierter Verkostung.",
                        "it": "Cantine cooperative e tenute dell’AOC Luberon accolgono i gruppi per una visita delle cantine e una degustazione guidata, su appuntamento.",
                    },
                },
                {
                    "title": {"fr": "Autocars et stationnement", "en": "Coaches and parking", "de": "Reisebusse und Parken", "it": "Pullman e parcheggi"},
                    "text": {
                        "fr": "Les rues des villages perchés sont étroites : repérez à l’avance les zones de dépose et de stationnement des autocars auprès des mairies.",
                        "en": "Hilltop village streets are narrow: check coach drop-off and parking areas with the town halls in advance.",
                        "de": "Die Gassen der Bergdörfer sind eng: Klären Sie Halte- und Parkplätze für Reisebusse vorab mit den Gemeinden.",
                        "it": "Le vie dei borghi arroccati sono strette: verificate in anticipo con i comuni le zone di sosta e parcheggio per i pullman.",
                    },
                },
            ],
            "body": [
                ("paragraph", {
                    "fr": "<p>Mas rénovés, domaines viticoles et hôtels de caractère disposent de salles de réunion au calme. Pour souder une équipe : rallye à vélo électrique entre les villages, atelier de cuisine provençale avec les produits du marché, découverte des ocres avec un guide ou assemblage de vin dans un domaine.</p>",
                    "en": "<p>Restored farmhouses, wine estates and hotels full of character offer quiet meeting rooms. To bring a team together: an e-bike rally between villages, a Provençal cooking workshop with produce from the market, a guided discovery of the ochres or a wine-blending session at an estate.</p>",
                    "de": "<p>Renovierte Mas, Weingüter und Hotels mit Charakter bieten ruhige Tagungsräume. Für den Teamgeist: eine E-Bike-Rallye zwischen den Dörfern, ein provenzalischer Kochkurs mit Produkten vom Markt, eine geführte Entdeckung der Ockerfelsen oder eine Weinassemblage auf einem Weingut.</p>",
                    "it": "<p>Mas ristrutturati, tenute vinicole e hotel di charme dispongono di sale riunioni tranquille. Per fare squadra: un rally in bici elettrica tra i borghi, un laboratorio di cucina provenzale con i prodotti del mercato, una scoperta guidata delle ocre o un assemblaggio di vini in una tenuta.</p>",
                }),
                ("heading", {"fr": "Bon à savoir", "en": "Good to know", "de": "Gut zu wissen", "it": "Buono a sapersi"}),
                ("paragraph", {
                    "fr": "<p>À Sénanque, les groupes doivent réserver leur visite. En été, une randonnée peut être annulée la veille si l’accès aux massifs est interdit en raison du risque d’incendie : prévoyez toujours une solution de repli, comme une visite de village ou de cave.</p>",
                    "en": "<p>At Sénanque, groups must book their visit. In summer, a hike may be cancelled the day before if access to the hills is banned because of fire risk: always have a fallback, such as a village tour or a cellar visit.</p>",
                    "de": "<p>In Sénanque müssen Gruppen ihren Besuch reservieren. Im Sommer kann eine Wanderung am Vortag abgesagt werden, wenn der Zugang zu den Waldgebieten wegen Brandgefahr gesperrt ist: Planen Sie immer eine Alternative ein, etwa eine Dorfführung oder einen Kellerbesuch.</p>",
                    "it": "<p>A Sénanque i gruppi devono prenotare la visita. D’estate un’escursione può essere annullata il giorno prima se l’accesso ai massicci è vietato per rischio d’incendio: prevedete sempre un’alternativa, come la visita di un borgo o di una cantina.</p>",
                }),
                ("quote", {
                    "fr": "Pour un groupe, le bon ordre est simple : villages le matin, cave l’après-midi, et le mistral toujours en tête.",
                    "en": "For a group, the right order is simple: villages in the morning, a cellar in the afternoon, and always keep the mistral in mind.",
                    "de": "Für Gruppen gilt eine einfache Reihenfolge: morgens die Dörfer, nachmittags der Weinkeller – und den Mistral immer im Blick behalten.",
                    "it": "Per un gruppo l’ordine giusto è semplice: borghi al mattino, cantina il pomeriggio, e il mistral sempre in mente.",
                }),
            ],
        },
        "friends": {
            "slug": {"fr": "entre-amis", "en": "friends", "de": "mit-freunden", "it": "tra-amici"},
            "title": {"fr": "Entre amis", "en": "Friends", "de": "Mit Freunden", "it": "Tra amici"},
            "intro": {
                "fr": "<p>Une grande maison à partager, des vélos pour relier les villages, un marché le matin et un apéritif au coucher du soleil : le Luberon se vit très bien en bande.</p>",
                "en": "<p>A big house to share, bikes to ride between villages, a market in the morning and drinks at sunset: the Luberon is best enjoyed with friends.</p>",
                "de": "<p>Ein großes Haus zum Teilen, Fahrräder für die Fahrt von Dorf zu Dorf, morgens ein Markt und bei Sonnenuntergang ein Aperitif: Der Luberon macht in der Gruppe besonders viel Spaß.</p>",
                "it": "<p>Una grande casa da condividere, bici per collegare i borghi, un mercato al mattino e un aperitivo al tramonto: il Luberon si vive benissimo in compagnia.</p>",
            },
            "search_description": {
                "fr": "Le Luberon entre amis : les Ocres à vélo, fêtes de village, dégustations AOC Luberon, grandes maisons et festivals d’été.",
                "en": "The Luberon with friends: the Ocres à vélo loop, village fêtes, AOC Luberon tastings, big houses and summer festivals.",
                "de": "Der Luberon mit Freunden: Ocker-Radrunde, Dorffeste, AOC-Luberon-Verkostungen, große Ferienhäuser und Sommerfestivals.",
                "it": "Il Luberon tra amici: l’anello Ocres à vélo, feste di paese, degustazioni AOC Luberon, grandi case e festival estivi.",
            },
            "motif": "lavender",
            "image_alt": {
                "fr": "Illustration : champs de lavande et collines au soleil couchant",
                "en": "Illustration: lavender fields and hills at sunset",
                "de": "Illustration: Lavendelfelder und Hügel bei Sonnenuntergang",
                "it": "Illustrazione: campi di lavanda e colline al tramonto",
            },
            "highlights": [
                {
                    "title": {"fr": "Les Ocres à vélo", "en": "The Ocres à vélo loop", "de": "Die Ocker-Radrunde", "it": "L’anello Ocres à vélo"},
                    "text": {
                        "fr": "Cette boucle balisée d’une cinquantaine de kilomètres relie Apt, Gargas, Roussillon et Rustrel ; à vélo électrique, les côtes deviennent un jeu.",
                        "en": "This signposted loop of about fifty kilometres links Apt, Gargas, Roussillon and Rustrel; on e-bikes, the climbs become child’s play.",
                        "de": "Die ausgeschilderte Runde von rund fünfzig Kilometern verbindet Apt, Gargas, Roussillon und Rustrel; mit E-Bikes werden die Anstiege zum Kinderspiel.",
                        "it": "Questo anello segnalato di una cinquantina di chilometri collega Apt, Gargas, Roussillon e Rustrel; in bici elettrica le salite diventano un gioco.",
                    },
                },
                {
                    "title": {"fr": "Fêtes de village", "en": "Village fêtes", "de": "Dorffeste", "it": "Feste di paese"},
                    "text": {
                        "fr": "De juin à septembre, fêtes votives, concerts en plein air et marchés nocturnes animent les places des villages.",
                        "en": "From June to September, patron-saint festivals, open-air concerts and night markets bring the village squares to life.",
                        "de": "Von Juni bis September beleben Patronatsfeste, Open-Air-Konzerte und Abendmärkte die Dorfplätze.",
                        "it": "Da giugno a settembre feste patronali, concerti all’aperto e mercati serali animano le piazze dei borghi.",
                    },
                },
                {
                    "title": {"fr": "Tournée des caves", "en": "A tour of the cellars", "de": "Eine Kellertour", "it": "Giro delle cantine"},
                    "text": {
                        "fr": "Composez votre route des vins de l’AOC Luberon, d’un versant à l’autre ; désignez un conducteur ou réservez une excursion avec chauffeur.",
                        "en": "Plan your own AOC Luberon wine route from one side of the range to the other; choose a designated driver or book a tour with a driver.",
                        "de": "Stellen Sie Ihre eigene Weinroute der AOC Luberon von einem Hang zum anderen zusammen; bestimmen Sie einen Fahrer oder buchen Sie eine Tour mit Chauffeur.",
                        "it": "Componete la vostra strada dei vini dell’AOC Luberon, da un versante all’altro; scegliete chi guida o prenotate un’escursione con autista.",
                    },
                },
            ],
            "body": [
                ("paragraph", {
                    "fr": "<p>Une journée type entre amis : marché de Lourmarin ou de Bonnieux le vendredi matin pour remplir les paniers, déjeuner au bord de la piscine, sieste obligatoire, puis randonnée au Colorado provençal en fin d’après-midi. Le soir, grillades et rosé du Luberon en terrasse… en respectant les règles : en été, le feu est interdit dans les espaces naturels et à leurs abords.</p>",
                    "en": "<p>A typical day with friends: Lourmarin or Bonnieux market on Friday morning to fill the baskets, lunch by the pool, a compulsory siesta, then a hike in the Colorado provençal late in the afternoon. In the evening, grilled food and Luberon rosé on the terrace… following the rules: in summer, fires are banned in and near natural areas.</p>",
                    "de": "<p>Ein typischer Tag mit Freunden: freitagvormittags auf den Markt von Lourmarin oder Bonnieux, um die Körbe zu füllen, Mittagessen am Pool, Siesta ist Pflicht, dann am späten Nachmittag eine Wanderung im Colorado provençal. Abends Gegrilltes und Rosé aus dem Luberon auf der Terrasse … unter Beachtung der Regeln: Im Sommer ist Feuer in Naturgebieten und in deren Nähe verboten.</p>",
                    "it": "<p>Una giornata tipo tra amici: mercato di Lourmarin o di Bonnieux il venerdì mattina per riempire i cesti, pranzo a bordo piscina, siesta d’obbligo, poi escursione al Colorado provenzale nel tardo pomeriggio. La sera grigliata e rosato del Luberon in terrazza… rispettando le regole: d’estate è vietato accendere fuochi negli spazi naturali e nelle loro vicinanze.</p>",
                }),
                ("heading", {"fr": "Des festivals à portée de route", "en": "Festivals within easy reach", "de": "Festivals in Reichweite", "it": "Festival a portata di strada"}),
                ("paragraph", {
                    "fr": "<p>En juillet, le Festival d’Avignon n’est qu’à une heure de route environ. Plus près, de nombreux villages programment concerts, théâtre et cinéma en plein air tout l’été, dans la cour d’un château ou sur une place ombragée. Renseignez-vous auprès de l’office de tourisme pour le programme de la semaine.</p>",
                    "en": "<p>In July, the Avignon Festival is only about an hour’s drive away. Closer by, many villages put on concerts, theatre and open-air cinema all summer, in a château courtyard or on a shady square. Ask the tourist office for the week’s programme.</p>",
                    "de": "<p>Im Juli ist das Festival d’Avignon nur etwa eine Autostunde entfernt. Näher gelegen bieten viele Dörfer den ganzen Sommer über Konzerte, Theater und Open-Air-Kino im Schlosshof oder auf einem schattigen Platz. Das Programm der Woche erhalten Sie im Tourismusbüro.</p>",
                    "it": "<p>A luglio il Festival di Avignone è a circa un’ora d’auto. Più vicino, molti borghi propongono per tutta l’estate concerti, teatro e cinema all’aperto, nel cortile di un castello o in una piazza ombreggiata. Chiedete all’ufficio del turismo il programma della settimana.</p>",
                }),
                ("quote", {
                    "fr": "Pour une grande tablée au restaurant, réservez quelques jours à l’avance : les terrasses des villages sont souvent petites.",
                    "en": "For a big table at a restaurant, book a few days ahead: village terraces are often small.",
                    "de": "Für einen großen Tisch im Restaurant reservieren Sie einige Tage im Voraus: Die Terrassen in den Dörfern sind oft klein.",
                    "it": "Per una grande tavolata al ristorante prenotate qualche giorno prima: le terrazze dei borghi sono spesso piccole.",
                }),
            ],
        },
    },
    # ------------------------------------------------------------------------------------------------
    "pages": [
        {
            "slug": {"fr": "venir-et-se-deplacer", "en": "getting-here-and-around", "de": "anreise-und-mobilitaet", "it": "come-arrivare-e-muoversi"},
            "title": {"fr": "Venir et se déplacer", "en": "Getting here and around", "de": "Anreise und Mobilität", "it": "Come arrivare e muoversi"},
            "intro": {
                "fr": "<p>Le Luberon se trouve au cœur du Vaucluse, à environ une heure d’Avignon et d’Aix-en-Provence et à un peu plus de Marseille. Voici comment y venir et y circuler, avec ou sans voiture.</p>",
                "en": "<p>The Luberon lies in the heart of the Vaucluse, about an hour from Avignon and Aix-en-Provence and a little more from Marseille. Here is how to get here and get around, with or without a car.</p>",
                "de": "<p>Der Luberon liegt im Herzen des Vaucluse, etwa eine Stunde von Avignon und Aix-en-Provence und etwas mehr von Marseille entfernt. So kommen Sie hin und bewegen sich vor Ort – mit oder ohne Auto.</p>",
                "it": "<p>Il Luberon si trova nel cuore del Vaucluse, a circa un’ora da Avignone e da Aix-en-Provence e poco di più da Marsiglia. Ecco come arrivare e spostarsi, con o senza auto.</p>",
            },
            "search_description": {
                "fr": "Venir dans le Luberon : TGV Avignon et Aix, aéroport de Marseille, autoroute A7, cars régionaux Zou! et Véloroute du Calavon.",
                "en": "Getting to the Luberon: TGV to Avignon or Aix, Marseille airport, the A7 motorway, Zou! regional buses and the Calavon greenway.",
                "de": "Anreise in den Luberon: TGV nach Avignon oder Aix, Flughafen Marseille, Autobahn A7, Regionalbusse Zou! und Calavon-Radweg.",
                "it": "Arrivare nel Luberon: TGV per Avignone o Aix, aeroporto di Marsiglia, autostrada A7, autobus regionali Zou! e ciclovia del Calavon.",
            },
            "motif": "village",
            "image_alt": {
                "fr": "Illustration : route serpentant vers un village perché du Luberon",
                "en": "Illustration: a road winding up to a Luberon hilltop village",
                "de": "Illustration: eine Straße, die sich zu einem Bergdorf im Luberon hinaufwindet",
                "it": "Illustrazione: una strada che sale verso un borgo arroccato del Luberon",
            },
            "body": [
                ("heading", {"fr": "En train", "en": "By train", "de": "Mit dem Zug", "it": "In treno"}),
                ("paragraph", {
                    "fr": "<p>Les gares TGV les plus proches sont Avignon TGV, Aix-en-Provence TGV et Marseille Saint-Charles. Des TER desservent Cavaillon et L’Isle-sur-la-Sorgue. Apt n’a plus de gare voyageurs : les correspondances se font en car, sur le réseau régional Zou!, depuis Avignon et Cavaillon.</p>",
                    "en": "<p>The nearest high-speed (TGV) stations are Avignon TGV, Aix-en-Provence TGV and Marseille Saint-Charles. Regional TER trains serve Cavaillon and L’Isle-sur-la-Sorgue. Apt no longer has a passenger station: connections are by coach on the Zou! regional network from Avignon and Cavaillon.</p>",
                    "de": "<p>Die nächstgelegenen TGV-Bahnhöfe sind Avignon TGV, Aix-en-Provence TGV und Marseille Saint-Charles. Regionalzüge (TER) halten in Cavaillon und L’Isle-sur-la-Sorgue. Apt hat keinen Personenbahnhof mehr: Anschlüsse gibt es per Bus im Regionalnetz Zou! ab Avignon und Cavaillon.</p>",
                    "it": "<p>Le stazioni TGV più vicine sono Avignon TGV, Aix-en-Provence TGV e Marseille Saint-Charles. I treni regionali TER servono Cavaillon e L’Isle-sur-la-Sorgue. Apt non ha più una stazione passeggeri: le coincidenze sono in autobus, sulla rete regionale Zou!, da Avignone e Cavaillon.</p>",
                }),
                ("heading", {"fr": "En avion et en voiture", "en": "By air and by car", "de": "Mit dem Flugzeug und dem Auto", "it": "In aereo e in auto"}),
                ("paragraph", {
                    "fr": "<p>L’aéroport Marseille Provence est le plus proche pour les vols internationaux ; celui d’Avignon-Provence accueille quelques lignes. Par la route, l’autoroute A7 dessert le Luberon par les sorties Avignon-Sud et Cavaillon, puis la D900 (ancienne N100) remonte la vallée du Calavon jusqu’à Apt. Pour le Sud-Luberon, l’A51 depuis Aix-en-Provence mène à Pertuis.</p>",
                    "en": "<p>Marseille Provence airport is the closest for international flights; Avignon-Provence airport has a few routes. By road, the A7 motorway serves the Luberon via the Avignon-Sud and Cavaillon exits, then the D900 (formerly the N100) runs up the Calavon valley to Apt. For the southern Luberon, the A51 from Aix-en-Provence leads to Pertuis.</p>",
                    "de": "<p>Der Flughafen Marseille Provence ist der nächstgelegene für internationale Flüge; Avignon-Provence wird von einigen Linien angeflogen. Auf der Straße erreicht man den Luberon über die Autobahn A7, Ausfahrten Avignon-Sud und Cavaillon; die D900 (ehemals N100) führt dann das Calavon-Tal hinauf bis Apt. In den Süd-Luberon gelangt man über die A51 von Aix-en-Provence nach Pertuis.</p>",
                    "it": "<p>L’aeroporto Marseille Provence è il più vicino per i voli internazionali; quello di Avignon-Provence accoglie alcune linee. In auto, l’autostrada A7 serve il Luberon con le uscite Avignon-Sud e Cavaillon, poi la D900 (ex N100) risale la valle del Calavon fino ad Apt. Per il Sud-Luberon, l’A51 da Aix-en-Provence porta a Pertuis.</p>",
                }),
                ("heading", {"fr": "À vélo et en car sur place", "en": "Bikes and buses on the spot", "de": "Vor Ort mit Rad und Bus", "it": "Sul posto in bici e in autobus"}),
                ("paragraph", {
                    "fr": "<p>La Véloroute du Calavon relie Robion, Coustellet et Apt sans voitures, et la grande boucle Autour du Luberon à vélo dessert les villages par de petites routes. Les établissements labellisés Accueil Vélo proposent garage, outils et conseils. Les lignes de cars Zou! relient les principaux bourgs ; les horaires sont plus réduits le dimanche et hors saison, vérifiez-les avant de partir.</p>",
                    "en": "<p>The Calavon greenway links Robion, Coustellet and Apt without cars, and the long Autour du Luberon à vélo loop reaches the villages along quiet lanes. Businesses with the Accueil Vélo label offer secure bike storage, tools and advice. Zou! bus lines connect the main towns; services are reduced on Sundays and out of season, so check timetables before setting off.</p>",
                    "de": "<p>Der Calavon-Radweg verbindet Robion, Coustellet und Apt autofrei, und die große Runde „Autour du Luberon à vélo“ erschließt die Dörfer über kleine Straßen. Betriebe mit dem Label Accueil Vélo bieten Radgarage, Werkzeug und Tipps. Die Buslinien von Zou! verbinden die größeren Orte; sonntags und außerhalb der Saison fahren weniger Busse, prüfen Sie also vorab die Fahrpläne.</p>",
                    "it": "<p>La ciclovia del Calavon collega Robion, Coustellet e Apt senza auto, e il grande anello Autour du Luberon à vélo raggiunge i borghi su strade secondarie. Le strutture con il marchio Accueil Vélo offrono deposito bici, attrezzi e consigli. Le linee di autobus Zou! collegano i centri principali; le corse sono ridotte la domenica e in bassa stagione, verificate gli orari prima di partire.</p>",
                }),
            ],
        },
        {
            "slug": {"fr": "infos-pratiques", "en": "practical-information", "de": "praktische-infos", "it": "informazioni-pratiche"},
            "title": {"fr": "Infos pratiques", "en": "Practical information", "de": "Praktische Infos", "it": "Informazioni pratiche"},
            "intro": {
                "fr": "<p>Jours de marché, stationnement dans les villages perchés, accès aux massifs en été : les informations utiles pour préparer votre séjour dans le Luberon.</p>",
                "en": "<p>Market days, parking in the hilltop villages, access to the hills in summer: useful information for planning your stay in the Luberon.</p>",
                "de": "<p>Markttage, Parken in den Bergdörfern, Zugang zu den Waldgebieten im Sommer: nützliche Informationen für die Planung Ihres Aufenthalts im Luberon.</p>",
                "it": "<p>Giorni di mercato, parcheggi nei borghi arroccati, accesso ai massicci d’estate: le informazioni utili per preparare il vostro soggiorno nel Luberon.</p>",
            },
            "search_description": {
                "fr": "Infos pratiques Luberon : marchés jour par jour, stationnement dans les villages perchés, accès aux massifs et risque d’incendie en été.",
                "en": "Luberon practical info: markets day by day, parking in hilltop villages, access to the hills and summer fire risk.",
                "de": "Praktische Infos zum Luberon: Märkte nach Wochentag, Parken in Bergdörfern, Zugang zu Waldgebieten und Brandgefahr im Sommer.",
                "it": "Informazioni pratiche sul Luberon: mercati giorno per giorno, parcheggi nei borghi, accesso ai massicci e rischio incendi d’estate.",
            },
            "motif": "lavender",
            "image_alt": {
                "fr": "Illustration : paysage de lavandes et de collines du Luberon",
                "en": "Illustration: landscape of lavender and Luberon hills",
                "de": "Illustration: Landschaft mit Lavendel und Hügeln des Luberon",
                "it": "Illustrazione: paesaggio di lavanda e colline del Luberon",
            },
            "body": [
                ("heading", {"fr": "Les marchés, jour par jour", "en": "Markets, day by day", "de": "Märkte nach Wochentag", "it": "I mercati, giorno per giorno"}),
                ("paragraph", {
                    "fr": (
                        "<p>Les marchés se tiennent le matin, en général de 8 h à 13 h. Quelques repères :</p>"
                        "<ul><li><b>Lundi</b> : Cavaillon, Cadenet, Lauris</li>"
                        "<li><b>Mardi</b> : Gordes, Cucuron, Lacoste, Saint-Saturnin-lès-Apt</li>"
                        "<li><b>Mercredi</b> : Pertuis</li>"
                        "<li><b>Jeudi</b> : Roussillon, Ménerbes, L’Isle-sur-la-Sorgue</li>"
                        "<li><b>Vendredi</b> : Bonnieux, Lourmarin</li>"
                        "<li><b>Samedi</b> : Apt</li>"
                        "<li><b>Dimanche</b> : Coustellet (marché paysan), L’Isle-sur-la-Sorgue, Ansouis</li></ul>"
                        "<p>En été, plusieurs villages organisent aussi des marchés nocturnes. Les jours peuvent changer : vérifiez auprès de l’office de tourisme.</p>"
                    ),
                    "en": (
                        "<p>Markets are held in the morning, usually from 8 am to 1 pm. A few pointers:</p>"
                        "<ul><li><b>Monday</b>: Cavaillon, Cadenet, Lauris</li>"
                        "<li><b>Tuesday</b>: Gordes, Cucuron, Lacoste, Saint-Saturnin-lès-Apt</li>"
                        "<li><b>Wednesday</b>: Pertuis</li>"
                        "<li><b>Thursday</b>: Roussillon, Ménerbes, L’Isle-sur-la-Sorgue</li>"
                        "<li><b>Friday</b>: Bonnieux, Lourmarin</li>"
                        "<li><b>Saturday</b>: Apt</li>"
                        "<li><b>Sunday</b>: Coustellet (farmers’ market), L’Isle-sur-la-Sorgue, Ansouis</li></ul>"
                        "<p>In summer, several villages also hold evening markets. Days can change: check with the tourist office.</p>"
                    ),
                    "de": (
                        "<p>Die Märkte finden vormittags statt, meist von 8 bis 13 Uhr. Einige Anhaltspunkte:</p>"
                        "<ul><li><b>Montag</b>: Cavaillon, Cadenet, Lauris</li>"
                        "<li><b>Dienstag</b>: Gordes, Cucuron, Lacoste, Saint-Saturnin-lès-Apt</li>"
                        "<li><b>Mittwoch</b>: Pertuis</li>"
                        "<li><b>Donnerstag</b>: Roussillon, Ménerbes, L’Isle-sur-la-Sorgue</li>"
                        "<li><b>Freitag</b>: Bonnieux, Lourmarin</li>"
                        "<li><b>Samstag</b>: Apt</li>"
                        "<li><b>Sonntag</b>: Coustellet (Bauernmarkt), L’Isle-sur-la-Sorgue, Ansouis</li></ul>"
                        "<p>Im Sommer veranstalten mehrere Dörfer auch Abendmärkte. Die Tage können sich ändern: Fragen Sie im Tourismusbüro nach.</p>"
                    ),
                    "it": (
                        "<p>I mercati si svolgono al mattino, in genere dalle 8 alle 13. Qualche riferimento:</p>"
                        "<ul><li><b>Lunedì</b>: Cavaillon, Cadenet, Lauris</li>"
                        "<li><b>Martedì</b>: Gordes, Cucuron, Lacoste, Saint-Saturnin-lès-Apt</li>"
                        "<li><b>Mercoledì</b>: Pertuis</li>"
                        "<li><b>Giovedì</b>: Roussillon, Ménerbes, L’Isle-sur-la-Sorgue</li>"
                        "<li><b>Venerdì</b>: Bonnieux, Lourmarin</li>"
                        "<li><b>Sabato</b>: Apt</li>"
                        "<li><b>Domenica</b>: Coustellet (mercato contadino), L’Isle-sur-la-Sorgue, Ansouis</li></ul>"
                        "<p>D’estate diversi borghi organizzano anche mercati serali. I giorni possono cambiare: verificate presso l’ufficio del turismo.</p>"
                    ),
                }),
                ("heading", {"fr": "Se garer dans les villages perchés", "en": "Parking in the hilltop villages", "de": "Parken in den Bergdörfern", "it": "Parcheggiare nei borghi arroccati"}),
                ("paragraph", {
                    "fr": "<p>Les centres anciens sont étroits et souvent piétons. Utilisez les parkings fléchés à l’entrée des villages, payants en saison dans les plus fréquentés comme Gordes et Roussillon. Les camping-cars sont orientés vers des aires dédiées. Les jours de marché, arrivez avant 10 h ou venez à vélo.</p>",
                    "en": "<p>Old village centres are narrow and often pedestrianised. Use the signposted car parks at the village entrance, which charge in season in the busiest places such as Gordes and Roussillon. Motorhomes are directed to dedicated areas. On market days, arrive before 10 am or come by bike.</p>",
                    "de": "<p>Die Ortskerne sind eng und oft Fußgängerzonen. Nutzen Sie die ausgeschilderten Parkplätze am Ortseingang, die in den meistbesuchten Dörfern wie Gordes und Roussillon in der Saison gebührenpflichtig sind. Wohnmobile werden auf eigene Stellplätze geleitet. An Markttagen kommen Sie vor 10 Uhr oder mit dem Fahrrad.</p>",
                    "it": "<p>I centri storici sono stretti e spesso pedonali. Usate i parcheggi segnalati all’ingresso dei borghi, a pagamento in stagione nei più frequentati come Gordes e Roussillon. I camper sono indirizzati verso aree dedicate. Nei giorni di mercato arrivate prima delle 10 o venite in bici.</p>",
                }),
                ("heading", {"fr": "Été : accès aux massifs et risque d’incendie", "en": "Summer: access to the hills and fire risk", "de": "Sommer: Zugang zu den Waldgebieten und Brandgefahr", "it": "Estate: accesso ai massicci e rischio incendi"}),
                ("paragraph", {
                    "fr": "<p>En été, l’accès aux massifs forestiers du Vaucluse (Luberon, monts de Vaucluse…) est réglementé chaque jour selon le niveau de danger d’incendie : il peut être libre, limité à certaines heures ou interdit toute la journée. La carte est publiée la veille au soir par la préfecture de Vaucluse. En toute saison, il est interdit de faire du feu et de fumer en forêt. Si vous voyez un départ de feu, appelez le 18 ou le 112.</p>",
                    "en": "<p>In summer, access to the Vaucluse’s forested hills (the Luberon, the Monts de Vaucluse and others) is regulated daily according to the fire danger level: it may be open, limited to certain hours or closed all day. The map is published the evening before by the Vaucluse prefecture. At any time of year, lighting fires and smoking in the forest are forbidden. If you see a fire starting, call 18 or 112.</p>",
                    "de": "<p>Im Sommer wird der Zugang zu den Waldgebieten des Vaucluse (Luberon, Monts de Vaucluse usw.) täglich je nach Brandgefahr geregelt: Er kann frei, auf bestimmte Stunden beschränkt oder ganztägig verboten sein. Die Karte veröffentlicht die Präfektur Vaucluse am Vorabend. Zu jeder Jahreszeit ist es verboten, im Wald Feuer zu machen oder zu rauchen. Wenn Sie einen Brand bemerken, wählen Sie 18 oder 112.</p>",
                    "it": "<p>D’estate l’accesso ai massicci forestali del Vaucluse (Luberon, Monts de Vaucluse…) è regolato giorno per giorno in base al livello di pericolo d’incendio: può essere libero, limitato ad alcune ore o vietato per l’intera giornata. La carta è pubblicata la sera prima dalla prefettura di Vaucluse. In ogni stagione è vietato accendere fuochi e fumare nei boschi. Se vedete un principio d’incendio, chiamate il 18 o il 112.</p>",
                }),
            ],
        },
    ],
}
