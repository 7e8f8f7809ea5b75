"""Blind set UA: Russia and Turkey over Syria, 2015-2023 (first folder of UA-UB): the Su-24 shot down by
Turkish jets near the Syrian border (24 November 2015), the reconciliation meetings of 2016 (Cavusoglu and
Lavrov in Sochi, Erdogan received by Putin near St Petersburg), the killing of Russia's ambassador Andrei
Karlov in Ankara (19 December 2016) and the Moscow meetings of the next day, Assad's talks with Putin in the
Kremlin (March 2023), and Syrian ministers succeeding each other (Ali Mahmoud Abbas after Ali Ayyoub, Faisal
Mekdad after Walid Muallem), as a Russian state agency writes it in English (TASS-like: "ANKARA, December 19.
/TASS/."), Turkey's state agency in Arabic (Anadolu-like: "موسكو/ الأناضول"), a British wire in English
(Reuters-like: "(Reuters) -"), a London-based Saudi daily in Arabic (Asharq al-Awsat-like: "موسكو: «الشرق
الأوسط»"), a French wire in English (AFP-like: "MOSCOW (AFP) -") and Syria's state agency in Arabic
(SANA-like: "دمشق-سانا").
Pieces: Karlov shot dead by an off-duty policeman named by the Turkish authorities (English, UA1); Cavusoglu
meets Lavrov and Zarif in Moscow, the three defence ministers meet; the gunman named again (Arabic, UA2);
Turkish jets down the Su-24, its pilot killed by ground fire (no agent); Putin meets King Abdullah in Sochi;
Lavrov and Cavusoglu only expected in Belgrade (English, UA3); Putin receives Erdogan near St Petersburg; Cavusoglu
had met Lavrov in Sochi (Arabic, UA4); Putin receives Assad in the Kremlin (English, UA5); Abbas appointed
to succeed Ayyoub, Ayyoub had succeeded Freij, Mekdad succeeded Muallem; Mekdad receives Lavrentiev with
Yefimov present (Arabic, UA6).
Excluded on purpose (no relation): Putin's phone call to Erdogan, the Turkish claim that the gunman belonged
to Gulen's network (denied), the gunman killed by unnamed special forces (UA1); the Turkish accusation of the
Gulen organisation (UA2); the pilot's death by ground fire and the marine's death (no named agent),
Lavrov's cancelled visit to Turkey and the meeting with Cavusoglu it was to include, their expected
attendance in Belgrade (UA3); Erdogan's letter
and the phone call, the planned meeting of ministers and intelligence chiefs (UA4); a meeting of Assad and
Erdogan "not on the agenda", Assad's conditional willingness, the postponed deputy ministers' meeting
(UA5); Muallem's death (illness), Lavrentiev's planned meeting with Assad (UA6).
Judgement calls: "identified the attacker as" a named man after "shot by a gunman" gives victim -> gunman
(UA1); "منفذ الهجوم، مولود مرت ألطنطاش" names the killer of the ambassador "killed by a policeman's
bullets" (UA2); condolences offered in a bilateral meeting before the trilateral one: one meeting (UA2);
"met ... Lavrov and Zarif" in a trilateral meeting: a meeting of the three, as is the meeting of the
three defence ministers (UA2); "بحضور" the ambassador: paired with both principals (UA6); "تسلّم حقيبة
الخارجية ... خلفاً للوزير الراحل" is a succession (UA6); a president LEADS his country, a king his.
Filled in for the exercise: the wording of Zakharova's statement and of the Kremlin source (UA1); the
bilateral meeting's wording and the defence ministers' venue (UA2); the wording of the Turkish and Russian
statements (UA3); the diplomatic sources (UA4); Peskov's wording (UA5); the decree's number, the date and
Yefimov's presence at Lavrentiev's reception, the planned meeting with Assad (UA6).
Spellings: "Andrei Karlov", "Mevlut Mert Altintas", "Recep Tayyip Erdogan" (UA1); «مولود جاويش أوغلو»،
«سيرغي لافروف»، «محمد جواد ظريف»، «فكري إشيق» (UA2); "Oleg Peshkov", "Tayyip Erdogan", "King Abdullah"
(UA3); «إردوغان»، «قصر قسطنطين» (UA4); "Bashar al-Assad", "Vladimir Putin" (UA5); «العماد علي محمود عباس»،
«ألكسندر لافرنتييف» (UA6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_ub import ALL  # noqa: E402

HERE = Path(__file__).parent

RUSSIA, TURKEY, SYRIA, JORDAN = "country:russia", "country:turkey", "country:syria", "country:jordan"
PUTIN, LAVROV, SHOIGU, KARLOV, ZAKHAROVA, PESKOV, LAVRENTIEV, YEFIMOV = (
    "person:vladimir-putin", "person:sergei-lavrov", "person:sergei-shoigu", "person:andrei-karlov",
    "person:maria-zakharova", "person:dmitry-peskov", "person:alexander-lavrentiev", "person:alexander-yefimov")
ERDOGAN, CAVUSOGLU, ISIK, ALTINTAS = (
    "person:recep-tayyip-erdogan", "person:mevlut-cavusoglu", "person:fikri-isik", "person:mevlut-mert-altintas")
ZARIF, DEHGHAN = "person:mohammad-javad-zarif", "person:hossein-dehghan"
ASSAD, MEKDAD, MUALLEM, ABBAS, AYYOUB, FREIJ = (
    "person:bashar-al-assad", "person:faisal-mekdad", "person:walid-muallem", "person:ali-mahmoud-abbas",
    "person:ali-abdullah-ayyoub", "person:fahd-jassem-al-freij")
ABDULLAH = "person:abdullah-ii"
RUS_MFA = "organization:russian-foreign-ministry"

TASS = "blind set (Russian state news agency, English, TASS-like)"
AA = "blind set (Turkish state news agency, Arabic, Anadolu-like)"
REUTERS = "blind set (British news wire, English, Reuters-like)"
ASHARQ = "blind set (London-based Saudi daily, Arabic, Asharq al-Awsat-like)"
AFP = "blind set (French news wire, English, AFP-like)"
SANA = "blind set (Syrian state news agency, Arabic, SANA-like)"

ARTICLES = [
    ("enUA1_karlov_shot_ankara_tass", "en",
     "Russian ambassador to Turkey Andrei Karlov dies after armed attack in Ankara\n"
     "ANKARA, December 19. /TASS/. Russia's Ambassador to Turkey Andrei Karlov has died after being shot by a "
     "gunman at the opening of a photo exhibition at the Contemporary Arts Centre in Ankara on Monday evening, "
     "the Russian Foreign Ministry said.\n"
     "\"Today in Ankara, during a public event, the Russian ambassador was wounded as a result of an attack. "
     "He later died of his wounds,\" Foreign Ministry spokeswoman Maria Zakharova told reporters in Moscow. "
     "\"We qualify this as a terrorist act.\"\n"
     "Turkish authorities identified the attacker as Mevlut Mert Altintas, a 22-year-old officer of Ankara's "
     "riot police who was off duty at the time. He shouted \"Don't forget Aleppo\" and was later killed by "
     "special forces in a shootout inside the gallery. Three other people were wounded.\n"
     "President Vladimir Putin described the murder as a provocation aimed at spoiling the normalisation of "
     "Russian-Turkish relations and the peace process in Syria. He said he had spoken with Turkish President "
     "Recep Tayyip Erdogan by telephone, and that a group of Russian investigators would fly to Ankara.\n"
     "Turkish officials said the gunman had links to the network of Fethullah Gulen, the US-based cleric, a "
     "claim Gulen's supporters rejected.\n"
     "The trilateral meeting of the foreign and defence ministers of Russia, Turkey and Iran on Syria, "
     "scheduled in Moscow for Tuesday, will take place as planned, a Kremlin source told TASS.",
     [("ASSASSINATED_BY", KARLOV, ALTINTAS, "identified the attacker as Mevlut Mert Altintas", "2016-12-19"),
      ("LEADS", PUTIN, RUSSIA, "President Vladimir Putin described"),
      ("LEADS", ERDOGAN, TURKEY, "Turkish President Recep Tayyip Erdogan"),
      ("MEMBER_OF", ZAKHAROVA, RUS_MFA, "Foreign Ministry spokeswoman Maria Zakharova"),
      ],
     {"source": TASS, "published": "2016-12-19"}),

    ("arUA2_cavusoglu_lavrov_zarif_moscow_aa", "ar",
     "جاويش أوغلو يلتقي لافروف وظريف في موسكو غداة اغتيال السفير الروسي\n"
     "موسكو/ الأناضول\n"
     "التقى وزير الخارجية التركي مولود جاويش أوغلو، اليوم الثلاثاء في موسكو، نظيريه الروسي سيرغي لافروف "
     "والإيراني محمد جواد ظريف، في اجتماع ثلاثي خُصّص لبحث الأوضاع في سوريا واستكمال إجلاء المدنيين "
     "والمسلحين من شرقي حلب.\n"
     "وقبيل الاجتماع، وضع جاويش أوغلو إكليلاً من الزهور أمام صورة السفير الروسي لدى أنقرة أندريه كارلوف، "
     "الذي قُتل مساء أمس برصاص شرطي تركي خلال افتتاح معرض للصور في العاصمة التركية، وقدّم تعازيه لنظيره "
     "الروسي خلال لقاء ثنائي جمعهما قبل الاجتماع الثلاثي.\n"
     "وقال الوزير التركي في مؤتمر صحفي مشترك إن \"الهجوم استهدف العلاقات التركية الروسية، ولن ننجرّ إلى هذا "
     "الفخ\"، مضيفاً أن منفذ الهجوم، مولود مرت ألطنطاش، عمل في شرطة مكافحة الشغب بأنقرة منذ عامين ونصف.\n"
     "واتهم جاويش أوغلو منظمة \"فتح الله غولن\" بالوقوف وراء الاغتيال، فيما قال لافروف إن التحقيق المشترك "
     "سيكشف كل الملابسات.\n"
     "وفي السياق ذاته، اجتمع وزير الدفاع الروسي سيرغي شويغو في مقر وزارته بنظيريه التركي فكري إشيق والإيراني "
     "حسين دهقان، وأصدر الوزراء الستة في ختام المحادثات \"إعلان موسكو\" الذي أكدت فيه الدول الثلاث استعدادها "
     "لضمان اتفاق لوقف إطلاق النار في سوريا.",
     met_group({CAVUSOGLU: "التقى وزير الخارجية التركي مولود", LAVROV: "نظيريه الروسي سيرغي لافروف",
                ZARIF: "والإيراني محمد جواد ظريف"}, "2016-12-20")
     + met_group({SHOIGU: "اجتمع وزير الدفاع الروسي سيرغي شويغو", ISIK: "بنظيريه التركي فكري إشيق",
                  DEHGHAN: "والإيراني حسين دهقان"}, "2016-12-20")
     + [("ASSASSINATED_BY", KARLOV, ALTINTAS, "منفذ الهجوم، مولود مرت ألطنطاش", "2016-12-19"),
        ],
     {"source": AA, "published": "2016-12-20"}),

    ("enUA3_su24_shot_down_reuters", "en",
     "Turkey shoots down Russian warplane near Syrian border; Putin warns of 'serious consequences'\n"
     "ANKARA/MOSCOW, Nov 24 (Reuters) - Turkish F-16 fighter jets shot down a Russian Sukhoi Su-24 bomber near "
     "the Syrian border on Tuesday after it violated Turkish airspace and ignored ten warnings in five minutes, "
     "the Turkish military said. Moscow said the plane had never left Syrian airspace.\n"
     "Both crew members ejected. The pilot, Lieutenant Colonel Oleg Peshkov, was killed by fire from the ground "
     "as he parachuted down, the Russian General Staff said, while the navigator was rescued in an operation "
     "by Russian and Syrian special forces. A Russian marine died when a rescue helicopter came under fire.\n"
     "President Vladimir Putin, speaking before talks with Jordan's King Abdullah in the Black Sea resort of "
     "Sochi, called the incident \"a stab in the back delivered by the accomplices of terrorists\" and warned "
     "of serious consequences for relations with Ankara.\n"
     "Foreign Minister Sergei Lavrov cancelled a visit to Turkey planned for Wednesday, where he had been due "
     "to meet his Turkish counterpart Mevlut Cavusoglu.\n"
     "Turkish President Tayyip Erdogan said Turkey had the right to defend its borders, and NATO "
     "ambassadors held an emergency meeting in Brussels at Ankara's request.\n"
     "Lavrov and Cavusoglu, who have not spoken since the incident, are expected to attend an OSCE meeting in "
     "Belgrade early next month, diplomats said.",
     [("MET_WITH", PUTIN, ABDULLAH, "talks with Jordan's King Abdullah", "2015-11-24"),
      ("LEADS", PUTIN, RUSSIA, "President Vladimir Putin, speaking"),
      ("LEADS", ABDULLAH, JORDAN, "Jordan's King Abdullah in"),
      ("LEADS", ERDOGAN, TURKEY, "Turkish President Tayyip Erdogan"),
      ],
     {"source": REUTERS, "published": "2015-11-24"}),

    ("arUA4_putin_erdogan_st_petersburg_asharq", "ar",
     "بوتين وإردوغان يطويان صفحة «السوخوي» في سان بطرسبرغ\n"
     "موسكو: «الشرق الأوسط»\n"
     "استقبل الرئيس الروسي فلاديمير بوتين، أمس، في قصر قسطنطين قرب سان بطرسبرغ نظيره التركي رجب طيب "
     "إردوغان، في أول لقاء بينهما منذ إسقاط مقاتلات تركية القاذفة الروسية «سوخوي 24» قرب الحدود السورية في "
     "نوفمبر (تشرين الثاني) الماضي.\n"
     "وقال بوتين في مؤتمر صحافي مشترك إن البلدين سيعيدان العلاقات التجارية تدريجياً، فيما وصف إردوغان "
     "زيارته بأنها «بداية مرحلة جديدة»، مخاطباً مضيفه بـ«صديقي العزيز فلاديمير».\n"
     "وكان إردوغان قد بعث في يونيو (حزيران) برسالة إلى الكرملين أعرب فيها عن أسفه لمقتل الطيار الروسي، "
     "قبل أن يتصل به بوتين هاتفياً بعد محاولة الانقلاب الفاشلة في تركيا منتصف يوليو (تموز).\n"
     "ومهّد وزيرا الخارجية للقمة، إذ اجتمع مولود جاويش أوغلو بنظيره سيرغي لافروف في سوتشي مطلع يوليو، على "
     "هامش اجتماع منظمة التعاون الاقتصادي للبحر الأسود، في أول زيارة لمسؤول تركي رفيع إلى روسيا منذ الأزمة.\n"
     "ولم يتطرق الرئيسان علناً إلى الخلاف حول مصير الرئيس السوري بشار الأسد، لكن مصادر دبلوماسية قالت إن "
     "الجانبين اتفقا على أن يعقد وزراء الخارجية والعسكريون ورؤساء أجهزة الاستخبارات في البلدين اجتماعاً "
     "خاصاً بالملف السوري في وقت لاحق.",
     [("MET_WITH", PUTIN, ERDOGAN, "نظيره التركي رجب طيب", "2016-08-09"),
      ("MET_WITH", CAVUSOGLU, LAVROV, "اجتمع مولود جاويش أوغلو بنظيره", "2016-07-01"),
      ("LEADS", PUTIN, RUSSIA, "استقبل الرئيس الروسي فلاديمير بوتين"),
      ("LEADS", ERDOGAN, TURKEY, "نظيره التركي رجب طيب"),
      ("LEADS", ASSAD, SYRIA, "الرئيس السوري بشار الأسد"),
      ],
     {"source": ASHARQ, "published": "2016-08-10"}),

    ("enUA5_assad_putin_kremlin_afp", "en",
     "Assad meets Putin in Kremlin as Moscow pushes Syria-Turkey rapprochement\n"
     "MOSCOW (AFP) - Syrian President Bashar al-Assad held talks with Vladimir Putin in the Kremlin on "
     "Wednesday, on his first visit to Moscow since Russia sent troops into Ukraine, as the Russian leader "
     "presses Damascus and Ankara to mend ties after more than a decade of hostility.\n"
     "Putin welcomed his Syrian counterpart in the Kremlin's St Catherine Hall, saying Russia's military had "
     "made a \"decisive contribution\" to the fight against terrorism in Syria. Assad, whose government "
     "survived the war largely thanks to Russian air power since 2015, thanked Moscow and said Syria "
     "supported the \"special military operation\".\n"
     "It was the two leaders' first meeting since September 2021, when Assad made an unannounced trip to the "
     "Russian capital.\n"
     "Kremlin spokesman Dmitry Peskov told reporters a meeting between Assad and Turkish President Recep "
     "Tayyip Erdogan was not on the agenda. In an interview published during the visit, Assad said he would "
     "meet Erdogan only when Turkey was ready to withdraw its forces from northern Syria.\n"
     "A meeting of the deputy foreign ministers of Russia, Turkey, Iran and Syria, which had been expected in "
     "Moscow this week, was postponed for \"technical reasons\", according to diplomatic sources.",
     [("MET_WITH", ASSAD, PUTIN, "held talks with Vladimir Putin", "2023-03-15"),
      ("LEADS", ASSAD, SYRIA, "Syrian President Bashar al-Assad held"),
      ("LEADS", PUTIN, RUSSIA, "the Russian leader presses"),
      ("LEADS", ERDOGAN, TURKEY, "Turkish President Recep"),
      ],
     {"source": AFP, "published": "2023-03-15"}),

    ("arUA6_abbas_defence_mekdad_lavrentiev_sana", "ar",
     "مرسوم بتعيين العماد علي محمود عباس وزيراً للدفاع\n"
     "دمشق-سانا\n"
     "أصدر السيد الرئيس بشار الأسد اليوم المرسوم رقم 116 لعام 2022 القاضي بتعيين العماد علي محمود عباس "
     "وزيراً للدفاع خلفاً للعماد علي عبد الله أيوب.\n"
     "وكان السيد الرئيس الأسد قد عيّن العماد أيوب وزيراً للدفاع مطلع عام 2018 خلفاً للعماد فهد جاسم الفريج.\n"
     "وفي سياق آخر، استقبل وزير الخارجية والمغتربين الدكتور فيصل المقداد اليوم المبعوث الخاص للرئيس الروسي "
     "إلى سورية ألكسندر لافرنتييف والوفد المرافق له، بحضور السفير الروسي بدمشق ألكسندر يفيموف.\n"
     "وجرى خلال اللقاء بحث التحضيرات للجولة المقبلة من اجتماعات أستانا والأوضاع في الشمال السوري، وأكد "
     "الجانبان ضرورة إنهاء الوجود غير الشرعي للقوات الأجنبية على الأراضي السورية.\n"
     "ومن المقرر أن يلتقي لافرنتييف السيد الرئيس الأسد غداً.\n"
     "يذكر أن الدكتور المقداد تسلّم حقيبة الخارجية في تشرين الثاني 2020 خلفاً للوزير الراحل وليد المعلم، "
     "الذي توفي بعد صراع مع المرض.",
     [("SUCCESSOR_OF", ABBAS, AYYOUB, "وزيراً للدفاع خلفاً للعماد علي", "2022-04-25"),
      ("SUCCESSOR_OF", AYYOUB, FREIJ, "خلفاً للعماد فهد جاسم الفريج", "2018-01"),
      ("LEADS", ASSAD, SYRIA, "أصدر السيد الرئيس بشار الأسد"),
      ]
     + met_group({MEKDAD: "استقبل وزير الخارجية والمغتربين", LAVRENTIEV: "إلى سورية ألكسندر لافرنتييف",
                  YEFIMOV: "السفير الروسي بدمشق ألكسندر يفيموف"}, "2022-04-25")
     + [("SUCCESSOR_OF", MEKDAD, MUALLEM, "خلفاً للوزير الراحل وليد المعلم", "2020-11"),
        ],
     {"source": SANA, "published": "2022-04-25"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setUA")
