"""Blind set NG: Yemen and the Red Sea, 2024-2025 (first folder of NG-NH): the Israeli strike on Sanaa
that killed the Houthi prime minister Ahmed al-Rahawi and ministers (August 2025), the UN envoy Hans
Grundberg in Riyadh and Muscat (July 2025), the US campaign against the Houthis (spring 2025), Oman's
announcement of the US-Houthi ceasefire (May 2025), the Israeli strikes on Sanaa airport and the Red Sea
ports (December 2024) and the Houthis' announcement of Mohammed al-Ghamari's death (October 2025), as a
Jerusalem-based English news site writes it (The Media Line-like: "[The Media Line]", an unnamed analyst),
as a Yemeni independent site writes it in Arabic (al-Masdar Online-like: "المصدر أونلاين - الرياض",
"مليشيا الحوثي"), as a US military newspaper writes it (Stars and Stripes-like: "WASHINGTON —", "defense
officials said"), as Oman's state agency writes it in Arabic (ONA-like: "مسقط في 6 مايو /العُمانية/",
"معالي السيد", "سعادة الشيخ"), as an Israeli daily's English site writes it (Israel Hayom-like: "IAF
fighter jets", "situation assessment") and as a Houthi-run Sanaa daily writes it in Arabic (al-Thawra-like:
"تزف", "العدوان الصهيوني", "فخامة المشير الركن").
Pieces: the Houthis confirm al-Rahawi killed in an Israeli airstrike, al-Rahawi after bin Habtoor, Miftah
to run the government (English, NG1); al-Alimi receives Grundberg with bin Breik and al-Zindani present,
Grundberg's talks with Abdulsalam in Muscat (Arabic, NG2); Hegseth meets Kurilla, Albusaidi receives
Witkoff in Muscat (English, NG3); Albusaidi announces the ceasefire and had received Abdulsalam, al-Harthy
meets Grundberg (Arabic, NG4); Katz's situation assessment with Halevi and Tomer Bar, Tedros in Sanaa, the
Houthi drone that killed Yevgeny Ferder (English, NG5); al-Ghamari killed by "the Zionist aggression",
al-Madani after him, al-Mashat receives Miftah and al-Atifi (Arabic, NG6).
Excluded on purpose (no relation): al-Ghamari and al-Atifi, "targeted" but of unclear fate, the ministers
killed with al-Rahawi (not named), the unnamed analyst who "sat with Rahawi" (NG1); Grundberg's planned
trip to Aden, al-Zubaidi, whom he could not meet, al-Alimi's phone call with Fagin (NG2); the unnamed
"top missile guy" Waltz said was killed, the dead of the first night (no names), Hegseth's postponed trip
(NG3); the US-Houthi ceasefire itself (contacts, no meeting), Albusaidi's phone call with Witkoff (NG4);
the Houthi officials Tedros met (not named), Katz's threat, the six dead, Netanyahu's phone call with
Trump (NG5); al-Houthi's televised speech, al-Mashat's phone call with the family (NG6).
Judgement calls: "killed ... in an Israeli airstrike" gives the victim -> country:israel (NG1), so does
"جراء العدوان الصهيوني" (NG6); "would run the government in an acting capacity" after the prime minister's
death is a succession (Miftah -> al-Rahawi, NG1); in a meeting of two sides, a person "in the presence of"
whom it was held is paired with the other side, not with his own (NG2 bin Breik and al-Zindani); "hosted"
/ "received" an envoy is a meeting (NG3, NG4); "held a situation assessment with" two commanders is a
meeting of the three (NG5); "استقبل X وY" together is a meeting of the three (NG6); "a Houthi drone killed
Yevgeny Ferder" gives Ferder -> organization:houthis (NG5); a minister LEADS a ministry only where the
ministry has an id in the table (NG2 al-Zindani); al-Atifi "Defense Minister" is MEMBER_OF the Houthi
government (NG1).
Filled in for the exercise: the unnamed analyst (NG1); the date of Grundberg's Riyadh meeting, al-Zindani's
presence, the planned Aden trip, Fagin's call (NG2); Hegseth's Monday meeting with Kurilla and the
postponed trip (NG3); the date of Abdulsalam's reception, al-Harthy's meeting, the Witkoff call (NG4);
Katz's assessment at the Kirya, the day of Tedros's arrival (NG5); al-Mashat's reception and call (NG6).
Spellings: "Ahmed Ghaleb al-Rahawi", "Muhammad al-Ghamari" (NG1); "هانس جروندبرج", "جروندبرج", "رشاد
محمد العليمي", "سالم صالح بن بريك" (NG2); "Erik Kurilla", "Yahya Sarea" (NG3); "بدر بن حمد البوسعيدي",
"هانس غروندبيرغ", "ستيف ويتكوف" (NG4); "IAF Commander Maj. Gen. Tomer Bar" (NG5); "محمد عبدالكريم
الغماري", "يوسف حسن المداني", "عبدالملك بدرالدين الحوثي", "محمد أحمد مفتاح" (NG6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_nh import ALL  # noqa: E402

HERE = Path(__file__).parent

YEMEN, ISRAEL, US, OMAN = "country:yemen", "country:israel", "country:united-states", "country:oman"
SANAA, MUSCAT, RIYADH = "location:sanaa", "location:muscat", "location:riyadh"
HOUTHIS, SPC, HGOV, YGOV, YFM, PLC = (
    "organization:houthis", "organization:houthi-supreme-political-council", "organization:houthi-government",
    "organization:yemeni-government", "organization:yemeni-foreign-ministry",
    "organization:presidential-leadership-council")
IDF, IAF, CENTCOM, DOD, NSC, OMFM, WHO = (
    "organization:israel-defense-forces", "organization:israeli-air-force", "organization:us-central-command",
    "organization:us-department-of-defense", "organization:us-national-security-council",
    "organization:omani-foreign-ministry", "organization:world-health-organization")
ABDULMALIK, MASHAT, RAHAWI, HABTOOR, MIFTAH, GHAMARI, MADANI, ATIFI, ABDULSALAM, SAREE = (
    "person:abdul-malik-al-houthi", "person:mahdi-al-mashat", "person:ahmed-al-rahawi",
    "person:abdulaziz-bin-habtoor", "person:mohammed-miftah", "person:mohammed-al-ghamari",
    "person:yousef-al-madani", "person:mohammed-nasser-al-atifi", "person:mohammed-abdulsalam",
    "person:yahya-saree")
ALIMI, BINBREIK, ZINDANI, ZUBAIDI = (
    "person:rashad-al-alimi", "person:salem-bin-breik", "person:shaya-al-zindani", "person:aidarous-al-zubaidi")
GRUNDBERG, TEDROS, ALBUSAIDI, HARTHY = (
    "person:hans-grundberg", "person:tedros-adhanom-ghebreyesus", "person:badr-albusaidi",
    "person:khalifa-al-harthy")
TRUMP, HEGSETH, KURILLA, WALTZ, WITKOFF = (
    "person:donald-trump", "person:pete-hegseth", "person:michael-kurilla", "person:mike-waltz",
    "person:steve-witkoff")
NETANYAHU, KATZ, HALEVI, TBAR, FERDER = (
    "person:benjamin-netanyahu", "person:israel-katz", "person:herzi-halevi", "person:tomer-bar",
    "person:yevgeny-ferder")

TML = "blind set (Jerusalem-based English news site, The Media Line-like)"
MASDAR = "blind set (Yemeni independent news site, Arabic, al-Masdar Online-like)"
STRIPES = "blind set (US military newspaper, English, Stars and Stripes-like)"
ONA = "blind set (Omani state news agency, Arabic, ONA-like)"
HAYOM = "blind set (Israeli daily's English site, Israel Hayom-like)"
THAWRA = "blind set (Houthi-run Sanaa daily, Arabic, al-Thawra-like)"

ARTICLES = [
    ("enNG1_houthis_confirm_rahawi_killed", "en",
     "Houthis Confirm Prime Minister Killed in Israeli Strike on Sanaa\n"
     "[The Media Line] Yemen's Houthi rebels confirmed on Saturday that the prime minister of their "
     "Sanaa-based government, Ahmed Ghaleb al-Rahawi, was killed along with several ministers in an Israeli "
     "airstrike on the capital on Thursday.\n"
     "A statement from the Supreme Political Council, headed by Mahdi al-Mashat, said al-Rahawi and \"a number "
     "of his ministerial colleagues\" were killed while attending a routine workshop held by the government to "
     "evaluate its performance over the past year. It did not say how many ministers died.\n"
     "Israeli Defense Minister Israel Katz wrote on X that the strike had dealt \"an unprecedented blow\" to the "
     "group's senior leadership. Israeli media reported that the military had also targeted the Houthi chief "
     "of staff, Muhammad al-Ghamari, and Defense Minister Mohammed Nasser al-Atifi, whose fate remained "
     "unclear.\n"
     "Al-Rahawi, a southerner from Abyan province, had led the Houthi cabinet since August 2024, when he "
     "replaced Abdulaziz bin Habtoor.\n"
     "The council said his first deputy, Mohammed Miftah, would run the government in an acting capacity. "
     "Mashat vowed revenge in a televised address.\n"
     "Houthi leader Abdul-Malik al-Houthi did not appear in public; his weekly speech was broadcast hours "
     "before the strike.\n"
     "\"I sat with Rahawi two weeks ago in Sanaa, and he expected this,\" a Yemeni analyst told The Media "
     "Line, asking not to be named.",
     [("ASSASSINATED_BY", RAHAWI, ISRAEL, "was killed along with several ministers in an Israeli", "2025-08-28"),
      ("LEADS", RAHAWI, HGOV, "the prime minister of their"),
      ("LEADS", MASHAT, SPC, "the Supreme Political Council, headed by Mahdi al-Mashat"),
      ("MEMBER_OF", GHAMARI, HOUTHIS, "the Houthi chief of staff, Muhammad al-Ghamari"),
      ("MEMBER_OF", ATIFI, HGOV, "Defense Minister Mohammed Nasser al-Atifi"),
      ("SUCCESSOR_OF", RAHAWI, HABTOOR, "when he replaced Abdulaziz bin Habtoor", "2024-08"),
      ("SUCCESSOR_OF", MIFTAH, RAHAWI, "would run the government in an acting capacity", "2025-08-30"),
      ("LEADS", ABDULMALIK, HOUTHIS, "Houthi leader Abdul-Malik al-Houthi"),
      ],
     {"source": TML, "published": "2025-08-30"}),

    ("arNG2_alimi_receives_grundberg_riyadh", "ar",
     "العليمي يستقبل جروندبرج في الرياض: لا سلام مع استمرار اختطاف الموظفين الأمميين\n"
     "المصدر أونلاين - الرياض\n"
     "التقى رئيس مجلس القيادة الرئاسي الدكتور رشاد محمد العليمي، اليوم الأحد، في العاصمة السعودية الرياض، "
     "المبعوث الخاص للأمين العام للأمم المتحدة إلى اليمن هانس جروندبرج، بحضور رئيس مجلس الوزراء سالم صالح "
     "بن بريك ووزير الخارجية وشؤون المغتربين الدكتور شائع الزنداني.\n"
     "وناقش اللقاء، بحسب وكالة الأنباء اليمنية (سبأ) الرسمية، مستجدات جهود السلام الأممية، وملف موظفي الأمم "
     "المتحدة والمنظمات الدولية المختطفين لدى مليشيا الحوثي.\n"
     "وقال العليمي للمبعوث إن \"المليشيات لم تلتزم بأي من تعهداتها\"، مؤكداً دعم المجلس لجهوده.\n"
     "وكان جروندبرج قد وصل إلى الرياض قادماً من مسقط، التي أجرى فيها مباحثات مع رئيس وفد الحوثيين المفاوض "
     "محمد عبدالسلام.\n"
     "ومن المقرر أن يتوجه المبعوث الأممي إلى عدن الأسبوع المقبل، فيما لم يتسنَّ له لقاء عضو المجلس عيدروس "
     "الزبيدي الموجود خارج البلاد.\n"
     "وفي وقت لاحق، تلقى العليمي اتصالاً هاتفياً من السفير الأمريكي لدى اليمن ستيفن فاجن، تناول التطورات "
     "الأخيرة.",
     [("MET_WITH", ALIMI, GRUNDBERG, "التقى رئيس مجلس القيادة الرئاسي الدكتور", "2025-07-13"),
      ("MET_WITH", GRUNDBERG, BINBREIK, "بحضور رئيس مجلس الوزراء سالم صالح", "2025-07-13"),
      ("MET_WITH", GRUNDBERG, ZINDANI, "ووزير الخارجية وشؤون المغتربين الدكتور شائع", "2025-07-13"),
      ("MET_WITH", GRUNDBERG, ABDULSALAM, "التي أجرى فيها مباحثات مع رئيس وفد الحوثيين", "2025-07"),
      ("VISITED", GRUNDBERG, RIYADH, "قد وصل إلى الرياض قادماً", "2025-07-13"),
      ("VISITED", GRUNDBERG, MUSCAT, "قادماً من مسقط", "2025-07"),
      ("LEADS", ALIMI, PLC, "رئيس مجلس القيادة الرئاسي"),
      ("LEADS", BINBREIK, YGOV, "رئيس مجلس الوزراء سالم"),
      ("LEADS", ZINDANI, YFM, "ووزير الخارجية وشؤون المغتربين"),
      ("MEMBER_OF", ABDULSALAM, HOUTHIS, "رئيس وفد الحوثيين المفاوض"),
      ("MEMBER_OF", ZUBAIDI, PLC, "عضو المجلس عيدروس"),
      ],
     {"source": MASDAR, "published": "2025-07-13"}),

    ("enNG3_hegseth_kurilla_houthi_campaign", "en",
     "Hegseth, CENTCOM chief review Houthi campaign as strikes enter fifth week\n"
     "WASHINGTON — Defense Secretary Pete Hegseth met with Army Gen. Erik Kurilla, the head of U.S. Central "
     "Command, at the Pentagon on Monday to review the air and naval campaign against Yemen's Houthis, now in "
     "its fifth week, defense officials said.\n"
     "The strikes, which President Donald Trump ordered on March 15, have hit radar sites, air defenses and "
     "missile depots in Sanaa, Saada and the Red Sea port of Hodeidah. National security adviser Mike Waltz "
     "said the opening wave killed \"their top missile guy,\" but did not name him, and the Pentagon has not "
     "confirmed any commander's death.\n"
     "Houthi military spokesman Yahya Sarea claimed the group had launched drones and cruise missiles at the "
     "aircraft carrier USS Harry S. Truman in response; no damage was reported.\n"
     "The Houthi-run health ministry said 53 people, including five children, were killed in the first night "
     "of strikes.\n"
     "Hegseth had been expected to travel to the region this week to meet Gulf defense ministers, but the trip "
     "was postponed, a defense official said.\n"
     "Oman's Foreign Minister Badr Albusaidi, who received U.S. envoy Steve Witkoff in Muscat on Saturday for "
     "talks on Iran's nuclear program, has offered to pass messages between Washington and the rebels.",
     [("MET_WITH", HEGSETH, KURILLA, "met with Army Gen. Erik Kurilla", "2025-04-14"),
      ("LEADS", HEGSETH, DOD, "Defense Secretary Pete Hegseth met"),
      ("LEADS", KURILLA, CENTCOM, "the head of U.S. Central"),
      ("LEADS", TRUMP, US, "which President Donald Trump ordered"),
      ("LEADS", WALTZ, NSC, "National security adviser Mike Waltz"),
      ("MEMBER_OF", SAREE, HOUTHIS, "Houthi military spokesman Yahya Sarea"),
      ("MET_WITH", ALBUSAIDI, WITKOFF, "who received U.S. envoy Steve Witkoff", "2025-04-12"),
      ("VISITED", WITKOFF, MUSCAT, "in Muscat on Saturday", "2025-04-12"),
      ("LEADS", ALBUSAIDI, OMFM, "Oman's Foreign Minister Badr Albusaidi"),
      ],
     {"source": STRIPES, "published": "2025-04-14"}),

    ("arNG4_albusaidi_ceasefire_ona", "ar",
     "وزير الخارجية: الجهود العُمانية تسفر عن وقف لإطلاق النار بين الولايات المتحدة وصنعاء\n"
     "مسقط في 6 مايو /العُمانية/ أعلن معالي السيد بدر بن حمد البوسعيدي وزير الخارجية أنه في أعقاب المناقشات "
     "والاتصالات التي أجرتها سلطنة عُمان مؤخرًا مع الولايات المتحدة الأمريكية والسلطات المعنية في صنعاء "
     "بالجمهورية اليمنية، بهدف تحقيق خفض التصعيد، فقد أسفرت هذه الجهود عن التوصل إلى وقف لإطلاق النار بين "
     "الجانبين.\n"
     "وأوضح معاليه أنه في المستقبل لن يستهدف أي من الطرفين الآخر، بما في ذلك السفن الأمريكية في البحر "
     "الأحمر ومضيق باب المندب، بما يضمن حرية الملاحة.\n"
     "وكان معالي وزير الخارجية قد استقبل بديوان عام الوزارة الأسبوع الماضي محمد عبدالسلام رئيس الوفد الوطني "
     "المفاوض، وجرى خلال المقابلة استعراض مساعي السلطنة لخفض التصعيد في المنطقة.\n"
     "من جانب آخر، التقى سعادة الشيخ خليفة بن علي الحارثي وكيل وزارة الخارجية للشؤون السياسية اليوم بهانس "
     "غروندبيرغ المبعوث الخاص للأمين العام للأمم المتحدة إلى اليمن الذي يزور السلطنة حاليًا، وأعرب المبعوث "
     "الأممي عن تقديره للدور الذي تضطلع به سلطنة عُمان.\n"
     "كما تلقى معالي السيد وزير الخارجية اتصالًا هاتفيًا من ستيف ويتكوف مبعوث الرئيس الأمريكي إلى الشرق "
     "الأوسط، جرى خلاله بحث ترتيبات الجولة المقبلة من المحادثات الإيرانية الأمريكية.",
     [("MET_WITH", ALBUSAIDI, ABDULSALAM, "قد استقبل بديوان عام الوزارة", "2025-04-30"),
      ("MET_WITH", HARTHY, GRUNDBERG, "التقى سعادة الشيخ خليفة", "2025-05-06"),
      ("VISITED", GRUNDBERG, OMAN, "الذي يزور السلطنة حاليًا", "2025-05-06"),
      ("LEADS", ALBUSAIDI, OMFM, "بدر بن حمد البوسعيدي وزير الخارجية"),
      ("MEMBER_OF", HARTHY, OMFM, "وكيل وزارة الخارجية للشؤون السياسية"),
      ],
     {"source": ONA, "published": "2025-05-06"}),

    ("enNG5_iaf_strikes_sanaa_airport_tedros", "en",
     "IAF strikes Houthi targets at Sanaa airport and Red Sea ports; WHO chief says he was yards away\n"
     "Israeli Air Force fighter jets struck the international airport in Sanaa, the Ras Kanatib and Hezyaz "
     "power stations and the ports of Hodeidah, Salif and Ras Isa on Thursday, in what the IDF described as a "
     "response to repeated Houthi missile and drone attacks on Israel.\n"
     "World Health Organization Director-General Tedros Adhanom Ghebreyesus, who was about to board a flight "
     "at the airport, said a member of his plane's crew was injured. Tedros had arrived in Sanaa on Monday "
     "and held talks with Houthi officials on the release of detained UN staff; he did not name them.\n"
     "Defense Minister Israel Katz, who held a situation assessment with Chief of Staff Lt. Gen. Herzi Halevi "
     "and IAF Commander Maj. Gen. Tomer Bar at the Kirya on Thursday evening, said: \"The long arm of Israel "
     "will reach Houthi leaders as well.\"\n"
     "The Houthi-run health ministry said six people were killed.\n"
     "In July, Israel struck the port of Hodeidah a day after a Houthi drone killed Yevgeny Ferder, 50, in an "
     "apartment building in central Tel Aviv.\n"
     "Prime Minister Benjamin Netanyahu said the Houthis \"will pay a heavy price,\" adding that he had spoken "
     "by phone with President-elect Donald Trump about Iran.",
     met_group({KATZ: "Defense Minister Israel Katz, who held a situation assessment",
                HALEVI: "Chief of Staff Lt. Gen. Herzi Halevi",
                TBAR: "IAF Commander Maj. Gen. Tomer Bar"}, "2024-12-26") + [
      ("VISITED", TEDROS, SANAA, "had arrived in Sanaa on Monday", "2024-12-23"),
      ("LEADS", TEDROS, WHO, "World Health Organization Director-General"),
      ("LEADS", HALEVI, IDF, "Chief of Staff Lt. Gen."),
      ("LEADS", TBAR, IAF, "IAF Commander Maj. Gen."),
      ("ASSASSINATED_BY", FERDER, HOUTHIS, "a Houthi drone killed Yevgeny Ferder", "2024-07-19"),
      ("LEADS", NETANYAHU, ISRAEL, "Prime Minister Benjamin Netanyahu said"),
      ],
     {"source": HAYOM, "published": "2024-12-26"}),

    ("arNG6_armed_forces_mourn_ghamari", "ar",
     "القوات المسلحة تزف رئيس هيئة الأركان العامة الفريق الركن محمد عبدالكريم الغماري\n"
     "صنعاء - الثورة\n"
     "زفّت القوات المسلحة اليمنية، أمس الخميس، رئيس هيئة الأركان العامة الفريق الركن محمد عبدالكريم الغماري، "
     "الذي ارتقى شهيداً متأثراً بجراحه التي أصيب بها جراء العدوان الصهيوني الغادر على صنعاء، إلى جانب عدد "
     "من رفاقه.\n"
     "وأعلن بيان القوات المسلحة تعيين اللواء الركن يوسف حسن المداني رئيساً لهيئة الأركان العامة خلفاً "
     "للشهيد الغماري.\n"
     "وفي السياق، استقبل فخامة المشير الركن مهدي المشاط رئيس المجلس السياسي الأعلى، اليوم بصنعاء، القائم "
     "بأعمال رئيس الوزراء العلامة محمد أحمد مفتاح ووزير الدفاع والإنتاج الحربي اللواء الركن محمد ناصر "
     "العاطفي، وأكد أن دماء الشهداء \"لن تذهب هدراً\".\n"
     "وكان قائد الثورة السيد عبدالملك بدرالدين الحوثي قد أكد في كلمته المتلفزة أن استهداف القادة \"لن "
     "يثني اليمن عن موقفه المساند لغزة\".\n"
     "وأجرى الرئيس المشاط اتصالاً هاتفياً بأسرة الشهيد معزياً ومواسياً.",
     met_group({MASHAT: "استقبل فخامة المشير الركن مهدي المشاط", MIFTAH: "العلامة محمد أحمد مفتاح",
                ATIFI: "ووزير الدفاع والإنتاج الحربي"}, "2025-10-17") + [
      ("ASSASSINATED_BY", GHAMARI, ISRAEL, "جراء العدوان الصهيوني الغادر", "2025-10"),
      ("SUCCESSOR_OF", MADANI, GHAMARI, "خلفاً للشهيد الغماري", "2025-10-16"),
      ("LEADS", MASHAT, SPC, "رئيس المجلس السياسي الأعلى"),
      ("LEADS", MIFTAH, HGOV, "القائم بأعمال رئيس الوزراء"),
      ],
     {"source": THAWRA, "published": "2025-10-17"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setNG")
