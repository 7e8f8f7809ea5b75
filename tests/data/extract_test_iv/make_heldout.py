"""Blind set IV: Gaza 2023-2025 and the killing of Hamas leaders as a Qatari / pan-Arab channel's
website writes it (Al Jazeera / Al-Araby Al-Jadeed-like: "sources told", timelines, context
paragraphs, dual month names in Arabic): the two-day Doha round of August 2024 with Burns, Barnea
and the Qatari prime minister, and the context of Haniyeh's killing and Deif's (Arabic); a timeline
of Hamas leaders killed since October 7 (English); Netanyahu announces Mohammed Sinwar's death and
sources name al-Haddad in his place, May 2025 (Arabic); Qatar announces the January 2025 ceasefire
after Witkoff's meeting with Netanyahu (English); Khamenei receives a Hamas delegation headed by
Darwish, February 2025 (Arabic); Israel's strike on Hamas's leaders in Doha, September 2025
(English).
Style: a news lead, then "sources told Al Jazeera / العربي الجديد", a "سياق" / background paragraph,
dated timeline lines, officials quoted by title.
Excluded on purpose: Haniyeh's killing where the text only says Hamas and Iran blamed Israel; a
planned round of talks in Cairo; an unnamed Egyptian security delegation; a commander whose death
is announced without a stated agent (Ghandour) and a drone strike Israel never claimed (al-Arori);
a commander a strike "targeted" without confirmation (Shabana); a security-cabinet vote still to
come; Sinwar's death in Rafah with no agent in that piece; a meeting with Pezeshkian that was
postponed; "met separately" with two sides, not paired with each other; a White House notice to
Qatar that Doha denied.
Spellings: Saleh al-Arori, أبو صهيب (al-Haddad's kunya), اسماعيل هنيه, الحيّة.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_iw import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAN, ISR, USA = "country:iran", "country:israel", "country:united-states"
HAMAS, HPB, QASSAM, HSHURA, HLC = ("organization:hamas", "organization:hamas-political-bureau",
                                   "organization:qassam-brigades", "organization:hamas-shura-council",
                                   "organization:hamas-leadership-council")
IDF, IDM, ISRGOV, MOSSAD, CIA = ("organization:israel-defense-forces", "organization:israeli-defense-ministry",
                                 "organization:israeli-government", "organization:mossad", "organization:cia")
QGOV, IRFM, SIS, GHM, GGMO = ("organization:qatari-government", "organization:iranian-foreign-ministry",
                              "organization:egyptian-state-information-service", "organization:gaza-health-ministry",
                              "organization:gaza-government-media-office")
DOHA, BEIRUT, DAHIYEH, MAWASI, KHY, RAFAH, TALSULTAN, EUROHOSP, JERUSALEM, TEHRAN = (
    "location:doha", "location:beirut", "location:dahiyeh", "location:al-mawasi", "location:khan-younis",
    "location:rafah", "location:tal-al-sultan", "location:european-hospital-khan-younis", "location:jerusalem",
    "location:tehran")
ARABY, FOX = "outlet:al-araby-al-jadeed", "outlet:fox-news"
HANIYEH, SINWAR, MSINWAR, DEIF, ISSA, AROURI, HADDAD, SHABANA = (
    "person:ismail-haniyeh", "person:yahya-sinwar", "person:mohammed-sinwar", "person:mohammed-deif",
    "person:marwan-issa", "person:saleh-al-arouri", "person:izz-al-din-al-haddad", "person:mohammed-shabana")
HAYYA, HAMMAM, LABAD, DOSARI, DARWISH = ("person:khalil-al-hayya", "person:hammam-al-hayya", "person:jihad-labad",
                                         "person:badr-al-dosari", "person:mohammed-darwish")
MBAR, BURNS, BARNEA, WITKOFF, MCGURK = ("person:mohammed-bin-abdulrahman-al-thani", "person:william-burns",
                                        "person:david-barnea", "person:steve-witkoff", "person:brett-mcgurk")
NETANYAHU, KATZ, BIDEN, KHAMENEI, ARAGHCHI = ("person:benjamin-netanyahu", "person:israel-katz",
                                              "person:joe-biden", "person:ali-khamenei", "person:abbas-araghchi")
# new to the tables
RASHWAN, GHANDOUR, ZAQOUT, THAWABTA, HINDI, LEITER = (
    "person:diaa-rashwan", "person:ahmed-ghandour", "person:mohammed-zaqout", "person:ismail-al-thawabta",
    "person:suhail-al-hindi", "person:yechiel-leiter")

ARTICLES = [
    ("arIV1_doha_round_august", "ar",
     "مفاوضات الدوحة تنتهي دون اتفاق.. وجولة جديدة في القاهرة الأسبوع المقبل\n"
     "الدوحة – اختُتمت مساء الجمعة في الدوحة جولة مفاوضات استمرت يومين بشأن وقف إطلاق النار في قطاع غزة "
     "وتبادل الأسرى، جمعت رئيس الوزراء وزير الخارجية القطري الشيخ محمد بن عبد الرحمن آل ثاني ومدير وكالة "
     "المخابرات المركزية الأميركية وليام بيرنز ورئيس جهاز الموساد الإسرائيلي ديفيد برنياع، بمشاركة وفد "
     "أمني مصري.\n"
     "وقالت مصادر مطلعة للجزيرة إن الوسطاء قدّموا «مقترحاً تجسيرياً» يقلّص الفجوات بين الطرفين، وإن جولة "
     "جديدة ستُعقد في القاهرة قبل نهاية الأسبوع المقبل.\n"
     "ولم تشارك حماس في الجلسات، لكن المصادر ذكرت أن رئيس الوزراء القطري التقى ليل الجمعة وفد الحركة "
     "برئاسة خليل الحية، وأطلعه على نتائج الجولة.\n"
     "من جهته، قال رئيس الهيئة العامة للاستعلامات في مصر ضياء رشوان إن القاهرة «ستواصل جهودها حتى "
     "التوصل إلى اتفاق».\n"
     "سياق:\n"
     "تأتي الجولة بعد نحو أسبوعين من اغتيال رئيس المكتب السياسي لحماس إسماعيل هنية في طهران، في هجوم "
     "حمّلت الحركة وإيران إسرائيلَ المسؤولية عنه، فيما لم تعلّق إسرائيل رسمياً. واختارت الحركة في السادس "
     "من أغسطس/آب يحيى السنوار رئيساً لمكتبها السياسي خلفاً لهنية.\n"
     "وفي 13 يوليو/تموز، شنّت إسرائيل غارة على منطقة المواصي جنوبي القطاع قالت إنها استهدفت قائد كتائب "
     "القسام محمد الضيف، وأعلن جيشها في الأول من أغسطس/آب مقتله.",
     [("MET_WITH", MBAR, BURNS, "جمعت رئيس الوزراء وزير الخارجية القطري", "2024-08"),
      ("MET_WITH", MBAR, BARNEA, "جمعت رئيس الوزراء وزير الخارجية القطري", "2024-08"),
      ("MET_WITH", BURNS, BARNEA, "جمعت رئيس الوزراء وزير الخارجية القطري", "2024-08"),
      ("LEADS", MBAR, QGOV, "رئيس الوزراء وزير الخارجية القطري الشيخ"),
      ("LEADS", BURNS, CIA, "مدير وكالة المخابرات المركزية الأميركية وليام"),
      ("LEADS", BARNEA, MOSSAD, "رئيس جهاز الموساد الإسرائيلي ديفيد"),
      ("MET_WITH", MBAR, HAYYA, "التقى ليل الجمعة وفد الحركة", "2024-08-16"),
      ("LEADS", RASHWAN, SIS, "رئيس الهيئة العامة للاستعلامات في مصر ضياء"),
      ("LEADS", HANIYEH, HPB, "رئيس المكتب السياسي لحماس إسماعيل"),
      ("SUCCESSOR_OF", SINWAR, HANIYEH, "خلفاً لهنية", "2024-08-06"),
      ("LEADS", SINWAR, HPB, "يحيى السنوار رئيساً لمكتبها السياسي"),
      ("ATTACKED", ISR, MAWASI, "شنّت إسرائيل غارة على منطقة المواصي", "2024-07-13"),
      ("ASSASSINATED_BY", DEIF, ISR, "قالت إنها استهدفت قائد كتائب", "2024-07-13"),
      ("LEADS", DEIF, QASSAM, "قائد كتائب القسام محمد الضيف"),
      ],
     {"source": "blind set (Qatari / pan-Arab channel website, Arabic)", "published": "2024-08-17"}),

    ("enIV2_timeline_hamas_leaders_killed", "en",
     "Timeline: Hamas leaders killed since October 7\n"
     "Since the war on Gaza began in October 2023, Israel has killed much of Hamas's senior leadership. Here "
     "is a timeline:\n"
     "November 26, 2023: The Qassam Brigades announce the death of Ahmed Ghandour, commander of their northern "
     "Gaza brigade, without saying how he was killed.\n"
     "January 2, 2024: Saleh al-Arori, deputy head of Hamas's political bureau, is killed with six others in a "
     "drone strike on an office in Beirut's southern suburbs. Israel has never formally claimed the attack.\n"
     "March 2024: The Israeli military says it killed Marwan Issa, deputy commander of the Qassam Brigades, in "
     "an air raid on Nuseirat refugee camp.\n"
     "July 13, 2024: An Israeli strike on al-Mawasi kills Qassam commander Mohammed Deif, Israel says.\n"
     "July 31, 2024: Political bureau chief Ismail Haniyeh is killed in Tehran. In December, Israeli Defence "
     "Minister Israel Katz acknowledges that Israel was behind the killing.\n"
     "August 6, 2024: Yahya Sinwar is named Haniyeh's successor.\n"
     "October 16, 2024: Sinwar is killed by Israeli troops in Tal al-Sultan, Rafah.\n"
     "May 13, 2025: Israeli jets strike the European Hospital in Khan Younis. Israel's army later says the "
     "raid killed Mohammed Sinwar, who took over the Gaza leadership after his brother's death.",
     [("MEMBER_OF", GHANDOUR, QASSAM, "commander of their northern Gaza brigade"),
      ("MEMBER_OF", AROURI, HPB, "deputy head of Hamas's political bureau"),
      ("LOCATED_IN", DAHIYEH, BEIRUT, "Beirut's southern suburbs"),
      ("ASSASSINATED_BY", ISSA, IDF, "The Israeli military says it killed Marwan Issa", "2024-03"),
      ("MEMBER_OF", ISSA, QASSAM, "deputy commander of the Qassam Brigades"),
      ("ASSASSINATED_BY", DEIF, ISR, "An Israeli strike on al-Mawasi kills", "2024-07-13"),
      ("ATTACKED", ISR, MAWASI, "An Israeli strike on al-Mawasi", "2024-07-13"),
      ("LEADS", DEIF, QASSAM, "Qassam commander Mohammed Deif"),
      ("LEADS", HANIYEH, HPB, "Political bureau chief Ismail Haniyeh"),
      ("ASSASSINATED_BY", HANIYEH, ISR, "acknowledges that Israel was behind the killing", "2024-07-31"),
      ("LEADS", KATZ, IDM, "Israeli Defence Minister Israel Katz"),
      ("SUCCESSOR_OF", SINWAR, HANIYEH, "is named Haniyeh's successor", "2024-08-06"),
      ("ASSASSINATED_BY", SINWAR, IDF, "Sinwar is killed by Israeli troops", "2024-10-16"),
      ("LOCATED_IN", TALSULTAN, RAFAH, "Tal al-Sultan, Rafah"),
      ("ATTACKED", ISR, EUROHOSP, "Israeli jets strike the European Hospital", "2025-05-13"),
      ("LOCATED_IN", EUROHOSP, KHY, "the European Hospital in Khan Younis"),
      ("ASSASSINATED_BY", MSINWAR, IDF, "Israel's army later says the raid killed", "2025-05-13"),
      ("SUCCESSOR_OF", MSINWAR, SINWAR, "who took over the Gaza leadership after his brother's death", "2024-10"),
      ],
     {"source": "blind set (Qatari / pan-Arab channel website, English)", "published": "2025-06-10"}),

    ("arIV3_mohammed_sinwar_haddad", "ar",
     "نتنياهو يعلن مقتل محمد السنوار.. ومصادر: «أبو صهيب» يقود القسام في غزة\n"
     "غزة، القدس المحتلة – العربي الجديد\n"
     "أعلن رئيس الوزراء الإسرائيلي بنيامين نتنياهو، أمس الأربعاء، أمام الكنيست، أن الجيش الإسرائيلي قتل "
     "محمد السنوار، قائد الجناح العسكري لحركة حماس في قطاع غزة، في الغارة التي استهدفت محيط المستشفى "
     "الأوروبي في خان يونس في 13 مايو/أيار الجاري.\n"
     "ولم تؤكد الحركة الخبر أو تنفه حتى الآن.\n"
     "وتولى محمد السنوار قيادة كتائب القسام في القطاع بعد مقتل محمد الضيف، ثم أصبح الرجل الأول للحركة في "
     "غزة بعد مقتل شقيقه يحيى السنوار برصاص قوات إسرائيلية في رفح في أكتوبر/تشرين الأول الماضي.\n"
     "وقالت مصادر فلسطينية لـ«العربي الجديد» إن عز الدين الحداد «أبو صهيب»، قائد لواء غزة في القسام، تولّى "
     "قيادة الجناح العسكري في القطاع خلفاً لمحمد السنوار.\n"
     "وكان مدير عام المستشفيات في وزارة الصحة بغزة محمد زقوت قد قال إن الغارات على محيط المستشفى الأوروبي "
     "خلّفت 28 شهيداً وأخرجت المستشفى عن الخدمة.\n"
     "وبحسب وسائل إعلام إسرائيلية، فإن الغارة استهدفت أيضاً محمد شبانة، قائد لواء رفح في القسام، من دون "
     "تأكيد رسمي لمقتله.",
     [("LEADS", NETANYAHU, ISRGOV, "رئيس الوزراء الإسرائيلي بنيامين"),
      ("ASSASSINATED_BY", MSINWAR, IDF, "أن الجيش الإسرائيلي قتل", "2025-05-13"),
      ("LEADS", MSINWAR, QASSAM, "قائد الجناح العسكري لحركة حماس في قطاع غزة"),
      ("ATTACKED", IDF, EUROHOSP, "في الغارة التي استهدفت محيط المستشفى", "2025-05-13"),
      ("LOCATED_IN", EUROHOSP, KHY, "الأوروبي في خان يونس"),
      ("SUCCESSOR_OF", MSINWAR, DEIF, "قيادة كتائب القسام في القطاع بعد مقتل محمد الضيف"),
      ("SUCCESSOR_OF", MSINWAR, SINWAR, "ثم أصبح الرجل الأول للحركة في غزة", "2024-10"),
      ("ASSASSINATED_BY", SINWAR, IDF, "برصاص قوات إسرائيلية في رفح", "2024-10"),
      ("SUCCESSOR_OF", HADDAD, MSINWAR, "خلفاً لمحمد السنوار", "2025-05"),
      ("MEMBER_OF", HADDAD, QASSAM, "قائد لواء غزة في القسام"),
      ("MEMBER_OF", ZAQOUT, GHM, "مدير عام المستشفيات في وزارة الصحة بغزة"),
      ("MEMBER_OF", SHABANA, QASSAM, "قائد لواء رفح في القسام"),
      ],
     {"source": "blind set (Qatari / pan-Arab channel website, Arabic)", "published": "2025-05-29"}),

    ("enIV4_qatar_announces_ceasefire", "en",
     "Qatar announces Gaza ceasefire deal after 15 months of war\n"
     "Doha, Qatar - Qatar's Prime Minister and Foreign Minister Sheikh Mohammed bin Abdulrahman Al Thani has "
     "announced that Israel and Hamas have agreed to a ceasefire in Gaza, to take effect on Sunday, January "
     "19.\n"
     "Speaking at a news conference in Doha on Wednesday evening, Sheikh Mohammed said the first phase would "
     "last 42 days and include the release of 33 Israeli captives in exchange for Palestinian prisoners.\n"
     "The breakthrough followed days of intensive talks. Sources told Al Jazeera that Sheikh Mohammed met "
     "separately on Tuesday with the Hamas delegation headed by Khalil al-Hayya and with Mossad chief David "
     "Barnea. Steve Witkoff, US President-elect Donald Trump's incoming Middle East envoy, joined him for the "
     "final sessions alongside President Joe Biden's envoy Brett McGurk.\n"
     "Witkoff had flown to Israel on Saturday and met Prime Minister Benjamin Netanyahu in Jerusalem, a "
     "meeting Israeli media described as decisive.\n"
     "Netanyahu's office said some final details were still being worked out and that the security cabinet "
     "would vote on Thursday.\n"
     "In Gaza, Ismail al-Thawabta, director of the Government Media Office, said the war had killed more "
     "than 46,000 Palestinians since October 7, 2023.",
     [("LEADS", MBAR, QGOV, "Qatar's Prime Minister and Foreign Minister Sheikh"),
      ("MET_WITH", MBAR, HAYYA, "met separately on Tuesday with the Hamas delegation", "2025-01-14"),
      ("MEMBER_OF", HAYYA, HAMAS, "the Hamas delegation headed by Khalil al-Hayya"),
      ("MET_WITH", MBAR, BARNEA, "and with Mossad chief David", "2025-01-14"),
      ("LEADS", BARNEA, MOSSAD, "Mossad chief David"),
      ("MET_WITH", WITKOFF, MBAR, "joined him for the final sessions", "2025-01"),
      ("MET_WITH", MCGURK, MBAR, "alongside President Joe Biden's envoy Brett McGurk", "2025-01"),
      ("MET_WITH", MCGURK, WITKOFF, "alongside President Joe Biden's envoy Brett McGurk", "2025-01"),
      ("LEADS", BIDEN, USA, "President Joe Biden's envoy"),
      ("VISITED", WITKOFF, ISR, "Witkoff had flown to Israel on Saturday", "2025-01-11"),
      ("MET_WITH", WITKOFF, NETANYAHU, "met Prime Minister Benjamin Netanyahu in Jerusalem", "2025-01-11"),
      ("VISITED", WITKOFF, JERUSALEM, "Netanyahu in Jerusalem", "2025-01-11"),
      ("LEADS", NETANYAHU, ISRGOV, "Prime Minister Benjamin Netanyahu"),
      ("LEADS", THAWABTA, GGMO, "director of the Government Media Office"),
      ],
     {"source": "blind set (Qatari / pan-Arab channel website, English)", "published": "2025-01-16"}),

    ("arIV5_khamenei_receives_darwish", "ar",
     "خامنئي يستقبل وفد «حماس» برئاسة درويش في أول زيارة منذ وقف إطلاق النار\n"
     "طهران – استقبل المرشد الإيراني علي خامنئي، السبت، وفداً من حركة حماس برئاسة رئيس مجلس الشورى في "
     "الحركة محمد درويش، ضمّ رئيس الحركة في غزة خليل الحيّة، في أول زيارة لقيادة الحركة إلى طهران منذ دخول "
     "وقف إطلاق النار في غزة حيز التنفيذ.\n"
     "وأشاد خامنئي، بحسب موقعه الرسمي، بـ«صمود المقاومة»، معتبراً أن غزة «هزمت» إسرائيل.\n"
     "وقالت مصادر في الحركة لـ«العربي الجديد» إن الحيّة التقى في اليوم نفسه وزير الخارجية الإيراني عباس "
     "عراقجي، وبحث معه ملف إعادة الإعمار والمرحلة الثانية من الاتفاق.\n"
     "وقال عضو المكتب السياسي للحركة سهيل الهندي لـ«العربي الجديد» إن الزيارة «تأكيد على متانة العلاقة مع "
     "الجمهورية الإسلامية».\n"
     "وهذه أول زيارة للحيّة إلى العاصمة الإيرانية منذ اغتيال رئيس المكتب السياسي للحركة اسماعيل هنيه في "
     "دار ضيافة شمالي طهران في 31 يوليو/تموز الماضي، وهو الاغتيال الذي أقرّ وزير الأمن الإسرائيلي يسرائيل "
     "كاتس في ديسمبر/كانون الأول بأن إسرائيل نفذته.\n"
     "ويقود درويش المجلس القيادي الذي تشكّل لإدارة الحركة بعد مقتل يحيى السنوار في رفح في أكتوبر/تشرين "
     "الأول، إذ لم تسمِّ حماس خلفاً له.\n"
     "وكان مقرراً أن يلتقي الوفد الرئيس مسعود بزشكيان، غير أن اللقاء أُرجئ لأسباب لم تُذكر.",
     [("LEADS", KHAMENEI, IRAN, "المرشد الإيراني علي"),
      ("MET_WITH", KHAMENEI, DARWISH, "استقبل المرشد الإيراني", "2025-02-08"),
      ("MET_WITH", KHAMENEI, HAYYA, "ضمّ رئيس الحركة في غزة", "2025-02-08"),
      ("MET_WITH", DARWISH, HAYYA, "ضمّ رئيس الحركة في غزة", "2025-02-08"),
      ("LEADS", DARWISH, HSHURA, "رئيس مجلس الشورى في الحركة محمد"),
      ("LEADS", HAYYA, HAMAS, "رئيس الحركة في غزة خليل"),
      ("MET_WITH", HAYYA, ARAGHCHI, "إن الحيّة التقى في اليوم نفسه", "2025-02-08"),
      ("LEADS", ARAGHCHI, IRFM, "وزير الخارجية الإيراني عباس"),
      ("MEMBER_OF", HINDI, HPB, "عضو المكتب السياسي للحركة سهيل"),
      ("REPORTED_BY", HINDI, ARABY, "سهيل الهندي لـ«العربي الجديد»"),
      ("VISITED", HAYYA, TEHRAN, "أول زيارة للحيّة إلى العاصمة الإيرانية", "2025-02"),
      ("LEADS", HANIYEH, HPB, "رئيس المكتب السياسي للحركة اسماعيل"),
      ("ASSASSINATED_BY", HANIYEH, ISR, "بأن إسرائيل نفذته", "2024-07-31"),
      ("LEADS", KATZ, IDM, "وزير الأمن الإسرائيلي يسرائيل"),
      ("LEADS", DARWISH, HLC, "ويقود درويش المجلس القيادي"),
      ],
     {"source": "blind set (Qatari / pan-Arab channel website, Arabic)", "published": "2025-02-09"}),

    ("enIV6_israel_strikes_doha", "en",
     "Israel attacks Hamas leaders in Doha; Qatar condemns 'state terrorism'\n"
     "Doha, Qatar - Israel has carried out an air strike on a residential building in Doha housing members of "
     "Hamas's political bureau, an unprecedented attack on the Gulf state that has mediated the Gaza "
     "ceasefire talks.\n"
     "Hamas said its negotiating team, led by Khalil al-Hayya, survived Tuesday's attack, but five members "
     "of the group were killed, among them al-Hayya's son Hammam and Jihad Labad, the director of his office. "
     "A Qatari security officer, Corporal Badr al-Dosari, was also killed.\n"
     "Prime Minister Benjamin Netanyahu's office called it \"a wholly independent Israeli operation\", saying "
     "Israel \"initiated it, conducted it, and takes full responsibility\".\n"
     "Sources told Al Jazeera the delegation had gathered to study a new US proposal that Sheikh Mohammed bin "
     "Abdulrahman Al Thani, Qatar's prime minister, had handed to al-Hayya at a meeting in Doha the day "
     "before.\n"
     "Sheikh Mohammed called the strike \"state terrorism\". Israel's ambassador to the United States, "
     "Yechiel Leiter, told Fox News: \"If we didn't get them this time, we'll get them next time.\"\n"
     "The White House said it had warned Qatar shortly before the attack, a claim Doha denied.",
     [("ATTACKED", ISR, DOHA, "Israel has carried out an air strike on a residential building in Doha",
       "2025-09-09"),
      ("MEMBER_OF", HAYYA, HAMAS, "its negotiating team, led by Khalil al-Hayya"),
      ("ASSASSINATED_BY", HAMMAM, ISR, "among them al-Hayya's son Hammam", "2025-09-09"),
      ("ASSASSINATED_BY", LABAD, ISR, "Jihad Labad, the director of his office", "2025-09-09"),
      ("ASSASSINATED_BY", DOSARI, ISR, "Corporal Badr al-Dosari, was also killed", "2025-09-09"),
      ("LEADS", NETANYAHU, ISRGOV, "Prime Minister Benjamin Netanyahu's office"),
      ("MET_WITH", MBAR, HAYYA, "had handed to al-Hayya at a meeting in Doha", "2025-09-08"),
      ("LEADS", MBAR, QGOV, "Qatar's prime minister"),
      ("REPORTED_BY", LEITER, FOX, "Yechiel Leiter, told Fox News"),
      ],
     {"source": "blind set (Qatari / pan-Arab channel website, English)", "published": "2025-09-10"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setIV")
