"""Blind set QB: Turkey, the Kurds and northern Syria 2018-2024 (second folder of QA-QB): Erdogan in Tehran
with Raisi, Khamenei and Putin (July 2022), the MIT and army operation that killed Ismail Ozden in Sinjar
(August 2018), Gen. Kurilla's meeting with Mazloum Abdi in Hasakah (April 2023), Erdogan in Erbil with the
Kurdistan Region's president and prime minister (April 2024), a US delegation under Brett McGurk in
northeastern Syria (2021), and Erdogan's new cabinet after his re-election (June 2023), as Turkey's state
agency writes it in Arabic (Anadolu-like: "طهران/ الأناضول", "بي كا كا/ ي ب ك"), a pro-government Turkish daily
in English (Daily Sabah-like: "neutralized", "so-called"), a Kurdish TV site in Arabic (Rudaw-like: "قسد",
"كوردستان"), a Kurdistan Region TV site in English (Kurdistan24-like: "ERBIL, Kurdistan Region
(Kurdistan24) –"), a Kurdish agency of northeastern Syria in Arabic (Hawar/ANHA-like: "شمال وشرق سوريا",
"المرتزقة") and a US wire in English (AP-like: "ANKARA, Turkey (AP) —").
Pieces: Erdogan meets Raisi, the two chair the council with Cavusoglu and Amir-Abdollahian, Khamenei
receives Erdogan, the trilateral with Putin, Raisi succeeded Rouhani (Arabic, QB1); MIT and the TSK kill
Ozden, Akar took over from Canikli and Guler from Akar (English, QB2); Kurilla meets Abdi, Kurilla took over
from McKenzie, Ilham Ahmed met McGurk (Arabic, QB3); Erdogan meets Nechirvan and Masrour Barzani with Fidan,
Guler and Kalin, Fidan replaced Cavusoglu and Kalin Fidan (English, QB4); Abdi receives McGurk's delegation
with Leaf and Goldrich, Ilham Ahmed present (Arabic, QB5); the new cabinet: Fidan replaces Cavusoglu, Kalin
replaces Fidan at MIT, Guler replaces Akar, Simsek returns, Erdogan receives Nechirvan Barzani (English, QB6).
Excluded on purpose (no relation): Rouhani's video-link summit of 2020 (QB1); Erdogan, who announced the
Ozden operation, the reported attempt on Karayilan (QB2); the strike on Abdi's convoy near Sulaymaniyah
airport, blamed on Turkey by the SDF (a failed attempt, an accusation) (QB3); Erdogan's phone call with
Masoud Barzani (QB4); the unnamed dead of the Turkish shelling of Tal Tamr, the "mercenaries" (QB5); the
unnamed PKK members the defence ministry said were "neutralized" (QB6).
Judgement calls: "ترأس الزعيمان اجتماع ... بمشاركة وزير الخارجية ... ونظيره الإيراني": each minister with both
leaders and with each other (QB1); "شارك أردوغان في قمة ... مع رئيسي والرئيس الروسي" is a meeting of the three
(QB1); "خلفاً لحسن روحاني" is a succession (QB1); "neutralized in a joint operation by the National
Intelligence Organization (MIT) and the Turkish Armed Forces (TSK)": the victim -> both bodies (QB2); "who
took over the Defense Ministry from Nurettin Canikli" and "succeeded as chief of General Staff by" are
successions (QB2); "welcomed by ... who then held a joint meeting with him" is a meeting of the three (QB4);
"was accompanied by" three ministers: each with the three principals and with each other (QB4); "وفداً
أميركياً برئاسة" McGurk with named members: McGurk and each member with the host; Ilham Ahmed "بحضور" with
both principals and with the named members (QB5); "named ... to replace" is a succession (QB6).
Filled in for the exercise: the eight agreements' count, Cavusoglu's and Amir-Abdollahian's presence at the
council (QB1); the reported attempt on Karayilan and his statement (QB2); the date of Kurilla's visit, Ahmed's
meeting with McGurk (QB3); Guler's presence, the phone call with Masoud Barzani (QB4); the date and the whole
composition of McGurk's delegation, Ahmed's presence, the Tal Tamr shelling (QB5); Erdogan's reception of
Nechirvan Barzani after the inauguration (QB6).
Spellings: «إبراهيم رئيسي»، «حسين أمير عبداللهيان»، «المرشد» (QB1); "Özden", "Zeki Şengali", "Yaşar Güler"
(QB2); «مايكل إريك كوريلا»، «مظلوم عبدي»، «ماكغورك» (QB3); "Erdogan", "Kalin" (QB4); «بريت ماكغورك»،
«باربرا ليف» (QB5); "Hakan Fidan", "Ibrahim Kalın", "Mevlut Cavusoglu" (QB6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_qb import ALL  # noqa: E402

HERE = Path(__file__).parent

TURKEY, IRAN = "country:turkey", "country:iran"
PKK, SDF, SDC, MIT, TSK = (
    "organization:pkk", "organization:syrian-democratic-forces", "organization:syrian-democratic-council",
    "organization:turkish-national-intelligence-organization", "organization:turkish-armed-forces")
TRFM, IRFM, CENTCOM = ("organization:turkish-foreign-ministry", "organization:iranian-foreign-ministry",
                       "organization:us-central-command")
ERDOGAN, FIDAN, KALIN, CAVUSOGLU, AKAR, GULER, CANIKLI, SIMSEK = (
    "person:recep-tayyip-erdogan", "person:hakan-fidan", "person:ibrahim-kalin", "person:mevlut-cavusoglu",
    "person:hulusi-akar", "person:yasar-guler", "person:nurettin-canikli", "person:mehmet-simsek")
PUTIN, ROUHANI, RAISI, KHAMENEI, ABDOLLAHIAN = (
    "person:vladimir-putin", "person:hassan-rouhani", "person:ebrahim-raisi", "person:ali-khamenei",
    "person:hossein-amir-abdollahian")
MCGURK, MCKENZIE, KURILLA, LEAF, GOLDRICH = (
    "person:brett-mcgurk", "person:kenneth-mckenzie", "person:michael-kurilla", "person:barbara-leaf",
    "person:ethan-goldrich")
ABDI, ILHAM, OZDEN, KARAYILAN = (
    "person:mazloum-abdi", "person:ilham-ahmed", "person:ismail-ozden", "person:murat-karayilan")
NECHIRVAN, MASROUR, MASOUD = "person:nechirvan-barzani", "person:masrour-barzani", "person:masoud-barzani"

AA_AR = "blind set (Turkish state news agency, Arabic service, Anadolu-like)"
SABAH = "blind set (pro-government Turkish daily, English, Daily Sabah-like)"
RUDAW = "blind set (Kurdish TV news site, Arabic service, Rudaw-like)"
K24 = "blind set (Kurdistan Region TV news site, English, Kurdistan24-like)"
HAWAR = "blind set (Kurdish news agency of northeastern Syria, Arabic, Hawar/ANHA-like)"
AP = "blind set (US news wire, English, AP-like)"

ARTICLES = [
    ("arQB1_erdogan_raisi_tehran_anadolu", "ar",
     "أردوغان يلتقي رئيسي وخامنئي في طهران قبيل القمة الثلاثية\n"
     "طهران/ الأناضول\n"
     "التقى الرئيس التركي رجب طيب أردوغان، الثلاثاء، نظيره الإيراني إبراهيم رئيسي، في قصر سعد آباد بالعاصمة "
     "طهران، في إطار زيارة رسمية يجريها تلبية لدعوة من الأخير.\n"
     "وعقب اللقاء الثنائي، ترأس الزعيمان اجتماع مجلس التعاون رفيع المستوى بين البلدين، بمشاركة وزير الخارجية "
     "مولود جاويش أوغلو ونظيره الإيراني حسين أمير عبداللهيان، حيث جرى التوقيع على 8 اتفاقيات.\n"
     "كما استقبل المرشد الإيراني علي خامنئي الرئيس أردوغان والوفد المرافق له.\n"
     "وفي وقت لاحق، شارك أردوغان في قمة مسار أستانا الثلاثية مع رئيسي والرئيس الروسي فلاديمير بوتين، وأكد "
     "أن تركيا \"ستواصل مكافحة التنظيمات الإرهابية مثل بي كا كا/ ي ب ك\".\n"
     "وكان رئيسي قد تولى منصبه في أغسطس/ آب 2021 خلفاً لحسن روحاني، الذي استضاف القمة الثلاثية السابقة عبر "
     "الاتصال المرئي عام 2020.\n"
     "وفي المؤتمر الصحفي المشترك، قال رئيسي إن طهران تعارض أي عمل عسكري في شمالي سوريا.",
     [("MET_WITH", ERDOGAN, RAISI, "نظيره الإيراني إبراهيم رئيسي، في قصر", "2022-07-19"),
      ("MET_WITH", CAVUSOGLU, ERDOGAN, "بمشاركة وزير الخارجية", "2022-07-19"),
      ("MET_WITH", CAVUSOGLU, RAISI, "ترأس الزعيمان اجتماع", "2022-07-19"),
      ("MET_WITH", ABDOLLAHIAN, ERDOGAN, "ونظيره الإيراني حسين أمير", "2022-07-19"),
      ("MET_WITH", ABDOLLAHIAN, RAISI, "أمير عبداللهيان، حيث", "2022-07-19"),
      ("MET_WITH", CAVUSOGLU, ABDOLLAHIAN, "مولود جاويش أوغلو ونظيره", "2022-07-19"),
      ("MET_WITH", KHAMENEI, ERDOGAN, "كما استقبل المرشد الإيراني", "2022-07-19"),
      ("MET_WITH", PUTIN, ERDOGAN, "شارك أردوغان في قمة مسار", "2022-07-19"),
      ("MET_WITH", PUTIN, RAISI, "مع رئيسي والرئيس الروسي", "2022-07-19"),
      ("SUCCESSOR_OF", RAISI, ROUHANI, "خلفاً لحسن روحاني", "2021-08-03"),
      ("LEADS", ERDOGAN, TURKEY, "التقى الرئيس التركي رجب"),
      ("LEADS", RAISI, IRAN, "نظيره الإيراني إبراهيم"),
      ("LEADS", KHAMENEI, IRAN, "المرشد الإيراني علي خامنئي"),
      ("LEADS", CAVUSOGLU, TRFM, "وزير الخارجية مولود"),
      ("LEADS", ABDOLLAHIAN, IRFM, "ونظيره الإيراني حسين"),
      ("LEADS", PUTIN, "country:russia", "والرئيس الروسي فلاديمير"),
      ],
     {"source": AA_AR, "published": "2022-07-19"}),

    ("enQB2_mit_neutralizes_ozden_sabah", "en",
     "Turkish intelligence, military neutralize senior PKK terrorist in Iraq's Sinjar\n"
     "DAILY SABAH WITH AGENCIES\n"
     "Ismail Özden, a senior member of the PKK terrorist organization's so-called executive council, was "
     "neutralized in a joint operation by the National Intelligence Organization (MIT) and the Turkish Armed "
     "Forces (TSK) in northern Iraq's Sinjar region, security sources said Wednesday.\n"
     "Özden, code-named \"Zeki Şengali,\" was targeted on his way back from a ceremony held in memory of the "
     "Yazidi genocide, the sources said. He was considered the PKK's top figure in Sinjar.\n"
     "\"We have neutralized the so-called Sinjar official of the terrorist organization,\" President Recep Tayyip "
     "Erdoğan said at a rally hours later.\n"
     "The PKK's military chief Murat Karayılan, whom MIT reportedly tried to target in Qandil earlier this year, "
     "vowed revenge in a statement carried by the group's media outlets.\n"
     "The operation was the first carried out under National Defense Minister Hulusi Akar, who took over the "
     "Defense Ministry from Nurettin Canikli in July after serving as chief of General Staff. Akar was succeeded "
     "as chief of General Staff by Gen. Yaşar Güler, the former land forces commander.",
     [("ASSASSINATED_BY", OZDEN, MIT, "the National Intelligence Organization (MIT) and", "2018-08-15"),
      ("ASSASSINATED_BY", OZDEN, TSK, "and the Turkish Armed Forces (TSK)", "2018-08-15"),
      ("MEMBER_OF", OZDEN, PKK, "a senior member of the PKK terrorist"),
      ("MEMBER_OF", KARAYILAN, PKK, "The PKK's military chief Murat"),
      ("LEADS", ERDOGAN, TURKEY, "President Recep Tayyip Erdoğan said"),
      ("SUCCESSOR_OF", AKAR, CANIKLI, "who took over the Defense Ministry from Nurettin Canikli", "2018-07-10"),
      ("SUCCESSOR_OF", GULER, AKAR, "Akar was succeeded as chief of General Staff", "2018-07-10"),
      ("LEADS", GULER, TSK, "chief of General Staff by Gen."),
      ],
     {"source": SABAH, "published": "2018-08-15"}),

    ("arQB3_kurilla_meets_abdi_rudaw", "ar",
     "قائد القيادة المركزية الأميركية يلتقي مظلوم عبدي في الحسكة\n"
     "روداو - الحسكة\n"
     "التقى قائد القيادة المركزية الأميركية (سنتكوم)، الجنرال مايكل إريك كوريلا، القائد العام لقوات سوريا "
     "الديمقراطية (قسد) مظلوم عبدي، في قاعدة للتحالف الدولي بريف الحسكة، بحضور عدد من قادة التحالف.\n"
     "وقال عبدي في تغريدة إنه بحث مع الجنرال الأميركي \"التهديدات التركية المستمرة وملف مخيم الهول وسجون "
     "عناصر داعش\".\n"
     "وتأتي الزيارة بعد أيام من استهداف موكب لقسد قرب مطار السليمانية في إقليم كوردستان كان عبدي على متنه، "
     "واتهمت قسد تركيا بالوقوف وراء الهجوم، فيما لم تعلّق أنقرة رسمياً. ولم يُصب أحد من أعضاء الموكب بأذى.\n"
     "وكان كوريلا قد تسلّم قيادة سنتكوم في نيسان 2022 خلفاً للجنرال كينيث ماكنزي، وزار مناطق شمال وشرق سوريا "
     "مرات عدة منذ ذلك الحين.\n"
     "وفي واشنطن، التقت الرئيسة التنفيذية لمجلس سوريا الديمقراطية إلهام أحمد الشهر الماضي منسق البيت الأبيض "
     "لشؤون الشرق الأوسط بريت ماكغورك، بحسب مصادر كوردية.",
     [("MET_WITH", KURILLA, ABDI, "القائد العام لقوات سوريا", "2023-04-13"),
      ("LEADS", KURILLA, CENTCOM, "التقى قائد القيادة المركزية الأميركية (سنتكوم)"),
      ("LEADS", ABDI, SDF, "الديمقراطية (قسد) مظلوم عبدي"),
      ("SUCCESSOR_OF", KURILLA, MCKENZIE, "خلفاً للجنرال كينيث ماكنزي", "2022-04-01"),
      ("MET_WITH", ILHAM, MCGURK, "التقت الرئيسة التنفيذية", "2023-03"),
      ("LEADS", ILHAM, SDC, "الرئيسة التنفيذية لمجلس سوريا الديمقراطية إلهام"),
      ],
     {"source": RUDAW, "published": "2023-04-13"}),

    ("enQB4_erdogan_erbil_kurdistan24", "en",
     "Erdogan lands in Erbil, meets Kurdistan Region President and Prime Minister\n"
     "ERBIL, Kurdistan Region (Kurdistan24) – Turkish President Recep Tayyip Erdogan arrived in Erbil on Monday "
     "afternoon after concluding his official visit to Baghdad, his first trip to the Kurdistan Region in more "
     "than 13 years.\n"
     "At Erbil International Airport, the Turkish leader was welcomed by Kurdistan Region President Nechirvan "
     "Barzani and Prime Minister Masrour Barzani, who then held a joint meeting with him.\n"
     "Erdogan was accompanied by Foreign Minister Hakan Fidan, Defense Minister Yasar Guler and National "
     "Intelligence Organization (MIT) chief Ibrahim Kalin. Fidan, who headed the intelligence agency for 13 "
     "years before replacing Mevlut Cavusoglu as Turkey's top diplomat last June, was succeeded at MIT by Kalin, "
     "the longtime presidential spokesman.\n"
     "The meeting discussed the resumption of oil exports through the Kirkuk-Ceyhan pipeline, the Development "
     "Road project and the PKK's presence in the Region's border areas, according to a readout from the "
     "Kurdistan Region Presidency.\n"
     "On the eve of the visit, Erdogan spoke by phone with KDP President Masoud Barzani, a source told "
     "Kurdistan24.",
     met_group({ERDOGAN: "the Turkish leader was welcomed by", NECHIRVAN: "Kurdistan Region President Nechirvan",
                MASROUR: "who then held a joint meeting with him"}, "2024-04-22") + [
      ("MET_WITH", m, p, nd, "2024-04-22") for m, nd in (
          (FIDAN, "Foreign Minister Hakan Fidan"), (GULER, "Defense Minister Yasar Guler"),
          (KALIN, "Organization (MIT) chief Ibrahim Kalin")) for p in (ERDOGAN, NECHIRVAN, MASROUR)
     ] + met_group({FIDAN: "Erdogan was accompanied by", GULER: "Fidan, Defense Minister",
                    KALIN: "Guler and National"}, "2024-04-22") + [
      ("SUCCESSOR_OF", FIDAN, CAVUSOGLU, "before replacing Mevlut Cavusoglu", "2023-06-03"),
      ("SUCCESSOR_OF", KALIN, FIDAN, "was succeeded at MIT by Kalin", "2023-06-03"),
      ("LEADS", ERDOGAN, TURKEY, "Turkish President Recep Tayyip Erdogan arrived"),
      ("LEADS", FIDAN, TRFM, "Minister Hakan Fidan, Defense"),
      ("LEADS", KALIN, MIT, "Intelligence Organization (MIT) chief"),
      ("LEADS", MASOUD, "organization:kurdistan-democratic-party", "KDP President Masoud Barzani"),
      ],
     {"source": K24, "published": "2024-04-22"}),

    ("arQB5_mcgurk_delegation_abdi_hawar", "ar",
     "القائد العام لقوات سوريا الديمقراطية يستقبل وفداً أميركياً برئاسة ماكغورك\n"
     "الحسكة - هاوار\n"
     "استقبل القائد العام لقوات سوريا الديمقراطية مظلوم عبدي، اليوم الأحد، وفداً أميركياً رفيع المستوى برئاسة "
     "منسق مجلس الأمن القومي الأميركي لشؤون الشرق الأوسط وشمال أفريقيا بريت ماكغورك، ضمّ مساعدة وزير الخارجية "
     "لشؤون الشرق الأدنى باربرا ليف ونائب مساعد وزير الخارجية إيثان غولدريتش.\n"
     "وحضرت اللقاء الرئيسة المشتركة للهيئة التنفيذية لمجلس سوريا الديمقراطية إلهام أحمد.\n"
     "وبحث الجانبان الأوضاع في مناطق شمال وشرق سوريا، والهجمات التي تشنها دولة الاحتلال التركي ومرتزقتها على "
     "المنطقة، إضافة إلى ملف مكافحة خلايا داعش.\n"
     "وأكد الوفد الأميركي، بحسب بيان للقيادة العامة، التزام واشنطن بدعم شركائها في قوات سوريا الديمقراطية.\n"
     "وتزامنت الزيارة مع قصف مدفعي لجيش الاحتلال التركي ومرتزقته على قرى ريف تل تمر، أسفر عن استشهاد مدنيين "
     "اثنين.",
     [("MET_WITH", ABDI, MCGURK, "وفداً أميركياً رفيع المستوى برئاسة", "2021-11-21"),
      ("MET_WITH", ABDI, LEAF, "ضمّ مساعدة وزير الخارجية", "2021-11-21"),
      ("MET_WITH", ABDI, GOLDRICH, "ونائب مساعد وزير الخارجية إيثان", "2021-11-21"),
      ("MET_WITH", ILHAM, ABDI, "وحضرت اللقاء الرئيسة المشتركة", "2021-11-21"),
      ("MET_WITH", ILHAM, MCGURK, "للهيئة التنفيذية لمجلس سوريا الديمقراطية إلهام", "2021-11-21"),
      ("MET_WITH", ILHAM, LEAF, "لمجلس سوريا الديمقراطية إلهام أحمد", "2021-11-21"),
      ("MET_WITH", ILHAM, GOLDRICH, "الديمقراطية إلهام أحمد.", "2021-11-21"),
      ("LEADS", ABDI, SDF, "استقبل القائد العام لقوات سوريا الديمقراطية"),
      ("LEADS", ILHAM, SDC, "الرئيسة المشتركة للهيئة التنفيذية"),
      ],
     {"source": HAWAR, "published": "2021-11-21"}),

    ("enQB6_erdogan_new_cabinet_ap", "en",
     "Erdogan names former spy chief as foreign minister in new Cabinet\n"
     "ANKARA, Turkey (AP) — Turkish President Recep Tayyip Erdogan on Saturday named his longtime intelligence "
     "chief, Hakan Fidan, as foreign minister in a new Cabinet announced hours after he was sworn in for a third "
     "term.\n"
     "Fidan, who led the National Intelligence Organization, or MIT, since 2010, replaces Mevlut Cavusoglu, who "
     "had served as Turkey's top diplomat for eight years.\n"
     "Erdogan's spokesman and adviser Ibrahim Kalın was named to replace Fidan at the helm of MIT, according to "
     "a presidential decree published later.\n"
     "Chief of General Staff Gen. Yasar Guler will take over the Defense Ministry from Hulusi Akar, and Mehmet "
     "Simsek, a former deputy prime minister respected by international investors, returns as finance minister.\n"
     "Earlier in the day, Erdogan received several of the foreign leaders who attended his inauguration, "
     "including Nechirvan Barzani, the president of Iraq's semi-autonomous Kurdish region.\n"
     "Separately, Turkey's Defense Ministry said four PKK militants were \"neutralized\" in northern Iraq.",
     [("SUCCESSOR_OF", FIDAN, CAVUSOGLU, "replaces Mevlut Cavusoglu", "2023-06-03"),
      ("SUCCESSOR_OF", KALIN, FIDAN, "was named to replace Fidan", "2023-06-03"),
      ("SUCCESSOR_OF", GULER, AKAR, "will take over the Defense Ministry from Hulusi Akar", "2023-06-03"),
      ("LEADS", ERDOGAN, TURKEY, "Turkish President Recep Tayyip Erdogan on Saturday"),
      ("LEADS", FIDAN, MIT, "who led the National Intelligence Organization"),
      ("MET_WITH", ERDOGAN, NECHIRVAN, "including Nechirvan Barzani", "2023-06-03"),
      ],
     {"source": AP, "published": "2023-06-03"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setQB")
