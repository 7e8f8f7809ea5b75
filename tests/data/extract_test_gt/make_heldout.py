"""Blind set GT: South and Southeast Asia 2021-2025 in feature style: ASEAN's envoys and Myanmar's
junta chief Min Aung Hlaing, 2021-2025 (English); Sri Lanka from Gotabaya Rajapaksa's fall to Anura
Kumara Dissanayake (Arabic); Tetsuya Yamagami's trial for the killing of Shinzo Abe (English);
Bangladesh after Sheikh Hasina, 2024-2025 (Arabic); Rodrigo Duterte's arrest and Ferdinand Marcos
Jr. (English); Thailand's prime ministers and the leaked Hun Sen call, 2024-2025 (Arabic).
Style: features with scene-setting openings, retrospective narration, descriptions ("the junta
chief", "the general", "الرئيس الجديد", "ابنة رئيس الوزراء الأسبق"), titles before names.
Excluded on purpose: a cancelled envoy trip and a refused meeting with Aung San Suu Kyi, a leaked
phone call, a congratulatory call, a candidate who lost, a meeting that "never took place", a
threat to kill with no killing, a court appearance by video link, mutual accusations over border
clashes, Hasina's denial, the church's denial.
Spellings: Shinzō Abe, Rodrigo Roa Duterte, Marcos Jr., ويكريميسينغه, الشيخة حسينة واجد,
باتونغتارن شيناواترا.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_gu import ALL  # noqa: E402

HERE = Path(__file__).parent

MAH, ERYWAN, PRAK, HUNSEN, ALOUNKEO, ANWAR = (
    "person:min-aung-hlaing", "person:erywan-yusof", "person:prak-sokhonn", "person:hun-sen",
    "person:alounkeo-kittikhoun", "person:anwar-ibrahim")
JUNTA, BRUFM, CAMFM, CAMGOV = ("organization:myanmar-junta", "organization:brunei-foreign-ministry",
                               "organization:cambodian-foreign-ministry", "organization:cambodian-government")
BKK, MYS = "location:bangkok", "country:malaysia"
AKD, RANIL, GOTA, DINESH, HARINI, MODI = (
    "person:anura-kumara-dissanayake", "person:ranil-wickremesinghe", "person:gotabaya-rajapaksa",
    "person:dinesh-gunawardena", "person:harini-amarasuriya", "person:narendra-modi")
LKA, LKGOV, JVP, DELHI, INDIA = ("country:sri-lanka", "organization:sri-lankan-government",
                                 "organization:janatha-vimukthi-peramuna", "location:new-delhi", "country:india")
ABE, YAMA, NAKA, TSUY, KISH, SUGA, HARRIS = (
    "person:shinzo-abe", "person:tetsuya-yamagami", "person:itaru-nakamura", "person:yasuhiro-tsuyuki",
    "person:fumio-kishida", "person:yoshihide-suga", "person:kamala-harris")
JMSDF, NPA, JPGOV, TOKYO = ("organization:japan-maritime-self-defense-force",
                            "organization:japan-national-police-agency", "organization:japanese-government",
                            "location:tokyo")
HASINA, WAKER, YUNUS, OBAID, REFAAT, MANSUR, ROUF, XI = (
    "person:sheikh-hasina", "person:waker-uz-zaman", "person:muhammad-yunus", "person:obaidul-hassan",
    "person:syed-refaat-ahmed", "person:ahsan-mansur", "person:abdur-rouf-talukder", "person:xi-jinping")
BDGOV, BDARMY, BDSC, BDBANK = ("organization:bangladeshi-government", "organization:bangladesh-army",
                               "organization:bangladesh-supreme-court", "organization:bangladesh-bank")
DUTERTE, MARCOS, MARBIL, BIDEN, TEODORO, GALVEZ = (
    "person:rodrigo-duterte", "person:ferdinand-marcos-jr", "person:rommel-marbil", "person:joe-biden",
    "person:gilberto-teodoro", "person:carlito-galvez")
PH, PNP, PHDND = "country:philippines", "organization:philippine-national-police", "organization:philippine-defense-department"
PAET, SRETTHA, THAKSIN, PHUM, ANUTIN, MANET, TRUMP = (
    "person:paetongtarn-shinawatra", "person:srettha-thavisin", "person:thaksin-shinawatra",
    "person:phumtham-wechayachai", "person:anutin-charnvirakul", "person:hun-manet", "person:donald-trump")
THGOV, CAMSEN, BJT, KL = ("organization:thai-government", "organization:cambodian-senate",
                          "organization:bhumjaithai-party", "location:kuala-lumpur")

ARTICLES = [
    ("enGT1_myanmar_asean_envoys", "en",
     "In the grey ceremonial halls of Naypyitaw, Myanmar's junta chief, Senior General Min Aung Hlaing, "
     "has now received three of ASEAN's envoys, and each has left with much the same promises. "
     "The first, Brunei's second foreign minister Erywan Yusof, never made the trip at all: he called it "
     "off in October 2021 after the generals refused to let him see the detained leader Aung San Suu Kyi. "
     "Cambodia's foreign minister, Prak Sokhonn, who took over the envoy's role from Erywan when Phnom "
     "Penh assumed the bloc's chair, was received by Min Aung Hlaing in March 2022, two months after "
     "Cambodian Prime Minister Hun Sen had himself held talks with the general. "
     "In January 2024 it was the turn of Alounkeo Kittikhoun, a veteran Lao diplomat, who met the junta "
     "leader for more than an hour. "
     "None of them saw Suu Kyi. "
     "The most unusual encounter came in April 2025, after the earthquake that devastated Mandalay, when "
     "Malaysian Prime Minister Anwar Ibrahim, then chairing ASEAN, met him in Bangkok.",
     [("LEADS", MAH, JUNTA, "Myanmar's junta chief"),
      ("MEMBER_OF", ERYWAN, BRUFM, "Brunei's second foreign minister"),
      ("SUCCESSOR_OF", PRAK, ERYWAN, "took over the envoy's role from Erywan", "2022"),
      ("LEADS", PRAK, CAMFM, "Cambodia's foreign minister, Prak"),
      ("MET_WITH", PRAK, MAH, "was received by Min Aung Hlaing", "2022-03"),
      ("MET_WITH", HUNSEN, MAH, "had himself held talks with the general", "2022-01"),
      ("LEADS", HUNSEN, CAMGOV, "Cambodian Prime Minister Hun Sen"),
      ("MET_WITH", ALOUNKEO, MAH, "who met the junta", "2024-01"),
      ("MET_WITH", ANWAR, MAH, "met him in Bangkok", "2025-04-17"),
      ("LEADS", ANWAR, MYS, "Malaysian Prime Minister Anwar"),
      ("VISITED", ANWAR, BKK, "met him in Bangkok", "2025-04-17"),
      ("VISITED", MAH, BKK, "met him in Bangkok", "2025-04-17"),
      ],
     {"source": "blind set (feature, English)", "published": "2025-05-10"}),

    ("arGT2_sri_lanka_dissanayake", "ar",
     "من مدرجات الجامعة إلى قصر الرئاسة في كولومبو: هكذا يختصر أنصار أنورا كومارا ديساناياكا مسيرة "
     "الرجل الذي أدى اليمين في 23 سبتمبر 2024 رئيساً لسريلانكا، خلفاً لرانيل ويكريميسينغه. "
     "قبل عامين فقط كانت الجزيرة تغرق في أسوأ أزمة اقتصادية في تاريخها، واقتحم المحتجون مقر إقامة "
     "الرئيس غوتابايا راجاباكسا الذي فرّ من البلاد ثم أعلن استقالته في يوليو 2022. "
     "يومها انتخب البرلمان ويكريميسينغه، رئيس الوزراء آنذاك، ليكمل ولاية راجاباكسا، فعيّن بدوره "
     "دينيش غوناواردينا خلفاً له في رئاسة الحكومة. "
     "أما ديساناياكا، زعيم حزب \"جاناتا فيموكثي بيرامونا\" اليساري، فقد اختار المحاضرة الجامعية "
     "هاريني أمراسوريا رئيسةً للوزراء بدلاً من غوناواردينا، لتصبح ثالث امرأة تتولى المنصب. "
     "وخسر زعيم المعارضة ساجيث بريماداسا السباق للمرة الثانية. "
     "وفي ديسمبر اختار الرئيس الجديد نيودلهي لأولى زياراته الخارجية، حيث التقى رئيس الوزراء الهندي "
     "ناريندرا مودي، بعدما تلقى منه اتصالاً للتهنئة عقب إعلان النتائج.",
     [("SUCCESSOR_OF", AKD, RANIL, "خلفاً لرانيل", "2024-09-23"),
      ("LEADS", AKD, LKA, "رئيساً لسريلانكا"),
      ("LEADS", GOTA, LKA, "الرئيس غوتابايا"),
      ("SUCCESSOR_OF", RANIL, GOTA, "ليكمل ولاية راجاباكسا", "2022-07-20"),
      ("LEADS", RANIL, LKGOV, "رئيس الوزراء آنذاك"),
      ("SUCCESSOR_OF", DINESH, RANIL, "خلفاً له في رئاسة الحكومة", "2022-07-22"),
      ("LEADS", DINESH, LKGOV, "دينيش غوناواردينا خلفاً"),
      ("LEADS", AKD, JVP, "زعيم حزب"),
      ("SUCCESSOR_OF", HARINI, DINESH, "بدلاً من غوناواردينا", "2024-09-24"),
      ("LEADS", HARINI, LKGOV, "رئيسةً للوزراء"),
      ("VISITED", AKD, DELHI, "اختار الرئيس الجديد نيودلهي", "2024-12-16"),
      ("MET_WITH", AKD, MODI, "حيث التقى رئيس الوزراء", "2024-12-16"),
      ("LEADS", MODI, INDIA, "رئيس الوزراء الهندي"),
      ],
     {"source": "blind set (feature, Arabic)", "published": "2024-12-20"}),

    ("enGT3_yamagami_trial_abe", "en",
     "NARA, Japan - More than three years after he walked up behind Shinzō Abe at a campaign stop outside "
     "Yamato-Saidaiji station and fired a homemade gun, Tetsuya Yamagami stood in a Nara courtroom on "
     "Tuesday and told the judges: \"Everything is true.\" "
     "The former Maritime Self-Defense Force sailor, now 45, has never disputed that he killed the former "
     "prime minister on July 8, 2022; his lawyers instead argue that his mother's ruinous donations to the "
     "Unification Church, which he blamed Abe for promoting, should weigh on the sentence. "
     "The church has denied any responsibility for his grievances. "
     "The killing ended careers in the police: Itaru Nakamura, commissioner-general of the National "
     "Police Agency, resigned over the security lapses and was succeeded in August 2022 by his deputy, "
     "Yasuhiro Tsuyuki. "
     "It also pushed the ruling party to cut its ties with the church under Fumio Kishida, who had "
     "succeeded Yoshihide Suga as prime minister in 2021, a year after Suga took over from Abe. "
     "At Abe's state funeral that September, Kishida met U.S. Vice President Kamala Harris in Tokyo, "
     "while a meeting with Chinese leaders floated by aides never took place.",
     [("ASSASSINATED_BY", ABE, YAMA, "has never disputed that he killed", "2022-07-08"),
      ("MEMBER_OF", YAMA, JMSDF, "The former Maritime Self-Defense Force sailor"),
      ("LEADS", NAKA, NPA, "commissioner-general of the National"),
      ("SUCCESSOR_OF", TSUY, NAKA, "was succeeded in August 2022 by his deputy", "2022-08"),
      ("LEADS", TSUY, NPA, "by his deputy,"),
      ("SUCCESSOR_OF", KISH, SUGA, "had succeeded Yoshihide Suga as prime minister", "2021-10"),
      ("LEADS", KISH, JPGOV, "as prime minister in 2021"),
      ("SUCCESSOR_OF", SUGA, ABE, "Suga took over from Abe", "2020-09"),
      ("MET_WITH", KISH, HARRIS, "Kishida met U.S. Vice President", "2022-09-26"),
      ("VISITED", HARRIS, TOKYO, "Kamala Harris in Tokyo", "2022-09-26"),
      ],
     {"source": "blind set (feature, English)", "published": "2025-10-28"}),

    ("arGT4_bangladesh_after_hasina", "ar",
     "حين غادرت الشيخة حسينة واجد مقر إقامتها في دكا على متن مروحية عسكرية في 5 أغسطس 2024، كانت "
     "تطوي خمسة عشر عاماً متواصلة على رأس الحكومة البنغلاديشية. "
     "وفي اليوم نفسه أعلن قائد الجيش الجنرال وقار الزمان أن الجيش سيتولى إدارة المرحلة، قبل أن يؤدي "
     "الاقتصادي الحائز جائزة نوبل محمد يونس اليمين في 8 أغسطس كبيراً للمستشارين، ليتولى رئاسة "
     "الحكومة الانتقالية خلفاً لحسينة. "
     "ولم تتوقف التغييرات عند هذا الحد: فقد استقال رئيس المحكمة العليا عبيد الحسن تحت ضغط الطلاب، "
     "وأدى القاضي سيد رفعت أحمد اليمين مكانه، كما عُيّن الاقتصادي أحسن منصور حاكماً للبنك المركزي "
     "بدلاً من عبد الرؤوف طالوقدار. "
     "وتطالب دكا نيودلهي بتسليم حسينة المقيمة في الهند، فيما تنفي رئيسة الوزراء السابقة اتهامات "
     "بالأمر بقتل المحتجين. "
     "وبعد أشهر من الفتور، التقى يونس رئيس الوزراء الهندي ناريندرا مودي للمرة الأولى على هامش قمة "
     "\"بيمستيك\" في بانكوك في أبريل 2025، بعد أيام من زيارة إلى بكين استقبله خلالها الرئيس شي جين "
     "بينغ.",
     [("LEADS", HASINA, BDGOV, "على رأس الحكومة البنغلاديشية"),
      ("LEADS", WAKER, BDARMY, "قائد الجيش الجنرال"),
      ("SUCCESSOR_OF", YUNUS, HASINA, "خلفاً لحسينة", "2024-08-08"),
      ("LEADS", YUNUS, BDGOV, "ليتولى رئاسة"),
      ("LEADS", OBAID, BDSC, "رئيس المحكمة العليا عبيد"),
      ("SUCCESSOR_OF", REFAAT, OBAID, "وأدى القاضي سيد رفعت أحمد اليمين مكانه", "2024-08-11"),
      ("LEADS", REFAAT, BDSC, "وأدى القاضي سيد"),
      ("SUCCESSOR_OF", MANSUR, ROUF, "بدلاً من عبد الرؤوف", "2024-08-13"),
      ("LEADS", MANSUR, BDBANK, "حاكماً للبنك المركزي"),
      ("MET_WITH", YUNUS, MODI, "التقى يونس رئيس الوزراء", "2025-04-04"),
      ("LEADS", MODI, INDIA, "رئيس الوزراء الهندي"),
      ("VISITED", YUNUS, BKK, "في بانكوك في أبريل", "2025-04-04"),
      ("VISITED", MODI, BKK, "في بانكوك في أبريل", "2025-04-04"),
      ("VISITED", YUNUS, "location:beijing", "زيارة إلى بكين", "2025-03"),
      ("MET_WITH", YUNUS, XI, "استقبله خلالها الرئيس", "2025-03-28"),
      ],
     {"source": "blind set (feature, Arabic)", "published": "2025-04-20"}),

    ("enGT5_duterte_arrest_marcos", "en",
     "MANILA - On the night of March 11, 2025, a chartered jet carrying Rodrigo Roa Duterte lifted off "
     "from Villamor Air Base bound for The Hague, where the International Criminal Court wants him tried "
     "for crimes against humanity over his drug war. "
     "The arrest, on a warrant served by the Philippine National Police under its chief, Gen. Rommel "
     "Marbil, had been cleared by the man who succeeded Duterte as president in June 2022, Ferdinand "
     "Marcos Jr., once his ally. "
     "The rupture had been years in the making. "
     "Vice President Sara Duterte, the former leader's daughter, said in November 2024 that she had "
     "\"talked to a person\" who would kill Marcos if she herself were assassinated; she later insisted "
     "the remark was not a threat. "
     "Marcos, meanwhile, has pulled Manila closer to Washington: he met President Joe Biden at the White "
     "House in May 2023 and named Gilberto Teodoro as defense secretary in place of Carlito Galvez, a "
     "move read as a signal of resolve in the South China Sea. "
     "Duterte, who turns 80 this month, appeared before the court's pre-trial chamber by video link days "
     "after his arrival.",
     [("LEADS", MARBIL, PNP, "under its chief, Gen. Rommel"),
      ("SUCCESSOR_OF", MARCOS, DUTERTE, "who succeeded Duterte as president", "2022-06-30"),
      ("LEADS", MARCOS, PH, "Ferdinand Marcos Jr"),
      ("MET_WITH", MARCOS, BIDEN, "he met President Joe Biden", "2023-05-01"),
      ("SUCCESSOR_OF", TEODORO, GALVEZ, "in place of Carlito Galvez", "2023-06"),
      ("LEADS", TEODORO, PHDND, "named Gilberto Teodoro as defense secretary"),
      ],
     {"source": "blind set (feature, English)", "published": "2025-03-20"}),

    ("arGT6_thailand_prime_ministers", "ar",
     "لم تكن باتونغتارن شيناواترا تتوقع أن تطيح بها مكالمة هاتفية. "
     "ففي يونيو 2025 سُرّب تسجيل لاتصال أجرته رئيسة الوزراء التايلاندية مع رئيس مجلس الشيوخ الكمبودي "
     "هون سين، خاطبته فيه بـ\"العم\" وانتقدت قائداً عسكرياً على الحدود، فعلّقت المحكمة الدستورية مهامها "
     "ثم عزلتها في أغسطس. "
     "وكانت ابنة رئيس الوزراء الأسبق تاكسين شيناواترا قد تولّت المنصب في أغسطس 2024 خلفاً لسريتا "
     "تافيسين الذي عزلته المحكمة نفسها. "
     "وخلال أسابيع التعليق أدار نائب رئيس الوزراء فومتام ويتشاياتشاي الحكومة بالوكالة، قبل أن ينتخب "
     "البرلمان في سبتمبر زعيم حزب \"بومجايتاي\" أنوتين تشارنفيراكول رئيساً للوزراء خلفاً لها. "
     "وفي 26 أكتوبر وقّع أنوتين ورئيس الوزراء الكمبودي هون مانيت في كوالالمبور إعلاناً لوقف إطلاق "
     "النار، بحضور الرئيس الأميركي دونالد ترامب ورئيس الوزراء الماليزي أنور إبراهيم. "
     "وكانت اشتباكات يوليو على الحدود قد أوقعت عشرات القتلى، وتبادل البلدان الاتهامات ببدء القتال.",
     [("LEADS", PAET, THGOV, "رئيسة الوزراء التايلاندية"),
      ("LEADS", HUNSEN, CAMSEN, "رئيس مجلس الشيوخ الكمبودي"),
      ("SUCCESSOR_OF", PAET, SRETTHA, "خلفاً لسريتا", "2024-08-16"),
      ("LEADS", THAKSIN, THGOV, "رئيس الوزراء الأسبق"),
      ("LEADS", PHUM, THGOV, "الحكومة بالوكالة"),
      ("SUCCESSOR_OF", ANUTIN, PAET, "رئيساً للوزراء خلفاً لها", "2025-09-05"),
      ("LEADS", ANUTIN, BJT, "زعيم حزب"),
      ("LEADS", ANUTIN, THGOV, "أنوتين تشارنفيراكول رئيساً"),
      ("MET_WITH", ANUTIN, MANET, "وقّع أنوتين ورئيس الوزراء الكمبودي", "2025-10-26"),
      ("MET_WITH", ANUTIN, TRUMP, "بحضور الرئيس الأميركي", "2025-10-26"),
      ("MET_WITH", ANUTIN, ANWAR, "بحضور الرئيس الأميركي", "2025-10-26"),
      ("MET_WITH", MANET, TRUMP, "بحضور الرئيس الأميركي", "2025-10-26"),
      ("MET_WITH", MANET, ANWAR, "بحضور الرئيس الأميركي", "2025-10-26"),
      ("MET_WITH", TRUMP, ANWAR, "ورئيس الوزراء الماليزي", "2025-10-26"),
      ("LEADS", MANET, CAMGOV, "ورئيس الوزراء الكمبودي هون"),
      ("LEADS", TRUMP, "country:united-states", "الرئيس الأميركي دونالد"),
      ("LEADS", ANWAR, MYS, "رئيس الوزراء الماليزي أنور"),
      ("VISITED", ANUTIN, KL, "في كوالالمبور إعلاناً", "2025-10-26"),
      ("VISITED", MANET, KL, "في كوالالمبور إعلاناً", "2025-10-26"),
      ("VISITED", TRUMP, KL, "في كوالالمبور إعلاناً", "2025-10-26"),
      ],
     {"source": "blind set (feature, Arabic)", "published": "2025-10-30"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setGT")
