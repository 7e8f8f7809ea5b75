"""Blind set HT: Iran's diplomacy and leadership 2023-2025 as an Iranian state outlet's English and
Arabic services report it: Foreign Minister Amirabdollahian received by the Saudi crown prince in
Jeddah, Aug 2023 (English); Grossi received by Eslami and Araghchi in Tehran, Nov 2024 (Arabic); the
helicopter crash that killed Raeisi and Amir-Abdollahian, Mokhber and Bagheri Kani named in their
place, May 2024 (English); Araghchi received by al-Sisi in Cairo and a dinner with Abdelatty and
Grossi, June 2025 (Arabic); Pezeshkian's inauguration, his meetings with Haniyeh, Nakhalah and Naim
Qassem, and Haniyeh's killing with no stated agent, July 2024 (English); the Saudi defence minister
Khalid bin Salman received by Khamenei, Bagheri and Pezeshkian, April 2025 (Arabic).
Style: formal state-agency prose ("received", "in a meeting with", full ranks and honorifics,
"martyred"); excluded on purpose: phone calls, a conveyed message and an accepted invitation, a
planned site visit and a meeting not on the agenda, a crash with no agent and an Israeli denial, an
accusation by Hamas that Israel did not confirm, a written letter, an invitation with no date, a
planned onward trip, indirect talks through a mediator.
Spellings: Amirabdollahian, Raeisi, Seyyed, عراقچي, الخامنئي, Esmaeil Haniyeh, Ziyad al-Nakhala,
Qalibaf, East Azarbaijan.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_hv import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAN, SAUDI, EGYPT, ISR, AZ = ("country:iran", "country:saudi-arabia", "country:egypt", "country:israel",
                               "country:azerbaijan")
IRFM, AEOI, IAEA, GENSTAFF, IRPARL = ("organization:iranian-foreign-ministry",
                                      "organization:atomic-energy-organization-of-iran", "organization:iaea",
                                      "organization:iranian-armed-forces-general-staff",
                                      "organization:iranian-parliament")
SAFM, SAGOV, SADEF, EGFM, OMFM = ("organization:saudi-foreign-ministry", "organization:saudi-government",
                                  "organization:saudi-defence-ministry", "organization:egyptian-foreign-ministry",
                                  "organization:omani-foreign-ministry")
HAMAS, HAMASPB, PIJ, HEZ = ("organization:hamas", "organization:hamas-political-bureau",
                            "organization:palestinian-islamic-jihad", "organization:hezbollah")
TEHRAN, RIYADH, JEDDAH, CAIRO, ITTIHADIYA, MEHRABAD = ("location:tehran", "location:riyadh", "location:jeddah",
                                                       "location:cairo", "location:ittihadiya-palace",
                                                       "location:mehrabad-airport")
VARZAQAN, EAZ, DAM = "location:varzaqan", "location:east-azerbaijan-province", "location:qiz-qalasi-dam"

AMIRABD, ARAGHCHI, RAISI, PEZ, KHAM = ("person:hossein-amir-abdollahian", "person:abbas-araghchi",
                                       "person:ebrahim-raisi", "person:masoud-pezeshkian", "person:ali-khamenei")
MBS, FAISAL, KHEREIJI, SALMAN, KBS, ANZI = ("person:mohammed-bin-salman", "person:faisal-bin-farhan",
                                            "person:waleed-elkhereiji", "person:salman-bin-abdulaziz",
                                            "person:khalid-bin-salman", "person:abdullah-al-anzi")
ENAYATI, GROSSI, ESLAMI, KAMALVANDI = ("person:alireza-enayati", "person:rafael-grossi", "person:mohammad-eslami",
                                       "person:behrouz-kamalvandi")
MOKHBER, BKANI, BAGHERI, ALIYEV = ("person:mohammad-mokhber", "person:ali-bagheri-kani", "person:mohammad-bagheri",
                                   "person:ilham-aliyev")
RAHMATI, ALEHASHEM = "person:malek-rahmati", "person:mohammad-ali-al-e-hashem"
SISI, ABDELATTY, FERDOUSI = "person:abdel-fattah-al-sisi", "person:badr-abdelatty", "person:mojtaba-ferdousipour"
HANIYEH, NAKHALAH, NQASSEM, GHALIBAF = ("person:ismail-haniyeh", "person:ziad-al-nakhalah", "person:naim-qassem",
                                        "person:mohammad-bagher-ghalibaf")
BUSAIDI = "person:badr-albusaidi"

ARTICLES = [
    ("enHT1_amirabdollahian_jeddah", "en",
     "Amirabdollahian received by Saudi Crown Prince in Jeddah\n"
     "JEDDAH, Aug. 18 (IRNA) -- Iranian Foreign Minister Hossein Amirabdollahian was received by Saudi Crown "
     "Prince and Prime Minister Mohammed bin Salman in Jeddah on Friday, in the highest-level contact between "
     "the two countries since they agreed in March to restore diplomatic ties.\n"
     "During the meeting, which lasted about ninety minutes, the two sides discussed bilateral relations, "
     "regional developments and the situation of the Islamic world, the Foreign Ministry said.\n"
     "The Iranian top diplomat had arrived in Riyadh on Thursday, where he was welcomed at the airport by "
     "Saudi Deputy Foreign Minister Waleed al-Khereiji, and then held talks with his Saudi counterpart, "
     "Prince Faisal bin Farhan Al Saud.\n"
     "Iran's new ambassador to the Kingdom, Alireza Enayati, who took up his post earlier this month, "
     "attended the talks in Riyadh.\n"
     "Speaking to reporters, Amirabdollahian said he had conveyed a message from President Ayatollah Seyyed "
     "Ebrahim Raisi to the Saudi leadership, and that Raisi had accepted an invitation from King Salman bin "
     "Abdulaziz to visit the Kingdom \"at an appropriate time\".\n"
     "The two foreign ministers had spoken by telephone several times since the embassies reopened in June.",
     [("LEADS", AMIRABD, IRFM, "Iranian Foreign Minister Hossein Amirabdollahian"),
      ("MET_WITH", AMIRABD, MBS, "was received by Saudi Crown", "2023-08-18"),
      ("LEADS", MBS, SAGOV, "Prince and Prime Minister Mohammed"),
      ("VISITED", AMIRABD, JEDDAH, "in Jeddah on Friday", "2023-08-18"),
      ("VISITED", AMIRABD, RIYADH, "had arrived in Riyadh on Thursday", "2023-08-17"),
      ("MET_WITH", AMIRABD, KHEREIJI, "welcomed at the airport by", "2023-08-17"),
      ("MEMBER_OF", KHEREIJI, SAFM, "Saudi Deputy Foreign Minister Waleed"),
      ("MET_WITH", AMIRABD, FAISAL, "held talks with his Saudi counterpart", "2023-08-17"),
      ("LEADS", FAISAL, SAFM, "his Saudi counterpart, Prince Faisal"),
      ("MET_WITH", ENAYATI, AMIRABD, "attended the talks in Riyadh", "2023-08-17"),
      ("MET_WITH", ENAYATI, FAISAL, "attended the talks in Riyadh", "2023-08-17"),
      ("LEADS", RAISI, IRAN, "President Ayatollah Seyyed"),
      ("LEADS", SALMAN, SAUDI, "King Salman bin"),
      ],
     {"source": "blind set (Iranian state agency, English)", "published": "2023-08-18"}),

    ("arHT2_grossi_eslami_araghchi_tehran", "ar",
     "إسلامي وعراقجي يستقبلان المدير العام للوكالة الدولية للطاقة الذرية\n"
     "طهران - إرنا - استقبل نائب رئيس الجمهورية ورئيس منظمة الطاقة الذرية الإيرانية محمد إسلامي، صباح "
     "اليوم الخميس، المدير العام للوكالة الدولية للطاقة الذرية رافائيل غروسي، الذي وصل إلى طهران مساء "
     "الأربعاء في زيارة رسمية تستغرق يومين.\n"
     "وبحث الجانبان، بحضور المتحدث باسم المنظمة بهروز كمالوندي، آخر المستجدات في التعاون الفني بين إيران "
     "والوكالة وآلية تنفيذ البيان المشترك الموقّع في آذار/مارس 2023.\n"
     "وكان غروسي قد التقى مساء الأربعاء وزير الخارجية عباس عراقجي، الذي أكد أن طهران «مستعدة للتفاوض على "
     "أساس مصالحها الوطنية، لكنها لن تتفاوض تحت الضغط والترهيب».\n"
     "وأفاد مصدر مطلع في المنظمة بأن المدير العام سيتوجّه غداً الجمعة إلى منشأتَي نطنز وفوردو، فيما لم "
     "يُدرَج على جدول الزيارة أي لقاء مع رئيس الجمهورية مسعود بزشكيان.\n"
     "وتأتي الزيارة بعد أيام من اتصال هاتفي أجراه عراقجي مع غروسي، وقبل أسبوع من اجتماع مجلس محافظي الوكالة "
     "في فيينا، حيث تسعى الترويكا الأوروبية إلى استصدار قرار ضد إيران.",
     [("LEADS", ESLAMI, AEOI, "ورئيس منظمة الطاقة الذرية الإيرانية محمد"),
      ("MET_WITH", ESLAMI, GROSSI, "استقبل نائب رئيس الجمهورية", "2024-11-14"),
      ("LEADS", GROSSI, IAEA, "المدير العام للوكالة الدولية للطاقة الذرية رافائيل"),
      ("VISITED", GROSSI, TEHRAN, "الذي وصل إلى طهران", "2024-11-13"),
      ("MET_WITH", KAMALVANDI, ESLAMI, "بحضور المتحدث باسم المنظمة", "2024-11-14"),
      ("MET_WITH", KAMALVANDI, GROSSI, "بحضور المتحدث باسم المنظمة", "2024-11-14"),
      ("MEMBER_OF", KAMALVANDI, AEOI, "المتحدث باسم المنظمة بهروز"),
      ("MET_WITH", GROSSI, ARAGHCHI, "قد التقى مساء الأربعاء", "2024-11-13"),
      ("LEADS", ARAGHCHI, IRFM, "وزير الخارجية عباس عراقجي"),
      ("LEADS", PEZ, IRAN, "رئيس الجمهورية مسعود"),
      ],
     {"source": "blind set (Iranian state agency, Arabic)", "published": "2024-11-14"}),

    ("enHT3_raeisi_helicopter_mokhber", "en",
     "President Raeisi, FM Amir-Abdollahian martyred in helicopter crash; Mokhber to run executive\n"
     "TEHRAN -- President Ayatollah Seyyed Ebrahim Raeisi, Foreign Minister Hossein Amir-Abdollahian and their "
     "companions were martyred when their helicopter crashed in the mountainous Varzaqan region of East "
     "Azarbaijan Province on Sunday afternoon.\n"
     "Also on board were the Governor-General of East Azarbaijan, Malek Rahmati, and Tabriz Friday prayer "
     "leader Ayatollah Mohammad Ali Al-e Hashem, who had accompanied the president earlier in the day at the "
     "inauguration of the Qiz Qalasi dam on the Aras River.\n"
     "At the ceremony Raeisi held talks with Azerbaijani President Ilham Aliyev on transit and energy projects.\n"
     "On Monday, Leader of the Islamic Revolution Ayatollah Seyyed Ali Khamenei entrusted First Vice-President "
     "Mohammad Mokhber with running the executive branch in place of Raeisi, pending an election within fifty "
     "days.\n"
     "Hours later the cabinet appointed Ali Bagheri Kani, the chief nuclear negotiator, as acting foreign "
     "minister to replace the late Amir-Abdollahian.\n"
     "Chief of Staff of the Armed Forces Major General Mohammad Bagheri ordered a high-ranking committee to "
     "investigate the cause of the crash.\n"
     "An Israeli official, speaking on condition of anonymity, told Reuters that Israel was not involved.",
     [("LEADS", RAISI, IRAN, "President Ayatollah Seyyed Ebrahim Raeisi"),
      ("LEADS", AMIRABD, IRFM, "Foreign Minister Hossein Amir-Abdollahian and"),
      ("LOCATED_IN", VARZAQAN, EAZ, "Varzaqan region of East"),
      ("VISITED", RAISI, DAM, "inauguration of the Qiz Qalasi dam", "2024-05-19"),
      ("VISITED", RAHMATI, DAM, "inauguration of the Qiz Qalasi dam", "2024-05-19"),
      ("VISITED", ALEHASHEM, DAM, "inauguration of the Qiz Qalasi dam", "2024-05-19"),
      ("MET_WITH", RAISI, ALIYEV, "Raeisi held talks with Azerbaijani President", "2024-05-19"),
      ("LEADS", ALIYEV, AZ, "Azerbaijani President Ilham"),
      ("LEADS", KHAM, IRAN, "Leader of the Islamic Revolution Ayatollah"),
      ("SUCCESSOR_OF", MOKHBER, RAISI, "in place of Raeisi", "2024-05-20"),
      ("SUCCESSOR_OF", BKANI, AMIRABD, "to replace the late Amir-Abdollahian", "2024-05-20"),
      ("LEADS", BKANI, IRFM, "as acting foreign"),
      ("LEADS", BAGHERI, GENSTAFF, "Chief of Staff of the Armed Forces Major General"),
      ],
     {"source": "blind set (Iranian state outlet, English)", "published": "2024-05-20"}),

    ("arHT4_araghchi_sisi_cairo", "ar",
     "الرئيس المصري يستقبل عراقچي في القاهرة\n"
     "القاهرة - إرنا - استقبل الرئيس المصري عبد الفتاح السيسي، اليوم الإثنين، وزير خارجية الجمهورية "
     "الإسلامية الإيرانية السيد عباس عراقچي، في ثاني زيارة له إلى القاهرة خلال أقل من عام.\n"
     "وجرى اللقاء في قصر الاتحادية بحضور وزير الخارجية المصري بدر عبد العاطي، وتناول تطورات غزة والملف "
     "النووي الإيراني وسبل تطوير العلاقات الثنائية.\n"
     "وكان عراقچي قد عقد لدى وصوله جلسة مباحثات مع عبد العاطي، شارك فيها رئيس مكتب رعاية المصالح الإيرانية "
     "في القاهرة مجتبى فردوسي بور.\n"
     "وفي المساء، التقى عراقچي المدير العام للوكالة الدولية للطاقة الذرية رافائيل غروسي على مأدبة عشاء "
     "أقامها عبد العاطي على شرف الضيفين.\n"
     "وقال عراقچي للصحفيين إن استئناف العلاقات على مستوى السفراء «مسألة وقت»، من دون أن يحدد موعداً، "
     "مشيراً إلى أن الرئيس مسعود بزشكيان كان قد تلقى الأسبوع الماضي اتصالاً هاتفياً من نظيره المصري.\n"
     "ومن المقرر أن يتوجه وزير الخارجية الإيراني غداً إلى بيروت.",
     [("LEADS", SISI, EGYPT, "الرئيس المصري عبد الفتاح"),
      ("MET_WITH", SISI, ARAGHCHI, "استقبل الرئيس المصري", "2025-06-02"),
      ("LEADS", ARAGHCHI, IRFM, "وزير خارجية الجمهورية"),
      ("VISITED", ARAGHCHI, CAIRO, "في ثاني زيارة له إلى القاهرة", "2025-06-02"),
      ("VISITED", ARAGHCHI, ITTIHADIYA, "وجرى اللقاء في قصر الاتحادية", "2025-06-02"),
      ("MET_WITH", ABDELATTY, SISI, "بحضور وزير الخارجية المصري", "2025-06-02"),
      ("MET_WITH", ABDELATTY, ARAGHCHI, "بحضور وزير الخارجية المصري", "2025-06-02"),
      ("LEADS", ABDELATTY, EGFM, "وزير الخارجية المصري بدر"),
      ("MET_WITH", FERDOUSI, ARAGHCHI, "شارك فيها رئيس مكتب رعاية", "2025-06-02"),
      ("MET_WITH", FERDOUSI, ABDELATTY, "شارك فيها رئيس مكتب رعاية", "2025-06-02"),
      ("MET_WITH", ARAGHCHI, GROSSI, "التقى عراقچي المدير العام", "2025-06-02"),
      ("MET_WITH", ABDELATTY, GROSSI, "أقامها عبد العاطي على شرف الضيفين", "2025-06-02"),
      ("LEADS", GROSSI, IAEA, "المدير العام للوكالة الدولية للطاقة الذرية رافائيل"),
      ("LEADS", PEZ, IRAN, "الرئيس مسعود بزشكيان"),
      ],
     {"source": "blind set (Iranian state agency, Arabic)", "published": "2025-06-02"}),

    ("enHT5_pezeshkian_inauguration_haniyeh", "en",
     "President Pezeshkian receives Haniyeh, Nakhala hours before Hamas leader's martyrdom\n"
     "TEHRAN, July 31 (IRNA) -- President Masoud Pezeshkian, who was sworn in before the Islamic Consultative "
     "Assembly on Tuesday as the ninth president of the Islamic Republic, succeeding the martyred Ayatollah "
     "Seyyed Ebrahim Raisi, received several foreign dignitaries who had come to Tehran for the ceremony.\n"
     "In a meeting with the head of the Political Bureau of the Islamic Resistance Movement (Hamas), Esmaeil "
     "Haniyeh, the President said the Islamic Republic would continue its support for Hamas and the "
     "Palestinian resistance.\n"
     "Pezeshkian also received Ziyad al-Nakhala, Secretary-General of the Islamic Jihad Movement, and "
     "separately Sheikh Naim Qassem, deputy secretary-general of Hezbollah.\n"
     "Haniyeh, who had also met the Leader of the Islamic Revolution, Ayatollah Khamenei, on Tuesday, was "
     "martyred early on Wednesday together with one of his bodyguards when the residence where they were "
     "staying in northern Tehran was struck, the IRGC said, adding that the incident was under investigation.\n"
     "Hamas blamed the Zionist regime for the assassination; Israeli officials declined to comment.\n"
     "The session of the Assembly, chaired by Speaker Mohammad Bagher Qalibaf, was attended by delegations "
     "from more than eighty countries.",
     [("LEADS", PEZ, IRAN, "as the ninth president"),
      ("SUCCESSOR_OF", PEZ, RAISI, "succeeding the martyred Ayatollah", "2024-07-30"),
      ("MET_WITH", PEZ, HANIYEH, "In a meeting with the head of the Political Bureau", "2024-07-30"),
      ("LEADS", HANIYEH, HAMASPB, "the head of the Political Bureau"),
      ("SUPPORTS", IRAN, HAMAS, "would continue its support for Hamas"),
      ("MET_WITH", PEZ, NAKHALAH, "Pezeshkian also received Ziyad", "2024-07-30"),
      ("LEADS", NAKHALAH, PIJ, "Secretary-General of the Islamic Jihad"),
      ("MET_WITH", PEZ, NQASSEM, "separately Sheikh Naim Qassem", "2024-07-30"),
      ("MEMBER_OF", NQASSEM, HEZ, "deputy secretary-general of Hezbollah"),
      ("MET_WITH", HANIYEH, KHAM, "who had also met the Leader", "2024-07-30"),
      ("LEADS", KHAM, IRAN, "the Leader of the Islamic Revolution, Ayatollah"),
      ("VISITED", HANIYEH, TEHRAN, "staying in northern Tehran", "2024-07-30"),
      ("LEADS", GHALIBAF, IRPARL, "chaired by Speaker Mohammad"),
      ],
     {"source": "blind set (Iranian state agency, English)", "published": "2024-07-31"}),

    ("arHT6_khalid_bin_salman_tehran", "ar",
     "قائد الثورة يستقبل وزير الدفاع السعودي\n"
     "طهران - إرنا - استقبل قائد الثورة الإسلامية آية الله السيد علي الخامنئي، اليوم الخميس، وزير الدفاع "
     "السعودي الأمير خالد بن سلمان بن عبد العزيز، الذي سلّمه رسالة خطية من خادم الحرمين الشريفين الملك سلمان "
     "بن عبد العزيز.\n"
     "وكان الضيف السعودي قد وصل إلى طهران صباح اليوم على رأس وفد رفيع، في أرفع زيارة لمسؤول سعودي منذ نحو "
     "ثلاثة عقود، واستقبله في مطار مهرآباد رئيس هيئة الأركان العامة للقوات المسلحة اللواء محمد باقري، قبل أن "
     "يعقد الجانبان جلسة مباحثات عسكرية.\n"
     "والتقى الأمير خالد لاحقاً رئيس الجمهورية مسعود بزشكيان، بحضور السفير السعودي لدى طهران عبد الله بن "
     "سعود العنزي.\n"
     "ونقل وزير الدفاع السعودي دعوة إلى بزشكيان لزيارة الرياض، من دون تحديد موعد للزيارة.\n"
     "وتأتي الزيارة بعد أيام من الجولة الأولى من المحادثات غير المباشرة بين طهران وواشنطن في مسقط، التي "
     "جرت بوساطة وزير الخارجية العُماني بدر البوسعيدي.",
     [("LEADS", KHAM, IRAN, "قائد الثورة الإسلامية آية الله"),
      ("MET_WITH", KHAM, KBS, "استقبل قائد الثورة الإسلامية", "2025-04-17"),
      ("LEADS", KBS, SADEF, "وزير الدفاع السعودي الأمير خالد"),
      ("LEADS", SALMAN, SAUDI, "خادم الحرمين الشريفين الملك سلمان"),
      ("VISITED", KBS, TEHRAN, "قد وصل إلى طهران صباح اليوم", "2025-04-17"),
      ("VISITED", KBS, MEHRABAD, "واستقبله في مطار مهرآباد", "2025-04-17"),
      ("MET_WITH", KBS, BAGHERI, "واستقبله في مطار مهرآباد", "2025-04-17"),
      ("LEADS", BAGHERI, GENSTAFF, "رئيس هيئة الأركان العامة للقوات المسلحة اللواء"),
      ("MET_WITH", KBS, PEZ, "والتقى الأمير خالد لاحقاً", "2025-04-17"),
      ("LEADS", PEZ, IRAN, "رئيس الجمهورية مسعود"),
      ("MET_WITH", ANZI, KBS, "بحضور السفير السعودي", "2025-04-17"),
      ("MET_WITH", ANZI, PEZ, "بحضور السفير السعودي", "2025-04-17"),
      ("LEADS", BUSAIDI, OMFM, "وزير الخارجية العُماني بدر"),
      ],
     {"source": "blind set (Iranian state agency, Arabic)", "published": "2025-04-17"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setHT")
