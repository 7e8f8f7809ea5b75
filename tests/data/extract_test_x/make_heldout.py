"""Blind set X: Qaani's first Baghdad trip, the January 2020 strike and the appointment,
Ghaani received by Assad after the consulate strike, Qaani's lobbying before al-Kadhimi's
government, al-Kadhemi at the White House, the strike on Abu Baqir al-Saadi.
Written and annotated blind (extractor neither read nor run).
Run: python /work/team/blind/setX/make_heldout.py
A TEST set: never tune the extractor on it (see tests/data/extract_test_README.md). Run from the repo root:
    python tests/data/extract_test_x/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_tables import entity_table  # noqa: E402

HERE = Path(__file__).parent
E = entity_table("KNOWN", "EXTRA", "MP", "QT", "XZ")

Q, S, K = "person:esmail-qaani", "person:qasem-soleimani", "person:mustafa-al-kadhimi"
M, AAM = "person:abu-mahdi-al-muhandis", "person:adil-abdul-mahdi"
QF, IRGC, US = "organization:quds-force", "organization:irgc", "country:united-states"
PMF, T = "organization:popular-mobilization-forces", "person:donald-trump"
KH, AAH = "organization:kataib-hezbollah", "organization:asaib-ahl-al-haq"
FAY, FADAK = "person:falih-al-fayyadh", "person:abdul-aziz-al-muhammadawi"
SUD = "person:mohammed-shia-al-sudani"

ARTICLES = [
    ("enX1_qaani_first_baghdad_trip", "en",
     "BAGHDAD, Jan 12 (Reuters) - Esmaeel Qaani, the newly appointed commander of Iran's Quds "
     "Force, met caretaker Prime Minister Adel Abdul-Mahdi in Baghdad on Sunday on his first "
     "known trip to Iraq since taking over from Qassem Soleimany, two Iraqi officials said. "
     "Soleimany and the Iraqi militia leader Abu Mahdi al-Muhandes were killed on Jan. 3 by a "
     "U.S. drone strike near the city's airport, an attack President Donald Trump said he had "
     "ordered \u201cto stop a war.\u201d Qaani also met leaders of Kataib Hezbollah and Asaib Ahl "
     "al-Haq and was received at the Defence Ministry by Lt. Gen. Abdul-Amir Yarallah, deputy "
     "commander of the Joint Operations Command, the officials said. A meeting with Shi'ite "
     "cleric Moqtada al-Sadr that had been planned for Monday did not take place, an aide to "
     "Sadr told Reuters. Iraq's parliament voted on Jan. 5 to demand the withdrawal of U.S. "
     "troops.",
     [("LEADS", Q, QF, "the newly appointed commander"),
      ("MET_WITH", Q, AAM, "met caretaker Prime Minister", "2020-01-12"),
      ("VISITED", Q, "location:baghdad", "met caretaker Prime Minister", "2020-01-12"),
      ("VISITED", Q, "country:iraq", "first known trip to Iraq", "2020-01-12"),
      ("SUCCESSOR_OF", Q, S, "taking over from Qassem"),
      ("ASSASSINATED_BY", S, US, "by a U.S. drone strike", "2020-01-03"),
      ("ASSASSINATED_BY", M, US, "by a U.S. drone strike", "2020-01-03"),
      ("ASSASSINATED_BY", S, T, "said he had ordered", "2020-01-03"),
      ("ASSASSINATED_BY", M, T, "said he had ordered", "2020-01-03"),
      ("MET_WITH", Q, KH, "also met leaders of"),
      ("MET_WITH", Q, AAH, "also met leaders of"),
      ("MET_WITH", Q, "person:abdul-amir-yarallah", "was received at the Defence Ministry"),
      ("MEMBER_OF", "person:abdul-amir-yarallah", "organization:joint-operations-command",
       "deputy commander of the Joint"),
      ],
     {"source": "blind set (Reuters-style)", "published": "2020-01-12"}),

    ("arX2_strike_and_appointment", "ar",
     "الدوحة ــ الجزيرة نت\n"
     "في فجر الثالث من يناير/كانون الثاني 2020، قُتل قائد فيلق القدس الإيراني اللواء قاسم "
     "سليماني ونائب رئيس هيئة الحشد الشعبي أبو مهدي المُهَنْدِس بغارة أميركية استهدفت موكبهما "
     "على طريق مطار بغداد الدولي، وأعلنت وزارة الدفاع الأميركية أن الضربة نُفّذت بأمر مباشر من "
     "الرئيس دونالد ترامب. وبعد ساعات، عيّن المرشد الإيراني علي خامنئي العميد إسماعيل قاءاني "
     "قائداً للفيلق خلفاً لسليماني، مؤكداً أن برنامج الفيلق «لن يتغير». ولم تمضِ أسابيع حتى زار "
     "القائد الجديد بغداد، حيث التقى رئيس الوزراء المستقيل عادل عبد المهدي، في حين قال قائد "
     "عمليات بغداد الفريق الركن قيس المحمداوي إن قواته «لم تُبلَّغ» بالزيارة. وكان الحرس الثوري "
     "قد ردّ في الثامن من يناير بقصف قاعدة عين الأسد في الأنبار بصواريخ باليستية، وأعلن "
     "مسؤوليته عن الهجوم في بيان نقلته وكالة تسنيم.",
     [("LEADS", S, QF, "قُتل قائد فيلق القدس"),
      ("MEMBER_OF", M, PMF, "ونائب رئيس هيئة"),
      ("ASSASSINATED_BY", S, US, "بغارة أميركية", "2020-01-03"),
      ("ASSASSINATED_BY", M, US, "بغارة أميركية", "2020-01-03"),
      ("ASSASSINATED_BY", S, T, "بأمر مباشر من", "2020-01-03"),
      ("ASSASSINATED_BY", M, T, "بأمر مباشر من", "2020-01-03"),
      ("LEADS", "person:ali-khamenei", "country:iran", "عيّن المرشد الإيراني"),
      ("LEADS", Q, QF, "قائداً للفيلق خلفاً"),
      ("SUCCESSOR_OF", Q, S, "قائداً للفيلق خلفاً", "2020-01-03"),
      ("VISITED", Q, "location:baghdad", "زار القائد الجديد"),
      ("MET_WITH", Q, AAM, "حيث التقى رئيس الوزراء المستقيل"),
      ("LEADS", "person:qais-al-muhammadawi", "organization:baghdad-operations-command",
       "الفريق الركن قيس"),
      ("ATTACKED", IRGC, "location:ain-al-asad-air-base", "بقصف قاعدة عين الأسد",
       "2020-01-08"),
      ("LOCATED_IN", "location:ain-al-asad-air-base", "location:anbar", "عين الأسد في الأنبار"),
      ("REPORTED_BY", IRGC, "outlet:tasnim", "في بيان نقلته وكالة تسنيم"),
      ],
     {"source": "blind set (Al Jazeera-style)", "published": "2020-02"}),

    ("enX3_ghaani_assad_consulate", "en",
     "DAMASCUS (AFP) - Syrian President Bashar al-Assad received the commander of Iran's Quds "
     "Force, Ismail Ghaani, in Damascus on Monday, a week after an Israeli air strike levelled "
     "the Iranian consulate building in the Syrian capital, the presidency said. The April 1 "
     "strike killed Brigadier General Mohammad Reza Zahedi, a senior Quds Force commander, and "
     "six other Revolutionary Guards officers. Ghaani, who replaced Qassem Suleymani at the "
     "head of the Guards' foreign operations arm in January 2020, also held talks with Major "
     "General Ali Mamlouk, head of Syria's National Security Bureau, according to a source "
     "close to the government. Iran's foreign ministry has said Tehran will respond \u201cat the "
     "right time.\u201d A visit by Ghaani to Beirut, announced by Iranian media for the same "
     "week, was later called off.",
     [("LEADS", "person:bashar-al-assad", "country:syria", "Syrian President Bashar"),
      ("MET_WITH", "person:bashar-al-assad", Q, "Syrian President Bashar", "2024-04-08"),
      ("LEADS", Q, QF, "the commander of Iran's Quds"),
      ("VISITED", Q, "location:damascus", "Ismail Ghaani, in Damascus", "2024-04-08"),
      ("ATTACKED", "country:israel", "location:iranian-consulate-damascus",
       "levelled the Iranian consulate", "2024-04-01"),
      ("ASSASSINATED_BY", "person:mohammad-reza-zahedi", "country:israel",
       "strike killed Brigadier", "2024-04-01"),
      ("MEMBER_OF", "person:mohammad-reza-zahedi", QF, "a senior Quds Force commander"),
      ("SUCCESSOR_OF", Q, S, "who replaced Qassem", "2020-01"),
      ("LEADS", S, QF, "who replaced Qassem"),
      ("PART_OF", QF, IRGC, "foreign operations arm"),
      ("MET_WITH", Q, "person:ali-mamlouk", "also held talks with", "2024-04-08"),
      ("LEADS", "person:ali-mamlouk", "organization:syrian-national-security-bureau",
       "head of Syria's National"),
      ],
     {"source": "blind set (AFP-style)", "published": "2024-04-08"}),

    ("arX4_qaani_before_kadhimi", "ar",
     "بغداد: «الشرق الأوسط»\n"
     "كشف مصدر سياسي عراقي أن قائد «فيلق القدس» إسماعيل قآني التقى في بغداد، ليل الأحد، زعيم "
     "«منظمة بدر» هادي العامري ورئيس «ائتلاف دولة القانون» نوري المالكي والأمين العام لـ«عصائب "
     "أهل الحق» قيس الخزعلي، في محاولة لتوحيد موقف القوى الشيعية من تكليف عدنان الزرفي تشكيل "
     "الحكومة. وبحسب المصدر، فإن خليفة سليماني لم يحقق ما كان يحققه سلفه، إذ اعتذر بعض القادة "
     "عن استقباله. وبعد أسابيع، نالت حكومة مصطفى الكاظمي، رئيس جهاز المخابرات، ثقة البرلمان، "
     "ليخلف عادل عبد المهدي الذي استقال تحت ضغط الاحتجاجات. وقال النائب عن «تحالف الفتح» أحمد "
     "الأسدي لـ«الشرق الأوسط» إن «الكاظمي يحظى بقبول أوسع من الزرفي». وكانت وسائل إعلام إيرانية "
     "قد ذكرت أن قآني أجرى اتصالاً هاتفياً بالكاظمي لتهنئته.",
     [("LEADS", Q, QF, "قائد «فيلق القدس» إسماعيل قآني"),
      ("VISITED", Q, "location:baghdad", "التقى في بغداد"),
      ("MET_WITH", Q, "person:hadi-al-amiri", "التقى في بغداد"),
      ("MET_WITH", Q, "person:nouri-al-maliki", "التقى في بغداد"),
      ("MET_WITH", Q, "person:qais-al-khazali", "التقى في بغداد"),
      ("LEADS", "person:hadi-al-amiri", "organization:badr-organization", "زعيم «منظمة بدر»"),
      ("LEADS", "person:nouri-al-maliki", "organization:state-of-law-coalition",
       "ورئيس «ائتلاف دولة القانون»"),
      ("LEADS", "person:qais-al-khazali", AAH, "والأمين العام لـ«عصائب"),
      ("SUCCESSOR_OF", Q, S, "فإن خليفة سليماني"),
      ("LEADS", K, "organization:iraqi-government", "نالت حكومة مصطفى", "2020-05-07"),
      ("LEADS", K, "organization:iraqi-national-intelligence-service", "رئيس جهاز المخابرات"),
      ("SUCCESSOR_OF", K, AAM, "ليخلف عادل", "2020-05-07"),
      ("MEMBER_OF", "person:ahmed-al-asadi", "organization:fatah-alliance",
       "النائب عن «تحالف الفتح»"),
      ("REPORTED_BY", "person:ahmed-al-asadi", "outlet:asharq-al-awsat", "لـ«الشرق الأوسط»"),
      ],
     {"source": "blind set (Asharq Al-Awsat-style)", "published": "2020-05-10"}),

    ("enX5_kadhemi_white_house", "en",
     "WASHINGTON, D.C. \u2014 U.S. President Donald Trump hosted Iraqi Prime Minister Mustafa "
     "al-Kadhemi at the White House on Thursday, the first visit by an Iraqi premier since Trump "
     "ordered the January drone strike that killed Iranian general Qasem Soleimani and Abu Mahdi "
     "al-Muhandis near Baghdad airport. Kadhemi, who took over from Adil Abdul-Mahdi in May, also "
     "met Secretary of State Mike Pompeo and Defense Secretary Mark Esper during his first visit "
     "to Washington as premier, his office said. A meeting with Democratic candidate Joe Biden "
     "was not on the schedule. The Kurdistan Regional Government's representative in "
     "Washington, Bayan Sami Abdul Rahman, told Rudaw that Erbil hoped the talks would "
     "\u201cprotect the Kurdistan Region's share\u201d of U.S. support. Soleimani, who led the Quds "
     "Force for two decades, was succeeded by his deputy Esmail Qaani.",
     [("LEADS", T, US, "U.S. President Donald Trump"),
      ("LEADS", K, "country:iraq", "hosted Iraqi Prime Minister"),
      ("MET_WITH", T, K, "hosted Iraqi Prime Minister", "2020-08-20"),
      ("ASSASSINATED_BY", S, T, "Trump ordered the January drone strike", "2020-01-03"),
      ("ASSASSINATED_BY", M, T, "Trump ordered the January drone strike", "2020-01-03"),
      ("SUCCESSOR_OF", K, AAM, "who took over from Adil", "2020-05"),
      ("MET_WITH", K, "person:mike-pompeo", "met Secretary of State", "2020-08"),
      ("MET_WITH", K, "person:mark-esper", "met Secretary of State", "2020-08"),
      ("VISITED", K, US, "his first visit to Washington", "2020-08"),
      ("MEMBER_OF", "person:bayan-sami-abdul-rahman", "organization:kurdistan-regional-government",
       "representative in Washington"),
      ("REPORTED_BY", "person:bayan-sami-abdul-rahman", "outlet:rudaw", "told Rudaw"),
      ("LEADS", S, QF, "who led the Quds"),
      ("SUCCESSOR_OF", Q, S, "was succeeded by his deputy"),
      ],
     {"source": "blind set (Rudaw English-style)", "published": "2020-08-20"}),

    ("arX6_saadi_strike_abu_fadak", "ar",
     "بغداد/ شفق نيوز- أعلنت القيادة المركزية الأميركية (سنتكوم)، مساء الأربعاء، أن قواتها "
     "نفذت ضربة في حي المشتل شرقي بغداد أسفرت عن مقتل القيادي في كتائب حزب الله أبو باقر "
     "الساعدي، متهمة إياه بالتخطيط لهجمات على القوات الأميركية في المنطقة. وعلى إثر الضربة، "
     "استقبل رئيس مجلس الوزراء محمد شياع السوداني في مكتبه رئيس هيئة الحشد الشعبي فالح الفياض "
     "ورئيس أركانها عبد العزيز المحمداوي، المعروف بأبي فدك، الذي خلف أبا مهدي المهندس في المنصب "
     "بعد مقتله بضربة أميركية مطلع 2020. من جهته، قال رئيس حركة حقوق، الجناح السياسي لكتائب حزب "
     "الله، حسين مؤنس لشفق نيوز إن «الرد سيكون مدروساً». ويأتي ذلك بعد أيام من هجوم البرج 22 في "
     "الأردن الذي قتل ثلاثة جنود أميركيين، وحمّلت واشنطن مسؤوليته لكتائب حزب الله.",
     [("ASSASSINATED_BY", "person:abu-baqir-al-saadi", "organization:us-central-command",
       "أن قواتها", "2024-02-07"),
      ("LOCATED_IN", "location:mashtal", "location:baghdad", "حي المشتل شرقي بغداد"),
      ("MEMBER_OF", "person:abu-baqir-al-saadi", KH, "القيادي في كتائب حزب الله"),
      ("MET_WITH", SUD, FAY, "استقبل رئيس مجلس الوزراء", "2024-02"),
      ("MET_WITH", SUD, FADAK, "استقبل رئيس مجلس الوزراء", "2024-02"),
      ("LEADS", FAY, PMF, "رئيس هيئة الحشد الشعبي فالح"),
      ("MEMBER_OF", FADAK, PMF, "ورئيس أركانها"),
      ("SUCCESSOR_OF", FADAK, M, "الذي خلف أبا مهدي"),
      ("MEMBER_OF", M, PMF, "الذي خلف أبا مهدي"),
      ("ASSASSINATED_BY", M, US, "بعد مقتله بضربة أميركية", "2020-01-03"),
      ("LEADS", "person:hussein-mounes", "organization:huquq-movement", "رئيس حركة حقوق"),
      ("PART_OF", "organization:huquq-movement", KH, "الجناح السياسي"),
      ("REPORTED_BY", "person:hussein-mounes", "outlet:shafaq-news", "حسين مؤنس لشفق نيوز"),
      ("LOCATED_IN", "location:tower-22", "country:jordan", "هجوم البرج 22 في"),
      ],
     {"source": "blind set (Shafaq News-style)", "published": "2024-02-08"}),
]


if __name__ == "__main__":
    build(HERE, E, ARTICLES, set_name="setX")
