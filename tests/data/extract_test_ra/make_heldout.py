"""Blind set RA: Jordan, the Palestinian Authority and the West Bank 2021-2024 (first folder of RA-RB):
Antony Blinken's and William Burns's meetings with Mahmoud Abbas after the Jenin raid (January 2023),
Ayman Safadi's and Sameh Shoukry's visit to Abbas in Ramallah after their Cairo meeting with Le Drian
and Maas (January 2021), the IDF's killing of the Lions' Den leader Wadee al-Houh in Nablus (October
2022), King Abdullah II's visit to Abbas in Ramallah (March 2022), Abbas's appointment of Mohammad
Mustafa to replace Mohammad Shtayyeh (March 2024) and the killing of the Jenin Brigade's founder Jamil
al-Amouri with two Palestinian intelligence officers (June 2021), as a Western wire writes it in English
(Reuters-like: "RAMALLAH, West Bank, Jan 31 (Reuters) -", "two sources familiar with"), the Palestinian
state agency in Arabic (WAFA-like: "رام الله 18-1-2021 وفا-", "استقبل السيد الرئيس", "سيادته"), an Israeli
daily in English (Times of Israel-like: "terror group", "the military said"), the Jordanian state agency
in Arabic (Petra-like: "جلالة الملك", "سمو الأمير", "(بترا)"), a Gulf TV site in English (Al Arabiya
English-like) and a Palestinian faction outlet in Arabic (Islamic Jihad-leaning, "تزف", "قوة خاصة صهيونية",
"ارتقى شهيداً").
Pieces: Blinken meets Abbas with Faraj and al-Sheikh present, had met Netanyahu the day before; Burns held
talks with Abbas (English, RA1); Abbas receives Safadi and Shoukry with al-Maliki and Faraj present; the
two ministers had met Le Drian and Maas in Cairo (Arabic, RA2); the IDF kills al-Houh; al-Nabulsi killed by
Israeli forces in August (English, RA3); King Abdullah meets Abbas in Ramallah with the Crown Prince,
Safadi and al-Sheikh present (Arabic, RA4); Mustafa replaces Shtayyeh; Blinken had met Abbas in January
(English, RA5); a "Zionist special force" kills al-Amouri and, with the same fire, two intelligence
officers (Arabic, RA6).
Excluded on purpose (no relation): the nine unnamed dead of the Jenin raid, Blinken's phone call with
Safadi (RA1); Abbas's phone call with Sisi, his planned visit to Cairo, the greetings passed on from the
King and Sisi (RA2); Tamer al-Kilani, killed by a bomb "the group blamed on Israel" (accusation only), the
Israeli soldier Ido Baruch whose killing al-Houh was "wanted for" (accusation), Lapid's meeting with
unnamed security chiefs (RA3); Blinken's phone call to Abbas, the Negev meeting Jordan did not attend
(RA4); Safadi's congratulation call to Mustafa, Hamas's criticism (RA5); al-Nakhalah's call to the family,
the movement's accusation of "the occupation" (RA6).
Judgement calls: attendees ("also present", «وحضر اللقاء»، «فيما حضره») are paired with both principals
and, when they attend one meeting together, with each other (the majority of dev gold; RA1, RA2, RA4);
with two guests received together (RA2) each attendee is paired with the host and both guests; "held
talks with" is a meeting (RA1); "Israeli troops" / "Israeli forces" / «قوة خاصة صهيونية» as the killer
give the IDF's id (RA3, RA6); «برصاص القوة ذاتها» names the same agent for the two officers (RA6); "replaces
Mohammad Shtayyeh" is a succession (RA5); "a founding leader of the Lions' Den" and «مؤسس كتيبة جنين» are
LEADS (RA3, RA6); a prime minister LEADS the country; a foreign minister LEADS his ministry where it has an
id; "One of its best-known figures" is MEMBER_OF (RA3); «زفّت سرايا القدس ... القائد الميداني» is MEMBER_OF
(RA6).
Filled in for the exercise: Faraj's and al-Sheikh's presence, the Safadi phone call, Burns's day (RA1);
al-Maliki's and Faraj's presence, the phone call with Sisi, the planned Cairo visit (RA2); the wording of
Gantz and Shtayyeh, Lapid's meeting (RA3); the attendance list, Blinken's earlier call (RA4); Safadi's call,
Mustafa's age (RA5); the statement's wording, al-Nakhalah's call (RA6).
Spellings: "Majed Faraj", "CIA Director William Burns" (RA1); «أيمن الصفدي»، «سامح شكري»، «هايكو ماس»
(RA2); "Wadee al-Houh", "Ibrahim al-Nabulsi" (RA3); «عبدالله الثاني»، «الحسين بن عبدالله الثاني» (RA4);
"Mohammad Mustafa", "Mohammad Shtayyeh" (RA5); «جميل العموري»، «أدهم عليوي» (RA6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_rb import ALL  # noqa: E402

HERE = Path(__file__).parent

PALESTINE, JORDAN, ISRAEL = "country:palestine", "country:jordan", "country:israel"
RAMALLAH = "location:ramallah"
IDF, CIA, STATE, JFM, EFM = (
    "organization:israel-defense-forces", "organization:cia", "organization:us-state-department",
    "organization:jordanian-foreign-ministry", "organization:egyptian-foreign-ministry")
PGI, PMI, PIF = ("organization:palestinian-general-intelligence", "organization:palestinian-military-intelligence",
                 "organization:palestine-investment-fund")
FATAH, PIJ, QUDS, JENINB, LIONS = (
    "organization:fatah", "organization:palestinian-islamic-jihad", "organization:al-quds-brigades",
    "organization:jenin-brigade", "organization:lions-den")
ABBAS, SHEIKH, FARAJ, MALIKI, MUSTAFA, SHTAYYEH, NAKHALAH = (
    "person:mahmoud-abbas", "person:hussein-al-sheikh", "person:majed-faraj", "person:riyad-al-maliki",
    "person:mohammad-mustafa", "person:mohammad-shtayyeh", "person:ziyad-al-nakhalah")
AMOURI, ALIWI, ISSA, HOUH, NABULSI, KILANI = (
    "person:jamil-al-amouri", "person:adham-aliwi", "person:tayseer-issa", "person:wadee-al-houh",
    "person:ibrahim-al-nabulsi", "person:tamer-al-kilani")
KING, CPRINCE, SAFADI = "person:abdullah-ii", "person:hussein-bin-abdullah", "person:ayman-safadi"
SHOUKRY = "person:sameh-shoukry"
NETANYAHU, LAPID = "person:benjamin-netanyahu", "person:yair-lapid"
BLINKEN, BURNS, LEDRIAN, MAAS = (
    "person:antony-blinken", "person:william-burns", "person:jean-yves-le-drian", "person:heiko-maas")

REUTERS = "blind set (Western news wire, English, Reuters-like)"
WAFA = "blind set (Palestinian state news agency, Arabic, WAFA-like)"
TOI = "blind set (Israeli daily, English, Times of Israel-like)"
PETRA = "blind set (Jordanian state news agency, Arabic, Petra-like)"
ARABIYA = "blind set (Gulf TV news site, English, Al Arabiya English-like)"
FACTION = "blind set (Palestinian faction news site, Arabic, Islamic Jihad-leaning)"

ARTICLES = [
    ("enRA1_blinken_abbas_ramallah_reuters", "en",
     "Blinken urges calm in talks with Abbas after deadly Jenin raid\n"
     "RAMALLAH, West Bank, Jan 31 (Reuters) - U.S. Secretary of State Antony Blinken met Palestinian President "
     "Mahmoud Abbas in Ramallah on Tuesday and called on Israelis and Palestinians to take urgent steps to "
     "restore calm after the deadliest stretch of violence in years.\n"
     "The two men met at the Muqata'a presidential compound, with the Palestinian intelligence chief Majed Faraj "
     "and senior official Hussein al-Sheikh also present, a Palestinian official said.\n"
     "Abbas told reporters after the talks that Israel bore full responsibility for the escalation, citing last "
     "week's raid on the Jenin refugee camp in which Israeli forces killed nine Palestinians.\n"
     "The top U.S. diplomat had met Prime Minister Benjamin Netanyahu in Jerusalem on Monday.\n"
     "CIA Director William Burns held talks with Abbas in Ramallah on Sunday, two sources familiar with the visit "
     "said, as part of a quiet effort to persuade the Palestinian leader to reverse his decision to halt security "
     "coordination with Israel. A spokesman for Abbas declined to comment.\n"
     "A stop in Amman was not on Blinken's schedule; he spoke by phone with Jordanian Foreign Minister Ayman "
     "Safadi instead, a State Department official said.",
     [("MET_WITH", BLINKEN, ABBAS, "met Palestinian President", "2023-01-31"),
      ("LEADS", BLINKEN, STATE, "U.S. Secretary of State Antony Blinken"),
      ("LEADS", ABBAS, PALESTINE, "Palestinian President Mahmoud Abbas in Ramallah"),
      ("MET_WITH", FARAJ, ABBAS, "intelligence chief Majed Faraj", "2023-01-31"),
      ("MET_WITH", FARAJ, BLINKEN, "The two men met at the", "2023-01-31"),
      ("MET_WITH", SHEIKH, ABBAS, "senior official Hussein al-Sheikh", "2023-01-31"),
      ("MET_WITH", SHEIKH, BLINKEN, "also present, a Palestinian official said", "2023-01-31"),
      ("MET_WITH", SHEIKH, FARAJ, "Muqata'a presidential compound", "2023-01-31"),
      ("LEADS", FARAJ, PGI, "Palestinian intelligence chief Majed"),
      ("MET_WITH", BLINKEN, NETANYAHU, "had met Prime Minister Benjamin Netanyahu", "2023-01-30"),
      ("LEADS", NETANYAHU, ISRAEL, "Prime Minister Benjamin Netanyahu in Jerusalem"),
      ("MET_WITH", BURNS, ABBAS, "held talks with Abbas in Ramallah on Sunday", "2023-01-29"),
      ("LEADS", BURNS, CIA, "CIA Director William Burns"),
      ("LEADS", SAFADI, JFM, "Jordanian Foreign Minister Ayman"),
      ],
     {"source": REUTERS, "published": "2023-01-31"}),

    ("arRA2_abbas_safadi_shoukry_wafa", "ar",
     "الرئيس عباس يستقبل وزيري خارجية الأردن ومصر\n"
     "رام الله 18-1-2021 وفا- استقبل السيد الرئيس محمود عباس، اليوم الاثنين، في مقر الرئاسة بمدينة رام الله، "
     "نائب رئيس الوزراء وزير الخارجية وشؤون المغتربين الأردني أيمن الصفدي، ووزير الخارجية المصري سامح شكري.\n"
     "ووضع سيادته الوزيرين في صورة آخر المستجدات السياسية والتحضيرات الجارية لإجراء الانتخابات العامة، مثمناً "
     "الموقفين الأردني والمصري الداعمين لحقوق شعبنا الفلسطيني.\n"
     "من جهتهما، أكد الصفدي وشكري دعم بلديهما لجهود إحياء عملية السلام على أساس حل الدولتين، ونقلا إلى سيادته "
     "تحيات جلالة الملك عبد الله الثاني وفخامة الرئيس عبد الفتاح السيسي.\n"
     "وحضر اللقاء وزير الخارجية والمغتربين رياض المالكي، ورئيس جهاز المخابرات العامة اللواء ماجد فرج.\n"
     "وكان الوزيران قد عقدا في القاهرة الأسبوع الماضي اجتماعاً مع نظيريهما الفرنسي جان إيف لودريان والألماني "
     "هايكو ماس، بحث سبل استئناف المفاوضات.\n"
     "وكان الرئيس عباس قد أجرى اتصالاً هاتفياً بالرئيس السيسي قبل أيام، ومن المقرر أن يزور القاهرة خلال الأسابيع "
     "المقبلة.",
     met_group({ABBAS: "استقبل السيد الرئيس محمود عباس", SAFADI: "وشؤون المغتربين الأردني أيمن الصفدي",
                SHOUKRY: "ووزير الخارجية المصري سامح شكري"}, "2021-01-18") + [
      ("MET_WITH", MALIKI, ABBAS, "وحضر اللقاء وزير الخارجية", "2021-01-18"),
      ("MET_WITH", MALIKI, SAFADI, "والمغتربين رياض المالكي", "2021-01-18"),
      ("MET_WITH", MALIKI, SHOUKRY, "رياض المالكي، ورئيس", "2021-01-18"),
      ("MET_WITH", FARAJ, ABBAS, "اللواء ماجد فرج", "2021-01-18"),
      ("MET_WITH", FARAJ, SAFADI, "ورئيس جهاز المخابرات العامة", "2021-01-18"),
      ("MET_WITH", FARAJ, SHOUKRY, "جهاز المخابرات العامة اللواء", "2021-01-18"),
      ("MET_WITH", FARAJ, MALIKI, "المخابرات العامة اللواء ماجد", "2021-01-18"),
      ("MET_WITH", SAFADI, LEDRIAN, "نظيريهما الفرنسي جان إيف لودريان", "2021-01-11"),
      ("MET_WITH", SAFADI, MAAS, "هايكو ماس، بحث", "2021-01-11"),
      ("MET_WITH", SHOUKRY, LEDRIAN, "عقدا في القاهرة", "2021-01-11"),
      ("MET_WITH", SHOUKRY, MAAS, "اجتماعاً مع نظيريهما", "2021-01-11"),
      ("MET_WITH", LEDRIAN, MAAS, "سبل استئناف المفاوضات", "2021-01-11"),
      ("LEADS", SAFADI, JFM, "وزير الخارجية وشؤون المغتربين الأردني"),
      ("LEADS", SHOUKRY, EFM, "ووزير الخارجية المصري سامح"),
      ("LEADS", FARAJ, PGI, "ورئيس جهاز المخابرات العامة اللواء"),
      ("LEADS", ABBAS, PALESTINE, "السيد الرئيس محمود عباس، اليوم"),
      ],
     {"source": WAFA, "published": "2021-01-18"}),

    ("enRA3_idf_kills_lions_den_leader_toi", "en",
     "IDF kills Lions' Den leader in Nablus raid; Palestinians say five dead\n"
     "By TOI Staff\n"
     "Israeli troops killed a founding leader of the Lions' Den terror group, Wadee al-Houh, in an overnight raid "
     "on the group's hideout in the Old City of Nablus, the military said Tuesday.\n"
     "According to the Israel Defense Forces, soldiers, Shin Bet agents and police counterterrorism officers "
     "surrounded an apartment used by the group as a bomb-making lab and blew it up after a gunfight. The "
     "Palestinian Health Ministry said five Palestinians were killed in the operation and some 20 wounded.\n"
     "Al-Houh, 31, was wanted for a string of shooting attacks, including the killing of Staff Sgt. Ido Baruch "
     "near Shavei Shomron earlier this month, the IDF said.\n"
     "The Lions' Den, an armed group made up of young members of several factions, emerged in Nablus this year. "
     "One of its best-known figures, Ibrahim al-Nabulsi, was killed by Israeli forces in a shootout in the city "
     "in August.\n"
     "On Sunday, another member, Tamer al-Kilani, was killed by a bomb planted on a motorcycle in Nablus. The "
     "group blamed Israel, which did not comment.\n"
     "Defense Minister Benny Gantz said Israel would \"reach anyone\" who tried to harm its citizens, while Prime "
     "Minister Yair Lapid met with the heads of the security services to discuss the northern West Bank.\n"
     "Palestinian Prime Minister Mohammad Shtayyeh called the raid \"a war crime.\"",
     [("ASSASSINATED_BY", HOUH, IDF, "Israeli troops killed a founding leader", "2022-10-25"),
      ("LEADS", HOUH, LIONS, "a founding leader of the Lions' Den terror group"),
      ("ASSASSINATED_BY", NABULSI, IDF, "was killed by Israeli forces in a shootout", "2022-08-09"),
      ("MEMBER_OF", NABULSI, LIONS, "One of its best-known figures"),
      ("MEMBER_OF", KILANI, LIONS, "another member, Tamer al-Kilani"),
      ("LEADS", LAPID, ISRAEL, "Minister Yair Lapid met"),
      ("LEADS", SHTAYYEH, PALESTINE, "Palestinian Prime Minister Mohammad Shtayyeh"),
      ],
     {"source": TOI, "published": "2022-10-25"}),

    ("arRA4_king_abdullah_ramallah_petra", "ar",
     "جلالة الملك يزور رام الله ويلتقي الرئيس الفلسطيني\n"
     "رام الله 28 آذار (بترا)- أكد جلالة الملك عبدالله الثاني، خلال لقائه الرئيس الفلسطيني محمود عباس في رام الله "
     "اليوم الاثنين، ضرورة الحفاظ على التهدئة الشاملة ووقف جميع الإجراءات أحادية الجانب التي تقوض فرص تحقيق "
     "السلام، مع قرب حلول شهر رمضان المبارك.\n"
     "وأعاد جلالته التأكيد على أن الأردن سيواصل، انطلاقاً من الوصاية الهاشمية، دوره في حماية المقدسات الإسلامية "
     "والمسيحية في القدس.\n"
     "ووصل جلالته إلى رام الله على متن مروحية، وكان في استقباله الرئيس عباس، حيث أقيمت لجلالته مراسم استقبال "
     "رسمية في مقر الرئاسة، قبل أن يعقد الزعيمان لقاءً ثنائياً أعقبه لقاء موسع.\n"
     "وحضر اللقاء سمو الأمير الحسين بن عبدالله الثاني، ولي العهد، ونائب رئيس الوزراء وزير الخارجية وشؤون "
     "المغتربين أيمن الصفدي، فيما حضره عن الجانب الفلسطيني عضو اللجنة المركزية لحركة فتح حسين الشيخ.\n"
     "وتأتي الزيارة، وهي الأولى لجلالته إلى رام الله منذ عام 2017، بالتزامن مع اجتماع يعقده في النقب وزراء خارجية "
     "إسرائيل والولايات المتحدة ومصر والمغرب والإمارات والبحرين، ولم يشارك فيه الأردن.\n"
     "وكان الرئيس عباس قد تلقى الأسبوع الماضي اتصالاً هاتفياً من وزير الخارجية الأميركي أنتوني بلينكن.",
     [("MET_WITH", KING, ABBAS, "خلال لقائه الرئيس الفلسطيني", "2022-03-28"),
      ("VISITED", KING, RAMALLAH, "جلالة الملك يزور رام الله"),
      ("LEADS", KING, JORDAN, "أكد جلالة الملك عبدالله الثاني"),
      ("LEADS", ABBAS, PALESTINE, "الرئيس الفلسطيني محمود عباس في رام الله"),
      ("MET_WITH", CPRINCE, KING, "سمو الأمير الحسين بن عبدالله الثاني", "2022-03-28"),
      ("MET_WITH", CPRINCE, ABBAS, "وحضر اللقاء سمو الأمير", "2022-03-28"),
      ("MET_WITH", SAFADI, KING, "المغتربين أيمن الصفدي", "2022-03-28"),
      ("MET_WITH", SAFADI, ABBAS, "ونائب رئيس الوزراء وزير الخارجية", "2022-03-28"),
      ("MET_WITH", SHEIKH, KING, "عضو اللجنة المركزية لحركة فتح حسين الشيخ", "2022-03-28"),
      ("MET_WITH", SHEIKH, ABBAS, "فيما حضره عن الجانب الفلسطيني", "2022-03-28"),
      ("MET_WITH", CPRINCE, SAFADI, "ولي العهد، ونائب", "2022-03-28"),
      ("MET_WITH", CPRINCE, SHEIKH, "حضره عن الجانب", "2022-03-28"),
      ("MET_WITH", SAFADI, SHEIKH, "الجانب الفلسطيني عضو", "2022-03-28"),
      ("LEADS", SAFADI, JFM, "ونائب رئيس الوزراء"),
      ("MEMBER_OF", SHEIKH, FATAH, "اللجنة المركزية لحركة فتح"),
      ],
     {"source": PETRA, "published": "2022-03-28"}),

    ("enRA5_mustafa_replaces_shtayyeh_arabiya", "en",
     "Abbas names economist Mohammad Mustafa as Palestinian prime minister\n"
     "Al Arabiya English\n"
     "Palestinian President Mahmoud Abbas on Thursday appointed Mohammad Mustafa, a longtime economic adviser "
     "who chairs the Palestine Investment Fund, as prime minister, tasking him with leading reforms and the "
     "reconstruction of Gaza.\n"
     "Mustafa, a US-educated economist who held senior posts at the World Bank, replaces Mohammad Shtayyeh, whose "
     "government resigned on February 26 amid mounting US pressure for a \"revitalized\" Palestinian Authority.\n"
     "In a letter of designation carried by the official WAFA news agency, Abbas asked the new premier to draw "
     "up plans to reunify institutions in the West Bank and Gaza.\n"
     "Hamas, which has ruled Gaza since 2007, said forming a new government \"without national consensus\" "
     "deepened divisions.\n"
     "Washington has been pressing for an overhaul of the PA since the Gaza war began. US Secretary of State "
     "Antony Blinken met Abbas in Ramallah in January and discussed reforms, while Jordan's Foreign Minister "
     "Ayman Safadi called Mustafa on Thursday evening to congratulate him, the Jordanian ministry said.\n"
     "Mustafa, 69, previously served as deputy prime minister and economy minister from 2013 to 2015.",
     [("SUCCESSOR_OF", MUSTAFA, SHTAYYEH, "replaces Mohammad Shtayyeh", "2024-03-14"),
      ("LEADS", ABBAS, PALESTINE, "Palestinian President Mahmoud Abbas on Thursday"),
      ("LEADS", MUSTAFA, PIF, "who chairs the Palestine Investment Fund"),
      ("LEADS", MUSTAFA, PALESTINE, "as prime minister, tasking him"),
      ("MET_WITH", BLINKEN, ABBAS, "Antony Blinken met Abbas in Ramallah", "2024-01-10"),
      ("LEADS", BLINKEN, STATE, "US Secretary of State"),
      ("LEADS", SAFADI, JFM, "Jordan's Foreign Minister"),
      ],
     {"source": ARABIYA, "published": "2024-03-14"}),

    ("arRA6_jenin_brigade_amouri_faction", "ar",
     "سرايا القدس تزفّ القائد جميل العموري مؤسس «كتيبة جنين»\n"
     "جنين - خاص\n"
     "زفّت سرايا القدس، الجناح العسكري لحركة الجهاد الإسلامي في فلسطين، اليوم الخميس، القائد الميداني جميل "
     "العموري (25 عاماً)، مؤسس كتيبة جنين، الذي ارتقى شهيداً برصاص قوة خاصة صهيونية تسللت فجراً إلى محيط مقر "
     "الاستخبارات العسكرية في المدينة.\n"
     "وارتقى برصاص القوة ذاتها ضابطان في جهاز الاستخبارات العسكرية الفلسطينية، هما الملازم أدهم عليوي والنقيب "
     "تيسير عيسى، بعد اشتباكهما مع القوة المتسللة.\n"
     "وقالت السرايا في بيان عسكري إن القائد العموري \"كان في طليعة المقاومين الذين أعادوا للبندقية حضورها في "
     "مخيم جنين\"، متوعدةً بأن دماء الشهداء \"لن تذهب هدراً\".\n"
     "من جهتها، حمّلت حركة الجهاد الإسلامي الاحتلال المسؤولية الكاملة عن الجريمة، فيما أجرى الأمين العام للحركة "
     "زياد النخالة اتصالاً هاتفياً بعائلة الشهيد معزياً ومؤكداً أن \"الكتيبة باقية\".\n"
     "وشيّع آلاف المواطنين جثامين الشهداء الثلاثة في مخيم جنين وسط إطلاق نار في الهواء، فيما أعلنت الفصائل "
     "الإضراب الشامل في المحافظة.",
     [("ASSASSINATED_BY", AMOURI, IDF, "برصاص قوة خاصة صهيونية", "2021-06-10"),
      ("LEADS", AMOURI, JENINB, "مؤسس كتيبة جنين، الذي"),
      ("MEMBER_OF", AMOURI, QUDS, "اليوم الخميس، القائد الميداني"),
      ("PART_OF", QUDS, PIJ, "الجناح العسكري لحركة الجهاد الإسلامي في فلسطين"),
      ("ASSASSINATED_BY", ALIWI, IDF, "وارتقى برصاص القوة ذاتها", "2021-06-10"),
      ("ASSASSINATED_BY", ISSA, IDF, "تيسير عيسى، بعد اشتباكهما", "2021-06-10"),
      ("MEMBER_OF", ALIWI, PMI, "الملازم أدهم عليوي"),
      ("MEMBER_OF", ISSA, PMI, "ضابطان في جهاز الاستخبارات العسكرية"),
      ("LEADS", NAKHALAH, PIJ, "الأمين العام للحركة"),
      ],
     {"source": FACTION, "published": "2021-06-10"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setRA")
