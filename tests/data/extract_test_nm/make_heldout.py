"""Blind set NM: Iran in 2025 (first folder of NM-NN): Israel's opening strikes of 13 June 2025 that killed
Mohammad Bagheri, Hossein Salami, Gholam Ali Rashid, Amir Ali Hajizadeh and nuclear scientists, and
Khamenei's appointments of their successors (Abdolrahim Mousavi, Mohammad Pakpour, Majid Mousavi, Ali
Shadmani, then Ali Abdollahi, Amir Hatami, Mohammad Karami); the first two rounds of the Oman-mediated
Iran-US talks of Abbas Araghchi and Steve Witkoff in Muscat (12 April) and Rome (19 April 2025); Rafael
Grossi's visit to Tehran (April 2025); Masoud Pezeshkian's visit to Dushanbe and Moscow (January 2025),
as a US-funded broadcaster's English site writes it (RFE/RL-Radio Farda-like: "PRAGUE --", "Baqeri",
"Pakpur", "Musavi"), an Iranian state Arabic TV site (Al-Alam-like: "طهران – العالم", "قائد الثورة
الإسلامية", "الشهيد", "الجوفضائية"), an Omani English daily (Times of Oman-like: "His Excellency",
"Sayyid Badr bin Hamad Al Busaidi", "Araqchi"), a Saudi-owned Arabic news channel's site (Asharq-like:
"روما - الشرق", "عراقچي" with the Persian letter), an exile-run English site on Iran (IranWire-like:
"the Islamic Republic", "the Argentine diplomat") and a Tehran Arabic daily (Al-Wefaq-like: "موسكو –
الوفاق", "سيد عباس عراقجي", "الدكتور بزشكيان").
Pieces: the strikes kill Bagheri, Salami, Rashid, Abbasi, Tehranchi and Hajizadeh, Mousavi and Pakpour
named in their places (English, NM1); the decrees naming Majid Mousavi after Hajizadeh, Shadmani after
Rashid, Hatami to the army, Karami to the Guards' ground forces, Shadmani killed and Abdollahi after him
(Arabic, NM2); the Muscat round: Albusaidi meets both delegations, Araghchi and Witkoff speak directly,
Witkoff's meeting with Putin the day before (English, NM3); the Rome round: Albusaidi between the two
delegations, Araghchi meets Tajani, and Lavrov in Moscow the day before (Arabic, NM4); Grossi meets
Araghchi and Eslami in Tehran, his November meeting with Pezeshkian (English, NM5); Pezeshkian and Putin
sign the treaty, Araghchi and Lavrov talk, Pezeshkian met Rahmon in Dushanbe (Arabic, NM6).
Excluded on purpose (no relation): Shamkhani, reported killed but wounded (NM1); Pezeshkian's phone call
with Abdolrahim Mousavi (NM2); the expected meeting of Araghchi with Sultan Haitham "not announced",
Trump's remarks (NM3); Araghchi and Witkoff in Rome (indirect, each in his own room), Araghchi's phone
call with Faisal bin Farhan, Grossi in Rome, who attended none of the sessions (NM4); Pezeshkian, whom
Grossi did not meet this time (NM5); Mishustin, whom Pezeshkian did not meet (NM6); Fereydoun Abbasi as
"a former head" of the AEOI is no LEADS (NM1).
Judgement calls: "Israel has killed" / "The strikes also killed" / "was killed ... when an Israeli strike
hit" give the victim -> country:israel, as does "استشهد في العدوان الصهيوني" (NM1, NM2); "الجيش
الإسرائيلي ... أنه اغتاله" gives -> country:israel as well (the dev majority), not the IDF (NM2); "to
replace Baqeri" and "succeeding Salami" are successions (NM1); Hatami named army commander "after"
Abdolrahim Mousavi's promotion succeeds Mousavi; Karami takes "the post Pakpour held" (NM2); Albusaidi
"held separate meetings with the two delegations" led by Araqchi and Witkoff meets both heads; "spoke
directly ... in the presence of the Omani minister" is a meeting of the two heads (NM3); Albusaidi
moving between the rooms of the two delegations meets both heads (NM4); handing Lavrov a letter in
Moscow is a meeting (NM4); "the Argentine diplomat was received by" stands for Grossi (NM5); ministers
holding "parallel talks" during the visit meet (NM6).
Filled in for the exercise: the length of the Muscat talks, Trump's words, the expected meeting with the
Sultan (NM3); the phone call with Faisal bin Farhan, Grossi in Rome (NM4); Kamalvandi's words (NM5); the
length of the Kremlin talks, the Rahmon meeting's memoranda, the Mishustin meeting (NM6); the date of
Abdollahi's appointment, the phone call (NM2).
Spellings: "Mohammad Baqeri", "Gholamali Rashid", "Fereydun Abbasi", "Amirali Hajizadeh", "Abdolrahim
Musavi", "Mohammad Pakpur" (NM1); "حاجي زادة", "سيد مجيد موسوي", "محمد باكبور" (NM2); "Abbas Araqchi",
"Steven Witkoff", "Badr bin Hamad Al Busaidi", "Esmaeil Baqaei" (NM3); "عباس عراقچي", "أنطونيو تاياني",
"رافائيل غروسي" (NM4); "Rafael Mariano Grossi" (NM5); "سيد عباس عراقجي", "إمام علي رحمان" (NM6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_nn import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAN, ISRAEL, US, OMAN, RUSSIA, TAJIK = ("country:iran", "country:israel", "country:united-states",
                                         "country:oman", "country:russia", "country:tajikistan")
TEHRAN, MUSCAT, ROME, MOSCOW, SPB, DUSHANBE = ("location:tehran", "location:muscat", "location:rome",
                                               "location:moscow", "location:saint-petersburg", "location:dushanbe")
IRGC, AERO, GROUND, GENSTAFF, ARMY, KHATAM, AEOI, IRFM = (
    "organization:irgc", "organization:irgc-aerospace-force", "organization:irgc-ground-forces",
    "organization:iranian-armed-forces-general-staff", "organization:iranian-army",
    "organization:khatam-al-anbiya-central-headquarters", "organization:atomic-energy-organization-of-iran",
    "organization:iranian-foreign-ministry")
IAEA, OMFM, ITFM, RUFM, SAFM = ("organization:iaea", "organization:omani-foreign-ministry",
                                "organization:italian-foreign-ministry", "organization:russian-foreign-ministry",
                                "organization:saudi-foreign-ministry")
BAGHERI, SALAMI, RASHID, HAJIZADEH, SHADMANI, ABBASI, TEHRANCHI = (
    "person:mohammad-bagheri", "person:hossein-salami", "person:gholam-ali-rashid", "person:amir-ali-hajizadeh",
    "person:ali-shadmani", "person:fereydoun-abbasi", "person:mohammad-mehdi-tehranchi")
AMOUSAVI, PAKPOUR, MMOUSAVI, HATAMI, KARAMI, ABDOLLAHI = (
    "person:abdolrahim-mousavi", "person:mohammad-pakpour", "person:majid-mousavi", "person:amir-hatami",
    "person:mohammad-karami", "person:ali-abdollahi")
KHAMENEI, PEZESHKIAN, ARAGHCHI, BAGHAEI, ESLAMI, KAMALVANDI, SHAMKHANI = (
    "person:ali-khamenei", "person:masoud-pezeshkian", "person:abbas-araghchi", "person:esmaeil-baghaei",
    "person:mohammad-eslami", "person:behrouz-kamalvandi", "person:ali-shamkhani")
ALBUSAIDI, HAITHAM, WITKOFF, TRUMP, NETANYAHU = (
    "person:badr-albusaidi", "person:haitham-bin-tariq", "person:steve-witkoff", "person:donald-trump",
    "person:benjamin-netanyahu")
GROSSI, TAJANI, PUTIN, LAVROV, MISHUSTIN, FAISAL, RAHMON = (
    "person:rafael-grossi", "person:antonio-tajani", "person:vladimir-putin", "person:sergei-lavrov",
    "person:mikhail-mishustin", "person:faisal-bin-farhan", "person:emomali-rahmon")

RFERL = "blind set (US-funded broadcaster's English site, RFE/RL-Radio Farda-like)"
ALAM = "blind set (Iranian state Arabic TV site, Al-Alam-like)"
TOO = "blind set (Omani English daily, Times of Oman-like)"
ASHARQ = "blind set (Saudi-owned Arabic news channel's site, Asharq-like)"
IRANWIRE = "blind set (exile-run English news site on Iran, IranWire-like)"
WEFAQ = "blind set (Tehran Arabic daily, Al-Wefaq-like)"

ARTICLES = [
    ("enNM1_israel_kills_bagheri_salami_rferl", "en",
     "Israel Kills Iran's Top Military Brass, Nuclear Scientists; Khamenei Names Replacements\n"
     "PRAGUE -- Israel has killed the chief of staff of Iran's armed forces, Major General Mohammad Baqeri, "
     "and the commander of the Islamic Revolutionary Guards Corps (IRGC), Hossein Salami, in a wave of air "
     "strikes on nuclear and military sites across the country, Iranian state media said on "
     "June 13.\n"
     "The strikes also killed Gholamali Rashid, the head of the Khatam al-Anbiya Central Headquarters, and at "
     "least six nuclear scientists, among them Fereydun Abbasi, a former head of the Atomic Energy Organization "
     "of Iran, and the physicist Mohammad Mehdi Tehranchi. The IRGC later confirmed that Amirali Hajizadeh, the "
     "commander of its Aerospace Force, was killed with several of his officers when an Israeli strike hit an "
     "underground command post.\n"
     "Initial reports that Ali Shamkhani, a senior adviser to Supreme Leader Ayatollah Ali Khamenei, had been "
     "killed proved wrong; Iranian media said he was wounded and in hospital.\n"
     "Within hours, Khamenei appointed Major General Abdolrahim Musavi, until then commander of the regular "
     "army, to replace Baqeri. In a separate decree, he named Mohammad Pakpur, the longtime commander of the "
     "IRGC Ground Forces, as the Guards' new commander in chief, succeeding Salami.\n"
     "Israeli Prime Minister Benjamin Netanyahu said the operation, dubbed Rising Lion, would \"continue for as "
     "many days as it takes.\" Khamenei warned that Israel had \"prepared a bitter fate for itself.\"",
     [("ASSASSINATED_BY", BAGHERI, ISRAEL, "Israel has killed the chief of staff", "2025-06-13"),
      ("ASSASSINATED_BY", SALAMI, ISRAEL, "Hossein Salami, in a wave of air", "2025-06-13"),
      ("ASSASSINATED_BY", RASHID, ISRAEL, "The strikes also killed Gholamali Rashid", "2025-06-13"),
      ("ASSASSINATED_BY", ABBASI, ISRAEL, "among them Fereydun Abbasi", "2025-06-13"),
      ("ASSASSINATED_BY", TEHRANCHI, ISRAEL, "the physicist Mohammad Mehdi Tehranchi", "2025-06-13"),
      ("ASSASSINATED_BY", HAJIZADEH, ISRAEL, "when an Israeli strike hit an", "2025-06-13"),
      ("SUCCESSOR_OF", AMOUSAVI, BAGHERI, "army, to replace Baqeri", "2025-06-13"),
      ("SUCCESSOR_OF", PAKPOUR, SALAMI, "succeeding Salami", "2025-06-13"),
      ("LEADS", BAGHERI, GENSTAFF, "the chief of staff of Iran's armed forces"),
      ("LEADS", SALAMI, IRGC, "the commander of the Islamic Revolutionary Guards Corps"),
      ("LEADS", RASHID, KHATAM, "the head of the Khatam al-Anbiya"),
      ("LEADS", HAJIZADEH, AERO, "commander of its Aerospace Force"),
      ("LEADS", KHAMENEI, IRAN, "Supreme Leader Ayatollah Ali Khamenei"),
      ("LEADS", AMOUSAVI, ARMY, "until then commander of the regular"),
      ("LEADS", PAKPOUR, GROUND, "the longtime commander of the"),
      ("LEADS", PAKPOUR, IRGC, "the Guards' new commander in chief"),
      ("LEADS", NETANYAHU, ISRAEL, "Israeli Prime Minister Benjamin Netanyahu"),
      ],
     {"source": RFERL, "published": "2025-06-13"}),

    ("arNM2_khamenei_names_new_commanders_alalam", "ar",
     "قائد الثورة يعيّن قادة جدداً للقوة الجوفضائية ومقر خاتم الأنبياء المركزي\n"
     "طهران – العالم\n"
     "أصدر قائد الثورة الإسلامية آية الله السيد علي الخامنئي، يوم السبت، مرسوماً عيّن بموجبه العميد سيد مجيد "
     "موسوي قائداً للقوة الجوفضائية لحرس الثورة الإسلامية، خلفاً للشهيد اللواء أمير علي حاجي زادة الذي استشهد "
     "في العدوان الصهيوني فجر الجمعة.\n"
     "كما عيّن سماحته اللواء علي شادماني قائداً لمقر خاتم الأنبياء (ص) المركزي بدلاً من اللواء الشهيد غلام "
     "علي رشيد، واللواء أمير حاتمي قائداً عاماً للجيش، بعد تعيين اللواء عبد الرحيم موسوي رئيساً لهيئة الأركان "
     "العامة للقوات المسلحة.\n"
     "وفي حرس الثورة، تسلّم العميد محمد كرمي قيادة القوات البرية، المنصب الذي شغله اللواء محمد باكبور قبل "
     "ترقيته إلى القيادة العامة للحرس.\n"
     "ولم يمضِ على تعيين شادماني سوى أيام، إذ أعلن الجيش الإسرائيلي يوم الثلاثاء أنه اغتاله في غارة على طهران. "
     "وأكدت مصادر إيرانية لاحقاً استشهاده متأثراً بجراحه، ليخلفه اللواء علي عبداللهي على رأس المقر.\n"
     "من جهة أخرى، تلقى رئيس الجمهورية الدكتور مسعود بزشكيان اتصالاً هاتفياً من اللواء موسوي أطلعه فيه على "
     "جاهزية القوات المسلحة للرد.",
     [("SUCCESSOR_OF", MMOUSAVI, HAJIZADEH, "خلفاً للشهيد اللواء أمير علي", "2025-06-14"),
      ("ASSASSINATED_BY", HAJIZADEH, ISRAEL, "الذي استشهد في العدوان الصهيوني", "2025-06-13"),
      ("SUCCESSOR_OF", SHADMANI, RASHID, "بدلاً من اللواء الشهيد غلام", "2025-06-14"),
      ("SUCCESSOR_OF", HATAMI, AMOUSAVI, "قائداً عاماً للجيش، بعد تعيين", "2025-06-13"),
      ("SUCCESSOR_OF", KARAMI, PAKPOUR, "المنصب الذي شغله اللواء محمد باكبور", "2025-06"),
      ("ASSASSINATED_BY", SHADMANI, ISRAEL, "أنه اغتاله في غارة على طهران", "2025-06-17"),
      ("SUCCESSOR_OF", ABDOLLAHI, SHADMANI, "ليخلفه اللواء علي عبداللهي", "2025-06"),
      ("LEADS", KHAMENEI, IRAN, "قائد الثورة الإسلامية آية الله"),
      ("LEADS", MMOUSAVI, AERO, "قائداً للقوة الجوفضائية"),
      ("LEADS", SHADMANI, KHATAM, "قائداً لمقر خاتم الأنبياء"),
      ("LEADS", HATAMI, ARMY, "واللواء أمير حاتمي قائداً"),
      ("LEADS", AMOUSAVI, GENSTAFF, "رئيساً لهيئة الأركان العامة"),
      ("LEADS", KARAMI, GROUND, "قيادة القوات البرية"),
      ("LEADS", PAKPOUR, IRGC, "ترقيته إلى القيادة العامة للحرس"),
      ("LEADS", ABDOLLAHI, KHATAM, "على رأس المقر"),
      ("LEADS", PEZESHKIAN, IRAN, "رئيس الجمهورية الدكتور مسعود"),
      ],
     {"source": ALAM, "published": "2025-06-18"}),

    ("enNM3_muscat_first_round_times_of_oman", "en",
     "Iran, US hold 'constructive' first round of talks in Muscat under Omani mediation\n"
     "MUSCAT: The Sultanate of Oman on Saturday hosted the first round of talks between the Islamic Republic "
     "of Iran and the United States, led by His Excellency Dr Abbas Araqchi, Minister of Foreign Affairs of "
     "Iran, and Steven Witkoff, the US President's Special Envoy to the Middle East.\n"
     "His Highness Sayyid Badr bin Hamad Al Busaidi, Minister of Foreign Affairs, held separate meetings with "
     "the two delegations at a venue in the capital and conveyed messages between them for more than two and "
     "a half hours.\n"
     "At the end of the session the heads of the two delegations spoke directly for a few minutes in the "
     "presence of the Omani minister, according to Iran's foreign ministry spokesman Esmaeil Baqaei. The talks "
     "were held in a \"friendly atmosphere\" and both sides agreed to meet again next week.\n"
     "Witkoff arrived from St Petersburg, where he had met Russian President Vladimir Putin on Friday.\n"
     "A meeting between Araqchi and His Majesty Sultan Haitham bin Tarik had been expected but was not "
     "announced. US President Donald Trump, who had described the talks as \"direct\", told reporters they "
     "were \"going okay\".",
     [("MET_WITH", ALBUSAIDI, ARAGHCHI, "held separate meetings with", "2025-04-12"),
      ("MET_WITH", ALBUSAIDI, WITKOFF, "the two delegations at a venue in the capital", "2025-04-12"),
      ("MET_WITH", ARAGHCHI, WITKOFF, "the heads of the two delegations spoke directly", "2025-04-12"),
      ("MET_WITH", WITKOFF, PUTIN, "where he had met Russian President", "2025-04-11"),
      ("VISITED", ARAGHCHI, MUSCAT, "MUSCAT: The Sultanate of Oman", "2025-04-12"),
      ("VISITED", WITKOFF, MUSCAT, "Witkoff arrived from St Petersburg", "2025-04-12"),
      ("VISITED", WITKOFF, SPB, "from St Petersburg, where", "2025-04-11"),
      ("LEADS", ARAGHCHI, IRFM, "Minister of Foreign Affairs of"),
      ("LEADS", ALBUSAIDI, OMFM, "Minister of Foreign Affairs, held"),
      ("MEMBER_OF", BAGHAEI, IRFM, "foreign ministry spokesman Esmaeil Baqaei"),
      ("LEADS", PUTIN, RUSSIA, "Russian President Vladimir Putin"),
      ("LEADS", HAITHAM, OMAN, "His Majesty Sultan Haitham"),
      ("LEADS", TRUMP, US, "US President Donald Trump"),
      ],
     {"source": TOO, "published": "2025-04-13"}),

    ("arNM4_rome_second_round_asharq", "ar",
     "انتهاء الجولة الثانية من المحادثات الإيرانية الأميركية في روما.. والثالثة في مسقط\n"
     "روما - الشرق\n"
     "اختُتمت في العاصمة الإيطالية روما، السبت، الجولة الثانية من المحادثات غير المباشرة بين إيران والولايات "
     "المتحدة بشأن البرنامج النووي الإيراني، بوساطة عُمانية، في مقر السفارة العمانية.\n"
     "وتنقّل وزير الخارجية العماني بدر البوسعيدي لنحو أربع ساعات بين القاعتين اللتين جلس فيهما وفدا البلدين، "
     "برئاسة وزير الخارجية الإيراني عباس عراقچي والمبعوث الأميركي الخاص ستيف ويتكوف.\n"
     "وقال عراقچي للتلفزيون الرسمي إن الجانبين اتفقا على بدء اجتماعات الخبراء الفنيين الأربعاء، على أن تُعقد "
     "الجولة الثالثة بين رئيسي الوفدين في العاصمة العمانية السبت المقبل.\n"
     "وكان الوزير الإيراني قد التقى قبل بدء الجولة نظيره الإيطالي أنطونيو تاياني، الذي أكد دعم روما لمسار "
     "التفاوض.\n"
     "ووصل عراقچي إلى روما قادماً من موسكو، حيث سلّم وزير الخارجية الروسي سيرغي لافروف، الجمعة، رسالة من "
     "المرشد الإيراني علي خامنئي إلى الرئيس فلاديمير بوتين.\n"
     "وفي اتصال هاتفي مساء الجمعة، أطلع عراقچي وزير الخارجية السعودي الأمير فيصل بن فرحان على أجواء المحادثات.\n"
     "أما المدير العام للوكالة الدولية للطاقة الذرية رافائيل غروسي، الذي وجد في روما الأسبوع ذاته، فلم يحضر "
     "أياً من جلسات المحادثات.",
     [("MET_WITH", ALBUSAIDI, ARAGHCHI, "وتنقّل وزير الخارجية العماني", "2025-04-19"),
      ("MET_WITH", ALBUSAIDI, WITKOFF, "والمبعوث الأميركي الخاص ستيف ويتكوف", "2025-04-19"),
      ("MET_WITH", ARAGHCHI, TAJANI, "نظيره الإيطالي أنطونيو تاياني", "2025-04-19"),
      ("MET_WITH", ARAGHCHI, LAVROV, "حيث سلّم وزير الخارجية الروسي", "2025-04-18"),
      ("VISITED", ARAGHCHI, ROME, "ووصل عراقچي إلى روما", "2025-04-19"),
      ("VISITED", ALBUSAIDI, ROME, "في العاصمة الإيطالية روما", "2025-04-19"),
      ("VISITED", ARAGHCHI, MOSCOW, "قادماً من موسكو", "2025-04-18"),
      ("LEADS", ALBUSAIDI, OMFM, "وزير الخارجية العماني بدر"),
      ("LEADS", ARAGHCHI, IRFM, "وزير الخارجية الإيراني عباس"),
      ("LEADS", TAJANI, ITFM, "نظيره الإيطالي"),
      ("LEADS", LAVROV, RUFM, "وزير الخارجية الروسي سيرغي"),
      ("LEADS", KHAMENEI, IRAN, "المرشد الإيراني علي خامنئي"),
      ("LEADS", PUTIN, RUSSIA, "الرئيس فلاديمير بوتين"),
      ("LEADS", FAISAL, SAFM, "وزير الخارجية السعودي الأمير"),
      ("LEADS", GROSSI, IAEA, "المدير العام للوكالة الدولية"),
      ],
     {"source": ASHARQ, "published": "2025-04-19"}),

    ("enNM5_grossi_tehran_iranwire", "en",
     "IAEA Chief Grossi Meets Araghchi in Tehran as Nuclear Talks Gather Pace\n"
     "Rafael Mariano Grossi, the director general of the International Atomic Energy Agency (IAEA), arrived in "
     "Tehran on Wednesday, April 16, for his first visit to the Islamic Republic since November, days before the "
     "second round of Iran-US negotiations.\n"
     "Grossi sat down with Foreign Minister Abbas Araghchi at the ministry shortly after landing. "
     "\"Cooperation with the agency can help resolve the nuclear issue,\" Araghchi wrote on X after the "
     "meeting.\n"
     "On Thursday, the Argentine diplomat was received by Mohammad Eslami, the head of the Atomic Energy "
     "Organization of Iran (AEOI). The organization's spokesman, Behrouz Kamalvandi, told state TV that the two "
     "men had discussed \"verification issues\", without elaborating.\n"
     "In November, Grossi was received by President Masoud Pezeshkian; this time, he was not given a meeting "
     "with the president.\n"
     "Hardline lawmakers had demanded that the IAEA chief be barred from the country, accusing the agency of "
     "passing information to Israel.",
     [("MET_WITH", GROSSI, ARAGHCHI, "Grossi sat down with Foreign Minister", "2025-04-16"),
      ("MET_WITH", GROSSI, ESLAMI, "the Argentine diplomat was received by", "2025-04-17"),
      ("MET_WITH", GROSSI, PEZESHKIAN, "Grossi was received by President", "2024-11"),
      ("VISITED", GROSSI, TEHRAN, "arrived in Tehran on Wednesday", "2025-04-16"),
      ("LEADS", GROSSI, IAEA, "the director general of the International"),
      ("LEADS", ARAGHCHI, IRFM, "Foreign Minister Abbas Araghchi at"),
      ("LEADS", ESLAMI, AEOI, "Mohammad Eslami, the head of"),
      ("MEMBER_OF", KAMALVANDI, AEOI, "spokesman, Behrouz Kamalvandi"),
      ("LEADS", PEZESHKIAN, IRAN, "President Masoud Pezeshkian"),
      ],
     {"source": IRANWIRE, "published": "2025-04-17"}),

    ("arNM6_pezeshkian_putin_treaty_wefaq", "ar",
     "بزشكيان وبوتين يوقعان معاهدة الشراكة الاستراتيجية الشاملة في الكرملين\n"
     "موسكو – الوفاق\n"
     "وقّع رئيس الجمهورية الإسلامية الإيرانية مسعود بزشكيان ونظيره الروسي فلاديمير بوتين، يوم الجمعة، في "
     "الكرملين معاهدة الشراكة الاستراتيجية الشاملة بين البلدين، في ختام محادثات ثنائية استمرت نحو ثلاث ساعات.\n"
     "وبالتزامن، أجرى وزير الخارجية سيد عباس عراقجي ونظيره الروسي سيرغي لافروف مباحثات تناولت الملف النووي "
     "والتطورات في سوريا.\n"
     "وكان الدكتور بزشكيان قد وصل إلى موسكو قادماً من دوشنبه، حيث التقى الرئيس الطاجيكي إمام علي رحمان ووقّع "
     "الجانبان عدداً من مذكرات التفاهم.\n"
     "وقال رئيس الجمهورية للصحفيين قبيل مغادرته طهران إن المعاهدة \"لا تستهدف أي بلد ثالث\"، مؤكداً أنها لا "
     "تتضمن بنداً للدفاع المشترك.\n"
     "ولم يلتقِ بزشكيان خلال الزيارة رئيس الوزراء الروسي ميخائيل ميشوستين، خلافاً لما ورد في البرنامج الأولي "
     "للزيارة.",
     [("MET_WITH", PEZESHKIAN, PUTIN, "ونظيره الروسي فلاديمير بوتين", "2025-01-17"),
      ("MET_WITH", ARAGHCHI, LAVROV, "ونظيره الروسي سيرغي لافروف", "2025-01-17"),
      ("MET_WITH", PEZESHKIAN, RAHMON, "حيث التقى الرئيس الطاجيكي", "2025-01-16"),
      ("VISITED", PEZESHKIAN, MOSCOW, "قد وصل إلى موسكو", "2025-01-17"),
      ("VISITED", PEZESHKIAN, DUSHANBE, "قادماً من دوشنبه", "2025-01-16"),
      ("LEADS", PEZESHKIAN, IRAN, "رئيس الجمهورية الإسلامية الإيرانية مسعود"),
      ("LEADS", PUTIN, RUSSIA, "فلاديمير بوتين، يوم الجمعة"),
      ("LEADS", ARAGHCHI, IRFM, "وزير الخارجية سيد عباس"),
      ("LEADS", LAVROV, RUFM, "سيرغي لافروف مباحثات"),
      ("LEADS", RAHMON, TAJIK, "الرئيس الطاجيكي إمام علي"),
      ("LEADS", MISHUSTIN, RUSSIA, "رئيس الوزراء الروسي ميخائيل"),
      ],
     {"source": WEFAQ, "published": "2025-01-18"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setNM")
