"""Blind set GX: Iraq and Iran 2020-2025 as analysis pieces with quotes and reported speech:
Qa'ani five years after Suleimani (Najaf, the Coordination Framework, Kataib Hezbollah) (English);
the drone attack on al-Kadhimi's house, Nov 2021, and Qaani's visit after it (Arabic); al-Sudany
between Biden and Khamenei (English); Masrour Barzani in Tehran, the helicopter crash and
Pezeshkian in Erbil, 2024 (Arabic); the PMF after al-Muhandes: Abu Fadak, the shrine units'
break-away, al-Fayyadh (English); Qaani's disappearance in Beirut after Nasrallah's killing and the
succession of Naim Qassem, 2024 (Arabic).
Style: analysis with quotes, analysts introduced by institution, reported speech, descriptions
("the cleric", "بارزانى الأب"); excluded on purpose: a meeting Sadr's aides denied, an attack with
no claimant and a denial by Kataib Hezbollah, a phone call and an open invitation, a helicopter
crash with no agent, an unconfirmed meeting, a killing with no stated agent (Hisham al-Hashimi), a
"candidate to succeed", a meeting Iranian officials denied.
Spellings: Esmaeil Qa'ani, Qassem Suleimani, al-Muhandes, قآنى, الكاظمى, al-Sudany, بارزانى,
Abdul Aziz al-Mohammadawi, Maytham al-Zaidi, نصرالله.
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

HMALIK, SADR, MALIKI, AMIRI = ("person:hamdi-malik", "person:muqtada-al-sadr", "person:nouri-al-maliki",
                               "person:hadi-al-amiri")
HAMIDAWI, MANSOUR, BAHJAT, ASKARI = ("person:ahmad-al-hamidawi", "person:renad-mansour",
                                     "person:ahmed-salim-bahjat", "person:abu-ali-al-askari")
KNIGHTS, ALAALDIN, ABBASI, AUSTIN = ("person:michael-knights", "person:farhad-alaaldin",
                                     "person:thabet-al-abbasi", "person:lloyd-austin")
MOKHBER, AHMADIAN, KIFAH = "person:mohammad-mokhber", "person:ali-akbar-ahmadian", "person:kifah-mahmoud"
FADAK, HASHIMI, ZAIDI = "person:abdul-aziz-al-muhammadawi", "person:hisham-al-hashimi", "person:maytham-al-zaidi"
NASR, NILF, SAFI, NQASSEM, HAGE = ("person:hassan-nasrallah", "person:abbas-nilforoushan",
                                   "person:hashem-safieddine", "person:naim-qassem", "person:mohanad-hage-ali")
ABBASDIV = "organization:abbas-combat-division"

ARTICLES = [
    ("enGX1_qaani_in_suleimanis_shadow", "en",
     "ANALYSIS - Five years on, Qa'ani still works in Suleimani's shadow\n"
     "When Esmaeil Qa'ani took over the Quds Force from Qassem Suleimani in January 2020, few in Baghdad "
     "expected the soft-spoken general to fill his predecessor's shoes.\n"
     "Suleimani and Abu Mahdi al-Muhandes, the deputy chief of Iraq's Popular Mobilisation Forces, had been "
     "killed by a U.S. drone strike ordered by President Donald Trump as they left Baghdad airport.\n"
     "\"Qa'ani does not speak Arabic and does not have Suleimani's personal ties; the factions listen to "
     "him, but they no longer simply obey,\" said Hamdi Malik, an associate fellow at the Washington "
     "Institute.\n"
     "In February 2022 Qa'ani travelled to Najaf hoping to win "
     "over Muqtada al-Sadr, whose bloc had won the most seats; Sadr's aides later denied that the cleric had "
     "received him.\n"
     "He fared better with the Coordination Framework, holding talks in Baghdad with its leaders Nouri "
     "al-Maliki and Hadi al-Amiri later that month, according to a politician close to Amiri.\n"
     "Since the Gaza war, Qa'ani has leaned on Kataib Hezbollah's secretary-general, Ahmed al-Hamidawi, to "
     "restrain the factions, \"the one man who can switch the drones off\", in the words of Renad Mansour "
     "of Chatham House.",
     [("SUCCESSOR_OF", QAANI, SOL, "took over the Quds Force from", "2020-01"),
      ("LEADS", QAANI, QF, "When Esmaeil Qa'ani took over"),
      ("MEMBER_OF", MUH, PMF, "the deputy chief of Iraq's Popular"),
      ("ASSASSINATED_BY", SOL, USA, "killed by a U.S. drone strike", "2020-01-03"),
      ("ASSASSINATED_BY", MUH, USA, "killed by a U.S. drone strike", "2020-01-03"),
      ("ASSASSINATED_BY", SOL, TRUMP, "ordered by President Donald Trump", "2020-01-03"),
      ("ASSASSINATED_BY", MUH, TRUMP, "ordered by President Donald Trump", "2020-01-03"),
      ("LEADS", TRUMP, USA, "President Donald Trump"),
      ("MEMBER_OF", HMALIK, WINEP, "an associate fellow at the Washington Institute"),
      ("VISITED", QAANI, NAJAF, "Qa'ani travelled to Najaf", "2022-02"),
      ("LEADS", SADR, "organization:sadrist-bloc", "whose bloc had won the most seats"),
      ("MET_WITH", QAANI, MALIKI, "holding talks in Baghdad with its leaders", "2022-02"),
      ("MET_WITH", QAANI, AMIRI, "holding talks in Baghdad with its leaders", "2022-02"),
      ("MET_WITH", MALIKI, AMIRI, "holding talks in Baghdad with its leaders", "2022-02"),
      ("VISITED", QAANI, BAGHDAD, "holding talks in Baghdad", "2022-02"),
      ("LEADS", MALIKI, CF, "its leaders Nouri"),
      ("LEADS", AMIRI, CF, "al-Maliki and Hadi al-Amiri"),
      ("LEADS", HAMIDAWI, KH, "Kataib Hezbollah's secretary-general"),
      ("MEMBER_OF", MANSOUR, "organization:chatham-house", "Renad Mansour of Chatham House"),
      ],
     {"source": "blind set (analysis, English)", "published": "2025-01-03"}),

    ("arGX2_kadhimi_drone_attack_qaani", "ar",
     "تحليل: بعد محاولة اغتيال الكاظمى... حدود نفوذ قآنى على الفصائل\n"
     "لم تكن الطائرات المسيّرة الثلاث التي استهدفت فجر السابع من تشرين الثاني 2021 منزل رئيس الوزراء "
     "العراقي مصطفى الكاظمى في المنطقة الخضراء مجرد رسالة تهديد، بحسب مسؤولين عراقيين.\n"
     "وأعلن قائد عمليات بغداد الفريق الركن أحمد سليم بهجت أن القوات الأمنية أسقطت اثنتين من الطائرات، فيما "
     "أصابت الثالثة المنزل وجُرح عدد من أفراد الحماية.\n"
     "ولم تتبنَّ أي جهة الهجوم، فيما اتهمت مصادر أمنية فصائل موالية لطهران بالوقوف وراءه، وهو ما نفته "
     "كتائب حزب الله، إذ وصف المسؤول الأمني فيها أبو علي العسكري الحديث عن محاولة اغتيال بأنه «مسرحية».\n"
     "وقال الكاظمى في كلمة متلفزة: «نعرفهم جيداً وسنكشفهم».\n"
     "وفي اليوم التالي وصل قائد فيلق القدس إسماعيل قآنى إلى بغداد، حيث التقى الكاظمى، ثم اجتمع بقادة في "
     "الإطار التنسيقي، وأبلغهم، بحسب مصادر مطلعة، أن طهران «لا تقبل المساس بحياة رئيس الوزراء».\n"
     "ويرى الباحث في معهد واشنطن مايكل نايتس، في حديث لـ«المونيتور»، أن زيارة قآنى «كشفت أن الرجل يطفئ "
     "الحرائق ولا يمنع اشتعالها».",
     [("LEADS", KAD, IQG, "رئيس الوزراء العراقي مصطفى"),
      ("LEADS", BAHJAT, "organization:baghdad-operations-command", "قائد عمليات بغداد الفريق الركن"),
      ("MEMBER_OF", ASKARI, KH, "المسؤول الأمني فيها أبو علي"),
      ("LEADS", QAANI, QF, "قائد فيلق القدس إسماعيل"),
      ("VISITED", QAANI, BAGHDAD, "وفي اليوم التالي وصل", "2021-11-08"),
      ("MET_WITH", QAANI, KAD, "حيث التقى الكاظمى", "2021-11-08"),
      ("MET_WITH", QAANI, CF, "ثم اجتمع بقادة في", "2021-11-08"),
      ("MEMBER_OF", KNIGHTS, WINEP, "الباحث في معهد واشنطن مايكل"),
      ("REPORTED_BY", KNIGHTS, "outlet:al-monitor", "في حديث لـ«المونيتور»"),
      ],
     {"source": "blind set (analysis, Arabic)", "published": "2021-11-20"}),

    ("enGX3_sudany_tightrope", "en",
     "ANALYSIS - Iraq's Sudany walks a tightrope between Washington and Tehran\n"
     "When Prime Minister Mohammed Shia al-Sudany sat down with President Joe Biden in the Oval Office on "
     "April 15, 2024, he became the first Iraqi premier received at the White House since Mustafa "
     "al-Kadhimi, whom Biden hosted in July 2021 and whom Sudany replaced in October 2022.\n"
     "\"We want a relationship with the United States that goes beyond security,\" Sudany told reporters "
     "after the meeting.\n"
     "His foreign affairs adviser, Farhad Alaaldin, insisted the trip \"was not a message to anyone\", "
     "pointing out that Sudany had visited Tehran within weeks of taking office.\n"
     "There, in November 2022, he was received by Supreme Leader Ali Khamenei, who told him, according to "
     "the leader's website, that Iraq's security was \"Iran's security\".\n"
     "In September 2024 Defence Minister Thabet al-Abbasi held talks in Washington with U.S. Defense "
     "Secretary Lloyd Austin, and the two governments announced a two-phase end to the coalition's mission.\n"
     "An invitation to visit Washington again, which President Donald Trump extended in a phone call in "
     "2025, has not yet produced a date.",
     [("LEADS", SUD, IQG, "When Prime Minister Mohammed Shia"),
      ("MET_WITH", SUD, BIDEN, "sat down with President Joe Biden", "2024-04-15"),
      ("LEADS", BIDEN, USA, "President Joe Biden in the Oval"),
      ("MET_WITH", KAD, BIDEN, "whom Biden hosted in July 2021", "2021-07-26"),
      ("SUCCESSOR_OF", SUD, KAD, "whom Sudany replaced in October 2022", "2022-10-27"),
      ("MEMBER_OF", ALAALDIN, IQG, "His foreign affairs adviser, Farhad"),
      ("VISITED", SUD, TEHRAN, "had visited Tehran within weeks", "2022-11-29"),
      ("MET_WITH", SUD, KHAM, "he was received by Supreme Leader", "2022-11-29"),
      ("LEADS", KHAM, IRAN, "Supreme Leader Ali Khamenei"),
      ("MET_WITH", ABBASI, AUSTIN, "held talks in Washington with", "2024-09"),
      ("VISITED", ABBASI, "location:washington", "held talks in Washington with", "2024-09"),
      ("LEADS", ABBASI, IQDEF, "Defence Minister Thabet al-Abbasi"),
      ("LEADS", AUSTIN, DOD, "Defense Secretary Lloyd Austin"),
      ("LEADS", TRUMP, USA, "President Donald Trump extended"),
      ],
     {"source": "blind set (analysis, English)", "published": "2025-06-01"}),

    ("arGX4_erbil_tehran_masrour_pezeshkian", "ar",
     "تحليل: أربيل وطهران... من زيارة مسرور بارزانى إلى رهان بزشكيان\n"
     "في السادس من أيار 2024 حطّ رئيس حكومة إقليم كردستان مسرور بارزانى في طهران، في أول زيارة له إلى "
     "إيران منذ توليه المنصب عام 2019 خلفاً لابن عمه نيجيرفان بارزانى.\n"
     "والتقى بارزانى الرئيسَ الإيراني إبراهيم رئيسي، ثم النائبَ الأول للرئيس محمد مخبر في لقاء منفصل، كما "
     "اجتمع بأمين المجلس الأعلى للأمن القومي علي أكبر أحمديان.\n"
     "ونقل مكتبه عن أحمديان قوله إن أمن الإقليم «جزء من أمن إيران»، وإن طهران تنتظر «خطوات عملية» ضد "
     "الأحزاب الكردية الإيرانية المعارضة.\n"
     "وبعد أسبوعين فقط، لقي رئيسي ووزير خارجيته حسين أمير عبد اللهيان حتفهما في تحطم مروحية شمال غرب "
     "إيران، ولم تُحمّل التحقيقات الرسمية أي جهة المسؤولية.\n"
     "وتولى مخبر مهام الرئاسة بالوكالة خلفاً لرئيسي، قبل أن يُنتخب مسعود بزشكيان رئيساً في تموز.\n"
     "ويرى كفاح محمود، المستشار الإعلامي لزعيم الحزب الديمقراطي الكردستاني مسعود بارزانى، أن زيارة "
     "بزشكيان لأربيل في أيلول، حين استقبله بارزانى الأب في بيرمام، «طوت صفحة القصف الصاروخي».\n"
     "وتردّد أن مسرور التقى قائد فيلق القدس إسماعيل قاآني خلال زيارته لطهران، غير أن مكتبه لم يؤكد ذلك.",
     [("LEADS", MASROUR, KRG, "رئيس حكومة إقليم كردستان مسرور"),
      ("VISITED", MASROUR, TEHRAN, "مسرور بارزانى في طهران", "2024-05-06"),
      ("SUCCESSOR_OF", MASROUR, NECH, "خلفاً لابن عمه", "2019-07"),
      ("LEADS", NECH, KRG, "خلفاً لابن عمه نيجيرفان"),
      ("MET_WITH", MASROUR, RAISI, "والتقى بارزانى الرئيسَ", "2024-05-06"),
      ("LEADS", RAISI, IRAN, "الرئيسَ الإيراني إبراهيم"),
      ("MET_WITH", MASROUR, MOKHBER, "ثم النائبَ الأول للرئيس", "2024-05-06"),
      ("MEMBER_OF", MOKHBER, IRGOV, "النائبَ الأول للرئيس محمد"),
      ("MET_WITH", MASROUR, AHMADIAN, "اجتمع بأمين المجلس", "2024-05-06"),
      ("LEADS", AHMADIAN, SNSC, "بأمين المجلس الأعلى للأمن القومي علي"),
      ("LEADS", AMIRABD, IRFM, "ووزير خارجيته حسين"),
      ("SUCCESSOR_OF", MOKHBER, RAISI, "مهام الرئاسة بالوكالة خلفاً لرئيسي", "2024-05-20"),
      ("LEADS", MOKHBER, IRAN, "وتولى مخبر مهام الرئاسة"),
      ("LEADS", PEZ, IRAN, "يُنتخب مسعود بزشكيان رئيساً"),
      ("LEADS", MASOUD, KDP, "لزعيم الحزب الديمقراطي الكردستاني مسعود"),
      ("VISITED", PEZ, ERBIL, "زيارة بزشكيان لأربيل", "2024-09-12"),
      ("MET_WITH", PEZ, MASOUD, "حين استقبله بارزانى الأب", "2024-09-12"),
      ("VISITED", PEZ, PIRMAM, "في بيرمام", "2024-09-12"),
      ("LEADS", QAANI, QF, "قائد فيلق القدس إسماعيل"),
      ],
     {"source": "blind set (analysis, Arabic)", "published": "2024-10-01"}),

    ("enGX5_pmf_after_muhandes", "en",
     "ANALYSIS - Who speaks for the PMF after al-Muhandes?\n"
     "Five years after the Baghdad airport strike, Iraq's Popular Mobilisation Forces still lack a figure "
     "with the authority of Abu Mahdi al-Muhandes, killed alongside Qasem Soleimani on Jan. 3, 2020, in a "
     "U.S. drone strike that the Pentagon said was carried out \"at the direction of the President\".\n"
     "In February 2020 the PMF commission named Abdul Aziz al-Mohammadawi, better known as Abu Fadak, a "
     "veteran Kataib Hezbollah commander, as chief of staff in al-Muhandes's place.\n"
     "The choice split the organisation: in April the four brigades attached to the shrines of Karbala and "
     "Najaf, among them the Abbas Combat Division, broke away from the PMF command and placed themselves "
     "under the prime minister's office.\n"
     "\"The shrine units never accepted a Kataib Hezbollah man at the top,\" the security analyst Hisham "
     "al-Hashimi said that spring, weeks before he was gunned down outside his home in Baghdad.\n"
     "Falih al-Fayyadh, chairman of the commission since 2014, has survived U.S. Treasury sanctions imposed "
     "in January 2021 and repeated attempts to retire him.\n"
     "The Abbas division's commander, Maytham al-Zaidi, insists his men \"answer to the state, not to "
     "Tehran\".",
     [("ASSASSINATED_BY", MUH, USA, "U.S. drone strike that the Pentagon said", "2020-01-03"),
      ("ASSASSINATED_BY", SOL, USA, "U.S. drone strike that the Pentagon said", "2020-01-03"),
      ("MEMBER_OF", FADAK, PMF, "the PMF commission named Abdul Aziz"),
      ("SUCCESSOR_OF", FADAK, MUH, "as chief of staff in al-Muhandes's place", "2020-02"),
      ("MEMBER_OF", FADAK, KH, "a veteran Kataib Hezbollah commander"),
      ("WITHDREW_FROM", ABBASDIV, PMF, "broke away from the PMF command", "2020-04"),
      ("LEADS", FAY, PMF, "chairman of the commission since 2014"),
      ("LEADS", ZAIDI, ABBASDIV, "The Abbas division's commander, Maytham"),
      ],
     {"source": "blind set (analysis, English)", "published": "2025-01-05"}),

    ("arGX6_qaani_beirut_after_nasrallah", "ar",
     "تحليل: قاآني في بيروت... غياب أثار الأسئلة\n"
     "بعد أيام من اغتيال الأمين العام لـ«حزب الله» حسن نصرالله بغارة إسرائيلية على الضاحية الجنوبية في 27 "
     "أيلول 2024، توجّه قائد فيلق القدس إسماعيل قاآني إلى بيروت، بحسب ما نقلته «رويترز» عن مصادر أمنية، ثم "
     "انقطعت أخباره أسابيع.\n"
     "وكانت الغارة نفسها قد أودت بنائب قائد العمليات في الحرس الثوري العميد عباس نيلفروشان.\n"
     "وأعلن الجيش الإسرائيلي في 22 تشرين الأول أنه قتل هاشم صفي الدين، رئيس المجلس التنفيذي للحزب "
     "والمرشح الأبرز لخلافة نصرالله، في غارة مطلع الشهر.\n"
     "وفي 29 تشرين الأول انتخب مجلس شورى الحزب نائب الأمين العام نعيم قاسم أميناً عاماً خلفاً لنصرالله.\n"
     "ونفى مسؤولون إيرانيون أن يكون قاآني قد التقى نصرالله قبل ساعات من الغارة، ثم ظهر قائد الفيلق علناً "
     "في طهران منتصف تشرين الأول خلال تشييع نيلفروشان.\n"
     "ويقول الباحث في مركز كارنيغي للشرق الأوسط مهند الحاج علي إن غياب قاآني «كشف حجم الاختراق الذي أصاب "
     "المحور»، وإن طهران «باتت تدير الملف اللبناني عبر سفارتها أكثر من الفيلق».",
     [("LEADS", NASR, HEZ, "الأمين العام لـ«حزب الله» حسن"),
      ("ASSASSINATED_BY", NASR, ISR, "بغارة إسرائيلية على الضاحية", "2024-09-27"),
      ("ATTACKED", ISR, "location:dahiyeh", "بغارة إسرائيلية على الضاحية", "2024-09-27"),
      ("LEADS", QAANI, QF, "قائد فيلق القدس إسماعيل قاآني"),
      ("VISITED", QAANI, BEIRUT, "إسماعيل قاآني إلى بيروت", "2024-10"),
      ("REPORTED_BY", QAANI, "outlet:reuters", "بحسب ما نقلته «رويترز»"),
      ("ASSASSINATED_BY", NILF, ISR, "وكانت الغارة نفسها قد أودت", "2024-09-27"),
      ("MEMBER_OF", NILF, IRGC, "بنائب قائد العمليات في الحرس الثوري"),
      ("ASSASSINATED_BY", SAFI, "organization:israel-defense-forces", "وأعلن الجيش الإسرائيلي في 22",
       "2024-10-03"),
      ("LEADS", SAFI, "organization:hezbollah-executive-council", "رئيس المجلس التنفيذي للحزب"),
      ("SUCCESSOR_OF", NQASSEM, NASR, "أميناً عاماً خلفاً لنصرالله", "2024-10-29"),
      ("LEADS", NQASSEM, HEZ, "نعيم قاسم أميناً عاماً"),
      ("MEMBER_OF", HAGE, "organization:carnegie-middle-east-center", "الباحث في مركز كارنيغي"),
      ],
     {"source": "blind set (analysis, Arabic)", "published": "2024-11-15"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setGX")
