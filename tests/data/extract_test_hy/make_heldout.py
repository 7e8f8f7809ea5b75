"""Blind set HY: Lebanon and Hezbollah 2024-2025 as a weekly "what happened this week" digest
(bullet-like short paragraphs; one piece per language carries a short dated timeline): pagers and
the strike on Ibrahim Aqil, Sept 2024, with a timeline (English); the partial Israeli withdrawal and
the funeral of Nasrallah and Safieddine, Ghalibaf and Araghchi at Baabda, Feb 2025 (Arabic); the
week Lebanon got a president, Jan 2025 (English); the cabinet tasks the army with the arms plan,
Aug 2025 (Arabic); Heikal's plan and Adm. Cooper in Beirut, Sept 2025 (English); the first week of
the Nov 2024 ceasefire and Gen. Jeffers's arrival, with a timeline (Arabic).
Excluded on purpose: pager killings with no stated agent (only a Hezbollah accusation), a phone call
(Salam-Ghalibaf, Macron-Aoun), front-runner and rival candidates for the premiership, a planned
Macron visit, a visit "expected" next week (Larijani), a denied trip to Washington (Heikal), a drone
killing no one claimed.
Spellings: Ibrahim Aqil, Naim Kassem, Rodolphe Heikal, قاليباف, عراقجى, جوزيف عون, باراك, ميقاتى,
نصرالله.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_hy import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAN, LEBANON, ISR, USA, FRANCE, SYRIA = ("country:iran", "country:lebanon", "country:israel",
                                          "country:united-states", "country:france", "country:syria")
HEZ, AMAL, HEZEXEC, HEZMEDIA, RADWAN, LOYALTY = (
    "organization:hezbollah", "organization:amal-movement", "organization:hezbollah-executive-council",
    "organization:hezbollah-media-relations", "organization:radwan-force",
    "organization:loyalty-to-the-resistance-bloc")
LEBGOV, LEBPARL, LEBARMY, LEBFM, LEBPRES, MARADA = (
    "organization:lebanese-government", "organization:lebanese-parliament", "organization:lebanese-army",
    "organization:lebanese-foreign-ministry", "organization:lebanese-presidency", "organization:marada-movement")
IDF, ISRGOV, ISRDEF, ISRNSC = ("organization:israel-defense-forces", "organization:israeli-government",
                               "organization:israeli-defense-ministry",
                               "organization:israeli-national-security-council")
IRFM, SNSC, IRPARL, IRGC, IRNSCOM = ("organization:iranian-foreign-ministry",
                                     "organization:supreme-national-security-council",
                                     "organization:iranian-parliament", "organization:irgc",
                                     "organization:iranian-parliament-national-security-committee")
MECH, UNIFIL, CENTCOM, ICJ, PMF, EGFM = (
    "organization:ceasefire-mechanism", "organization:unifil", "organization:us-central-command",
    "organization:international-court-of-justice", "organization:popular-mobilization-forces",
    "organization:egyptian-foreign-ministry")
BEIRUT, DAHIYEH, HARETHREIK, RASNABAA, BAABDA, SERAIL, AINTINEH = (
    "location:beirut", "location:dahiyeh", "location:haret-hreik", "location:ras-al-nabaa",
    "location:baabda-palace", "location:grand-serail", "location:ain-el-tineh")
AIRPORT, NAQOURA, YARZE, SOUTHLEB, SHEBAA, DAMASCUS, CAIRO, CCSC = (
    "location:beirut-airport", "location:naqoura", "location:yarze", "location:south-lebanon",
    "location:shebaa-farms", "location:damascus", "location:cairo", "location:camille-chamoun-sports-city")
NAHAR, REUTERS, AFP, AP, IRNA, MANAR, FIGARO = ("outlet:an-nahar", "outlet:reuters", "outlet:afp", "outlet:ap",
                                               "outlet:irna", "outlet:al-manar", "outlet:le-figaro")

NASR, SAFI, NQASSEM, KARAKI, NILF, AQIL, AFIF, TABA = (
    "person:hassan-nasrallah", "person:hashem-safieddine", "person:naim-qassem", "person:ali-karaki",
    "person:abbas-nilforoushan", "person:ibrahim-aqil", "person:mohammad-afif", "person:haytham-ali-tabatabai")
RAAD, HFADL, KHALIL, HAIDAR = ("person:mohammad-raad", "person:hassan-fadlallah", "person:ali-hassan-khalil",
                               "person:mohammad-haidar")
BERRI, MIKATI, JAOUN, MAOUN, SALAM, HAYKAL, RAJJI, BOUHABIB = (
    "person:nabih-berri", "person:najib-mikati", "person:joseph-aoun", "person:michel-aoun", "person:nawaf-salam",
    "person:rodolphe-haykal", "person:youssef-rajji", "person:abdallah-bou-habib")
MORCOS, NAJAT, RAHAL, KARAM, FRANGIEH, AZOUR = (
    "person:paul-morcos", "person:najat-charafeddine", "person:andre-rahal", "person:simon-karam",
    "person:suleiman-frangieh", "person:jihad-azour")
ARAGHCHI, LARIJANI, GHALIBAF, KHAM, VELAYATI, AMANI, BAGHAEI, AZIZI = (
    "person:abbas-araghchi", "person:ali-larijani", "person:mohammad-bagher-ghalibaf", "person:ali-khamenei",
    "person:ali-akbar-velayati", "person:mojtaba-amani", "person:esmaeil-baghaei", "person:ebrahim-azizi")
HOCHSTEIN, ORTAGUS, BARRACK, JOHNSON, JEFFERS, LEENEY, COOPER, KURILLA, TRUMP = (
    "person:amos-hochstein", "person:morgan-ortagus", "person:tom-barrack", "person:lisa-johnson",
    "person:jasper-jeffers", "person:michael-leeney", "person:brad-cooper", "person:michael-kurilla",
    "person:donald-trump")
LEDRIAN, MACRON, PONCHIN, YAZID, ABDELATTY, ASSAD, FAYYADH = (
    "person:jean-yves-le-drian", "person:emmanuel-macron", "person:guillaume-ponchin", "person:yazid-bin-farhan",
    "person:badr-abdelatty", "person:bashar-al-assad", "person:falih-al-fayyadh")
NETANYAHU, GALLANT, HAGARI, RESNICK = ("person:benjamin-netanyahu", "person:yoav-gallant", "person:daniel-hagari",
                                       "person:uri-resnick")

ARTICLES = [
    ("enHY1_week_pagers_and_aqil", "en",
     "THIS WEEK IN LEBANON (Sept 16-22, 2024): pagers, radios and a strike on the Radwan command\n"
     "- Exploding pagers killed at least 12 people and wounded some 2,800 across Lebanon on Tuesday, Iran's "
     "ambassador Mojtaba Amani among them; Israel did not comment, though Hezbollah blamed it.\n"
     "- U.S. envoy Amos Hochstein met Prime Minister Benjamin Netanyahu in Israel on Monday, and separately "
     "Defence Minister Yoav Gallant, urging restraint.\n"
     "- On Friday an Israeli strike on a building in Beirut's southern suburbs killed Ibrahim Aqil, the head "
     "of Hezbollah's elite Radwan Force, and more than a dozen of its commanders, the Israeli military said.\n"
     "TIMELINE - Sept 18: walkie-talkies explode during funerals; 25 dead.\n"
     "Sept 19: Hezbollah leader Hassan Nasrallah calls the attacks \"a declaration of war\".\n"
     "Sept 22: at Aqil's funeral, deputy leader Naim Qassem says an \"open-ended battle\" has begun.",
     [("VISITED", HOCHSTEIN, ISR, "in Israel on Monday", "2024-09-16"),
      ("MET_WITH", HOCHSTEIN, NETANYAHU, "met Prime Minister Benjamin Netanyahu", "2024-09-16"),
      ("LEADS", NETANYAHU, ISRGOV, "Prime Minister Benjamin Netanyahu"),
      ("MET_WITH", HOCHSTEIN, GALLANT, "and separately", "2024-09-16"),
      ("LEADS", GALLANT, ISRDEF, "Defence Minister Yoav"),
      ("ASSASSINATED_BY", AQIL, ISR, "On Friday an Israeli strike", "2024-09-20"),
      ("ASSASSINATED_BY", AQIL, IDF, "the Israeli military said", "2024-09-20"),
      ("ATTACKED", ISR, DAHIYEH, "on a building in Beirut's southern suburbs", "2024-09-20"),
      ("LEADS", AQIL, RADWAN, "the head of Hezbollah's elite Radwan"),
      ("PART_OF", RADWAN, HEZ, "Hezbollah's elite Radwan Force"),
      ("LEADS", NASR, HEZ, "Hezbollah leader Hassan"),
      ("MEMBER_OF", NQASSEM, HEZ, "deputy leader Naim"),
      ],
     {"source": "blind set (weekly digest, English)", "published": "2024-09-23"}),

    ("arHY2_week_withdrawal_and_funeral", "ar",
     "حصاد الأسبوع: انسحاب منقوص وتشييع حاشد في المدينة الرياضية\n"
     "• انسحب الجيش الإسرائيلي الثلاثاء من معظم القرى الحدودية في جنوب لبنان مع انتهاء المهلة الممددة "
     "لوقف النار، لكنه أبقى قواته في خمس تلال.\n"
     "• وصل رئيس مجلس الشورى الإيراني محمد باقر قاليباف ووزير الخارجية عباس عراقجى إلى بيروت السبت، "
     "واستقبلهما الرئيس جوزاف عون في بعبدا، فقال لهما إن لبنان «تعب من حروب الآخرين على أرضه».\n"
     "• والتقى الضيفان في اليوم نفسه رئيس مجلس النواب نبيه بري، فيما اكتفى رئيس الحكومة نواف سلام باتصال "
     "هاتفي مع قاليباف.\n"
     "• الأحد، شيّع «حزب الله» أمينه العام السابق حسن نصرالله ورئيس مجلسه التنفيذي هاشم صفي الدين في مدينة "
     "كميل شمعون الرياضية، وحلّقت مقاتلات إسرائيلية على علو منخفض فوق الحشود.\n"
     "• وألقى الأمين العام الشيخ نعيم قاسم كلمة مسجلة عبر الشاشة تعهّد فيها بـ«مواصلة الطريق».\n"
     "• ونقلت «المنار» أن رئيس هيئة الحشد الشعبي العراقي فالح الفياض شارك في التشييع في بيروت على رأس وفد.",
     [("WITHDREW_FROM", IDF, SOUTHLEB, "انسحب الجيش الإسرائيلي الثلاثاء", "2025-02-18"),
      ("LEADS", GHALIBAF, IRPARL, "رئيس مجلس الشورى الإيراني محمد"),
      ("LEADS", ARAGHCHI, IRFM, "ووزير الخارجية عباس"),
      ("VISITED", GHALIBAF, BEIRUT, "عراقجى إلى بيروت السبت", "2025-02-22"),
      ("VISITED", ARAGHCHI, BEIRUT, "عراقجى إلى بيروت السبت", "2025-02-22"),
      ("MET_WITH", GHALIBAF, JAOUN, "واستقبلهما الرئيس جوزاف", "2025-02-22"),
      ("MET_WITH", ARAGHCHI, JAOUN, "واستقبلهما الرئيس جوزاف", "2025-02-22"),
      ("MET_WITH", GHALIBAF, ARAGHCHI, "واستقبلهما الرئيس جوزاف", "2025-02-22"),
      ("LEADS", JAOUN, LEBANON, "الرئيس جوزاف عون في بعبدا"),
      ("VISITED", GHALIBAF, BAABDA, "عون في بعبدا", "2025-02-22"),
      ("VISITED", ARAGHCHI, BAABDA, "عون في بعبدا", "2025-02-22"),
      ("MET_WITH", GHALIBAF, BERRI, "والتقى الضيفان", "2025-02-22"),
      ("MET_WITH", ARAGHCHI, BERRI, "والتقى الضيفان", "2025-02-22"),
      ("LEADS", BERRI, LEBPARL, "رئيس مجلس النواب نبيه"),
      ("LEADS", SALAM, LEBGOV, "رئيس الحكومة نواف"),
      ("LEADS", NASR, HEZ, "أمينه العام السابق حسن"),
      ("LEADS", SAFI, HEZEXEC, "ورئيس مجلسه التنفيذي هاشم"),
      ("LEADS", NQASSEM, HEZ, "الأمين العام الشيخ نعيم"),
      ("LEADS", FAYYADH, PMF, "رئيس هيئة الحشد الشعبي العراقي"),
      ("VISITED", FAYYADH, BEIRUT, "التشييع في بيروت", "2025-02-23"),
      ("REPORTED_BY", FAYYADH, MANAR, "ونقلت «المنار»"),
      ],
     {"source": "blind set (weekly digest, Arabic)", "published": "2025-02-24"}),

    ("enHY3_week_lebanon_gets_a_president", "en",
     "WEEK IN REVIEW (Jan 6-12, 2025): Lebanon finally has a president\n"
     "- Monday: U.S. envoy Amos Hochstein, on his last trip before the administration changes, met Speaker "
     "Nabih Berri and caretaker Premier Najib Mikati in Beirut, and later army chief Gen. Joseph Aoun.\n"
     "- Wednesday: France's envoy Jean-Yves Le Drian and Saudi Prince Yazid bin Farhan held joint talks "
     "with Berri at Ain el-Tineh on the eve of the vote.\n"
     "- Thursday: Parliament elected Aoun president with 99 votes in the second round, making him Michel "
     "Aoun's successor after a 26-month vacuum.\n"
     "- Hezbollah's Mohammad Raad, head of its parliamentary bloc, said the party had \"vetoed no one\".\n"
     "- French President Emmanuel Macron spoke by phone with the president-elect and promised to visit "
     "\"very soon\".\n"
     "- Next up: caretaker premier Mikati is seen as the front-runner to form the next government, but "
     "opposition MPs are rallying behind Nawaf Salam, a judge at the International Court of Justice.",
     [("MET_WITH", HOCHSTEIN, BERRI, "met Speaker", "2025-01-06"),
      ("MET_WITH", HOCHSTEIN, MIKATI, "and caretaker Premier Najib", "2025-01-06"),
      ("MET_WITH", HOCHSTEIN, JAOUN, "and later army chief", "2025-01-06"),
      ("VISITED", HOCHSTEIN, BEIRUT, "Mikati in Beirut", "2025-01-06"),
      ("LEADS", BERRI, LEBPARL, "Nabih Berri and caretaker"),
      ("LEADS", MIKATI, LEBGOV, "caretaker Premier Najib"),
      ("LEADS", JAOUN, LEBARMY, "army chief Gen. Joseph"),
      ("MET_WITH", LEDRIAN, BERRI, "held joint talks", "2025-01-08"),
      ("MET_WITH", YAZID, BERRI, "held joint talks", "2025-01-08"),
      ("MET_WITH", LEDRIAN, YAZID, "held joint talks", "2025-01-08"),
      ("VISITED", LEDRIAN, AINTINEH, "with Berri at Ain el-Tineh", "2025-01-08"),
      ("VISITED", YAZID, AINTINEH, "with Berri at Ain el-Tineh", "2025-01-08"),
      ("LEADS", JAOUN, LEBANON, "Parliament elected Aoun president", "2025-01-09"),
      ("SUCCESSOR_OF", JAOUN, MAOUN, "making him Michel", "2025-01-09"),
      ("MEMBER_OF", RAAD, HEZ, "Hezbollah's Mohammad Raad"),
      ("LEADS", RAAD, LOYALTY, "head of its parliamentary bloc"),
      ("LEADS", MACRON, FRANCE, "French President Emmanuel"),
      ("MEMBER_OF", SALAM, ICJ, "a judge at the International Court"),
      ],
     {"source": "blind set (weekly digest, English)", "published": "2025-01-12"}),

    ("arHY4_week_cabinet_arms_decision", "ar",
     "أسبوع لبنان: الحكومة تكلّف الجيش حصر السلاح\n"
     "• الثلاثاء 5 آب: كلّف مجلس الوزراء، في جلسة ترأسها الرئيس جوزيف عون في بعبدا، الجيش اللبناني وضع خطة "
     "لحصر السلاح بيد الدولة قبل نهاية الشهر.\n"
     "• الخميس 7 آب: أقرّ المجلس «أهداف» الورقة التي حملها الموفد الأميركي توم باراك، فانسحب من الجلسة "
     "وزراء «الثنائي الشيعي»، ومنهم وزير العمل محمد حيدر.\n"
     "• السبت 9 آب: قال مستشار المرشد الإيراني علي أكبر ولايتي إن طهران «تعارض» نزع سلاح الحزب، فوصفت "
     "الخارجية اللبنانية كلامه بأنه «تدخل سافر».\n"
     "• الأمين العام لـ«حزب الله» نعيم قاسم قال إن الحزب سيتعامل مع القرار «كأنه غير موجود».\n"
     "• في اليرزة، استقبل قائد الجيش العماد رودولف هيكل رئيس لجنة الإشراف على وقف النار الجنرال الأميركي "
     "مايكل ليني، وبحثا في انتشار الجيش جنوب الليطاني.\n"
     "• وتحدثت وسائل إعلام إيرانية عن زيارة مرتقبة لأمين المجلس الأعلى للأمن القومي علي لاريجاني إلى بيروت "
     "الأسبوع المقبل.",
     [("LEADS", JAOUN, LEBANON, "ترأسها الرئيس جوزيف"),
      ("MEMBER_OF", HAIDAR, LEBGOV, "وزير العمل محمد"),
      ("LEADS", NQASSEM, HEZ, "الأمين العام لـ«حزب الله» نعيم"),
      ("VISITED", LEENEY, YARZE, "في اليرزة، استقبل", "2025-08"),
      ("MET_WITH", HAYKAL, LEENEY, "في اليرزة، استقبل", "2025-08"),
      ("LEADS", HAYKAL, LEBARMY, "قائد الجيش العماد رودولف"),
      ("LEADS", LEENEY, MECH, "رئيس لجنة الإشراف على وقف النار"),
      ("LEADS", LARIJANI, SNSC, "لأمين المجلس الأعلى للأمن القومي"),
      ],
     {"source": "blind set (weekly digest, Arabic)", "published": "2025-08-10"}),

    ("enHY5_week_heikal_plan_cooper", "en",
     "THE WEEK (Sept 5-11, 2025): the army's disarmament plan reaches the cabinet\n"
     "- Friday: army commander Gen. Rodolphe Heikal presented a five-phase plan to bring all weapons under "
     "state control; the cabinet \"welcomed\" it without setting a deadline, and the Shiite ministers walked "
     "out as he began speaking.\n"
     "- Hezbollah chief Naim Kassem said the party would not hand over its arms \"while Israel occupies our "
     "land\".\n"
     "- Monday: Adm. Brad Cooper, who took over U.S. Central Command from Gen. Michael Kurilla last month, "
     "made his first visit to Beirut, meeting President Joseph Aoun together with envoy Morgan Ortagus.\n"
     "- Cooper then held talks alone with Heikal at army headquarters in Yarze.\n"
     "- Reports that Heikal would travel to Washington this month were denied by the army's command.\n"
     "- Israeli strikes killed five people in the south; no names were released.",
     [("LEADS", HAYKAL, LEBARMY, "army commander Gen. Rodolphe Heikal"),
      ("LEADS", NQASSEM, HEZ, "Hezbollah chief Naim"),
      ("LEADS", COOPER, CENTCOM, "took over U.S. Central Command", "2025-08"),
      ("SUCCESSOR_OF", COOPER, KURILLA, "took over U.S. Central Command from Gen.", "2025-08"),
      ("LEADS", KURILLA, CENTCOM, "from Gen. Michael Kurilla"),
      ("VISITED", COOPER, BEIRUT, "his first visit to Beirut", "2025-09-08"),
      ("MET_WITH", COOPER, JAOUN, "meeting President Joseph Aoun together", "2025-09-08"),
      ("MET_WITH", ORTAGUS, JAOUN, "meeting President Joseph Aoun together", "2025-09-08"),
      ("MET_WITH", COOPER, ORTAGUS, "meeting President Joseph Aoun together", "2025-09-08"),
      ("LEADS", JAOUN, LEBANON, "President Joseph Aoun"),
      ("MET_WITH", COOPER, HAYKAL, "Cooper then held talks alone", "2025-09-08"),
      ("VISITED", COOPER, YARZE, "at army headquarters in Yarze", "2025-09-08"),
      ],
     {"source": "blind set (weekly digest, English)", "published": "2025-09-12"}),

    ("arHY6_week_ceasefire_jeffers", "ar",
     "حصاد الأسبوع في خط زمني: الهدنة تصمد بصعوبة\n"
     "• 26 تشرين الثاني: رئيس الوزراء الإسرائيلي بنيامين نتنياهو يعلن موافقة حكومته على الاتفاق.\n"
     "• 27 تشرين الثاني: وقف إطلاق النار يدخل حيز التنفيذ فجراً، والجيش اللبناني يبدأ الانتشار جنوب "
     "الليطاني.\n"
     "• 28 تشرين الثاني: الأمين العام لـ«حزب الله» نعيم قاسم يعلن «انتصاراً يفوق» انتصار 2006.\n"
     "• 2 كانون الأول: اللواء الأميركي جاسبر جيفرز، رئيس لجنة الإشراف على تنفيذ الاتفاق، يصل إلى بيروت "
     "ويلتقي، برفقة ممثل فرنسا في اللجنة الجنرال غيوم بونشان، رئيس حكومة تصريف الأعمال نجيب ميقاتى وقائد "
     "الجيش العماد جوزاف عون في السراي.\n"
     "• 2 كانون الأول أيضاً: «حزب الله» يطلق قذيفتين على مزارع شبعا «رداً على الخروق».\n"
     "• 3 كانون الأول: مقتل عنصر في أمن الدولة بغارة مسيّرة قرب مرجعيون لم تتبنّها أي جهة.",
     [("LEADS", NETANYAHU, ISRGOV, "رئيس الوزراء الإسرائيلي بنيامين"),
      ("LEADS", NQASSEM, HEZ, "الأمين العام لـ«حزب الله» نعيم"),
      ("LEADS", JEFFERS, MECH, "رئيس لجنة الإشراف على تنفيذ الاتفاق"),
      ("VISITED", JEFFERS, BEIRUT, "يصل إلى بيروت", "2024-12-02"),
      ("MEMBER_OF", PONCHIN, MECH, "ممثل فرنسا في اللجنة"),
      ("MET_WITH", JEFFERS, PONCHIN, "ويلتقي، برفقة ممثل فرنسا", "2024-12-02"),
      ("MET_WITH", JEFFERS, MIKATI, "ويلتقي، برفقة ممثل فرنسا", "2024-12-02"),
      ("MET_WITH", JEFFERS, JAOUN, "ويلتقي، برفقة ممثل فرنسا", "2024-12-02"),
      ("MET_WITH", PONCHIN, MIKATI, "ويلتقي، برفقة ممثل فرنسا", "2024-12-02"),
      ("MET_WITH", PONCHIN, JAOUN, "ويلتقي، برفقة ممثل فرنسا", "2024-12-02"),
      ("MET_WITH", MIKATI, JAOUN, "ويلتقي، برفقة ممثل فرنسا", "2024-12-02"),
      ("LEADS", MIKATI, LEBGOV, "رئيس حكومة تصريف الأعمال نجيب"),
      ("LEADS", JAOUN, LEBARMY, "الجيش العماد جوزاف"),
      ("VISITED", JEFFERS, SERAIL, "عون في السراي", "2024-12-02"),
      ("VISITED", PONCHIN, SERAIL, "عون في السراي", "2024-12-02"),
      ("ATTACKED", HEZ, SHEBAA, "يطلق قذيفتين على مزارع شبعا", "2024-12-02"),
      ],
     {"source": "blind set (weekly digest, Arabic)", "published": "2024-12-04"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setHY")
