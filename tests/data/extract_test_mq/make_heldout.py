"""Blind set MQ: Syria after Assad, December 2024-2025 (first folder of MQ-MR): Ahmed al-Sharaa's first
trips abroad (Riyadh, then Ankara, February 2025), the Emir of Qatar in Damascus, Trump's meeting with
al-Sharaa in Riyadh (May 2025), the new administration's first appointments in place of the old
regime's men, a US raid that killed an Islamic State leader in al-Bab (July 2025) and the SDF
commander's Damascus meeting of October 2025, as an independent Turkish news site writes it in English
(Turkish Minute-like: "ANKARA —", "Erdoğan", "İbrahim Kalın"), as a Saudi-owned online daily writes it
in Arabic (Elaph-like: "الرياض - إيلاف:"), as a US newsletter-style site writes it (Semafor-like:
"THE NEWS", "KNOW MORE"), as an opposition Syrian TV site writes it in Arabic (Syria TV-like: "رجال
الأسد", "النظام المخلوع"), as a US military newspaper writes it (Stars and Stripes-like: "WASHINGTON —",
"the command said") and as a Kurdish agency of north-east Syria writes it in Arabic (Hawar/ANHA-like:
"مركز الأخبار -", "استُشهد", "الإدارة الذاتية").
Pieces: Erdoğan receives al-Shara with al-Shaibani, Fidan and Kalın at the talks; al-Shara received by
Mohammed bin Salman two days earlier (English, MQ1); bin Salman receives al-Sharaa with Faisal bin
Farhan and al-Shaibani present; al-Shaibani's January delegation (Abu Qasra, Khattab) meets Khalid bin
Salman; Tamim in Damascus with al-Sharaa (Arabic, MQ2); Trump meets al-Shara'a in Riyadh hosted by bin
Salman with Rubio and al-Shaybani; Barbara Leaf met him in Damascus in December (English, MQ3);
al-Bashir after al-Jalali (after a meeting of the two with al-Sharaa), al-Shaibani after Sabbagh, Abu
Qasra after Ali Mahmoud Abbas, Sabrine after Hazime, Khattab after Louka (Arabic, MQ4); al-Hardani and
his two sons killed by US forces, Bayraqdar of Hurras al-Din killed by a CENTCOM strike, Khattab after
Mohammed Abdul Rahman at the interior ministry (English, MQ5);
Abdi meets al-Sharaa in Damascus with Barrack and Cooper present, Abu Qasra meets Abdi (Arabic, MQ6).
Excluded on purpose (no relation): Erdoğan's Damascus trip that was "expected" and still has no date,
his phone call with Trump "due later this week" (MQ1); Mohammed bin Zayed's phone call to al-Sharaa,
the Arab summit al-Sharaa called for (MQ2); Erdoğan, who "joined by phone", Rubio's meeting with
al-Shaybani in Antalya that is only "due", Netanyahu, whom Trump did not meet (MQ3); Louka's reported
killing, denied (MQ4); the women and children unharmed, the drone strike near Idlib that no party
claimed (MQ5); the Paris meeting that was not held after Damascus withdrew, the two SDF fighters killed
by a drone no one claimed (MQ6).
Judgement calls: in a meeting of two delegations, each member is paired with each member of the other
side (and with a host who "hosted" the meeting), but not with his own side (MQ1 Erdoğan-Fidan, MQ3
Trump-Rubio are no pairs); a minister who "accompanied" / "sat in" / "joined the talks" is at the talks
(MQ1, MQ2, MQ3); the two Americans "in the presence of" whom Abdi met al-Sharaa are paired with both,
not with each other (MQ6); a delegation that "met" a minister pairs each named member with him (MQ2); "received
by" the crown prince is a meeting (MQ1); the old prime minister who handed over to the new one after "a
meeting that brought the two men together in the presence of" al-Sharaa meets both (MQ4); "handed over
his duties from" / "in place of" / "took the portfolio that ... held" / "replaced" are successions
(MQ4); "U.S. special operations forces killed" gives country:united-states, "a CENTCOM precision strike
... killed" gives organization:us-central-command (MQ5); "has been led since March by X, who succeeded
Y" is a succession (MQ5); a leader who once "led" HTS still LEADS it as
stated. Filled in for the exercise: Kalın at the Ankara talks, Erdoğan's planned call (MQ1); Faisal bin
Farhan's presence, the delegation's meeting with Khalid bin Salman (MQ2); the Antalya plan's wording and
Netanyahu's absence (MQ3); the denial about Louka (MQ4); the Idlib drone strike (MQ5); the two fighters
killed (MQ6).
Spellings: "Ahmad al-Shara", "Abu Mohammed al-Jolani", "İbrahim Kalın", "Erdoğan" (MQ1); "أسعد حسن
الشيباني", "أبي محمد الجولاني" (MQ2); "Ahmed al-Shara'a", "Asaad al-Shaybani" (MQ3); "بسام صباغ",
"العماد علي محمود عباس", "أنس خطاب (أبو أحمد حدود)" (MQ4); "Dhiya' Zawba Muslih al-Hardani" (MQ5);
"توماس باراك", "براد كوبر" (MQ6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_mr import ALL  # noqa: E402

HERE = Path(__file__).parent

SYRIA, TURKEY, US, QATAR, ISRAEL = ("country:syria", "country:turkey", "country:united-states", "country:qatar",
                                    "country:israel")
ANKARA, RIYADH, DAMASCUS, ALBAB = "location:ankara", "location:riyadh", "location:damascus", "location:al-bab"
HTS, SDF, SYRFM, SYRDEF, SYRGI, SYRINT, SYRCB, TRFM, MIT, SAFM, STATE, CENTCOM, IS, HURRAS, SYRGOV = (
    "organization:hayat-tahrir-al-sham", "organization:syrian-democratic-forces",
    "organization:syrian-foreign-ministry", "organization:syrian-defense-ministry",
    "organization:syrian-general-intelligence", "organization:syrian-interior-ministry",
    "organization:central-bank-of-syria", "organization:turkish-foreign-ministry",
    "organization:turkish-national-intelligence-organization", "organization:saudi-foreign-ministry",
    "organization:us-state-department", "organization:us-central-command", "organization:islamic-state",
    "organization:hurras-al-din", "organization:syrian-government")
SHARAA, SHAIBANI, ERDOGAN, FIDAN, KALIN, TRUMP, MBS = (
    "person:ahmed-al-sharaa", "person:asaad-al-shaibani", "person:recep-tayyip-erdogan", "person:hakan-fidan",
    "person:ibrahim-kalin", "person:donald-trump", "person:mohammed-bin-salman")
FBF, ABUQASRA, KHATTAB, KBS, TAMIM, MBZ = (
    "person:faisal-bin-farhan", "person:murhaf-abu-qasra", "person:anas-khattab", "person:khalid-bin-salman",
    "person:tamim-bin-hamad-al-thani", "person:mohamed-bin-zayed")
RUBIO, LEAF, NETANYAHU = "person:marco-rubio", "person:barbara-leaf", "person:benjamin-netanyahu"
BASHIR, JALALI, SABBAGH, ALIABBAS, SABRINE, HAZIME, LOUKA = (
    "person:mohammed-al-bashir", "person:mohammad-ghazi-al-jalali", "person:bassam-al-sabbagh",
    "person:ali-mahmoud-abbas", "person:maysaa-sabrine", "person:mohammed-issam-hazime", "person:hossam-louka")
HARDANI, HARDANI_A, HARDANI_R, BAYRAQDAR, COOPER, BABA = (
    "person:dhiya-al-hardani", "person:abdallah-al-hardani", "person:abd-al-rahman-al-hardani",
    "person:wasim-bayraqdar", "person:brad-cooper", "person:noureddine-al-baba")
ABDI, BARRACK, ILHAM = "person:mazloum-abdi", "person:tom-barrack", "person:ilham-ahmed"
ABDULRAHMAN = "person:mohammed-abdul-rahman"

TMINUTE = "blind set (independent Turkish news site, English, Turkish Minute-like)"
ELAPH = "blind set (Saudi-owned online daily, Arabic, Elaph-like)"
SEMAFOR = "blind set (US newsletter-style site, English, Semafor-like)"
SYRTV = "blind set (Syrian opposition TV site, Arabic, Syria TV-like)"
STRIPES = "blind set (US military newspaper, English, Stars and Stripes-like)"
HAWAR = "blind set (north-east Syria Kurdish agency, Arabic, Hawar/ANHA-like)"

_ANKARA = [(ERDOGAN, SHARAA, "hosted Syria's interim President Ahmad al-Shara"),
           (ERDOGAN, SHAIBANI, "was accompanied by Foreign Minister Asaad Hassan al-Shaibani"),
           (FIDAN, SHARAA, "Turkish Foreign Minister Hakan Fidan"),
           (FIDAN, SHAIBANI, "joined the talks, which lasted around three hours"),
           (KALIN, SHARAA, "intelligence chief İbrahim Kalın joined"),
           (KALIN, SHAIBANI, "the Turkish presidency said")]
_YAMAMA = [(MBS, SHARAA, "الرئيس السوري في المرحلة الانتقالية أحمد الشرع"),
           (FBF, SHARAA, "بحضور وزير الخارجية الأمير فيصل بن فرحان"),
           (MBS, SHAIBANI, "الذي رافق الشرع في الزيارة"),
           (FBF, SHAIBANI, "ووزير الخارجية السوري أسعد حسن الشيباني")]
_RIYADH_MAY = [(TRUMP, SHARAA, "met Syrian President Ahmed al-Shara'a in Riyadh"),
               (MBS, SHARAA, "was hosted by Saudi Crown Prince Mohammed bin Salman"),
               (MBS, TRUMP, "The roughly half-hour meeting"),
               (RUBIO, SHARAA, "Secretary of State Marco Rubio and Syrian Foreign Minister"),
               (RUBIO, SHAIBANI, "Asaad al-Shaybani also sat in"),
               (TRUMP, SHAIBANI, "also sat in, a White House official said"),
               (MBS, RUBIO, "on the sidelines of a US-Gulf summit"),
               (MBS, SHAIBANI, "Syrian Foreign Minister Asaad al-Shaybani")]
_HANDOVER = {BASHIR: "وتسلّم مهامه من رئيس حكومة النظام", JALALI: "محمد غازي الجلالي",
             SHARAA: "بعد اجتماع جمع الرجلين بحضور أحمد الشرع"}
_OCT7 = [(ABDI, SHARAA, "رئيس المرحلة الانتقالية أحمد الشرع"),
         (ABDI, BARRACK, "بحضور المبعوث الأمريكي الخاص إلى سوريا توماس باراك"),
         (SHARAA, BARRACK, "مظلوم عبدي، اليوم الثلاثاء"),
         (ABDI, COOPER, "الأدميرال براد كوبر"),
         (SHARAA, COOPER, "التقى القائد العام لقوات")]


def _pairs(pairs: list, date: str) -> list:
    """MET_WITH for listed cross-delegation pairs (a, b, needle)."""
    return [("MET_WITH", a, b, needle, date) for a, b, needle in pairs]


ARTICLES = [
    ("enMQ1_erdogan_hosts_sharaa_ankara", "en",
     "Erdoğan hosts Syria's al-Shara in Ankara, pledges support against 'terrorist' groups\n"
     "ANKARA — President Recep Tayyip Erdoğan on Tuesday hosted Syria's interim President Ahmad al-Shara at "
     "the presidential complex in Ankara, in the Syrian leader's second foreign trip since rebels toppled Bashar "
     "al-Assad in December.\n"
     "Al-Shara, who led Hayat Tahrir al-Sham (HTS) under the nom de guerre Abu Mohammed al-Jolani, was "
     "accompanied by Foreign Minister Asaad Hassan al-Shaibani. Turkish Foreign Minister Hakan Fidan and "
     "intelligence chief İbrahim Kalın joined the talks, which lasted around three hours, the Turkish presidency "
     "said.\n"
     "Speaking at a joint press conference, Erdoğan said Turkey was ready to help Syria fight the Islamic State "
     "and the YPG, the Kurdish militia that forms the backbone of the US-backed Syrian Democratic Forces (SDF).\n"
     "The visit came two days after al-Shara flew to Riyadh, where he was received by Crown Prince Mohammed bin "
     "Salman.\n"
     "Erdoğan, who had been expected to travel to Damascus in January, has not yet set a date for a visit, his "
     "office said. He is due to discuss Syria by phone with US President Donald Trump later this week, a Turkish "
     "official told Turkish Minute.\n"
     "Kalın had been the first foreign official to visit Damascus after Assad's fall, praying at the Umayyad "
     "Mosque on Dec. 12.",
     _pairs(_ANKARA, "2025-02-04") + [
      ("MET_WITH", SHARAA, MBS, "where he was received by Crown Prince", "2025-02-02"),
      ("VISITED", SHARAA, ANKARA, "at the presidential complex in Ankara", "2025-02-04"),
      ("VISITED", SHARAA, RIYADH, "flew to Riyadh", "2025-02-02"),
      ("VISITED", KALIN, DAMASCUS, "the first foreign official to visit Damascus", "2024-12-12"),
      ("LEADS", ERDOGAN, TURKEY, "President Recep Tayyip Erdoğan on Tuesday"),
      ("LEADS", SHARAA, SYRIA, "Syria's interim President"),
      ("LEADS", SHARAA, HTS, "who led Hayat Tahrir al-Sham"),
      ("LEADS", SHAIBANI, SYRFM, "accompanied by Foreign Minister"),
      ("LEADS", FIDAN, TRFM, "Turkish Foreign Minister"),
      ("LEADS", KALIN, MIT, "intelligence chief"),
      ("LEADS", TRUMP, US, "US President Donald Trump"),
      ],
     {"source": TMINUTE, "published": "2025-02-04"}),

    ("arMQ2_sharaa_riyadh_tamim_damascus", "ar",
     "ولي العهد يستقبل الرئيس السوري في أول زيارة خارجية له\n"
     "الرياض - إيلاف: استقبل ولي العهد السعودي رئيس مجلس الوزراء الأمير محمد بن سلمان، في قصر اليمامة "
     "بالرياض مساء الأحد، الرئيس السوري في المرحلة الانتقالية أحمد الشرع، في أول زيارة خارجية يقوم بها منذ "
     "توليه الرئاسة.\n"
     "وجرى خلال الاستقبال استعراض العلاقات بين البلدين وسبل دعم أمن سوريا واستقرارها، بحضور وزير الخارجية "
     "الأمير فيصل بن فرحان، ووزير الخارجية السوري أسعد حسن الشيباني الذي رافق الشرع في الزيارة.\n"
     "وكان الشيباني قد زار المملكة مطلع يناير/كانون الثاني على رأس وفد ضم وزير الدفاع مرهف أبو قصرة ورئيس "
     "الاستخبارات العامة أنس خطاب، والتقى الوفد وزير الدفاع السعودي الأمير خالد بن سلمان.\n"
     "وتأتي الزيارة بعد أيام من زيارة أمير قطر الشيخ تميم بن حمد آل ثاني إلى دمشق، حيث أجرى مباحثات مع الشرع "
     "في قصر الشعب، ليكون أول رئيس دولة يزور سوريا منذ سقوط نظام بشار الأسد في الثامن من ديسمبر/كانون الأول.\n"
     "ونقلت الرئاسة السورية أن الشرع، المعروف سابقاً بأبي محمد الجولاني، تلقى اتصالاً هاتفياً من رئيس دولة "
     "الإمارات الشيخ محمد بن زايد هنأه فيه بتولي منصبه.\n"
     "ولم يُحدَّد بعد موعد القمة العربية التي دعا الشرع إلى عقدها في دمشق.",
     _pairs(_YAMAMA, "2025-02-02") + [
      ("MET_WITH", KBS, SHAIBANI, "والتقى الوفد وزير الدفاع السعودي", "2025-01"),
      ("MET_WITH", KBS, ABUQASRA, "وزير الدفاع مرهف أبو قصرة", "2025-01"),
      ("MET_WITH", KBS, KHATTAB, "ورئيس الاستخبارات العامة أنس خطاب", "2025-01"),
      ("MET_WITH", TAMIM, SHARAA, "حيث أجرى مباحثات مع الشرع", "2025-01-30"),
      ("VISITED", SHARAA, RIYADH, "في قصر اليمامة بالرياض", "2025-02-02"),
      ("VISITED", SHAIBANI, RIYADH, "وكان الشيباني قد زار المملكة", "2025-01"),
      ("VISITED", TAMIM, DAMASCUS, "إلى دمشق، حيث", "2025-01-30"),
      ("LEADS", FBF, SAFM, "وزير الخارجية الأمير فيصل"),
      ("LEADS", SHAIBANI, SYRFM, "ووزير الخارجية السوري"),
      ("LEADS", ABUQASRA, SYRDEF, "ضم وزير الدفاع"),
      ("LEADS", KHATTAB, SYRGI, "ورئيس الاستخبارات العامة"),
      ("LEADS", TAMIM, QATAR, "أمير قطر الشيخ تميم"),
      ("LEADS", SHARAA, SYRIA, "الرئيس السوري في المرحلة"),
      ],
     {"source": ELAPH, "published": "2025-02-03"}),

    ("enMQ3_trump_meets_sharaa_riyadh", "en",
     "Trump meets Syria's al-Shara'a in Riyadh, a day after lifting sanctions\n"
     "THE NEWS\n"
     "US President Donald Trump met Syrian President Ahmed al-Shara'a in Riyadh on Wednesday, the first "
     "encounter between leaders of the two countries in 25 years, a day after announcing he would lift all US "
     "sanctions on Damascus.\n"
     "The roughly half-hour meeting, on the sidelines of a US-Gulf summit, was hosted by Saudi Crown Prince "
     "Mohammed bin Salman. Turkish President Recep Tayyip Erdogan joined by phone. Secretary of State Marco Rubio "
     "and Syrian Foreign Minister Asaad al-Shaybani also sat in, a White House official said.\n"
     "Trump later told reporters aboard Air Force One that the former jihadist, once held in US custody in Iraq, "
     "was \"a young, attractive guy. Tough guy.\"\n"
     "KNOW MORE\n"
     "Rubio is due to see al-Shaybani again in Antalya on Thursday, on the margins of a NATO ministers' "
     "gathering. Washington dropped its $10 million bounty on al-Shara'a in December, after Barbara Leaf, then "
     "the State Department's top diplomat for the Middle East, met him in Damascus.\n"
     "Israeli Prime Minister Benjamin Netanyahu had urged Trump not to ease sanctions, Israeli media reported; "
     "Trump did not meet Netanyahu on this trip.",
     _pairs(_RIYADH_MAY, "2025-05-14") + [
      ("MET_WITH", LEAF, SHARAA, "met him in Damascus", "2024-12-20"),
      ("VISITED", LEAF, DAMASCUS, "met him in Damascus.", "2024-12-20"),
      ("VISITED", TRUMP, RIYADH, "Trump met Syrian President", "2025-05-14"),
      ("VISITED", SHARAA, RIYADH, "Ahmed al-Shara'a in Riyadh on Wednesday", "2025-05-14"),
      ("LEADS", TRUMP, US, "US President Donald Trump met"),
      ("LEADS", SHARAA, SYRIA, "met Syrian President"),
      ("LEADS", ERDOGAN, TURKEY, "Turkish President Recep Tayyip Erdogan"),
      ("LEADS", RUBIO, STATE, "Secretary of State Marco Rubio"),
      ("LEADS", SHAIBANI, SYRFM, "and Syrian Foreign Minister"),
      ("MEMBER_OF", LEAF, STATE, "the State Department's top diplomat"),
      ("LEADS", NETANYAHU, ISRAEL, "Israeli Prime Minister Benjamin Netanyahu"),
      ],
     {"source": SEMAFOR, "published": "2025-05-14"}),

    ("arMQ4_new_men_in_assad_posts", "ar",
     "من يشغل مناصب رجال الأسد؟ الإدارة الجديدة تعيّن وزراء ومسؤولين\n"
     "دمشق - تلفزيون سوريا: أصدرت القيادة العامة للإدارة السورية الجديدة، خلال الأسابيع الثلاثة التي تلت سقوط "
     "نظام الأسد، سلسلة قرارات عيّنت بموجبها شخصيات من \"هيئة تحرير الشام\" وفصائل المعارضة في أبرز المناصب "
     "التي كان يشغلها رجال النظام المخلوع.\n"
     "فقد كُلّف محمد البشير، رئيس \"حكومة الإنقاذ\" في إدلب، بتشكيل حكومة لتصريف الأعمال، وتسلّم مهامه من "
     "رئيس حكومة النظام محمد غازي الجلالي، بعد اجتماع جمع الرجلين بحضور أحمد الشرع في التاسع من كانون الأول.\n"
     "وفي 21 من الشهر نفسه، عُيّن أسعد حسن الشيباني وزيراً للخارجية والمغتربين خلفاً لبسام صباغ، فيما تولى "
     "القائد العسكري في الهيئة مرهف أبو قصرة، المعروف بـ\"أبو الحسن الحموي\"، حقيبة الدفاع التي كان يشغلها "
     "العماد علي محمود عباس.\n"
     "كما عُيّنت ميساء صابرين حاكماً لمصرف سوريا المركزي بدلاً من محمد عصام هزيمة، لتكون أول امرأة تتولى "
     "المنصب.\n"
     "وأُسندت رئاسة جهاز الاستخبارات العامة إلى أنس خطاب (أبو أحمد حدود)، الذي حلّ محل اللواء حسام لوقا، "
     "مدير إدارة المخابرات العامة في عهد الأسد.\n"
     "ونفى مصدر في إدارة العمليات العسكرية ما تداولته صفحات على مواقع التواصل عن مقتل لوقا على يد مقاتلين من "
     "الفصائل في حمص، مؤكداً أن مصيره لا يزال مجهولاً.",
     met_group(_HANDOVER, "2024-12-09") + [
      ("SUCCESSOR_OF", BASHIR, JALALI, "وتسلّم مهامه من رئيس", "2024-12-10"),
      ("SUCCESSOR_OF", SHAIBANI, SABBAGH, "خلفاً لبسام صباغ", "2024-12-21"),
      ("SUCCESSOR_OF", ABUQASRA, ALIABBAS, "حقيبة الدفاع التي كان يشغلها", "2024-12-21"),
      ("SUCCESSOR_OF", SABRINE, HAZIME, "بدلاً من محمد عصام هزيمة", "2024-12-30"),
      ("SUCCESSOR_OF", KHATTAB, LOUKA, "الذي حلّ محل اللواء حسام لوقا", "2024-12-26"),
      ("LEADS", BASHIR, SYRGOV, "بتشكيل حكومة لتصريف الأعمال"),
      ("LEADS", JALALI, SYRGOV, "رئيس حكومة النظام"),
      ("LEADS", SHAIBANI, SYRFM, "وزيراً للخارجية والمغتربين"),
      ("LEADS", ABUQASRA, SYRDEF, "حقيبة الدفاع"),
      ("MEMBER_OF", ABUQASRA, HTS, "القائد العسكري في الهيئة"),
      ("LEADS", SABRINE, SYRCB, "حاكماً لمصرف سوريا المركزي"),
      ("LEADS", KHATTAB, SYRGI, "وأُسندت رئاسة جهاز الاستخبارات العامة"),
      ("LEADS", LOUKA, SYRGI, "مدير إدارة المخابرات العامة في عهد الأسد"),
      ],
     {"source": SYRTV, "published": "2024-12-31"}),

    ("enMQ5_us_raid_kills_isis_leader_al_bab", "en",
     "US forces kill senior Islamic State leader, two sons in raid in northern Syria\n"
     "WASHINGTON — U.S. special operations forces killed a senior Islamic State leader and his two adult sons in "
     "a nighttime raid in the northern Syrian town of al-Bab, U.S. Central Command said Friday.\n"
     "Dhiya' Zawba Muslih al-Hardani, described by the command as a senior ISIS official, was killed along with "
     "his sons Abdallah and Abd al-Rahman, who were affiliated with the group, CENTCOM said. Three women and three "
     "children at the house were unharmed.\n"
     "\"ISIS terrorists will not find safe haven,\" Adm. Brad Cooper, the CENTCOM commander, said in the "
     "statement.\n"
     "The raid came months after a CENTCOM precision strike in northwest Syria killed Wasim Tahsin Bayraqdar, a "
     "senior military leader in Hurras al-Din, an al-Qaida affiliate, in February.\n"
     "A spokesman for Syria's Interior Ministry, Noureddine al-Baba, declined to say whether Damascus had been "
     "informed of the operation in advance. The ministry has been led since March by Anas Khattab, the former "
     "intelligence chief, who succeeded Mohammed Abdul Rahman when the transitional government was sworn in.\n"
     "Separately, two men on a motorcycle were killed Tuesday when a drone struck them near Idlib. No party "
     "claimed the strike.",
     [("ASSASSINATED_BY", HARDANI, US, "U.S. special operations forces killed a senior Islamic State leader",
       "2025-07-25"),
      ("ASSASSINATED_BY", HARDANI_A, US, "his sons Abdallah", "2025-07-25"),
      ("ASSASSINATED_BY", HARDANI_R, US, "and Abd al-Rahman, who were affiliated", "2025-07-25"),
      ("ASSASSINATED_BY", BAYRAQDAR, CENTCOM, "a CENTCOM precision strike in northwest Syria killed", "2025-02-15"),
      ("MEMBER_OF", HARDANI, IS, "described by the command as a senior ISIS official"),
      ("MEMBER_OF", BAYRAQDAR, HURRAS, "a senior military leader in Hurras al-Din"),
      ("LEADS", COOPER, CENTCOM, "Adm. Brad Cooper, the CENTCOM commander"),
      ("MEMBER_OF", BABA, SYRINT, "A spokesman for Syria's Interior Ministry"),
      ("SUCCESSOR_OF", KHATTAB, ABDULRAHMAN, "who succeeded Mohammed Abdul Rahman", "2025-03-29"),
      ("LEADS", KHATTAB, SYRINT, "The ministry has been led since March"),
      ("LEADS", KHATTAB, SYRGI, "Anas Khattab, the former"),
      ],
     {"source": STRIPES, "published": "2025-07-25"}),

    ("arMQ6_abdi_sharaa_damascus_barrack", "ar",
     "القائد العام لقسد يلتقي الشرع في دمشق بحضور باراك وكوبر\n"
     "مركز الأخبار - هاوار: التقى القائد العام لقوات سوريا الديمقراطية مظلوم عبدي، اليوم الثلاثاء، في العاصمة "
     "دمشق، رئيس المرحلة الانتقالية أحمد الشرع، بحضور المبعوث الأمريكي الخاص إلى سوريا توماس باراك وقائد "
     "القيادة المركزية الأمريكية الأدميرال براد كوبر.\n"
     "وبحث الاجتماع آليات تطبيق اتفاق العاشر من آذار، الذي وقّعه عبدي والشرع في قصر الشعب، والقاضي بدمج "
     "المؤسسات المدنية والعسكرية في شمال وشرق سوريا ضمن مؤسسات الدولة.\n"
     "وعقب الاجتماع، أعلن وزير الدفاع في الحكومة الانتقالية مرهف أبو قصرة، عبر منصة إكس، التوصل إلى اتفاق "
     "لوقف شامل لإطلاق النار في حيي الشيخ مقصود والأشرفية بحلب، إثر لقائه عبدي.\n"
     "وكانت الرئيسة المشتركة لدائرة العلاقات الخارجية في الإدارة الذاتية إلهام أحمد قد أكدت أن اجتماعاً كان "
     "مقرراً في باريس بين وفدي الإدارة الذاتية ودمشق لم يُعقد، بعد أن أعلنت حكومة دمشق انسحابها منه في آب "
     "الماضي.\n"
     "وفي سياق متصل، استُشهد مقاتلان من قوات سوريا الديمقراطية في قصف بطائرة مسيّرة على ريف دير حافر، من دون "
     "أن تتبنى أي جهة العملية.",
     _pairs(_OCT7, "2025-10-07") + [
      ("MET_WITH", ABUQASRA, ABDI, "إثر لقائه عبدي", "2025-10-07"),
      ("VISITED", ABDI, DAMASCUS, "في العاصمة دمشق", "2025-10-07"),
      ("LEADS", ABDI, SDF, "القائد العام لقوات سوريا الديمقراطية"),
      ("LEADS", COOPER, CENTCOM, "وقائد القيادة المركزية الأمريكية"),
      ("LEADS", ABUQASRA, SYRDEF, "أعلن وزير الدفاع في الحكومة الانتقالية"),
      ("LEADS", SHARAA, SYRIA, "رئيس المرحلة الانتقالية"),
      ],
     {"source": HAWAR, "published": "2025-10-07"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setMQ")
