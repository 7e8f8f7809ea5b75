"""Blind set FP: Islamic State leaderships and the campaign against them, as covered by a pan-Arab
daily (formal Arabic, "أعلن التنظيم في تسجيل صوتي"; English pieces as its English edition): Abu
Ibrahim al-Hashimi al-Qurashi killed in Atmeh and Abu al-Hasan named (Feb-Mar 2022); Abu al-Hasan's
death "in battle" announced, CENTCOM naming the Free Syrian Army (Nov 2022); Erdogan's claim that MIT
killed Abu al-Hussein in Jindires, the group blaming HTS, Abu Hafs appointed (Apr-Aug 2023); McGurk
received by Abadi with Shaghati after Mosul (Sept 2017); Masrour Barzani and Lahur Sheikh Jangi
receiving McGurk before the Mosul offensive (Oct 2016); Abu Hamza al-Muhajir's pledge to Abu Omar
al-Baghdadi and Maliki's meeting with Khalilzad and Casey (Nov 2006).
Negatives: a killing "in battle" with no agent, an accusation denied by HTS, a claimed arrest denied
by the group, a planned meeting (McGurk-Masoud Barzani, Barzani-Abadi), a phone call, an audio whose
authenticity is unconfirmed.
Spellings: ISIS / «داعش», Abu al-Hasan / أبو الحسن, Lahur Sheikh Jangi Talabany, Masrour Barzani.
Written and annotated blind (extractor neither read nor run).
A DEV set (session 19, round 2): written blind, then read by the engineers. Run:
    python tests/data/extract_test_fp/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_fq import ALL  # noqa: E402

HERE = Path(__file__).parent

US, IQG = "country:united-states", "organization:iraqi-government"
IS, ISI, AQI = "organization:islamic-state", "organization:islamic-state-of-iraq", "organization:al-qaeda-in-iraq"
SDF, FSA, MIT = ("organization:syrian-democratic-forces", "organization:free-syrian-army",
                 "organization:turkish-national-intelligence-organization")
CTS, KRSC, CTG = ("organization:counter-terrorism-service", "organization:kurdistan-region-security-council",
                  "organization:kurdistan-counter-terrorism-group")
MNFI = "organization:multi-national-force-iraq"
ABB, ABI, AHASAN, AHUS, AHAFS = ("person:abu-bakr-al-baghdadi", "person:abu-ibrahim-al-hashimi-al-qurashi",
                                 "person:abu-al-hasan-al-hashimi-al-qurashi",
                                 "person:abu-al-hussein-al-husseini-al-qurashi",
                                 "person:abu-hafs-al-hashimi-al-qurashi")
AOM, AHQ = "person:abu-omar-al-muhajir", "person:abu-hamza-al-qurashi"
BIDEN, MAZ, ERD, SUD = ("person:joe-biden", "person:mazloum-abdi", "person:recep-tayyip-erdogan",
                        "person:mohammed-shia-al-sudani")
FIDAN, KALIN = "person:hakan-fidan", "person:ibrahim-kalin"
ABADI, MCG, SHAG, MAL = ("person:haider-al-abadi", "person:brett-mcgurk", "person:talib-shaghati",
                         "person:nouri-al-maliki")
MBAR, MASR, LAHUR = "person:masoud-barzani", "person:masrour-barzani", "person:lahur-sheikh-jangi"
MASRI, AOB, ZARQ = "person:abu-ayyub-al-masri", "person:abu-omar-al-baghdadi", "person:abu-musab-al-zarqawi"
KHAL, CASEY = "person:zalmay-khalilzad", "person:george-casey"

ARTICLES = [
    ("enFP1_abu_ibrahim_atmeh_raid", "en",
     "Atmeh - Abu Ibrahim al-Hashimi al-Qurashi, the leader of ISIS, was killed during a raid by US "
     "special forces on his three-storey hideout in the town of Atmeh in Idlib province at dawn on "
     "Thursday, US President Joe Biden announced, adding that the militant had detonated a bomb that "
     "also killed members of his family.\n"
     "Local rescuers said 13 people died, among them six children; it remained unclear who shot a man "
     "found dead at the building's entrance.\n"
     "Mazloum Abdi, commander of the Kurdish-led Syrian Democratic Forces, said his fighters had provided "
     "intelligence to the Americans for months.\n"
     "Al-Qurashi had taken over the group after Abu Bakr al-Baghdadi was killed in a US raid in Barisha, "
     "less than 15 kilometres away, in October 2019.\n"
     "In an audio recording released on March 10, the group's new spokesman, Abu Omar al-Muhajir, "
     "announced that Abu al-Hasan al-Hashimi al-Qurashi had been chosen as the new \"caliph\" in "
     "succession to Abu Ibrahim, and said that Abu Hamza al-Qurashi, his predecessor as spokesman, had "
     "also been killed.",
     [("LEADS", ABI, IS, "the leader of ISIS"),
      ("ASSASSINATED_BY", ABI, US, "was killed during a raid by US", "2022-02-03"),
      ("LOCATED_IN", "location:atmeh", "location:idlib-province", "the town of Atmeh in Idlib"),
      ("LEADS", BIDEN, US, "US President Joe Biden announced"),
      ("LEADS", MAZ, SDF, "commander of the Kurdish-led"),
      ("SUPPORTS", SDF, US, "intelligence to the Americans"),
      ("SUCCESSOR_OF", ABI, ABB, "had taken over the group after", "2019-10"),
      ("ASSASSINATED_BY", ABB, US, "was killed in a US raid in Barisha", "2019-10"),
      ("MEMBER_OF", AOM, IS, "the group's new spokesman"),
      ("SUCCESSOR_OF", AHASAN, ABI, "succession to Abu Ibrahim", "2022-03-10"),
      ("SUCCESSOR_OF", AOM, AHQ, "his predecessor as spokesman", "2022-03-10"),
      ],
     {"source": "blind set (pan-Arab daily-style, English edition)", "published": "2022-03-11"}),

    ("arFP2_abu_al_hasan_killed_daraa", "ar",
     "لندن: أعلن تنظيم «داعش» في تسجيل صوتي بثّه مساء الأربعاء مقتل زعيمه أبي الحسن الهاشمي القرشي «في "
     "المعارك مع أعداء الله»، من دون أن يحدد مكان مقتله أو تاريخه.\n"
     "وقال المتحدث باسم التنظيم أبو عمر المهاجر في التسجيل إن «مجلس الشورى» بايع أبا الحسين الحسيني "
     "القرشي أميراً جديداً للتنظيم خلفاً لأبي الحسن.\n"
     "من جهتها، أكدت القيادة المركزية الأميركية أن الزعيم القتيل لقي حتفه في منتصف تشرين الأول (أكتوبر) "
     "في عملية نفذها «الجيش السوري الحر» في محافظة درعا جنوب سوريا.\n"
     "وكان أبو الحسن قد تولى قيادة التنظيم في آذار (مارس) الماضي بعد مقتل سلفه أبي إبراهيم الهاشمي "
     "القرشي في غارة أميركية على بلدة أطمة بريف إدلب.\n"
     "واتهمت حسابات مقربة من التنظيم «هيئة تحرير الشام» بتسريب معلومات عن تحركاته، وهو ما نفته الهيئة في "
     "بيان مقتضب.",
     [("LEADS", AHASAN, IS, "مقتل زعيمه أبي الحسن"),
      ("ASSASSINATED_BY", AHASAN, FSA, "في عملية نفذها", "2022-10"),
      ("LOCATED_IN", "location:daraa-province", "country:syria", "في محافظة درعا جنوب سوريا"),
      ("MEMBER_OF", AOM, IS, "وقال المتحدث باسم التنظيم"),
      ("SUCCESSOR_OF", AHUS, AHASAN, "خلفاً لأبي الحسن", "2022-11-30"),
      ("LEADS", AHUS, IS, "أميراً جديداً للتنظيم"),
      ("SUCCESSOR_OF", AHASAN, ABI, "بعد مقتل سلفه", "2022-03"),
      ("ASSASSINATED_BY", ABI, US, "في غارة أميركية على بلدة", "2022-02-03"),
      ("LOCATED_IN", "location:atmeh", "location:idlib-province", "أطمة بريف إدلب"),
      ],
     {"source": "blind set (pan-Arab daily-style)", "published": "2022-12-01"}),

    ("enFP3_erdogan_mit_jindires", "en",
     "Ankara - Turkish President Recep Tayyip Erdogan said on Sunday that the National Intelligence "
     "Organisation (MIT) had \"neutralised\" the suspected ISIS leader, Abu al-Hussein al-Husseini "
     "al-Qurashi, in an operation in Syria.\n"
     "Local sources said Turkish forces surrounded a farmhouse in Jindires, in northern Syria, on "
     "Saturday night.\n"
     "The agency was then headed by Hakan Fidan; Ibrahim Kalin replaced him at its helm in June, after "
     "Fidan became foreign minister.\n"
     "ISIS did not comment at the time. In August, the group announced in an audio recording that Abu "
     "al-Hussein had died in clashes with Hayat Tahrir al-Sham in Idlib, and that Abu Hafs al-Hashimi "
     "al-Qurashi had been appointed in his place. HTS denied any role.\n"
     "Erdogan had met Iraqi Prime Minister Mohammed Shia al-Sudani in Ankara in March, when the two "
     "discussed security on the border.",
     [("LEADS", ERD, "country:turkey", "Turkish President Recep"),
      ("ASSASSINATED_BY", AHUS, MIT, "had \"neutralised\"", "2023-04-29"),
      ("LEADS", AHUS, IS, "the suspected ISIS leader"),
      ("LOCATED_IN", "location:jindires", "country:syria", "in Jindires, in northern Syria"),
      ("LEADS", FIDAN, MIT, "The agency was then headed by"),
      ("SUCCESSOR_OF", KALIN, FIDAN, "Ibrahim Kalin replaced him", "2023-06"),
      ("SUCCESSOR_OF", AHAFS, AHUS, "had been appointed in his place", "2023-08"),
      ("MET_WITH", ERD, SUD, "Erdogan had met Iraqi Prime Minister", "2023-03"),
      ("LEADS", SUD, IQG, "Prime Minister Mohammed Shia"),
      ("VISITED", SUD, "location:ankara", "al-Sudani in Ankara in March", "2023-03"),
      ],
     {"source": "blind set (pan-Arab daily-style, English edition)", "published": "2023-08-05"}),

    ("arFP4_abadi_mcgurk_after_mosul", "ar",
     "بغداد: استقبل رئيس الوزراء العراقي حيدر العبادي في مكتبه ببغداد أمس المبعوث الرئاسي الأميركي "
     "للتحالف الدولي ضد «داعش» بريت ماكغورك، وبحثا مرحلة ما بعد استعادة الموصل، وفق بيان لمكتب العبادي.\n"
     "وحضر اللقاء رئيس جهاز مكافحة الإرهاب الفريق أول ركن طالب شغاتي، الذي قادت قواته معارك الجانب "
     "الأيمن من المدينة.\n"
     "وكان العبادي قد زار الموصل في العاشر من تموز (يوليو) معلناً «النصر» على التنظيم، بعد ثلاث سنوات من "
     "ظهور زعيمه أبي بكر البغدادي على منبر جامع النوري الكبير فيها.\n"
     "وفي سياق متصل، أعلن التنظيم في تسجيل صوتي نُسب إلى البغدادي أن «الخلافة باقية»، فيما لم تؤكد "
     "الاستخبارات الأميركية صحة التسجيل.\n"
     "وكان العبادي قد تسلّم رئاسة الحكومة في أيلول (سبتمبر) 2014 خلفاً لنوري المالكي، بعد أشهر من سقوط "
     "الموصل.\n"
     "وأشار المصدر إلى أن ماكغورك سيتوجه إلى أربيل للقاء رئيس الإقليم مسعود بارزاني، في ظل التوتر الذي "
     "أعقب الاستفتاء.",
     [("MET_WITH", ABADI, MCG, "استقبل رئيس الوزراء العراقي", "2017-09-29"),
      ("LEADS", ABADI, IQG, "رئيس الوزراء العراقي حيدر"),
      ("MET_WITH", SHAG, ABADI, "وحضر اللقاء", "2017-09-29"),
      ("MET_WITH", SHAG, MCG, "الفريق أول ركن طالب شغاتي", "2017-09-29"),
      ("LEADS", SHAG, CTS, "رئيس جهاز مكافحة الإرهاب"),
      ("VISITED", ABADI, "location:mosul", "قد زار الموصل", "2017-07-10"),
      ("LEADS", ABB, IS, "زعيمه أبي بكر"),
      ("VISITED", ABB, "location:mosul", "على منبر جامع النوري", "2014-07"),
      ("SUCCESSOR_OF", ABADI, MAL, "خلفاً لنوري المالكي", "2014-09"),
      ("LEADS", MBAR, "organization:kurdistan-region-presidency", "رئيس الإقليم مسعود"),
      ],
     {"source": "blind set (pan-Arab daily-style)", "published": "2017-09-30"}),

    ("enFP5_mcgurk_erbil_sulaymaniyah", "en",
     "Erbil - Kurdistan Region Security Council chancellor Masrour Barzani received US envoy Brett "
     "McGurk in Erbil on Sunday, on the eve of the offensive to retake Mosul, a statement from the "
     "council said.\n"
     "The two discussed coordination between the Peshmerga and Iraqi forces and the routes to be opened "
     "for civilians fleeing the city.\n"
     "McGurk later travelled to Sulaymaniyah, where he held talks with Lahur Sheikh Jangi Talabany, the "
     "head of the Counter Terrorism Group (CTG) and a senior figure in the Patriotic Union of "
     "Kurdistan, whose units have worked with US special forces.\n"
     "Iraqi Prime Minister Haider al-Abadi discussed the operation by telephone with Kurdistan Region "
     "President Masoud Barzani, his office said; a meeting between the two, expected this week, has not "
     "been scheduled.",
     [("LEADS", MASR, KRSC, "Security Council chancellor Masrour"),
      ("MET_WITH", MASR, MCG, "received US envoy Brett", "2016-10-16"),
      ("VISITED", MCG, "location:erbil", "McGurk in Erbil on Sunday", "2016-10-16"),
      ("VISITED", MCG, "location:sulaymaniyah", "later travelled to Sulaymaniyah", "2016-10"),
      ("MET_WITH", MCG, LAHUR, "where he held talks with", "2016-10"),
      ("LEADS", LAHUR, CTG, "head of the Counter Terrorism Group"),
      ("MEMBER_OF", LAHUR, "organization:patriotic-union-of-kurdistan", "a senior figure in the Patriotic"),
      ("LEADS", ABADI, IQG, "Iraqi Prime Minister Haider"),
      ("LEADS", MBAR, "organization:kurdistan-region-presidency", "President Masoud Barzani"),
      ],
     {"source": "blind set (pan-Arab daily-style, English edition)", "published": "2016-10-17"}),

    ("arFP6_muhajir_pledge_abu_omar", "ar",
     "بغداد: أعلن أبو حمزة المهاجر، زعيم تنظيم القاعدة في بلاد الرافدين، في تسجيل صوتي بُثّ على مواقع "
     "إسلامية أمس، مبايعة أبي عمر البغدادي «أميراً للمؤمنين» في «دولة العراق الإسلامية» التي أُعلن قيامها "
     "الشهر الماضي.\n"
     "وكان المهاجر، وهو مصري الجنسية، قد اختير زعيماً للتنظيم في حزيران (يونيو) الماضي خلفاً لأبي مصعب "
     "الزرقاوي، الذي قُتل بغارة جوية أميركية قرب بعقوبة.\n"
     "وكانت وزارة الداخلية العراقية قد أعلنت قبل أيام اعتقال البغدادي، قبل أن ينفي التنظيم ذلك في بيان.\n"
     "إلى ذلك، استقبل رئيس الوزراء نوري المالكي في بغداد أمس السفير الأميركي زلماي خليل زاد وقائد القوات "
     "المتعددة الجنسيات الجنرال جورج كيسي، وبحث معهم خطة أمن العاصمة.\n"
     "وعُثر أمس على جثة إمام مسجد في حي الأعظمية، ولم تتبنَّ أي جهة قتله.",
     [("LEADS", MASRI, AQI, "زعيم تنظيم القاعدة في بلاد"),
      ("SUPPORTS", MASRI, AOB, "مبايعة أبي عمر"),
      ("LEADS", AOB, ISI, "«أميراً للمؤمنين» في"),
      ("SUCCESSOR_OF", MASRI, ZARQ, "خلفاً لأبي مصعب", "2006-06"),
      ("ASSASSINATED_BY", ZARQ, US, "بغارة جوية أميركية", "2006-06-07"),
      ("LEADS", MAL, IQG, "رئيس الوزراء نوري المالكي"),
      ("MET_WITH", MAL, KHAL, "استقبل رئيس الوزراء", "2006-11-09"),
      ("MET_WITH", MAL, CASEY, "الجنرال جورج كيسي", "2006-11-09"),
      ("MET_WITH", KHAL, CASEY, "وبحث معهم خطة", "2006-11-09"),
      ("LEADS", CASEY, MNFI, "وقائد القوات"),
      ],
     {"source": "blind set (pan-Arab daily-style)", "published": "2006-11-10"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setFP")
