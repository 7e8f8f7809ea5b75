"""Blind set BG: successors and commemorations: the faction leaders five years after the airport
strike (The National, Jan 2025), Hezbollah's Soleimani commemoration with Naim Qassem (Al-Manar,
Jan 2025), the Tehran ceremony with Qaani and Abu Fadak (Tasnim English, Jan 2025), the PMF's fourth
anniversary ceremony in Baghdad (Asharq Al-Awsat, Jan 2024), al-Sudani received by Khamenei (AP,
Jan 2025), Nujaba marks a year since Abu Taqwa's killing (Baghdad Today, Jan 2025).
Written and annotated blind (extractor neither read nor run).
Run: python /work/team/blind/setBG/make_heldout.py
A TEST set: never tune the extractor on it (see tests/data/extract_test_README.md). Run from the repo root:
    python tests/data/extract_test_bg/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "extract_test_be"))
from blind_builder import build  # noqa: E402
from make_heldout import E  # noqa: E402  (the same merged entity table as set BE)

HERE = Path(__file__).parent

Q, S = "person:esmail-qaani", "person:qasem-soleimani"
M, T = "person:abu-mahdi-al-muhandis", "person:donald-trump"
QF, IRGC, US = "organization:quds-force", "organization:irgc", "country:united-states"
PMF, USAF = "organization:popular-mobilization-forces", "organization:us-armed-forces"
KH, NUJ = "organization:kataib-hezbollah", "organization:harakat-al-nujaba"
SUD, FAY = "person:mohammed-shia-al-sudani", "person:falih-al-fayyadh"
FADAK, HAM = "person:abdul-aziz-al-muhammadawi", "person:ahmad-al-hamidawi"
KAABI, HEZ = "person:akram-al-kaabi", "organization:hezbollah"
NQ, NAS = "person:naim-qassem", "person:hassan-nasrallah"

ARTICLES = [
    ("enBG1_successors_five_years_on", "en",
     "Five years after a US drone strike at Baghdad airport killed Iran's Gen Qassem Soleimani and "
     "Abu Mahdi Al Muhandis, the men who replaced them have struggled to hold the network "
     "together, analysts say. Esmail Qaani, Soleimani's successor at the head of the Quds Force, "
     "lacks his predecessor's personal ties. In the Popular Mobilisation Forces, Abdul Aziz Al "
     "Mohammadawi, known as Abu Fadak, took over Al Muhandis's post as chief of staff, while "
     "Kataib Hezbollah, which Al Muhandis founded, is now run by Ahmad Al Hamidawi. Mr Qaani has "
     "met Mr Al Hamidawi and Nujaba leader Akram Al Kaabi in Baghdad several times since October "
     "2023, Iraqi officials say. \u201cQaani manages; Soleimani commanded,\u201d Ihsan Al Shammari, head "
     "of the Political Thinking Centre in Baghdad, told The National. The strike was ordered by "
     "Donald Trump, who returns to the White House this month.",
     [("ASSASSINATED_BY", S, US, "a US drone strike at Baghdad airport", "2020-01-03"),
      ("ASSASSINATED_BY", M, US, "a US drone strike at Baghdad airport", "2020-01-03"),
      ("SUCCESSOR_OF", Q, S, "Soleimani's successor at the head"),
      ("LEADS", Q, QF, "Soleimani's successor at the head"),
      ("LEADS", S, QF, "Soleimani's successor at the head"),
      ("SUCCESSOR_OF", FADAK, M, "took over Al Muhandis's post"),
      ("MEMBER_OF", FADAK, PMF, "took over Al Muhandis's post"),
      ("MEMBER_OF", M, PMF, "took over Al Muhandis's post"),
      ("LEADS", M, KH, "which Al Muhandis founded"),
      ("LEADS", HAM, KH, "is now run by"),
      ("MET_WITH", Q, HAM, "met Mr Al Hamidawi"),
      ("MET_WITH", Q, KAABI, "met Mr Al Hamidawi"),
      ("VISITED", Q, "location:baghdad", "met Mr Al Hamidawi"),
      ("LEADS", KAABI, NUJ, "Nujaba leader Akram"),
      ("LEADS", "person:ihsan-al-shammari", "organization:political-thinking-center",
       "head of the Political"),
      ("REPORTED_BY", "person:ihsan-al-shammari", "outlet:the-national", "told The National"),
      ("ASSASSINATED_BY", S, T, "The strike was ordered by", "2020-01-03"),
      ("ASSASSINATED_BY", M, T, "The strike was ordered by", "2020-01-03"),
      ],
     {"source": "blind set (The National-style)", "published": "2025-01-03"}),

    ("arBG2_hezbollah_commemoration_qassem", "ar",
     "بيروت ـ «المنار»\n"
     "أحيا حزب الله، مساء الجمعة، الذكرى السنوية الخامسة لاستشهاد القائدين الحاج قاسم سُلَيماني "
     "والحاج أبي مهدي المهندس، في احتفال أقيم في الضاحية الجنوبية لبيروت. وقال الأمين العام للحزب "
     "الشيخ نعيم قاسم، في كلمة متلفزة، إن «أميركا اغتالت الحاج قاسم بأمر من رئيسها ترامب، لكنها لم "
     "تغتل نهجه». وكان الشيخ قاسم، الذي انتُخب خلفاً للسيد حسن نصر الله، قد استقبل قبل الاحتفال السفيرَ "
     "الإيراني في بيروت مجتبى أماني. وتحدث في الاحتفال رئيس المجلس التنفيذي في حزب الله الشيخ علي "
     "دعموش، الذي خلف السيد هاشم صفي الدين في رئاسة المجلس بعد استشهاده، فقال إن «دماء القادة لا "
     "تذهب سدى». وحضر الاحتفال ممثل عن حركة النجباء العراقية، من دون أن يُعلن عن لقاء مع قيادة الحزب. "
     "وتتهم المقاومة إسرائيل بالتنصل من اتفاق وقف إطلاق النار.",
     [("LEADS", NQ, HEZ, "وقال الأمين العام للحزب"),
      ("ASSASSINATED_BY", S, US, "أميركا اغتالت الحاج قاسم", "2020-01-03"),
      ("ASSASSINATED_BY", S, T, "بأمر من رئيسها ترامب", "2020-01-03"),
      ("LEADS", T, US, "بأمر من رئيسها ترامب"),
      ("SUCCESSOR_OF", NQ, NAS, "الذي انتُخب خلفاً"),
      ("MET_WITH", NQ, "person:mojtaba-amani", "قد استقبل قبل الاحتفال", "2025-01-03"),
      ("LEADS", "person:ali-damoush", "organization:hezbollah-executive-council",
       "رئيس المجلس التنفيذي في حزب الله"),
      ("PART_OF", "organization:hezbollah-executive-council", HEZ,
       "رئيس المجلس التنفيذي في حزب الله"),
      ("SUCCESSOR_OF", "person:ali-damoush", "person:hashem-safieddine", "الذي خلف السيد هاشم",
       "2024-10"),
      ("LEADS", "person:hashem-safieddine", "organization:hezbollah-executive-council",
       "في رئاسة المجلس بعد استشهاده"),
      ("LOCATED_IN", "location:dahiyeh", "location:beirut", "في الضاحية الجنوبية لبيروت"),
      ],
     {"source": "blind set (Al-Manar-style)", "published": "2025-01-03"}),

    ("enBG3_tehran_ceremony_qaani_abu_fadak", "en",
     "TEHRAN (Tasnim) \u2013 Commander of the IRGC Quds Force Brigadier General Esmaeil Qa'ani "
     "addressed a ceremony at Tehran's Mosalla on Thursday marking the fifth anniversary of the "
     "martyrdom of Lieutenant General Qassem Soleimani, who was martyred by the terrorist US army "
     "on the orders of then-President Donald Trump. Qa'ani, who succeeded the martyred commander "
     "in January 2020, said the Resistance Front \u201chas grown despite all the blows.\u201d Abu Fadak "
     "al-Mohammadawi, chief of staff of Iraq's Popular Mobilization Units, travelled to Tehran for "
     "the ceremony and later held talks with Qa'ani. IRGC Chief Commander Major General Hossein "
     "Salami and the Guard's deputy commander Brigadier General Ali Fadavi also attended. Abu "
     "Fadak replaced martyr Abu Mahdi al-Mohandes, who was martyred alongside General Soleimani.",
     [("LEADS", Q, QF, "Commander of the IRGC Quds Force"),
      ("PART_OF", QF, IRGC, "Commander of the IRGC Quds Force"),
      ("ASSASSINATED_BY", S, USAF, "martyred by the terrorist US army", "2020-01-03"),
      ("ASSASSINATED_BY", S, T, "on the orders of then-President", "2020-01-03"),
      ("LEADS", T, US, "on the orders of then-President"),
      ("SUCCESSOR_OF", Q, S, "who succeeded the martyred commander", "2020-01"),
      ("MEMBER_OF", FADAK, PMF, "chief of staff of Iraq's Popular"),
      ("VISITED", FADAK, "country:iran", "travelled to Tehran for", "2025-01-02"),
      ("MET_WITH", FADAK, Q, "later held talks with", "2025-01-02"),
      ("LEADS", "person:hossein-salami", IRGC, "IRGC Chief Commander"),
      ("MEMBER_OF", "person:ali-fadavi", IRGC, "the Guard's deputy commander"),
      ("SUCCESSOR_OF", FADAK, M, "Fadak replaced martyr"),
      ],
     {"source": "blind set (Tasnim English-style)", "published": "2025-01-02"}),

    ("arBG4_pmf_fourth_anniversary_baghdad", "ar",
     "بغداد: «الشرق الأوسط»\n"
     "أحيت «هيئة الحشد الشعبي»، الأربعاء، في بغداد الذكرى الرابعة لمقتل «أبو مهدي المهندس» والجنرال "
     "الإيراني قاسم سليماني بضربة أميركية قرب مطار بغداد. وألقى رئيس أركان الهيئة عبد العزيز "
     "المحمداوي «أبو فدك»، الذي خلف المهندس في منصبه، كلمة طالب فيها بـ«إخراج القوات الأجنبية». وحضر "
     "الحفل رئيس الوزراء محمد شياع السوداني، الذي التقى على هامشه السفيرَ الإيراني محمد كاظم آل صادق "
     "ووزيرَ الثقافة في الحكومة العراقية أحمد فكاك البدراني. وتزامنت الذكرى مع تفجيرين تبنّاهما تنظيم "
     "«داعش» قرب ضريح سليماني في كرمان. وفي اليوم التالي، قُتل القيادي في «النجباء» مشتاق طالب "
     "السعيدي «أبو تقوى» بضربة مسيّرة استهدفت مقراً للحشد في شارع فلسطين، ولم يُعلَن في البداية من "
     "نفّذها. ولم يلتقِ السوداني رئيسَ الهيئة فالح الفياض الذي غاب عن الحفل.",
     [("ASSASSINATED_BY", M, US, "بضربة أميركية قرب مطار", "2020-01-03"),
      ("ASSASSINATED_BY", S, US, "بضربة أميركية قرب مطار", "2020-01-03"),
      ("MEMBER_OF", FADAK, PMF, "وألقى رئيس أركان الهيئة"),
      ("SUCCESSOR_OF", FADAK, M, "الذي خلف المهندس في منصبه"),
      ("MEMBER_OF", M, PMF, "الذي خلف المهندس في منصبه"),
      ("MET_WITH", SUD, "person:mohammad-kazem-al-e-sadegh", "الذي التقى على هامشه", "2024-01-03"),
      ("MET_WITH", SUD, "person:ahmed-fakak-al-badrani", "الذي التقى على هامشه", "2024-01-03"),
      ("MEMBER_OF", "person:ahmed-fakak-al-badrani", "organization:iraqi-government",
       "ووزيرَ الثقافة في الحكومة العراقية"),
      ("ATTACKED", "organization:islamic-state", "location:kerman", "تبنّاهما تنظيم", "2024-01-03"),
      ("MEMBER_OF", "person:mushtaq-taleb-al-saidi", NUJ, "القيادي في «النجباء»"),
      ("LEADS", FAY, PMF, "رئيسَ الهيئة فالح الفياض"),
      ],
     {"source": "blind set (Asharq Al-Awsat-style)", "published": "2024-01-04"}),

    ("enBG5_sudani_khamenei_tehran", "en",
     "TEHRAN, Iran (AP) \u2014 Iran's Supreme Leader Ayatollah Ali Khamenei received Iraqi Prime "
     "Minister Mohammed Shia al-Sudani in Tehran on Wednesday and urged him to strengthen the "
     "Popular Mobilization Forces, the Shiite-led paramilitary umbrella that includes several "
     "Iran-backed militias. Al-Sudani also held talks with President Masoud Pezeshkian, who "
     "succeeded Ebrahim Raisi after Raisi died in a helicopter crash last May. Quds Force commander "
     "Esmail Qaani was present at the meeting with Khamenei but did not hold separate talks, an "
     "Iraqi official said. Roads Minister Farzaneh Sadegh, the only woman in Iran's government, "
     "signed transport agreements with the visiting delegation. Iraq has come under U.S. "
     "pressure to rein in the militias, which Washington accuses of attacking its troops. "
     "Khamenei has repeatedly praised Soleimani, the general killed in a U.S. strike in Baghdad in "
     "2020, as \u201cthe commander of the resistance.\u201d",
     [("LEADS", "person:ali-khamenei", "country:iran", "Iran's Supreme Leader"),
      ("MET_WITH", "person:ali-khamenei", SUD, "received Iraqi Prime", "2025-01-08"),
      ("LEADS", SUD, "country:iraq", "received Iraqi Prime"),
      ("VISITED", SUD, "country:iran", "Mohammed Shia al-Sudani in Tehran", "2025-01-08"),
      ("SUPPORTS", "country:iran", "organization:iran-backed-militias",
       "several Iran-backed militias"),
      ("PART_OF", "organization:iran-backed-militias", PMF, "paramilitary umbrella that includes"),
      ("MET_WITH", SUD, "person:masoud-pezeshkian", "also held talks with President", "2025-01-08"),
      ("SUCCESSOR_OF", "person:masoud-pezeshkian", "person:ebrahim-raisi", "who succeeded Ebrahim",
       "2024-07"),
      ("LEADS", Q, QF, "Quds Force commander"),
      ("MEMBER_OF", "person:farzaneh-sadegh", "organization:iranian-government",
       "the only woman in Iran's government"),
      ("ASSASSINATED_BY", S, US, "killed in a U.S. strike", "2020-01-03"),
      ],
     {"source": "blind set (AP-style)", "published": "2025-01-08"}),

    ("arBG6_nujaba_abu_taqwa_anniversary", "ar",
     "بغداد/ بغداد اليوم\n"
     "أحيت حركة النجباء، السبت، الذكرى السنوية الأولى لاستشهاد معاون أمينها العام للشؤون العسكرية "
     "مشتاق طالب السعيدي «أبو تقوى»، الذي اغتالته طائرة مسيّرة أميركية في شارع فلسطين ببغداد مطلع "
     "العام الماضي. وقال الأمين العام للحركة الشيخ أكرم الكعبي، الذي يتزعمها منذ تأسيسها، إن «دماء أبي "
     "تقوى لن تُنسى». واستقبل الكعبي على هامش الحفل وفداً من كتائب حزب الله برئاسة أمينها العام أبو "
     "حسين الحميداوي، كما التقى السفيرَ الإيراني محمد كاظم آل صادق. وقال عضو المكتب السياسي للحركة "
     "فراس الياسر لـ«بغداد اليوم» إن الحركة «لم تسمِّ بعد خليفة لأبي تقوى في موقعه». وكان الكعبي قد "
     "بحث هاتفياً مع قائد فيلق القدس إسماعيل قاآني ترتيبات المرحلة المقبلة.",
     [("MEMBER_OF", "person:mushtaq-taleb-al-saidi", NUJ, "معاون أمينها العام"),
      ("ASSASSINATED_BY", "person:mushtaq-taleb-al-saidi", US, "الذي اغتالته طائرة مسيّرة أميركية",
       "2024-01-04"),
      ("LEADS", KAABI, NUJ, "وقال الأمين العام للحركة"),
      ("MET_WITH", KAABI, KH, "واستقبل الكعبي", "2025-01"),
      ("MET_WITH", KAABI, HAM, "واستقبل الكعبي", "2025-01"),
      ("LEADS", HAM, KH, "برئاسة أمينها العام"),
      ("MET_WITH", KAABI, "person:mohammad-kazem-al-e-sadegh", "كما التقى السفيرَ", "2025-01"),
      ("MEMBER_OF", "person:firas-al-yasser", NUJ, "عضو المكتب السياسي للحركة"),
      ("REPORTED_BY", "person:firas-al-yasser", "outlet:baghdad-today", "الياسر لـ«بغداد اليوم»"),
      ("LEADS", Q, QF, "مع قائد فيلق القدس"),
      ],
     {"source": "blind set (Baghdad Today-style)", "published": "2025-01-04"}),
]


if __name__ == "__main__":
    build(HERE, E, ARTICLES, set_name="setBG")
