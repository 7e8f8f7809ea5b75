"""Blind set CB: strikes that killed Hezbollah, Hamas and IRGC figures. Mohammad Afif killed in
Ras al-Nabaa (Reuters, Nov 2024), IRGC advisers Heydari and Mehqani killed near Damascus
(Tasnim Arabic, April 2023), Hamas's Hassan Farhat killed in Sidon (AP, April 2025), Washington
confirms Marwan Issa's death (Al Jazeera Net, March 2024), Quds Force Unit 190 chief Behnam
Shahriari killed in western Iran (The National, June 2025), Hassan Bdeir killed in Dahiyeh
(Asharq Al-Awsat, April 2025). Written and annotated blind (extractor neither read nor run).
Run: python3 /work/team/blind/setCB/make_heldout.py
A TEST set: never tune the extractor on it (see tests/data/extract_test_README.md). Run from the repo root:
    python tests/data/extract_test_cb/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_cb import ALL  # noqa: E402

HERE = Path(__file__).parent
E = ALL

Q, S = "person:esmail-qaani", "person:qasem-soleimani"
QF, IRGC, US = "organization:quds-force", "organization:irgc", "country:united-states"
T, ISR, IDF = "person:donald-trump", "country:israel", "organization:israel-defense-forces"
HZB, NAS, NQ = "organization:hezbollah", "person:hassan-nasrallah", "person:naim-qassem"
BERRI, JA = "person:nabih-berri", "person:joseph-aoun"
AFIF, MR = "person:mohammad-afif", "organization:hezbollah-media-relations"
HEY, MEH = "person:milad-heydari", "person:meqdad-mehqani"
FAR, HAMAS, QASSAM = "person:hassan-farhat", "organization:hamas", "organization:qassam-brigades"
ISSA, JAB = "person:marwan-issa", "person:ahmed-al-jabari"
SHR, U190 = "person:behnam-shahriari", "organization:quds-force-unit-190"
BDEIR, SALAM = "person:hassan-bdeir", "person:nawaf-salam"

ARTICLES = [
    ("enCB1_afif_ras_al_nabaa", "en",
     "BEIRUT, Nov 17 (Reuters) - An Israeli air strike killed Hezbollah's chief spokesman "
     "Mohammad Afif in central Beirut on Sunday, the group said, in a rare attack outside the "
     "capital's southern suburbs. The Israeli military said its fighter jets had \u201celiminated\u201d "
     "Afif, who headed the group's media relations office and was a close aide to its late "
     "leader Hassan Nasrallah. The strike hit a building housing the offices of Syria's Baath "
     "party in the Ras al-Nabaa district. Parliament Speaker Nabih Berri, who is negotiating on Hezbollah's "
     "behalf, received U.S. Ambassador Lisa Johnson on Thursday to discuss a U.S. ceasefire "
     "proposal. Washington's envoy Amos Hochstein is due in Beirut on Tuesday, two Lebanese "
     "officials said. Hezbollah's new chief Naim Kassem, who was named in October to succeed "
     "Nasrallah, has said the group will keep firing at Israel. Nasrallah was killed in a massive "
     "Israeli strike on Dahiyeh on Sept. 27.",
     [("ASSASSINATED_BY", AFIF, ISR, "An Israeli air strike killed", "2024-11-17"),
      ("ASSASSINATED_BY", AFIF, IDF, "its fighter jets had", "2024-11-17"),
      ("MEMBER_OF", AFIF, HZB, "chief spokesman"),
      ("LEADS", AFIF, MR, "who headed the group's media"),
      ("PART_OF", MR, HZB, "who headed the group's media"),
      ("LEADS", NAS, HZB, "its late leader"),
      ("LEADS", BERRI, "organization:lebanese-parliament", "Parliament Speaker Nabih"),
      ("MET_WITH", BERRI, "person:lisa-johnson", "received U.S. Ambassador Lisa", "2024-11-14"),
      ("LEADS", NQ, HZB, "Hezbollah's new chief"),
      ("SUCCESSOR_OF", NQ, NAS, "named in October to succeed", "2024-10-29"),
      ("ASSASSINATED_BY", NAS, ISR, "Nasrallah was killed in a massive", "2024-09-27"),
      ("ATTACKED", ISR, "location:dahiyeh", "Israeli strike on Dahiyeh", "2024-09-27"),
      ],
     {"source": "blind set (Reuters-style)", "published": "2024-11-17"}),

    ("arCB2_irgc_advisers_damascus", "ar",
     "طهران - تسنيم\n"
     "أعلن حرس الثورة الإسلامية، اليوم الأحد، استشهاد ثاني مستشاريه العسكريين في سوريا خلال 48 "
     "ساعة، مقداد مهقاني، متأثراً بجروح أصيب بها في الغارة التي شنّها الكيان الصهيوني فجر الجمعة "
     "على محيط دمشق، والتي أدت أيضاً إلى استشهاد زميله ميلاد حيدري. وأوضح بيان العلاقات العامة "
     "للحرس أن الشهيدين كانا يؤديان «مهمة استشارية» في إطار مكافحة الإرهاب. وتوعّد القائد العام "
     "للحرس اللواء حسين سلامي بأن «الكيان سيدفع ثمن جريمته». وشارك في تشييع حيدري في طهران قائد "
     "فيلق القدس العميد اسماعيل قاآني، الذي خلف الفريق قاسم سليماني بعد اغتياله بضربة أميركية في "
     "بغداد. وفي دمشق، استقبل الرئيس السوري بشار الأسد كبير مساعدي وزير الخارجية الإيراني للشؤون "
     "السياسية الخاصة علي أصغر خاجي، الذي نقل إليه رسالة من الرئيس الإيراني إبراهيم رئيسي. ولم "
     "تعلّق سلطات الاحتلال على الغارة كعادتها.",
     [("MEMBER_OF", MEH, IRGC, "استشهاد ثاني مستشاريه"),
      ("ASSASSINATED_BY", MEH, ISR, "في الغارة التي شنّها الكيان", "2023-03-31"),
      ("ASSASSINATED_BY", HEY, ISR, "في الغارة التي شنّها الكيان", "2023-03-31"),
      ("LEADS", "person:hossein-salami", IRGC, "وتوعّد القائد العام"),
      ("LEADS", Q, QF, "فيلق القدس العميد"),
      ("SUCCESSOR_OF", Q, S, "الذي خلف الفريق قاسم"),
      ("ASSASSINATED_BY", S, US, "بعد اغتياله بضربة أميركية", "2020-01-03"),
      ("LEADS", "person:bashar-al-assad", "country:syria", "استقبل الرئيس السوري"),
      ("MET_WITH", "person:bashar-al-assad", "person:ali-asghar-khaji", "استقبل الرئيس السوري",
       "2023-04-02"),
      ("VISITED", "person:ali-asghar-khaji", "location:damascus", "وفي دمشق، استقبل"),
      ("LEADS", "person:ebrahim-raisi", "country:iran", "الرئيس الإيراني إبراهيم"),
      ],
     {"source": "blind set (Tasnim Arabic-style)", "published": "2023-04-02"}),

    ("enCB3_farhat_sidon", "en",
     "BEIRUT (AP) \u2014 An Israeli drone strike on an apartment in the southern port city of "
     "Sidon killed a Hamas commander and two of his children early Friday, Lebanese officials "
     "said. The Israeli military said the strike killed Hassan Farhat, whom it described as the "
     "commander of Hamas' western sector in Lebanon, and accused him of directing a rocket attack "
     "on the northern Israeli city of Safed in February 2024. Hamas confirmed his death. Prime "
     "Minister Nawaf Salam, a former president of the International Court of Justice who "
     "replaced Najib Mikati in January, called the strike \u201ca blatant attack on Lebanese "
     "sovereignty.\u201d President Joseph Aoun, who met French President Emmanuel Macron in Paris "
     "a week ago, urged Washington and Paris to press Israel to respect the November ceasefire "
     "that ended 14 months of fighting with Hezbollah. An Israeli official said the military "
     "would keep striking what it called threats.",
     [("ASSASSINATED_BY", FAR, ISR, "An Israeli drone strike", "2025-04-04"),
      ("ASSASSINATED_BY", FAR, IDF, "The Israeli military said the strike killed", "2025-04-04"),
      ("MEMBER_OF", FAR, HAMAS, "commander of Hamas' western sector"),
      ("LEADS", SALAM, "organization:international-court-of-justice",
       "a former president of the International"),
      ("SUCCESSOR_OF", SALAM, "person:najib-mikati", "replaced Najib Mikati", "2025-01"),
      ("MET_WITH", JA, "person:emmanuel-macron", "who met French President", "2025-03-28"),
      ("LEADS", "person:emmanuel-macron", "country:france", "who met French President"),
      ("VISITED", JA, "location:paris", "Emmanuel Macron in Paris", "2025-03-28"),
      ],
     {"source": "blind set (AP-style)", "published": "2025-04-04"}),

    ("arCB4_marwan_issa", "ar",
     "الدوحة ــ الجزيرة نت\n"
     "أكد مستشار الأمن القومي الأميركي جيك سوليفان، الاثنين، أن نائب القائد العام لكتائب عز "
     "الدين القسام، الجناح العسكري لحركة حماس، مروان عيسى قُتل في غارة إسرائيلية على مخيم النصيرات "
     "وسط قطاع غزة الأسبوع الماضي، في أول تأكيد أميركي لمقتل القيادي الذي يوصف بأنه الرجل الثالث "
     "في الحركة داخل القطاع. وكان الجيش الإسرائيلي قد قال إنه استهدف عيسى ومساعداً له في مجمع "
     "أنفاق، دون أن يؤكد مقتلهما حينها، فيما لم تعلّق حماس رسمياً. ويُعد عيسى اليد اليمنى لقائد "
     "القسام محمد الضيف، وقد تولى موقعه خلفاً لقائد أركان القسام السابق أحمد الجعبري، الذي اغتالته إسرائيل عام 2012. وفي "
     "الدوحة، استقبل رئيس الوزراء وزير الخارجية القطري الشيخ محمد بن عبد الرحمن آل ثاني مدير "
     "وكالة المخابرات المركزية الأميركية وليام بيرنز، الذي وصل لدفع مفاوضات التهدئة وتبادل الأسرى. "
     "وقال مصدر مطلع للجزيرة نت إن الفجوات «لا تزال كبيرة».",
     [("MEMBER_OF", ISSA, QASSAM, "نائب القائد العام لكتائب"),
      ("PART_OF", QASSAM, HAMAS, "الجناح العسكري لحركة حماس"),
      ("ASSASSINATED_BY", ISSA, ISR, "قُتل في غارة إسرائيلية", "2024-03-10"),
      ("LEADS", "person:mohammed-deif", QASSAM, "لقائد القسام"),
      ("SUCCESSOR_OF", ISSA, JAB, "خلفاً لقائد أركان"),
      ("MEMBER_OF", JAB, QASSAM, "خلفاً لقائد أركان"),
      ("ASSASSINATED_BY", JAB, ISR, "الذي اغتالته إسرائيل عام 2012", "2012-11-14"),
      ("LEADS", "person:mohammed-bin-abdulrahman-al-thani", "country:qatar",
       "رئيس الوزراء وزير الخارجية القطري"),
      ("MET_WITH", "person:mohammed-bin-abdulrahman-al-thani", "person:william-burns",
       "الدوحة، استقبل رئيس الوزراء"),
      ("LEADS", "person:william-burns", "organization:cia", "وكالة المخابرات المركزية"),
      ("VISITED", "person:william-burns", "location:doha", "الدوحة، استقبل رئيس الوزراء"),
      ],
     {"source": "blind set (Al Jazeera Net-style)", "published": "2024-03-19"}),

    ("enCB5_shahriari_unit190", "en",
     "Israel's military said on Saturday it had killed Behnam Shahriari, the head of the Quds "
     "Force's weapons-smuggling Unit 190, in a strike on his vehicle in western Iran, the latest "
     "in a string of targeted killings since Israel launched its war on Iran on June 13. Military "
     "spokesman Brig Gen Effie Defrin said Shahriari had overseen the transfer of weapons and "
     "money to Hezbollah, Hamas and the Houthis. There was no immediate confirmation from "
     "Iranian media. The Quds Force, the external arm of the Islamic Revolutionary Guard Corps, "
     "has been led since January 2020 by Esmaeil Qa'ani, who took over after a US drone strike "
     "ordered by Donald Trump killed Ghassem Soleimani at Baghdad airport. In Istanbul, "
     "Iranian Foreign Minister Abbas Araghchi met Turkish President Recep Tayyip Erdogan on the "
     "sidelines of an Organisation of Islamic Co-operation meeting. \u201cThe aggressor must be "
     "stopped,\u201d Mr Araghchi told reporters.",
     [("ASSASSINATED_BY", SHR, IDF, "it had killed Behnam", "2025-06-21"),
      ("LEADS", SHR, U190, "the head of the Quds"),
      ("PART_OF", U190, QF, "Force's weapons-smuggling Unit 190"),
      ("MEMBER_OF", SHR, QF, "the head of the Quds"),
      ("ATTACKED", ISR, "country:iran", "launched its war on Iran", "2025-06-13"),
      ("MEMBER_OF", "person:effie-defrin", IDF, "spokesman Brig Gen Effie"),
      ("PART_OF", QF, IRGC, "the external arm of"),
      ("LEADS", Q, QF, "has been led since January 2020"),
      ("SUCCESSOR_OF", Q, S, "who took over after a US drone", "2020-01"),
      ("ASSASSINATED_BY", S, US, "who took over after a US drone", "2020-01-03"),
      ("ASSASSINATED_BY", S, T, "ordered by Donald Trump", "2020-01-03"),
      ("VISITED", "person:abbas-araghchi", "location:istanbul", "In Istanbul", "2025-06-21"),
      ("MET_WITH", "person:abbas-araghchi", "person:recep-tayyip-erdogan",
       "met Turkish President", "2025-06-21"),
      ("LEADS", "person:recep-tayyip-erdogan", "country:turkey", "met Turkish President"),
      ],
     {"source": "blind set (The National-style)", "published": "2025-06-21"}),

    ("arCB6_bdeir_dahiyeh", "ar",
     "بيروت: «الشرق الأوسط»\n"
     "اغتالت إسرائيل فجر الثلاثاء القيادي في «حزب الله» حسن بدير، بغارة استهدفت شقة في حي معوّض "
     "بالضاحية الجنوبية لبيروت، أدت أيضاً إلى مقتل نجله وثلاثة آخرين. وقال الجيش الإسرائيلي إن "
     "بدير كان يعمل «بالتنسيق مع فيلق القدس التابع للحرس الثوري الإيراني» على التخطيط لهجوم ضد "
     "إسرائيليين. وهي الغارة الثانية على الضاحية منذ وقف إطلاق النار في نوفمبر (تشرين الثاني). "
     "ودان الرئيس اللبناني جوزاف عون الغارة، فيما عدّها رئيس الحكومة نواف سلام «خرقاً فاضحاً» "
     "للاتفاق، والتقى بعد الظهر قائد الجيش العماد رودولف هيكل، الذي عُيّن الشهر الماضي خلفاً لعون "
     "في قيادة المؤسسة العسكرية. وقال نائب رئيس المجلس السياسي في الحزب محمود قماطي إن «صبر "
     "المقاومة له حدود». وتأتي الغارة قبل أيام من زيارة مرتقبة للمبعوثة الأميركية مورغان "
     "أورتاغوس إلى بيروت.",
     [("ASSASSINATED_BY", BDEIR, ISR, "اغتالت إسرائيل فجر", "2025-04-01"),
      ("MEMBER_OF", BDEIR, HZB, "القيادي في «حزب الله»"),
      ("ATTACKED", ISR, "location:dahiyeh", "بغارة استهدفت شقة", "2025-04-01"),
      ("LOCATED_IN", "location:dahiyeh", "location:beirut", "بالضاحية الجنوبية لبيروت"),
      ("PART_OF", QF, IRGC, "فيلق القدس التابع"),
      ("LEADS", JA, "country:lebanon", "ودان الرئيس اللبناني"),
      ("MET_WITH", SALAM, "person:rodolphe-haykal", "والتقى بعد الظهر", "2025-04-01"),
      ("LEADS", "person:rodolphe-haykal", "organization:lebanese-army", "قائد الجيش العماد"),
      ("SUCCESSOR_OF", "person:rodolphe-haykal", JA, "خلفاً لعون", "2025-03"),
      ("LEADS", JA, "organization:lebanese-army", "خلفاً لعون"),
      ("MEMBER_OF", "person:mahmoud-qamati", "organization:hezbollah-political-council",
       "نائب رئيس المجلس السياسي"),
      ("PART_OF", "organization:hezbollah-political-council", HZB, "المجلس السياسي في الحزب"),
      ],
     {"source": "blind set (Asharq Al-Awsat-style)", "published": "2025-04-02"}),
]

if __name__ == "__main__":
    build(HERE, E, ARTICLES, set_name="setCB")
