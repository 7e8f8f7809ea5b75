"""Blind set KA: courts and investigations in Iraq, Iran and the Kurdistan Region, 2021-2025, as a Baghdad
Arabic daily's legal desk writes them ("بغداد - القسم القانوني", judges' titles, articles of the penal
code, "ضد مجهول") and as a Kurdish English-language site writes them (Rudaw / Kurdistan24-like:
"ERBIL, Kurdistan Region -", the KRG, the Presidency, "told Kurdistan24").
Pieces: Faiq Zaidan receives the head of Iran's judiciary, Raisi, on the airport strike file, with the
Rusafa court's warrant for Trump in the background, February 2021 (Arabic); Iran's new prosecutor-general
Movahedi-Azad receives the Iraqi ambassador, January 2024 (Arabic); the death sentence for Hisham
al-Hashimi's killer and the Ihab al-Wazni file, May 2023 (Arabic); the Iraqi committee led by al-Araji in
Erbil after the IRGC strike that killed Peshraw Dizayee, January 2024 (English); Nechirvan Barzani meets
the new Federal Supreme Court president, 2025 (English); the UN rapporteur on Iran's first report and the
rapporteurs before her, March 2025 (English).
Excluded on purpose (no relation): the Rusafa warrant and a judicial source's denial that extraditions
were discussed (KA1); Alqasimehr's warrants and Interpol's refusal, and Ejei's phone call with Zaidan
(KA2); the Ihab al-Wazni killing "against unknown persons" (KA3); Dizayee's family members, unnamed, and
Masrour Barzani's phone call with al-Sudani (KA4); al-Hassan "expected" in Erbil, and a postponed meeting
between Barzani and al-Sudani (KA5); Bahreini's statement, and a meeting between Sato and Iranian
diplomats that was cancelled (KA6).
Judgement calls: in KA1 and KA2 the killing of 2020 is given to the United States and (KA1) to Trump, who
ordered it; in KA3 the convicted police officer is the named agent of al-Hashimi's killing; in KA4 the
committee "received" by Nechirvan Barzani is its head al-Araji, and touring the ruins with the police
director is a meeting; in KA1 al-Kadhimi and Barham Salih, who received the guest one after the other, are
not paired, nor are Abboud and Shwani in KA3, nor Gharibabadi and Amir-Abdollahian in KA6 ("met X, and
later Y").
Spellings: "السيد إبراهيم رئيسي", "الضيف الإيراني" (Raisi); حجة الإسلام محمد كاظم موحدي آزاد, "المدعي
العام" (the same man); Qasim al-Araji; "the Kurdish premier"; Jassim Mohammed Abboud; Mohammed al-Hassan.
Events follow the public record as far as the writer knew it; some minor details (who sat in on a meeting,
the weekday, who toured a site) are filled in for the exercise.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_ka import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAN, IRAQ, USA = "country:iran", "country:iraq", "country:united-states"
SJC, IRJUD, PMF, QF, IRGC, FSC, KRG, KRP, UNAMI, UN, IRQINT, INTEGRITY, IRFM, IRQJUS, RUSAFA = (
    "organization:supreme-judicial-council", "organization:iranian-judiciary",
    "organization:popular-mobilization-forces", "organization:quds-force", "organization:irgc",
    "organization:federal-supreme-court", "organization:kurdistan-regional-government",
    "organization:kurdistan-region-presidency", "organization:unami", "organization:united-nations",
    "organization:iraqi-interior-ministry", "organization:iraqi-federal-integrity-commission",
    "organization:iranian-foreign-ministry",
    "organization:iraqi-justice-ministry", "organization:rusafa-investigation-court")
BIAP, ERBIL, TEHRAN, BAGHDAD = ("location:baghdad-international-airport", "location:erbil", "location:tehran",
                                "location:baghdad")
ZAIDAN, RAISI, MASJEDI, MUH, SOL, TRUMP, KADHIMI, SALIH = (
    "person:faiq-zaidan", "person:ebrahim-raisi", "person:iraj-masjedi", "person:abu-mahdi-al-muhandis",
    "person:qasem-soleimani", "person:donald-trump", "person:mustafa-al-kadhimi", "person:barham-salih")
NASEER, GHARIB, MONTAZERI, EJEI, ALQASI = (
    "person:naseer-abdul-mohsen", "person:kazem-gharibabadi", "person:mohammad-jafar-montazeri",
    "person:gholamhossein-mohseni-ejei", "person:ali-alqasimehr")
HASHIMI, OWAID, BAYRAQDAR, SUDANI, ABBOUD, SHWANI = (
    "person:hisham-al-hashimi", "person:ahmed-hamdawi-owaid", "person:abdul-sattar-bayraqdar",
    "person:mohammed-shia-al-sudani", "person:jassim-mohammed-abboud", "person:khalid-shwani")
DIZAYEE, ARAJI, MASROUR, REBER, NECHIRVAN = (
    "person:peshraw-dizayee", "person:qassim-al-araji", "person:masrour-barzani", "person:reber-ahmed",
    "person:nechirvan-barzani")
MUNTHER, HARIRI, HASSAN, HENNIS, CALLAMARD, AMIRABD, HAWRAMANI = (
    "person:munther-ibrahim-hussein", "person:fawzi-hariri", "person:mohammed-al-hassan",
    "person:jeanine-hennis-plasschaert", "person:agnes-callamard", "person:hossein-amir-abdollahian",
    "person:peshawa-hawramani")
# new to the tables
MOSADDEGH, MOVAHEDI, HANOUN, TALAAT, FARSAT, DOUHAN, TIDBALL, REHMAN, SATO, BAHREINI = (
    "person:mohammad-mosaddegh-kahnamouei", "person:mohammad-kazem-movahedi-azad", "person:haider-hanoun",
    "person:abdulkhaliq-talaat", "person:farsat-ahmed", "person:alena-douhan", "person:morris-tidball-binz",
    "person:javaid-rehman", "person:mai-sato", "person:ali-bahreini")

ARTICLES = [
    ("arKA1_zaidan_raisi_airport_file", "ar",
     "زيدان ورئيسي يبحثان ملف حادثة المطار.. ومذكرة القبض بحق ترامب «سارية»\n"
     "بغداد - القسم القانوني\n"
     "استقبل رئيس مجلس القضاء الأعلى القاضي فائق زيدان، الاثنين، رئيس السلطة القضائية في الجمهورية "
     "الإسلامية الإيرانية السيد إبراهيم رئيسي والوفد المرافق له، بحضور السفير الإيراني في بغداد إيرج مسجدي "
     "ومعاون رئيس السلطة القضائية الإيرانية محمد مصدق كهنموئي.\n"
     "وذكر بيان للمجلس أن الجانبين بحثا التحقيق في جريمة اغتيال نائب رئيس هيئة الحشد الشعبي أبو مهدي "
     "المهندس وقائد فيلق القدس الفريق قاسم سليماني ورفاقهما قرب مطار بغداد، التي نفذتها القوات الأمريكية "
     "بأمر من الرئيس الأمريكي السابق دونالد ترامب.\n"
     "وكانت محكمة تحقيق الرصافة قد أصدرت في السابع من كانون الثاني الماضي مذكرة قبض بحق ترامب وفق أحكام "
     "المادة 406 من قانون العقوبات، بعد تدوين أقوال ذوي المهندس. ونفى مصدر قضائي أن يكون الجانبان قد بحثا "
     "تسليم أي مطلوبين.\n"
     "وفي وقت لاحق، استقبل رئيس الوزراء مصطفى الكاظمي الضيف الإيراني، ثم التقاه رئيس الجمهورية برهم صالح، "
     "فيما زار رئيسي موقع الحادثة قرب المطار ووضع إكليلاً من الزهور.",
     [("MET_WITH", ZAIDAN, RAISI, "استقبل رئيس مجلس القضاء الأعلى", "2021-02-08"),
      ("MET_WITH", MASJEDI, ZAIDAN, "بحضور السفير الإيراني في بغداد", "2021-02-08"),
      ("MET_WITH", MASJEDI, RAISI, "بحضور السفير الإيراني في بغداد", "2021-02-08"),
      ("MET_WITH", MOSADDEGH, ZAIDAN, "ومعاون رئيس السلطة القضائية الإيرانية", "2021-02-08"),
      ("MET_WITH", MOSADDEGH, RAISI, "ومعاون رئيس السلطة القضائية الإيرانية", "2021-02-08"),
      ("MET_WITH", MOSADDEGH, MASJEDI, "ومعاون رئيس السلطة القضائية الإيرانية", "2021-02-08"),
      ("LEADS", ZAIDAN, SJC, "رئيس مجلس القضاء الأعلى القاضي فائق"),
      ("LEADS", RAISI, IRJUD, "رئيس السلطة القضائية في الجمهورية"),
      ("MEMBER_OF", MOSADDEGH, IRJUD, "ومعاون رئيس السلطة القضائية الإيرانية"),
      ("MEMBER_OF", MUH, PMF, "نائب رئيس هيئة الحشد الشعبي أبو مهدي"),
      ("LEADS", SOL, QF, "وقائد فيلق القدس الفريق قاسم"),
      ("ASSASSINATED_BY", MUH, USA, "التي نفذتها القوات الأمريكية", "2020-01-03"),
      ("ASSASSINATED_BY", SOL, USA, "التي نفذتها القوات الأمريكية", "2020-01-03"),
      ("ASSASSINATED_BY", MUH, TRUMP, "بأمر من الرئيس الأمريكي السابق", "2020-01-03"),
      ("ASSASSINATED_BY", SOL, TRUMP, "بأمر من الرئيس الأمريكي السابق", "2020-01-03"),
      ("MET_WITH", KADHIMI, RAISI, "استقبل رئيس الوزراء مصطفى الكاظمي الضيف", "2021-02-08"),
      ("MET_WITH", SALIH, RAISI, "ثم التقاه رئيس الجمهورية", "2021-02-08"),
      ("VISITED", RAISI, BIAP, "زار رئيسي موقع الحادثة قرب المطار", "2021-02-08"),
      ],
     {"source": "blind set (Baghdad Arabic daily, legal desk)", "published": "2021-02-09"}),

    ("arKA2_movahedi_azad_iraqi_ambassador", "ar",
     "المدعي العام الإيراني يستقبل السفير العراقي: ملف اغتيال سليماني «لن يُغلق»\n"
     "بغداد - القسم القانوني\n"
     "استقبل المدعي العام الإيراني حجة الإسلام محمد كاظم موحدي آزاد، في طهران، السفير العراقي نصير عبد "
     "المحسن، بحضور أمين لجنة حقوق الإنسان في السلطة القضائية الإيرانية كاظم غريب آبادي، وبحث معه مسار "
     "الدعاوى المرفوعة في البلدين بشأن حادثة مطار بغداد.\n"
     "وتولى موحدي آزاد منصب المدعي العام للبلاد في آب الماضي خلفاً لحجة الإسلام محمد جعفر منتظري، بقرار من "
     "رئيس السلطة القضائية غلام حسين محسني إجئي، الذي خلف بدوره السيد إبراهيم رئيسي على رأس السلطة عام 2021.\n"
     "وأكد المدعي العام أن الولايات المتحدة التي اغتالت الفريق قاسم سليماني والحاج أبو مهدي المهندس فجر "
     "الثالث من كانون الثاني 2020 ستُلاحق «في كل المحافل الدولية».\n"
     "وكان المدعي العام في طهران علي القاصي مهر قد أعلن في حزيران 2020 إصدار مذكرات توقيف بحق ترامب و35 "
     "آخرين، وطلب من الإنتربول إصدار نشرات حمراء بحقهم، وهو ما رفضته المنظمة.\n"
     "وفي سياق متصل، بحث إجئي في اتصال هاتفي مع رئيس مجلس القضاء الأعلى العراقي فائق زيدان تبادل المعلومات "
     "القضائية في القضية.",
     [("MET_WITH", MOVAHEDI, NASEER, "استقبل المدعي العام الإيراني حجة الإسلام", "2024-01"),
      ("MET_WITH", GHARIB, MOVAHEDI, "بحضور أمين لجنة حقوق الإنسان", "2024-01"),
      ("MET_WITH", GHARIB, NASEER, "بحضور أمين لجنة حقوق الإنسان", "2024-01"),
      ("VISITED", NASEER, TEHRAN, "في طهران، السفير العراقي", "2024-01"),
      ("MEMBER_OF", GHARIB, IRJUD, "أمين لجنة حقوق الإنسان في السلطة القضائية"),
      ("SUCCESSOR_OF", MOVAHEDI, MONTAZERI, "خلفاً لحجة الإسلام محمد جعفر منتظري", "2023-08"),
      ("SUCCESSOR_OF", EJEI, RAISI, "الذي خلف بدوره السيد إبراهيم رئيسي", "2021"),
      ("LEADS", EJEI, IRJUD, "رئيس السلطة القضائية غلام حسين"),
      ("ASSASSINATED_BY", SOL, USA, "الولايات المتحدة التي اغتالت الفريق قاسم سليماني", "2020-01-03"),
      ("ASSASSINATED_BY", MUH, USA, "الولايات المتحدة التي اغتالت الفريق قاسم سليماني", "2020-01-03"),
      ("LEADS", ZAIDAN, SJC, "رئيس مجلس القضاء الأعلى العراقي فائق"),
      ],
     {"source": "blind set (Baghdad Arabic daily, legal desk)", "published": "2024-01-10"}),

    ("arKA3_hashimi_killer_death_sentence", "ar",
     "الإعدام لقاتل هشام الهاشمي.. وملف الوزني ما زال «ضد مجهول»\n"
     "بغداد - القسم القانوني\n"
     "أصدرت محكمة جنايات الرصافة، الأحد، حكماً بالإعدام شنقاً حتى الموت بحق المدان أحمد حمداوي عويد، الضابط "
     "برتبة ملازم أول في وزارة الداخلية، بعد إدانته بقتل الخبير الأمني هشام الهاشمي أمام منزله في حي زيونة "
     "ببغداد في السادس من تموز 2020.\n"
     "وكان رئيس الوزراء السابق مصطفى الكاظمي قد أعلن في تموز 2021 القبض على عويد، وبثّ التلفزيون الرسمي "
     "اعترافاته في حينه.\n"
     "وعلى صعيد متصل، استقبل رئيس مجلس القضاء الأعلى القاضي فائق زيدان رئيس هيئة النزاهة الاتحادية القاضي "
     "حيدر حنون، بحضور المتحدث باسم المجلس عبد الستار بيرقدار، وجرى بحث ملفات استرداد الأموال المهربة.\n"
     "كما التقى رئيس الوزراء محمد شياع السوداني رئيس المحكمة الاتحادية العليا القاضي جاسم محمد عبود، ثم وزير "
     "العدل خالد شواني، في لقاءين منفصلين.\n"
     "في المقابل، لا تزال قضية اغتيال الناشط إيهاب الوزني، الذي قُتل أمام منزله في كربلاء في أيار 2021، "
     "مسجلة «ضد مجهول»، بعد أن أفرجت محكمة الجنايات عن المتهم الرئيسي فيها لعدم كفاية الأدلة.",
     [("ASSASSINATED_BY", HASHIMI, OWAID, "بعد إدانته بقتل الخبير الأمني", "2020-07-06"),
      ("MEMBER_OF", OWAID, IRQINT, "برتبة ملازم أول في وزارة الداخلية"),
      ("MET_WITH", ZAIDAN, HANOUN, "استقبل رئيس مجلس القضاء الأعلى القاضي فائق زيدان", "2023-05"),
      ("MET_WITH", BAYRAQDAR, ZAIDAN, "بحضور المتحدث باسم المجلس", "2023-05"),
      ("MET_WITH", BAYRAQDAR, HANOUN, "بحضور المتحدث باسم المجلس", "2023-05"),
      ("LEADS", ZAIDAN, SJC, "رئيس مجلس القضاء الأعلى القاضي فائق زيدان"),
      ("LEADS", HANOUN, INTEGRITY, "رئيس هيئة النزاهة الاتحادية القاضي"),
      ("MEMBER_OF", BAYRAQDAR, SJC, "بحضور المتحدث باسم المجلس"),
      ("MET_WITH", SUDANI, ABBOUD, "رئيس المحكمة الاتحادية العليا القاضي جاسم", "2023-05"),
      ("MET_WITH", SUDANI, SHWANI, "ثم وزير العدل خالد شواني", "2023-05"),
      ("LEADS", ABBOUD, FSC, "رئيس المحكمة الاتحادية العليا القاضي جاسم"),
      ("LEADS", SHWANI, IRQJUS, "ثم وزير العدل خالد شواني"),
      ],
     {"source": "blind set (Baghdad Arabic daily, legal desk)", "published": "2023-05-15"}),

    ("enKA4_araji_committee_erbil_dizayee", "en",
     "Iraqi probe committee in Erbil finds 'no evidence' of Mossad base hit by IRGC missiles\n"
     "ERBIL, Kurdistan Region - An Iraqi government committee investigating Monday night's missile strike by "
     "Iran's Islamic Revolutionary Guard Corps (IRGC) that killed Kurdish businessman Peshraw Dizayee and "
     "members of his family arrived in Erbil on Wednesday.\n"
     "The committee, headed by Iraqi National Security Adviser Qasim al-Araji, met Kurdistan Region Prime "
     "Minister Masrour Barzani in the presence of KRG Interior Minister Reber Ahmed, and later toured the "
     "ruins of Dizayee's home with Erbil Police Director Brigadier General Abdulkhaliq Talaat.\n"
     "\"We found no evidence of any Mossad presence at the site,\" Araji told reporters after the visit.\n"
     "Kurdistan Region President Nechirvan Barzani received the committee separately at his office.\n"
     "Baghdad has recalled its ambassador from Tehran for consultations and filed a complaint with the UN "
     "Security Council. The IRGC said it had hit an \"espionage headquarters\" of Israel.\n"
     "KRG spokesperson Peshawa Hawramani said the Kurdish premier had discussed the attack by phone with "
     "Iraqi Prime Minister Mohammed Shia al-Sudani.",
     [("ASSASSINATED_BY", DIZAYEE, IRGC, "that killed Kurdish businessman Peshraw Dizayee", "2024-01-15"),
      ("ATTACKED", IRGC, ERBIL, "missile strike by Iran's", "2024-01-15"),
      ("VISITED", ARAJI, ERBIL, "arrived in Erbil on Wednesday", "2024-01-17"),
      ("MET_WITH", ARAJI, MASROUR, "met Kurdistan Region Prime", "2024-01-17"),
      ("MET_WITH", REBER, ARAJI, "in the presence of KRG Interior Minister", "2024-01-17"),
      ("MET_WITH", REBER, MASROUR, "in the presence of KRG Interior Minister", "2024-01-17"),
      ("MET_WITH", ARAJI, TALAAT, "toured the ruins", "2024-01-17"),
      ("LEADS", MASROUR, KRG, "Kurdistan Region Prime Minister Masrour"),
      ("MEMBER_OF", REBER, KRG, "KRG Interior Minister Reber Ahmed"),
      ("MET_WITH", NECHIRVAN, ARAJI, "received the committee separately", "2024-01-17"),
      ("LEADS", NECHIRVAN, KRP, "Kurdistan Region President Nechirvan Barzani"),
      ("MEMBER_OF", HAWRAMANI, KRG, "KRG spokesperson Peshawa Hawramani"),
      ],
     {"source": "blind set (Kurdish English-language news site, Erbil)", "published": "2024-01-17"}),

    ("enKA5_nechirvan_new_federal_court_chief", "en",
     "Nechirvan Barzani meets new Federal Supreme Court chief in Baghdad\n"
     "ERBIL, Kurdistan Region - Kurdistan Region President Nechirvan Barzani met the new president of Iraq's "
     "Federal Supreme Court, Judge Munther Ibrahim Hussein, in Baghdad on Sunday, the Kurdistan Region "
     "Presidency said.\n"
     "Hussein succeeded Judge Jassim Mohammed Abboud, whose years at the head of the court were marked by "
     "rulings that Kurdish parties called hostile to the Region, including the 2022 decision striking down "
     "the Kurdistan Region's oil and gas law and the 2024 ruling that scrapped the minority quota seats in "
     "the Kurdistan parliament.\n"
     "The meeting was attended by KRG Justice Minister Farsat Ahmed and the Presidency's chief of staff, "
     "Fawzi Hariri. Barzani then met Faiq Zaidan, head of the Supreme Judicial Council.\n"
     "UN Special Representative Mohammed al-Hassan, who replaced Jeanine Hennis-Plasschaert as head of the "
     "UN Assistance Mission for Iraq (UNAMI) last year, is expected in Erbil next week.\n"
     "A meeting between Barzani and Prime Minister Mohammed Shia al-Sudani, planned for Monday, was "
     "postponed, a Presidency source told Kurdistan24.",
     [("MET_WITH", NECHIRVAN, MUNTHER, "met the new president of Iraq's", "2025"),
      ("LEADS", NECHIRVAN, KRP, "Kurdistan Region President Nechirvan Barzani met"),
      ("VISITED", NECHIRVAN, BAGHDAD, "in Baghdad on Sunday", "2025"),
      ("LEADS", MUNTHER, FSC, "Federal Supreme Court, Judge Munther Ibrahim Hussein"),
      ("SUCCESSOR_OF", MUNTHER, ABBOUD, "Hussein succeeded Judge Jassim Mohammed Abboud", "2025"),
      ("MET_WITH", FARSAT, NECHIRVAN, "attended by KRG Justice Minister", "2025"),
      ("MET_WITH", FARSAT, MUNTHER, "attended by KRG Justice Minister", "2025"),
      ("MET_WITH", HARIRI, NECHIRVAN, "the Presidency's chief of staff", "2025"),
      ("MET_WITH", HARIRI, MUNTHER, "the Presidency's chief of staff", "2025"),
      ("MET_WITH", FARSAT, HARIRI, "the Presidency's chief of staff", "2025"),
      ("MEMBER_OF", FARSAT, KRG, "KRG Justice Minister Farsat Ahmed"),
      ("MEMBER_OF", HARIRI, KRP, "the Presidency's chief of staff"),
      ("MET_WITH", NECHIRVAN, ZAIDAN, "Barzani then met Faiq Zaidan", "2025"),
      ("LEADS", ZAIDAN, SJC, "head of the Supreme Judicial Council"),
      ("SUCCESSOR_OF", HASSAN, HENNIS, "who replaced Jeanine Hennis-Plasschaert", "2024"),
      ("LEADS", HASSAN, UNAMI, "as head of the UN Assistance"),
      ],
     {"source": "blind set (Kurdish English-language news site, Erbil)", "published": "2025-06-16"}),

    ("enKA6_un_rapporteur_sato_first_report", "en",
     "UN rapporteur's first report cites executions of Kurds in Iran; Tehran dismisses it\n"
     "ERBIL, Kurdistan Region - The UN Special Rapporteur on the situation of human rights in Iran, Mai Sato, "
     "told the UN Human Rights Council in Geneva on Tuesday that Kurdish prisoners made up a large share of "
     "those executed in Iran last year. Sato took over the mandate from Javaid Rehman in August 2024.\n"
     "Iran's ambassador to the UN in Geneva, Ali Bahreini, rejected the report as \"politically motivated\".\n"
     "Like Rehman before her, Sato has not been allowed into Iran. The last UN rapporteur received in Tehran "
     "was Alena Douhan, the Special Rapporteur on unilateral coercive measures, who in May 2022 met Kazem "
     "Gharibabadi, then secretary of the Iranian judiciary's High Council for Human Rights, and later Foreign "
     "Minister Hossein Amir-Abdollahian.\n"
     "Tehran often cites the 2020 findings of Agnes Callamard, then the UN Special Rapporteur on "
     "extrajudicial executions, who concluded that the US drone strike that killed Qasem Soleimani near "
     "Baghdad airport was unlawful. Her successor, Morris Tidball-Binz, has not reopened the case.\n"
     "A meeting between Sato and Iranian diplomats on the sidelines of the session was cancelled, a Western "
     "diplomat told Kurdistan24.",
     [("SUCCESSOR_OF", SATO, REHMAN, "Sato took over the mandate from Javaid Rehman", "2024-08"),
      ("MEMBER_OF", SATO, UN, "The UN Special Rapporteur on the situation of human rights in Iran"),
      ("MEMBER_OF", BAHREINI, IRFM, "Iran's ambassador to the UN in Geneva"),
      ("MET_WITH", DOUHAN, GHARIB, "who in May 2022 met Kazem", "2022-05"),
      ("MET_WITH", DOUHAN, AMIRABD, "and later Foreign Minister", "2022-05"),
      ("VISITED", DOUHAN, TEHRAN, "The last UN rapporteur received in Tehran", "2022-05"),
      ("MEMBER_OF", DOUHAN, UN, "the Special Rapporteur on unilateral coercive measures"),
      ("MEMBER_OF", GHARIB, IRJUD, "then secretary of the Iranian judiciary's"),
      ("LEADS", AMIRABD, IRFM, "and later Foreign Minister Hossein"),
      ("ASSASSINATED_BY", SOL, USA, "the US drone strike that killed Qasem Soleimani", "2020-01-03"),
      ("MEMBER_OF", CALLAMARD, UN, "then the UN Special Rapporteur on"),
      ("SUCCESSOR_OF", TIDBALL, CALLAMARD, "Her successor, Morris Tidball-Binz", "2021"),
      ],
     {"source": "blind set (Kurdish English-language news site, Erbil)", "published": "2025-03-18"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setKA")
