"""Blind set MW: Iran 2025 (first folder of MW-MX): the Israeli strikes of 13 June 2025 that killed the
IRGC commander Hossein Salami, the armed forces chief Mohammad Bagheri, Gholam Ali Rashid and nuclear
scientists, and the men Khamenei named in their place (Pakpour, Abdolrahim Mousavi, Majid Mousavi,
Hatami, Shadmani); the first Oman-mediated Iran-US round in Muscat (12 April 2025); the Cairo agreement
between Iran and the IAEA (9 September 2025); the US strikes on Fordow, Natanz and Isfahan and Araghchi's
trip to Putin (22-23 June 2025); Ali Larijani's Beirut trip as the new SNSC secretary (13 August 2025),
as a Japanese wire writes it in English (Kyodo-like: "TEHRAN, June 13 Kyodo -", full ranks), as an
Iranian Arabic-language TV site writes it (Al-Alam-like: "طهران – العالم", "الشهيد", "العدوان الصهيوني",
"سماحته"), as an Omani English daily writes it (Muscat Daily-like: "MUSCAT:", "Sayyid Badr", "His Majesty
Sultan Haitham bin Tarik"), as an Egyptian state daily's site writes it in Arabic (Akhbar El-Yom-like:
"بقصر الاتحادية", "وصرح السفير ... المتحدث الرسمي باسم رئاسة الجمهورية", "عراقچي", "جروسي"), as an
American wire writes it (UPI-like: "WASHINGTON, June 23 (UPI) --") and as a Lebanese TV site writes it in
Arabic (Al Jadeed-like: "بيروت - الجديد", "بعبدا وعين التينة والسراي").
Pieces: Salami, Bagheri, Rashid, Abbasi-Davani and Tehranchi killed by Israeli strikes; Pakpour after
Salami, Abdolrahim Mousavi after Bagheri (English, MW1); Majid Mousavi after Hajizadeh (killed in the
"Zionist aggression"), Hatami after Abdolrahim Mousavi at the army, Abdolrahim Mousavi after Bagheri,
Shadmani after Rashid, Shadmani killed by the Israeli army (Arabic, MW2); Araghchi and Witkoff speak
directly in Albusaidi's presence in Muscat; Witkoff had met Putin in St Petersburg the day before
(English, MW3); el-Sisi receives Araghchi and Grossi with Abdelatty present (Arabic, MW4); Hegseth and
Caine on the US strikes, Araghchi received by Putin at the Kremlin (English, MW5); Larijani received by
Aoun, meets Berri with the Iranian ambassador present, meets Salam; the Baghdad signing with al-Araji in
al-Sudani's presence; Larijani after Ahmadian (Arabic, MW6).
Excluded on purpose (no relation): the reported death of Ali Shamkhani, denied (he was wounded); the sixth
round in Muscat that "would not go ahead" (MW1); Bagheri's "استشهاد" in MW2 (no agent in that sentence);
the reported killing of Qaani, denied; three policemen killed by a drone blast in Kermanshah, no party
named (MW2); the "next Saturday" round; Witkoff left without calling on the Sultan (MW3); Abdelatty's
phone call with Albusaidi, Grossi's expected Tehran visit (MW4); Trump's phone calls with Netanyahu;
Hegseth and Caine speaking together at the Pentagon briefing (colleagues at a press conference, not a
meeting); Araghchi's stated intention to travel (the meeting itself is annotated from the later sentence)
(MW5); the foreign minister Rajji, whom the programme did not include; the meeting with Naim Qassem,
postponed (MW6).
Judgement calls: "Israeli airstrikes killed" / "في العدوان الصهيوني" give country:israel; "أعلن جيش الاحتلال
الإسرائيلي أنه اغتال" gives organization:israel-defense-forces (MW1, MW2); "appointed X as the new chief of
staff" just after the chief of staff's killing is a succession (MW1); "named Hatami army commander after
Mousavi, the former army commander, was moved to the general staff" is a succession Hatami -> Mousavi
(MW2); a man who was "a former head of" a body LEADS it as stated (MW1); the heads of delegation who "spoke
directly ... in the presence of" the Omani minister meet, and the minister meets both (MW3); everyone
present at a reception or a signing is paired with everyone else, including a host's own minister and a
guest's own ambassador (MW4, MW6: met_group, as set MM); "received by" is a meeting (MW5).
Filled in for the exercise: Baghaei's words and the Kermanshah blast (MW1, MW2); Witkoff's departure
without an audience (MW3); the phone call and Grossi's visit (MW4); the ambassador's presence, the
programme without Rajji and the postponed Qassem meeting (MW6); times of day.
Spellings: "Hussein Salami", "Mohammad Hossein Bagheri", "Gholamali Rashid", "Fereydoun Abbasi-Davani" (MW1);
"السيد علي الخامنئي", "أمير علي حاجي زادة" (MW2); "Abbas Araqchi", "Steven Witkoff", "Badr bin Hamad Al
Busaidi", "Esmaeil Baqaei", "Haitham bin Tarik" (MW3); "عباس عراقچي", "رافائيل جروسي", "بدر عبد العاطي" (MW4);
"Rafael Mariano Grossi" (MW5); "جوزاف عون", "قاسم الأعرجي", "بزشكيان" (MW6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_mx import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAN, ISRAEL, US, OMAN, EGYPT, RUSSIA, LEBANON = (
    "country:iran", "country:israel", "country:united-states", "country:oman", "country:egypt", "country:russia",
    "country:lebanon")
MUSCAT, CAIRO, MOSCOW, STPETE, ISTANBUL, BEIRUT, BAGHDAD = (
    "location:muscat", "location:cairo", "location:moscow", "location:st-petersburg", "location:istanbul",
    "location:beirut", "location:baghdad")
IRGC, IRGCGF, IRGCAF, QUDS, STAFF, ARMY, KHATAM, AEOI, IRFM, SNSC, IAEA, OMFM, EGFM, EGPRES, IDF, DOD, JCS = (
    "organization:irgc", "organization:irgc-ground-forces", "organization:irgc-aerospace-force",
    "organization:quds-force", "organization:iranian-armed-forces-general-staff", "organization:iranian-army",
    "organization:khatam-al-anbiya-central-headquarters", "organization:atomic-energy-organization-of-iran",
    "organization:iranian-foreign-ministry", "organization:supreme-national-security-council", "organization:iaea",
    "organization:omani-foreign-ministry", "organization:egyptian-foreign-ministry",
    "organization:egyptian-presidency", "organization:israel-defense-forces",
    "organization:us-department-of-defense", "organization:joint-chiefs-of-staff")
LBPARL, LBGOV, LBFM, HEZ, IRQGOV, IRQNSA = (
    "organization:lebanese-parliament", "organization:lebanese-government", "organization:lebanese-foreign-ministry",
    "organization:hezbollah", "organization:iraqi-government", "organization:iraqi-national-security-adviser")
KHAMENEI, PEZESHKIAN, ARAGHCHI, BAGHAEI, SALAMI, BAGHERI, RASHID, HAJIZADEH, ABBASI, TEHRANCHI = (
    "person:ali-khamenei", "person:masoud-pezeshkian", "person:abbas-araghchi", "person:esmaeil-baghaei",
    "person:hossein-salami", "person:mohammad-bagheri", "person:gholam-ali-rashid", "person:amir-ali-hajizadeh",
    "person:fereydoun-abbasi", "person:mohammad-mehdi-tehranchi")
PAKPOUR, AMOUSAVI, MMOUSAVI, HATAMI, SHADMANI, QAANI, SHAMKHANI, ESLAMI = (
    "person:mohammad-pakpour", "person:abdolrahim-mousavi", "person:majid-mousavi", "person:amir-hatami",
    "person:ali-shadmani", "person:esmail-qaani", "person:ali-shamkhani", "person:mohammad-eslami")
LARIJANI, AHMADIAN, AMANI = "person:ali-larijani", "person:ali-akbar-ahmadian", "person:mojtaba-amani"
TRUMP, WITKOFF, HEGSETH, CAINE, NETANYAHU = (
    "person:donald-trump", "person:steve-witkoff", "person:pete-hegseth", "person:dan-caine",
    "person:benjamin-netanyahu")
BUSAIDI, HAITHAM, GROSSI, SISI, ABDELATTY, SHENAWY, PUTIN = (
    "person:badr-albusaidi", "person:haitham-bin-tariq", "person:rafael-grossi", "person:abdel-fattah-el-sisi",
    "person:badr-abdelatty", "person:mohamed-el-shenawy", "person:vladimir-putin")
AOUN, BERRI, SALAM, RAJJI, QASSEM, SUDANI, ARAJI = (
    "person:joseph-aoun", "person:nabih-berri", "person:nawaf-salam", "person:youssef-rajji", "person:naim-qassem",
    "person:mohammed-shia-al-sudani", "person:qassim-al-araji")

KYODO = "blind set (Japanese wire, English, Kyodo-like)"
ALAM = "blind set (Iranian Arabic-language TV site, Arabic, Al-Alam-like)"
MUSCATDAILY = "blind set (Omani English daily, English, Muscat Daily-like)"
AKHBAR = "blind set (Egyptian state daily site, Arabic, Akhbar El-Yom-like)"
UPI = "blind set (American wire, English, UPI-like)"
JADEED = "blind set (Lebanese TV news site, Arabic, Al Jadeed-like)"

_MUSCAT = {ARAGHCHI: "the two heads of delegation spoke directly",
           WITKOFF: "in the presence of the Omani minister",
           BUSAIDI: "shuttling between two rooms"}
_ITTIHADIYA = {SISI: "استقبل الرئيس عبد الفتاح السيسي",
               ARAGHCHI: "السيد عباس عراقچي وزير خارجية",
               GROSSI: "والسيد رافائيل جروسي المدير العام",
               ABDELATTY: "وذلك بحضور الدكتور بدر عبد العاطي"}
_AIN_TINEH = {LARIJANI: "وانتقل لاريجاني بعدها إلى عين التينة",
              BERRI: "حيث التقى رئيس مجلس النواب نبيه بري",
              AMANI: "بحضور السفير الإيراني في بيروت مجتبى أماني"}
_BAGHDAD = {LARIJANI: "حيث وقّع مع مستشار الأمن القومي",
            ARAJI: "العراقي قاسم الأعرجي مذكرة تفاهم",
            SUDANI: "بحضور رئيس الوزراء محمد شياع السوداني"}

ARTICLES = [
    ("enMW1_israel_kills_salami_bagheri", "en",
     "Israel kills Iran's top military brass, nuclear scientists in wave of strikes\n"
     "TEHRAN, June 13 Kyodo - Israeli airstrikes early Friday killed the commander of Iran's Islamic "
     "Revolutionary Guard Corps, Maj. Gen. Hussein Salami, and the chief of staff of the armed forces, Maj. Gen. "
     "Mohammad Hossein Bagheri, Iranian state media said, as Israel launched what it called a pre-emptive "
     "operation against the Islamic Republic's nuclear program.\n"
     "Maj. Gen. Gholamali Rashid, head of the Khatam al-Anbiya Central Headquarters, was also killed, along with "
     "at least six nuclear scientists, among them Fereydoun Abbasi-Davani, a former head of the Atomic Energy "
     "Organization of Iran, and the physicist Mohammad Mehdi Tehranchi.\n"
     "Within hours, Supreme Leader Ayatollah Ali Khamenei named Brig. Gen. Mohammad Pakpour, who had led the "
     "Guards' ground forces, to replace Salami, and appointed Maj. Gen. Abdolrahim Mousavi as the new chief of "
     "staff.\n"
     "Initial reports that Ali Shamkhani, a senior adviser to Khamenei, had died in the attack on his Tehran "
     "home were later denied by Iranian media, which said he was wounded and in hospital.\n"
     "Foreign Ministry spokesman Esmaeil Baghaei called the attacks \"a declaration of war.\" A sixth round of "
     "Iran-U.S. talks scheduled for Sunday in Muscat would not go ahead, he said.",
     [("ASSASSINATED_BY", SALAMI, ISRAEL, "Israeli airstrikes early Friday killed", "2025-06-13"),
      ("ASSASSINATED_BY", BAGHERI, ISRAEL, "Mohammad Hossein Bagheri, Iranian state media said", "2025-06-13"),
      ("ASSASSINATED_BY", RASHID, ISRAEL, "was also killed, along with", "2025-06-13"),
      ("ASSASSINATED_BY", ABBASI, ISRAEL, "among them Fereydoun Abbasi-Davani", "2025-06-13"),
      ("ASSASSINATED_BY", TEHRANCHI, ISRAEL, "the physicist Mohammad Mehdi Tehranchi", "2025-06-13"),
      ("LEADS", SALAMI, IRGC, "the commander of Iran's Islamic"),
      ("LEADS", BAGHERI, STAFF, "the chief of staff of the armed forces"),
      ("LEADS", RASHID, KHATAM, "head of the Khatam al-Anbiya Central Headquarters"),
      ("LEADS", ABBASI, AEOI, "a former head of the Atomic Energy"),
      ("LEADS", KHAMENEI, IRAN, "Supreme Leader Ayatollah Ali Khamenei"),
      ("SUCCESSOR_OF", PAKPOUR, SALAMI, "to replace Salami", "2025-06-13"),
      ("LEADS", PAKPOUR, IRGC, "to replace Salami"),
      ("LEADS", PAKPOUR, IRGCGF, "who had led the Guards' ground forces"),
      ("SUCCESSOR_OF", AMOUSAVI, BAGHERI, "Abdolrahim Mousavi as the new chief", "2025-06-13"),
      ("LEADS", AMOUSAVI, STAFF, "Abdolrahim Mousavi as the new chief"),
      ("MEMBER_OF", BAGHAEI, IRFM, "Foreign Ministry spokesman Esmaeil Baghaei"),
      ],
     {"source": KYODO, "published": "2025-06-13"}),

    ("arMW2_khamenei_names_new_commanders", "ar",
     "قائد الثورة يعيّن قادة جدداً للقوة الجوفضائية والجيش ومقر خاتم الأنبياء\n"
     "طهران – العالم: أصدر قائد الثورة الإسلامية آية الله السيد علي الخامنئي، السبت، مرسوماً عيّن بموجبه "
     "العميد مجيد موسوي قائداً للقوة الجوفضائية في حرس الثورة الإسلامية، خلفاً للشهيد العميد أمير علي حاجي "
     "زادة الذي ارتقى مع عدد من قادة القوة في العدوان الصهيوني فجر الجمعة.\n"
     "وكان سماحته قد عيّن اللواء أمير حاتمي قائداً عاماً للجيش، بعد أن أُسندت رئاسة هيئة الأركان العامة "
     "للقوات المسلحة إلى اللواء عبد الرحيم موسوي، القائد السابق للجيش، إثر استشهاد اللواء محمد باقري.\n"
     "كما عيّن قائد الثورة اللواء علي شادماني قائداً لمقر خاتم الأنبياء المركزي خلفاً للشهيد اللواء غلام "
     "علي رشيد.\n"
     "وفي وقت لاحق، أعلن جيش الاحتلال الإسرائيلي أنه اغتال شادماني في غارة على مقر قيادة في قلب طهران، "
     "فيما أكد حرس الثورة الإسلامية يوم الأربعاء استشهاده متأثراً بجراحه.\n"
     "ونفى مصدر مطلع ما روّجته وسائل إعلام عبرية عن مقتل قائد فيلق القدس العميد إسماعيل قاآني، مؤكداً أنه "
     "يمارس مهامه بشكل طبيعي.\n"
     "وفي سياق متصل، قضى ثلاثة من عناصر الشرطة في انفجار طائرة مسيّرة بمدينة كرمانشاه، ولم تتضح الجهة "
     "التي تقف وراءه.",
     [("SUCCESSOR_OF", MMOUSAVI, HAJIZADEH, "خلفاً للشهيد العميد أمير علي حاجي", "2025-06-14"),
      ("LEADS", MMOUSAVI, IRGCAF, "العميد مجيد موسوي قائداً للقوة الجوفضائية"),
      ("ASSASSINATED_BY", HAJIZADEH, ISRAEL, "في العدوان الصهيوني فجر الجمعة", "2025-06-13"),
      ("LEADS", KHAMENEI, IRAN, "أصدر قائد الثورة الإسلامية"),
      ("SUCCESSOR_OF", HATAMI, AMOUSAVI, "القائد السابق للجيش", "2025-06-13"),
      ("LEADS", HATAMI, ARMY, "اللواء أمير حاتمي قائداً عاماً للجيش"),
      ("SUCCESSOR_OF", AMOUSAVI, BAGHERI, "إثر استشهاد اللواء محمد باقري", "2025-06-13"),
      ("LEADS", AMOUSAVI, STAFF, "بعد أن أُسندت رئاسة هيئة الأركان العامة"),
      ("LEADS", AMOUSAVI, ARMY, "القائد السابق للجيش"),
      ("SUCCESSOR_OF", SHADMANI, RASHID, "خلفاً للشهيد اللواء غلام", "2025-06-13"),
      ("LEADS", SHADMANI, KHATAM, "قائداً لمقر خاتم الأنبياء المركزي"),
      ("ASSASSINATED_BY", SHADMANI, IDF, "أنه اغتال شادماني", "2025-06-17"),
      ("LEADS", QAANI, QUDS, "قائد فيلق القدس العميد إسماعيل"),
      ],
     {"source": ALAM, "published": "2025-06-18"}),

    ("enMW3_muscat_first_round_araqchi_witkoff", "en",
     "Oman hosts first Iran-US talks; sides speak directly 'for a few minutes'\n"
     "MUSCAT: Iran and the United States held their first round of talks on Tehran's nuclear programme in "
     "Muscat on Saturday, with Sayyid Badr bin Hamad Al Busaidi, Oman's Minister of Foreign Affairs, shuttling "
     "between two rooms in a villa in the capital.\n"
     "Iranian Foreign Minister Abbas Araqchi led his country's delegation, while the US side was headed by "
     "Steven Witkoff, President Donald Trump's Special Envoy to the Middle East. After more than two and a half "
     "hours of indirect exchanges, the two heads of delegation spoke directly for a few minutes in the presence "
     "of the Omani minister, Iran's foreign ministry said.\n"
     "In a statement, Sayyid Badr said the talks took place in a 'friendly and constructive atmosphere'. Foreign "
     "ministry spokesman Esmaeil Baqaei said the two sides would meet again next Saturday.\n"
     "Witkoff, who had flown in from Russia after meeting Russian President Vladimir Putin in St Petersburg the "
     "previous day, left Muscat without calling on His Majesty Sultan Haitham bin Tarik, a diplomatic source "
     "told Muscat Daily.",
     met_group(_MUSCAT, "2025-04-12") + [
      ("VISITED", ARAGHCHI, MUSCAT, "Muscat on Saturday", "2025-04-12"),
      ("VISITED", WITKOFF, MUSCAT, "left Muscat without calling", "2025-04-12"),
      ("LEADS", BUSAIDI, OMFM, "Oman's Minister of Foreign Affairs"),
      ("LEADS", ARAGHCHI, IRFM, "Iranian Foreign Minister Abbas Araqchi"),
      ("LEADS", TRUMP, US, "President Donald Trump's Special Envoy"),
      ("MEMBER_OF", BAGHAEI, IRFM, "ministry spokesman Esmaeil Baqaei"),
      ("MET_WITH", WITKOFF, PUTIN, "after meeting Russian President Vladimir Putin", "2025-04-11"),
      ("VISITED", WITKOFF, STPETE, "in St Petersburg the", "2025-04-11"),
      ("LEADS", PUTIN, RUSSIA, "Russian President Vladimir Putin"),
      ("LEADS", HAITHAM, OMAN, "His Majesty Sultan Haitham bin Tarik"),
      ],
     {"source": MUSCATDAILY, "published": "2025-04-13"}),

    ("arMW4_sisi_receives_araghchi_grossi_cairo", "ar",
     "الرئيس السيسي يستقبل وزير الخارجية الإيراني ومدير الوكالة الذرية.. وتوقيع اتفاق لاستئناف التعاون\n"
     "استقبل الرئيس عبد الفتاح السيسي، اليوم الثلاثاء، بقصر الاتحادية، السيد عباس عراقچي وزير خارجية "
     "الجمهورية الإسلامية الإيرانية الذي يزور القاهرة حالياً، والسيد رافائيل جروسي المدير العام للوكالة الدولية "
     "للطاقة الذرية، وذلك بحضور الدكتور بدر عبد العاطي وزير الخارجية والهجرة وشئون المصريين بالخارج.\n"
     "وصرح السفير محمد الشناوي، المتحدث الرسمي باسم رئاسة الجمهورية، بأن الرئيس أكد أهمية خفض التصعيد "
     "وتغليب الحلول الدبلوماسية.\n"
     "وعقب اللقاء، وقّع عراقچي وجروسي في قصر التحرير اتفاقاً يحدد الإطار الفني لاستئناف عمليات التفتيش في "
     "المنشآت الإيرانية، بعد أن علّقت طهران تعاونها مع الوكالة في أعقاب الضربات الإسرائيلية والأمريكية على "
     "منشآتها النووية في يونيو الماضي.\n"
     "وكان عبد العاطي قد أجرى أمس اتصالاً هاتفياً بنظيره العماني بدر البوسعيدي، تناول ترتيبات اللقاء.\n"
     "ومن المنتظر أن يزور جروسي طهران خلال الأسابيع المقبلة لبحث آليات التنفيذ، وفق ما أعلنه المتحدث باسم "
     "الخارجية الإيرانية إسماعيل بقائي.",
     met_group(_ITTIHADIYA, "2025-09-09") + [
      ("VISITED", ARAGHCHI, CAIRO, "الذي يزور القاهرة حالياً", "2025-09-09"),
      ("LEADS", SISI, EGYPT, "استقبل الرئيس عبد الفتاح السيسي"),
      ("LEADS", ARAGHCHI, IRFM, "السيد عباس عراقچي وزير خارجية"),
      ("LEADS", GROSSI, IAEA, "المدير العام للوكالة الدولية"),
      ("LEADS", ABDELATTY, EGFM, "وزير الخارجية والهجرة"),
      ("MEMBER_OF", SHENAWY, EGPRES, "المتحدث الرسمي باسم رئاسة الجمهورية"),
      ("LEADS", BUSAIDI, OMFM, "بنظيره العماني بدر البوسعيدي"),
      ("MEMBER_OF", BAGHAEI, IRFM, "المتحدث باسم الخارجية الإيرانية إسماعيل بقائي"),
      ],
     {"source": AKHBAR, "published": "2025-09-09"}),

    ("enMW5_hegseth_caine_strikes_araghchi_putin", "en",
     "Hegseth says U.S. strikes 'devastated' Iran's nuclear program; Araghchi meets Putin\n"
     "WASHINGTON, June 23 (UPI) -- Defense Secretary Pete Hegseth said U.S. strikes on three Iranian nuclear "
     "sites early Sunday had \"devastated\" Tehran's nuclear program, but insisted Washington was not seeking "
     "regime change.\n"
     "Speaking at the Pentagon alongside Gen. Dan Caine, chairman of the Joint Chiefs of Staff, Hegseth said "
     "seven B-2 stealth bombers had dropped 14 bunker-busting bombs on the Fordow and Natanz enrichment plants, "
     "while a submarine fired Tomahawk missiles at Isfahan. No U.S. aircraft were fired upon, Caine said.\n"
     "President Donald Trump, who announced the strikes in a televised address from the White House, spoke by "
     "phone with Israeli Prime Minister Benjamin Netanyahu before and after the operation, officials said.\n"
     "In Istanbul, Iranian Foreign Minister Abbas Araghchi said he would travel to Moscow to consult with "
     "Russian President Vladimir Putin. He was received by Putin at the Kremlin on Monday, Russian state media "
     "reported.\n"
     "The Atomic Energy Organization of Iran, headed by Mohammad Eslami, said no radiation leak had been "
     "detected. IAEA Director General Rafael Mariano Grossi told an emergency session of the agency's board in "
     "Vienna that inspectors could not yet assess the damage at Fordow.",
     [("LEADS", HEGSETH, DOD, "Defense Secretary Pete Hegseth"),
      ("LEADS", CAINE, JCS, "chairman of the Joint Chiefs of Staff"),
      ("LEADS", TRUMP, US, "President Donald Trump, who announced"),
      ("LEADS", NETANYAHU, ISRAEL, "Israeli Prime Minister Benjamin Netanyahu"),
      ("LEADS", ARAGHCHI, IRFM, "Iranian Foreign Minister Abbas Araghchi"),
      ("VISITED", ARAGHCHI, ISTANBUL, "In Istanbul, Iranian", "2025-06-22"),
      ("LEADS", PUTIN, RUSSIA, "Russian President Vladimir Putin"),
      ("MET_WITH", ARAGHCHI, PUTIN, "He was received by Putin at the Kremlin", "2025-06-23"),
      ("VISITED", ARAGHCHI, MOSCOW, "He was received by Putin at the Kremlin", "2025-06-23"),
      ("LEADS", ESLAMI, AEOI, "headed by Mohammad Eslami"),
      ("LEADS", GROSSI, IAEA, "IAEA Director General Rafael Mariano Grossi"),
      ],
     {"source": UPI, "published": "2025-06-23"}),

    ("arMW6_larijani_beirut_aoun_berri_salam", "ar",
     "لاريجاني من بعبدا وعين التينة والسراي: إيران لا تتدخل في الشؤون اللبنانية\n"
     "بيروت - الجديد: استقبل رئيس الجمهورية العماد جوزاف عون، في قصر بعبدا، أمين المجلس الأعلى للأمن القومي "
     "الإيراني علي لاريجاني والوفد المرافق، وأبلغه أن \"لبنان يرفض أي تدخل في شؤونه الداخلية من أي جهة أتى\".\n"
     "وانتقل لاريجاني بعدها إلى عين التينة حيث التقى رئيس مجلس النواب نبيه بري، بحضور السفير الإيراني في "
     "بيروت مجتبى أماني، ثم زار السراي الحكومي واجتمع إلى رئيس الحكومة نواف سلام.\n"
     "ولم يتضمن برنامج الزيارة لقاءً مع وزير الخارجية يوسف رجي. كما أفادت مصادر مطلعة بأن لقاءً كان مرتقباً "
     "مع الأمين العام لـ\"حزب الله\" الشيخ نعيم قاسم أُرجئ لأسباب أمنية.\n"
     "ووصل لاريجاني إلى بيروت آتياً من بغداد، حيث وقّع مع مستشار الأمن القومي العراقي قاسم الأعرجي مذكرة تفاهم "
     "أمنية بحضور رئيس الوزراء محمد شياع السوداني.\n"
     "يُذكر أن الرئيس الإيراني مسعود بزشكيان عيّن لاريجاني في منصبه مطلع آب خلفاً لعلي أكبر أحمديان.",
     met_group(_AIN_TINEH, "2025-08-13") + met_group(_BAGHDAD, "2025-08-11") + [
      ("MET_WITH", AOUN, LARIJANI, "استقبل رئيس الجمهورية العماد جوزاف عون", "2025-08-13"),
      ("MET_WITH", LARIJANI, SALAM, "واجتمع إلى رئيس الحكومة نواف سلام", "2025-08-13"),
      ("VISITED", LARIJANI, BEIRUT, "ووصل لاريجاني إلى بيروت", "2025-08-13"),
      ("VISITED", LARIJANI, BAGHDAD, "آتياً من بغداد", "2025-08-11"),
      ("LEADS", AOUN, LEBANON, "رئيس الجمهورية العماد جوزاف عون"),
      ("LEADS", LARIJANI, SNSC, "أمين المجلس الأعلى للأمن القومي"),
      ("LEADS", BERRI, LBPARL, "رئيس مجلس النواب نبيه بري"),
      ("LEADS", SALAM, LBGOV, "رئيس الحكومة نواف سلام"),
      ("LEADS", RAJJI, LBFM, "وزير الخارجية يوسف رجي"),
      ("LEADS", QASSEM, HEZ, "الأمين العام لـ\"حزب الله\""),
      ("LEADS", ARAJI, IRQNSA, "مستشار الأمن القومي العراقي"),
      ("LEADS", SUDANI, IRQGOV, "رئيس الوزراء محمد شياع السوداني"),
      ("SUCCESSOR_OF", LARIJANI, AHMADIAN, "خلفاً لعلي أكبر أحمديان", "2025-08-05"),
      ("LEADS", PEZESHKIAN, IRAN, "الرئيس الإيراني مسعود بزشكيان"),
      ],
     {"source": JADEED, "published": "2025-08-13"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setMW")
