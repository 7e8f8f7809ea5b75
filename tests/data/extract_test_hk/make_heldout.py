"""Blind set HK: Iraq's Kurdistan Region, Turkey and Syria 2023-2025 as a Kurdish regional news
site would run it (Rudaw / Kurdistan24-like: long titles, datelines, spokesmen quoted at length):
Nechirvan Barzani with Erdogan, Fidan and al-Shaibani in Antalya, 2025 (English); a drone strike
in Sulaymaniyah province claimed by MIT, the unclaimed Arbat strike, al-Araji with Bafel Talabani,
2023 (Arabic); Mazlum Abdi with the Barzanis in Erbil, Jan 2025 (English); the DEM Party's Imrali
delegation with the Barzanis and the party's co-chair succession (Arabic); Nechervan Barzani with
Pezeshkian in Tehran and the IRGC strike that killed Peshraw Dizayi (English); the arrest of Lahur
Sheikh Jangi and the PUK's successions since 2017 (Arabic).
Style: regional news site, long titles, spokesmen quoted; excluded on purpose: phone calls, a
meeting "not on the agenda", an unclaimed drone strike, a denied meeting with MIT, a Turkish
denial, a message from Ocalan, a planned visit to Sulaymaniyah, a helicopter crash with no agent,
an unconfirmed audience with Khamenei, deaths in clashes with no named agent, a denied accusation.
Spellings: Erdoğan, Mazlum Abdi, Nechervan Barzani, Peshraw Dizayi, طالبانى, بارزانى, سرّي ثريّا
أوندر, لاهور شيخ جنكى.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_hm import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAN, IRAQ, TURKEY, SYRIA = "country:iran", "country:iraq", "country:turkey", "country:syria"
KRG, KRP, KDP, PUK = ("organization:kurdistan-regional-government", "organization:kurdistan-region-presidency",
                      "organization:kurdistan-democratic-party", "organization:patriotic-union-of-kurdistan")
PKK, SDF, MIT, DEM = ("organization:pkk", "organization:syrian-democratic-forces",
                      "organization:turkish-national-intelligence-organization", "organization:dem-party")
IRGC, IQG, NSA, TFM, SFM, IRFM = ("organization:irgc", "organization:iraqi-government",
                                  "organization:iraqi-national-security-advisory", "organization:turkish-foreign-ministry",
                                  "organization:syrian-foreign-ministry", "organization:iranian-foreign-ministry")
ENKS, DFR, GNAT = ("organization:kurdish-national-council", "organization:krg-department-of-foreign-relations",
                   "organization:grand-national-assembly-of-turkey")
ERBIL, SULAY, TEHRAN, DAMASCUS, ANTALYA, PIRMAM, IMRALI, CHWARTA = (
    "location:erbil", "location:sulaymaniyah", "location:tehran", "location:damascus", "location:antalya",
    "location:pirmam", "location:imrali", "location:chwarta")
NECH, MASROUR, MASOUD, BAFEL, LAHUR, JALAL, KOSRAT = (
    "person:nechirvan-barzani", "person:masrour-barzani", "person:masoud-barzani", "person:bafel-talabani",
    "person:lahur-sheikh-jangi", "person:jalal-talabani", "person:kosrat-rasul-ali")
ERD, FIDAN, SHAIBANI, ABDI, SHARAA, SUD, ARAJI = (
    "person:recep-tayyip-erdogan", "person:hakan-fidan", "person:asaad-al-shaibani", "person:mazloum-abdi",
    "person:ahmed-al-sharaa", "person:mohammed-shia-al-sudani", "person:qassim-al-araji")
SHAHAB, PIRA, MAHMOUD, SHAMI, ISMAIL, HOZAN = (
    "person:dilshad-shahab", "person:saadi-ahmed-pira", "person:mahmoud-mohammed", "person:farhad-shami",
    "person:mohammed-ismail", "person:hozan-amed")
BULDAN, ONDER, OCALAN, BAKIRHAN, HATIM, SANCAR = (
    "person:pervin-buldan", "person:sirri-sureyya-onder", "person:abdullah-ocalan", "person:tuncer-bakirhan",
    "person:tulay-hatimogullari", "person:mithat-sancar")
PEZ, RAISI, SAFEEN, BKANI, PESHRAW, KHAM = (
    "person:masoud-pezeshkian", "person:ebrahim-raisi", "person:safeen-dizayee", "person:ali-bagheri-kani",
    "person:peshraw-dizayee", "person:ali-khamenei")
HARSIN, MIRANI = "person:ari-harsin", "person:fazil-mirani"

ARTICLES = [
    ("enHK1_nechirvan_erdogan_antalya", "en",
     "Kurdistan Region President Nechirvan Barzani meets Turkish President Erdoğan on sidelines of Antalya "
     "Diplomacy Forum, discusses peace process and Syria\n"
     "ANTALYA, Türkiye - Kurdistan Region President Nechirvan Barzani met on Saturday with Turkish President "
     "Recep Tayyip Erdoğan on the sidelines of the Antalya Diplomacy Forum, where the two leaders discussed the "
     "peace process between Ankara and the PKK and the situation in Syria, the Kurdistan Region Presidency said.\n"
     "The spokesperson of the Kurdistan Region Presidency, Dilshad Shahab, told Kurdistan24 that President "
     "Barzani \"reaffirmed the Kurdistan Region's full support for the peace process\" and that Erdoğan thanked "
     "Erbil for its role.\n"
     "Barzani also held a separate meeting with Turkish Foreign Minister Hakan Fidan, and later sat down with "
     "Syria's foreign minister, Asaad al-Shaibani, the first such meeting between the Region's president and a "
     "minister of the new government in Damascus.\n"
     "Shahab said a meeting between President Barzani and Mazlum Abdi, the commander of the Syrian Democratic "
     "Forces, was \"not on the agenda\" in Antalya, although the two men had spoken by phone on Thursday.\n"
     "Before leaving for Türkiye, Barzani had also received a phone call from Iraqi Prime Minister Mohammed "
     "Shia al-Sudani, who was briefed on the visit.",
     [("LEADS", NECH, KRP, "Kurdistan Region President Nechirvan Barzani met on"),
      ("MET_WITH", NECH, ERD, "met on Saturday with Turkish President", "2025-04-12"),
      ("LEADS", ERD, TURKEY, "Turkish President Recep Tayyip"),
      ("VISITED", NECH, ANTALYA, "on the sidelines of the Antalya Diplomacy Forum, where", "2025-04-12"),
      ("MEMBER_OF", SHAHAB, KRP, "The spokesperson of the Kurdistan Region Presidency, Dilshad"),
      ("REPORTED_BY", SHAHAB, "outlet:kurdistan24", "told Kurdistan24"),
      ("MET_WITH", NECH, FIDAN, "a separate meeting with Turkish Foreign Minister", "2025-04-12"),
      ("LEADS", FIDAN, TFM, "Turkish Foreign Minister Hakan Fidan"),
      ("MET_WITH", NECH, SHAIBANI, "later sat down with", "2025-04-12"),
      ("LEADS", SHAIBANI, SFM, "Syria's foreign minister, Asaad"),
      ("LEADS", ABDI, SDF, "the commander of the Syrian Democratic"),
      ("LEADS", SUD, IQG, "Iraqi Prime Minister Mohammed"),
      ],
     {"source": "blind set (Kurdish regional news site, English)", "published": "2025-04-12"}),

    ("arHK2_sulaymaniyah_drone_mit_araji", "ar",
     "الاستخبارات التركية تعلن «تحييد» قيادي في العمال الكردستاني بمسيّرة قرب السليمانية.. والاتحاد الوطني: "
     "«انتهاك صارخ للسيادة»\n"
     "السليمانية – أعلنت وكالة الأناضول التركية، نقلاً عن مصادر أمنية، أن جهاز الاستخبارات التركي «حيّد» "
     "القيادي في حزب العمال الكردستاني المدعو هوزان آمد، واسمه الحقيقي محمد كايا، بغارة مسيّرة استهدفت "
     "سيارته مساء الأحد في قضاء جوارتا التابع لمحافظة السليمانية.\n"
     "وكانت طائرة مسيّرة مجهولة قد قصفت في 18 أيلول مطار عربت الزراعي جنوب شرقي المدينة، ما أسفر عن مقتل "
     "ثلاثة من منتسبي مجموعة مكافحة الإرهاب، من دون أن تعلن أي جهة مسؤوليتها.\n"
     "وقال المتحدث باسم المكتب السياسي للاتحاد الوطني الكردستاني سعدي أحمد بيره لـ«روداو» إن «هذه الاعتداءات "
     "انتهاك صارخ لسيادة العراق»، متهماً أنقرة بالسعي إلى زعزعة الاستقرار في السليمانية.\n"
     "وفي السياق، استقبل رئيس الاتحاد الوطني بافل جلال طالبانى، اليوم الإثنين، مستشار الأمن القومي العراقي "
     "قاسم الأعرجي في السليمانية، وبحث الجانبان تداعيات القصف وملف الحدود، بحسب بيان للاتحاد.\n"
     "وكان الأعرجي قد أجرى اتصالاً هاتفياً بوزير الخارجية التركي هاكان فيدان، فيما نفت أنقرة أن تكون قد "
     "استهدفت منشآت مدنية.",
     [("REPORTED_BY", HOZAN, "outlet:anadolu-agency", "أعلنت وكالة الأناضول التركية"),
      ("ASSASSINATED_BY", HOZAN, MIT, "أن جهاز الاستخبارات التركي «حيّد»", "2023-10-01"),
      ("MEMBER_OF", HOZAN, PKK, "القيادي في حزب العمال الكردستاني المدعو"),
      ("LOCATED_IN", CHWARTA, SULAY, "قضاء جوارتا التابع لمحافظة السليمانية"),
      ("MEMBER_OF", PIRA, PUK, "المتحدث باسم المكتب السياسي للاتحاد الوطني"),
      ("REPORTED_BY", PIRA, "outlet:rudaw", "لـ«روداو»"),
      ("LEADS", BAFEL, PUK, "رئيس الاتحاد الوطني بافل"),
      ("MET_WITH", BAFEL, ARAJI, "استقبل رئيس الاتحاد الوطني", "2023-10-02"),
      ("LEADS", ARAJI, NSA, "مستشار الأمن القومي العراقي قاسم"),
      ("VISITED", ARAJI, SULAY, "قاسم الأعرجي في السليمانية", "2023-10-02"),
      ("LEADS", FIDAN, TFM, "بوزير الخارجية التركي هاكان"),
      ],
     {"source": "blind set (Kurdish regional news site, Arabic)", "published": "2023-10-02"}),

    ("enHK3_abdi_barzani_erbil", "en",
     "SDF commander Mazlum Abdi meets KDP President Masoud Barzani in Erbil in first public visit, talks focus "
     "on Kurdish unity in Syria after Assad's fall\n"
     "ERBIL, Kurdistan Region - The commander-in-chief of the Syrian Democratic Forces (SDF), Mazlum Abdi, was "
     "received on Thursday by Kurdistan Democratic Party (KDP) President Masoud Barzani in Erbil, in the first "
     "publicly announced meeting between the two men.\n"
     "Abdi also met Kurdistan Region Prime Minister Masrour Barzani, KDP spokesperson Mahmoud Mohammed told "
     "Rudaw, adding that the talks stressed \"the need for unity among the Kurdish parties in Syria\".\n"
     "The visit came two weeks after Abdi held talks in Damascus with Syria's new leader, Ahmed al-Sharaa, a "
     "meeting first reported by Syria TV and later confirmed by an SDF official.\n"
     "Turkish media claimed that Abdi had also met an officer of the Turkish intelligence service in Erbil, a "
     "report denied by the head of the SDF's media centre, Farhad Shami.\n"
     "Meanwhile, the president of the Kurdish National Council (ENKS), Mohammed Ismail, said his bloc was "
     "\"ready for a serious dialogue\" with the SDF.",
     [("LEADS", ABDI, SDF, "The commander-in-chief of the Syrian Democratic Forces"),
      ("MET_WITH", ABDI, MASOUD, "received on Thursday by Kurdistan Democratic Party", "2025-01-16"),
      ("LEADS", MASOUD, KDP, "Kurdistan Democratic Party (KDP) President Masoud"),
      ("VISITED", ABDI, ERBIL, "Masoud Barzani in Erbil, in the first", "2025-01-16"),
      ("MET_WITH", ABDI, MASROUR, "Abdi also met Kurdistan Region Prime Minister", "2025-01-16"),
      ("LEADS", MASROUR, KRG, "Kurdistan Region Prime Minister Masrour"),
      ("MEMBER_OF", MAHMOUD, KDP, "KDP spokesperson Mahmoud"),
      ("REPORTED_BY", MAHMOUD, "outlet:rudaw", "Mahmoud Mohammed told"),
      ("MET_WITH", ABDI, SHARAA, "Abdi held talks in Damascus with", "2024-12-30"),
      ("VISITED", ABDI, DAMASCUS, "Abdi held talks in Damascus with", "2024-12-30"),
      ("LEADS", SHARAA, SYRIA, "Syria's new leader, Ahmed"),
      ("REPORTED_BY", ABDI, "outlet:syria-tv", "first reported by Syria TV"),
      ("MEMBER_OF", SHAMI, SDF, "the head of the SDF's media centre"),
      ("LEADS", ISMAIL, ENKS, "the president of the Kurdish National Council"),
      ],
     {"source": "blind set (Kurdish regional news site, English)", "published": "2025-01-16"}),

    ("arHK4_imrali_delegation_barzanis", "ar",
     "«وفد إيمرالي» يلتقي نيجيرفان بارزانى والرئيس مسعود بارزانى في أربيل.. وأوندر: «نقلنا رسالة من أوجلان»\n"
     "أربيل – استقبل رئيس إقليم كوردستان نيجيرفان بارزانى، الأحد، وفد حزب المساواة الشعبية والديمقراطية "
     "(DEM) المعروف بـ«وفد إيمرالي»، والذي ضمّ النائبة بروين بولدان ونائب رئيس البرلمان التركي سرّي ثريّا "
     "أوندر، بعد أيام من زيارة الوفد لزعيم حزب العمال الكردستاني عبد الله أوجلان في سجنه بجزيرة إيمرالي.\n"
     "وفي وقت لاحق، التقى الوفد الزعيم الكردي مسعود بارزانى في مقره ببيرمام، حيث أكد دعمه «لأي مسعى "
     "يُنهي العنف»، بحسب بيان لمكتبه.\n"
     "وقال أوندر للصحفيين إن الوفد نقل إلى القيادة الكردية «رسالة» من أوجلان، من دون الكشف عن مضمونها.\n"
     "ويقود الحزب منذ تشرين الأول 2023 رئيسان مشتركان، إذ انتُخب تونجر باكيرهان خلفاً لمدحت سنجار، "
     "وتولاي حاتم أوغولاري خلفاً لبولدان.\n"
     "ومن المقرر أن يتوجه الوفد الإثنين إلى السليمانية للقاء رئيس الاتحاد الوطني الكردستاني بافل طالبانى.",
     [("LEADS", NECH, KRP, "رئيس إقليم كوردستان نيجيرفان"),
      ("MET_WITH", NECH, BULDAN, "استقبل رئيس إقليم كوردستان", "2025-02-16"),
      ("MET_WITH", NECH, ONDER, "استقبل رئيس إقليم كوردستان", "2025-02-16"),
      ("MET_WITH", NECH, DEM, "وفد حزب المساواة الشعبية", "2025-02-16"),
      ("MET_WITH", BULDAN, ONDER, "والذي ضمّ النائبة بروين", "2025-02-16"),
      ("MEMBER_OF", BULDAN, DEM, "والذي ضمّ النائبة بروين"),
      ("MEMBER_OF", ONDER, DEM, "ونائب رئيس البرلمان التركي سرّي"),
      ("MEMBER_OF", ONDER, GNAT, "نائب رئيس البرلمان التركي"),
      ("MET_WITH", BULDAN, OCALAN, "زيارة الوفد لزعيم حزب"),
      ("MET_WITH", ONDER, OCALAN, "لزعيم حزب العمال الكردستاني عبد الله"),
      ("LEADS", OCALAN, PKK, "لزعيم حزب العمال الكردستاني"),
      ("VISITED", BULDAN, IMRALI, "في سجنه بجزيرة إيمرالي"),
      ("VISITED", ONDER, IMRALI, "بجزيرة إيمرالي"),
      ("MET_WITH", MASOUD, BULDAN, "التقى الوفد الزعيم الكردي", "2025-02-16"),
      ("MET_WITH", MASOUD, ONDER, "الزعيم الكردي مسعود", "2025-02-16"),
      ("MET_WITH", MASOUD, DEM, "وفي وقت لاحق، التقى الوفد", "2025-02-16"),
      ("VISITED", BULDAN, PIRMAM, "في مقره ببيرمام", "2025-02-16"),
      ("VISITED", ONDER, PIRMAM, "ببيرمام", "2025-02-16"),
      ("LEADS", BAKIRHAN, DEM, "ويقود الحزب منذ تشرين الأول 2023"),
      ("LEADS", HATIM, DEM, "وتولاي حاتم أوغولاري"),
      ("SUCCESSOR_OF", BAKIRHAN, SANCAR, "تونجر باكيرهان خلفاً لمدحت", "2023-10"),
      ("SUCCESSOR_OF", HATIM, BULDAN, "حاتم أوغولاري خلفاً لبولدان", "2023-10"),
      ("LEADS", BAFEL, PUK, "رئيس الاتحاد الوطني الكردستاني بافل"),
      ],
     {"source": "blind set (Kurdish regional news site, Arabic)", "published": "2025-02-16"}),

    ("enHK5_nechervan_pezeshkian_tehran", "en",
     "Kurdistan Region President Nechervan Barzani meets Iran's new President Pezeshkian in Tehran, discusses "
     "border security months after deadly missile attack on Erbil\n"
     "TEHRAN - Kurdistan Region President Nechervan Barzani met on Tuesday with Iranian President Masoud "
     "Pezeshkian in Tehran, hours after attending his swearing-in ceremony, the Kurdistan Region Presidency said.\n"
     "Pezeshkian, who succeeded the late Ebrahim Raisi after Raisi died in a helicopter crash in May, said "
     "Iran wanted \"the best of relations\" with the Kurdistan Region, according to the statement.\n"
     "Barzani was accompanied by the head of the KRG's Department of Foreign Relations, Safeen Dizayee, who "
     "also held talks with Iran's acting foreign minister, Ali Bagheri Kani.\n"
     "The visit came six months after an Iranian ballistic missile strike on Erbil killed Kurdish businessman "
     "Peshraw Dizayi and members of his family on January 15; the Revolutionary Guards claimed the attack, "
     "saying they had hit an Israeli \"spy headquarters\", a claim Erbil rejected.\n"
     "A meeting with Supreme Leader Ali Khamenei, reported by some Iranian outlets, was not confirmed by the "
     "Presidency.",
     [("LEADS", NECH, KRP, "Kurdistan Region President Nechervan Barzani met"),
      ("MET_WITH", NECH, PEZ, "met on Tuesday with Iranian President", "2024-07-30"),
      ("LEADS", PEZ, IRAN, "Iranian President Masoud"),
      ("VISITED", NECH, TEHRAN, "Pezeshkian in Tehran, hours after", "2024-07-30"),
      ("SUCCESSOR_OF", PEZ, RAISI, "who succeeded the late Ebrahim Raisi", "2024-07"),
      ("LEADS", SAFEEN, DFR, "the head of the KRG's Department of Foreign Relations"),
      ("PART_OF", DFR, KRG, "the KRG's Department of Foreign Relations"),
      ("MET_WITH", SAFEEN, BKANI, "also held talks with Iran's acting", "2024-07-30"),
      ("LEADS", BKANI, IRFM, "Iran's acting foreign minister, Ali"),
      ("ATTACKED", IRAN, ERBIL, "an Iranian ballistic missile strike on Erbil", "2024-01-15"),
      ("ASSASSINATED_BY", PESHRAW, IRAN, "an Iranian ballistic missile strike on Erbil killed", "2024-01-15"),
      ("ASSASSINATED_BY", PESHRAW, IRGC, "the Revolutionary Guards claimed the attack", "2024-01-15"),
      ("ATTACKED", IRGC, ERBIL, "the Revolutionary Guards claimed the attack", "2024-01-15"),
      ("LEADS", KHAM, IRAN, "Supreme Leader Ali Khamenei"),
      ],
     {"source": "blind set (Kurdish regional news site, English)", "published": "2024-07-30"}),

    ("arHK6_lahur_arrest_puk_succession", "ar",
     "قوات الأمن تعتقل لاهور شيخ جنكى بعد اشتباكات عنيفة في السليمانية.. والاتحاد الوطني: «القانون فوق "
     "الجميع»\n"
     "السليمانية – اعتقلت قوات الأمن في السليمانية فجر الجمعة الرئيس المشترك السابق للاتحاد الوطني "
     "الكردستاني لاهور شيخ جنكى، بعد اشتباكات استمرت ساعات حول فندق «لاله زار» حيث كان يتحصن مع أنصاره، "
     "وأسفرت عن مقتل ثلاثة من عناصر الأمن.\n"
     "وقال عضو المجلس القيادي في الاتحاد الوطني آري هرسين إن الاعتقال جرى «بمذكرة قضائية» بتهمة التآمر، "
     "فيما نفى مكتب شيخ جنكى الاتهامات ووصف الاعتقال بأنه «تصفية حسابات سياسية».\n"
     "وكان شيخ جنكى وابن عمه بافل طالبانى قد انتُخبا رئيسين مشتركين للحزب مطلع 2020، خلفاً لكوسرت رسول علي، "
     "الذي أدار الحزب بالوكالة خلفاً لمؤسسه جلال طالبانى بعد رحيله عام 2017.\n"
     "وفي تموز 2021 أبعد بافل شريكه عن الرئاسة ليغدو رئيساً منفرداً للحزب.\n"
     "ومساء الجمعة استقبل بافل طالبانى وفداً من الحزب الديمقراطي الكردستاني برئاسة سكرتير مكتبه السياسي "
     "فاضل ميراني، وبحث الطرفان «التهدئة في السليمانية».",
     [("MEMBER_OF", LAHUR, PUK, "الرئيس المشترك السابق للاتحاد الوطني"),
      ("MEMBER_OF", HARSIN, PUK, "عضو المجلس القيادي في الاتحاد الوطني آري"),
      ("LEADS", LAHUR, PUK, "انتُخبا رئيسين مشتركين للحزب"),
      ("LEADS", BAFEL, PUK, "وابن عمه بافل طالبانى"),
      ("SUCCESSOR_OF", LAHUR, KOSRAT, "خلفاً لكوسرت رسول علي", "2020-01"),
      ("SUCCESSOR_OF", BAFEL, KOSRAT, "مطلع 2020، خلفاً لكوسرت", "2020-01"),
      ("SUCCESSOR_OF", KOSRAT, JALAL, "أدار الحزب بالوكالة خلفاً لمؤسسه", "2017-10"),
      ("LEADS", JALAL, PUK, "لمؤسسه جلال طالبانى"),
      ("MET_WITH", BAFEL, MIRANI, "ومساء الجمعة استقبل بافل", "2025-08-22"),
      ("MET_WITH", BAFEL, KDP, "وفداً من الحزب الديمقراطي الكردستاني", "2025-08-22"),
      ("MEMBER_OF", MIRANI, KDP, "سكرتير مكتبه السياسي"),
      ],
     {"source": "blind set (Kurdish regional news site, Arabic)", "published": "2025-08-22"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setHK")
