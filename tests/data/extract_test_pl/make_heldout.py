"""Blind set PL: Syria 2011-2014 (second folder of PK-PL): Liwa al-Islam's claim of the July 2012 bombing of
the crisis cell and the replacements in the army that followed (July 2012), Kofi Annan's meetings in
Damascus and Tehran (July 2012), Lakhdar Brahimi's meeting with Bashar al-Assad and his earlier trilateral
meeting with Bogdanov and Burns (December 2012), Hossein Amir-Abdollahian's visit to Assad and Nasrallah
before Geneva II (January 2014), Lavrov's and Kerry's meetings at the Montreux opening of Geneva II
(January 2014) and Ahmad Jarba's election at the head of the National Coalition (July 2013), as a Syrian
opposition site writes it in Arabic (Zaman al-Wasl-like: "زمان الوصل - خاص", "بشار الأسد" without title),
a US wire in English (AP-like: "TEHRAN, Iran (AP) —"), a Beirut daily in Arabic (As-Safir-like: "وعلمت
«السفير»"), an Iranian TV site in English (Press TV-like: "Syrian President Bashar al-Assad has received",
"the Zionist regime"), a Russian TV site in Arabic (RT Arabic-like: "على هامش", "وبحث الجانبان") and a
Gulf daily in English (The National-like: "ISTANBUL //", "Mr Al Jarba", "Hizbollah").
Pieces: Liwa al-Islam claims the bombing that killed Rajiha, Shawkat and Turkmani, Freij succeeds Rajiha
and Ayyoub replaces Freij at the general staff (Arabic, PL1); Annan meets Assad in Damascus, then Salehi
and Jalili in Tehran (English, PL2); Brahimi meets Assad, he had succeeded Annan, and had held a
trilateral meeting with Bogdanov and Burns in Geneva (Arabic, PL3); Assad receives Amir-Abdollahian with
Sheibani present, who then meets Muallem, and had been received by Nasrallah; Shateri assassinated by
"agents of the Zionist regime" (English, PL4); Lavrov meets Kerry, then Muallem with Mekdad and Shaaban
present, Kerry meets Jarba, Lavrov and Kerry had met Brahimi together (Arabic, PL5); Jarba takes over
from Sabra, who had led the coalition since Khatib resigned, Jarba had met Saud al-Faisal (English, PL6).
Excluded on purpose (no relation): the "tools of Israel" blamed by state television, Bakhtiar's wounds,
Tlass's defection (PL1); Annan's planned talks with Maliki in Baghdad (PL2); the planned meeting with the
opposition's Coordination Body, Wissam al-Hassan "killed by a car bomb" (no agent) (PL3); Ban's withdrawn
invitation, Zarif's phone call to Lavrov (PL4); the exchange between Muallem and Ban in the opening
session, Brahimi's planned meeting with the two delegations, the meeting between Lavrov and Jarba that
Moscow ruled out (PL5); Kerry's congratulation call, Nasrallah's reported trip to Damascus denied by
Hezbollah (PL6).
Judgement calls: Liwa al-Islam, which "تبنى" the bombing, is the agent of each victim named in the same
sentence; the Free Syrian Army, of which it is "one of the factions", is not (PL1); "كُلّف ... برئاسة
الأركان بدلاً من الفريج" is a succession (PL1); "was later received by" is a meeting (PL2); a
trilateral meeting pairs the three (PL3, PL5); "also attended by" an ambassador pairs him with both
principals (PL4); attendees of one list ("بحضور A وB") are paired with both principals and with each
other, as most dev gold does (PL5); "takes over from" and "had led ... in an acting capacity since X
resigned" are successions (PL6); the Iranian outlet's own statement "assassinated by agents of the
Zionist regime" gives the victim -> country:israel (PL4: the outlet states it, it does not quote an
accusation); a prime minister LEADS the country, a foreign minister his ministry where it has an id, a
deputy minister is MEMBER_OF it.
Filled in for the exercise: Islam Alloush's statement, the Interior Minister's denial (PL1); the Jalili
meeting, the planned Baghdad visit's wording (PL2); Brahimi's quotes, the Coordination Body meeting (PL3);
the date and Sheibani's presence, the meeting with Muallem, Nasrallah's reception of Amir-Abdollahian,
Zarif's call (PL4); Mekdad's and Shaaban's presence at the Lavrov-Muallem meeting, Kerry's meeting with
Jarba, the place of the trilateral meeting, Moscow's refusal (PL5); the vote count, the Jeddah meeting,
Kerry's call (PL6).
Spellings: «داوود راجحة», «حسن تركماني», «هشام بختيار», «علي عبد الله أيوب» (PL1); "Bashar Assad", "Kofi
Annan", "Saeed Jalili" (PL2); «الإبراهيمي», «كوفي أنان», «وليام بيرنز» (PL3); "Hossein Amir-Abdollahian",
"Walid al-Mouallem", "Seyyed Hassan Nasrallah" (PL4); «لافروف», «جون كيري», «فيصل المقداد» (PL5); "Ahmad Asi
Al Jarba", "Moaz Al Khatib", "Prince Saud Al Faisal", "Hizbollah" (PL6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_pl import ALL  # noqa: E402

HERE = Path(__file__).parent

SYRIA, IRAQ, ISRAEL = "country:syria", "country:iraq", "country:israel"
UN, SYRFM, RUSFM, IRFM, USSTATE, SAUFM, SNSC, IRGC, HEZ = (
    "organization:un", "organization:syrian-foreign-ministry", "organization:russian-foreign-ministry",
    "organization:iranian-foreign-ministry", "organization:us-state-department",
    "organization:saudi-foreign-ministry", "organization:supreme-national-security-council", "organization:irgc",
    "organization:hezbollah")
ARMY, NSB, CELL, FSA, LIWA, COALITION = (
    "organization:syrian-army", "organization:syrian-national-security-bureau",
    "organization:syrian-crisis-management-cell", "organization:free-syrian-army", "organization:liwa-al-islam",
    "organization:syrian-national-coalition")
ASSAD, MUALLEM, MEKDAD, SHAABAN = (
    "person:bashar-al-assad", "person:walid-muallem", "person:faisal-mekdad", "person:bouthaina-shaaban")
RAJIHA, SHAWKAT, TURKMANI, BAKHTIAR, FREIJ, AYYOUB = (
    "person:dawoud-rajiha", "person:assef-shawkat", "person:hassan-turkmani", "person:hisham-bakhtiar",
    "person:fahd-jassem-al-freij", "person:ali-abdullah-ayyoub")
KHATIB, SABRA, JARBA = "person:moaz-al-khatib", "person:george-sabra", "person:ahmad-jarba"
ANNAN, BRAHIMI, BAN = "person:kofi-annan", "person:lakhdar-brahimi", "person:ban-ki-moon"
LAVROV, BOGDANOV, KERRY, CLINTON, BURNS, MALIKI, SAUD = (
    "person:sergei-lavrov", "person:mikhail-bogdanov", "person:john-kerry", "person:hillary-clinton",
    "person:william-burns", "person:nouri-al-maliki", "person:saud-al-faisal")
SALEHI, JALILI, AMIR, ZARIF, SHEIBANI, SHATERI, NASRALLAH = (
    "person:ali-akbar-salehi", "person:saeed-jalili", "person:hossein-amir-abdollahian",
    "person:mohammad-javad-zarif", "person:mohammad-reza-sheibani", "person:hassan-shateri",
    "person:hassan-nasrallah")

ZAMAN = "blind set (Syrian opposition news site, Arabic, Zaman al-Wasl-like)"
AP = "blind set (US news wire, English, AP-like)"
SAFIR = "blind set (Beirut daily, Arabic, As-Safir-like)"
PRESSTV = "blind set (Iranian state TV news site, English, Press TV-like)"
RTAR = "blind set (Russian state TV news site, Arabic, RT Arabic-like)"
NATIONAL = "blind set (Gulf daily, English, The National-like)"

ARTICLES = [
    ("arPL1_liwa_islam_claims_zamanwasl", "ar",
     "«لواء الإسلام» يتبنى تفجير «خلية الأزمة».. ومقتل راجحة وشوكت وتركماني\n"
     "زمان الوصل - خاص\n"
     "تبنى «لواء الإسلام»، أحد فصائل الجيش السوري الحر العاملة في ريف دمشق، عملية تفجير مبنى مكتب الأمن "
     "القومي في حي الروضة بدمشق ظهر اليوم، والتي أسفرت عن مقتل وزير الدفاع العماد داوود راجحة ونائبه العماد "
     "آصف شوكت صهر بشار الأسد، ورئيس خلية إدارة الأزمة العماد حسن تركماني.\n"
     "وقال المتحدث باسم اللواء، إسلام علوش، إن العملية \"استهدفت ما يسمى خلية إدارة الأزمة خلال اجتماعها "
     "الأسبوعي\"، مؤكداً أن \"القادم أعظم\".\n"
     "وأفادت مصادر أن رئيس مكتب الأمن القومي اللواء هشام بختيار أصيب بجروح بالغة، فيما نفى وزير الداخلية "
     "محمد الشعار أن يكون قد أصيب بأذى.\n"
     "وسارع بشار الأسد إلى إصدار مرسوم بتعيين رئيس هيئة الأركان العماد فهد جاسم الفريج وزيراً للدفاع خلفاً "
     "لراجحة، فيما كُلّف العماد علي عبد الله أيوب برئاسة الأركان بدلاً من الفريج.\n"
     "من جهته، اتهم التلفزيون الرسمي \"أدوات إسرائيل\" بالوقوف وراء التفجير.\n"
     "وكان العميد مناف طلاس، قائد اللواء 105 في الحرس الجمهوري، قد انشق مطلع الشهر الجاري وغادر إلى باريس.",
     [("ASSASSINATED_BY", RAJIHA, LIWA, "تبنى «لواء الإسلام»، أحد", "2012-07-18"),
      ("ASSASSINATED_BY", SHAWKAT, LIWA, "آصف شوكت صهر بشار الأسد", "2012-07-18"),
      ("ASSASSINATED_BY", TURKMANI, LIWA, "ورئيس خلية إدارة الأزمة العماد", "2012-07-18"),
      ("MEMBER_OF", LIWA, FSA, "أحد فصائل الجيش السوري الحر"),
      ("LEADS", TURKMANI, CELL, "خلية إدارة الأزمة العماد حسن"),
      ("LEADS", BAKHTIAR, NSB, "رئيس مكتب الأمن القومي اللواء"),
      ("SUCCESSOR_OF", FREIJ, RAJIHA, "وزيراً للدفاع خلفاً", "2012-07-18"),
      ("LEADS", FREIJ, ARMY, "رئيس هيئة الأركان العماد فهد"),
      ("SUCCESSOR_OF", AYYOUB, FREIJ, "برئاسة الأركان بدلاً من الفريج", "2012-07-18"),
      ("LEADS", AYYOUB, ARMY, "كُلّف العماد علي عبد الله أيوب"),
      ],
     {"source": ZAMAN, "published": "2012-07-18"}),

    ("enPL2_annan_damascus_tehran_ap", "en",
     "Annan says he agreed new approach with Assad, heads to Iran\n"
     "TEHRAN, Iran (AP) — International envoy Kofi Annan said Monday he had agreed with Syrian President Bashar "
     "Assad on a new approach to ending the country's 16-month conflict, then flew to Tehran to seek the help of "
     "Damascus' closest ally.\n"
     "Annan, the joint special envoy of the United Nations and the Arab League, met Assad in Damascus for what he "
     "called \"candid and constructive\" talks, and said the two men had agreed on an approach he would share "
     "with the armed opposition.\n"
     "In Tehran, Annan met Foreign Minister Ali Akbar Salehi and was later received by Saeed Jalili, Iran's top "
     "nuclear negotiator and secretary of the Supreme National Security Council.\n"
     "\"Iran can play a positive role,\" Annan told reporters after his talks with Salehi.\n"
     "The visit drew criticism from Washington, where officials have argued that Tehran is part of the problem. "
     "Secretary of State Hillary Clinton has said Iran should not be included in any contact group.\n"
     "Annan is due in Baghdad on Tuesday for talks with Iraqi Prime Minister Nouri al-Maliki.\n"
     "Activists said more than 17,000 people have been killed since the uprising began in March 2011.",
     [("MET_WITH", ANNAN, ASSAD, "met Assad in Damascus", "2012-07-09"),
      ("LEADS", ASSAD, SYRIA, "Syrian President Bashar"),
      ("MET_WITH", ANNAN, SALEHI, "Annan met Foreign Minister Ali Akbar Salehi", "2012-07-09"),
      ("LEADS", SALEHI, IRFM, "Foreign Minister Ali Akbar Salehi and"),
      ("MET_WITH", ANNAN, JALILI, "was later received by Saeed Jalili", "2012-07-09"),
      ("LEADS", JALILI, SNSC, "secretary of the Supreme National Security Council"),
      ("LEADS", CLINTON, USSTATE, "Secretary of State Hillary Clinton"),
      ("LEADS", MALIKI, IRAQ, "Iraqi Prime Minister Nouri al-Maliki"),
      ],
     {"source": AP, "published": "2012-07-09"}),

    ("arPL3_brahimi_meets_assad_safir", "ar",
     "الإبراهيمي من دمشق: الوضع في سوريا لا يزال مقلقاً\n"
     "السفير\n"
     "التقى المبعوث الدولي والعربي الأخضر الإبراهيمي، أمس، الرئيس السوري بشار الأسد في قصر الشعب في دمشق، "
     "في أول لقاء بينهما منذ تشرين الأول الماضي، وذلك بعد يوم من وصوله براً من بيروت.\n"
     "وقال الإبراهيمي بعد اللقاء إن \"الوضع في سوريا لا يزال مقلقاً\"، مشيراً إلى أنه تبادل الرأي مع الرئيس "
     "\"حول الخطوات التي يمكن اتخاذها لمساعدة الشعب السوري\".\n"
     "وكان الإبراهيمي، الذي خلف كوفي أنان في آب الماضي بعد استقالة الأخير، قد عقد في جنيف في التاسع من الشهر "
     "الجاري اجتماعاً ثلاثياً مع نائب وزير الخارجية الروسي ميخائيل بوغدانوف ونائب وزيرة الخارجية الأميركية "
     "وليام بيرنز.\n"
     "وعلمت «السفير» أن الإبراهيمي سيلتقي اليوم ممثلين عن «هيئة التنسيق الوطنية» المعارضة في دمشق.\n"
     "في المقابل، انتقد «الائتلاف الوطني» المعارض، الذي يرئسه الشيخ معاذ الخطيب، الزيارة، معتبراً أن "
     "\"لا حل مع بقاء الأسد\".\n"
     "وفي بيروت، يستمر التحقيق في اغتيال رئيس فرع المعلومات في قوى الأمن الداخلي اللواء وسام الحسن، الذي قُتل "
     "بانفجار سيارة مفخخة في الأشرفية في تشرين الأول الماضي.",
     [("MET_WITH", BRAHIMI, ASSAD, "الرئيس السوري بشار الأسد في قصر الشعب", "2012-12-24"),
      ("LEADS", ASSAD, SYRIA, "أمس، الرئيس السوري بشار"),
      ("SUCCESSOR_OF", BRAHIMI, ANNAN, "الذي خلف كوفي أنان", "2012-08-17"),
      ] + met_group({BRAHIMI: "اجتماعاً ثلاثياً", BOGDANOV: "نائب وزير الخارجية الروسي ميخائيل بوغدانوف",
                     BURNS: "ونائب وزيرة الخارجية الأميركية"}, "2012-12-09") + [
      ("MEMBER_OF", BOGDANOV, RUSFM, "وزير الخارجية الروسي ميخائيل"),
      ("MEMBER_OF", BURNS, USSTATE, "وزيرة الخارجية الأميركية وليام"),
      ("LEADS", KHATIB, COALITION, "الذي يرئسه الشيخ معاذ الخطيب"),
      ],
     {"source": SAFIR, "published": "2012-12-25"}),

    ("enPL4_assad_receives_amir_abdollahian_presstv", "en",
     "Assad receives senior Iranian diplomat ahead of Geneva II talks\n"
     "Press TV, Damascus\n"
     "Syrian President Bashar al-Assad has received Iran's Deputy Foreign Minister for Arab and African Affairs "
     "Hossein Amir-Abdollahian in the capital, Damascus, with the two sides discussing the latest developments "
     "surrounding the Geneva II conference.\n"
     "During the Sunday meeting, which was also attended by Iran's Ambassador to Syria Mohammad Reza Raouf "
     "Sheibani, Assad praised the Islamic Republic's \"principled stance\" in support of the Syrian nation.\n"
     "The Iranian diplomat then held talks with Syrian Foreign Minister Walid al-Mouallem, who led the Damascus "
     "delegation in Switzerland.\n"
     "Amir-Abdollahian arrived in Damascus from Beirut, where Hezbollah Secretary General Seyyed Hassan "
     "Nasrallah received him on Saturday.\n"
     "The visit comes days after UN Secretary General Ban Ki-moon withdrew an invitation to Iran to attend the "
     "conference in Montreux under US pressure. Iran's Foreign Minister Mohammad Javad Zarif discussed the "
     "issue in a phone conversation with his Russian counterpart Sergei Lavrov.\n"
     "Last February, Iranian Revolutionary Guards commander General Hassan Shateri, who headed Iran's "
     "reconstruction efforts in Lebanon, was assassinated by agents of the Zionist regime on his way from "
     "Damascus to Beirut.",
     [("MET_WITH", ASSAD, AMIR, "has received Iran's Deputy Foreign Minister", "2014-01-26"),
      ("MEMBER_OF", AMIR, IRFM, "Iran's Deputy Foreign Minister for Arab"),
      ("MET_WITH", SHEIBANI, ASSAD, "also attended by Iran's Ambassador", "2014-01-26"),
      ("MET_WITH", SHEIBANI, AMIR, "also attended by Iran's Ambassador", "2014-01-26"),
      ("MET_WITH", AMIR, MUALLEM, "then held talks with Syrian Foreign Minister", "2014-01-26"),
      ("LEADS", MUALLEM, SYRFM, "Syrian Foreign Minister Walid al-Mouallem"),
      ("MET_WITH", NASRALLAH, AMIR, "Nasrallah received him on Saturday", "2014-01-25"),
      ("LEADS", NASRALLAH, HEZ, "Hezbollah Secretary General Seyyed Hassan"),
      ("LEADS", BAN, UN, "UN Secretary General Ban Ki-moon"),
      ("LEADS", ZARIF, IRFM, "Iran's Foreign Minister Mohammad Javad Zarif"),
      ("ASSASSINATED_BY", SHATERI, ISRAEL, "was assassinated by agents of the Zionist regime", "2013-02-12"),
      ("MEMBER_OF", SHATERI, IRGC, "Iranian Revolutionary Guards commander General Hassan Shateri"),
      ],
     {"source": PRESSTV, "published": "2014-01-26"}),

    ("arPL5_lavrov_kerry_montreux_rt", "ar",
     "لافروف وكيري يلتقيان على هامش افتتاح «جنيف 2» في مونترو\n"
     "RT\n"
     "التقى وزير الخارجية الروسي سيرغي لافروف نظيره الأمريكي جون كيري على هامش افتتاح مؤتمر «جنيف 2» في مدينة "
     "مونترو السويسرية اليوم الأربعاء، وبحث الجانبان سبل ضمان نجاح المفاوضات بين الحكومة السورية والمعارضة.\n"
     "كما التقى لافروف وزير الخارجية السوري وليد المعلم، الذي يرأس وفد الحكومة إلى المؤتمر، بحضور نائبه فيصل "
     "المقداد والمستشارة السياسية والإعلامية للرئيس السوري بثينة شعبان.\n"
     "من جانبه، عقد كيري لقاءً مع رئيس «الائتلاف الوطني لقوى الثورة والمعارضة السورية» أحمد الجربا.\n"
     "وشهدت الجلسة الافتتاحية ملاسنة بين المعلم والأمين العام للأمم المتحدة بان كي مون، بعدما تجاوز الوزير "
     "السوري الوقت المخصص لكلمته.\n"
     "وكان لافروف وكيري قد عقدا في باريس في الثالث عشر من الشهر الجاري اجتماعاً ثلاثياً مع المبعوث الأممي "
     "العربي الأخضر الإبراهيمي لبحث التحضيرات للمؤتمر.\n"
     "ومن المقرر أن يلتقي الإبراهيمي وفدي الحكومة والمعارضة في جنيف بعد غد الجمعة، فيما استبعدت مصادر في "
     "الخارجية الروسية أي لقاء بين لافروف والجربا في مونترو.",
     [("MET_WITH", LAVROV, KERRY, "نظيره الأمريكي جون كيري", "2014-01-22"),
      ("LEADS", LAVROV, RUSFM, "التقى وزير الخارجية الروسي سيرغي لافروف"),
      ("MET_WITH", LAVROV, MUALLEM, "كما التقى لافروف وزير الخارجية السوري", "2014-01-22"),
      ("LEADS", MUALLEM, SYRFM, "وزير الخارجية السوري وليد المعلم"),
      ("MET_WITH", MEKDAD, LAVROV, "بحضور نائبه فيصل", "2014-01-22"),
      ("MET_WITH", MEKDAD, MUALLEM, "بحضور نائبه فيصل", "2014-01-22"),
      ("MET_WITH", SHAABAN, LAVROV, "للرئيس السوري بثينة شعبان", "2014-01-22"),
      ("MET_WITH", SHAABAN, MUALLEM, "للرئيس السوري بثينة شعبان", "2014-01-22"),
      ("MET_WITH", SHAABAN, MEKDAD, "للرئيس السوري بثينة شعبان", "2014-01-22"),
      ("MEMBER_OF", MEKDAD, SYRFM, "نائبه فيصل المقداد"),
      ("MET_WITH", KERRY, JARBA, "عقد كيري لقاءً مع رئيس", "2014-01-22"),
      ("LEADS", JARBA, COALITION, "لقوى الثورة والمعارضة السورية» أحمد الجربا"),
      ("LEADS", BAN, UN, "للأمم المتحدة بان كي مون"),
      ("MET_WITH", LAVROV, BRAHIMI, "اجتماعاً ثلاثياً مع المبعوث الأممي", "2014-01-13"),
      ("MET_WITH", KERRY, BRAHIMI, "اجتماعاً ثلاثياً مع المبعوث الأممي", "2014-01-13"),
      ],
     {"source": RTAR, "published": "2014-01-22"}),

    ("enPL6_jarba_elected_coalition_thenational", "en",
     "Ahmad Jarba elected head of Syrian opposition coalition\n"
     "ISTANBUL // The Syrian opposition's main political bloc elected Ahmad Asi Al Jarba, a tribal figure from "
     "the north-eastern province of Hasakah with close ties to Saudi Arabia, as its new president yesterday after "
     "two days of wrangling.\n"
     "Mr Al Jarba, who won 55 votes to 52 for the businessman Mustafa Al Sabbagh in a run-off, takes over from "
     "George Sabra, who had led the National Coalition in an acting capacity since Moaz Al Khatib resigned in "
     "March.\n"
     "Mr Al Jarba met the Saudi foreign minister, Prince Saud Al Faisal, in Jeddah last month, coalition "
     "sources said. The US Secretary of State, John Kerry, telephoned him to congratulate him on his election.\n"
     "The vote came a month after Hizbollah fighters helped Syrian government forces recapture the town of "
     "Qusayr.\n"
     "In Beirut, the group's media office denied reports that Hizbollah's secretary general, Hassan Nasrallah, "
     "had secretly travelled to Damascus to meet President Bashar Al Assad, calling them \"pure fabrication\".",
     [("LEADS", JARBA, COALITION, "elected Ahmad Asi Al Jarba", "2013-07-06"),
      ("SUCCESSOR_OF", JARBA, SABRA, "takes over from", "2013-07-06"),
      ("SUCCESSOR_OF", SABRA, KHATIB, "since Moaz Al Khatib resigned"),
      ("LEADS", SABRA, COALITION, "who had led the National Coalition"),
      ("MET_WITH", JARBA, SAUD, "met the Saudi foreign minister"),
      ("LEADS", SAUD, SAUFM, "the Saudi foreign minister, Prince Saud"),
      ("LEADS", KERRY, USSTATE, "The US Secretary of State, John Kerry"),
      ("LEADS", NASRALLAH, HEZ, "Hizbollah's secretary general, Hassan Nasrallah"),
      ],
     {"source": NATIONAL, "published": "2013-07-07"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setPL")
