"""Mercantour (Côte d’Azur): demo content in French (source), English, German and Italian.

Facts come from public references (INSEE codes, Parc national du Mercantour, Musée des Merveilles);
timetables, opening seasons and access rules change, so the prose sends visitors to the tourist office
or the park for up-to-date details. The dict is built in a few blocks (interests, audiences, pages)
to keep the file readable.
"""

DESTINATION = {
    "slug": "mercantour",
    "name": "Mercantour",
    "brand": "cote-azur",
    "theme": "azur",
    "motif": "mountains",
    "languages": ["fr", "en", "de", "it"],
    "communes": [
        {"insee": "06163", "name": "Tende", "postal_code": "06430", "lat": 44.0875, "lon": 7.5936},
        {"insee": "06127", "name": "Saint-Martin-Vésubie", "postal_code": "06450", "lat": 44.0689, "lon": 7.2558},
        {"insee": "06132", "name": "Saorge", "postal_code": "06540", "lat": 43.9875, "lon": 7.5525},
        {"insee": "06073", "name": "Isola", "postal_code": "06420", "lat": 44.1867, "lon": 7.0536},
        {"insee": "06023", "name": "Breil-sur-Roya", "postal_code": "06540", "lat": 43.9378, "lon": 7.5142},
    ],
    "bbox": (6.6, 43.9, 7.7, 44.4),
    "apidae_selection_ids": [],
    "sectors": ["outdoor", "ecotourism", "heritage"],
    "office": {
        "office_name": "Office de tourisme Mercantour (démo)",
        "street_address": "Place Félix Faure",
        "postal_code": "06450",
        "city": "Saint-Martin-Vésubie",
        "phone": "04 93 03 21 28",
        "email": "contact@mercantour-demo.example",
        "website": "https://mercantour-demo.example/",
    },
    # ------------------------------------------------------------------------------------------------
    "home": {
        "title": {"fr": "Mercantour", "en": "Mercantour", "de": "Mercantour", "it": "Mercantour"},
        "hero_title": {
            "fr": "Mercantour, de la mer aux sommets",
            "en": "Mercantour, from sea to summits",
            "de": "Mercantour – vom Meer zu den Gipfeln",
            "it": "Mercantour, dal mare alle vette",
        },
        "hero_tagline": {
            "fr": "Un parc national, la Vallée des Merveilles et des villages perchés à moins de deux heures de Nice",
            "en": "A national park, the Vallée des Merveilles and hilltop villages less than two hours from Nice",
            "de": "Ein Nationalpark, das Vallée des Merveilles und Bergdörfer, keine zwei Stunden von Nizza",
            "it": "Un parco nazionale, la Vallée des Merveilles e borghi arroccati a meno di due ore da Nizza",
        },
        "intro": {
            "fr": (
                "<p>Au-dessus de Nice, les vallées de la Roya, de la Vésubie, de la Tinée et du haut Var montent en "
                "une heure et demie environ du littoral aux cimes de plus de 3 000 mètres. Créé en 1979, le Parc "
                "national du Mercantour protège ici mélèzes, lacs d’altitude, chamois, bouquetins et loups, et "
                "veille sur les gravures de l’âge du bronze de la Vallée des Merveilles.</p>"
                "<p>En bas, des villages perchés comme Saorge, Tende ou Saint-Martin-Vésubie gardent leurs ruelles, "
                "leurs chapelles peintes et leurs fromages de brebis. L’été se vit sur les sentiers et au bord des "
                "torrents, l’hiver à Isola 2000, Auron ou Valberg, toujours sous le soleil du Sud.</p>"
            ),
            "en": (
                "<p>Above Nice, the Roya, Vésubie, Tinée and upper Var valleys climb in about an hour and a half "
                "from the coast to peaks of over 3,000 metres. Created in 1979, the Mercantour National Park "
                "protects larch forests, high lakes, chamois, ibex and wolves, and watches over the Bronze Age "
                "rock engravings of the Vallée des Merveilles.</p>"
                "<p>Lower down, hilltop villages such as Saorge, Tende and Saint-Martin-Vésubie keep their narrow "
                "lanes, painted chapels and sheep’s cheeses. Summer is for trails and mountain streams, winter for "
                "Isola 2000, Auron and Valberg, always under the southern sun.</p>"
            ),
            "de": (
                "<p>Oberhalb von Nizza steigen die Täler von Roya, Vésubie, Tinée und oberem Var in rund anderthalb "
                "Stunden von der Küste bis zu Gipfeln über 3.000 Metern an. Der 1979 gegründete Nationalpark "
                "Mercantour schützt Lärchenwälder, Bergseen, Gämsen, Steinböcke und Wölfe – und die "
                "bronzezeitlichen Felsgravuren des Vallée des Merveilles.</p>"
                "<p>Weiter unten bewahren Bergdörfer wie Saorge, Tende und Saint-Martin-Vésubie ihre Gassen, ihre "
                "bemalten Kapellen und ihren Schafskäse. Der Sommer gehört den Wanderwegen und Gebirgsbächen, der "
                "Winter Isola 2000, Auron und Valberg – stets unter der Sonne des Südens.</p>"
            ),
            "it": (
                "<p>Sopra Nizza, le valli della Roya, della Vésubie, della Tinée e dell’alto Var salgono in circa "
                "un’ora e mezza dal litorale a cime di oltre 3.000 metri. Istituito nel 1979, il Parco nazionale "
                "del Mercantour protegge lariceti, laghi d’alta quota, camosci, stambecchi e lupi, e custodisce le "
                "incisioni rupestri dell’età del bronzo della Vallée des Merveilles.</p>"
                "<p>Più in basso, borghi arroccati come Saorge, Tende e Saint-Martin-Vésubie conservano i loro "
                "vicoli, le cappelle affrescate e i formaggi di pecora. L’estate si vive sui sentieri e lungo i "
                "torrenti, l’inverno a Isola 2000, Auron e Valberg, sempre sotto il sole del Sud.</p>"
            ),
        },
        "search_description": {
            "fr": "Mercantour : parc national, Vallée des Merveilles, Saorge, Tende, Saint-Martin-Vésubie, ski à Isola 2000 et Auron, à 1 h 30 de Nice.",
            "en": "Mercantour: national park, Vallée des Merveilles, Saorge, Tende, Saint-Martin-Vésubie, skiing at Isola 2000 and Auron, 1.5 h from Nice.",
            "de": "Mercantour: Nationalpark, Vallée des Merveilles, Saorge, Tende, Saint-Martin-Vésubie, Skifahren in Isola 2000 und Auron, 1,5 h von Nizza.",
            "it": "Mercantour: parco nazionale, Vallée des Merveilles, Saorge, Tende, Saint-Martin-Vésubie, sci a Isola 2000 e Auron, a 1 h 30 da Nizza.",
        },
        "image_alt": {
            "fr": "Illustration : crêtes du Mercantour au-dessus d’une vallée boisée de mélèzes",
            "en": "Illustration: Mercantour ridges above a valley wooded with larches",
            "de": "Illustration: Bergkämme des Mercantour über einem Tal mit Lärchenwäldern",
            "it": "Illustrazione: creste del Mercantour sopra una valle boscosa di larici",
        },
    },
    # ------------------------------------------------------------------------------------------------
    "interests": {
        "culture": {
            "slug": {"fr": "culture-et-patrimoine", "en": "culture-and-heritage", "de": "kultur-und-erbe", "it": "cultura-e-patrimonio"},
            "title": {"fr": "Culture et patrimoine", "en": "Culture & heritage", "de": "Kultur & Erbe", "it": "Cultura e patrimonio"},
            "intro": {
                "fr": "<p>Gravures de l’âge du bronze, chapelles peintes du XVe siècle, villages de pierre et de lauzes accrochés à la pente : les vallées du Mercantour racontent quatre mille ans de passages entre la mer et le Piémont.</p>",
                "en": "<p>Bronze Age engravings, 15th-century painted chapels, villages of stone and slate clinging to the slopes: the Mercantour valleys tell four thousand years of crossings between the sea and Piedmont.</p>",
                "de": "<p>Bronzezeitliche Gravuren, bemalte Kapellen aus dem 15. Jahrhundert, Dörfer aus Stein und Schiefer am steilen Hang: Die Täler des Mercantour erzählen von viertausend Jahren Verkehr zwischen Meer und Piemont.</p>",
                "it": "<p>Incisioni dell’età del bronzo, cappelle affrescate del Quattrocento, borghi di pietra e lose aggrappati al pendio: le valli del Mercantour raccontano quattromila anni di passaggi tra il mare e il Piemonte.</p>",
            },
            "search_description": {
                "fr": "Patrimoine du Mercantour : Musée des Merveilles à Tende, Notre-Dame-des-Fontaines à La Brigue, Saorge et son couvent, villages de la Roya.",
                "en": "Mercantour heritage: the Musée des Merveilles in Tende, Notre-Dame-des-Fontaines in La Brigue, Saorge and its friary, Roya villages.",
                "de": "Kulturerbe im Mercantour: Musée des Merveilles in Tende, Notre-Dame-des-Fontaines in La Brigue, Saorge mit Kloster, Dörfer der Roya.",
                "it": "Patrimonio del Mercantour: Musée des Merveilles a Tende, Notre-Dame-des-Fontaines a La Brigue, Saorge e il suo convento, borghi della Roya.",
            },
            "motif": "village",
            "image_alt": {
                "fr": "Illustration : village perché aux toits de lauzes au-dessus des gorges",
                "en": "Illustration: hilltop village with slate roofs above a gorge",
                "de": "Illustration: Bergdorf mit Schieferdächern über einer Schlucht",
                "it": "Illustrazione: borgo arroccato con tetti di lose sopra le gole",
            },
            "highlights": [
                {
                    "title": {"fr": "Musée des Merveilles, Tende", "en": "Musée des Merveilles, Tende", "de": "Musée des Merveilles, Tende", "it": "Musée des Merveilles, Tende"},
                    "text": {
                        "fr": "Le musée départemental présente les gravures du mont Bégo, moulages et originaux, et la vie des hommes de l’âge du bronze. Idéal avant de monter aux Merveilles.",
                        "en": "The departmental museum presents the Mont Bégo engravings, in casts and originals, and the life of Bronze Age people. Ideal before heading up to the Merveilles.",
                        "de": "Das Départementsmuseum zeigt die Gravuren des Mont Bégo als Abgüsse und Originale sowie das Leben der Bronzezeit. Ideal vor dem Aufstieg zu den Merveilles.",
                        "it": "Il museo dipartimentale presenta le incisioni del monte Bego, in calchi e originali, e la vita degli uomini dell’età del bronzo. Ideale prima di salire alle Merveilles.",
                    },
                },
                {
                    "title": {"fr": "Notre-Dame-des-Fontaines", "en": "Notre-Dame-des-Fontaines", "de": "Notre-Dame-des-Fontaines", "it": "Notre-Dame-des-Fontaines"},
                    "text": {
                        "fr": "Près de La Brigue, cette chapelle isolée est couverte de fresques de Jean Canavesio et Jean Baleison (XVe siècle), surnommée « la chapelle Sixtine des Alpes du Sud ».",
                        "en": "Near La Brigue, this isolated chapel is covered with 15th-century frescoes by Giovanni Canavesio and Jean Baleison, nicknamed “the Sistine Chapel of the Southern Alps”.",
                        "de": "Die einsame Kapelle bei La Brigue ist mit Fresken von Canavesio und Baleison (15. Jh.) ausgemalt und wird „Sixtinische Kapelle der Südalpen“ genannt.",
                        "it": "Vicino a La Brigue, questa cappella isolata è coperta di affreschi quattrocenteschi di Giovanni Canavesio e Jean Baleison: la «Cappella Sistina delle Alpi del Sud».",
                    },
                },
                {
                    "title": {"fr": "Saorge, village en amphithéâtre", "en": "Saorge, a tiered village", "de": "Saorge, Dorf in Terrassen", "it": "Saorge, borgo ad anfiteatro"},
                    "text": {
                        "fr": "Ses maisons hautes s’étagent au-dessus des gorges de la Roya. On y visite le couvent franciscain du XVIIe siècle et l’église Saint-Sauveur, par des ruelles sans voitures.",
                        "en": "Its tall houses rise in tiers above the Roya gorges. Car-free lanes lead to the 17th-century Franciscan friary and the church of Saint-Sauveur.",
                        "de": "Hohe Häuser staffeln sich über der Roya-Schlucht. Autofreie Gassen führen zum Franziskanerkloster aus dem 17. Jahrhundert und zur Kirche Saint-Sauveur.",
                        "it": "Le sue case alte si affacciano a gradoni sulle gole della Roya. Vicoli senza auto portano al convento francescano del Seicento e alla chiesa di Saint-Sauveur.",
                    },
                },
            ],
            "body": [
                ("heading", {"fr": "La Roya, une vallée frontière", "en": "The Roya, a border valley", "de": "Die Roya, ein Grenztal", "it": "La Roya, una valle di confine"}),
                ("paragraph", {
                    "fr": "<p>Longtemps route du sel entre Nice et le Piémont, la haute Roya n’est française que depuis 1947 : Tende et La Brigue gardent de cette histoire leurs églises baroques, leurs toits de schiste vert et des noms de rues qui chantent l’italien. À Tende, la collégiale Notre-Dame-de-l’Assomption et le pan de mur du château des Lascaris dominent la vieille ville ; à Saint-Dalmas-de-Tende, l’immense gare construite par l’Italie surprend les voyageurs du train.</p>",
                    "en": "<p>Long a salt road between Nice and Piedmont, the upper Roya has only been French since 1947: Tende and La Brigue keep from that history their baroque churches, green schist roofs and street names with an Italian ring. In Tende, the collegiate church of Notre-Dame-de-l’Assomption and the last wall of the Lascaris castle overlook the old town; at Saint-Dalmas-de-Tende, the huge station built by Italy surprises rail travellers.</p>",
                    "de": "<p>Die obere Roya, lange eine Salzstraße zwischen Nizza und dem Piemont, ist erst seit 1947 französisch: Tende und La Brigue bewahren aus dieser Zeit ihre Barockkirchen, ihre Dächer aus grünem Schiefer und italienisch klingende Straßennamen. In Tende überragen die Stiftskirche Notre-Dame-de-l’Assomption und die letzte Mauer der Burg der Lascaris die Altstadt; in Saint-Dalmas-de-Tende überrascht der riesige, von Italien erbaute Bahnhof die Reisenden.</p>",
                    "it": "<p>A lungo via del sale tra Nizza e il Piemonte, l’alta Roya è francese solo dal 1947: Tende e La Brigue conservano di quella storia le chiese barocche, i tetti di scisto verde e nomi di vie dal suono italiano. A Tende la collegiata di Notre-Dame-de-l’Assomption e l’ultimo muro del castello dei Lascaris dominano il centro storico; a Saint-Dalmas-de-Tende l’enorme stazione costruita dall’Italia sorprende chi arriva in treno.</p>",
                }),
                ("paragraph", {
                    "fr": "<p>Côté Vésubie, Saint-Martin-Vésubie aligne ses maisons à balcons de bois le long de la rue du Docteur-Cagnoli, où une rigole d’eau vive, la « gargouille », court au milieu des pavés. Chaque été, la statue de la Madone de Fenestre monte en procession à son sanctuaire d’altitude et n’en redescend qu’en septembre.</p>",
                    "en": "<p>In the Vésubie, Saint-Martin-Vésubie lines up its houses with wooden balconies along the rue du Docteur-Cagnoli, where a channel of running water, the “gargouille”, flows down the middle of the cobbles. Every summer, the statue of the Madone de Fenestre is carried in procession up to its mountain sanctuary and only comes down again in September.</p>",
                    "de": "<p>Im Vésubie-Tal reiht Saint-Martin-Vésubie seine Häuser mit Holzbalkonen an der Rue du Docteur-Cagnoli auf, in deren Mitte ein Wasserlauf, die „Gargouille“, über das Pflaster rinnt. Jeden Sommer wird die Statue der Madone de Fenestre in einer Prozession zu ihrem hoch gelegenen Heiligtum getragen und kehrt erst im September zurück.</p>",
                    "it": "<p>In Vésubie, Saint-Martin-Vésubie allinea le sue case dai balconi di legno lungo la rue du Docteur-Cagnoli, dove un canaletto d’acqua viva, la «gargouille», scorre in mezzo al selciato. Ogni estate la statua della Madone de Fenestre sale in processione al suo santuario d’alta quota e ridiscende solo a settembre.</p>",
                }),
            ],
        },
    },
    "audiences": {},
    "pages": [],
}

