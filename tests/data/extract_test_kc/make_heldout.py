"""Blind set KC: Jordan's and Egypt's state agencies and dailies, 2024-2025, in Arabic and English (Petra-like:
"استقبل جلالة الملك عبدالله الثاني ... في قصر الحسينية", "(بترا)", "His Majesty", "HRH Crown Prince Al
Hussein"; MENA / Al-Ahram-like: "الرئيس عبد الفتاح السيسي يستقبل", "أ ش أ", "Ambassador ..., spokesman for the
Presidency, said").
Pieces: King Abdullah II receives Ahmed al-Sharaa at Al-Husseiniya Palace with the crown prince and the
director of his office, Safadi's talks with al-Shaibani (Arabic, Petra); Jafar Hassan's government sworn in
at Basman Palace, succeeding Khasawneh's (English, Petra); al-Sisi receives the Qatari prime minister with
the intelligence chief Rashad and Omar Marwan, Rashad in Abbas Kamel's place, Sinwar's killing recalled
(Arabic, MENA); the July 2024 cabinet sworn in before al-Sisi, Abdelatty, Saqr and Kouchouk replacing Shoukry,
Zaki and Maait (English, Al-Ahram-like); Safadi in Tehran with Pezeshkian and the acting foreign minister
(Arabic, Petra); al-Sisi meets al-Sharaa, then Aoun and King Hamad at the Cairo Arab summit (English, MENA).
Excluded on purpose (no relation): Trump's phone call to the King, and a joint committee "to meet soon"
(KC1); the Royal Letter of designation and Khasawneh's letter of thanks (KC2); the Emir of Qatar's phone call
to al-Sisi, and an Israeli delegation "expected" in Cairo (KC3); Shoukry's phone call to his successor (KC4);
the King's message delivered to Pezeshkian (the King was not there), Amir-Abdollahian's death in the
helicopter crash and Haniyeh's killing in Tehran with no agent stated (KC5); the summit "attended by Arab
leaders" with none named, Aoun and King Hamad received one after the other (not paired), and a follow-up
meeting "to be held" in Riyadh (KC6).
Judgement calls: a swearing-in before the King or the President is a meeting of all named as present (KC2,
KC4); the "new ministers" sworn in together with Madbouly are not paired with al-Sisi by name because the
oath sentence names only the prime minister (KC4); Batayneh succeeds Jafar Hassan as director of the King's
office (KC1); Bagheri, acting foreign minister since the crash, succeeds Amir-Abdollahian (KC5); Sinwar
"killed by Israeli army fire" is ASSASSINATED_BY the Israel Defense Forces (KC3).
Events follow the public record as far as the writer knew it; some minor details (who sat in, the day of a
reception, who accompanied whom) are filled in for the exercise.
Spellings: جلالته and "الضيف" (KC1), "Bisher Khasawneh" without the article and "Hassan" for the prime
minister next to Yousef Hassan Al Issawi (KC2), اللواء حسن محمود رشاد and الشيخ محمد بن عبد الرحمن (KC3),
"Abdel-Fattah El-Sisi", "Abdel-Meguid Saqr" (KC4), علي باقري without Kani (KC5), "El-Sisi" (KC6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_kd import ALL  # noqa: E402

HERE = Path(__file__).parent

JORDAN, SYRIA, EGYPT, QATAR, IRAN, ISRAEL, LEBANON, BAHRAIN = (
    "country:jordan", "country:syria", "country:egypt", "country:qatar", "country:iran", "country:israel",
    "country:lebanon", "country:bahrain")
JORGOV, JORFM, RHC, SYRFM, EGGIS, EGPRES, EGGOV, EGFM, EGDEF, EGFIN, EGHOUSE, QATGOV, IRFM, IRPRESOFF, IDF, \
    HAMASPB, ARABLEAGUE = (
        "organization:jordanian-government", "organization:jordanian-foreign-ministry",
        "organization:royal-hashemite-court", "organization:syrian-foreign-ministry",
        "organization:egyptian-general-intelligence", "organization:egyptian-presidency",
        "organization:egyptian-government", "organization:egyptian-foreign-ministry",
        "organization:egyptian-defence-ministry", "organization:egyptian-finance-ministry",
        "organization:egyptian-house-of-representatives", "organization:qatari-government",
        "organization:iranian-foreign-ministry", "organization:iranian-presidential-office",
        "organization:israel-defense-forces", "organization:hamas-political-bureau", "organization:arab-league")
BASMAN, AMMAN, CAIRO, TEHRAN, RAFAH, NAC = (
    "location:basmane-palace", "location:amman", "location:cairo",
    "location:tehran", "location:rafah", "location:new-administrative-capital")
KING, SHARAA, SAFADI, SHAIBANI, JAFARHASSAN, KHASAWNEH = (
    "person:abdullah-ii", "person:ahmed-al-sharaa", "person:ayman-safadi", "person:asaad-al-shaibani",
    "person:jafar-hassan", "person:bisher-al-khasawneh")
SISI, MBAR, RASHAD, KAMEL, SHENNAWY, SINWAR, MADBOULY, ABDELATTY, SHOUKRY, SAQR, ZAKI, FAHMY = (
    "person:abdel-fattah-al-sisi", "person:mohammed-bin-abdulrahman-al-thani", "person:hassan-rashad",
    "person:abbas-kamel", "person:mohamed-el-shennawy", "person:yahya-sinwar", "person:mostafa-madbouly",
    "person:badr-abdelatty", "person:sameh-shoukry", "person:abdel-meguid-saqr", "person:mohamed-zaki",
    "person:ahmed-fahmy")
PEZESHKIAN, HAJIMIRZAEI, BAGHERI, AMIRABD, AOUN, ABOULGHEIT = (
    "person:masoud-pezeshkian", "person:mohsen-haji-mirzaei", "person:ali-bagheri-kani",
    "person:hossein-amir-abdollahian", "person:joseph-aoun", "person:ahmed-aboul-gheit")
# new to the tables
CPHUSSEIN, BATAYNEH, ISSAWI, MARWAN, KOUCHOUK, MAAIT, GEBALY, QUDAH, HAMAD = (
    "person:hussein-bin-abdullah-ii", "person:alaa-batayneh", "person:yousef-hassan-al-issawi",
    "person:omar-marwan", "person:ahmed-kouchouk", "person:mohamed-maait", "person:hanafy-gebaly",
    "person:sufian-qudah", "person:hamad-bin-isa-al-khalifa")

ARTICLES = [
    ("arKC1_king_receives_sharaa_husseiniya", "ar",
     "جلالة الملك يستقبل الرئيس السوري في قصر الحسينية\n"
     "عمان 26 شباط (بترا)- استقبل جلالة الملك عبدالله الثاني، في قصر الحسينية اليوم الأربعاء، الرئيس "
     "السوري أحمد الشرع، الذي يزور المملكة، حيث أكد جلالته وقوف الأردن إلى جانب الأشقاء السوريين في إعادة "
     "بناء بلدهم بما يحفظ وحدة أراضيه وأمنه.\n"
     "وحضر اللقاء سمو الأمير الحسين بن عبدالله الثاني، ولي العهد، ومدير مكتب جلالة الملك علاء البطاينة، "
     "الذي خلف جعفر حسان في إدارة المكتب بعد تكليف الأخير بتشكيل الحكومة في أيلول الماضي.\n"
     "من جهته، أعرب الضيف عن تقديره لمواقف الأردن الداعمة لسوريا وشعبها.\n"
     "وكان نائب رئيس الوزراء وزير الخارجية وشؤون المغتربين أيمن الصفدي قد عقد جلسة مباحثات مع وزير "
     "الخارجية السوري أسعد الشيباني، المرافق للرئيس الشرع، في وزارة الخارجية.\n"
     "وتلقى جلالة الملك الأسبوع الماضي اتصالاً هاتفياً من الرئيس الأميركي دونالد ترمب، فيما يُنتظر أن "
     "تجتمع لجنة أردنية سورية مشتركة قريباً.",
     [("MET_WITH", KING, SHARAA, "استقبل جلالة الملك عبدالله الثاني، في قصر الحسينية", "2025-02-26"),
      ("MET_WITH", CPHUSSEIN, KING, "وحضر اللقاء سمو الأمير الحسين", "2025-02-26"),
      ("MET_WITH", CPHUSSEIN, SHARAA, "وحضر اللقاء سمو الأمير الحسين", "2025-02-26"),
      ("MET_WITH", BATAYNEH, KING, "ومدير مكتب جلالة الملك علاء البطاينة", "2025-02-26"),
      ("MET_WITH", BATAYNEH, SHARAA, "ومدير مكتب جلالة الملك علاء البطاينة", "2025-02-26"),
      ("MET_WITH", BATAYNEH, CPHUSSEIN, "ومدير مكتب جلالة الملك علاء البطاينة", "2025-02-26"),
      ("SUCCESSOR_OF", BATAYNEH, JAFARHASSAN, "الذي خلف جعفر حسان في إدارة المكتب", "2024-09"),
      ("MET_WITH", SAFADI, SHAIBANI, "قد عقد جلسة مباحثات مع وزير", "2025-02-26"),
      ("LEADS", KING, JORDAN, "استقبل جلالة الملك عبدالله الثاني"),
      ("LEADS", SHARAA, SYRIA, "الرئيس السوري أحمد الشرع"),
      ("LEADS", SAFADI, JORFM, "وزير الخارجية وشؤون المغتربين أيمن الصفدي"),
      ("LEADS", SHAIBANI, SYRFM, "الخارجية السوري أسعد الشيباني"),
      ("VISITED", SHARAA, AMMAN, "الذي يزور المملكة", "2025-02-26"),
      ("LEADS", "person:donald-trump", "country:united-states", "الرئيس الأميركي دونالد ترمب"),
      ],
     {"source": "blind set (Jordanian state news agency, Arabic)", "published": "2025-02-26"}),

    ("enKC2_jafar_hassan_government_sworn_in", "en",
     "Hassan government sworn in before His Majesty the King at Basman Palace\n"
     "AMMAN, Sept. 18 (Petra) -- The government of Prime Minister Jafar Hassan was sworn in before His Majesty "
     "King Abdullah II at Basman Palace on Wednesday, in the presence of His Royal Highness Crown Prince Al "
     "Hussein bin Abdullah II.\n"
     "Royal Hashemite Court Chief Yousef Hassan Al Issawi also attended the ceremony.\n"
     "Hassan, who until last week was director of the Office of His Majesty, succeeds Bisher Khasawneh, whose "
     "government resigned on Sunday following the parliamentary elections.\n"
     "In the Royal Letter of designation, His Majesty called on the new government to press ahead with "
     "political, economic and administrative modernisation. Khasawneh, for his part, sent a letter thanking "
     "the King for his confidence.\n"
     "Ayman Safadi keeps the posts of Deputy Prime Minister and Minister of Foreign Affairs and Expatriates in "
     "the new line-up.",
     [("MET_WITH", JAFARHASSAN, KING, "was sworn in before His Majesty", "2024-09-18"),
      ("MET_WITH", CPHUSSEIN, KING, "in the presence of His Royal Highness Crown Prince", "2024-09-18"),
      ("MET_WITH", CPHUSSEIN, JAFARHASSAN, "in the presence of His Royal Highness Crown Prince", "2024-09-18"),
      ("MET_WITH", ISSAWI, KING, "Royal Hashemite Court Chief Yousef", "2024-09-18"),
      ("MET_WITH", ISSAWI, JAFARHASSAN, "Royal Hashemite Court Chief Yousef", "2024-09-18"),
      ("MET_WITH", ISSAWI, CPHUSSEIN, "Royal Hashemite Court Chief Yousef", "2024-09-18"),
      ("SUCCESSOR_OF", JAFARHASSAN, KHASAWNEH, "succeeds Bisher Khasawneh", "2024-09-15"),
      ("LEADS", JAFARHASSAN, JORGOV, "The government of Prime Minister Jafar Hassan"),
      ("LEADS", ISSAWI, RHC, "Royal Hashemite Court Chief Yousef"),
      ("LEADS", SAFADI, JORFM, "Minister of Foreign Affairs and Expatriates"),
      ("MEMBER_OF", SAFADI, JORGOV, "Ayman Safadi keeps the posts of Deputy Prime Minister"),
      ],
     {"source": "blind set (Jordanian state news agency, English)", "published": "2024-09-18"}),

    ("arKC3_sisi_receives_qatari_pm_rashad", "ar",
     "الرئيس السيسي يستقبل رئيس الوزراء وزير الخارجية القطري\n"
     "القاهرة (أ ش أ) - استقبل الرئيس عبد الفتاح السيسي اليوم الشيخ محمد بن عبد الرحمن آل ثاني رئيس "
     "مجلس الوزراء وزير الخارجية القطري، بحضور اللواء حسن محمود رشاد رئيس المخابرات العامة، والوزير عمر "
     "مروان مدير مكتب رئيس الجمهورية.\n"
     "وصرح السفير محمد الشناوي المتحدث الرسمي باسم رئاسة الجمهورية بأن اللقاء تناول الجهود المصرية القطرية "
     "المشتركة للتوصل إلى اتفاق لوقف إطلاق النار في قطاع غزة وتبادل المحتجزين.\n"
     "ويتولى اللواء رشاد رئاسة جهاز المخابرات العامة منذ أكتوبر الماضي، خلفاً للواء عباس كامل الذي عُيّن "
     "مستشاراً لرئيس الجمهورية ومبعوثاً خاصاً له.\n"
     "واستؤنفت الاتصالات بعد مقتل رئيس المكتب السياسي لحركة حماس يحيى السنوار برصاص الجيش الإسرائيلي في "
     "رفح في أكتوبر.\n"
     "وكان الرئيس السيسي قد تلقى اتصالاً هاتفياً من أمير قطر الشيخ تميم بن حمد، فيما يُنتظر وصول وفد "
     "إسرائيلي إلى القاهرة خلال أيام.",
     [("MET_WITH", SISI, MBAR, "استقبل الرئيس عبد الفتاح السيسي اليوم", "2025-01-05"),
      ("MET_WITH", RASHAD, SISI, "بحضور اللواء حسن محمود رشاد", "2025-01-05"),
      ("MET_WITH", RASHAD, MBAR, "بحضور اللواء حسن محمود رشاد", "2025-01-05"),
      ("MET_WITH", MARWAN, SISI, "والوزير عمر", "2025-01-05"),
      ("MET_WITH", MARWAN, MBAR, "والوزير عمر", "2025-01-05"),
      ("MET_WITH", MARWAN, RASHAD, "والوزير عمر", "2025-01-05"),
      ("SUCCESSOR_OF", RASHAD, KAMEL, "خلفاً للواء عباس كامل", "2024-10"),
      ("ASSASSINATED_BY", SINWAR, IDF, "برصاص الجيش الإسرائيلي", "2024-10"),
      ("LEADS", SISI, EGYPT, "استقبل الرئيس عبد الفتاح السيسي اليوم"),
      ("LEADS", MBAR, QATGOV, "آل ثاني رئيس مجلس الوزراء"),
      ("LEADS", RASHAD, EGGIS, "رشاد رئيس المخابرات العامة"),
      ("LEADS", MARWAN, EGPRES, "مدير مكتب رئيس الجمهورية"),
      ("MEMBER_OF", SHENNAWY, EGPRES, "المتحدث الرسمي باسم رئاسة الجمهورية"),
      ("MEMBER_OF", KAMEL, EGPRES, "مستشاراً لرئيس الجمهورية"),
      ("LEADS", "person:tamim-bin-hamad-al-thani", QATAR, "أمير قطر الشيخ تميم بن حمد"),
      ("LEADS", SINWAR, HAMASPB, "رئيس المكتب السياسي لحركة حماس يحيى"),
      ("ATTACKED", IDF, RAFAH, "برصاص الجيش الإسرائيلي", "2024-10"),
      ],
     {"source": "blind set (Egyptian state news agency, Arabic)", "published": "2025-01-05"}),

    ("enKC4_egypt_cabinet_abdelatty_kouchouk", "en",
     "Egypt's new cabinet sworn in: Abdelatty replaces Shoukry, Kouchouk takes finance\n"
     "CAIRO - Prime Minister Mostafa Madbouly and the ministers of his new cabinet took the constitutional "
     "oath before President Abdel-Fattah El-Sisi at the presidential palace in the New Administrative Capital "
     "on Wednesday, in the presence of House Speaker Hanafy Gebaly.\n"
     "Career diplomat Badr Abdelatty replaces Sameh Shoukry, who had headed the foreign ministry since 2014.\n"
     "General Abdel-Meguid Saqr, until now governor of Suez, becomes defence minister in place of General "
     "Mohamed Zaki, who was named assistant to the president for defence affairs.\n"
     "Ahmed Kouchouk, the deputy minister for fiscal policy, succeeds Mohamed Maait at the finance ministry, "
     "where he faces an IMF programme review within weeks.\n"
     "Ambassador Ahmed Fahmy, spokesman for the Presidency, said El-Sisi urged the government to put "
     "citizens' living conditions first. Shoukry phoned his successor on Wednesday evening to wish him "
     "success, a foreign ministry source said.",
     [("MET_WITH", MADBOULY, SISI, "took the constitutional", "2024-07-03"),
      ("MET_WITH", GEBALY, SISI, "in the presence of House Speaker", "2024-07-03"),
      ("MET_WITH", GEBALY, MADBOULY, "in the presence of House Speaker", "2024-07-03"),
      ("SUCCESSOR_OF", ABDELATTY, SHOUKRY, "Badr Abdelatty replaces Sameh Shoukry", "2024-07-03"),
      ("SUCCESSOR_OF", SAQR, ZAKI, "becomes defence minister in place of General", "2024-07-03"),
      ("SUCCESSOR_OF", KOUCHOUK, MAAIT, "succeeds Mohamed Maait", "2024-07-03"),
      ("LEADS", MADBOULY, EGGOV, "Prime Minister Mostafa Madbouly"),
      ("LEADS", SISI, EGYPT, "before President Abdel-Fattah El-Sisi"),
      ("LEADS", GEBALY, EGHOUSE, "House Speaker Hanafy Gebaly"),
      ("LEADS", ABDELATTY, EGFM, "Badr Abdelatty replaces Sameh Shoukry"),
      ("LEADS", SAQR, EGDEF, "becomes defence minister"),
      ("LEADS", KOUCHOUK, EGFIN, "at the finance ministry"),
      ("MEMBER_OF", ZAKI, EGPRES, "assistant to the president for defence affairs"),
      ("MEMBER_OF", FAHMY, EGPRES, "Ambassador Ahmed Fahmy, spokesman for the Presidency"),
      ("LOCATED_IN", NAC, EGYPT, "in the New Administrative Capital"),
      ],
     {"source": "blind set (Egyptian state-owned daily, English)", "published": "2024-07-04"}),

    ("arKC5_safadi_tehran_pezeshkian", "ar",
     "الصفدي يلتقي الرئيس الإيراني في طهران ويسلمه رسالة من جلالة الملك\n"
     "طهران 4 آب (بترا)- التقى نائب رئيس الوزراء وزير الخارجية وشؤون المغتربين أيمن الصفدي، اليوم الأحد في "
     "طهران، الرئيس الإيراني مسعود بزشكيان، وسلمه رسالة من جلالة الملك عبدالله الثاني تتعلق بالتطورات "
     "الخطيرة في المنطقة.\n"
     "وحضر اللقاء رئيس مكتب الرئيس الإيراني محسن حاجي ميرزائي.\n"
     "كما أجرى الصفدي مباحثات مع القائم بأعمال وزير الخارجية الإيراني علي باقري، الذي يتولى الحقيبة منذ "
     "وفاة الوزير حسين أمير عبداللهيان في تحطم مروحية الرئيس الراحل إبراهيم رئيسي في أيار الماضي.\n"
     "وتأتي الزيارة بعد أيام من اغتيال رئيس المكتب السياسي لحركة حماس إسماعيل هنية في طهران.\n"
     "وقال الناطق الرسمي باسم وزارة الخارجية السفير سفيان القضاة إن الصفدي أكد أن الأردن لن يكون ساحة "
     "حرب لأحد، وأن الزيارة تأتي في سياق جهود خفض التصعيد.",
     [("MET_WITH", SAFADI, PEZESHKIAN, "الرئيس الإيراني مسعود بزشكيان، وسلمه", "2024-08-04"),
      ("MET_WITH", HAJIMIRZAEI, SAFADI, "وحضر اللقاء رئيس مكتب الرئيس الإيراني", "2024-08-04"),
      ("MET_WITH", HAJIMIRZAEI, PEZESHKIAN, "وحضر اللقاء رئيس مكتب الرئيس الإيراني", "2024-08-04"),
      ("MET_WITH", SAFADI, BAGHERI, "كما أجرى الصفدي مباحثات", "2024-08-04"),
      ("SUCCESSOR_OF", BAGHERI, AMIRABD, "الذي يتولى الحقيبة منذ", "2024-05"),
      ("VISITED", SAFADI, TEHRAN, "اليوم الأحد في", "2024-08-04"),
      ("LEADS", PEZESHKIAN, IRAN, "الرئيس الإيراني مسعود بزشكيان، وسلمه"),
      ("LEADS", SAFADI, JORFM, "وزير الخارجية وشؤون المغتربين أيمن الصفدي"),
      ("LEADS", HAJIMIRZAEI, IRPRESOFF, "وحضر اللقاء رئيس مكتب الرئيس الإيراني"),
      ("LEADS", BAGHERI, IRFM, "القائم بأعمال وزير الخارجية الإيراني"),
      ("LEADS", "person:ismail-haniyeh", HAMASPB, "رئيس المكتب السياسي لحركة حماس إسماعيل"),
      ("LEADS", "person:ebrahim-raisi", IRAN, "الرئيس الراحل إبراهيم رئيسي"),
      ("MEMBER_OF", QUDAH, JORFM, "الناطق الرسمي باسم وزارة الخارجية السفير سفيان"),
      ],
     {"source": "blind set (Jordanian state news agency, Arabic)", "published": "2024-08-04"}),

    ("enKC6_sisi_sharaa_aoun_cairo_summit", "en",
     "President El-Sisi meets Syria's al-Sharaa, Lebanon's Aoun on sidelines of Cairo summit\n"
     "CAIRO, March 4 (MENA) - President Abdel Fattah El-Sisi met Syrian President Ahmed al-Sharaa on the "
     "sidelines of the extraordinary Arab summit on Palestine hosted by Egypt on Tuesday, their first meeting, "
     "Ambassador Mohamed El-Shennawy, spokesman for the Presidency, said.\n"
     "Foreign Minister Badr Abdelatty attended the talks, which dealt with Syria's transition and its unity.\n"
     "El-Sisi then received Lebanese President Joseph Aoun, and later King Hamad bin Isa Al Khalifa of "
     "Bahrain, whose country chaired the previous summit in Manama.\n"
     "The summit, attended by Arab leaders and heads of delegation, adopted Egypt's plan for the "
     "reconstruction of Gaza without displacing its people.\n"
     "Arab League Secretary-General Ahmed Aboul Gheit told reporters that a follow-up ministerial meeting "
     "would be held in Riyadh next month.",
     [("MET_WITH", SISI, SHARAA, "El-Sisi met Syrian President Ahmed al-Sharaa", "2025-03-04"),
      ("MET_WITH", ABDELATTY, SISI, "Foreign Minister Badr Abdelatty attended the talks", "2025-03-04"),
      ("MET_WITH", ABDELATTY, SHARAA, "Foreign Minister Badr Abdelatty attended the talks", "2025-03-04"),
      ("MET_WITH", SISI, AOUN, "El-Sisi then received Lebanese President", "2025-03-04"),
      ("MET_WITH", SISI, HAMAD, "and later King Hamad bin Isa", "2025-03-04"),
      ("LEADS", SISI, EGYPT, "President Abdel Fattah El-Sisi met"),
      ("LEADS", SHARAA, SYRIA, "Syrian President Ahmed al-Sharaa"),
      ("LEADS", AOUN, LEBANON, "Lebanese President Joseph Aoun"),
      ("LEADS", HAMAD, BAHRAIN, "King Hamad bin Isa Al Khalifa of"),
      ("LEADS", ABDELATTY, EGFM, "Foreign Minister Badr Abdelatty"),
      ("MEMBER_OF", SHENNAWY, EGPRES, "spokesman for the Presidency, said"),
      ("LEADS", ABOULGHEIT, ARABLEAGUE, "Arab League Secretary-General Ahmed Aboul Gheit"),
      ("VISITED", SHARAA, CAIRO, "CAIRO, March 4", "2025-03-04"),
      ],
     {"source": "blind set (Egyptian state news agency, English)", "published": "2025-03-04"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setKC")
