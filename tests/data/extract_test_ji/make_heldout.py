"""Blind set JI: Lebanon, January - November 2025, as a Beirut French-heritage outlet's English site
(L'Orient Today-like: "Read more", explanatory clauses, "the Hezbollah-affiliated", quotes from
deputies) and a pan-Arab TV site's Arabic (Al Arabiya-like: "العربية.نت", "مصادر لـ«العربية»",
"الحزب", short paragraphs) write it.
Pieces: Abbas in Beirut with Azzam al-Ahmad, after the strike that killed Hassan Farhat in Sidon
(English); Aoun in Doha and the Qatar Fund's director (Arabic); Tabatabai killed in Haret Hreik,
Tabatabai after Fouad Shukr, a Hezbollah MP to Al Arabiya (Arabic); the IMF mission with Jaber,
Jaber after Youssef Khalil (English); Larijani in Beirut (Arabic); UNIFIL after the Security Council
vote, its spokesman, Abagnara with Haykal (English).
Excluded on purpose (no relation): a meeting between Abbas and Hamas officials that was "not on the
agenda" (JI1); a visit to Lebanon the Emir "accepted" (JI2); strikes whose dead are not named and a
killing in the south with no stated agent (JI3); a meeting with the IMF board "expected" in October
(JI4); the foreign minister's refusal to meet Larijani, and a phone call between Larijani and
Qassem (JI5); an Israeli drone attack near peacekeepers that the IDF denied (JI6: not annotated as
ATTACKED, contested). Events follow the public record as far as the writer knew it; some minor
details are filled in for the exercise.
Spellings: Mahmoud Abbas as "Abu Mazen", هيثم علي الطبطبائي and "أبو علي الطبطبائي", نعيم قاسم as
"الشيخ قاسم", Kassem; Nabih Berri as "the Ain al-Tineh leader"; Ali Larijani as "لاريجاني".
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_ji import ALL  # noqa: E402

HERE = Path(__file__).parent

LEB, ISR, QATAR, IRAN = "country:lebanon", "country:israel", "country:qatar", "country:iran"
HEZ, HAMAS, FATAH, PA, LPDC, IDF, LOYALTY, QFFD, IMF, UNIFIL, LEBARMY, LEBGOV, SNSC = (
    "organization:hezbollah", "organization:hamas", "organization:fatah", "organization:palestinian-authority",
    "organization:lebanese-palestinian-dialogue-committee", "organization:israel-defense-forces",
    "organization:loyalty-to-the-resistance-bloc", "organization:qatar-fund-for-development", "organization:imf",
    "organization:unifil", "organization:lebanese-army", "organization:lebanese-government",
    "organization:supreme-national-security-council")
BEIRUT, SIDON, DOHA, HARETHREIK, BAABDA, YARZE, DAHIYEH = (
    "location:beirut", "location:sidon", "location:doha", "location:haret-hreik", "location:baabda-palace",
    "location:yarze", "location:dahiyeh")
AOUN, SALAM, BERRI, ABBAS, DIMASHKIEH, DABBOUR, FARHAT, TAMIM, MBAR, RAJJI = (
    "person:joseph-aoun", "person:nawaf-salam", "person:nabih-berri", "person:mahmoud-abbas",
    "person:ramez-dimashkieh", "person:ashraf-dabbour", "person:hassan-farhat", "person:tamim-bin-hamad-al-thani",
    "person:mohammed-bin-abdulrahman-al-thani", "person:youssef-rajji")
TABATABAI, SHUKR, QASSEM, JABER, SOUAID, LARIJANI, AHMADIAN, AMANI, ABAGNARA, HAYKAL = (
    "person:haytham-ali-tabatabai", "person:fouad-shukr", "person:naim-qassem", "person:yassine-jaber",
    "person:karim-souaid", "person:ali-larijani", "person:ali-akbar-ahmadian", "person:mojtaba-amani",
    "person:diodato-abagnara", "person:rodolphe-haykal")
# new to the tables
AZZAM, SULAITI, IHAB, KHALIL, RIGO, TENENTI = (
    "person:azzam-al-ahmad", "person:fahad-al-sulaiti", "person:ihab-hamadeh", "person:youssef-khalil",
    "person:ernesto-ramirez-rigo", "person:andrea-tenenti")

ARTICLES = [
    ("enJI1_abbas_beirut_camps", "en",
     "Abu Mazen in Beirut: Aoun and Abbas agree that the state alone holds weapons\n"
     "Palestinian President Mahmoud Abbas arrived in Beirut on Wednesday for a three-day visit, his first "
     "since Joseph Aoun's election, and held talks with the Lebanese president at Baabda, where both "
     "affirmed that weapons in the Palestinian camps must come under the authority of the Lebanese state.\n"
     "Abu Mazen, who was accompanied by Azzam al-Ahmad, a member of Fatah's Central Committee, then met "
     "Prime Minister Nawaf Salam at the Grand Serail, with the head of the Lebanese-Palestinian Dialogue "
     "Committee, Ramez Dimashkieh, and Palestinian Ambassador Ashraf Dabbour also present.\n"
     "A meeting with Hamas officials was \"not on the agenda\", a Palestinian source told L'Orient Today.\n"
     "The visit comes seven weeks after Hassan Farhat, a Hamas commander, was killed with two of his "
     "children in an Israeli strike on his apartment in Sidon, which the Israeli army and the Shin Bet said "
     "they had carried out together.",
     [("LEADS", ABBAS, PA, "Palestinian President Mahmoud Abbas"),
      ("VISITED", ABBAS, BEIRUT, "arrived in Beirut on Wednesday", "2025-05-21"),
      ("MET_WITH", ABBAS, AOUN, "held talks with the Lebanese president at Baabda", "2025-05-21"),
      ("VISITED", ABBAS, BAABDA, "held talks with the Lebanese president at Baabda", "2025-05-21"),
      ("MEMBER_OF", AZZAM, FATAH, "a member of Fatah's Central Committee"),
      ("MET_WITH", ABBAS, SALAM, "then met Prime Minister Nawaf Salam", "2025-05-22"),
      ("MET_WITH", AZZAM, SALAM, "then met Prime Minister Nawaf Salam", "2025-05-22"),
      ("MET_WITH", ABBAS, AZZAM, "who was accompanied by Azzam al-Ahmad", "2025-05-22"),
      ("MET_WITH", DIMASHKIEH, SALAM, "Ramez Dimashkieh, and Palestinian Ambassador", "2025-05-22"),
      ("MET_WITH", ABBAS, DIMASHKIEH, "Ramez Dimashkieh, and Palestinian Ambassador", "2025-05-22"),
      ("MET_WITH", AZZAM, DIMASHKIEH, "Ramez Dimashkieh, and Palestinian Ambassador", "2025-05-22"),
      ("MET_WITH", DABBOUR, SALAM, "Ashraf Dabbour also present", "2025-05-22"),
      ("MET_WITH", ABBAS, DABBOUR, "Ashraf Dabbour also present", "2025-05-22"),
      ("MET_WITH", AZZAM, DABBOUR, "Ashraf Dabbour also present", "2025-05-22"),
      ("MET_WITH", DABBOUR, DIMASHKIEH, "Ashraf Dabbour also present", "2025-05-22"),
      ("LEADS", DIMASHKIEH, LPDC, "the head of the Lebanese-Palestinian Dialogue"),
      ("MEMBER_OF", FARHAT, HAMAS, "a Hamas commander"),
      ("ASSASSINATED_BY", FARHAT, IDF, "the Israeli army and the Shin Bet said", "2025-04-04"),
      ("ATTACKED", ISR, SIDON, "on his apartment in Sidon", "2025-04-04"),
      ],
     {"source": "blind set (Beirut French-heritage outlet, English site)", "published": "2025-05-22"}),

    ("arJI2_aoun_doha_tamim_qffd", "ar",
     "أمير قطر يستقبل الرئيس اللبناني في الدوحة.. ودعم جديد للجيش والكهرباء\n"
     "الدوحة - العربية.نت: استقبل أمير قطر الشيخ تميم بن حمد آل ثاني، الثلاثاء، الرئيس اللبناني جوزاف عون "
     "في الديوان الأميري، في أول زيارة له إلى الدوحة منذ انتخابه، وبحث الجانبان العلاقات الثنائية ودعم "
     "الجيش اللبناني.\n"
     "وحضر جلسة المباحثات رئيس مجلس الوزراء وزير الخارجية القطري الشيخ محمد بن عبدالرحمن آل ثاني، ومن "
     "الجانب اللبناني وزير الخارجية يوسف رجي.\n"
     "والتقى عون في وقت لاحق المدير العام لصندوق قطر للتنمية فهد بن حمد السليطي، الذي أعلن عن منحة جديدة "
     "لقطاع الكهرباء وعن استمرار تمويل الوقود للجيش.\n"
     "وقالت مصادر لـ«العربية» إن الأمير قبل دعوة لزيارة لبنان «في أقرب فرصة»، وإن البحث تطرق أيضاً إلى "
     "ملف إعادة الإعمار في الجنوب.",
     [("LEADS", TAMIM, QATAR, "استقبل أمير قطر الشيخ تميم"),
      ("MET_WITH", AOUN, TAMIM, "استقبل أمير قطر الشيخ تميم", "2025-04-15"),
      ("VISITED", AOUN, DOHA, "في أول زيارة له إلى الدوحة", "2025-04-15"),
      ("MET_WITH", AOUN, MBAR, "وحضر جلسة المباحثات رئيس مجلس الوزراء", "2025-04-15"),
      ("MET_WITH", MBAR, TAMIM, "وحضر جلسة المباحثات رئيس مجلس الوزراء", "2025-04-15"),
      ("MET_WITH", AOUN, RAJJI, "ومن الجانب اللبناني وزير الخارجية", "2025-04-15"),
      ("MET_WITH", RAJJI, TAMIM, "ومن الجانب اللبناني وزير الخارجية", "2025-04-15"),
      ("MET_WITH", MBAR, RAJJI, "ومن الجانب اللبناني وزير الخارجية", "2025-04-15"),
      ("MET_WITH", AOUN, SULAITI, "والتقى عون في وقت لاحق المدير العام", "2025-04-15"),
      ("LEADS", SULAITI, QFFD, "المدير العام لصندوق قطر للتنمية"),
      ],
     {"source": "blind set (pan-Arab TV website, Arabic)", "published": "2025-04-15"}),

    ("arJI3_tabatabai_killed_haret_hreik", "ar",
     "إسرائيل تغتال «أبو علي الطبطبائي» في الضاحية.. وحزب الله: سنحدد التوقيت\n"
     "بيروت - العربية.نت: أعلن الجيش الإسرائيلي، الأحد، أنه اغتال رئيس أركان حزب الله هيثم علي الطبطبائي "
     "في غارة استهدفت مبنى في حارة حريك بالضاحية الجنوبية لبيروت، في أول ضربة على الضاحية منذ أشهر.\n"
     "ونعى الحزب «القائد الجهادي الكبير» الطبطبائي، الذي تولى قيادة العمليات العسكرية بعد مقتل فؤاد شكر "
     "في تموز 2024، بحسب مصادر مقربة من الحزب.\n"
     "وقال عضو كتلة الوفاء للمقاومة النائب إيهاب حمادة لـ«العربية» إن «الرد قرار تتخذه القيادة»، فيما "
     "أكد الشيخ قاسم في كلمة مسجلة أن الحزب «سيحدد التوقيت».\n"
     "وفي الجنوب، قُتل شخصان في غارات على بلدات عدة، كما عُثر على جثة رجل في بلدة حدودية من دون أن تُعرف "
     "الجهة التي قتلته.\n"
     "وكانت إسرائيل قد اغتالت في نيسان الماضي القيادي في الحزب حسن بدير بغارة على شقة في الضاحية.",
     [("ASSASSINATED_BY", TABATABAI, IDF, "أعلن الجيش الإسرائيلي، الأحد، أنه اغتال", "2025-11-23"),
      ("LEADS", TABATABAI, HEZ, "رئيس أركان حزب الله هيثم"),
      ("ATTACKED", IDF, HARETHREIK, "في غارة استهدفت مبنى في حارة حريك", "2025-11-23"),
      ("LOCATED_IN", HARETHREIK, DAHIYEH, "حارة حريك بالضاحية الجنوبية"),
      ("SUCCESSOR_OF", TABATABAI, SHUKR, "بعد مقتل فؤاد شكر", "2024-07"),
      ("ASSASSINATED_BY", "person:hassan-bdeir", ISR, "وكانت إسرائيل قد اغتالت في نيسان", "2025-04-01"),
      ("MEMBER_OF", "person:hassan-bdeir", HEZ, "القيادي في الحزب حسن بدير"),
      ("MEMBER_OF", IHAB, LOYALTY, "عضو كتلة الوفاء للمقاومة النائب"),
      ("REPORTED_BY", IHAB, "outlet:al-arabiya", "إيهاب حمادة لـ«العربية»"),
      ],
     {"source": "blind set (pan-Arab TV website, Arabic)", "published": "2025-11-23"}),

    ("enJI4_imf_mission_jaber", "en",
     "IMF mission wraps up Beirut talks as Jaber pushes bank resolution law\n"
     "An IMF team led by mission chief Ernesto Ramirez Rigo wrapped up a week of talks in Beirut on Friday, "
     "during which it met Finance Minister Yassine Jaber and Central Bank Governor Karim Souaid at the "
     "Finance Ministry, according to a statement by the Fund.\n"
     "Jaber, who took over from Youssef Khalil in February, told L'Orient Today that the bank resolution law "
     "would reach Parliament \"within weeks\". The mission also held talks with Prime Minister Nawaf Salam "
     "at the Grand Serail.\n"
     "The IMF said \"progress has been made\" but that a staff-level agreement would require the law on "
     "the gap in the financial sector. A meeting with the Fund's board is expected in October in "
     "Washington.",
     [("MEMBER_OF", RIGO, IMF, "led by mission chief Ernesto Ramirez Rigo"),
      ("MET_WITH", JABER, RIGO, "it met Finance Minister Yassine Jaber", "2025-05"),
      ("MET_WITH", RIGO, SOUAID, "Central Bank Governor Karim Souaid at the", "2025-05"),
      ("MET_WITH", JABER, SOUAID, "Central Bank Governor Karim Souaid at the", "2025-05"),
      ("SUCCESSOR_OF", JABER, KHALIL, "took over from Youssef Khalil in February", "2025-02"),
      ("MET_WITH", RIGO, SALAM, "The mission also held talks with Prime Minister", "2025-05"),
      ("LEADS", SALAM, LEBGOV, "Prime Minister Nawaf Salam at the Grand"),
      ],
     {"source": "blind set (Beirut French-heritage outlet, English site)", "published": "2025-05-30"}),

    ("arJI5_larijani_beirut", "ar",
     "لاريجاني في بيروت.. وعون: لا نقبل أي تدخل في شؤوننا\n"
     "بيروت - العربية.نت: وصل أمين المجلس الأعلى للأمن القومي الإيراني علي لاريجاني، الأربعاء، إلى بيروت، "
     "في أول زيارة له منذ تعيينه خلفاً لعلي أكبر أحمديان، وكان في استقباله في المطار السفير الإيراني مجتبى "
     "أماني.\n"
     "والتقى لاريجاني الرئيس جوزاف عون في بعبدا، الذي أبلغه أن لبنان «لا يقبل أي تدخل في شؤونه الداخلية»، "
     "ثم التقى رئيس مجلس النواب نبيه بري في عين التينة، ورئيس الحكومة نواف سلام.\n"
     "ورفض وزير الخارجية يوسف رجي لقاء المسؤول الإيراني، بحسب مصادر لـ«العربية»، فيما أفادت مصادر أخرى "
     "بأن لاريجاني أجرى اتصالاً هاتفياً بالأمين العام لحزب الله نعيم قاسم، وأن الزيارة تأتي بعد أيام من قرار "
     "الحكومة حصر السلاح بيد الدولة.",
     [("LEADS", LARIJANI, SNSC, "أمين المجلس الأعلى للأمن القومي الإيراني"),
      ("VISITED", LARIJANI, BEIRUT, "الأربعاء، إلى بيروت", "2025-08-13"),
      ("SUCCESSOR_OF", LARIJANI, AHMADIAN, "خلفاً لعلي أكبر أحمديان", "2025-08"),
      ("MET_WITH", AMANI, LARIJANI, "وكان في استقباله في المطار", "2025-08-13"),
      ("MET_WITH", AOUN, LARIJANI, "والتقى لاريجاني الرئيس جوزاف عون", "2025-08-13"),
      ("VISITED", LARIJANI, BAABDA, "الرئيس جوزاف عون في بعبدا", "2025-08-13"),
      ("MET_WITH", BERRI, LARIJANI, "ثم التقى رئيس مجلس النواب", "2025-08-13"),
      ("MET_WITH", LARIJANI, SALAM, "ورئيس الحكومة نواف سلام", "2025-08-13"),
      ("LEADS", QASSEM, HEZ, "بالأمين العام لحزب الله نعيم"),
      ],
     {"source": "blind set (pan-Arab TV website, Arabic)", "published": "2025-08-13"}),

    ("enJI6_unifil_abagnara_haykal", "en",
     "UNIFIL chief meets army commander as peacekeepers count down to 2026\n"
     "UNIFIL's head of mission, Maj. Gen. Diodato Abagnara, met Lebanese Army Commander Gen. Rodolphe Haykal "
     "at Yarze on Tuesday, days after the Security Council voted to end the force's mandate at the end of "
     "2026.\n"
     "\"We will keep supporting the Lebanese army until the last day,\" UNIFIL spokesperson Andrea Tenenti "
     "told L'Orient Today, adding that peacekeepers had found more than 300 weapons caches south of the "
     "Litani since the ceasefire.\n"
     "On Sunday, UNIFIL said an Israeli drone had dropped a grenade near its patrol in the Marwahin area; "
     "the Israeli army denied targeting the peacekeepers.\n"
     "Abagnara, who succeeded Aroldo Lazaro in June, was also received by Prime Minister Nawaf Salam at the "
     "Grand Serail.",
     [("LEADS", ABAGNARA, UNIFIL, "UNIFIL's head of mission"),
      ("MET_WITH", ABAGNARA, HAYKAL, "met Lebanese Army Commander Gen", "2025-09-02"),
      ("LEADS", HAYKAL, LEBARMY, "Lebanese Army Commander Gen"),
      ("VISITED", ABAGNARA, YARZE, "at Yarze on Tuesday", "2025-09-02"),
      ("MEMBER_OF", TENENTI, UNIFIL, "UNIFIL spokesperson Andrea Tenenti"),
      ("SUCCESSOR_OF", ABAGNARA, "person:aroldo-lazaro", "who succeeded Aroldo Lazaro in June", "2025-06"),
      ("MET_WITH", ABAGNARA, SALAM, "was also received by Prime Minister", "2025-09-02"),
      ],
     {"source": "blind set (Beirut French-heritage outlet, English site)", "published": "2025-09-03"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setJI")
