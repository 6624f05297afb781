"""Écrins (Alpes): the Hautes-Alpes side of the Parc national des Écrins, in French, English, German and Italian.

Commune INSEE codes and postal codes follow the Code officiel géographique (Vallouise-Pelvoux is the 2017
merger of Vallouise and Pelvoux, code 05101). Coordinates are approximate village centres.
The office phone number is in the range ARCEP reserves for fiction (04 65 71 xx xx).
"""

DESTINATION = {
    "slug": "ecrins",
    "name": "Écrins",
    "brand": "alpes",
    "theme": "alpes",
    "motif": "mountains",
    "languages": ["fr", "en", "de", "it"],
    "communes": [
        {"insee": "05023", "name": "Briançon", "postal_code": "05100", "lat": 44.899, "lon": 6.643},
        {"insee": "05101", "name": "Vallouise-Pelvoux", "postal_code": "05290", "lat": 44.846, "lon": 6.490},
        {"insee": "05079", "name": "Le Monêtier-les-Bains", "postal_code": "05220", "lat": 44.976, "lon": 6.508},
        {"insee": "05063", "name": "La Grave", "postal_code": "05320", "lat": 45.045, "lon": 6.306},
        {"insee": "05181", "name": "Villar-d'Arêne", "postal_code": "05480", "lat": 45.039, "lon": 6.340},
        {"insee": "05133", "name": "Saint-Chaffrey", "postal_code": "05330", "lat": 44.925, "lon": 6.608},
        {"insee": "05161", "name": "La Salle-les-Alpes", "postal_code": "05240", "lat": 44.944, "lon": 6.570},
        {"insee": "05006", "name": "L'Argentière-la-Bessée", "postal_code": "05120", "lat": 44.791, "lon": 6.557},
        {"insee": "05132", "name": "Saint-Bonnet-en-Champsaur", "postal_code": "05500", "lat": 44.683, "lon": 6.077},
        {"insee": "05145", "name": "Saint-Jean-Saint-Nicolas", "postal_code": "05260", "lat": 44.668, "lon": 6.229},
        {"insee": "05064", "name": "La Chapelle-en-Valgaudémar", "postal_code": "05800", "lat": 44.817, "lon": 6.194},
    ],
    "bbox": (6.0, 44.6, 6.7, 45.1),
    "apidae_selection_ids": [],
    "sectors": ["outdoor", "ecotourism"],
    "office": {
        "office_name": "Office de tourisme des Écrins",
        "street_address": "1 place du Temple",
        "postal_code": "05100",
        "city": "Briançon",
        "phone": "04 65 71 05 23",
        "email": "contact@ecrins-demo.example",
        "website": "https://ecrins-demo.example/",
    },
    "home": {
        "title": {"fr": "Écrins", "en": "Écrins", "de": "Écrins", "it": "Écrins"},
        "hero_title": {
            "fr": "Les Écrins, la haute montagne du Sud",
            "en": "The Écrins, high mountains of the South",
            "de": "Die Écrins – Hochgebirge im Süden der Alpen",
            "it": "Gli Écrins, l’alta montagna del Sud",
        },
        "hero_tagline": {
            "fr": "Glaciers, cité Vauban et vallées ensoleillées des Hautes-Alpes",
            "en": "Glaciers, Vauban’s fortified town and sunny valleys in the Hautes-Alpes",
            "de": "Gletscher, Vaubans Festungsstadt und sonnige Täler der Hautes-Alpes",
            "it": "Ghiacciai, la città fortificata di Vauban e valli soleggiate delle Hautes-Alpes",
        },
        "intro": {
            "fr": "<p>Du Briançonnais au Champsaur, le versant haut-alpin du Parc national des Écrins aligne des dizaines de sommets de plus de 3 000 mètres, dont la Barre des Écrins (4 102 m), le plus méridional des « 4 000 » des Alpes, et la Meije (3 983 m), qui domine La Grave.</p>"
            "<p>Le matin, on arpente les remparts de Briançon, inscrits au patrimoine mondial de l’UNESCO ; le soir, on dîne dans un refuge au pied des glaciers. Rafting sur la Durance, escalade à Ailefroide, bains chauds au Monêtier-les-Bains : ici, la montagne se vit en toute saison.</p>",
            "en": "<p>From the Briançonnais to the Champsaur, the Hautes-Alpes side of the Écrins National Park counts dozens of summits above 3,000 metres, among them the Barre des Écrins (4,102 m), the southernmost 4,000-metre peak in the Alps, and the Meije (3,983 m), towering over La Grave.</p>"
            "<p>Spend the morning on the ramparts of Briançon, a UNESCO World Heritage site, and the evening at dinner in a mountain hut below the glaciers. Rafting on the Durance, climbing at Ailefroide, hot baths at Le Monêtier-les-Bains: here the mountains are made for every season.</p>",
            "de": "<p>Vom Briançonnais bis ins Champsaur zählt die Seite des Nationalparks Écrins in den Hautes-Alpes Dutzende Gipfel über 3000 Meter, darunter die Barre des Écrins (4102 m), der südlichste Viertausender der Alpen, und die Meije (3983 m) hoch über La Grave.</p>"
            "<p>Morgens geht es über die Wälle von Briançon, UNESCO-Welterbe, abends zum Essen in eine Hütte am Fuß der Gletscher. Rafting auf der Durance, Klettern in Ailefroide, warme Bäder in Le Monêtier-les-Bains: Hier erlebt man die Berge zu jeder Jahreszeit.</p>",
            "it": "<p>Dal Briançonnais al Champsaur, il versante delle Hautes-Alpes del Parco nazionale degli Écrins conta decine di vette oltre i 3.000 metri, tra cui la Barre des Écrins (4.102 m), il più meridionale dei «4000» delle Alpi, e la Meije (3.983 m), che domina La Grave.</p>"
            "<p>Al mattino si passeggia sui bastioni di Briançon, patrimonio mondiale dell’UNESCO; la sera si cena in un rifugio ai piedi dei ghiacciai. Rafting sulla Durance, arrampicata ad Ailefroide, bagni caldi a Le Monêtier-les-Bains: qui la montagna si vive in ogni stagione.</p>",
        },
        "search_description": {
            "fr": "Les Écrins côté Hautes-Alpes : Briançon et ses fortifications Vauban, Vallouise, La Grave et la Meije, Serre-Chevalier, refuges et glaciers.",
            "en": "The Hautes-Alpes side of the Écrins: Briançon’s Vauban fortifications, Vallouise, La Grave and the Meije, Serre-Chevalier, huts and glaciers.",
            "de": "Die Écrins in den Hautes-Alpes: Vauban-Festungen in Briançon, Vallouise, La Grave und die Meije, Serre-Chevalier, Hütten und Gletscher.",
            "it": "Gli Écrins nelle Hautes-Alpes: fortificazioni di Vauban a Briançon, Vallouise, La Grave e la Meije, Serre-Chevalier, rifugi e ghiacciai.",
        },
        "image_alt": {
            "fr": "Illustration : sommets enneigés des Écrins sous un ciel clair",
            "en": "Illustration: snow-capped Écrins peaks under a clear sky",
            "de": "Illustration: schneebedeckte Gipfel der Écrins unter klarem Himmel",
            "it": "Illustrazione: vette innevate degli Écrins sotto un cielo limpido",
        },
    },
    "interests": {
        "culture": {
            "slug": {"fr": "culture-et-patrimoine", "en": "culture-and-heritage", "de": "kultur-und-erbe", "it": "cultura-e-patrimonio"},
            "title": {"fr": "Culture et patrimoine", "en": "Culture & heritage", "de": "Kultur & Erbe", "it": "Cultura e patrimonio"},
            "intro": {
                "fr": "<p>Forteresses de Vauban, églises aux façades peintes, cadrans solaires et villages de pierre et de mélèze : le patrimoine des Écrins raconte des siècles de vie en altitude, aux portes de l’Italie.</p>",
                "en": "<p>Vauban’s fortresses, churches with painted façades, sundials and villages of stone and larch wood: the heritage of the Écrins tells of centuries of life at altitude, on the doorstep of Italy.</p>",
                "de": "<p>Vaubans Festungen, Kirchen mit bemalten Fassaden, Sonnenuhren und Dörfer aus Stein und Lärchenholz: Das Erbe der Écrins erzählt von Jahrhunderten Leben in der Höhe, vor den Toren Italiens.</p>",
                "it": "<p>Fortezze di Vauban, chiese dalle facciate dipinte, meridiane e villaggi di pietra e larice: il patrimonio degli Écrins racconta secoli di vita in quota, alle porte dell’Italia.</p>",
            },
            "search_description": {
                "fr": "Briançon et ses fortifications Vauban (UNESCO), églises et cadrans solaires de Vallouise, mines d’argent : le patrimoine des Écrins.",
                "en": "Briançon and its Vauban fortifications (UNESCO), the churches and sundials of Vallouise, old silver mines: the heritage of the Écrins.",
                "de": "Briançon und seine Vauban-Festungen (UNESCO), Kirchen und Sonnenuhren in Vallouise, alte Silberminen: das Erbe der Écrins.",
                "it": "Briançon e le fortificazioni di Vauban (UNESCO), chiese e meridiane di Vallouise, antiche miniere d’argento: il patrimonio degli Écrins.",
            },
            "motif": "village",
            "image_alt": {
                "fr": "Illustration : village de montagne aux toits rouges dans la lumière du soir",
                "en": "Illustration: mountain village with red roofs in the evening light",
                "de": "Illustration: Bergdorf mit roten Dächern im Abendlicht",
                "it": "Illustrazione: villaggio di montagna dai tetti rossi nella luce della sera",
            },
            "highlights": [
                {
                    "title": {"fr": "La cité Vauban de Briançon", "en": "Briançon’s Vauban citadel town", "de": "Die Vauban-Altstadt von Briançon", "it": "La città di Vauban a Briançon"},
                    "text": {
                        "fr": "Remparts, portes fortifiées et Grande Gargouille : la ville haute, inscrite à l’UNESCO en 2008 avec les fortifications de Vauban, se découvre à pied.",
                        "en": "Ramparts, fortified gates and the Grande Gargouille: the upper town, listed by UNESCO in 2008 with Vauban’s fortifications, is best explored on foot.",
                        "de": "Wälle, Festungstore und die Grande Gargouille: Die Oberstadt, seit 2008 mit den Festungen Vaubans UNESCO-Welterbe, erkundet man am besten zu Fuß.",
                        "it": "Bastioni, porte fortificate e Grande Gargouille: la città alta, iscritta all’UNESCO nel 2008 con le fortificazioni di Vauban, si scopre a piedi.",
                    },
                },
                {
                    "title": {"fr": "Le pont d’Asfeld", "en": "The Asfeld bridge", "de": "Die Asfeld-Brücke", "it": "Il ponte d’Asfeld"},
                    "text": {
                        "fr": "Une arche unique lancée au XVIIIe siècle au-dessus des gorges de la Durance pour relier la cité aux forts de la rive opposée.",
                        "en": "A single arch built in the 18th century across the Durance gorge to link the town with the forts on the opposite bank.",
                        "de": "Ein einziger Bogen aus dem 18. Jahrhundert überspannt die Durance-Schlucht und verbindet die Stadt mit den Forts am anderen Ufer.",
                        "it": "Un’unica arcata costruita nel XVIII secolo sopra le gole della Durance per collegare la città ai forti della sponda opposta.",
                    },
                },
                {
                    "title": {"fr": "Vallouise et ses cadrans solaires", "en": "Vallouise and its sundials", "de": "Vallouise und seine Sonnenuhren", "it": "Vallouise e le sue meridiane"},
                    "text": {
                        "fr": "Église Saint-Étienne, fresques, chapelles et cadrans solaires peints : la vallée conserve un patrimoine religieux et rural remarquable.",
                        "en": "The church of Saint-Étienne, frescoes, chapels and painted sundials: the valley has kept a remarkable religious and rural heritage.",
                        "de": "Kirche Saint-Étienne, Fresken, Kapellen und bemalte Sonnenuhren: Das Tal bewahrt ein bemerkenswertes religiöses und bäuerliches Erbe.",
                        "it": "Chiesa di Saint-Étienne, affreschi, cappelle e meridiane dipinte: la valle conserva un notevole patrimonio religioso e rurale.",
                    },
                },
            ],
            "body": [
                ("heading", {
                    "fr": "Briançon, ville forte d’altitude",
                    "en": "Briançon, a fortified town at altitude",
                    "de": "Briançon, Festungsstadt in der Höhe",
                    "it": "Briançon, città fortificata d’alta quota",
                }),
                ("paragraph", {
                    "fr": "<p>Perchée à plus de 1 300 mètres, au confluent de la Durance et de la Guisane, Briançon garde la route du col de Montgenèvre vers l’Italie. À la fin du XVIIe siècle, Vauban en redessine les défenses : enceinte bastionnée, portes monumentales et, sur les hauteurs, un réseau de forts reliés à la ville. En 2008, l’enceinte, les forts des Salettes, des Trois-Têtes et du Randouillet, la communication Y et le pont d’Asfeld ont été inscrits au patrimoine mondial de l’UNESCO parmi les « Fortifications de Vauban ».</p>",
                    "en": "<p>Set at more than 1,300 metres where the Guisane meets the Durance, Briançon guards the road over the Col de Montgenèvre to Italy. In the late 17th century Vauban redesigned its defences: bastioned walls, monumental gates and, on the heights, a network of forts linked to the town. In 2008 the walls, the Salettes, Trois-Têtes and Randouillet forts, the ‘communication Y’ and the Asfeld bridge were inscribed on the UNESCO World Heritage List as part of the Fortifications of Vauban.</p>",
                    "de": "<p>Auf über 1300 Metern, am Zusammenfluss von Durance und Guisane, bewacht Briançon die Straße über den Col de Montgenèvre nach Italien. Ende des 17. Jahrhunderts gestaltete Vauban die Verteidigungsanlagen neu: Bastionsmauern, monumentale Tore und auf den Höhen ein Netz von Forts, das mit der Stadt verbunden ist. 2008 wurden Stadtmauer, die Forts Salettes, Trois-Têtes und Randouillet, die sogenannte Communication Y und die Asfeld-Brücke als Teil der Festungsbauten Vaubans in die UNESCO-Welterbeliste aufgenommen.</p>",
                    "it": "<p>Arroccata a oltre 1.300 metri, alla confluenza tra Durance e Guisane, Briançon sorveglia la strada del colle del Monginevro verso l’Italia. Alla fine del XVII secolo Vauban ne ridisegna le difese: cinta bastionata, porte monumentali e, sulle alture, una rete di forti collegati alla città. Nel 2008 la cinta, i forti delle Salettes, delle Trois-Têtes e del Randouillet, la «comunicazione Y» e il ponte d’Asfeld sono stati iscritti nel patrimonio mondiale dell’UNESCO tra le Fortificazioni di Vauban.</p>",
                }),
                ("paragraph", {
                    "fr": "<p>Dans la cité, la Grande Rue, que l’on appelle ici la Grande Gargouille, descend entre les hautes maisons colorées, parcourue en son milieu par un ruisseau canalisé. La collégiale Notre-Dame-et-Saint-Nicolas, élevée au début du XVIIIe siècle, domine les remparts. Briançon, labellisée Ville d’art et d’histoire, propose des visites guidées de la cité et des forts. Plus bas dans la vallée, les anciennes mines d’argent du Fournel, à L’Argentière-la-Bessée, rappellent le passé minier du pays.</p>",
                    "en": "<p>Inside the walls, the Grande Rue, known locally as the Grande Gargouille, runs downhill between tall, colourful houses with a channelled stream flowing along its centre. The collegiate church of Notre-Dame-et-Saint-Nicolas, built in the early 18th century, rises above the ramparts. Briançon holds the French ‘Town of Art and History’ label and offers guided tours of the old town and its forts. Further down the valley, the former Fournel silver mines at L’Argentière-la-Bessée recall the area’s mining past.</p>",
                    "de": "<p>In der Altstadt führt die Grande Rue, hier Grande Gargouille genannt, zwischen hohen, farbigen Häusern bergab; in ihrer Mitte fließt ein gefasster Bach. Über den Wällen erhebt sich die Stiftskirche Notre-Dame-et-Saint-Nicolas aus dem frühen 18. Jahrhundert. Briançon trägt das Label „Ville d’art et d’histoire“ und bietet Führungen durch Altstadt und Forts an. Weiter unten im Tal erinnern die ehemaligen Silberminen des Fournel in L’Argentière-la-Bessée an die Bergbauvergangenheit der Gegend.</p>",
                    "it": "<p>Nella città vecchia la Grande Rue, qui chiamata Grande Gargouille, scende tra alte case colorate, percorsa al centro da un ruscello incanalato. La collegiata di Notre-Dame-et-Saint-Nicolas, eretta all’inizio del XVIII secolo, domina i bastioni. Briançon, insignita del marchio «Ville d’art et d’histoire», propone visite guidate della città e dei forti. Più a valle, le antiche miniere d’argento del Fournel, a L’Argentière-la-Bessée, ricordano il passato minerario della zona.</p>",
                }),
                ("quote", {
                    "fr": "Ici, la frontière a façonné la pierre : chaque rempart raconte une ville qui regardait vers l’Italie.",
                    "en": "Here the border shaped the stone: every rampart tells of a town that kept watch towards Italy.",
                    "de": "Hier hat die Grenze den Stein geformt: Jeder Wall erzählt von einer Stadt, die nach Italien blickte.",
                    "it": "Qui il confine ha plasmato la pietra: ogni bastione racconta una città che guardava verso l’Italia.",
                }),
            ],
        },
        "adventure": {
            "slug": {"fr": "aventure-et-plein-air", "en": "adventure-and-outdoors", "de": "abenteuer-und-outdoor", "it": "avventura-e-outdoor"},
            "title": {"fr": "Aventure et plein air", "en": "Adventure & outdoors", "de": "Abenteuer & Outdoor", "it": "Avventura e outdoor"},
            "intro": {
                "fr": "<p>Rocher d’Ailefroide, eaux vives de la Durance, via ferrata au-dessus de Briançon et grands itinéraires comme le GR 54 : les Écrins sont l’un des hauts lieux de l’alpinisme et des sports de montagne en France.</p>",
                "en": "<p>The rock of Ailefroide, the white water of the Durance, via ferrata above Briançon and long-distance routes such as the GR 54: the Écrins are one of France’s great arenas for mountaineering and mountain sports.</p>",
                "de": "<p>Der Fels von Ailefroide, das Wildwasser der Durance, Klettersteige über Briançon und Weitwanderwege wie der GR 54: Die Écrins zählen zu den großen Revieren für Alpinismus und Bergsport in Frankreich.</p>",
                "it": "<p>La roccia di Ailefroide, le acque vive della Durance, le vie ferrate sopra Briançon e grandi itinerari come il GR 54: gli Écrins sono uno dei luoghi simbolo dell’alpinismo e degli sport di montagna in Francia.</p>",
            },
            "search_description": {
                "fr": "Alpinisme, escalade à Ailefroide, rafting sur la Durance, via ferrata et GR 54 : l’aventure en plein air dans les Écrins.",
                "en": "Mountaineering, climbing at Ailefroide, rafting on the Durance, via ferrata and the GR 54: outdoor adventure in the Écrins.",
                "de": "Hochtouren, Klettern in Ailefroide, Rafting auf der Durance, Klettersteige und GR 54: Outdoor-Abenteuer in den Écrins.",
                "it": "Alpinismo, arrampicata ad Ailefroide, rafting sulla Durance, vie ferrate e GR 54: l’avventura all’aria aperta negli Écrins.",
            },
            "motif": "mountains",
            "image_alt": {
                "fr": "Illustration : crêtes rocheuses et neiges d’altitude",
                "en": "Illustration: rocky ridges and high-altitude snow",
                "de": "Illustration: Felsgrate und Schnee in großer Höhe",
                "it": "Illustrazione: creste rocciose e nevi d’alta quota",
            },
            "highlights": [
                {
                    "title": {"fr": "Escalade à Ailefroide", "en": "Climbing at Ailefroide", "de": "Klettern in Ailefroide", "it": "Arrampicata ad Ailefroide"},
                    "text": {
                        "fr": "Au pied du Pelvoux, ce hameau de Vallouise-Pelvoux offre voies d’une longueur, grandes voies et blocs sur un rocher granitique réputé.",
                        "en": "Below the Pelvoux, this hamlet of Vallouise-Pelvoux offers single-pitch routes, multi-pitch climbs and bouldering on renowned granite-type rock.",
                        "de": "Am Fuß des Pelvoux bietet dieser Weiler von Vallouise-Pelvoux Sportkletterrouten, Mehrseillängen und Bouldern an berühmtem, granitartigem Fels.",
                        "it": "Ai piedi del Pelvoux, questa frazione di Vallouise-Pelvoux offre monotiri, vie lunghe e boulder su una rinomata roccia granitica.",
                    },
                },
                {
                    "title": {"fr": "Eaux vives de la Durance", "en": "White water on the Durance", "de": "Wildwasser auf der Durance", "it": "Acque vive della Durance"},
                    "text": {
                        "fr": "La Durance, la Guisane et la Gyronde se descendent en raft, en kayak ou en nage en eaux vives, surtout au printemps et en début d’été.",
                        "en": "The Durance, the Guisane and the Gyronde can be run by raft, kayak or hydrospeed, especially in spring and early summer.",
                        "de": "Durance, Guisane und Gyronde lassen sich im Raft, Kajak oder beim Hydrospeed befahren, vor allem im Frühjahr und Frühsommer.",
                        "it": "La Durance, la Guisane e la Gyronde si scendono in rafting, kayak o hydrospeed, soprattutto in primavera e all’inizio dell’estate.",
                    },
                },
                {
                    "title": {"fr": "Via ferrata", "en": "Via ferrata", "de": "Klettersteige", "it": "Vie ferrate"},
                    "text": {
                        "fr": "Croix de Toulouse au-dessus de Briançon, Aiguillette du Lauzet au Monêtier-les-Bains : goûter au vide en sécurité, bien équipé ou avec un guide.",
                        "en": "The Croix de Toulouse above Briançon, the Aiguillette du Lauzet at Le Monêtier-les-Bains: a safe taste of exposure, properly equipped or with a guide.",
                        "de": "Croix de Toulouse über Briançon, Aiguillette du Lauzet in Le Monêtier-les-Bains: Tiefblicke mit Sicherheit – mit guter Ausrüstung oder Bergführer.",
                        "it": "Croix de Toulouse sopra Briançon, Aiguillette du Lauzet a Le Monêtier-les-Bains: il gusto del vuoto in sicurezza, ben attrezzati o con una guida.",
                    },
                },
            ],
            "body": [
                ("heading", {
                    "fr": "Le pays de la Barre et de la Meije",
                    "en": "The land of the Barre and the Meije",
                    "de": "Das Land von Barre und Meije",
                    "it": "La terra della Barre e della Meije",
                }),
                ("paragraph", {
                    "fr": "<p>La Barre des Écrins (4 102 m), gravie pour la première fois en 1864 par Edward Whymper et ses compagnons, fut le point culminant de la France jusqu’au rattachement de la Savoie en 1860. La Meije, dont le Grand Pic ne fut vaincu qu’en 1877, reste une course de référence. Guides de haute montagne et accompagnateurs des vallées encadrent aussi bien une première initiation sur glacier que les grandes ascensions.</p>",
                    "en": "<p>The Barre des Écrins (4,102 m), first climbed in 1864 by Edward Whymper and his companions, was the highest point in France until Savoy became French in 1860. The Meije, whose Grand Pic was only conquered in 1877, remains a benchmark climb. The valleys’ mountain guides lead everything from a first introduction to glacier travel to the great ascents.</p>",
                    "de": "<p>Die Barre des Écrins (4102 m), 1864 erstmals von Edward Whymper und seinen Gefährten bestiegen, war bis zum Anschluss Savoyens 1860 der höchste Punkt Frankreichs. Die Meije, deren Grand Pic erst 1877 bezwungen wurde, gilt bis heute als Maßstab. Die Bergführer der Täler begleiten vom ersten Gletscherkurs bis zur großen Hochtour.</p>",
                    "it": "<p>La Barre des Écrins (4.102 m), salita per la prima volta nel 1864 da Edward Whymper e dai suoi compagni, fu il punto più alto della Francia fino all’annessione della Savoia nel 1860. La Meije, il cui Grand Pic fu vinto solo nel 1877, resta una salita di riferimento. Le guide alpine delle valli accompagnano sia la prima iniziazione sul ghiacciaio sia le grandi ascensioni.</p>",
                }),
                ("paragraph", {
                    "fr": "<p>Côté randonnée, le GR 54, ou Tour de l’Oisans et des Écrins, boucle autour du massif en une douzaine d’étapes exigeantes, de col en col. Les cyclistes, eux, visent les cols du Lautaret, du Galibier, du Granon ou de l’Izoard, que le Tour de France a souvent empruntés. L’hiver, ski de randonnée, cascade de glace et hors-piste encadré prennent le relais.</p>",
                    "en": "<p>For hikers, the GR 54, or Tour de l’Oisans et des Écrins, loops around the massif in about a dozen demanding stages, pass after pass. Cyclists head for the Lautaret, Galibier, Granon and Izoard passes, regularly climbed by the Tour de France. In winter, ski touring, ice climbing and guided off-piste take over.</p>",
                    "de": "<p>Wanderer umrunden auf dem GR 54, der Tour de l’Oisans et des Écrins, das Massiv in rund einem Dutzend anspruchsvoller Etappen von Pass zu Pass. Radfahrer zieht es auf Lautaret, Galibier, Granon und Izoard, die die Tour de France oft befahren hat. Im Winter übernehmen Skitouren, Eisklettern und geführtes Freeriden.</p>",
                    "it": "<p>Per gli escursionisti, il GR 54, o Tour de l’Oisans et des Écrins, compie il giro del massiccio in una dozzina di tappe impegnative, di colle in colle. I ciclisti puntano invece ai colli del Lautaret, del Galibier, del Granon e dell’Izoard, spesso percorsi dal Tour de France. D’inverno è la volta dello scialpinismo, delle cascate di ghiaccio e del fuoripista accompagnato.</p>",
                }),
                ("quote", {
                    "fr": "En montagne, le sommet est facultatif ; le retour est obligatoire.",
                    "en": "In the mountains, the summit is optional; getting back down is mandatory.",
                    "de": "Am Berg ist der Gipfel freiwillig, die Rückkehr Pflicht.",
                    "it": "In montagna la vetta è facoltativa; il ritorno è obbligatorio.",
                }),
            ],
        },
        "unusual": {
            "slug": {"fr": "insolite", "en": "off-the-beaten-track", "de": "ungewoehnliches", "it": "insolito"},
            "title": {"fr": "Insolite", "en": "Off the beaten track", "de": "Ungewöhnliches", "it": "Insolito"},
            "intro": {
                "fr": "<p>Un hameau que l’on rejoint seulement à pied, un pain cuit une fois l’an, un jardin botanique à plus de 2 000 mètres : les Écrins réservent des surprises à qui prend le temps de les chercher.</p>",
                "en": "<p>A hamlet you can only reach on foot, a bread baked once a year, a botanical garden above 2,000 metres: the Écrins hold surprises for those who take the time to look.</p>",
                "de": "<p>Ein Weiler, den man nur zu Fuß erreicht, ein Brot, das einmal im Jahr gebacken wird, ein botanischer Garten auf über 2000 Metern: Die Écrins überraschen alle, die sich Zeit nehmen.</p>",
                "it": "<p>Una frazione raggiungibile solo a piedi, un pane cotto una volta l’anno, un giardino botanico a oltre 2.000 metri: gli Écrins riservano sorprese a chi si prende il tempo di cercarle.</p>",
            },
            "search_description": {
                "fr": "Dormillouse, le pain bouilli de Villar-d’Arêne, le jardin alpin du Lautaret : les Écrins insolites et secrets.",
                "en": "Dormillouse, the ‘boiled bread’ of Villar-d’Arêne, the Lautaret alpine garden: the unusual, little-known side of the Écrins.",
                "de": "Dormillouse, das „pain bouilli“ von Villar-d’Arêne, der Alpengarten am Lautaret: die ungewöhnliche Seite der Écrins.",
                "it": "Dormillouse, il «pain bouilli» di Villar-d’Arêne, il giardino alpino del Lautaret: il volto insolito e segreto degli Écrins.",
            },
            "motif": "forest",
            "image_alt": {
                "fr": "Illustration : forêt de conifères sur des pentes douces",
                "en": "Illustration: conifer forest on gentle slopes",
                "de": "Illustration: Nadelwald an sanften Hängen",
                "it": "Illustrazione: bosco di conifere su dolci pendii",
            },
            "highlights": [
                {
                    "title": {"fr": "Dormillouse", "en": "Dormillouse", "de": "Dormillouse", "it": "Dormillouse"},
                    "text": {
                        "fr": "Au fond de la vallée de Freissinières, vers 1 800 m, ce hameau sans route, ancien refuge vaudois, est le seul habité à l’année au cœur du parc.",
                        "en": "At the head of the Freissinières valley, around 1,800 m, this roadless hamlet, once a Waldensian refuge, is the only one inhabited year-round in the park’s core.",
                        "de": "Am Ende des Freissinières-Tals auf rund 1800 m: Der Weiler ohne Straße, einst Zuflucht der Waldenser, ist als einziger im Kerngebiet ganzjährig bewohnt.",
                        "it": "In fondo alla valle di Freissinières, verso 1.800 m, questa frazione senza strada, antico rifugio valdese, è l’unica abitata tutto l’anno nel cuore del parco.",
                    },
                },
                {
                    "title": {"fr": "Le pain bouilli de Villar-d’Arêne", "en": "The boiled bread of Villar-d’Arêne", "de": "Das „pain bouilli“ von Villar-d’Arêne", "it": "Il pane bollito di Villar-d’Arêne"},
                    "text": {
                        "fr": "Chaque année en novembre, les habitants pétrissent au four banal un pain de seigle à l’eau bouillante, fait autrefois pour durer jusqu’à la fournée suivante.",
                        "en": "Every November, villagers knead rye bread with boiling water at the communal oven, a loaf once made to last until the next year’s baking.",
                        "de": "Jedes Jahr im November kneten die Bewohner im Gemeindebackofen Roggenbrot mit kochendem Wasser – früher musste es bis zum nächsten Backtag reichen.",
                        "it": "Ogni anno a novembre gli abitanti impastano al forno comunale un pane di segale con acqua bollente, un tempo fatto per durare fino all’infornata successiva.",
                    },
                },
                {
                    "title": {"fr": "Le jardin du Lautaret", "en": "The Lautaret garden", "de": "Der Alpengarten am Lautaret", "it": "Il giardino del Lautaret"},
                    "text": {
                        "fr": "Créé en 1899 au col du Lautaret, vers 2 100 m, ce jardin botanique alpin réunit plus de 2 000 espèces des montagnes du monde. Ouvert l’été.",
                        "en": "Founded in 1899 at the Col du Lautaret, at about 2,100 m, this alpine botanical garden holds over 2,000 species from the world’s mountains. Open in summer.",
                        "de": "1899 am Col du Lautaret auf rund 2100 m gegründet, vereint dieser alpine botanische Garten über 2000 Arten aus den Gebirgen der Welt. Im Sommer geöffnet.",
                        "it": "Creato nel 1899 al colle del Lautaret, a circa 2.100 m, questo giardino botanico alpino riunisce oltre 2.000 specie delle montagne del mondo. Aperto d’estate.",
                    },
                },
            ],
            "body": [
                ("heading", {
                    "fr": "Des lieux hors du temps",
                    "en": "Places outside time",
                    "de": "Orte jenseits der Zeit",
                    "it": "Luoghi fuori dal tempo",
                }),
                ("paragraph", {
                    "fr": "<p>Dans la vallée de Freissinières, un sentier longe les cascades de la Biaysse jusqu’à Dormillouse, à environ une heure de marche du dernier parking. Le hameau garde son temple du XVIIIe siècle, ses fours à pain et la maison du pasteur Félix Neff, qui y ouvrit une école au XIXe siècle. En hiver, la montée traverse des couloirs d’avalanche : faites-vous accompagner par un professionnel.</p>",
                    "en": "<p>In the Freissinières valley, a path follows the waterfalls of the Biaysse up to Dormillouse, about an hour’s walk from the last car park. The hamlet still has its 18th-century Protestant church, its bread ovens and the house of pastor Félix Neff, who opened a school there in the 19th century. In winter the path crosses avalanche paths: go with a qualified professional.</p>",
                    "de": "<p>Im Tal von Freissinières führt ein Pfad an den Wasserfällen der Biaysse entlang nach Dormillouse, rund eine Gehstunde vom letzten Parkplatz entfernt. Der Weiler bewahrt seinen protestantischen Tempel aus dem 18. Jahrhundert, seine Backöfen und das Haus des Pfarrers Félix Neff, der hier im 19. Jahrhundert eine Schule eröffnete. Im Winter quert der Weg Lawinenhänge: Gehen Sie nur mit einem Profi.</p>",
                    "it": "<p>Nella valle di Freissinières un sentiero costeggia le cascate della Biaysse fino a Dormillouse, a circa un’ora di cammino dall’ultimo parcheggio. La frazione conserva il tempio protestante del XVIII secolo, i forni del pane e la casa del pastore Félix Neff, che vi aprì una scuola nel XIX secolo. D’inverno la salita attraversa canaloni da valanga: fatevi accompagnare da un professionista.</p>",
                }),
                ("paragraph", {
                    "fr": "<p>Au col du Lautaret, le jardin botanique alpin, rattaché à l’Université Grenoble Alpes, présente des plantes des Alpes mais aussi du Caucase, de l’Himalaya ou des Andes, face aux glaciers de la Meije. Un peu plus loin, l’oratoire du Chazelet, au-dessus de La Grave, offre l’un des plus beaux points de vue sur la face nord de la Meije. Et le troisième week-end de novembre, Villar-d’Arêne ouvre son four banal pour la fête du pain bouilli.</p>",
                    "en": "<p>At the Col du Lautaret, the alpine botanical garden, run by the Université Grenoble Alpes, shows plants from the Alps as well as the Caucasus, the Himalayas and the Andes, facing the glaciers of the Meije. Nearby, the oratory of Le Chazelet above La Grave offers one of the finest views of the Meije’s north face. And on the third weekend of November, Villar-d’Arêne fires up its communal oven for the boiled-bread festival.</p>",
                    "de": "<p>Am Col du Lautaret zeigt der alpine botanische Garten der Université Grenoble Alpes Pflanzen aus den Alpen, aber auch aus Kaukasus, Himalaya und Anden – mit Blick auf die Gletscher der Meije. Ganz in der Nähe bietet das Oratorium von Le Chazelet oberhalb von La Grave einen der schönsten Blicke auf die Meije-Nordwand. Und am dritten Novemberwochenende heizt Villar-d’Arêne seinen Gemeindebackofen für das Fest des „pain bouilli“ an.</p>",
                    "it": "<p>Al colle del Lautaret il giardino botanico alpino, gestito dall’Université Grenoble Alpes, presenta piante delle Alpi ma anche del Caucaso, dell’Himalaya e delle Ande, di fronte ai ghiacciai della Meije. Poco lontano, l’oratorio del Chazelet sopra La Grave offre uno dei più bei panorami sulla parete nord della Meije. E il terzo fine settimana di novembre Villar-d’Arêne accende il forno comunale per la festa del pane bollito.</p>",
                }),
                ("quote", {
                    "fr": "Au Lautaret, on passe des Alpes à l’Himalaya en quelques pas.",
                    "en": "At the Lautaret, a few steps take you from the Alps to the Himalayas.",
                    "de": "Am Lautaret geht man mit wenigen Schritten von den Alpen in den Himalaya.",
                    "it": "Al Lautaret bastano pochi passi per andare dalle Alpi all’Himalaya.",
                }),
            ],
        },
        "nature": {
            "slug": {"fr": "nature-et-parc-national", "en": "nature-and-national-park", "de": "natur-und-nationalpark", "it": "natura-e-parco-nazionale"},
            "title": {"fr": "Nature et parc national", "en": "Nature & national park", "de": "Natur & Nationalpark", "it": "Natura e parco nazionale"},
            "intro": {
                "fr": "<p>Créé en 1973, le Parc national des Écrins protège un monde de glaciers, d’alpages et de forêts de mélèzes où vivent chamois, bouquetins, marmottes et aigles royaux.</p>",
                "en": "<p>Created in 1973, the Écrins National Park protects a world of glaciers, high pastures and larch forests, home to chamois, ibex, marmots and golden eagles.</p>",
                "de": "<p>Der 1973 gegründete Nationalpark Écrins schützt eine Welt aus Gletschern, Almen und Lärchenwäldern, in der Gämsen, Steinböcke, Murmeltiere und Steinadler leben.</p>",
                "it": "<p>Istituito nel 1973, il Parco nazionale degli Écrins protegge un mondo di ghiacciai, alpeggi e boschi di larici dove vivono camosci, stambecchi, marmotte e aquile reali.</p>",
            },
            "search_description": {
                "fr": "Parc national des Écrins : Pré de Madame Carle, Glacier Blanc, lacs et alpages, faune et flore de haute montagne.",
                "en": "Écrins National Park: the Pré de Madame Carle, the Glacier Blanc, lakes and pastures, high-mountain wildlife and flowers.",
                "de": "Nationalpark Écrins: Pré de Madame Carle, Glacier Blanc, Seen und Almen, Tier- und Pflanzenwelt des Hochgebirges.",
                "it": "Parco nazionale degli Écrins: Pré de Madame Carle, Glacier Blanc, laghi e alpeggi, fauna e flora d’alta montagna.",
            },
            "motif": "forest",
            "image_alt": {
                "fr": "Illustration : forêt de conifères au pied des montagnes",
                "en": "Illustration: conifer forest at the foot of the mountains",
                "de": "Illustration: Nadelwald am Fuß der Berge",
                "it": "Illustrazione: bosco di conifere ai piedi dei monti",
            },
            "highlights": [
                {
                    "title": {"fr": "Le Pré de Madame Carle", "en": "The Pré de Madame Carle", "de": "Der Pré de Madame Carle", "it": "Il Pré de Madame Carle"},
                    "text": {
                        "fr": "Au bout de la route d’Ailefroide, cette plaine d’altitude semée de mélèzes ouvre sur le Glacier Noir et le sentier du refuge du Glacier Blanc.",
                        "en": "At the end of the Ailefroide road, this high plain dotted with larches opens onto the Glacier Noir and the path to the Glacier Blanc hut.",
                        "de": "Am Ende der Straße von Ailefroide öffnet sich diese Hochebene mit Lärchen zum Glacier Noir und zum Weg zur Hütte am Glacier Blanc.",
                        "it": "In fondo alla strada di Ailefroide, questa piana d’alta quota punteggiata di larici si apre sul Glacier Noir e sul sentiero del rifugio del Glacier Blanc.",
                    },
                },
                {
                    "title": {"fr": "Le Glacier Blanc", "en": "The Glacier Blanc", "de": "Der Glacier Blanc", "it": "Il Glacier Blanc"},
                    "text": {
                        "fr": "L’un des grands glaciers du massif, que l’on approche à pied jusqu’au refuge du même nom ; au-delà, corde, crampons et expérience sont indispensables.",
                        "en": "One of the massif’s great glaciers, approached on foot as far as the hut of the same name; beyond it, rope, crampons and experience are essential.",
                        "de": "Einer der großen Gletscher des Massivs, zu Fuß bis zur gleichnamigen Hütte erreichbar; darüber hinaus sind Seil, Steigeisen und Erfahrung unerlässlich.",
                        "it": "Uno dei grandi ghiacciai del massiccio, raggiungibile a piedi fino all’omonimo rifugio; oltre, corda, ramponi ed esperienza sono indispensabili.",
                    },
                },
                {
                    "title": {"fr": "Lacs et alpages", "en": "Lakes and pastures", "de": "Seen und Almen", "it": "Laghi e alpeggi"},
                    "text": {
                        "fr": "Lac du Pontet face à la Meije, lacs de Faravel au-dessus de Dormillouse, vallons du Champsaur et du Valgaudemar : des balades pour tous les niveaux.",
                        "en": "The Lac du Pontet facing the Meije, the Faravel lakes above Dormillouse, the side valleys of the Champsaur and Valgaudemar: walks for every level.",
                        "de": "Lac du Pontet gegenüber der Meije, die Seen von Faravel über Dormillouse, die Seitentäler von Champsaur und Valgaudemar: Touren für jedes Niveau.",
                        "it": "Il Lac du Pontet di fronte alla Meije, i laghi di Faravel sopra Dormillouse, i valloni del Champsaur e del Valgaudemar: passeggiate per tutti i livelli.",
                    },
                },
            ],
            "body": [
                ("heading", {
                    "fr": "Un parc national de haute montagne",
                    "en": "A high-mountain national park",
                    "de": "Ein Nationalpark im Hochgebirge",
                    "it": "Un parco nazionale d’alta montagna",
                }),
                ("paragraph", {
                    "fr": "<p>Le cœur du parc est réglementé pour préserver la faune et la flore : les chiens n’y sont pas admis, même tenus en laisse, la cueillette est interdite et le bivouac est encadré. Les Maisons du Parc, notamment à Briançon, Vallouise, Pont-du-Fossé et La Chapelle-en-Valgaudémar, présentent les paysages de chaque vallée et conseillent les randonneurs.</p>",
                    "en": "<p>The core of the park is regulated to protect its wildlife and plants: dogs are not allowed, even on a lead, picking plants is prohibited and bivouacking is restricted. The park’s visitor centres, in Briançon, Vallouise, Pont-du-Fossé and La Chapelle-en-Valgaudémar among others, introduce each valley’s landscapes and advise walkers.</p>",
                    "de": "<p>Im Kerngebiet des Parks gelten Regeln zum Schutz von Tieren und Pflanzen: Hunde sind auch an der Leine nicht erlaubt, Pflücken ist verboten und das Biwakieren ist geregelt. Die Besucherzentren des Parks, unter anderem in Briançon, Vallouise, Pont-du-Fossé und La Chapelle-en-Valgaudémar, stellen die Landschaften jedes Tals vor und beraten Wanderer.</p>",
                    "it": "<p>Il cuore del parco è regolamentato per tutelare fauna e flora: i cani non sono ammessi, nemmeno al guinzaglio, la raccolta di piante è vietata e il bivacco è disciplinato. Le Maisons du Parc, tra cui quelle di Briançon, Vallouise, Pont-du-Fossé e La Chapelle-en-Valgaudémar, presentano i paesaggi di ogni valle e consigliano gli escursionisti.</p>",
                }),
                ("paragraph", {
                    "fr": "<p>De juin à août, les prairies se couvrent de lis martagon, de gentianes et d’orchidées ; en octobre, les mélèzes prennent leur teinte dorée. Avec des jumelles et un peu de patience, on observe chamois et bouquetins dans les pierriers, les marmottes près des sentiers et parfois le gypaète barbu planant au-dessus des crêtes.</p>",
                    "en": "<p>From June to August the meadows fill with martagon lilies, gentians and orchids; in October the larches turn gold. With binoculars and a little patience you can watch chamois and ibex on the scree, marmots by the paths and, with luck, a bearded vulture gliding over the ridges.</p>",
                    "de": "<p>Von Juni bis August blühen auf den Wiesen Türkenbund-Lilien, Enziane und Orchideen; im Oktober färben sich die Lärchen golden. Mit Fernglas und etwas Geduld beobachtet man Gämsen und Steinböcke im Geröll, Murmeltiere am Wegrand und mit Glück einen Bartgeier, der über den Graten kreist.</p>",
                    "it": "<p>Da giugno ad agosto i prati si coprono di gigli martagone, genziane e orchidee; in ottobre i larici si tingono d’oro. Con un binocolo e un po’ di pazienza si osservano camosci e stambecchi sui ghiaioni, marmotte vicino ai sentieri e, con un po’ di fortuna, il gipeto che plana sopra le creste.</p>",
                }),
                ("quote", {
                    "fr": "Observer sans déranger : dans le parc, les fleurs et les marmottes restent là où on les a trouvées.",
                    "en": "Watch without disturbing: in the park, flowers and marmots stay where you found them.",
                    "de": "Beobachten, ohne zu stören: Im Park bleiben Blumen und Murmeltiere dort, wo man sie gefunden hat.",
                    "it": "Osservare senza disturbare: nel parco fiori e marmotte restano dove li avete trovati.",
                }),
            ],
        },
        "gastronomy": {
            "slug": {"fr": "gastronomie", "en": "food-and-drink", "de": "kulinarik", "it": "gastronomia"},
            "title": {"fr": "Saveurs des Écrins", "en": "Food & drink", "de": "Kulinarik", "it": "Sapori degli Écrins"},
            "intro": {
                "fr": "<p>Tourtons, oreilles d’âne, fromages fermiers et génépi : la table des Écrins est une cuisine de vallées, généreuse et paysanne, née de longs hivers en altitude.</p>",
                "en": "<p>Tourtons, ‘donkey’s ears’, farmhouse cheeses and génépi: the food of the Écrins is hearty valley cooking, rooted in farming life and long winters at altitude.</p>",
                "de": "<p>Tourtons, „Eselsohren“, Bauernkäse und Génépi: Die Küche der Écrins ist eine herzhafte, bäuerliche Talküche, geprägt von langen Wintern in der Höhe.</p>",
                "it": "<p>Tourtons, «orecchie d’asino», formaggi di fattoria e genepì: la tavola degli Écrins è una cucina di valle, generosa e contadina, nata da lunghi inverni in quota.</p>",
            },
            "search_description": {
                "fr": "Tourtons du Champsaur, oreilles d’âne du Valgaudemar, pain bouilli, fromages et génépi : les saveurs des Écrins.",
                "en": "Champsaur tourtons, Valgaudemar ‘donkey’s ears’, boiled bread, cheeses and génépi: the flavours of the Écrins.",
                "de": "Tourtons aus dem Champsaur, „Eselsohren“ aus dem Valgaudemar, pain bouilli, Käse und Génépi: die Küche der Écrins.",
                "it": "Tourtons del Champsaur, «orecchie d’asino» del Valgaudemar, pane bollito, formaggi e genepì: i sapori degli Écrins.",
            },
            "motif": "village",
            "image_alt": {
                "fr": "Illustration : hameau aux toits rouges dans une lumière dorée",
                "en": "Illustration: hamlet with red roofs in golden light",
                "de": "Illustration: Weiler mit roten Dächern in goldenem Licht",
                "it": "Illustrazione: borgo dai tetti rossi in una luce dorata",
            },
            "highlights": [
                {
                    "title": {"fr": "Les tourtons du Champsaur", "en": "Champsaur tourtons", "de": "Tourtons aus dem Champsaur", "it": "I tourtons del Champsaur"},
                    "text": {
                        "fr": "Petits coussins de pâte fine, frits et fourrés de purée de pomme de terre et de tomme, ou de fruits pour le dessert. Autrefois, on les servait les jours de fête.",
                        "en": "Small cushions of thin pastry, fried and filled with mashed potato and tomme cheese, or with fruit for dessert. They were once a festive dish.",
                        "de": "Kleine Kissen aus dünnem Teig, frittiert und mit Kartoffelpüree und Tomme gefüllt, als Dessert auch mit Obst. Früher gab es sie nur an Festtagen.",
                        "it": "Piccoli cuscini di pasta sottile, fritti e ripieni di purè di patate e toma, o di frutta per il dessert. Un tempo si servivano nei giorni di festa.",
                    },
                },
                {
                    "title": {"fr": "Les oreilles d’âne", "en": "Donkey’s ears", "de": "Eselsohren", "it": "Le orecchie d’asino"},
                    "text": {
                        "fr": "Spécialité du Valgaudemar : un gratin de pâte et d’épinards sauvages, dont les feuilles se cueillaient quand elles avaient la taille d’une oreille d’âne.",
                        "en": "A Valgaudemar speciality: a gratin of pasta and wild spinach, whose leaves were picked when they reached the size of a donkey’s ear.",
                        "de": "Spezialität des Valgaudemar: ein Gratin aus Teig und wildem Spinat, dessen Blätter gepflückt wurden, wenn sie so groß wie ein Eselsohr waren.",
                        "it": "Specialità del Valgaudemar: un gratin di pasta e spinaci selvatici, le cui foglie si raccoglievano quando erano grandi come un orecchio d’asino.",
                    },
                },
                {
                    "title": {"fr": "Le génépi", "en": "Génépi", "de": "Génépi", "it": "Il genepì"},
                    "text": {
                        "fr": "Liqueur de petites armoises d’altitude. La cueillette sauvage est interdite au cœur du parc, mais des producteurs locaux cultivent la plante.",
                        "en": "A liqueur made from small high-altitude wormwoods. Wild picking is banned in the park’s core, but local growers cultivate the plant.",
                        "de": "Likör aus kleinen Hochgebirgs-Edelrauten. Wildes Sammeln ist im Kerngebiet des Parks verboten, doch lokale Erzeuger bauen die Pflanze an.",
                        "it": "Liquore di piccole artemisie d’alta quota. La raccolta spontanea è vietata nel cuore del parco, ma produttori locali coltivano la pianta.",
                    },
                },
            ],
            "body": [
                ("heading", {
                    "fr": "Une cuisine de vallées",
                    "en": "Valley cooking",
                    "de": "Eine Küche der Täler",
                    "it": "Una cucina di valle",
                }),
                ("paragraph", {
                    "fr": "<p>Dans le Champsaur et le Valgaudemar, tourtons, ravioles (de petites quenelles frites de pomme de terre et de fromage) et oreilles d’âne figurent à la carte de nombreuses auberges. Chaque famille a sa recette. À Villar-d’Arêne, le pain bouilli de seigle, autrefois cuit une seule fois par an pour économiser le bois, se prépare encore collectivement chaque mois de novembre.</p>",
                    "en": "<p>In the Champsaur and the Valgaudemar, tourtons, ravioles (small fried dumplings of potato and cheese) and donkey’s ears appear on the menu of many country inns, and every family has its own recipe. At Villar-d’Arêne, the rye ‘boiled bread’, once baked only once a year to save firewood, is still made communally every November.</p>",
                    "de": "<p>Im Champsaur und im Valgaudemar stehen Tourtons, Ravioles (kleine frittierte Klößchen aus Kartoffeln und Käse) und Eselsohren auf der Karte vieler Gasthöfe – und jede Familie hat ihr eigenes Rezept. In Villar-d’Arêne wird das Roggenbrot „pain bouilli“, früher nur einmal im Jahr gebacken, um Holz zu sparen, noch heute jeden November gemeinsam hergestellt.</p>",
                    "it": "<p>Nel Champsaur e nel Valgaudemar tourtons, ravioles (piccole quenelle fritte di patate e formaggio) e orecchie d’asino compaiono nel menu di molte locande, e ogni famiglia ha la sua ricetta. A Villar-d’Arêne il pane bollito di segale, un tempo cotto una sola volta l’anno per risparmiare legna, si prepara ancora insieme ogni novembre.</p>",
                }),
                ("paragraph", {
                    "fr": "<p>Sur les marchés de Briançon, de Saint-Bonnet-en-Champsaur ou de Vallouise, les producteurs proposent tommes et fromages fermiers de vache, de chèvre ou de brebis, miel de montagne, charcuteries et agneau des Hautes-Alpes. Pour le génépi, la recette familiale tient en une formule que les anciens répètent volontiers.</p>",
                    "en": "<p>At the markets of Briançon, Saint-Bonnet-en-Champsaur and Vallouise, producers sell farmhouse tommes and cheeses from cow’s, goat’s and sheep’s milk, mountain honey, cured meats and Hautes-Alpes lamb. As for génépi, the family recipe comes down to a formula the old-timers love to repeat.</p>",
                    "de": "<p>Auf den Märkten von Briançon, Saint-Bonnet-en-Champsaur und Vallouise verkaufen Erzeuger Tommes und Bauernkäse aus Kuh-, Ziegen- und Schafsmilch, Bergblütenhonig, Wurstwaren und Lamm aus den Hautes-Alpes. Für den Génépi gibt es ein Familienrezept, das die Alten gern als Merkspruch zitieren.</p>",
                    "it": "<p>Sui mercati di Briançon, Saint-Bonnet-en-Champsaur e Vallouise i produttori propongono tome e formaggi di fattoria di vacca, capra e pecora, miele di montagna, salumi e agnello delle Hautes-Alpes. Per il genepì, la ricetta di famiglia si riassume in una formula che gli anziani ripetono volentieri.</p>",
                }),
                ("quote", {
                    "fr": "Quarante brins, quarante sucres, quarante jours.",
                    "en": "Forty sprigs, forty sugar lumps, forty days.",
                    "de": "Vierzig Zweige, vierzig Stück Zucker, vierzig Tage.",
                    "it": "Quaranta rametti, quaranta zollette, quaranta giorni.",
                }),
            ],
        },
        "wellness": {
            "slug": {"fr": "bien-etre", "en": "wellness", "de": "wellness-und-erholung", "it": "benessere"},
            "title": {"fr": "Bien-être", "en": "Wellness", "de": "Wellness & Erholung", "it": "Benessere"},
            "intro": {
                "fr": "<p>Eaux chaudes du Monêtier, air sec et lumineux qui fit de Briançon une ville de cure, silence des forêts de mélèzes : en altitude, le corps et l’esprit respirent.</p>",
                "en": "<p>The hot springs of Le Monêtier, the dry, bright air that made Briançon a health resort, the silence of the larch forests: at altitude, body and mind can breathe.</p>",
                "de": "<p>Die warmen Quellen von Le Monêtier, die trockene, klare Luft, die Briançon zum Kurort machte, die Stille der Lärchenwälder: In der Höhe atmen Körper und Geist auf.</p>",
                "it": "<p>Le acque calde di Le Monêtier, l’aria secca e luminosa che fece di Briançon una città di cura, il silenzio dei boschi di larici: in quota corpo e mente respirano.</p>",
            },
            "search_description": {
                "fr": "Les Grands Bains du Monêtier, l’air pur de Briançon, raquettes et balades en forêt : le bien-être en altitude dans les Écrins.",
                "en": "Les Grands Bains du Monêtier, Briançon’s clear air, snowshoeing and forest walks: wellbeing at altitude in the Écrins.",
                "de": "Les Grands Bains du Monêtier, die klare Luft von Briançon, Schneeschuh- und Waldwanderungen: Erholung in der Höhe.",
                "it": "Les Grands Bains du Monêtier, l’aria pura di Briançon, ciaspole e passeggiate nel bosco: il benessere in quota negli Écrins.",
            },
            "motif": "mountains",
            "image_alt": {
                "fr": "Illustration : montagnes paisibles sous un soleil pâle",
                "en": "Illustration: peaceful mountains under a pale sun",
                "de": "Illustration: ruhige Berge unter blasser Sonne",
                "it": "Illustrazione: montagne tranquille sotto un sole pallido",
            },
            "highlights": [
                {
                    "title": {"fr": "Les Grands Bains du Monêtier", "en": "Les Grands Bains du Monêtier", "de": "Les Grands Bains du Monêtier", "it": "Les Grands Bains du Monêtier"},
                    "text": {
                        "fr": "Ouvert en 2008, ce centre thermoludique puise dans les sources chaudes du village : bassins intérieurs et extérieurs face aux sommets de la Guisane.",
                        "en": "Opened in 2008, this thermal leisure centre draws on the village’s hot springs: indoor and outdoor pools facing the peaks of the Guisane valley.",
                        "de": "Das 2008 eröffnete Thermalbad nutzt die warmen Quellen des Dorfes: Innen- und Außenbecken mit Blick auf die Gipfel des Guisane-Tals.",
                        "it": "Aperto nel 2008, questo centro termale ludico sfrutta le sorgenti calde del paese: vasche interne ed esterne di fronte alle vette della Guisane.",
                    },
                },
                {
                    "title": {"fr": "Briançon, ville climatique", "en": "Briançon, a climatic resort", "de": "Briançon, der Luftkurort", "it": "Briançon, città climatica"},
                    "text": {
                        "fr": "Son ensoleillement et son air sec ont fait de Briançon, au XXe siècle, une ville de sanatoriums dont l’architecture marque encore les pentes.",
                        "en": "Its sunshine and dry air made Briançon a town of sanatoriums in the 20th century, whose architecture still marks the slopes.",
                        "de": "Sonne und trockene Luft machten Briançon im 20. Jahrhundert zur Stadt der Sanatorien, deren Architektur die Hänge bis heute prägt.",
                        "it": "Il sole e l’aria secca fecero di Briançon, nel XX secolo, una città di sanatori la cui architettura segna ancora i pendii.",
                    },
                },
                {
                    "title": {"fr": "Raquettes et ski de fond", "en": "Snowshoes and cross-country skiing", "de": "Schneeschuhe und Langlauf", "it": "Ciaspole e sci di fondo"},
                    "text": {
                        "fr": "Balades en raquettes dans les mélèzes et pistes de ski nordique au fond de la vallée de la Guisane pour glisser à son rythme.",
                        "en": "Snowshoe walks among the larches and Nordic ski trails along the floor of the Guisane valley, to glide along at your own pace.",
                        "de": "Schneeschuhtouren zwischen Lärchen und Langlaufloipen im Talgrund der Guisane – gleiten im eigenen Rhythmus.",
                        "it": "Escursioni con le ciaspole tra i larici e piste di sci nordico sul fondovalle della Guisane, per scivolare al proprio ritmo.",
                    },
                },
            ],
            "body": [
                ("heading", {
                    "fr": "Les eaux chaudes du Monêtier",
                    "en": "The hot springs of Le Monêtier",
                    "de": "Die warmen Quellen von Le Monêtier",
                    "it": "Le acque calde di Le Monêtier",
                }),
                ("paragraph", {
                    "fr": "<p>Le Monêtier-les-Bains doit la seconde partie de son nom à ses sources d’eau chaude, connues dès l’Antiquité et exploitées par un établissement thermal du XVIIIe siècle jusqu’aux années 1960. Les Grands Bains du Monêtier ont renoué avec cette tradition : lagons extérieurs, hammams, saunas et soins, à savourer après une journée de ski ou de randonnée dans la vallée de Serre-Chevalier.</p>",
                    "en": "<p>Le Monêtier-les-Bains owes the second half of its name to its hot springs, known since Antiquity and used by a spa from the 18th century until the 1960s. Les Grands Bains du Monêtier revived this tradition with outdoor lagoons, steam rooms, saunas and treatments, to enjoy after a day of skiing or hiking in the Serre-Chevalier valley.</p>",
                    "de": "<p>Le Monêtier-les-Bains verdankt den zweiten Teil seines Namens seinen warmen Quellen, die schon in der Antike bekannt waren und vom 18. Jahrhundert bis in die 1960er-Jahre von einem Kurbad genutzt wurden. Les Grands Bains du Monêtier knüpfen an diese Tradition an: Außenlagunen, Hamams, Saunen und Anwendungen nach einem Ski- oder Wandertag im Tal von Serre-Chevalier.</p>",
                    "it": "<p>Le Monêtier-les-Bains deve la seconda parte del suo nome alle sorgenti d’acqua calda, note fin dall’antichità e sfruttate da uno stabilimento termale dal XVIII secolo agli anni Sessanta. Les Grands Bains du Monêtier hanno ripreso questa tradizione: lagune esterne, hammam, saune e trattamenti, da gustare dopo una giornata di sci o di escursioni nella valle di Serre-Chevalier.</p>",
                }),
                ("paragraph", {
                    "fr": "<p>À Briançon, l’air sec et l’ensoleillement généreux ont valu à la ville une vocation de station climatique et de nombreux sanatoriums au XXe siècle. Aujourd’hui, randonnées douces, séances de yoga en plein air proposées par des professionnels locaux ou simple sieste face aux glaciers prolongent cette tradition du grand air. Pensez à bien vous hydrater et à vous protéger du soleil : en altitude, les UV sont plus forts.</p>",
                    "en": "<p>In Briançon, the dry air and generous sunshine made the town a climatic health resort with many sanatoriums in the 20th century. Today gentle hikes, outdoor yoga sessions run by local instructors or simply a nap facing the glaciers carry on this fresh-air tradition. Drink plenty and protect yourself from the sun: UV radiation is stronger at altitude.</p>",
                    "de": "<p>In Briançon machten die trockene Luft und die reichliche Sonne die Stadt im 20. Jahrhundert zum Luftkurort mit zahlreichen Sanatorien. Heute setzen sanfte Wanderungen, Yoga im Freien mit lokalen Lehrern oder einfach ein Mittagsschlaf mit Gletscherblick diese Tradition fort. Trinken Sie ausreichend und schützen Sie sich vor der Sonne: In der Höhe ist die UV-Strahlung stärker.</p>",
                    "it": "<p>A Briançon l’aria secca e il sole generoso valsero alla città, nel XX secolo, una vocazione di stazione climatica con numerosi sanatori. Oggi escursioni tranquille, yoga all’aperto con professionisti locali o un semplice riposo di fronte ai ghiacciai proseguono questa tradizione dell’aria aperta. Bevete a sufficienza e proteggetevi dal sole: in quota i raggi UV sono più forti.</p>",
                }),
                ("quote", {
                    "fr": "Ici, la meilleure cure tient en trois mots : soleil, altitude, silence.",
                    "en": "Here the best cure comes down to three words: sunshine, altitude, silence.",
                    "de": "Die beste Kur hier lässt sich in drei Worten fassen: Sonne, Höhe, Stille.",
                    "it": "Qui la cura migliore si riassume in tre parole: sole, quota, silenzio.",
                }),
            ],
        },
    },
    "audiences": {
        "solo": {
            "slug": {"fr": "en-solo", "en": "solo-travel", "de": "allein-unterwegs", "it": "in-solitaria"},
            "title": {"fr": "En solo", "en": "Solo travel", "de": "Allein unterwegs", "it": "In solitaria"},
            "intro": {
                "fr": "<p>Partir seul dans les Écrins, c’est choisir sa cadence : train de nuit jusqu’à Briançon, soirées en refuge à partager la table d’autres randonneurs, sorties collectives encadrées pour progresser en montagne.</p>",
                "en": "<p>Travelling alone in the Écrins means setting your own pace: the night train to Briançon, evenings in mountain huts sharing a table with other hikers, and guided group outings to build your mountain skills.</p>",
                "de": "<p>Allein in den Écrins bestimmt man sein eigenes Tempo: mit dem Nachtzug nach Briançon, Abende auf Hütten am Tisch mit anderen Wanderern und geführte Gruppentouren, um am Berg dazuzulernen.</p>",
                "it": "<p>Partire da soli negli Écrins significa scegliere il proprio ritmo: treno notturno fino a Briançon, serate in rifugio alla stessa tavola di altri escursionisti, uscite collettive accompagnate per progredire in montagna.</p>",
            },
            "search_description": {
                "fr": "Voyager seul dans les Écrins : train jusqu’à Briançon, nuits en refuge, sorties collectives avec un guide et conseils de sécurité.",
                "en": "Travelling solo in the Écrins: the train to Briançon, nights in mountain huts, group outings with a guide and safety advice.",
                "de": "Allein in den Écrins: mit dem Zug nach Briançon, Hüttennächte, Gruppentouren mit Bergführer und Sicherheitstipps.",
                "it": "Viaggiare da soli negli Écrins: treno fino a Briançon, notti in rifugio, uscite di gruppo con una guida e consigli di sicurezza.",
            },
            "motif": "mountains",
            "image_alt": {
                "fr": "Illustration : chaîne de montagnes enneigées au lever du jour",
                "en": "Illustration: snowy mountain range at daybreak",
                "de": "Illustration: verschneite Bergkette bei Tagesanbruch",
                "it": "Illustrazione: catena di monti innevati all’alba",
            },
            "highlights": [
                {
                    "title": {"fr": "Le GR 54 à son rythme", "en": "The GR 54 at your own pace", "de": "Der GR 54 im eigenen Tempo", "it": "Il GR 54 al proprio ritmo"},
                    "text": {
                        "fr": "Refuges et gîtes jalonnent le tour du massif : réservez vos nuits et laissez toujours votre programme à un proche ou à votre hébergeur.",
                        "en": "Huts and gîtes line the tour of the massif: book your nights and always leave your itinerary with someone close or with your host.",
                        "de": "Hütten und Gîtes säumen die Runde ums Massiv: Reservieren Sie Ihre Nächte und hinterlassen Sie Ihre Route immer bei Angehörigen oder Gastgebern.",
                        "it": "Rifugi e gîtes scandiscono il giro del massiccio: prenotate le notti e lasciate sempre il vostro programma a una persona vicina o al gestore.",
                    },
                },
                {
                    "title": {"fr": "Sorties collectives", "en": "Group outings", "de": "Gruppentouren", "it": "Uscite collettive"},
                    "text": {
                        "fr": "Initiation à l’alpinisme, à l’escalade ou au ski de randonnée : les guides proposent des sorties où l’on rejoint d’autres participants.",
                        "en": "Introductions to mountaineering, climbing or ski touring: guides run outings where you join other participants.",
                        "de": "Einführung in Hochtouren, Klettern oder Skitouren: Bergführer bieten Touren an, bei denen man sich anderen Teilnehmern anschließt.",
                        "it": "Iniziazione all’alpinismo, all’arrampicata o allo scialpinismo: le guide propongono uscite dove ci si unisce ad altri partecipanti.",
                    },
                },
                {
                    "title": {"fr": "Sans voiture", "en": "Car-free", "de": "Ohne Auto", "it": "Senza auto"},
                    "text": {
                        "fr": "Train jusqu’à Briançon ou L’Argentière-les-Écrins, puis cars régionaux : plusieurs vallées se rejoignent en transports en commun.",
                        "en": "Train to Briançon or L’Argentière-les-Écrins, then regional coaches: several valleys can be reached by public transport.",
                        "de": "Mit dem Zug nach Briançon oder L’Argentière-les-Écrins, dann mit Regionalbussen: Mehrere Täler sind mit Öffis erreichbar.",
                        "it": "Treno fino a Briançon o L’Argentière-les-Écrins, poi autobus regionali: diverse valli si raggiungono con i mezzi pubblici.",
                    },
                },
            ],
            "body": [
                ("heading", {
                    "fr": "Voyager seul, en confiance",
                    "en": "Travelling alone with confidence",
                    "de": "Allein unterwegs, mit gutem Gefühl",
                    "it": "Viaggiare da soli, in tranquillità",
                }),
                ("paragraph", {
                    "fr": "<p>Les refuges gardés sont des lieux de rencontre naturels : dîner à heure fixe, grandes tables communes, conseils du gardien pour l’itinéraire du lendemain. Pour une première expérience, la montée au refuge du Glacier Blanc depuis le Pré de Madame Carle ou la balade du lac du Pontet, au-dessus de Villar-d’Arêne, sont très fréquentées en été, ce qui rassure quand on marche seul.</p>",
                    "en": "<p>Staffed huts are natural meeting places: dinner at a set time, long shared tables and the warden’s advice for the next day’s route. For a first experience, the climb from the Pré de Madame Carle to the Glacier Blanc hut or the walk to the Lac du Pontet above Villar-d’Arêne are busy in summer, which is reassuring when you walk alone.</p>",
                    "de": "<p>Bewirtschaftete Hütten sind natürliche Treffpunkte: Abendessen zu fester Zeit, lange gemeinsame Tische, Tipps des Hüttenwirts für die Route am nächsten Tag. Für den Anfang sind der Aufstieg vom Pré de Madame Carle zur Hütte am Glacier Blanc oder die Wanderung zum Lac du Pontet oberhalb von Villar-d’Arêne im Sommer gut besucht – beruhigend, wenn man allein geht.</p>",
                    "it": "<p>I rifugi custoditi sono luoghi d’incontro naturali: cena a orario fisso, grandi tavolate comuni, consigli del gestore per l’itinerario del giorno dopo. Per una prima esperienza, la salita dal Pré de Madame Carle al rifugio del Glacier Blanc o la passeggiata al Lac du Pontet, sopra Villar-d’Arêne, sono molto frequentate d’estate: rassicurante quando si cammina da soli.</p>",
                }),
                ("paragraph", {
                    "fr": "<p>Seul en montagne, la prudence compte double : consultez la météo et, en hiver, le bulletin d’estimation du risque d’avalanche, restez sur des itinéraires connus et indiquez votre parcours et votre heure de retour. En cas d’accident, composez le 112.</p>",
                    "en": "<p>Alone in the mountains, caution counts double: check the weather forecast and, in winter, the avalanche bulletin, stick to well-known routes and tell someone your route and expected return time. In an emergency, call 112.</p>",
                    "de": "<p>Allein am Berg zählt Vorsicht doppelt: Prüfen Sie den Wetterbericht und im Winter den Lawinenlagebericht, bleiben Sie auf bekannten Routen und hinterlassen Sie Route und geplante Rückkehrzeit. Im Notfall wählen Sie die 112.</p>",
                    "it": "<p>Da soli in montagna la prudenza vale doppio: consultate il meteo e, d’inverno, il bollettino valanghe, restate su itinerari conosciuti e comunicate il vostro percorso e l’orario di rientro. In caso di incidente, chiamate il 112.</p>",
                }),
            ],
        },
        "couple": {
            "slug": {"fr": "en-couple", "en": "couples", "de": "zu-zweit", "it": "in-coppia"},
            "title": {"fr": "En couple", "en": "Couples", "de": "Zu zweit", "it": "In coppia"},
            "intro": {
                "fr": "<p>Soir d’été face à la Meije, ruelles de la cité Vauban à la tombée du jour, bains chauds face aux sommets : les Écrins se prêtent aux escapades à deux.</p>",
                "en": "<p>Summer evenings facing the Meije, the lanes of Vauban’s Briançon at dusk, hot baths with a view of the peaks: the Écrins are made for getaways for two.</p>",
                "de": "<p>Sommerabende vor der Meije, die Gassen der Vauban-Stadt in der Dämmerung, warme Bäder mit Gipfelblick: Die Écrins sind wie gemacht für Auszeiten zu zweit.</p>",
                "it": "<p>Sere d’estate davanti alla Meije, le viuzze della città di Vauban al calar del giorno, bagni caldi di fronte alle vette: gli Écrins si prestano alle fughe in due.</p>",
            },
            "search_description": {
                "fr": "Escapade à deux dans les Écrins : cité Vauban de Briançon, La Grave et la Meije, Grands Bains du Monêtier, nuit en refuge.",
                "en": "A getaway for two in the Écrins: Vauban’s Briançon, La Grave and the Meije, Les Grands Bains du Monêtier, a night in a hut.",
                "de": "Zu zweit in den Écrins: Vauban-Stadt Briançon, La Grave und die Meije, Les Grands Bains du Monêtier, eine Hüttennacht.",
                "it": "Una fuga in due negli Écrins: la Briançon di Vauban, La Grave e la Meije, Les Grands Bains du Monêtier, una notte in rifugio.",
            },
            "motif": "village",
            "image_alt": {
                "fr": "Illustration : village de montagne au coucher du soleil",
                "en": "Illustration: mountain village at sunset",
                "de": "Illustration: Bergdorf bei Sonnenuntergang",
                "it": "Illustrazione: villaggio di montagna al tramonto",
            },
            "highlights": [
                {
                    "title": {"fr": "L’oratoire du Chazelet", "en": "The Chazelet oratory", "de": "Das Oratorium von Le Chazelet", "it": "L’oratorio del Chazelet"},
                    "text": {
                        "fr": "Au-dessus de La Grave, le regard embrasse la Meije et ses glaciers, particulièrement beaux dans la lumière du soir.",
                        "en": "Above La Grave, the view takes in the Meije and its glaciers, especially beautiful in the evening light.",
                        "de": "Oberhalb von La Grave umfasst der Blick die Meije und ihre Gletscher, besonders schön im Abendlicht.",
                        "it": "Sopra La Grave lo sguardo abbraccia la Meije e i suoi ghiacciai, particolarmente belli nella luce della sera.",
                    },
                },
                {
                    "title": {"fr": "Bains chauds au Monêtier", "en": "Hot baths at Le Monêtier", "de": "Warme Bäder in Le Monêtier", "it": "Bagni caldi a Le Monêtier"},
                    "text": {
                        "fr": "Les bassins extérieurs des Grands Bains, alimentés par une source chaude, offrent une parenthèse à deux après une journée dehors.",
                        "en": "The outdoor pools of Les Grands Bains, fed by a hot spring, make a relaxing interlude for two after a day outdoors.",
                        "de": "Die Außenbecken der Grands Bains, gespeist von einer warmen Quelle, sind eine Auszeit zu zweit nach einem Tag draußen.",
                        "it": "Le vasche esterne dei Grands Bains, alimentate da una sorgente calda, offrono una pausa in due dopo una giornata all’aperto.",
                    },
                },
                {
                    "title": {"fr": "Une nuit en refuge", "en": "A night in a mountain hut", "de": "Eine Nacht auf der Hütte", "it": "Una notte in rifugio"},
                    "text": {
                        "fr": "Dîner partagé, ciel étoilé et lever de soleil sur les glaciers : une nuit en refuge laisse des souvenirs forts. Réservez à l’avance.",
                        "en": "A shared dinner, a starry sky and sunrise over the glaciers: a night in a hut leaves lasting memories. Book ahead.",
                        "de": "Gemeinsames Abendessen, Sternenhimmel und Sonnenaufgang über den Gletschern: Eine Hüttennacht bleibt in Erinnerung. Früh reservieren.",
                        "it": "Cena condivisa, cielo stellato e alba sui ghiacciai: una notte in rifugio lascia ricordi intensi. Prenotate in anticipo.",
                    },
                },
            ],
            "body": [
                ("heading", {
                    "fr": "Un week-end à deux",
                    "en": "A weekend for two",
                    "de": "Ein Wochenende zu zweit",
                    "it": "Un fine settimana in due",
                }),
                ("paragraph", {
                    "fr": "<p>Commencez par une flânerie dans la cité Vauban de Briançon, entre remparts, placettes et boutiques de la Grande Rue, puis montez au col du Lautaret pour le jardin alpin, ouvert en été. Le lendemain, continuez jusqu’à La Grave : ses hameaux de pierre et la vue sur la Meije composent l’un des plus beaux décors des Alpes.</p>",
                    "en": "<p>Start with a stroll through Vauban’s Briançon, between ramparts, little squares and the shops of the Grande Rue, then drive up to the Col du Lautaret for the alpine garden, open in summer. The next day, carry on to La Grave: its stone hamlets and the view of the Meije make one of the finest settings in the Alps.</p>",
                    "de": "<p>Beginnen Sie mit einem Bummel durch die Vauban-Stadt Briançon zwischen Wällen, kleinen Plätzen und den Läden der Grande Rue, und fahren Sie dann hinauf zum Col du Lautaret mit seinem Alpengarten, der im Sommer geöffnet ist. Am nächsten Tag geht es weiter nach La Grave: Die Steinweiler und der Blick auf die Meije gehören zu den schönsten Kulissen der Alpen.</p>",
                    "it": "<p>Cominciate con una passeggiata nella Briançon di Vauban, tra bastioni, piazzette e botteghe della Grande Rue, poi salite al colle del Lautaret per il giardino alpino, aperto d’estate. Il giorno dopo proseguite fino a La Grave: le sue frazioni di pietra e la vista sulla Meije compongono uno dei più bei paesaggi delle Alpi.</p>",
                }),
                ("paragraph", {
                    "fr": "<p>En hiver, la vallée de Serre-Chevalier ajoute ski, balades en raquettes et bains chauds au Monêtier. Au printemps et à l’automne, les vallées sont plus calmes : idéal pour randonner sans la foule, en vérifiant les dates d’ouverture des hébergements et des restaurants.</p>",
                    "en": "<p>In winter, the Serre-Chevalier valley adds skiing, snowshoe walks and hot baths at Le Monêtier. In spring and autumn the valleys are quieter, ideal for hiking away from the crowds; just check when accommodation and restaurants are open.</p>",
                    "de": "<p>Im Winter kommen im Tal von Serre-Chevalier Skifahren, Schneeschuhtouren und warme Bäder in Le Monêtier hinzu. Im Frühjahr und Herbst sind die Täler ruhiger – ideal zum Wandern ohne Trubel; prüfen Sie aber die Öffnungszeiten von Unterkünften und Restaurants.</p>",
                    "it": "<p>D’inverno la valle di Serre-Chevalier aggiunge sci, ciaspolate e bagni caldi a Le Monêtier. In primavera e in autunno le valli sono più tranquille: ideali per camminare lontano dalla folla, verificando però i periodi di apertura di alloggi e ristoranti.</p>",
                }),
                ("quote", {
                    "fr": "Le soir, quand la Meije rosit, La Grave semble retenir son souffle.",
                    "en": "In the evening, when the Meije turns pink, La Grave seems to hold its breath.",
                    "de": "Wenn sich die Meije abends rosa färbt, scheint La Grave den Atem anzuhalten.",
                    "it": "La sera, quando la Meije si tinge di rosa, La Grave sembra trattenere il respiro.",
                }),
            ],
        },
        "family": {
            "slug": {"fr": "en-famille", "en": "family", "de": "mit-der-familie", "it": "in-famiglia"},
            "title": {"fr": "En famille", "en": "Family", "de": "Mit der Familie", "it": "In famiglia"},
            "intro": {
                "fr": "<p>Marmottes à observer, sentiers faciles au bord des torrents, forts à explorer et bassins d’eau chaude : les Écrins offrent aux enfants une première montagne pleine de découvertes.</p>",
                "en": "<p>Marmots to spot, easy paths along mountain streams, forts to explore and warm-water pools: the Écrins give children a first taste of the mountains full of discoveries.</p>",
                "de": "<p>Murmeltiere beobachten, leichte Wege an Gebirgsbächen, Forts erkunden und warme Becken: Die Écrins bieten Kindern eine erste Bergerfahrung voller Entdeckungen.</p>",
                "it": "<p>Marmotte da osservare, sentieri facili lungo i torrenti, forti da esplorare e vasche d’acqua calda: gli Écrins offrono ai bambini una prima montagna piena di scoperte.</p>",
            },
            "search_description": {
                "fr": "Les Écrins en famille : balades faciles, marmottes, jardin du Lautaret, forts de Briançon, rafting et première nuit en refuge.",
                "en": "The Écrins with children: easy walks, marmots, the Lautaret garden, Briançon’s forts, rafting and a first night in a hut.",
                "de": "Die Écrins mit Kindern: leichte Wanderungen, Murmeltiere, Lautaret-Garten, Forts von Briançon, Rafting und erste Hüttennacht.",
                "it": "Gli Écrins in famiglia: passeggiate facili, marmotte, giardino del Lautaret, forti di Briançon, rafting e prima notte in rifugio.",
            },
            "motif": "forest",
            "image_alt": {
                "fr": "Illustration : sapins sur des collines verdoyantes",
                "en": "Illustration: fir trees on green hills",
                "de": "Illustration: Tannen auf grünen Hügeln",
                "it": "Illustrazione: abeti su colline verdi",
            },
            "highlights": [
                {
                    "title": {"fr": "Balade au Pré de Madame Carle", "en": "A walk at the Pré de Madame Carle", "de": "Spaziergang am Pré de Madame Carle", "it": "Passeggiata al Pré de Madame Carle"},
                    "text": {
                        "fr": "Terrain presque plat, torrent, mélèzes et vue sur les glaciers : une promenade à la portée des jeunes enfants, au bout de la route d’Ailefroide.",
                        "en": "Almost flat ground, a mountain stream, larches and glacier views: a walk within reach of young children, at the end of the Ailefroide road.",
                        "de": "Fast ebenes Gelände, Gebirgsbach, Lärchen und Gletscherblick: ein Spaziergang auch für kleine Kinder, am Ende der Straße von Ailefroide.",
                        "it": "Terreno quasi pianeggiante, torrente, larici e vista sui ghiacciai: una passeggiata alla portata dei più piccoli, in fondo alla strada di Ailefroide.",
                    },
                },
                {
                    "title": {"fr": "Les Maisons du Parc", "en": "The park visitor centres", "de": "Die Besucherzentren des Parks", "it": "Le Maisons du Parc"},
                    "text": {
                        "fr": "Expositions et animations sur la faune, la flore et les glaciers : une bonne entrée en matière avant une sortie avec un accompagnateur en montagne.",
                        "en": "Exhibitions and activities about wildlife, plants and glaciers: a good introduction before an outing with a mountain leader.",
                        "de": "Ausstellungen und Aktionen zu Tieren, Pflanzen und Gletschern: ein guter Einstieg vor einer Tour mit einem Wanderführer.",
                        "it": "Mostre e attività su fauna, flora e ghiacciai: una buona introduzione prima di un’uscita con un accompagnatore di media montagna.",
                    },
                },
                {
                    "title": {"fr": "Les forts de Briançon", "en": "Briançon’s forts", "de": "Die Forts von Briançon", "it": "I forti di Briançon"},
                    "text": {
                        "fr": "Remparts, portes et forts de Vauban se découvrent en visite guidée : une leçon d’histoire grandeur nature, en plein air.",
                        "en": "Vauban’s ramparts, gates and forts can be explored on guided tours: a life-size history lesson in the open air.",
                        "de": "Vaubans Wälle, Tore und Forts lassen sich bei Führungen entdecken: Geschichtsunterricht in Originalgröße unter freiem Himmel.",
                        "it": "Bastioni, porte e forti di Vauban si scoprono con visite guidate: una lezione di storia a grandezza naturale, all’aria aperta.",
                    },
                },
            ],
            "body": [
                ("heading", {
                    "fr": "Des vacances à hauteur d’enfant",
                    "en": "Holidays at a child’s pace",
                    "de": "Ferien in Kinderhöhe",
                    "it": "Vacanze a misura di bambino",
                }),
                ("paragraph", {
                    "fr": "<p>Autour du col du Lautaret, les marmottes se montrent souvent près des sentiers fréquentés : gardez vos distances et ne les nourrissez pas. Le jardin alpin du Lautaret, avec ses petites allées entre les rocailles, passionne petits et grands, tout comme les Maisons du Parc, qui proposent des animations en été.</p>",
                    "en": "<p>Around the Col du Lautaret, marmots often show themselves near busy paths: keep your distance and do not feed them. The Lautaret alpine garden, with its little paths between rockeries, fascinates young and old alike, as do the park’s visitor centres with their summer activities.</p>",
                    "de": "<p>Rund um den Col du Lautaret zeigen sich Murmeltiere oft in der Nähe belebter Wege: Halten Sie Abstand und füttern Sie sie nicht. Der Alpengarten am Lautaret mit seinen kleinen Wegen zwischen den Steingärten begeistert Groß und Klein, ebenso die Besucherzentren des Parks mit ihren Sommerangeboten.</p>",
                    "it": "<p>Intorno al colle del Lautaret le marmotte si mostrano spesso vicino ai sentieri frequentati: mantenete le distanze e non date loro da mangiare. Il giardino alpino del Lautaret, con i suoi vialetti tra le roccere, appassiona grandi e piccini, come le Maisons du Parc con le loro attività estive.</p>",
                }),
                ("paragraph", {
                    "fr": "<p>Pour les plus sportifs, les parcs accrobranches, les descentes en raft adaptées aux enfants sur les tronçons calmes et les premières voies d’escalade encadrées à Ailefroide font de belles journées. Les prestataires fixent souvent un âge ou une taille minimale, notamment pour les via ferrata : renseignez-vous avant de réserver.</p>",
                    "en": "<p>For the sportier ones, treetop adventure parks, child-friendly rafting on calmer stretches and first supervised climbs at Ailefroide make for great days out. Providers often set a minimum age or height, particularly for via ferrata, so check before booking.</p>",
                    "de": "<p>Für sportliche Familien sorgen Hochseilgärten, kindgerechte Raftingtouren auf ruhigen Abschnitten und erste betreute Kletterrouten in Ailefroide für schöne Tage. Anbieter legen oft ein Mindestalter oder eine Mindestgröße fest, besonders bei Klettersteigen: Erkundigen Sie sich vor der Buchung.</p>",
                    "it": "<p>Per i più sportivi, parchi avventura, discese in rafting adatte ai bambini sui tratti tranquilli e le prime vie d’arrampicata accompagnate ad Ailefroide regalano belle giornate. Gli operatori fissano spesso un’età o un’altezza minima, in particolare per le vie ferrate: informatevi prima di prenotare.</p>",
                }),
                ("paragraph", {
                    "fr": "<p>Une première nuit en refuge est une aventure mémorable : choisissez un refuge proche, accessible en deux ou trois heures de marche, prévoyez de bonnes chaussures et des vêtements chauds, et réservez en précisant l’âge des enfants.</p>",
                    "en": "<p>A first night in a mountain hut is an unforgettable adventure: choose a hut within two or three hours’ walk, bring good shoes and warm clothes, and mention the children’s ages when you book.</p>",
                    "de": "<p>Eine erste Hüttennacht ist ein unvergessliches Abenteuer: Wählen Sie eine Hütte, die in zwei bis drei Gehstunden erreichbar ist, denken Sie an gutes Schuhwerk und warme Kleidung und geben Sie bei der Reservierung das Alter der Kinder an.</p>",
                    "it": "<p>Una prima notte in rifugio è un’avventura indimenticabile: scegliete un rifugio raggiungibile in due o tre ore di cammino, portate buone scarpe e abiti caldi e, al momento della prenotazione, indicate l’età dei bambini.</p>",
                }),
            ],
        },
        "senior": {
            "slug": {"fr": "seniors", "en": "seniors", "de": "senioren", "it": "senior"},
            "title": {"fr": "Seniors", "en": "Seniors", "de": "Senioren", "it": "Senior"},
            "intro": {
                "fr": "<p>Patrimoine, jardins d’altitude, bains chauds et routes panoramiques : les Écrins se découvrent aussi à un rythme paisible, en juin et en septembre comme en plein été.</p>",
                "en": "<p>Heritage, high-altitude gardens, hot baths and scenic roads: the Écrins can also be enjoyed at a gentle pace, in June and September as well as in high summer.</p>",
                "de": "<p>Kulturerbe, Gärten in der Höhe, warme Bäder und Panoramastraßen: Die Écrins lassen sich auch gemächlich entdecken – im Juni und September ebenso wie im Hochsommer.</p>",
                "it": "<p>Patrimonio, giardini d’alta quota, bagni caldi e strade panoramiche: gli Écrins si scoprono anche a un ritmo tranquillo, a giugno e settembre come in piena estate.</p>",
            },
            "search_description": {
                "fr": "Les Écrins à un rythme paisible : visites guidées de Briançon, jardin du Lautaret, Route des Grandes Alpes et bains chauds.",
                "en": "The Écrins at a gentle pace: guided tours of Briançon, the Lautaret garden, the Route des Grandes Alpes and hot baths.",
                "de": "Die Écrins in Ruhe genießen: Führungen in Briançon, Lautaret-Garten, Route des Grandes Alpes und warme Bäder.",
                "it": "Gli Écrins con calma: visite guidate di Briançon, giardino del Lautaret, Route des Grandes Alpes e bagni caldi.",
            },
            "motif": "village",
            "image_alt": {
                "fr": "Illustration : maisons de village dans la douce lumière de fin de journée",
                "en": "Illustration: village houses in soft late-afternoon light",
                "de": "Illustration: Dorfhäuser im sanften Licht des späten Nachmittags",
                "it": "Illustrazione: case di paese nella luce morbida del tardo pomeriggio",
            },
            "highlights": [
                {
                    "title": {"fr": "Visites guidées de Briançon", "en": "Guided tours of Briançon", "de": "Führungen in Briançon", "it": "Visite guidate di Briançon"},
                    "text": {
                        "fr": "Avec un guide-conférencier de la Ville d’art et d’histoire, la cité Vauban, ses remparts et sa collégiale livrent leurs secrets.",
                        "en": "With a guide from the ‘Town of Art and History’, Vauban’s old town, its ramparts and collegiate church reveal their secrets.",
                        "de": "Mit einem Gästeführer der „Ville d’art et d’histoire“ geben Vauban-Altstadt, Wälle und Stiftskirche ihre Geheimnisse preis.",
                        "it": "Con una guida della «Ville d’art et d’histoire», la città di Vauban, i bastioni e la collegiata svelano i loro segreti.",
                    },
                },
                {
                    "title": {"fr": "Le jardin du Lautaret", "en": "The Lautaret garden", "de": "Der Alpengarten am Lautaret", "it": "Il giardino del Lautaret"},
                    "text": {
                        "fr": "À quelques minutes à pied du col, le jardin se visite tranquillement, au milieu de plus de 2 000 espèces de fleurs de montagne.",
                        "en": "A few minutes’ walk from the pass, the garden is an easy visit among more than 2,000 species of mountain flowers.",
                        "de": "Wenige Gehminuten vom Pass entfernt lässt sich der Garten gemütlich erkunden, inmitten von über 2000 Arten von Bergblumen.",
                        "it": "A pochi minuti a piedi dal colle, il giardino si visita con calma tra oltre 2.000 specie di fiori di montagna.",
                    },
                },
                {
                    "title": {"fr": "La Route des Grandes Alpes", "en": "The Route des Grandes Alpes", "de": "Die Route des Grandes Alpes", "it": "La Route des Grandes Alpes"},
                    "text": {
                        "fr": "Galibier, Lautaret et Izoard jalonnent cette route panoramique : des cols à parcourir en été, en prenant le temps des belvédères.",
                        "en": "The Galibier, Lautaret and Izoard passes lie on this scenic route: summer drives with plenty of time for the viewpoints.",
                        "de": "Galibier, Lautaret und Izoard liegen an dieser Panoramastraße: Pässe für den Sommer, mit Zeit für die Aussichtspunkte.",
                        "it": "Galibier, Lautaret e Izoard scandiscono questa strada panoramica: colli da percorrere d’estate, prendendosi il tempo dei belvedere.",
                    },
                },
            ],
            "body": [
                ("heading", {
                    "fr": "Prendre son temps",
                    "en": "Taking your time",
                    "de": "Sich Zeit nehmen",
                    "it": "Prendersi il proprio tempo",
                }),
                ("paragraph", {
                    "fr": "<p>Juin et septembre sont des mois privilégiés : les journées sont longues, les sentiers moins fréquentés et la lumière superbe. Les balades en fond de vallée, le long de la Guisane ou de la Gyronde, et les sites accessibles en voiture comme le Pré de Madame Carle ou le col du Lautaret ménagent les genoux tout en offrant la haute montagne en toile de fond.</p>",
                    "en": "<p>June and September are ideal: the days are long, the paths quieter and the light superb. Valley-floor walks along the Guisane or the Gyronde, and places you can reach by car such as the Pré de Madame Carle or the Col du Lautaret, are easy on the knees while keeping the high peaks as a backdrop.</p>",
                    "de": "<p>Juni und September sind ideale Monate: lange Tage, ruhigere Wege und herrliches Licht. Wanderungen im Talgrund entlang der Guisane oder der Gyronde und mit dem Auto erreichbare Orte wie der Pré de Madame Carle oder der Col du Lautaret schonen die Knie – mit dem Hochgebirge als Kulisse.</p>",
                    "it": "<p>Giugno e settembre sono mesi privilegiati: giornate lunghe, sentieri meno frequentati e una luce splendida. Le passeggiate di fondovalle lungo la Guisane o la Gyronde e i luoghi raggiungibili in auto, come il Pré de Madame Carle o il colle del Lautaret, risparmiano le ginocchia con l’alta montagna sullo sfondo.</p>",
                }),
                ("paragraph", {
                    "fr": "<p>L’altitude demande un temps d’adaptation : buvez régulièrement, protégez-vous du soleil et montez progressivement ; si vous suivez un traitement, demandez conseil à votre médecin avant le séjour. Les Grands Bains du Monêtier et la douceur de villages comme Vallouise ou Saint-Bonnet-en-Champsaur complètent un séjour reposant.</p>",
                    "en": "<p>Altitude takes some getting used to: drink regularly, protect yourself from the sun and climb gradually; if you are under medical treatment, ask your doctor’s advice before you travel. Les Grands Bains du Monêtier and the calm of villages such as Vallouise or Saint-Bonnet-en-Champsaur round off a restful stay.</p>",
                    "de": "<p>An die Höhe muss sich der Körper gewöhnen: Trinken Sie regelmäßig, schützen Sie sich vor der Sonne und steigen Sie schrittweise auf; wenn Sie in Behandlung sind, fragen Sie vor der Reise Ihren Arzt. Les Grands Bains du Monêtier und die Ruhe von Dörfern wie Vallouise oder Saint-Bonnet-en-Champsaur runden einen erholsamen Aufenthalt ab.</p>",
                    "it": "<p>L’altitudine richiede un periodo di adattamento: bevete regolarmente, proteggetevi dal sole e salite in modo graduale; se seguite una terapia, chiedete consiglio al medico prima del soggiorno. Les Grands Bains du Monêtier e la quiete di paesi come Vallouise o Saint-Bonnet-en-Champsaur completano un soggiorno riposante.</p>",
                }),
            ],
        },
        "group": {
            "slug": {"fr": "en-groupe", "en": "groups", "de": "gruppen", "it": "gruppi"},
            "title": {"fr": "En groupe", "en": "Groups", "de": "Gruppen", "it": "Gruppi"},
            "intro": {
                "fr": "<p>Séminaires au grand air, classes de découverte, clubs ou associations : les Écrins accueillent les groupes avec des activités encadrées par des professionnels de la montagne.</p>",
                "en": "<p>Outdoor seminars, school trips, clubs and associations: the Écrins welcome groups with activities led by qualified mountain professionals.</p>",
                "de": "<p>Seminare an der frischen Luft, Klassenfahrten, Vereine und Verbände: Die Écrins empfangen Gruppen mit Aktivitäten, die von Bergprofis geleitet werden.</p>",
                "it": "<p>Seminari all’aria aperta, gite scolastiche, club e associazioni: gli Écrins accolgono i gruppi con attività guidate da professionisti della montagna.</p>",
            },
            "search_description": {
                "fr": "Séjours de groupe dans les Écrins : rafting, visites de la cité Vauban, randonnées accompagnées, hébergements et conseils d’organisation.",
                "en": "Group trips to the Écrins: rafting, tours of Vauban’s Briançon, guided hikes, group accommodation and planning tips.",
                "de": "Gruppenreisen in die Écrins: Rafting, Führungen in Briançon, geführte Wanderungen, Unterkünfte und Planungstipps.",
                "it": "Soggiorni di gruppo negli Écrins: rafting, visite della Briançon di Vauban, escursioni guidate, alloggi e consigli pratici.",
            },
            "motif": "mountains",
            "image_alt": {
                "fr": "Illustration : massif montagneux aux sommets enneigés",
                "en": "Illustration: mountain massif with snowy summits",
                "de": "Illustration: Bergmassiv mit verschneiten Gipfeln",
                "it": "Illustrazione: massiccio montuoso dalle cime innevate",
            },
            "highlights": [
                {
                    "title": {"fr": "Rafting en équipe", "en": "Team rafting", "de": "Rafting im Team", "it": "Rafting di squadra"},
                    "text": {
                        "fr": "Sur la Durance et ses affluents, plusieurs bateaux naviguent ensemble, encadrés par des moniteurs diplômés : un classique des sorties de groupe.",
                        "en": "On the Durance and its tributaries, several boats run together with qualified instructors: a classic group outing.",
                        "de": "Auf der Durance und ihren Zuflüssen fahren mehrere Boote gemeinsam, begleitet von ausgebildeten Guides: ein Klassiker für Gruppen.",
                        "it": "Sulla Durance e i suoi affluenti più gommoni navigano insieme, accompagnati da istruttori qualificati: un classico delle uscite di gruppo.",
                    },
                },
                {
                    "title": {"fr": "Visites de la cité Vauban", "en": "Tours of Vauban’s Briançon", "de": "Führungen durch die Vauban-Stadt", "it": "Visite della città di Vauban"},
                    "text": {
                        "fr": "Le service Ville d’art et d’histoire de Briançon propose des visites commentées pour les groupes, sur réservation.",
                        "en": "Briançon’s Town of Art and History service offers guided tours for groups, on reservation.",
                        "de": "Der Dienst „Ville d’art et d’histoire“ von Briançon bietet Führungen für Gruppen auf Anfrage an.",
                        "it": "Il servizio «Ville d’art et d’histoire» di Briançon propone visite guidate per gruppi, su prenotazione.",
                    },
                },
                {
                    "title": {"fr": "Randonnée accompagnée", "en": "Guided hiking", "de": "Geführte Wanderungen", "it": "Escursioni accompagnate"},
                    "text": {
                        "fr": "Un accompagnateur en montagne adapte l’itinéraire au niveau du groupe et partage ce qu’il sait de la faune, de la flore et de l’histoire des vallées.",
                        "en": "A mountain leader adapts the route to the group’s level and shares what they know about the wildlife, plants and history of the valleys.",
                        "de": "Ein Wanderführer passt die Route an das Niveau der Gruppe an und erzählt von Tieren, Pflanzen und der Geschichte der Täler.",
                        "it": "Un accompagnatore di media montagna adatta l’itinerario al livello del gruppo e racconta fauna, flora e storia delle valli.",
                    },
                },
            ],
            "body": [
                ("heading", {
                    "fr": "Organiser un séjour de groupe",
                    "en": "Planning a group trip",
                    "de": "Eine Gruppenreise planen",
                    "it": "Organizzare un soggiorno di gruppo",
                }),
                ("paragraph", {
                    "fr": "<p>Briançon, la vallée de Serre-Chevalier, la Vallouise et le Champsaur disposent de centres de vacances, de gîtes de groupe et d’hôtels habitués à recevoir des groupes. En refuge, les groupes doivent réserver très tôt : les places sont limitées et les dortoirs partagés avec d’autres randonneurs.</p>",
                    "en": "<p>Briançon, the Serre-Chevalier valley, the Vallouise and the Champsaur have holiday centres, group gîtes and hotels used to hosting groups. In mountain huts, groups need to book very early: places are limited and dormitories are shared with other hikers.</p>",
                    "de": "<p>Briançon, das Tal von Serre-Chevalier, die Vallouise und das Champsaur verfügen über Ferienzentren, Gruppenunterkünfte und Hotels, die auf Gruppen eingestellt sind. Auf Hütten müssen Gruppen sehr früh reservieren: Die Plätze sind begrenzt und die Lager werden mit anderen Wanderern geteilt.</p>",
                    "it": "<p>Briançon, la valle di Serre-Chevalier, la Vallouise e il Champsaur dispongono di centri vacanze, gîtes di gruppo e hotel abituati ad accogliere gruppi. Nei rifugi i gruppi devono prenotare con largo anticipo: i posti sono limitati e i dormitori condivisi con altri escursionisti.</p>",
                }),
                ("paragraph", {
                    "fr": "<p>Pour l’encadrement, faites appel à des professionnels diplômés : guides de haute montagne pour l’alpinisme et les glaciers, accompagnateurs en montagne pour la randonnée, moniteurs pour l’escalade, le canyoning ou les eaux vives. L’office de tourisme vous aide à composer le programme et à trouver les bons interlocuteurs.</p>",
                    "en": "<p>For supervision, call on qualified professionals: high-mountain guides for mountaineering and glaciers, mountain leaders for hiking, instructors for climbing, canyoning and white water. The tourist office can help you put the programme together and find the right contacts.</p>",
                    "de": "<p>Setzen Sie für die Betreuung auf ausgebildete Profis: Bergführer für Hochtouren und Gletscher, Wanderführer für Wanderungen, Lehrer für Klettern, Canyoning und Wildwasser. Das Tourismusbüro hilft Ihnen, das Programm zusammenzustellen und die richtigen Ansprechpartner zu finden.</p>",
                    "it": "<p>Per l’accompagnamento rivolgetevi a professionisti qualificati: guide alpine per l’alpinismo e i ghiacciai, accompagnatori di media montagna per l’escursionismo, istruttori per arrampicata, canyoning e acque vive. L’ufficio del turismo vi aiuta a comporre il programma e a trovare gli interlocutori giusti.</p>",
                }),
                ("quote", {
                    "fr": "Un sommet se partage mieux qu’il ne se raconte.",
                    "en": "A summit is better shared than described.",
                    "de": "Einen Gipfel teilt man besser, als dass man von ihm erzählt.",
                    "it": "Una vetta si condivide meglio di quanto si racconti.",
                }),
            ],
        },
        "friends": {
            "slug": {"fr": "entre-amis", "en": "with-friends", "de": "mit-freunden", "it": "tra-amici"},
            "title": {"fr": "Entre amis", "en": "With friends", "de": "Mit Freunden", "it": "Tra amici"},
            "intro": {
                "fr": "<p>Descente de la Durance en raft, via ferrata au-dessus de Briançon, journée de ski à Serre-Chevalier et soirée au village : les Écrins se vivent à plusieurs.</p>",
                "en": "<p>Rafting down the Durance, a via ferrata above Briançon, a ski day at Serre-Chevalier and an evening in the village: the Écrins are best enjoyed together.</p>",
                "de": "<p>Rafting auf der Durance, Klettersteig über Briançon, ein Skitag in Serre-Chevalier und ein Abend im Dorf: Die Écrins erlebt man am besten gemeinsam.</p>",
                "it": "<p>Rafting sulla Durance, via ferrata sopra Briançon, una giornata di sci a Serre-Chevalier e una serata in paese: gli Écrins si vivono in compagnia.</p>",
            },
            "search_description": {
                "fr": "Les Écrins entre amis : rafting, via ferrata, escalade à Ailefroide, ski à Serre-Chevalier et hors-piste à La Grave avec un guide.",
                "en": "The Écrins with friends: rafting, via ferrata, climbing at Ailefroide, skiing at Serre-Chevalier and guided off-piste at La Grave.",
                "de": "Die Écrins mit Freunden: Rafting, Klettersteige, Klettern in Ailefroide, Ski in Serre-Chevalier, Freeride mit Guide in La Grave.",
                "it": "Gli Écrins tra amici: rafting, vie ferrate, arrampicata ad Ailefroide, sci a Serre-Chevalier e fuoripista con guida a La Grave.",
            },
            "motif": "mountains",
            "image_alt": {
                "fr": "Illustration : sommets enneigés et vallée sous le soleil",
                "en": "Illustration: snowy peaks and a valley in the sunshine",
                "de": "Illustration: verschneite Gipfel und ein Tal in der Sonne",
                "it": "Illustrazione: vette innevate e una valle al sole",
            },
            "highlights": [
                {
                    "title": {"fr": "Via ferrata de la Croix de Toulouse", "en": "Croix de Toulouse via ferrata", "de": "Klettersteig Croix de Toulouse", "it": "Via ferrata della Croix de Toulouse"},
                    "text": {
                        "fr": "Au-dessus de Briançon, ce parcours offre une vue plongeante sur la cité Vauban. Casque, baudrier et longes adaptés sont indispensables.",
                        "en": "Above Briançon, this route gives a bird’s-eye view of the Vauban town. A helmet, harness and proper via ferrata lanyards are essential.",
                        "de": "Über Briançon bietet dieser Steig einen Tiefblick auf die Vauban-Stadt. Helm, Gurt und ein geeignetes Klettersteigset sind Pflicht.",
                        "it": "Sopra Briançon questo percorso offre una vista a picco sulla città di Vauban. Casco, imbrago e set da ferrata adeguati sono indispensabili.",
                    },
                },
                {
                    "title": {"fr": "Hors-piste à La Grave", "en": "Off-piste at La Grave", "de": "Freeride in La Grave", "it": "Fuoripista a La Grave"},
                    "text": {
                        "fr": "Pour skieurs confirmés, les pentes non damées sous la Meije se parcourent avec un guide et l’équipement de sécurité avalanche.",
                        "en": "For experienced skiers, the ungroomed slopes below the Meije are skied with a guide and full avalanche safety gear.",
                        "de": "Für geübte Skifahrer: Die unpräparierten Hänge unter der Meije fährt man mit Bergführer und kompletter Lawinen-Notfallausrüstung.",
                        "it": "Per sciatori esperti, i pendii non battuti sotto la Meije si percorrono con una guida e l’attrezzatura di sicurezza da valanga.",
                    },
                },
                {
                    "title": {"fr": "Soirée en refuge", "en": "An evening in a hut", "de": "Ein Abend auf der Hütte", "it": "Una serata in rifugio"},
                    "text": {
                        "fr": "Partie de cartes au coucher du soleil, nuit en dortoir et départ à l’aube pour un lac ou un col : le meilleur des Écrins à partager.",
                        "en": "A game of cards at sunset, a night in the dorm and a dawn start for a lake or a pass: the best of the Écrins, shared.",
                        "de": "Kartenspiel bei Sonnenuntergang, Nacht im Lager und Aufbruch im Morgengrauen zu einem See oder Pass: das Beste der Écrins, gemeinsam.",
                        "it": "Una partita a carte al tramonto, la notte in dormitorio e la partenza all’alba verso un lago o un colle: il meglio degli Écrins, da condividere.",
                    },
                },
            ],
            "body": [
                ("heading", {
                    "fr": "Sensations partagées",
                    "en": "Shared thrills",
                    "de": "Gemeinsame Erlebnisse",
                    "it": "Emozioni condivise",
                }),
                ("paragraph", {
                    "fr": "<p>Au printemps et au début de l’été, quand la fonte des neiges gonfle les rivières, la Durance, la Guisane et la Gyronde offrent des parcours de raft, de kayak et de nage en eaux vives pour différents niveaux. En été, le canyoning, l’escalade à Ailefroide et le VTT sur les pentes de Serre-Chevalier complètent le programme.</p>",
                    "en": "<p>In spring and early summer, when snowmelt swells the rivers, the Durance, the Guisane and the Gyronde offer rafting, kayaking and hydrospeed runs for different levels. In summer, canyoning, climbing at Ailefroide and mountain biking on the slopes of Serre-Chevalier complete the programme.</p>",
                    "de": "<p>Im Frühjahr und Frühsommer, wenn die Schneeschmelze die Flüsse anschwellen lässt, bieten Durance, Guisane und Gyronde Strecken für Rafting, Kajak und Hydrospeed in verschiedenen Schwierigkeitsgraden. Im Sommer ergänzen Canyoning, Klettern in Ailefroide und Mountainbiken an den Hängen von Serre-Chevalier das Programm.</p>",
                    "it": "<p>In primavera e all’inizio dell’estate, quando lo scioglimento delle nevi ingrossa i fiumi, la Durance, la Guisane e la Gyronde offrono percorsi di rafting, kayak e hydrospeed per diversi livelli. D’estate canyoning, arrampicata ad Ailefroide e mountain bike sui pendii di Serre-Chevalier completano il programma.</p>",
                }),
                ("paragraph", {
                    "fr": "<p>L’hiver, le domaine de Serre-Chevalier, qui s’étend de Briançon au Monêtier-les-Bains, compte parmi les plus grands des Alpes du Sud, tandis que La Grave attire les amateurs de hors-piste engagé, à pratiquer avec un guide. Le soir, Briançon et les villages de la vallée ne manquent pas de tables conviviales pour refaire la journée.</p>",
                    "en": "<p>In winter, the Serre-Chevalier ski area, stretching from Briançon to Le Monêtier-les-Bains, is one of the largest in the Southern Alps, while La Grave draws lovers of serious off-piste, to be skied with a guide. In the evening, Briançon and the valley villages have plenty of friendly tables where you can relive the day.</p>",
                    "de": "<p>Im Winter zählt das Skigebiet Serre-Chevalier, das sich von Briançon bis Le Monêtier-les-Bains erstreckt, zu den größten der Südalpen, während La Grave Liebhaber von anspruchsvollem Gelände abseits der Pisten anzieht – nur mit Bergführer. Abends bieten Briançon und die Dörfer im Tal genug gesellige Lokale, um den Tag Revue passieren zu lassen.</p>",
                    "it": "<p>D’inverno il comprensorio di Serre-Chevalier, che si estende da Briançon a Le Monêtier-les-Bains, è tra i più grandi delle Alpi del Sud, mentre La Grave attira gli amanti del fuoripista impegnativo, da praticare con una guida. La sera Briançon e i paesi della valle non mancano di tavole conviviali per raccontarsi la giornata.</p>",
                }),
            ],
        },
    },
    "pages": [
        {
            "slug": {"fr": "venir-et-se-deplacer", "en": "getting-here-and-around", "de": "anreise-und-mobilitaet", "it": "come-arrivare-e-spostarsi"},
            "title": {"fr": "Venir et se déplacer", "en": "Getting here and around", "de": "Anreise und Mobilität vor Ort", "it": "Come arrivare e spostarsi"},
            "intro": {
                "fr": "<p>Train de nuit, TER, cars régionaux ou routes de cols : toutes les manières de rejoindre Briançon et les vallées des Écrins, puis de s’y déplacer.</p>",
                "en": "<p>Night train, regional trains, coaches or mountain-pass roads: all the ways to reach Briançon and the valleys of the Écrins, and to get around once you are here.</p>",
                "de": "<p>Nachtzug, Regionalzüge, Busse oder Passstraßen: alle Wege nach Briançon und in die Täler der Écrins – und wie man sich vor Ort fortbewegt.</p>",
                "it": "<p>Treno notturno, treni regionali, autobus o strade di valico: tutti i modi per raggiungere Briançon e le valli degli Écrins, e per spostarsi una volta arrivati.</p>",
            },
            "search_description": {
                "fr": "Venir dans les Écrins : train de nuit Paris–Briançon, TER, cars régionaux, routes du Lautaret et de la Durance, mobilité sur place.",
                "en": "Getting to the Écrins: the Paris–Briançon night train, regional trains, coaches, the Lautaret and Durance roads, local transport.",
                "de": "Anreise in die Écrins: Nachtzug Paris–Briançon, Regionalzüge, Busse, Straßen über den Lautaret und durchs Durance-Tal.",
                "it": "Arrivare negli Écrins: treno notturno Parigi–Briançon, treni regionali, autobus, strade del Lautaret e della Durance, trasporti locali.",
            },
            "motif": "mountains",
            "image_alt": {
                "fr": "Illustration : vallée alpine entourée de sommets enneigés",
                "en": "Illustration: alpine valley surrounded by snowy peaks",
                "de": "Illustration: Alpental, umgeben von verschneiten Gipfeln",
                "it": "Illustrazione: valle alpina circondata da vette innevate",
            },
            "body": [
                ("heading", {"fr": "En train", "en": "By train", "de": "Mit dem Zug", "it": "In treno"}),
                ("paragraph", {
                    "fr": "<p>Briançon est le terminus de la ligne qui remonte la vallée de la Durance par Gap et Embrun. Un train de nuit Intercités relie Paris-Austerlitz à Briançon, avec des arrêts dans la vallée, notamment à Gap, Embrun et L’Argentière-les-Écrins, la gare la plus proche de Vallouise. Des TER circulent depuis Marseille par Sisteron et Gap, ainsi que depuis Grenoble et Valence avec correspondance. Autre option : certains trains à grande vitesse entre Paris et Milan s’arrêtent à Oulx, en Italie, d’où des cars rejoignent Briançon par le col de Montgenèvre. Horaires et jours de circulation varient, notamment en période de travaux : vérifiez-les avant de réserver.</p>",
                    "en": "<p>Briançon is the terminus of the line that climbs the Durance valley via Gap and Embrun. An Intercités night train links Paris-Austerlitz with Briançon, stopping in the valley at Gap, Embrun and L’Argentière-les-Écrins, the nearest station to Vallouise, among others. Regional TER trains run from Marseille via Sisteron and Gap, and from Grenoble and Valence with a change. Another option: some high-speed trains between Paris and Milan stop at Oulx in Italy, from where coaches reach Briançon over the Col de Montgenèvre. Timetables and operating days vary, especially during engineering works, so check before booking.</p>",
                    "de": "<p>Briançon ist Endstation der Bahnlinie, die über Gap und Embrun das Durance-Tal hinaufführt. Ein Intercités-Nachtzug verbindet Paris-Austerlitz mit Briançon und hält im Tal unter anderem in Gap, Embrun und L’Argentière-les-Écrins, dem nächstgelegenen Bahnhof für Vallouise. TER-Regionalzüge fahren von Marseille über Sisteron und Gap sowie mit Umstieg von Grenoble und Valence. Alternativ halten einige Hochgeschwindigkeitszüge zwischen Paris und Mailand im italienischen Oulx; von dort fahren Busse über den Col de Montgenèvre nach Briançon. Fahrpläne und Verkehrstage ändern sich, besonders bei Bauarbeiten: Prüfen Sie sie vor der Buchung.</p>",
                    "it": "<p>Briançon è il capolinea della ferrovia che risale la valle della Durance passando per Gap ed Embrun. Un treno notturno Intercités collega Parigi-Austerlitz a Briançon, con fermate nella valle tra cui Gap, Embrun e L’Argentière-les-Écrins, la stazione più vicina a Vallouise. I treni regionali TER arrivano da Marsiglia via Sisteron e Gap, e da Grenoble e Valence con cambio. In alternativa, alcuni treni ad alta velocità tra Parigi e Milano fermano a Oulx, in Italia, da dove gli autobus raggiungono Briançon attraverso il colle del Monginevro. Orari e giorni di circolazione variano, soprattutto durante i lavori: verificateli prima di prenotare.</p>",
                }),
                ("heading", {"fr": "En voiture", "en": "By car", "de": "Mit dem Auto", "it": "In auto"}),
                ("paragraph", {
                    "fr": "<p>Depuis Grenoble, la route passe par Le Bourg-d’Oisans, La Grave et le col du Lautaret (2 058 m) avant de descendre la vallée de la Guisane vers Briançon ; elle peut être fermée temporairement en cas de risque d’avalanche. Depuis Gap, la route nationale remonte la Durance par Embrun et L’Argentière-la-Bessée. Le Champsaur et le Valgaudemar se rejoignent depuis Gap par le col Bayard, sur la route Napoléon. Du 1er novembre au 31 mars, pneus hiver ou chaînes sont obligatoires dans les communes de montagne concernées, et les cols du Galibier et de l’Izoard sont fermés en hiver.</p>",
                    "en": "<p>From Grenoble, the road runs via Le Bourg-d’Oisans, La Grave and the Col du Lautaret (2,058 m) before descending the Guisane valley to Briançon; it can be closed temporarily when there is an avalanche risk. From Gap, the main road follows the Durance up via Embrun and L’Argentière-la-Bessée. The Champsaur and the Valgaudemar are reached from Gap over the Col Bayard, on the Route Napoléon. From 1 November to 31 March, winter tyres or snow chains are compulsory in the designated mountain municipalities, and the Galibier and Izoard passes are closed in winter.</p>",
                    "de": "<p>Von Grenoble führt die Straße über Le Bourg-d’Oisans, La Grave und den Col du Lautaret (2058 m) und dann durch das Guisane-Tal hinunter nach Briançon; bei Lawinengefahr kann sie vorübergehend gesperrt sein. Von Gap aus folgt die Nationalstraße der Durance über Embrun und L’Argentière-la-Bessée. Champsaur und Valgaudemar erreicht man von Gap über den Col Bayard auf der Route Napoléon. Vom 1. November bis 31. März sind in den betroffenen Berggemeinden Winterreifen oder Schneeketten Pflicht; Galibier und Izoard sind im Winter gesperrt.</p>",
                    "it": "<p>Da Grenoble la strada passa per Le Bourg-d’Oisans, La Grave e il colle del Lautaret (2.058 m) prima di scendere la valle della Guisane fino a Briançon; può essere chiusa temporaneamente in caso di pericolo valanghe. Da Gap la strada nazionale risale la Durance passando per Embrun e L’Argentière-la-Bessée. Il Champsaur e il Valgaudemar si raggiungono da Gap attraverso il colle Bayard, sulla Route Napoléon. Dal 1° novembre al 31 marzo pneumatici invernali o catene sono obbligatori nei comuni di montagna interessati, e i colli del Galibier e dell’Izoard sono chiusi d’inverno.</p>",
                }),
                ("heading", {"fr": "Sur place sans voiture", "en": "Getting around without a car", "de": "Vor Ort ohne Auto", "it": "Sul posto senz’auto"}),
                ("paragraph", {
                    "fr": "<p>Le réseau régional ZOU! relie Briançon à Gap et dessert plusieurs villages des vallées, et des cars circulent entre Briançon et Grenoble par le Lautaret. À Briançon, la télécabine du Prorel relie la ville au domaine de Serre-Chevalier. En saison, des navettes desservent certains sites très fréquentés : l’office de tourisme vous communique les horaires en vigueur et vous aide à organiser vos trajets.</p>",
                    "en": "<p>The regional ZOU! network links Briançon with Gap and serves several villages in the valleys, and coaches run between Briançon and Grenoble over the Lautaret. In Briançon, the Prorel gondola connects the town with the Serre-Chevalier ski area. In season, shuttles serve some of the busiest sites: the tourist office has the current timetables and can help you plan your journeys.</p>",
                    "de": "<p>Das regionale Netz ZOU! verbindet Briançon mit Gap und bedient mehrere Dörfer in den Tälern; außerdem fahren Busse zwischen Briançon und Grenoble über den Lautaret. In Briançon verbindet die Prorel-Kabinenbahn die Stadt mit dem Skigebiet Serre-Chevalier. In der Saison fahren Shuttles zu einigen stark besuchten Orten: Das Tourismusbüro kennt die aktuellen Fahrpläne und hilft bei der Planung.</p>",
                    "it": "<p>La rete regionale ZOU! collega Briançon a Gap e serve diversi paesi delle valli, e alcuni autobus circolano tra Briançon e Grenoble attraverso il Lautaret. A Briançon la cabinovia del Prorel collega la città al comprensorio di Serre-Chevalier. In stagione alcune navette servono i siti più frequentati: l’ufficio del turismo vi fornisce gli orari aggiornati e vi aiuta a organizzare gli spostamenti.</p>",
                }),
            ],
        },
        {
            "slug": {"fr": "infos-pratiques", "en": "practical-information", "de": "praktische-informationen", "it": "informazioni-pratiche"},
            "title": {
                "fr": "Infos pratiques : sécurité, météo, refuges",
                "en": "Practical information: safety, weather, huts",
                "de": "Praktische Infos: Sicherheit, Wetter, Hütten",
                "it": "Informazioni pratiche: sicurezza, meteo, rifugi",
            },
            "intro": {
                "fr": "<p>Préparer sa sortie, lire la météo de montagne et réserver une nuit en refuge : les bons réflexes pour profiter des Écrins en toute sécurité.</p>",
                "en": "<p>Preparing your outing, reading the mountain forecast and booking a night in a hut: the right habits for enjoying the Écrins safely.</p>",
                "de": "<p>Touren vorbereiten, den Bergwetterbericht lesen und eine Hüttennacht reservieren: die richtigen Gewohnheiten, um die Écrins sicher zu genießen.</p>",
                "it": "<p>Preparare l’uscita, leggere il meteo di montagna e prenotare una notte in rifugio: le buone abitudini per godersi gli Écrins in sicurezza.</p>",
            },
            "search_description": {
                "fr": "Sécurité en montagne, météo et bulletin d’avalanche, réservation des refuges, numéro d’urgence 112 : les infos pratiques des Écrins.",
                "en": "Mountain safety, weather and avalanche bulletins, booking huts, the 112 emergency number: practical information for the Écrins.",
                "de": "Sicherheit am Berg, Wetter und Lawinenlagebericht, Hüttenreservierung, Notruf 112: praktische Infos für die Écrins.",
                "it": "Sicurezza in montagna, meteo e bollettino valanghe, prenotazione dei rifugi, numero d’emergenza 112: informazioni pratiche.",
            },
            "motif": "forest",
            "image_alt": {
                "fr": "Illustration : forêt de montagne sur des pentes verdoyantes",
                "en": "Illustration: mountain forest on green slopes",
                "de": "Illustration: Bergwald an grünen Hängen",
                "it": "Illustrazione: bosco di montagna su verdi pendii",
            },
            "body": [
                ("heading", {"fr": "Sécurité en montagne", "en": "Mountain safety", "de": "Sicherheit am Berg", "it": "Sicurezza in montagna"}),
                ("paragraph", {
                    "fr": "<p>Choisissez un itinéraire adapté au niveau de chacun, partez tôt et emportez vêtements chauds, eau, carte et trousse de secours, même en plein été. Sur glacier, corde, baudrier, crampons et maîtrise du sauvetage en crevasse sont indispensables : à défaut, faites appel à un guide de haute montagne. Au cœur du parc national, les chiens ne sont pas admis et la cueillette est interdite. Le secours en montagne est assuré notamment par le PGHM de Briançon ; en cas d’urgence, composez le 112.</p>",
                    "en": "<p>Choose a route that suits everyone’s level, set off early and carry warm clothes, water, a map and a first-aid kit, even in midsummer. On glaciers, a rope, harness, crampons and crevasse-rescue skills are essential; if you lack them, hire a high-mountain guide. In the core of the national park, dogs are not allowed and picking plants is prohibited. Mountain rescue is provided notably by the PGHM gendarmerie unit in Briançon; in an emergency, call 112.</p>",
                    "de": "<p>Wählen Sie eine Route, die zum Können aller passt, brechen Sie früh auf und nehmen Sie warme Kleidung, Wasser, Karte und Erste-Hilfe-Set mit, auch im Hochsommer. Auf dem Gletscher sind Seil, Gurt, Steigeisen und Kenntnisse der Spaltenbergung unerlässlich – sonst buchen Sie einen Bergführer. Im Kerngebiet des Nationalparks sind Hunde nicht erlaubt und Pflanzenpflücken verboten. Die Bergrettung übernimmt unter anderem die Gendarmerie-Bergrettung PGHM in Briançon; im Notfall wählen Sie die 112.</p>",
                    "it": "<p>Scegliete un itinerario adatto al livello di tutti, partite presto e portate abiti caldi, acqua, carta e kit di pronto soccorso, anche in piena estate. Sui ghiacciai corda, imbrago, ramponi e tecniche di recupero da crepaccio sono indispensabili: altrimenti rivolgetevi a una guida alpina. Nel cuore del parco nazionale i cani non sono ammessi e la raccolta di piante è vietata. Il soccorso in montagna è garantito in particolare dal PGHM, il reparto di soccorso alpino della gendarmeria di Briançon; in caso di emergenza chiamate il 112.</p>",
                }),
                ("heading", {"fr": "Météo et saisons", "en": "Weather and seasons", "de": "Wetter und Jahreszeiten", "it": "Meteo e stagioni"}),
                ("paragraph", {
                    "fr": "<p>Le climat des Écrins est plutôt sec et ensoleillé, mais le temps change vite en montagne : en été, les orages éclatent souvent l’après-midi, et il peut neiger en haute altitude en toute saison. Consultez la veille et le matin même les prévisions montagne de Météo-France et, en hiver comme au printemps, le bulletin d’estimation du risque d’avalanche (BERA). Les routes des hauts cols sont fermées une partie de l’année, et de nombreux refuges ne sont gardés qu’en été.</p>",
                    "en": "<p>The Écrins climate is fairly dry and sunny, but mountain weather changes fast: in summer, thunderstorms often break in the afternoon, and snow can fall at high altitude in any season. Check Météo-France’s mountain forecast the day before and again that morning and, in winter and spring, the avalanche risk bulletin (BERA). The high pass roads are closed for part of the year, and many huts are only staffed in summer.</p>",
                    "de": "<p>Das Klima der Écrins ist eher trocken und sonnig, doch das Bergwetter schlägt schnell um: Im Sommer gibt es oft Nachmittagsgewitter, und in großer Höhe kann es zu jeder Jahreszeit schneien. Prüfen Sie am Vortag und am Morgen den Bergwetterbericht von Météo-France und im Winter wie im Frühjahr den Lawinenlagebericht (BERA). Die Straßen über die hohen Pässe sind einen Teil des Jahres gesperrt, und viele Hütten sind nur im Sommer bewirtschaftet.</p>",
                    "it": "<p>Il clima degli Écrins è piuttosto secco e soleggiato, ma il tempo in montagna cambia in fretta: d’estate i temporali scoppiano spesso nel pomeriggio e in alta quota può nevicare in ogni stagione. Consultate il giorno prima e la mattina stessa le previsioni di montagna di Météo-France e, d’inverno e in primavera, il bollettino valanghe (BERA). Le strade dei colli più alti sono chiuse per parte dell’anno e molti rifugi sono custoditi solo d’estate.</p>",
                }),
                ("heading", {"fr": "Refuges : réserver et s’y préparer", "en": "Mountain huts: booking and preparing", "de": "Hütten: reservieren und vorbereiten", "it": "Rifugi: prenotare e prepararsi"}),
                ("paragraph", {
                    "fr": "<p>La plupart des refuges sont gardés de la mi-juin à la mi-septembre, certains aussi au printemps pour le ski de randonnée. Réservez toujours, directement auprès du gardien ou sur la plateforme de réservation en ligne indiquée par le refuge, et prévenez en cas d’annulation ou de retard. Emportez un drap de sac, une lampe frontale et de quoi payer, car la carte bancaire n’est pas toujours acceptée. Hors période de gardiennage, seul un local d’hiver sommaire reste ouvert.</p>",
                    "en": "<p>Most huts are staffed from mid-June to mid-September, and some also in spring for ski touring. Always book, either directly with the warden or through the online booking platform the hut indicates, and let them know if you cancel or are running late. Bring a sleeping-bag liner, a head torch and a means of payment, as cards are not always accepted. Outside the staffed season, only a basic winter room stays open.</p>",
                    "de": "<p>Die meisten Hütten sind von Mitte Juni bis Mitte September bewirtschaftet, einige auch im Frühjahr für Skitourengeher. Reservieren Sie immer, direkt beim Hüttenwirt oder über die Online-Buchungsplattform, die die Hütte angibt, und melden Sie sich bei Absage oder Verspätung. Nehmen Sie einen Hüttenschlafsack, eine Stirnlampe und Zahlungsmittel mit, denn Karten werden nicht überall akzeptiert. Außerhalb der Bewirtschaftung ist nur ein einfacher Winterraum geöffnet.</p>",
                    "it": "<p>La maggior parte dei rifugi è custodita da metà giugno a metà settembre, alcuni anche in primavera per lo scialpinismo. Prenotate sempre, direttamente presso il gestore o sulla piattaforma di prenotazione online indicata dal rifugio, e avvisate in caso di disdetta o ritardo. Portate un sacco lenzuolo, una lampada frontale e il necessario per pagare, perché la carta non è sempre accettata. Fuori dal periodo di custodia resta aperto solo un locale invernale essenziale.</p>",
                }),
            ],
        },
    ],
}
