"""Blind set GI: the Sahel and West Africa 2013-2025 as live blogs and timelines: the first days of
the Niger coup, Bazoum held and Tchiani at the head of the junta, July 2023 (English live blog); a
Mali timeline from Serval and Hollande in Timbuktu with Dioncounda Traore to the exit from ECOWAS,
2013-2025 (Arabic timeline); France announcing the killing of Adnan Abu Walid al-Sahrawi, Sept 2021
(English live blog); the January 2022 coup in Burkina Faso, the ECOWAS ministerial mission of
Shirley Ayorkor Botchwey and Damiba succeeding Kabore (Arabic live blog); ECOWAS and the AES
2022-2025, Touray after Kassi Brou, Tinubu after Embalo, Bio after Tinubu, Faye's talks with Goita
and Traore (English timeline); Wagner leaving Mali and Goita received by Putin, June 2025 (Arabic live
blog).
Style: timestamped entries and dated bullet points, headline-like fragments, present tense,
"reminder" entries; phone calls, a visit announced but not (yet) made, a possible successor, a
meeting "expected", a UN accusation denied by Bamako, a killing claim with unnamed victims.
Spellings: Tchiani, Bazoum / بازوم, Dioncounda Traore / ديونكوندا تراوري (not the Burkinabe
Traore), Goita / غويتا, Sahrawi, Botchwey, Embalo, Maada Bio.
Written and annotated blind (extractor neither read nor run).
A DEV set (session 20): written blind, then read by the engineers. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_gi import ALL  # noqa: E402

HERE = Path(__file__).parent

MALI, BF, NIGER, CHAD = "country:mali", "country:burkina-faso", "country:niger", "country:chad"
ECOWAS = "organization:ecowas"
TIANI, BAZOUM, MAHAMAT, TINUBU = ("person:abdourahamane-tiani", "person:mohamed-bazoum",
                                  "person:mahamat-idriss-deby", "person:bola-tinubu")
HOLLANDE, DTRAORE, IBK, GOITA = ("person:francois-hollande", "person:dioncounda-traore",
                                 "person:ibrahim-boubacar-keita", "person:assimi-goita")
MACRON, PARLY, SAHRAWI = "person:emmanuel-macron", "person:florence-parly", "person:adnan-abu-walid-al-sahrawi"
KABORE, DAMIBA, BOTCHWEY = ("person:roch-marc-christian-kabore", "person:paul-henri-damiba",
                            "person:shirley-ayorkor-botchwey")
TOURAY, KASSI, EMBALO, FAYE, TRAORE = ("person:omar-alieu-touray", "person:jean-claude-kassi-brou",
                                       "person:umaro-sissoco-embalo", "person:bassirou-diomaye-faye",
                                       "person:ibrahim-traore")
GNASS, BIO, PUTIN, CAMARA = ("person:faure-gnassingbe", "person:julius-maada-bio", "person:vladimir-putin",
                             "person:sadio-camara")

ARTICLES = [
    ("enGI1_niger_coup_live", "en",
     "LIVE: Coup in Niger - latest updates\n"
     "26 July 2023, 14:10 - Members of the presidential guard are holding President Mohamed Bazoum "
     "inside the palace in Niamey, sources close to the presidency say.\n"
     "23:45 - Soldiers appear on Tele Sahel to announce that the president has been removed and that a "
     "National Council for the Safeguard of the Homeland has taken power.\n"
     "27 July, 09:30 - US Secretary of State Antony Blinken says he spoke by phone with Bazoum overnight "
     "and that Washington \"strongly supports\" him.\n"
     "28 July, 11:05 - General Abdourahamane Tchiani, the guard's commander, reads a statement on state "
     "television as the new head of the junta.\n"
     "28 July, 18:20 - Chad's President Mahamat Idriss Deby says he will travel to Niamey to mediate; "
     "no date has been set.\n"
     "30 July, 16:00 - ECOWAS leaders meeting in Abuja under Nigeria's Bola Tinubu give the junta one "
     "week to reinstate Bazoum.",
     [("LEADS", BAZOUM, NIGER, "President Mohamed Bazoum"),
      ("REPORTED_BY", "organization:niger-cnsp", "outlet:tele-sahel", "Soldiers appear on Tele Sahel"),
      ("LEADS", "person:antony-blinken", "organization:us-state-department", "US Secretary of State Antony"),
      ("SUPPORTS", "country:united-states", BAZOUM, "\"strongly supports\" him"),
      ("LEADS", TIANI, "organization:niger-cnsp", "as the new head of the junta", "2023-07-28"),
      ("LEADS", MAHAMAT, CHAD, "Chad's President Mahamat"),
      ("LEADS", TINUBU, "country:nigeria", "under Nigeria's Bola"),
      ("LEADS", TINUBU, ECOWAS, "ECOWAS leaders meeting in Abuja under"),
      ],
     {"source": "blind set (live blog, English)", "published": "2023-07-30"}),

    ("arGI2_mali_timeline", "ar",
     "تسلسل زمني: مالي من سرفال إلى الكونفدرالية\n"
     "- 11 يناير 2013: فرنسا تطلق عملية سرفال لوقف تقدم الجماعات المسلحة نحو الجنوب، بطلب من الرئيس "
     "الانتقالي ديونكوندا تراوري.\n"
     "- 2 فبراير 2013: الرئيس الفرنسي فرانسوا هولاند يزور تمبكتو برفقة تراوري، ويلتقيه لاحقاً في "
     "باماكو.\n"
     "- 4 سبتمبر 2013: إبراهيم بوبكر كيتا يؤدي اليمين رئيساً خلفاً لديونكوندا تراوري.\n"
     "- 15 أغسطس 2022: آخر جنود برخان يغادرون مالي.\n"
     "- 31 ديسمبر 2023: بعثة مينوسما تنهي انسحابها من البلاد بطلب من باماكو.\n"
     "- 29 يناير 2025: خروج مالي رسمياً من إيكواس مع جارتيها بوركينا فاسو والنيجر.",
     [("LEADS", DTRAORE, MALI, "الرئيس الانتقالي ديونكوندا"),
      ("SUPPORTS", "country:france", MALI, "بطلب من الرئيس", "2013-01-11"),
      ("LEADS", HOLLANDE, "country:france", "الرئيس الفرنسي فرانسوا"),
      ("VISITED", HOLLANDE, "location:timbuktu", "يزور تمبكتو", "2013-02-02"),
      ("MET_WITH", HOLLANDE, DTRAORE, "ويلتقيه لاحقاً", "2013-02-02"),
      ("VISITED", HOLLANDE, "location:bamako", "لاحقاً في باماكو", "2013-02-02"),
      ("SUCCESSOR_OF", IBK, DTRAORE, "رئيساً خلفاً لديونكوندا", "2013-09-04"),
      ("LEADS", IBK, MALI, "يؤدي اليمين رئيساً"),
      ("WITHDREW_FROM", "organization:operation-barkhane", MALI, "آخر جنود برخان", "2022-08-15"),
      ("WITHDREW_FROM", "organization:minusma", MALI, "تنهي انسحابها", "2023-12-31"),
      ("WITHDREW_FROM", MALI, ECOWAS, "خروج مالي رسمياً", "2025-01-29"),
      ("WITHDREW_FROM", BF, ECOWAS, "جارتيها بوركينا فاسو", "2025-01-29"),
      ("WITHDREW_FROM", NIGER, ECOWAS, "بوركينا فاسو والنيجر", "2025-01-29"),
      ],
     {"source": "blind set (timeline, Arabic)", "published": "2025-02-01"}),

    ("enGI3_sahrawi_killed_live", "en",
     "LIVE - France says it has killed the head of IS in the Sahel\n"
     "16 Sept 2021, 01:12 - President Emmanuel Macron announces on Twitter that Adnan Abu Walid "
     "al-Sahrawi, leader of the Islamic State in the Greater Sahara, was \"neutralised by French "
     "forces\". \"This is another major success in our fight against terrorist groups,\" he writes.\n"
     "08:40 - Armed Forces Minister Florence Parly tells reporters that Sahrawi died in August after a "
     "drone strike by Barkhane in the Menaka region, near the border with Niger.\n"
     "09:15 - Parly says the group was behind the 2020 killing of six French aid workers and their "
     "Nigerien guides at Koure; the group has not commented.\n"
     "14:02 - Analysts name Abu al-Bara al-Sahrawi as a possible successor, but the group has not "
     "announced a new emir.\n"
     "15:45 - Parly is expected to meet President Bazoum in Niamey next week to discuss the operation.",
     [("LEADS", MACRON, "country:france", "President Emmanuel Macron announces"),
      ("ASSASSINATED_BY", SAHRAWI, "organization:french-armed-forces", "neutralised by French", "2021-08"),
      ("LEADS", SAHRAWI, "organization:isgs", "leader of the Islamic State in the Greater Sahara"),
      ("LEADS", PARLY, "organization:french-defence-ministry", "Armed Forces Minister Florence"),
      ("ASSASSINATED_BY", SAHRAWI, "organization:operation-barkhane", "drone strike by Barkhane", "2021-08"),
      ],
     {"source": "blind set (live blog, English)", "published": "2021-09-16"}),

    ("arGI4_burkina_coup_live", "ar",
     "مباشر | تطورات الانقلاب في بوركينا فاسو\n"
     "الأحد 23 يناير 2022، 16:30 - إطلاق نار كثيف في ثكنة سانغولي لاميزانا في واغادوغو، والحكومة تنفي "
     "وقوع انقلاب.\n"
     "الاثنين 24 يناير، 22:40 - عسكريون يعلنون عبر التلفزيون الرسمي إطاحة الرئيس روش مارك كريستيان "
     "كابوري وتعليق الدستور.\n"
     "25 يناير، 10:00 - الحركة الوطنية للحماية والاستعادة تعلن أن قائدها هو اللفتنانت كولونيل بول "
     "هنري داميبا.\n"
     "31 يناير، 13:15 - وفد وزاري من إيكواس برئاسة وزيرة الخارجية الغانية شيرلي أيوركور بوتشوي يلتقي "
     "داميبا في واغادوغو، ثم يزور كابوري في مقر إقامته الجبرية.\n"
     "31 يناير، 18:00 - بوتشوي تصف اللقاءين بأنهما \"صريحان\"، وتقول إن الرئيس المعزول \"بخير\".\n"
     "16 فبراير، 11:20 - داميبا يؤدي اليمين رئيساً للبلاد خلفاً لكابوري أمام المجلس الدستوري.",
     [("LEADS", KABORE, BF, "إطاحة الرئيس روش"),
      ("LEADS", DAMIBA, "organization:burkina-mpsr", "تعلن أن قائدها"),
      ("MET_WITH", BOTCHWEY, DAMIBA, "يلتقي داميبا في واغادوغو", "2022-01-31"),
      ("VISITED", BOTCHWEY, "location:ouagadougou", "داميبا في واغادوغو، ثم", "2022-01-31"),
      ("MET_WITH", BOTCHWEY, KABORE, "ثم يزور كابوري", "2022-01-31"),
      ("SUCCESSOR_OF", DAMIBA, KABORE, "خلفاً لكابوري", "2022-02-16"),
      ("LEADS", DAMIBA, BF, "يؤدي اليمين رئيساً للبلاد"),
      ],
     {"source": "blind set (live blog, Arabic)", "published": "2022-02-16"}),

    ("enGI5_ecowas_aes_timeline", "en",
     "TIMELINE: ECOWAS and the Sahel juntas\n"
     "- 3 July 2022: Gambian diplomat Omar Alieu Touray is named president of the ECOWAS Commission, "
     "succeeding Ivorian Jean-Claude Kassi Brou.\n"
     "- 9 July 2023: Nigerian President Bola Tinubu takes over the rotating ECOWAS chairmanship from "
     "Guinea-Bissau's Umaro Sissoco Embalo.\n"
     "- 28 January 2024: Mali, Burkina Faso and Niger announce their immediate withdrawal from the bloc.\n"
     "- 30 May 2024: Senegal's new president, Bassirou Diomaye Faye, visits Bamako and Ouagadougou, "
     "holding talks with Colonel Goita and Captain Traore.\n"
     "- 15 December 2024: ECOWAS grants the three states a six-month grace period; Togo's Faure "
     "Gnassingbe offers to mediate.\n"
     "- 22 June 2025: Sierra Leone's Julius Maada Bio replaces Tinubu as chairman of the bloc at a "
     "summit in Abuja.",
     [("SUCCESSOR_OF", TOURAY, KASSI, "succeeding Ivorian Jean-Claude", "2022-07-03"),
      ("LEADS", TOURAY, "organization:ecowas-commission", "president of the ECOWAS Commission"),
      ("SUCCESSOR_OF", TINUBU, EMBALO, "takes over the rotating ECOWAS chairmanship", "2023-07-09"),
      ("LEADS", TINUBU, "country:nigeria", "Nigerian President Bola"),
      ("LEADS", TINUBU, ECOWAS, "rotating ECOWAS chairmanship"),
      ("LEADS", EMBALO, "country:guinea-bissau", "Guinea-Bissau's Umaro"),
      ("WITHDREW_FROM", MALI, ECOWAS, "announce their immediate withdrawal", "2024-01-28"),
      ("WITHDREW_FROM", BF, ECOWAS, "Mali, Burkina Faso and Niger announce", "2024-01-28"),
      ("WITHDREW_FROM", NIGER, ECOWAS, "Burkina Faso and Niger", "2024-01-28"),
      ("LEADS", FAYE, "country:senegal", "Senegal's new president"),
      ("VISITED", FAYE, "location:bamako", "visits Bamako", "2024-05-30"),
      ("VISITED", FAYE, "location:ouagadougou", "Bamako and Ouagadougou", "2024-05-30"),
      ("MET_WITH", FAYE, GOITA, "holding talks with Colonel Goita", "2024-05-30"),
      ("MET_WITH", FAYE, TRAORE, "and Captain Traore", "2024-05-30"),
      ("LEADS", GNASS, "country:togo", "Togo's Faure"),
      ("SUCCESSOR_OF", BIO, TINUBU, "replaces Tinubu as chairman", "2025-06-22"),
      ("LEADS", BIO, "country:sierra-leone", "Sierra Leone's Julius"),
      ("LEADS", BIO, ECOWAS, "as chairman of the bloc", "2025-06-22"),
      ],
     {"source": "blind set (timeline, English)", "published": "2025-06-23"}),

    ("arGI6_wagner_leaves_goita_moscow", "ar",
     "مباشر | فاغنر تغادر مالي والفيلق الأفريقي باقٍ\n"
     "6 يونيو 2025، 10:20 - مجموعة فاغنر تعلن على تلغرام أنها \"أنجزت مهمتها\" في مالي وستغادر البلاد "
     "بعد ثلاث سنوات ونصف من القتال إلى جانب الجيش المالي.\n"
     "6 يونيو، 12:05 - قناة مقربة من الفيلق الأفريقي الروسي تؤكد بقاءه في مالي تحت إشراف وزارة الدفاع "
     "الروسية.\n"
     "6 يونيو، 15:40 - تذكير: تقرير أممي اتهم عام 2023 الجيش المالي و\"عسكريين أجانب\" بقتل أكثر من "
     "500 شخص في بلدة مورا عام 2022، وهو ما نفته باماكو.\n"
     "23 يونيو، 19:30 - الرئيس الانتقالي الجنرال عاصيمي غويتا يصل إلى موسكو في أول زيارة رسمية له "
     "لروسيا، ويلتقي الرئيس فلاديمير بوتين في الكرملين بحضور وزير الدفاع ساديو كامارا.\n"
     "23 يونيو، 21:10 - الرئيسان يوقّعان اتفاقاً للتعاون في الطاقة النووية المدنية، وغويتا يشكر "
     "موسكو على \"دعمها\".\n"
     "24 يونيو، 09:00 - لا تأكيد بعد لتقارير عن لقاء مرتقب بين غويتا ورئيس الأركان الروسي فاليري "
     "غيراسيموف.",
     [("SUPPORTS", "organization:wagner-group", "organization:malian-armed-forces", "القتال إلى جانب الجيش المالي"),
      ("WITHDREW_FROM", "organization:wagner-group", MALI, "وستغادر البلاد", "2025-06-06"),
      ("PART_OF", "organization:africa-corps", "organization:russian-defence-ministry", "تحت إشراف وزارة الدفاع"),
      ("LEADS", GOITA, MALI, "الرئيس الانتقالي الجنرال"),
      ("VISITED", GOITA, "location:moscow", "يصل إلى موسكو", "2025-06-23"),
      ("MET_WITH", GOITA, PUTIN, "ويلتقي الرئيس فلاديمير", "2025-06-23"),
      ("MET_WITH", PUTIN, CAMARA, "بحضور وزير الدفاع", "2025-06-23"),
      ("MET_WITH", GOITA, CAMARA, "في الكرملين بحضور", "2025-06-23"),
      ("LEADS", PUTIN, "country:russia", "الرئيس فلاديمير بوتين"),
      ("LEADS", CAMARA, "organization:malian-defence-ministry", "وزير الدفاع ساديو"),
      ("SUPPORTS", "country:russia", MALI, "موسكو على"),
      ],
     {"source": "blind set (live blog, Arabic)", "published": "2025-06-24"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setGI")
