"""Blind set GK: Central Asian successions and the Turkish, Iranian and Russian presence in the
Caucasus, 2018-2025, as the regional press writes them: Tokayev, Nazarbayev's successor, takes the
Security Council and replaces the KNB chief in January 2022 (English); Mirziyoyev's state visit to
Dushanbe and his succession to Karimov (Arabic); Erdogan with Aliyev in Shusha, June 2021
(English); Pezeshkian in Baku, April 2025, with the Raisi-Aliyev dam meeting and the crash behind
it (Arabic); Putin in Chechnya with Kadyrov and Alaudinov, August 2024 (English); Rahmon at the
Astana summit, his son's succession in the Senate and an unclaimed killing in Khorog (Arabic).
Style: regional press with long honorific titles ("President of the Republic of Türkiye",
"فخامة رئيس جمهورية ..."), Arabic with clitics (وبـ، لـ، فـ، بالرئيس), descriptions ("the Head of
State", "the Kazakh leader", "المسؤول الإيراني"); phone calls, a video summit, a "likely successor",
a meeting not ruled out, an unclaimed killing blamed by activists and denied.
Spellings: Aliyev / علييف, Mirziyoyev / ميرضيائيف / ميرزياييف, Rahmon / رحمان, Tokayev / توكاييف,
Kadyrov, Cavusoglu, بزشكيان, عراقجي.
Written and annotated blind (extractor neither read nor run).
A DEV set (session 20): written blind, then read by the engineers. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_gl2 import ALL  # noqa: E402

HERE = Path(__file__).parent

AZ, RU, TR, IRAN = "country:azerbaijan", "country:russia", "country:turkey", "country:iran"
KZ, UZ, TJ = "country:kazakhstan", "country:uzbekistan", "country:tajikistan"
ARMGOV, AZFM = "organization:armenian-government", "organization:azerbaijani-foreign-ministry"
ALI, PASH, PUT, ERD = ("person:ilham-aliyev", "person:nikol-pashinyan", "person:vladimir-putin",
                       "person:recep-tayyip-erdogan")
TOK, NAZ, MASS, SAGIM = ("person:kassym-jomart-tokayev", "person:nursultan-nazarbayev",
                         "person:karim-massimov", "person:yermek-sagimbayev")
MIRZ, KAR, YUL, RAH = ("person:shavkat-mirziyoyev", "person:islam-karimov", "person:nigmatilla-yuldashev",
                       "person:emomali-rahmon")
RUST, UBAY = "person:rustam-emomali", "person:mahmadsaid-ubaydulloyev"
BAY, CAV = "person:jeyhun-bayramov", "person:mevlut-cavusoglu"
PEZ, ARA, RAISI, HAA = ("person:masoud-pezeshkian", "person:abbas-araghchi", "person:ebrahim-raisi",
                        "person:hossein-amir-abdollahian")
KAD, ADAM, ALAUD, PESK = ("person:ramzan-kadyrov", "person:adam-kadyrov", "person:apti-alaudinov",
                          "person:dmitry-peskov")
CHE = "location:chechnya"

ARTICLES = [
    ("enGK1_tokayev_security_council_knb", "en",
     "ASTANA - Kazakhstan's President Kassym-Jomart Tokayev, who took over the presidency from the "
     "country's founding leader Nursultan Nazarbayev in March 2019, on Wednesday also replaced him as "
     "chairman of the powerful Security Council, as protests that began over fuel prices turned "
     "violent in Almaty.\n"
     "On the same day the Head of State dismissed Karim Massimov, chairman of the National Security "
     "Committee (KNB), and appointed his first deputy Yermek Sagimbayev in his place. Massimov was "
     "detained days later on suspicion of high treason.\n"
     "At Mr Tokayev's request, the Collective Security Treaty Organization, chaired at the time by "
     "Armenia's Prime Minister Nikol Pashinyan, sent some 2,000 peacekeepers, most of them Russian.\n"
     "The contingent completed its withdrawal from Kazakhstan on January 19.\n"
     "Russian President Vladimir Putin and the Kazakh leader discussed the situation in several "
     "telephone conversations, and Mr Tokayev later told a CSTO video summit that the unrest had been "
     "\"an attempted coup d'état\".",
     [("SUCCESSOR_OF", TOK, NAZ, "took over the presidency from", "2019-03-20"),
      ("LEADS", TOK, KZ, "Kazakhstan's President Kassym-Jomart"),
      ("LEADS", TOK, "organization:kazakh-security-council", "chairman of the powerful Security Council"),
      ("LEADS", MASS, "organization:kazakh-knb", "chairman of the National Security"),
      ("SUCCESSOR_OF", SAGIM, MASS, "appointed his first deputy", "2022-01-05"),
      ("LEADS", SAGIM, "organization:kazakh-knb", "Yermek Sagimbayev in his place"),
      ("LEADS", PASH, "organization:csto", "chaired at the time by"),
      ("LEADS", PASH, ARMGOV, "Armenia's Prime Minister Nikol"),
      ("WITHDREW_FROM", "organization:csto", KZ, "completed its withdrawal from Kazakhstan", "2022-01-19"),
      ("LEADS", PUT, RU, "Russian President Vladimir"),
      ],
     {"source": "blind set (regional press, English)", "published": "2022-01-20"}),

    ("arGK2_mirziyoyev_dushanbe_visit", "ar",
     "دوشنبه - وصل فخامة رئيس جمهورية أوزبكستان شوكت ميرضيائيف إلى العاصمة الطاجيكية دوشنبه في زيارة "
     "دولة تستغرق يومين، هي الأولى لزعيم أوزبكي منذ قرابة عقدين، وكان في استقباله بالمطار فخامة رئيس "
     "جمهورية طاجيكستان إمام علي رحمان.\n"
     "وعقد الزعيمان محادثات مغلقة في قصر الأمة، تلتها جلسة موسعة بحضور الوفدين، وُقّعت في ختامها "
     "اتفاقيات لإلغاء التأشيرات وترسيم أجزاء من الحدود.\n"
     "وكان ميرضيائيف، الذي شغل رئاسة الحكومة ثلاثة عشر عاماً، قد انتُخب رئيساً في ديسمبر 2016 خلفاً "
     "للرئيس الراحل إسلام كريموف، بعدما تنازل رئيس مجلس الشيوخ نعمة الله يولداشيف عن حقه الدستوري في "
     "تولي المنصب مؤقتاً.\n"
     "وبالمقابل يُنظر إلى نجل الرئيس الطاجيكي، رئيس بلدية دوشنبه رستم إمام علي، على أنه الخليفة المرجّح "
     "لوالده.\n"
     "وأجرى رحمان مساءً اتصالاً هاتفياً بالرئيس الكازاخستاني نور سلطان نزارباييف لإطلاعه على نتائج "
     "الزيارة.",
     [("VISITED", MIRZ, "location:dushanbe", "إلى العاصمة الطاجيكية دوشنبه", "2018-03-09"),
      ("LOCATED_IN", "location:dushanbe", TJ, "إلى العاصمة الطاجيكية دوشنبه"),
      ("LEADS", MIRZ, UZ, "رئيس جمهورية أوزبكستان شوكت"),
      ("MET_WITH", MIRZ, RAH, "وكان في استقباله بالمطار", "2018-03-09"),
      ("LEADS", RAH, TJ, "جمهورية طاجيكستان إمام علي"),
      ("SUCCESSOR_OF", MIRZ, KAR, "خلفاً للرئيس الراحل", "2016-12"),
      ("LEADS", YUL, "organization:uzbek-senate", "رئيس مجلس الشيوخ نعمة"),
      ("LEADS", RUST, "location:dushanbe", "رئيس بلدية دوشنبه"),
      ("LEADS", NAZ, KZ, "بالرئيس الكازاخستاني نور"),
      ],
     {"source": "blind set (regional press, Arabic)", "published": "2018-03-09"}),

    ("enGK3_erdogan_aliyev_shusha", "en",
     "SHUSHA - President of the Republic of Türkiye Recep Tayyip Erdogan arrived in Shusha on June 15 "
     "at the invitation of President of the Republic of Azerbaijan Ilham Aliyev, becoming the first "
     "foreign head of state to visit the city since its liberation in November 2020.\n"
     "The two heads of state held a one-on-one meeting, after which they signed the Shusha Declaration "
     "on allied relations between the two brotherly countries.\n"
     "Minister of Foreign Affairs Jeyhun Bayramov and his Turkish counterpart Mevlut Cavusoglu also held "
     "talks in the city, APA reported.\n"
     "The Azerbaijani leader said that Turkey's political and moral support during the 44-day war would "
     "never be forgotten.\n"
     "Speaking to journalists on the plane home, Erdogan did not rule out a future meeting with "
     "Armenia's acting Prime Minister Nikol Pashinyan, but said Yerevan must \"take the outstretched "
     "hand\".",
     [("VISITED", ERD, "location:shusha", "arrived in Shusha on June 15", "2021-06-15"),
      ("LEADS", ERD, TR, "President of the Republic of Türkiye"),
      ("LEADS", ALI, AZ, "President of the Republic of Azerbaijan Ilham"),
      ("MET_WITH", ERD, ALI, "held a one-on-one meeting", "2021-06-15"),
      ("MET_WITH", BAY, CAV, "also held talks in the city", "2021-06-15"),
      ("VISITED", CAV, "location:shusha", "also held talks in the city", "2021-06-15"),
      ("LEADS", BAY, AZFM, "Minister of Foreign Affairs Jeyhun"),
      ("LEADS", CAV, "organization:turkish-foreign-ministry", "his Turkish counterpart Mevlut"),
      ("REPORTED_BY", BAY, "outlet:apa", "APA reported"),
      ("SUPPORTS", TR, AZ, "Turkey's political and moral support"),
      ("LEADS", PASH, ARMGOV, "acting Prime Minister Nikol"),
      ],
     {"source": "blind set (regional press, English)", "published": "2021-06-16"}),

    ("arGK4_pezeshkian_baku_visit", "ar",
     "باكو - وصل فخامة رئيس الجمهورية الإسلامية الإيرانية الدكتور مسعود بزشكيان إلى العاصمة "
     "الأذربيجانية باكو في زيارة دولة، حيث أقام له نظيره الأذربيجاني إلهام علييف مراسم استقبال رسمية "
     "قبل أن يعقدا جلسة مباحثات ثنائية.\n"
     "وبالتوازي، التقى وزيرُ الخارجية عباس عراقجي نظيرَه الأذربيجاني جيهون بيراموف، وبحثا مشروع ممر "
     "\"آراز\" الذي يربط البر الأذربيجاني بإقليم نخجوان عبر الأراضي الإيرانية.\n"
     "وتأتي الزيارة بعد نحو عام من لقاء الرئيس الراحل إبراهيم رئيسي بعلييف عند سد قيز قلعة سي على "
     "نهر آراس، وهو اللقاء الذي تحطمت بعده مروحية رئيسي في طريق عودته، فقُتل ومعه وزير الخارجية حسين "
     "أمير عبداللهيان، دون أن تُحمّل السلطات أي جهة المسؤولية.\n"
     "وكان بزشكيان قد انتُخب في يوليو 2024 خلفاً لرئيسي، فيما خلف عراقجي أميرَ عبداللهيان في الخارجية.\n"
     "وأشارت وكالة إرنا إلى أن الرئيس الإيراني أجرى قبيل مغادرته طهران اتصالاً هاتفياً برئيس الوزراء "
     "الأرميني نيكول باشينيان.",
     [("VISITED", PEZ, "location:baku", "إلى العاصمة الأذربيجانية باكو", "2025-04-28"),
      ("LEADS", PEZ, IRAN, "رئيس الجمهورية الإسلامية الإيرانية"),
      ("MET_WITH", PEZ, ALI, "حيث أقام له نظيره", "2025-04-28"),
      ("LEADS", ALI, AZ, "نظيره الأذربيجاني إلهام"),
      ("MET_WITH", ARA, BAY, "التقى وزيرُ الخارجية عباس", "2025-04-28"),
      ("LEADS", ARA, "organization:iranian-foreign-ministry", "وزيرُ الخارجية عباس"),
      ("LEADS", BAY, AZFM, "نظيرَه الأذربيجاني جيهون"),
      ("MET_WITH", RAISI, ALI, "من لقاء الرئيس الراحل", "2024-05-19"),
      ("VISITED", RAISI, "location:qiz-qalasi-dam", "عند سد قيز قلعة سي", "2024-05-19"),
      ("SUCCESSOR_OF", PEZ, RAISI, "قد انتُخب في يوليو 2024 خلفاً", "2024-07"),
      ("SUCCESSOR_OF", ARA, HAA, "فيما خلف عراقجي", "2024-08"),
      ("REPORTED_BY", PEZ, "outlet:irna", "وأشارت وكالة إرنا"),
      ("LEADS", PASH, ARMGOV, "برئيس الوزراء"),
      ],
     {"source": "blind set (regional press, Arabic)", "published": "2025-04-28"}),

    ("enGK5_putin_grozny_kadyrov", "en",
     "GROZNY - President of the Russian Federation Vladimir Putin arrived in the Chechen Republic on "
     "Tuesday on his first visit to the region in thirteen years and was met at the airport by the Head "
     "of the Chechen Republic, Hero of Russia Ramzan Kadyrov.\n"
     "In Grozny the head of state laid flowers at the grave of Akhmat-Hadji Kadyrov, the republic's "
     "first president, killed in a 2004 stadium bombing, and held talks with his son.\n"
     "The two men then travelled to Gudermes, where they toured the Russian University of Special "
     "Forces and met volunteers bound for the special military operation, together with Major General "
     "Apti Alaudinov, commander of the Akhmat special forces.\n"
     "Putin's spokesman Dmitry Peskov dismissed reports about the Chechen leader's health as "
     "\"speculation\".\n"
     "Kadyrov's teenage son Adam, who heads his father's security service, has been described by some "
     "observers as a possible successor.",
     [("VISITED", PUT, CHE, "arrived in the Chechen Republic", "2024-08-20"),
      ("LEADS", PUT, RU, "President of the Russian Federation Vladimir"),
      ("MET_WITH", PUT, KAD, "was met at the airport", "2024-08-20"),
      ("LEADS", KAD, CHE, "Head of the Chechen Republic"),
      ("VISITED", PUT, "location:grozny", "In Grozny the head of state", "2024-08-20"),
      ("VISITED", PUT, "location:gudermes", "travelled to Gudermes", "2024-08-20"),
      ("VISITED", KAD, "location:gudermes", "travelled to Gudermes", "2024-08-20"),
      ("MET_WITH", PUT, ALAUD, "together with Major General", "2024-08-20"),
      ("MET_WITH", KAD, ALAUD, "together with Major General", "2024-08-20"),
      ("LEADS", ALAUD, "organization:akhmat-special-forces", "commander of the Akhmat special forces"),
      ("MEMBER_OF", PESK, "organization:kremlin", "Putin's spokesman Dmitry"),
      ("LEADS", ADAM, "organization:kadyrov-security-service", "who heads his father's security service"),
      ],
     {"source": "blind set (regional press, English)", "published": "2024-08-21"}),

    ("arGK6_rahmon_astana_summit", "ar",
     "أستانا - شارك فخامة رئيس جمهورية طاجيكستان، زعيم الأمة إمام علي رحمان، في أول قمة تجمع روسيا ودول "
     "آسيا الوسطى، استضافها فخامة رئيس جمهورية كازاخستان قاسم جومارت توكاييف في العاصمة أستانا بحضور "
     "الرئيس الروسي فلاديمير بوتين.\n"
     "وفي كلمة لافتة أمام القمة، طالب رحمان موسكو بـ\"احترام\" الدول الصغيرة، وقال لبوتين إن بلاده لا "
     "تريد أن تُعامل \"كما في عهد الاتحاد السوفياتي\".\n"
     "وعلى الصعيد الداخلي، كان البرلمان الطاجيكي قد انتخب في أبريل 2020 نجلَ الرئيس رستم إمام علي "
     "رئيساً لمجلس الشيوخ خلفاً لمحمد سعيد عبيد اللاييف، الذي كان رستم قد خلفه أيضاً في رئاسة بلدية "
     "دوشنبه عام 2017.\n"
     "وفي مايو الماضي، قُتل القائد الميداني السابق مامادباقر مامادباقروف في مدينة خاروغ بإقليم بدخشان "
     "الجبلي، ولم تعلن أي جهة مسؤوليتها عن مقتله، فيما اتهم ناشطون قوات الأمن، وهو ما نفته دوشنبه.\n"
     "ولم يُعقد لقاء ثنائي بين رحمان والرئيس الأوزبكي شوكت ميرزياييف على هامش القمة، واكتفى الزعيمان "
     "باتصال هاتفي لاحق.",
     [("MET_WITH", RAH, TOK, "استضافها فخامة رئيس", "2022-10-14"),
      ("MET_WITH", RAH, PUT, "بحضور الرئيس الروسي", "2022-10-14"),
      ("MET_WITH", TOK, PUT, "في العاصمة أستانا بحضور", "2022-10-14"),
      ("VISITED", RAH, "location:astana", "في العاصمة أستانا", "2022-10-14"),
      ("VISITED", PUT, "location:astana", "في العاصمة أستانا", "2022-10-14"),
      ("LEADS", RAH, TJ, "رئيس جمهورية طاجيكستان، زعيم"),
      ("LEADS", TOK, KZ, "رئيس جمهورية كازاخستان قاسم"),
      ("LEADS", PUT, RU, "الرئيس الروسي فلاديمير"),
      ("SUCCESSOR_OF", RUST, UBAY, "خلفاً لمحمد سعيد", "2020-04"),
      ("LEADS", RUST, "organization:tajik-senate", "رئيساً لمجلس الشيوخ خلفاً"),
      ("LOCATED_IN", "location:khorog", "location:gorno-badakhshan", "في مدينة خاروغ بإقليم"),
      ("LEADS", MIRZ, UZ, "والرئيس الأوزبكي شوكت"),
      ],
     {"source": "blind set (regional press, Arabic)", "published": "2022-10-15"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setGK")