# ----------------------------------------------------------------------------------------------------
DESTINATION["interests"].update({
    "adventure": {
        "slug": {"fr": "aventure-et-plein-air", "en": "adventure-and-outdoors", "de": "abenteuer-und-natur-aktiv", "it": "avventura-e-outdoor"},
        "title": {"fr": "Aventure et plein air", "en": "Adventure & outdoors", "de": "Abenteuer & Natur aktiv", "it": "Avventura e outdoor"},
        "intro": {
            "fr": "<p>Sentiers de haute montagne, canyons, eaux vives de la Roya, via ferrata et pistes de ski : le Mercantour est un terrain de jeu vertical, à l’heure du littoral.</p>",
            "en": "<p>High mountain trails, canyons, the white water of the Roya, via ferrata and ski slopes: the Mercantour is a vertical playground within reach of the coast.</p>",
            "de": "<p>Hochgebirgspfade, Canyons, das Wildwasser der Roya, Klettersteige und Skipisten: Der Mercantour ist ein vertikaler Spielplatz in Reichweite der Küste.</p>",
            "it": "<p>Sentieri d’alta montagna, canyon, acque vive della Roya, vie ferrate e piste da sci: il Mercantour è un terreno di gioco verticale a un passo dalla costa.</p>",
        },
        "search_description": {
            "fr": "Randonnée, canyoning, rafting sur la Roya, via ferrata de la Colmiane, ski à Isola 2000, Auron et Valberg dans le Mercantour.",
            "en": "Hiking, canyoning, rafting on the Roya, the La Colmiane via ferrata, skiing at Isola 2000, Auron and Valberg in the Mercantour.",
            "de": "Wandern, Canyoning, Rafting auf der Roya, Klettersteig La Colmiane, Skifahren in Isola 2000, Auron und Valberg im Mercantour.",
            "it": "Escursioni, canyoning, rafting sulla Roya, via ferrata della Colmiane, sci a Isola 2000, Auron e Valberg nel Mercantour.",
        },
        "motif": "mountains",
        "image_alt": {
            "fr": "Illustration : sommets rocheux et sentier en lacets au-dessus d’un lac",
            "en": "Illustration: rocky peaks and a zigzag trail above a lake",
            "de": "Illustration: Felsgipfel und ein Serpentinenpfad über einem See",
            "it": "Illustrazione: cime rocciose e un sentiero a tornanti sopra un lago",
        },
        "highlights": [
            {
                "title": {"fr": "Randonnée en altitude", "en": "High-altitude hiking", "de": "Wandern in der Höhe", "it": "Escursioni in quota"},
                "text": {
                    "fr": "Du Boréon aux lacs de Trécolpas, de Castérino aux Merveilles ou vers les lacs de Vens : des itinéraires balisés et une chaîne de refuges gardés en été.",
                    "en": "From Le Boréon to the Trécolpas lake, from Castérino to the Merveilles or up to the Vens lakes: waymarked routes and a chain of huts staffed in summer.",
                    "de": "Vom Boréon zum See von Trécolpas, von Castérino zu den Merveilles oder zu den Seen von Vens: markierte Wege und im Sommer bewirtschaftete Hütten.",
                    "it": "Dal Boréon al lago di Trécolpas, da Castérino alle Merveilles o verso i laghi di Vens: itinerari segnalati e una rete di rifugi custoditi d’estate.",
                },
            },
            {
                "title": {"fr": "Eaux vives et canyons", "en": "White water and canyons", "de": "Wildwasser und Canyons", "it": "Acque vive e canyon"},
                "text": {
                    "fr": "Rafting et kayak sur la Roya autour de Breil-sur-Roya, canyoning dans les vallons de la Roya et de la Vésubie, toujours avec un moniteur diplômé.",
                    "en": "Rafting and kayaking on the Roya around Breil-sur-Roya, canyoning in the side valleys of the Roya and Vésubie, always with a qualified instructor.",
                    "de": "Rafting und Kajak auf der Roya rund um Breil-sur-Roya, Canyoning in den Seitentälern von Roya und Vésubie – stets mit diplomiertem Guide.",
                    "it": "Rafting e kayak sulla Roya intorno a Breil-sur-Roya, canyoning nei valloni della Roya e della Vésubie, sempre con un istruttore qualificato.",
                },
            },
            {
                "title": {"fr": "Ski du Sud", "en": "Southern skiing", "de": "Skifahren im Süden", "it": "Sci del Sud"},
                "text": {
                    "fr": "Isola 2000 au pied de la frontière italienne, Auron sur son plateau ensoleillé de la Tinée, Valberg au-dessus des gorges du Cians : trois stations à portée de Nice.",
                    "en": "Isola 2000 near the Italian border, Auron on its sunny plateau above the Tinée, Valberg above the Cians gorges: three resorts within reach of Nice.",
                    "de": "Isola 2000 an der italienischen Grenze, Auron auf seinem sonnigen Plateau über der Tinée, Valberg über der Cians-Schlucht: drei Skiorte nahe Nizza.",
                    "it": "Isola 2000 vicino al confine italiano, Auron sul suo altopiano soleggiato della Tinée, Valberg sopra le gole del Cians: tre stazioni a portata di Nizza.",
                },
            },
        ],
        "body": [
            ("heading", {"fr": "Quatre saisons de sport", "en": "Four seasons of sport", "de": "Sport zu jeder Jahreszeit", "it": "Sport in ogni stagione"}),
            ("paragraph", {
                "fr": "<p>De juin à octobre, les sentiers du parc relient vallées et cols ; le GR 52 traverse le massif jusqu’à Menton, à la mer. À la Colmiane, au-dessus de Saint-Martin-Vésubie, la via ferrata du Baus de la Frema offre une première approche de la verticalité. L’hiver venu, les pistes d’Isola 2000, d’Auron et de Valberg accueillent skieurs et surfeurs, tandis que raquettes et ski de randonnée ouvrent les vallons plus sauvages.</p>",
                "en": "<p>From June to October, the park’s trails link valleys and passes; the GR 52 crosses the range all the way to Menton, by the sea. At La Colmiane, above Saint-Martin-Vésubie, the Baus de la Frema via ferrata is a good first taste of vertical terrain. When winter comes, the slopes of Isola 2000, Auron and Valberg welcome skiers and snowboarders, while snowshoes and ski touring open up the wilder side valleys.</p>",
                "de": "<p>Von Juni bis Oktober verbinden die Wege des Parks Täler und Pässe; der GR 52 durchquert das Massiv bis nach Menton am Meer. In La Colmiane oberhalb von Saint-Martin-Vésubie bietet der Klettersteig Baus de la Frema einen ersten Einstieg in die Vertikale. Im Winter empfangen die Pisten von Isola 2000, Auron und Valberg Ski- und Snowboardfahrer, während Schneeschuhe und Tourenski die wilderen Seitentäler erschließen.</p>",
                "it": "<p>Da giugno a ottobre i sentieri del parco collegano valli e colli; il GR 52 attraversa il massiccio fino a Mentone, sul mare. Alla Colmiane, sopra Saint-Martin-Vésubie, la via ferrata del Baus de la Frema è un buon primo approccio alla verticalità. D’inverno le piste di Isola 2000, Auron e Valberg accolgono sciatori e snowboarder, mentre ciaspole e sci alpinismo aprono i valloni più selvaggi.</p>",
            }),
            ("quote", {
                "fr": "En montagne, partez tôt : les orages d’été éclatent souvent l’après-midi. Et faites appel aux guides et accompagnateurs diplômés du territoire.",
                "en": "In the mountains, set off early: summer storms often break in the afternoon. And call on the area’s qualified mountain guides and leaders.",
                "de": "Brechen Sie in den Bergen früh auf: Sommergewitter ziehen oft am Nachmittag auf. Und nutzen Sie die diplomierten Berg- und Wanderführer der Region.",
                "it": "In montagna partite presto: i temporali estivi scoppiano spesso nel pomeriggio. E affidatevi alle guide e agli accompagnatori qualificati del territorio.",
            }),
        ],
    },
    "unusual": {
        "slug": {"fr": "insolite", "en": "off-the-beaten-track", "de": "ungewoehnlich", "it": "insolito"},
        "title": {"fr": "Insolite", "en": "Off the beaten track", "de": "Ungewöhnlich", "it": "Insolito"},
        "intro": {
            "fr": "<p>Des milliers de gravures sous le mont Bégo, un train qui grimpe de la mer aux Alpes, des forts perchés sur la frontière et des nuits parmi les plus noires d’Europe : le Mercantour a ses secrets.</p>",
            "en": "<p>Thousands of engravings below Mont Bégo, a train that climbs from the sea to the Alps, forts perched on the border and some of the darkest night skies in Europe: the Mercantour has its secrets.</p>",
            "de": "<p>Tausende Gravuren unter dem Mont Bégo, ein Zug, der vom Meer in die Alpen klettert, Festungen auf der Grenze und einige der dunkelsten Nächte Europas: Der Mercantour hat seine Geheimnisse.</p>",
            "it": "<p>Migliaia di incisioni sotto il monte Bego, un treno che sale dal mare alle Alpi, forti arroccati sul confine e alcune delle notti più buie d’Europa: il Mercantour ha i suoi segreti.</p>",
        },
        "search_description": {
            "fr": "Insolite dans le Mercantour : gravures de la Vallée des Merveilles, Train des Merveilles, forts du col de Tende, ciel étoilé Alpes Azur Mercantour.",
            "en": "Unusual Mercantour: Vallée des Merveilles engravings, the Train des Merveilles, the Col de Tende forts and the Alpes Azur Mercantour dark-sky reserve.",
            "de": "Ungewöhnlicher Mercantour: Gravuren im Vallée des Merveilles, Train des Merveilles, Forts am Col de Tende, Sternenpark Alpes Azur Mercantour.",
            "it": "Mercantour insolito: incisioni della Vallée des Merveilles, Train des Merveilles, forti del Colle di Tenda, cielo stellato Alpes Azur Mercantour.",
        },
        "motif": "mountains",
        "image_alt": {
            "fr": "Illustration : dalles rocheuses polies sous un ciel de montagne",
            "en": "Illustration: smooth rock slabs under a mountain sky",
            "de": "Illustration: glatt geschliffene Felsplatten unter einem Berghimmel",
            "it": "Illustrazione: lastre di roccia levigate sotto un cielo di montagna",
        },
        "highlights": [
            {
                "title": {"fr": "Les gravures des Merveilles", "en": "The Merveilles engravings", "de": "Die Gravuren der Merveilles", "it": "Le incisioni delle Merveilles"},
                "text": {
                    "fr": "Autour du mont Bégo, des dizaines de milliers de gravures (cornus, poignards, figures) ont été piquetées sur les dalles il y a environ 4 000 ans.",
                    "en": "Around Mont Bégo, tens of thousands of engravings (horned figures, daggers, human shapes) were pecked into the rock slabs some 4,000 years ago.",
                    "de": "Rund um den Mont Bégo wurden vor etwa 4.000 Jahren Zehntausende Gravuren – Gehörnte, Dolche, Figuren – in die Felsplatten gepickt.",
                    "it": "Intorno al monte Bego, decine di migliaia di incisioni (cornuti, pugnali, figure) furono martellate sulle lastre di roccia circa 4.000 anni fa.",
                },
            },
            {
                "title": {"fr": "Les forts du col de Tende", "en": "The Col de Tende forts", "de": "Die Forts am Col de Tende", "it": "I forti del Colle di Tenda"},
                "text": {
                    "fr": "À plus de 1 800 mètres, une ligne de forts de la fin du XIXe siècle, dont le Fort central, veille sur l’ancienne route du sel entre Nice et Turin.",
                    "en": "Above 1,800 metres, a line of late 19th-century forts, including the Fort Central, watches over the old salt road between Nice and Turin.",
                    "de": "Auf über 1.800 Metern wacht eine Reihe von Festungen aus dem späten 19. Jahrhundert, darunter das Fort Central, über die alte Salzstraße Nizza–Turin.",
                    "it": "Oltre i 1.800 metri, una linea di forti di fine Ottocento, tra cui il Forte Centrale, veglia sull’antica via del sale tra Nizza e Torino.",
                },
            },
            {
                "title": {"fr": "Un ciel étoilé protégé", "en": "A protected starry sky", "de": "Ein geschützter Sternenhimmel", "it": "Un cielo stellato protetto"},
                "text": {
                    "fr": "Le parc et ses vallées forment la Réserve internationale de ciel étoilé Alpes Azur Mercantour : loin des lumières de la côte, la Voie lactée se lit à l’œil nu.",
                    "en": "The park and its valleys form the Alpes Azur Mercantour International Dark Sky Reserve: far from the lights of the coast, the Milky Way is clear to the naked eye.",
                    "de": "Park und Täler bilden den internationalen Sternenpark Alpes Azur Mercantour: Fern der Lichter der Küste sieht man die Milchstraße mit bloßem Auge.",
                    "it": "Il parco e le sue valli formano la Riserva internazionale di cielo stellato Alpes Azur Mercantour: lontano dalle luci della costa, la Via Lattea si vede a occhio nudo.",
                },
            },
        ],
        "body": [
            ("heading", {"fr": "Monter aux Merveilles", "en": "Walking up to the Merveilles", "de": "Aufstieg zu den Merveilles", "it": "Salire alle Merveilles"}),
            ("paragraph", {
                "fr": "<p>Le site se gagne à pied depuis Castérino ou le lac des Mesches, au-dessus de Saint-Dalmas-de-Tende, par plusieurs heures de montée ; le refuge des Merveilles permet d’y passer la nuit. Classé monument historique et situé au cœur du parc, il est protégé : on reste sur les sentiers balisés, on ne touche ni ne décalque les gravures, et l’on découvre les secteurs les plus riches avec un accompagnateur agréé. Commencez par le Musée des Merveilles, à Tende, pour apprendre à les lire.</p>",
                "en": "<p>The site is reached on foot from Castérino or the Lac des Mesches, above Saint-Dalmas-de-Tende, after several hours of climbing; the Refuge des Merveilles lets you stay the night. A listed historic monument in the heart of the park, it is protected: stay on the waymarked paths, never touch or trace the engravings, and explore the richest areas with an approved guide. Start at the Musée des Merveilles in Tende to learn how to read them.</p>",
                "de": "<p>Man erreicht die Stätte zu Fuß von Castérino oder vom Lac des Mesches oberhalb von Saint-Dalmas-de-Tende in mehreren Stunden Aufstieg; im Refuge des Merveilles kann man übernachten. Als Baudenkmal im Kerngebiet des Parks ist sie geschützt: Bleiben Sie auf den markierten Wegen, berühren oder durchpausen Sie die Gravuren nie und erkunden Sie die reichsten Bereiche mit einem zugelassenen Führer. Beginnen Sie im Musée des Merveilles in Tende, um sie lesen zu lernen.</p>",
                "it": "<p>Il sito si raggiunge a piedi da Castérino o dal lago delle Mesches, sopra Saint-Dalmas-de-Tende, con alcune ore di salita; il rifugio delle Merveilles permette di passarvi la notte. Monumento storico nel cuore del parco, è protetto: si resta sui sentieri segnalati, non si toccano né si ricalcano le incisioni e si scoprono i settori più ricchi con un accompagnatore autorizzato. Cominciate dal Musée des Merveilles a Tende per imparare a leggerle.</p>",
            }),
            ("paragraph", {
                "fr": "<p>Autre voyage hors du temps : le Train des Merveilles, sur la ligne Nice–Breil-sur-Roya–Tende, enchaîne viaducs et tunnels au-dessus des gorges de la Roya et dépose ses passagers au pied des villages perchés de Saorge et de Tende.</p>",
                "en": "<p>Another journey out of time: the Train des Merveilles, on the Nice–Breil-sur-Roya–Tende line, strings together viaducts and tunnels above the Roya gorges and drops its passengers below the hilltop villages of Saorge and Tende.</p>",
                "de": "<p>Eine weitere Reise aus der Zeit: Der Train des Merveilles auf der Strecke Nizza–Breil-sur-Roya–Tende reiht Viadukte und Tunnel über der Roya-Schlucht aneinander und setzt seine Fahrgäste unterhalb der Bergdörfer Saorge und Tende ab.</p>",
                "it": "<p>Un altro viaggio fuori dal tempo: il Train des Merveilles, sulla linea Nizza–Breil-sur-Roya–Tende, infila viadotti e gallerie sopra le gole della Roya e lascia i passeggeri ai piedi dei borghi arroccati di Saorge e Tende.</p>",
            }),
        ],
    },
})

