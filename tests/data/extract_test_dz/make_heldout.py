"""Blind set DZ: Syria's transition and Turkey, Jan - Aug 2025, as Turkish, Syrian and Gulf
outlets write it: Trump meeting al-Sharaa in Riyadh hosted by Mohammed bin Salman, Erdogan by video
link, and a three-way Rubio / al-Chaibani / Fiden meeting in Antalya (TRT World-style, May 2025);
Emir Tamim received in Damascus after the Qatari premier's visit, a planned return visit and a
phone call (Al Arabiya-style, Jan 2025); German Foreign Minister Wadephul in Damascus, successor of
Baerbock, with the January Barrot/Baerbock visit (Anadolu-style, Oct 2025); Kalin receiving the
Syrian intelligence chief Hussein al-Salameh, successor of Anas Khattab, and Kalin's own succession
to Fidan (Anadolu Arabic-style, Aug 2025); Turkish strikes on PKK/YPG, an accusation left
unanswered, a claimed and an unclaimed killing (Daily Sabah-style, Jan 2025); the transitional
government replacing al-Bashir's caretaker cabinet (Enab Baladi-style, Mar 2025).
Style: en/ar alternating; hosted meetings; video links; planned meetings; successions in chains;
spellings Golani, al-Chaibani, Fiden, al-Shara.
Written and annotated blind (extractor neither read nor run). A TEST set: never tune the extractor on it (see tests/data/extract_test_README.md). Run from the repo root:
    python tests/data/extract_test_dz/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_ea import ALL  # noqa: E402

HERE = Path(__file__).parent

SHA, SHB, FID, KAL, ERD = ("person:ahmed-al-sharaa", "person:asaad-al-shaibani", "person:hakan-fidan",
                           "person:ibrahim-kalin", "person:recep-tayyip-erdogan")
MBS, ASD, BAS, JAL = ("person:mohammed-bin-salman", "person:bashar-al-assad", "person:mohammed-al-bashir",
                      "person:mohammed-ghazi-al-jalali")
ABDI, GUL, AQ, KHT, SAL = ("person:mazloum-abdi", "person:yasar-guler", "person:murhaf-abu-qasra",
                           "person:anas-khattab", "person:hussein-al-salameh")
TRU, RUB, BRK, TAM, MBAR, KHU = ("person:donald-trump", "person:marco-rubio", "person:tom-barrack",
                                 "person:tamim-bin-hamad-al-thani", "person:mohammed-bin-abdulrahman-al-thani",
                                 "person:mohammed-al-khulaifi")
WAD, BAE, BAR = "person:johann-wadephul", "person:annalena-baerbock", "person:jean-noel-barrot"
SHI, YUS, MAR = "person:zaki-shingali", "person:salwa-yusuk", "person:mohammed-abdul-rahman"
KAB, BRN, ILH = "person:hind-kabawat", "person:mohammed-yosr-barnieh", "person:ilham-ahmed"
SYR, TUR, US = "country:syria", "country:turkey", "country:united-states"
TFM, SFM, MIT, SDF = ("organization:turkish-foreign-ministry", "organization:syrian-foreign-ministry",
                      "organization:turkish-national-intelligence-organization",
                      "organization:syrian-democratic-forces")
DAM, RIY, ANK, ANT = "location:damascus", "location:riyadh", "location:ankara", "location:antalya"

ARTICLES = [
    ("enDZ1_trump_sharaa_riyadh", "en",
     "RIYADH (TRT World) - U.S. President Donald Trump met Syria's interim leader Ahmed al-Sharaa in "
     "Riyadh on Wednesday, the first meeting between American and Syrian heads of state in 25 years, "
     "a day after announcing that he would lift sanctions on Damascus.\n"
     "The meeting, hosted by Saudi Crown Prince Mohammed bin Salman, lasted about half an hour. "
     "Turkish President Recep Tayyip Erdogan joined by video link from Ankara. Trump later told "
     "reporters aboard Air Force One that al-Sharaa was a \"young, attractive guy\" with \"a very "
     "strong past.\"\n"
     "Al-Sharaa, once known as Abu Mohammad al-Golani, led the insurgent alliance that ousted Bashar "
     "al-Assad in December. Washington had offered a $10 million bounty for him until last year.\n"
     "The following day, Secretary of State Marco Rubio sat down with Syrian Foreign Minister Asaad "
     "al-Chaibani on the sidelines of a NATO meeting in Antalya, in a three-way meeting with Turkish "
     "Foreign Minister Hakan Fiden. Rubio did not meet al-Sharaa.\n"
     "Trump also named Tom Barrack, his ambassador to Türkiye, as special envoy for Syria.",
     [("LEADS", TRU, US, "U.S. President Donald"),
      ("MET_WITH", TRU, SHA, "met Syria's interim leader", "2025-05-14"),
      ("LEADS", SHA, SYR, "Syria's interim leader Ahmed"),
      ("VISITED", TRU, RIY, "Riyadh on Wednesday", "2025-05-14"),
      ("VISITED", SHA, RIY, "Riyadh on Wednesday", "2025-05-14"),
      ("MET_WITH", MBS, TRU, "hosted by Saudi Crown Prince", "2025-05-14"),
      ("MET_WITH", MBS, SHA, "hosted by Saudi Crown Prince", "2025-05-14"),
      ("LEADS", ERD, TUR, "Turkish President Recep"),
      ("LEADS", RUB, "organization:us-state-department", "Secretary of State Marco"),
      ("MET_WITH", RUB, SHB, "sat down with Syrian Foreign Minister", "2025-05-15"),
      ("LEADS", SHB, SFM, "Syrian Foreign Minister Asaad"),
      ("VISITED", RUB, ANT, "a NATO meeting in Antalya", "2025-05-15"),
      ("VISITED", SHB, ANT, "a NATO meeting in Antalya", "2025-05-15"),
      ("MET_WITH", RUB, FID, "in a three-way meeting with Turkish", "2025-05-15"),
      ("MET_WITH", SHB, FID, "in a three-way meeting with Turkish", "2025-05-15"),
      ("LEADS", FID, TFM, "Foreign Minister Hakan Fiden"),
      ],
     {"source": "blind set (TRT World-style)", "published": "2025-05-15"}),

    ("arDZ2_tamim_in_damascus", "ar",
     "دمشق - العربية\n"
     "وصل أمير دولة قطر الشيخ تميم بن حمد آل ثاني، الخميس، إلى دمشق في أول زيارة لرئيس دولة إلى سوريا "
     "منذ سقوط نظام بشار الأسد، وكان في استقباله في المطار الرئيس أحمد الشرع.\n"
     "وعقد الجانبان جلسة مباحثات في قصر الشعب تناولت إعادة الإعمار وإمدادات الطاقة ودعم رواتب القطاع "
     "العام. وعقد وزير الخارجية أسعد الشيباني جلسة منفصلة مع وزير الدولة بوزارة الخارجية القطرية محمد "
     "الخليفي.\n"
     "وتأتي الزيارة بعد يومين من إعلان الفصائل تسمية الشرع رئيساً للبلاد في المرحلة الانتقالية خلفاً "
     "للأسد، وإلغاء العمل بدستور 2012.\n"
     "وكان رئيس مجلس الوزراء وزير الخارجية القطري الشيخ محمد بن عبد الرحمن آل ثاني قد زار دمشق في "
     "منتصف كانون الثاني والتقى الشرع، وأعلن حينها تزويد سوريا بالكهرباء عبر الأردن.\n"
     "ومن المنتظر أن يزور الشرع الدوحة قريباً تلبية لدعوة الأمير. وأفادت وكالة الأنباء القطرية بأن "
     "الأمير أجرى اتصالاً هاتفياً بالرئيس التركي رجب طيب أردوغان عقب مغادرته دمشق، تناول نتائج الزيارة.",
     [("LEADS", TAM, "country:qatar", "أمير دولة قطر الشيخ"),
      ("VISITED", TAM, DAM, "إلى دمشق في أول زيارة", "2025-01-30"),
      ("MET_WITH", TAM, SHA, "وكان في استقباله في المطار", "2025-01-30"),
      ("LEADS", SHA, SYR, "المطار الرئيس أحمد"),
      ("LEADS", SHB, SFM, "وعقد وزير الخارجية أسعد"),
      ("MET_WITH", SHB, KHU, "جلسة منفصلة مع وزير الدولة", "2025-01-30"),
      ("MEMBER_OF", KHU, "organization:qatari-foreign-ministry", "وزير الدولة بوزارة الخارجية القطرية"),
      ("SUCCESSOR_OF", SHA, ASD, "خلفاً للأسد", "2025-01-29"),
      ("LEADS", MBAR, "country:qatar", "رئيس مجلس الوزراء وزير الخارجية القطري"),
      ("VISITED", MBAR, DAM, "قد زار دمشق في منتصف", "2025-01-15"),
      ("MET_WITH", MBAR, SHA, "منتصف كانون الثاني والتقى الشرع", "2025-01-15"),
      ("LEADS", ERD, TUR, "بالرئيس التركي رجب"),
      ],
     {"source": "blind set (Al Arabiya-style)", "published": "2025-01-30"}),

    ("enDZ3_wadephul_in_damascus", "en",
     "DAMASCUS (AA) - German Foreign Minister Johann Wadephul held talks with Syrian President Ahmed "
     "al-Shara in Damascus on Thursday, on his first visit to Syria since taking office, and pledged "
     "help with rebuilding infrastructure destroyed in 14 years of war.\n"
     "Wadephul also met his Syrian counterpart Asaad al-Shaibani, who told a joint news conference "
     "that Berlin and Damascus were \"opening a new page.\" The German minister later toured the "
     "devastated suburb of Harasta, according to an Anadolu correspondent.\n"
     "Wadephul succeeded Annalena Baerbock in May, when the new coalition government took office in "
     "Berlin. Baerbock had visited Damascus in January together with French Foreign Minister "
     "Jean-Noel Barrot, weeks after the ouster of Bashar al-Assad. Al-Shara received both ministers "
     "but declined to shake Baerbock's hand, a gesture that drew criticism in Germany; Baerbock said "
     "at the time she had not expected a handshake.\n"
     "Germany hosts nearly one million Syrians, and Berlin has said returns must be voluntary.",
     [("LEADS", WAD, "organization:german-foreign-ministry", "German Foreign Minister Johann"),
      ("MET_WITH", WAD, SHA, "held talks with Syrian President", "2025-10-30"),
      ("LEADS", SHA, SYR, "Syrian President Ahmed"),
      ("VISITED", WAD, DAM, "in Damascus on Thursday", "2025-10-30"),
      ("MET_WITH", WAD, SHB, "also met his Syrian counterpart", "2025-10-30"),
      ("LEADS", SHB, SFM, "his Syrian counterpart Asaad"),
      ("VISITED", WAD, "location:harasta", "toured the devastated suburb", "2025-10-30"),
      ("SUCCESSOR_OF", WAD, BAE, "Wadephul succeeded Annalena", "2025-05-06"),
      ("VISITED", BAE, DAM, "had visited Damascus in January", "2025-01-03"),
      ("VISITED", BAR, DAM, "had visited Damascus in January", "2025-01-03"),
      ("LEADS", BAR, "organization:french-foreign-ministry", "French Foreign Minister Jean-Noel"),
      ("MET_WITH", SHA, BAE, "received both ministers", "2025-01-03"),
      ("MET_WITH", SHA, BAR, "received both ministers", "2025-01-03"),
      ],
     {"source": "blind set (Anadolu-style)", "published": "2025-10-30"}),

    ("arDZ4_kalin_receives_salameh", "ar",
     "أنقرة - الأناضول\n"
     "استقبل رئيس جهاز الاستخبارات التركي إبراهيم قالن، الثلاثاء، في مقر الجهاز بأنقرة رئيس جهاز "
     "الاستخبارات العامة السوري حسين السلامة، وبحث الجانبان التنسيق في مكافحة تنظيم «داعش» وضبط الحدود، "
     "بحسب مصادر أمنية.\n"
     "ويشغل السلامة منصبه منذ أيار الماضي خلفاً لأنس خطاب، الذي عُيّن وزيراً للداخلية في الحكومة "
     "الانتقالية التي أعلنها الرئيس أحمد الشرع في آذار.\n"
     "وكان قالن أول مسؤول تركي رفيع يزور دمشق بعد سقوط نظام بشار الأسد، إذ التقى الشرع في 12 كانون "
     "الأول الماضي، وظهر معه في جولة داخل الجامع الأموي.\n"
     "وتولى قالن، المتحدث السابق باسم الرئاسة التركية، رئاسة الاستخبارات في حزيران 2023 خلفاً لهاكان "
     "فيدان، الذي عيّنه الرئيس رجب طيب أردوغان وزيراً للخارجية بعد الانتخابات.\n"
     "ومن المقرر أن يلتقي السلامة وزير الدفاع التركي يشار غولر، الأربعاء، قبل عودته إلى دمشق. ولم تعلّق "
     "«قسد» على الزيارة التي تأتي بعد اتصال هاتفي بين قائدها مظلوم عبدي ووزير الخارجية السوري.",
     [("LEADS", KAL, MIT, "رئيس جهاز الاستخبارات التركي"),
      ("MET_WITH", KAL, SAL, "استقبل رئيس جهاز الاستخبارات التركي", "2025-08-05"),
      ("LEADS", SAL, "organization:syrian-general-intelligence", "الاستخبارات العامة السوري حسين"),
      ("VISITED", SAL, ANK, "في مقر الجهاز بأنقرة", "2025-08-05"),
      ("SUCCESSOR_OF", SAL, KHT, "خلفاً لأنس خطاب", "2025-05"),
      ("LEADS", KHT, "organization:syrian-interior-ministry", "عُيّن وزيراً للداخلية"),
      ("LEADS", SHA, SYR, "الرئيس أحمد الشرع"),
      ("VISITED", KAL, DAM, "أول مسؤول تركي رفيع يزور دمشق", "2024-12-12"),
      ("MET_WITH", KAL, SHA, "إذ التقى الشرع", "2024-12-12"),
      ("SUCCESSOR_OF", KAL, FID, "خلفاً لهاكان", "2023-06"),
      ("LEADS", FID, TFM, "وزيراً للخارجية بعد الانتخابات"),
      ("LEADS", ERD, TUR, "الرئيس رجب طيب"),
      ("LEADS", GUL, "organization:turkish-defence-ministry", "وزير الدفاع التركي يشار"),
      ("LEADS", ABDI, SDF, "قائدها مظلوم"),
      ],
     {"source": "blind set (Anadolu Arabic-style)", "published": "2025-08-05"}),

    ("enDZ5_turkish_strikes_ypg", "en",
     "ISTANBUL - The Turkish Armed Forces have \"neutralized\" 32 PKK/YPG terrorists in northern Syria "
     "over the past week, the National Defense Ministry said on Monday, as fighting between the SDF "
     "and the Turkish-backed Syrian National Army continued around the Tishreen Dam east of Aleppo.\n"
     "Defense Minister Yaşar Güler told lawmakers that the YPG would be \"buried\" unless it disarms, "
     "and said Ankara backed the new administration in Damascus in uniting all armed groups under a "
     "single army.\n"
     "The SDF, led by Mazloum Abdi, has accused Turkish drones of killing two Kurdish journalists near "
     "the dam in December. Ankara did not respond to the accusation.\n"
     "Turkey has a long record of targeted strikes on PKK figures beyond its borders. In 2018, Turkey "
     "said it had killed Zaki Shingali, a senior PKK commander in Iraq's Sinjar region, and in 2022 "
     "Salwa Yusuk, a commander of the Women's Protection Units (YPJ), was killed in a drone strike "
     "near Qamishli.\n"
     "Foreign Minister Hakan Fidan is expected to receive Syrian Defense Minister Murhaf Abu Qasra in "
     "Ankara next week, diplomatic sources said.",
     [("ATTACKED", "organization:turkish-armed-forces", "organization:ypg", "have \"neutralized\" 32"),
      ("ATTACKED", "organization:turkish-armed-forces", "organization:pkk", "have \"neutralized\" 32"),
      ("SUPPORTS", TUR, "organization:syrian-national-army", "Turkish-backed Syrian National Army"),
      ("LEADS", GUL, "organization:turkish-defence-ministry", "Defense Minister Yaşar"),
      ("SUPPORTS", TUR, "organization:syrian-government", "said Ankara backed the new administration"),
      ("LEADS", ABDI, SDF, "The SDF, led by Mazloum"),
      ("ASSASSINATED_BY", SHI, TUR, "Turkey said it had killed", "2018-08-15"),
      ("MEMBER_OF", SHI, "organization:pkk", "a senior PKK commander"),
      ("LOCATED_IN", "location:sinjar", "country:iraq", "Iraq's Sinjar region"),
      ("MEMBER_OF", YUS, "organization:ypj", "a commander of the Women's Protection Units"),
      ("LEADS", FID, TFM, "Foreign Minister Hakan Fidan"),
      ("LEADS", AQ, "organization:syrian-defence-ministry", "Syrian Defense Minister Murhaf"),
      ],
     {"source": "blind set (Daily Sabah-style)", "published": "2025-01-13"}),

    ("arDZ6_transitional_government", "ar",
     "دمشق - عنب بلدي\n"
     "أعلن الرئيس السوري أحمد الشرع، مساء السبت، تشكيلة الحكومة الانتقالية المؤلفة من 23 وزيراً، في حفل "
     "أقيم بقصر الشعب، من دون منصب رئيس للوزراء، لتحل محل حكومة تصريف الأعمال برئاسة محمد البشير.\n"
     "واحتفظ أسعد الشيباني بحقيبة الخارجية، ومرهف أبو قصرة بوزارة الدفاع، فيما عُيّن رئيس جهاز "
     "الاستخبارات أنس خطاب وزيراً للداخلية خلفاً لمحمد عبد الرحمن، وانتقل البشير إلى وزارة الطاقة.\n"
     "وضمت التشكيلة وزيرة واحدة هي هند قبوات، المعارضة المسيحية التي تولت وزارة الشؤون الاجتماعية "
     "والعمل، كما عُيّن الخبير الاقتصادي محمد يسر برنية وزيراً للمالية.\n"
     "وقال الشرع في كلمته إن «تشكيل حكومة جديدة اليوم هو إعلان لإرادتنا المشتركة في بناء دولة جديدة».\n"
     "ولم تضم الحكومة ممثلين عن «قسد» أو الإدارة الذاتية، وقالت إلهام أحمد، الرئيسة المشتركة لدائرة "
     "العلاقات الخارجية في الإدارة الذاتية، لعنب بلدي إن التشكيلة «لا تعكس تنوع سوريا».\n"
     "وكانت حكومة البشير قد تسلّمت السلطة في كانون الأول من حكومة محمد غازي الجلالي، آخر رئيس وزراء في "
     "عهد الأسد.",
     [("LEADS", SHA, SYR, "الرئيس السوري أحمد"),
      ("LEADS", BAS, "organization:syrian-government", "حكومة تصريف الأعمال برئاسة"),
      ("LEADS", SHB, SFM, "بحقيبة الخارجية"),
      ("LEADS", AQ, "organization:syrian-defence-ministry", "بوزارة الدفاع"),
      ("LEADS", KHT, "organization:syrian-general-intelligence", "رئيس جهاز الاستخبارات أنس"),
      ("LEADS", KHT, "organization:syrian-interior-ministry", "خطاب وزيراً للداخلية"),
      ("SUCCESSOR_OF", KHT, MAR, "خلفاً لمحمد عبد الرحمن", "2025-03-29"),
      ("LEADS", BAS, "organization:syrian-energy-ministry", "إلى وزارة الطاقة"),
      ("LEADS", KAB, "organization:syrian-social-affairs-ministry", "تولت وزارة الشؤون الاجتماعية"),
      ("LEADS", BRN, "organization:syrian-finance-ministry", "وزيراً للمالية"),
      ("MEMBER_OF", ILH, "organization:autonomous-administration-nes", "الرئيسة المشتركة لدائرة"),
      ("REPORTED_BY", ILH, "outlet:enab-baladi", "لعنب بلدي إن"),
      ("SUCCESSOR_OF", BAS, JAL, "قد تسلّمت السلطة", "2024-12-10"),
      ("LEADS", JAL, "organization:syrian-government", "آخر رئيس وزراء في"),
      ],
     {"source": "blind set (Enab Baladi-style)", "published": "2025-03-30"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setDZ")
