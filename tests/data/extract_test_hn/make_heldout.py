"""Blind set HN: Iraq and Iran 2020-2025 as a pan-Arab daily (Arabic) and its English edition:
al-Kadhimi's security reshuffle, July 2020 (Araji for Fayyadh, al-Asadi, al-Saadi) (English);
al-Sudani received by Khamenei and Raisi in Tehran, Nov 2022 (Arabic); Pezeshkian's first foreign
trip, Baghdad, Sept 2024 (English); the IRGC missile strike on Erbil that killed Peshraw Dizayee,
Jan 2024 (Arabic); Larijani's security memorandum in Baghdad, Aug 2025 (English); Abdul Latif
Rashid elected president and al-Sudani designated, Oct 2022 (Arabic).
Style: pan-Arab daily: long sentences, many titles, background paragraphs, datelines "Baghdad -
Asharq Al-Awsat"; excluded on purpose: failed designated candidates and a phone call (Pompeo), an
invitation to visit Baghdad, a helicopter crash with no agent and a visit not on the programme, a
Mossad accusation denied and a phone call from Davos, a phone call by Rubio and a planned trip to
Beirut, a rocket attack with no claimant and a nomination.
Spellings: Mostafa al-Kazemi, Qassem Soleimani, Abbas Araqchi, Mohammed Shia al-Soudani, الكاظمى,
بيشرو دزه يي, قاسم الاعرجي.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_hp import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAN, IRAQ, USA, ISR = "country:iran", "country:iraq", "country:united-states", "country:israel"
QF, IRGC, PMF, KH, BADR = ("organization:quds-force", "organization:irgc", "organization:popular-mobilization-forces",
                           "organization:kataib-hezbollah", "organization:badr-organization")
IQG, IQFM, NSA, NSS, CTS = ("organization:iraqi-government", "organization:iraqi-foreign-ministry",
                            "organization:iraqi-national-security-advisory",
                            "organization:iraqi-national-security-service", "organization:counter-terrorism-service")
SNSC, IRFM, STATE, CF, PARL = ("organization:supreme-national-security-council", "organization:iranian-foreign-ministry",
                               "organization:us-state-department", "organization:coordination-framework",
                               "organization:iraqi-parliament")
KRG, KDPI, KOMALA, FALCON = ("organization:kurdistan-regional-government", "organization:kdpi", "organization:komala",
                             "organization:falcon-group")
SADRB, SADRM, SOL_C, FATAH = ("organization:sadrist-bloc", "organization:sadrist-movement",
                              "organization:state-of-law-coalition", "organization:fatah-alliance")
BAGHDAD, TEHRAN, ERBIL, BIAP = "location:baghdad", "location:tehran", "location:erbil", "location:baghdad-international-airport"
GREEN, USCONS = "location:green-zone", "location:us-consulate-erbil"

KAD, ABDMAHDI, ARAJI, FAY, GASADI = ("person:mustafa-al-kadhimi", "person:adil-abdul-mahdi", "person:qassim-al-araji",
                                     "person:falih-al-fayyadh", "person:abdul-ghani-al-asadi")
WSAADI, SHAGHATI, POMPEO, MTALAL = ("person:abdul-wahab-al-saadi", "person:talib-shaghati", "person:mike-pompeo",
                                    "person:ahmed-mulla-talal")
SUD, KHAM, RAISI, FUAD, IAWADI, ALESADEGH = ("person:mohammed-shia-al-sudani", "person:ali-khamenei",
                                             "person:ebrahim-raisi", "person:fuad-hussein", "person:ihsan-al-awadi",
                                             "person:mohammad-kazem-al-e-sadegh")
PEZ, ARAGHCHI, SOL, MUH, RASHID, BAWADI = ("person:masoud-pezeshkian", "person:abbas-araghchi",
                                           "person:qasem-soleimani", "person:abu-mahdi-al-muhandis",
                                           "person:abdul-latif-rashid", "person:basim-al-awadi")
DIZAYEE, NASEER, REBAR, AMIRABD = ("person:peshraw-dizayee", "person:naseer-abdul-mohsen", "person:rebar-ahmed",
                                   "person:hossein-amir-abdollahian")
LARIJANI, AHMADIAN, BRUCE, RUBIO = ("person:ali-larijani", "person:ali-akbar-ahmadian", "person:tammy-bruce",
                                    "person:marco-rubio")
BARHAM, SADR, MALIKI, AMIRI, HALB = ("person:barham-salih", "person:muqtada-al-sadr", "person:nouri-al-maliki",
                                     "person:hadi-al-amiri", "person:mohammed-al-halbousi")

ARTICLES = [
    ("enHN1_kazemi_security_reshuffle", "en",
     "Kazemi sidelines Fayyadh in security shake-up\n"
     "Baghdad - Asharq Al-Awsat\n"
     "Iraq's Prime Minister Mostafa al-Kazemi, the former intelligence chief who succeeded Adel Abdul-Mahdi in May, "
     "has removed Falih al-Fayyadh from the posts of national security adviser and head of the National Security "
     "Service, in his boldest move yet against the camp close to Tehran.\n"
     "A decree issued late on Saturday named Qassim al-Araji, a former interior minister and senior figure in the "
     "Badr Organization, as national security adviser in place of Fayyadh, while Abdul-Ghani al-Asadi, a retired "
     "special forces general, replaced him at the head of the security service.\n"
     "Fayyadh keeps his chairmanship of the Popular Mobilisation Forces, the umbrella of mostly Shiite armed "
     "groups formed in 2014 after a fatwa by the Shiite religious authority in Najaf.\n"
     "In May, Kazemi had already brought back Lieutenant General Abdul-Wahab al-Saadi, whose transfer by "
     "Abdul-Mahdi in September 2019 had angered protesters, to lead the Counter-Terrorism Service, succeeding "
     "Talib Shaghati.\n"
     "Kazemi took office after two designated candidates, Mohammed Tawfiq Allawi and Adnan al-Zurfi, failed "
     "to form a cabinet; on Sunday he received a phone call from U.S. Secretary of State Mike Pompeo, his "
     "spokesman Ahmed Mulla Talal said.",
     [("LEADS", KAD, IQG, "Iraq's Prime Minister Mostafa"),
      ("SUCCESSOR_OF", KAD, ABDMAHDI, "succeeded Adel Abdul-Mahdi in May", "2020-05"),
      ("SUCCESSOR_OF", ARAJI, FAY, "in place of Fayyadh", "2020-07-04"),
      ("LEADS", ARAJI, NSA, "as national security adviser in place", "2020-07-04"),
      ("MEMBER_OF", ARAJI, BADR, "senior figure in the"),
      ("SUCCESSOR_OF", GASADI, FAY, "replaced him at the head of the security service", "2020-07-04"),
      ("LEADS", GASADI, NSS, "replaced him at the head of the security service", "2020-07-04"),
      ("LEADS", FAY, PMF, "keeps his chairmanship of the Popular"),
      ("LEADS", WSAADI, CTS, "to lead the Counter-Terrorism Service", "2020-05"),
      ("SUCCESSOR_OF", WSAADI, SHAGHATI, "Talib Shaghati", "2020-05"),
      ("LEADS", POMPEO, STATE, "U.S. Secretary of State Mike Pompeo"),
      ("MEMBER_OF", MTALAL, IQG, "spokesman Ahmed Mulla Talal"),
      ],
     {"source": "blind set (pan-Arab daily, English edition)", "published": "2020-07-05"}),

    ("arHN2_sudani_khamenei_raisi_tehran", "ar",
     "خامنئي يستقبل السوداني ويدعو إلى «ضبط الحدود»\n"
     "طهران - «الشرق الأوسط»\n"
     "استقبل المرشد الإيراني علي خامنئي، أمس، رئيس الوزراء العراقي محمد شياع السوداني، الذي يزور طهران في أول "
     "زيارة له إليها منذ تسلّمه منصبه خلفاً لمصطفى الكاظمى في السابع والعشرين من تشرين الأول الماضي، وسط تصاعد "
     "الضربات التي يشنّها الحرس الثوري على مقرات الحزب الديمقراطي الكردستاني الإيراني وحزب كومله في إقليم كردستان.\n"
     "وكان السوداني قد عقد في وقت سابق جلسة مباحثات موسّعة مع الرئيس الإيراني إبراهيم رئيسي، بحضور وزير الخارجية "
     "فؤاد حسين ومدير مكتب رئيس الوزراء إحسان العوادي، تناولت «أمن الحدود المشتركة» وملف الغاز الإيراني المورَّد "
     "لمحطات الكهرباء العراقية.\n"
     "ونقل الموقع الرسمي للمرشد عن خامنئي قوله إن «أمن المنطقة يتطلّب ألا تكون أراضي العراق منطلقاً لتهديد "
     "جيرانه»، في إشارة إلى المقرات الكردية التي قصفتها طهران مرات عدة منذ أيلول.\n"
     "وقال رئيسي في مؤتمر صحافي مشترك إنه تلقّى دعوة لزيارة بغداد «سيلبّيها في أقرب فرصة»، من دون تحديد موعد.\n"
     "وكان السفير الإيراني لدى بغداد محمد كاظم آل صادق قد مهّد للزيارة بلقاءات عقدها مع قادة في «الإطار "
     "التنسيقي»، التحالف الذي رشّح السوداني لرئاسة الحكومة ومنحه الغطاء البرلماني.",
     [("LEADS", KHAM, IRAN, "المرشد الإيراني علي خامنئي"),
      ("MET_WITH", KHAM, SUD, "استقبل المرشد الإيراني", "2022-11-29"),
      ("LEADS", SUD, IQG, "رئيس الوزراء العراقي محمد شياع"),
      ("VISITED", SUD, TEHRAN, "الذي يزور طهران", "2022-11-29"),
      ("SUCCESSOR_OF", SUD, KAD, "خلفاً لمصطفى الكاظمى", "2022-10-27"),
      ("ATTACKED", IRGC, KDPI, "الضربات التي يشنّها الحرس الثوري"),
      ("ATTACKED", IRGC, KOMALA, "الضربات التي يشنّها الحرس الثوري"),
      ("MET_WITH", SUD, RAISI, "جلسة مباحثات موسّعة", "2022-11-29"),
      ("MET_WITH", FUAD, RAISI, "بحضور وزير الخارجية", "2022-11-29"),
      ("MET_WITH", IAWADI, RAISI, "ومدير مكتب رئيس الوزراء", "2022-11-29"),
      ("MET_WITH", SUD, FUAD, "بحضور وزير الخارجية", "2022-11-29"),
      ("MET_WITH", SUD, IAWADI, "ومدير مكتب رئيس الوزراء", "2022-11-29"),
      ("MET_WITH", FUAD, IAWADI, "فؤاد حسين ومدير مكتب", "2022-11-29"),
      ("LEADS", RAISI, IRAN, "الرئيس الإيراني إبراهيم رئيسي"),
      ("LEADS", FUAD, IQFM, "بحضور وزير الخارجية"),
      ("MEMBER_OF", IAWADI, IQG, "إحسان العوادي"),
      ("MET_WITH", ALESADEGH, CF, "بلقاءات عقدها مع قادة"),
      ("SUPPORTS", CF, SUD, "التحالف الذي رشّح السوداني"),
      ],
     {"source": "blind set (pan-Arab daily, Arabic)", "published": "2022-11-30"}),

    ("enHN3_pezeshkian_first_trip_baghdad", "en",
     "Pezeshkian picks Baghdad for first foreign trip\n"
     "Baghdad - Asharq Al-Awsat\n"
     "Iran's President Masoud Pezeshkian arrived in Baghdad on Wednesday on his first foreign trip since taking "
     "office, and was received at the Government Palace by Prime Minister Mohammed Shia al-Soudani, who called "
     "the visit \"a new page\" between the two neighbours.\n"
     "Pezeshkian, a heart surgeon who won a snap election in July to succeed Ebrahim Raisi, killed with his "
     "foreign minister in a helicopter crash in May, was accompanied by Foreign Minister Abbas Araqchi and "
     "several cabinet members.\n"
     "Before the talks, the Iranian president laid a wreath near Baghdad International Airport, where Quds Force "
     "commander Qassem Soleimani and the PMF's deputy chief Abu Mahdi al-Muhandis were killed by a U.S. drone "
     "strike in January 2020.\n"
     "The two sides signed 14 memorandums of understanding, and the guest later held talks with President Abdul "
     "Latif Rashid at the Salam Palace.\n"
     "Iraqi officials said Pezeshkian would go on to Erbil, Basra and the shrine cities, though a stop at the "
     "Popular Mobilisation Forces' headquarters, floated by Iranian media, was not on the programme.\n"
     "Government spokesman Basim al-Awadi said the border security agreement signed in March 2023 \"will remain "
     "the backbone\" of ties; Awadi added that Baghdad would not allow its soil to be used against Iran.",
     [("LEADS", PEZ, IRAN, "Iran's President Masoud Pezeshkian"),
      ("VISITED", PEZ, BAGHDAD, "arrived in Baghdad on Wednesday", "2024-09-11"),
      ("MET_WITH", PEZ, SUD, "was received at the Government Palace by", "2024-09-11"),
      ("LEADS", SUD, IQG, "Prime Minister Mohammed Shia al-Soudani"),
      ("SUCCESSOR_OF", PEZ, RAISI, "to succeed Ebrahim Raisi", "2024-07"),
      ("LEADS", ARAGHCHI, IRFM, "Foreign Minister Abbas Araqchi"),
      ("VISITED", PEZ, BIAP, "laid a wreath near Baghdad International Airport", "2024-09-11"),
      ("LEADS", SOL, QF, "commander Qassem Soleimani"),
      ("MEMBER_OF", MUH, PMF, "the PMF's deputy chief"),
      ("ASSASSINATED_BY", SOL, USA, "killed by a U.S. drone", "2020-01-03"),
      ("ASSASSINATED_BY", MUH, USA, "killed by a U.S. drone", "2020-01-03"),
      ("MET_WITH", PEZ, RASHID, "held talks with President Abdul", "2024-09-11"),
      ("LEADS", RASHID, IRAQ, "President Abdul Latif Rashid"),
      ("MEMBER_OF", BAWADI, IQG, "Government spokesman Basim al-Awadi"),
      ],
     {"source": "blind set (pan-Arab daily, English edition)", "published": "2024-09-12"}),

    ("arHN4_irgc_missiles_erbil_dizayee", "ar",
     "بغداد تستدعي سفيرها من طهران بعد القصف الإيراني على أربيل\n"
     "أربيل - «الشرق الأوسط»\n"
     "استدعت الحكومة العراقية سفيرها لدى طهران نصير عبد المحسن للتشاور، وقدّمت شكوى إلى مجلس الأمن الدولي، بعد "
     "أن تبنّى الحرس الثوري الإيراني قصفاً بالصواريخ الباليستية استهدف ليل الاثنين منزل رجل الأعمال الكردي بيشرو "
     "دزه يي في أربيل، وأدى إلى مقتله مع ابنته الرضيعة وعدد من ضيوفه.\n"
     "وقال الحرس، في بيان بثّه التلفزيون الرسمي، إنه دمّر «مقراً للتجسس تابعاً للموساد»، وهو ما نفته حكومة "
     "الإقليم جملةً وتفصيلاً، مؤكدة أن القتيل، مؤسس مجموعة «فالكون» للأعمال، لا صلة له بأي جهاز استخباري.\n"
     "وترأس مستشار الأمن القومي قاسم الاعرجي لجنة تحقيق حكومية وصلت إلى أربيل صباح الثلاثاء، حيث اجتمع بوزير "
     "داخلية الإقليم ريبر أحمد، قبل أن يعلن المستشار أن اللجنة «لم تجد أي دليل على وجود الموساد».\n"
     "وأجرى وزير الخارجية فؤاد حسين، من دافوس، اتصالاً هاتفياً بنظيره الإيراني حسين أمير عبداللهيان احتجّ فيه "
     "على «الاعتداء السافر».\n"
     "وتُعدّ الضربة الأعنف منذ آذار 2022، حين أطلق الحرس الثوري اثني عشر صاروخاً على محيط مبنى القنصلية "
     "الأميركية الجديد في أربيل، قائلاً آنذاك إنه استهدف «مركزاً استراتيجياً إسرائيلياً».",
     [("MEMBER_OF", NASEER, IQFM, "سفيرها لدى طهران نصير"),
      ("ASSASSINATED_BY", DIZAYEE, IRGC, "أن تبنّى الحرس الثوري الإيراني", "2024-01-15"),
      ("ATTACKED", IRGC, ERBIL, "أن تبنّى الحرس الثوري الإيراني", "2024-01-15"),
      ("LEADS", DIZAYEE, FALCON, "مؤسس مجموعة «فالكون»"),
      ("LEADS", ARAJI, NSA, "مستشار الأمن القومي قاسم"),
      ("VISITED", ARAJI, ERBIL, "لجنة تحقيق حكومية وصلت إلى أربيل", "2024-01-16"),
      ("MET_WITH", ARAJI, REBAR, "حيث اجتمع بوزير", "2024-01-16"),
      ("MEMBER_OF", REBAR, KRG, "داخلية الإقليم ريبر أحمد"),
      ("LEADS", FUAD, IQFM, "وأجرى وزير الخارجية فؤاد"),
      ("LEADS", AMIRABD, IRFM, "بنظيره الإيراني حسين"),
      ("ATTACKED", IRGC, USCONS, "على محيط مبنى القنصلية", "2022-03-13"),
      ],
     {"source": "blind set (pan-Arab daily, Arabic)", "published": "2024-01-17"}),

    ("enHN5_larijani_security_memorandum", "en",
     "Larijani signs security memorandum in Baghdad\n"
     "Baghdad - Asharq Al-Awsat\n"
     "Ali Larijani, the veteran conservative appointed secretary of Iran's Supreme National Security Council "
     "earlier this month, signed a security memorandum with Iraq on Monday during a visit to Baghdad that "
     "Washington watched with unease.\n"
     "Larijani, who succeeded Ali Akbar Ahmadian at the council, put his signature to the document alongside "
     "Iraq's national security adviser Qasim al-Araji, after the two men held talks at the adviser's office.\n"
     "He was then received by Prime Minister Mohammed Shia al-Soudani, whose office said the talks covered "
     "\"the regional situation after the twelve-day war\" in June.\n"
     "The Iranian official also met Falih al-Fayyadh, chairman of the Popular Mobilisation Forces, at a time when "
     "a bill to restructure the force has stalled in parliament under U.S. pressure.\n"
     "State Department spokeswoman Tammy Bruce said Washington opposed any law \"that would institutionalise "
     "Iranian influence\"; Secretary of State Marco Rubio had raised the bill in a phone call with Soudani in July.\n"
     "Larijani was due to fly on to Beirut on Wednesday for talks with Lebanese leaders.",
     [("LEADS", LARIJANI, SNSC, "appointed secretary of Iran's Supreme"),
      ("VISITED", LARIJANI, BAGHDAD, "during a visit to Baghdad", "2025-08-11"),
      ("SUCCESSOR_OF", LARIJANI, AHMADIAN, "who succeeded Ali Akbar Ahmadian", "2025-08"),
      ("MET_WITH", LARIJANI, ARAJI, "the two men held talks", "2025-08-11"),
      ("LEADS", ARAJI, NSA, "national security adviser Qasim al-Araji"),
      ("MET_WITH", LARIJANI, SUD, "He was then received by", "2025-08-11"),
      ("LEADS", SUD, IQG, "Prime Minister Mohammed Shia al-Soudani"),
      ("MET_WITH", LARIJANI, FAY, "also met Falih al-Fayyadh", "2025-08-11"),
      ("LEADS", FAY, PMF, "chairman of the Popular Mobilisation Forces"),
      ("MEMBER_OF", BRUCE, STATE, "State Department spokeswoman Tammy Bruce"),
      ("LEADS", RUBIO, STATE, "Secretary of State Marco Rubio"),
      ],
     {"source": "blind set (pan-Arab daily, English edition)", "published": "2025-08-12"}),

    ("arHN6_rashid_elected_sudani_designated", "ar",
     "البرلمان العراقي ينتخب عبد اللطيف رشيد رئيساً... والسوداني مكلّفاً بتشكيل الحكومة\n"
     "بغداد - «الشرق الأوسط»\n"
     "انتخب مجلس النواب العراقي، أمس، السياسي الكردي المخضرم ووزير الموارد المائية الأسبق عبد اللطيف رشيد رئيساً "
     "للجمهورية خلفاً لبرهم صالح، بعد جولتين من التصويت، منهياً انسداداً سياسياً استمر عاماً كاملاً بعد انتخابات "
     "تشرين الأول 2021.\n"
     "وبعد دقائق من أدائه اليمين، كلّف الرئيس الجديد مرشح «الإطار التنسيقي» محمد شياع السوداني بتشكيل الحكومة، "
     "ومنحه مهلة ثلاثين يوماً لعرض تشكيلته على البرلمان.\n"
     "وسبقت الجلسةَ، التي ترأسها رئيس البرلمان محمد الحلبوسي، تسعةُ صواريخ سقطت على المنطقة الخضراء ومحيطها، "
     "وأصابت عشرة أشخاص بينهم عناصر أمن، ولم تعلن أي جهة مسؤوليتها عنها.\n"
     "ويأتي ذلك بعد أن انسحب نواب الكتلة الصدرية الـ73 من البرلمان في حزيران الماضي بأمر من زعيم التيار "
     "مقتدى الصدر، وهو ما فتح الطريق أمام الإطار، الذي يضم ائتلاف دولة القانون بزعامة نوري المالكي وتحالف "
     "الفتح بقيادة هادي العامري، ليصبح الكتلة الأكبر.\n"
     "واجتمع السوداني مساءً بقادة الإطار، وفي مقدّمهم المالكي والعامري، في منزل الأخير بالجادرية، بحسب مصادر سياسية.",
     [("LEADS", RASHID, IRAQ, "المائية الأسبق عبد اللطيف رشيد", "2022-10-13"),
      ("SUCCESSOR_OF", RASHID, BARHAM, "خلفاً لبرهم صالح", "2022-10-13"),
      ("SUPPORTS", CF, SUD, "مرشح «الإطار التنسيقي»"),
      ("LEADS", HALB, PARL, "رئيس البرلمان محمد الحلبوسي"),
      ("WITHDREW_FROM", SADRB, PARL, "انسحب نواب الكتلة الصدرية", "2022-06"),
      ("LEADS", SADR, SADRM, "زعيم التيار"),
      ("PART_OF", SOL_C, CF, "يضم ائتلاف دولة القانون"),
      ("LEADS", MALIKI, SOL_C, "بزعامة نوري المالكي"),
      ("PART_OF", FATAH, CF, "وتحالف الفتح"),
      ("LEADS", AMIRI, FATAH, "بقيادة هادي العامري"),
      ("MET_WITH", SUD, CF, "واجتمع السوداني مساءً بقادة الإطار", "2022-10-13"),
      ("MET_WITH", SUD, AMIRI, "وفي مقدّمهم المالكي والعامري", "2022-10-13"),
      ("MET_WITH", SUD, MALIKI, "وفي مقدّمهم المالكي والعامري", "2022-10-13"),
      ("MET_WITH", AMIRI, MALIKI, "وفي مقدّمهم المالكي والعامري", "2022-10-13"),
      ],
     {"source": "blind set (pan-Arab daily, Arabic)", "published": "2022-10-14"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setHN")
