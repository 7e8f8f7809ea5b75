"""Blind set AW: Iraqi prime ministers receiving Iranian officials: Amirabdollahian at the
Baghdad summit (Aug 2021), Iran's central bank governor Farzin with al-Sudani (Feb 2023),
intelligence minister Khatib in Baghdad (2023), roads minister Rostam Ghasemi with al-Kadhimi
(Dec 2021), SNSC secretary Ahmadian in Baghdad (2024), energy minister Mehrabian (2023).
Written and annotated blind (extractor neither read nor run).
Run: python /work/team/blind/setAW/make_heldout.py
A TEST set: never tune the extractor on it (see tests/data/extract_test_README.md). Run from the repo root:
    python tests/data/extract_test_aw/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_tables import entity_table  # noqa: E402

HERE = Path(__file__).parent
E = entity_table(
    "KNOWN", "EXTRA", "MP", "QT", "UW", "XZ", "AC", "AF", "AI", "AL", "AO", "AR", "AU", "AX"
)

Q, S, K = "person:esmail-qaani", "person:qasem-soleimani", "person:mustafa-al-kadhimi"
M, AAM = "person:abu-mahdi-al-muhandis", "person:adil-abdul-mahdi"
QF, IRGC, US = "organization:quds-force", "organization:irgc", "country:united-states"
PMF, T = "organization:popular-mobilization-forces", "person:donald-trump"
KH, AAH = "organization:kataib-hezbollah", "organization:asaib-ahl-al-haq"
FAY, FADAK = "person:falih-al-fayyadh", "person:abdul-aziz-al-muhammadawi"
SUD, AMI = "person:mohammed-shia-al-sudani", "person:hadi-al-amiri"
USAF, IRAN, IRAQ = "organization:us-armed-forces", "country:iran", "country:iraq"
BGD = "location:baghdad"
AAB, ZAR = "person:hossein-amir-abdollahian", "person:mohammad-javad-zarif"
ARAJI, SNSC = "person:qassim-al-araji", "organization:supreme-national-security-council"

ARTICLES = [
    ("enAW1_amirabdollahian_baghdad_summit", "en",
     "BAGHDAD, Aug 28 (Reuters) - Iraqi Prime Minister Mustafa al-Kazemi hosted leaders and "
     "ministers from across the region in Baghdad on Saturday, at a summit that brought Iranian "
     "and Saudi officials together. Iran's new foreign minister, "
     "Hossein Amirabdollahian, who replaced Mohammad Javad Zarif this week, held talks with Kazemi "
     "on the sidelines and later met French President Emmanuel Macron, Iraqi officials said. "
     "Kazemi also held separate meetings with Egypt's President Abdel Fattah al-Sisi and Jordan's "
     "King Abdullah. Qatar's Emir Sheikh Tamim bin Hamad al-Thani attended, and Kuwait sent its "
     "Prime Minister, Sheikh Sabah al-Khalid al-Sabah. Saudi Foreign Minister Prince Faisal bin "
     "Farhan did not hold a bilateral meeting with his Iranian counterpart, a Saudi source said. "
     "Ties between Baghdad and Tehran have been under scrutiny since a U.S. drone strike in Baghdad "
     "killed Iranian commander Qassem Soleimani in January 2020.",
     [("LEADS", K, IRAQ, "Iraqi Prime Minister Mustafa al-Kazemi"),
      ("SUCCESSOR_OF", AAB, ZAR, "who replaced Mohammad Javad Zarif", "2021-08-25"),
      ("MET_WITH", AAB, K, "held talks with Kazemi", "2021-08-28"),
      ("VISITED", AAB, BGD, "held talks with Kazemi", "2021-08-28"),
      ("MET_WITH", AAB, "person:emmanuel-macron", "later met French President", "2021-08-28"),
      ("VISITED", "person:emmanuel-macron", BGD, "later met French President", "2021-08-28"),
      ("LEADS", "person:emmanuel-macron", "country:france", "later met French President"),
      ("MET_WITH", K, "person:abdel-fattah-al-sisi", "held separate meetings with Egypt's",
       "2021-08-28"),
      ("MET_WITH", K, "person:abdullah-ii", "held separate meetings with Egypt's", "2021-08-28"),
      ("LEADS", "person:abdel-fattah-al-sisi", "country:egypt", "Egypt's President Abdel"),
      ("LEADS", "person:abdullah-ii", "country:jordan", "Jordan's \nKing Abdullah".replace(" \n", " ")),
      ("LEADS", "person:tamim-bin-hamad-al-thani", "country:qatar", "Qatar's Emir Sheikh"),
      ("VISITED", "person:tamim-bin-hamad-al-thani", BGD, "Qatar's Emir Sheikh", "2021-08-28"),
      ("LEADS", "person:sabah-al-khalid-al-sabah", "country:kuwait", "Kuwait sent its"),
      ("VISITED", "person:sabah-al-khalid-al-sabah", BGD, "Kuwait sent its", "2021-08-28"),
      ("ASSASSINATED_BY", S, US, "since a U.S. drone strike in Baghdad", "2020-01-03"),
      ],
     {"source": "blind set (Reuters-style)", "published": "2021-08-28"}),

    ("arAW2_farzin_sudani", "ar",
     "شفق نيوز/ استقبل رئيس مجلس الوزراء محمد شياع السوداني، اليوم الأحد، محافظ البنك المركزي "
     "الإيراني محمد رضا فرزين والوفد المرافق له، بحضور محافظ البنك المركزي العراقي علي محسن "
     "العلاق. وذكر بيان لمكتب السوداني أن اللقاء بحث آليات تسديد مستحقات الغاز الإيراني المودعة في "
     "المصارف العراقية في ظل العقوبات الأميركية. وكان فرزين قد وصل إلى بغداد مساء السبت في أول "
     "زيارة خارجية له منذ تعيينه خلفاً لعلي صالح آبادي نهاية العام الماضي، وعقد اجتماعاً مطولاً مع "
     "العلاق في مقر البنك. ويتولى العلاق إدارة البنك المركزي العراقي منذ كانون الثاني الماضي، بعدما "
     "أُعفي سلفه مصطفى غالب مخيف إثر تراجع سعر صرف الدينار أمام الدولار. وقال مصدر حكومي لشفق نيوز "
     "إن الجانبين اتفقا على استخدام الأموال المجمدة لشراء سلع غذائية ودوائية، فيما لم يصدر تعليق "
     "من وزارة الخزانة الأميركية.",
     [("MET_WITH", SUD, "person:mohammad-reza-farzin", "استقبل رئيس مجلس الوزراء", "2023-02-26"),
      ("LEADS", "person:mohammad-reza-farzin", "organization:central-bank-of-iran",
       "محافظ البنك المركزي \nالإيراني".replace(" \n", " ")),
      ("LEADS", "person:ali-mohsen-al-alaq", "organization:central-bank-of-iraq",
       "بحضور محافظ البنك المركزي العراقي"),
      ("VISITED", "person:mohammad-reza-farzin", BGD, "قد وصل إلى بغداد", "2023-02-25"),
      ("SUCCESSOR_OF", "person:mohammad-reza-farzin", "person:ali-salehabadi",
       "خلفاً لعلي صالح آبادي", "2022-12"),
      ("MET_WITH", "person:mohammad-reza-farzin", "person:ali-mohsen-al-alaq",
       "وعقد اجتماعاً مطولاً مع", "2023-02-25"),
      ("SUCCESSOR_OF", "person:ali-mohsen-al-alaq", "person:mustafa-ghaleb-mukhif",
       "بعدما \nأُعفي سلفه".replace(" \n", " "), "2023-01"),
      ("LEADS", "person:mustafa-ghaleb-mukhif", "organization:central-bank-of-iraq",
       "بعدما \nأُعفي سلفه".replace(" \n", " ")),
      ],
     {"source": "blind set (Shafaq News-style)", "published": "2023-02-26"}),

    ("enAW3_khatib_baghdad", "en",
     "Iran's Intelligence Minister Esmail Khatib was received in Baghdad on Sunday by Iraqi Prime "
     "Minister Mohammed Shia Al Sudani, who pressed his guest on Iranian strikes against Kurdish "
     "opposition groups in the north of the country. Mr Khatib also held talks with Hamid Al "
     "Shatri, head of Iraq's National Intelligence Service, and with National Security Adviser "
     "Qassim Al Araji, the Iraqi government said. Mr Khatib, a cleric who took over the "
     "intelligence ministry from Mahmoud Alavi in 2021, is the most senior Iranian security "
     "official to visit since Ali Shamkhani, then secretary of Iran's Supreme National Security "
     "Council, signed a border security pact in Baghdad in March. Mr Al Sudani replaced Mustafa Al "
     "Kadhimi as prime minister in October. Iran's Revolutionary Guards fired missiles and drones "
     "at the groups' offices in Koya last year, saying they were behind unrest inside Iran.",
     [("MET_WITH", "person:esmail-khatib", SUD, "was received in Baghdad on Sunday", "2023"),
      ("VISITED", "person:esmail-khatib", BGD, "was received in Baghdad on Sunday", "2023"),
      ("LEADS", SUD, IRAQ, "by Iraqi Prime"),
      ("MET_WITH", "person:esmail-khatib", "person:hamid-al-shatri", "also held talks with Hamid",
       "2023"),
      ("LEADS", "person:hamid-al-shatri", "organization:iraqi-national-intelligence-service",
       "head of Iraq's National Intelligence"),
      ("MET_WITH", "person:esmail-khatib", ARAJI, "also held talks with Hamid", "2023"),
      ("SUCCESSOR_OF", "person:esmail-khatib", "person:mahmoud-alavi",
       "took over the \nintelligence ministry".replace(" \n", " "), "2021"),
      ("MEMBER_OF", "person:ali-shamkhani", SNSC, "then secretary of Iran's Supreme"),
      ("VISITED", "person:ali-shamkhani", BGD, "signed a border security pact in Baghdad",
       "2023-03"),
      ("SUCCESSOR_OF", SUD, K, "replaced Mustafa Al", "2022-10"),
      ("ATTACKED", IRGC, "location:koya", "fired missiles and drones", "2022"),
      ],
     {"source": "blind set (The National-style)", "published": "2023"}),

    ("arAW4_rostam_ghasemi_kadhimi", "ar",
     "بغداد ــ العربي الجديد\n"
     "استقبل رئيس الوزراء العراقي مصطفى الكاظمي، أمس الأربعاء، وزير الطرق وبناء المدن الإيراني "
     "رستم قاسمي، الذي يزور بغداد على رأس وفد اقتصادي، وبحث معه مشروع سكة حديد الشلامجة ــ البصرة. "
     "والتقى قاسمي في وقت لاحق وزير النقل العراقي ناصر الشبلي، ووقّعا مذكرة تفاهم لربط شبكتي السكك "
     "الحديدية. ويتولى قاسمي الوزارة منذ آب/أغسطس الماضي خلفاً لمحمد إسلامي، الذي عُيّن رئيساً "
     "لمنظمة الطاقة الذرية. ويُعدّ قاسمي من الوجوه العسكرية البارزة في الحكومة الإيرانية، إذ قاد "
     "سابقاً مقرّ «خاتم الأنبياء» للإعمار التابع للحرس الثوري، كما عمل، بحسب وسائل إعلام إيرانية، "
     "مساعداً للشؤون الاقتصادية في فيلق القدس في عهد قائده الراحل قاسم سليماني، الذي قُتل بضربة "
     "جوية قرب مطار بغداد. وقال مسؤول في وزارة النقل لـ«العربي الجديد» إن الجانب العراقي «لم يحسم "
     "بعد» تمويل المشروع.",
     [("LEADS", K, IRAQ, "استقبل رئيس الوزراء العراقي"),
      ("MET_WITH", K, "person:rostam-ghasemi", "استقبل رئيس الوزراء العراقي", "2021-12"),
      ("VISITED", "person:rostam-ghasemi", BGD, "الذي يزور بغداد", "2021-12"),
      ("MET_WITH", "person:rostam-ghasemi", "person:nasser-al-shibli", "والتقى قاسمي في وقت لاحق",
       "2021-12"),
      ("SUCCESSOR_OF", "person:rostam-ghasemi", "person:mohammad-eslami", "خلفاً لمحمد إسلامي",
       "2021-08"),
      ("LEADS", "person:mohammad-eslami", "organization:atomic-energy-organization-of-iran",
       "الذي عُيّن رئيساً"),
      ("MEMBER_OF", "person:rostam-ghasemi", "organization:iranian-government",
       "في الحكومة الإيرانية"),
      ("LEADS", "person:rostam-ghasemi", "organization:khatam-al-anbiya-construction-hq",
       "إذ قاد \nسابقاً".replace(" \n", " ")),
      ("PART_OF", "organization:khatam-al-anbiya-construction-hq", IRGC, "التابع للحرس الثوري"),
      ("MEMBER_OF", "person:rostam-ghasemi", QF, "مساعداً للشؤون الاقتصادية"),
      ("LEADS", S, QF, "في عهد قائده الراحل"),
      ],
     {"source": "blind set (Al-Araby Al-Jadeed-style)", "published": "2021-12"}),

    ("enAW5_ahmadian_baghdad", "en",
     "BAGHDAD (AP) \u2014 The secretary of Iran's Supreme National Security Council, Ali Akbar "
     "Ahmadian, met Iraq's prime minister, Mohammed Shia al-Sudani, in Baghdad on Tuesday to review "
     "a border security agreement under which Iraq pledged to disarm Iranian Kurdish opposition "
     "groups, the prime minister's office said. Ahmadian, a former chief of the joint staff of "
     "the Revolutionary Guard, succeeded Ali Shamkhani in May 2023. He also met National Security "
     "Adviser Qassim al-Araji, who signed the accord with Shamkhani, and Omar al-Waeli, the head of "
     "Iraq's Border Ports Authority. The Guard has repeatedly struck the groups' camps in northern "
     "Iraq, and in January fired missiles at Irbil in an attack that killed a Kurdish businessman, "
     "Peshraw Dizayee. A planned trip by Ahmadian to Irbil was postponed, an Iraqi official said.",
     [("MEMBER_OF", "person:ali-akbar-ahmadian", SNSC, "The secretary of Iran's Supreme"),
      ("MET_WITH", "person:ali-akbar-ahmadian", SUD, "met Iraq's prime minister", "2024"),
      ("LEADS", SUD, IRAQ, "met Iraq's prime minister"),
      ("VISITED", "person:ali-akbar-ahmadian", BGD, "in Baghdad on Tuesday", "2024"),
      ("MEMBER_OF", "person:ali-akbar-ahmadian", IRGC, "a former chief of the joint staff"),
      ("SUCCESSOR_OF", "person:ali-akbar-ahmadian", "person:ali-shamkhani",
       "succeeded Ali Shamkhani", "2023-05"),
      ("MET_WITH", "person:ali-akbar-ahmadian", ARAJI, "He also met National Security", "2024"),
      ("MET_WITH", "person:ali-akbar-ahmadian", "person:omar-al-waeli",
       "He also met National Security", "2024"),
      ("LEADS", "person:omar-al-waeli", "organization:iraqi-border-ports-authority",
       "the head of \nIraq's Border Ports".replace(" \n", " ")),
      ("ATTACKED", IRGC, "location:erbil", "fired missiles at Irbil", "2024-01-15"),
      ("ASSASSINATED_BY", "person:peshraw-dizayee", IRGC, "in an attack that killed",
       "2024-01-15"),
      ],
     {"source": "blind set (AP-style)", "published": "2024"}),

    ("arAW6_mehrabian_sudani", "ar",
     "بغداد - ارنا - استقبل رئيس الوزراء العراقي محمد شياع السوداني وزير الطاقة الايراني علي اكبر "
     "محرابيان والوفد المرافق له، وبحث معه سبل تسديد ديون الغاز الايراني وزيادة امدادات الكهرباء "
     "الى العراق قبل حلول الصيف. واجرى محرابيان، الذي وصل الى بغداد صباح اليوم الاربعاء، مباحثات "
     "مع وزير الكهرباء العراقي زياد علي فاضل تناولت ربط الشبكتين. ويشغل محرابيان حقيبة الطاقة منذ "
     "اب/اغسطس 2021 خلفا لرضا اردكانيان. كما التقى محرابيان رئيس هيئة الحشد الشعبي فالح الفياض، "
     "وفق مصدر مطلع. وكان السوداني قد زار طهران في تشرين الثاني الماضي حيث التقى قائد الثورة "
     "الاسلامية آية الله السيد علي خامنئي ورئيس الجمهورية السيد ابراهيم رئيسي. واكد محرابيان ان "
     "طهران «لن تقطع» الغاز عن العراق، مشيرا الى ان الشهيد الحاج قاسم سليماني الذي استشهد بغارة "
     "امريكية في مطار بغداد «كان يرى في العراق عمقا استراتيجيا لايران».",
     [("LEADS", SUD, IRAQ, "استقبل رئيس الوزراء العراقي"),
      ("MET_WITH", SUD, "person:ali-akbar-mehrabian", "استقبل رئيس الوزراء العراقي", "2023"),
      ("VISITED", "person:ali-akbar-mehrabian", BGD, "الذي وصل الى بغداد", "2023"),
      ("MET_WITH", "person:ali-akbar-mehrabian", "person:ziad-ali-fadel", "مباحثات \nمع وزير".replace(" \n", " "),
       "2023"),
      ("SUCCESSOR_OF", "person:ali-akbar-mehrabian", "person:reza-ardakanian", "خلفا لرضا",
       "2021-08"),
      ("MET_WITH", "person:ali-akbar-mehrabian", FAY, "كما التقى محرابيان", "2023"),
      ("LEADS", FAY, PMF, "كما التقى محرابيان"),
      ("VISITED", SUD, IRAN, "قد زار طهران", "2022-11"),
      ("MET_WITH", SUD, "person:ali-khamenei", "حيث التقى قائد الثورة", "2022-11"),
      ("MET_WITH", SUD, "person:ebrahim-raisi", "حيث التقى قائد الثورة", "2022-11"),
      ("ASSASSINATED_BY", S, US, "بغارة \nامريكية".replace(" \n", " "), "2020-01-03"),
      ],
     {"source": "blind set (IRNA Arabic-style)", "published": "2023"}),
]

if __name__ == "__main__":
    build(HERE, E, ARTICLES, set_name="setAW")
