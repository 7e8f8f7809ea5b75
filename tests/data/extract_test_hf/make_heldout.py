"""Blind set HF: Iraq and Iran 2020-2025 as a regional Arabic/English TV news website (long headlines,
quotes, a closing background paragraph): the US strike that killed Nujaba's Abu Taqwa on Palestine
Street, Jan 2024 (English); Qaani's first announced Baghdad visit against the Zurfi nomination, Mar 2020
(Arabic); al-Kadhimi in Tehran with Khamenei and Rouhani, Jul 2020 (English); al-Sudani receives
al-Fayyadh and Abu Fadak after the US strikes on al-Qaim and Akashat, Feb 2024 (Arabic); Blinken's
unannounced Baghdad visit, Nov 2023 (English); Pezeshkian's first foreign trip, to Baghdad, Sep 2024
(Arabic).
Style: TV-website copy, spokesmen and ministers introduced by title (Pat Ryder, Yehia Rasool, Ahmed
al-Asadi, Ali Allawi, John Kirby, Basim al-Awadi, Alina Romanowski, Esmaeil Baghaei), quotes, a
"BACKGROUND" / "خلفية" paragraph recapping the January 2020 strike.
Excluded on purpose: a post on X, a meeting with al-Zurfi denied by Amiri's circle, a nomination
(al-Zurfi) that never led to office, a Riyadh visit postponed, a Washington claim of prior notice denied
by Baghdad, a Tower 22 attack blamed on militias and denied, a "due to hold talks" (Blinken - Fidan),
a planned Erbil/Basra leg, a helicopter crash with no agent.
Spellings: Qassem Suleimani, Mostafa al-Kazemi, أبو فدك المحمداوي, بزشكيان, Abu Taqwa.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_hg import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAN, IRAQ, USA, SYRIA, LEB, ISR, JOR, SAUDI, FRANCE = (
    "country:iran", "country:iraq", "country:united-states", "country:syria", "country:lebanon",
    "country:israel", "country:jordan", "country:saudi-arabia", "country:france")
QF, IRGC, PMF, KH, NUJ, IRI = ("organization:quds-force", "organization:irgc",
                               "organization:popular-mobilization-forces", "organization:kataib-hezbollah",
                               "organization:harakat-al-nujaba", "organization:islamic-resistance-in-iraq")
CF, FATAH, HIKMA, KDP, KDPI, KRP = ("organization:coordination-framework", "organization:fatah-alliance",
                                    "organization:hikma-movement", "organization:kurdistan-democratic-party",
                                    "organization:kdpi", "organization:kurdistan-region-presidency")
IQG, IQFM, NSA, NSS, JOC, CTS, INIS, IQINT, IQFIN = (
    "organization:iraqi-government", "organization:iraqi-foreign-ministry",
    "organization:iraqi-national-security-advisory", "organization:iraqi-national-security-service",
    "organization:joint-operations-command", "organization:counter-terrorism-service",
    "organization:iraqi-national-intelligence-service", "organization:iraqi-interior-ministry",
    "organization:iraqi-finance-ministry")
IRFM, SNSC, SYRFM, OMFM = ("organization:iranian-foreign-ministry", "organization:supreme-national-security-council",
                           "organization:syrian-foreign-ministry", "organization:omani-foreign-ministry")
CENTCOM, DOD, STATE, USARMY, WH = ("organization:us-central-command", "organization:us-department-of-defense",
                                   "organization:us-state-department", "organization:us-armed-forces",
                                   "organization:white-house")
SADRMOV, SADRBLOC, SARAYA, HEZ = ("organization:sadrist-movement", "organization:sadrist-bloc",
                                  "organization:saraya-al-salam", "organization:hezbollah")
BAGHDAD, ERBIL, TEHRAN, DAMASCUS, BEIRUT, MUSCAT = ("location:baghdad", "location:erbil", "location:tehran",
                                                    "location:damascus", "location:beirut", "location:muscat")
BIAP, MASHTAL, TOWER22, PIRMAM, KOYA, KR, GREENZONE = (
    "location:baghdad-international-airport", "location:mashtal", "location:tower-22", "location:pirmam",
    "location:koya", "location:kurdistan-region", "location:green-zone")
SALAMPAL, GOVPAL, PALST, QAIM, AKASHAT, ANBAR = ("location:al-salam-palace", "location:government-palace-baghdad",
                                                 "location:palestine-street", "location:al-qaim",
                                                 "location:akashat", "location:anbar")
# people
QAANI, SOL, MUH, FADAK, FAY, BAQIR, ARKAN, HAMIDAWI = (
    "person:esmail-qaani", "person:qasem-soleimani", "person:abu-mahdi-al-muhandis",
    "person:abdul-aziz-al-muhammadawi", "person:falih-al-fayyadh", "person:abu-baqir-al-saadi",
    "person:arkan-al-ulayawi", "person:ahmad-al-hamidawi")
SUD, KAD, ADIL, RASHID, SALIH, ARAJI, FUAD, RASOOL, AWADI, KHAFAJI = (
    "person:mohammed-shia-al-sudani", "person:mustafa-al-kadhimi", "person:adil-abdul-mahdi",
    "person:abdul-latif-rashid", "person:barham-salih", "person:qassim-al-araji", "person:fuad-hussein",
    "person:yahya-rasool", "person:basim-al-awadi", "person:tahsin-al-khafaji")
MASOUD, NECH, MMOHAMMED, SADR, AMIRI, HAKIM, ASADI, ZURFI, KAABI, SAIDI = (
    "person:masoud-barzani", "person:nechirvan-barzani", "person:mahmoud-mohammed", "person:muqtada-al-sadr",
    "person:hadi-al-amiri", "person:ammar-al-hakim", "person:ahmed-al-asadi", "person:adnan-al-zurfi",
    "person:akram-al-kaabi", "person:mushtaq-taleb-al-saidi")
KHAM, RAISI, ROUHANI, PEZ, ZARIF, AMIRABD, ARAGHCHI, SHAM, AHMADIAN, LARI, JALILI = (
    "person:ali-khamenei", "person:ebrahim-raisi", "person:hassan-rouhani", "person:masoud-pezeshkian",
    "person:mohammad-javad-zarif", "person:hossein-amir-abdollahian", "person:abbas-araghchi",
    "person:ali-shamkhani", "person:ali-akbar-ahmadian", "person:ali-larijani", "person:saeed-jalili")
SADEGH, ZAHEDI, HAJIRAHIMI, BAGHAEI, IRAVANI, SALAMI, PAKPOUR, MOUSAVI = (
    "person:mohammad-kazem-al-e-sadegh", "person:mohammad-reza-zahedi", "person:mohammad-hadi-haji-rahimi",
    "person:esmaeil-baghaei", "person:saeed-iravani", "person:hossein-salami", "person:mohammad-pakpour",
    "person:razi-mousavi")
TRUMP, BLINKEN, RYDER, KIRBY, ROMAN, BRUCE, RUBIO = (
    "person:donald-trump", "person:antony-blinken", "person:pat-ryder", "person:john-kirby",
    "person:alina-romanowski", "person:tammy-bruce", "person:marco-rubio")
ASSAD, MEKDAD, SABBAGH, ALBUSAIDI, AOUN, BERRI, NQASSEM = (
    "person:bashar-al-assad", "person:faisal-mekdad", "person:bassam-al-sabbagh", "person:badr-albusaidi",
    "person:joseph-aoun", "person:nabih-berri", "person:naim-qassem")
ALLAWI, SALMAN, ABBAS, FIDAN = ("person:ali-allawi", "person:salman-bin-abdulaziz", "person:mahmoud-abbas",
                                "person:hakan-fidan")
PA, TURKFM, AINASAD, HARIR = ("organization:palestinian-authority", "organization:turkish-foreign-ministry",
                              "location:ain-al-asad-air-base", "location:harir-base")

ARTICLES = [
    ("enHF1_abu_taqwa_palestine_street", "en",
     "US strike kills Nujaba commander 'Abu Taqwa' in Baghdad as Iraqi government condemns 'flagrant "
     "attack' on PMF headquarters\n"
     "A US drone strike on Thursday killed Mushtaq Taleb al-Saidi, better known as Abu Taqwa, a senior "
     "commander of Harakat al-Nujaba, and one of his aides at a Popular Mobilisation Forces logistics "
     "headquarters on Palestine Street in eastern Baghdad, the PMF said in a statement.\n"
     "In Washington, Pentagon press secretary Maj. Gen. Pat Ryder told reporters that US forces had taken "
     "\"necessary action\" against a leader \"actively involved in planning and carrying out attacks\" on "
     "American personnel.\n"
     "\"This is a flagrant attack and a dangerous escalation,\" said Maj. Gen. Yehia Rasool, the military "
     "spokesman of Prime Minister Mohammed Shia al-Sudani, adding that Baghdad held the US-led coalition "
     "responsible.\n"
     "Nujaba's secretary-general, Akram al-Kaabi, vowed in a post on X that the group would respond \"at "
     "the time and place of our choosing\".\n"
     "BACKGROUND: The strike came a day after the fourth anniversary of the killing of Quds Force commander "
     "Qassem Suleimani and PMF deputy chief Abu Mahdi al-Muhandis, who died in a US drone strike ordered by "
     "President Donald Trump near Baghdad airport on January 3, 2020. Since mid-October, the Islamic "
     "Resistance in Iraq, an alliance of factions that includes Nujaba, has claimed more than 100 attacks "
     "on US forces in Iraq and Syria.",
     [("ASSASSINATED_BY", SAIDI, USA, "A US drone strike on Thursday killed", "2024-01-04"),
      ("ASSASSINATED_BY", SAIDI, USARMY, "US forces had taken", "2024-01-04"),
      ("MEMBER_OF", SAIDI, NUJ, "a senior commander of Harakat al-Nujaba"),
      ("ATTACKED", USA, PALST, "A US drone strike on Thursday killed", "2024-01-04"),
      ("LOCATED_IN", PALST, BAGHDAD, "on Palestine Street in eastern Baghdad"),
      ("MEMBER_OF", RYDER, DOD, "Pentagon press secretary Maj. Gen. Pat"),
      ("LEADS", SUD, IQG, "Prime Minister Mohammed Shia al-Sudani"),
      ("LEADS", KAABI, NUJ, "Nujaba's secretary-general, Akram"),
      ("LEADS", SOL, QF, "Quds Force commander Qassem"),
      ("MEMBER_OF", MUH, PMF, "PMF deputy chief Abu Mahdi"),
      ("ASSASSINATED_BY", SOL, USA, "who died in a US drone strike", "2020-01-03"),
      ("ASSASSINATED_BY", MUH, USA, "who died in a US drone strike", "2020-01-03"),
      ("ASSASSINATED_BY", SOL, TRUMP, "ordered by President Donald Trump", "2020-01-03"),
      ("ASSASSINATED_BY", MUH, TRUMP, "ordered by President Donald Trump", "2020-01-03"),
      ("LEADS", TRUMP, USA, "President Donald Trump"),
      ("PART_OF", NUJ, IRI, "an alliance of factions that includes Nujaba"),
      ("ATTACKED", IRI, USARMY, "has claimed more than 100 attacks on US forces", "2023-10"),
      ],
     {"source": "blind set (TV news website, English)", "published": "2024-01-04"}),

    ("arHF2_qaani_baghdad_against_zurfi", "ar",
     "في أول زيارة معلنة منذ مقتل سليماني... قاآني في بغداد لتوحيد القوى الشيعية في وجه تكليف الزرفي\n"
     "وصل قائد فيلق القدس في الحرس الثوري الإيراني، إسماعيل قاآني، إلى بغداد مساء الاثنين، في أول زيارة "
     "معلنة له منذ تعيينه خلفاً لقاسم سليماني، بحسب ما أفادت مصادر سياسية عراقية لـ«الميادين».\n"
     "وقالت المصادر إن قاآني اجتمع بزعيم تحالف الفتح هادي العامري ورئيس تيار الحكمة عمار الحكيم في منزل "
     "الأول بمنطقة الجادرية، وأبلغهما «تحفظ طهران» على تكليف عدنان الزرفي بتشكيل الحكومة.\n"
     "ونفى مقرّب من العامري أن يكون قاآني قد التقى الزرفي أو طلب لقاءه.\n"
     "وقال المتحدث باسم تحالف الفتح أحمد الأسدي إن «الزرفي لا يحظى بإجماع البيت الشيعي، والكرة الآن في "
     "ملعب القوى السياسية».\n"
     "وكان الرئيس برهم صالح قد كلّف الزرفي، محافظ النجف الأسبق، في السابع عشر من آذار، بعد اعتذار محمد "
     "توفيق علاوي عن المهمة.\n"
     "خلفية: قُتل سليماني ونائب رئيس هيئة الحشد الشعبي أبو مهدي المهندس في الثالث من كانون الثاني بضربة "
     "أميركية قرب مطار بغداد. وفي التاسع من نيسان اعتذر الزرفي، وكُلّف رئيس جهاز المخابرات مصطفى "
     "الكاظمي، الذي نال ثقة البرلمان في السابع من أيار خلفاً لعادل عبد المهدي.",
     [("LEADS", QAANI, QF, "قائد فيلق القدس في الحرس"),
      ("PART_OF", QF, IRGC, "فيلق القدس في الحرس الثوري الإيراني"),
      ("VISITED", QAANI, BAGHDAD, "إلى بغداد مساء الاثنين", "2020-03-30"),
      ("SUCCESSOR_OF", QAANI, SOL, "منذ تعيينه خلفاً لقاسم سليماني", "2020-01"),
      ("REPORTED_BY", QAANI, "outlet:al-mayadeen", "لـ«الميادين»"),
      ("MET_WITH", QAANI, AMIRI, "اجتمع بزعيم تحالف الفتح", "2020-03-30"),
      ("MET_WITH", QAANI, HAKIM, "وأبلغهما «تحفظ طهران»", "2020-03-30"),
      ("MET_WITH", AMIRI, HAKIM, "في منزل الأول بمنطقة الجادرية", "2020-03-30"),
      ("LEADS", AMIRI, FATAH, "بزعيم تحالف الفتح هادي"),
      ("LEADS", HAKIM, HIKMA, "ورئيس تيار الحكمة عمار"),
      ("MEMBER_OF", ASADI, FATAH, "المتحدث باسم تحالف الفتح أحمد"),
      ("LEADS", SALIH, IRAQ, "الرئيس برهم صالح"),
      ("ASSASSINATED_BY", SOL, USA, "بضربة أميركية قرب مطار بغداد", "2020-01-03"),
      ("ASSASSINATED_BY", MUH, USA, "بضربة أميركية قرب مطار بغداد", "2020-01-03"),
      ("MEMBER_OF", MUH, PMF, "ونائب رئيس هيئة الحشد الشعبي"),
      ("LEADS", KAD, INIS, "رئيس جهاز المخابرات مصطفى"),
      ("LEADS", KAD, IQG, "الذي نال ثقة البرلمان"),
      ("SUCCESSOR_OF", KAD, ADIL, "خلفاً لعادل عبد المهدي", "2020-05-07"),
      ],
     {"source": "blind set (TV news website, Arabic)", "published": "2020-05-08"}),

    ("enHF3_kazemi_tehran_khamenei", "en",
     "Iraq's al-Kazemi meets Khamenei in Tehran as Supreme Leader vows Iran 'will never forget' "
     "Soleimani's killing\n"
     "Iraqi Prime Minister Mostafa al-Kazemi met Iran's Supreme Leader Ayatollah Ali Khamenei in Tehran on "
     "Tuesday, on his first foreign trip since taking office in May, a visit watched closely in Washington.\n"
     "Khamenei told his guest that Iran \"will never forget\" the killing of Qassem Soleimani and \"will "
     "definitely strike a reciprocal blow at the Americans\", according to the Supreme Leader's official "
     "website.\n"
     "Earlier, al-Kazemi, who was greeted at Mehrabad airport by Foreign Minister Mohammad Javad Zarif, "
     "held talks with President Hassan Rouhani. \"Iran does not want to interfere in Iraq's internal "
     "affairs,\" Rouhani told a joint news conference.\n"
     "The delegation included Finance Minister Ali Allawi, who is seeking Iranian patience over Iraq's "
     "unpaid gas and electricity bills.\n"
     "Al-Kazemi had been due to start his regional tour in Riyadh on Monday, but that visit was postponed "
     "after King Salman bin Abdulaziz was admitted to hospital.\n"
     "BACKGROUND: Al-Kazemi, a former intelligence chief, succeeded Adil Abdul-Mahdi, who resigned amid "
     "mass protests in late 2019. Soleimani was killed in January alongside Abu Mahdi al-Muhandis, deputy "
     "head of the Popular Mobilisation Forces, in a US drone strike at Baghdad airport.",
     [("LEADS", KAD, IQG, "Iraqi Prime Minister Mostafa"),
      ("MET_WITH", KAD, KHAM, "met Iran's Supreme Leader", "2020-07-21"),
      ("LEADS", KHAM, IRAN, "Iran's Supreme Leader Ayatollah"),
      ("VISITED", KAD, TEHRAN, "Ali Khamenei in Tehran on", "2020-07-21"),
      ("MET_WITH", KAD, ZARIF, "who was greeted at Mehrabad airport", "2020-07-21"),
      ("LEADS", ZARIF, IRFM, "Foreign Minister Mohammad Javad"),
      ("MET_WITH", KAD, ROUHANI, "held talks with President Hassan", "2020-07-21"),
      ("LEADS", ROUHANI, IRAN, "President Hassan Rouhani"),
      ("VISITED", ALLAWI, TEHRAN, "The delegation included Finance Minister", "2020-07-21"),
      ("LEADS", ALLAWI, IQFIN, "Finance Minister Ali Allawi"),
      ("LEADS", SALMAN, SAUDI, "King Salman bin Abdulaziz"),
      ("SUCCESSOR_OF", KAD, ADIL, "succeeded Adil Abdul-Mahdi", "2020-05-07"),
      ("ASSASSINATED_BY", SOL, USA, "in a US drone strike at Baghdad airport", "2020-01-03"),
      ("ASSASSINATED_BY", MUH, USA, "in a US drone strike at Baghdad airport", "2020-01-03"),
      ("MEMBER_OF", MUH, PMF, "deputy head of the Popular Mobilisation Forces"),
      ],
     {"source": "blind set (TV news website, English)", "published": "2020-07-21"}),

    ("arHF4_sudani_fayyadh_after_qaim_strikes", "ar",
     "«انتهاك للسيادة»... السوداني يستقبل الفياض وأبو فدك بعد غارات أميركية على القائم وعكاشات أوقعت 16 "
     "قتيلاً\n"
     "شنّت القوات الأميركية ليل الجمعة غارات جوية على مواقع في القائم وعكاشات غربي الأنبار، قالت القيادة "
     "المركزية الأميركية في بيان إنها استهدفت «مراكز قيادة وعمليات» لفيلق القدس والفصائل المرتبطة به، "
     "رداً على هجوم البرج 22 في الأردن الذي قُتل فيه ثلاثة جنود أميركيين.\n"
     "وقالت الحكومة العراقية إن الغارات أوقعت 16 قتيلاً بينهم مدنيون، فيما نعت هيئة الحشد الشعبي عدداً من "
     "منتسبيها.\n"
     "واستقبل رئيس مجلس الوزراء محمد شياع السوداني، مساء السبت، رئيس هيئة الحشد الشعبي فالح الفياض ورئيس "
     "أركان الهيئة عبد العزيز المحمداوي المعروف بأبي فدك، بحسب بيان لمكتبه الإعلامي.\n"
     "وقال الناطق العسكري باسم القائد العام للقوات المسلحة اللواء يحيى رسول إن الضربات «انتهاك للسيادة "
     "العراقية وتقويض لجهود الحكومة».\n"
     "في المقابل، قال المتحدث باسم مجلس الأمن القومي في البيت الأبيض جون كيربي إن واشنطن أبلغت بغداد قبل "
     "تنفيذ الضربات، وهو ما نفاه المتحدث باسم الحكومة باسم العوادي، واصفاً التصريح بأنه «غير صحيح».\n"
     "خلفية: كانت كتائب حزب الله، إحدى أبرز فصائل «المقاومة الإسلامية في العراق»، قد أعلنت في 30 كانون "
     "الثاني تعليق عملياتها ضد القوات الأميركية، فيما تتهم واشنطن فصائل مدعومة من إيران بتنفيذ هجوم البرج "
     "22، وهو ما تنفيه طهران.",
     [("ATTACKED", USARMY, QAIM, "شنّت القوات الأميركية ليل الجمعة", "2024-02-02"),
      ("ATTACKED", USARMY, AKASHAT, "شنّت القوات الأميركية ليل الجمعة", "2024-02-02"),
      ("LOCATED_IN", QAIM, ANBAR, "في القائم وعكاشات غربي الأنبار"),
      ("LOCATED_IN", AKASHAT, ANBAR, "في القائم وعكاشات غربي الأنبار"),
      ("ATTACKED", CENTCOM, QF, "لفيلق القدس والفصائل", "2024-02-02"),
      ("LOCATED_IN", TOWER22, JOR, "البرج 22 في الأردن"),
      ("LEADS", SUD, IQG, "واستقبل رئيس مجلس الوزراء محمد"),
      ("MET_WITH", SUD, FAY, "واستقبل رئيس مجلس الوزراء", "2024-02-03"),
      ("MET_WITH", SUD, FADAK, "ورئيس أركان الهيئة عبد العزيز", "2024-02-03"),
      ("MET_WITH", FAY, FADAK, "المعروف بأبي فدك", "2024-02-03"),
      ("LEADS", FAY, PMF, "رئيس هيئة الحشد الشعبي فالح"),
      ("MEMBER_OF", FADAK, PMF, "ورئيس أركان الهيئة"),
      ("MEMBER_OF", KIRBY, WH, "في البيت الأبيض جون كيربي"),
      ("MEMBER_OF", AWADI, IQG, "المتحدث باسم الحكومة باسم"),
      ("PART_OF", KH, IRI, "إحدى أبرز فصائل"),
      ],
     {"source": "blind set (TV news website, Arabic)", "published": "2024-02-03"}),

    ("enHF5_blinken_baghdad_militias", "en",
     "Blinken makes unannounced Baghdad visit, presses al-Sudani to rein in militias after wave of attacks "
     "on US forces\n"
     "US Secretary of State Antony Blinken made an unannounced visit to Baghdad on Sunday and held talks "
     "with Iraqi Prime Minister Mohammed Shia al-Sudani, urging him to stop attacks by Iran-aligned groups "
     "on American troops, the State Department said.\n"
     "\"Attacks, threats from militias aligned with Iran are totally unacceptable,\" Blinken told reporters "
     "at the US embassy after the meeting, which was also attended by the US ambassador to Iraq, Alina "
     "Romanowski.\n"
     "Al-Sudani's office said in a statement that the prime minister had stressed the need for an immediate "
     "ceasefire in Gaza and rejected \"the targeting of civilians\".\n"
     "Earlier on Sunday Blinken had met Palestinian President Mahmoud Abbas in Ramallah. He later flew to "
     "Ankara, where he is due to hold talks with Turkish Foreign Minister Hakan Fidan on Monday.\n"
     "BACKGROUND: Since October 17, the Islamic Resistance in Iraq, an umbrella of Iran-aligned factions, "
     "has claimed dozens of drone and rocket attacks on bases hosting US troops, including Ain al-Asad in "
     "Anbar and Harir in the Kurdistan Region.",
     [("LEADS", BLINKEN, STATE, "US Secretary of State Antony"),
      ("VISITED", BLINKEN, BAGHDAD, "unannounced visit to Baghdad on Sunday", "2023-11-05"),
      ("MET_WITH", BLINKEN, SUD, "held talks with Iraqi Prime Minister", "2023-11-05"),
      ("LEADS", SUD, IQG, "Iraqi Prime Minister Mohammed"),
      ("MET_WITH", ROMAN, BLINKEN, "which was also attended by the US ambassador", "2023-11-05"),
      ("MET_WITH", ROMAN, SUD, "which was also attended by the US ambassador", "2023-11-05"),
      ("MET_WITH", BLINKEN, ABBAS, "Blinken had met Palestinian President", "2023-11-05"),
      ("LEADS", ABBAS, PA, "Palestinian President Mahmoud"),
      ("VISITED", BLINKEN, "location:ramallah", "Mahmoud Abbas in Ramallah", "2023-11-05"),
      ("VISITED", BLINKEN, "location:ankara", "He later flew to Ankara", "2023-11-05"),
      ("LEADS", FIDAN, TURKFM, "Turkish Foreign Minister Hakan"),
      ("ATTACKED", IRI, AINASAD, "has claimed dozens of drone and rocket attacks", "2023-10"),
      ("ATTACKED", IRI, HARIR, "has claimed dozens of drone and rocket attacks", "2023-10"),
      ("LOCATED_IN", AINASAD, ANBAR, "Ain al-Asad in Anbar"),
      ("LOCATED_IN", HARIR, KR, "Harir in the Kurdistan Region"),
      ],
     {"source": "blind set (TV news website, English)", "published": "2023-11-05"}),

    ("arHF6_pezeshkian_baghdad_first_trip", "ar",
     "في أول زيارة خارجية له منذ توليه الرئاسة... بزشكيان في بغداد: لقاءات مع السوداني ورشيد وزيارة لموقع "
     "اغتيال سليماني والمهندس\n"
     "وصل الرئيس الإيراني مسعود بزشكيان إلى بغداد، الأربعاء، في أول زيارة خارجية له منذ تسلمه منصبه، وكان "
     "في استقباله في المطار رئيس مجلس الوزراء محمد شياع السوداني.\n"
     "وعقد الجانبان جلسة مباحثات موسعة في القصر الحكومي، جرى خلالها توقيع 14 مذكرة تفاهم في مجالات الأمن "
     "والطاقة والنقل.\n"
     "كما التقى بزشكيان رئيس الجمهورية عبد اللطيف رشيد، الذي وصف الزيارة بأنها «تاريخية».\n"
     "وزار الرئيس الإيراني، برفقة وزير خارجيته عباس عراقجي، موقع اغتيال القائد السابق لفيلق القدس قاسم "
     "سليماني ونائب رئيس هيئة الحشد الشعبي أبو مهدي المهندس قرب مطار بغداد، ووضع إكليلاً من الزهور.\n"
     "وقال المتحدث باسم الخارجية الإيرانية إسماعيل بقائي إن الزيارة «رسالة بأن العراق في صدارة سياسة "
     "الجوار».\n"
     "ومن المقرر أن يتوجه بزشكيان إلى أربيل والبصرة قبل عودته إلى طهران.\n"
     "خلفية: قُتل سليماني والمهندس فجر الثالث من كانون الثاني 2020 بضربة أميركية بطائرة مسيّرة أمر بها "
     "الرئيس الأميركي آنذاك دونالد ترامب. وتسلّم بزشكيان الرئاسة في تموز الماضي خلفاً لإبراهيم رئيسي، الذي "
     "لقي حتفه في تحطم مروحية في أيار.",
     [("LEADS", PEZ, IRAN, "الرئيس الإيراني مسعود"),
      ("VISITED", PEZ, BAGHDAD, "مسعود بزشكيان إلى بغداد", "2024-09-11"),
      ("MET_WITH", PEZ, SUD, "في استقباله في المطار", "2024-09-11"),
      ("LEADS", SUD, IQG, "رئيس مجلس الوزراء محمد شياع"),
      ("VISITED", PEZ, GOVPAL, "في القصر الحكومي", "2024-09-11"),
      ("MET_WITH", PEZ, RASHID, "كما التقى بزشكيان رئيس", "2024-09-11"),
      ("LEADS", RASHID, IRAQ, "رئيس الجمهورية عبد اللطيف"),
      ("VISITED", PEZ, BIAP, "موقع اغتيال القائد السابق", "2024-09-11"),
      ("VISITED", ARAGHCHI, BIAP, "برفقة وزير خارجيته عباس", "2024-09-11"),
      ("LEADS", ARAGHCHI, IRFM, "وزير خارجيته عباس عراقجي"),
      ("LEADS", SOL, QF, "القائد السابق لفيلق القدس قاسم"),
      ("MEMBER_OF", MUH, PMF, "ونائب رئيس هيئة الحشد الشعبي أبو"),
      ("MEMBER_OF", BAGHAEI, IRFM, "المتحدث باسم الخارجية الإيرانية إسماعيل"),
      ("ASSASSINATED_BY", SOL, USA, "بضربة أميركية بطائرة مسيّرة", "2020-01-03"),
      ("ASSASSINATED_BY", MUH, USA, "بضربة أميركية بطائرة مسيّرة", "2020-01-03"),
      ("ASSASSINATED_BY", SOL, TRUMP, "أمر بها الرئيس الأميركي", "2020-01-03"),
      ("ASSASSINATED_BY", MUH, TRUMP, "أمر بها الرئيس الأميركي", "2020-01-03"),
      ("LEADS", TRUMP, USA, "الرئيس الأميركي آنذاك دونالد"),
      ("SUCCESSOR_OF", PEZ, RAISI, "خلفاً لإبراهيم رئيسي", "2024-07-28"),
      ],
     {"source": "blind set (TV news website, Arabic)", "published": "2024-09-11"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setHF")
