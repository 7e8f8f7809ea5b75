"""Blind set BR: the airport strike and its aftermath, Jan 2020 (the Seely letter, Abdul Mahdi's
account to parliament, Hejazi named Qaani's deputy, Khamenei with Soleimani's family, the
Baghdad funeral procession, Erbil after the Ain al-Asad missiles). Written and annotated blind
(extractor neither read nor run).
Run: python3 /work/team/blind/setBR/make_heldout.py
Now a dev set (tuned on), no longer blind. Run from the repo root:
    python tests/data/extract_heldout54/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_tables import entity_table  # noqa: E402

HERE = Path(__file__).parent
E = entity_table(
    "KNOWN", "EXTRA", "MP", "QT", "UW", "XZ", "AC", "AF", "AI", "AL", "AO", "AR", "AU",
    "AX", "BA", "BD", "BG", "BS"
)

S, M, Q = "person:qasem-soleimani", "person:abu-mahdi-al-muhandis", "person:esmail-qaani"
AM, T, KH = "person:adil-abdul-mahdi", "person:donald-trump", "person:ali-khamenei"
QF, IRGC, PMF = "organization:quds-force", "organization:irgc", "organization:popular-mobilization-forces"
US, USAF = "country:united-states", "organization:us-armed-forces"
KHZ = "organization:kataib-hezbollah"
D = "2020-01-03"

ARTICLES = [
    ("enBR1_seely_letter", "en",
     "WASHINGTON (AP) \u2014 Defense Secretary Mark Esper said Monday Washington has no plans "
     "to pull its troops out of Iraq, hours after a U.S. general's letter suggested they were "
     "leaving. The unsigned letter, written by Marine Brig. Gen. William Seely, commander "
     "of Task Force-Iraq, and addressed to Lt. Gen. Abdul-Amir Yarallah, deputy commander of Iraq's "
     "Joint Operations Command, spoke of \u201crepositioning forces.\u201d Gen. Mark Milley, chairman "
     "of the Joint Chiefs of Staff, told reporters it was \u201ca draft, a mistake.\u201d Seely had "
     "met Yarallah in Baghdad in December, a defense official said. The confusion followed Sunday's "
     "vote in Iraq's parliament urging the expulsion of foreign troops, two days after a U.S. drone "
     "strike ordered by President Donald Trump killed Gen. Qasim Suleimani and Abu Mahdi "
     "al-Muhandis near Baghdad's airport. Iran has named Suleimani's deputy, Ismael Qaani, to "
     "succeed him at the head of the Revolutionary Guard's Quds Force.",
     [("LEADS", "person:william-seely", "organization:task-force-iraq", "Seely, commander"),
      ("MEMBER_OF", "person:abdul-amir-yarallah", "organization:joint-operations-command",
       "deputy commander of Iraq"),
      ("LEADS", "person:mark-milley", "organization:joint-chiefs-of-staff", "chairman "),
      ("MET_WITH", "person:william-seely", "person:abdul-amir-yarallah", "Seely had"),
      ("ASSASSINATED_BY", S, US, "U.S. drone", D),
      ("ASSASSINATED_BY", S, T, "ordered by President", D),
      ("ASSASSINATED_BY", M, US, "Abu Mahdi", D),
      ("ASSASSINATED_BY", M, T, "al-Muhandis near", D),
      ("LOCATED_IN", "location:baghdad-international-airport", "location:baghdad", "Baghdad's airport"),
      ("SUCCESSOR_OF", Q, S, "succeed him", D),
      ("LEADS", Q, QF, "Ismael Qaani"),
      ("LEADS", S, QF, "at the head of"),
      ("PART_OF", QF, IRGC, "Guard's Quds Force"),
      ],
     {"source": "blind set (AP-style)", "published": "2020-01-07"}),

    ("arBR2_abdulmahdi_parliament", "ar",
     "الميادين نت\n"
     "كشف رئيس حكومة تصريف الأعمال في العراق عادل عبد المهدي، في جلسة البرلمان الاستثنائية اليوم "
     "الأحد، أنه كان على موعد للقاء الفريق قاسم سليماني صباح يوم اغتياله، وأن الأخير جاء إلى بغداد "
     "حاملاً رداً إيرانياً على رسالة سعودية نقلها العراق. وقال عبد المهدي إن \"القائد سليماني وصل "
     "إلى مطار بغداد ليلاً، واستقبله نائب رئيس هيئة الحشد الشعبي أبو مهدي المهندس، قبل أن "
     "تستهدفهما طائرة أميركية\". وصوّت المجلس على قرار يُلزم الحكومة بإنهاء وجود القوات الأجنبية، "
     "فيما قاطع النواب الكرد ومعظم النواب السُّنّة الجلسة. وقال رئيس كتلة سائرون النيابية نبيل "
     "الطرفي للميادين إن القرار \"خطوة أولى\". وكان المرشد الإيراني السيد علي خامنئي قد عيّن العميد "
     "إسماعيل قاآني قائداً لقوة القدس خلفاً للشهيد سليماني، فيما أعلنت واشنطن أن الضربة نُفّذت "
     "بأمر مباشر من الرئيس دونالد ترامب.",
     [("LEADS", AM, "country:iraq", "رئيس حكومة تصريف الأعمال في العراق"),
      ("VISITED", S, "location:baghdad", "جاء إلى بغداد", D),
      ("MET_WITH", S, M, "واستقبله نائب", D),
      ("MEMBER_OF", M, PMF, "واستقبله نائب"),
      ("ASSASSINATED_BY", S, US, "تستهدفهما طائرة", D),
      ("ASSASSINATED_BY", M, US, "تستهدفهما طائرة", D),
      ("ASSASSINATED_BY", S, T, "بأمر مباشر", D),
      ("ASSASSINATED_BY", M, T, "بأمر مباشر", D),
      ("MEMBER_OF", "person:nabil-al-tarfi", "organization:sairoon-alliance", "رئيس كتلة سائرون"),
      ("REPORTED_BY", "person:nabil-al-tarfi", "outlet:al-mayadeen", "للميادين"),
      ("LEADS", KH, "country:iran", "المرشد الإيراني"),
      ("SUCCESSOR_OF", Q, S, "خلفاً للشهيد", D),
      ("LEADS", Q, QF, "قائداً لقوة القدس"),
      ],
     {"source": "blind set (Al Mayadeen-style)", "published": "2020-01-05"}),

    ("enBR3_hejazi_deputy", "en",
     "DUBAI (Reuters) - Iran's Supreme Leader Ayatollah Ali Khamenei has appointed Brigadier "
     "General Mohammad Hejazi as deputy commander of the Quds Force, the overseas arm of the "
     "Revolutionary Guards, state media reported on Monday. Hejazi, a former commander of the Basij "
     "militia, will serve under Esmaeil Qa'ani, who took over the force after Qassem Soleimani was "
     "killed in a U.S. strike in Baghdad on Jan. 3 ordered by President Donald Trump. The U.S. special "
     "envoy for Iran, Brian Hook, warned in an interview with Asharq Al-Awsat last week that Qa'ani "
     "would face the same fate if he followed \u201cthe same path of killing Americans.\u201d Yahya "
     "Rahim Safavi, military adviser to Khamenei and a former Guards commander-in-chief, said on "
     "state television that such threats showed \u201cAmerican weakness.\u201d Hejazi met Qa'ani "
     "at the force's headquarters in Tehran on Sunday, the Tasnim news agency reported.",
     [("LEADS", KH, "country:iran", "Iran's Supreme Leader"),
      ("MEMBER_OF", "person:mohammad-hejazi", QF, "as deputy commander"),
      ("PART_OF", QF, IRGC, "the overseas arm"),
      ("LEADS", "person:mohammad-hejazi", "organization:basij", "a former commander of the Basij"),
      ("SUCCESSOR_OF", Q, S, "who took over the force", D),
      ("LEADS", Q, QF, "who took over the force"),
      ("LEADS", S, QF, "who took over the force"),
      ("ASSASSINATED_BY", S, US, "killed in a U.S. strike", D),
      ("ASSASSINATED_BY", S, T, "ordered by President", D),
      ("REPORTED_BY", "person:brian-hook", "outlet:asharq-al-awsat", "in an interview with Asharq"),
      ("LEADS", "person:yahya-rahim-safavi", IRGC, "a former Guards commander"),
      ("MET_WITH", "person:mohammad-hejazi", Q, "Hejazi met Qa'ani", "2020-01-19"),
      ],
     {"source": "blind set (Reuters-style)", "published": "2020-01-20"}),

    ("arBR4_khamenei_family", "ar",
     "طهران - تسنيم\n"
     "زار قائد الثورة الاسلامية آية الله السيد علي خامنئي، مساء الجمعة، منزل الفريق الشهيد قاسم "
     "سليماني في طهران، والتقى عائلته، ومنهم ابنته زينب، مقدماً التعازي باستشهاده. وكان سليماني قد "
     "استشهد فجر الجمعة مع نائب رئيس هيئة الحشد الشعبي العراقية ابي مهدي المهندس، في غارة شنتها "
     "القوات الامريكية قرب مطار بغداد الدولي بامر من الرئيس الامريكي دونالد ترامب. وفي الليلة "
     "نفسها، اصدر سماحته مرسوماً بتعيين العميد اسماعيل قاآني قائداً لقوة القدس التابعة لحرس الثورة "
     "الاسلامية خلفاً للشهيد سليماني، مؤكداً ان برنامج القوة \"سيبقى دون تغيير\". وقال المتحدث "
     "باسم حرس الثورة العميد رمضان شريف لوكالة تسنيم ان \"انتقاماً قاسياً\" ينتظر القتلة. كما زار "
     "الرئيس حسن روحاني منزل الشهيد في وقت لاحق وقدم التعازي لاسرته. وقالت زينب سليماني، خلال "
     "مراسم التشييع في طهران، مخاطبة ترامب: \"لا تظن ان كل شيء انتهى باستشهاد ابي\".",
     [("MET_WITH", KH, "person:zeinab-soleimani", "ومنهم ابنته زينب", D),
      ("ASSASSINATED_BY", S, USAF, "في غارة شنتها", D),
      ("ASSASSINATED_BY", M, USAF, "في غارة شنتها", D),
      ("ASSASSINATED_BY", S, T, "بامر من الرئيس", D),
      ("ASSASSINATED_BY", M, T, "بامر من الرئيس", D),
      ("LEADS", T, US, "بامر من الرئيس"),
      ("MEMBER_OF", M, PMF, "نائب رئيس هيئة"),
      ("LEADS", Q, QF, "قائداً لقوة القدس"),
      ("PART_OF", QF, IRGC, "قائداً لقوة القدس"),
      ("SUCCESSOR_OF", Q, S, "خلفاً للشهيد", D),
      ("MEMBER_OF", "person:ramezan-sharif", IRGC, "المتحدث باسم حرس"),
      ("REPORTED_BY", "person:ramezan-sharif", "outlet:tasnim", "لوكالة تسنيم"),
      ],
     {"source": "blind set (Tasnim Arabic-style)", "published": "2020-01-04"}),

    ("enBR5_baghdad_funeral", "en",
     "Tens of thousands of mourners marched through Baghdad on Saturday behind the coffins of "
     "Iranian General Qassem Suleimani and Iraqi commander Abu Mahdi al-Muhandis, who were killed "
     "in a US air raid ordered by President Donald Trump. Caretaker Prime Minister Adel Abdul Mahdi, "
     "Fatah leader Hadi al-Amiri and former Prime Minister Nouri al-Maliki walked with the "
     "procession. Abdul Mahdi had earlier received Iran's ambassador, Iraj Masjedi, at "
     "his office. The coffins were then taken to Karbala and Najaf, where Najaf "
     "Governor Luay al-Yasiri led the prayers. Mohammed Mohi, a spokesman for Kataib Hezbollah, "
     "told Al Jazeera that Iraqi forces should \u201cstay away\u201d from US bases. Al-Muhandis, "
     "deputy head of the Popular Mobilisation Forces, founded Kataib Hezbollah, which Washington "
     "blames for a rocket attack that killed a US contractor in December. Suleimani, who "
     "led the Revolutionary Guard's Quds Force for two decades, will be buried in Kerman.",
     [("ASSASSINATED_BY", S, US, "in a US air raid", D),
      ("ASSASSINATED_BY", M, US, "in a US air raid", D),
      ("ASSASSINATED_BY", S, T, "ordered by President", D),
      ("ASSASSINATED_BY", M, T, "ordered by President", D),
      ("LEADS", "person:hadi-al-amiri", "organization:fatah-alliance", "Fatah leader"),
      ("MET_WITH", AM, "person:iraj-masjedi", "Abdul Mahdi had earlier received", "2020-01-04"),
      ("LEADS", "person:luay-al-yasiri", "location:najaf", "Governor Luay"),
      ("MEMBER_OF", "person:mohammed-mohi", KHZ, "a spokesman for"),
      ("REPORTED_BY", "person:mohammed-mohi", "outlet:al-jazeera", "told Al Jazeera"),
      ("MEMBER_OF", M, PMF, "deputy head of the Popular"),
      ("LEADS", M, KHZ, "founded Kataib"),
      ("LEADS", S, QF, "led the Revolutionary"),
      ("PART_OF", QF, IRGC, "led the Revolutionary"),
      ],
     {"source": "blind set (Al Jazeera English-style)", "published": "2020-01-04"}),

    ("arBR6_erbil_waller", "ar",
     "روداو - أربيل\n"
     "استقبل رئيس إقليم كوردستان نيجيرفان بارزاني، الأربعاء، القنصلَ العام الأميركي في أربيل روب "
     "والر، بعد ساعات من سقوط صواريخ إيرانية قرب مطار أربيل الدولي وعلى قاعدة عين الأسد في محافظة "
     "الأنبار، حيث تتمركز قوات أميركية. وأعلن الحرس الثوري الإيراني، في بيان بثه التلفزيون الرسمي، "
     "مسؤوليته عن الهجوم، قائلاً إنه جاء رداً على اغتيال قائد فيلق القدس قاسم سليماني بغارة أميركية "
     "في بغداد. وبحسب بيان لرئاسة الإقليم، بحث الجانبان \"ضرورة إبعاد كوردستان عن الصراع\". وقال "
     "المتحدث باسم حكومة الإقليم جوتيار عادل لروداو إن الهجوم لم يسفر عن إصابات. وفي وقت لاحق، "
     "التقى رئيس حكومة الإقليم مسرور بارزاني بالقنصل والر في مكتبه، فيما ألغى وزير الخارجية العراقي "
     "محمد علي الحكيم زيارة كانت مقررة إلى أربيل.",
     [("LEADS", "person:nechirvan-barzani", "location:kurdistan-region", "رئيس إقليم كوردستان"),
      ("MET_WITH", "person:nechirvan-barzani", "person:rob-waller", "استقبل رئيس", "2020-01-08"),
      ("LEADS", "person:rob-waller", "location:us-consulate-erbil", "القنصلَ العام"),
      ("ATTACKED", IRGC, "location:ain-al-asad-air-base", "مسؤوليته عن الهجوم", "2020-01-08"),
      ("LOCATED_IN", "location:ain-al-asad-air-base", "location:anbar", "في محافظة"),
      ("LOCATED_IN", USAF, "location:ain-al-asad-air-base", "حيث تتمركز"),
      ("ASSASSINATED_BY", S, US, "بغارة أميركية", D),
      ("LEADS", S, QF, "قائد فيلق القدس"),
      ("MEMBER_OF", "person:jotiar-adil", "organization:kurdistan-regional-government",
       "المتحدث باسم حكومة"),
      ("REPORTED_BY", "person:jotiar-adil", "outlet:rudaw", "لروداو"),
      ("MET_WITH", "person:masrour-barzani", "person:rob-waller", "بالقنصل والر", "2020-01-08"),
      ("LEADS", "person:masrour-barzani", "organization:kurdistan-regional-government",
       "رئيس حكومة الإقليم"),
      ],
     {"source": "blind set (Rudaw Arabic-style)", "published": "2020-01-08"}),
]

if __name__ == "__main__":
    build(HERE, E, ARTICLES, set_name="setBR")
    for a in ARTICLES:
        print(a[0], len(a[2]))
