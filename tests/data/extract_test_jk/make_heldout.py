"""Blind set JK: Iraq under Mohammed Shia al-Sudani, November 2022 - November 2024, as the Iraqi
state news agency writes it: its protocol Arabic ("بغداد - واع", "استقبل رئيس مجلس الوزراء محمد شياع
السوداني، اليوم ...", "وذكر بيان للمكتب الإعلامي ... تلقته وكالة الأنباء العراقية (واع)", "وحضر
اللقاء") and its English service ("Baghdad - INA", "Prime Minister Mohammed Shia Al-Sudani received
on ...", "The Prime Minister's Media Office said in a statement received by the Iraqi News Agency
(INA)", "Türkiye").
Pieces: al-Sudani in Tehran with Raisi and Khamenei, November 2022 (Arabic); al-Sudani with Erdogan
at the Presidential Complex in Ankara, March 2023 (English); the commander-in-chief receives the PMF
chairman and chief of staff and names a new head of the Counter-Terrorism Service (Arabic); Erdogan in
Baghdad, April 2024 (English); Fuad Hussein receives Araghchi, October 2024 (Arabic); the new Speaker
al-Mashhadani receives Nechirvan Barzani and the Turkmen Front's head, November 2024 (English).
Excluded on purpose (no relation): al-Sudani's meeting with Ghalibaf scheduled for the next day; an
Erdogan visit to Baghdad only expected; a phone call from Lloyd Austin to al-Sudani, and a drone attack
no party claimed; Erdogan's onward trip to Erbil ("is scheduled"); Fuad Hussein's phone call with
Blinken; Kurtulmus's phone call to al-Mashhadani. The helicopter crash that killed Amir-Abdollahian has
no agent. Attendees ("وحضر اللقاء", "The meeting was attended by") are paired with everyone present;
the PMF chairman and his chief of staff, received in one line, are not paired with each other.
Spellings: عراقچي (Persian che), السيد علي الخامنئي, أبو فدك المحمداوي (kunya; id
person:abdul-aziz-al-muhammadawi), Al-Sudani and Al-Mashhadani with capital Al-, Türkiye, Mustafa
Şentop, Recep Tayyip Erdoğan.
Events follow the public record as far as the writer knew it; some minor details (who attended a
meeting, weekdays, the date and holder of the Counter-Terrorism Service appointment) are filled in
for the exercise.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_jl import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAQ, IRAN, TURKEY = "country:iraq", "country:iran", "country:turkey"
IQG, IQFM, IQPARL, IQARMED, PMF, CTS, NSA, TFM, IRFM, TGNA, KRP = (
    "organization:iraqi-government", "organization:iraqi-foreign-ministry", "organization:iraqi-parliament",
    "organization:iraqi-armed-forces", "organization:popular-mobilization-forces",
    "organization:counter-terrorism-service", "organization:iraqi-national-security-advisory",
    "organization:turkish-foreign-ministry", "organization:iranian-foreign-ministry",
    "organization:grand-national-assembly-of-turkey", "organization:kurdistan-region-presidency")
TEHRAN, ANKARA, PCOMPLEX, BAGHDAD, GOVPALACE = (
    "location:tehran", "location:ankara", "location:presidential-complex-ankara", "location:baghdad",
    "location:government-palace-baghdad")
SUDANI, FUAD, RAISI, KHAMENEI, ERDOGAN, SENTOP, FIDAN, RASHID = (
    "person:mohammed-shia-al-sudani", "person:fuad-hussein", "person:ebrahim-raisi", "person:ali-khamenei",
    "person:recep-tayyip-erdogan", "person:mustafa-sentop", "person:hakan-fidan", "person:abdul-latif-rashid")
FAYYADH, FADAK, SAADI, ARAJI, ARAGHCHI, AMIRABD = (
    "person:falih-al-fayyadh", "person:abdul-aziz-al-muhammadawi", "person:abdul-wahab-al-saadi",
    "person:qassim-al-araji", "person:abbas-araghchi", "person:hossein-amir-abdollahian")
MASHHADANI, MANDALAWI, HALBOUSI, NECHIRVAN, SHAKHAWAN = (
    "person:mahmoud-al-mashhadani", "person:mohsen-al-mandalawi", "person:mohammed-al-halbousi",
    "person:nechirvan-barzani", "person:shakhawan-abdullah")
# new to the tables
ABBASJABR, LAJMAWI, KTAMIMI, YASIRI, ALAWI, TURAN, ITF = (
    "person:abbas-jabr-al-maliki", "person:majid-al-lajmawi", "person:karim-al-tamimi", "person:hiyam-al-yasiri",
    "person:hisham-al-alawi", "person:hassan-turan", "organization:iraqi-turkmen-front")

ARTICLES = [
    ("arJK1_sudani_tehran_raisi", "ar",
     "رئيس مجلس الوزراء يلتقي الرئيس الإيراني في طهران\n"
     "بغداد - واع: التقى رئيس مجلس الوزراء محمد شياع السوداني، اليوم الثلاثاء، رئيس الجمهورية الإسلامية "
     "الإيرانية إبراهيم رئيسي، في العاصمة طهران.\n"
     "وذكر بيان للمكتب الإعلامي لرئيس مجلس الوزراء، تلقته وكالة الأنباء العراقية (واع)، أن \"اللقاء شهد "
     "بحث العلاقات الثنائية وسبل تطويرها في مجالات الطاقة والتجارة والزراعة والمياه، وتأمين الحدود "
     "المشتركة\"، مؤكداً أن \"العراق لن يكون منطلقاً للاعتداء على أي من دول الجوار\".\n"
     "وحضر اللقاء وزير الخارجية فؤاد حسين، ووزير الزراعة عباس جبر المالكي.\n"
     "وكان السوداني قد وصل صباح اليوم إلى طهران في زيارة رسمية على رأس وفد وزاري رفيع، هي الثانية له "
     "خارج البلاد منذ تسلمه مهامه.\n"
     "كما التقى رئيس مجلس الوزراء، قائد الثورة الإسلامية السيد علي الخامنئي، وجرى خلال اللقاء استعراض "
     "تطورات الأوضاع في المنطقة.\n"
     "ومن المقرر أن يلتقي السوداني، غداً الأربعاء، رئيس مجلس الشورى الإسلامي محمد باقر قاليباف، قبل أن "
     "يعود إلى بغداد.",
     [("MET_WITH", SUDANI, RAISI, "التقى رئيس مجلس الوزراء محمد شياع", "2022-11-29"),
      ("LEADS", SUDANI, IQG, "التقى رئيس مجلس الوزراء محمد شياع"),
      ("LEADS", RAISI, IRAN, "رئيس الجمهورية الإسلامية الإيرانية إبراهيم"),
      ("MET_WITH", FUAD, SUDANI, "وحضر اللقاء وزير الخارجية", "2022-11-29"),
      ("MET_WITH", FUAD, RAISI, "وحضر اللقاء وزير الخارجية", "2022-11-29"),
      ("LEADS", FUAD, IQFM, "وزير الخارجية فؤاد حسين"),
      ("MET_WITH", ABBASJABR, SUDANI, "ووزير الزراعة عباس جبر", "2022-11-29"),
      ("MET_WITH", ABBASJABR, RAISI, "ووزير الزراعة عباس جبر", "2022-11-29"),
      ("MET_WITH", ABBASJABR, FUAD, "ووزير الزراعة عباس جبر", "2022-11-29"),
      ("MEMBER_OF", ABBASJABR, IQG, "ووزير الزراعة عباس جبر"),
      ("VISITED", SUDANI, TEHRAN, "قد وصل صباح اليوم إلى طهران", "2022-11-29"),
      ("MET_WITH", KHAMENEI, SUDANI, "كما التقى رئيس مجلس الوزراء، قائد الثورة", "2022-11-29"),
      ("LEADS", KHAMENEI, IRAN, "قائد الثورة الإسلامية السيد علي"),
      ],
     {"source": "blind set (Iraqi state news agency, Arabic)", "published": "2022-11-29"}),

    ("enJK2_sudani_erdogan_ankara", "en",
     "PM Al-Sudani, President Erdoğan discuss water, security and Development Road in Ankara\n"
     "Ankara - INA\n"
     "Prime Minister Mohammed Shia Al-Sudani met on Tuesday with the President of the Republic of Türkiye, "
     "Recep Tayyip Erdoğan, at the Presidential Complex in Ankara.\n"
     "The Prime Minister's Media Office said in a statement received by the Iraqi News Agency (INA) that "
     "\"the meeting discussed water releases into the Tigris and Euphrates, the Development Road project, "
     "and the security of the common border.\"\n"
     "The meeting was attended by Foreign Minister Fuad Hussein and Iraq's Ambassador to Türkiye Majid "
     "Al-Lajmawi.\n"
     "At a joint press conference, President Erdoğan announced that Türkiye would increase the water "
     "released into the Tigris for one month in response to Al-Sudani's request.\n"
     "Al-Sudani also met with the Speaker of the Grand National Assembly of Türkiye, Mustafa Şentop.\n"
     "The Prime Minister had arrived in Ankara on Monday evening at the head of a ministerial delegation, "
     "and President Erdoğan is expected to visit Baghdad in the coming months.",
     [("MET_WITH", SUDANI, ERDOGAN, "met on Tuesday with the President", "2023-03-21"),
      ("LEADS", SUDANI, IQG, "Prime Minister Mohammed Shia Al-Sudani met"),
      ("LEADS", ERDOGAN, TURKEY, "the President of the Republic of Türkiye"),
      ("VISITED", SUDANI, PCOMPLEX, "at the Presidential Complex in Ankara", "2023-03-21"),
      ("MET_WITH", FUAD, SUDANI, "The meeting was attended by Foreign Minister", "2023-03-21"),
      ("MET_WITH", FUAD, ERDOGAN, "The meeting was attended by Foreign Minister", "2023-03-21"),
      ("LEADS", FUAD, IQFM, "Foreign Minister Fuad Hussein and"),
      ("MET_WITH", LAJMAWI, SUDANI, "Ambassador to Türkiye Majid", "2023-03-21"),
      ("MET_WITH", LAJMAWI, ERDOGAN, "Ambassador to Türkiye Majid", "2023-03-21"),
      ("MET_WITH", FUAD, LAJMAWI, "Ambassador to Türkiye Majid", "2023-03-21"),
      ("MEMBER_OF", LAJMAWI, IQFM, "Iraq's Ambassador to Türkiye"),
      ("MET_WITH", SUDANI, SENTOP, "Al-Sudani also met with the Speaker", "2023-03-21"),
      ("LEADS", SENTOP, TGNA, "Speaker of the Grand National Assembly"),
      ("VISITED", SUDANI, ANKARA, "had arrived in Ankara on Monday", "2023-03-20"),
      ],
     {"source": "blind set (Iraqi state news agency, English service)", "published": "2023-03-21"}),

    ("arJK3_pmf_chairman_cts_head", "ar",
     "القائد العام للقوات المسلحة يستقبل رئيس هيئة الحشد الشعبي ويكلف رئيساً جديداً لجهاز مكافحة الإرهاب\n"
     "بغداد - واع: استقبل رئيس مجلس الوزراء القائد العام للقوات المسلحة محمد شياع السوداني، اليوم الأحد، "
     "رئيس هيئة الحشد الشعبي فالح الفياض، ورئيس أركان الهيئة أبو فدك المحمداوي.\n"
     "وذكر بيان للمكتب الإعلامي لرئيس مجلس الوزراء أن اللقاء شهد مناقشة خطط تطوير الهيئة وتنظيم "
     "تشكيلاتها، وتأكيد التزامها بالقانون والسياقات العسكرية.\n"
     "وفي سياق آخر، أصدر القائد العام للقوات المسلحة أمراً بتكليف الفريق الركن كريم عبود التميمي برئاسة "
     "جهاز مكافحة الإرهاب، خلفاً للفريق الركن عبد الوهاب الساعدي.\n"
     "واستقبل السوداني في وقت لاحق رئيس جهاز مكافحة الإرهاب الجديد، بحضور مستشار الأمن القومي قاسم "
     "الأعرجي، موجهاً بمواصلة ملاحقة بقايا عصابات داعش الإرهابية.\n"
     "وتلقى السوداني اتصالاً هاتفياً من وزير الدفاع الأميركي لويد أوستن، جرى خلاله بحث الأوضاع الأمنية.\n"
     "ولم تتبنَّ أي جهة حتى الآن الهجوم بطائرة مسيّرة الذي استهدف، فجر السبت، حقلاً غازياً في محافظة "
     "السليمانية.",
     [("LEADS", SUDANI, IQARMED, "القائد العام للقوات المسلحة محمد شياع"),
      ("MET_WITH", SUDANI, FAYYADH, "رئيس هيئة الحشد الشعبي فالح", "2023"),
      ("LEADS", FAYYADH, PMF, "رئيس هيئة الحشد الشعبي فالح"),
      ("MET_WITH", SUDANI, FADAK, "ورئيس أركان الهيئة أبو فدك", "2023"),
      ("MEMBER_OF", FADAK, PMF, "ورئيس أركان الهيئة أبو فدك"),
      ("LEADS", KTAMIMI, CTS, "الفريق الركن كريم عبود التميمي برئاسة"),
      ("SUCCESSOR_OF", KTAMIMI, SAADI, "خلفاً للفريق الركن", "2023"),
      ("MET_WITH", SUDANI, KTAMIMI, "واستقبل السوداني في وقت لاحق", "2023"),
      ("MET_WITH", ARAJI, SUDANI, "بحضور مستشار الأمن القومي", "2023"),
      ("MET_WITH", ARAJI, KTAMIMI, "بحضور مستشار الأمن القومي", "2023"),
      ("LEADS", ARAJI, NSA, "مستشار الأمن القومي قاسم"),
      ],
     {"source": "blind set (Iraqi state news agency, Arabic)", "published": "2023"}),

    ("enJK4_erdogan_baghdad", "en",
     "PM Al-Sudani, President Erdoğan hold official talks in Baghdad\n"
     "Baghdad - INA\n"
     "Prime Minister Mohammed Shia Al-Sudani and President of Türkiye Recep Tayyip Erdoğan held official talks "
     "on Monday at the Government Palace in Baghdad, on the first visit by the Turkish President to Iraq in "
     "more than a decade.\n"
     "The Prime Minister's Media Office said that the talks covered water, energy, the Development Road and "
     "security cooperation against the PKK, and that the two leaders witnessed the signing of 26 memoranda "
     "of understanding.\n"
     "The talks were attended by Turkish Foreign Minister Hakan Fidan and Minister of Communications Hiyam "
     "Al-Yasiri.\n"
     "Erdoğan later met President of the Republic Abdul Latif Jamal Rashid, who received him at Baghdad "
     "Palace.\n"
     "The Turkish President is scheduled to travel to Erbil later in the day to meet officials of the "
     "Kurdistan Region.",
     [("MET_WITH", SUDANI, ERDOGAN, "held official talks", "2024-04-22"),
      ("LEADS", SUDANI, IQG, "Prime Minister Mohammed Shia Al-Sudani and"),
      ("LEADS", ERDOGAN, TURKEY, "President of Türkiye Recep"),
      ("VISITED", ERDOGAN, GOVPALACE, "at the Government Palace in Baghdad", "2024-04-22"),
      ("VISITED", ERDOGAN, IRAQ, "on the first visit by the Turkish President to Iraq", "2024-04-22"),
      ("MET_WITH", FIDAN, SUDANI, "The talks were attended by Turkish", "2024-04-22"),
      ("MET_WITH", FIDAN, ERDOGAN, "The talks were attended by Turkish", "2024-04-22"),
      ("LEADS", FIDAN, TFM, "Turkish Foreign Minister Hakan Fidan"),
      ("MET_WITH", YASIRI, SUDANI, "Minister of Communications Hiyam", "2024-04-22"),
      ("MET_WITH", YASIRI, ERDOGAN, "Minister of Communications Hiyam", "2024-04-22"),
      ("MET_WITH", FIDAN, YASIRI, "Minister of Communications Hiyam", "2024-04-22"),
      ("MEMBER_OF", YASIRI, IQG, "Minister of Communications Hiyam"),
      ("MET_WITH", ERDOGAN, RASHID, "later met President of the Republic", "2024-04-22"),
      ("LEADS", RASHID, IRAQ, "President of the Republic Abdul Latif"),
      ],
     {"source": "blind set (Iraqi state news agency, English service)", "published": "2024-04-22"}),

    ("arJK5_fuad_hussein_araghchi", "ar",
     "نائب رئيس مجلس الوزراء وزير الخارجية يستقبل نظيره الإيراني\n"
     "بغداد - واع: استقبل نائب رئيس مجلس الوزراء وزير الخارجية فؤاد حسين، اليوم الأحد، وزير خارجية "
     "الجمهورية الإسلامية الإيرانية عباس عراقچي والوفد المرافق له.\n"
     "وذكر بيان لوزارة الخارجية، تلقته وكالة الأنباء العراقية (واع)، أن الجانبين بحثا التصعيد الخطير في "
     "المنطقة، وضرورة وقف العدوان على غزة ولبنان، ومنع اتساع رقعة الصراع.\n"
     "وحضر اللقاء وكيل الوزارة للشؤون السياسية هشام العلوي.\n"
     "وهنأ حسين نظيره الإيراني بتسلمه حقيبة الخارجية خلفاً للراحل حسين أمير عبد اللهيان، الذي قضى في "
     "حادث تحطم المروحية الرئاسية في أيار الماضي.\n"
     "وفي وقت لاحق، استقبل رئيس مجلس الوزراء محمد شياع السوداني الوزير الإيراني، وجرى بحث تطورات "
     "الأوضاع الإقليمية.\n"
     "وكان وزير الخارجية قد أجرى، أمس السبت، اتصالاً هاتفياً بوزير الخارجية الأميركي أنتوني بلينكن.",
     [("MET_WITH", FUAD, ARAGHCHI, "استقبل نائب رئيس مجلس الوزراء وزير الخارجية", "2024-10-13"),
      ("LEADS", FUAD, IQFM, "وزير الخارجية فؤاد حسين، اليوم"),
      ("LEADS", ARAGHCHI, IRFM, "الإيرانية عباس عراقچي"),
      ("MET_WITH", ALAWI, FUAD, "وحضر اللقاء وكيل الوزارة", "2024-10-13"),
      ("MET_WITH", ALAWI, ARAGHCHI, "وحضر اللقاء وكيل الوزارة", "2024-10-13"),
      ("MEMBER_OF", ALAWI, IQFM, "وكيل الوزارة للشؤون السياسية هشام"),
      ("SUCCESSOR_OF", ARAGHCHI, AMIRABD, "خلفاً للراحل", "2024"),
      ("MET_WITH", SUDANI, ARAGHCHI, "استقبل رئيس مجلس الوزراء محمد شياع", "2024-10-13"),
      ("LEADS", SUDANI, IQG, "استقبل رئيس مجلس الوزراء محمد شياع"),
      ],
     {"source": "blind set (Iraqi state news agency, Arabic)", "published": "2024-10-13"}),

    ("enJK6_mashhadani_receives_barzani", "en",
     "Speaker Al-Mashhadani receives Kurdistan Region President\n"
     "Baghdad - INA\n"
     "Speaker of the Council of Representatives Mahmoud Al-Mashhadani received on Sunday the President of the "
     "Kurdistan Region, Nechirvan Barzani, in the presence of the Second Deputy Speaker, Shakhawan Abdullah.\n"
     "A statement by the Speaker's Media Office said the meeting discussed the 2025 budget tables, the "
     "Kurdistan Region's oil exports and the legislation pending before the Council.\n"
     "In a separate meeting, Al-Mashhadani received the head of the Iraqi Turkmen Front, MP Hassan Turan, who "
     "congratulated him on winning the speakership.\n"
     "Al-Mashhadani was elected Speaker on Thursday, October 31, succeeding Mohsen Al-Mandalawi, who had "
     "served as acting Speaker since the Federal Supreme Court ended the membership of former Speaker "
     "Mohammed Al-Halbousi in November 2023.\n"
     "The Speaker also received a phone call from the Speaker of the Grand National Assembly of Türkiye, "
     "Numan Kurtulmuş, who invited him to visit Ankara.\n"
     "Barzani arrived in Baghdad on Sunday morning for talks with federal officials.",
     [("LEADS", MASHHADANI, IQPARL, "Speaker of the Council of Representatives Mahmoud"),
      ("MET_WITH", MASHHADANI, NECHIRVAN, "received on Sunday the President", "2024-11-03"),
      ("LEADS", NECHIRVAN, KRP, "the President of the Kurdistan Region, Nechirvan"),
      ("MET_WITH", SHAKHAWAN, MASHHADANI, "in the presence of the Second Deputy Speaker", "2024-11-03"),
      ("MET_WITH", SHAKHAWAN, NECHIRVAN, "in the presence of the Second Deputy Speaker", "2024-11-03"),
      ("MEMBER_OF", SHAKHAWAN, IQPARL, "Second Deputy Speaker, Shakhawan"),
      ("MET_WITH", MASHHADANI, TURAN, "Al-Mashhadani received the head of the Iraqi Turkmen", "2024-11-03"),
      ("LEADS", TURAN, ITF, "the head of the Iraqi Turkmen Front, MP Hassan"),
      ("MEMBER_OF", TURAN, IQPARL, "MP Hassan Turan"),
      ("SUCCESSOR_OF", MASHHADANI, MANDALAWI, "succeeding Mohsen Al-Mandalawi", "2024-10-31"),
      ("SUCCESSOR_OF", MANDALAWI, HALBOUSI, "who had served as acting Speaker", "2023-11"),
      ("VISITED", NECHIRVAN, BAGHDAD, "Barzani arrived in Baghdad", "2024-11-03"),
      ],
     {"source": "blind set (Iraqi state news agency, English service)", "published": "2024-11-03"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setJK")
