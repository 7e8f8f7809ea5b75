"""Blind set N: Kadhimi (Kazemi / Khadimi / al-Kadhimi) in Tehran and Washington, his cabinet
vote, talks after the raid on Kataib Hezbollah, the Biden meeting, the election of Iraq's
president in 2022. Written and annotated blind (extractor neither read nor run).
Held out: do not tune on it (see ../extract_test_README.md). Run from the repo root:
    python tests/data/extract_test_n/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_tables import entity_table  # noqa: E402

HERE = Path(__file__).parent
E = entity_table("KNOWN", "EXTRA", "MP")

Q, S, K = "person:esmail-qaani", "person:qasem-soleimani", "person:mustafa-al-kadhimi"
MUH, TR = "person:abu-mahdi-al-muhandis", "person:donald-trump"
QF, IRGC, US = "organization:quds-force", "organization:irgc", "country:united-states"
PMF, KH = "organization:popular-mobilization-forces", "organization:kataib-hezbollah"
AAH, GOV = "organization:asaib-ahl-al-haq", "organization:iraqi-government"
IQ, IR = "country:iraq", "country:iran"

ARTICLES = [
    ("enN1_kazemi_khamenei", "en",
     "DUBAI, July 21 (Reuters) - Iran's Supreme Leader Ayatollah Ali Khamenei told visiting "
     "Iraqi Prime Minister Mustafa al-Kazemi on Tuesday that Tehran would never forget the "
     "killing of Qassem Soleimani and would \"definitely deal a reciprocal blow\" to the United "
     "States, state media reported. Kazemi, on his first foreign trip since taking office in May, "
     "held talks with Khamenei and later with President Hassan Rouhani, who said Iran wanted U.S. "
     "forces out of the region. He had been received on arrival in Tehran by Foreign Minister "
     "Mohammad Javad Zarif, and also met First Vice President Eshaq Jahangiri to discuss trade "
     "and Iraq's electricity debts. The Iraqi premier had been expected in Riyadh first, but the "
     "Saudi leg was postponed after King Salman was admitted to hospital. Soleimani, commander of "
     "the Revolutionary Guards' Quds Force, was killed in a U.S. drone strike at Baghdad airport "
     "in January.",
     [("LEADS", "person:ali-khamenei", IR, "Iran's Supreme Leader"),
      ("LEADS", K, IQ, "Iran's Supreme Leader"),
      ("MET_WITH", K, "person:ali-khamenei", "held talks with Khamenei", "2020-07-21"),
      ("MET_WITH", K, "person:hassan-rouhani", "held talks with Khamenei", "2020-07-21"),
      ("VISITED", K, IR, "received on arrival in Tehran", "2020-07-21"),
      ("MET_WITH", K, "person:mohammad-javad-zarif", "received on arrival in Tehran",
       "2020-07-21"),
      ("MET_WITH", K, "person:eshaq-jahangiri", "received on arrival in Tehran", "2020-07-21"),
      ("LEADS", S, QF, "commander of the Revolutionary"),
      ("PART_OF", QF, IRGC, "commander of the Revolutionary"),
      ("ASSASSINATED_BY", S, US, "commander of the Revolutionary", "2020-01-03"),
      ],
     {"source": "blind set (Reuters-style)", "published": "2020-07-21"}),

    ("arN2_kadhimi_cabinet_vote", "ar",
     "بغداد: «الشرق الأوسط»\n"
     "منح مجلس النواب العراقي، فجر أمس، الثقة لحكومة مصطفى الكاظمي، رئيس جهاز المخابرات "
     "الوطني، الذي يخلف عادل عبد المهدي المستقيل منذ ديسمبر (كانون الأول) الماضي على وقع "
     "الاحتجاجات الشعبية. وصوّت النواب على 15 وزيراً من أصل 22، بينهم وزير المالية علي علاوي "
     "ووزير الدفاع جمعة عناد، فيما أُرجئ التصويت على حقيبتي النفط والخارجية. وكان رئيس الجمهورية "
     "برهم صالح قد كلّف الكاظمي في التاسع من أبريل (نيسان)، بعد ساعات من اعتذار المكلف السابق "
     "عدنان الزرفي إثر رفض قوى شيعية مقربة من طهران ترشيحه. واستقبل الكاظمي في مكتبه، بعد ساعات "
     "من الجلسة، السفير الأميركي ماثيو تولر الذي نقل إليه تهنئة واشنطن، فيما اكتفى وزير الخارجية "
     "الأميركي مايك بومبيو باتصال هاتفي. وفي طهران، رحّب المتحدث باسم الخارجية الإيرانية عباس "
     "موسوي بنيل الحكومة الثقة.",
     [("LEADS", K, GOV, "منح مجلس النواب", "2020-05-07"),
      ("LEADS", K, "organization:iraqi-national-intelligence-service", "منح مجلس النواب"),
      ("SUCCESSOR_OF", K, "person:adil-abdul-mahdi", "الذي يخلف", "2020-05-07"),
      ("MEMBER_OF", "person:ali-allawi", GOV, "بينهم وزير المالية"),
      ("MEMBER_OF", "person:juma-inad", GOV, "بينهم وزير المالية"),
      ("MET_WITH", K, "person:matthew-tueller", "واستقبل الكاظمي في مكتبه", "2020-05-07"),
      ("MEMBER_OF", "person:abbas-mousavi", "organization:iranian-foreign-ministry",
       "المتحدث باسم الخارجية"),
      ],
     {"source": "blind set (Asharq Al-Awsat-style)", "published": "2020-05-08"}),

    ("enN3_khadimi_white_house", "en",
     "WASHINGTON (AP) \u2014 President Donald Trump hosted Iraqi Prime Minister Mustafa "
     "al-Khadimi at the White House on Thursday and said U.S. troops would leave Iraq \u201cover "
     "a period of time,\u201d without giving a timetable. It was al-Khadimi's first visit to "
     "Washington since the former intelligence chief took office in May. Before the Oval Office "
     "meeting, the Iraqi leader held talks with Secretary of State Mike Pompeo, while Iraqi Oil "
     "Minister Ihsan Abdul Jabbar, a member of the delegation, signed energy deals with U.S. "
     "companies. Trump did not mention the strike he ordered in January that killed Iranian Gen. "
     "Qassem Soleimani and Iraqi militia commander Abu Mahdi al-Muhandis at Baghdad airport, "
     "which led Iraq's parliament to vote for the expulsion of foreign troops. Al-Khadimi faces "
     "pressure from Iran-backed militias, which are suspected of rocket attacks on the U.S. "
     "Embassy. A meeting with Vice President Mike Pence that appeared on an early schedule was "
     "later dropped.",
     [("MET_WITH", TR, K, "hosted Iraqi Prime Minister", "2020-08-20"),
      ("LEADS", K, IQ, "hosted Iraqi Prime Minister"),
      ("VISITED", K, US, "first visit to", "2020-08-20"),
      ("MET_WITH", K, "person:mike-pompeo", "held talks with Secretary", "2020-08-20"),
      ("VISITED", "person:ihsan-abdul-jabbar", US, "a member of the delegation", "2020-08-20"),
      ("ASSASSINATED_BY", S, TR, "the strike he ordered", "2020-01-03"),
      ("ASSASSINATED_BY", MUH, TR, "the strike he ordered", "2020-01-03"),
      ("SUPPORTS", IR, "organization:iran-backed-militias", "Iran-backed militias"),
      ],
     {"source": "blind set (AP-style)", "published": "2020-08-20"}),

    ("arN4_kataib_raid_talks", "ar",
     "بغداد ــ العربي الجديد\n"
     "قالت مصادر سياسية عراقية لـ\"العربي الجديد\" إن رئيس الحكومة مصطفى الكاظمي اجتمع، مساء "
     "السبت، برئيس هيئة الحشد الشعبي فالح الفياض ورئيس تحالف الفتح هادي العامري، في محاولة "
     "لاحتواء التوتر الذي أعقب مداهمة جهاز مكافحة الإرهاب مقراً لكتائب حزب الله في حي الدورة "
     "ببغداد واعتقال 14 من عناصرها. وأضافت المصادر أن لقاءً كان مقرراً بين الكاظمي والمسؤول "
     "الأمني للكتائب أبو علي العسكري لم يُعقد بسبب \"خلاف على شروط الإفراج عن المعتقلين\". في "
     "المقابل، قال المتحدث باسم كتائب حزب الله محمد محيي لوكالة فرانس برس إن \"الكاظمي يدفع "
     "البلاد نحو الفوضى خدمةً للأميركيين\". ويتهم الأميركيون الكتائب بإطلاق صواريخ على سفارتهم "
     "في المنطقة الخضراء ببغداد. وكان يقود الكتائب فعلياً أبو مهدي المهندس، الذي قُتل مع قائد "
     "فيلق القدس السابق قاسم سليماني بغارة أميركية في كانون الثاني/يناير الماضي.",
     [("MET_WITH", K, "person:falih-al-fayyadh", "اجتمع، مساء", "2020-06-27"),
      ("MET_WITH", K, "person:hadi-al-amiri", "اجتمع، مساء", "2020-06-27"),
      ("LEADS", "person:falih-al-fayyadh", PMF, "اجتمع، مساء"),
      ("LEADS", "person:hadi-al-amiri", "organization:fatah-alliance", "اجتمع، مساء"),
      ("LOCATED_IN", "location:dora", "location:baghdad", "في حي الدورة"),
      ("MEMBER_OF", "person:abu-ali-al-askari", KH, "المسؤول الأمني للكتائب"),
      ("MEMBER_OF", "person:mohammed-mohi", KH, "محمد محيي"),
      ("REPORTED_BY", "person:mohammed-mohi", "outlet:afp", "محمد محيي"),
      ("LOCATED_IN", "location:us-embassy-baghdad", "location:green-zone", "ويتهم الأميركيون"),
      ("LOCATED_IN", "location:green-zone", "location:baghdad", "ويتهم الأميركيون"),
      ("LEADS", MUH, KH, "وكان يقود الكتائب"),
      ("LEADS", S, QF, "وكان يقود الكتائب"),
      ("ASSASSINATED_BY", MUH, US, "بغارة أميركية", "2020-01-03"),
      ("ASSASSINATED_BY", S, US, "بغارة أميركية", "2020-01-03"),
      ],
     {"source": "blind set (Al-Araby Al-Jadeed-style)", "published": "2020-06-28"}),

    ("enN5_biden_kadhimi", "en",
     "WASHINGTON, July 26 (Reuters) - U.S. President Joe Biden and Iraqi Prime Minister Mustafa "
     "al-Kadhimi sealed an agreement on Monday formally ending the U.S. combat mission in Iraq by "
     "the end of 2021. \"Our role "
     "in Iraq will be to continue to train, to assist, to help and to deal with ISIS,\" Biden "
     "said as he received Kadhimi in the Oval Office. About 2,500 U.S. troops are currently in "
     "Iraq. Kadhimi, whose government has been under pressure from armed factions since the U.S. "
     "killing of Iranian commander Qassem Soleimani and Iraqi militia chief Abu Mahdi "
     "al-Muhandis last year, also held talks with Secretary of State Antony Blinken and Defense "
     "Secretary Lloyd Austin during his visit to Washington, Iraq's ambassador to the United "
     "States, Fareed Yasseen, told Reuters. The killing of security analyst Hisham al-Hashimi, shot dead outside his "
     "Baghdad home last July, remains unsolved. Kadhimi is expected to meet congressional "
     "leaders on Tuesday.",
     [("LEADS", "person:joe-biden", US, "U.S. President Joe Biden"),
      ("LEADS", K, IQ, "U.S. President Joe Biden"),
      ("MET_WITH", "person:joe-biden", K, "as he received Kadhimi", "2021-07-26"),
      ("LOCATED_IN", "organization:us-armed-forces", IQ, "About 2,500"),
      ("LEADS", K, GOV, "whose government"),
      ("ASSASSINATED_BY", S, US, "killing of Iranian commander", "2020-01-03"),
      ("ASSASSINATED_BY", MUH, US, "killing of Iranian commander", "2020-01-03"),
      ("MET_WITH", K, "person:antony-blinken", "also held talks with Secretary", "2021-07"),
      ("MET_WITH", K, "person:lloyd-austin", "also held talks with Secretary", "2021-07"),
      ("VISITED", K, US, "during his visit to Washington", "2021-07"),
      ("REPORTED_BY", "person:fareed-yasseen", "outlet:reuters", "told Reuters"),
      ],
     {"source": "blind set (Reuters-style)", "published": "2021-07-26"}),

    ("arN6_rashid_president", "ar",
     "بغداد: «الشرق الأوسط»\n"
     "انتخب مجلس النواب العراقي، أمس، السياسي الكردي المخضرم عبد اللطيف رشيد رئيساً للجمهورية "
     "خلفاً لبرهم صالح، بعد جولة اقتراع ثانية حصل فيها على 162 صوتاً مقابل 99 لصالح. وبعد دقائق "
     "من أدائه اليمين، كلّف رشيد مرشح الإطار التنسيقي محمد شياع السوداني تشكيل الحكومة الجديدة، "
     "منهياً أزمة سياسية استمرت عاماً كاملاً منذ الانتخابات التشريعية. وسيخلف السوداني، في حال "
     "نيل حكومته الثقة خلال ثلاثين يوماً، رئيس الوزراء المنتهية ولايته مصطفى الكاظمي. وقال النائب "
     "عن حركة عصائب أهل الحق حسن سالم لـ«الشرق الأوسط» إن \"الحكومة المقبلة ستكون حكومة خدمات لا "
     "حكومة محاصصة\". وتزامنت الجلسة مع سقوط صواريخ كاتيوشا على المنطقة الخضراء، التي تضم "
     "السفارة الأميركية ومقار حكومية، من دون أن تتبنى أي جهة الهجوم. وكان رشيد قد استقبل في منزله "
     "قبل أسابيع السفيرة الأميركية ألينا رومانوسكي، وفق مصادر كردية مطلعة.",
     [("SUCCESSOR_OF", "person:abdul-latif-rashid", "person:barham-salih", "خلفاً لبرهم",
       "2022-10-13"),
      ("MEMBER_OF", "person:hassan-salem", AAH, "حسن سالم"),
      ("REPORTED_BY", "person:hassan-salem", "outlet:asharq-al-awsat", "حسن سالم"),
      ("LOCATED_IN", "location:us-embassy-baghdad", "location:green-zone", "التي تضم"),
      ("MET_WITH", "person:abdul-latif-rashid", "person:alina-romanowski", "استقبل في منزله"),
      ],
     {"source": "blind set (Asharq Al-Awsat-style)", "published": "2022-10-14"}),
]


if __name__ == "__main__":
    build(HERE, E, ARTICLES, set_name="setN")
