"""Blind set AS: the judicial and parliamentary aftermath: Tehran's warrant for Trump and
Interpol (AP, June 2020), al-Mashhadani elected speaker (Shafaq, Oct 2024), Iraqi
investigators and the airport informants (Reuters, Jan 2020), a Huquq MP on the stalled
investigation file (Al-Araby Al-Jadeed, 2023), Iran's prosecutor-general and the Iraqi
ambassador (Tasnim, Jan 2021), the failed parliament session after Abu Baqir al-Saadi's
killing (Al Mayadeen, Feb 2024). Written and annotated blind (extractor neither read nor run).
Run: python /work/team/blind/setAS/make_heldout.py
A TEST set: never tune the extractor on it (see tests/data/extract_test_README.md). Run from the repo root:
    python tests/data/extract_test_as/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_tables import entity_table  # noqa: E402

HERE = Path(__file__).parent
E = entity_table("KNOWN", "EXTRA", "MP", "QT", "UW", "XZ", "AC", "AF", "AI", "AL", "AU")

Q, S, K = "person:esmail-qaani", "person:qasem-soleimani", "person:mustafa-al-kadhimi"
M, T, SUD = "person:abu-mahdi-al-muhandis", "person:donald-trump", "person:mohammed-shia-al-sudani"
QF, IRGC, US = "organization:quds-force", "organization:irgc", "country:united-states"
PMF, KH = "organization:popular-mobilization-forces", "organization:kataib-hezbollah"
USAF, PARL = "organization:us-armed-forces", "organization:iraqi-parliament"
BGD, IRN, IRQ = "location:baghdad", "country:iran", "country:iraq"

ARTICLES = [
    ("enAS1_tehran_warrant_interpol", "en",
     "TEHRAN, Iran (AP) \u2014 Iran has issued an arrest warrant and asked Interpol for help "
     "detaining President Donald Trump and 35 others it believes carried out the drone strike "
     "that killed a top Iranian general in Baghdad, Tehran prosecutor Ali Alqasimehr said Monday. "
     "Gen. Qassem Soleimani, who led the Revolutionary Guard's expeditionary Quds Force, was "
     "killed in the U.S. strike near Baghdad's international airport in January, along with Abu "
     "Mahdi al-Muhandis, deputy commander of Iraq's Popular Mobilization Forces. Alqasimehr, "
     "quoted by the semiofficial ISNA news agency, said Iran would keep pursuing Trump after his "
     "presidency ends. The case is handled by the judiciary under Ebrahim Raisi, who took over "
     "as its chief last year from Sadegh Amoli Larijani. Interpol said it would not consider "
     "such a request. U.S. envoy Brian Hook, speaking in Riyadh after talks with Saudi Deputy "
     "Defense Minister Khalid bin Salman, called it \u201ca propaganda stunt.\u201d",
     [("LEADS", S, QF, "who led the Revolutionary"),
      ("PART_OF", QF, IRGC, "who led the Revolutionary"),
      ("ASSASSINATED_BY", S, US, "killed in the U.S. strike", "2020-01-03"),
      ("ASSASSINATED_BY", M, US, "killed in the U.S. strike", "2020-01-03"),
      ("LOCATED_IN", "location:baghdad-international-airport", BGD, "Baghdad's international airport"),
      ("MEMBER_OF", M, PMF, "deputy commander of Iraq"),
      ("REPORTED_BY", "person:ali-alqasimehr", "outlet:isna", "quoted by the semiofficial"),
      ("LEADS", "person:ebrahim-raisi", "organization:iranian-judiciary", "took over as its chief"),
      ("SUCCESSOR_OF", "person:ebrahim-raisi", "person:sadegh-amoli-larijani", "took over as its chief"),
      ("LEADS", "person:sadegh-amoli-larijani", "organization:iranian-judiciary", "from Sadegh Amoli"),
      ("MET_WITH", "person:brian-hook", "person:khalid-bin-salman", "after talks with Saudi"),
      ("VISITED", "person:brian-hook", "location:riyadh", "speaking in Riyadh"),
      ],
     {"source": "blind set (AP-style)", "published": "2020-06-29"}),

    ("arAS2_mashhadani_elected_speaker", "ar",
     "بغداد/ شفق نيوز- انتخب مجلس النواب العراقي، مساء الخميس، النائب محمود المشهداني رئيساً له "
     "بعد جولة اقتراع ثانية، ليخلف محمد الحلبوسي الذي أنهت المحكمة الاتحادية العليا عضويته قبل "
     "نحو عام، وهي مدة أدار خلالها النائب الأول محسن المندلاوي الجلسات بالنيابة. وافتُتحت الجلسة "
     "بقراءة سورة الفاتحة على روح الأمين العام لحزب الله حسن نصر الله، الذي اغتالته إسرائيل "
     "بغارة على الضاحية الجنوبية لبيروت أواخر أيلول الماضي. وقال النائب الثاني لرئيس المجلس "
     "شاخوان عبد الله، القيادي في الحزب الديمقراطي الكوردستاني، لشفق نيوز إن انتخاب المشهداني "
     "«ينهي فراغاً أضرّ بعمل السلطة التشريعية». وعقب الجلسة استقبل المشهداني في مكتبه السفيرَ "
     "الإيراني محمد كاظم آل صادق، فيما التقى رئيسُ مجلس الوزراء محمد شياع السوداني بالرئيس "
     "الجديد للبرلمان، بحسب بيان لمكتبه. وكان من المقرر أن يزور المشهداني أربيل الأسبوع المقبل "
     "للقاء مسعود بارزاني.",
     [("LEADS", "person:mahmoud-al-mashhadani", PARL, "رئيساً له"),
      ("SUCCESSOR_OF", "person:mahmoud-al-mashhadani", "person:mohammed-al-halbousi", "ليخلف محمد الحلبوسي", "2024-10-31"),
      ("LEADS", "person:mohammed-al-halbousi", PARL, "ليخلف محمد الحلبوسي"),
      ("MEMBER_OF", "person:mohsen-al-mandalawi", PARL, "النائب الأول محسن"),
      ("LEADS", "person:hassan-nasrallah", "organization:hezbollah", "الأمين العام لحزب الله"),
      ("ASSASSINATED_BY", "person:hassan-nasrallah", "country:israel", "الذي اغتالته إسرائيل", "2024-09-27"),
      ("ATTACKED", "country:israel", "location:dahiyeh", "بغارة على الضاحية"),
      ("LOCATED_IN", "location:dahiyeh", "location:beirut", "الضاحية الجنوبية لبيروت"),
      ("MEMBER_OF", "person:shakhawan-abdullah", PARL, "النائب الثاني لرئيس المجلس"),
      ("MEMBER_OF", "person:shakhawan-abdullah", "organization:kurdistan-democratic-party", "القيادي في الحزب الديمقراطي"),
      ("REPORTED_BY", "person:shakhawan-abdullah", "outlet:shafaq-news", "لشفق نيوز إن"),
      ("MET_WITH", "person:mahmoud-al-mashhadani", "person:mohammad-kazem-al-e-sadegh", "استقبل المشهداني في مكتبه", "2024-10-31"),
      ("MET_WITH", SUD, "person:mahmoud-al-mashhadani", "التقى رئيسُ مجلس الوزراء", "2024-10-31"),
      ],
     {"source": "blind set (Shafaq News-style)", "published": "2024-10-31"}),

    ("enAS3_airport_informants_probe", "en",
     "BAGHDAD/BEIRUT (Reuters) - Iraqi investigators are looking into whether informants at "
     "Baghdad airport and aboard a Syrian passenger jet helped the United States track Qassim "
     "Sulaimani in the hours before he was killed, two Iraqi security officials told Reuters. The "
     "Quds Force commander flew in from Damascus on a Cham Wings Airbus shortly after midnight on "
     "Jan. 3 and was met at the foot of the aircraft steps by Abu Mahdi al-Mohandes, the deputy "
     "chief of the Popular Mobilization Forces. "
     "Minutes later both men died when missiles fired from a U.S. MQ-9 Reaper drone struck their "
     "two-car convoy, in an attack the Pentagon said was carried out at the direction of "
     "President Donald Trump. Two airport security employees and two Cham Wings staff are under "
     "suspicion, the officials said. Issam Shammout, the airline's chief executive, denied any "
     "link to the killing. In Tehran, Sulaimani's deputy Esmail Ghaani has been appointed to "
     "succeed him.",
     [("LEADS", S, QF, "Quds Force commander flew in"),
      ("VISITED", S, BGD, "flew in from Damascus", "2020-01-03"),
      ("MET_WITH", S, M, "was met at the foot", "2020-01-03"),
      ("MEMBER_OF", M, PMF, "the deputy chief of the Popular"),
      ("ASSASSINATED_BY", S, US, "U.S. MQ-9 Reaper", "2020-01-03"),
      ("ASSASSINATED_BY", M, US, "U.S. MQ-9 Reaper", "2020-01-03"),
      ("ASSASSINATED_BY", S, T, "at the direction of", "2020-01-03"),
      ("ASSASSINATED_BY", M, T, "at the direction of", "2020-01-03"),
      ("LEADS", "person:issam-shammout", "organization:cham-wings", "the airline's chief executive"),
      ("SUCCESSOR_OF", Q, S, "appointed to"),
      ],
     {"source": "blind set (Reuters-style)", "published": "2020-01-09"}),

    ("arAS4_huquq_mp_investigation_file", "ar",
     "بغداد ــ العربي الجديد\n"
     "كشف النائب عن حركة حقوق، الجناح السياسي لكتائب حزب الله، سعود الساعدي، أن ملف التحقيق في "
     "«عملية المطار» لم يغادر أدراج محكمة تحقيق الرصافة منذ أن أصدرت مذكرة قبض بحق الرئيس "
     "الأميركي السابق دونالد ترامب مطلع 2021. وقال الساعدي لـ«العربي الجديد» إن القضاء العراقي "
     "«يملك أدلة كافية» على أن القوات الأميركية نفّذت الضربة التي قتلت قائد فيلق القدس قاسم "
     "سُليماني ونائب رئيس هيئة الحشد الشعبي أبو مهدي المهندس، مطالباً رئيس مجلس القضاء الأعلى "
     "فائق زيدان بإعلان نتائج التحقيق. وأضاف أن وفداً برئاسة رئيس لجنة الأمن والدفاع النيابية "
     "عباس الزاملي التقى في طهران الشهر الماضي رئيسَ السلطة القضائية الإيرانية غلام حسين محسني "
     "إجئي، الذي خلف إبراهيم رئيسي على رأس السلطة عام 2021، وعرض الأخير «التعاون الكامل». ولم "
     "يرد مكتب زيدان على طلب للتعليق.",
     [("MEMBER_OF", "person:saud-al-saadi", "organization:huquq-movement", "النائب عن حركة حقوق"),
      ("PART_OF", "organization:huquq-movement", KH, "الجناح السياسي لكتائب"),
      ("LEADS", T, US, "بحق الرئيس"),
      ("REPORTED_BY", "person:saud-al-saadi", "outlet:al-araby-al-jadeed", "وقال الساعدي لـ«العربي"),
      ("ASSASSINATED_BY", S, USAF, "القوات الأميركية نفّذت"),
      ("ASSASSINATED_BY", M, USAF, "القوات الأميركية نفّذت"),
      ("LEADS", S, QF, "قائد فيلق القدس قاسم"),
      ("MEMBER_OF", M, PMF, "ونائب رئيس هيئة"),
      ("LEADS", "person:faiq-zaidan", "organization:supreme-judicial-council", "رئيس مجلس القضاء"),
      ("LEADS", "person:abbas-al-zamili", "organization:iraqi-parliament-security-defence-committee", "برئاسة رئيس لجنة"),
      ("MET_WITH", "person:abbas-al-zamili", "person:gholamhossein-mohseni-ejei", "التقى في طهران"),
      ("VISITED", "person:abbas-al-zamili", IRN, "التقى في طهران"),
      ("LEADS", "person:gholamhossein-mohseni-ejei", "organization:iranian-judiciary", "رئيسَ السلطة القضائية"),
      ("SUCCESSOR_OF", "person:gholamhossein-mohseni-ejei", "person:ebrahim-raisi", "الذي خلف إبراهيم رئيسي"),
      ("LEADS", "person:ebrahim-raisi", "organization:iranian-judiciary", "الذي خلف إبراهيم رئيسي"),
      ],
     {"source": "blind set (Al-Araby Al-Jadeed-style)", "published": "2023-05-10"}),

    ("enAS5_montazeri_iraqi_ambassador", "en",
     "TEHRAN (Tasnim) \u2013 Iran's Prosecutor-General Mohammad Jafar Montazeri said on Tuesday "
     "that the Islamic Republic has identified 48 individuals involved in the assassination of "
     "General Qassem Soleimani, among them former US President Donald Trump, and will not let the "
     "case go cold. Montazeri made the remarks in a meeting with Iraq's ambassador to Tehran, "
     "Naseer Abdul Mohsen, whom he received at his office a day after the first anniversary of "
     "the martyrdom. General Soleimani, the commander of the IRGC Quds Force, and Abu Mahdi "
     "al-Muhandis, deputy head of Iraq's Popular Mobilization Units, were martyred along with "
     "eight companions on January 3, 2020, in a US drone strike near Baghdad airport. The "
     "ambassador said Baghdad's own investigation, led by the Iraqi judiciary, was "
     "\u201cprogressing.\u201d Brigadier General Esmail Qa'ani, who succeeded Soleimani, has vowed "
     "that the perpetrators will \u201cpay the price.\u201d",
     [("LEADS", T, US, "former US President"),
      ("MET_WITH", "person:mohammad-jafar-montazeri", "person:naseer-abdul-mohsen", "in a meeting with Iraq", "2021-01-04"),
      ("LEADS", S, QF, "the commander of the IRGC"),
      ("PART_OF", QF, IRGC, "the commander of the IRGC"),
      ("MEMBER_OF", M, PMF, "deputy head of Iraq"),
      ("ASSASSINATED_BY", S, US, "in a US drone strike", "2020-01-03"),
      ("ASSASSINATED_BY", M, US, "in a US drone strike", "2020-01-03"),
      ("SUCCESSOR_OF", Q, S, "who succeeded Soleimani"),
      ],
     {"source": "blind set (Tasnim English-style)", "published": "2021-01-04"}),

    ("arAS6_parliament_quorum_abu_baqir", "ar",
     "بغداد - الميادين\n"
     "أخفق مجلس النواب العراقي، اليوم السبت، في عقد جلسته الاستثنائية المخصصة لبحث إنهاء وجود "
     "القوات الأجنبية في البلاد بسبب عدم اكتمال النصاب، وذلك بعد أيام من اغتيال القيادي في كتائب "
     "حزب الله أبو باقر الساعدي بضربة نفّذتها مسيّرة أميركية في منطقة المشتل شرقي بغداد. وقُتل مع "
     "الساعدي مرافقه أركان العلياوي، في حين أعلنت القيادة المركزية الأميركية (سنتكوم) أن قواتها "
     "نفّذت الضربة «رداً على الهجمات». وقال النائب المستقل رائد المالكي، أحد الموقّعين على طلب "
     "الجلسة، إن «قوى سياسية تعمّدت الغياب». وكان النائب الأول لرئيس المجلس محسن المندلاوي، الذي "
     "يتولى رئاسة البرلمان بالنيابة منذ إنهاء عضوية محمد الحلبوسي، قد استقبل السفيرة الأميركية "
     "ألينا رومانوسكي الأسبوع الماضي وأبلغها «رفض البرلمان لانتهاك السيادة». كما التقى رئيس "
     "الوزراء محمد شياع السوداني وفداً من قادة الإطار التنسيقي، بينهم زعيم منظمة بدر هادي "
     "العامري، لبحث الرد.",
     [("MEMBER_OF", "person:abu-baqir-al-saadi", KH, "القيادي في كتائب"),
      ("ASSASSINATED_BY", "person:abu-baqir-al-saadi", US, "مسيّرة أميركية", "2024-02-07"),
      ("LOCATED_IN", "location:mashtal", BGD, "منطقة المشتل شرقي"),
      ("ASSASSINATED_BY", "person:arkan-al-elayawi", US, "مرافقه أركان", "2024-02-07"),
      ("ASSASSINATED_BY", "person:abu-baqir-al-saadi", "organization:us-central-command", "أن قواتها", "2024-02-07"),
      ("ASSASSINATED_BY", "person:arkan-al-elayawi", "organization:us-central-command", "أن قواتها", "2024-02-07"),
      ("MEMBER_OF", "person:mohsen-al-mandalawi", PARL, "النائب الأول لرئيس"),
      ("LEADS", "person:mohsen-al-mandalawi", PARL, "يتولى رئاسة البرلمان"),
      ("SUCCESSOR_OF", "person:mohsen-al-mandalawi", "person:mohammed-al-halbousi", "يتولى رئاسة البرلمان"),
      ("MET_WITH", "person:mohsen-al-mandalawi", "person:alina-romanowski", "قد استقبل السفيرة"),
      ("MET_WITH", SUD, "organization:coordination-framework", "وفداً من قادة"),
      ("MET_WITH", SUD, "person:hadi-al-amiri", "وفداً من قادة"),
      ("MEMBER_OF", "person:hadi-al-amiri", "organization:coordination-framework", "وفداً من قادة"),
      ("LEADS", "person:hadi-al-amiri", "organization:badr-organization", "زعيم منظمة بدر"),
      ],
     {"source": "blind set (Al Mayadeen-style)", "published": "2024-02-10"}),
]

if __name__ == "__main__":
    build(HERE, E, ARTICLES, set_name="setAS")
    for a in ARTICLES:
        print(a[0], len(a[2]))
