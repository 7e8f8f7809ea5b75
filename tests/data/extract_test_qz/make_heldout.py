"""Blind set QZ: Gulf diplomacy 2021-2025 (second folder of QY-QZ): Araghchi's visit to Riyadh (October 2024),
Biden's visit to Jeddah and the Jeddah summit (July 2022), Faisal bin Farhan's visit to Tehran after the
reopening of the embassies (June 2023), the Muscat round called off after the Israeli strikes on Iran
(June 2025), the fifth round of the Saudi-Iranian talks in Baghdad (April 2022), and Erdogan's visit to
Abu Dhabi (February 2022), as an Iranian state agency writes it in Arabic (IRNA Arabic-like: "طهران - إرنا
-", "سيد عباس عراقجي"), an Emirati daily in English (The National-like: "Mr Biden", "Sheikh Mohamed"), a
Saudi-owned news site in Arabic (Al Arabiya-like: "العربية.نت"), a US wire in English (AP-like: "DUBAI,
United Arab Emirates (AP) —"), an Iraqi news site in Arabic (Shafaq News-like: "شفق نيوز/", "مصدر حكومي")
and a Turkish state agency in English (Anadolu-like: "President Recep Tayyip Erdogan", "Türkiye").
Pieces: Araghchi meets Mohammed bin Salman with three Saudi ministers present; Araghchi succeeded the acting
minister Bagheri Kani, who had taken over after Amir-Abdollahian's death (Arabic, QZ1); Biden received by
King Salman and Mohammed bin Salman, talks attended by Blinken and Sullivan; Biden meets Mohamed bin Zayed,
then separately Sisi and al-Kadhimi (English, QZ2); Faisal bin Farhan holds talks with Amir-Abdollahian in
Tehran, then received by Raisi (Arabic, QZ3); Israeli strikes kill Salami and Bagheri, Pakpour named to
replace Salami; Araghchi and Witkoff had spoken face to face; Gargash had handed Araghchi Trump's letter
(English, QZ4); al-Kadhimi receives the heads of the two delegations, al-Humaidan and Iravani, with Fuad
Hussein present; the US strike that killed Soleimani and al-Muhandis (Arabic, QZ5); Mohamed bin Zayed
welcomes Erdogan, delegation talks attended by Cavusoglu, Altun and Kalin; Erdogan had received Mohamed bin
Zayed in Ankara and Tahnoun in August (English, QZ6).
Excluded on purpose (no relation): Pezeshkian's phone call to the crown prince, Amir-Abdollahian and Raisi
killed in a helicopter crash (no agent) (QZ1); Khashoggi's killing, which US intelligence assessed the crown
prince had approved (an assessment by a third party, not the outlet's statement of an agent), Mohamed bin
Zayed's planned visit to Washington, the summit's unnamed leaders (QZ2); the reopening ceremony's officials,
the crown prince's invitation and Raisi's expected visit to Riyadh (QZ3); Shamkhani, wounded, not killed; the
called-off round; Trump's phone call with Netanyahu; a possible further meeting (QZ4); the executions that
suspended the talks, the next round not yet set (QZ5); the phone call of the two leaders in 2021, the
expected visit of the Turkish foreign minister (QZ6).
Judgement calls: "وحضر اللقاء من الجانب السعودي" A وB وC: each attendee paired with both principals, and
the three with each other (one list, present together); "خلفاً للوزير بالوكالة" and "تسلّم الحقيبة بعد
مقتل" are successions (QZ1); "was received by King Salman ..., after being greeted ... by Crown Prince
Mohammed bin Salman": the palace reception with the crown prince is a meeting of the three (Biden, the king,
the crown prince); the later talks with the crown prince add nothing new;
"with ... also attending": Blinken and Sullivan with both principals and with each other; "separate meetings
with A and B": no A-B pair (QZ2); "ثم استقبله الرئيس" is a meeting with the pronoun's referent (QZ3);
"Israeli strikes killed X" gives X -> country:israel; "named ... to replace Salami" is a succession; "the
two men spoke face-to-face" is a meeting (QZ4); "استقبل ... رئيسي الوفدين" is a meeting of the three, the
minister "بحضور" paired with all three; "بضربة أميركية" gives the victims -> country:united-states (QZ5);
"welcomed" with an official ceremony, then "one-on-one meeting" is a meeting; delegation talks "attended
by" three Turkish officials: each paired with both leaders and with each other (QZ6). LEADS as in QY.
Filled in for the exercise: the names of the attendees (QZ1); the palace, the order of the greetings (QZ2);
the days and wording of the statements (QZ3); the exact wording of Albusaidi's post (QZ4); the source's
wording and Fuad Hussein's presence (QZ5); the attendees of the delegation talks (QZ6).
Spellings: "سيد عباس عراقجي", "مساعد بن محمد العيبان", "علي باقري كني" (QZ1); "Mr Biden", "Sheikh Mohamed",
"Mustafa Al Kadhimi", "Abdel Fattah El Sisi" (QZ2); "بن فرحان", "عبداللهيان" (QZ3); "Gen. Hossein Salami",
"Abbas Araghchi", "Steve Witkoff" (QZ4); "خالد بن علي الحميدان", "سعيد إيرواني" (QZ5); "Recep Tayyip
Erdogan", "Mevlut Cavusoglu", "Ibrahim Kalin" (QZ6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_qz import ALL  # noqa: E402

HERE = Path(__file__).parent

SAUDI, IRAN, IRAQ, UAE, TURKEY, US, ISRAEL, EGYPT = (
    "country:saudi-arabia", "country:iran", "country:iraq", "country:united-arab-emirates", "country:turkey",
    "country:united-states", "country:israel", "country:egypt")
RIYADH, TEHRAN = "location:riyadh", "location:tehran"
SNSC, IRFM, SAUFM, OMFM, GIP, IRGC = (
    "organization:supreme-national-security-council", "organization:iranian-foreign-ministry",
    "organization:saudi-foreign-ministry", "organization:omani-foreign-ministry",
    "organization:saudi-general-intelligence-presidency", "organization:irgc")
ARAGHCHI, BAGHERI_KANI, ABDOLLAHIAN, RAISI, PEZESHKIAN, KHAMENEI, IRAVANI = (
    "person:abbas-araghchi", "person:ali-bagheri-kani", "person:hossein-amir-abdollahian", "person:ebrahim-raisi",
    "person:masoud-pezeshkian", "person:ali-khamenei", "person:saeed-iravani")
SALAMI, BAGHERI, PAKPOUR, SOLEIMANI, SHAMKHANI = (
    "person:hossein-salami", "person:mohammad-bagheri", "person:mohammad-pakpour", "person:qasem-soleimani",
    "person:ali-shamkhani")
MBS, KING, FAISAL, AIBAN, KBS, HUMAIDAN = (
    "person:mohammed-bin-salman", "person:salman-bin-abdulaziz", "person:faisal-bin-farhan",
    "person:musaed-al-aiban", "person:khalid-bin-salman", "person:khalid-al-humaidan")
MBZ, TAHNOUN, GARGASH, ALBUSAIDI = (
    "person:mohamed-bin-zayed", "person:tahnoun-bin-zayed", "person:anwar-gargash", "person:badr-albusaidi")
KADHIMI, FUAD, MUHANDIS = "person:mustafa-al-kadhimi", "person:fuad-hussein", "person:abu-mahdi-al-muhandis"
ERDOGAN, CAVUSOGLU, ALTUN, KALIN = (
    "person:recep-tayyip-erdogan", "person:mevlut-cavusoglu", "person:fahrettin-altun", "person:ibrahim-kalin")
BIDEN, TRUMP, BLINKEN, SULLIVAN, WITKOFF, SISI = (
    "person:joe-biden", "person:donald-trump", "person:antony-blinken", "person:jake-sullivan",
    "person:steve-witkoff", "person:abdel-fattah-el-sisi")

IRNA_AR = "blind set (Iranian state news agency, Arabic service, IRNA-like)"
NATIONAL = "blind set (Emirati daily, English, The National-like)"
ARABIYA = "blind set (Saudi-owned news site, Arabic, Al Arabiya-like)"
AP = "blind set (US news wire, English, AP-like)"
SHAFAQ = "blind set (Iraqi news site, Arabic, Shafaq News-like)"
AA = "blind set (Turkish state news agency, English service, Anadolu-like)"

ARTICLES = [
    ("arQZ1_araghchi_riyadh_irna", "ar",
     "عراقجي يلتقي ولي العهد السعودي في الرياض ويبحث معه التطورات الإقليمية\n"
     "طهران - إرنا - التقى وزير الخارجية الإيراني سيد عباس عراقجي، مساء الأربعاء، ولي العهد رئيس مجلس "
     "الوزراء السعودي الأمير محمد بن سلمان في الرياض، وبحث معه آخر التطورات في المنطقة ولا سيما العدوان "
     "الصهيوني على غزة ولبنان.\n"
     "وحضر اللقاء من الجانب السعودي وزير الدفاع الأمير خالد بن سلمان، ووزير الخارجية الأمير فيصل بن فرحان، "
     "ووزير الدولة عضو مجلس الوزراء مستشار الأمن الوطني مساعد بن محمد العيبان.\n"
     "وأكد عراقجي خلال اللقاء أن العلاقات بين طهران والرياض تسير في الاتجاه الصحيح، مشيراً إلى أن الجمهورية "
     "الإسلامية ترحب بتعزيز التعاون مع دول الجوار.\n"
     "ويأتي اللقاء بعد أيام من اتصال هاتفي أجراه الرئيس مسعود بزشكيان بولي العهد السعودي.\n"
     "وتولى عراقجي الحقيبة في آب/أغسطس الماضي خلفاً للوزير بالوكالة علي باقري كني، الذي كان قد تسلّم "
     "الوزارة بعد مقتل حسين أمير عبداللهيان إلى جانب الرئيس الشهيد إبراهيم رئيسي في حادث تحطم المروحية في "
     "أيار/مايو.\n"
     "ويقوم عراقجي بجولة إقليمية تشمل عدداً من العواصم العربية.",
     [("MET_WITH", ARAGHCHI, MBS, "ولي العهد رئيس مجلس", "2024-10-09"),
      ("MET_WITH", KBS, ARAGHCHI, "وحضر اللقاء من الجانب السعودي", "2024-10-09"),
      ("MET_WITH", KBS, MBS, "وزير الدفاع الأمير خالد", "2024-10-09"),
      ("MET_WITH", FAISAL, ARAGHCHI, "ووزير الخارجية الأمير فيصل", "2024-10-09"),
      ("MET_WITH", FAISAL, MBS, "الأمير فيصل بن فرحان، ووزير", "2024-10-09"),
      ("MET_WITH", AIBAN, ARAGHCHI, "مستشار الأمن الوطني مساعد", "2024-10-09"),
      ("MET_WITH", AIBAN, MBS, "مساعد بن محمد العيبان", "2024-10-09"),
      ("MET_WITH", KBS, FAISAL, "خالد بن سلمان، ووزير", "2024-10-09"),
      ("MET_WITH", KBS, AIBAN, "ووزير الدولة عضو مجلس الوزراء", "2024-10-09"),
      ("MET_WITH", FAISAL, AIBAN, "عضو مجلس الوزراء مستشار", "2024-10-09"),
      ("LEADS", ARAGHCHI, IRFM, "وزير الخارجية الإيراني سيد"),
      ("LEADS", MBS, SAUDI, "الوزراء السعودي الأمير محمد"),
      ("LEADS", FAISAL, SAUFM, "فيصل بن فرحان"),
      ("LEADS", PEZESHKIAN, IRAN, "الرئيس مسعود بزشكيان"),
      ("SUCCESSOR_OF", ARAGHCHI, BAGHERI_KANI, "خلفاً للوزير بالوكالة", "2024-08-21"),
      ("SUCCESSOR_OF", BAGHERI_KANI, ABDOLLAHIAN, "قد تسلّم الوزارة بعد مقتل", "2024-05-20"),
      ("VISITED", ARAGHCHI, RIYADH, "محمد بن سلمان في الرياض", "2024-10-09"),
      ],
     {"source": IRNA_AR, "published": "2024-10-09"}),

    ("enQZ2_biden_jeddah_national", "en",
     "Biden meets Saudi leaders in Jeddah on eve of regional summit\n"
     "Jeddah\n"
     "US President Joe Biden was received by King Salman at Al Salam Palace in Jeddah on Friday evening, after "
     "being greeted at the palace entrance by Crown Prince Mohammed bin Salman with a fist bump.\n"
     "Mr Biden then held talks with the crown prince and senior Saudi ministers, with Secretary of State Antony "
     "Blinken and National Security Adviser Jake Sullivan also attending.\n"
     "Mr Biden said he raised the 2018 killing of journalist Jamal Khashoggi, which US intelligence assessed "
     "the crown prince had approved. Prince Mohammed told him he was not personally responsible, a Saudi "
     "official said.\n"
     "On Saturday, Mr Biden joined the leaders of the six GCC states, Egypt, Jordan and Iraq at the Jeddah "
     "Security and Development Summit.\n"
     "On the sidelines, he met President Sheikh Mohamed bin Zayed, who accepted an invitation to visit the "
     "White House before the end of the year.\n"
     "He also held separate meetings with Egyptian President Abdel Fattah El Sisi and Iraqi Prime Minister "
     "Mustafa Al Kadhimi.\n"
     "It was Mr Biden's first trip to the Middle East as president, and came after he had promised during his "
     "campaign to make the kingdom a \"pariah\".",
     met_group({BIDEN: "US President Joe Biden was received", KING: "received by King Salman at Al Salam",
                MBS: "by Crown Prince Mohammed bin Salman with a fist"}, "2022-07-15") + [
      ("MET_WITH", BLINKEN, BIDEN, "with Secretary of State Antony", "2022-07-15"),
      ("MET_WITH", BLINKEN, MBS, "Blinken and National Security Adviser", "2022-07-15"),
      ("MET_WITH", SULLIVAN, BIDEN, "Jake Sullivan also attending", "2022-07-15"),
      ("MET_WITH", SULLIVAN, MBS, "National Security Adviser Jake", "2022-07-15"),
      ("MET_WITH", BLINKEN, SULLIVAN, "Sullivan also attending", "2022-07-15"),
      ("MET_WITH", BIDEN, MBZ, "he met President Sheikh Mohamed", "2022-07-16"),
      ("MET_WITH", BIDEN, SISI, "held separate meetings with Egyptian", "2022-07-16"),
      ("MET_WITH", BIDEN, KADHIMI, "Iraqi Prime Minister", "2022-07-16"),
      ("LEADS", BIDEN, US, "US President Joe Biden"),
      ("LEADS", MBZ, UAE, "President Sheikh Mohamed bin Zayed"),
      ("LEADS", SISI, EGYPT, "Egyptian President Abdel"),
      ("LEADS", KADHIMI, IRAQ, "Mustafa Al Kadhimi"),
      ],
     {"source": NATIONAL, "published": "2022-07-16"}),

    ("arQZ3_faisal_tehran_arabiya", "ar",
     "وزير الخارجية السعودي في طهران: نتطلع إلى علاقات قائمة على حسن الجوار\n"
     "العربية.نت - طهران\n"
     "وصل وزير الخارجية السعودي الأمير فيصل بن فرحان إلى طهران، السبت، في أول زيارة لمسؤول سعودي رفيع منذ "
     "سنوات، حيث عقد جلسة محادثات مع نظيره الإيراني حسين أمير عبداللهيان، أعقبها مؤتمر صحافي مشترك.\n"
     "ثم استقبله الرئيس الإيراني إبراهيم رئيسي، ونقل إليه بن فرحان تحيات خادم الحرمين الشريفين وولي العهد، "
     "بحسب ما أفادت وكالة الأنباء السعودية.\n"
     "وقال الوزير السعودي في المؤتمر الصحافي إن المملكة تتطلع إلى أن تكون العلاقات \"نموذجاً\" للتعاون "
     "الإقليمي، فيما أكد عبداللهيان أن \"الأمن في المنطقة يصنعه أبناؤها\".\n"
     "وكانت إيران قد أعادت في السادس من يونيو فتح سفارتها في الرياض في احتفال حضره مسؤولون من وزارتي "
     "الخارجية في البلدين، فيما عيّنت طهران علي رضا عنايتي سفيراً لدى المملكة.\n"
     "وأشار عبداللهيان إلى أن زيارة مرتقبة للرئيس الإيراني إلى الرياض \"ستتم في الوقت المناسب\"، بعدما تلقى "
     "رئيسي دعوة من العاهل السعودي الملك سلمان بن عبدالعزيز.",
     [("MET_WITH", FAISAL, ABDOLLAHIAN, "حيث عقد جلسة محادثات مع نظيره", "2023-06-17"),
      ("MET_WITH", FAISAL, RAISI, "ثم استقبله الرئيس الإيراني", "2023-06-17"),
      ("VISITED", FAISAL, TEHRAN, "وصل وزير الخارجية السعودي الأمير", "2023-06-17"),
      ("LEADS", FAISAL, SAUFM, "وزير الخارجية السعودي الأمير فيصل"),
      ("LEADS", RAISI, IRAN, "الرئيس الإيراني إبراهيم رئيسي"),
      ("LEADS", KING, SAUDI, "العاهل السعودي الملك"),
      ],
     {"source": ARABIYA, "published": "2023-06-17"}),

    ("enQZ4_muscat_round_off_ap", "en",
     "Oman says Iran-US nuclear talks off after Israeli strikes kill top Iranian generals\n"
     "DUBAI, United Arab Emirates (AP) — A sixth round of talks between Iran and the United States over "
     "Tehran's nuclear program, set for Sunday in Muscat, will not take place, Oman's foreign minister said "
     "Saturday, a day after Israel launched a wave of strikes across Iran.\n"
     "Israeli strikes on Friday killed Gen. Hossein Salami, the commander of the paramilitary Revolutionary "
     "Guard, and Gen. Mohammad Bagheri, the chief of staff of Iran's armed forces, Iranian state media "
     "reported. Ali Shamkhani, a close adviser to Supreme Leader Ayatollah Ali Khamenei, was seriously "
     "wounded. Khamenei named Gen. Mohammad Pakpour to replace Salami within hours.\n"
     "Badr Albusaidi wrote on X that \"dialogue and diplomacy remain the only path to lasting peace.\" The "
     "Omani minister has carried messages between Iranian Foreign Minister Abbas Araghchi and U.S. envoy Steve "
     "Witkoff over five rounds since April, in Muscat and Rome. After the first round, the two men spoke "
     "face-to-face for several minutes, both sides said.\n"
     "In March, Anwar Gargash, a senior Emirati diplomat, traveled to Tehran and handed Araghchi a letter from "
     "President Donald Trump proposing negotiations.\n"
     "Trump said he had spoken by telephone with Israeli Prime Minister Benjamin Netanyahu before the strikes. "
     "It was not clear whether Witkoff and Araghchi would meet again.",
     [("ASSASSINATED_BY", SALAMI, ISRAEL, "Israeli strikes on Friday killed", "2025-06-13"),
      ("ASSASSINATED_BY", BAGHERI, ISRAEL, "Gen. Mohammad Bagheri, the chief of staff", "2025-06-13"),
      ("LEADS", SALAMI, IRGC, "the commander of the paramilitary Revolutionary"),
      ("LEADS", KHAMENEI, IRAN, "Supreme Leader Ayatollah Ali Khamenei"),
      ("SUCCESSOR_OF", PAKPOUR, SALAMI, "to replace Salami within hours", "2025-06-13"),
      ("LEADS", ARAGHCHI, IRFM, "Iranian Foreign Minister Abbas Araghchi"),
      ("MET_WITH", ARAGHCHI, WITKOFF, "the two men spoke", "2025-04-12"),
      ("MET_WITH", GARGASH, ARAGHCHI, "handed Araghchi a letter", "2025-03-12"),
      ("VISITED", GARGASH, TEHRAN, "traveled to Tehran and handed", "2025-03-12"),
      ("LEADS", TRUMP, US, "President Donald Trump proposing"),
      ],
     {"source": AP, "published": "2025-06-14"}),

    ("arQZ5_baghdad_fifth_round_shafaq", "ar",
     "الكاظمي يستقبل رئيسي الوفدين السعودي والإيراني في ختام جولة خامسة من الحوار ببغداد\n"
     "شفق نيوز/ استضافت العاصمة العراقية بغداد، يوم الخميس، الجولة الخامسة من المباحثات بين المملكة العربية "
     "السعودية والجمهورية الإسلامية الإيرانية، بمشاركة رئيس الاستخبارات العامة السعودية خالد بن علي الحميدان، "
     "ونائب أمين المجلس الأعلى للأمن القومي الإيراني سعيد إيرواني.\n"
     "واستقبل رئيس مجلس الوزراء مصطفى الكاظمي رئيسي الوفدين في ختام الجولة، بحضور وزير الخارجية فؤاد حسين، "
     "وأكد أهمية استمرار الحوار \"لما فيه مصلحة شعوب المنطقة\".\n"
     "وقال مصدر حكومي عراقي لوكالة شفق نيوز إن الجولة كانت \"الأكثر إيجابية\" منذ انطلاق الحوار في نيسان "
     "2021، وإن الجانبين ناقشا إعادة فتح السفارتين.\n"
     "وكانت طهران قد علّقت الحوار من طرف واحد في آذار الماضي احتجاجاً على تنفيذ السلطات السعودية حكم الإعدام "
     "بحق 81 شخصاً.\n"
     "ولم يحدد بعد موعد الجولة المقبلة.\n"
     "ويسعى العراق إلى لعب دور الوسيط منذ التوتر الذي أعقب مقتل قائد فيلق القدس قاسم سليماني ونائب رئيس "
     "هيئة الحشد الشعبي أبو مهدي المهندس بضربة أميركية قرب مطار بغداد مطلع عام 2020.",
     met_group({KADHIMI: "واستقبل رئيس مجلس الوزراء مصطفى", HUMAIDAN: "السعودية خالد بن علي الحميدان",
                IRAVANI: "رئيسي الوفدين في ختام الجولة"}, "2022-04-21") + [
      ("MET_WITH", FUAD, KADHIMI, "بحضور وزير الخارجية فؤاد", "2022-04-21"),
      ("MET_WITH", FUAD, HUMAIDAN, "فؤاد حسين، وأكد", "2022-04-21"),
      ("MET_WITH", FUAD, IRAVANI, "الجولة، بحضور وزير", "2022-04-21"),
      ("LEADS", HUMAIDAN, GIP, "رئيس الاستخبارات العامة السعودية"),
      ("LEADS", KADHIMI, IRAQ, "رئيس مجلس الوزراء مصطفى الكاظمي"),
      ("ASSASSINATED_BY", SOLEIMANI, US, "قائد فيلق القدس قاسم", "2020-01-03"),
      ("ASSASSINATED_BY", MUHANDIS, US, "أبو مهدي المهندس بضربة أميركية", "2020-01-03"),
      ],
     {"source": SHAFAQ, "published": "2022-04-23"}),

    ("enQZ6_erdogan_abu_dhabi_aa", "en",
     "President Erdogan in UAE for first visit in nearly a decade\n"
     "ABU DHABI (AA) - President Recep Tayyip Erdogan was welcomed on Monday by Abu Dhabi Crown Prince Sheikh "
     "Mohammed bin Zayed Al Nahyan with an official ceremony at the Qasr Al Watan presidential palace.\n"
     "The two leaders then held a one-on-one meeting, followed by talks between the delegations attended by "
     "Foreign Minister Mevlut Cavusoglu, Communications Director Fahrettin Altun and presidential spokesman "
     "Ibrahim Kalin.\n"
     "Türkiye and the UAE signed 13 agreements in fields including defense, health, climate and industry, "
     "Türkiye's Communications Directorate said.\n"
     "The visit comes less than three months after bin Zayed travelled to Ankara, where Erdogan received him at "
     "the presidential complex in the crown prince's first visit in a decade. In August, the Turkish president "
     "had received Sheikh Tahnoun bin Zayed, the UAE's national security adviser, paving the way for the "
     "rapprochement after years of tension.\n"
     "The two leaders had spoken by phone in 2021 for the first time in years. Cavusoglu is expected to visit "
     "Abu Dhabi again in the spring to follow up on the agreements.",
     [("MET_WITH", ERDOGAN, MBZ, "was welcomed on Monday by Abu Dhabi", "2022-02-14"),
      ("MET_WITH", CAVUSOGLU, ERDOGAN, "attended by Foreign Minister Mevlut", "2022-02-14"),
      ("MET_WITH", CAVUSOGLU, MBZ, "Minister Mevlut Cavusoglu, Communications", "2022-02-14"),
      ("MET_WITH", ALTUN, ERDOGAN, "Communications Director Fahrettin", "2022-02-14"),
      ("MET_WITH", ALTUN, MBZ, "Fahrettin Altun and presidential", "2022-02-14"),
      ("MET_WITH", KALIN, ERDOGAN, "presidential spokesman Ibrahim", "2022-02-14"),
      ("MET_WITH", KALIN, MBZ, "spokesman Ibrahim Kalin", "2022-02-14"),
      ("MET_WITH", CAVUSOGLU, ALTUN, "Cavusoglu, Communications Director", "2022-02-14"),
      ("MET_WITH", CAVUSOGLU, KALIN, "followed by talks between the delegations", "2022-02-14"),
      ("MET_WITH", ALTUN, KALIN, "Altun and presidential spokesman", "2022-02-14"),
      ("MET_WITH", ERDOGAN, TAHNOUN, "had received Sheikh Tahnoun", "2021-08-18"),
      ("LEADS", ERDOGAN, TURKEY, "President Recep Tayyip Erdogan was"),
      ],
     {"source": AA, "published": "2022-02-14"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setQZ")
