"""Blind set LR: Iraq and Iran, 2020-2024 (US strikes on militia commanders in Baghdad, the Iranian
president's first trip abroad, the anniversary of the airport strike and the men who replaced its victims,
al-Kadhimi's and al-Sudani's trips to Tehran, the KRG prime minister in Tehran), as a US military
newspaper writes it in English (Stars and Stripes-like: "BAGHDAD —", "U.S. officials said"), as Iran's
state agency writes it in Arabic (IRNA Arabic-like: "بغداد - إرنا -", "الجمهورية الإسلامية"), as an
Iraqi militia-aligned site writes it (al-Maalomah-like: "بغداد/ المعلومة", "قادة النصر", "استشهاد"),
as a German broadcaster's English site writes it (DW-like, no dateline, explanatory), as a US-funded
Persian-service site writes it in English (RFE/RL Radio Farda-like) and as a Kurdish Arabic-language
site writes it (BasNews-like: "أربيل (باسنيوز) -", "كوردستان" with waw).
Pieces: a U.S. drone strike kills Abu Baqir al-Saadi in Baghdad, a U.S. strike had killed Abu Taqwa,
al-Hamidawi leads Kataib Hezbollah (English, military paper); Pezeshkian received by al-Sudani in
Baghdad with Araghchi, meets Abdul Latif Rashid, Pezeshkian after Raisi (Arabic, state agency); the
fifth anniversary of the airport strike: Soleimani and al-Muhandis killed by the US on Trump's order,
Abu Fadak after al-Muhandis, Qaani after Soleimani, Qaani's visit to al-Fayyadh and Abu Fadak (Arabic,
militia-aligned site); al-Kadhimi in Tehran with Rouhani (Fuad Hussein accompanying) and received by
Khamenei, al-Kadhimi after Abdul-Mahdi (English, DW-like); al-Sudani in Tehran with Raisi and
Amir-Abdollahian and received by Khamenei, Blinken in Baghdad with al-Sudani the day before, al-Sudani
after al-Kadhimi (English, RFE/RL-like); Masrour Barzani in Tehran with Raisi, Amir-Abdollahian with
Ahmadian, and Mokhber, Masrour after Nechirvan, the IRGC strike that killed Peshraw Dizayee (Arabic,
Kurdish site).
Excluded on purpose (no relation): Austin's phone call with al-Abbasi and the three soldiers killed in
Jordan (no one named) (LR1); Pezeshkian's planned meetings in Erbil with the two Barzanis ("من المقرر"),
his phone call with al-Sudani, Raisi's death in a helicopter crash (no agent) (LR2); no attendance at
the ceremony is described as a meeting (LR3); the Riyadh leg and the meeting with Mohammed bin Salman
that "did not take place", the Washington talks with Trump that are only "due", the strategic dialogue
held by video link (LR4); Raisi's accepted invitation to Baghdad with no date set (LR5); Nechirvan
Barzani's phone call with Raisi (LR6).
Judgement calls: a visitor's accompanying minister present at the talks is paired with the host and
the visitor (LR2, LR4, LR5); "received him at the airport" is a meeting (LR2); a US strike "ordered by"
/ "بأمر مباشر من" the US president gives the victim -> the United States and -> Trump (LR3); "a U.S.
drone strike ... killed" gives the victim -> country:united-states (LR1, LR4); a strike by the IRGC
that killed a named man is an ASSASSINATED_BY (LR6); the prime minister who took office "replacing" /
"succeeding" his predecessor succeeds him (LR4, LR5, LR6); a chief of staff chosen "خلفاً للمهندس"
succeeds al-Muhandis (LR3); "مهام الرئاسة" etc. are not used. Al-Sudani's earlier Tehran meetings of
November 2022 repeat pairs already stored (LR5). Filled in for the exercise: the guards killed with
Abu Baqir and Austin's call (LR1), Araghchi's presence at the talks (LR2), Qaani's visit to the PMF
headquarters and its date (LR3), Fuad Hussein's presence (LR4), Amir-Abdollahian's presence (LR5),
Ahmadian's presence and Nechirvan Barzani's call (LR6).
Spellings: "Wisam Muhammad Sabir al-Sa'adi", "Mushtaq Taleb al-Saeedi", "Yehia Rasool", "Ahmed
al-Hamidawi" (LR1); "مسعود بزشكيان", "عبد اللطيف جمال رشيد" (LR2); "اسماعيل قااني", "جمال جعفر آل
إبراهيم", "الحاج قاسم سليماني", "أبو فدك" (LR3); "Mustafa al-Kazimi", "Qassem Suleimani", "Adel Abdul
Mahdi" (LR4); "Mohammad Shia al-Soudani", "Hossein Amir-Abdollahian" (LR5); "أمير عبداللهيان", "بيشرو
دزيي", "كوردستان" (LR6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_ls import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAN, IRAQ, US = "country:iran", "country:iraq", "country:united-states"
BAGHDAD, TEHRAN = "location:baghdad", "location:tehran"
QUDS, IRGC, PMF, KH, NUJABA, CENTCOM, DOD, STATE, IRQGOV, IRQFM, IRFM, SNSC, KRG = (
    "organization:quds-force", "organization:irgc", "organization:popular-mobilization-forces",
    "organization:kataib-hezbollah", "organization:harakat-al-nujaba", "organization:us-central-command",
    "organization:us-department-of-defense", "organization:us-state-department",
    "organization:iraqi-government", "organization:iraqi-foreign-ministry",
    "organization:iranian-foreign-ministry", "organization:supreme-national-security-council",
    "organization:kurdistan-regional-government")
ABUBAQIR, SAIDI, HAMIDAWI, SUDANI, AUSTIN, RASOOL, ABBASI = (
    "person:abu-baqir-al-saadi", "person:mushtaq-taleb-al-saidi", "person:ahmad-al-hamidawi",
    "person:mohammed-shia-al-sudani", "person:lloyd-austin", "person:yahya-rasool", "person:thabet-al-abbasi")
PEZ, ARAGHCHI, RASHID, RAISI = (
    "person:masoud-pezeshkian", "person:abbas-araghchi", "person:abdul-latif-rashid", "person:ebrahim-raisi")
SOLEIMANI, MUHANDIS, TRUMP, FAYYADH, ABUFADAK, QAANI, KHAMENEI = (
    "person:qasem-soleimani", "person:abu-mahdi-al-muhandis", "person:donald-trump",
    "person:falih-al-fayyadh", "person:abdul-aziz-al-muhammadawi", "person:esmail-qaani",
    "person:ali-khamenei")
KADHIMI, ROUHANI, HUSSEIN, ABDULMAHDI, MBS, SALMAN = (
    "person:mustafa-al-kadhimi", "person:hassan-rouhani", "person:fuad-hussein", "person:adil-abdul-mahdi",
    "person:mohammed-bin-salman", "person:salman-bin-abdulaziz")
AMIRAB, BLINKEN, AWADI = (
    "person:hossein-amir-abdollahian", "person:antony-blinken", "person:basim-al-awadi")
MASROUR, NECHIRVAN, AHMADIAN, MOKHBER, DIZAYEE = (
    "person:masrour-barzani", "person:nechirvan-barzani", "person:ali-akbar-ahmadian",
    "person:mohammad-mokhber", "person:peshraw-dizayee")

STRIPES = "blind set (US military newspaper, Stars and Stripes-like)"
IRNA = "blind set (Iranian state agency, Arabic service, IRNA-like)"
MAALOMAH = "blind set (Iraqi militia-aligned news site, al-Maalomah-like)"
DW = "blind set (German broadcaster, English site, DW-like)"
RFERL = "blind set (US-funded broadcaster, English, RFE/RL Radio Farda-like)"
BASNEWS = "blind set (Kurdish Arabic-language news site, BasNews-like)"


_PEZ_BAGHDAD = {PEZ: "وكان في استقباله بمطار بغداد الدولي", SUDANI: "وكان في استقباله بمطار بغداد الدولي",
                ARAGHCHI: "بحضور عراقجي"}
_QAANI_PMF = {QAANI: "قد زار بغداد الأسبوع الماضي", FAYYADH: "والتقى الفياض والمحمداوي في مقر الهيئة",
              ABUFADAK: "والتقى الفياض والمحمداوي في مقر الهيئة"}
_KADHIMI_TEHRAN = {KADHIMI: "held talks in Tehran on Tuesday with President Hassan Rouhani",
                   ROUHANI: "held talks in Tehran on Tuesday with President Hassan Rouhani",
                   HUSSEIN: "accompanied by Foreign Minister Fuad Hussein"}
_SUDANI_TEHRAN = {SUDANI: "for talks with Iranian President Ebrahim Raisi",
                  RAISI: "for talks with Iranian President Ebrahim Raisi",
                  AMIRAB: "Foreign Minister Hossein Amir-Abdollahian attended the meeting with Raisi"}
_MASROUR_FM = {MASROUR: "الذي عقد معه لاحقاً اجتماعاً منفصلاً", AMIRAB: "الذي عقد معه لاحقاً اجتماعاً منفصلاً",
               AHMADIAN: "بحضور أمين المجلس الأعلى للأمن القومي علي أكبر أحمديان"}

ARTICLES = [
    ("enLR1_us_strike_kills_abu_baqir", "en",
     "U.S. drone strike in Baghdad kills Kataib Hezbollah commander\n"
     "BAGHDAD — A U.S. drone strike on a car in eastern Baghdad on Wednesday night killed a senior commander "
     "of Kataib Hezbollah, the Iran-backed militia Washington blames for the attack that killed three American "
     "soldiers in Jordan last month, U.S. Central Command said.\n"
     "CENTCOM identified the man as Wisam Muhammad Sabir al-Sa'adi, known as Abu Baqir, and said he had been "
     "responsible for planning and taking part in attacks on U.S. forces in the region. Two of his guards were "
     "also killed, an Iraqi security official said.\n"
     "The strike in the Mashtal neighborhood came a month after a U.S. strike on a Baghdad headquarters of "
     "Harakat al-Nujaba killed Mushtaq Taleb al-Saeedi, the group's deputy head of operations, known as Abu "
     "Taqwa.\n"
     "Maj. Gen. Yehia Rasool, the military spokesman of Prime Minister Mohammed Shia al-Sudani, called it "
     "\"a blatant assassination\" in a residential area.\n"
     "Kataib Hezbollah's secretary general, Ahmed al-Hamidawi, had announced on Jan. 30 that the group was "
     "suspending its attacks on U.S. troops.\n"
     "Defense Secretary Lloyd Austin spoke by phone on Thursday with Iraq's defense minister, Thabet "
     "al-Abbasi, the Pentagon said.",
     [("ASSASSINATED_BY", ABUBAQIR, US, "A U.S. drone strike on a car in eastern Baghdad", "2024-02-07"),
      ("MEMBER_OF", ABUBAQIR, KH, "killed a senior commander"),
      ("ASSASSINATED_BY", SAIDI, US, "a U.S. strike on a Baghdad headquarters", "2024-01-04"),
      ("MEMBER_OF", SAIDI, NUJABA, "the group's deputy head of operations"),
      ("LEADS", SUDANI, IRQGOV, "the military spokesman of Prime Minister Mohammed Shia al-Sudani"),
      ("LEADS", HAMIDAWI, KH, "Kataib Hezbollah's secretary general, Ahmed al-Hamidawi"),
      ("LEADS", AUSTIN, DOD, "Defense Secretary Lloyd Austin"),
      ],
     {"source": STRIPES, "published": "2024-02-08"}),

    ("arLR2_pezeshkian_baghdad", "ar",
     "الرئيس بزشكيان يصل إلى بغداد في أول زيارة خارجية له\n"
     "بغداد - إرنا - وصل رئيس الجمهورية الإسلامية الإيرانية مسعود بزشكيان، صباح اليوم الأربعاء، إلى "
     "العاصمة العراقية بغداد في أول زيارة خارجية له منذ توليه مهامه، وكان في استقباله بمطار بغداد الدولي "
     "رئيس الوزراء العراقي محمد شياع السوداني.\n"
     "ويرافق الرئيس في زيارته وفد رفيع يضم وزير الخارجية عباس عراقجي وعدداً من الوزراء.\n"
     "وعقد بزشكيان والسوداني جلسة مباحثات رسمية في القصر الحكومي بحضور عراقجي، أعقبها توقيع 14 مذكرة "
     "تفاهم في مجالات الاقتصاد والطاقة والتعليم والشباب.\n"
     "كما التقى الرئيس الإيراني نظيره العراقي عبد اللطيف جمال رشيد في قصر بغداد.\n"
     "ومن المقرر أن يتوجه بزشكيان يوم الخميس إلى أربيل، حيث يلتقي رئيس إقليم كردستان نيجيرفان البارزاني "
     "ورئيس حكومة الإقليم مسرور البارزاني، قبل أن يختتم جولته في البصرة.\n"
     "وكان الرئيس الإيراني قد أجرى اتصالاً هاتفياً مع السوداني بعد أدائه اليمين الدستورية في تموز الماضي "
     "خلفاً للرئيس الراحل آية الله إبراهيم رئيسي، الذي لقي حتفه في تحطم مروحية في أيار.",
     met_group(_PEZ_BAGHDAD, "2024-09-11") + [
      ("VISITED", PEZ, BAGHDAD, "إلى العاصمة العراقية بغداد", "2024-09-11"),
      ("VISITED", ARAGHCHI, BAGHDAD, "ويرافق الرئيس في زيارته وفد رفيع", "2024-09-11"),
      ("LEADS", PEZ, IRAN, "وصل رئيس الجمهورية الإسلامية الإيرانية مسعود بزشكيان"),
      ("LEADS", SUDANI, IRQGOV, "رئيس الوزراء العراقي محمد شياع السوداني"),
      ("LEADS", ARAGHCHI, IRFM, "وزير الخارجية عباس عراقجي"),
      ("MET_WITH", PEZ, RASHID, "كما التقى الرئيس الإيراني نظيره العراقي", "2024-09-11"),
      ("LEADS", RASHID, IRAQ, "نظيره العراقي عبد اللطيف جمال رشيد"),
      ("SUCCESSOR_OF", PEZ, RAISI, "خلفاً للرئيس الراحل آية الله إبراهيم رئيسي", "2024-07"),
      ],
     {"source": IRNA, "published": "2024-09-11"}),

    ("arLR3_victory_leaders_anniversary", "ar",
     "الحشد يحيي الذكرى الخامسة لاستشهاد قادة النصر\n"
     "بغداد/ المعلومة\n"
     "أحيت هيئة الحشد الشعبي، اليوم الجمعة، الذكرى السنوية الخامسة لاستشهاد «قادة النصر»، نائب رئيس الهيئة "
     "أبو مهدي المهندس (جمال جعفر آل إبراهيم) وقائد فيلق القدس الفريق الحاج قاسم سليماني، اللذين اغتالتهما "
     "الولايات المتحدة بطائرة مسيرة قرب مطار بغداد الدولي فجر الثالث من كانون الثاني 2020، بأمر مباشر من "
     "الرئيس الأمريكي دونالد ترامب.\n"
     "وقال رئيس هيئة الحشد فالح الفياض في كلمة خلال الحفل المركزي إن «دماء القادة ستبقى عنواناً للسيادة».\n"
     "من جهته، أكد رئيس أركان الهيئة عبد العزيز المحمداوي (أبو فدك)، الذي اختير للمنصب في شباط 2020 خلفاً "
     "للمهندس، أن الحشد «باقٍ ما بقي العراق».\n"
     "وكان قائد فيلق القدس العميد اسماعيل قااني، الذي عيّنه قائد الثورة الإسلامية آية الله السيد علي "
     "خامنئي خلفاً لسليماني بعد ساعات من اغتياله، قد زار بغداد الأسبوع الماضي والتقى الفياض والمحمداوي في "
     "مقر الهيئة، بحسب مصدر مطلع تحدث للمعلومة.\n"
     "ويطالب قادة فصائل المقاومة بإخراج القوات الأجنبية من البلاد تنفيذاً لقرار مجلس النواب الصادر بعد "
     "الاغتيال.",
     [("ASSASSINATED_BY", MUHANDIS, US, "اللذين اغتالتهما", "2020-01-03"),
      ("ASSASSINATED_BY", SOLEIMANI, US, "الولايات المتحدة بطائرة مسيرة قرب مطار بغداد الدولي", "2020-01-03"),
      ("ASSASSINATED_BY", MUHANDIS, TRUMP, "بأمر مباشر من", "2020-01-03"),
      ("ASSASSINATED_BY", SOLEIMANI, TRUMP, "الرئيس الأمريكي دونالد ترامب", "2020-01-03"),
      ("MEMBER_OF", MUHANDIS, PMF, "نائب رئيس الهيئة"),
      ("LEADS", SOLEIMANI, QUDS, "وقائد فيلق القدس الفريق الحاج قاسم سليماني"),
      ("LEADS", FAYYADH, PMF, "وقال رئيس هيئة الحشد فالح الفياض"),
      ("MEMBER_OF", ABUFADAK, PMF, "أكد رئيس أركان الهيئة عبد العزيز المحمداوي"),
      ("SUCCESSOR_OF", ABUFADAK, MUHANDIS, "خلفاً للمهندس", "2020-02"),
      ("LEADS", QAANI, QUDS, "وكان قائد فيلق القدس العميد اسماعيل قااني"),
      ("SUCCESSOR_OF", QAANI, SOLEIMANI, "خلفاً لسليماني", "2020-01-03"),
      ("LEADS", KHAMENEI, IRAN, "قائد الثورة الإسلامية آية الله السيد علي"),
      ("VISITED", QAANI, BAGHDAD, "قد زار بغداد الأسبوع الماضي", "2024-12"),
      ] + met_group(_QAANI_PMF, "2024-12"),
     {"source": MAALOMAH, "published": "2025-01-03"}),

    ("enLR4_kazimi_tehran_rouhani_khamenei", "en",
     "Iraq's Kazimi walks a tightrope between Tehran and Washington\n"
     "Iraqi Prime Minister Mustafa al-Kazimi held talks in Tehran on Tuesday with President Hassan Rouhani, "
     "accompanied by Foreign Minister Fuad Hussein, and was later received by Supreme Leader Ayatollah Ali "
     "Khamenei. It was his first trip abroad since taking office.\n"
     "Khamenei told his guest that Iran would \"never forget\" the killing of Qassem Suleimani, the commander "
     "of the Revolutionary Guards' Quds Force, who died with the Iraqi militia leader Abu Mahdi al-Muhandis "
     "when a US drone strike hit their convoy at Baghdad airport in January.\n"
     "The tour was meant to begin in Riyadh, but the Saudi leg was postponed after King Salman was admitted "
     "to hospital, and Kazimi's planned meeting with Crown Prince Mohammed bin Salman did not take place.\n"
     "The former intelligence chief became prime minister in May, replacing Adel Abdul Mahdi, who had resigned "
     "in the face of mass protests.\n"
     "Kazimi is due in Washington next month for talks with President Donald Trump, the White House said. "
     "In June, US and Iraqi officials opened a \"strategic dialogue\" on the future of US troops by video link.",
     met_group(_KADHIMI_TEHRAN, "2020-07-21") + [
      ("MET_WITH", KADHIMI, KHAMENEI, "and was later received by Supreme Leader", "2020-07-21"),
      ("VISITED", KADHIMI, TEHRAN, "held talks in Tehran on Tuesday", "2020-07-21"),
      ("LEADS", ROUHANI, IRAN, "with President Hassan Rouhani"),
      ("LEADS", KHAMENEI, IRAN, "Supreme Leader Ayatollah Ali"),
      ("LEADS", HUSSEIN, IRQFM, "accompanied by Foreign Minister Fuad Hussein"),
      ("LEADS", SOLEIMANI, QUDS, "the commander of the Revolutionary Guards' Quds Force"),
      ("ASSASSINATED_BY", SOLEIMANI, US, "when a US drone strike hit their convoy", "2020-01-03"),
      ("ASSASSINATED_BY", MUHANDIS, US, "who died with the Iraqi militia leader", "2020-01-03"),
      ("SUCCESSOR_OF", KADHIMI, ABDULMAHDI, "replacing Adel Abdul Mahdi", "2020-05-07"),
      ("LEADS", KADHIMI, IRQGOV, "became prime minister in May"),
      ],
     {"source": DW, "published": "2020-07-22"}),

    ("enLR5_soudani_tehran_after_blinken", "en",
     "Iraqi Premier In Tehran A Day After Blinken's Baghdad Visit\n"
     "Iraqi Prime Minister Mohammad Shia al-Soudani flew to Tehran on November 6 for talks with Iranian "
     "President Ebrahim Raisi, a day after hosting U.S. Secretary of State Antony Blinken in Baghdad.\n"
     "Soudani was also received by Supreme Leader Ayatollah Ali Khamenei. Foreign Minister Hossein "
     "Amir-Abdollahian attended the meeting with Raisi, Iranian state media reported.\n"
     "Blinken, who arrived in Baghdad unannounced and wearing a bulletproof vest, pressed Soudani to rein in "
     "the Iran-backed militias that have attacked U.S. troops in Iraq and Syria more than 40 times since the "
     "Gaza war began.\n"
     "Iraqi government spokesman Basim al-Awadi said Soudani carried no message from Washington. Raisi has "
     "accepted an invitation to visit Baghdad, Iraqi officials said, but no date has been set.\n"
     "Soudani, who took office in October 2022, succeeding Mustafa al-Kadhimi, made Tehran one of his first "
     "destinations abroad, meeting Raisi and Khamenei there a month later.",
     met_group(_SUDANI_TEHRAN, "2023-11-06") + [
      ("MET_WITH", SUDANI, KHAMENEI, "Soudani was also received by Supreme Leader", "2023-11-06"),
      ("VISITED", SUDANI, TEHRAN, "flew to Tehran on November 6", "2023-11-06"),
      ("MET_WITH", BLINKEN, SUDANI, "a day after hosting U.S. Secretary of State", "2023-11-05"),
      ("VISITED", BLINKEN, BAGHDAD, "who arrived in Baghdad unannounced", "2023-11-05"),
      ("LEADS", BLINKEN, STATE, "U.S. Secretary of State Antony Blinken"),
      ("LEADS", RAISI, IRAN, "Iranian President Ebrahim Raisi"),
      ("LEADS", KHAMENEI, IRAN, "Supreme Leader Ayatollah Ali Khamenei"),
      ("LEADS", AMIRAB, IRFM, "Foreign Minister Hossein"),
      ("MEMBER_OF", AWADI, IRQGOV, "Iraqi government spokesman Basim al-Awadi"),
      ("LEADS", SUDANI, IRQGOV, "Iraqi Prime Minister Mohammad Shia al-Soudani"),
      ("SUCCESSOR_OF", SUDANI, KADHIMI, "succeeding Mustafa al-Kadhimi", "2022-10-27"),
      ],
     {"source": RFERL, "published": "2023-11-07"}),

    ("arLR6_masrour_barzani_tehran", "ar",
     "مسرور بارزاني في طهران: مباحثات مع رئيسي وأمير عبداللهيان\n"
     "أربيل (باسنيوز) - أجرى رئيس حكومة إقليم كوردستان مسرور بارزاني، اليوم الأحد، مباحثات في طهران مع "
     "الرئيس الإيراني إبراهيم رئيسي، تناولت العلاقات بين الإقليم والجمهورية الإسلامية وأمن الحدود.\n"
     "وكان في استقبال بارزاني لدى وصوله إلى مطار مهرآباد وزير الخارجية الإيراني حسين أمير عبداللهيان، "
     "الذي عقد معه لاحقاً اجتماعاً منفصلاً بحضور أمين المجلس الأعلى للأمن القومي علي أكبر أحمديان.\n"
     "كما التقى رئيس حكومة الإقليم النائب الأول للرئيس الإيراني محمد مخبر.\n"
     "وهذه أول زيارة لبارزاني إلى طهران منذ توليه رئاسة الحكومة في تموز 2019 خلفاً لابن عمه نيجيرفان "
     "بارزاني، الذي انتُخب رئيساً للإقليم.\n"
     "وتأتي الزيارة بعد أشهر من هجوم صاروخي للحرس الثوري الإيراني على منزل رجل الأعمال الكوردي بيشرو دزيي "
     "في أربيل، أسفر عن مقتله مع عدد من أفراد عائلته في كانون الثاني الماضي.\n"
     "وكان رئيس الإقليم نيجيرفان بارزاني قد أجرى اتصالاً هاتفياً مع رئيسي عشية الزيارة.",
     [("MET_WITH", MASROUR, RAISI, "مباحثات في طهران مع", "2024-05-05"),
      ("VISITED", MASROUR, TEHRAN, "اليوم الأحد، مباحثات في طهران", "2024-05-05"),
      ("LEADS", MASROUR, KRG, "أجرى رئيس حكومة إقليم كوردستان مسرور بارزاني"),
      ("LEADS", RAISI, IRAN, "الرئيس الإيراني إبراهيم رئيسي، تناولت"),
      ("LEADS", AMIRAB, IRFM, "وزير الخارجية الإيراني حسين أمير عبداللهيان"),
      ("LEADS", AHMADIAN, SNSC, "أمين المجلس الأعلى للأمن القومي علي أكبر أحمديان"),
      ("MET_WITH", MASROUR, MOKHBER, "كما التقى رئيس حكومة الإقليم النائب الأول", "2024-05-05"),
      ("SUCCESSOR_OF", MASROUR, NECHIRVAN, "خلفاً لابن عمه نيجيرفان", "2019-07-10"),
      ("LEADS", NECHIRVAN, "location:kurdistan-region", "الذي انتُخب رئيساً للإقليم"),
      ("ASSASSINATED_BY", DIZAYEE, IRGC, "هجوم صاروخي للحرس الثوري الإيراني", "2024-01-15"),
      ] + met_group(_MASROUR_FM, "2024-05-05"),
     {"source": BASNEWS, "published": "2024-05-05"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setLR")
