"""Blind set AU: Turkish, Kurdish and US officials in Baghdad: Erdogan in Baghdad and Erbil
(Reuters, April 2024), Masrour Barzani in Baghdad on salaries (Rudaw Arabic, Feb 2024), the new
CENTCOM commander in Baghdad and Erbil (AP, 2025), the Turkish security delegation in Baghdad
(Asharq Al-Awsat, March 2024), Elizabeth Tsurkov freed (The National, Sept 2025), Bafel
Talabani in Baghdad (Shafaq, 2025). Written and annotated blind (extractor neither read nor run).
Run: python /work/team/blind/setAU/make_heldout.py
A TEST set: never tune the extractor on it (see tests/data/extract_test_README.md). Run from the repo root:
    python tests/data/extract_test_au/make_heldout.py
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
ERD, TUR = "person:recep-tayyip-erdogan", "country:turkey"
MAS, NEC = "person:masrour-barzani", "person:nechirvan-barzani"
KRG, KR = "organization:kurdistan-regional-government", "location:kurdistan-region"
FID, GUL, KAL = "person:hakan-fidan", "person:yasar-guler", "person:ibrahim-kalin"
MIT = "organization:turkish-national-intelligence-organization"
RASH, BAR = "person:abdul-latif-rashid", "person:barham-salih"

ARTICLES = [
    ("enAU1_erdogan_in_baghdad", "en",
     "BAGHDAD, April 22 (Reuters) - Turkish President Tayyip Erdogan arrived in Baghdad on "
     "Monday on his first visit to Iraq in more than a decade and was received at the airport by "
     "Prime Minister Mohammed Shia al-Sudani, before the two held talks on water, security and "
     "oil exports. Erdogan also met Iraqi President Abdul Latif Rashid, who succeeded Barham "
     "Salih in 2022. The two governments signed some two dozen memorandums, including a "
     "four-way accord on the Development Road project; Qatari Transport Minister Jassim bin Saif "
     "Al Sulaiti, who attended the ceremony, held separate talks with his Iraqi counterpart "
     "Razzaq Muhibis al-Saadawi. Erdogan later flew to Erbil, where he was hosted by Kurdistan "
     "Region President Nechirvan Barzani and met the region's Prime Minister Masrour Barzani, a "
     "Turkish official said. A meeting with PUK leader Bafel Talabani was not on the agenda.",
     [("LEADS", ERD, TUR, "Turkish President Tayyip"),
      ("VISITED", ERD, BGD, "arrived in Baghdad", "2024-04-22"),
      ("VISITED", ERD, IRQ, "first visit to Iraq", "2024-04-22"),
      ("MET_WITH", ERD, SUD, "was received at the airport", "2024-04-22"),
      ("MET_WITH", ERD, RASH, "also met Iraqi President", "2024-04-22"),
      ("LEADS", RASH, IRQ, "also met Iraqi President"),
      ("SUCCESSOR_OF", RASH, BAR, "who succeeded Barham"),
      ("LEADS", BAR, IRQ, "who succeeded Barham"),
      ("MET_WITH", "person:jassim-al-sulaiti", "person:razzaq-muhibis-al-saadawi", "held separate talks", "2024-04-22"),
      ("VISITED", "person:jassim-al-sulaiti", BGD, "who attended the ceremony", "2024-04-22"),
      ("VISITED", ERD, "location:erbil", "later flew to Erbil", "2024-04-22"),
      ("MET_WITH", ERD, NEC, "where he was hosted by", "2024-04-22"),
      ("LEADS", NEC, KR, "where he was hosted by"),
      ("MET_WITH", ERD, MAS, "Prime Minister Masrour", "2024-04-22"),
      ("LEADS", MAS, KRG, "Prime Minister Masrour"),
      ("LEADS", "person:bafel-talabani", "organization:patriotic-union-of-kurdistan", "PUK leader"),
      ],
     {"source": "blind set (Reuters-style)", "published": "2024-04-22"}),

    ("arAU2_masrour_in_baghdad_salaries", "ar",
     "رووداو - بغداد\n"
     "وصل رئيس حكومة إقليم كوردستان مسرور بارزاني، اليوم الأحد، إلى بغداد على رأس وفد رفيع يضم "
     "وزير المالية والاقتصاد في حكومة الإقليم آوات شيخ جناب، لبحث أزمة رواتب موظفي الإقليم بعد "
     "قرار المحكمة الاتحادية العليا توطينها في المصارف الاتحادية. واستقبل رئيسُ مجلس الوزراء "
     "الاتحادي محمد شياع السوداني بارزانيَ والوفد المرافق له، وعقد الجانبان اجتماعاً موسعاً. كما "
     "التقى بارزاني رئيسَ المحكمة الاتحادية جاسم محمد عبود، الذي تولى رئاسة المحكمة عام 2021 "
     "خلفاً للقاضي مدحت المحمود، في لقاء وصفه مصدر في الوفد لرووداو بأنه «صريح». وتأتي الزيارة "
     "بعد أسابيع من ضربة صاروخية تبنّاها الحرس الثوري الإيراني على أربيل، قُتل فيها رجل الأعمال "
     "بيشرو دزيي. وأشار بيان لحكومة الإقليم إلى أن بارزاني سيلتقي غداً قادة الإطار التنسيقي، "
     "فيما لم يتأكد بعد عقد لقاء مع زعيم التيار الصدري مقتدى الصدر.",
     [("LEADS", MAS, KRG, "وصل رئيس حكومة"),
      ("VISITED", MAS, BGD, "وصل رئيس حكومة", "2024-02-25"),
      ("MEMBER_OF", "person:awat-sheikh-janab", KRG, "وزير المالية والاقتصاد"),
      ("VISITED", "person:awat-sheikh-janab", BGD, "وزير المالية والاقتصاد", "2024-02-25"),
      ("MET_WITH", SUD, MAS, "بارزانيَ والوفد", "2024-02-25"),
      ("MET_WITH", MAS, "person:jassim-mohammed-aboud", "التقى بارزاني رئيسَ", "2024-02-25"),
      ("LEADS", "person:jassim-mohammed-aboud", "organization:federal-supreme-court", "التقى بارزاني رئيسَ"),
      ("SUCCESSOR_OF", "person:jassim-mohammed-aboud", "person:medhat-al-mahmoud", "خلفاً للقاضي"),
      ("LEADS", "person:medhat-al-mahmoud", "organization:federal-supreme-court", "خلفاً للقاضي"),
      ("ATTACKED", IRGC, "location:erbil", "ضربة صاروخية تبنّاها"),
      ("ASSASSINATED_BY", "person:peshraw-dizayee", IRGC, "قُتل فيها رجل الأعمال", "2024-01-15"),
      ("LEADS", "person:muqtada-al-sadr", "organization:sadrist-movement", "زعيم التيار الصدري"),
      ],
     {"source": "blind set (Rudaw Arabic-style)", "published": "2024-02-25"}),

    ("enAU3_cooper_in_baghdad", "en",
     "BAGHDAD (AP) \u2014 The new head of U.S. Central Command, Adm. Brad Cooper, met Iraqi Prime "
     "Minister Mohammed Shia al-Sudani in Baghdad on Tuesday on his first trip to the country "
     "since taking command in August, Iraqi officials said. Cooper, who succeeded Gen. Michael "
     "Kurilla at the helm of CENTCOM, also held talks with the Iraqi army's chief of staff, Lt. "
     "Gen. Abdul-Amir Rashid Yarallah, on the drawdown of the U.S.-led coalition, which is "
     "due to wind up its mission in federal Iraq by September 2026. He then flew to Erbil and was "
     "received by Kurdistan Region Prime Minister Masrour Barzani, according to Barzani's "
     "office. Cooper had served as Kurilla's deputy before taking over. A meeting with Popular "
     "Mobilization Forces chairman Faleh al-Fayyadh, who is under U.S. sanctions, was not "
     "planned, the officials said, and Iran-backed factions in Parliament called the visit "
     "\u201ca provocation.\u201d",
     [("LEADS", "person:brad-cooper", "organization:us-central-command", "The new head of U.S."),
      ("MET_WITH", "person:brad-cooper", SUD, "met Iraqi Prime", "2025-10-14"),
      ("LEADS", SUD, IRQ, "met Iraqi Prime"),
      ("VISITED", "person:brad-cooper", BGD, "met Iraqi Prime", "2025-10-14"),
      ("VISITED", "person:brad-cooper", IRQ, "first trip to the country", "2025-10-14"),
      ("SUCCESSOR_OF", "person:brad-cooper", "person:michael-kurilla", "who succeeded Gen."),
      ("LEADS", "person:michael-kurilla", "organization:us-central-command", "who succeeded Gen."),
      ("MET_WITH", "person:brad-cooper", "person:abdul-amir-yarallah", "also held talks with", "2025-10-14"),
      ("LEADS", "person:abdul-amir-yarallah", "organization:iraqi-army", "army's chief of staff"),
      ("VISITED", "person:brad-cooper", "location:erbil", "then flew to Erbil", "2025-10-14"),
      ("MET_WITH", "person:brad-cooper", MAS, "received by Kurdistan", "2025-10-14"),
      ("LEADS", MAS, KRG, "received by Kurdistan"),
      ("LEADS", "person:falih-al-fayyadh", PMF, "Mobilization Forces chairman"),
      ],
     {"source": "blind set (AP-style)", "published": "2025-10-14"}),

    ("arAU4_turkish_security_delegation", "ar",
     "بغداد: «الشرق الأوسط»\n"
     "أجرى وفد تركي رفيع يضم وزير الخارجية هاكان فيدان ووزير الدفاع يشار غولر ورئيس جهاز "
     "الاستخبارات إبراهيم كالن، الخميس، مباحثات أمنية في بغداد تركزت على ملف «حزب العمال "
     "الكردستاني». واستقبل رئيس الوزراء محمد شياع السوداني الوفدَ التركي بحضور مستشار الأمن "
     "القومي قاسم الأعرجي، فيما عقد فيدان اجتماعاً مع نظيره العراقي فؤاد حسين، وبحث غولر مع وزير "
     "الدفاع ثابت العباسي وقائد قوات حرس الحدود الفريق محمد عبد الوهاب السعيدي ضبط الشريط "
     "الحدودي. وكان كالن قد تسلّم رئاسة جهاز الاستخبارات التركي خلفاً لفيدان حين عُيّن الأخير "
     "وزيراً للخارجية في يونيو (حزيران) 2023. ومن المقرر أن يتوجه الوفد إلى أربيل للقاء رئيس "
     "حكومة الإقليم مسرور بارزاني، فيما لم يصدر تعليق من الحزب الديمقراطي الكردستاني.",
     [("VISITED", FID, BGD, "مباحثات أمنية في بغداد", "2024-03-14"),
      ("VISITED", GUL, BGD, "مباحثات أمنية في بغداد", "2024-03-14"),
      ("VISITED", KAL, BGD, "مباحثات أمنية في بغداد", "2024-03-14"),
      ("LEADS", KAL, MIT, "ورئيس جهاز"),
      ("MET_WITH", SUD, FID, "الوفدَ التركي", "2024-03-14"),
      ("MET_WITH", SUD, GUL, "الوفدَ التركي", "2024-03-14"),
      ("MET_WITH", SUD, KAL, "الوفدَ التركي", "2024-03-14"),
      ("MET_WITH", FID, "person:fuad-hussein", "عقد فيدان اجتماعاً", "2024-03-14"),
      ("MET_WITH", GUL, "person:thabet-al-abbasi", "وبحث غولر مع", "2024-03-14"),
      ("MET_WITH", GUL, "person:mohammed-abdul-wahab-al-saidi", "وبحث غولر مع", "2024-03-14"),
      ("LEADS", "person:mohammed-abdul-wahab-al-saidi", "organization:iraqi-border-guard", "وقائد قوات حرس"),
      ("SUCCESSOR_OF", KAL, FID, "خلفاً لفيدان"),
      ("LEADS", FID, MIT, "خلفاً لفيدان"),
      ("LEADS", MAS, KRG, "حكومة الإقليم مسرور"),
      ],
     {"source": "blind set (Asharq Al-Awsat-style)", "published": "2024-03-14"}),

    ("enAU5_tsurkov_freed", "en",
     "Iraqi Prime Minister Mohammed Shia Al Sudani said on Tuesday that Elizabeth Tsurkov, the "
     "Israeli-Russian researcher abducted in Baghdad in March 2023, had been freed, ending a "
     "two-and-a-half-year ordeal widely blamed on Kataib Hezbollah. The militia, which is backed "
     "by Iran, has never acknowledged holding her. Mark Savaya, US President Donald Trump's "
     "special envoy to Iraq, thanked Mr Al Sudani, with whom he had held talks in Baghdad a week "
     "earlier, and said Ms Tsurkov was safe at the US embassy. Mr Trump later spoke to Mr Al "
     "Sudani by phone. Kataib Hezbollah was long led by Abu Mahdi Al Muhandis, who was killed "
     "alongside Qassem Suleimani in a US strike at Baghdad airport in January 2020; the group "
     "has since been run by Ahmad Al Hamidawi, its secretary general. Iraqi officials did not "
     "say whether a ransom had been paid.",
     [("LEADS", SUD, IRQ, "Iraqi Prime Minister"),
      ("SUPPORTS", IRN, KH, "which is backed"),
      ("LEADS", T, US, "US President Donald"),
      ("MET_WITH", "person:mark-savaya", SUD, "with whom he had held talks", "2025-09-02"),
      ("VISITED", "person:mark-savaya", BGD, "with whom he had held talks", "2025-09-02"),
      ("LEADS", M, KH, "was long led by"),
      ("ASSASSINATED_BY", M, US, "in a US strike at Baghdad", "2020-01-03"),
      ("ASSASSINATED_BY", S, US, "in a US strike at Baghdad", "2020-01-03"),
      ("LEADS", "person:ahmad-al-hamidawi", KH, "its secretary general"),
      ],
     {"source": "blind set (The National-style)", "published": "2025-09-09"}),

    ("arAU6_bafel_talabani_in_baghdad", "ar",
     "بغداد/ شفق نيوز- وصل رئيس الاتحاد الوطني الكوردستاني بافل جلال طالباني، مساء الاثنين، إلى "
     "العاصمة بغداد على رأس وفد من الحزب، في زيارة تستمر يومين يبحث خلالها ملف تشكيل الحكومة "
     "المقبلة. وقال القيادي في الاتحاد الوطني غياث السورچي لوكالة شفق نيوز إن طالباني التقى فور "
     "وصوله زعيمَ ائتلاف دولة القانون نوري المالكي، ثم اجتمع برئيس تحالف الفتح هادي العامري في "
     "مكتبه بالجادرية، وأضاف أن اللقاء مع رئيس حكومة تصريف الأعمال محمد شياع السوداني «أُرجئ "
     "لأسباب فنية». وبحسب السورچي، يسعى الاتحاد إلى الاحتفاظ بمنصب رئيس الجمهورية، الذي يشغله "
     "عبد اللطيف جمال رشيد منذ أن تولى المنصب عام 2022 بعد برهم صالح، فيما يطالب الحزب "
     "الديمقراطي الكوردستاني بالمنصب لمرشحه. وكان طالباني قد بحث الملف هاتفياً مع زعيم الحزب "
     "الديمقراطي مسعود بارزاني قبل الزيارة.",
     [("LEADS", "person:bafel-talabani", "organization:patriotic-union-of-kurdistan", "وصل رئيس الاتحاد"),
      ("VISITED", "person:bafel-talabani", BGD, "وصل رئيس الاتحاد", "2025-12-01"),
      ("MEMBER_OF", "person:ghiyath-al-surchi", "organization:patriotic-union-of-kurdistan", "القيادي في الاتحاد"),
      ("REPORTED_BY", "person:ghiyath-al-surchi", "outlet:shafaq-news", "لوكالة شفق نيوز"),
      ("MET_WITH", "person:bafel-talabani", "person:nouri-al-maliki", "التقى فور", "2025-12-01"),
      ("LEADS", "person:nouri-al-maliki", "organization:state-of-law-coalition", "زعيمَ ائتلاف"),
      ("MET_WITH", "person:bafel-talabani", "person:hadi-al-amiri", "ثم اجتمع برئيس", "2025-12-01"),
      ("LEADS", "person:hadi-al-amiri", "organization:fatah-alliance", "ثم اجتمع برئيس"),
      ("SUCCESSOR_OF", RASH, BAR, "تولى المنصب عام 2022"),
      ("LEADS", "person:masoud-barzani", "organization:kurdistan-democratic-party", "زعيم الحزب"),
      ],
     {"source": "blind set (Shafaq News-style)", "published": "2025-12-01"}),
]

if __name__ == "__main__":
    build(HERE, E, ARTICLES, set_name="setAU")
    for a in ARTICLES:
        print(a[0], len(a[2]))
