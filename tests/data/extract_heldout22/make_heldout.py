"""Blind set Q: Qaani's appointment, Qaani in Baghdad and Beirut, Abu Fadak succeeds
al-Muhandis, al-Kazimi in Tehran, Qaani and al-Sudani. Written and annotated blind
(extractor neither read nor run).
Now a dev set (tuned on), no longer blind. Run from the repo root:
    python tests/data/extract_heldout22/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_tables import entity_table  # noqa: E402

HERE = Path(__file__).parent
E = entity_table("KNOWN", "EXTRA", "QT")

Q, S, K = "person:esmail-qaani", "person:qasem-soleimani", "person:mustafa-al-kadhimi"
M = "person:abu-mahdi-al-muhandis"
QF, IRGC, US = "organization:quds-force", "organization:irgc", "country:united-states"
PMF, T = "organization:popular-mobilization-forces", "person:donald-trump"

ARTICLES = [
    ("enQ1_ghaani_appointed", "en",
     "DUBAI, Jan 3 (Reuters) - Iran's Supreme Leader Ayatollah Ali Khamenei on Friday appointed "
     "Brigadier General Esmail Ghaani as head of the Revolutionary Guards' elite Quds Force, "
     "hours after his predecessor Qassem Suleimani was killed in a U.S. drone strike at Baghdad "
     "airport. Ghaani, who had served as Suleimani's deputy for more than two decades, will run "
     "the force \u201cexactly as it was\u201d under his martyred predecessor, Khamenei said in a "
     "statement. Also killed in the strike, which the Pentagon said was carried out at the "
     "direction of President Donald Trump, was Abu Mahdi al-Mohandes, deputy head of Iraq's "
     "Popular Mobilization Forces. The commander of the Guards' Aerospace Force, Brigadier "
     "General Amir Ali Hajizadeh, said on state television that the response would not be "
     "limited to \u201ca single operation.\u201d Iraq's caretaker Prime Minister Adel Abdul Mahdi "
     "called the strike an act of aggression.",
     [("LEADS", "person:ali-khamenei", "country:iran", "Iran's Supreme Leader"),
      ("LEADS", Q, QF, "appointed Brigadier"),
      ("PART_OF", QF, IRGC, "appointed Brigadier"),
      ("SUCCESSOR_OF", Q, S, "his predecessor Qassem"),
      ("LEADS", S, QF, "his predecessor Qassem"),
      ("ASSASSINATED_BY", S, US, "his predecessor Qassem", "2020-01-03"),
      ("ASSASSINATED_BY", S, T, "Also killed in the strike", "2020-01-03"),
      ("ASSASSINATED_BY", M, US, "Also killed in the strike", "2020-01-03"),
      ("ASSASSINATED_BY", M, T, "at the direction of", "2020-01-03"),
      ("MEMBER_OF", M, PMF, "deputy head of Iraq"),
      ("LEADS", "person:amir-ali-hajizadeh", "organization:irgc-aerospace-force",
       "Aerospace Force"),
      ("PART_OF", "organization:irgc-aerospace-force", IRGC, "Aerospace Force"),
      ("LEADS", "person:adil-abdul-mahdi", "country:iraq", "caretaker Prime Minister"),
      ],
     {"source": "blind set (Reuters-style)", "published": "2020-01-03"}),

    ("arQ2_qaani_pmf_kadhimi", "ar",
     "بغداد ــ العربي الجديد\n"
     "أفادت مصادر سياسية عراقية مطلعة بأن قائد فيلق القدس في الحرس الثوري الإيراني، إسماعيل "
     "قاآني، وصل إلى بغداد مساء الثلاثاء في زيارة غير معلنة، هي الثالثة له منذ تعيينه خلفاً "
     "لقاسم سليماني. وبحسب المصادر، اجتمع قاآني بقادة فصائل مسلحة في مقر هيئة الحشد الشعبي، "
     "بينهم رئيس الهيئة فالح الفياض ومدير أمن الحشد حسين فالح اللامي المعروف بأبي زينب. وفي "
     "اليوم التالي، التقى الضيف الإيراني بالكاظمي في مكتبه بالقصر الحكومي، حيث نقل إليه رئيس "
     "الوزراء العراقي رسالة تحذير من استمرار الهجمات الصاروخية على المنطقة الخضراء. في حين نفى "
     "مكتب زعيم التيار الصدري مقتدى الصدر أن يكون الصدر قد التقى الجنرال الإيراني، مؤكداً أن "
     "\"لا موعد محدداً\" بين الطرفين. وكان قاآني قد تولى قيادة الفيلق في كانون الثاني 2020، وذلك "
     "بعد اغتيال سليماني والمهندس بغارة أميركية قرب مطار بغداد.",
     [("LEADS", Q, QF, "قائد فيلق القدس في الحرس"),
      ("PART_OF", QF, IRGC, "قائد فيلق القدس في الحرس"),
      ("VISITED", Q, "location:baghdad", "وصل إلى بغداد"),
      ("SUCCESSOR_OF", Q, S, "منذ تعيينه خلفاً"),
      ("MET_WITH", Q, "person:falih-al-fayyadh", "اجتمع قاآني بقادة"),
      ("MET_WITH", Q, "person:abu-zainab-al-lami", "اجتمع قاآني بقادة"),
      ("LEADS", "person:falih-al-fayyadh", PMF, "اجتمع قاآني بقادة"),
      ("MEMBER_OF", "person:abu-zainab-al-lami", PMF, "اجتمع قاآني بقادة"),
      ("MET_WITH", Q, K, "التقى الضيف الإيراني بالكاظمي"),
      ("LEADS", K, "country:iraq", "التقى الضيف الإيراني بالكاظمي"),
      ("LEADS", "person:muqtada-al-sadr", "organization:sadrist-movement", "مكتب زعيم التيار"),
      ("ASSASSINATED_BY", S, US, "بعد اغتيال سليماني", "2020-01-03"),
      ("ASSASSINATED_BY", M, US, "بعد اغتيال سليماني", "2020-01-03"),
      ],
     {"source": "blind set (Al-Araby Al-Jadeed-style)", "published": "2020-10"}),

    ("enQ3_qaani_beirut", "en",
     "BEIRUT (AP) \u2014 The commander of Iran's Quds Force, Ismail Qa'ani, met with Hezbollah "
     "chief Hassan Nasrallah in Beirut this week, in what appeared to be his first trip to "
     "Lebanon since taking over from Qassem Soleimani, the group said Thursday in a statement "
     "carried by its Al-Manar TV. The two discussed \u201cthe situation in the region after the "
     "martyrdom of the great commander,\u201d the statement said, referring to Soleimani, who was "
     "killed by a U.S. drone strike in Baghdad in January. Qa'ani also sat down with Hezbollah's "
     "deputy leader Naim Qassem and with Mohammad Raad, who heads the group's bloc in "
     "parliament, according to a Hezbollah official who spoke on condition of anonymity. "
     "Lebanese President Michel Aoun was not informed of the visit, a presidential aide said. "
     "Soleimani, a close friend of Nasrallah, visited Beirut regularly during the 2006 war "
     "with Israel.",
     [("LEADS", Q, QF, "The commander of Iran"),
      ("MET_WITH", Q, "person:hassan-nasrallah", "The commander of Iran"),
      ("VISITED", Q, "location:beirut", "The commander of Iran"),
      ("LEADS", "person:hassan-nasrallah", "organization:hezbollah", "The commander of Iran"),
      ("VISITED", Q, "country:lebanon", "first trip to"),
      ("SUCCESSOR_OF", Q, S, "taking over from"),
      ("REPORTED_BY", "organization:hezbollah", "outlet:al-manar", "carried by its Al-Manar"),
      ("ASSASSINATED_BY", S, US, "killed by a U.S. drone strike", "2020-01-03"),
      ("MET_WITH", Q, "person:naim-qassem", "also sat down with"),
      ("MEMBER_OF", "person:naim-qassem", "organization:hezbollah", "also sat down with"),
      ("MET_WITH", Q, "person:mohammad-raad", "also sat down with"),
      ("MEMBER_OF", "person:mohammad-raad", "organization:hezbollah", "also sat down with"),
      ("LEADS", "person:michel-aoun", "country:lebanon", "Lebanese President"),
      ("VISITED", S, "location:beirut", "visited Beirut regularly"),
      ],
     {"source": "blind set (AP-style)", "published": "2020-03"}),

    ("arQ4_abu_fadak_succeeds", "ar",
     "بغداد/ شفق نيوز- أعلنت هيئة الحشد الشعبي، يوم الخميس، تسمية عبد العزيز المحمداوي، "
     "المعروف بأبي فدك، رئيساً لأركان الهيئة خلفاً لأبي مهدي المهندس، الذي قُتل مع قائد فيلق "
     "القدس السابق قاسم سليماني بضربة نفذتها طائرة مسيّرة أميركية قرب مطار بغداد الدولي مطلع "
     "الشهر الماضي. وذكرت مصادر في الهيئة لوكالة شفق نيوز أن القرار جاء بعد اجتماع عقده رئيس "
     "الهيئة فالح الفياض مع قادة الفصائل المنضوية فيها، ومن بينها كتائب حزب الله وعصائب أهل الحق "
     "ومنظمة بدر. في حين اعترضت فصائل مرتبطة بمرجعية النجف على التسمية، إذ قال قائد فرقة العباس "
     "القتالية ميثم الزيدي إن \"الحشد ليس ملكاً لفصيل بعينه\". فالمهندس، بحسب الزيدي، كان "
     "\"يحظى بقبول الجميع\"، وهو ما لا ينطبق على خليفته. ويُعد المحمداوي من القيادات البارزة في "
     "كتائب حزب الله المدعومة من إيران.",
     [("SUCCESSOR_OF", "person:abdul-aziz-al-muhammadawi", M, "خلفاً لأبي مهدي"),
      ("MEMBER_OF", "person:abdul-aziz-al-muhammadawi", PMF, "رئيساً لأركان الهيئة"),
      ("MEMBER_OF", M, PMF, "خلفاً لأبي مهدي"),
      ("LEADS", S, QF, "القدس السابق"),
      ("ASSASSINATED_BY", M, US, "طائرة مسيّرة أميركية", "2020-01-03"),
      ("ASSASSINATED_BY", S, US, "القدس السابق", "2020-01-03"),
      ("LEADS", "person:falih-al-fayyadh", PMF, "اجتماع عقده"),
      ("MET_WITH", "person:falih-al-fayyadh", "organization:kataib-hezbollah", "اجتماع عقده"),
      ("MET_WITH", "person:falih-al-fayyadh", "organization:asaib-ahl-al-haq", "اجتماع عقده"),
      ("MET_WITH", "person:falih-al-fayyadh", "organization:badr-organization", "اجتماع عقده"),
      ("PART_OF", "organization:kataib-hezbollah", PMF, "اجتماع عقده"),
      ("PART_OF", "organization:asaib-ahl-al-haq", PMF, "اجتماع عقده"),
      ("PART_OF", "organization:badr-organization", PMF, "اجتماع عقده"),
      ("LEADS", "person:maytham-al-zaidi", "organization:abbas-combat-division",
       "قائد فرقة العباس"),
      ("MEMBER_OF", "person:abdul-aziz-al-muhammadawi", "organization:kataib-hezbollah",
       "من القيادات البارزة"),
      ("SUPPORTS", "country:iran", "organization:kataib-hezbollah", "من القيادات البارزة"),
      ],
     {"source": "blind set (Shafaq News-style)", "published": "2020-02-20"}),

    ("enQ5_kazimi_tehran", "en",
     "TEHRAN (AFP) - Iran's supreme leader Ayatollah Ali Khamenei told visiting Iraqi Prime "
     "Minister Mustafa al-Kazimi on Tuesday that the Islamic republic \u201cwill never forget\u201d "
     "the killing of Qasem Solaimani and would strike back at the United States. Kazimi, on his "
     "first foreign trip since taking office in May, was received by Khamenei hours after "
     "holding talks with President Hassan Rouhani, who said Tehran wanted US troops out of "
     "Iraq. Solaimani, the architect of Iran's regional strategy, was killed in a US drone "
     "strike ordered by President Donald Trump outside Baghdad airport in January. Iraqi "
     "government spokesman Ahmed Mulla Talal said the premier had also met Ali Shamkhani, "
     "secretary of Iran's Supreme National Security Council. A planned stop in Riyadh was "
     "postponed after Saudi Arabia's King Salman was admitted to hospital.",
     [("LEADS", "person:ali-khamenei", "country:iran", "told visiting"),
      ("LEADS", K, "country:iraq", "told visiting"),
      ("VISITED", K, "country:iran", "told visiting", "2020-07-21"),
      ("MET_WITH", K, "person:ali-khamenei", "was received by Khamenei", "2020-07-21"),
      ("MET_WITH", K, "person:hassan-rouhani", "holding talks with", "2020-07-21"),
      ("ASSASSINATED_BY", S, US, "ordered by President", "2020-01-03"),
      ("ASSASSINATED_BY", S, T, "ordered by President", "2020-01-03"),
      ("MEMBER_OF", "person:ahmed-mulla-talal", "organization:iraqi-government",
       "government spokesman"),
      ("MET_WITH", K, "person:ali-shamkhani", "government spokesman", "2020-07-21"),
      ("MEMBER_OF", "person:ali-shamkhani", "organization:supreme-national-security-council",
       "government spokesman"),
      ("LEADS", "person:salman-bin-abdulaziz", "country:saudi-arabia", "King Salman"),
      ],
     {"source": "blind set (AFP-style)", "published": "2020-07-21"}),

    ("arQ6_qani_sudani", "ar",
     "بغداد: «الشرق الأوسط»\n"
     "ذكرت مصادر عراقية مطلعة أن قائد «فيلق القدس» الجنرال إسماعيل قاني عقد خلال زيارته "
     "الأخيرة لبغداد لقاءً مطولاً مع رئيس الوزراء محمد شياع السوداني، تناول التهدئة بين الفصائل "
     "المسلحة والقوات الأميركية. وأضافت المصادر أن قاني، الذي خلف قاسم سليماني في المنصب، اجتمع "
     "أيضاً بالأمين العام لـ«عصائب أهل الحق» قيس الخزعلي وزعيم «منظمة بدر» هادي العامري. في حين "
     "غاب عن اللقاءات الأمين العام لـ«كتائب حزب الله» أحمد الحميداوي، الذي تقول واشنطن إن فصيله "
     "نفّذ هجوم البرج 22 في الأردن. ونقلت «الشرق الأوسط» عن وزير الداخلية العراقي عبد الأمير "
     "الشمري قوله إن «الأجهزة الأمنية لن تسمح بأي خرق يستهدف البعثات الدبلوماسية». وكانت "
     "الفصائل قد أعلنت تعليق عملياتها ضد القوات الأميركية مطلع فبراير (شباط) الماضي.",
     [("LEADS", Q, QF, "الجنرال إسماعيل قاني"),
      ("VISITED", Q, "location:baghdad", "الجنرال إسماعيل قاني"),
      ("MET_WITH", Q, "person:mohammed-shia-al-sudani", "الجنرال إسماعيل قاني"),
      ("SUCCESSOR_OF", Q, S, "الذي خلف قاسم"),
      ("LEADS", S, QF, "الذي خلف قاسم"),
      ("MET_WITH", Q, "person:qais-al-khazali", "الذي خلف قاسم"),
      ("MET_WITH", Q, "person:hadi-al-amiri", "الذي خلف قاسم"),
      ("LEADS", "person:qais-al-khazali", "organization:asaib-ahl-al-haq", "الذي خلف قاسم"),
      ("LEADS", "person:hadi-al-amiri", "organization:badr-organization", "الذي خلف قاسم"),
      ("LEADS", "person:ahmad-al-hamidawi", "organization:kataib-hezbollah", "غاب عن اللقاءات"),
      ("LOCATED_IN", "location:tower-22", "country:jordan", "غاب عن اللقاءات"),
      ("REPORTED_BY", "person:abdul-amir-al-shammari", "outlet:asharq-al-awsat",
       "ونقلت «الشرق الأوسط»"),
      ],
     {"source": "blind set (Asharq Al-Awsat-style)", "published": "2024-03"}),
]


if __name__ == "__main__":
    build(HERE, E, ARTICLES, set_name="setQ")