DESTINATION["interests"].update({
    "nature": {
        "slug": {"fr": "nature-et-grands-espaces", "en": "nature-and-wildlife", "de": "natur-und-tierwelt", "it": "natura-e-fauna"},
        "title": {"fr": "Nature et grands espaces", "en": "Nature & wildlife", "de": "Natur & Tierwelt", "it": "Natura e fauna"},
        "intro": {
            "fr": "<p>Mélézins dorés à l’automne, lacs d’altitude, marmottes au soleil et loups revenus d’Italie : le Parc national du Mercantour est l’un des grands sanctuaires de nature des Alpes du Sud.</p>",
            "en": "<p>Larch forests turning gold in autumn, high mountain lakes, marmots in the sun and wolves back from Italy: the Mercantour National Park is one of the great wildlife sanctuaries of the Southern Alps.</p>",
            "de": "<p>Im Herbst goldene Lärchenwälder, Bergseen, Murmeltiere in der Sonne und aus Italien zurückgekehrte Wölfe: Der Nationalpark Mercantour ist eines der großen Naturrefugien der Südalpen.</p>",
            "it": "<p>Lariceti dorati in autunno, laghi d’alta quota, marmotte al sole e lupi tornati dall’Italia: il Parco nazionale del Mercantour è uno dei grandi santuari naturali delle Alpi del Sud.</p>",
        },
        "search_description": {
            "fr": "Parc national du Mercantour : faune (chamois, bouquetins, loups), lacs d’altitude, Alpha au Boréon, gorges du Cians et de Daluis.",
            "en": "Mercantour National Park: wildlife (chamois, ibex, wolves), high lakes, the Alpha wolf park at Le Boréon, the Cians and Daluis gorges.",
            "de": "Nationalpark Mercantour: Tierwelt (Gämsen, Steinböcke, Wölfe), Bergseen, Wolfspark Alpha am Boréon, Schluchten von Cians und Daluis.",
            "it": "Parco nazionale del Mercantour: fauna (camosci, stambecchi, lupi), laghi d’alta quota, parco Alpha al Boréon, gole del Cians e di Daluis.",
        },
        "motif": "forest",
        "image_alt": {
            "fr": "Illustration : forêt de mélèzes au bord d’un lac de montagne",
            "en": "Illustration: larch forest on the shore of a mountain lake",
            "de": "Illustration: Lärchenwald am Ufer eines Bergsees",
            "it": "Illustrazione: bosco di larici sulla riva di un lago di montagna",
        },
        "highlights": [
            {
                "title": {"fr": "Alpha, le temps du loup", "en": "Alpha, wolf park", "de": "Alpha, der Wolfspark", "it": "Alpha, il parco dei lupi"},
                "text": {
                    "fr": "Au Boréon, au-dessus de Saint-Martin-Vésubie, le parc Alpha permet d’observer des meutes de loups depuis des affûts et d’en comprendre le retour dans les Alpes.",
                    "en": "At Le Boréon, above Saint-Martin-Vésubie, the Alpha park lets you watch wolf packs from hides and understand their return to the Alps.",
                    "de": "Am Boréon oberhalb von Saint-Martin-Vésubie beobachtet man im Park Alpha Wolfsrudel von Verstecken aus und erfährt, wie sie in die Alpen zurückkehrten.",
                    "it": "Al Boréon, sopra Saint-Martin-Vésubie, il parco Alpha permette di osservare branchi di lupi da capanni e di capire il loro ritorno nelle Alpi.",
                },
            },
            {
                "title": {"fr": "Faune de haute montagne", "en": "High mountain wildlife", "de": "Tierwelt des Hochgebirges", "it": "Fauna d’alta montagna"},
                "text": {
                    "fr": "Chamois, bouquetins, marmottes, aigle royal et gypaète barbu : levez-vous tôt et emportez des jumelles, sans jamais approcher ni nourrir les animaux.",
                    "en": "Chamois, ibex, marmots, golden eagles and bearded vultures: get up early and bring binoculars, but never approach or feed the animals.",
                    "de": "Gämsen, Steinböcke, Murmeltiere, Steinadler und Bartgeier: früh aufstehen, Fernglas mitnehmen – und die Tiere nie bedrängen oder füttern.",
                    "it": "Camosci, stambecchi, marmotte, aquila reale e gipeto: alzatevi presto e portate il binocolo, senza mai avvicinare né nutrire gli animali.",
                },
            },
            {
                "title": {"fr": "Gorges rouges du Cians et de Daluis", "en": "The red Cians and Daluis gorges", "de": "Rote Schluchten von Cians und Daluis", "it": "Le gole rosse del Cians e di Daluis"},
                "text": {
                    "fr": "Entre Valberg et la vallée du Var, la route se faufile entre des falaises de schistes rouges sculptées par l’eau, un paysage saisissant en fin de journée.",
                    "en": "Between Valberg and the Var valley, the road threads between cliffs of red schist carved by water, a striking landscape in the late-afternoon light.",
                    "de": "Zwischen Valberg und dem Var-Tal windet sich die Straße durch vom Wasser geformte Felswände aus rotem Schiefer – besonders eindrucksvoll am Abend.",
                    "it": "Tra Valberg e la valle del Var la strada si insinua tra pareti di scisti rossi scolpite dall’acqua, un paesaggio suggestivo a fine giornata.",
                },
            },
        ],
        "body": [
            ("heading", {"fr": "Un parc national entre Alpes et Méditerranée", "en": "A national park between the Alps and the Mediterranean", "de": "Ein Nationalpark zwischen Alpen und Mittelmeer", "it": "Un parco nazionale tra Alpi e Mediterraneo"}),
            ("paragraph", {
                "fr": "<p>Étagé de quelques centaines de mètres à plus de 3 000 mètres, le Mercantour mêle influences alpines et méditerranéennes : on y recense une flore d’une richesse exceptionnelle, dont des plantes que l’on ne trouve nulle part ailleurs, comme la saxifrage à nombreuses fleurs. Jumelé avec le Parco naturale delle Alpi Marittime voisin, il forme avec lui un vaste espace protégé de part et d’autre de la frontière. C’est par l’Italie que le loup est revenu naturellement en France, observé dans le Mercantour en 1992.</p>",
                "en": "<p>Rising from a few hundred metres to over 3,000 metres, the Mercantour blends Alpine and Mediterranean influences, with an exceptionally rich flora that includes plants found nowhere else, such as the many-flowered saxifrage. Twinned with the neighbouring Parco naturale delle Alpi Marittime, it forms a vast protected area on both sides of the border. It was from Italy that the wolf returned naturally to France, first seen in the Mercantour in 1992.</p>",
                "de": "<p>Von wenigen hundert bis über 3.000 Meter Höhe verbindet der Mercantour alpine und mediterrane Einflüsse, mit einer außergewöhnlich reichen Flora, darunter Pflanzen, die es nirgendwo sonst gibt, etwa der Vielblütige Steinbrech. Zusammen mit dem benachbarten Parco naturale delle Alpi Marittime bildet er ein großes Schutzgebiet beiderseits der Grenze. Über Italien kehrte der Wolf auf natürlichem Weg nach Frankreich zurück – 1992 wurde er im Mercantour beobachtet.</p>",
                "it": "<p>Dai pochi centinaia di metri fino a oltre 3.000, il Mercantour unisce influenze alpine e mediterranee, con una flora eccezionalmente ricca che comprende piante presenti solo qui, come la sassifraga a fiori numerosi. Gemellato con il vicino Parco naturale delle Alpi Marittime, forma con esso un vasto spazio protetto a cavallo del confine. È dall’Italia che il lupo è tornato naturalmente in Francia, avvistato nel Mercantour nel 1992.</p>",
            }),
            ("quote", {
                "fr": "Dans le cœur du parc, les chiens sont interdits, même tenus en laisse, et la cueillette comme les feux sont proscrits : la faune vous en remercie.",
                "en": "In the core of the park, dogs are banned, even on a lead, and picking plants or lighting fires is forbidden: the wildlife will thank you.",
                "de": "Im Kerngebiet des Parks sind Hunde verboten, auch angeleint, ebenso Pflanzenpflücken und Feuer: Die Tierwelt dankt es Ihnen.",
                "it": "Nel cuore del parco i cani sono vietati, anche al guinzaglio, così come la raccolta di piante e i fuochi: la fauna ve ne sarà grata.",
            }),
        ],
    },
    "gastronomy": {
        "slug": {"fr": "gastronomie-et-terroir", "en": "food-and-local-produce", "de": "kulinarik-und-regionales", "it": "gastronomia-e-territorio"},
        "title": {"fr": "Gastronomie et terroir", "en": "Food & local produce", "de": "Kulinarik & Regionales", "it": "Gastronomia e territorio"},
        "intro": {
            "fr": "<p>Cuisine de bergers et de jardins en terrasses : tourte de blettes, brousse fraîche, tommes de brebis et de vache, miel de montagne et huile d’olive de la basse vallée composent la table du haut pays niçois.</p>",
            "en": "<p>A cuisine of shepherds and terraced gardens: Swiss chard pie, fresh brousse, sheep’s and cow’s milk tommes, mountain honey and olive oil from the lower valleys make up the table of the hinterland above Nice.</p>",
            "de": "<p>Eine Küche der Hirten und Terrassengärten: Mangoldkuchen, frische Brousse, Tommes aus Schaf- und Kuhmilch, Bergblütenhonig und Olivenöl aus den unteren Tälern prägen die Tafel des Hinterlands von Nizza.</p>",
            "it": "<p>Una cucina di pastori e orti a terrazze: torta di bietole, brousse fresca, tome di pecora e di vacca, miele di montagna e olio d’oliva della bassa valle compongono la tavola dell’entroterra nizzardo.</p>",
        },
        "search_description": {
            "fr": "Saveurs du Mercantour : tourte de blettes, brousse, tomme de brebis, race brigasque, miel et huile d’olive du haut pays niçois.",
            "en": "Mercantour flavours: Swiss chard pie, brousse, sheep’s tomme, the Brigasque sheep, honey and olive oil from the hinterland of Nice.",
            "de": "Genuss im Mercantour: Mangoldkuchen, Brousse, Schafs-Tomme, Brigasker Schaf, Honig und Olivenöl aus dem Hinterland von Nizza.",
            "it": "Sapori del Mercantour: torta di bietole, brousse, toma di pecora, pecora brigasca, miele e olio d’oliva dell’entroterra nizzardo.",
        },
        "motif": "village",
        "image_alt": {
            "fr": "Illustration : village de montagne et jardins en terrasses au soleil",
            "en": "Illustration: mountain village and terraced gardens in the sun",
            "de": "Illustration: Bergdorf und Terrassengärten in der Sonne",
            "it": "Illustrazione: borgo di montagna e orti a terrazze al sole",
        },
        "highlights": [
            {
                "title": {"fr": "La tourte de blettes", "en": "Swiss chard pie", "de": "Mangoldkuchen", "it": "La torta di bietole"},
                "text": {
                    "fr": "Spécialité niçoise, sucrée avec raisins secs et pignons ou salée dans bien des villages : chaque famille a sa recette, à goûter chez les boulangers.",
                    "en": "A Nice speciality, sweet with raisins and pine nuts or savoury in many villages: every family has its own recipe, to try at the local bakeries.",
                    "de": "Eine Spezialität aus Nizza, süß mit Rosinen und Pinienkernen oder in vielen Dörfern herzhaft: Jede Familie hat ihr Rezept – probieren Sie beim Bäcker.",
                    "it": "Specialità nizzarda, dolce con uvetta e pinoli o salata in molti paesi: ogni famiglia ha la sua ricetta, da assaggiare dai fornai.",
                },
            },
            {
                "title": {"fr": "Brousse et tommes", "en": "Brousse and tommes", "de": "Brousse und Tommes", "it": "Brousse e tome"},
                "text": {
                    "fr": "La brousse, fromage frais et doux de brebis ou de chèvre, et les tommes affinées se trouvent chez les producteurs et sur les marchés des vallées.",
                    "en": "Brousse, a mild fresh cheese made from sheep’s or goat’s milk, and matured tommes are sold by farmers and at the valley markets.",
                    "de": "Brousse, ein milder Frischkäse aus Schaf- oder Ziegenmilch, und gereifte Tommes gibt es bei den Erzeugern und auf den Märkten der Täler.",
                    "it": "La brousse, formaggio fresco e delicato di pecora o di capra, e le tome stagionate si trovano dai produttori e nei mercati delle valli.",
                },
            },
            {
                "title": {"fr": "La brebis brigasque", "en": "The Brigasque sheep", "de": "Das Brigasker Schaf", "it": "La pecora brigasca"},
                "text": {
                    "fr": "Originaire de La Brigue, cette race rustique aux cornes enroulées donne le lait des fromages de la haute Roya et perpétue la transhumance.",
                    "en": "Originally from La Brigue, this hardy breed with curled horns provides the milk for upper Roya cheeses and keeps transhumance alive.",
                    "de": "Die robuste Rasse mit gewundenen Hörnern stammt aus La Brigue, liefert die Milch für die Käse der oberen Roya und hält die Transhumanz lebendig.",
                    "it": "Originaria di La Brigue, questa razza rustica dalle corna ricurve dà il latte per i formaggi dell’alta Roya e mantiene viva la transumanza.",
                },
            },
        ],
        "body": [
            ("heading", {"fr": "Une cuisine entre Nice et le Piémont", "en": "A cuisine between Nice and Piedmont", "de": "Eine Küche zwischen Nizza und Piemont", "it": "Una cucina tra Nizza e il Piemonte"}),
            ("paragraph", {
                "fr": "<p>Dans le haut pays, la table emprunte à la fois à Nice et au Piémont : raviolis farcis de blettes ou de daube, gnocchis, soupes de légumes au pistou, polenta et charcuteries. Les jardins en terrasses donnent courges et haricots ; plus bas, dans la Roya, les oliviers fournissent une huile fruitée. En été, les fêtes de village et les marchés paysans sont la meilleure occasion de goûter les produits des alpages.</p>",
                "en": "<p>In the hinterland, the table borrows from both Nice and Piedmont: ravioli filled with chard or daube, gnocchi, vegetable soup with pistou, polenta and cured meats. Terraced gardens provide squash and beans; lower down in the Roya, the olive groves yield a fruity oil. In summer, village festivals and farmers’ markets are the best chance to taste produce from the high pastures.</p>",
                "de": "<p>Im Hinterland schöpft die Küche aus Nizza und dem Piemont zugleich: Ravioli mit Mangold- oder Schmorfleischfüllung, Gnocchi, Gemüsesuppe mit Pistou, Polenta und Wurstwaren. Die Terrassengärten liefern Kürbisse und Bohnen; weiter unten im Roya-Tal geben die Olivenhaine ein fruchtiges Öl. Im Sommer sind Dorffeste und Bauernmärkte die beste Gelegenheit, Erzeugnisse der Almen zu kosten.</p>",
                "it": "<p>Nell’entroterra la tavola attinge sia a Nizza sia al Piemonte: ravioli ripieni di bietole o di stufato, gnocchi, minestra di verdure al pistou, polenta e salumi. Gli orti a terrazze danno zucche e fagioli; più in basso, nella Roya, gli uliveti forniscono un olio fruttato. D’estate le feste di paese e i mercati contadini sono l’occasione migliore per gustare i prodotti degli alpeggi.</p>",
            }),
            ("quote", {
                "fr": "Achetez vos fromages directement à la ferme ou en fromagerie d’alpage, et demandez aux bergers le bon moment pour passer.",
                "en": "Buy your cheese straight from the farm or a mountain dairy, and ask the shepherds when is a good time to call by.",
                "de": "Kaufen Sie Ihren Käse direkt auf dem Hof oder in der Almkäserei, und fragen Sie die Hirten, wann ein Besuch passt.",
                "it": "Comprate i formaggi direttamente in fattoria o nei caseifici d’alpeggio, e chiedete ai pastori il momento giusto per passare.",
            }),
        ],
    },
    "wellness": {
        "slug": {"fr": "bien-etre-et-ressourcement", "en": "wellness-and-relaxation", "de": "wohlbefinden-und-erholung", "it": "benessere-e-relax"},
        "title": {"fr": "Bien-être et ressourcement", "en": "Wellness & relaxation", "de": "Wohlbefinden & Erholung", "it": "Benessere e relax"},
        "intro": {
            "fr": "<p>Eaux thermales de Berthemont-les-Bains, silence des mélézins, air vif d’altitude et nuits étoilées : dans les vallées du Mercantour, on ralentit sans effort.</p>",
            "en": "<p>The thermal waters of Berthemont-les-Bains, the silence of the larch woods, crisp mountain air and starry nights: in the Mercantour valleys, slowing down comes naturally.</p>",
            "de": "<p>Das Thermalwasser von Berthemont-les-Bains, die Stille der Lärchenwälder, klare Höhenluft und Sternennächte: In den Tälern des Mercantour kommt man mühelos zur Ruhe.</p>",
            "it": "<p>Le acque termali di Berthemont-les-Bains, il silenzio dei lariceti, l’aria frizzante d’alta quota e le notti stellate: nelle valli del Mercantour si rallenta senza fatica.</p>",
        },
        "search_description": {
            "fr": "Bien-être dans le Mercantour : thermes de Berthemont-les-Bains, balades douces en forêt, lacs d’altitude et nuits étoilées dans la Vésubie.",
            "en": "Wellness in the Mercantour: Berthemont-les-Bains thermal spa, gentle forest walks, high lakes and starry nights in the Vésubie valley.",
            "de": "Wohlbefinden im Mercantour: Thermalbad Berthemont-les-Bains, sanfte Waldspaziergänge, Bergseen und Sternennächte im Vésubie-Tal.",
            "it": "Benessere nel Mercantour: terme di Berthemont-les-Bains, passeggiate dolci nel bosco, laghi d’alta quota e notti stellate in Vésubie.",
        },
        "motif": "forest",
        "image_alt": {
            "fr": "Illustration : sous-bois paisible traversé par un ruisseau",
            "en": "Illustration: peaceful woodland crossed by a stream",
            "de": "Illustration: ruhiger Wald, durch den ein Bach fließt",
            "it": "Illustrazione: bosco tranquillo attraversato da un ruscello",
        },
        "highlights": [
            {
                "title": {"fr": "Thermes de Berthemont-les-Bains", "en": "Berthemont-les-Bains spa", "de": "Thermen von Berthemont-les-Bains", "it": "Terme di Berthemont-les-Bains"},
                "text": {
                    "fr": "Sur la commune de Roquebillière, dans la Vésubie, une station thermale de montagne aux eaux sulfurées, ouverte à la belle saison pour cures et séjours détente.",
                    "en": "In Roquebillière, in the Vésubie valley, a mountain spa with sulphurous waters, open in the warmer months for treatment courses and relaxing stays.",
                    "de": "In Roquebillière im Vésubie-Tal: ein Bergthermalbad mit Schwefelwasser, in der warmen Jahreszeit geöffnet für Kuren und Erholungsaufenthalte.",
                    "it": "A Roquebillière, in Vésubie, una stazione termale di montagna dalle acque sulfuree, aperta nella bella stagione per cure e soggiorni di relax.",
                },
            },
            {
                "title": {"fr": "Le Boréon, lac et cascade", "en": "Le Boréon, lake and waterfall", "de": "Le Boréon, See und Wasserfall", "it": "Il Boréon, lago e cascata"},
                "text": {
                    "fr": "À 1 500 mètres, le lac du Boréon et sa cascade sont le point de départ de balades faciles sous les mélèzes et les sapins.",
                    "en": "At 1,500 metres, the Boréon lake and waterfall are the starting point for easy walks beneath larches and firs.",
                    "de": "Auf 1.500 Metern sind der Boréon-See und sein Wasserfall Ausgangspunkt leichter Spaziergänge unter Lärchen und Tannen.",
                    "it": "A 1.500 metri, il lago del Boréon e la sua cascata sono il punto di partenza di passeggiate facili tra larici e abeti.",
                },
            },
            {
                "title": {"fr": "Ralentir au village", "en": "Slowing down in the village", "de": "Entschleunigen im Dorf", "it": "Rallentare in paese"},
                "text": {
                    "fr": "Chambres d’hôtes, gîtes et petits hôtels de Saint-Martin-Vésubie, de Tende ou de Saorge invitent aux séjours sans voiture, au rythme des cloches.",
                    "en": "B&Bs, gîtes and small hotels in Saint-Martin-Vésubie, Tende and Saorge invite car-free stays at the pace of the church bells.",
                    "de": "Gästezimmer, Ferienhäuser und kleine Hotels in Saint-Martin-Vésubie, Tende und Saorge laden zu autofreien Aufenthalten im Takt der Glocken ein.",
                    "it": "Camere d’ospiti, gîte e piccoli hotel a Saint-Martin-Vésubie, Tende e Saorge invitano a soggiorni senz’auto, al ritmo delle campane.",
                },
            },
        ],
        "body": [
            ("heading", {"fr": "L’eau et l’air des montagnes", "en": "Mountain water and air", "de": "Wasser und Luft der Berge", "it": "L’acqua e l’aria delle montagne"}),
            ("paragraph", {
                "fr": "<p>Connues de longue date, les sources sulfurées de Berthemont-les-Bains jaillissent à près de 1 000 mètres d’altitude, dans un vallon boisé. Les thermes y proposent des cures conventionnées, notamment pour les voies respiratoires et les rhumatismes, ainsi que des formules de remise en forme. Tout autour, les sentiers de la Vésubie se prêtent aux marches lentes, entre torrents, chapelles et hameaux.</p>",
                "en": "<p>Known for a long time, the sulphurous springs of Berthemont-les-Bains rise at nearly 1,000 metres, in a wooded side valley. The spa offers medically approved courses, notably for respiratory conditions and rheumatism, as well as wellness packages. All around, the Vésubie trails lend themselves to slow walks among streams, chapels and hamlets.</p>",
                "de": "<p>Die seit Langem bekannten Schwefelquellen von Berthemont-les-Bains entspringen auf fast 1.000 Metern Höhe in einem bewaldeten Seitental. Das Thermalbad bietet anerkannte Kuren, insbesondere für Atemwege und Rheuma, sowie Wellnessangebote. Ringsum laden die Wege der Vésubie zu gemächlichen Spaziergängen zwischen Bächen, Kapellen und Weilern ein.</p>",
                "it": "<p>Note da tempo, le sorgenti sulfuree di Berthemont-les-Bains sgorgano a quasi 1.000 metri di quota, in un vallone boscoso. Le terme propongono cure convenzionate, in particolare per le vie respiratorie e i reumatismi, oltre a formule di benessere. Tutt’intorno, i sentieri della Vésubie si prestano a camminate lente tra torrenti, cappelle e frazioni.</p>",
            }),
            ("quote", {
                "fr": "Les thermes ouvrent en saison : vérifiez les dates et réservez vos soins à l’avance.",
                "en": "The spa opens seasonally: check the dates and book your treatments in advance.",
                "de": "Das Thermalbad ist saisonal geöffnet: Prüfen Sie die Termine und buchen Sie Anwendungen im Voraus.",
                "it": "Le terme sono aperte in stagione: verificate le date e prenotate i trattamenti in anticipo.",
            }),
        ],
    },
})

