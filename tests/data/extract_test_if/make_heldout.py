"""Blind set IF: Iran's June 2025 war with Israel, as an Israeli English-language daily's website
(Times of Israel-like live-blog entries, "according to Hebrew media reports", IDF statements quoted):
the IDF's killing of Bagheri, Salami and Rashid on 13 June and Khamenei's appointment of Mousavi and
Pakpour (English); Shadmani's four-day tenure at Khatam al-Anbiya and Abdollahi after him (Arabic);
the Muscat and Rome rounds of Araqchi-Witkoff talks with Albusaidi, April 2025 (English); Araghchi's
Geneva meeting with the E3 ministers and Kallas, 20 June (Arabic); Kazemi, Mohaqeq, Izadi and
Khademi's succession (English); Netanyahu at the White House after the ceasefire, July 2025 (Arabic).
Excluded on purpose: a phone call Netanyahu-Trump and a planned security-cabinet meeting; a killing
with no stated agent (Hajizadeh in IF1, Taherpour in IF5); a denied report of Qaani's death; a
planned Dermer/Barnea-Witkoff meeting and a phone call; denied Araghchi-Witkoff phone calls; a
planned Witkoff-Araghchi meeting and a Trump-Tamim phone call.
Spellings: Abbas Araqchi, Hassan Mohaghegh, قاآنى, أفيخاي أدرعي, عراقجي.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_ih import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAN, ISR, USA, QATAR = "country:iran", "country:israel", "country:united-states", "country:qatar"
IDF, ISRDEF, ISRFM, MOSSAD = ("organization:israel-defense-forces", "organization:israeli-defense-ministry",
                              "organization:israeli-foreign-ministry", "organization:mossad")
IRGC, IRGCGF, AERO, GENSTAFF, ARMY, KHATAM = (
    "organization:irgc", "organization:irgc-ground-forces", "organization:irgc-aerospace-force",
    "organization:iranian-armed-forces-general-staff", "organization:iranian-army",
    "organization:khatam-al-anbiya-central-headquarters")
QF, PALCORPS, IRGCINT, IRGCIPO = ("organization:quds-force", "organization:quds-force-palestine-corps",
                                  "organization:irgc-intelligence-organization",
                                  "organization:irgc-intelligence-protection-organization")
IRFM, OMFM, USSTATE, WH = ("organization:iranian-foreign-ministry", "organization:omani-foreign-ministry",
                           "organization:us-state-department", "organization:white-house")
DEFM, FRFM, UKFO, EU = ("organization:german-foreign-ministry", "organization:french-foreign-ministry",
                        "organization:uk-foreign-office", "organization:european-union")
TEHRAN, ISFAHAN, QOM, ROME, MUSCAT, GENEVA, WASH = (
    "location:tehran", "location:isfahan", "location:qom", "location:rome", "location:muscat",
    "location:geneva", "location:washington")
OMEMB, BEERSHEBA, FORDOW, NATANZ, UDEID = ("location:omani-embassy-rome", "location:beersheba",
                                           "location:fordow", "location:natanz", "location:al-udeid-air-base")
BAGHERI, SALAMI, RASHID, HAJI = ("person:mohammad-bagheri", "person:hossein-salami",
                                 "person:gholam-ali-rashid", "person:amir-ali-hajizadeh")
MOUSAVI, PAKPOUR, SHADMANI, ABDOLLAHI = ("person:abdolrahim-mousavi", "person:mohammad-pakpour",
                                         "person:ali-shadmani", "person:ali-abdollahi")
KAZEMI, MOHAQEQ, KHADEMI, IZADI, TAHERPOUR = (
    "person:mohammad-kazemi", "person:hassan-mohaqeq", "person:majid-khademi", "person:saeed-izadi",
    "person:mohammad-bagher-taherpour")
KHAM, QAANI, ARAGHCHI, BAGHAEI = ("person:ali-khamenei", "person:esmail-qaani", "person:abbas-araghchi",
                                  "person:esmaeil-baghaei")
NETANYAHU, KATZ, ZAMIR, DEFRIN, ADRAEE, SAAR, DERMER, BARNEA = (
    "person:benjamin-netanyahu", "person:israel-katz", "person:eyal-zamir", "person:effie-defrin",
    "person:avichay-adraee", "person:gideon-saar", "person:ron-dermer", "person:david-barnea")
TRUMP, WITKOFF, RUBIO, LEAVITT = ("person:donald-trump", "person:steve-witkoff", "person:marco-rubio",
                                  "person:karoline-leavitt")
ALBUSAIDI, TAMIM = "person:badr-albusaidi", "person:tamim-bin-hamad-al-thani"
WADEPHUL, BARROT, LAMMY, KALLAS = ("person:johann-wadephul", "person:jean-noel-barrot", "person:david-lammy",
                                   "person:kaja-kallas")

ARTICLES = [
    ("enIF1_idf_kills_bagheri_salami", "en",
     "LIVE | IDF says it killed Iran's top brass; Khamenei names Mousavi, Pakpour within hours\n"
     "The IDF said Friday that its fighter jets had killed Iran's armed forces chief of staff, Maj. Gen. "
     "Mohammad Bagheri, together with Revolutionary Guards commander Hossein Salami and Gholam Ali Rashid, "
     "who headed the Khatam al-Anbiya Central Headquarters, in the opening wave of strikes on Iran.\n"
     "IDF spokesman Brig. Gen. Effie Defrin told reporters the three had been \"eliminated in a precise "
     "strike,\" and Defrin urged Tehran residents to keep away from military sites.\n"
     "By the afternoon, Supreme Leader Ali Khamenei had appointed Maj. Gen. Abdolrahim Mousavi, until now "
     "commander of the regular army, as chief of staff in place of Bagheri, Iranian state media reported.\n"
     "Mohammad Pakpour, the longtime head of the IRGC Ground Forces, was named to replace Salami as "
     "commander-in-chief of the Guards.\n"
     "According to Hebrew media reports, Amir Ali Hajizadeh, the commander of the Guards' Aerospace Force, "
     "is also dead, though the circumstances were not immediately clear.\n"
     "Prime Minister Benjamin Netanyahu spoke by phone with US President Donald Trump on Friday morning, "
     "his office said, and is expected to convene the security cabinet tonight.",
     [("ASSASSINATED_BY", BAGHERI, IDF, "its fighter jets had killed", "2025-06-13"),
      ("ASSASSINATED_BY", SALAMI, IDF, "its fighter jets had killed", "2025-06-13"),
      ("ASSASSINATED_BY", RASHID, IDF, "its fighter jets had killed", "2025-06-13"),
      ("ATTACKED", IDF, IRAN, "the opening wave of strikes on Iran", "2025-06-13"),
      ("LEADS", BAGHERI, GENSTAFF, "armed forces chief of staff, Maj. Gen."),
      ("LEADS", SALAMI, IRGC, "Revolutionary Guards commander Hossein"),
      ("LEADS", RASHID, KHATAM, "who headed the Khatam"),
      ("MEMBER_OF", DEFRIN, IDF, "IDF spokesman Brig. Gen. Effie"),
      ("LEADS", KHAM, IRAN, "Supreme Leader Ali Khamenei"),
      ("SUCCESSOR_OF", MOUSAVI, BAGHERI, "as chief of staff in place of Bagheri", "2025-06-13"),
      ("LEADS", MOUSAVI, GENSTAFF, "as chief of staff in place of Bagheri", "2025-06-13"),
      ("LEADS", MOUSAVI, ARMY, "until now commander of the regular army"),
      ("LEADS", PAKPOUR, IRGCGF, "the longtime head of the IRGC Ground Forces"),
      ("PART_OF", IRGCGF, IRGC, "the longtime head of the IRGC Ground Forces"),
      ("SUCCESSOR_OF", PAKPOUR, SALAMI, "was named to replace Salami", "2025-06-13"),
      ("LEADS", PAKPOUR, IRGC, "commander-in-chief of the Guards", "2025-06-13"),
      ("LEADS", HAJI, AERO, "the commander of the Guards' Aerospace Force"),
      ("PART_OF", AERO, IRGC, "the commander of the Guards' Aerospace Force"),
      ("LEADS", NETANYAHU, ISR, "Prime Minister Benjamin Netanyahu"),
      ("LEADS", TRUMP, USA, "US President Donald Trump"),
      ],
     {"source": "blind set (Israeli English daily, live blog)", "published": "2025-06-13"}),

    ("arIF2_shadmani_four_days", "ar",
     "مباشر | الجيش الإسرائيلي: قضينا على شادماني «رئيس أركان الحرب» الإيراني بعد أربعة أيام على تعيينه\n"
     "أعلن الجيش الإسرائيلي صباح الثلاثاء أنه قتل اللواء علي شادماني، قائد مقر خاتم الأنبياء المركزي، في "
     "غارة استهدفت مقراً للقيادة في قلب طهران.\n"
     "وكان المرشد الإيراني علي خامنئي قد عيّن شادماني في الثالث عشر من حزيران/يونيو خلفاً للواء غلام علي "
     "رشيد، الذي قُتل في الضربة الإسرائيلية الأولى.\n"
     "وكتب المتحدث باسم الجيش الإسرائيلي للإعلام العربي، أفيخاي أدرعي، أن شادماني كان «أقرب القادة "
     "العسكريين إلى خامنئي»، وأضاف أدرعي أن الجيش «سيصل إلى كل من يهدد إسرائيل».\n"
     "وبحسب وسائل الإعلام العبرية، عيّنت طهران اللواء علي عبد اللهي قائداً للمقر بدلاً من شادماني، وهو ما "
     "أكدته لاحقاً وكالة تسنيم.\n"
     "وأفادت القناة 12 الإسرائيلية بأن قائد فيلق القدس إسماعيل قاآنى قُتل هو الآخر، غير أن مسؤولين "
     "إيرانيين نفوا ذلك وقالوا إنه «بصحة جيدة».",
     [("ASSASSINATED_BY", SHADMANI, IDF, "أنه قتل اللواء علي شادماني", "2025-06-17"),
      ("LEADS", SHADMANI, KHATAM, "قائد مقر خاتم الأنبياء المركزي"),
      ("ATTACKED", IDF, TEHRAN, "غارة استهدفت مقراً للقيادة", "2025-06-17"),
      ("LEADS", KHAM, IRAN, "المرشد الإيراني علي خامنئي"),
      ("SUCCESSOR_OF", SHADMANI, RASHID, "خلفاً للواء غلام علي", "2025-06-13"),
      ("ASSASSINATED_BY", RASHID, ISR, "الذي قُتل في الضربة الإسرائيلية الأولى", "2025-06-13"),
      ("MEMBER_OF", ADRAEE, IDF, "المتحدث باسم الجيش الإسرائيلي للإعلام العربي"),
      ("SUCCESSOR_OF", ABDOLLAHI, SHADMANI, "بدلاً من شادماني"),
      ("LEADS", ABDOLLAHI, KHATAM, "عيّنت طهران اللواء علي عبد اللهي قائداً"),
      ("LEADS", QAANI, QF, "قائد فيلق القدس إسماعيل"),
      ],
     {"source": "blind set (Israeli daily, Arabic live blog)", "published": "2025-06-17"}),

    ("enIF3_muscat_rome_rounds", "en",
     "Iran, US hold second round in Rome; Dermer set to meet Witkoff next week\n"
     "Iranian Foreign Minister Abbas Araqchi and US special envoy Steve Witkoff concluded a second round of "
     "nuclear talks in Rome on Saturday, with Oman's Foreign Minister Badr Albusaidi shuttling between the "
     "two delegations at the Omani embassy residence.\n"
     "A week earlier in Muscat, Araqchi and Witkoff spoke face-to-face for several minutes in Albusaidi's "
     "presence after more than two hours of indirect exchanges.\n"
     "US President Donald Trump unveiled the talks on April 7 while hosting Prime Minister Benjamin "
     "Netanyahu in the Oval Office, an announcement that reportedly caught the Israeli leader off guard.\n"
     "Strategic Affairs Minister Ron Dermer and Mossad chief David Barnea are set to meet Witkoff in Paris "
     "next week, according to Hebrew media reports; Witkoff briefed Dermer by phone after Saturday's "
     "session, Channel 12 said.\n"
     "In Tehran, Foreign Ministry spokesman Esmaeil Baghaei called the Rome round \"constructive\" but said "
     "Iran \"will not negotiate under threats.\"",
     [("LEADS", ARAGHCHI, IRFM, "Iranian Foreign Minister Abbas Araqchi"),
      ("VISITED", ARAGHCHI, ROME, "second round of nuclear talks in Rome", "2025-04-19"),
      ("VISITED", WITKOFF, ROME, "second round of nuclear talks in Rome", "2025-04-19"),
      ("MET_WITH", ALBUSAIDI, ARAGHCHI, "shuttling between the two delegations", "2025-04-19"),
      ("MET_WITH", ALBUSAIDI, WITKOFF, "shuttling between the two delegations", "2025-04-19"),
      ("LEADS", ALBUSAIDI, OMFM, "Oman's Foreign Minister Badr Albusaidi"),
      ("LOCATED_IN", OMEMB, ROME, "at the Omani embassy residence"),
      ("MET_WITH", ARAGHCHI, WITKOFF, "spoke face-to-face for several minutes", "2025-04-12"),
      ("VISITED", ARAGHCHI, MUSCAT, "A week earlier in Muscat", "2025-04-12"),
      ("VISITED", WITKOFF, MUSCAT, "A week earlier in Muscat", "2025-04-12"),
      ("LEADS", TRUMP, USA, "US President Donald Trump"),
      ("MET_WITH", TRUMP, NETANYAHU, "while hosting Prime Minister Benjamin", "2025-04-07"),
      ("LEADS", NETANYAHU, ISR, "Prime Minister Benjamin Netanyahu"),
      ("LEADS", BARNEA, MOSSAD, "Mossad chief David Barnea"),
      ("MEMBER_OF", BAGHAEI, IRFM, "Foreign Ministry spokesman Esmaeil Baghaei"),
      ],
     {"source": "blind set (Israeli English daily)", "published": "2025-04-19"}),

    ("arIF4_geneva_e3_saar", "ar",
     "مباشر | عراقجي يلتقي نظراءه الأوروبيين في جنيف... وساعر: «لا تمنحوا طهران وقتاً»\n"
     "التقى وزير الخارجية الإيراني عباس عراقجي، الجمعة في جنيف، وزراء خارجية ألمانيا يوهان فاديفول وفرنسا "
     "جان نويل بارو وبريطانيا ديفيد لامي، إضافة إلى مسؤولة السياسة الخارجية في الاتحاد الأوروبي كايا كالاس، "
     "في اجتماع استمر أكثر من ثلاث ساعات.\n"
     "وكان لامي قد التقى في واشنطن، الخميس، وزير الخارجية الأميركي ماركو روبيو والمبعوث الخاص ستيف ويتكوف "
     "لبحث الملف الإيراني، بحسب ما أفادت وسائل إعلام عبرية.\n"
     "وقال وزير الخارجية الإسرائيلي جدعون ساعر إن «أي مهلة دبلوماسية ستستغلها إيران لإعادة بناء برنامجها»، "
     "وطالب ساعر الأوروبيين بتشديد العقوبات.\n"
     "في المقابل، نفى المتحدث باسم الخارجية الإيرانية إسماعيل بقائي تقارير عن اتصالات هاتفية بين عراقجي "
     "وويتكوف منذ بدء الحرب.\n"
     "ميدانياً، أعلن الجيش الإسرائيلي أن طائراته أغارت ليلاً على منشآت لإنتاج الصواريخ في طهران وأصفهان، "
     "فيما أطلقت إيران رشقة صاروخية جديدة على بئر السبع.",
     [("LEADS", ARAGHCHI, IRFM, "وزير الخارجية الإيراني عباس عراقجي"),
      ("VISITED", ARAGHCHI, GENEVA, "الجمعة في جنيف", "2025-06-20"),
      ("MET_WITH", ARAGHCHI, WADEPHUL, "التقى وزير الخارجية الإيراني", "2025-06-20"),
      ("MET_WITH", ARAGHCHI, BARROT, "التقى وزير الخارجية الإيراني", "2025-06-20"),
      ("MET_WITH", ARAGHCHI, LAMMY, "التقى وزير الخارجية الإيراني", "2025-06-20"),
      ("MET_WITH", ARAGHCHI, KALLAS, "التقى وزير الخارجية الإيراني", "2025-06-20"),
      ("MET_WITH", WADEPHUL, BARROT, "في اجتماع استمر أكثر من ثلاث ساعات", "2025-06-20"),
      ("MET_WITH", WADEPHUL, LAMMY, "في اجتماع استمر أكثر من ثلاث ساعات", "2025-06-20"),
      ("MET_WITH", WADEPHUL, KALLAS, "في اجتماع استمر أكثر من ثلاث ساعات", "2025-06-20"),
      ("MET_WITH", BARROT, LAMMY, "في اجتماع استمر أكثر من ثلاث ساعات", "2025-06-20"),
      ("MET_WITH", BARROT, KALLAS, "في اجتماع استمر أكثر من ثلاث ساعات", "2025-06-20"),
      ("MET_WITH", LAMMY, KALLAS, "في اجتماع استمر أكثر من ثلاث ساعات", "2025-06-20"),
      ("LEADS", WADEPHUL, DEFM, "ألمانيا يوهان فاديفول"),
      ("LEADS", BARROT, FRFM, "وفرنسا جان نويل بارو"),
      ("LEADS", LAMMY, UKFO, "وبريطانيا ديفيد لامي"),
      ("MEMBER_OF", KALLAS, EU, "مسؤولة السياسة الخارجية في الاتحاد الأوروبي"),
      ("MET_WITH", LAMMY, RUBIO, "وكان لامي قد التقى في واشنطن", "2025-06-19"),
      ("MET_WITH", LAMMY, WITKOFF, "وكان لامي قد التقى في واشنطن", "2025-06-19"),
      ("MET_WITH", RUBIO, WITKOFF, "وكان لامي قد التقى في واشنطن", "2025-06-19"),
      ("VISITED", LAMMY, WASH, "وكان لامي قد التقى في واشنطن", "2025-06-19"),
      ("LEADS", RUBIO, USSTATE, "وزير الخارجية الأميركي ماركو روبيو"),
      ("LEADS", SAAR, ISRFM, "وزير الخارجية الإسرائيلي جدعون ساعر"),
      ("MEMBER_OF", BAGHAEI, IRFM, "المتحدث باسم الخارجية الإيرانية إسماعيل"),
      ("ATTACKED", IDF, TEHRAN, "أغارت ليلاً على منشآت لإنتاج الصواريخ", "2025-06-20"),
      ("ATTACKED", IDF, ISFAHAN, "أغارت ليلاً على منشآت لإنتاج الصواريخ", "2025-06-20"),
      ("ATTACKED", IRAN, BEERSHEBA, "رشقة صاروخية جديدة على بئر السبع", "2025-06-20"),
      ],
     {"source": "blind set (Israeli daily, Arabic live blog)", "published": "2025-06-20"}),

    ("enIF5_kazemi_khademi_izadi", "en",
     "IDF says it killed IRGC intelligence chief; Khademi named to replace him\n"
     "The IDF said Sunday it had killed Mohammad Kazemi, head of the Islamic Revolutionary Guard Corps' "
     "Intelligence Organization, and his deputy, Hassan Mohaghegh, in a strike on Tehran.\n"
     "Iranian media later confirmed both deaths, and on June 20 the Guards announced that Brig. Gen. Majid "
     "Khademi, who had run the IRGC Intelligence Protection Organization, would succeed Kazemi; Khademi is "
     "a veteran of the Guards' counterintelligence apparatus.\n"
     "Defense Minister Israel Katz said Saturday that Israel had also eliminated Saeed Izadi, the commander "
     "of the Quds Force's Palestine Corps, in an apartment in Qom, calling him \"the man who financed and "
     "armed Hamas.\"\n"
     "Brig. Gen. Mohammad Bagher Taherpour, described by Iranian outlets as the head of the Aerospace "
     "Force's drone unit, was reported dead as well, without further details.\n"
     "Katz, who held a situational assessment with IDF Chief of Staff Lt. Gen. Eyal Zamir at military "
     "headquarters in Tel Aviv on Saturday, vowed that \"the regime will pay a heavy price.\"",
     [("ASSASSINATED_BY", KAZEMI, IDF, "it had killed Mohammad Kazemi", "2025-06-15"),
      ("ASSASSINATED_BY", MOHAQEQ, IDF, "it had killed Mohammad Kazemi", "2025-06-15"),
      ("LEADS", KAZEMI, IRGCINT, "head of the Islamic Revolutionary Guard Corps' Intelligence"),
      ("MEMBER_OF", MOHAQEQ, IRGCINT, "and his deputy, Hassan Mohaghegh"),
      ("ATTACKED", IDF, TEHRAN, "in a strike on Tehran", "2025-06-15"),
      ("SUCCESSOR_OF", KHADEMI, KAZEMI, "would succeed Kazemi", "2025-06-20"),
      ("LEADS", KHADEMI, IRGCINT, "would succeed Kazemi", "2025-06-20"),
      ("LEADS", KHADEMI, IRGCIPO, "who had run the IRGC Intelligence Protection Organization"),
      ("LEADS", KATZ, ISRDEF, "Defense Minister Israel Katz"),
      ("ASSASSINATED_BY", IZADI, ISR, "Israel had also eliminated Saeed Izadi", "2025-06-21"),
      ("LEADS", IZADI, PALCORPS, "the commander of the Quds Force's Palestine Corps"),
      ("PART_OF", PALCORPS, QF, "the commander of the Quds Force's Palestine Corps"),
      ("ATTACKED", ISR, QOM, "in an apartment in Qom", "2025-06-21"),
      ("MEMBER_OF", TAHERPOUR, AERO, "the head of the Aerospace Force's drone unit"),
      ("MET_WITH", KATZ, ZAMIR, "held a situational assessment with IDF Chief of Staff", "2025-06-21"),
      ("LEADS", ZAMIR, IDF, "IDF Chief of Staff Lt. Gen. Eyal Zamir"),
      ],
     {"source": "blind set (Israeli English daily, live blog)", "published": "2025-06-21"}),

    ("arIF6_netanyahu_white_house", "ar",
     "نتنياهو في البيت الأبيض بعد أسبوعين على وقف النار مع إيران\n"
     "استقبل الرئيس الأميركي دونالد ترامب رئيس الوزراء الإسرائيلي بنيامين نتنياهو مساء الاثنين في البيت "
     "الأبيض بواشنطن، في أول لقاء بينهما منذ وقف إطلاق النار الذي أنهى في 24 حزيران/يونيو حرباً استمرت "
     "اثني عشر يوماً مع إيران.\n"
     "وقبل العشاء، اجتمع نتنياهو في دار الضيافة «بلير هاوس» بالمبعوث الخاص ستيف ويتكوف ووزير الخارجية "
     "ماركو روبيو، وفق ما نقلت هيئة البث الإسرائيلية «كان».\n"
     "وقالت المتحدثة باسم البيت الأبيض كارولين ليفيت إن ويتكوف سيلتقي وزير الخارجية الإيراني عباس عراقجي "
     "«قريباً»، غير أن ليفيت لم تحدد موعداً أو مكاناً.\n"
     "وكانت القاذفات الأميركية قد قصفت في 22 حزيران منشآت فوردو ونطنز وأصفهان، وردّت إيران بعد يوم بضرب "
     "قاعدة العديد في قطر.\n"
     "وأجرى ترامب حينها اتصالاً هاتفياً بأمير قطر الشيخ تميم بن حمد آل ثاني لتأمين موافقة طهران على "
     "الهدنة، بحسب ما أفادت وسائل إعلام عبرية.",
     [("LEADS", TRUMP, USA, "الرئيس الأميركي دونالد ترامب"),
      ("LEADS", NETANYAHU, ISR, "رئيس الوزراء الإسرائيلي بنيامين"),
      ("MET_WITH", TRUMP, NETANYAHU, "استقبل الرئيس الأميركي", "2025-07-07"),
      ("VISITED", NETANYAHU, WASH, "الأبيض بواشنطن", "2025-07-07"),
      ("MET_WITH", NETANYAHU, WITKOFF, "اجتمع نتنياهو في دار الضيافة", "2025-07-07"),
      ("MET_WITH", NETANYAHU, RUBIO, "اجتمع نتنياهو في دار الضيافة", "2025-07-07"),
      ("MET_WITH", WITKOFF, RUBIO, "اجتمع نتنياهو في دار الضيافة", "2025-07-07"),
      ("LEADS", RUBIO, USSTATE, "ووزير الخارجية ماركو روبيو"),
      ("MEMBER_OF", LEAVITT, WH, "المتحدثة باسم البيت الأبيض كارولين"),
      ("LEADS", ARAGHCHI, IRFM, "وزير الخارجية الإيراني عباس عراقجي"),
      ("ATTACKED", USA, FORDOW, "قصفت في 22 حزيران منشآت فوردو", "2025-06-22"),
      ("ATTACKED", USA, NATANZ, "قصفت في 22 حزيران منشآت فوردو", "2025-06-22"),
      ("ATTACKED", USA, ISFAHAN, "قصفت في 22 حزيران منشآت فوردو", "2025-06-22"),
      ("ATTACKED", IRAN, UDEID, "بضرب قاعدة العديد", "2025-06-23"),
      ("LOCATED_IN", UDEID, QATAR, "قاعدة العديد في قطر"),
      ("LEADS", TAMIM, QATAR, "بأمير قطر الشيخ تميم"),
      ],
     {"source": "blind set (Israeli daily, Arabic)", "published": "2025-07-08"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setIF")
