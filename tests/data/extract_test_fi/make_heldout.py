"""Blind set FI: Gaza war diplomacy and the Hamas leadership, 2024-2025, as a Gulf daily tells it:
Ismail Haniyeh killed in Tehran hours after meeting Khamenei and Pezeshkian (The National-style,
Jul 2024); Yahya Sinwar named to succeed him (Gulf Arabic daily-style, Aug 2024); the Doha
ceasefire deal announced by the Qatari premier (The National-style, Jan 2025); Hassan Rashad
replacing Abbas Kamel at Egypt's General Intelligence (Gulf Arabic daily-style, Oct 2024); Mohammad
Mustafa sworn in to replace Mohammad Shtayyeh (The National-style, Mar 2024); the Israeli strike
on Hamas leaders in Doha (Gulf Arabic daily-style, Sept 2025).
Style: en/ar alternating; a killing blamed on Israel that Israel did not claim at the time, next to
the Doha strike that Israel's prime minister's office claimed; candidates for a post; phone calls;
a denied meeting; a visit "expected" later.
Spellings: Haniyeh / Haniya, Al Hayya, Sheikh Mohammed bin Abdulrahman, Dr Mustafa, Rashad /
حسن محمود رشاد, السنوار, Barnea.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it (see tests/data/extract_test_README.md). Run:
    python tests/data/extract_test_fi/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_fk import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAN, ISRAEL, QATAR, EGYPT, US = ("country:iran", "country:israel", "country:qatar", "country:egypt",
                                  "country:united-states")
HAMAS, HPB, IRGC, QASSAM = ("organization:hamas", "organization:hamas-political-bureau",
                            "organization:irgc", "organization:qassam-brigades")
PA, PAGOV, PIF = ("organization:palestinian-authority", "organization:palestinian-government",
                  "organization:palestine-investment-fund")
EGI, MOSSAD = "organization:egyptian-general-intelligence", "organization:mossad"
HAN, SIN, MESH, HAYYA = ("person:ismail-haniyeh", "person:yahya-sinwar", "person:khaled-meshaal",
                         "person:khalil-al-hayya")
KHAM, PEZ, BKANI = "person:ali-khamenei", "person:masoud-pezeshkian", "person:ali-bagheri-kani"
MBAR, TAMIM, ANSARI = ("person:mohammed-bin-abdulrahman-al-thani", "person:tamim-bin-hamad-al-thani",
                       "person:majed-al-ansari")
WIT, MCG, BARNEA, NET, BIDEN, TRUMP = ("person:steve-witkoff", "person:brett-mcgurk",
                                       "person:david-barnea", "person:benjamin-netanyahu",
                                       "person:joe-biden", "person:donald-trump")
SISI, RASHAD, KAMEL, BURNS = ("person:abdel-fattah-al-sisi", "person:hassan-rashad",
                              "person:abbas-kamel", "person:william-burns")
ABBAS, MUST, SHT, ABZ = ("person:mahmoud-abbas", "person:mohammad-mustafa",
                         "person:mohammad-shtayyeh", "person:abdullah-bin-zayed")
HAMMAM, DOSARI, MBZ = "person:hammam-al-hayya", "person:badr-al-dosari", "person:mohamed-bin-zayed"

ARTICLES = [
    ("enFI1_haniyeh_killed_tehran", "en",
     "Hamas political leader Ismail Haniyeh was killed in Tehran early on Wednesday, hours after he "
     "attended the swearing-in of Iran's new President Masoud Pezeshkian, the group and Iran's "
     "Revolutionary Guard said.\n"
     "Haniyeh and one of his bodyguards died when the residence where they were staying in the north "
     "of the capital was hit, the IRGC said in a statement carried by state media, without saying who "
     "was responsible.\n"
     "On Tuesday he had been received by Supreme Leader Ayatollah Ali Khamenei, and he later held talks "
     "with Mr Pezeshkian, who told him Iran would stand by \"the oppressed people of Palestine\".\n"
     "Hamas blamed Israel for what it called a \"cowardly assassination\"; Israel's military declined "
     "to comment.\n"
     "Haniyeh, who had lived between Doha and Istanbul since 2019, led the group's negotiating team in "
     "indirect ceasefire talks mediated by Qatar and Egypt.\n"
     "Qatar's Prime Minister Sheikh Mohammed bin Abdulrahman, who spoke by phone with Iran's acting "
     "Foreign Minister Ali Bagheri Kani, asked on X how mediation could succeed \"when one party "
     "assassinates the negotiator on the other side\".",
     [("LEADS", HAN, HPB, "Hamas political leader Ismail"),
      ("VISITED", HAN, "location:tehran", "was killed in Tehran early", "2024-07-31"),
      ("LEADS", PEZ, IRAN, "Iran's new President Masoud"),
      ("MET_WITH", HAN, KHAM, "he had been received by Supreme Leader", "2024-07-30"),
      ("LEADS", KHAM, IRAN, "Supreme Leader Ayatollah Ali"),
      ("MET_WITH", HAN, PEZ, "he later held talks", "2024-07-30"),
      ("LEADS", MBAR, "organization:qatari-government", "Qatar's Prime Minister Sheikh"),
      ("LEADS", BKANI, "organization:iranian-foreign-ministry", "acting Foreign Minister Ali"),
      ],
     {"source": "blind set (The National-style)", "published": "2024-07-31"}),

    ("arFI2_sinwar_succeeds_haniyeh", "ar",
     "الدوحة - «الخليج»: أعلنت حركة المقاومة الإسلامية «حماس»، مساء الثلاثاء، اختيار قائدها في قطاع "
     "غزة يحيى السنوار رئيساً لمكتبها السياسي، خلفاً للشهيد إسماعيل هنية الذي اغتيل في طهران الأسبوع "
     "الماضي.\n"
     "وجاء القرار بعد مشاورات مطوّلة في الدوحة، وكانت تقارير قد رشّحت رئيس الحركة في الخارج خالد "
     "مشعل وعضو المكتب السياسي خليل الحية للمنصب.\n"
     "ويُعدّ السنوار، الذي أمضى 22 عاماً في السجون الإسرائيلية، العقل المدبّر لهجوم السابع من أكتوبر "
     "بحسب إسرائيل، ولا يُعرف مكان وجوده داخل القطاع.\n"
     "وكان معالي الشيخ محمد بن عبدالرحمن آل ثاني، رئيس مجلس الوزراء وزير الخارجية، قد استقبل "
     "الأحد وفداً من الحركة برئاسة الحية، وبحث معه مسار المفاوضات.\n"
     "وتلقّى رئيس الوزراء القطري اتصالاً هاتفياً من وزير الخارجية الأميركي أنتوني بلينكن، فيما قال "
     "الناطق باسم الخارجية ماجد الأنصاري إن الوساطة «مستمرة رغم الصعوبات».",
     [("LEADS", SIN, HPB, "رئيساً لمكتبها السياسي"),
      ("SUCCESSOR_OF", SIN, HAN, "خلفاً للشهيد إسماعيل هنية", "2024-08-06"),
      ("LEADS", SIN, HAMAS, "قائدها في قطاع"),
      ("MEMBER_OF", HAYYA, HPB, "وعضو المكتب السياسي خليل"),
      ("MEMBER_OF", MESH, HAMAS, "رئيس الحركة في الخارج"),
      ("LEADS", MBAR, "organization:qatari-government", "رئيس مجلس الوزراء وزير الخارجية، قد"),
      ("LEADS", MBAR, "organization:qatari-foreign-ministry", "رئيس مجلس الوزراء وزير الخارجية، قد"),
      ("MET_WITH", MBAR, HAYYA, "وفداً من الحركة برئاسة الحية", "2024-08-04"),
      ("MEMBER_OF", ANSARI, "organization:qatari-foreign-ministry", "الناطق باسم الخارجية ماجد"),
      ("LEADS", "person:antony-blinken", "organization:us-state-department", "وزير الخارجية الأميركي أنتوني"),
      ],
     {"source": "blind set (Gulf Arabic daily-style)", "published": "2024-08-07"}),

    ("enFI3_doha_ceasefire_deal", "en",
     "DOHA: Qatar's Prime Minister and Minister of Foreign Affairs Sheikh Mohammed bin Abdulrahman "
     "announced on Wednesday night that Israel and Hamas had agreed a ceasefire in Gaza, to take effect "
     "on Sunday.\n"
     "The agreement was sealed after Sheikh Mohammed held separate meetings at his office with a Hamas "
     "delegation headed by Khalil Al Hayya and with an Israeli team led by Mossad director David "
     "Barnea.\n"
     "US envoy Brett McGurk and Steve Witkoff, the special envoy of president-elect Donald Trump, "
     "joined the Qatari premier for the final round, according to a diplomat briefed on the talks.\n"
     "Mr Witkoff had flown to Israel on Saturday, where he met Prime Minister Benjamin Netanyahu in "
     "Jerusalem.\n"
     "In Washington, President Joe Biden welcomed the deal, while Mr Trump claimed credit for it on "
     "social media.\n"
     "Egypt's intelligence chief Hassan Rashad is expected in Doha next week to discuss the second "
     "phase, and an Israeli report that Mr Barnea would meet Hamas officials directly was denied by "
     "his office.",
     [("LEADS", MBAR, "organization:qatari-government", "Qatar's Prime Minister and Minister"),
      ("LEADS", MBAR, "organization:qatari-foreign-ministry", "Qatar's Prime Minister and Minister"),
      ("MET_WITH", MBAR, HAYYA, "held separate meetings", "2025-01-15"),
      ("MET_WITH", MBAR, BARNEA, "and with an Israeli team", "2025-01-15"),
      ("LEADS", BARNEA, MOSSAD, "Mossad director David"),
      ("MET_WITH", MBAR, MCG, "joined the Qatari premier", "2025-01-15"),
      ("MET_WITH", MBAR, WIT, "joined the Qatari premier", "2025-01-15"),
      ("MET_WITH", MCG, WIT, "joined the Qatari premier", "2025-01-15"),
      ("VISITED", WIT, ISRAEL, "had flown to Israel", "2025-01-11"),
      ("MET_WITH", WIT, NET, "where he met Prime Minister", "2025-01-11"),
      ("VISITED", WIT, "location:jerusalem", "Benjamin Netanyahu in", "2025-01-11"),
      ("LEADS", NET, "organization:israeli-government", "where he met Prime Minister"),
      ("LEADS", BIDEN, US, "President Joe Biden welcomed"),
      ("LEADS", RASHAD, EGI, "Egypt's intelligence chief Hassan"),
      ],
     {"source": "blind set (The National-style)", "published": "2025-01-16"}),

    ("arFI4_rashad_replaces_kamel", "ar",
     "القاهرة - «البيان»: أصدر الرئيس المصري عبد الفتاح السيسي، الأربعاء، قراراً جمهورياً بتعيين "
     "اللواء حسن محمود رشاد رئيساً لجهاز المخابرات العامة، خلفاً للواء عباس كامل الذي عُيّن مستشاراً "
     "لرئيس الجمهورية ومبعوثاً خاصاً له.\n"
     "ورشاد، الذي شغل منصب وكيل الجهاز، أدار ملفات حساسة في الوساطة بين الفصائل الفلسطينية.\n"
     "وتولّى كامل رئاسة المخابرات منذ عام 2018، وقاد مع الجانب القطري جولات التفاوض بشأن غزة.\n"
     "وبعد أيام من تسلّمه مهامه، التقى رئيس الجهاز الجديد في القاهرة وفداً من حماس برئاسة خليل "
     "الحية، وبحث معه مقترحاً مصرياً لهدنة قصيرة.\n"
     "وأجرى رشاد اتصالاً هاتفياً بمدير وكالة المخابرات المركزية الأميركية ويليام بيرنز، فيما لم يؤكد "
     "مسؤولون مصريون أنباء عن زيارة مرتقبة لرئيس الموساد إلى القاهرة.",
     [("LEADS", SISI, EGYPT, "أصدر الرئيس المصري"),
      ("LEADS", RASHAD, EGI, "رئيساً لجهاز المخابرات العامة"),
      ("SUCCESSOR_OF", RASHAD, KAMEL, "خلفاً للواء عباس كامل", "2024-10-16"),
      ("MEMBER_OF", RASHAD, EGI, "شغل منصب وكيل الجهاز"),
      ("LEADS", KAMEL, EGI, "وتولّى كامل رئاسة المخابرات"),
      ("MET_WITH", RASHAD, HAYYA, "التقى رئيس الجهاز الجديد", "2024-10"),
      ("VISITED", HAYYA, "location:cairo", "الجديد في القاهرة وفداً", "2024-10"),
      ("LEADS", BURNS, "organization:cia", "بمدير وكالة المخابرات المركزية"),
      ],
     {"source": "blind set (Gulf Arabic daily-style)", "published": "2024-10-20"}),

    ("enFI5_mustafa_replaces_shtayyeh", "en",
     "RAMALLAH: Mohammad Mustafa was sworn in as Palestinian prime minister on Sunday, replacing "
     "Mohammad Shtayyeh, whose government resigned last month amid US pressure for a \"revitalised\" "
     "Palestinian Authority.\n"
     "The 69-year-old economist, a long-time adviser to President Mahmoud Abbas and chairman of the "
     "Palestine Investment Fund, took the oath at the Muqata'a along with 23 ministers.\n"
     "Dr Mustafa has promised to focus on relief for Gaza and on reform of the PA's institutions; "
     "Hamas, which was not consulted, called the appointment \"unilateral\".\n"
     "On Tuesday he travelled to Abu Dhabi, where he was received by Sheikh Abdullah bin Zayed, "
     "Minister of Foreign Affairs, who reaffirmed the UAE's support for the Palestinian people.\n"
     "His office denied a report in an Israeli newspaper that he had secretly met Israeli officials "
     "before taking office.",
     [("SUCCESSOR_OF", MUST, SHT, "replacing", "2024-03-31"),
      ("LEADS", MUST, PAGOV, "sworn in as Palestinian prime minister"),
      ("LEADS", ABBAS, PA, "President Mahmoud Abbas and"),
      ("LEADS", MUST, PIF, "chairman of the"),
      ("VISITED", MUST, "country:united-arab-emirates", "he travelled to Abu Dhabi", "2024-04-02"),
      ("MET_WITH", MUST, ABZ, "he was received by Sheikh", "2024-04-02"),
      ("LEADS", ABZ, "organization:uae-foreign-ministry", "Minister of Foreign Affairs, who"),
      ],
     {"source": "blind set (The National-style)", "published": "2024-04-02"}),

    ("arFI6_israeli_strike_doha", "ar",
     "الدوحة - «الخليج»: استشهد ستة أشخاص، بينهم همام الحية نجل رئيس حركة حماس في غزة خليل الحية "
     "والعريف بدر سعد الحميدي الدوسري من قوة الأمن الداخلي «لخويا»، في غارة إسرائيلية استهدفت مقراً "
     "سكنياً لقادة الحركة في الدوحة، الثلاثاء.\n"
     "وأعلن مكتب رئيس الوزراء الإسرائيلي بنيامين نتنياهو أن «إسرائيل بادرت بالعملية ونفذتها وتتحمل "
     "المسؤولية الكاملة عنها».\n"
     "وقالت الحركة إن وفدها المفاوض، الذي كان يناقش مقترحاً أميركياً، نجا من محاولة الاغتيال.\n"
     "ووصل صاحب السمو الشيخ محمد بن زايد آل نهيان، رئيس الدولة، إلى الدوحة الأربعاء، حيث استقبله "
     "حضرة صاحب السمو الشيخ تميم بن حمد آل ثاني أمير دولة قطر، مؤكداً تضامن الإمارات الكامل مع قطر.\n"
     "وكان أمير قطر قد تلقى اتصالاً هاتفياً من الرئيس الأميركي دونالد ترامب.",
     [("ASSASSINATED_BY", HAMMAM, ISRAEL, "بادرت بالعملية ونفذتها", "2025-09-09"),
      ("ASSASSINATED_BY", DOSARI, ISRAEL, "بادرت بالعملية ونفذتها", "2025-09-09"),
      ("MEMBER_OF", DOSARI, "organization:lekhwiya", "من قوة الأمن الداخلي"),
      ("LEADS", HAYYA, HAMAS, "رئيس حركة حماس في غزة"),
      ("ATTACKED", ISRAEL, "location:doha", "في غارة إسرائيلية استهدفت", "2025-09-09"),
      ("LEADS", NET, "organization:israeli-government", "مكتب رئيس الوزراء الإسرائيلي"),
      ("VISITED", MBZ, "location:doha", "إلى الدوحة الأربعاء", "2025-09-10"),
      ("LEADS", MBZ, "country:united-arab-emirates", "رئيس الدولة، إلى"),
      ("MET_WITH", MBZ, TAMIM, "حيث استقبله", "2025-09-10"),
      ("LEADS", TAMIM, QATAR, "أمير دولة قطر"),
      ("SUPPORTS", "country:united-arab-emirates", QATAR, "تضامن الإمارات الكامل"),
      ("LEADS", TRUMP, US, "الرئيس الأميركي دونالد"),
      ],
     {"source": "blind set (Gulf Arabic daily-style)", "published": "2025-09-10"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setFI")