# ----------------------------------------------------------------------------------------------------
DESTINATION["audiences"].update({
    "solo": {
        "slug": {"fr": "en-solo", "en": "solo", "de": "alleinreisende", "it": "da-soli"},
        "title": {"fr": "En solo", "en": "Solo", "de": "Allein unterwegs", "it": "Da soli"},
        "intro": {
            "fr": "<p>Le Mercantour se prête aux voyages en solitaire : train depuis Nice, nuits en refuge où l’on partage la table, randonnées accompagnées pour ne jamais marcher seul sur les itinéraires exigeants.</p>",
            "en": "<p>The Mercantour suits solo travellers: a train from Nice, nights in mountain huts where you share the table, and guided hikes so you never walk alone on demanding routes.</p>",
            "de": "<p>Der Mercantour eignet sich für Alleinreisende: mit dem Zug ab Nizza, Nächte in Hütten mit gemeinsamer Tafel und geführte Touren, damit man auf anspruchsvollen Wegen nie allein geht.</p>",
            "it": "<p>Il Mercantour si presta ai viaggi in solitaria: treno da Nizza, notti in rifugio dove si condivide la tavola, escursioni accompagnate per non camminare mai da soli sugli itinerari impegnativi.</p>",
        },
        "search_description": {
            "fr": "Mercantour en solo : Train des Merveilles, nuits en refuge, randonnées accompagnées et villages accessibles sans voiture depuis Nice.",
            "en": "Mercantour solo: the Train des Merveilles, nights in mountain huts, guided hikes and villages you can reach from Nice without a car.",
            "de": "Mercantour allein: Train des Merveilles, Hüttennächte, geführte Wanderungen und Dörfer, die man ab Nizza ohne Auto erreicht.",
            "it": "Mercantour da soli: Train des Merveilles, notti in rifugio, escursioni accompagnate e borghi raggiungibili da Nizza senz’auto.",
        },
        "motif": "mountains",
        "image_alt": {
            "fr": "Illustration : randonneur sur une crête face aux sommets",
            "en": "Illustration: a hiker on a ridge facing the peaks",
            "de": "Illustration: ein Wanderer auf einem Grat vor den Gipfeln",
            "it": "Illustrazione: un escursionista su una cresta davanti alle vette",
        },
        "highlights": [
            {
                "title": {"fr": "Sans voiture", "en": "Car-free", "de": "Ohne Auto", "it": "Senz’auto"},
                "text": {
                    "fr": "Le train Nice–Tende dessert Breil-sur-Roya, Fontan-Saorge et Tende ; des cars relient Nice à la Vésubie et à la Tinée.",
                    "en": "The Nice–Tende train stops at Breil-sur-Roya, Fontan-Saorge and Tende; coaches link Nice with the Vésubie and Tinée valleys.",
                    "de": "Der Zug Nizza–Tende hält in Breil-sur-Roya, Fontan-Saorge und Tende; Busse verbinden Nizza mit den Tälern von Vésubie und Tinée.",
                    "it": "Il treno Nizza–Tende ferma a Breil-sur-Roya, Fontan-Saorge e Tende; autobus collegano Nizza alla Vésubie e alla Tinée.",
                },
            },
            {
                "title": {"fr": "La vie en refuge", "en": "Hut life", "de": "Hüttenleben", "it": "La vita in rifugio"},
                "text": {
                    "fr": "Dortoirs, repas partagés et conseils du gardien : le refuge est le meilleur endroit pour rencontrer d’autres marcheurs. Réservation indispensable en été.",
                    "en": "Dormitories, shared meals and tips from the warden: a hut is the best place to meet other walkers. Booking is essential in summer.",
                    "de": "Schlafsäle, gemeinsame Mahlzeiten und Tipps vom Hüttenwirt: In der Hütte lernt man andere Wanderer kennen. Im Sommer unbedingt reservieren.",
                    "it": "Camerate, pasti condivisi e consigli del gestore: il rifugio è il posto migliore per conoscere altri escursionisti. Prenotazione indispensabile d’estate.",
                },
            },
            {
                "title": {"fr": "Sorties accompagnées", "en": "Guided outings", "de": "Geführte Touren", "it": "Uscite accompagnate"},
                "text": {
                    "fr": "Les accompagnateurs en montagne proposent des sorties à la journée, aux Merveilles ou sur la piste de la faune, ouvertes aux inscriptions individuelles.",
                    "en": "Mountain leaders offer day trips, to the Merveilles or on the trail of wildlife, open to individual bookings.",
                    "de": "Wanderführer bieten Tagestouren an, zu den Merveilles oder auf den Spuren der Tierwelt, auch für Einzelbuchungen.",
                    "it": "Gli accompagnatori di montagna propongono uscite giornaliere, alle Merveilles o sulle tracce della fauna, aperte alle iscrizioni individuali.",
                },
            },
        ],
        "body": [
            ("heading", {"fr": "Partir seul, en sécurité", "en": "Travelling alone, safely", "de": "Allein und sicher unterwegs", "it": "Partire da soli, in sicurezza"}),
            ("paragraph", {
                "fr": "<p>Laissez toujours votre itinéraire à votre hébergeur ou au gardien du refuge, consultez la météo la veille et gardez une marge horaire. Le réseau mobile est absent dans de nombreux vallons : une carte papier reste indispensable. En cas d’accident, le 112 fonctionne même sans réseau de votre opérateur dès qu’un autre est disponible.</p>",
                "en": "<p>Always leave your route with your host or the hut warden, check the forecast the day before and allow time to spare. There is no mobile signal in many side valleys, so a paper map is essential. In an emergency, 112 works even without your own operator’s network, as long as another one is available.</p>",
                "de": "<p>Hinterlassen Sie Ihre Route immer bei der Unterkunft oder beim Hüttenwirt, prüfen Sie am Vortag das Wetter und planen Sie Zeitreserven ein. In vielen Seitentälern gibt es kein Mobilfunknetz: Eine Papierkarte ist unverzichtbar. Im Notfall funktioniert die 112 auch ohne Netz Ihres Anbieters, sobald ein anderes verfügbar ist.</p>",
                "it": "<p>Lasciate sempre il vostro itinerario all’alloggio o al gestore del rifugio, controllate il meteo la sera prima e tenete un margine di tempo. In molti valloni manca la copertura mobile: una carta cartacea resta indispensabile. In caso di incidente il 112 funziona anche senza la rete del vostro operatore, purché ce ne sia un’altra disponibile.</p>",
            }),
        ],
    },
    "couple": {
        "slug": {"fr": "en-couple", "en": "couples", "de": "zu-zweit", "it": "in-coppia"},
        "title": {"fr": "En couple", "en": "Couples", "de": "Zu zweit", "it": "In coppia"},
        "intro": {
            "fr": "<p>Un village perché au soleil couchant, un lac d’altitude rien que pour vous, un dîner de cuisine du haut pays : le Mercantour offre aux couples des escapades à deux pas de la Riviera.</p>",
            "en": "<p>A hilltop village at sunset, a mountain lake all to yourselves, a dinner of hinterland cooking: the Mercantour offers couples getaways just a step from the Riviera.</p>",
            "de": "<p>Ein Bergdorf im Abendlicht, ein Bergsee ganz für Sie allein, ein Abendessen mit Küche des Hinterlands: Der Mercantour bietet Paaren Auszeiten ganz nah an der Riviera.</p>",
            "it": "<p>Un borgo arroccato al tramonto, un lago d’alta quota tutto per voi, una cena di cucina dell’entroterra: il Mercantour offre alle coppie fughe a due passi dalla Riviera.</p>",
        },
        "search_description": {
            "fr": "Mercantour en couple : villages perchés de Saorge et Tende, lacs d’altitude, thermes de Berthemont et nuits étoilées au-dessus de Nice.",
            "en": "Mercantour for couples: the hilltop villages of Saorge and Tende, mountain lakes, Berthemont spa and starry nights above Nice.",
            "de": "Mercantour zu zweit: die Bergdörfer Saorge und Tende, Bergseen, das Thermalbad Berthemont und Sternennächte über Nizza.",
            "it": "Mercantour in coppia: i borghi arroccati di Saorge e Tende, laghi d’alta quota, terme di Berthemont e notti stellate sopra Nizza.",
        },
        "motif": "village",
        "image_alt": {
            "fr": "Illustration : village perché dans la lumière du soir",
            "en": "Illustration: hilltop village in the evening light",
            "de": "Illustration: Bergdorf im Abendlicht",
            "it": "Illustrazione: borgo arroccato nella luce della sera",
        },
        "highlights": [
            {
                "title": {"fr": "Saorge au calme", "en": "Quiet Saorge", "de": "Stilles Saorge", "it": "Saorge in pace"},
                "text": {
                    "fr": "Une nuit dans le village sans voitures, un verre face aux gorges de la Roya et la visite du couvent franciscain au petit matin.",
                    "en": "A night in the car-free village, a drink facing the Roya gorges and a visit to the Franciscan friary first thing in the morning.",
                    "de": "Eine Nacht im autofreien Dorf, ein Glas mit Blick auf die Roya-Schlucht und am frühen Morgen ein Besuch im Franziskanerkloster.",
                    "it": "Una notte nel borgo senz’auto, un bicchiere davanti alle gole della Roya e la visita del convento francescano al mattino presto.",
                },
            },
            {
                "title": {"fr": "Un lac pour deux", "en": "A lake for two", "de": "Ein See für zwei", "it": "Un lago per due"},
                "text": {
                    "fr": "Pique-nique au bord d’un lac d’altitude, au-dessus du Boréon ou de Saint-Étienne-de-Tinée, en partant tôt pour profiter du calme.",
                    "en": "A picnic by a high mountain lake above Le Boréon or Saint-Étienne-de-Tinée, setting off early to enjoy the quiet.",
                    "de": "Ein Picknick an einem Bergsee oberhalb des Boréon oder von Saint-Étienne-de-Tinée – früh aufbrechen und die Ruhe genießen.",
                    "it": "Un picnic in riva a un lago d’alta quota sopra il Boréon o Saint-Étienne-de-Tinée, partendo presto per godersi la quiete.",
                },
            },
            {
                "title": {"fr": "Soins et étoiles", "en": "Spa and stars", "de": "Thermen und Sterne", "it": "Terme e stelle"},
                "text": {
                    "fr": "Une journée aux thermes de Berthemont-les-Bains, puis une soirée sous l’un des ciels les plus noirs des Alpes du Sud.",
                    "en": "A day at the Berthemont-les-Bains spa, then an evening under one of the darkest skies in the Southern Alps.",
                    "de": "Ein Tag im Thermalbad Berthemont-les-Bains, danach ein Abend unter einem der dunkelsten Himmel der Südalpen.",
                    "it": "Una giornata alle terme di Berthemont-les-Bains, poi una serata sotto uno dei cieli più bui delle Alpi del Sud.",
                },
            },
        ],
        "body": [
            ("heading", {"fr": "Un week-end de la mer aux sommets", "en": "A weekend from sea to summits", "de": "Ein Wochenende vom Meer zu den Gipfeln", "it": "Un weekend dal mare alle vette"}),
            ("paragraph", {
                "fr": "<p>Prenez le train à Nice le samedi matin, déjeunez à Breil-sur-Roya, montez à Saorge pour la nuit puis poursuivez vers Tende et le Musée des Merveilles le dimanche. En voiture, la route de la Vésubie mène en un peu plus d’une heure à Saint-Martin-Vésubie, d’où l’on gagne le Boréon pour une balade au bord du lac.</p>",
                "en": "<p>Take the train from Nice on Saturday morning, have lunch in Breil-sur-Roya, go up to Saorge for the night, then continue to Tende and the Musée des Merveilles on Sunday. By car, the Vésubie road takes you to Saint-Martin-Vésubie in just over an hour, from where you can head up to Le Boréon for a lakeside walk.</p>",
                "de": "<p>Nehmen Sie am Samstagmorgen in Nizza den Zug, essen Sie in Breil-sur-Roya zu Mittag, übernachten Sie in Saorge und fahren Sie am Sonntag weiter nach Tende ins Musée des Merveilles. Mit dem Auto erreicht man über die Vésubie-Straße in gut einer Stunde Saint-Martin-Vésubie und von dort den Boréon für einen Spaziergang am See.</p>",
                "it": "<p>Prendete il treno a Nizza il sabato mattina, pranzate a Breil-sur-Roya, salite a Saorge per la notte e proseguite la domenica verso Tende e il Musée des Merveilles. In auto, la strada della Vésubie porta in poco più di un’ora a Saint-Martin-Vésubie, da dove si raggiunge il Boréon per una passeggiata in riva al lago.</p>",
            }),
        ],
    },
    "family": {
        "slug": {"fr": "en-famille", "en": "family", "de": "mit-der-familie", "it": "in-famiglia"},
        "title": {"fr": "En famille", "en": "Family", "de": "Mit der Familie", "it": "In famiglia"},
        "intro": {
            "fr": "<p>Loups à observer, marmottes à guetter, torrents où tremper les pieds et villages à explorer : le Mercantour réserve aux enfants des vacances pleines de découvertes.</p>",
            "en": "<p>Wolves to watch, marmots to spot, streams to paddle in and villages to explore: the Mercantour gives children holidays full of discoveries.</p>",
            "de": "<p>Wölfe beobachten, Murmeltiere entdecken, die Füße in Bäche tauchen und Dörfer erkunden: Der Mercantour schenkt Kindern Ferien voller Entdeckungen.</p>",
            "it": "<p>Lupi da osservare, marmotte da scovare, torrenti dove bagnarsi i piedi e borghi da esplorare: il Mercantour regala ai bambini vacanze piene di scoperte.</p>",
        },
        "search_description": {
            "fr": "Mercantour en famille : parc Alpha au Boréon, balades faciles, Musée des Merveilles, ski à Valberg, Auron et Isola 2000.",
            "en": "Mercantour with the family: Alpha wolf park at Le Boréon, easy walks, the Musée des Merveilles, skiing at Valberg, Auron and Isola 2000.",
            "de": "Mercantour mit der Familie: Wolfspark Alpha am Boréon, leichte Wanderungen, Musée des Merveilles, Skifahren in Valberg, Auron und Isola 2000.",
            "it": "Mercantour in famiglia: parco Alpha al Boréon, passeggiate facili, Musée des Merveilles, sci a Valberg, Auron e Isola 2000.",
        },
        "motif": "forest",
        "image_alt": {
            "fr": "Illustration : sentier forestier au bord d’un torrent",
            "en": "Illustration: forest path beside a mountain stream",
            "de": "Illustration: Waldweg an einem Gebirgsbach",
            "it": "Illustrazione: sentiero nel bosco lungo un torrente",
        },
        "highlights": [
            {
                "title": {"fr": "Le parc Alpha", "en": "The Alpha wolf park", "de": "Der Wolfspark Alpha", "it": "Il parco Alpha"},
                "text": {
                    "fr": "Au Boréon, des sentiers en forêt mènent aux affûts d’où l’on observe les loups ; des espaces scénographiés racontent l’animal aux enfants.",
                    "en": "At Le Boréon, forest paths lead to hides for watching the wolves, and exhibition spaces tell children all about the animal.",
                    "de": "Am Boréon führen Waldwege zu Beobachtungsständen bei den Wölfen; Ausstellungsräume erklären Kindern das Tier.",
                    "it": "Al Boréon, sentieri nel bosco portano ai capanni da cui osservare i lupi; spazi espositivi raccontano l’animale ai bambini.",
                },
            },
            {
                "title": {"fr": "Premières randonnées", "en": "First hikes", "de": "Erste Wanderungen", "it": "Prime escursioni"},
                "text": {
                    "fr": "Cascade du Boréon, sentiers autour de Saint-Martin-Vésubie ou de Valberg : des balades courtes avec pique-nique et marmottes à la clé.",
                    "en": "The Boréon waterfall, paths around Saint-Martin-Vésubie or Valberg: short walks with a picnic and marmots as a reward.",
                    "de": "Der Boréon-Wasserfall, Wege um Saint-Martin-Vésubie oder Valberg: kurze Touren mit Picknick und Murmeltieren als Belohnung.",
                    "it": "La cascata del Boréon, i sentieri intorno a Saint-Martin-Vésubie o Valberg: passeggiate brevi con picnic e marmotte come premio.",
                },
            },
            {
                "title": {"fr": "Neige en douceur", "en": "Gentle snow days", "de": "Sanfter Schneespaß", "it": "Neve senza fretta"},
                "text": {
                    "fr": "Valberg, Auron et Isola 2000 proposent jardins des neiges, cours de ski pour enfants et pistes faciles, souvent sous le soleil.",
                    "en": "Valberg, Auron and Isola 2000 offer snow gardens, ski lessons for children and easy slopes, often in sunshine.",
                    "de": "Valberg, Auron und Isola 2000 bieten Schneegärten, Skikurse für Kinder und leichte Pisten, oft bei Sonnenschein.",
                    "it": "Valberg, Auron e Isola 2000 offrono giardini della neve, corsi di sci per bambini e piste facili, spesso al sole.",
                },
            },
        ],
        "body": [
            ("heading", {"fr": "Bon à savoir avec des enfants", "en": "Good to know with children", "de": "Gut zu wissen mit Kindern", "it": "Da sapere con i bambini"}),
            ("paragraph", {
                "fr": "<p>Choisissez des étapes courtes : en altitude, les enfants se fatiguent vite et le soleil tape fort. Casquette, crème solaire, vêtement chaud et eau en quantité restent de mise, même par beau temps. Le Musée des Merveilles, à Tende, est une belle étape par temps de pluie, avec des animations pour le jeune public.</p>",
                "en": "<p>Choose short stages: at altitude, children tire quickly and the sun is strong. A cap, sun cream, a warm layer and plenty of water are a must, even in fine weather. The Musée des Merveilles in Tende makes a good stop on a rainy day, with activities for young visitors.</p>",
                "de": "<p>Wählen Sie kurze Etappen: In der Höhe werden Kinder schnell müde und die Sonne brennt. Mütze, Sonnencreme, warme Kleidung und reichlich Wasser gehören auch bei schönem Wetter dazu. Das Musée des Merveilles in Tende ist ein schönes Ziel an Regentagen, mit Angeboten für junge Besucher.</p>",
                "it": "<p>Scegliete tappe brevi: in quota i bambini si stancano presto e il sole picchia. Cappellino, crema solare, un capo caldo e acqua in abbondanza sono d’obbligo anche col bel tempo. Il Musée des Merveilles a Tende è una bella tappa nei giorni di pioggia, con attività per i più giovani.</p>",
            }),
        ],
    },
})

