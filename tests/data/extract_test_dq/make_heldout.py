"""Blind set DQ: Iranian ministers and leaders received in Riyadh, Jeddah, Tehran, Doha, Beirut and
Damascus, 2022-2025, broadcast-web style: Amir-Abdollahian in Riyadh and Jeddah after the Beijing
deal (Al Arabiya-style, Aug 2023), al-Sudani's first visit to Tehran with a denied Qaani meeting
(Al Jazeera Arabic-style, Nov 2022), Amirabdollahian meeting Haniyeh in Doha after 7 October (BBC
-style, Oct 2023), Bagheri Kani's first trip as acting minister to Beirut and Damascus (BBC
Arabic-style, Jun 2024), Pezeshkian and Araghchi in Doha after Iran's missile attack (Al
Jazeera-style, Oct 2024), Khalid bin Salman received by Khamenei in Tehran (Al Arabiya-style, Apr
2025).
Style: en/ar alternating; "received by"; meetings reported by a source; a meeting denied; phone
calls, letters and planned trips (not meetings); killings with and without an agent. Spellings:
Raissi, Amirabdollahian, Amir-Abdollahian, باقري كني.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it (see tests/data/extract_test_README.md). Run from the repo root:
    python tests/data/extract_test_dq/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_dr import ALL  # noqa: E402

HERE = Path(__file__).parent

IRN, ISR, QAT, SAU, SYR = ("country:iran", "country:israel", "country:qatar", "country:saudi-arabia",
                           "country:syria")
IFM, SNSC = "organization:iranian-foreign-ministry", "organization:supreme-national-security-council"
SFM = "organization:saudi-foreign-ministry"
RAI, AMA, BKN, PEZ, ARA, KHA = ("person:ebrahim-raisi", "person:hossein-amir-abdollahian",
                                "person:ali-bagheri-kani", "person:masoud-pezeshkian",
                                "person:abbas-araghchi", "person:ali-khamenei")
HAN, QAA, SHM, AHM = ("person:ismail-haniyeh", "person:esmail-qaani", "person:ali-shamkhani",
                      "person:ali-akbar-ahmadian")
MBS, FBF, JUB, ENA, AIB, WANG = ("person:mohammed-bin-salman", "person:faisal-bin-farhan",
                                 "person:adel-al-jubeir", "person:alireza-enayati",
                                 "person:musaed-al-aiban", "person:wang-yi")
SUD, KAD, FUH, SHA, REZ = ("person:mohammed-shia-al-sudani", "person:mustafa-al-kadhimi",
                           "person:fuad-hussein", "person:hamid-al-shatri", "person:ebrahim-rezaei")
TAM, MBAR, KHT, DEH, NAS = ("person:tamim-bin-hamad-al-thani", "person:mohammed-bin-abdulrahman-al-thani",
                            "person:lolwah-al-khater", "person:hamidreza-dehghani", "person:hassan-nasrallah")
BER, MIK, BHB, ASD, ARN, MEK = ("person:nabih-berri", "person:najib-mikati", "person:abdallah-bou-habib",
                                "person:bashar-al-assad", "person:hussein-arnous", "person:faisal-mekdad")
HAY, SAF = "person:khalil-al-hayya", "person:mehdi-safari"
KBS, SAL, BAGH, RUW, OTA = ("person:khalid-bin-salman", "person:salman-bin-abdulaziz",
                            "person:mohammad-bagheri", "person:fayyad-al-ruwaili", "person:talal-al-otaibi")
WIT = "person:steve-witkoff"
HAM, HEZ = "organization:hamas", "organization:hezbollah"

ARTICLES = [
    ("enDQ1_amir_abdollahian_riyadh_jeddah", "en",
     "JEDDAH - Saudi Crown Prince Mohammed bin Salman received Iranian Foreign Minister Hossein "
     "Amir-Abdollahian in Jeddah on Friday, the first such meeting since the two regional rivals "
     "agreed in March to restore diplomatic ties, the Saudi Press Agency reported.\n"
     "Amir-Abdollahian arrived in Riyadh on Thursday and held talks with his Saudi counterpart "
     "Prince Faisal bin Farhan, who had visited Tehran in June. \"We are moving in the right "
     "direction,\" the Iranian minister told reporters, adding that he had conveyed an invitation "
     "from President Ebrahim Raissi to the crown prince. He also met Minister of State for Foreign "
     "Affairs Adel al-Jubeir.\n"
     "Iran's embassy in Riyadh reopened in June under Ambassador Alireza Enayati, a veteran Gulf "
     "specialist of the Iranian foreign ministry.\n"
     "The rapprochement was brokered by China. In Beijing, Iran's then security chief Ali Shamkhani "
     "and Saudi national security adviser Musaed al-Aiban held four days of talks hosted by China's "
     "top diplomat Wang Yi before signing the agreement on March 10.\n"
     "Shamkhani, who had led Iran's Supreme National Security Council for a decade, was replaced in "
     "May by Ali Akbar Ahmadian, a former Revolutionary Guards strategist.",
     [("MET_WITH", MBS, AMA, "received Iranian Foreign Minister", "2023-08-18"),
      ("LEADS", AMA, IFM, "Iranian Foreign Minister Hossein"),
      ("VISITED", AMA, "location:jeddah", "received Iranian Foreign Minister", "2023-08-18"),
      ("VISITED", AMA, "location:riyadh", "arrived in Riyadh on Thursday", "2023-08-17"),
      ("MET_WITH", AMA, FBF, "held talks with his Saudi counterpart", "2023-08-17"),
      ("LEADS", FBF, SFM, "his Saudi counterpart"),
      ("VISITED", FBF, "location:tehran", "who had visited Tehran in June", "2023-06"),
      ("LEADS", RAI, IRN, "President Ebrahim Raissi"),
      ("MET_WITH", AMA, JUB, "He also met Minister of State", "2023-08-17"),
      ("MEMBER_OF", JUB, SFM, "He also met Minister of State"),
      ("MEMBER_OF", ENA, IFM, "specialist of the Iranian foreign ministry"),
      ("VISITED", SHM, "location:beijing", "In Beijing, Iran's then security chief", "2023-03"),
      ("VISITED", AIB, "location:beijing", "In Beijing, Iran's then security chief", "2023-03"),
      ("MET_WITH", SHM, AIB, "held four days of talks", "2023-03"),
      ("MET_WITH", SHM, WANG, "held four days of talks", "2023-03"),
      ("MET_WITH", AIB, WANG, "held four days of talks", "2023-03"),
      ("LEADS", SHM, SNSC, "had led Iran's Supreme National Security Council"),
      ("SUCCESSOR_OF", AHM, SHM, "was replaced in May by Ali Akbar Ahmadian", "2023-05"),
      ("MEMBER_OF", AHM, "organization:irgc", "a former Revolutionary Guards strategist"),
      ],
     {"source": "blind set (Al Arabiya-style)", "published": "2023-08-18"}),

    ("arDQ2_sudani_first_visit_tehran", "ar",
     "طهران - استقبل المرشد الإيراني علي خامنئي، الأربعاء، رئيس الوزراء العراقي محمد شياع السوداني، "
     "في ثاني أيام زيارته الأولى لطهران منذ توليه منصبه خلفاً لمصطفى الكاظمي أواخر تشرين "
     "الأول/أكتوبر.\n"
     "وقال خامنئي خلال اللقاء إن \"بعض الأطراف لا تريد عراقاً قوياً\"، داعياً إلى تنفيذ قرار "
     "البرلمان العراقي بإخراج القوات الأميركية.\n"
     "وكان السوداني قد أجرى الثلاثاء مباحثات مع الرئيس الإيراني إبراهيم رئيسي في قصر سعد آباد، "
     "ثم بحث مع أمين المجلس الأعلى للأمن القومي علي شمخاني الهجمات الإيرانية على مقار المعارضة "
     "الكردية الإيرانية في إقليم كردستان.\n"
     "وضم الوفد العراقي وزير الخارجية فؤاد حسين ورئيس جهاز المخابرات حميد الشطري.\n"
     "وقال المتحدث باسم لجنة الأمن القومي في البرلمان الإيراني إبراهيم رضائي لوكالة إيسنا إن "
     "الزيارة \"تؤكد عمق العلاقات\".\n"
     "ولم يلتق السوداني قائد فيلق القدس إسماعيل قاآني، بحسب مصدر في مكتبه، خلافاً لما تداولته "
     "مواقع محلية.\n"
     "وكان الكاظمي قد زار طهران في حزيران/يونيو الماضي، وعقد محادثات مع رئيسي في إطار وساطته بين "
     "الرياض وطهران.",
     [("MET_WITH", KHA, SUD, "استقبل المرشد الإيراني", "2022-11-30"),
      ("LEADS", KHA, IRN, "المرشد الإيراني علي"),
      ("LEADS", SUD, "organization:iraqi-government", "رئيس الوزراء العراقي محمد"),
      ("VISITED", SUD, "location:tehran", "زيارته الأولى لطهران", "2022-11-29"),
      ("SUCCESSOR_OF", SUD, KAD, "خلفاً لمصطفى الكاظمي", "2022-10-27"),
      ("MET_WITH", SUD, RAI, "قد أجرى الثلاثاء مباحثات", "2022-11-29"),
      ("LEADS", RAI, IRN, "الرئيس الإيراني إبراهيم"),
      ("MET_WITH", SUD, SHM, "ثم بحث مع أمين المجلس", "2022-11-29"),
      ("LEADS", SHM, SNSC, "أمين المجلس الأعلى للأمن القومي علي"),
      ("ATTACKED", IRN, "location:kurdistan-region", "الهجمات الإيرانية على مقار"),
      ("LEADS", FUH, "organization:iraqi-foreign-ministry", "وزير الخارجية فؤاد"),
      ("VISITED", FUH, "location:tehran", "وضم الوفد العراقي", "2022-11-29"),
      ("LEADS", SHA, "organization:iraqi-national-intelligence-service", "رئيس جهاز المخابرات حميد"),
      ("VISITED", SHA, "location:tehran", "وضم الوفد العراقي", "2022-11-29"),
      ("MEMBER_OF", REZ, "organization:iranian-parliament-national-security-committee",
       "المتحدث باسم لجنة الأمن القومي"),
      ("REPORTED_BY", REZ, "outlet:isna", "لوكالة إيسنا"),
      ("LEADS", QAA, "organization:quds-force", "قائد فيلق القدس إسماعيل"),
      ("VISITED", KAD, "location:tehran", "وكان الكاظمي قد زار طهران", "2022-06"),
      ("MET_WITH", KAD, RAI, "وعقد محادثات مع رئيسي", "2022-06"),
      ],
     {"source": "blind set (Al Jazeera Arabic-style)", "published": "2022-11-30"}),

    ("enDQ3_amirabdollahian_haniyeh_doha", "en",
     "Iran's foreign minister, Hossein Amirabdollahian, met Hamas political chief Ismail Haniyeh in "
     "Doha on Saturday, a week after the group's attack on southern Israel, Iranian state media "
     "reported.\n"
     "The two men discussed \"continued cooperation to achieve the goals of Hamas\", according to a "
     "statement from the Iranian foreign ministry.\n"
     "Earlier, Amirabdollahian was received by Qatar's Emir, Sheikh Tamim bin Hamad Al Thani, and "
     "held talks with Prime Minister and Foreign Minister Sheikh Mohammed bin Abdulrahman Al Thani. "
     "He arrived from Beirut, where he had met Hezbollah leader Hassan Nasrallah on Friday.\n"
     "Tehran has praised the 7 October assault but denies any role in planning it. US officials "
     "say they have seen no evidence of direct Iranian involvement.\n"
     "Qatar's Minister of State for International Cooperation, Lolwah al-Khater, told the BBC that "
     "Doha was \"talking to everybody\" to secure the release of hostages.\n"
     "Hamidreza Dehghani, Iran's ambassador in Doha, wrote on X that the minister had also spoken "
     "by phone with his Saudi counterpart.",
     [("LEADS", AMA, IFM, "Iran's foreign minister, Hossein"),
      ("MET_WITH", AMA, HAN, "met Hamas political chief", "2023-10-14"),
      ("LEADS", HAN, HAM, "Hamas political chief Ismail"),
      ("VISITED", AMA, "location:doha", "met Hamas political chief", "2023-10-14"),
      ("ATTACKED", HAM, ISR, "the group's attack on southern Israel", "2023-10-07"),
      ("MET_WITH", AMA, TAM, "was received by Qatar's Emir", "2023-10-14"),
      ("LEADS", TAM, QAT, "Qatar's Emir, Sheikh"),
      ("MET_WITH", AMA, MBAR, "held talks with Prime Minister and Foreign Minister", "2023-10-14"),
      ("LEADS", MBAR, QAT, "Prime Minister and Foreign Minister Sheikh"),
      ("LEADS", MBAR, "organization:qatari-foreign-ministry", "Prime Minister and Foreign Minister Sheikh"),
      ("VISITED", AMA, "location:beirut", "He arrived from Beirut", "2023-10-13"),
      ("MET_WITH", AMA, NAS, "where he had met Hezbollah leader", "2023-10-13"),
      ("LEADS", NAS, HEZ, "Hezbollah leader Hassan"),
      ("MEMBER_OF", KHT, "organization:qatari-foreign-ministry", "Minister of State for International"),
      ("REPORTED_BY", KHT, "outlet:bbc", "told the BBC"),
      ("MEMBER_OF", DEH, IFM, "Iran's ambassador in Doha"),
      ],
     {"source": "blind set (BBC-style)", "published": "2023-10-14"}),

    ("arDQ4_bagheri_kani_beirut_damascus", "ar",
     "بيروت - وصل القائم بأعمال وزير الخارجية الإيراني علي باقري كني، الاثنين، إلى بيروت في أول "
     "جولة خارجية له منذ تكليفه بإدارة الوزارة خلفاً لحسين أمير عبد اللهيان، الذي قضى مع الرئيس "
     "إبراهيم رئيسي في تحطم المروحية الشهر الماضي.\n"
     "واستقبل رئيس مجلس النواب اللبناني نبيه بري الوزيرَ الإيراني في عين التينة، ثم التقى باقري "
     "رئيس حكومة تصريف الأعمال نجيب ميقاتي ونظيره عبد الله بو حبيب.\n"
     "وقال باقري في مؤتمر صحفي: \"المقاومة في لبنان أثبتت أنها قادرة على ردع العدو\".\n"
     "ولم يُعلن رسمياً عن لقاء مع الأمين العام لحزب الله حسن نصر الله، غير أن قناة المنار بثت "
     "مساءً صوراً لاجتماعهما في مكان لم يُكشف عنه.\n"
     "وانتقل باقري إلى دمشق حيث استقبله الرئيس السوري بشار الأسد، كما بحث مع رئيس الوزراء حسين "
     "عرنوس ووزير الخارجية فيصل المقداد العلاقات الثنائية وتطورات الحرب في غزة.\n"
     "وكان باقري كني، كبير المفاوضين في الملف النووي، نائباً لأمير عبد اللهيان للشؤون السياسية منذ "
     "عام 2021.",
     [("LEADS", BKN, IFM, "القائم بأعمال وزير الخارجية الإيراني"),
      ("VISITED", BKN, "location:beirut", "إلى بيروت في أول", "2024-06-03"),
      ("SUCCESSOR_OF", BKN, AMA, "خلفاً لحسين أمير عبد اللهيان", "2024-05-20"),
      ("LEADS", RAI, IRN, "مع الرئيس إبراهيم رئيسي"),
      ("MET_WITH", BKN, BER, "واستقبل رئيس مجلس النواب اللبناني", "2024-06-03"),
      ("LEADS", BER, "organization:lebanese-parliament", "رئيس مجلس النواب اللبناني نبيه"),
      ("MET_WITH", BKN, MIK, "ثم التقى باقري", "2024-06-03"),
      ("MET_WITH", BKN, BHB, "ثم التقى باقري", "2024-06-03"),
      ("LEADS", MIK, "organization:lebanese-government", "رئيس حكومة تصريف الأعمال"),
      ("LEADS", BHB, "organization:lebanese-foreign-ministry", "ونظيره عبد الله"),
      ("MET_WITH", BKN, NAS, "صوراً لاجتماعهما", "2024-06-03"),
      ("LEADS", NAS, HEZ, "الأمين العام لحزب الله حسن"),
      ("VISITED", BKN, "location:damascus", "وانتقل باقري إلى دمشق", "2024-06-03"),
      ("MET_WITH", BKN, ASD, "حيث استقبله الرئيس السوري", "2024-06-03"),
      ("LEADS", ASD, SYR, "الرئيس السوري بشار"),
      ("MET_WITH", BKN, ARN, "كما بحث مع رئيس الوزراء", "2024-06-03"),
      ("MET_WITH", BKN, MEK, "كما بحث مع رئيس الوزراء", "2024-06-03"),
      ("LEADS", ARN, "organization:syrian-government", "رئيس الوزراء حسين"),
      ("LEADS", MEK, "organization:syrian-foreign-ministry", "ووزير الخارجية فيصل"),
      ],
     {"source": "blind set (BBC Arabic-style)", "published": "2024-06-03"}),

    ("enDQ5_pezeshkian_doha_after_missiles", "en",
     "DOHA - Iranian President Masoud Pezeshkian arrived in Doha on Wednesday on his first visit to "
     "a Gulf state, a day after Iran fired some 180 ballistic missiles at Israel in what it called "
     "retaliation for the killings of Hezbollah leader Hassan Nasrallah and Hamas chief Ismail "
     "Haniyeh.\n"
     "Pezeshkian held talks with Qatar's Emir Sheikh Tamim bin Hamad Al Thani at the Amiri Diwan "
     "before addressing the Asia Cooperation Dialogue summit. \"We do not seek war,\" he told the "
     "gathering, but warned that Iran would respond more forcefully to any Israeli attack.\n"
     "Foreign Minister Abbas Araghchi, who accompanied the president, separately met Qatar's Prime "
     "Minister Sheikh Mohammed bin Abdulrahman Al Thani and, according to a source close to Hamas, "
     "senior Hamas official Khalil al-Hayya.\n"
     "Araghchi is expected to travel to Riyadh next week for talks with Saudi Crown Prince Mohammed "
     "bin Salman, Iranian media said.\n"
     "Nasrallah was killed in an Israeli air strike on Beirut's southern suburbs on September 27. "
     "Haniyeh died in Tehran in July in a blast for which Israel has not claimed responsibility.\n"
     "\"Our neighbours understand that we are defending ourselves,\" Deputy Foreign Minister Mehdi "
     "Safari told Al Jazeera.",
     [("LEADS", PEZ, IRN, "Iranian President Masoud"),
      ("VISITED", PEZ, "location:doha", "arrived in Doha on Wednesday", "2024-10-02"),
      ("ATTACKED", IRN, ISR, "fired some 180 ballistic missiles at Israel", "2024-10-01"),
      ("LEADS", NAS, HEZ, "Hezbollah leader Hassan"),
      ("LEADS", HAN, HAM, "Hamas chief Ismail"),
      ("MET_WITH", PEZ, TAM, "held talks with Qatar's Emir", "2024-10-02"),
      ("LEADS", TAM, QAT, "Qatar's Emir Sheikh"),
      ("LEADS", ARA, IFM, "Foreign Minister Abbas Araghchi, who"),
      ("VISITED", ARA, "location:doha", "who accompanied the president", "2024-10-02"),
      ("MET_WITH", ARA, MBAR, "separately met Qatar's Prime", "2024-10-02"),
      ("MET_WITH", ARA, HAY, "separately met Qatar's Prime", "2024-10-02"),
      ("LEADS", MBAR, QAT, "Qatar's Prime Minister Sheikh"),
      ("MEMBER_OF", HAY, HAM, "senior Hamas official Khalil"),
      ("ASSASSINATED_BY", NAS, ISR, "killed in an Israeli air strike", "2024-09-27"),
      ("VISITED", HAN, "location:tehran", "Haniyeh died in Tehran in July", "2024-07-31"),
      ("MEMBER_OF", SAF, IFM, "Deputy Foreign Minister Mehdi"),
      ("REPORTED_BY", SAF, "outlet:al-jazeera", "Safari told Al Jazeera"),
      ],
     {"source": "blind set (Al Jazeera-style)", "published": "2024-10-02"}),

    ("arDQ6_khalid_bin_salman_tehran", "ar",
     "طهران - العربية\n"
     "استقبل المرشد الإيراني علي خامنئي، الخميس، وزير الدفاع السعودي الأمير خالد بن سلمان، الذي "
     "سلّمه رسالة خطية من خادم الحرمين الشريفين الملك سلمان بن عبد العزيز، في أرفع زيارة لمسؤول "
     "سعودي إلى طهران منذ عقود.\n"
     "وكان وزير الدفاع السعودي قد التقى في وقت سابق الرئيس مسعود بزشكيان ورئيس هيئة الأركان العامة "
     "للقوات المسلحة اللواء محمد باقري، وأقيمت له مراسم استقبال رسمية.\n"
     "ورافق الأمير خالد في زيارته رئيس هيئة الأركان العامة السعودي الفريق أول فياض الرويلي، "
     "ومساعد وزير الدفاع طلال العتيبي.\n"
     "وقال بزشكيان إن \"إيران مستعدة لتوسيع التعاون مع جيرانها\".\n"
     "وتأتي الزيارة فيما تجري طهران وواشنطن محادثات غير مباشرة بوساطة عُمانية، ويعتزم وزير "
     "الخارجية عباس عراقجي التوجه إلى روما السبت لجولة ثانية مع المبعوث الأميركي ستيف ويتكوف.\n"
     "وكان عراقجي قد زار الرياض في تشرين الأول/أكتوبر الماضي، والتقى ولي العهد الأمير محمد بن "
     "سلمان، في أول زيارة لوزير خارجية إيراني إلى المملكة منذ استئناف العلاقات.",
     [("MET_WITH", KHA, KBS, "استقبل المرشد الإيراني", "2025-04-17"),
      ("LEADS", KHA, IRN, "المرشد الإيراني علي"),
      ("LEADS", KBS, "organization:saudi-defence-ministry", "وزير الدفاع السعودي الأمير"),
      ("VISITED", KBS, "location:tehran", "سعودي إلى طهران منذ عقود", "2025-04-17"),
      ("LEADS", SAL, SAU, "الملك سلمان بن عبد العزيز"),
      ("MET_WITH", KBS, PEZ, "قد التقى في وقت سابق", "2025-04-17"),
      ("MET_WITH", KBS, BAGH, "قد التقى في وقت سابق", "2025-04-17"),
      ("LEADS", PEZ, IRN, "الرئيس مسعود بزشكيان"),
      ("LEADS", BAGH, "organization:iranian-armed-forces-general-staff", "اللواء محمد باقري"),
      ("VISITED", RUW, "location:tehran", "ورافق الأمير خالد", "2025-04-17"),
      ("VISITED", OTA, "location:tehran", "ورافق الأمير خالد", "2025-04-17"),
      ("LEADS", RUW, "organization:saudi-armed-forces-general-staff", "رئيس هيئة الأركان العامة السعودي"),
      ("MEMBER_OF", OTA, "organization:saudi-defence-ministry", "ومساعد وزير الدفاع طلال"),
      ("LEADS", ARA, IFM, "الخارجية عباس عراقجي"),
      ("VISITED", ARA, "location:riyadh", "وكان عراقجي قد زار الرياض", "2024-10-09"),
      ("MET_WITH", ARA, MBS, "والتقى ولي العهد الأمير", "2024-10-09"),
      ],
     {"source": "blind set (Al Arabiya-style)", "published": "2025-04-17"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setDQ")
