"""Blind set LV: Syria, Yemen and the Gulf, 2023-2025 (the Arab and Gulf ministers received by al-Sharaa
after Assad's fall, the Houthi prime minister and chief of staff killed by Israeli strikes and who took
their places, Yemen's recognised presidency and governments, Omani and Saudi mediation, Assad at the
Jeddah summit), as a Syrian opposition TV site writes it in Arabic (Syria TV-like: "دمشق - تلفزيون
سوريا", "كانون الأول"), as the Houthis' state agency writes it in English (Saba-like: "SANAA, Aug. 30
(Saba) -", "the Israeli enemy", "martyrdom"), as an Aden daily writes it (Aden al-Ghad-like: "الرياض -
«عدن الغد» - خاص"), as a newsletter-site writes it in English (Semafor-like: "THE NEWS", "KNOW MORE"
headings), as a Houthi-run Sanaa daily writes it (al-Thawra-like: "صنعاء - الثورة نت", "العدو
الصهيوني", "ارتقى شهيداً") and as an international TV site writes it in English (France 24-like).
Pieces: al-Sharaa receives Faisal bin Farhan with al-Shaibani, bin Farhan meets al-Bashir, al-Bashir
after al-Jalali, Safadi met al-Sharaa, al-Khulaifi arrives in Damascus, al-Sharaa receives al-Yahya and
Albudaiwi (Arabic, Syria TV); al-Rahawi killed by the Israeli strike, Miftah in his place, al-Rahawi
after bin Habtoor, al-Mashat receives Miftah and the speaker al-Raee (English, Saba); al-Alimi receives
Grundberg with Bawazeer, Grundberg's Muscat meetings with Abdulsalam, bin Breik after bin Mubarak, bin
Mubarak after Abdulmalik, bin Breik meets Al Jaber (Arabic, Aden daily); Oman's US-Houthi truce,
Albusaidi's meetings with Abdulsalam in Muscat, Khalid bin Salman in Tehran with Khamenei, Pezeshkian
and Bagheri, and his 2023 reception of Abdulsalam in Riyadh (English, newsletter); al-Ghamari killed by
Israel's raids, al-Madani after him, al-Mashat receives al-Madani, al-Rahawi killed by an Israeli strike
(Arabic, Sanaa daily); Assad greeted by Mohammed bin Salman in Jeddah and their talks, Zelensky meets the
crown prince, bin Farhan received by Assad in Damascus, Mekdad's talks with bin Farhan in Jeddah
(English, TV site).
Excluded on purpose (no relation): al-Shaibani's phone call with Abdelatty and the Egyptian visit
"postponed" (LV1); the denied killing of al-Ghamari ("baseless") and Abdul-Malik al-Houthi's condolences
(LV2); al-Zubaidi's phone call with the coalition commander (LV3); "U.S. and Houthi officials never
met", Trump's announcement (LV4); the claimed killing of al-Atifi that Houthi sources denied (LV5); Tamim,
who "left before Assad spoke, and the two did not hold talks", and Zelensky, who "did not meet" Assad
(LV6).
Judgement calls: a minister received "in the presence of" the foreign minister pairs all three (LV1, LV3);
"the first Arab foreign minister to meet al-Sharaa" is a meeting of Safadi and al-Sharaa (LV1); a
minister who "arrived in Damascus" is VISITED without a meeting (LV1); "targeted by the Israeli enemy"
and "died of his wounds from the raids of the Zionist enemy" give the victim -> Israel (LV2, LV5);
"would carry out the duties of the prime minister in his place" is a succession (LV2); "the President
received ... Miftah and ... al-Raee" pairs the three; the envoy "briefed ... on his meetings in Muscat
with" Abdulsalam gives that meeting (LV3); "the two men met several times" (LV4); a crown prince who
"greeted him with a handshake" and "the two men later held talks" is a meeting (LV6).
Filled in for the exercise: the attendance of Bawazeer, the day of the Grundberg meeting, bin Breik's
meeting with Al Jaber, al-Zubaidi's call (LV3); Albusaidi's meetings with Abdulsalam "in recent weeks"
(LV4); al-Mashat's reception of al-Madani (LV5); al-Mashat's reception of Miftah and al-Raee (LV2).
Spellings: "أسعد حسن الشيباني", "عبدالله اليحيا", "محمد بن عبد العزيز الخليفي" (LV1); "Mahdi al-Mashshat",
"Ahmed Ghalib Nasser al-Rahwi", "Abdulaziz bin Habtoor", "Abdulmalik Badruldeen al-Houthi" (LV2); "هانز
جروندبرج", "سالم صالح بن بريك", "محمد بن سعيد آل جابر" (LV3); "Badr al-Busaidi", "Mohammed Abdul-Salam",
"Prince Khalid", "Masoud Pezeshkian" (LV4); "محمد عبدالكريم الغماري", "يوسف حسن المداني", "عبدالملك
بدرالدين الحوثي" (LV5); "Mohammad bin Salman", "Faisal Mekdad", "the Syrian leader" (LV6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_lw import ALL  # noqa: E402

HERE = Path(__file__).parent

SYRIA, YEMEN, SAUDI, OMAN, QATAR, ISRAEL, IRAN, UKRAINE, USA = (
    "country:syria", "country:yemen", "country:saudi-arabia", "country:oman", "country:qatar",
    "country:israel", "country:iran", "country:ukraine", "country:united-states")
DAMASCUS, RIYADH, MUSCAT, SANAA, JEDDAH, TEHRAN = (
    "location:damascus", "location:riyadh", "location:muscat", "location:sanaa", "location:jeddah",
    "location:tehran")
HOUTHIS, SPC, PLC, YGOV, SYRFM, SAUFM, JORFM, OMFM, GCC, UN = (
    "organization:houthis", "organization:houthi-supreme-political-council",
    "organization:presidential-leadership-council", "organization:yemeni-government",
    "organization:syrian-foreign-ministry", "organization:saudi-foreign-ministry",
    "organization:jordanian-foreign-ministry", "organization:omani-foreign-ministry", "organization:gcc",
    "organization:united-nations")
SHARAA, ASSAD, SHAIBANI, BASHIR, JALALI, MEKDAD = (
    "person:ahmed-al-sharaa", "person:bashar-al-assad", "person:asaad-al-shaibani", "person:mohammed-al-bashir",
    "person:mohammad-ghazi-al-jalali", "person:faisal-mekdad")
MBS, KBS, BINFARHAN, ALJABER, BUSAIDI, TAMIM, KHULAIFI, YAHYA, BUDAIWI, SAFADI = (
    "person:mohammed-bin-salman", "person:khalid-bin-salman", "person:faisal-bin-farhan",
    "person:mohammed-al-jaber", "person:badr-albusaidi", "person:tamim-bin-hamad-al-thani",
    "person:mohammed-al-khulaifi", "person:abdullah-al-yahya", "person:jasem-albudaiwi", "person:ayman-safadi")
KHAMENEI, PEZESHKIAN, BAGHERI, ZELENSKY, TRUMP, GRUNDBERG = (
    "person:ali-khamenei", "person:masoud-pezeshkian", "person:mohammad-bagheri", "person:volodymyr-zelensky",
    "person:donald-trump", "person:hans-grundberg")
MASHAT, RAHAWI, MIFTAH, HABTOOR, GHAMARI, MADANI, ABDULSALAM, RAEE = (
    "person:mahdi-al-mashat", "person:ahmed-al-rahawi", "person:mohammed-miftah", "person:abdulaziz-bin-habtoor",
    "person:mohammed-al-ghamari", "person:yousef-al-madani", "person:mohammed-abdulsalam", "person:yahya-al-raee")
ALIMI, BAWAZEER, BREIK, BINMUBARAK, ABDULMALIK = (
    "person:rashad-al-alimi", "person:abdullah-al-alimi-bawazeer", "person:salem-bin-breik",
    "person:ahmed-awad-bin-mubarak", "person:maeen-abdulmalik")


_BINFARHAN = {SHARAA: "استقبل قائد الإدارة السورية الجديدة أحمد الشرع",
              BINFARHAN: "وزير الخارجية السعودي الأمير فيصل بن فرحان",
              SHAIBANI: "بحضور وزير الخارجية في حكومة تصريف الأعمال"}
_KUWAIT = {SHARAA: "استقبل الشرع وزير الخارجية الكويتي", YAHYA: "استقبل الشرع وزير الخارجية الكويتي",
           BUDAIWI: "والأمين العام لمجلس التعاون الخليجي جاسم البديوي"}
_MASHAT = {MASHAT: "the President received at the Republican Palace", MIFTAH: "the acting premier, Miftah",
           RAEE: "Speaker of the House of Representatives Yahya Ali al-Ra'i"}
_GRUNDBERG = {ALIMI: "استقبل رئيس مجلس القيادة الرئاسي الدكتور رشاد محمد العليمي",
              GRUNDBERG: "المبعوث الخاص للأمين العام للأمم المتحدة إلى اليمن هانز جروندبرج",
              BAWAZEER: "بحضور عضو المجلس عبدالله العليمي باوزير"}
_TEHRAN = {KBS: "Prince Khalid met Supreme Leader Ali Khamenei",
           KHAMENEI: "Prince Khalid met Supreme Leader Ali Khamenei",
           PEZESHKIAN: "President Masoud Pezeshkian and armed forces",
           BAGHERI: "armed forces chief of staff Mohammad Bagheri"}

ARTICLES = [
    ("arLV1_bin_farhan_damascus", "ar",
     "الشرع يستقبل وزير الخارجية السعودي في أول زيارة لمسؤول سعودي رفيع منذ سقوط الأسد\n"
     "دمشق - تلفزيون سوريا\n"
     "استقبل قائد الإدارة السورية الجديدة أحمد الشرع، اليوم الجمعة في قصر الشعب بدمشق، وزير الخارجية "
     "السعودي الأمير فيصل بن فرحان آل سعود، بحضور وزير الخارجية في حكومة تصريف الأعمال أسعد حسن "
     "الشيباني.\n"
     "وبحث الجانبان، بحسب مصادر مطلعة، رفع العقوبات المفروضة على سوريا ودعم المرحلة الانتقالية.\n"
     "كما التقى الوزير السعودي رئيسَ حكومة تصريف الأعمال محمد البشير، الذي كُلّف بتشكيل الحكومة في العاشر "
     "من كانون الأول الماضي خلفاً لمحمد غازي الجلالي، آخر رئيس وزراء في عهد بشار الأسد.\n"
     "وتأتي الزيارة بعد نحو شهر من زيارة وزير الخارجية الأردني أيمن الصفدي، الذي كان أول وزير خارجية "
     "عربي يلتقي الشرع، فيما وصل إلى دمشق في اليوم نفسه وزير الدولة القطري محمد بن عبد العزيز الخليفي.\n"
     "وفي 30 كانون الأول، استقبل الشرع وزير الخارجية الكويتي عبدالله اليحيا والأمين العام لمجلس التعاون "
     "الخليجي جاسم البديوي.\n"
     "وكان الشيباني قد تلقى اتصالاً هاتفياً من نظيره المصري بدر عبد العاطي، في حين أُرجئت زيارة كانت "
     "مقررة لوفد مصري إلى العاصمة السورية.",
     met_group(_BINFARHAN, "2025-01-24") + [
      ("VISITED", BINFARHAN, DAMASCUS, "في قصر الشعب بدمشق", "2025-01-24"),
      ("LEADS", BINFARHAN, SAUFM, "وزير الخارجية السعودي الأمير فيصل بن فرحان"),
      ("LEADS", SHAIBANI, SYRFM, "بحضور وزير الخارجية في حكومة تصريف الأعمال"),
      ("MET_WITH", BINFARHAN, BASHIR, "كما التقى الوزير السعودي رئيسَ حكومة تصريف الأعمال", "2025-01-24"),
      ("SUCCESSOR_OF", BASHIR, JALALI, "خلفاً لمحمد غازي الجلالي", "2024-12-10"),
      ("MET_WITH", SAFADI, SHARAA, "الذي كان أول وزير خارجية عربي يلتقي الشرع", "2024-12-23"),
      ("VISITED", SAFADI, DAMASCUS, "من زيارة وزير الخارجية الأردني أيمن الصفدي", "2024-12-23"),
      ("LEADS", SAFADI, JORFM, "من زيارة وزير الخارجية الأردني أيمن الصفدي"),
      ("VISITED", KHULAIFI, DAMASCUS, "فيما وصل إلى دمشق في اليوم نفسه", "2024-12-23"),
      ("LEADS", BUDAIWI, GCC, "والأمين العام لمجلس التعاون الخليجي جاسم البديوي"),
      ] + met_group(_KUWAIT, "2024-12-30"),
     {"source": "blind set (Syrian opposition TV site, Syria TV-like)", "published": "2025-01-24"}),

    ("enLV2_rahwi_martyred_miftah", "en",
     "President al-Mashshat mourns Prime Minister al-Rahwi, ministers martyred in Israeli aggression\n"
     "SANAA, Aug. 30 (Saba) - The President of the Supreme Political Council, Mahdi al-Mashshat, announced "
     "on Saturday the martyrdom of Prime Minister Ahmed Ghalib Nasser al-Rahwi and a number of his fellow "
     "ministers, who were targeted by the Israeli enemy during a regular government workshop in the capital "
     "Sanaa on Thursday.\n"
     "In a televised address, President al-Mashshat said the first deputy prime minister, Mohammed Ahmed "
     "Miftah, would carry out the duties of the prime minister in his place, and vowed that the crime would "
     "not go unpunished.\n"
     "The martyr al-Rahwi had been appointed head of the Government of Change and Construction in August "
     "last year, succeeding Dr. Abdulaziz bin Habtoor.\n"
     "Later, the President received at the Republican Palace the acting premier, Miftah, and the Speaker of "
     "the House of Representatives Yahya Ali al-Ra'i, and reviewed with them the situation after the "
     "aggression.\n"
     "The Leader of the Revolution, Sayyed Abdulmalik Badruldeen al-Houthi, offered his condolences to the "
     "Yemeni people in a speech.\n"
     "A military source described as baseless the claims of hostile media that the Chief of the General "
     "Staff, Maj. Gen. Mohammed Abdulkarim al-Ghamari, had been killed in the raid.",
     [("ASSASSINATED_BY", RAHAWI, ISRAEL, "who were targeted by the Israeli enemy", "2025-08-28"),
      ("LEADS", MASHAT, SPC, "The President of the Supreme Political Council, Mahdi al-Mashshat"),
      ("SUCCESSOR_OF", MIFTAH, RAHAWI, "would carry out the duties of the prime minister in his place",
       "2025-08-30"),
      ("SUCCESSOR_OF", RAHAWI, HABTOOR, "succeeding Dr. Abdulaziz bin Habtoor", "2024-08"),
      ] + met_group(_MASHAT, "2025-08-30"),
     {"source": "blind set (Houthi state agency in English, Saba-like)", "published": "2025-08-30"}),

    ("arLV3_alimi_grundberg_bin_breik", "ar",
     "العليمي يستقبل المبعوث الأممي ويجدد دعمه لحكومة بن بريك\n"
     "الرياض - «عدن الغد» - خاص\n"
     "استقبل رئيس مجلس القيادة الرئاسي الدكتور رشاد محمد العليمي، اليوم الأحد في العاصمة السعودية "
     "الرياض، المبعوث الخاص للأمين العام للأمم المتحدة إلى اليمن هانز جروندبرج، بحضور عضو المجلس عبدالله "
     "العليمي باوزير.\n"
     "وأطلع المبعوث الأممي رئيسَ المجلس على نتائج لقاءاته الأخيرة في مسقط مع رئيس وفد الحوثيين المفاوض "
     "محمد عبدالسلام، بشأن ملف الأسرى وفتح الطرقات.\n"
     "وجدد العليمي دعمه لحكومة رئيس الوزراء سالم صالح بن بريك، الذي صدر قرار تعيينه الأسبوع الماضي خلفاً "
     "للدكتور أحمد عوض بن مبارك بعد استقالة الأخير.\n"
     "وكان بن مبارك قد تولى رئاسة الحكومة في فبراير 2024 بدلاً من معين عبدالملك.\n"
     "وفي سياق متصل، التقى رئيس الوزراء الجديد السفيرَ السعودي لدى اليمن محمد بن سعيد آل جابر، وبحثا "
     "الدعم الاقتصادي السعودي لتعافي العملة.\n"
     "فيما أجرى نائب رئيس المجلس عيدروس الزبيدي اتصالاً هاتفياً بقائد القوات المشتركة للتحالف الفريق الركن "
     "فهد بن حمد السلمان.",
     met_group(_GRUNDBERG, "2025-05-11") + [
      ("VISITED", GRUNDBERG, RIYADH, "اليوم الأحد في العاصمة السعودية", "2025-05-11"),
      ("LEADS", ALIMI, PLC, "استقبل رئيس مجلس القيادة الرئاسي الدكتور رشاد محمد العليمي"),
      ("MEMBER_OF", BAWAZEER, PLC, "بحضور عضو المجلس عبدالله العليمي باوزير"),
      ("MET_WITH", GRUNDBERG, ABDULSALAM, "على نتائج لقاءاته الأخيرة في مسقط", "2025-05"),
      ("VISITED", GRUNDBERG, MUSCAT, "على نتائج لقاءاته الأخيرة في مسقط", "2025-05"),
      ("SUCCESSOR_OF", BREIK, BINMUBARAK, "خلفاً للدكتور أحمد عوض بن مبارك", "2025-05-06"),
      ("LEADS", BREIK, YGOV, "وجدد العليمي دعمه لحكومة رئيس الوزراء"),
      ("SUCCESSOR_OF", BINMUBARAK, ABDULMALIK, "بدلاً من معين عبدالملك", "2024-02-05"),
      ("MET_WITH", BREIK, ALJABER, "التقى رئيس الوزراء الجديد السفيرَ السعودي", "2025-05"),
      ],
     {"source": "blind set (Aden daily, Aden al-Ghad-like)", "published": "2025-05-11"}),

    ("enLV4_oman_us_houthi_truce", "en",
     "Oman brokers a U.S.-Houthi truce, and Riyadh keeps talking to Tehran\n"
     "THE NEWS\n"
     "Oman said Tuesday it had brokered a ceasefire between the United States and Yemen's Houthis. Foreign "
     "Minister Badr al-Busaidi said in a statement that neither side would target the other, \"including "
     "American ships\" in the Red Sea. President Donald Trump announced the deal at the White House, saying "
     "the Houthis had \"capitulated.\"\n"
     "KNOW MORE\n"
     "There were no direct talks: U.S. and Houthi officials never met. Al-Busaidi carried messages between "
     "Washington and the group's chief negotiator, Mohammed Abdul-Salam, who lives in Muscat; the two men met "
     "several times in the Omani capital in recent weeks, a person familiar with the talks said.\n"
     "Saudi Arabia is hedging too. Last month Defense Minister Prince Khalid bin Salman flew to Tehran with "
     "a letter from King Salman, the most senior Saudi visit in decades. Prince Khalid met Supreme Leader Ali "
     "Khamenei, President Masoud Pezeshkian and armed forces chief of staff Mohammad Bagheri.\n"
     "It was the same prince who, in September 2023, hosted a Houthi delegation led by Abdul-Salam in Riyadh.",
     [("LEADS", BUSAIDI, OMFM, "Minister Badr al-Busaidi said in a statement"),
      ("MET_WITH", BUSAIDI, ABDULSALAM, "the two men met several times in the Omani capital", "2025-04"),
      ("VISITED", KBS, TEHRAN, "flew to Tehran with a letter from King Salman", "2025-04-17"),
      ("MET_WITH", KBS, ABDULSALAM, "hosted a Houthi delegation led by Abdul-Salam in Riyadh", "2023-09-19"),
      ("VISITED", ABDULSALAM, RIYADH, "hosted a Houthi delegation led by Abdul-Salam in Riyadh", "2023-09-19"),
      ("LEADS", TRUMP, USA, "President Donald Trump announced the deal"),
      ("LEADS", PEZESHKIAN, IRAN, "President Masoud Pezeshkian and armed forces"),
      ] + met_group(_TEHRAN, "2025-04-17"),
     {"source": "blind set (newsletter news site, Semafor-like)", "published": "2025-05-07"}),

    ("arLV5_ghamari_madani", "ar",
     "القوات المسلحة تزف رئيس هيئة الأركان العامة الفريق الركن محمد الغماري شهيداً\n"
     "صنعاء - الثورة نت\n"
     "نعت القوات المسلحة اليمنية، اليوم الخميس، رئيس هيئة الأركان العامة الفريق الركن محمد عبدالكريم "
     "الغماري، الذي ارتقى شهيداً متأثراً بجراحه جراء غارات العدو الصهيوني على صنعاء، إلى جانب نجله وعدد من "
     "مرافقيه.\n"
     "وأعلن بيان القوات المسلحة تعيين اللواء الركن يوسف حسن المداني رئيساً لهيئة الأركان العامة خلفاً "
     "للشهيد الغماري.\n"
     "وكان رئيس المجلس السياسي الأعلى المشير الركن مهدي المشاط قد استقبل المداني في وقت سابق من اليوم، "
     "وهنأه بالمنصب الجديد.\n"
     "وقدم قائد الثورة السيد عبدالملك بدرالدين الحوثي التعازي لأسرة الشهيد، مؤكداً أن دماء القادة لن تذهب "
     "هدراً.\n"
     "ويأتي الإعلان بعد نحو شهرين من استشهاد رئيس حكومة التغيير والبناء أحمد غالب الرهوي وعدد من الوزراء "
     "في غارة إسرائيلية استهدفت اجتماعاً حكومياً في العاصمة.\n"
     "وكانت وسائل إعلام سعودية قد زعمت مقتل وزير الدفاع اللواء محمد ناصر العاطفي في الغارة نفسها، وهو ما "
     "نفته مصادر عسكرية في حينه.",
     [("ASSASSINATED_BY", GHAMARI, ISRAEL, "متأثراً بجراحه جراء غارات العدو الصهيوني", "2025"),
      ("SUCCESSOR_OF", MADANI, GHAMARI, "رئيساً لهيئة الأركان العامة خلفاً", "2025-10-16"),
      ("LEADS", MASHAT, SPC, "وكان رئيس المجلس السياسي الأعلى المشير الركن مهدي المشاط"),
      ("MET_WITH", MASHAT, MADANI, "قد استقبل المداني في وقت سابق من اليوم", "2025-10-16"),
      ("ASSASSINATED_BY", RAHAWI, ISRAEL, "في غارة إسرائيلية استهدفت اجتماعاً حكومياً", "2025-08-28"),
      ],
     {"source": "blind set (Houthi-run Sanaa daily, al-Thawra-like)", "published": "2025-10-16"}),

    ("enLV6_assad_jeddah_summit", "en",
     "Syria's Assad gets warm welcome at Arab League summit in Jeddah\n"
     "Syrian President Bashar al-Assad was welcomed back into the Arab fold on Friday at the Arab League "
     "summit in the Saudi city of Jeddah, where Crown Prince Mohammad bin Salman greeted him with a handshake "
     "before the opening session. The two men later held talks on the sidelines, Saudi state media said.\n"
     "It was the Syrian leader's first Arab League summit since Syria's membership was suspended in 2011 over "
     "the crackdown on protesters.\n"
     "Ukrainian President Volodymyr Zelensky, invited as a guest, also met the crown prince before "
     "addressing the leaders, but did not meet Assad. Qatar's emir, Sheikh Tamim bin Hamad Al Thani, left "
     "before Assad spoke, and the two did not hold talks.\n"
     "The rapprochement moved fast: Saudi Foreign Minister Prince Faisal bin Farhan travelled to Damascus in "
     "April, the first such visit since the war began, and was received by Assad. Days earlier, Syrian "
     "Foreign Minister Faisal Mekdad had visited Jeddah for talks with his Saudi counterpart.",
     [("MET_WITH", ASSAD, MBS, "greeted him with a handshake", "2023-05-19"),
      ("VISITED", ASSAD, JEDDAH, "summit in the Saudi city of Jeddah", "2023-05-19"),
      ("LEADS", ASSAD, SYRIA, "Syrian President Bashar al-Assad was welcomed"),
      ("MET_WITH", ZELENSKY, MBS, "also met the crown prince before", "2023-05-19"),
      ("LEADS", ZELENSKY, UKRAINE, "Ukrainian President Volodymyr Zelensky"),
      ("LEADS", TAMIM, QATAR, "Qatar's emir, Sheikh Tamim"),
      ("MET_WITH", BINFARHAN, ASSAD, "and was received by Assad", "2023-04-18"),
      ("VISITED", BINFARHAN, DAMASCUS, "travelled to Damascus in", "2023-04-18"),
      ("LEADS", BINFARHAN, SAUFM, "Saudi Foreign Minister Prince Faisal bin Farhan"),
      ("MET_WITH", MEKDAD, BINFARHAN, "visited Jeddah for talks with his Saudi counterpart", "2023-04-12"),
      ("VISITED", MEKDAD, JEDDAH, "visited Jeddah for talks with his Saudi counterpart", "2023-04-12"),
      ("LEADS", MEKDAD, SYRFM, "Foreign Minister Faisal Mekdad had visited"),
      ],
     {"source": "blind set (international TV site in English, France 24-like)", "published": "2023-05-19"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setLV")