DESTINATION["audiences"].update({
    "senior": {
        "slug": {"fr": "seniors", "en": "seniors", "de": "senioren", "it": "senior"},
        "title": {"fr": "Seniors", "en": "Seniors", "de": "Senioren", "it": "Senior"},
        "intro": {
            "fr": "<p>Voyager en train dans la vallée de la Roya, flâner dans les villages, prendre les eaux à Berthemont et marcher à son rythme : le Mercantour se savoure aussi en douceur, hors saison de préférence.</p>",
            "en": "<p>Travelling by train up the Roya valley, strolling through villages, taking the waters at Berthemont and walking at your own pace: the Mercantour can be savoured gently too, ideally outside the peak season.</p>",
            "de": "<p>Mit dem Zug durch das Roya-Tal, Bummeln durch die Dörfer, Kuren in Berthemont und Wandern im eigenen Tempo: Den Mercantour genießt man auch gemächlich, am besten außerhalb der Hochsaison.</p>",
            "it": "<p>Viaggiare in treno nella valle della Roya, passeggiare nei borghi, fare le cure a Berthemont e camminare al proprio ritmo: il Mercantour si gusta anche con calma, meglio fuori stagione.</p>",
        },
        "search_description": {
            "fr": "Mercantour pour les seniors : Train des Merveilles, villages de la Roya, cures à Berthemont-les-Bains et balades faciles au printemps et à l’automne.",
            "en": "Mercantour for seniors: the Train des Merveilles, Roya villages, spa stays at Berthemont-les-Bains and easy walks in spring and autumn.",
            "de": "Mercantour für Senioren: Train des Merveilles, Dörfer der Roya, Kuren in Berthemont-les-Bains und leichte Wege im Frühling und Herbst.",
            "it": "Mercantour per senior: Train des Merveilles, borghi della Roya, cure a Berthemont-les-Bains e passeggiate facili in primavera e autunno.",
        },
        "motif": "village",
        "image_alt": {
            "fr": "Illustration : ruelle de village de montagne et clocher",
            "en": "Illustration: mountain village lane and bell tower",
            "de": "Illustration: Gasse eines Bergdorfs mit Glockenturm",
            "it": "Illustrazione: vicolo di un borgo di montagna e campanile",
        },
        "highlights": [
            {
                "title": {"fr": "Le train comme belvédère", "en": "The train as a viewpoint", "de": "Der Zug als Aussichtspunkt", "it": "Il treno come belvedere"},
                "text": {
                    "fr": "De Nice à Tende, la ligne des Merveilles déroule viaducs, gorges et villages perchés sans le moindre effort ni souci de stationnement.",
                    "en": "From Nice to Tende, the Merveilles line unrolls viaducts, gorges and hilltop villages with no effort and no parking worries.",
                    "de": "Von Nizza bis Tende zeigt die Merveilles-Strecke Viadukte, Schluchten und Bergdörfer – ganz ohne Mühe und Parkplatzsuche.",
                    "it": "Da Nizza a Tende, la linea delle Merveilles srotola viadotti, gole e borghi arroccati senza fatica né problemi di parcheggio.",
                },
            },
            {
                "title": {"fr": "Patrimoine à portée de pas", "en": "Heritage within easy reach", "de": "Kulturerbe in Reichweite", "it": "Patrimonio a portata di passo"},
                "text": {
                    "fr": "Le Musée des Merveilles à Tende, les chapelles de La Brigue et les ruelles de Saint-Martin-Vésubie se découvrent sans longue marche.",
                    "en": "The Musée des Merveilles in Tende, the chapels of La Brigue and the lanes of Saint-Martin-Vésubie can be enjoyed without long walks.",
                    "de": "Das Musée des Merveilles in Tende, die Kapellen von La Brigue und die Gassen von Saint-Martin-Vésubie erreicht man ohne lange Wege.",
                    "it": "Il Musée des Merveilles a Tende, le cappelle di La Brigue e i vicoli di Saint-Martin-Vésubie si scoprono senza lunghe camminate.",
                },
            },
            {
                "title": {"fr": "Cure en montagne", "en": "A mountain spa stay", "de": "Kur in den Bergen", "it": "Cure in montagna"},
                "text": {
                    "fr": "Les thermes de Berthemont-les-Bains, dans la Vésubie, accueillent curistes et visiteurs à la recherche de calme pendant la saison thermale.",
                    "en": "The Berthemont-les-Bains spa in the Vésubie welcomes patients on treatment courses and visitors seeking calm during the spa season.",
                    "de": "Das Thermalbad Berthemont-les-Bains im Vésubie-Tal empfängt während der Saison Kurgäste und Ruhesuchende.",
                    "it": "Le terme di Berthemont-les-Bains, in Vésubie, accolgono curandi e visitatori in cerca di quiete durante la stagione termale.",
                },
            },
        ],
        "body": [
            ("heading", {"fr": "Choisir sa saison", "en": "Choosing your season", "de": "Die richtige Jahreszeit", "it": "Scegliere la stagione"}),
            ("paragraph", {
                "fr": "<p>Juin et septembre sont idéaux : prairies fleuries ou mélèzes qui commencent à dorer, températures agréables et villages tranquilles. Les routes de montagne sont étroites et sinueuses ; prévoyez des pauses et, si vous préférez ne pas conduire, combinez train et taxis locaux. L’office de tourisme vous conseille des balades de niveau facile et des visites guidées adaptées.</p>",
                "en": "<p>June and September are ideal: meadows in flower or larches starting to turn gold, pleasant temperatures and quiet villages. Mountain roads are narrow and winding, so plan breaks and, if you would rather not drive, combine the train with local taxis. The tourist office can suggest easy walks and suitable guided tours.</p>",
                "de": "<p>Juni und September sind ideal: blühende Wiesen oder sich goldgelb färbende Lärchen, angenehme Temperaturen und ruhige Dörfer. Die Bergstraßen sind schmal und kurvig; planen Sie Pausen ein und kombinieren Sie, wenn Sie nicht selbst fahren möchten, Zug und örtliche Taxis. Das Tourismusbüro empfiehlt leichte Spaziergänge und passende Führungen.</p>",
                "it": "<p>Giugno e settembre sono ideali: prati in fiore o larici che iniziano a dorarsi, temperature gradevoli e borghi tranquilli. Le strade di montagna sono strette e tortuose: prevedete pause e, se preferite non guidare, abbinate treno e taxi locali. L’ufficio del turismo consiglia passeggiate facili e visite guidate adatte.</p>",
            }),
        ],
    },
    "group": {
        "slug": {"fr": "en-groupe", "en": "groups", "de": "gruppen", "it": "gruppi"},
        "title": {"fr": "En groupe", "en": "Groups", "de": "Gruppen", "it": "Gruppi"},
        "intro": {
            "fr": "<p>Clubs de randonnée, associations, scolaires ou séminaires : les vallées du Mercantour accueillent les groupes avec guides agréés, hébergements collectifs et visites commentées.</p>",
            "en": "<p>Hiking clubs, associations, school trips or company retreats: the Mercantour valleys welcome groups with approved guides, group accommodation and guided tours.</p>",
            "de": "<p>Wandervereine, Verbände, Schulklassen oder Seminare: Die Täler des Mercantour empfangen Gruppen mit zugelassenen Führern, Gruppenunterkünften und Führungen.</p>",
            "it": "<p>Club escursionistici, associazioni, scuole o seminari: le valli del Mercantour accolgono i gruppi con guide autorizzate, alloggi collettivi e visite guidate.</p>",
        },
        "search_description": {
            "fr": "Groupes dans le Mercantour : Vallée des Merveilles avec guide agréé, Musée des Merveilles, parc Alpha, gîtes et refuges pour groupes.",
            "en": "Groups in the Mercantour: the Vallée des Merveilles with an approved guide, the Musée des Merveilles, Alpha wolf park, group gîtes and huts.",
            "de": "Gruppen im Mercantour: Vallée des Merveilles mit zugelassenem Führer, Musée des Merveilles, Wolfspark Alpha, Gruppenunterkünfte und Hütten.",
            "it": "Gruppi nel Mercantour: Vallée des Merveilles con guida autorizzata, Musée des Merveilles, parco Alpha, gîte e rifugi per gruppi.",
        },
        "motif": "mountains",
        "image_alt": {
            "fr": "Illustration : groupe de randonneurs sur un sentier d’altitude",
            "en": "Illustration: group of hikers on a high mountain trail",
            "de": "Illustration: Wandergruppe auf einem Höhenweg",
            "it": "Illustrazione: gruppo di escursionisti su un sentiero in quota",
        },
        "highlights": [
            {
                "title": {"fr": "Les Merveilles avec un guide", "en": "The Merveilles with a guide", "de": "Die Merveilles mit Führer", "it": "Le Merveilles con una guida"},
                "text": {
                    "fr": "Les accompagnateurs agréés conduisent les groupes vers les gravures et les leur font lire ; réservez longtemps à l’avance pour l’été.",
                    "en": "Approved guides lead groups to the engravings and teach them to read them; book well ahead for the summer.",
                    "de": "Zugelassene Führer bringen Gruppen zu den Gravuren und erklären sie; für den Sommer frühzeitig buchen.",
                    "it": "Gli accompagnatori autorizzati conducono i gruppi alle incisioni e insegnano a leggerle; prenotate con largo anticipo per l’estate.",
                },
            },
            {
                "title": {"fr": "Visites sur réservation", "en": "Visits by booking", "de": "Besichtigungen nach Anmeldung", "it": "Visite su prenotazione"},
                "text": {
                    "fr": "Musée des Merveilles, parc Alpha et couvent de Saorge proposent des visites de groupe ; pensez à vérifier l’accès des autocars.",
                    "en": "The Musée des Merveilles, the Alpha park and the Saorge friary offer group visits; remember to check coach access.",
                    "de": "Musée des Merveilles, Park Alpha und das Kloster von Saorge bieten Gruppenführungen; prüfen Sie die Zufahrt für Reisebusse.",
                    "it": "Musée des Merveilles, parco Alpha e convento di Saorge propongono visite di gruppo; verificate l’accesso dei pullman.",
                },
            },
            {
                "title": {"fr": "Hébergements collectifs", "en": "Group accommodation", "de": "Gruppenunterkünfte", "it": "Alloggi collettivi"},
                "text": {
                    "fr": "Gîtes d’étape, centres de vacances et refuges permettent de loger un groupe au cœur des vallées, en demi-pension le plus souvent.",
                    "en": "Walkers’ gîtes, holiday centres and mountain huts can house a group in the heart of the valleys, usually on a half-board basis.",
                    "de": "Etappenunterkünfte, Ferienzentren und Hütten beherbergen Gruppen mitten in den Tälern, meist mit Halbpension.",
                    "it": "Posti tappa, centri vacanze e rifugi permettono di ospitare un gruppo nel cuore delle valli, per lo più a mezza pensione.",
                },
            },
        ],
        "body": [
            ("heading", {"fr": "Organiser un séjour de groupe", "en": "Planning a group stay", "de": "Einen Gruppenaufenthalt planen", "it": "Organizzare un soggiorno di gruppo"}),
            ("paragraph", {
                "fr": "<p>Les routes de la Roya, de la Vésubie et de la Tinée sont praticables en autocar, mais certaines routes d’accès aux sites, comme celles du Boréon ou de Castérino, sont étroites : renseignez-vous avant de réserver. Le train Nice–Tende reste une excellente option pour les groupes, à condition de prévenir la SNCF pour les effectifs importants. Dans le cœur du parc, les groupes sont soumis à des règles propres : l’office de tourisme et la Maison du Parc vous aident à construire un programme conforme.</p>",
                "en": "<p>The Roya, Vésubie and Tinée roads can be used by coaches, but some access roads to sites, such as those to Le Boréon or Castérino, are narrow: check before booking. The Nice–Tende train remains an excellent option for groups, provided you let SNCF know about large parties. In the core of the park, groups are subject to specific rules: the tourist office and the park visitor centre will help you build a compliant programme.</p>",
                "de": "<p>Die Straßen von Roya, Vésubie und Tinée sind für Reisebusse befahrbar, manche Zufahrten wie zum Boréon oder nach Castérino aber eng: Erkundigen Sie sich vor der Buchung. Der Zug Nizza–Tende ist eine ausgezeichnete Option für Gruppen, sofern man größere Gruppen bei der SNCF anmeldet. Im Kerngebiet des Parks gelten für Gruppen eigene Regeln: Tourismusbüro und Maison du Parc helfen bei einem passenden Programm.</p>",
                "it": "<p>Le strade della Roya, della Vésubie e della Tinée sono percorribili in pullman, ma alcune vie d’accesso ai siti, come quelle del Boréon o di Castérino, sono strette: informatevi prima di prenotare. Il treno Nizza–Tende resta un’ottima soluzione per i gruppi, a patto di avvisare la SNCF per i gruppi numerosi. Nel cuore del parco i gruppi sono soggetti a regole specifiche: l’ufficio del turismo e la Maison du Parc vi aiutano a costruire un programma conforme.</p>",
            }),
        ],
    },
    "friends": {
        "slug": {"fr": "entre-amis", "en": "with-friends", "de": "mit-freunden", "it": "tra-amici"},
        "title": {"fr": "Entre amis", "en": "With friends", "de": "Mit Freunden", "it": "Tra amici"},
        "intro": {
            "fr": "<p>Descente de la Roya en raft, via ferrata à la Colmiane, soirée en refuge et journée de ski à Isola 2000 : entre amis, le Mercantour se vit à plusieurs et à fond.</p>",
            "en": "<p>Rafting down the Roya, the via ferrata at La Colmiane, an evening in a mountain hut and a day’s skiing at Isola 2000: with friends, the Mercantour is best enjoyed together and to the full.</p>",
            "de": "<p>Rafting auf der Roya, Klettersteig in La Colmiane, ein Abend auf der Hütte und ein Skitag in Isola 2000: Mit Freunden erlebt man den Mercantour gemeinsam und mit vollem Einsatz.</p>",
            "it": "<p>Discesa della Roya in rafting, via ferrata alla Colmiane, serata in rifugio e giornata di sci a Isola 2000: tra amici il Mercantour si vive insieme e fino in fondo.</p>",
        },
        "search_description": {
            "fr": "Mercantour entre amis : rafting et canyoning, via ferrata, nuits en refuge, ski et randonnée à Isola 2000, Auron et Valberg.",
            "en": "Mercantour with friends: rafting and canyoning, via ferrata, nights in mountain huts, skiing and hiking at Isola 2000, Auron and Valberg.",
            "de": "Mercantour mit Freunden: Rafting und Canyoning, Klettersteig, Hüttennächte, Skifahren und Wandern in Isola 2000, Auron und Valberg.",
            "it": "Mercantour tra amici: rafting e canyoning, via ferrata, notti in rifugio, sci ed escursioni a Isola 2000, Auron e Valberg.",
        },
        "motif": "mountains",
        "image_alt": {
            "fr": "Illustration : torrent de montagne entre des rochers",
            "en": "Illustration: mountain stream between rocks",
            "de": "Illustration: Gebirgsbach zwischen Felsen",
            "it": "Illustrazione: torrente di montagna tra le rocce",
        },
        "highlights": [
            {
                "title": {"fr": "Sensations en eaux vives", "en": "White-water thrills", "de": "Wildwasser-Action", "it": "Emozioni in acque vive"},
                "text": {
                    "fr": "Raft, hydrospeed ou canyon : les bases d’eaux vives de Breil-sur-Roya et les guides de la Vésubie proposent des sorties de la demi-journée à la journée.",
                    "en": "Rafting, hydrospeed or canyoning: white-water centres in Breil-sur-Roya and guides in the Vésubie offer half-day to full-day trips.",
                    "de": "Rafting, Hydrospeed oder Canyoning: Wildwasserbasen in Breil-sur-Roya und Guides im Vésubie-Tal bieten Touren von einem halben bis zu einem Tag.",
                    "it": "Rafting, hydrospeed o canyon: le basi di acque vive di Breil-sur-Roya e le guide della Vésubie propongono uscite da mezza giornata a una giornata.",
                },
            },
            {
                "title": {"fr": "Une nuit en refuge", "en": "A night in a hut", "de": "Eine Nacht auf der Hütte", "it": "Una notte in rifugio"},
                "text": {
                    "fr": "Monter ensemble au refuge, partager le repas du soir et voir le jour se lever sur les lacs : un souvenir commun garanti.",
                    "en": "Walking up to the hut together, sharing the evening meal and watching the sun rise over the lakes: a shared memory guaranteed.",
                    "de": "Gemeinsam zur Hütte aufsteigen, das Abendessen teilen und den Sonnenaufgang über den Seen erleben: eine gemeinsame Erinnerung garantiert.",
                    "it": "Salire insieme al rifugio, condividere la cena e veder sorgere il sole sui laghi: un ricordo comune garantito.",
                },
            },
            {
                "title": {"fr": "Glisse à Isola 2000", "en": "Slopes at Isola 2000", "de": "Pistenspaß in Isola 2000", "it": "Sulle piste di Isola 2000"},
                "text": {
                    "fr": "La station, créée en 1971 au-dessus du village d’Isola, offre un domaine d’altitude où la neige tient souvent bien, à moins de deux heures de Nice.",
                    "en": "Created in 1971 above the village of Isola, the resort offers high-altitude slopes where the snow often holds well, less than two hours from Nice.",
                    "de": "Der 1971 oberhalb des Dorfes Isola gegründete Ort bietet hoch gelegene Pisten mit oft gutem Schnee, keine zwei Stunden von Nizza.",
                    "it": "Nata nel 1971 sopra il paese di Isola, la stazione offre un comprensorio in quota dove la neve tiene spesso bene, a meno di due ore da Nizza.",
                },
            },
        ],
        "body": [
            ("heading", {"fr": "Bien préparer l’aventure", "en": "Preparing your adventure", "de": "Gut vorbereitet ins Abenteuer", "it": "Preparare bene l’avventura"}),
            ("paragraph", {
                "fr": "<p>Pour le canyoning, la via ferrata ou la haute montagne, passez par des professionnels diplômés qui connaissent les niveaux d’eau et la météo du jour. Réservez les refuges tôt pour les week-ends d’été, et souvenez-vous que le bivouac dans le cœur du parc n’est toléré que de 19 h à 9 h, loin des routes : pas de camping sauvage entre amis au bord des lacs.</p>",
                "en": "<p>For canyoning, via ferrata or high mountain routes, go with qualified professionals who know the water levels and the day’s weather. Book huts early for summer weekends, and remember that bivouacking in the core of the park is only tolerated from 7 pm to 9 am, away from roads: no wild camping with friends on the lakeshore.</p>",
                "de": "<p>Für Canyoning, Klettersteig oder Hochtouren gehen Sie mit diplomierten Profis, die Wasserstände und Tageswetter kennen. Reservieren Sie Hütten für Sommerwochenenden früh, und denken Sie daran, dass Biwakieren im Kerngebiet des Parks nur von 19 bis 9 Uhr und fern der Straßen geduldet ist: kein wildes Zelten mit Freunden am Seeufer.</p>",
                "it": "<p>Per canyoning, via ferrata o alta montagna rivolgetevi a professionisti qualificati che conoscono i livelli dell’acqua e il meteo del giorno. Prenotate presto i rifugi per i fine settimana estivi e ricordate che nel cuore del parco il bivacco è tollerato solo dalle 19 alle 9, lontano dalle strade: niente campeggio libero tra amici in riva ai laghi.</p>",
            }),
        ],
    },
})

