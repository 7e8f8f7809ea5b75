"""Blind set FQ: Islamic State and al-Qaeda leaderships 2006-2023 in a research centre's briefings
(timelines, bulleted lists, "succeeded", "was appointed in his place", Arabic and English): the
chain of IS emirs from Zarqawi to Abu Hafs; al-Qaeda after bin Laden (Hamza bin Laden, Abu Muhammad
al-Masri, Zawahiri in Kabul, Saif al-Adl); key Baghdad-Washington meetings 2014-2021; the heads of
Iraqi and Kurdish counter-terrorism bodies; US command in Iraq 2007-2011; the IS spokesmen 2016-2023.
Negatives: a death "in battle" with no agent, Turkey's own claim next to the group's accusation of HTS
(denied), a killing attributed by a newspaper and denied by Iran, an unconfirmed de-facto leader, a
cancelled meeting replaced by a phone call, video conferences, a dismissal with no successor named,
an unclear succession between two spokesmen, a killer not identified.
Spellings: Abu al-Hasan / Abu al-Hussein, Shaghati / شغاتي, Lahur Sheikh Jangi Talabany.
Written and annotated blind (extractor neither read nor run).
A DEV set (session 19, round 2): written blind, then read by the engineers. Run:
    python tests/data/extract_test_fq/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_fq import ALL  # noqa: E402

HERE = Path(__file__).parent

US, IQG, ISF = "country:united-states", "organization:iraqi-government", "organization:iraqi-security-forces"
IS, ISI, AQI, AQ = ("organization:islamic-state", "organization:islamic-state-of-iraq",
                    "organization:al-qaeda-in-iraq", "organization:al-qaeda")
MNFI, MIT, CENTCOM = ("organization:multi-national-force-iraq",
                      "organization:turkish-national-intelligence-organization",
                      "organization:us-central-command")
CTS, KRSC, CTG, KRG, PUK = ("organization:counter-terrorism-service",
                            "organization:kurdistan-region-security-council",
                            "organization:kurdistan-counter-terrorism-group",
                            "organization:kurdistan-regional-government",
                            "organization:patriotic-union-of-kurdistan")
ZARQ, MASRI, AOB, ABB = ("person:abu-musab-al-zarqawi", "person:abu-ayyub-al-masri",
                         "person:abu-omar-al-baghdadi", "person:abu-bakr-al-baghdadi")
ABI, AHASAN, AHUS, AHAFS = ("person:abu-ibrahim-al-hashimi-al-qurashi",
                            "person:abu-al-hasan-al-hashimi-al-qurashi",
                            "person:abu-al-hussein-al-husseini-al-qurashi",
                            "person:abu-hafs-al-hashimi-al-qurashi")
ADN, HMUH, AHQ, AOM, HUDH = ("person:abu-muhammad-al-adnani", "person:abu-al-hassan-al-muhajir",
                             "person:abu-hamza-al-qurashi", "person:abu-omar-al-muhajir",
                             "person:abu-hudhayfa-al-ansari")
OBL, ZAW, HAMZA, AMM = ("person:osama-bin-laden", "person:ayman-al-zawahiri", "person:hamza-bin-laden",
                        "person:abu-muhammad-al-masri")
ABADI, MAL, OBAMA, BIDEN, TRUMP = ("person:haider-al-abadi", "person:nouri-al-maliki", "person:barack-obama",
                                   "person:joe-biden", "person:donald-trump")
MCG, ALLEN, KADH, AMAHDI = ("person:brett-mcgurk", "person:john-allen", "person:mustafa-al-kadhimi",
                            "person:adil-abdul-mahdi")
SHAG, WSAADI, MASR, NECH, LAHUR, BAFEL, MCK = ("person:talib-shaghati", "person:abdul-wahab-al-saadi",
                                               "person:masrour-barzani", "person:nechirvan-barzani",
                                               "person:lahur-sheikh-jangi", "person:bafel-talabani",
                                               "person:kenneth-mckenzie")
PET, CASEY, CROCK, ODI, AUSTIN, BUSH = ("person:david-petraeus", "person:george-casey", "person:ryan-crocker",
                                        "person:ray-odierno", "person:lloyd-austin", "person:george-w-bush")

ARTICLES = [
    ("enFQ1_is_emirs_timeline", "en",
     "Leadership brief No. 14 | The Islamic State's emirs, 2006-2023\n"
     "- June 2006: Abu Musab al-Zarqawi killed by a US airstrike near Baqubah; Abu Ayyub al-Masri "
     "succeeded him as head of al-Qaeda in Iraq.\n"
     "- October 2006: the Islamic State of Iraq proclaimed, with Abu Omar al-Baghdadi as emir.\n"
     "- April 2010: Abu Omar and al-Masri killed in a joint US-Iraqi operation near Tikrit.\n"
     "- May 2010: Abu Bakr al-Baghdadi named to replace Abu Omar.\n"
     "- October 2019: Abu Bakr al-Baghdadi killed in a US raid in Barisha; Abu Ibrahim al-Hashimi "
     "al-Qurashi succeeded him.\n"
     "- February 2022: Abu Ibrahim died in a US raid in Atmeh; Abu al-Hasan al-Hashimi al-Qurashi was "
     "named as his successor in March.\n"
     "- October 2022: Abu al-Hasan killed in Daraa province; the group said only that he fell \"in "
     "battle\". Abu al-Hussein al-Husseini al-Qurashi took over.\n"
     "- April 2023: Turkey said its intelligence service killed Abu al-Hussein in Jindires; in August "
     "the group blamed Hayat Tahrir al-Sham, which denied it, and Abu Hafs al-Hashimi al-Qurashi was "
     "appointed in his place.\n"
     "Note: the real identity of Abu Hafs is unconfirmed; analysts have floated several candidates.",
     [("ASSASSINATED_BY", ZARQ, US, "killed by a US airstrike near Baqubah", "2006-06"),
      ("SUCCESSOR_OF", MASRI, ZARQ, "succeeded him as head of al-Qaeda", "2006-06"),
      ("LEADS", MASRI, AQI, "as head of al-Qaeda in Iraq"),
      ("LEADS", AOB, ISI, "with Abu Omar al-Baghdadi as emir", "2006-10"),
      ("ASSASSINATED_BY", AOB, US, "killed in a joint US-Iraqi operation", "2010-04"),
      ("ASSASSINATED_BY", AOB, ISF, "a joint US-Iraqi operation near", "2010-04"),
      ("ASSASSINATED_BY", MASRI, US, "Abu Omar and al-Masri killed", "2010-04"),
      ("ASSASSINATED_BY", MASRI, ISF, "US-Iraqi operation near Tikrit", "2010-04"),
      ("SUCCESSOR_OF", ABB, AOB, "named to replace Abu Omar", "2010-05"),
      ("ASSASSINATED_BY", ABB, US, "killed in a US raid in Barisha", "2019-10"),
      ("SUCCESSOR_OF", ABI, ABB, "al-Qurashi succeeded him", "2019-10"),
      ("ASSASSINATED_BY", ABI, US, "died in a US raid in Atmeh", "2022-02"),
      ("SUCCESSOR_OF", AHASAN, ABI, "named as his successor in March", "2022-03"),
      ("SUCCESSOR_OF", AHUS, AHASAN, "al-Qurashi took over", "2022"),
      ("ASSASSINATED_BY", AHUS, MIT, "its intelligence service killed", "2023-04"),
      ("SUCCESSOR_OF", AHAFS, AHUS, "appointed in his place", "2023-08"),
      ],
     {"source": "blind set (research centre briefing)", "published": "2023-09-01"}),

    ("arFQ2_qaeda_after_zawahiri", "ar",
     "ورقة تقدير موقف | قيادة تنظيم القاعدة بعد الظواهري\n"
     "أولاً: التسلسل\n"
     "- أيار/مايو 2011: قُتل مؤسس التنظيم وزعيمه أسامة بن لادن في عملية لقوات خاصة أميركية في أبوت آباد "
     "بباكستان.\n"
     "- حزيران/يونيو 2011: عُيّن أيمن الظواهري أميراً للتنظيم خلفاً لبن لادن.\n"
     "- 2019: أعلن البيت الأبيض أن حمزة بن لادن، نجل المؤسس، قُتل في عملية أميركية لمكافحة الإرهاب في "
     "منطقة أفغانستان وباكستان.\n"
     "- آب/أغسطس 2020: قُتل أبو محمد المصري، الرجل الثاني في التنظيم، في طهران؛ ونسبت صحيفة أميركية "
     "العملية إلى عملاء إسرائيليين، وهو ما نفته إيران، ولم يؤكده التنظيم.\n"
     "- 31 تموز/يوليو 2022: قُتل الظواهري بصاروخين أطلقتهما طائرة مسيّرة أميركية على منزل في كابول.\n"
     "ثانياً: الخلافة\n"
     "لم يعلن التنظيم رسمياً اسم خليفة للظواهري. ويرجّح تقرير لفريق الرصد التابع للأمم المتحدة أن سيف "
     "العدل، المقيم في إيران، هو الزعيم الفعلي، غير أنه يبقى مرشحاً لم تؤكد القاعدة توليه.",
     [("LEADS", OBL, AQ, "مؤسس التنظيم وزعيمه"),
      ("ASSASSINATED_BY", OBL, US, "في عملية لقوات خاصة أميركية", "2011-05"),
      ("LEADS", ZAW, AQ, "أميراً للتنظيم"),
      ("SUCCESSOR_OF", ZAW, OBL, "خلفاً لبن لادن", "2011-06"),
      ("ASSASSINATED_BY", HAMZA, US, "في عملية أميركية لمكافحة", "2019"),
      ("MEMBER_OF", AMM, AQ, "الرجل الثاني في التنظيم"),
      ("ASSASSINATED_BY", ZAW, US, "طائرة مسيّرة أميركية", "2022-07-31"),
      ],
     {"source": "blind set (research centre briefing)", "published": "2023-03-01"}),

    ("enFQ3_baghdad_washington_meetings", "en",
     "Briefing note | Baghdad and Washington in the campaign against ISIS: key meetings\n"
     "1. September 2014: Haider al-Abadi succeeded Nouri al-Maliki as prime minister, three months after "
     "the fall of Mosul.\n"
     "2. 14 April 2015: Abadi was received by President Barack Obama at the White House; Vice President "
     "Joe Biden also attended.\n"
     "3. October 2015: Brett McGurk succeeded retired Gen. John Allen as special presidential envoy to the "
     "anti-ISIS coalition; in 2016 and 2017 he met Abadi repeatedly in Baghdad.\n"
     "4. 26 December 2018: President Donald Trump visited Ain al-Asad air base; a planned meeting with "
     "Prime Minister Adil Abdul-Mahdi was cancelled and the two spoke by phone instead.\n"
     "5. 20 August 2020: Mustafa al-Kadhimi, who had replaced Abdul-Mahdi in May, held talks with Trump "
     "at the White House.\n"
     "6. 26 July 2021: Kadhimi met President Biden in the Oval Office, with McGurk, now White House Middle "
     "East coordinator, in attendance; the two leaders agreed to end the US combat mission.",
     [("SUCCESSOR_OF", ABADI, MAL, "succeeded Nouri al-Maliki as prime minister", "2014-09"),
      ("MET_WITH", ABADI, OBAMA, "was received by President Barack Obama", "2015-04-14"),
      ("MET_WITH", ABADI, BIDEN, "Joe Biden also attended", "2015-04-14"),
      ("MET_WITH", BIDEN, OBAMA, "also attended", "2015-04-14"),
      ("SUCCESSOR_OF", MCG, ALLEN, "succeeded retired Gen. John Allen", "2015-10"),
      ("MET_WITH", MCG, ABADI, "he met Abadi repeatedly in Baghdad", "2016"),
      ("LEADS", TRUMP, US, "President Donald Trump visited"),
      ("VISITED", TRUMP, "location:ain-al-asad-air-base", "visited Ain al-Asad air base", "2018-12-26"),
      ("LEADS", AMAHDI, IQG, "Prime Minister Adil Abdul-Mahdi"),
      ("SUCCESSOR_OF", KADH, AMAHDI, "who had replaced Abdul-Mahdi in May", "2020-05"),
      ("MET_WITH", KADH, TRUMP, "held talks with Trump", "2020-08-20"),
      ("MET_WITH", KADH, BIDEN, "Kadhimi met President Biden", "2021-07-26"),
      ("MET_WITH", MCG, KADH, "in attendance", "2021-07-26"),
      ("MET_WITH", MCG, BIDEN, "with McGurk, now White House", "2021-07-26"),
      ("MEMBER_OF", MCG, "organization:white-house", "now White House Middle"),
      ],
     {"source": "blind set (research centre briefing)", "published": "2021-08-01"}),

    ("arFQ4_counter_terrorism_chiefs", "ar",
     "موجز | قادة أجهزة مكافحة الإرهاب في العراق وإقليم كردستان\n"
     "- جهاز مكافحة الإرهاب الاتحادي: تولّى الفريق أول ركن طالب شغاتي الكناني رئاسته لسنوات، وقاد قواته في "
     "معارك الموصل 2016-2017. وفي أيار/مايو 2020 عيّن رئيس الوزراء مصطفى الكاظمي الفريق الركن عبد الوهاب "
     "الساعدي رئيساً للجهاز خلفاً لشغاتي.\n"
     "- في حزيران/يونيو 2020 التقى الساعدي في بغداد قائد القيادة المركزية الأميركية الجنرال كينيث "
     "ماكنزي.\n"
     "- مجلس أمن إقليم كردستان: ترأسه مسرور بارزاني منذ 2012، قبل أن يصبح رئيساً لحكومة الإقليم في "
     "تموز/يوليو 2019 خلفاً لنيجيرفان بارزاني.\n"
     "- مجموعة مكافحة الإرهاب في السليمانية: قادها لاهور شيخ جنكي، القيادي في الاتحاد الوطني "
     "الكردستاني، حتى إقصائه في تموز/يوليو 2021 إثر خلاف مع ابن عمه بافل طالباني، رئيس الاتحاد. ولم "
     "يُعلن اسم من عُيّن مكانه.\n"
     "ملاحظة: تلقى مسرور بارزاني في الشهر نفسه اتصالاً هاتفياً من بريت ماكغورك تناول الخلاف.",
     [("LEADS", SHAG, CTS, "تولّى الفريق أول ركن طالب"),
      ("LEADS", KADH, IQG, "رئيس الوزراء مصطفى الكاظمي"),
      ("LEADS", WSAADI, CTS, "رئيساً للجهاز"),
      ("SUCCESSOR_OF", WSAADI, SHAG, "خلفاً لشغاتي", "2020-05"),
      ("MET_WITH", WSAADI, MCK, "التقى الساعدي في بغداد", "2020-06"),
      ("VISITED", MCK, "location:baghdad", "الجنرال كينيث", "2020-06"),
      ("LEADS", MCK, CENTCOM, "قائد القيادة المركزية الأميركية"),
      ("LEADS", MASR, KRSC, "ترأسه مسرور بارزاني"),
      ("LEADS", MASR, KRG, "رئيساً لحكومة الإقليم"),
      ("SUCCESSOR_OF", MASR, NECH, "خلفاً لنيجيرفان بارزاني", "2019-07"),
      ("LEADS", LAHUR, CTG, "قادها لاهور شيخ جنكي"),
      ("MEMBER_OF", LAHUR, PUK, "القيادي في الاتحاد الوطني"),
      ("LEADS", BAFEL, PUK, "رئيس الاتحاد"),
      ],
     {"source": "blind set (research centre briefing)", "published": "2021-09-01"}),

    ("enFQ5_us_command_iraq_2007_2011", "en",
     "Research note | US command in Iraq and the fight against AQI/ISI, 2007-2011\n"
     "- 10 February 2007: Gen. David Petraeus took command of Multi-National Force-Iraq, succeeding Gen. "
     "George Casey.\n"
     "- 2007-2008: Petraeus and Ambassador Ryan Crocker held weekly meetings with Prime Minister Nouri "
     "al-Maliki; the three also joined regular video conferences with President George W. Bush.\n"
     "- 16 September 2008: Gen. Ray Odierno was appointed in Petraeus's place; Petraeus moved on to lead "
     "US Central Command.\n"
     "- 18 April 2010: ISI leaders Abu Omar al-Baghdadi and Abu Ayyub al-Masri were killed near Tikrit in "
     "an operation that Maliki attributed to Iraqi forces \"with coalition support\".\n"
     "- 1 September 2010: Gen. Lloyd Austin replaced Odierno as commander of US forces in Iraq.\n"
     "- December 2011: the last US troops withdrew from Iraq.",
     [("LEADS", PET, MNFI, "took command of Multi-National"),
      ("SUCCESSOR_OF", PET, CASEY, "Force-Iraq, succeeding", "2007-02-10"),
      ("MET_WITH", PET, MAL, "held weekly meetings with", "2007"),
      ("MET_WITH", CROCK, MAL, "Ambassador Ryan Crocker", "2007"),
      ("MET_WITH", CROCK, PET, "Petraeus and Ambassador", "2007"),
      ("LEADS", MAL, IQG, "Prime Minister Nouri"),
      ("LEADS", BUSH, US, "President George W. Bush"),
      ("SUCCESSOR_OF", ODI, PET, "was appointed in Petraeus's place", "2008-09-16"),
      ("LEADS", PET, CENTCOM, "moved on to lead"),
      ("LEADS", AOB, ISI, "ISI leaders Abu Omar"),
      ("MEMBER_OF", MASRI, ISI, "and Abu Ayyub al-Masri were killed"),
      ("ASSASSINATED_BY", AOB, ISF, "Maliki attributed to Iraqi forces", "2010-04-18"),
      ("ASSASSINATED_BY", MASRI, ISF, "were killed near Tikrit", "2010-04-18"),
      ("SUCCESSOR_OF", AUSTIN, ODI, "replaced Odierno as commander", "2010-09-01"),
      ("WITHDREW_FROM", US, "country:iraq", "the last US troops withdrew", "2011-12"),
      ],
     {"source": "blind set (research centre briefing)", "published": "2012-01-15"}),

    ("arFQ6_is_spokesmen_2016_2023", "ar",
     "موجز بحثي | الناطقون باسم تنظيم الدولة الإسلامية 2016-2023\n"
     "- أبو محمد العدناني: الناطق الرسمي باسم التنظيم، قُتل في آب/أغسطس 2016 قرب مدينة الباب؛ وقالت "
     "وزارة الدفاع الأميركية إن غارة أميركية قتلته، فيما أكدت وزارة الدفاع الروسية أن طائرة روسية قتلته.\n"
     "- أبو الحسن المهاجر: عُيّن ناطقاً خلفاً للعدناني في كانون الأول/ديسمبر 2016، وقُتل في تشرين "
     "الأول/أكتوبر 2019 بغارة أميركية قرب جرابلس.\n"
     "- أبو حمزة القرشي: خلف المهاجر في تشرين الأول/أكتوبر 2019، وأعلن التنظيم لاحقاً مقتله من دون أن "
     "يحدد الجهة التي قتلته.\n"
     "- أبو عمر المهاجر: تولى المنصب في آذار/مارس 2022 خلفاً لأبي حمزة القرشي.\n"
     "- أبو حذيفة الأنصاري: أعلن في تسجيل صوتي في آب/أغسطس 2023 تعيين أبي حفص الهاشمي القرشي خلفاً "
     "لأبي الحسين الحسيني القرشي، متهماً هيئة تحرير الشام بقتل الأخير، وهو ما نفته الهيئة.\n"
     "ملاحظة: لم يتضح إن كان أبو حذيفة قد خلف أبا عمر المهاجر أم يشاركه المهمة.",
     [("MEMBER_OF", ADN, IS, "الناطق الرسمي باسم التنظيم"),
      ("ASSASSINATED_BY", ADN, US, "إن غارة أميركية قتلته", "2016-08"),
      ("ASSASSINATED_BY", ADN, "country:russia", "أن طائرة روسية قتلته", "2016-08"),
      ("SUCCESSOR_OF", HMUH, ADN, "خلفاً للعدناني", "2016-12"),
      ("ASSASSINATED_BY", HMUH, US, "بغارة أميركية قرب جرابلس", "2019-10"),
      ("SUCCESSOR_OF", AHQ, HMUH, "خلف المهاجر في", "2019-10"),
      ("SUCCESSOR_OF", AOM, AHQ, "خلفاً لأبي حمزة القرشي", "2022-03"),
      ("SUCCESSOR_OF", AHAFS, AHUS, "لأبي الحسين الحسيني", "2023-08"),
      ],
     {"source": "blind set (research centre briefing)", "published": "2023-10-01"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setFQ")
