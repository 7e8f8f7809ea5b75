"""Blind set AD: the seed world retold years later: the fifth anniversary of the Baghdad
airport strike, a profile of Qaani and his Iraqi contacts, Ghaani's January 2024 trip after
Tower 22, Hayman's admission and Iraqi reactions, Qaani in Baghdad after the drone attack on
Kadhimi's residence, the Kerman bombings and Fayyadh in Tehran.
Written and annotated blind (extractor neither read nor run).
Run: python /work/team/blind/setAD/make_heldout.py
A TEST set: never tune the extractor on it (see tests/data/extract_test_README.md). Run from the repo root:
    python tests/data/extract_test_ad/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_tables import entity_table  # noqa: E402

HERE = Path(__file__).parent
E = entity_table("KNOWN", "EXTRA", "MP", "QT", "UW", "XZ", "AF")

Q, S, K = "person:esmail-qaani", "person:qasem-soleimani", "person:mustafa-al-kadhimi"
M, T = "person:abu-mahdi-al-muhandis", "person:donald-trump"
QF, IRGC, US = "organization:quds-force", "organization:irgc", "country:united-states"
PMF, SUD = "organization:popular-mobilization-forces", "person:mohammed-shia-al-sudani"
AMIRI, KHAZ = "person:hadi-al-amiri", "person:qais-al-khazali"

ARTICLES = [
    ("enAD1_fifth_anniversary", "en",
     "BAGHDAD (AP) \u2014 Thousands of supporters of Iraq's Shiite militias marched along the "
     "airport road in Baghdad on Friday to mark five years since Iranian Gen. Kasem Soleimani "
     "and Iraqi commander Abu Mahdi Al-Mohandes were killed in a U.S. drone strike ordered by "
     "then-President Donald Trump. Iraqi Prime Minister Mohammed Shiaa al-Sudani received "
     "Iran's ambassador, Mohammad Kazem Al-e Sadegh, at his office in the morning, his media "
     "office said. Esmaeil Qa'ani, who took over Iran's Quds Force after Soleimani's death, "
     "had been expected to join the march but did not appear. In Tehran, Iran's judiciary "
     "spokesman, Asghar Jahangir, said the country was still pursuing a case against Trump "
     "and \u201cthe other perpetrators\u201d and had shared its evidence with Iraqi "
     "investigators. Trump, who returns to the White House this month, has said he has no "
     "regrets about the strike.",
     [("ASSASSINATED_BY", S, US, "killed in a U.S. drone strike ordered", "2020-01-03"),
      ("ASSASSINATED_BY", M, US, "killed in a U.S. drone strike ordered", "2020-01-03"),
      ("ASSASSINATED_BY", S, T, "then-President Donald Trump", "2020-01-03"),
      ("ASSASSINATED_BY", M, T, "then-President Donald Trump", "2020-01-03"),
      ("LEADS", T, US, "then-President Donald Trump"),
      ("LEADS", SUD, "country:iraq", "Iraqi Prime Minister Mohammed Shiaa"),
      ("MET_WITH", SUD, "person:mohammad-kazem-al-e-sadegh", "received Iran's ambassador",
       "2025-01-03"),
      ("SUCCESSOR_OF", Q, S, "who took over Iran's Quds Force", "2020-01-03"),
      ("LEADS", Q, QF, "who took over Iran's Quds Force"),
      ("MEMBER_OF", "person:asghar-jahangir", "organization:iranian-judiciary",
       "Iran's judiciary spokesman"),
      ],
     {"source": "blind set (AP-style)", "published": "2025-01-03"}),

    ("arAD2_qaani_profile", "ar",
     "لندن: «الشرق الأوسط»\n"
     "منذ أن عُيّن إسْمَاعِيل قَاآنِي قائداً لـ«فيلق القدس» خلفاً لقاسم سليماني، الذي اغتالته "
     "القوات الأميركية قرب مطار بغداد مطلع 2020، ظل الرجل بعيداً عن الأضواء. غير أن زياراته إلى "
     "العراق لم تنقطع؛ إذ التقى في أكثر من مناسبة زعيمَ «عصائب أهل الحق» قيس الخزعلي وزعيمَ "
     "«منظمة بدر» هادي العامري، كما استقبله رئيس الوزراء مصطفى الكاظمي مرتين على الأقل بحسب "
     "مسؤولين عراقيين. ويقول الأمين العام لـ«كتائب سيد الشهداء» أبو آلاء الولائي إن قاآني «لا "
     "يملك كاريزما سلفه». وفي فبراير (شباط) الماضي، نقلت مصادر أن قاآني التقى أيضاً قائد فصيل "
     "«أنصار الله الأوفياء» حيدر الغراوي في منزل أحد القادة ببغداد، وطلب منه وقف الهجمات. أما "
     "زعيم التيار الصدري مقتدى الصدر فرفض استقباله، واكتفى مكتبه بالقول إن «الباب مغلق». وكانت "
     "طهران قد أعلنت أن قاآني أجرى اتصالاً هاتفياً بالكاظمي بعد محاولة اغتياله.",
     [("LEADS", Q, QF, "قائداً لـ«فيلق القدس»"),
      ("SUCCESSOR_OF", Q, S, "خلفاً لقاسم سليماني", "2020-01-03"),
      ("ASSASSINATED_BY", S, "organization:us-armed-forces", "الذي اغتالته", "2020-01-03"),
      ("VISITED", Q, "country:iraq", "زياراته إلى"),
      ("MET_WITH", Q, KHAZ, "إذ التقى في أكثر من مناسبة"),
      ("MET_WITH", Q, AMIRI, "إذ التقى في أكثر من مناسبة"),
      ("LEADS", KHAZ, "organization:asaib-ahl-al-haq", "زعيمَ «عصائب"),
      ("LEADS", AMIRI, "organization:badr-organization", "وزعيمَ «منظمة بدر»"),
      ("MET_WITH", Q, K, "كما استقبله رئيس الوزراء"),
      ("LEADS", "person:abu-alaa-al-walai", "organization:kataib-sayyid-al-shuhada",
       "الأمين العام لـ«كتائب سيد"),
      ("MET_WITH", Q, "person:haider-al-gharawi", "أن قاآني التقى أيضاً"),
      ("LEADS", "person:haider-al-gharawi", "organization:ansar-allah-al-awfiya",
       "قائد فصيل"),
      ("VISITED", Q, "location:baghdad", "في منزل أحد القادة ببغداد"),
      ("LEADS", "person:muqtada-al-sadr", "organization:sadrist-movement",
       "زعيم التيار الصدري"),
      ],
     {"source": "blind set (Asharq Al-Awsat-style)", "published": "2022-03"}),

    ("enAD3_ghaani_after_tower22", "en",
     "Iran's Quds Force commander, Esmail Ghaani, made an unannounced trip to Baghdad in late "
     "January, days after the drone attack that killed three U.S. soldiers at Tower 22 in "
     "Jordan, Iraqi sources told Al-Monitor. Ghaani, who succeeded Qassim Sulaimani after a "
     "U.S. strike killed him at Baghdad airport in 2020, met with leaders of the Coordination "
     "Framework, including Ammar al-Hakim, head of the National Wisdom Movement, and urged "
     "the armed factions to halt their attacks on American forces, one source said. He was "
     "also received by Prime Minister Mohammed Shia al-Sudani, whose government has been "
     "negotiating the future of the U.S.-led coalition. Kataib Hezbollah announced on Jan. 30 "
     "that it was suspending operations \u201cto avoid embarrassing the Iraqi government.\u201d "
     "Tehran has denied that Ghaani sat down with the group's leaders during the visit.",
     [("LEADS", Q, QF, "Quds Force commander, Esmail"),
      ("VISITED", Q, "location:baghdad", "unannounced trip to Baghdad", "2024-01"),
      ("LOCATED_IN", "location:tower-22", "country:jordan", "Tower 22 in"),
      ("SUCCESSOR_OF", Q, S, "who succeeded Qassim", "2020-01"),
      ("ASSASSINATED_BY", S, US, "U.S. strike killed him", "2020-01-03"),
      ("MET_WITH", Q, "organization:coordination-framework", "met with leaders of the",
       "2024-01"),
      ("MET_WITH", Q, "person:ammar-al-hakim", "including Ammar", "2024-01"),
      ("MEMBER_OF", "person:ammar-al-hakim", "organization:coordination-framework",
       "including Ammar"),
      ("LEADS", "person:ammar-al-hakim", "organization:national-wisdom-movement",
       "head of the National Wisdom"),
      ("MET_WITH", Q, SUD, "also received by Prime Minister", "2024-01"),
      ("LEADS", SUD, "organization:iraqi-government", "whose government"),
      ],
     {"source": "blind set (Al-Monitor-style)", "published": "2024-02-02"}),

    ("arAD4_hayman_admission", "ar",
     "بغداد/ شفق نيوز- طالبت النائبة عن ائتلاف دولة القانون عالية نصيف، اليوم الثلاثاء، الحكومة "
     "بتحريك دعوى دولية بعد اعتراف الرئيس السابق لشعبة الاستخبارات العسكرية الإسرائيلية (أمان) "
     "الجنرال تامير هايمن بأن إسرائيل «كانت متورطة» في اغتيال قاسم سليمانى وأبي مهدي المهندس. "
     "وكان هايمن، الذي خلفه في المنصب الجنرال أهارون حاليفا في أكتوبر الماضي، قد قال في مقابلة "
     "صحفية إن العملية تمت «بالتعاون مع الأميركيين». واغتيل القائدان بضربة نفذتها طائرة مسيّرة "
     "أميركية قرب مطار بغداد الدولي في الثالث من كانون الثاني 2020، بأمر من الرئيس الأميركي "
     "آنذاك دونالد ترامب. وقالت نصيف لشفق نيوز إن «الاعتراف دليل إضافي ينبغي تقديمه إلى مجلس "
     "الأمن». وفي السياق، بحث رئيس مجلس النواب محمد الحلبوسي مع السفير الإيراني إيرج مسجدي "
     "«مستجدات التحقيق في الجريمة».",
     [("MEMBER_OF", "person:alia-nassif", "organization:state-of-law-coalition",
       "النائبة عن ائتلاف دولة القانون"),
      ("LEADS", "person:tamir-hayman", "organization:israeli-military-intelligence-directorate",
       "الرئيس السابق لشعبة"),
      ("SUCCESSOR_OF", "person:aharon-haliva", "person:tamir-hayman", "الذي خلفه في المنصب",
       "2021-10"),
      ("LEADS", "person:aharon-haliva", "organization:israeli-military-intelligence-directorate",
       "الذي خلفه في المنصب"),
      ("ASSASSINATED_BY", S, US, "طائرة مسيّرة أميركية", "2020-01-03"),
      ("ASSASSINATED_BY", M, US, "طائرة مسيّرة أميركية", "2020-01-03"),
      ("ASSASSINATED_BY", S, T, "بأمر من الرئيس الأميركي", "2020-01-03"),
      ("ASSASSINATED_BY", M, T, "بأمر من الرئيس الأميركي", "2020-01-03"),
      ("LEADS", T, US, "بأمر من الرئيس الأميركي"),
      ("REPORTED_BY", "person:alia-nassif", "outlet:shafaq-news", "وقالت نصيف لشفق نيوز"),
      ("MET_WITH", "person:mohammed-al-halbousi", "person:iraj-masjedi", "بحث رئيس مجلس النواب"),
      ("LEADS", "person:mohammed-al-halbousi", "organization:iraqi-parliament",
       "بحث رئيس مجلس النواب"),
      ],
     {"source": "blind set (Shafaq News-style)", "published": "2021-12-21"}),

    ("enAD5_qaani_after_kadhimi_drone", "en",
     "Iran's top regional commander Ismael Qaani flew into Baghdad on Monday, a day after an "
     "explosives-laden drone struck the Green Zone home of Prime Minister Mustafa Kadhimi, who "
     "escaped unhurt. Qaani, who heads the Quds Force of Iran's Islamic Revolutionary Guard "
     "Corps, met Mr Kadhimi and separately held talks with Fatah Alliance leader Hadi Al Amiri, "
     "whose bloc lost more than half of its seats in the October 10 election. No group has "
     "claimed the attack, and Kataib Hezbollah, which some politicians blamed, denied any role. "
     "Iraqi government spokesman Hassan Nadhem told The National that the Iranian visitor had "
     "\u201ccondemned the attack in the strongest terms.\u201d Mr Qaani took over from Qasem "
     "Sulaimani, who was killed by an American drone at Baghdad airport in January 2020, and "
     "has since made more than a dozen visits to Iraq.",
     [("VISITED", Q, "location:baghdad", "flew into Baghdad", "2021-11-08"),
      ("LEADS", Q, QF, "who heads the Quds Force"),
      ("PART_OF", QF, IRGC, "who heads the Quds Force"),
      ("MET_WITH", Q, K, "met Mr Kadhimi", "2021-11-08"),
      ("MET_WITH", Q, AMIRI, "separately held talks with", "2021-11-08"),
      ("LEADS", AMIRI, "organization:fatah-alliance", "Fatah Alliance leader Hadi"),
      ("MEMBER_OF", "person:hassan-nadhem", "organization:iraqi-government",
       "Iraqi government spokesman"),
      ("REPORTED_BY", "person:hassan-nadhem", "outlet:the-national", "told The National"),
      ("SUCCESSOR_OF", Q, S, "took over from Qasem"),
      ("ASSASSINATED_BY", S, US, "killed by an American drone", "2020-01-03"),
      ("VISITED", Q, "country:iraq", "more than a dozen visits to Iraq"),
      ],
     {"source": "blind set (The National-style)", "published": "2021-11-08"}),

    ("arAD6_kerman_bombings_fayyadh", "ar",
     "طهران - إرنا - أعلن وزير الداخلية الإيراني أحمد وحيدي، في تصريح لوكالة إرنا، أن عدد "
     "ضحايا التفجيرين الإرهابيين اللذين استهدفا حشود المشاركين في مراسم الذكرى الرابعة "
     "لاستشهاد الفريق قاسم سليماني في مدينة كرمان ارتفع إلى 89 شهيداً، بعدما تبنّى تنظيم "
     "«داعش» الإرهابي الهجوم. وكان وحيدي قد وصل إلى كرمان مساء الأربعاء على رأس وفد حكومي، "
     "فيما بحث الملف هاتفياً مع نظيره العراقي. وفي طهران، استقبل قائد قوة القدس التابعة لحرس "
     "الثورة الإسلامية العميد إسماعيل قاآنی رئيس هيئة الحشد الشعبي العراقي فالح الفياض، الذي "
     "قدّم التعازي. وأكد قاآني، الذي تولى قيادة القوة بعد استشهاد سليماني، أن «الشهيد الذي "
     "اغتاله الأميركيون بأمر من ترامب المجرم سيبقى رمزاً لمحور المقاومة».",
     [("REPORTED_BY", "person:ahmad-vahidi", "outlet:irna", "في تصريح لوكالة إرنا"),
      ("ATTACKED", "organization:islamic-state", "location:kerman", "تبنّى تنظيم", "2024-01-03"),
      ("VISITED", "person:ahmad-vahidi", "location:kerman", "وصل إلى كرمان", "2024-01-03"),
      ("MET_WITH", Q, "person:falih-al-fayyadh", "استقبل قائد قوة القدس", "2024-01"),
      ("LEADS", Q, QF, "استقبل قائد قوة القدس"),
      ("PART_OF", QF, IRGC, "التابعة لحرس"),
      ("LEADS", "person:falih-al-fayyadh", PMF, "رئيس هيئة الحشد الشعبي العراقي"),
      ("VISITED", "person:falih-al-fayyadh", "country:iran", "وفي طهران، استقبل", "2024-01"),
      ("SUCCESSOR_OF", Q, S, "الذي تولى قيادة القوة"),
      ("ASSASSINATED_BY", S, US, "اغتاله الأميركيون", "2020-01-03"),
      ("ASSASSINATED_BY", S, T, "بأمر من ترامب", "2020-01-03"),
      ],
     {"source": "blind set (IRNA Arabic-style)", "published": "2024-01-04"}),
]


if __name__ == "__main__":
    build(HERE, E, ARTICLES, set_name="setAD")