# ----------------------------------------------------------------------------------------------------
DESTINATION["pages"].extend([
    {
        "slug": {"fr": "venir-et-se-deplacer", "en": "getting-here-and-around", "de": "anreise-und-mobilitaet", "it": "come-arrivare-e-spostarsi"},
        "title": {"fr": "Venir et se déplacer", "en": "Getting here and around", "de": "Anreise und Mobilität", "it": "Come arrivare e spostarsi"},
        "intro": {
            "fr": "<p>Depuis Nice et son aéroport, les vallées du Mercantour se rejoignent en train, en car ou en voiture, en une heure et demie environ selon la destination.</p>",
            "en": "<p>From Nice and its airport, the Mercantour valleys can be reached by train, coach or car in about an hour and a half, depending on where you are heading.</p>",
            "de": "<p>Von Nizza und seinem Flughafen erreicht man die Täler des Mercantour mit Zug, Bus oder Auto, je nach Ziel in etwa anderthalb Stunden.</p>",
            "it": "<p>Da Nizza e dal suo aeroporto, le valli del Mercantour si raggiungono in treno, pullman o auto, in circa un’ora e mezza a seconda della meta.</p>",
        },
        "search_description": {
            "fr": "Accès au Mercantour : Train des Merveilles Nice–Tende, cars depuis Nice vers la Vésubie et la Tinée, routes de montagne et conseils de conduite.",
            "en": "Getting to the Mercantour: the Nice–Tende Train des Merveilles, coaches from Nice to the Vésubie and Tinée, mountain roads and driving tips.",
            "de": "Anreise in den Mercantour: Train des Merveilles Nizza–Tende, Busse ab Nizza in Vésubie und Tinée, Bergstraßen und Tipps zum Fahren.",
            "it": "Come arrivare nel Mercantour: Train des Merveilles Nizza–Tende, pullman da Nizza per Vésubie e Tinée, strade di montagna e consigli di guida.",
        },
        "motif": "sea",
        "image_alt": {
            "fr": "Illustration : la côte niçoise et les montagnes de l’arrière-pays",
            "en": "Illustration: the coast at Nice and the mountains of the hinterland",
            "de": "Illustration: die Küste bei Nizza und die Berge des Hinterlands",
            "it": "Illustrazione: la costa di Nizza e le montagne dell’entroterra",
        },
        "body": [
            ("heading", {"fr": "Le Train des Merveilles", "en": "The Train des Merveilles", "de": "Der Train des Merveilles", "it": "Il Train des Merveilles"}),
            ("paragraph", {
                "fr": "<p>Les TER régionaux relient la gare de Nice-Ville à Tende par Sospel, Breil-sur-Roya, Fontan-Saorge et Saint-Dalmas-de-Tende, en deux heures environ. Surnommée « Train des Merveilles », la ligne compte parmi les plus spectaculaires des Alpes, avec ses viaducs et ses tunnels taillés au-dessus de la Roya. Consultez les horaires avant de partir : les circulations sont peu nombreuses et peuvent être modifiées en cas de travaux.</p>",
                "en": "<p>Regional TER trains link Nice-Ville station with Tende via Sospel, Breil-sur-Roya, Fontan-Saorge and Saint-Dalmas-de-Tende in about two hours. Nicknamed the “Train des Merveilles”, the line is one of the most spectacular in the Alps, with viaducts and tunnels cut high above the Roya. Check timetables before you go: there are only a few trains a day and services may change during engineering works.</p>",
                "de": "<p>Regionalzüge (TER) verbinden den Bahnhof Nice-Ville in rund zwei Stunden über Sospel, Breil-sur-Roya, Fontan-Saorge und Saint-Dalmas-de-Tende mit Tende. Die „Train des Merveilles“ genannte Strecke gehört mit ihren Viadukten und Tunneln hoch über der Roya zu den spektakulärsten der Alpen. Prüfen Sie vor der Abfahrt den Fahrplan: Es verkehren nur wenige Züge, und bei Bauarbeiten kann sich das Angebot ändern.</p>",
                "it": "<p>I treni regionali TER collegano la stazione di Nice-Ville a Tende passando per Sospel, Breil-sur-Roya, Fontan-Saorge e Saint-Dalmas-de-Tende, in circa due ore. Soprannominata «Train des Merveilles», la linea è tra le più spettacolari delle Alpi, con viadotti e gallerie scavate sopra la Roya. Controllate gli orari prima di partire: le corse sono poche e possono cambiare in caso di lavori.</p>",
            }),
            ("heading", {"fr": "En car et en voiture", "en": "By coach and by car", "de": "Mit Bus und Auto", "it": "In pullman e in auto"}),
            ("paragraph", {
                "fr": "<p>Des lignes régulières du réseau départemental et régional desservent depuis Nice la Vésubie jusqu’à Saint-Martin-Vésubie, la Tinée jusqu’à Isola et Saint-Étienne-de-Tinée, ainsi que Valberg. En hiver, des navettes neige rejoignent les stations d’Isola 2000, d’Auron et de Valberg. Les fréquences sont limitées, surtout le dimanche : vérifiez les horaires et réservez lorsque c’est demandé.</p>",
                "en": "<p>Regular departmental and regional bus lines run from Nice up the Vésubie to Saint-Martin-Vésubie, up the Tinée to Isola and Saint-Étienne-de-Tinée, and to Valberg. In winter, snow shuttles serve the resorts of Isola 2000, Auron and Valberg. Services are infrequent, especially on Sundays: check timetables and book when required.</p>",
                "de": "<p>Regelmäßige Buslinien des Départements und der Region fahren ab Nizza durch das Vésubie-Tal bis Saint-Martin-Vésubie, durch das Tinée-Tal bis Isola und Saint-Étienne-de-Tinée sowie nach Valberg. Im Winter bringen Schneeshuttles Gäste nach Isola 2000, Auron und Valberg. Die Busse fahren selten, besonders sonntags: Fahrpläne prüfen und bei Bedarf reservieren.</p>",
                "it": "<p>Linee regolari della rete dipartimentale e regionale servono da Nizza la Vésubie fino a Saint-Martin-Vésubie, la Tinée fino a Isola e Saint-Étienne-de-Tinée, oltre a Valberg. D’inverno navette neve raggiungono le stazioni di Isola 2000, Auron e Valberg. Le corse sono poche, soprattutto la domenica: verificate gli orari e prenotate quando richiesto.</p>",
            }),
            ("paragraph", {
                "fr": "<p>Depuis Nice, la vallée du Var mène aux routes de la Vésubie (M2565), de la Tinée (M2205) et des gorges du Cians ou de Daluis vers Valberg ; la Roya se rejoint par Sospel ou par l’Italie. Ces routes sont étroites, sinueuses et parfois soumises aux chutes de pierres ou aux fermetures après de fortes pluies, comme lors de la tempête Alex en octobre 2020. Du 1er novembre au 31 mars, pneus hiver ou chaînes sont obligatoires dans de nombreuses communes de montagne ; les cols de la Bonette et de la Cayolle sont fermés par la neige.</p>",
                "en": "<p>From Nice, the Var valley leads to the Vésubie road (M2565), the Tinée road (M2205) and the Cians or Daluis gorges towards Valberg; the Roya is reached via Sospel or through Italy. These roads are narrow and winding, sometimes affected by rockfalls or closed after heavy rain, as during Storm Alex in October 2020. From 1 November to 31 March, winter tyres or chains are compulsory in many mountain municipalities, and the Bonette and Cayolle passes are closed by snow.</p>",
                "de": "<p>Von Nizza führt das Var-Tal zu den Straßen der Vésubie (M2565), der Tinée (M2205) und durch die Schluchten von Cians oder Daluis nach Valberg; die Roya erreicht man über Sospel oder durch Italien. Diese Straßen sind schmal und kurvig, mitunter von Steinschlag betroffen oder nach starkem Regen gesperrt, wie beim Sturm Alex im Oktober 2020. Vom 1. November bis 31. März sind in vielen Berggemeinden Winterreifen oder Ketten Pflicht; die Pässe Bonette und Cayolle sind wegen Schnee gesperrt.</p>",
                "it": "<p>Da Nizza la valle del Var porta alle strade della Vésubie (M2565), della Tinée (M2205) e delle gole del Cians o di Daluis verso Valberg; la Roya si raggiunge da Sospel o passando per l’Italia. Sono strade strette e tortuose, talvolta soggette a caduta massi o chiuse dopo forti piogge, come durante la tempesta Alex dell’ottobre 2020. Dal 1° novembre al 31 marzo pneumatici invernali o catene sono obbligatori in molti comuni di montagna, e i colli della Bonette e della Cayolle sono chiusi per neve.</p>",
            }),
        ],
    },
])

