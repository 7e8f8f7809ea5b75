"""Blind set NO: Gaza and Hamas, 2024-2025 (first folder of NO-NP): the killing of Ismail Haniyeh in Tehran
after Masoud Pezeshkian's inauguration (July 2024), Yahya Sinwar named political bureau chief in his place
(August 2024) and killed by Israeli troops in Rafah (October 2024), the Cairo talks of Egypt's intelligence
chief Hassan Rashad with a Hamas delegation under Khalil al-Hayya (April 2025), the Sharm el-Sheikh talks
with Steve Witkoff, Jared Kushner and the Qatari prime minister (October 2025) and Israel's strike on Hamas
leaders in Doha (September 2025), as a US wire writes it (UPI-like: "July 31 (UPI) --", "a government
spokesman said only"), a Palestinian agency in Arabic (Safa-like: "غزة - صفا", "القائد الشهيد"), a
Singapore daily's explainer (The Straits Times-like: "Who was ...?", a life in one paragraph), an Egyptian
news channel's site in Arabic (Al-Qahera News-like: "اللواء", "مصدر مصري رفيع المستوى"), a US news site's
scoop (Semafor-like: "The Scoop", "Know More", "two people briefed on the talks") and a Qatari daily in
Arabic (Lusail-like: "حضرة صاحب السمو", "معالي الشيخ", "الوكيل عريف").
Pieces: Haniyeh killed in Tehran with his bodyguard, received by Khamenei, talks with Pezeshkian and
al-Nakhalah, Haniyeh after Meshaal (English, NO1); Sinwar chosen in Haniyeh's place, Hamdan and al-Hayya
speak (Arabic, NO2); Sinwar killed by Israeli troops in Rafah, Sinwar after Haniyeh in Gaza (2017), Katz's
acknowledgement of the Haniyeh killing (English, NO3); Rashad receives al-Hayya, Jabarin and Awadallah in
Cairo, Rashad after Abbas Kamel (Arabic, NO4); Witkoff and Kushner meet al-Hayya with Rashad and the Qatari
prime minister in the room, Hammam al-Hayya killed in the Doha strike (English, NO5); Doha strike: Cpl. Badr
al-Dosari, Hammam al-Hayya and Jihad Labad killed (Arabic, NO6).
Excluded on purpose (no relation): the Israeli military that "declined to comment", the Qatari prime
minister's post on X (NO1); Hamdan, who "had not met Sinwar since the war began", the contacts with Sinwar
"by secure means", Khamenei's leading of the funeral prayers (NO2); Mohammed Sinwar, "expected to take
over" the armed wing (NO3); Witkoff's telephone call with Rashad, the Israeli delegation expected later,
Rashad's meeting with Dermer that has no date yet (NO4); Dermer's delegation, which "never met" the Hamas
delegation directly, Trump's phone call with Netanyahu, Trump's expected trip for a ceremony with el-Sisi
(NO5); al-Hayya, who survived, the emir's visit to the (unnamed) wounded, the late US warning (NO6).
Judgement calls: "died in a treacherous Zionist raid" in Hamas's statement gives Haniyeh -> country:israel,
and the bodyguard "killed along with" him and named in the next sentence the same (NO1); "held talks with
Pezeshkian ... together with Islamic Jihad chief" is a meeting of the three (NO1); "اغتاله الاحتلال" gives
the victim -> country:israel (NO2); "killed by Israeli troops" gives Sinwar -> the IDF; "a killing Israel's
Defence Minister ... acknowledged" gives Haniyeh -> country:israel; "took charge of Hamas in Gaza in 2017,
replacing Ismail Haniyeh" is a succession (NO3); a delegation "headed by" al-Hayya "that included" two
others, received by Rashad, pairs Rashad with each of the three, not the three with each other (as NC2)
(NO4); two envoys who "sat down with" al-Hayya and two mediators "in the room" are one meeting of five
(mediators paired with both sides, as NC4) (NO5); "استشهاد ... جراء القصف" after "الهجوم الإسرائيلي"
gives the victim -> country:israel, and so do "ارتقاء خمسة من أعضائها بينهم" (NO6); a Hamas delegation
"برئاسة" al-Hayya makes him MEMBER_OF Hamas (NO6).
Filled in for the exercise: the bodyguard's naming sentence and the talks with al-Nakhalah on the
sidelines (NO1); Hamdan's remark, al-Hayya's words on secure contacts (NO2); the wording of al-Hayya's
confirmation (NO3); the day of the Cairo meeting, the members of the delegation, Witkoff's call, the
Dermer meeting (NO4); the presence of Rashad and the Qatari prime minister in the room, the condolences,
Trump's phone call (NO5); the emir's hospital visit and the ten-minute quotation (NO6).
Spellings: "Ismail Hanieh", "Khaled Meshaal" (NO1); "يحيى السنوار"، "أبو إبراهيم" (NO2); "Defence
Minister Israel Katz" (NO3); "اللواء حسن محمود رشاد"، "نزار عوض الله"، "ستيف ويتكوف" (NO4); "Sheikh
Mohammed bin Abdulrahman al-Thani", "Hammam" (NO5); "بدر سعد محمد الحميدي الدوسري"، "محمد بن عبدالرحمن بن
جاسم آل ثاني" (NO6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_np import ALL  # noqa: E402

HERE = Path(__file__).parent

ISRAEL, IRAN, QATAR, EGYPT = "country:israel", "country:iran", "country:qatar", "country:egypt"
TEHRAN, CAIRO, SHARM = "location:tehran", "location:cairo", "location:sharm-el-sheikh"
HAMAS, PIJ, IDF, EGI, QFM = ("organization:hamas", "organization:palestinian-islamic-jihad",
                             "organization:israel-defense-forces", "organization:egyptian-general-intelligence",
                             "organization:qatari-foreign-ministry")
HANIYEH, YSINWAR, HAYYA, MASHAL, JABARIN, AWADALLAH, HAMDAN = (
    "person:ismail-haniyeh", "person:yahya-sinwar", "person:khalil-al-hayya", "person:khaled-mashal",
    "person:zaher-jabarin", "person:nizar-awadallah", "person:osama-hamdan")
HAMMAM, LABAD, SHAABAN, NAKHALAH = ("person:hammam-al-hayya", "person:jihad-labad", "person:wasim-abu-shaaban",
                                    "person:ziyad-al-nakhalah")
KHAMENEI, PEZESHKIAN, NETANYAHU, KATZ, DERMER = (
    "person:ali-khamenei", "person:masoud-pezeshkian", "person:benjamin-netanyahu", "person:israel-katz",
    "person:ron-dermer")
MBAR, TAMIM, DOSARI, RASHAD, KAMEL, SISI = (
    "person:mohammed-bin-abdulrahman-al-thani", "person:tamim-bin-hamad-al-thani", "person:badr-al-dosari",
    "person:hassan-rashad", "person:abbas-kamel", "person:abdel-fattah-el-sisi")
TRUMP, WITKOFF, KUSHNER = "person:donald-trump", "person:steve-witkoff", "person:jared-kushner"

UPI = "blind set (US wire service, UPI-like)"
SAFA = "blind set (Palestinian news agency, Arabic, Safa-like)"
STRAITS = "blind set (Singapore daily's explainer, English, The Straits Times-like)"
QAHERA = "blind set (Egyptian news channel's site, Arabic, Al-Qahera News-like)"
SEMAFOR = "blind set (US news site's scoop, English, Semafor-like)"
LUSAIL = "blind set (Qatari daily, Arabic, Lusail-like)"

ARTICLES = [
    ("enNO1_haniyeh_killed_tehran_upi", "en",
     "Hamas political chief Ismail Haniyeh killed in Tehran; group blames Israel\n"
     "July 31 (UPI) -- Ismail Hanieh, the head of Hamas's political bureau, was killed early Wednesday along "
     "with one of his bodyguards when the building where he was staying in northern Tehran was struck, the "
     "Palestinian group and Iran's Revolutionary Guards said.\n"
     "Hamas said in a statement that its leader died in \"a treacherous Zionist raid on his residence\" after "
     "taking part in the swearing-in of Iran's new president, Masoud Pezeshkian, on Tuesday. The bodyguard was "
     "identified as Wasim Abu Shaaban.\n"
     "Hours before his death, Haniyeh was received by Supreme Leader Ayatollah Ali Khamenei, Iranian state "
     "television showed. He also held talks with Pezeshkian on the sidelines of the ceremony, together with "
     "Islamic Jihad chief Ziyad al-Nakhalah.\n"
     "The Israeli military declined to comment, and a government spokesman said only that Israel does not "
     "respond to foreign reports.\n"
     "Qatar, which hosted Haniyeh in Doha and has mediated the Gaza truce talks, condemned the killing. Prime "
     "Minister Sheikh Mohammed bin Abdulrahman Al Thani wrote on X: \"How can mediation succeed when one party "
     "assassinates the negotiator on the other side?\"\n"
     "Haniyeh, 62, had succeeded Khaled Meshaal as Hamas political leader in 2017.",
     [("ASSASSINATED_BY", HANIYEH, ISRAEL, "a treacherous Zionist raid on his residence", "2024-07-31"),
      ("ASSASSINATED_BY", SHAABAN, ISRAEL, "The bodyguard was identified as Wasim Abu Shaaban", "2024-07-31"),
      ("MET_WITH", HANIYEH, KHAMENEI, "was received by Supreme Leader Ayatollah Ali Khamenei", "2024-07-30")]
     + met_group({HANIYEH: "Hours before his death, Haniyeh", PEZESHKIAN: "He also held talks with Pezeshkian",
                  NAKHALAH: "Islamic Jihad chief Ziyad al-Nakhalah"}, "2024-07-30") + [
      ("VISITED", HANIYEH, TEHRAN, "where he was staying in northern Tehran", "2024-07-30"),
      ("SUCCESSOR_OF", HANIYEH, MASHAL, "had succeeded Khaled Meshaal", "2017"),
      ("LEADS", HANIYEH, HAMAS, "the head of Hamas's political bureau"),
      ("LEADS", PEZESHKIAN, IRAN, "Iran's new president, Masoud Pezeshkian"),
      ("LEADS", KHAMENEI, IRAN, "Supreme Leader Ayatollah"),
      ("LEADS", NAKHALAH, PIJ, "Islamic Jihad chief"),
      ],
     {"source": UPI, "published": "2024-07-31"}),

    ("arNO2_hamas_chooses_sinwar_safa", "ar",
     "حماس تختار يحيى السنوار رئيساً لمكتبها السياسي خلفاً لهنية\n"
     "غزة - صفا\n"
     "أعلنت حركة المقاومة الإسلامية \"حماس\"، مساء الثلاثاء، اختيار القائد يحيى السنوار رئيساً للمكتب "
     "السياسي للحركة، خلفاً للقائد الشهيد إسماعيل هنية الذي اغتاله الاحتلال في طهران الأسبوع الماضي.\n"
     "وقالت الحركة في بيان مقتضب إن الاختيار جاء بعد مشاورات معمقة في مؤسساتها القيادية، من دون أن تكشف عن "
     "آلية التصويت.\n"
     "وكان السنوار، المعروف بـ\"أبو إبراهيم\"، يتولى قيادة الحركة في قطاع غزة منذ عام 2017، ويتهمه الاحتلال "
     "بالتخطيط لهجوم السابع من أكتوبر.\n"
     "وقال عضو المكتب السياسي للحركة أسامة حمدان في مؤتمر صحفي ببيروت إن اختيار السنوار \"رسالة بأن الحركة "
     "موحدة\"، مشيراً إلى أنه لم يلتقِ السنوار منذ بدء الحرب.\n"
     "من جهته، ذكر القيادي خليل الحية أن رئيس المكتب الجديد سيواصل إدارة ملف المفاوضات من داخل القطاع، وأن "
     "الاتصالات معه تجري \"بوسائل آمنة\".\n"
     "وكانت الحركة قد شيّعت هنية في الدوحة يوم الجمعة، بعد أن أمّ المرشد الإيراني علي خامنئي صلاة الجنازة "
     "عليه في طهران.",
     [("SUCCESSOR_OF", YSINWAR, HANIYEH, "خلفاً للقائد الشهيد إسماعيل هنية", "2024-08-06"),
      ("ASSASSINATED_BY", HANIYEH, ISRAEL, "الذي اغتاله الاحتلال في طهران", "2024-07-31"),
      ("LEADS", YSINWAR, HAMAS, "رئيساً للمكتب السياسي للحركة، خلفاً"),
      ("MEMBER_OF", HAMDAN, HAMAS, "عضو المكتب السياسي للحركة أسامة حمدان"),
      ("LEADS", KHAMENEI, IRAN, "المرشد الإيراني علي خامنئي"),
      ],
     {"source": SAFA, "published": "2024-08-06"}),

    ("enNO3_who_was_yahya_sinwar_explainer", "en",
     "Who was Yahya Sinwar, the Hamas leader killed in Rafah?\n"
     "Yahya Sinwar, the architect of the Oct 7, 2023 attack on Israel, was killed by Israeli troops on Oct 16 "
     "in the southern Gaza city of Rafah, the Israeli military said the next day, ending a year-long manhunt.\n"
     "Soldiers from a training brigade on patrol in the Tel al-Sultan neighbourhood came across three "
     "militants and fired on a building; a drone later filmed a wounded, dust-covered man throwing a stick at "
     "it. Dental records and DNA confirmed it was Sinwar.\n"
     "Born in 1962 in the Khan Younis refugee camp, Sinwar spent 22 years in Israeli prisons before he was "
     "freed in a 2011 prisoner swap. He took charge of Hamas in Gaza in 2017, replacing Ismail Haniyeh, who "
     "moved to Qatar.\n"
     "In August 2024, the movement named him political bureau chief after Haniyeh was assassinated in Tehran, "
     "a killing that Israel's Defence Minister Israel Katz publicly acknowledged only in December.\n"
     "Senior Hamas official Khalil al-Hayya, speaking from Doha, confirmed the death and said the hostages "
     "would not be freed until the war ended. Sinwar's younger brother, Mohammed, was widely expected to take "
     "over the group's armed wing in Gaza.",
     [("ASSASSINATED_BY", YSINWAR, IDF, "was killed by Israeli troops on Oct 16", "2024-10-16"),
      ("SUCCESSOR_OF", YSINWAR, HANIYEH, "replacing Ismail Haniyeh, who", "2017"),
      ("ASSASSINATED_BY", HANIYEH, ISRAEL, "after Haniyeh was assassinated in Tehran", "2024-07-31"),
      ("LEADS", YSINWAR, HAMAS, "He took charge of Hamas in Gaza"),
      ("MEMBER_OF", HAYYA, HAMAS, "Senior Hamas official Khalil al-Hayya"),
      ],
     {"source": STRAITS, "published": "2024-10-18"}),

    ("arNO4_rashad_receives_hayya_cairo", "ar",
     "اللواء حسن رشاد يستقبل وفد حماس برئاسة خليل الحية لبحث المقترح المصري\n"
     "القاهرة - القاهرة الإخبارية\n"
     "استقبل رئيس المخابرات العامة المصرية اللواء حسن محمود رشاد، السبت، وفداً من قيادة حركة حماس يترأسه "
     "رئيس الحركة في قطاع غزة الدكتور خليل الحية، وذلك بمقر الجهاز في القاهرة.\n"
     "وضم الوفد كلاً من زاهر جبارين ونزار عوض الله، وجرى خلال اللقاء استعراض المقترح المصري الجديد لاستعادة "
     "وقف إطلاق النار وتبادل الأسرى والمحتجزين، بحسب مصدر مصري رفيع المستوى.\n"
     "وأضاف المصدر أن رئيس الجهاز أطلع الوفد على نتائج اتصالاته مع الجانب الأمريكي، لافتاً إلى أن رشاد تلقى "
     "اتصالاً هاتفياً من المبعوث الأمريكي للشرق الأوسط ستيف ويتكوف قبيل الاجتماع.\n"
     "ومن المنتظر أن يستقبل الجهاز وفداً إسرائيلياً خلال الأيام المقبلة، في حين لم يتحدد بعد موعد لقاء يجمع "
     "رشاد بالوزير الإسرائيلي رون ديرمر.\n"
     "يُذكر أن اللواء رشاد تولى رئاسة المخابرات العامة في أكتوبر الماضي خلفاً للواء عباس كامل، الذي عُيّن "
     "مستشاراً لرئيس الجمهورية.",
     [("MET_WITH", RASHAD, HAYYA, "رئيس الحركة في قطاع غزة الدكتور خليل الحية", "2025-04-12"),
      ("MET_WITH", RASHAD, JABARIN, "وضم الوفد كلاً من زاهر جبارين", "2025-04-12"),
      ("MET_WITH", RASHAD, AWADALLAH, "ونزار عوض الله، وجرى", "2025-04-12"),
      ("VISITED", HAYYA, CAIRO, "بمقر الجهاز في القاهرة", "2025-04-12"),
      ("VISITED", JABARIN, CAIRO, "بمقر الجهاز في القاهرة", "2025-04-12"),
      ("VISITED", AWADALLAH, CAIRO, "بمقر الجهاز في القاهرة", "2025-04-12"),
      ("LEADS", RASHAD, EGI, "استقبل رئيس المخابرات العامة المصرية"),
      ("LEADS", HAYYA, HAMAS, "يترأسه رئيس الحركة في قطاع غزة"),
      ("SUCCESSOR_OF", RASHAD, KAMEL, "خلفاً للواء عباس كامل", "2024-10"),
      ],
     {"source": QAHERA, "published": "2025-04-12"}),

    ("enNO5_witkoff_kushner_sharm_semafor", "en",
     "Kushner and Witkoff sit down with Hamas in Sharm el-Sheikh as Gaza deal nears\n"
     "The Scoop\n"
     "Steve Witkoff and Jared Kushner flew into the Egyptian Red Sea resort of Sharm el-Sheikh on Wednesday and "
     "sat down with Hamas's chief negotiator, Khalil al-Hayya, according to two people briefed on the talks. It "
     "was the first time senior Trump administration officials had met the group's leadership face to face "
     "since the war began.\n"
     "Egypt's intelligence chief, Hassan Rashad, and Qatar's prime minister, Sheikh Mohammed bin Abdulrahman "
     "al-Thani, who arrived the same morning, were in the room. Witkoff offered his condolences to al-Hayya, "
     "whose son Hammam was killed in the Israeli strike on Doha last month.\n"
     "The Israeli delegation, led by Strategic Affairs Minister Ron Dermer, negotiated with the Hamas team "
     "through the mediators from separate rooms and never met it directly.\n"
     "Late that night, President Trump announced on Truth Social that Israel and Hamas had signed off on the "
     "first phase of his 20-point plan. He had spoken by phone with Benjamin Netanyahu earlier in the day.\n"
     "Know More\n"
     "Trump is expected to travel to Egypt within days for a signing ceremony hosted by President Abdel Fattah "
     "el-Sisi.",
     met_group({WITKOFF: "Steve Witkoff and Jared Kushner flew", KUSHNER: "and Jared Kushner flew into",
                HAYYA: "sat down with Hamas's chief negotiator", RASHAD: "Egypt's intelligence chief, Hassan Rashad",
                MBAR: "who arrived the same morning, were in the room"}, "2025-10-08") + [
      ("ASSASSINATED_BY", HAMMAM, ISRAEL, "whose son Hammam was killed in the Israeli strike", "2025-09-09"),
      ("VISITED", WITKOFF, SHARM, "flew into the Egyptian Red Sea resort", "2025-10-08"),
      ("VISITED", KUSHNER, SHARM, "resort of Sharm el-Sheikh on Wednesday", "2025-10-08"),
      ("VISITED", MBAR, SHARM, "who arrived the same morning", "2025-10-08"),
      ("MEMBER_OF", HAYYA, HAMAS, "Hamas's chief negotiator, Khalil al-Hayya"),
      ("LEADS", RASHAD, EGI, "Egypt's intelligence chief"),
      ("LEADS", SISI, EGYPT, "President Abdel Fattah"),
      ],
     {"source": SEMAFOR, "published": "2025-10-09"}),

    ("arNO6_doha_condemns_strike_lusail", "ar",
     "الدوحة تدين الاعتداء الإسرائيلي الجبان على مقرات سكنية لأعضاء المكتب السياسي لحماس\n"
     "الدوحة - لوسيل\n"
     "دانت دولة قطر بأشد العبارات الهجوم الإسرائيلي الجبان الذي استهدف، عصر الثلاثاء، مقرات سكنية يقيم فيها "
     "عدد من أعضاء المكتب السياسي لحركة حماس في العاصمة الدوحة، واعتبرته \"انتهاكاً صارخاً لكافة القوانين "
     "والأعراف الدولية\".\n"
     "وأعلنت وزارة الداخلية استشهاد الوكيل عريف بدر سعد محمد الحميدي الدوسري، من قوة الأمن الداخلي "
     "(لخويا)، وإصابة عدد من منتسبيها جراء القصف.\n"
     "من جهتها، أكدت حماس نجاة وفدها المفاوض برئاسة الدكتور خليل الحية من محاولة الاغتيال، معلنة ارتقاء "
     "خمسة من أعضائها بينهم همام نجل الحية، وجهاد لبد مدير مكتبه.\n"
     "وزار حضرة صاحب السمو الشيخ تميم بن حمد آل ثاني أمير البلاد المفدى المصابين في مستشفى حمد العام، "
     "واطمأن على صحتهم.\n"
     "وقال معالي الشيخ محمد بن عبدالرحمن بن جاسم آل ثاني رئيس مجلس الوزراء وزير الخارجية، في مؤتمر صحفي، "
     "إن قطر تحتفظ بحق الرد، مؤكداً أن الاتصال الأمريكي للتحذير من الهجوم \"جاء بعد عشر دقائق من بدئه\".\n"
     "وكان رئيس الوزراء الإسرائيلي بنيامين نتنياهو قد أعلن أن العملية \"إسرائيلية مستقلة تماماً\" وأن "
     "إسرائيل \"تتحمل المسؤولية الكاملة عنها\".",
     [("ASSASSINATED_BY", DOSARI, ISRAEL, "الحميدي الدوسري", "2025-09-09"),
      ("ASSASSINATED_BY", HAMMAM, ISRAEL, "بينهم همام نجل الحية", "2025-09-09"),
      ("ASSASSINATED_BY", LABAD, ISRAEL, "وجهاد لبد مدير مكتبه", "2025-09-09"),
      ("MEMBER_OF", HAYYA, HAMAS, "وفدها المفاوض برئاسة الدكتور خليل الحية"),
      ("MEMBER_OF", HAMMAM, HAMAS, "خمسة من أعضائها بينهم همام"),
      ("MEMBER_OF", LABAD, HAMAS, "وجهاد لبد مدير"),
      ("LEADS", TAMIM, QATAR, "أمير البلاد المفدى"),
      ("LEADS", MBAR, QFM, "رئيس مجلس الوزراء وزير الخارجية"),
      ("LEADS", NETANYAHU, ISRAEL, "رئيس الوزراء الإسرائيلي بنيامين نتنياهو"),
      ],
     {"source": LUSAIL, "published": "2025-09-10"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setNO")
