"""Blind set QL: the Red Sea and Yemen 2023-2025 (second folder of QK-QL): Rashad al-Alimi's reception of
Tim Lenderking and ambassador Steven Fagin in Riyadh (2024), Trump's announcement of the Oman-brokered end
of the US strikes on the Houthis (May 2025), Salem bin Breik's appointment to replace Ahmed Awad bin Mubarak
(May 2025), Brad Cooper's assumption of command of CENTCOM from Michael Kurilla (August 2025), Badr
Albusaidi's reception of Hans Grundberg and of the Houthi negotiator in Muscat (May 2025), and the Israeli
strikes on Sanaa airport and Hodeidah while the WHO chief was at the airport (December 2024), as the
government's state agency writes it in Arabic (Saba Aden-like: "الرياض - سبأ", "بلادنا"), a US wire in
English (AP-like: "WASHINGTON (AP) —"), a Saudi-owned pan-Arab daily in Arabic (Asharq Al-Awsat-like: "عدن:
«الشرق الأوسط»"), a US military command release in English (CENTCOM-like), Oman's state agency in Arabic
(ONA-like: "مسقط في 6 مايو /العُمانية/", "معالي السيد") and an Israeli news site in English (Times of
Israel-like: "By EMANUEL FABIAN").
Pieces: Alimi receives Lenderking and Fagin with Abdullah al-Alimi and al-Zindani present (Arabic, QL1);
Trump announces the halt while meeting Carney, Witkoff had met Albusaidi in Muscat (English, QL2); bin
Breik replaces bin Mubarak, who had replaced Maeen Abdulmalik, Alimi receives bin Breik with al-Zubaidi
present (Arabic, QL3); Cooper assumes command from Kurilla, Kurilla had met Zamir (English, QL4); Albusaidi
receives Grundberg with al-Harthy present, and had received Abdulsalam (Arabic, QL5); Israel strikes Sanaa
airport while Tedros is there, Grundberg had met Abdulsalam in Muscat (English, QL6).
Excluded on purpose (no relation): Grundberg's phone call to Alimi (QL1); Rubio's call to Albusaidi, the
"key Houthi leaders" Waltz said were killed without naming them, the unnamed dead of Ras Isa (QL2); Fagin's
congratulation call, bin Breik's planned meeting with Grundberg (QL3); Cooper's planned trip to meet Zamir,
Hegseth and Caine at the ceremony (no meeting stated) (QL4); Rubio's phone call (QL5); the Houthi officials
Tedros met (unnamed), the six unnamed dead, the Tel Aviv drone victim (QL6).
Judgement calls: «استقبل A وB» together is a meeting of the three (met_group) and the attendees of one list
«بحضور» are paired with all three and with each other (QL1, as most dev gold); the single attendee
al-Zubaidi is paired with both principals (QL3); «حضر المقابلة» an attendee, paired with both (QL5);
"while meeting Canadian Prime Minister Mark Carney" is a meeting (QL2); "who met al-Busaidi in Muscat in
April" a past meeting stated as fact (QL2); «خلفاً لأحمد عوض بن مبارك» and «عُيّن ... خلفاً لمعين عبد
الملك» are successions (QL3); "assumed command ... from Gen. Michael Erik Kurilla" is a succession (QL4);
Hegseth "presided over" the ceremony: no meeting pair (a ceremony, not a meeting); a president LEADS his
country only where the text gives the title.
Filled in for the exercise: the date of Alimi's meeting and the attendees (QL1); the wording of Waltz's and
Albusaidi's statements (QL2); the Sunday reception and al-Zubaidi's presence, Fagin's call, the planned
Grundberg meeting (QL3); Kurilla's June meeting with Zamir, Cooper's planned trip (QL4); the date of the
reception of Abdulsalam and al-Harthy's presence (QL5); Grundberg's meeting in Muscat that week (QL6).
Spellings: «الدكتور رشاد محمد العليمي», «تيم ليندركينغ», «ستيفن فاجن», «الدكتور عبدالله العليمي», «شائع
الزنداني» (QL1); "Badr al-Busaidi", "Mohammed Abdul Salam" (QL2); «سالم صالح بن بريك», «أحمد عوض بن
مبارك», «معين عبد الملك», «عيدروس قاسم الزُبيدي» (QL3); "Adm. Charles \"Brad\" Cooper", "Gen. Michael Erik
Kurilla", "Lt. Gen. Eyal Zamir" (QL4); «السيد بدر بن حمد البوسعيدي», «هانس غروندبرغ», «محمد عبدالسلام»
(QL5); "Tedros Adhanom Ghebreyesus", "Herzi Halevi", "Mohammed Abdulsalam" (QL6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_ql import ALL  # noqa: E402

HERE = Path(__file__).parent

ISRAEL, CANADA = "country:israel", "country:canada"
HOUTHIS, PLC, IDF, CENTCOM, OMFM, STC, WHO = (
    "organization:houthis", "organization:presidential-leadership-council", "organization:israel-defense-forces",
    "organization:us-central-command", "organization:omani-foreign-ministry",
    "organization:southern-transitional-council", "organization:world-health-organization")
ALIMI, BAWAZEER, ZINDANI, ZUBAIDI, BINBREIK, BINMUBARAK, MAEEN = (
    "person:rashad-al-alimi", "person:abdullah-al-alimi-bawazeer", "person:shaya-al-zindani",
    "person:aidarous-al-zubaidi", "person:salem-bin-breik", "person:ahmed-awad-bin-mubarak",
    "person:maeen-abdulmalik")
LENDERKING, FAGIN, GRUNDBERG, ABDULSALAM, BUSAIDI, HARTHY = (
    "person:tim-lenderking", "person:steven-fagin", "person:hans-grundberg", "person:mohammed-abdulsalam",
    "person:badr-albusaidi", "person:khalifa-al-harthy")
TRUMP, CARNEY, WITKOFF, COOPER, KURILLA, ZAMIR = (
    "person:donald-trump", "person:mark-carney", "person:steve-witkoff", "person:brad-cooper",
    "person:michael-kurilla", "person:eyal-zamir")
TEDROS, NETANYAHU, HALEVI = ("person:tedros-adhanom-ghebreyesus", "person:benjamin-netanyahu",
                             "person:herzi-halevi")

SABA_ADEN = "blind set (Yemeni government state news agency, Arabic, Saba Aden-like)"
AP = "blind set (US news wire, English, AP-like)"
ASHARQ = "blind set (Saudi-owned pan-Arab daily, Arabic, Asharq Al-Awsat-like)"
CENTCOM_REL = "blind set (US military command press release, English, CENTCOM-like)"
ONA = "blind set (Omani state news agency, Arabic, ONA-like)"
TOI = "blind set (Israeli news site, English, Times of Israel-like)"

ARTICLES = [
    ("arQL1_alimi_receives_lenderking_saba", "ar",
     "رئيس مجلس القيادة الرئاسي يستقبل المبعوث الأمريكي والسفير فاجن\n"
     "الرياض - سبأ\n"
     "استقبل رئيس مجلس القيادة الرئاسي الدكتور رشاد محمد العليمي، اليوم في الرياض، المبعوث الأمريكي الخاص "
     "إلى اليمن تيم ليندركينغ، والسفير الأمريكي لدى بلادنا ستيفن فاجن، بحضور عضو مجلس القيادة الرئاسي "
     "الدكتور عبدالله العليمي، ووزير الخارجية وشؤون المغتربين الدكتور شائع الزنداني.\n"
     "وفي اللقاء، جرى مناقشة مستجدات الأوضاع المحلية، والتصعيد الحوثي في البحر الأحمر وباب المندب، وتداعياته "
     "على الاقتصاد الوطني وحركة الملاحة الدولية.\n"
     "وأكد رئيس مجلس القيادة الرئاسي أن الهجمات الإرهابية للمليشيات الحوثية المدعومة من النظام الإيراني "
     "تستهدف تقويض فرص السلام، داعياً إلى تصنيفها منظمة إرهابية.\n"
     "من جانبه، جدد المبعوث الأمريكي التزام بلاده بدعم مجلس القيادة الرئاسي والحكومة.\n"
     "إلى ذلك، تلقى الرئيس العليمي اتصالاً هاتفياً من المبعوث الأممي هانس غروندبرغ، جرى خلاله بحث الجهود "
     "الرامية إلى خفض التصعيد.",
     met_group({ALIMI: "استقبل رئيس مجلس القيادة الرئاسي الدكتور", LENDERKING: "إلى اليمن تيم ليندركينغ",
                FAGIN: "والسفير الأمريكي لدى بلادنا", BAWAZEER: "بحضور عضو مجلس القيادة",
                ZINDANI: "ووزير الخارجية وشؤون المغتربين"}, "2024-07-16") + [
      ("LEADS", ALIMI, PLC, "رئيس مجلس القيادة الرئاسي الدكتور رشاد"),
      ("MEMBER_OF", BAWAZEER, PLC, "عضو مجلس القيادة الرئاسي الدكتور"),
      ],
     {"source": SABA_ADEN, "published": "2024-07-16"}),

    ("enQL2_trump_houthi_truce_ap", "en",
     "Trump says US will stop bombing Yemen's Houthis after Oman-brokered deal\n"
     "WASHINGTON (AP) \u2014 President Donald Trump said Tuesday that the United States will stop its bombing "
     "campaign against Yemen's Houthi rebels, saying the group had agreed to stop attacking ships in the Red "
     "Sea. He made the surprise announcement in the Oval Office while meeting Canadian Prime Minister Mark Carney.\n"
     "Oman's Foreign Minister Badr al-Busaidi said in a statement that discussions conducted by the sultanate "
     "with Washington and \"the relevant authorities in Sanaa\" had produced a ceasefire under which neither "
     "side would target the other.\n"
     "Houthi spokesman Mohammed Abdul Salam said the deal did not cover Israel. Secretary of State Marco Rubio "
     "later spoke by phone with al-Busaidi to thank him.\n"
     "The campaign, which began March 15 on Trump's orders, hit more than 1,000 targets. A strike on the Ras "
     "Isa fuel port in April killed at least 74 people, according to the Houthi-run health ministry, and "
     "then-national security adviser Mike Waltz had said earlier strikes killed \"key Houthi leaders,\" without "
     "naming them.\n"
     "Special envoy Steve Witkoff, who met al-Busaidi in Muscat in April during the U.S.-Iran nuclear talks, "
     "had also discussed the Red Sea with Omani officials, a U.S. official said.",
     [("MET_WITH", TRUMP, CARNEY, "while meeting Canadian Prime Minister", "2025-05-06"),
      ("LEADS", CARNEY, CANADA, "Canadian Prime Minister Mark Carney"),
      ("LEADS", BUSAIDI, OMFM, "Oman's Foreign Minister Badr"),
      ("MEMBER_OF", ABDULSALAM, HOUTHIS, "Houthi spokesman Mohammed"),
      ("MET_WITH", WITKOFF, BUSAIDI, "who met al-Busaidi in Muscat", "2025-04-12"),
      ],
     {"source": AP, "published": "2025-05-06"}),

    ("arQL3_bin_breik_replaces_bin_mubarak_asharq", "ar",
     "تعيين سالم بن بريك رئيساً للحكومة اليمنية خلفاً لبن مبارك\n"
     "عدن: «الشرق الأوسط»\n"
     "أصدر رئيس مجلس القيادة الرئاسي اليمني رشاد العليمي، السبت، قراراً بتعيين وزير المالية سالم صالح بن "
     "بريك رئيساً لمجلس الوزراء، خلفاً لأحمد عوض بن مبارك الذي قدّم استقالته في وقت سابق من اليوم نفسه.\n"
     "وكان بن مبارك قد عُيّن في فبراير (شباط) 2024 خلفاً لمعين عبد الملك، وقال في رسالة الاستقالة إنه واجه "
     "«صعوبات كبيرة» حالت دون ممارسة صلاحياته الدستورية.\n"
     "واستقبل العليمي، الأحد، رئيس الوزراء الجديد في الرياض، بحضور نائب رئيس مجلس القيادة رئيس المجلس "
     "الانتقالي الجنوبي عيدروس قاسم الزُبيدي، وشدّد على أولوية الملف الاقتصادي وانتظام صرف المرتبات.\n"
     "وفي سياق متصل، أجرى السفير الأميركي ستيفن فاجن اتصالاً هاتفياً ببن بريك هنّأه فيه بالثقة، بينما كان "
     "من المقرر أن يلتقي رئيس الوزراء الجديد المبعوث الأممي هانس غروندبرغ الأسبوع المقبل في عدن.",
     [("SUCCESSOR_OF", BINBREIK, BINMUBARAK, "خلفاً لأحمد عوض بن مبارك", "2025-05-03"),
      ("SUCCESSOR_OF", BINMUBARAK, MAEEN, "خلفاً لمعين عبد الملك", "2024-02-05"),
      ("MET_WITH", ALIMI, BINBREIK, "واستقبل العليمي، الأحد", "2025-05-04"),
      ("MET_WITH", ZUBAIDI, ALIMI, "بحضور نائب رئيس مجلس القيادة", "2025-05-04"),
      ("MET_WITH", ZUBAIDI, BINBREIK, "عيدروس قاسم الزُبيدي", "2025-05-04"),
      ("LEADS", ALIMI, PLC, "أصدر رئيس مجلس القيادة الرئاسي اليمني"),
      ("LEADS", ZUBAIDI, STC, "رئيس المجلس الانتقالي الجنوبي"),
      ("MEMBER_OF", ZUBAIDI, PLC, "نائب رئيس مجلس القيادة رئيس"),
      ],
     {"source": ASHARQ, "published": "2025-05-04"}),

    ("enQL4_cooper_assumes_centcom", "en",
     "Adm. Brad Cooper Assumes Command of U.S. Central Command\n"
     "August 8, 2025 | Release Number: 20250808-01\n"
     "TAMPA, Fla. \u2014 Adm. Charles \"Brad\" Cooper assumed command of U.S. Central Command from Gen. Michael "
     "Erik Kurilla during a change of command ceremony at MacDill Air Force Base, Aug. 8.\n"
     "Secretary of Defense Pete Hegseth presided over the ceremony, which was also attended by Chairman of the "
     "Joint Chiefs of Staff Gen. Dan Caine.\n"
     "During his three years in command, Kurilla oversaw the defense of Israel against Iranian missile and drone "
     "attacks and Operation Rough Rider, which struck more than 1,000 Houthi targets in Yemen. He last met "
     "Israel Defense Forces Chief of the General Staff Lt. Gen. Eyal Zamir in Tel Aviv in June.\n"
     "Cooper previously served as CENTCOM's deputy commander and, before that, led U.S. Naval Forces Central "
     "Command during the Houthi attacks on shipping in the Red Sea. He is expected to travel to Israel to meet "
     "Zamir in the coming weeks.",
     [("SUCCESSOR_OF", COOPER, KURILLA, "assumed command of U.S. Central Command from", "2025-08-08"),
      ("MET_WITH", KURILLA, ZAMIR, "He last met", "2025-06-15"),
      ("LEADS", ZAMIR, IDF, "Chief of the General Staff Lt. Gen. Eyal Zamir"),
      ],
     {"source": CENTCOM_REL, "published": "2025-08-08"}),

    ("arQL5_albusaidi_receives_grundberg_ona", "ar",
     "وزير الخارجية يستقبل المبعوث الأممي إلى اليمن\n"
     "مسقط في 6 مايو /العُمانية/ استقبل معالي السيد بدر بن حمد البوسعيدي وزير الخارجية اليوم المبعوثَ الخاص "
     "للأمين العام للأمم المتحدة إلى اليمن هانس غروندبرغ.\n"
     "وجرى خلال المقابلة بحث مستجدات الأوضاع في اليمن والبحر الأحمر، حيث أطلع معاليه المبعوثَ الأممي على "
     "جهود سلطنة عُمان التي أسفرت عن التوصل إلى وقف لإطلاق النار بين الولايات المتحدة الأمريكية وجماعة أنصار "
     "الله في صنعاء، بما يضمن حرية الملاحة وانسيابية الشحن التجاري الدولي.\n"
     "حضر المقابلة سعادة الشيخ خليفة بن علي الحارثي وكيل وزارة الخارجية للشؤون الدبلوماسية.\n"
     "وكان معاليه قد استقبل أمس محمد عبدالسلام رئيس وفد صنعاء المفاوض.\n"
     "وفي سياق متصل، تلقى معالي السيد وزير الخارجية اتصالاً هاتفياً من معالي ماركو روبيو وزير خارجية "
     "الولايات المتحدة الأمريكية، أعرب خلاله عن تقدير بلاده للدور العُماني.",
     [("MET_WITH", BUSAIDI, GRUNDBERG, "للأمين العام للأمم المتحدة إلى اليمن", "2025-05-06"),
      ("MET_WITH", HARTHY, BUSAIDI, "حضر المقابلة سعادة الشيخ", "2025-05-06"),
      ("MET_WITH", HARTHY, GRUNDBERG, "خليفة بن علي الحارثي", "2025-05-06"),
      ("MET_WITH", BUSAIDI, ABDULSALAM, "وكان معاليه قد استقبل أمس", "2025-05-05"),
      ("LEADS", BUSAIDI, OMFM, "البوسعيدي وزير الخارجية اليوم"),
      ("MEMBER_OF", HARTHY, OMFM, "وكيل وزارة الخارجية للشؤون"),
      ],
     {"source": ONA, "published": "2025-05-06"}),

    ("enQL6_sanaa_airport_strike_toi", "en",
     "Israeli jets strike Houthi targets in Sanaa and Hodeidah; WHO chief says he was at the airport\n"
     "By EMANUEL FABIAN\n"
     "Israeli fighter jets struck Houthi targets across Yemen on Thursday, including Sanaa International "
     "Airport and power stations and ports in Hodeidah, the Israel Defense Forces said, in response to repeated "
     "Houthi missile and drone attacks on Israel.\n"
     "World Health Organization Director-General Tedros Adhanom Ghebreyesus said he was about to board a plane "
     "at the airport when it was bombed, and that a member of his plane's crew was injured. Tedros had been in "
     "Sanaa to negotiate the release of detained UN staff and had met Houthi officials, he said.\n"
     "\"The Houthis too will learn what Hamas and Hezbollah and Assad's regime and others learned,\" Prime "
     "Minister Benjamin Netanyahu said. IDF Chief of Staff Lt. Gen. Herzi Halevi monitored the strikes from "
     "the Israeli Air Force's command center, the military said.\n"
     "The Houthi-run Saba news agency said six people were killed. UN envoy Hans Grundberg, who met Houthi "
     "negotiator Mohammed Abdulsalam in Muscat earlier this week, called on all sides to exercise restraint.\n"
     "In July, Israel struck Hodeidah's port for the first time after a Houthi drone killed a man in Tel Aviv.",
     [("LEADS", TEDROS, WHO, "World Health Organization Director-General"),
      ("LEADS", NETANYAHU, ISRAEL, "Minister Benjamin Netanyahu said"),
      ("LEADS", HALEVI, IDF, "IDF Chief of Staff Lt. Gen. Herzi"),
      ("MET_WITH", GRUNDBERG, ABDULSALAM, "who met Houthi negotiator", "2024-12-23"),
      ("MEMBER_OF", ABDULSALAM, HOUTHIS, "Houthi negotiator Mohammed"),
      ],
     {"source": TOI, "published": "2024-12-26"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setQL")
