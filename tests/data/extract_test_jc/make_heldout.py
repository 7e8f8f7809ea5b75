"""Blind set JC: Syria, May - September 2025: the US envoy and the sanctions, Gulf investment, the
Sweida crisis and the Israeli strikes on Damascus, the Paris talks with Israel, the fight against
Islamic State, as three outlets write it: the Syrian state news agency's Arabic service (SANA-like:
"استقبل السيد الرئيس أحمد الشرع اليوم في قصر الشعب بدمشق ... والوفد المرافق له", "وجرى خلال
اللقاء", "حضر اللقاء", "وشهد السيد الرئيس ... توقيع"), an independent Syrian outlet (Enab Baladi-like,
Arabic and English: "عنب بلدي – دمشق", "الأربعاء 16 من تموز", a ministry's spokesman quoted), and an
international wire's English Damascus dispatches ("DAMASCUS, Sept 12 (Wire) -", "a diplomatic
source said", "declined to comment").
Pieces: Barrack received by al-Sharaa and the energy memorandum signed before them by al-Bashir and
the head of UCC Holding, 29 May (SANA, Arabic); the Saudi investment minister received with the
economy minister and the head of the investment authority attending, 24 July (SANA, Arabic); the
Israeli strikes on the General Staff building and the withdrawal from Sweida, and the governor's
meeting with Sheikh Jarbou, July (Enab Baladi, Arabic); Barrack and Adm. Cooper with al-Sharaa, Cooper
after Kurilla, the al-Bab raid that killed al-Hardani (wire, English); al-Shibani, Dermer, Barrack and
Idlbi in Paris, August, with the 2024 strike that killed Zahedi as background (wire, English); Hussein al-Salameh receives Hamid al-Shatri with Khattab
attending, Salameh after Khattab, and the Mar Elias church bombing (Enab Baladi, English).
Excluded on purpose (no relation): Barrack's meeting with al-Shaibani "scheduled" for later; a
Syrian-Saudi business council meeting still to come; the deaths in Damascus from the strikes (no
person named), al-Hijri's refusal of any understanding, and an internal security member killed by
unknown gunmen with no claim; Damascus "not informed" of the al-Bab raid, Barrack's phone call with
Mazloum Abdi, two soldiers killed in Deir al-Zor with no claim; a reported meeting between al-Sharaa and
Israeli officials in Baku that Damascus denied, and Netanyahu's office declining to comment; the Mar
Elias church bombing, which the Interior Ministry blamed on an Islamic State cell while another group
claimed it (contested: no ATTACKED), and a planned visit by Khattab to Baghdad. A signing that the
president and the envoy "witnessed" after their talks is counted as a meeting of all present.
Spellings: توماس باراك (in place of توماس براك), Gen. Erik Kurilla (id person:michael-kurilla),
Asaad al-Shibani (wire), شيخ العقل.
Events follow the public record as far as the writer knew it; some minor details (who attended a
meeting, dates of minor visits) are filled in for the exercise.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_jc import ALL  # noqa: E402

HERE = Path(__file__).parent

SYRIA, USA, SAUDI, ISR, IRAQ = ("country:syria", "country:united-states", "country:saudi-arabia", "country:israel",
                                "country:iraq")
SYRFM, SYRINT, SYRGIS, SYRENERGY, SYRARMY, SDF, ISIS = (
    "organization:syrian-foreign-ministry", "organization:syrian-interior-ministry",
    "organization:syrian-general-intelligence", "organization:syrian-energy-ministry", "organization:syrian-army",
    "organization:syrian-democratic-forces", "organization:islamic-state")
CENTCOM, USAF, IAF, ISRDEF, ISRGOV, INIS = (
    "organization:us-central-command", "organization:us-armed-forces", "organization:israeli-air-force",
    "organization:israeli-defense-ministry", "organization:israeli-government",
    "organization:iraqi-national-intelligence-service")
DAMASCUS, SWEIDA, PARIS = "location:damascus", "location:sweida", "location:paris"
SHARAA, SHAIBANI, BASHIR, KHATTAB, SALAMEH = (
    "person:ahmed-al-sharaa", "person:asaad-al-shaibani", "person:mohammed-al-bashir", "person:anas-khattab",
    "person:hussein-al-salameh")
BARRACK, TRUMP, COOPER, KURILLA, ABDI, FALIH, SALMAN = (
    "person:tom-barrack", "person:donald-trump", "person:brad-cooper", "person:michael-kurilla",
    "person:mazloum-abdi", "person:khalid-al-falih", "person:salman-bin-abdulaziz")
KATZ, HIJRI, DERMER, NETANYAHU, SHATRI = ("person:israel-katz", "person:hikmat-al-hijri", "person:ron-dermer",
                                          "person:benjamin-netanyahu", "person:hamid-al-shatri")
# new to the tables
UCC, SYRECON, SIA, SAUDIINV, UMAYYADSQ = (
    "organization:ucc-holding", "organization:syrian-economy-ministry", "organization:syrian-investment-authority",
    "organization:saudi-investment-ministry", "location:umayyad-square")
KHAYYAT, SHAAR, HILALI, BAKOUR, DALATI, JARBOU, HARDANI, IDLBI, BABA = (
    "person:ramez-al-khayyat", "person:mohammed-nidal-al-shaar", "person:talal-al-hilali",
    "person:mustafa-al-bakour", "person:ahmad-al-dalati", "person:youssef-jarbou", "person:dhiya-al-hardani",
    "person:qutaiba-idlbi", "person:noureddine-al-baba")

ARTICLES = [
    ("arJC1_sharaa_receives_barrack", "ar",
     "الرئيس الشرع يستقبل المبعوث الأمريكي الخاص إلى سوريا\n"
     "دمشق-سانا\n"
     "استقبل السيد الرئيس أحمد الشرع اليوم في قصر الشعب بدمشق المبعوث الأمريكي الخاص إلى سوريا السفير "
     "توماس باراك والوفد المرافق له.\n"
     "وجرى خلال اللقاء بحث الخطوات التنفيذية لرفع العقوبات الأمريكية المفروضة على سوريا، وسبل تشجيع "
     "الاستثمارات الأمريكية في قطاعي الطاقة والبنى التحتية.\n"
     "وشهد السيد الرئيس والمبعوث باراك عقب اللقاء توقيع مذكرة تفاهم بين وزارة الطاقة وتحالف شركات قطرية "
     "وتركية وأمريكية لإنشاء محطات لتوليد الكهرباء باستثمارات تقارب سبعة مليارات دولار، وقّعها عن الجانب "
     "السوري وزير الطاقة السيد محمد البشير، وعن التحالف رئيس مجموعة «يو سي سي» القابضة القطرية السيد رامز "
     "الخياط.\n"
     "وكان باراك قد رفع في وقت سابق اليوم علم الولايات المتحدة فوق مقر إقامة السفير الأمريكي في دمشق، "
     "للمرة الأولى منذ إغلاق السفارة عام 2012.\n"
     "وأكد باراك في تصريح صحفي أن الرئيس الأمريكي دونالد ترامب «يريد أن يمنح سوريا فرصة»، معرباً عن أمله في "
     "أن تنعم سوريا بالاستقرار والازدهار.\n"
     "ومن المقرر أن يلتقي باراك وزير الخارجية والمغتربين السيد أسعد حسن الشيباني في وقت لاحق.",
     [("MET_WITH", SHARAA, BARRACK, "استقبل السيد الرئيس أحمد الشرع اليوم", "2025-05-29"),
      ("VISITED", BARRACK, DAMASCUS, "في قصر الشعب بدمشق المبعوث", "2025-05-29"),
      ("MET_WITH", BASHIR, SHARAA, "وشهد السيد الرئيس والمبعوث باراك عقب اللقاء", "2025-05-29"),
      ("MET_WITH", BASHIR, BARRACK, "وشهد السيد الرئيس والمبعوث باراك عقب اللقاء", "2025-05-29"),
      ("MET_WITH", KHAYYAT, SHARAA, "وشهد السيد الرئيس والمبعوث باراك عقب اللقاء", "2025-05-29"),
      ("MET_WITH", KHAYYAT, BARRACK, "وشهد السيد الرئيس والمبعوث باراك عقب اللقاء", "2025-05-29"),
      ("MET_WITH", KHAYYAT, BASHIR, "وشهد السيد الرئيس والمبعوث باراك عقب اللقاء", "2025-05-29"),
      ("LEADS", BASHIR, SYRENERGY, "وزير الطاقة السيد محمد"),
      ("LEADS", KHAYYAT, UCC, "رئيس مجموعة «يو سي سي» القابضة"),
      ("LEADS", TRUMP, USA, "الرئيس الأمريكي دونالد ترامب"),
      ],
     {"source": "blind set (Syrian state news agency, Arabic)", "published": "2025-05-29"}),

    ("arJC2_sharaa_receives_falih", "ar",
     "الرئيس الشرع يستقبل وزير الاستثمار السعودي والوفد المرافق له\n"
     "دمشق-سانا\n"
     "استقبل السيد الرئيس أحمد الشرع اليوم في قصر الشعب بدمشق وزير الاستثمار في المملكة العربية السعودية "
     "المهندس خالد بن عبد العزيز الفالح، والوفد المرافق له الذي يضم أكثر من مئة وثلاثين مستثمراً ورجل أعمال "
     "سعودياً.\n"
     "وجرى خلال اللقاء بحث فرص الاستثمار في سوريا في قطاعات الطاقة والبنى التحتية والعقارات والاتصالات، "
     "وسبل تعزيز الشراكة الاقتصادية بين البلدين الشقيقين.\n"
     "حضر اللقاء وزير الاقتصاد والصناعة الدكتور محمد نضال الشعار، ورئيس هيئة الاستثمار السورية السيد طلال "
     "الهلالي.\n"
     "وكان الوزير الفالح قد افتتح صباح اليوم مع الوزير الشعار أعمال «منتدى الاستثمار السوري السعودي 2025» "
     "في دمشق، الذي شهد توقيع 47 اتفاقية ومذكرة تفاهم بقيمة تقارب 24 مليار ريال سعودي.\n"
     "وأكد الفالح في كلمته أمام المنتدى أن المملكة «ماضية في دعم سوريا وشعبها»، بتوجيه من خادم الحرمين "
     "الشريفين الملك سلمان بن عبد العزيز آل سعود.\n"
     "ومن المنتظر أن يعقد مجلس الأعمال السوري السعودي اجتماعه الأول في الرياض خلال الأشهر المقبلة.",
     [("MET_WITH", SHARAA, FALIH, "استقبل السيد الرئيس أحمد الشرع اليوم", "2025-07-24"),
      ("VISITED", FALIH, DAMASCUS, "في قصر الشعب بدمشق وزير الاستثمار", "2025-07-24"),
      ("LEADS", FALIH, SAUDIINV, "وزير الاستثمار في المملكة العربية السعودية"),
      ("MET_WITH", SHAAR, SHARAA, "حضر اللقاء وزير الاقتصاد والصناعة", "2025-07-24"),
      ("MET_WITH", SHAAR, FALIH, "حضر اللقاء وزير الاقتصاد والصناعة", "2025-07-24"),
      ("MET_WITH", HILALI, SHARAA, "حضر اللقاء وزير الاقتصاد والصناعة", "2025-07-24"),
      ("MET_WITH", HILALI, FALIH, "حضر اللقاء وزير الاقتصاد والصناعة", "2025-07-24"),
      ("MET_WITH", SHAAR, HILALI, "حضر اللقاء وزير الاقتصاد والصناعة", "2025-07-24"),
      ("LEADS", SHAAR, SYRECON, "وزير الاقتصاد والصناعة الدكتور محمد"),
      ("LEADS", HILALI, SIA, "ورئيس هيئة الاستثمار السورية السيد طلال"),
      ("LEADS", SALMAN, SAUDI, "خادم الحرمين الشريفين الملك سلمان"),
      ],
     {"source": "blind set (Syrian state news agency, Arabic)", "published": "2025-07-24"}),

    ("arJC3_israeli_strikes_sweida_withdrawal", "ar",
     "قصف إسرائيلي على مبنى الأركان في دمشق.. والحكومة تسحب قواتها من السويداء\n"
     "عنب بلدي – دمشق\n"
     "استهدف الطيران الحربي الإسرائيلي، الأربعاء 16 من تموز، مبنى هيئة الأركان العامة في ساحة الأمويين وسط "
     "دمشق ومحيط القصر الرئاسي، بالتزامن مع غارات على أرتال القوات الحكومية في محافظة السويداء جنوبي "
     "سوريا.\n"
     "وقال وزير الدفاع الإسرائيلي، يسرائيل كاتس، إن «الضربات المؤلمة بدأت»، مطالبًا بسحب القوات الحكومية "
     "من السويداء، فيما قالت وزارة الصحة السورية إن القصف على دمشق أدى إلى مقتل ثلاثة أشخاص وإصابة 34 "
     "آخرين.\n"
     "وفي ساعة متأخرة من الليل، أعلن الرئيس أحمد الشرع، في كلمة متلفزة، سحب القوات من المحافظة وتكليف فصائل "
     "محلية ومشايخ العقل بحفظ الأمن فيها «تجنبًا لحرب مفتوحة».\n"
     "وكان محافظ السويداء، مصطفى البكور، قد التقى الثلاثاء شيخ العقل يوسف جربوع، بحضور قائد الأمن الداخلي "
     "في المحافظة، العميد أحمد الدالاتي، للاتفاق على وقف لإطلاق النار، في حين رفض شيخ العقل حكمت الهجري أي "
     "تفاهم مع الحكومة، ودعا إلى «مقاومة» دخول القوات.\n"
     "كما قُتل عنصر في الأمن الداخلي برصاص مجهولين في ريف السويداء الغربي، دون أن تتبنى أي جهة العملية.",
     [("ATTACKED", IAF, UMAYYADSQ, "مبنى هيئة الأركان العامة في ساحة الأمويين", "2025-07-16"),
      ("LOCATED_IN", UMAYYADSQ, DAMASCUS, "في ساحة الأمويين وسط", ),
      ("ATTACKED", IAF, SYRARMY, "غارات على أرتال القوات الحكومية", "2025-07-16"),
      ("LEADS", KATZ, ISRDEF, "وزير الدفاع الإسرائيلي، يسرائيل"),
      ("WITHDREW_FROM", SYRARMY, SWEIDA, "سحب القوات من المحافظة", "2025-07-16"),
      ("MET_WITH", BAKOUR, JARBOU, "قد التقى الثلاثاء شيخ العقل", "2025-07-15"),
      ("MET_WITH", DALATI, BAKOUR, "بحضور قائد الأمن الداخلي", "2025-07-15"),
      ("MET_WITH", DALATI, JARBOU, "بحضور قائد الأمن الداخلي", "2025-07-15"),
      ("LEADS", BAKOUR, SWEIDA, "محافظ السويداء، مصطفى"),
      ],
     {"source": "blind set (independent Syrian outlet, Arabic)", "published": "2025-07-17"}),

    ("enJC4_barrack_cooper_meet_sharaa", "en",
     "U.S. envoy, CENTCOM chief meet Syria's Sharaa in Damascus\n"
     "DAMASCUS, Sept 12 (Wire) - U.S. special envoy Tom Barrack and the head of U.S. Central Command, Adm. "
     "Brad Cooper, met Syrian President Ahmed al-Sharaa in Damascus on Friday to discuss the fight against "
     "Islamic State and the integration of Kurdish-led forces into the Syrian army, the presidency said.\n"
     "Cooper took over CENTCOM last month from Gen. Erik Kurilla, who had commanded U.S. forces in the Middle "
     "East since 2022.\n"
     "The visit came weeks after U.S. forces killed a senior Islamic State leader, Dhiya Zawba Muslih "
     "al-Hardani, and two of his adult sons in a raid on a house in the town of al-Bab in northern Syria, an "
     "operation CENTCOM announced on July 25.\n"
     "A Syrian security official said Damascus had not been informed of the al-Bab raid in advance.\n"
     "Barrack, who is also U.S. ambassador to Turkey, later spoke by phone with Mazloum Abdi, the commander "
     "of the Syrian Democratic Forces, according to an SDF statement.\n"
     "On Thursday, gunmen killed two soldiers at a checkpoint in Deir al-Zor province; no group claimed "
     "responsibility.",
     [("MET_WITH", BARRACK, SHARAA, "met Syrian President Ahmed al-Sharaa in Damascus", "2025-09-12"),
      ("MET_WITH", COOPER, SHARAA, "met Syrian President Ahmed al-Sharaa in Damascus", "2025-09-12"),
      ("MET_WITH", BARRACK, COOPER, "met Syrian President Ahmed al-Sharaa in Damascus", "2025-09-12"),
      ("LEADS", COOPER, CENTCOM, "the head of U.S. Central Command, Adm"),
      ("LEADS", SHARAA, SYRIA, "Syrian President Ahmed al-Sharaa"),
      ("VISITED", BARRACK, DAMASCUS, "al-Sharaa in Damascus on Friday", "2025-09-12"),
      ("VISITED", COOPER, DAMASCUS, "al-Sharaa in Damascus on Friday", "2025-09-12"),
      ("SUCCESSOR_OF", COOPER, KURILLA, "took over CENTCOM last month from Gen", "2025-08"),
      ("LEADS", KURILLA, CENTCOM, "who had commanded U.S. forces in the Middle"),
      ("ASSASSINATED_BY", HARDANI, USAF, "U.S. forces killed a senior Islamic State leader", "2025-07-25"),
      ("MEMBER_OF", HARDANI, ISIS, "a senior Islamic State leader, Dhiya"),
      ("LEADS", ABDI, SDF, "the commander of the Syrian Democratic Forces"),
      ],
     {"source": "blind set (international wire, English)", "published": "2025-09-12"}),

    ("enJC5_shibani_dermer_paris", "en",
     "Syria's foreign minister met Israeli delegation in Paris, state media says\n"
     "DAMASCUS, Aug 20 (Wire) - Syrian Foreign Minister Asaad al-Shibani met an Israeli delegation in Paris on "
     "Tuesday to discuss de-escalation in southern Syria, state news agency SANA said, the first such meeting "
     "Damascus has publicly acknowledged.\n"
     "The talks, mediated by U.S. envoy Tom Barrack, focused on the situation in Sweida province and on "
     "reviving the 1974 disengagement agreement, SANA said. A diplomatic source said the Israeli side was led "
     "by Strategic Affairs Minister Ron Dermer.\n"
     "Qutaiba Idlbi, director of the Americas department at the Syrian foreign ministry, also took part, the "
     "source said.\n"
     "The meeting followed Israeli strikes on the Syrian Defense Ministry headquarters in central Damascus on "
     "July 16, which Israel said were meant to protect Sweida's Druze. Under Assad, Israeli jets regularly hit "
     "Iranian targets in Syria; in April 2024 an Israeli strike on Iran's consulate in Damascus killed "
     "Revolutionary Guards general Mohammad Reza Zahedi.\n"
     "Last month Damascus denied reports that al-Sharaa had met Israeli officials on the sidelines of a visit "
     "to Baku.\n"
     "The office of Israeli Prime Minister Benjamin Netanyahu declined to comment.",
     [("MET_WITH", SHAIBANI, DERMER, "the Israeli side was led", "2025-08-19"),
      ("LEADS", SHAIBANI, SYRFM, "Syrian Foreign Minister Asaad al-Shibani"),
      ("VISITED", SHAIBANI, PARIS, "met an Israeli delegation in Paris", "2025-08-19"),
      ("MET_WITH", BARRACK, SHAIBANI, "mediated by U.S. envoy Tom Barrack", "2025-08-19"),
      ("MET_WITH", BARRACK, DERMER, "mediated by U.S. envoy Tom Barrack", "2025-08-19"),
      ("MEMBER_OF", DERMER, ISRGOV, "Strategic Affairs Minister Ron Dermer"),
      ("MET_WITH", IDLBI, SHAIBANI, "also took part, the", "2025-08-19"),
      ("MET_WITH", IDLBI, DERMER, "also took part, the", "2025-08-19"),
      ("MET_WITH", IDLBI, BARRACK, "also took part, the", "2025-08-19"),
      ("MEMBER_OF", IDLBI, SYRFM, "director of the Americas department at the Syrian foreign ministry"),
      ("ATTACKED", ISR, DAMASCUS, "Israeli strikes on the Syrian Defense Ministry headquarters", "2025-07-16"),
      ("ATTACKED", ISR, "location:iranian-consulate-damascus", "an Israeli strike on Iran's consulate in Damascus",
       "2024-04-01"),
      ("ASSASSINATED_BY", "person:mohammad-reza-zahedi", ISR, "an Israeli strike on Iran's consulate in Damascus killed",
       "2024-04-01"),
      ("MEMBER_OF", "person:mohammad-reza-zahedi", "organization:irgc", "Revolutionary Guards general Mohammad"),
      ("LEADS", NETANYAHU, ISRGOV, "Israeli Prime Minister Benjamin Netanyahu"),
      ],
     {"source": "blind set (international wire, English)", "published": "2025-08-20"}),

    ("enJC6_salameh_hosts_shatri", "en",
     "Syria's intelligence chief hosts Iraqi counterpart as security cooperation expands\n"
     "Enab Baladi – Damascus\n"
     "The head of Syria's General Intelligence Service, Hussein al-Salameh, received the head of Iraq's "
     "National Intelligence Service, Hamid al-Shatri, in Damascus on Sunday, 6 July, for talks on border "
     "security and the pursuit of Islamic State cells, the Syrian Interior Ministry said.\n"
     "Interior Minister Anas Khattab attended part of the talks, the ministry added. It was al-Shatri's second "
     "visit to Damascus since the fall of the Assad regime; in December he met President Ahmed al-Sharaa.\n"
     "Al-Salameh took over the intelligence service in May, succeeding Khattab, who had headed it from "
     "December until his appointment as interior minister in March.\n"
     "The visit came two weeks after a suicide bombing at the Mar Elias Church in Damascus's Dweila "
     "neighbourhood killed 25 worshippers. Interior Ministry spokesman Noureddine al-Baba said an IS cell was "
     "behind the attack, though a little-known group, Saraya Ansar al-Sunna, claimed responsibility.\n"
     "A visit by Khattab to Baghdad, planned for the summer, has not yet been scheduled.",
     [("MET_WITH", SALAMEH, SHATRI, "received the head of Iraq's", "2025-07-06"),
      ("LEADS", SALAMEH, SYRGIS, "The head of Syria's General Intelligence Service, Hussein"),
      ("LEADS", SHATRI, INIS, "the head of Iraq's National Intelligence Service, Hamid"),
      ("VISITED", SHATRI, DAMASCUS, "Hamid al-Shatri, in Damascus on Sunday", "2025-07-06"),
      ("MET_WITH", KHATTAB, SALAMEH, "attended part of the talks", "2025-07-06"),
      ("MET_WITH", KHATTAB, SHATRI, "attended part of the talks", "2025-07-06"),
      ("LEADS", KHATTAB, SYRINT, "Interior Minister Anas Khattab"),
      ("MET_WITH", SHATRI, SHARAA, "in December he met President", "2024-12"),
      ("SUCCESSOR_OF", SALAMEH, KHATTAB, "succeeding Khattab, who had headed it", "2025-05"),
      ("MEMBER_OF", BABA, SYRINT, "Interior Ministry spokesman Noureddine al-Baba"),
      ],
     {"source": "blind set (independent Syrian outlet, English)", "published": "2025-07-07"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setJC")
