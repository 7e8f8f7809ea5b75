"""Blind set Y: successions after killings: Kassem named after Nasrallah, Haniyeh received in
Tehran and Sinwar named, Shadmani and Majid Mousavi after the June 2025 strikes, Qassem and
Larijani in Beirut, Pezeshkian in Baghdad/Erbil/Basra, Razi Mousavi killed near Damascus.
Written and annotated blind (extractor neither read nor run).
Run: python /work/team/blind/setY/make_heldout.py
A TEST set: never tune the extractor on it (see tests/data/extract_test_README.md). Run from the repo root:
    python tests/data/extract_test_y/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_tables import entity_table  # noqa: E402

HERE = Path(__file__).parent
E = entity_table("KNOWN", "EXTRA", "MP", "QT", "XZ")

Q, S = "person:esmail-qaani", "person:qasem-soleimani"
M, T = "person:abu-mahdi-al-muhandis", "person:donald-trump"
QF, IRGC, US = "organization:quds-force", "organization:irgc", "country:united-states"
HZ, ISR = "organization:hezbollah", "country:israel"
NQ, NAS = "person:naim-qassem", "person:hassan-nasrallah"
BIBI, KHA = "person:benjamin-netanyahu", "person:ali-khamenei"
PEZ, RAISI = "person:masoud-pezeshkian", "person:ebrahim-raisi"
SNSC = "organization:supreme-national-security-council"

ARTICLES = [
    ("enY1_kassem_named", "en",
     "BEIRUT (AP) \u2014 Hezbollah on Tuesday named Naim Kassem, its longtime deputy leader, as "
     "secretary-general, filling the post left vacant when Hassan Nasrallah was killed in an "
     "Israeli airstrike on Beirut's southern suburbs on Sept. 27. The strike, ordered by Prime "
     "Minister Benjamin Netanyahu from New York, also killed Iranian Revolutionary Guard Gen. "
     "Abbas Nilforoushan. Israel's military chief, Lt. Gen. Herzi Halevi, later said the army "
     "had \u201cmore surprises.\u201d Kassem, 71, succeeds a cleric who led the group for 32 years. "
     "Hashem Safieddine, long seen as Nasrallah's heir, was killed weeks later in another "
     "Israeli strike. In a statement carried by IRNA, Iran's Foreign Ministry congratulated the "
     "new leader. Iranian Foreign Minister Abbas Araghchi met Lebanese Parliament Speaker Nabih "
     "Berri during a visit to Beirut this month, but his office said he did not meet any "
     "Hezbollah officials.",
     [("LEADS", NQ, HZ, "as secretary-general", "2024-10-29"),
      ("MEMBER_OF", NQ, HZ, "its longtime deputy leader"),
      ("SUCCESSOR_OF", NQ, NAS, "filling the post left vacant", "2024-10-29"),
      ("LEADS", NAS, HZ, "a cleric who led the group"),
      ("ASSASSINATED_BY", NAS, ISR, "killed in an Israeli airstrike", "2024-09-27"),
      ("ATTACKED", ISR, "location:dahiyeh", "killed in an Israeli airstrike", "2024-09-27"),
      ("LOCATED_IN", "location:dahiyeh", "location:beirut", "Beirut's southern suburbs"),
      ("ASSASSINATED_BY", NAS, BIBI, "ordered by Prime", "2024-09-27"),
      ("ASSASSINATED_BY", "person:abbas-nilforoushan", BIBI, "ordered by Prime", "2024-09-27"),
      ("ASSASSINATED_BY", "person:abbas-nilforoushan", ISR, "also killed Iranian", "2024-09-27"),
      ("MEMBER_OF", "person:abbas-nilforoushan", IRGC, "Iranian Revolutionary Guard Gen."),
      ("LEADS", "person:herzi-halevi", "organization:israel-defense-forces",
       "Israel's military chief"),
      ("ASSASSINATED_BY", "person:hashem-safieddine", ISR, "another Israeli strike", "2024-10"),
      ("REPORTED_BY", "organization:iranian-foreign-ministry", "outlet:irna",
       "In a statement carried by IRNA"),
      ("MET_WITH", "person:abbas-araghchi", "person:nabih-berri", "met Lebanese Parliament",
       "2024-10"),
      ("LEADS", "person:nabih-berri", "organization:lebanese-parliament", "met Lebanese Parliament"),
      ("VISITED", "person:abbas-araghchi", "location:beirut", "during a visit to Beirut", "2024-10"),
      ],
     {"source": "blind set (AP-style)", "published": "2024-10-29"}),

    ("arY2_haniyeh_sinwar", "ar",
     "طهران ــ العربي الجديد\n"
     "استقبل المرشد الإيراني علي خامنئي، صباح الثلاثاء، رئيس المكتب السياسي لحركة حماس إسماعيل "
     "هنية، بعد ساعات من مشاركته في مراسم تنصيب الرئيس الإيراني الجديد مسعود بزشكيان، الذي "
     "التقاه هنية أيضاً على هامش المراسم. وفجر الأربعاء، اغتيل هنية مع أحد مرافقيه في مقر إقامته "
     "شمالي طهران، وحمّل الحرس الثوري إسرائيل المسؤولية، فيما لم تعلّق تل أبيب رسمياً. وبعد أقل "
     "من أسبوع، أعلنت حماس اختيار قائدها في غزة يحيى السنوار رئيساً لمكتبها السياسي خلفاً لهنية. "
     "وقال عضو المكتب السياسي للحركة حسام بدران لـ\"العربي الجديد\" إن الاختيار \"رسالة تحدٍّ "
     "للاحتلال\". وكان بزشكيان قد فاز بالرئاسة في انتخابات مبكرة أعقبت مصرع سلفه إبراهيم رئيسي "
     "في تحطم مروحية في مايو/أيار. وفي ديسمبر/كانون الأول، أقرّ وزير الأمن الإسرائيلي يسرائيل "
     "كاتس علناً بأن إسرائيل هي من اغتالت هنية.",
     [("LEADS", KHA, "country:iran", "استقبل المرشد الإيراني"),
      ("MET_WITH", KHA, "person:ismail-haniyeh", "استقبل المرشد الإيراني", "2024-07-30"),
      ("LEADS", "person:ismail-haniyeh", "organization:hamas", "رئيس المكتب السياسي لحركة حماس"),
      ("LEADS", PEZ, "country:iran", "الرئيس الإيراني الجديد"),
      ("MET_WITH", PEZ, "person:ismail-haniyeh", "الذي التقاه هنية", "2024-07-30"),
      ("VISITED", "person:ismail-haniyeh", "country:iran", "في مقر إقامته شمالي طهران",
       "2024-07"),
      ("SUCCESSOR_OF", "person:yahya-sinwar", "person:ismail-haniyeh", "خلفاً لهنية",
       "2024-08-06"),
      ("LEADS", "person:yahya-sinwar", "organization:hamas", "رئيساً لمكتبها السياسي",
       "2024-08-06"),
      ("MEMBER_OF", "person:husam-badran", "organization:hamas", "عضو المكتب السياسي للحركة"),
      ("REPORTED_BY", "person:husam-badran", "outlet:al-araby-al-jadeed", "حسام بدران لـ"),
      ("SUCCESSOR_OF", PEZ, RAISI, "مصرع سلفه", "2024-07"),
      ("ASSASSINATED_BY", "person:ismail-haniyeh", ISR, "بأن إسرائيل هي من اغتالت",
       "2024-07-31"),
      ],
     {"source": "blind set (Al-Araby Al-Jadeed-style)", "published": "2024-12-24"}),

    ("enY3_shadmani_killed", "en",
     "DUBAI, June 17 (Reuters) - Israel's military said on Tuesday it had killed Major General "
     "Ali Shadmani, Iran's most senior military commander, in an overnight strike on Tehran, "
     "four days after Supreme Leader Ayatollah Ali Khamenei named him head of the Khatam "
     "al-Anbiya Central Headquarters to replace Gholam Ali Rashid, who died in Israel's opening "
     "wave of attacks. Khamenei also picked Brigadier General Majid Mousavi to lead the "
     "Revolutionary Guards' Aerospace Force, taking over from Amirali Hajizadeh, who was killed "
     "in the same wave along with Guards commander Hossein Salami. Israeli Defence Minister "
     "Israel Katz said Prime Minister Benjamin Netanyahu had personally ordered the strike on "
     "Shadmani. In Muscat, Omani Foreign Minister Badr Albusaidi said a sixth round of U.S.-Iran "
     "talks planned for Sunday had been cancelled.",
     [("ASSASSINATED_BY", "person:ali-shadmani", "organization:israel-defense-forces",
       "it had killed Major General", "2025-06-17"),
      ("SUCCESSOR_OF", "person:ali-shadmani", "person:gholam-ali-rashid", "to replace Gholam",
       "2025-06-13"),
      ("LEADS", "person:ali-shadmani", "organization:khatam-al-anbiya-central-headquarters",
       "named him head of"),
      ("LEADS", "person:gholam-ali-rashid", "organization:khatam-al-anbiya-central-headquarters",
       "to replace Gholam"),
      ("ASSASSINATED_BY", "person:gholam-ali-rashid", ISR, "Israel's opening wave",
       "2025-06-13"),
      ("LEADS", "person:majid-mousavi", "organization:irgc-aerospace-force", "to lead the"),
      ("PART_OF", "organization:irgc-aerospace-force", IRGC, "Revolutionary Guards' Aerospace"),
      ("SUCCESSOR_OF", "person:majid-mousavi", "person:amir-ali-hajizadeh", "taking over from",
       "2025-06"),
      ("LEADS", "person:amir-ali-hajizadeh", "organization:irgc-aerospace-force",
       "taking over from"),
      ("ASSASSINATED_BY", "person:amir-ali-hajizadeh", ISR, "killed in the same wave",
       "2025-06-13"),
      ("ASSASSINATED_BY", "person:hossein-salami", ISR, "killed in the same wave",
       "2025-06-13"),
      ("LEADS", "person:hossein-salami", IRGC, "Guards commander Hossein"),
      ("ASSASSINATED_BY", "person:ali-shadmani", BIBI, "personally ordered the strike",
       "2025-06-17"),
      ],
     {"source": "blind set (Reuters-style)", "published": "2025-06-17"}),

    ("arY4_qassem_larijani_beirut", "ar",
     "بيروت ــ الجزيرة نت\n"
     "تسلّم الشيخ نعيم قاسم الأمانة العامة لحزب الله بعد مقتل الأمين العام السابق السيد حسن نصر "
     "الله، الذي اغتيل بغارة إسرائيلية على حارة حريك في الضاحية الجنوبية لبيروت أواخر "
     "سبتمبر/أيلول 2024. وكان قاسم نائباً للأمين العام منذ عام 1991. وفي بيروت، استقبل قاسم أمين "
     "المجلس الأعلى للأمن القومي الإيراني علي لاريجاني، الذي خلف علي أكبر أحمديان في المنصب، "
     "وكان لاريجاني قد التقى قبل ذلك الرئيس اللبناني جوزاف عون ورئيس مجلس النواب نبيه بري. وعون "
     "هو القائد السابق للجيش اللبناني، وانتُخب في يناير/كانون الثاني الماضي خلفاً لميشال عون بعد "
     "فراغ رئاسي دام أكثر من عامين. واقتصر تواصل الضيف الإيراني مع رئيس الحكومة نواف سلام على "
     "اتصال هاتفي. أما هاشم صفي الدين، رئيس المجلس التنفيذي للحزب، فقد قُتل في غارة على الضاحية "
     "مطلع أكتوبر/تشرين الأول من العام الماضي.",
     [("LEADS", NQ, HZ, "تسلّم الشيخ نعيم قاسم"),
      ("SUCCESSOR_OF", NQ, NAS, "تسلّم الشيخ نعيم قاسم", "2024-10"),
      ("LEADS", NAS, HZ, "الأمين العام السابق"),
      ("ASSASSINATED_BY", NAS, ISR, "الذي اغتيل بغارة إسرائيلية", "2024-09"),
      ("ATTACKED", ISR, "location:haret-hreik", "الذي اغتيل بغارة إسرائيلية", "2024-09"),
      ("LOCATED_IN", "location:haret-hreik", "location:dahiyeh", "حارة حريك في الضاحية"),
      ("LOCATED_IN", "location:dahiyeh", "location:beirut", "الضاحية الجنوبية لبيروت"),
      ("MEMBER_OF", NQ, HZ, "نائباً للأمين العام"),
      ("MET_WITH", NQ, "person:ali-larijani", "استقبل قاسم أمين", "2025-08"),
      ("VISITED", "person:ali-larijani", "location:beirut", "وفي بيروت، استقبل", "2025-08"),
      ("MEMBER_OF", "person:ali-larijani", SNSC, "استقبل قاسم أمين"),
      ("SUCCESSOR_OF", "person:ali-larijani", "person:ali-akbar-ahmadian", "الذي خلف علي أكبر"),
      ("MEMBER_OF", "person:ali-akbar-ahmadian", SNSC, "الذي خلف علي أكبر"),
      ("MET_WITH", "person:ali-larijani", "person:joseph-aoun", "قد التقى قبل ذلك", "2025-08"),
      ("LEADS", "person:joseph-aoun", "country:lebanon", "الرئيس اللبناني جوزاف"),
      ("MET_WITH", "person:ali-larijani", "person:nabih-berri", "قد التقى قبل ذلك", "2025-08"),
      ("LEADS", "person:nabih-berri", "organization:lebanese-parliament", "ورئيس مجلس النواب"),
      ("LEADS", "person:joseph-aoun", "organization:lebanese-army", "القائد السابق للجيش"),
      ("SUCCESSOR_OF", "person:joseph-aoun", "person:michel-aoun", "خلفاً لميشال", "2025-01"),
      ("LEADS", "person:hashem-safieddine", "organization:hezbollah-executive-council",
       "رئيس المجلس التنفيذي"),
      ("PART_OF", "organization:hezbollah-executive-council", HZ, "رئيس المجلس التنفيذي"),
      ],
     {"source": "blind set (Al Jazeera-style)", "published": "2025-08-14"}),

    ("enY5_pezeshkian_baghdad", "en",
     "TEHRAN (Tasnim) \u2013 Iranian President Masoud Pezeshkian, who was elected in July to "
     "succeed the late Ebrahim Raisi, arrived in Baghdad on Wednesday on his first foreign trip "
     "since taking office. Pezeshkian was welcomed at Baghdad International Airport by Iraqi "
     "Prime Minister Mohammed Shia al-Sudani, and the two held talks on trade and security. The "
     "president later met Iraqi President Abdul Latif Rashid and laid a wreath near the airport, "
     "where Lt. Gen. Qassem Soleimani and Abu Mahdi al-Mohandis were martyred by the terrorist "
     "US army on the orders of then-President Donald Trump. On Thursday he flew to Erbil and was "
     "hosted by Kurdistan Region President Nechirvan Barzani, before travelling to Basra, where "
     "Governor Asaad al-Eidani received him. Raisi and foreign minister Hossein Amir-Abdollahian "
     "died in a helicopter crash in northwest Iran in May.",
     [("LEADS", PEZ, "country:iran", "Iranian President Masoud"),
      ("SUCCESSOR_OF", PEZ, RAISI, "to succeed the late", "2024-07"),
      ("VISITED", PEZ, "location:baghdad", "arrived in Baghdad", "2024-09-11"),
      ("MET_WITH", PEZ, "person:mohammed-shia-al-sudani", "was welcomed at Baghdad",
       "2024-09-11"),
      ("LEADS", "person:mohammed-shia-al-sudani", "country:iraq", "was welcomed at Baghdad"),
      ("MET_WITH", PEZ, "person:abdul-latif-rashid", "met Iraqi President", "2024-09"),
      ("LEADS", "person:abdul-latif-rashid", "country:iraq", "met Iraqi President"),
      ("ASSASSINATED_BY", S, "organization:us-armed-forces", "terrorist US army", "2020-01-03"),
      ("ASSASSINATED_BY", M, "organization:us-armed-forces", "terrorist US army", "2020-01-03"),
      ("ASSASSINATED_BY", S, T, "on the orders of", "2020-01-03"),
      ("ASSASSINATED_BY", M, T, "on the orders of", "2020-01-03"),
      ("VISITED", PEZ, "location:erbil", "he flew to Erbil", "2024-09-12"),
      ("MET_WITH", PEZ, "person:nechirvan-barzani", "was hosted by Kurdistan", "2024-09-12"),
      ("LEADS", "person:nechirvan-barzani", "location:kurdistan-region", "was hosted by Kurdistan"),
      ("VISITED", PEZ, "location:basra", "before travelling to Basra", "2024-09"),
      ("MET_WITH", PEZ, "person:asaad-al-eidani", "Governor Asaad al-Eidani received", "2024-09"),
      ("LEADS", "person:asaad-al-eidani", "location:basra", "Governor Asaad al-Eidani received"),
      ],
     {"source": "blind set (Tasnim English-style)", "published": "2024-09-12"}),

    ("arY6_razi_mousavi", "ar",
     "طهران - إرنا\n"
     "أعلن الحرس الثوري الإيراني، يوم الاثنين، أن العميد السيد رضي موسوي، أحد أبرز مستشاريه "
     "العسكريين في سوريا، استشهد بغارة صاروخية شنّها الكيان الصهيوني على منطقة السيدة زينب قرب "
     "دمشق. وقال المتحدث باسم الحرس العميد رمضان شريف، في بيان نقلته إرنا، إن موسوي كان «من رفاق "
     "الشهيد الحاج قاسم سليماني». وتوعّد القائد العام للحرس اللواء حسين سلامي بأن «الكيان سيدفع "
     "ثمن هذه الجريمة». وفي دمشق، استقبل وزير الخارجية السوري فيصل المقداد السفير الإيراني حسين "
     "أكبري الذي نقل إليه رسالة من طهران. وكان قائد فيلق القدس العميد إسماعيل قاآني قد التقى "
     "موسوي في دمشق مرات عدة منذ أن تسلّم قيادة الفيلق بعد اغتيال سلفه بغارة أميركية قرب مطار "
     "بغداد مطلع 2020.",
     [("MEMBER_OF", "person:razi-mousavi", IRGC, "أحد أبرز مستشاريه"),
      ("ASSASSINATED_BY", "person:razi-mousavi", ISR, "شنّها الكيان الصهيوني", "2023-12-25"),
      ("ATTACKED", ISR, "location:sayyida-zaynab", "شنّها الكيان الصهيوني", "2023-12-25"),
      ("MEMBER_OF", "person:ramezan-sharif", IRGC, "المتحدث باسم الحرس"),
      ("REPORTED_BY", "person:ramezan-sharif", "outlet:irna", "في بيان نقلته إرنا"),
      ("LEADS", "person:hossein-salami", IRGC, "القائد العام للحرس"),
      ("MET_WITH", "person:faisal-mekdad", "person:hossein-akbari", "استقبل وزير الخارجية السوري",
       "2023-12"),
      ("LEADS", Q, QF, "وكان قائد فيلق القدس"),
      ("MET_WITH", Q, "person:razi-mousavi", "قد التقى موسوي في دمشق"),
      ("VISITED", Q, "location:damascus", "قد التقى موسوي في دمشق"),
      ("SUCCESSOR_OF", Q, S, "بعد اغتيال سلفه", "2020-01"),
      ("LEADS", S, QF, "بعد اغتيال سلفه"),
      ("ASSASSINATED_BY", S, US, "بعد اغتيال سلفه", "2020-01-03"),
      ],
     {"source": "blind set (IRNA Arabic-style)", "published": "2023-12-25"}),
]


if __name__ == "__main__":
    build(HERE, E, ARTICLES, set_name="setY")
