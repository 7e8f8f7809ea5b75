"""Blind set GV: Iraq and Iran 2020-2025 as wire copy (Reuters / AFP / Asharq Al-Awsat datelines):
al-Kadhimi replaces al-Fayyadh as national security adviser and security chief after Ghaani's first
Baghdad trip, July 2020 (English); the US strike that killed Abu Taqwa of al-Nujaba in Baghdad, Jan
2024 (Arabic); al-Sudani in Tehran with Raisi and Khamenei, Nov 2022 (English); Pezeshkian in Erbil
with the Barzanis, Sept 2024 (Arabic); CENTCOM's Adm. Brad Cooper in Baghdad and Erbil, Oct 2025
(English); Ali Larijani in Baghdad and Beirut, Aug 2025 (Arabic).
Style: wire news copy with datelines, passive voice, officials first named by title, reported
speech; excluded on purpose: a meeting the government denied, phone calls, a planned meeting with
Blinken, a meeting the media predicted that was not announced, a death in a helicopter crash with
no agent, a planned visit to Sulaymaniyah, a planned envoy visit, a meeting with Naim Qassem that a
Hezbollah source denied.
Spellings: Mostafa al-Kazemi, Esmail Ghaani, Qassem Suleimani, Mohammed Shia al-Sudany, قاسم الأعرجي,
بزشكيان, عراقجي, Michael Erik Kurilla.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_gx import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAN, IRAQ, USA, LEB, SYRIA, ISR, JOR = ("country:iran", "country:iraq", "country:united-states", "country:lebanon",
                                         "country:syria", "country:israel", "country:jordan")
QF, IRGC, PMF, KH, AAH, NUJ, BADR, KSS = (
    "organization:quds-force", "organization:irgc", "organization:popular-mobilization-forces",
    "organization:kataib-hezbollah", "organization:asaib-ahl-al-haq", "organization:harakat-al-nujaba",
    "organization:badr-organization", "organization:kataib-sayyid-al-shuhada")
IQG, IQFM, IQDEF, IQINT, IQARMY = ("organization:iraqi-government", "organization:iraqi-foreign-ministry",
                                   "organization:iraqi-defense-ministry", "organization:iraqi-interior-ministry",
                                   "organization:iraqi-army")
NSA, NSS, CTS = ("organization:iraqi-national-security-advisory", "organization:iraqi-national-security-service",
                 "organization:counter-terrorism-service")
IRFM, SNSC, IRINT, IRGOV = ("organization:iranian-foreign-ministry", "organization:supreme-national-security-council",
                            "organization:iranian-interior-ministry", "organization:iranian-government")
KRG, KRP, KDP, PUK, KR = ("organization:kurdistan-regional-government", "organization:kurdistan-region-presidency",
                          "organization:kurdistan-democratic-party", "organization:patriotic-union-of-kurdistan",
                          "location:kurdistan-region")
HEZ, CENTCOM, DOD, STATE, USAF = ("organization:hezbollah", "organization:us-central-command",
                                  "organization:us-department-of-defense", "organization:us-state-department",
                                  "organization:us-armed-forces")
CF, WINEP = "organization:coordination-framework", "organization:washington-institute"
BAGHDAD, TEHRAN, ERBIL, BEIRUT, DAMASCUS, NAJAF = ("location:baghdad", "location:tehran", "location:erbil",
                                                   "location:beirut", "location:damascus", "location:najaf")
BIAP, PIRMAM, AINASAD, ANBAR = ("location:baghdad-international-airport", "location:pirmam",
                                "location:ain-al-asad-air-base", "location:anbar")
QAANI, SOL, MUH, KHAM = ("person:esmail-qaani", "person:qasem-soleimani", "person:abu-mahdi-al-muhandis",
                         "person:ali-khamenei")
KAD, SUD, FAY, ARAJI, FUAD = ("person:mustafa-al-kadhimi", "person:mohammed-shia-al-sudani",
                              "person:falih-al-fayyadh", "person:qassim-al-araji", "person:fuad-hussein")
NECH, MASROUR, MASOUD, BAFEL = ("person:nechirvan-barzani", "person:masrour-barzani", "person:masoud-barzani",
                                "person:bafel-talabani")
RAISI, PEZ, ARAGHCHI, BKANI, AMIRABD = ("person:ebrahim-raisi", "person:masoud-pezeshkian", "person:abbas-araghchi",
                                        "person:ali-bagheri-kani", "person:hossein-amir-abdollahian")
TRUMP, BIDEN, ROMAN, BLINKEN = ("person:donald-trump", "person:joe-biden", "person:alina-romanowski",
                                "person:antony-blinken")

ASADI, TALAL, ROUHANI = "person:abdul-ghani-al-asadi", "person:ahmed-mulla-talal", "person:hassan-rouhani"
TAQWA, KAABI, SHAMKHANI = "person:mushtaq-taleb-al-saidi", "person:akram-al-kaabi", "person:ali-shamkhani"
REBER, COOPER, KURILLA = "person:reber-ahmed", "person:brad-cooper", "person:michael-kurilla"
ABBASI, YARALLAH, SAVAYA = "person:thabet-al-abbasi", "person:abdul-amir-yarallah", "person:mark-savaya"
LARIJANI, AHMADIAN, AOUN = "person:ali-larijani", "person:ali-akbar-ahmadian", "person:joseph-aoun"
BERRI, SALAM, NQASSEM = "person:nabih-berri", "person:nawaf-salam", "person:naim-qassem"

ARTICLES = [
    ("enGV1_kazemi_replaces_fayyadh", "en",
     "BAGHDAD, July 4 (Reuters) - Iraqi Prime Minister Mostafa al-Kazemi on Saturday removed Falih "
     "al-Fayyadh as national security adviser and as head of the National Security Service, a statement "
     "from his office said.\n"
     "Qassim al-Araji, a former interior minister and a lawmaker from the Iran-backed Badr Organisation, "
     "was named national security adviser in Fayyadh's place, while retired Lt. Gen. Abdul Ghani al-Asadi, "
     "a former commander of the Counter-Terrorism Service, succeeds him at the security service.\n"
     "Fayyadh keeps his post as chairman of the Popular Mobilisation Forces, the state-sanctioned umbrella "
     "of mostly Shi'ite paramilitary groups.\n"
     "Last month he received Esmail Ghaani, the Iranian general who replaced Qassem Suleimani at the head "
     "of the Quds Force, on Ghaani's first known trip to Baghdad since the Jan. 3 U.S. drone strike that "
     "killed Suleimani and PMF deputy chief Abu Mahdi al-Muhandis.\n"
     "Government spokesman Ahmed Mulla Talal told reporters that Kazemi had not met the Iranian commander "
     "during that visit.\n"
     "On Friday Kazemi spoke by telephone with Iranian President Hassan Rouhani, who invited him to Tehran.",
     [("LEADS", KAD, IQG, "Iraqi Prime Minister Mostafa al-Kazemi"),
      ("LEADS", FAY, NSA, "removed Falih al-Fayyadh as national security adviser"),
      ("LEADS", FAY, NSS, "as head of the National Security Service"),
      ("SUCCESSOR_OF", ARAJI, FAY, "was named national security adviser in Fayyadh's place", "2020-07-04"),
      ("LEADS", ARAJI, NSA, "was named national security adviser"),
      ("MEMBER_OF", ARAJI, BADR, "a lawmaker from the Iran-backed Badr Organisation"),
      ("SUCCESSOR_OF", ASADI, FAY, "succeeds him at the security service", "2020-07-04"),
      ("LEADS", ASADI, NSS, "succeeds him at the security service"),
      ("LEADS", ASADI, CTS, "a former commander of the Counter-Terrorism Service"),
      ("LEADS", FAY, PMF, "keeps his post as chairman of the Popular"),
      ("MET_WITH", FAY, QAANI, "Last month he received Esmail Ghaani", "2020-06"),
      ("VISITED", QAANI, BAGHDAD, "first known trip to Baghdad", "2020-06"),
      ("SUCCESSOR_OF", QAANI, SOL, "who replaced Qassem Suleimani", "2020-01-03"),
      ("LEADS", QAANI, QF, "at the head of the Quds Force"),
      ("ASSASSINATED_BY", SOL, USA, "U.S. drone strike that killed", "2020-01-03"),
      ("ASSASSINATED_BY", MUH, USA, "U.S. drone strike that killed", "2020-01-03"),
      ("MEMBER_OF", MUH, PMF, "PMF deputy chief Abu Mahdi"),
      ("MEMBER_OF", TALAL, IQG, "Government spokesman Ahmed Mulla Talal"),
      ("LEADS", ROUHANI, IRAN, "Iranian President Hassan Rouhani"),
      ],
     {"source": "blind set (wire, English)", "published": "2020-07-04"}),

    ("arGV2_abu_taqwa_strike_baghdad", "ar",
     "بغداد - «الشرق الأوسط»: قُتل القيادي في «حركة النجباء» مشتاق طالب السعيدي، المعروف بـ«أبو تقوى»، "
     "واثنان من مرافقيه، الخميس، بضربة طائرة مسيّرة استهدفت مقرّ الإسناد اللوجستي لـ«الحشد الشعبي» في "
     "شارع فلسطين شرق بغداد.\n"
     "والسعيدي هو آمر اللواء 12 في الحشد، ومعاون قائد عمليات حزام بغداد.\n"
     "وأعلنت وزارة الدفاع الأميركية (البنتاغون) أن القوات الأميركية نفّذت الضربة «دفاعاً عن النفس»، مؤكدة "
     "أن القيادي العراقي كان «متورطاً بشكل فعّال في التخطيط لهجمات» على أفرادها.\n"
     "في المقابل، دان الناطق باسم القائد العام للقوات المسلحة اللواء يحيى رسول ما وصفه بـ«الاعتداء "
     "السافر»، فيما توعّد الأمين العام للحركة أكرم الكعبي بـ«ردّ قاسٍ».\n"
     "وكان رئيس الوزراء محمد شياع السوداني قد استقبل، الثلاثاء، السفيرة الأميركية ألينا رومانوسكي في "
     "مكتبه ببغداد، وبحثا سبل «خفض التصعيد».\n"
     "ومن المقرر أن يلتقي وزير الخارجية فؤاد حسين نظيره الأميركي أنتوني بلينكن في واشنطن الشهر المقبل "
     "لبحث مستقبل التحالف الدولي.",
     [("MEMBER_OF", TAQWA, NUJ, "القيادي في «حركة النجباء»"),
      ("MEMBER_OF", TAQWA, PMF, "آمر اللواء 12 في الحشد"),
      ("ASSASSINATED_BY", TAQWA, USAF, "أن القوات الأميركية نفّذت الضربة", "2024-01-04"),
      ("LEADS", KAABI, NUJ, "الأمين العام للحركة أكرم الكعبي"),
      ("LEADS", SUD, IQG, "رئيس الوزراء محمد شياع السوداني"),
      ("MET_WITH", SUD, ROMAN, "قد استقبل، الثلاثاء، السفيرة الأميركية", "2024-01-02"),
      ("LEADS", FUAD, IQFM, "وزير الخارجية فؤاد حسين"),
      ("LEADS", BLINKEN, STATE, "نظيره الأميركي أنتوني بلينكن"),
      ],
     {"source": "blind set (wire, Arabic)", "published": "2024-01-04"}),

    ("enGV3_sudany_in_tehran", "en",
     "TEHRAN, Nov 29, 2022 (AFP) - Iraqi Prime Minister Mohammed Shia al-Sudany held talks in Tehran on "
     "Tuesday with President Ebrahim Raisi, on his first visit to the Islamic republic since taking office "
     "last month.\n"
     "Sudany, who succeeded Mustafa al-Kadhimi on October 27 after a year of political deadlock, was later "
     "received by supreme leader Ayatollah Ali Khamenei.\n"
     "Khamenei told his guest that \"Iraq's progress and security are in Iran's interest\", according to "
     "the leader's official website.\n"
     "The visit came a week after Iran's Revolutionary Guards struck bases of the Iranian Kurdish "
     "opposition groups Komala and the Democratic Party of Iranian Kurdistan in northern Iraq with missiles "
     "and drones, strikes Baghdad condemned.\n"
     "Sudany was accompanied by Foreign Minister Fuad Hussein and by national security adviser Qassim "
     "al-Araji, who separately met his Iranian counterpart, Ali Shamkhani, the secretary of the Supreme "
     "National Security Council.\n"
     "A meeting with Quds Force commander Esmail Qaani, which Iraqi media had predicted, was not announced "
     "by either side.",
     [("LEADS", SUD, IQG, "Iraqi Prime Minister Mohammed Shia al-Sudany"),
      ("MET_WITH", SUD, RAISI, "held talks in Tehran on", "2022-11-29"),
      ("VISITED", SUD, TEHRAN, "held talks in Tehran on", "2022-11-29"),
      ("LEADS", RAISI, IRAN, "with President Ebrahim Raisi"),
      ("SUCCESSOR_OF", SUD, KAD, "who succeeded Mustafa al-Kadhimi", "2022-10-27"),
      ("MET_WITH", SUD, KHAM, "received by supreme leader Ayatollah", "2022-11-29"),
      ("LEADS", KHAM, IRAN, "supreme leader Ayatollah Ali Khamenei"),
      ("ATTACKED", IRGC, "organization:komala", "struck bases of the Iranian Kurdish", "2022-11"),
      ("ATTACKED", IRGC, "organization:kdpi", "Democratic Party of Iranian Kurdistan", "2022-11"),
      ("LEADS", FUAD, IQFM, "Foreign Minister Fuad Hussein"),
      ("VISITED", FUAD, TEHRAN, "Sudany was accompanied by", "2022-11-29"),
      ("VISITED", ARAJI, TEHRAN, "Sudany was accompanied by", "2022-11-29"),
      ("LEADS", ARAJI, NSA, "national security adviser Qassim"),
      ("MET_WITH", ARAJI, SHAMKHANI, "who separately met his Iranian counterpart", "2022-11-29"),
      ("LEADS", SHAMKHANI, SNSC, "the secretary of the Supreme"),
      ("LEADS", QAANI, QF, "Quds Force commander Esmail Qaani"),
      ],
     {"source": "blind set (wire, English)", "published": "2022-11-29"}),

    ("arGV4_pezeshkian_in_erbil", "ar",
     "أربيل - «الشرق الأوسط»: وصل الرئيس الإيراني مسعود بزشكيان، الخميس، إلى أربيل في محطة هي الأولى "
     "لرئيس إيراني في إقليم كردستان العراق، قادماً من بغداد التي استهلّ منها أول جولة خارجية له منذ "
     "انتخابه في تموز خلفاً للرئيس الراحل إبراهيم رئيسي.\n"
     "وكان في استقباله بمطار أربيل الدولي رئيس الإقليم نيجيرفان بارزاني، ثم عقد الجانبان مباحثات موسّعة "
     "تناولت أمن الحدود وملف الأحزاب الكردية الإيرانية المعارضة.\n"
     "كما التقى بزشكيان رئيسَ حكومة الإقليم مسرور بارزاني، وزار الزعيم الكردي مسعود بارزاني في مقرّه "
     "بمصيف بيرمام.\n"
     "وأكد وزير داخلية الإقليم ريبر أحمد أن أربيل «لن تسمح باستخدام أراضيها منطلقاً لتهديد أمن الجيران».\n"
     "ورافق الرئيسَ وزيرُ الخارجية عباس عراقجي، الذي خلف علي باقري كني، القائم بأعمال الوزارة منذ مصرع "
     "حسين أمير عبد اللهيان في تحطّم مروحية رئيسي في أيار الماضي.\n"
     "ومن المقرر أن يتوجه بزشكيان الجمعة إلى السليمانية للقاء رئيس الاتحاد الوطني الكردستاني بافل "
     "طالباني.",
     [("LEADS", PEZ, IRAN, "الرئيس الإيراني مسعود بزشكيان"),
      ("VISITED", PEZ, ERBIL, "إلى أربيل في محطة", "2024-09-12"),
      ("LOCATED_IN", ERBIL, KR, "لرئيس إيراني في إقليم كردستان"),
      ("VISITED", PEZ, BAGHDAD, "قادماً من بغداد", "2024-09-11"),
      ("SUCCESSOR_OF", PEZ, RAISI, "خلفاً للرئيس الراحل", "2024-07"),
      ("MET_WITH", PEZ, NECH, "وكان في استقباله بمطار", "2024-09-12"),
      ("VISITED", PEZ, "location:erbil-airport", "وكان في استقباله بمطار", "2024-09-12"),
      ("LEADS", NECH, KRP, "رئيس الإقليم نيجيرفان"),
      ("MET_WITH", PEZ, MASROUR, "كما التقى بزشكيان", "2024-09-12"),
      ("LEADS", MASROUR, KRG, "رئيسَ حكومة الإقليم مسرور"),
      ("MET_WITH", PEZ, MASOUD, "وزار الزعيم الكردي", "2024-09-12"),
      ("VISITED", PEZ, PIRMAM, "بمصيف بيرمام", "2024-09-12"),
      ("MEMBER_OF", REBER, KRG, "وزير داخلية الإقليم ريبر"),
      ("LEADS", ARAGHCHI, IRFM, "وزيرُ الخارجية عباس"),
      ("VISITED", ARAGHCHI, ERBIL, "ورافق الرئيسَ وزيرُ", "2024-09-12"),
      ("SUCCESSOR_OF", ARAGHCHI, BKANI, "الذي خلف علي باقري", "2024-08"),
      ("LEADS", BKANI, IRFM, "القائم بأعمال الوزارة"),
      ("LEADS", BAFEL, PUK, "رئيس الاتحاد الوطني الكردستاني بافل"),
      ],
     {"source": "blind set (wire, Arabic)", "published": "2024-09-12"}),

    ("enGV5_cooper_in_baghdad", "en",
     "BAGHDAD, Oct 28 (Reuters) - The commander of U.S. Central Command, Admiral Brad Cooper, met Iraqi "
     "Prime Minister Mohammed Shia al-Sudani in Baghdad on Tuesday to discuss the drawdown of the U.S.-led "
     "coalition, Sudani's office said.\n"
     "Cooper, who took over CENTCOM from General Michael Erik Kurilla in August, also held talks with "
     "Defence Minister Thabet al-Abbasi and the army chief of staff, Lieutenant General Abdul Amir Rashid "
     "Yarallah, the ministry said in a statement.\n"
     "Under a deal announced in September 2024, coalition troops were to leave Baghdad and the Ain al-Asad "
     "air base in Anbar by the end of September 2025 and remain in the Kurdistan region until late 2026.\n"
     "U.S. forces completed their withdrawal from Ain al-Asad in August, two Iraqi security officials told "
     "Reuters.\n"
     "Cooper later flew to Erbil, where he was received by Kurdistan Region President Nechirvan Barzani.\n"
     "Mark Savaya, the Detroit businessman whom President Donald Trump named this month as special envoy "
     "to Iraq, is expected in Baghdad soon, but no date has been set for a meeting with Sudani.",
     [("LEADS", COOPER, CENTCOM, "The commander of U.S. Central Command"),
      ("MET_WITH", COOPER, SUD, "met Iraqi Prime Minister", "2025-10-28"),
      ("VISITED", COOPER, BAGHDAD, "in Baghdad on Tuesday", "2025-10-28"),
      ("LEADS", SUD, IQG, "Iraqi Prime Minister Mohammed Shia"),
      ("SUCCESSOR_OF", COOPER, KURILLA, "who took over CENTCOM from", "2025-08"),
      ("LEADS", KURILLA, CENTCOM, "from General Michael Erik Kurilla"),
      ("MET_WITH", COOPER, ABBASI, "also held talks with", "2025-10-28"),
      ("MET_WITH", COOPER, YARALLAH, "also held talks with", "2025-10-28"),
      ("MET_WITH", ABBASI, YARALLAH, "also held talks with", "2025-10-28"),
      ("LEADS", ABBASI, IQDEF, "Defence Minister Thabet al-Abbasi"),
      ("LEADS", YARALLAH, IQARMY, "the army chief of staff"),
      ("LOCATED_IN", AINASAD, ANBAR, "air base in Anbar"),
      ("WITHDREW_FROM", USAF, AINASAD, "completed their withdrawal from Ain al-Asad", "2025-08"),
      ("VISITED", COOPER, ERBIL, "Cooper later flew to Erbil", "2025-10-28"),
      ("MET_WITH", COOPER, NECH, "where he was received by Kurdistan", "2025-10-28"),
      ("LEADS", NECH, KRP, "Kurdistan Region President Nechirvan"),
      ("LEADS", TRUMP, USA, "President Donald Trump"),
      ],
     {"source": "blind set (wire, English)", "published": "2025-10-28"}),

    ("arGV6_larijani_baghdad_beirut", "ar",
     "بغداد - بيروت (أ ف ب) - وقّع أمين المجلس الأعلى للأمن القومي الإيراني علي لاريجاني، الاثنين في "
     "بغداد، مذكرة تفاهم أمنية مع مستشار الأمن القومي العراقي قاسم الأعرجي، في أول جولة خارجية له منذ "
     "تعيينه مطلع الشهر خلفاً لعلي أكبر أحمديان.\n"
     "والتقى لاريجاني رئيسَ الوزراء محمد شياع السوداني، كما اجتمع برئيس هيئة الحشد الشعبي فالح الفياض، "
     "وفق بيان للسفارة الإيرانية.\n"
     "وانتقل المسؤول الإيراني الأربعاء إلى بيروت، حيث استقبله الرئيس اللبناني جوزاف عون في قصر بعبدا، "
     "وأبلغه أن لبنان «يرفض أي تدخل في شؤونه الداخلية».\n"
     "ثم زار رئيسَ مجلس النواب نبيه بري في عين التينة، والتقى رئيس الحكومة نواف سلام في السراي.\n"
     "ونفى مصدر مقرّب من «حزب الله» أن يكون لاريجاني قد التقى الأمين العام للحزب نعيم قاسم، مكتفياً "
     "بالقول إن «التواصل قائم».\n"
     "وتأتي الزيارة بعد أيام من قرار الحكومة اللبنانية تكليف الجيش وضع خطة لحصر السلاح بيد الدولة.",
     [("LEADS", LARIJANI, SNSC, "أمين المجلس الأعلى للأمن القومي الإيراني علي"),
      ("VISITED", LARIJANI, BAGHDAD, "الاثنين في بغداد", "2025-08-11"),
      ("MET_WITH", LARIJANI, ARAJI, "مذكرة تفاهم أمنية مع مستشار", "2025-08-11"),
      ("LEADS", ARAJI, NSA, "مستشار الأمن القومي العراقي قاسم"),
      ("SUCCESSOR_OF", LARIJANI, AHMADIAN, "خلفاً لعلي أكبر أحمديان", "2025-08-05"),
      ("MET_WITH", LARIJANI, SUD, "والتقى لاريجاني رئيسَ الوزراء", "2025-08-11"),
      ("LEADS", SUD, IQG, "رئيسَ الوزراء محمد شياع"),
      ("MET_WITH", LARIJANI, FAY, "كما اجتمع برئيس هيئة", "2025-08-11"),
      ("LEADS", FAY, PMF, "برئيس هيئة الحشد الشعبي فالح"),
      ("VISITED", LARIJANI, BEIRUT, "الأربعاء إلى بيروت", "2025-08-13"),
      ("MET_WITH", LARIJANI, AOUN, "حيث استقبله الرئيس اللبناني", "2025-08-13"),
      ("LEADS", AOUN, LEB, "الرئيس اللبناني جوزاف عون"),
      ("VISITED", LARIJANI, "location:baabda-palace", "في قصر بعبدا", "2025-08-13"),
      ("MET_WITH", LARIJANI, BERRI, "ثم زار رئيسَ مجلس النواب", "2025-08-13"),
      ("LEADS", BERRI, "organization:lebanese-parliament", "رئيسَ مجلس النواب نبيه"),
      ("VISITED", LARIJANI, "location:ain-el-tineh", "في عين التينة", "2025-08-13"),
      ("MET_WITH", LARIJANI, SALAM, "والتقى رئيس الحكومة نواف", "2025-08-13"),
      ("LEADS", SALAM, "organization:lebanese-government", "رئيس الحكومة نواف سلام"),
      ("VISITED", LARIJANI, "location:grand-serail", "نواف سلام في السراي", "2025-08-13"),
      ("LEADS", NQASSEM, HEZ, "الأمين العام للحزب نعيم"),
      ],
     {"source": "blind set (wire, Arabic)", "published": "2025-08-13"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setGV")
