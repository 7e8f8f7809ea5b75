"""Blind set FO: Islamic State and al-Qaeda leaderships 2006-2023 as covered by a US newspaper (long
sentences, anonymous officials, flashbacks; Arabic pieces as its Arabic edition): Zarqawi killed near
Hibhib and succeeded by Abu Hamza al-Muhajir (June 2006); Abu Omar al-Baghdadi and Abu Ayyub al-Masri
killed near Tikrit, Abu Bakr al-Baghdadi named (April 2010); Abu Bakr al-Baghdadi killed in Barisha,
Muhajir killed near Jarabulus, Abu Ibrahim named (Oct 2019); Zawahiri killed in Kabul (Aug 2022);
Petraeus and Crocker with Maliki before the surge testimony (Sept 2007); Kadhimi at the White House
with McGurk, flashback to Abadi and Obama (July 2021).
Negatives: a phone call (Bush-Maliki, Trump-Erdogan), a "potential heir", "several candidates", a
likely successor not announced (Saif al-Adl), a floated meeting not confirmed, an expected visit,
a killing with no stated agent (Zarqawi in a flashback).
Spellings: Nuri Kamal al-Maliki, Baquba, Abu Hamza al-Muhajir (= Abu Ayyub al-Masri), ISIS.
Written and annotated blind (extractor neither read nor run).
A DEV set (session 19, round 2): written blind, then read by the engineers. Run:
    python tests/data/extract_test_fo/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_fq import ALL  # noqa: E402

HERE = Path(__file__).parent

US, IRAQ, IQG = "country:united-states", "country:iraq", "organization:iraqi-government"
IS, ISI, AQI, AQ = ("organization:islamic-state", "organization:islamic-state-of-iraq",
                    "organization:al-qaeda-in-iraq", "organization:al-qaeda")
MNFI, ISF, SDF = ("organization:multi-national-force-iraq", "organization:iraqi-security-forces",
                  "organization:syrian-democratic-forces")
ZARQ, MASRI, AOB, ABB = ("person:abu-musab-al-zarqawi", "person:abu-ayyub-al-masri",
                         "person:abu-omar-al-baghdadi", "person:abu-bakr-al-baghdadi")
ABI, HMUH, AHQ = ("person:abu-ibrahim-al-hashimi-al-qurashi", "person:abu-al-hassan-al-muhajir",
                  "person:abu-hamza-al-qurashi")
MAL, KHAL, CALD = "person:nouri-al-maliki", "person:zalmay-khalilzad", "person:william-caldwell"
ODI, PET, CASEY, CROCK = ("person:ray-odierno", "person:david-petraeus", "person:george-casey",
                          "person:ryan-crocker")
TRUMP, ERD, MAZ, BIDEN = ("person:donald-trump", "person:recep-tayyip-erdogan", "person:mazloum-abdi",
                          "person:joe-biden")
ZAW, OBL, HAQ = "person:ayman-al-zawahiri", "person:osama-bin-laden", "person:sirajuddin-haqqani"
KADH, MCG, ABADI, OBAMA = ("person:mustafa-al-kadhimi", "person:brett-mcgurk", "person:haider-al-abadi",
                           "person:barack-obama")
WSAADI, AMAHDI = "person:abdul-wahab-al-saadi", "person:adil-abdul-mahdi"

ARTICLES = [
    ("enFO1_zarqawi_killed_hibhib", "en",
     "BAGHDAD, June 8 — Abu Musab al-Zarqawi, the Jordanian-born militant who built Al Qaeda in "
     "Mesopotamia into the most feared insurgent network in Iraq, was killed Wednesday evening when two "
     "American F-16s dropped 500-pound bombs on an isolated safe house near Hibhib, a village in Diyala "
     "Province northeast of Baquba, American and Iraqi officials said.\n"
     "Maj. Gen. William B. Caldwell IV, the chief spokesman for the Multi-National Force-Iraq, said the "
     "body had been identified by fingerprints, and that Mr. Zarqawi was briefly alive when American "
     "soldiers reached the house.\n"
     "Prime Minister Nuri Kamal al-Maliki, who announced the death to cheers at a news conference, later "
     "received the American ambassador, Zalmay Khalilzad, at his office, according to an aide.\n"
     "Two senior officials, speaking on condition of anonymity because the intelligence was classified, "
     "said the strike followed weeks of tracking a spiritual adviser who also died in the house.\n"
     "President Bush, who telephoned Mr. Maliki on Thursday morning, called the killing a severe blow.\n"
     "Within days, the group posted a statement online naming an Egyptian, Abu Hamza al-Muhajir, as its "
     "new leader, succeeding Mr. Zarqawi; American officials say the name is an alias of Abu Ayyub "
     "al-Masri.",
     [("LEADS", ZARQ, AQI, "who built Al Qaeda in"),
      ("ASSASSINATED_BY", ZARQ, US, "American F-16s dropped 500-pound bombs", "2006-06-07"),
      ("LOCATED_IN", "location:hibhib", "location:diyala", "a village in Diyala"),
      ("MEMBER_OF", CALD, MNFI, "the chief spokesman for the Multi-National"),
      ("LEADS", MAL, IQG, "Prime Minister Nuri Kamal al-Maliki"),
      ("MET_WITH", MAL, KHAL, "received the American ambassador", "2006-06-08"),
      ("SUCCESSOR_OF", MASRI, ZARQ, "new leader, succeeding Mr. Zarqawi", "2006-06"),
      ("LEADS", MASRI, AQI, "naming an Egyptian"),
      ],
     {"source": "blind set (US newspaper-style)", "published": "2006-06-08"}),

    ("arFO2_abu_omar_baghdadi_tikrit", "ar",
     "بغداد — قُتل أبو عمر البغدادي، زعيم ما يسمى «دولة العراق الإسلامية»، وأبو أيوب المصري، الذي يوصف "
     "بأنه وزير الحرب في التنظيم، في عملية مشتركة نفذتها قوات عراقية وأميركية على منزل في منطقة الثرثار "
     "جنوب غربي تكريت، بحسب ما أعلن رئيس الوزراء نوري المالكي يوم الاثنين.\n"
     "وقال الجنرال راي أوديرنو، قائد القوات الأميركية في العراق، إن مقتل الرجلين «ربما يكون الضربة الأهم» "
     "للتنظيم منذ مقتل أبي مصعب الزرقاوي قبل نحو أربع سنوات.\n"
     "وكان أوديرنو قد تسلّم قيادة القوات المتعددة الجنسيات خلفاً للجنرال ديفيد بترايوس في أيلول/سبتمبر "
     "2008. وقد التقى أوديرنو المالكي مرات عدة خلال الأسابيع الماضية لمتابعة ملاحقة قادة التنظيم، وفق "
     "مسؤولين أميركيين طلبوا عدم الكشف عن أسمائهم.\n"
     "وعرض المالكي صور الجثتين على الصحافيين، فيما قال مسؤول عراقي إن معلومات أدلى بها قيادي معتقل قادت "
     "إلى المخبأ.\n"
     "وفي أيار/مايو، أعلن التنظيم أن مجلس شوراه اختار أبا بكر البغدادي أميراً جديداً خلفاً لأبي عمر "
     "البغدادي. أما منصب المصري فلم يُعرف من سيشغله، وتحدثت مواقع جهادية عن «عدة مرشحين».",
     [("LEADS", AOB, ISI, "زعيم ما يسمى"),
      ("MEMBER_OF", MASRI, ISI, "وزير الحرب في التنظيم"),
      ("ASSASSINATED_BY", AOB, ISF, "في عملية مشتركة نفذتها", "2010-04-18"),
      ("ASSASSINATED_BY", AOB, US, "قوات عراقية وأميركية", "2010-04-18"),
      ("ASSASSINATED_BY", MASRI, ISF, "في منطقة الثرثار", "2010-04-18"),
      ("ASSASSINATED_BY", MASRI, US, "على منزل في منطقة", "2010-04-18"),
      ("LEADS", MAL, IQG, "رئيس الوزراء نوري المالكي"),
      ("LEADS", ODI, MNFI, "قد تسلّم قيادة القوات المتعددة"),
      ("SUCCESSOR_OF", ODI, PET, "خلفاً للجنرال ديفيد بترايوس", "2008-09"),
      ("MET_WITH", ODI, MAL, "وقد التقى أوديرنو المالكي", "2010"),
      ("SUCCESSOR_OF", ABB, AOB, "خلفاً لأبي عمر", "2010-05"),
      ("LEADS", ABB, ISI, "أميراً جديداً"),
      ],
     {"source": "blind set (US newspaper-style, Arabic edition)", "published": "2010-04-20"}),

    ("enFO3_baghdadi_barisha_raid", "en",
     "WASHINGTON — Abu Bakr al-Baghdadi, the reclusive leader of the Islamic State who proclaimed a "
     "caliphate from the pulpit of a mosque in Mosul five years ago, was killed in a raid by American "
     "commandos on a compound in the village of Barisha in Syria's Idlib Province, President Trump "
     "announced on Sunday.\n"
     "Cornered in a dead-end tunnel, the ISIS leader detonated a suicide vest, killing himself and two of "
     "his children, Mr. Trump said in a televised address.\n"
     "Hours before the raid, Mr. Trump had spoken by telephone with President Recep Tayyip Erdogan of "
     "Turkey, but two officials said the Turks were not told of the target.\n"
     "The Syrian Democratic Forces, whose commander, Gen. Mazloum Abdi, said an informant had been placed "
     "inside the compound, helped the Americans for months, the officials said.\n"
     "A day later, an American strike near Jarabulus killed Abu al-Hassan al-Muhajir, the group's "
     "spokesman and, some analysts said, a potential heir.\n"
     "On Thursday the Islamic State confirmed both deaths in an audio message and named Abu Ibrahim "
     "al-Hashimi al-Qurashi as Mr. Baghdadi's successor; the message was read by a new spokesman, Abu "
     "Hamza al-Qurashi, who took over from Mr. Muhajir.",
     [("LEADS", ABB, IS, "the reclusive leader of the Islamic State"),
      ("VISITED", ABB, "location:mosul", "from the pulpit of a mosque in Mosul", "2014-07"),
      ("ASSASSINATED_BY", ABB, US, "was killed in a raid by American", "2019-10-26"),
      ("LOCATED_IN", "location:barisha", "location:idlib-province", "in Syria's Idlib Province"),
      ("LEADS", TRUMP, US, "President Trump"),
      ("LEADS", ERD, "country:turkey", "President Recep Tayyip Erdogan of"),
      ("LEADS", MAZ, SDF, "whose commander, Gen. Mazloum Abdi"),
      ("SUPPORTS", SDF, US, "helped the Americans for months"),
      ("ASSASSINATED_BY", HMUH, US, "an American strike near Jarabulus killed", "2019-10-27"),
      ("MEMBER_OF", HMUH, IS, "spokesman and, some analysts"),
      ("SUCCESSOR_OF", ABI, ABB, "as Mr. Baghdadi's successor", "2019-10-31"),
      ("MEMBER_OF", AHQ, IS, "a new spokesman"),
      ("SUCCESSOR_OF", AHQ, HMUH, "who took over from Mr. Muhajir", "2019-10-31"),
      ],
     {"source": "blind set (US newspaper-style)", "published": "2019-10-28"}),

    ("arFO4_zawahiri_kabul_strike", "ar",
     "واشنطن — قُتل زعيم تنظيم القاعدة أيمن الظواهري بضربة نفذتها طائرة مسيّرة تابعة لوكالة المخابرات "
     "المركزية الأميركية (سي آي إيه) على شرفة منزل في حي شيربور بالعاصمة الأفغانية كابول، حسبما أعلن "
     "الرئيس جو بايدن مساء الاثنين.\n"
     "وقال مسؤولون أميركيون، تحدثوا شرط عدم الكشف عن هوياتهم، إن المنزل كان يعود لمساعد مقرب من سراج "
     "الدين حقاني، وزير الداخلية في حكومة طالبان.\n"
     "وكان الظواهري، الطبيب المصري، قد تولى قيادة التنظيم في حزيران/يونيو 2011 خلفاً لأسامة بن لادن، "
     "الذي قُتل قبل ذلك بأسابيع في غارة لقوات البحرية الأميركية على مجمعه في أبوت آباد.\n"
     "ونددت حركة طالبان بالضربة ووصفتها بأنها انتهاك لاتفاق الدوحة، لكنها لم تؤكد وجود الظواهري في "
     "المنزل.\n"
     "ويرجّح خبراء أن يكون سيف العدل، المقيم في إيران، خليفته المحتمل، غير أن القاعدة لم تعلن حتى الآن "
     "اسم زعيم جديد.",
     [("LEADS", ZAW, AQ, "زعيم تنظيم القاعدة أيمن"),
      ("ASSASSINATED_BY", ZAW, "organization:cia", "طائرة مسيّرة تابعة لوكالة", "2022-07-31"),
      ("LOCATED_IN", "location:kabul", "country:afghanistan", "بالعاصمة الأفغانية كابول"),
      ("LEADS", BIDEN, US, "الرئيس جو بايدن"),
      ("MEMBER_OF", HAQ, "organization:taliban", "وزير الداخلية في حكومة طالبان"),
      ("SUCCESSOR_OF", ZAW, OBL, "خلفاً لأسامة بن لادن", "2011-06"),
      ("ASSASSINATED_BY", OBL, US, "في غارة لقوات البحرية الأميركية", "2011-05-02"),
      ],
     {"source": "blind set (US newspaper-style, Arabic edition)", "published": "2022-08-02"}),

    ("enFO5_petraeus_maliki_surge", "en",
     "BAGHDAD, Sept. 1 — Gen. David H. Petraeus, the top American commander in Iraq, met Prime Minister "
     "Nuri al-Maliki for more than two hours on Saturday, days before he is to testify before Congress on "
     "the troop buildup, according to an Iraqi official who attended.\n"
     "Ambassador Ryan C. Crocker joined the talks, which an American official described as blunt, "
     "focusing on the slow pace of legislation and on the Shiite militias.\n"
     "General Petraeus, who succeeded Gen. George W. Casey Jr. in February as commander of the "
     "Multi-National Force-Iraq, has argued that the decision of Sunni sheiks in Anbar to turn against "
     "Al Qaeda in Mesopotamia proves that the strategy is working.\n"
     "On Monday he visited Ramadi, where, officials said, attacks had fallen sharply since the spring.\n"
     "A meeting between Mr. Maliki and President Bush, which aides had floated for later this month on "
     "the sidelines of the United Nations General Assembly, was not confirmed by the White House.",
     [("LEADS", PET, MNFI, "in February as commander"),
      ("MET_WITH", PET, MAL, "for more than two hours on Saturday", "2007-09-01"),
      ("LEADS", MAL, IQG, "Nuri al-Maliki for more"),
      ("MET_WITH", CROCK, MAL, "joined the talks", "2007-09-01"),
      ("MET_WITH", CROCK, PET, "Ambassador Ryan C. Crocker", "2007-09-01"),
      ("SUCCESSOR_OF", PET, CASEY, "who succeeded Gen. George W. Casey", "2007-02"),
      ("VISITED", PET, "location:ramadi", "On Monday he visited Ramadi", "2007-08-27"),
      ],
     {"source": "blind set (US newspaper-style)", "published": "2007-09-02"}),

    ("arFO6_kadhimi_biden_white_house", "ar",
     "واشنطن — استقبل الرئيس الأميركي جو بايدن رئيس الوزراء العراقي مصطفى الكاظمي في المكتب البيضاوي "
     "يوم الاثنين، وأعلن أن المهمة القتالية للقوات الأميركية في العراق ستنتهي بحلول نهاية العام.\n"
     "وحضر اللقاء منسق البيت الأبيض لشؤون الشرق الأوسط بريت ماكغورك، الذي كان قد زار بغداد في حزيران/يونيو "
     "الماضي، حيث اجتمع بالكاظمي ورئيس جهاز مكافحة الإرهاب الفريق الركن عبد الوهاب الساعدي، وفق مسؤول "
     "عراقي.\n"
     "ويعيد اللقاء إلى الأذهان زيارة رئيس الوزراء الأسبق حيدر العبادي إلى واشنطن في نيسان/أبريل 2015، حين "
     "استقبله الرئيس باراك أوباما في ذروة الحرب على تنظيم الدولة الإسلامية.\n"
     "وكان الكاظمي قد تولى رئاسة الحكومة في أيار/مايو 2020 خلفاً لعادل عبد المهدي، بعد أشهر من احتجاجات "
     "واسعة.\n"
     "وقال مسؤولون في الإدارة إن موعداً لم يُحدَّد بعد لزيارة يُتوقع أن يجريها وزير الدفاع لويد أوستن إلى "
     "بغداد، حيث يُنتظر أن يلتقي الكاظمي.",
     [("MET_WITH", BIDEN, KADH, "استقبل الرئيس الأميركي جو بايدن", "2021-07-26"),
      ("LEADS", BIDEN, US, "الرئيس الأميركي جو بايدن رئيس"),
      ("LEADS", KADH, IQG, "رئيس الوزراء العراقي مصطفى"),
      ("MET_WITH", MCG, BIDEN, "وحضر اللقاء منسق", "2021-07-26"),
      ("MET_WITH", MCG, KADH, "وحضر اللقاء", "2021-07-26"),
      ("MEMBER_OF", MCG, "organization:white-house", "منسق البيت الأبيض"),
      ("VISITED", MCG, "location:baghdad", "قد زار بغداد", "2021-06"),
      ("MET_WITH", MCG, WSAADI, "حيث اجتمع بالكاظمي", "2021-06"),
      ("MET_WITH", KADH, WSAADI, "ورئيس جهاز مكافحة الإرهاب", "2021-06"),
      ("LEADS", WSAADI, "organization:counter-terrorism-service", "الفريق الركن عبد الوهاب"),
      ("VISITED", ABADI, "location:washington", "إلى واشنطن في نيسان", "2015-04"),
      ("MET_WITH", OBAMA, ABADI, "استقبله الرئيس باراك أوباما", "2015-04"),
      ("SUCCESSOR_OF", KADH, AMAHDI, "خلفاً لعادل عبد المهدي", "2020-05"),
      ],
     {"source": "blind set (US newspaper-style, Arabic edition)", "published": "2021-07-27"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setFO")
