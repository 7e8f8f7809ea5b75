"""Blind set JU: Gaza 2024-2025, the Hamas leaders killed and the ceasefire talks, as an Israeli
English-language news site writes it (Times of Israel / Ynet-like: "the IDF confirmed", ranks (Maj. Gen.,
Lt. Gen.), the PMO and "an Israeli official said", Hebrew-calendar-free weekdays, quotes from ministers)
and as a Hamas-leaning Arabic news site writes it (Palestinian Information Center / Shehab-like: "زفّت",
"ارتقى شهيداً", "القائد المجاهد", "الاحتلال" and "الصهيوني", kunyas, "صفقة طوفان الأقصى", statements
of the movement quoted at length).
Pieces: the IDF confirms Mohammed Sinwar and Mohammed Shabana were killed under the European Hospital
in Khan Younis, and Haddad in his place, June 2025 (English); Rubio at the Western Wall with Netanyahu
after the Doha strike, September 2025 (English); Dermer to Sharm el-Sheikh, Zini after Bar at the Shin
Bet, Hirsch's team with Rashad and the Qatari prime minister, October 2025 (English); Hamas announces
Sinwar's death in Tal al-Sultan, al-Hayya's speech, Sinwar after Haniyeh, Haniyeh's last meeting with
Pezeshkian, October 2024 (Arabic); Hamas names its five dead and the Lekhwiya corporal of the Doha
strike, September 2025 (Arabic); a Hamas delegation under Mohammed Darwish with Hassan Rashad in Cairo
and the fifth release of prisoners, February 2025 (Arabic).
Excluded on purpose (no relation): Yahya Sinwar called "slain" with no agent, and Netanyahu's
announcement in the Knesset (JU1); Rubio's flight to Doha "scheduled" for Tuesday and an unnamed Qatari
officer (JU2); Dermer's trip still to come, a direct Israel-Hamas meeting that an official denied, and
Kalin "expected" in Sharm el-Sheikh (JU3); Hamas's not yet naming a successor to Sinwar (JU4); Hamas
holding the US administration "responsible" as Israel's partner, an attribution that is not the agent
(JU5); Sinwar called "الشهيد" with no agent, and the ICRC handover (JU6).
Spellings: Izz ad-Din Haddad, Mohammed bin Abdulrahman Al Thani, "the Prime Minister"; يحيى السنوار
«أبو إبراهيم», إسماعيل هنية «أبو العبد», خليل الحيّة «أبو أسامة», جهاد لبد «أبو بلال», الدكتور خليل الحيّة.
Events follow the public record as far as the writer knew it; some minor details (who attended,
who led a team on a given day, the weekday of a meeting) are filled in for the exercise.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_ju import ALL  # noqa: E402

HERE = Path(__file__).parent

ISR, IRAN, EGYPT = "country:israel", "country:iran", "country:egypt"
HAMAS, HPB, SHURA, QASSAM, IDF, IAF, IDM, ISRGOV, PMO, SHINBET, MOSSAD, SOUTHCOM = (
    "organization:hamas", "organization:hamas-political-bureau", "organization:hamas-shura-council",
    "organization:qassam-brigades", "organization:israel-defense-forces", "organization:israeli-air-force",
    "organization:israeli-defense-ministry", "organization:israeli-government",
    "organization:israeli-prime-ministers-office", "organization:shin-bet", "organization:mossad",
    "organization:idf-southern-command")
EGI, QGOV, USSTATE, LEKHWIYA, PNI, PPS = (
    "organization:egyptian-general-intelligence", "organization:qatari-government",
    "organization:us-state-department", "organization:lekhwiya", "organization:palestinian-national-initiative",
    "organization:palestinian-prisoners-society")
EUROHOSP, KHANYOUNIS, DOHA, WALL, SHARM, TALSULTAN, RAFAH, TEHRAN, CAIRO = (
    "location:european-hospital-khan-younis", "location:khan-younis", "location:doha", "location:western-wall",
    "location:sharm-el-sheikh", "location:tal-al-sultan", "location:rafah", "location:tehran", "location:cairo")
MSINWAR, SHABANA, DEIF, HADDAD, FINKELMAN, KATZ, ZAMIR, NETANYAHU = (
    "person:mohammed-sinwar", "person:mohammed-shabana", "person:mohammed-deif", "person:izz-al-din-al-haddad",
    "person:yaron-finkelman", "person:israel-katz", "person:eyal-zamir", "person:benjamin-netanyahu")
RUBIO, HERZOG, HAYYA, HAMMAM, LABAD, DOSARI = (
    "person:marco-rubio", "person:isaac-herzog", "person:khalil-al-hayya", "person:hammam-al-hayya",
    "person:jihad-labad", "person:badr-al-dosari")
DERMER, ZINI, BARNEA, BAR, WITKOFF, KUSHNER, HIRSCH, RASHAD, MBAR = (
    "person:ron-dermer", "person:david-zini", "person:david-barnea", "person:ronen-bar", "person:steve-witkoff",
    "person:jared-kushner", "person:gal-hirsch", "person:hassan-rashad", "person:mohammed-bin-abdulrahman-al-thani")
SINWAR, HANIYEH, PEZ, QADDOUMI, DARWISH = (
    "person:yahya-sinwar", "person:ismail-haniyeh", "person:masoud-pezeshkian", "person:khaled-qaddoumi",
    "person:mohammed-darwish")
# new to the tables
ASOR, HUCKABEE, BEDROSIAN, BARHOUM, ABDULWAHED, HASSOUNA, MAMLUK, BARGHOUTI, ZAGHARI = (
    "person:yaniv-asor", "person:mike-huckabee", "person:shosh-bedrosian", "person:fawzi-barhoum",
    "person:abdullah-abdulwahed", "person:moamen-hassouna", "person:ahmed-al-mamluk", "person:mustafa-barghouti",
    "person:abdullah-al-zaghari")

ARTICLES = [
    ("enJU1_idf_confirms_mohammed_sinwar", "en",
     "IDF confirms Mohammed Sinwar killed in May strike beneath Khan Younis hospital\n"
     "The IDF confirmed on Sunday that Mohammed Sinwar, the head of Hamas's military wing in the Gaza Strip "
     "and the younger brother of slain Hamas leader Yahya Sinwar, was killed in an Israeli Air Force strike "
     "on May 13 on an underground command center beneath the European Hospital in Khan Younis.\n"
     "Troops located his body in the tunnel last week, and DNA tests confirmed his identity, the military "
     "said. The strike also killed Mohammed Shabana, the commander of Hamas's Rafah Brigade, the IDF said.\n"
     "Mohammed Sinwar took command of the military wing after the IDF killed Mohammed Deif in July 2024. "
     "Command has since passed to Izz ad-Din Haddad, the former commander of the Gaza City Brigade, "
     "according to defense officials.\n"
     "The strike was carried out in the sector of the Southern Command, headed by Maj. Gen. Yaniv Asor, who "
     "replaced Maj. Gen. Yaron Finkelman in March.\n"
     "Defense Minister Israel Katz held a situation assessment on Sunday with IDF Chief of Staff Lt. Gen. "
     "Eyal Zamir at the Kirya headquarters in Tel Aviv. \"Whoever comes next will meet the same "
     "fate,\" Katz said.\n"
     "Prime Minister Benjamin Netanyahu had announced in the Knesset last month that Sinwar had been "
     "\"eliminated.\" Hamas has not confirmed his death.",
     [("ASSASSINATED_BY", MSINWAR, IAF, "was killed in an Israeli Air Force strike", "2025-05-13"),
      ("LEADS", MSINWAR, QASSAM, "the head of Hamas's military wing in the Gaza Strip"),
      ("ATTACKED", IAF, EUROHOSP, "on an underground command center beneath the European Hospital", "2025-05-13"),
      ("LOCATED_IN", EUROHOSP, KHANYOUNIS, "beneath the European Hospital in Khan Younis"),
      ("ASSASSINATED_BY", SHABANA, IAF, "The strike also killed Mohammed Shabana", "2025-05-13"),
      ("MEMBER_OF", SHABANA, HAMAS, "the commander of Hamas's Rafah Brigade"),
      ("SUCCESSOR_OF", MSINWAR, DEIF, "Mohammed Sinwar took command of the military wing", "2024-07"),
      ("ASSASSINATED_BY", DEIF, IDF, "after the IDF killed Mohammed Deif", "2024-07"),
      ("SUCCESSOR_OF", HADDAD, MSINWAR, "Command has since passed to Izz ad-Din Haddad", "2025"),
      ("LEADS", ASOR, SOUTHCOM, "the Southern Command, headed by Maj. Gen. Yaniv Asor"),
      ("SUCCESSOR_OF", ASOR, FINKELMAN, "who replaced Maj. Gen. Yaron Finkelman in March", "2025-03"),
      ("MET_WITH", KATZ, ZAMIR, "held a situation assessment on Sunday with IDF Chief of Staff", "2025-06-08"),
      ("LEADS", KATZ, IDM, "Defense Minister Israel Katz"),
      ("LEADS", ZAMIR, IDF, "IDF Chief of Staff Lt. Gen. Eyal Zamir"),
      ("LEADS", NETANYAHU, ISRGOV, "Prime Minister Benjamin Netanyahu"),
      ],
     {"source": "blind set (Israeli English-language news site, English)", "published": "2025-06-08"}),

    ("enJU2_rubio_western_wall_netanyahu", "en",
     "Rubio visits Western Wall with Netanyahu as US seeks to contain fallout from Doha strike\n"
     "US Secretary of State Marco Rubio arrived in Israel on Sunday for a two-day visit, the first by a "
     "senior Trump administration official since Israel's strike on Hamas leaders in Qatar last week.\n"
     "Shortly after landing, Rubio visited the Western Wall with Prime Minister Benjamin Netanyahu, "
     "accompanied by US Ambassador to Israel Mike Huckabee. Rubio placed a note between the stones, the "
     "Prime Minister's Office said.\n"
     "On Monday, Rubio met President Isaac Herzog and families of hostages still held in Gaza.\n"
     "The visit came days after the IDF and the Shin Bet struck a building in Doha where senior Hamas "
     "officials, including the group's Gaza chief Khalil al-Hayya, had gathered to discuss a US ceasefire "
     "proposal. Hamas said its leaders survived, but that five members, among them al-Hayya's son Hammam, "
     "were killed in the Israeli strike, along with a Qatari security officer.\n"
     "Rubio said President Donald Trump was \"not happy\" about the strike but that it would not change the "
     "nature of the US relationship with Israel. He is scheduled to fly to Doha on Tuesday.\n"
     "Netanyahu told reporters alongside Rubio that Hamas leaders \"have no immunity anywhere.\"",
     [("LEADS", RUBIO, USSTATE, "US Secretary of State Marco Rubio"),
      ("VISITED", RUBIO, ISR, "arrived in Israel on Sunday", "2025-09-14"),
      ("MET_WITH", RUBIO, NETANYAHU, "visited the Western Wall with Prime Minister", "2025-09-14"),
      ("VISITED", RUBIO, WALL, "visited the Western Wall with Prime Minister", "2025-09-14"),
      ("LEADS", NETANYAHU, ISRGOV, "Prime Minister Benjamin Netanyahu,"),
      ("MET_WITH", HUCKABEE, RUBIO, "accompanied by US Ambassador to Israel", "2025-09-14"),
      ("MET_WITH", HUCKABEE, NETANYAHU, "accompanied by US Ambassador to Israel", "2025-09-14"),
      ("MET_WITH", RUBIO, HERZOG, "Rubio met President Isaac Herzog", "2025-09-15"),
      ("LEADS", HERZOG, ISR, "President Isaac Herzog"),
      ("ATTACKED", IDF, DOHA, "the IDF and the Shin Bet struck a building in Doha", "2025-09-09"),
      ("ATTACKED", SHINBET, DOHA, "the IDF and the Shin Bet struck a building in Doha", "2025-09-09"),
      ("MEMBER_OF", HAYYA, HAMAS, "the group's Gaza chief Khalil"),
      ("ASSASSINATED_BY", HAMMAM, ISR, "were killed in the Israeli strike", "2025-09-09"),
      ],
     {"source": "blind set (Israeli English-language news site, English)", "published": "2025-09-15"}),

    ("enJU3_dermer_sharm_el_sheikh_talks", "en",
     "Dermer to join Sharm el-Sheikh talks as Witkoff and Kushner arrive\n"
     "Strategic Affairs Minister Ron Dermer will fly to Sharm el-Sheikh on Wednesday to join the indirect "
     "negotiations with Hamas on the release of the hostages, the Prime Minister's Office said, as US envoys "
     "Steve Witkoff and Jared Kushner arrived in the Egyptian Red Sea resort.\n"
     "Before leaving, Dermer held a consultation in Jerusalem attended by Shin Bet chief David Zini and "
     "Mossad Director David Barnea, PMO spokeswoman Shosh Bedrosian told reporters. Zini took office on "
     "Sunday, replacing Ronen Bar, who stepped down in June after the government's attempt to dismiss him.\n"
     "Israel's team in Egypt, led since Monday by hostage coordinator Gal Hirsch, has held talks with "
     "Egypt's intelligence chief Hassan Rashad and with Qatari Prime Minister Mohammed bin Abdulrahman Al "
     "Thani, an Israeli official said. There has been no direct meeting between the Israeli and Hamas "
     "delegations, the official stressed.\n"
     "Hamas's delegation is headed by Khalil al-Hayya, who survived last month's Israeli strike in Doha that "
     "killed his son Hammam.\n"
     "Turkish intelligence chief Ibrahim Kalin is also expected in Sharm el-Sheikh on Wednesday.",
     [("MEMBER_OF", DERMER, ISRGOV, "Strategic Affairs Minister Ron Dermer"),
      ("VISITED", WITKOFF, SHARM, "arrived in the Egyptian Red Sea resort", "2025-10-08"),
      ("VISITED", KUSHNER, SHARM, "arrived in the Egyptian Red Sea resort", "2025-10-08"),
      ("MET_WITH", DERMER, ZINI, "held a consultation in Jerusalem attended by", "2025-10"),
      ("MET_WITH", DERMER, BARNEA, "held a consultation in Jerusalem attended by", "2025-10"),
      ("MET_WITH", ZINI, BARNEA, "held a consultation in Jerusalem attended by", "2025-10"),
      ("LEADS", ZINI, SHINBET, "Shin Bet chief David Zini"),
      ("LEADS", BARNEA, MOSSAD, "Mossad Director David Barnea"),
      ("MEMBER_OF", BEDROSIAN, PMO, "PMO spokeswoman Shosh Bedrosian"),
      ("SUCCESSOR_OF", ZINI, BAR, "replacing Ronen Bar", "2025-10-05"),
      ("VISITED", HIRSCH, EGYPT, "Israel's team in Egypt, led since Monday", "2025-10-06"),
      ("MET_WITH", HIRSCH, RASHAD, "has held talks with Egypt's intelligence chief", "2025-10"),
      ("MET_WITH", HIRSCH, MBAR, "has held talks with Egypt's intelligence chief", "2025-10"),
      ("LEADS", RASHAD, EGI, "Egypt's intelligence chief Hassan Rashad"),
      ("LEADS", MBAR, QGOV, "Qatari Prime Minister Mohammed"),
      ("MEMBER_OF", HAYYA, HAMAS, "Hamas's delegation is headed by Khalil"),
      ("ASSASSINATED_BY", HAMMAM, ISR, "Israeli strike in Doha that killed his son", "2025-09-09"),
      ],
     {"source": "blind set (Israeli English-language news site, English)", "published": "2025-10-08"}),

    ("arJU4_hamas_announces_sinwar", "ar",
     "«حماس» تزف القائد يحيى السنوار «أبو إبراهيم».. الحيّة: ارتقى مقبلاً غير مدبر\n"
     "غزة - المركز الفلسطيني للإعلام: زفّت حركة المقاومة الإسلامية «حماس»، اليوم الجمعة، رئيس مكتبها "
     "السياسي القائد المجاهد يحيى السنوار «أبو إبراهيم»، الذي ارتقى شهيداً في اشتباك مع قوات الاحتلال "
     "الصهيوني في حي تل السلطان غربي مدينة رفح جنوب قطاع غزة، يوم الأربعاء.\n"
     "وقال نائب رئيس الحركة في قطاع غزة الدكتور خليل الحيّة، في كلمة متلفزة، إن القائد السنوار «ارتقى "
     "مقبلاً غير مدبر، ممتشقاً سلاحه، مشتبكاً ومواجهاً لجيش الاحتلال في مقدمة الصفوف»، مؤكداً أن أسرى "
     "الاحتلال لن يعودوا إلا بوقف العدوان والانسحاب من القطاع.\n"
     "وكان السنوار قد اختير رئيساً للمكتب السياسي في آب/أغسطس الماضي، خلفاً للقائد الشهيد إسماعيل هنية "
     "«أبو العبد»، الذي اغتاله الاحتلال في مقر إقامته بالعاصمة الإيرانية طهران، فجر الحادي والثلاثين من "
     "تموز/يوليو.\n"
     "وكان هنية قد التقى، قبل ساعات من اغتياله، الرئيس الإيراني مسعود بزشكيان، بحضور ممثل الحركة في طهران "
     "خالد القدومي.\n"
     "وقال الناطق باسم الحركة فوزي برهوم إن «دماء القادة لن تزيد المقاومة إلا إصراراً»، فيما لم تعلن "
     "الحركة بعدُ آلية اختيار خليفة للسنوار.",
     [("LEADS", SINWAR, HPB, "رئيس مكتبها السياسي القائد المجاهد يحيى"),
      ("ASSASSINATED_BY", SINWAR, IDF, "في اشتباك مع قوات الاحتلال الصهيوني", "2024-10-16"),
      ("LOCATED_IN", TALSULTAN, RAFAH, "حي تل السلطان غربي مدينة رفح"),
      ("MEMBER_OF", HAYYA, HAMAS, "نائب رئيس الحركة في قطاع غزة الدكتور"),
      ("SUCCESSOR_OF", SINWAR, HANIYEH, "خلفاً للقائد الشهيد إسماعيل هنية", "2024-08"),
      ("ASSASSINATED_BY", HANIYEH, ISR, "الذي اغتاله الاحتلال في مقر إقامته", "2024-07-31"),
      ("VISITED", HANIYEH, TEHRAN, "بالعاصمة الإيرانية طهران", "2024-07"),
      ("MET_WITH", HANIYEH, PEZ, "وكان هنية قد التقى، قبل ساعات من اغتياله", "2024-07-30"),
      ("LEADS", PEZ, IRAN, "الرئيس الإيراني مسعود بزشكيان"),
      ("MET_WITH", QADDOUMI, HANIYEH, "بحضور ممثل الحركة في طهران", "2024-07-30"),
      ("MET_WITH", QADDOUMI, PEZ, "بحضور ممثل الحركة في طهران", "2024-07-30"),
      ("MEMBER_OF", QADDOUMI, HAMAS, "ممثل الحركة في طهران خالد"),
      ("MEMBER_OF", BARHOUM, HAMAS, "الناطق باسم الحركة فوزي"),
      ],
     {"source": "blind set (Hamas-leaning Arabic news site, Arabic)", "published": "2024-10-18"}),

    ("arJU5_hamas_names_doha_martyrs", "ar",
     "«حماس» تزف خمسة من أبنائها ارتقوا في العدوان الصهيوني على الدوحة.. ونجاة الوفد المفاوض\n"
     "الدوحة - المركز الفلسطيني للإعلام: أعلنت حركة المقاومة الإسلامية «حماس» نجاة وفدها المفاوض برئاسة "
     "الدكتور خليل الحيّة «أبو أسامة» من محاولة الاغتيال الصهيونية الغادرة التي استهدفت مقراً لقيادتها في "
     "العاصمة القطرية الدوحة، مساء الثلاثاء، خلال اجتماع لبحث مقترح أمريكي لوقف إطلاق النار.\n"
     "وقالت الحركة في بيان إن الطيران الحربي الصهيوني قتل في الغارة خمسة من أبنائها، هم: همام الحيّة نجل "
     "رئيس الوفد، وجهاد لبد «أبو بلال» مدير مكتبه، والمرافقون عبد الله عبد الواحد ومؤمن حسونة وأحمد "
     "المملوك.\n"
     "كما ارتقى في العدوان الصهيوني ذاته الوكيل عريف بدر سعد محمد الحميدي الدوسري، من قوة الأمن الداخلي "
     "القطرية «لخويا»، فيما أصيب عدد من عناصرها.\n"
     "وأكدت الحركة أن «اغتيال أبنائها لن يغير من مواقفها ومطالبها»، محمّلة الإدارة الأمريكية المسؤولية "
     "بوصفها شريكاً للاحتلال في العدوان.\n"
     "من جهته، وصف الأمين العام لحركة المبادرة الوطنية الفلسطينية مصطفى البرغوثي الهجوم بأنه «إرهاب دولة "
     "منظم»، داعياً الدول العربية إلى قطع علاقاتها مع الاحتلال.",
     [("MEMBER_OF", HAYYA, HAMAS, "وفدها المفاوض برئاسة الدكتور خليل"),
      ("ATTACKED", ISR, DOHA, "محاولة الاغتيال الصهيونية الغادرة التي استهدفت", "2025-09-09"),
      ("ASSASSINATED_BY", HAMMAM, IAF, "الطيران الحربي الصهيوني قتل في الغارة", "2025-09-09"),
      ("ASSASSINATED_BY", LABAD, IAF, "الطيران الحربي الصهيوني قتل في الغارة", "2025-09-09"),
      ("ASSASSINATED_BY", ABDULWAHED, IAF, "الطيران الحربي الصهيوني قتل في الغارة", "2025-09-09"),
      ("ASSASSINATED_BY", HASSOUNA, IAF, "الطيران الحربي الصهيوني قتل في الغارة", "2025-09-09"),
      ("ASSASSINATED_BY", MAMLUK, IAF, "الطيران الحربي الصهيوني قتل في الغارة", "2025-09-09"),
      ("ASSASSINATED_BY", DOSARI, ISR, "كما ارتقى في العدوان الصهيوني ذاته", "2025-09-09"),
      ("MEMBER_OF", DOSARI, LEKHWIYA, "من قوة الأمن الداخلي القطرية"),
      ("LEADS", BARGHOUTI, PNI, "الأمين العام لحركة المبادرة الوطنية الفلسطينية مصطفى"),
      ],
     {"source": "blind set (Hamas-leaning Arabic news site, Arabic)", "published": "2025-09-10"}),

    ("arJU6_darwish_delegation_cairo_prisoners", "ar",
     "وفد قيادي من «حماس» يلتقي رئيس المخابرات المصرية.. وتحرير 183 أسيراً في الدفعة الخامسة\n"
     "القاهرة - المركز الفلسطيني للإعلام: التقى وفد قيادي من حركة المقاومة الإسلامية «حماس» برئاسة رئيس "
     "مجلس الشورى العام للحركة محمد درويش، في القاهرة، رئيس جهاز المخابرات العامة المصرية اللواء حسن رشاد، "
     "وبحث معه سير تنفيذ اتفاق وقف إطلاق النار، وخروقات الاحتلال للبروتوكول الإنساني، والتحضير لمفاوضات "
     "المرحلة الثانية.\n"
     "وضم الوفد رئيس الحركة في قطاع غزة خليل الحيّة، الذي خلف الشهيد القائد يحيى السنوار في قيادة الحركة "
     "بالقطاع، بحسب بيان للحركة.\n"
     "وكانت كتائب القسام قد سلّمت، السبت، ثلاثة أسرى صهاينة إلى اللجنة الدولية للصليب الأحمر في مدينة دير "
     "البلح وسط القطاع، ضمن الدفعة الخامسة من صفقة «طوفان الأقصى»، مقابل تحرير 183 أسيراً فلسطينياً من "
     "سجون الاحتلال.\n"
     "وقال رئيس نادي الأسير الفلسطيني عبد الله الزغاري إن الاحتلال تعمّد التنكيل بالأسرى المحررين قبيل "
     "الإفراج عنهم، لافتاً إلى أن عدداً منهم نقلوا إلى المستشفيات فور وصولهم إلى رام الله.",
     [("MET_WITH", DARWISH, RASHAD, "التقى وفد قيادي من حركة المقاومة الإسلامية", "2025-02"),
      ("LEADS", DARWISH, SHURA, "رئيس مجلس الشورى العام للحركة محمد"),
      ("VISITED", DARWISH, CAIRO, "محمد درويش، في القاهرة", "2025-02"),
      ("LEADS", RASHAD, EGI, "رئيس جهاز المخابرات العامة المصرية اللواء حسن"),
      ("MET_WITH", HAYYA, RASHAD, "وضم الوفد رئيس الحركة في قطاع غزة", "2025-02"),
      ("MET_WITH", HAYYA, DARWISH, "وضم الوفد رئيس الحركة في قطاع غزة", "2025-02"),
      ("MEMBER_OF", HAYYA, HAMAS, "رئيس الحركة في قطاع غزة خليل"),
      ("SUCCESSOR_OF", HAYYA, SINWAR, "الذي خلف الشهيد القائد يحيى السنوار", "2024-10"),
      ("LEADS", ZAGHARI, PPS, "رئيس نادي الأسير الفلسطيني عبد الله"),
      ],
     {"source": "blind set (Hamas-leaning Arabic news site, Arabic)", "published": "2025-02-09"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setJU")
