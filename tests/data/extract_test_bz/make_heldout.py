"""Blind set BZ: Iranian appointments. Gholamreza Soleimani takes the Basij (Reuters, July
2019), Mohseni-Ejei named judiciary chief after Raisi (Tasnim Arabic, July 2021), Radan replaces
Ashtari at the police (AP, Jan 2023), Ramezani succeeds Irloo in Sanaa (Al Mayadeen, 2023),
Sheibani succeeds Amani in Beirut (Al-Monitor, 2025), Fadavi named IRGC deputy commander
(Mehr Arabic, May 2019). Written and annotated blind (extractor neither read nor run).
Run: python3 /work/team/blind/setBZ/make_heldout.py
A TEST set: never tune the extractor on it (see tests/data/extract_test_README.md). Run from the repo root:
    python tests/data/extract_test_bz/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_cb import ALL  # noqa: E402

HERE = Path(__file__).parent
E = ALL

Q, S, M = "person:esmail-qaani", "person:qasem-soleimani", "person:abu-mahdi-al-muhandis"
QF, IRGC, US = "organization:quds-force", "organization:irgc", "country:united-states"
PMF, T = "organization:popular-mobilization-forces", "person:donald-trump"
KHA, SAL, JAF = "person:ali-khamenei", "person:hossein-salami", "person:mohammad-ali-jafari"
GRS, GHP = "person:gholamreza-soleimani", "person:gholamhossein-gheibparvar"
EJ, RA = "person:gholamhossein-mohseni-ejei", "person:ebrahim-raisi"
JUD, USAF = "organization:iranian-judiciary", "organization:us-armed-forces"
RAD, ASH, POL = "person:ahmad-reza-radan", "person:hossein-ashtari", "organization:iranian-police"
RAM, IRL, MAS = "person:ali-mohammad-ramezani", "person:hassan-irloo", "person:mahdi-al-mashat"
SHB, AMA = "person:mohammad-reza-sheibani", "person:mojtaba-amani"
FAD, TAN, NAVY = "person:ali-fadavi", "person:alireza-tangsiri", "organization:irgc-navy"

ARTICLES = [
    ("enBZ1_basij_new_commander", "en",
     "DUBAI, July 2 (Reuters) - Iran's Supreme Leader Ayatollah Ali Khamenei has appointed "
     "Brigadier General Gholamreza Soleimani as commander of the Basij militia, replacing "
     "Gholamhossein Gheibparvar, state media reported on Tuesday. Soleimani, who is not related "
     "to Quds Force commander Kasem Soleimani, previously headed the Revolutionary Guards' forces "
     "in Isfahan province. The Basij, a volunteer force that is part of the Islamic Revolutionary "
     "Guard Corps, helped crush street protests after the disputed 2009 election. Gheibparvar, "
     "who had led it since 2016, was named an adviser to the Guards' commander-in-chief, Major "
     "General Hossein Salami. Salami himself took over from Mohammad Ali Jafari in April, days "
     "after Washington designated the Guards a foreign terrorist organisation. \u201cThe Basij "
     "must be ready for a hybrid war,\u201d the new commander told officers at a handover "
     "ceremony attended by Salami.",
     [("LEADS", KHA, "country:iran", "Iran's Supreme Leader Ayatollah"),
      ("LEADS", GRS, "organization:basij", "as commander of the Basij militia", "2019-07"),
      ("SUCCESSOR_OF", GRS, GHP, "replacing Gholamhossein", "2019-07"),
      ("LEADS", S, QF, "Quds Force commander Kasem"),
      ("PART_OF", "organization:basij", IRGC, "a volunteer force that is part of"),
      ("LEADS", GHP, "organization:basij", "who had led it since 2016"),
      ("LEADS", SAL, IRGC, "commander-in-chief, Major"),
      ("SUCCESSOR_OF", SAL, JAF, "Salami himself took over from", "2019-04"),
      ("LEADS", JAF, IRGC, "Salami himself took over from"),
      ],
     {"source": "blind set (Reuters-style)", "published": "2019-07-02"}),

    ("arBZ2_ejei_judiciary_chief", "ar",
     "طهران - تسنيم\n"
     "أصدر قائد الثورة الإسلامية آية الله السيد علي خامنئي، اليوم الخميس، مرسوماً عيّن بموجبه "
     "حجة الإسلام غلام حسين محسني إيجئي رئيساً للسلطة القضائية خلفاً لآية الله إبراهيم رئيسي، "
     "الذي انتُخب رئيساً للجمهورية في 18 حزيران/يونيو. وكان إيجئي يشغل منصب النائب الأول لرئيس "
     "السلطة القضائية منذ عام 2014. وفي أول نشاط له بعد المرسوم، استقبل إيجئي المدعي العام محمد "
     "جعفر منتظري ورؤساء المحاكم في طهران، وأكد أن ملف اغتيال الفريق الشهيد قاسم سليمانيّ "
     "ورفيقه الشهيد أبي مهدي المهندس «لن يُغلق». وكان الشهيدان قد ارتقيا فجر الثالث من كانون "
     "الثاني/يناير 2020 في غارة نفّذها الجيش الأميركي قرب مطار بغداد بأمر من الرئيس الأميركي "
     "السابق دونالد ترامب. وقال المتحدث باسم السلطة القضائية ذبيح الله خدائيان لوكالة تسنيم إن "
     "القضاء «سيلاحق كل من شارك في الجريمة، أينما كان»، مشيراً إلى أن المدعي العام العراقي لم "
     "يرد بعد على طلبات الإنابة القضائية.",
     [("LEADS", EJ, JUD, "رئيساً للسلطة القضائية", "2021-07-01"),
      ("SUCCESSOR_OF", EJ, RA, "خلفاً لآية الله", "2021-07-01"),
      ("LEADS", RA, JUD, "خلفاً لآية الله"),
      ("MEMBER_OF", EJ, JUD, "النائب الأول لرئيس"),
      ("MET_WITH", EJ, "person:mohammad-jafar-montazeri", "استقبل إيجئي المدعي العام"),
      ("ASSASSINATED_BY", S, USAF, "في غارة نفّذها الجيش الأميركي", "2020-01-03"),
      ("ASSASSINATED_BY", M, USAF, "في غارة نفّذها الجيش الأميركي", "2020-01-03"),
      ("ASSASSINATED_BY", S, T, "بأمر من الرئيس الأميركي", "2020-01-03"),
      ("ASSASSINATED_BY", M, T, "بأمر من الرئيس الأميركي", "2020-01-03"),
      ("LEADS", T, US, "بأمر من الرئيس الأميركي"),
      ("MEMBER_OF", "person:zabihollah-khodaeian", JUD, "المتحدث باسم السلطة القضائية"),
      ("REPORTED_BY", "person:zabihollah-khodaeian", "outlet:tasnim", "لوكالة تسنيم"),
      ],
     {"source": "blind set (Tasnim Arabic-style)", "published": "2021-07-01"}),

    ("enBZ3_radan_police_chief", "en",
     "TEHRAN, Iran (AP) \u2014 Iran's Supreme Leader Ayatollah Ali Khamenei on Saturday named "
     "Ahmad-Reza Radan, a hard-line former deputy police chief, as the new head of the country's "
     "police, replacing Hossein Ashtari, whose officers led the crackdown on months of nationwide "
     "protests. Radan, who was sanctioned by the U.S. and the EU over the 2009 crackdown, met Interior Minister Ahmad Vahidi at the ministry on Sunday, the "
     "state-run IRNA news agency reported. President Ebrahim Raisi congratulated him in a "
     "telephone call. Ashtari, a former Revolutionary Guard commander, was made an adviser to the "
     "armed forces' general staff. Vahidi is himself a veteran of the Guards: he was the first "
     "commander of its Quds Force and was succeeded in that post in 1998 by Qassim Sulaimani, who "
     "was killed by a U.S. drone strike in Baghdad in January 2020. Police spokesman Brig. Gen. "
     "Saeed Montazerolmahdi said Radan would make \u201cpublic security\u201d his priority.",
     [("LEADS", KHA, "country:iran", "Iran's Supreme Leader Ayatollah"),
      ("LEADS", RAD, POL, "as the new head of the country's", "2023-01-07"),
      ("MEMBER_OF", RAD, POL, "former deputy police chief"),
      ("SUCCESSOR_OF", RAD, ASH, "replacing Hossein Ashtari", "2023-01-07"),
      ("LEADS", ASH, POL, "replacing Hossein Ashtari"),
      ("MET_WITH", RAD, "person:ahmad-vahidi", "met Interior Minister Ahmad", "2023-01-08"),
      ("MEMBER_OF", ASH, IRGC, "a former Revolutionary Guard commander"),
      ("LEADS", "person:ahmad-vahidi", QF, "the first commander"),
      ("PART_OF", QF, IRGC, "of its Quds Force"),
      ("SUCCESSOR_OF", S, "person:ahmad-vahidi", "succeeded in that post in 1998", "1998"),
      ("LEADS", S, QF, "succeeded in that post in 1998"),
      ("ASSASSINATED_BY", S, US, "killed by a U.S. drone strike", "2020-01-03"),
      ("MEMBER_OF", "person:saeed-montazerolmahdi", POL, "Police spokesman Brig"),
      ],
     {"source": "blind set (AP-style)", "published": "2023-01-08"}),

    ("arBZ4_ramezani_sanaa", "ar",
     "صنعاء ــ الميادين\n"
     "تسلّم رئيس المجلس السياسي الأعلى مهدي المشاط، اليوم الأحد، أوراق اعتماد السفير الإيراني "
     "الجديد علي محمد رمضاني، الذي وصل إلى صنعاء الأسبوع الماضي خلفاً للسفير الراحل حسن إيرلو. "
     "وكان إيرلو قد توفي في كانون الأول/ديسمبر 2021 بعد إصابته بفيروس كورونا، إثر نقله إلى طهران "
     "على متن طائرة عراقية. وخلال اللقاء، بحث المشاط مع رمضاني «العلاقات الثنائية وتطورات العدوان "
     "والحصار»، بحضور وزير الخارجية في حكومة صنعاء هشام شرف. وكان قائد فيلق القدس اسماعيل قآني "
     "قد التقى رمضاني في طهران قبيل توجهه إلى اليمن، وفق ما أفادت مصادر إيرانية. وكانت واشنطن قد "
     "اتهمت إيرلو بأنه ضابط في الحرس الثوري وفرضت عليه عقوبات. وقال رمضاني للميادين إن «إيران "
     "تقف إلى جانب الشعب اليمني»، مستذكراً الحاج قاسم سليماني الذي اغتالته الولايات المتحدة قرب "
     "مطار بغداد مطلع 2020.",
     [("LEADS", MAS, "organization:houthi-supreme-political-council",
       "رئيس المجلس السياسي الأعلى"),
      ("VISITED", RAM, "location:sanaa", "الذي وصل إلى صنعاء"),
      ("SUCCESSOR_OF", RAM, IRL, "خلفاً للسفير الراحل"),
      ("MET_WITH", MAS, RAM, "بحث المشاط مع رمضاني"),
      ("MEMBER_OF", "person:hisham-sharaf", "organization:houthi-government",
       "وزير الخارجية في حكومة صنعاء"),
      ("LEADS", Q, QF, "قائد فيلق القدس اسماعيل"),
      ("MET_WITH", Q, RAM, "قد التقى رمضاني في طهران"),
      ("REPORTED_BY", RAM, "outlet:al-mayadeen", "وقال رمضاني للميادين"),
      ("ASSASSINATED_BY", S, US, "الذي اغتالته الولايات المتحدة", "2020-01-03"),
      ],
     {"source": "blind set (Al Mayadeen-style)", "published": "2023"}),

    ("enBZ5_sheibani_beirut", "en",
     "Lebanese President Joseph Aoun received Iran's new ambassador, Mohammad Reza Sheibani, at "
     "Baabda Palace on Tuesday, as the veteran diplomat took up the post left by Mojtaba Amani, "
     "who was badly wounded when his pager exploded last September. Sheibani, a former envoy "
     "to Damascus, had earlier presented a copy of his credentials to "
     "Foreign Minister Youssef Rajji, who has summoned Iranian envoys over remarks on "
     "Hezbollah's arms. Amani, who replaced Mohammad Jalal Firouznia in 2021, was "
     "among thousands hurt in the pager blasts; Israel's Prime Minister Benjamin Netanyahu "
     "acknowledged in November that he had approved the operation. A meeting between Sheibani "
     "and Hezbollah Secretary-General Naim Qassem is expected later this week, a source close to "
     "the group told Al-Monitor. The Iran-backed group lost Hassan Nasrallah to an Israeli "
     "airstrike on Beirut's southern suburbs in September 2024.",
     [("LEADS", "person:joseph-aoun", "country:lebanon", "Lebanese President Joseph"),
      ("MET_WITH", "person:joseph-aoun", SHB, "received Iran's new ambassador"),
      ("SUCCESSOR_OF", SHB, AMA, "took up the post left by"),
      ("MET_WITH", SHB, "person:youssef-rajji", "presented a copy of his credentials"),
      ("SUCCESSOR_OF", AMA, "person:mohammad-jalal-firouznia", "Amani, who replaced", "2021"),
      ("LEADS", "person:benjamin-netanyahu", "country:israel", "Israel's Prime Minister"),
      ("LEADS", "person:naim-qassem", "organization:hezbollah", "Hezbollah Secretary-General"),
      ("SUPPORTS", "country:iran", "organization:hezbollah", "The Iran-backed group"),
      ("ASSASSINATED_BY", "person:hassan-nasrallah", "country:israel", "to an Israeli",
       "2024-09-27"),
      ("ATTACKED", "country:israel", "location:dahiyeh", "airstrike on Beirut's southern",
       "2024-09-27"),
      ("LOCATED_IN", "location:dahiyeh", "location:beirut", "Beirut's southern suburbs"),
      ],
     {"source": "blind set (Al-Monitor-style)", "published": "2025-08"}),

    ("arBZ6_fadavi_deputy", "ar",
     "طهران - مهر\n"
     "أصدر قائد الثورة الإسلامية آية الله خامنئي، اليوم السبت، مرسوماً عيّن فيه العميد البحري علي "
     "فدوي نائباً للقائد العام لحرس الثورة الإسلامية، خلفاً للواء حسين سلامي الذي تولى قيادة "
     "الحرس في نيسان/أبريل الماضي بعد محمد علي جعفري. وكان فدوي قد قاد القوة البحرية للحرس الثوري "
     "بين عامي 2010 و2018، وخلفه فيها العميد علي رضا تنكسيري. وفي أول نشاط له في منصبه الجديد، "
     "استقبل فدوي في طهران وفداً من الحشد الشعبي العراقي برئاسة رئيس أركانه أبو مهدي المهندس، "
     "بحضور قائد فيلق القدس اللواء قاسم سليماني. وقال فدوي في تصريح لوكالة مهر إن «الحرس سيرد "
     "بحزم على أي اعتداء يستهدف مصالح الجمهورية الإسلامية في المنطقة». ويأتي التعيين بعد أسابيع "
     "من إدراج الولايات المتحدة الحرس الثوري على لائحة المنظمات الإرهابية، في خطوة ردّت عليها "
     "طهران بتصنيف القيادة المركزية الأميركية منظمة إرهابية.",
     [("MEMBER_OF", FAD, IRGC, "نائباً للقائد العام", "2019-05"),
      ("SUCCESSOR_OF", FAD, SAL, "خلفاً للواء حسين سلامي", "2019-05"),
      ("MEMBER_OF", SAL, IRGC, "خلفاً للواء حسين سلامي"),
      ("LEADS", SAL, IRGC, "الذي تولى قيادة"),
      ("SUCCESSOR_OF", SAL, JAF, "الذي تولى قيادة", "2019-04"),
      ("LEADS", JAF, IRGC, "الذي تولى قيادة"),
      ("LEADS", FAD, NAVY, "قد قاد القوة البحرية"),
      ("PART_OF", NAVY, IRGC, "قد قاد القوة البحرية"),
      ("SUCCESSOR_OF", TAN, FAD, "وخلفه فيها العميد"),
      ("LEADS", TAN, NAVY, "وخلفه فيها العميد"),
      ("MET_WITH", FAD, M, "استقبل فدوي في طهران"),
      ("VISITED", M, "country:iran", "استقبل فدوي في طهران"),
      ("MEMBER_OF", M, PMF, "برئاسة رئيس أركانه"),
      ("LEADS", S, QF, "بحضور قائد فيلق القدس"),
      ("REPORTED_BY", FAD, "outlet:mehr", "لوكالة مهر"),
      ],
     {"source": "blind set (Mehr Arabic-style)", "published": "2019-05"}),
]

if __name__ == "__main__":
    build(HERE, E, ARTICLES, set_name="setBZ")
