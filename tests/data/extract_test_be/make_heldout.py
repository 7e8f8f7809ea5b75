"""Blind set BE: Araqchi meets the Coordination Framework in Baghdad (Oct 2024), Iraqi faction
leaders received by Naim Qassem at Nasrallah's funeral (Feb 2025), Ghaani hosts faction leaders in
Tehran after the June 2025 war, Larijani receives al-Ameri (Sept 2025), al-Araji in Tehran with
Ahmadian and Qaani (March 2024), Qaani receives Abu Alaa al-Walai (Feb 2024).
Written and annotated blind (extractor neither read nor run).
Run: python /work/team/blind/setBE/make_heldout.py
A TEST set: never tune the extractor on it (see tests/data/extract_test_README.md). Run from the repo root:
    python tests/data/extract_test_be/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_tables import entity_table  # noqa: E402

HERE = Path(__file__).parent
E = entity_table(
    "KNOWN", "EXTRA", "MP", "QT", "UW", "XZ", "AC", "AF", "AI", "AL", "AO", "AR", "AU", "AX",
    "BA", "BD", "BG"
)

Q, S = "person:esmail-qaani", "person:qasem-soleimani"
M, T = "person:abu-mahdi-al-muhandis", "person:donald-trump"
QF, IRGC, US = "organization:quds-force", "organization:irgc", "country:united-states"
PMF, USAF = "organization:popular-mobilization-forces", "organization:us-armed-forces"
KH, AAH = "organization:kataib-hezbollah", "organization:asaib-ahl-al-haq"
NUJ, KSS = "organization:harakat-al-nujaba", "organization:kataib-sayyid-al-shuhada"
BADR, CF = "organization:badr-organization", "organization:coordination-framework"
SUD, KHZ, AMI = "person:mohammed-shia-al-sudani", "person:qais-al-khazali", "person:hadi-al-amiri"
KAABI, WALAI = "person:akram-al-kaabi", "person:abu-alaa-al-walai"
ARAGH, HEZ = "person:abbas-araghchi", "organization:hezbollah"
NAS, NQ = "person:hassan-nasrallah", "person:naim-qassem"
SNSC, LAR = "organization:supreme-national-security-council", "person:ali-larijani"
AHM, ISR = "person:ali-akbar-ahmadian", "country:israel"

ARTICLES = [
    ("enBE1_araqchi_framework_baghdad", "en",
     "BAGHDAD, Oct 13 (Reuters) - Iranian Foreign Minister Abbas Araqchi held talks in Baghdad on "
     "Sunday with Iraqi Prime Minister Mohammed Shia al-Sudani on keeping Iraq out of a widening "
     "regional war, the Iraqi government said. Araqchi, who took over from acting minister Ali "
     "Bagheri Kani in August, later met leaders of the ruling Coordination Framework, among them "
     "Asaib Ahl al-Haq chief Qais al-Khazali and Badr Organisation head Hadi al-Ameri, two "
     "officials who attended said. \u201cWe do not want Iraq to pay the price of Israel's "
     "crimes,\u201d Fatah alliance lawmaker Mukhtar al-Mousawi told Reuters after the meeting. No "
     "meeting with Shi'ite cleric Moqtada al-Sadr was on the programme. Araqchi had spoken by "
     "phone with his Iraqi counterpart Fuad Hussein days earlier. Israel killed Hezbollah leader "
     "Hassan Nasrallah in an air strike on Beirut's southern suburbs on Sept. 27.",
     [("LEADS", SUD, "country:iraq", "with Iraqi Prime Minister Mohammed"),
      ("MET_WITH", ARAGH, SUD, "held talks in Baghdad on", "2024-10-13"),
      ("VISITED", ARAGH, "location:baghdad", "held talks in Baghdad on", "2024-10-13"),
      ("SUCCESSOR_OF", ARAGH, "person:ali-bagheri-kani", "who took over from acting minister",
       "2024-08"),
      ("MET_WITH", ARAGH, CF, "later met leaders of the ruling", "2024-10-13"),
      ("MET_WITH", ARAGH, KHZ, "later met leaders of the ruling", "2024-10-13"),
      ("MET_WITH", ARAGH, AMI, "later met leaders of the ruling", "2024-10-13"),
      ("MEMBER_OF", KHZ, CF, "among them"),
      ("MEMBER_OF", AMI, CF, "among them"),
      ("LEADS", KHZ, AAH, "Asaib Ahl al-Haq chief"),
      ("LEADS", AMI, BADR, "Badr Organisation head"),
      ("MEMBER_OF", "person:mukhtar-al-mousawi", "organization:fatah-alliance",
       "Fatah alliance lawmaker"),
      ("REPORTED_BY", "person:mukhtar-al-mousawi", "outlet:reuters", "told Reuters"),
      ("ASSASSINATED_BY", NAS, ISR, "Israel killed Hezbollah leader", "2024-09-27"),
      ("LEADS", NAS, HEZ, "Israel killed Hezbollah leader"),
      ("ATTACKED", ISR, "location:dahiyeh", "air strike on Beirut's southern suburbs",
       "2024-09-27"),
      ("LOCATED_IN", "location:dahiyeh", "location:beirut", "Beirut's southern suburbs"),
      ],
     {"source": "blind set (Reuters-style)", "published": "2024-10-13"}),

    ("arBE2_iraqi_factions_nasrallah_funeral", "ar",
     "بيروت ــ الميادين نت\n"
     "استقبل الأمين العام لحزب الله الشيخ نعيم قاسم، مساء الأحد، وفداً من قادة فصائل المقاومة "
     "العراقية ضمّ الأمينَ العام لحركة النجباء الشيخ أكرم الكعبي والأمين العام لكتائب سيد الشهداء "
     "أبو آلاء الولائي، على هامش تشييع السيدين حسن نصر الله وهاشم صفي الدين في المدينة الرياضية. "
     "وكان الوفد قد وصل إلى بيروت صباح السبت. وانتُخب قاسم أميناً عاماً للحزب في تشرين الأول/أكتوبر "
     "الماضي خلفاً لنصر الله، الذي اغتالته إسرائيل بسلسلة غارات عنيفة على الضاحية الجنوبية في 27 "
     "أيلول/سبتمبر، فيما استشهد صفي الدين بغارة إسرائيلية بعد أيام. وحضر المراسم رئيس مجلس الشورى "
     "الإسلامي الإيراني محمد باقر قاليباف ووزير الخارجية عباس عراقجي، من دون أن يُعلن عن لقاء بينهما "
     "وبين الوفد العراقي. وقال النائب عن كتلة الوفاء للمقاومة حسن فضل الله للميادين إن «حضور الإخوة "
     "العراقيين رسالة بأن الجبهة واحدة».",
     [("LEADS", NQ, HEZ, "استقبل الأمين العام لحزب الله"),
      ("MET_WITH", NQ, KAABI, "استقبل الأمين العام لحزب الله", "2025-02-23"),
      ("MET_WITH", NQ, WALAI, "استقبل الأمين العام لحزب الله", "2025-02-23"),
      ("LEADS", KAABI, NUJ, "الأمينَ العام لحركة النجباء"),
      ("LEADS", WALAI, KSS, "والأمين العام لكتائب سيد الشهداء"),
      ("VISITED", KAABI, "location:beirut", "وكان الوفد قد وصل إلى بيروت", "2025-02-22"),
      ("VISITED", WALAI, "location:beirut", "وكان الوفد قد وصل إلى بيروت", "2025-02-22"),
      ("SUCCESSOR_OF", NQ, NAS, "خلفاً لنصر الله", "2024-10"),
      ("LEADS", NAS, HEZ, "خلفاً لنصر الله"),
      ("ASSASSINATED_BY", NAS, ISR, "الذي اغتالته إسرائيل", "2024-09-27"),
      ("ATTACKED", ISR, "location:dahiyeh", "بسلسلة غارات عنيفة على الضاحية", "2024-09-27"),
      ("ASSASSINATED_BY", "person:hashem-safieddine", ISR, "استشهد صفي الدين بغارة إسرائيلية"),
      ("LEADS", "person:mohammad-bagher-ghalibaf", "organization:iranian-parliament",
       "رئيس مجلس الشورى"),
      ("MEMBER_OF", "person:hassan-fadlallah", "organization:loyalty-to-the-resistance-bloc",
       "النائب عن كتلة الوفاء للمقاومة"),
      ("REPORTED_BY", "person:hassan-fadlallah", "outlet:al-mayadeen", "حسن فضل الله للميادين"),
      ],
     {"source": "blind set (Al Mayadeen-style)", "published": "2025-02-23"}),

    ("enBE3_ghaani_hosts_factions_tehran", "en",
     "Quds Force commander Esmail Ghaani hosted leaders of several Iraqi armed factions in Tehran "
     "in early July, the first such gathering since the war with Israel, two Iraqi sources "
     "told Al-Monitor. Harakat al-Nujaba leader Akram al-Kaabi and "
     "Kataib Hezbollah secretary-general Ahmad al-Hamidawi flew to the Iranian capital and were "
     "received by Ghaani, the sources said. Asaib Ahl al-Haq leader Qais al-Khaz'ali declined the "
     "invitation. The factions stayed out of the June war, in which Israeli strikes "
     "killed the Revolutionary Guard's commander-in-chief Hossein Salami and armed forces chief of "
     "staff Mohammad Bagheri. Salami was replaced by Maj. Gen. Mohammad Pakpour. Ghaani himself "
     "succeeded Qassim Sulaimani, who was killed in a US drone strike in 2020. \u201cTehran "
     "wanted to reward restraint,\u201d Renad Mansour, a senior research fellow at Chatham House, "
     "told Al-Monitor. Ghaani also spoke by phone with Prime Minister Mohammed Shia al-Sudani.",
     [("LEADS", Q, QF, "Quds Force commander Esmail Ghaani"),
      ("LEADS", KAABI, NUJ, "Harakat al-Nujaba leader"),
      ("LEADS", "person:ahmad-al-hamidawi", KH, "Kataib Hezbollah secretary-general"),
      ("VISITED", KAABI, "country:iran", "flew to the Iranian capital", "2025-07"),
      ("VISITED", "person:ahmad-al-hamidawi", "country:iran", "flew to the Iranian capital",
       "2025-07"),
      ("MET_WITH", Q, KAABI, "were received by Ghaani", "2025-07"),
      ("MET_WITH", Q, "person:ahmad-al-hamidawi", "were received by Ghaani", "2025-07"),
      ("LEADS", KHZ, AAH, "Asaib Ahl al-Haq leader"),
      ("ASSASSINATED_BY", "person:hossein-salami", ISR, "in which Israeli strikes", "2025-06-13"),
      ("ASSASSINATED_BY", "person:mohammad-bagheri", ISR, "in which Israeli strikes",
       "2025-06-13"),
      ("LEADS", "person:hossein-salami", IRGC, "the Revolutionary Guard's commander-in-chief"),
      ("LEADS", "person:mohammad-bagheri", "organization:iranian-armed-forces-general-staff",
       "armed forces chief of"),
      ("SUCCESSOR_OF", "person:mohammad-pakpour", "person:hossein-salami",
       "Salami was replaced by", "2025-06"),
      ("SUCCESSOR_OF", Q, S, "Ghaani himself succeeded", "2020-01"),
      ("ASSASSINATED_BY", S, US, "killed in a US drone strike", "2020-01-03"),
      ("MEMBER_OF", "person:renad-mansour", "organization:chatham-house",
       "a senior research fellow at Chatham House"),
      ("REPORTED_BY", "person:renad-mansour", "outlet:al-monitor",
       "Chatham House, told Al-Monitor"),
      ],
     {"source": "blind set (Al-Monitor-style)", "published": "2025-07-10"}),

    ("arBE4_larijani_receives_ameri", "ar",
     "بغداد/ شفق نيوز- استقبل أمين المجلس الأعلى للأمن القومي الإيراني علي لاريجاني، يوم الثلاثاء في "
     "طهران، رئيسَ منظمة بدر هادي العامري والوفد المرافق له، وبحثا تطورات المنطقة بعد الحرب "
     "الإسرائيلية على إيران. ولاريجاني، الذي خلف علي أكبر أحمديان في المنصب الشهر الماضي، أكد أن "
     "«العراق عمق استراتيجي». كما التقى العامري قائد فيلق القدس التابع للحرس الثوري اسماعيل قاآني، "
     "خليفة الجنرال قاسم سليماني، الذي اغتالته القوات الأميركية مع أبي مهدي المهندس قرب مطار بغداد "
     "مطلع 2020. وقال القيادي في منظمة بدر محمد ناجي، الذي رافق العامري، لشفق نيوز إن «الزيارة "
     "تنسيقية ولا تحمل رسائل إلى واشنطن». ولم يتضمن برنامج الزيارة لقاءً بالمرشد علي خامنئي، فيما "
     "كان العامري قد بحث الملف هاتفياً مع رئيس الوزراء محمد شياع السوداني قبل سفره.",
     [("MEMBER_OF", LAR, SNSC, "استقبل أمين المجلس الأعلى"),
      ("MET_WITH", LAR, AMI, "استقبل أمين المجلس الأعلى", "2025-09"),
      ("VISITED", AMI, "country:iran", "استقبل أمين المجلس الأعلى", "2025-09"),
      ("LEADS", AMI, BADR, "رئيسَ منظمة بدر"),
      ("SUCCESSOR_OF", LAR, AHM, "الذي خلف علي أكبر أحمديان", "2025-08"),
      ("MEMBER_OF", AHM, SNSC, "الذي خلف علي أكبر أحمديان"),
      ("MET_WITH", AMI, Q, "كما التقى العامري", "2025-09"),
      ("LEADS", Q, QF, "قائد فيلق القدس التابع"),
      ("PART_OF", QF, IRGC, "قائد فيلق القدس التابع"),
      ("SUCCESSOR_OF", Q, S, "خليفة الجنرال قاسم سليماني"),
      ("ASSASSINATED_BY", S, USAF, "الذي اغتالته القوات الأميركية", "2020-01-03"),
      ("ASSASSINATED_BY", M, USAF, "الذي اغتالته القوات الأميركية", "2020-01-03"),
      ("MEMBER_OF", "person:mohammed-naji", BADR, "القيادي في منظمة بدر محمد ناجي"),
      ("VISITED", "person:mohammed-naji", "country:iran", "الذي رافق العامري", "2025-09"),
      ("REPORTED_BY", "person:mohammed-naji", "outlet:shafaq-news", "لشفق نيوز"),
      ],
     {"source": "blind set (Shafaq News-style)", "published": "2025-09-16"}),

    ("enBE5_araji_tehran_border", "en",
     "Iraq's National Security Adviser Qassim Al Araji met Ali Akbar Ahmadian, the secretary of "
     "Iran's Supreme National Security Council, in Tehran on Tuesday to review their border security "
     "pact. Mr Al Araji, who arrived in the Iranian capital on "
     "Monday, was also received by Quds Force commander Ismail Qaani, according to an Iraqi "
     "official. Mr Ahmadian, who replaced Ali Shamkhani in the post in May, said Iraq had \u201cmet "
     "most of its commitments\u201d on disarming Iranian Kurdish groups. Those groups were targeted "
     "in 2022 by the Revolutionary Guards' Ground Force, whose Hamzeh Seyed Al Shohada "
     "headquarters commander, Gen Mohammad Taghi Osanloo, said on Tuesday that strikes would "
     "resume \u201cif the camps reappear\u201d. A meeting with President Ebrahim Raisi had been "
     "expected but did not take place. Mr Qaani took charge of the Quds Force after a US drone "
     "strike killed his predecessor, Qassem Suleimani, in Baghdad in January 2020.",
     [("MET_WITH", "person:qassim-al-araji", AHM, "met Ali Akbar Ahmadian", "2024-03-12"),
      ("MEMBER_OF", AHM, SNSC, "the secretary of Iran's Supreme"),
      ("VISITED", "person:qassim-al-araji", "country:iran", "arrived in the Iranian capital",
       "2024-03-11"),
      ("MET_WITH", "person:qassim-al-araji", Q, "was also received by Quds Force", "2024-03-12"),
      ("LEADS", Q, QF, "was also received by Quds Force"),
      ("SUCCESSOR_OF", AHM, "person:ali-shamkhani", "who replaced Ali Shamkhani", "2023-05"),
      ("MEMBER_OF", "person:ali-shamkhani", SNSC, "who replaced Ali Shamkhani"),
      ("PART_OF", "organization:irgc-ground-forces", IRGC, "the Revolutionary Guards' Ground Force"),
      ("LEADS", "person:mohammad-taghi-osanloo", "organization:hamzeh-seyed-al-shohada-hq",
       "headquarters commander"),
      ("PART_OF", "organization:hamzeh-seyed-al-shohada-hq", "organization:irgc-ground-forces",
       "whose Hamzeh Seyed Al Shohada"),
      ("SUCCESSOR_OF", Q, S, "killed his predecessor", "2020-01"),
      ("LEADS", S, QF, "took charge of the Quds Force after"),
      ("ASSASSINATED_BY", S, US, "a US drone strike killed his predecessor", "2020-01-03"),
      ],
     {"source": "blind set (The National-style)", "published": "2024-03-12"}),

    ("arBE6_qaani_receives_walai", "ar",
     "طهران - ارنا - استقبل قائد قوة القدس في حرس الثورة الاسلامية العميد اسماعيل قاآني، يوم الاحد، "
     "الامين العام لكتائب سيد الشهداء في العراق ابو آلاء الولائي والوفد المرافق له. وكان الولائي قد "
     "وصل الى طهران السبت، والتقى ايضا رئيس لجنة الامن القومي والسياسة الخارجية في مجلس الشورى "
     "الاسلامي وحيد جلال زاده. واكد قاآني، الذي تولى قيادة القوة خلفا للفريق الشهيد قاسم سليماني، ان "
     "«محور المقاومة اقوى من اي وقت مضى». وكان سليماني قد استشهد مع ابي مهدي المهندس في عملية "
     "اغتيال نفذتها القوات الامريكية الارهابية بامر من الرئيس الامريكي السابق دونالد ترامب. وتأتي "
     "الزيارة بعد اسابيع من استشهاد القيادي في حركة النجباء مشتاق طالب السعيدي بغارة امريكية في "
     "بغداد. ولم يتسن للوفد لقاء رئيس الجمهورية ابراهيم رئيسي بسبب سفره الى محافظة سيستان "
     "وبلوشستان.",
     [("LEADS", Q, QF, "استقبل قائد قوة القدس"),
      ("PART_OF", QF, IRGC, "قوة القدس في حرس الثورة"),
      ("MET_WITH", Q, WALAI, "استقبل قائد قوة القدس", "2024-02-11"),
      ("LEADS", WALAI, KSS, "الامين العام لكتائب سيد الشهداء"),
      ("VISITED", WALAI, "country:iran", "وصل الى طهران", "2024-02-10"),
      ("MET_WITH", WALAI, "person:vahid-jalalzadeh", "والتقى ايضا رئيس لجنة", "2024-02"),
      ("LEADS", "person:vahid-jalalzadeh",
       "organization:iranian-parliament-national-security-committee", "والتقى ايضا رئيس لجنة"),
      ("PART_OF", "organization:iranian-parliament-national-security-committee",
       "organization:iranian-parliament", "في مجلس الشورى"),
      ("SUCCESSOR_OF", Q, S, "الذي تولى قيادة القوة خلفا"),
      ("LEADS", S, QF, "الذي تولى قيادة القوة خلفا"),
      ("ASSASSINATED_BY", S, USAF, "نفذتها القوات الامريكية", "2020-01-03"),
      ("ASSASSINATED_BY", M, USAF, "نفذتها القوات الامريكية", "2020-01-03"),
      ("ASSASSINATED_BY", S, T, "بامر من الرئيس الامريكي", "2020-01-03"),
      ("ASSASSINATED_BY", M, T, "بامر من الرئيس الامريكي", "2020-01-03"),
      ("LEADS", T, US, "بامر من الرئيس الامريكي"),
      ("MEMBER_OF", "person:mushtaq-taleb-al-saidi", NUJ, "القيادي في حركة النجباء"),
      ("ASSASSINATED_BY", "person:mushtaq-taleb-al-saidi", US, "بغارة امريكية في", "2024-01-04"),
      ],
     {"source": "blind set (IRNA Arabic-style)", "published": "2024-02-11"}),
]


if __name__ == "__main__":
    build(HERE, E, ARTICLES, set_name="setBE")