DESTINATION["pages"].extend([
    {
        "slug": {"fr": "infos-pratiques", "en": "practical-information", "de": "praktische-informationen", "it": "informazioni-pratiche"},
        "title": {"fr": "Infos pratiques", "en": "Practical information", "de": "Praktische Informationen", "it": "Informazioni pratiche"},
        "intro": {
            "fr": "<p>Réglementation du cœur du parc, chiens de protection des troupeaux, météo de montagne et refuges : l’essentiel pour profiter du Mercantour en toute sérénité.</p>",
            "en": "<p>Rules in the core of the park, livestock guarding dogs, mountain weather and huts: the essentials for enjoying the Mercantour with peace of mind.</p>",
            "de": "<p>Regeln im Kerngebiet des Parks, Herdenschutzhunde, Bergwetter und Hütten: das Wichtigste, um den Mercantour unbeschwert zu genießen.</p>",
            "it": "<p>Regole nel cuore del parco, cani da guardiania delle greggi, meteo di montagna e rifugi: l’essenziale per godersi il Mercantour in tutta serenità.</p>",
        },
        "search_description": {
            "fr": "Infos pratiques Mercantour : règles du cœur du parc (chiens interdits, bivouac), patous, météo et orages, réservation des refuges.",
            "en": "Mercantour practical info: core-zone rules (no dogs, bivouac), livestock guarding dogs, weather and storms, booking mountain huts.",
            "de": "Praktisches zum Mercantour: Regeln im Kerngebiet (keine Hunde, Biwak), Herdenschutzhunde, Wetter und Gewitter, Hüttenreservierung.",
            "it": "Info pratiche Mercantour: regole del cuore del parco (cani vietati, bivacco), cani da guardiania, meteo e temporali, prenotazione rifugi.",
        },
        "motif": "mountains",
        "image_alt": {
            "fr": "Illustration : refuge de montagne au pied des sommets",
            "en": "Illustration: mountain hut below the peaks",
            "de": "Illustration: Berghütte am Fuß der Gipfel",
            "it": "Illustrazione: rifugio di montagna ai piedi delle vette",
        },
        "body": [
            ("heading", {"fr": "Dans le cœur du parc", "en": "In the core of the park", "de": "Im Kerngebiet des Parks", "it": "Nel cuore del parco"}),
            ("paragraph", {
                "fr": "<p>Des panneaux signalent l’entrée dans le cœur du Parc national. Les chiens y sont interdits, même tenus en laisse, tout comme les feux, la cueillette, le dérangement de la faune, les drones et le camping. Le bivouac est toléré de 19 h à 9 h, à plus d’une heure de marche des limites du cœur ou d’un accès routier. Le VTT n’est admis que sur certains itinéraires : renseignez-vous auprès des Maisons du Parc.</p>",
                "en": "<p>Signs mark the entrance to the core of the National Park. Dogs are banned there, even on a lead, as are fires, picking plants, disturbing wildlife, drones and camping. Bivouacking is tolerated from 7 pm to 9 am, more than an hour’s walk from the core boundary or a road. Mountain biking is only allowed on certain routes: ask at the park visitor centres.</p>",
                "de": "<p>Schilder markieren den Eingang ins Kerngebiet des Nationalparks. Hunde sind dort verboten, auch angeleint, ebenso Feuer, Pflanzenpflücken, das Stören der Tiere, Drohnen und Camping. Biwakieren ist von 19 bis 9 Uhr geduldet, mehr als eine Gehstunde von der Grenze des Kerngebiets oder einer Straße entfernt. Mountainbiken ist nur auf bestimmten Strecken erlaubt: Auskunft in den Maisons du Parc.</p>",
                "it": "<p>Cartelli segnalano l’ingresso nel cuore del Parco nazionale. Qui i cani sono vietati, anche al guinzaglio, così come i fuochi, la raccolta di piante, il disturbo della fauna, i droni e il campeggio. Il bivacco è tollerato dalle 19 alle 9, a più di un’ora di cammino dai confini del cuore o da una strada. La mountain bike è ammessa solo su alcuni itinerari: informatevi presso le Maisons du Parc.</p>",
            }),
            ("heading", {"fr": "Troupeaux et chiens de protection", "en": "Flocks and guarding dogs", "de": "Herden und Herdenschutzhunde", "it": "Greggi e cani da guardiania"}),
            ("paragraph", {
                "fr": "<p>En été, les alpages accueillent de grands troupeaux gardés par des chiens de protection, souvent des montagnes des Pyrénées appelés « patous ». Leur rôle est d’éloigner le loup : à leur approche, arrêtez-vous, restez calme, ne les caressez pas et ne les menacez pas, puis contournez largement le troupeau. À vélo, descendez et poussez votre machine.</p>",
                "en": "<p>In summer, the high pastures are grazed by large flocks watched over by livestock guarding dogs, often Pyrenean mountain dogs known as “patous”. Their job is to keep wolves away: if one approaches, stop, stay calm, do not stroke or threaten it, then give the flock a wide berth. If cycling, get off and push your bike.</p>",
                "de": "<p>Im Sommer weiden auf den Almen große Herden, bewacht von Herdenschutzhunden, oft Pyrenäenberghunden, hier „Patous“ genannt. Sie sollen den Wolf fernhalten: Nähert sich ein Hund, bleiben Sie stehen und ruhig, streicheln oder bedrohen Sie ihn nicht und umgehen Sie die Herde weiträumig. Mit dem Rad absteigen und schieben.</p>",
                "it": "<p>D’estate gli alpeggi ospitano grandi greggi sorvegliate da cani da guardiania, spesso cani da montagna dei Pirenei chiamati «patous». Il loro compito è tenere lontano il lupo: se uno si avvicina fermatevi, restate calmi, non accarezzatelo né minacciatelo e aggirate il gregge a distanza. In bici, scendete e spingete.</p>",
            }),
            ("paragraph", {
                "fr": "<p>Météo et refuges : en altitude, la neige persiste souvent jusqu’en juin et les orages éclatent fréquemment l’après-midi en été ; consultez le bulletin de Météo-France avant chaque sortie. Les refuges, gérés notamment par le Club alpin français, sont gardés en général de juin à septembre et doivent être réservés. Urgences : composez le 112.</p>",
                "en": "<p>Weather and huts: at altitude, snow often lingers until June and summer storms frequently break in the afternoon, so check the Météo-France forecast before every outing. The huts, many run by the Club Alpin Français, are usually staffed from June to September and must be booked. Emergencies: dial 112.</p>",
                "de": "<p>Wetter und Hütten: In der Höhe liegt oft bis Juni Schnee, und im Sommer ziehen häufig nachmittags Gewitter auf; prüfen Sie vor jeder Tour den Bericht von Météo-France. Die Hütten, viele davon vom Club Alpin Français betrieben, sind meist von Juni bis September bewirtschaftet und müssen reserviert werden. Notruf: 112.</p>",
                "it": "<p>Meteo e rifugi: in quota la neve resta spesso fino a giugno e d’estate i temporali scoppiano di frequente nel pomeriggio; consultate il bollettino di Météo-France prima di ogni uscita. I rifugi, molti gestiti dal Club Alpin Français, sono di solito custoditi da giugno a settembre e vanno prenotati. Emergenze: 112.</p>",
            }),
        ],
    },
])
