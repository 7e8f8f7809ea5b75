"""Blind set G: Qaani in Baghdad during government formation, the Quds Force deputy, the
Iranian ambassador in Erbil, the 2022 missile attack on Erbil, the PUK leader in Tehran.
Written and annotated blind (extractor neither read nor run).
Now a dev set (tuned on), no longer blind. Run from the repo root:
    python tests/data/extract_heldout16/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_tables import entity_table  # noqa: E402

HERE = Path(__file__).parent
E = entity_table("KNOWN", "EXTRA")

Q, S, K = "person:esmail-qaani", "person:qasem-soleimani", "person:mustafa-al-kadhimi"
QF, IRGC, US = "organization:quds-force", "organization:irgc", "country:united-states"
KRG = "organization:kurdistan-regional-government"

ARTICLES = [
    ("enG1_qaani_framework_talks", "en",
     "Iran's Quds Force chief Esmaeil Qa'ani was in Baghdad last week for talks with leaders of "
     "the Coordination Framework as the Shiite alliance haggled over the shape of the next "
     "cabinet, three Iraqi sources told Al-Monitor. Qa'ani, who replaced Qassim Sulaimani at the "
     "helm of the Revolutionary Guards' external operations arm, sat down with former prime "
     "minister Nuri al-Maliki at his residence and later with Fatah leader Hadi al-Ameri, one of "
     "the sources said. A senior Kurdish official said the Iranian commander had also asked to "
     "see Kurdistan Democratic Party leader Masoud Barzani, but the request was turned down. "
     "\u201cBarzani does not receive generals,\u201d the official said. The trip came days after "
     "Moqtada al-Sadr ordered his 73 lawmakers to quit parliament. Sadr, whose Sadrist Movement "
     "won the largest bloc in the October election, has refused to join any government "
     "alongside the framework.",
     [("LEADS", Q, QF, "Iran's Quds Force chief"),
      ("VISITED", Q, "location:baghdad", "was in Baghdad last week"),
      ("MET_WITH", Q, "organization:coordination-framework", "was in Baghdad last week"),
      ("SUCCESSOR_OF", Q, S, "replaced Qassim Sulaimani"),
      ("LEADS", S, QF, "replaced Qassim Sulaimani"),
      ("PART_OF", QF, IRGC, "replaced Qassim Sulaimani"),
      ("MET_WITH", Q, "person:nouri-al-maliki", "sat down with former"),
      ("MET_WITH", Q, "person:hadi-al-amiri", "sat down with former"),
      ("LEADS", "person:hadi-al-amiri", "organization:fatah-alliance", "Fatah leader"),
      ("LEADS", "person:masoud-barzani", "organization:kurdistan-democratic-party",
       "Kurdistan Democratic Party leader"),
      ("LEADS", "person:muqtada-al-sadr", "organization:sadrist-movement", "whose Sadrist"),
      ],
     {"source": "blind set (Al-Monitor-style)", "published": "2022-06-20"}),

    ("arG2_ambassador_erbil", "ar",
     "أربيل/ شفق نيوز- استقبل رئيس إقليم كوردستان نيجرفان بارزاني، يوم الاثنين، في أربيل "
     "السفير الإيراني لدى العراق محمد كاظم آل صادق والوفد المرافق له. وذكر بيان صادر عن رئاسة "
     "الإقليم أن الجانبين بحثا العلاقات بين طهران وأربيل وأمن الحدود المشتركة، في ظل القصف "
     "المدفعي الذي تتعرض له قرى حدودية في قضاء سيدكان منذ أسابيع. وشدد بارزاني، بحسب البيان، على "
     "أن الإقليم \"لن يكون منطلقاً لتهديد أمن دول الجوار\". وفي وقت لاحق من اليوم ذاته، التقى "
     "الدبلوماسي الإيراني رئيسَ حكومة الإقليم مسرور بارزاني، من دون أن يصدر عن اللقاء بيان رسمي. "
     "ومن المقرر أن يتوجه آل صادق إلى السليمانية الثلاثاء للقاء رئيس الاتحاد الوطني الكوردستاني "
     "بافل طالباني. وكان الحرس الثوري قد تبنّى في أيلول الماضي قصفاً بالصواريخ والطائرات المسيّرة "
     "طال مقرات أحزاب كردية إيرانية معارضة في كويسنجق.",
     [("MET_WITH", "person:nechirvan-barzani", "person:mohammad-kazem-al-e-sadegh",
       "استقبل رئيس إقليم"),
      ("LEADS", "person:nechirvan-barzani", "location:kurdistan-region", "استقبل رئيس إقليم"),
      ("VISITED", "person:mohammad-kazem-al-e-sadegh", "location:erbil", "استقبل رئيس إقليم"),
      ("MET_WITH", "person:mohammad-kazem-al-e-sadegh", "person:masrour-barzani",
       "التقى الدبلوماسي الإيراني"),
      ("LEADS", "person:masrour-barzani", KRG, "التقى الدبلوماسي الإيراني"),
      ("LEADS", "person:bafel-talabani", "organization:patriotic-union-of-kurdistan",
       "ومن المقرر أن يتوجه"),
      ("ATTACKED", IRGC, "location:koya", "قد تبنّى", "2022-09"),
      ],
     {"source": "blind set (Shafaq News-style)", "published": "2022-10-17"}),

    ("enG3_quds_deputy", "en",
     "DUBAI (Reuters) - Iran's Supreme Leader Ayatollah Ali Khamenei has appointed Brigadier "
     "General Mohammad Reza Fallahzadeh as deputy commander of the Revolutionary Guards' Quds "
     "Force, replacing a general who died last week of a heart condition, the Guards said in a "
     "statement carried by the official news agency IRNA on Sunday. Fallahzadeh succeeds "
     "Mohammad Hejazi, who had served as deputy to Quds Force chief Esmaeil Ghani since January "
     "2020. Hejazi's death was not linked to any attack, Guards spokesman Ramezan Sharif told "
     "reporters in Tehran, dismissing speculation on social media that Israel had poisoned him. "
     "Fallahzadeh, a veteran of the war in Syria, previously oversaw Quds Force operations in "
     "the eastern province of Deir al-Zor, according to Iranian media. Washington designated "
     "the Guards a foreign terrorist organisation in 2019.",
     [("LEADS", "person:ali-khamenei", "country:iran", "Iran's Supreme Leader"),
      ("MEMBER_OF", "person:mohammad-reza-fallahzadeh", QF, "Iran's Supreme Leader"),
      ("PART_OF", QF, IRGC, "Iran's Supreme Leader"),
      ("REPORTED_BY", IRGC, "outlet:irna", "Iran's Supreme Leader"),
      ("SUCCESSOR_OF", "person:mohammad-reza-fallahzadeh", "person:mohammad-hejazi",
       "Fallahzadeh succeeds"),
      ("MEMBER_OF", "person:mohammad-hejazi", QF, "Fallahzadeh succeeds"),
      ("LEADS", Q, QF, "Fallahzadeh succeeds"),
      ("MEMBER_OF", "person:ramezan-sharif", IRGC, "Guards spokesman"),
      ],
     {"source": "blind set (Reuters-style)", "published": "2021-04-25"}),

    ("arG4_qaani_sudani", "ar",
     "بغداد ــ العربي الجديد\n"
     "أفاد مسؤول في مكتب رئيس الوزراء العراقي محمد شياع السوداني بأن قائد فيلق القدس، الجنرال "
     "اسماعيل قائاني، أجرى زيارة إلى بغداد استمرت يومين، التقى خلالها السوداني في مكتبه بالقصر "
     "الحكومي، إلى جانب رئيس هيئة الحشد الشعبي فالح الفيّاض. وقال المسؤول لـ\"العربي الجديد\"، "
     "طالباً عدم ذكر اسمه، إن الضيف الإيراني حمل رسالة تتعلق بـ\"ضرورة إبعاد الفصائل عن أي "
     "مواجهة مع القوات الأميركية\". في المقابل، نفى القيادي في تحالف الفتح علي الفتلاوي، في "
     "تصريح للصحيفة ذاتها، أن يكون قائاني قد عقد أي اجتماع مع قادة الفصائل خلال هذه الزيارة، "
     "مضيفاً أن \"الحديث عن لقاءات سرية لا أساس له\". ويُعدّ قائاني، الذي عُيّن خلفاً لقاسم "
     "سُليماني عقب مقتله بضربة أميركية قرب مطار بغداد مطلع 2020، المسؤول الأول عن الملف العراقي "
     "في طهران.",
     [("LEADS", "person:mohammed-shia-al-sudani", "country:iraq", "أفاد مسؤول في مكتب"),
      ("LEADS", Q, QF, "أفاد مسؤول في مكتب"),
      ("VISITED", Q, "location:baghdad", "أفاد مسؤول في مكتب"),
      ("MET_WITH", Q, "person:mohammed-shia-al-sudani", "أفاد مسؤول في مكتب"),
      ("MET_WITH", Q, "person:falih-al-fayyadh", "أفاد مسؤول في مكتب"),
      ("LEADS", "person:falih-al-fayyadh", "organization:popular-mobilization-forces",
       "أفاد مسؤول في مكتب"),
      ("MEMBER_OF", "person:ali-al-fatlawi", "organization:fatah-alliance", "نفى القيادي"),
      ("REPORTED_BY", "person:ali-al-fatlawi", "outlet:al-araby-al-jadeed", "نفى القيادي"),
      ("SUCCESSOR_OF", Q, S, "عُيّن خلفاً"),
      ("ASSASSINATED_BY", S, US, "عقب مقتله بضربة أميركية", "2020-01"),
      ],
     {"source": "blind set (Al-Araby Al-Jadeed-style)", "published": "2023-01"}),

    ("enG5_irbil_missiles", "en",
     "IRBIL, Iraq (AP) \u2014 A dozen ballistic missiles slammed into Irbil, the capital of "
     "Iraq's semi-autonomous Kurdish region, early Sunday. Some landed near the sprawling new "
     "U.S. consulate complex on the outskirts of Irbil, officials said, but no injuries were "
     "reported. Iran's Revolutionary Guard later claimed responsibility, saying in a statement "
     "on its Sepah News website that it had targeted an Israeli \u201cstrategic center\u201d in "
     "the city. Kurdish officials rejected the claim, saying the missiles hit a residential area "
     "and the studios of a local television station. Masrour Barzani, prime minister of the "
     "Kurdistan Regional Government, called the attack \u201ca cowardly crime\u201d and said he "
     "had spoken by phone with U.S. Secretary of State Antony Blinken. The consulate building, "
     "which is still under construction, was not damaged, a U.S. official said.",
     [("LOCATED_IN", "location:us-consulate-erbil", "location:erbil", "Some landed near"),
      ("ATTACKED", IRGC, "location:erbil", "later claimed responsibility", "2022-03-13"),
      ("REPORTED_BY", IRGC, "outlet:sepah-news", "later claimed responsibility"),
      ("LEADS", "person:masrour-barzani", KRG, "prime minister of the Kurdistan"),
      ],
     {"source": "blind set (AP-style)", "published": "2022-03-13"}),

    ("arG6_talabani_tehran", "ar",
     "روداو – أربيل\n"
     "زار رئيس الاتحاد الوطني الكوردستاني، بافل جلال طالباني، العاصمة الإيرانية طهران على رأس "
     "وفد من حزبه، حيث اجتمع مع وزير الخارجية الإيراني حسين أميرعبداللهيان وقائد فيلق القدس "
     "اسماعيل قاأني. وأفاد مصدر في الاتحاد الوطني لشبكة روداو الإعلامية بأن المباحثات تناولت "
     "\"الوضع السياسي في العراق وتشكيل الحكومة الاتحادية\"، إضافة إلى ملف الأحزاب الكوردية "
     "الإيرانية المعارضة. ولم يلتقِ طالباني المرشد الإيراني علي خامنئي، خلافاً لما تناقلته وسائل "
     "إعلام إيرانية. وكان نائب رئيس حكومة الإقليم قوباد طالباني، شقيق بافل، قد زار طهران الشهر "
     "الماضي في مهمة مماثلة. وتتهم طهران تلك الأحزاب بتنفيذ هجمات داخل الأراضي الإيرانية انطلاقاً "
     "من إقليم كوردستان، فيما تنفي الأحزاب ذلك.",
     [("LEADS", "person:bafel-talabani", "organization:patriotic-union-of-kurdistan",
       "زار رئيس الاتحاد"),
      ("VISITED", "person:bafel-talabani", "country:iran", "زار رئيس الاتحاد"),
      ("MET_WITH", "person:bafel-talabani", "person:hossein-amir-abdollahian", "زار رئيس الاتحاد"),
      ("MET_WITH", "person:bafel-talabani", Q, "زار رئيس الاتحاد"),
      ("LEADS", Q, QF, "زار رئيس الاتحاد"),
      ("LEADS", "person:ali-khamenei", "country:iran", "ولم يلتقِ طالباني"),
      ("MEMBER_OF", "person:qubad-talabani", KRG, "شقيق بافل"),
      ("VISITED", "person:qubad-talabani", "country:iran", "شقيق بافل"),
      ],
     {"source": "blind set (Rudaw-style)", "published": "2022-08"}),

    ("enG7_kadhimi_hosts_qaani", "en",
     "BAGHDAD, Dec 21 (Reuters) - Iraqi Prime Minister Mustapha al-Kadhimi hosted the head of "
     "Iran's Quds Force, Esma\u00efl Qaani, in Baghdad on Monday, a day after rockets struck near "
     "the U.S. embassy, two officials in the premier's office said. The Iranian general was told "
     "that Baghdad would not tolerate further attacks on diplomatic missions, one of the "
     "officials said. Qaani's trip, his fourth since he was appointed to succeed Qassem "
     "Soleimani, was not announced by Tehran. Earlier in the day, the Quds Force chief held "
     "talks with Kataib Hezbollah's secretary-general Abu Hussein al-Hamidawi at an undisclosed "
     "location, according to a militia source. Had those talks failed, the source added, the "
     "group would have resumed its rocket campaign. Kataib Hezbollah has denied firing "
     "Sunday's rockets. The premier is due to travel to Tehran next month.",
     [("LEADS", K, "country:iraq", "hosted the head"),
      ("MET_WITH", K, Q, "hosted the head", "2020-12-21"),
      ("LEADS", Q, QF, "hosted the head"),
      ("VISITED", Q, "location:baghdad", "hosted the head", "2020-12-21"),
      ("SUCCESSOR_OF", Q, S, "appointed to succeed"),
      ("MET_WITH", Q, "person:ahmad-al-hamidawi", "Earlier in the day"),
      ("LEADS", "person:ahmad-al-hamidawi", "organization:kataib-hezbollah", "Earlier in the day"),
      ],
     {"source": "blind set (Reuters-style)", "published": "2020-12-21"}),
]


if __name__ == "__main__":
    build(HERE, E, ARTICLES, set_name="setG")
