"""Blind set HH: Gulf and Levant diplomacy 2023-2025 in the style of an English-language Gulf daily
and an Arabic pan-Arab daily (Asharq Al-Awsat like): long titles, quotes, long official titles before
names. Two years of the Beijing deal: Aiban and Shamkhani, Faisal bin Farhan and Amirabdollahian
received by Qin Gang, Ahmadian replacing Shamkhani (English); Nawaf Salam's government, Feb 2025,
and the Saudi envoy Yazid bin Farhan (Arabic); Hamas's successions from Haniyeh to Sinwar to the
leadership council, and Israel Katz's admission (English); the Doha announcement of the Gaza
ceasefire, Jan 2025, with McGurk, Witkoff and Hassan Rashad (Arabic); Khalid bin Salman in Tehran
and the Muscat round between Araqchi and Witkoff, April 2025 (English); Araghchi in Riyadh, Oct
2024, and al-Ruwaili's visit to Tehran (Arabic).
Excluded on purpose: a floated crown-prince visit and phone calls; a candidate who withdrew and a
phone call of Le Drian; a killing blamed by Hamas and Iran but unconfirmed by Israel at the time, a
"widely tipped" successor; no direct Hamas-US meeting and a phone call; a royal letter and a
scheduled Rome round; a helicopter crash with no agent and a planned visit to Doha.
Spellings: Al-Kadhemi, Amirabdollahian, Hanieh, Araqchi, عراقچي, الرويلي.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_hj import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAN, IRAQ, USA, LEB, ISR, KSA, QAT, EGY, OMAN, CHINA = (
    "country:iran", "country:iraq", "country:united-states", "country:lebanon", "country:israel",
    "country:saudi-arabia", "country:qatar", "country:egypt", "country:oman", "country:china")
SNSC, IRGC, IRFM, IRGS = ("organization:supreme-national-security-council", "organization:irgc",
                          "organization:iranian-foreign-ministry",
                          "organization:iranian-armed-forces-general-staff")
SAFM, SADEF, SAGS, SAGOV = ("organization:saudi-foreign-ministry", "organization:saudi-defence-ministry",
                            "organization:saudi-armed-forces-general-staff", "organization:saudi-government")
LEBGOV, LEBPARL, LEBFM, LEBFIN, ICJ = ("organization:lebanese-government", "organization:lebanese-parliament",
                                      "organization:lebanese-foreign-ministry",
                                      "organization:lebanese-finance-ministry",
                                      "organization:international-court-of-justice")
HAMAS, HPB, HLC, HSHURA, IDF, ISRDEF = ("organization:hamas", "organization:hamas-political-bureau",
                                        "organization:hamas-leadership-council", "organization:hamas-shura-council",
                                        "organization:israel-defense-forces", "organization:israeli-defense-ministry")
QGOV, QFM, EGI, WH, OMFM, IQG = ("organization:qatari-government", "organization:qatari-foreign-ministry",
                                 "organization:egyptian-general-intelligence", "organization:white-house",
                                 "organization:omani-foreign-ministry", "organization:iraqi-government")
BEIJING, BEIRUT, BAABDA, TEHRAN, DOHA, RIYADH, MUSCAT, TALSULTAN = (
    "location:beijing", "location:beirut", "location:baabda-palace", "location:tehran", "location:doha",
    "location:riyadh", "location:muscat", "location:tal-al-sultan")
AIBAN, SHAM, WANG, FAISAL, AMIR, QIN, AHMAD, KAD, RAISI, MBS = (
    "person:musaed-al-aiban", "person:ali-shamkhani", "person:wang-yi", "person:faisal-bin-farhan",
    "person:hossein-amir-abdollahian", "person:qin-gang", "person:ali-akbar-ahmadian",
    "person:mustafa-al-kadhimi", "person:ebrahim-raisi", "person:mohammed-bin-salman")
SALAM, JAOUN, BERRI, MIKATI, RAJJI, JABER, YAZID, LEDRIAN, MAKKI = (
    "person:nawaf-salam", "person:joseph-aoun", "person:nabih-berri", "person:najib-mikati",
    "person:youssef-rajji", "person:yassine-jaber", "person:yazid-bin-farhan", "person:jean-yves-le-drian",
    "person:fadi-makki")
HAN, SINWAR, PEZ, KHAM, KATZ, DARWISH, HAYYA = (
    "person:ismail-haniyeh", "person:yahya-sinwar", "person:masoud-pezeshkian", "person:ali-khamenei",
    "person:israel-katz", "person:mohammed-darwish", "person:khalil-al-hayya")
MBAR, MCGURK, WITKOFF, RASHAD, KAMEL, SISI, TAMIM, BIDEN, ANSARI, TRUMP = (
    "person:mohammed-bin-abdulrahman-al-thani", "person:brett-mcgurk", "person:steve-witkoff",
    "person:hassan-rashad", "person:abbas-kamel", "person:abdel-fattah-al-sisi", "person:tamim-bin-hamad-al-thani",
    "person:joe-biden", "person:majed-al-ansari", "person:donald-trump")
KBS, SALMAN, BAGHERI, BUSAIDI, ARAGHCHI, BKANI, RUWAILI = (
    "person:khalid-bin-salman", "person:salman-bin-abdulaziz", "person:mohammad-bagheri",
    "person:badr-albusaidi", "person:abbas-araghchi", "person:ali-bagheri-kani", "person:fayyad-al-ruwaili")
SPA, ASHARQ = "outlet:saudi-press-agency", "outlet:asharq-al-awsat"

ARTICLES = [
    ("enHH1_beijing_deal_two_years_on", "en",
     "Two years after the Beijing handshake, Riyadh and Tehran say the detente \"has survived every storm "
     "in the region\"\n"
     "RIYADH - Two years ago this week, Saudi Arabia's Minister of State and National Security Adviser, "
     "Dr. Musaed bin Mohammed Al-Aiban, sat down in Beijing with Ali Shamkhani, then secretary of Iran's "
     "Supreme National Security Council, for four days of talks hosted by China's top diplomat Wang Yi.\n"
     "The agreement the two men signed on March 10, 2023 built on five rounds hosted in Baghdad by the then "
     "Iraqi premier, Mustafa Al-Kadhemi, and on quieter sessions in Muscat.\n"
     "Within a month, Prince Faisal bin Farhan and his Iranian counterpart, Hossein Amirabdollahian, were "
     "received in Beijing by Chinese Foreign Minister Qin Gang, the first formal meeting of the two "
     "countries' foreign ministers in seven years.\n"
     "Shamkhani himself was eased out weeks later: in May 2023 President Ebrahim Raisi appointed Ali Akbar "
     "Ahmadian, a former chief of the joint staff of the Revolutionary Guards, to replace him.\n"
     "\"The Chinese guarantee mattered less than the fact that both sides were tired,\" a Gulf official "
     "familiar with the talks told this newspaper.\n"
     "A visit to Tehran by Crown Prince Mohammed bin Salman, floated by Iranian officials repeatedly since "
     "2023, has yet to materialise, though the two foreign ministers have spoken by telephone more than a "
     "dozen times.",
     [("MET_WITH", AIBAN, SHAM, "sat down in Beijing with Ali Shamkhani", "2023-03"),
      ("MET_WITH", AIBAN, WANG, "for four days of talks hosted by", "2023-03"),
      ("MET_WITH", SHAM, WANG, "hosted by China's top diplomat Wang Yi", "2023-03"),
      ("VISITED", AIBAN, BEIJING, "Al-Aiban, sat down in Beijing", "2023-03"),
      ("VISITED", SHAM, BEIJING, "sat down in Beijing with Ali Shamkhani", "2023-03"),
      ("LEADS", SHAM, SNSC, "then secretary of Iran's"),
      ("LEADS", KAD, IQG, "Iraqi premier, Mustafa Al-Kadhemi"),
      ("MET_WITH", FAISAL, AMIR, "his Iranian counterpart, Hossein Amirabdollahian", "2023-04"),
      ("MET_WITH", FAISAL, QIN, "received in Beijing by Chinese Foreign Minister", "2023-04"),
      ("MET_WITH", AMIR, QIN, "by Chinese Foreign Minister Qin Gang", "2023-04"),
      ("VISITED", FAISAL, BEIJING, "received in Beijing", "2023-04"),
      ("VISITED", AMIR, BEIJING, "Amirabdollahian, were", "2023-04"),
      ("LEADS", QIN, "organization:chinese-foreign-ministry", "Chinese Foreign Minister Qin Gang"),
      ("SUCCESSOR_OF", AHMAD, SHAM, "to replace him", "2023-05"),
      ("LEADS", RAISI, IRAN, "President Ebrahim Raisi appointed"),
      ("MEMBER_OF", AHMAD, IRGC, "joint staff of the Revolutionary Guards"),
      ],
     {"source": "blind set (Gulf daily, English)", "published": "2025-03-10",
      "title": "Two years after the Beijing handshake, Riyadh and Tehran say the detente has survived"}),

    ("arHH2_salam_government_formed", "ar",
     "سلام يعلن حكومته الأولى بعد 26 يوماً من التكليف: «لن تكون امتداداً لمنطق المحاصصة»\n"
     "بيروت: «الشرق الأوسط»\n"
     "أعلن رئيس الحكومة اللبنانية نواف سلام، مساء السبت الثامن من شباط (فبراير) 2025، تشكيل حكومته من "
     "24 وزيراً، وذلك بعد اجتماع ثلاثي جمعه في قصر بعبدا برئيس الجمهورية العماد جوزاف عون ورئيس مجلس "
     "النواب نبيه بري.\n"
     "وكان سلام، الرئيس السابق لمحكمة العدل الدولية، قد كُلّف في 13 كانون الثاني (يناير) خلفاً لنجيب "
     "ميقاتي، الذي ترأس حكومة تصريف الأعمال منذ أيار 2022.\n"
     "وتولّى حقيبة الخارجية الدبلوماسي يوسف رجّي، فيما أُسندت وزارة المال إلى ياسين جابر المقرّب من "
     "«حركة أمل»، وحُسم اسم الوزير الشيعي الخامس لمصلحة فادي مكي بعد شدّ وجذب مع «الثنائي الشيعي».\n"
     "وكان الموفد السعودي الأمير يزيد بن فرحان قد زار بيروت خلال مرحلة التأليف والتقى سلام وبري كلاً "
     "على حدة، فيما اكتفى الموفد الفرنسي جان إيف لودريان باتصال هاتفي بالرئيس المكلف.\n"
     "وكان اسم النائب فؤاد مخزومي قد طُرح مرشحاً لرئاسة الحكومة قبل أن ينسحب عشية الاستشارات.\n"
     "وقال سلام في أول تصريح له من بعبدا: «هذه حكومة إصلاح وإنقاذ، ولن تكون امتداداً لمنطق المحاصصة».",
     [("MET_WITH", SALAM, JAOUN, "اجتماع ثلاثي جمعه في قصر بعبدا", "2025-02-08"),
      ("MET_WITH", SALAM, BERRI, "اجتماع ثلاثي جمعه في قصر بعبدا", "2025-02-08"),
      ("MET_WITH", JAOUN, BERRI, "اجتماع ثلاثي جمعه في قصر بعبدا", "2025-02-08"),
      ("VISITED", SALAM, BAABDA, "جمعه في قصر بعبدا", "2025-02-08"),
      ("VISITED", BERRI, BAABDA, "اجتماع ثلاثي جمعه", "2025-02-08"),
      ("LEADS", SALAM, LEBGOV, "رئيس الحكومة اللبنانية نواف سلام"),
      ("LEADS", JAOUN, LEB, "برئيس الجمهورية العماد"),
      ("LEADS", BERRI, LEBPARL, "ورئيس مجلس"),
      ("LEADS", SALAM, ICJ, "الرئيس السابق لمحكمة العدل الدولية"),
      ("SUCCESSOR_OF", SALAM, MIKATI, "خلفاً لنجيب", "2025-01-13"),
      ("LEADS", MIKATI, LEBGOV, "الذي ترأس حكومة تصريف الأعمال"),
      ("LEADS", RAJJI, LEBFM, "وتولّى حقيبة الخارجية"),
      ("MEMBER_OF", RAJJI, LEBGOV, "الدبلوماسي يوسف رجّي"),
      ("LEADS", JABER, LEBFIN, "وزارة المال إلى ياسين جابر"),
      ("MEMBER_OF", JABER, LEBGOV, "أُسندت وزارة المال"),
      ("MEMBER_OF", MAKKI, LEBGOV, "لمصلحة فادي مكي"),
      ("VISITED", YAZID, BEIRUT, "قد زار بيروت خلال مرحلة التأليف", "2025-01"),
      ("MET_WITH", YAZID, SALAM, "والتقى سلام وبري", "2025-01"),
      ("MET_WITH", YAZID, BERRI, "والتقى سلام وبري كلاً", "2025-01"),
      ],
     {"source": "blind set (pan-Arab daily, Arabic)", "published": "2025-02-09",
      "title": "سلام يعلن حكومته الأولى بعد 26 يوماً من التكليف"}),

    ("enHH3_hamas_leadership_decapitated", "en",
     "From Hanieh to a five-man council: how Hamas lost two leaders in eleven weeks and chose not to "
     "name a third\n"
     "DOHA - When Ismail Hanieh, head of Hamas's political bureau, was killed in a guesthouse in northern "
     "Tehran in the early hours of July 31, 2024, Hamas and Iran's Revolutionary Guards blamed Israel, which "
     "for months neither confirmed nor denied it.\n"
     "Hours earlier, Hanieh had attended the swearing-in of President Masoud Pezeshkian, who received him "
     "afterwards, and had met Supreme Leader Ali Khamenei.\n"
     "Only on December 23 did Israel's Defence Minister, Israel Katz, say openly that Israel had "
     "\"eliminated Hanieh in Tehran\".\n"
     "On August 6 the movement named Yahya Sinwar, its Gaza chief and the architect of the October 7 "
     "attack, to succeed Hanieh, \"a message that the resistance decides, not the assassins\", in the words "
     "of one Hamas official.\n"
     "Sinwar was killed on October 16 in Tal al-Sultan, Rafah, by Israeli troops who, the Israeli military "
     "said, did not know whom they had cornered.\n"
     "Since then, a five-member leadership council chaired by the head of the Shura Council, Mohammed "
     "Darwish, has run the movement from Doha; Khalil al-Hayya, its chief negotiator and a council member, "
     "is widely tipped as Sinwar's eventual successor.",
     [("LEADS", HAN, HPB, "head of Hamas's political bureau"),
      ("VISITED", HAN, TEHRAN, "killed in a guesthouse in northern", "2024-07"),
      ("MET_WITH", HAN, PEZ, "who received him", "2024-07-30"),
      ("MET_WITH", HAN, KHAM, "had met Supreme Leader Ali Khamenei", "2024-07-30"),
      ("LEADS", PEZ, IRAN, "President Masoud Pezeshkian"),
      ("LEADS", KHAM, IRAN, "Supreme Leader Ali Khamenei"),
      ("ASSASSINATED_BY", HAN, ISR, "\"eliminated Hanieh in Tehran\"", "2024-07-31"),
      ("LEADS", KATZ, ISRDEF, "Israel's Defence Minister, Israel Katz"),
      ("SUCCESSOR_OF", SINWAR, HAN, "to succeed Hanieh", "2024-08-06"),
      ("LEADS", SINWAR, HAMAS, "its Gaza chief and the architect"),
      ("ASSASSINATED_BY", SINWAR, IDF, "by Israeli troops who", "2024-10-16"),
      ("LEADS", DARWISH, HLC, "leadership council chaired by"),
      ("LEADS", DARWISH, HSHURA, "the head of the Shura Council"),
      ("MEMBER_OF", HAYYA, HLC, "a council member"),
      ],
     {"source": "blind set (Gulf daily, English)", "published": "2025-01-20",
      "title": "From Hanieh to a five-man council: how Hamas lost two leaders in eleven weeks"}),

    ("arHH4_doha_gaza_ceasefire_announced", "ar",
     "الشيخ محمد بن عبد الرحمن يعلن من الدوحة اتفاق وقف النار في غزة: «المرحلة الأولى تبدأ الأحد»\n"
     "الدوحة - لندن: «الشرق الأوسط»\n"
     "أعلن رئيس مجلس الوزراء وزير الخارجية القطري الشيخ محمد بن عبد الرحمن آل ثاني، مساء الأربعاء 15 "
     "كانون الثاني (يناير) 2025، التوصل إلى اتفاق لوقف إطلاق النار في قطاع غزة وتبادل الأسرى.\n"
     "وجاء الإعلان بعد اجتماعات ماراثونية ضمّت في الدوحة رئيس الوزراء القطري ومنسق البيت الأبيض لشؤون "
     "الشرق الأوسط بريت ماكغورك ومبعوث الرئيس المنتخب ستيف ويتكوف، إضافة إلى رئيس جهاز المخابرات العامة "
     "المصرية اللواء حسن رشاد.\n"
     "وكان رشاد قد عُيّن في تشرين الأول (أكتوبر) الماضي خلفاً للواء عباس كامل، الذي انتقل إلى منصب "
     "المستشار للرئيس عبد الفتاح السيسي.\n"
     "أما وفد «حماس» فترأسه خليل الحية، رئيس الحركة في غزة، الذي تسلّم الملاحظات عبر الوسطاء من دون أي "
     "لقاء مباشر مع الجانب الأميركي.\n"
     "وتلقى أمير قطر الشيخ تميم بن حمد اتصالاً هاتفياً من الرئيس الأميركي جو بايدن أشاد فيه بـ«الدور "
     "المحوري» للدوحة.\n"
     "وقال المتحدث الرسمي باسم الخارجية القطرية الدكتور ماجد الأنصاري لـ«الشرق الأوسط» إن «التنفيذ هو "
     "الاختبار الحقيقي».",
     [("LEADS", MBAR, QGOV, "رئيس مجلس الوزراء وزير الخارجية القطري"),
      ("LEADS", MBAR, QFM, "وزير الخارجية القطري الشيخ"),
      ("MET_WITH", MBAR, MCGURK, "اجتماعات ماراثونية ضمّت", "2025-01"),
      ("MET_WITH", MBAR, WITKOFF, "ومبعوث الرئيس المنتخب ستيف", "2025-01"),
      ("MET_WITH", MBAR, RASHAD, "إضافة إلى رئيس جهاز", "2025-01"),
      ("MET_WITH", MCGURK, WITKOFF, "اجتماعات ماراثونية ضمّت", "2025-01"),
      ("MET_WITH", MCGURK, RASHAD, "اجتماعات ماراثونية ضمّت", "2025-01"),
      ("MET_WITH", WITKOFF, RASHAD, "اجتماعات ماراثونية ضمّت", "2025-01"),
      ("VISITED", MCGURK, DOHA, "ضمّت في الدوحة", "2025-01"),
      ("VISITED", WITKOFF, DOHA, "ومبعوث الرئيس المنتخب ستيف", "2025-01"),
      ("VISITED", RASHAD, DOHA, "اللواء حسن رشاد", "2025-01"),
      ("MEMBER_OF", MCGURK, WH, "ومنسق البيت الأبيض"),
      ("LEADS", RASHAD, EGI, "رئيس جهاز المخابرات العامة"),
      ("SUCCESSOR_OF", RASHAD, KAMEL, "خلفاً للواء عباس كامل", "2024-10"),
      ("LEADS", SISI, EGY, "للرئيس عبد الفتاح السيسي"),
      ("MEMBER_OF", HAYYA, HAMAS, "رئيس الحركة في غزة"),
      ("LEADS", TAMIM, QAT, "أمير قطر الشيخ تميم"),
      ("LEADS", BIDEN, USA, "الرئيس الأميركي جو بايدن"),
      ("MEMBER_OF", ANSARI, QFM, "المتحدث الرسمي باسم الخارجية القطرية"),
      ("REPORTED_BY", ANSARI, ASHARQ, "الأنصاري لـ«الشرق الأوسط»"),
      ],
     {"source": "blind set (pan-Arab daily, Arabic)", "published": "2025-01-16",
      "title": "الشيخ محمد بن عبد الرحمن يعلن من الدوحة اتفاق وقف النار في غزة"}),

    ("enHH5_khalid_bin_salman_in_tehran", "en",
     "Prince Khalid bin Salman in Tehran: highest-ranking Saudi visit in decades carries a royal message "
     "to the Supreme Leader\n"
     "TEHRAN - Saudi Defence Minister Prince Khalid bin Salman was received on Thursday by Iran's Supreme "
     "Leader, Ayatollah Ali Khamenei, to whom he handed a letter from the Custodian of the Two Holy Mosques, "
     "King Salman bin Abdulaziz.\n"
     "The prince had been welcomed at Mehrabad airport by Major General Mohammad Bagheri, chief of staff of "
     "Iran's armed forces, and later held talks with President Masoud Pezeshkian.\n"
     "\"The Kingdom wants a region free of war,\" Prince Khalid told his hosts, according to the Saudi "
     "Press Agency.\n"
     "The visit came five days after Oman's Foreign Minister, Sayyid Badr Albusaidi, hosted the first round "
     "of indirect talks in Muscat between Iran's Foreign Minister Abbas Araqchi and US envoy Steve Witkoff, "
     "who, according to Tehran, spoke \"briefly and directly\" as the session ended.\n"
     "A second round, to be held in Rome, was scheduled for Saturday, and Iranian officials said Araqchi "
     "would brief the Saudi minister before leaving.\n"
     "Bagheri, a veteran of the Iran-Iraq war, had not received a Saudi defence chief since the two "
     "countries cut ties in 2016.",
     [("MET_WITH", KBS, KHAM, "was received on Thursday by Iran's Supreme", "2025-04-17"),
      ("VISITED", KBS, TEHRAN, "TEHRAN - Saudi Defence Minister", "2025-04-17"),
      ("LEADS", KBS, SADEF, "Saudi Defence Minister Prince Khalid"),
      ("LEADS", KHAM, IRAN, "Leader, Ayatollah Ali Khamenei"),
      ("LEADS", SALMAN, KSA, "King Salman bin Abdulaziz"),
      ("MET_WITH", KBS, BAGHERI, "welcomed at Mehrabad airport by", "2025-04-17"),
      ("MET_WITH", KBS, PEZ, "later held talks with President", "2025-04-17"),
      ("VISITED", KBS, "location:mehrabad-airport", "welcomed at Mehrabad airport", "2025-04-17"),
      ("LEADS", BAGHERI, IRGS, "Major General Mohammad Bagheri, chief of staff"),
      ("LEADS", PEZ, IRAN, "President Masoud Pezeshkian"),
      ("REPORTED_BY", KBS, SPA, "according to the Saudi"),
      ("LEADS", BUSAIDI, OMFM, "Oman's Foreign Minister, Sayyid Badr"),
      ("MET_WITH", BUSAIDI, ARAGHCHI, "hosted the first round", "2025-04-12"),
      ("MET_WITH", BUSAIDI, WITKOFF, "hosted the first round", "2025-04-12"),
      ("MET_WITH", ARAGHCHI, WITKOFF, "spoke \"briefly and directly\"", "2025-04-12"),
      ("VISITED", ARAGHCHI, MUSCAT, "indirect talks in Muscat", "2025-04-12"),
      ("VISITED", WITKOFF, MUSCAT, "indirect talks in Muscat", "2025-04-12"),
      ("LEADS", ARAGHCHI, IRFM, "Iran's Foreign Minister Abbas Araqchi"),
      ],
     {"source": "blind set (Gulf daily, English)", "published": "2025-04-18",
      "title": "Prince Khalid bin Salman in Tehran: highest-ranking Saudi visit in decades"}),

    ("arHH6_araghchi_in_riyadh", "ar",
     "عراقچي في الرياض في أول زيارة منذ توليه الخارجية... و«رسالة طمأنة» إلى الجيران\n"
     "الرياض: «الشرق الأوسط»\n"
     "استقبل ولي العهد السعودي رئيس مجلس الوزراء الأمير محمد بن سلمان، يوم الأربعاء 9 تشرين الأول "
     "(أكتوبر) 2024، وزير الخارجية الإيراني عباس عراقچي في الرياض، بحضور وزير الخارجية الأمير فيصل بن "
     "فرحان.\n"
     "وهذه أول زيارة يقوم بها عراقچي إلى المملكة منذ تسلّمه حقيبة الخارجية في آب (أغسطس) الماضي خلفاً "
     "لعلي باقري كني، الذي تولّى الوزارة بالوكالة إثر مقتل الوزير حسين أمير عبداللهيان في تحطم مروحية "
     "الرئيس إبراهيم رئيسي في أيار (مايو).\n"
     "وتأتي الزيارة بعد ثمانية أيام من الهجوم الصاروخي الإيراني على إسرائيل، في وقت تتوعد فيه تل أبيب "
     "بالرد.\n"
     "وقال عراقچي بعد اللقاء إن بلاده «تريد علاقات جيدة مع جيرانها»، مشيراً إلى أنه سيتوجه إلى الدوحة "
     "في اليوم التالي.\n"
     "وفي مؤشر إضافي على تحسّن العلاقات، وصل رئيس هيئة الأركان العامة السعودي الفريق الأول الركن فياض "
     "بن حامد الرويلي إلى طهران في 10 تشرين الثاني، حيث اجتمع بنظيره الإيراني اللواء محمد باقري.",
     [("MET_WITH", MBS, ARAGHCHI, "استقبل ولي العهد السعودي", "2024-10-09"),
      ("MET_WITH", MBS, FAISAL, "بحضور وزير الخارجية الأمير", "2024-10-09"),
      ("MET_WITH", ARAGHCHI, FAISAL, "بحضور وزير الخارجية الأمير", "2024-10-09"),
      ("VISITED", ARAGHCHI, RIYADH, "عباس عراقچي في الرياض", "2024-10-09"),
      ("LEADS", MBS, SAGOV, "رئيس مجلس الوزراء الأمير محمد"),
      ("LEADS", ARAGHCHI, IRFM, "وزير الخارجية الإيراني عباس"),
      ("LEADS", FAISAL, SAFM, "بحضور وزير الخارجية الأمير"),
      ("SUCCESSOR_OF", ARAGHCHI, BKANI, "لعلي باقري كني", "2024-08"),
      ("SUCCESSOR_OF", BKANI, AMIR, "تولّى الوزارة بالوكالة", "2024-05"),
      ("LEADS", RAISI, IRAN, "الرئيس إبراهيم رئيسي"),
      ("ATTACKED", IRAN, ISR, "الهجوم الصاروخي الإيراني على إسرائيل", "2024-10-01"),
      ("LEADS", RUWAILI, SAGS, "رئيس هيئة الأركان العامة السعودي"),
      ("VISITED", RUWAILI, TEHRAN, "الرويلي إلى طهران", "2024-11-10"),
      ("MET_WITH", RUWAILI, BAGHERI, "حيث اجتمع بنظيره الإيراني", "2024-11-10"),
      ("LEADS", BAGHERI, IRGS, "بنظيره الإيراني اللواء محمد"),
      ],
     {"source": "blind set (pan-Arab daily, Arabic)", "published": "2024-11-11",
      "title": "عراقچي في الرياض في أول زيارة منذ توليه الخارجية"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setHH")
