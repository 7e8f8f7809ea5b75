"""Blind set UM: Israel's killings abroad and how they were told, 1972-1995 (first folder of UM-UN): Ghassan
Kanafani killed by a car bomb in Hazmieh, Beirut (8 July 1972) and Bassam Abu Sharif at al-Hadaf after him; Wael
Zuaiter shot in Rome (16 October 1972); Mahmoud Hamshari's death after the telephone bomb in Paris (9 January
1973) and Ezzedine Kalak after him; Ali Hassan Salameh killed by a car bomb in Beirut (22 January 1979) and
Abu al-Tayyeb at the head of Force 17 after him; Atef Bseiso shot in Paris (8 June 1992); Fathi Shaqaqi shot
in Sliema, Malta (26 October 1995), as a US wire writes it in English (AP-like: "BEIRUT, Lebanon (AP) -"), the
Palestinian agency in Arabic (WAFA-like: "روما - وفا -", "الأخ", "العدو الصهيوني"), a British wire in English
(Reuters-like: "PARIS, Jan 9 (Reuter) -"), a Beirut daily in Arabic (As-Safir-like: "كتب المحرر الأمني"), a
French agency in English (AFP-like: "PARIS, June 9 (AFP) -") and a London-based Arab daily in Arabic (Al-Quds
al-Arabi-like: "لندن - «القدس العربي»").
Pieces: Kanafani killed (the PFLP accuses, no agent stated); Salam receives Arafat; Abu Sharif named editor in
Kanafani's place (English, UM1); Zuaiter killed (Fatah accuses); the agency's own voice: Zuaiter the second
official "the Zionist enemy" killed this year, after Kanafani (both: Zuaiter added as an annotation slip after
the first measurement); Zuaiter had met Hamshari in Rome (Arabic, UM2); Hamshari dies (the PLO accuses, Israel "no knowledge"); Kalak appointed to succeed him; Kaddoumi meets
Kalak (English, UM3); Salameh killed (Fatah's source names the Mossad: an accusation); Hoss visits Arafat to
offer condolences; al-Natour named to head Force 17 in Salameh's place (Arabic, UM4); Bseiso killed (Souss
accuses the Mossad, Israel denies); the wire's own voice: Hamshari "killed by Israeli agents"; Arafat meets
Abbas and Kaddoumi together (English, UM5); the daily's own voice: Mossad agents killed Shaqaqi; Shaqaqi had
met Gaddafi; Rabin's non-answer, the movement's accusation (Arabic, UM6).
Excluded on purpose (no relation): the PFLP's statement, the Israeli "declined to comment", the niece killed
(UM1); Fatah's accusation, Arafat's telegram to the family, Kaddoumi's meeting with an unnamed ambassador
(UM2); the PLO's accusation, Israel's "no knowledge", the cancelled meeting with Schumann (UM3); the Fatah
source's accusation of the Mossad, Israeli radio without comment (UM4); Souss's accusation, the Israeli
denial, Bseiso's talks with unnamed German and French officers (UM5); Rabin's refusal to comment, the
movement's statement that Israel "bears responsibility", Velayati's condemnation (UM6).
Judgement calls: an outlet's own flat statement of the agent ("ثاني مسؤول يغتاله العدو الصهيوني ... بعد
الشهيد غسان كنفاني", "killed by Israeli agents in 1972", "اغتال عملاء لجهاز الموساد") gives ASSASSINATED_BY;
an accusation it reports from a party does not; "the Zionist enemy" / "Israeli agents" is Israel, "عملاء
لجهاز الموساد" is the Mossad; "named editor in Kanafani's place" is a succession, and an editor LEADS the
weekly (UM1); "representative of the PLO" is MEMBER_OF (UM2, UM3, UM5); a visit to offer condolences received
in person is a meeting (UM4); "met ... Abbas and ... Kaddoumi" together: a meeting of the three (UM5); a prime
minister LEADS the country; "Libyan leader" LEADS Libya.
Filled in for the exercise: Salam's meeting with Arafat and the front official's announcement (UM1); the
meeting of Zuaiter and Hamshari and the cultural week (UM2); Kaddoumi's trip and the cancelled meeting (UM3);
Hoss's condolence visit and the date of al-Natour's appointment (UM4); the meeting in Tunis, the Berlin leg
and the DST talks (UM5); the meeting with Gaddafi before the flight (UM6); all wordings.
Spellings: "Yasir Arafat", "Al Hadaf", "Dr. George Habash" (UM1); «الأخ وائل عادل زعيتر»، «الدكتور محمود
الهمشري» (UM2); "Palestine Liberation Organisation", "Ezzedine Kalak" (UM3); «أبو حسن»، «أبو عمار»، «أبو
الطيب» (UM4); "Atef Bseiso", "Yasser Arafat" (UM5); «فتحي الشقاقي»، «اسحق رابين»، «علي أكبر ولايتي» (UM6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_un import ALL  # noqa: E402

HERE = Path(__file__).parent

LEBANON, ISRAEL, LIBYA = "country:lebanon", "country:israel", "country:libya"
PLO, FATAH, PFLP, HADAF, F17, PIJ, MOSSAD = (
    "organization:plo", "organization:fatah", "organization:popular-front-for-the-liberation-of-palestine",
    "organization:al-hadaf", "organization:force-17", "organization:palestinian-islamic-jihad",
    "organization:mossad")
KANAFANI, ABU_SHARIF, HABASH, ZUAITER, HAMSHARI, KALAK, ARAFAT, KADDOUMI, ABBAS = (
    "person:ghassan-kanafani", "person:bassam-abu-sharif", "person:george-habash", "person:wael-zuaiter",
    "person:mahmoud-hamshari", "person:ezzedine-kalak", "person:yasser-arafat", "person:farouk-kaddoumi",
    "person:mahmoud-abbas")
SALAMEH, NATOUR, BSEISO, SOUSS, SHAQAQI, SALAM, HOSS, RABIN, GADDAFI = (
    "person:ali-hassan-salameh", "person:mahmoud-al-natour", "person:atef-bseiso", "person:ibrahim-souss",
    "person:fathi-shaqaqi", "person:saeb-salam", "person:selim-al-hoss", "person:yitzhak-rabin",
    "person:muammar-gaddafi")

AP = "blind set (US news wire, English, AP-like)"
WAFA = "blind set (Palestinian news agency, Arabic, WAFA-like)"
REUTERS = "blind set (British news wire, English, Reuters-like)"
SAFIR = "blind set (Beirut daily, Arabic, As-Safir-like)"
AFP = "blind set (French news agency, English service, AFP-like)"
QUDS = "blind set (London-based Arab daily, Arabic, Al-Quds al-Arabi-like)"

ARTICLES = [
    ("enUM1_kanafani_car_bomb_ap", "en",
     "Guerrilla spokesman killed by car bomb in Beirut suburb\n"
     "BEIRUT, Lebanon (AP) - Ghassan Kanafani, the official spokesman of the Popular Front for the Liberation "
     "of Palestine and editor of its weekly magazine Al Hadaf, was killed Saturday when a bomb exploded in his "
     "car outside his home in the hillside suburb of Hazmieh, police said.\n"
     "His 17-year-old niece, Lamees, who was getting into the car with him, also died in the blast. Police "
     "said the charge, estimated at three kilograms of plastic explosive, had been wired to the ignition.\n"
     "The Popular Front, headed by Dr. George Habash, said in a statement that \"Zionist intelligence\" had "
     "murdered Kanafani and vowed revenge. An Israeli army spokesman in Tel Aviv declined to comment.\n"
     "Kanafani, 36, a novelist born in Acre, was one of the best-known Palestinian writers in the Arab world.\n"
     "Prime Minister Saeb Salam, who received Yasir Arafat at his home in Musaitbeh on Sunday night, "
     "promised a full investigation. The guerrilla leader was said to have asked for better protection for "
     "Palestinian officials in the capital.\n"
     "A front official said Bassam Abu Sharif, a member of the magazine's editorial board, had been named "
     "editor in Kanafani's place.",
     [("MEMBER_OF", KANAFANI, PFLP, "the official spokesman of the Popular Front"),
      ("LEADS", KANAFANI, HADAF, "editor of its weekly magazine Al Hadaf"),
      ("LEADS", HABASH, PFLP, "headed by Dr. George Habash"),
      ("LEADS", SALAM, LEBANON, "Prime Minister Saeb Salam, who"),
      ("MET_WITH", SALAM, ARAFAT, "who received Yasir Arafat", "1972-07-09"),
      ("SUCCESSOR_OF", ABU_SHARIF, KANAFANI, "editor in Kanafani's place"),
      ("LEADS", ABU_SHARIF, HADAF, "had been named "),
      ],
     {"source": AP, "published": "1972-07-10"}),

    ("arUM2_zuaiter_rome_wafa", "ar",
     "اغتيال ممثل منظمة التحرير في روما الأخ وائل زعيتر\n"
     "روما - وفا - اغتيل مساء أمس الاثنين الأخ وائل عادل زعيتر، ممثل منظمة التحرير الفلسطينية في "
     "إيطاليا، برصاص مسلّحَين أطلقا عليه اثنتي عشرة رصاصة من مسدسين كاتمين للصوت في مدخل العمارة التي "
     "يسكنها، فيما كان عائداً إلى منزله.\n"
     "وقالت الشرطة الإيطالية إن القاتلين فرّا في سيارة كانت تنتظرهما، ولم تعلن أي جهة مسؤوليتها عن "
     "العملية.\n"
     "وأصدرت حركة فتح بياناً اتهمت فيه \"أجهزة المخابرات الصهيونية\" بتدبير الجريمة، مؤكدة أن الشهيد كان "
     "مثقفاً ومترجماً لم يحمل السلاح يوماً. ولم يصدر أي تعليق عن الحكومة الإسرائيلية.\n"
     "والشهيد زعيتر هو ثاني مسؤول فلسطيني يغتاله العدو الصهيوني هذا العام بعد الشهيد غسان كنفاني، الناطق "
     "باسم الجبهة الشعبية، الذي سقط في بيروت في تموز الماضي.\n"
     "وكان زعيتر قد التقى الأسبوع الماضي في روما الدكتور محمود الهمشري، ممثل المنظمة في باريس، وبحثا "
     "التحضير لأسبوع ثقافي فلسطيني في العاصمتين.\n"
     "وأبرق الأخ ياسر عرفات، رئيس اللجنة التنفيذية لمنظمة التحرير، إلى عائلة الشهيد معزياً، فيما استقبل "
     "رئيس الدائرة السياسية فاروق القدومي في بيروت سفير إيطاليا وطالبه بملاحقة الجناة.",
     [("MEMBER_OF", ZUAITER, PLO, "ممثل منظمة التحرير الفلسطينية في"),
      ("ASSASSINATED_BY", ZUAITER, ISRAEL, "والشهيد زعيتر هو ثاني مسؤول", "1972-10-16"),
      ("ASSASSINATED_BY", KANAFANI, ISRAEL, "يغتاله العدو الصهيوني هذا العام", "1972-07-08"),
      ("MEMBER_OF", KANAFANI, PFLP, "الناطق باسم الجبهة الشعبية"),
      ("MET_WITH", ZUAITER, HAMSHARI, "وكان زعيتر قد التقى الأسبوع الماضي", "1972-10"),
      ("MEMBER_OF", HAMSHARI, PLO, "ممثل المنظمة في باريس"),
      ("LEADS", ARAFAT, PLO, "رئيس اللجنة التنفيذية لمنظمة التحرير"),
      ],
     {"source": WAFA, "published": "1972-10-17"}),

    ("enUM3_hamshari_dies_reuters", "en",
     "PLO envoy in Paris dies of wounds from telephone bomb\n"
     "PARIS, Jan 9 (Reuter) - Dr Mahmoud Hamshari, the Palestine Liberation Organisation's representative in "
     "France, died in hospital today, a month after a bomb hidden in the telephone of his flat exploded as he "
     "answered a call.\n"
     "Hamshari, 34, lost a leg in the December 8 explosion. French police said they had made no arrests and "
     "that no one had claimed the attack.\n"
     "In Beirut, the PLO said Hamshari had been \"assassinated by the Israeli secret service\", the second of "
     "its representatives in Europe to die since Wael Zuaiter was gunned down in Rome in October. An Israeli "
     "government spokesman said Israel had \"no knowledge\" of the matter.\n"
     "PLO officials said Ezzedine Kalak, a chemist who lectures at a Paris university, had been appointed to "
     "succeed Hamshari as the organisation's representative in the French capital.\n"
     "Farouk Kaddoumi, head of the PLO political department, flew in from Beirut and met Kalak this "
     "afternoon, a spokesman for the office said. He had been due to see Foreign Minister Maurice Schumann "
     "later in the week, but the meeting was called off.",
     [("MEMBER_OF", HAMSHARI, PLO, "the Palestine Liberation Organisation's representative in"),
      ("SUCCESSOR_OF", KALAK, HAMSHARI, "appointed to "
      "succeed Hamshari", "1973-01"),
      ("MEMBER_OF", KALAK, PLO, "as the organisation's representative in the French"),
      ("MEMBER_OF", KADDOUMI, PLO, "head of the PLO political department"),
      ("MET_WITH", KADDOUMI, KALAK, "met Kalak this", "1973-01-09"),
      ],
     {"source": REUTERS, "published": "1973-01-09"}),
]

ARTICLES += [
    ("arUM4_salameh_verdun_safir", "ar",
     "استشهاد أبو حسن سلامة بانفجار سيارة مفخخة قرب فردان\n"
     "كتب المحرر الأمني:\n"
     "استشهد قائد \"القوة 17\" علي حسن سلامة (أبو حسن) بعد ظهر أمس، عندما انفجرت سيارة مفخخة كانت مركونة "
     "في شارع مدام كوري قرب تقاطع فردان لحظة مرور موكبه، ما أدى أيضاً إلى مقتل أربعة من مرافقيه وعدد من "
     "المارة.\n"
     "وأعلن مصدر مسؤول في حركة فتح أن \"الموساد الإسرائيلي هو الذي نفّذ الجريمة\"، فيما اكتفت الإذاعة "
     "الإسرائيلية بنقل نبأ الاغتيال عن وكالات الأنباء من دون أي تعليق رسمي.\n"
     "وسار الأخ أبو عمار، رئيس اللجنة التنفيذية لمنظمة التحرير، في مقدمة المشيّعين، ثم تقبّل التعازي في "
     "مكتب الشهيد في الفاكهاني، حيث زاره رئيس مجلس الوزراء الدكتور سليم الحص معزياً، يرافقه عدد من "
     "الوزراء والنواب.\n"
     "وعلمت «السفير» أن قيادة فتح كلّفت محمود الناطور (أبو الطيب) قيادة \"القوة 17\" خلفاً لأبي حسن، على أن "
     "يُعلَن القرار رسمياً بعد انتهاء أيام العزاء.\n"
     "وكان سلامة، المتزوج من ملكة جمال الكون السابقة جورجينا رزق، قد نجا من محاولات اغتيال عدة خلال "
     "السنوات الماضية.",
     [("LEADS", SALAMEH, F17, "قائد \"القوة 17\" علي حسن سلامة"),
      ("LEADS", ARAFAT, PLO, "رئيس اللجنة التنفيذية لمنظمة التحرير، في"),
      ("MET_WITH", ARAFAT, HOSS, "حيث زاره رئيس مجلس الوزراء", "1979-01-23"),
      ("LEADS", HOSS, LEBANON, "رئيس مجلس الوزراء الدكتور سليم الحص"),
      ("SUCCESSOR_OF", NATOUR, SALAMEH, "خلفاً لأبي حسن"),
      ("LEADS", NATOUR, F17, "كلّفت محمود الناطور (أبو الطيب) قيادة"),
      ],
     {"source": SAFIR, "published": "1979-01-23"}),

    ("enUM5_bseiso_paris_afp", "en",
     "PLO security official shot dead outside Paris hotel\n"
     "PARIS, June 9 (AFP) - A senior security official of the Palestine Liberation Organisation, Atef Bseiso, "
     "was shot dead late Monday outside a hotel in the Montparnasse district, police said.\n"
     "Two men fired at least five shots at Bseiso, 44, with silencer-fitted pistols as he returned to his "
     "hotel after dinner, and fled on foot, a police spokesman said.\n"
     "Bseiso had arrived in Paris from Berlin, where he held talks with German officials, and had met officers "
     "of France's DST counter-intelligence service earlier on Monday, according to sources close to the "
     "investigation.\n"
     "The PLO's representative in France, Ibrahim Souss, accused the Israeli Mossad of the killing. Israeli "
     "officials in Jerusalem denied any involvement.\n"
     "Bseiso was the first Palestinian official to be killed in Paris since Mahmoud Hamshari, who was killed "
     "by Israeli agents in 1972.\n"
     "In Tunis, PLO chairman Yasser Arafat met Mahmoud Abbas and Farouk Kaddoumi, both members of the "
     "organisation's executive committee, on Tuesday morning to discuss the killing, Palestinian sources said.",
     [("MEMBER_OF", BSEISO, PLO, "A senior security official of the Palestine Liberation Organisation"),
      ("MEMBER_OF", SOUSS, PLO, "The PLO's representative in France, Ibrahim Souss"),
      ("ASSASSINATED_BY", HAMSHARI, ISRAEL, "who was killed "
      "by Israeli agents in 1972", "1972"),
      ("LEADS", ARAFAT, PLO, "PLO chairman Yasser Arafat"),
      ("MEMBER_OF", ABBAS, PLO, "both members of the"),
      ("MEMBER_OF", KADDOUMI, PLO, "organisation's executive committee"),
      ]
     + met_group({ARAFAT: "Yasser Arafat met", ABBAS: "met Mahmoud Abbas", KADDOUMI: "and Farouk Kaddoumi,"},
                 "1992-06-09"),
     {"source": AFP, "published": "1992-06-09"}),

    ("arUM6_shaqaqi_malta_qudsarabi", "ar",
     "اغتيال الدكتور فتحي الشقاقي في مالطا\n"
     "لندن - «القدس العربي»\n"
     "اغتال عملاء لجهاز الموساد الإسرائيلي الدكتور فتحي الشقاقي، الأمين العام لحركة الجهاد الإسلامي في "
     "فلسطين، أمام فندق في بلدة سليما المالطية مساء الخميس، حين أطلق عليه مسلح كان يركب دراجة نارية خمس "
     "رصاصات في رأسه قبل أن يفرّ مع شريكه.\n"
     "وكان الشقاقي قد وصل إلى مالطا قادماً من ليبيا بجواز سفر ليبي باسم \"إبراهيم الشاويش\"، بعد أن التقى "
     "في طرابلس الزعيم الليبي العقيد معمر القذافي وبحث معه أوضاع العمال الفلسطينيين المبعدين.\n"
     "وفي القدس المحتلة، رفض رئيس الوزراء الإسرائيلي اسحق رابين التعليق على الاتهامات، مكتفياً بالقول إنه "
     "\"لن يذرف الدموع\" على الشقاقي. وأعلنت الحركة في بيان وزّعته في دمشق أن \"الكيان الصهيوني\" يتحمّل "
     "مسؤولية الجريمة، وتوعّدت بالرد.\n"
     "وفي طهران، أدان وزير الخارجية الإيراني علي أكبر ولايتي عملية الاغتيال، واصفاً إياها بـ\"إرهاب "
     "الدولة\".\n"
     "ولم تعلن السلطات المالطية عن أي اعتقالات حتى مساء أمس.",
     [("ASSASSINATED_BY", SHAQAQI, MOSSAD, "اغتال عملاء لجهاز الموساد", "1995-10-26"),
      ("LEADS", SHAQAQI, PIJ, "الأمين العام لحركة الجهاد الإسلامي"),
      ("MET_WITH", SHAQAQI, GADDAFI, "بعد أن التقى", "1995-10"),
      ("LEADS", GADDAFI, LIBYA, "الزعيم الليبي العقيد معمر القذافي"),
      ("LEADS", RABIN, ISRAEL, "رئيس الوزراء الإسرائيلي اسحق رابين"),
      ],
     {"source": QUDS, "published": "1995-10-28"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setUM")
