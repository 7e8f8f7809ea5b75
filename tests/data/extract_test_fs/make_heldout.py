"""Blind set FS: Saudi-Iranian and Gulf diplomacy seen from Tehran, 2020-2025: Amir-Abdollahian
received by the Saudi crown prince in Jeddah, Aug 2023 (Al-Alam English-style); the Saudi ambassador
Alanazi presenting his credentials to the martyr president Raisi, with Soleimani's "Saudi message"
in Baghdad recalled (Al-Alam Arabic); Ahmadian replacing Shamkhani and later Larijani replacing
Ahmadian at the Supreme National Security Council (English); Raisi and the crown prince at the
Riyadh summit, Nov 2023 (Arabic); the Qatari prime minister in Tehran after Haniyeh's killing,
Aug 2024 (English); the Omani foreign minister Albusaidi in Tehran, with Oman's succession of 2020
(Arabic).
Style: an Iranian Arabic-language outlet (Al-Alam style: "Leader of the Islamic Revolution", "the
Leader", "the martyr president", honorifics), with English pieces in the same voice; a killing in
Tehran that Iran blames on Israel (no claim), phone calls, a message, a "possible" visit.
Spellings: أمير عبداللهيان, Hossein Amir-Abdollahian, عبدالله بن سعود العنزي, Ali-Akbar Ahmadian,
سماحة قائد الثورة, Sheikh Mohammed bin Abdulrahman Al Thani, بدر بن حمد البوسعيدي.
Written and annotated blind (extractor neither read nor run).
A DEV set (session 19, round 2): written blind, then read by the engineers. Run:
    python tests/data/extract_test_fs/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_ft import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAN, KSA, ISRAEL, US = "country:iran", "country:saudi-arabia", "country:israel", "country:united-states"
SFM, IFM = "organization:saudi-foreign-ministry", "organization:iranian-foreign-ministry"
SNSC = "organization:supreme-national-security-council"
MBS, FBF = "person:mohammed-bin-salman", "person:faisal-bin-farhan"
RAISI, HAA, ARA, KHAM, PEZ = ("person:ebrahim-raisi", "person:hossein-amir-abdollahian", "person:abbas-araghchi",
                              "person:ali-khamenei", "person:masoud-pezeshkian")
SHAM, AHMAD, LARI = "person:ali-shamkhani", "person:ali-akbar-ahmadian", "person:ali-larijani"
ALANAZI, SHAHRI = "person:abdullah-al-anzi", "person:abdulrahman-al-shahri"
SOLE, AAM, MUH = "person:qasem-soleimani", "person:adil-abdul-mahdi", "person:abu-mahdi-al-muhandis"
MBAR, TAMIM, HANIYEH = ("person:mohammed-bin-abdulrahman-al-thani", "person:tamim-bin-hamad-al-thani",
                        "person:ismail-haniyeh")
KBK = "person:khalid-bin-khalifa-al-thani"
BUSAIDI, ALAWI, HAITHAM, QABOOS = ("person:badr-albusaidi", "person:yusuf-bin-alawi", "person:haitham-bin-tarik",
                                   "person:qaboos-bin-said")
ABOUL = "person:ahmed-aboul-gheit"

ARTICLES = [
    ("enFS1_abdollahian_jeddah", "en",
     "TEHRAN (Al-Alam) - Iranian Foreign Minister Hossein Amir-Abdollahian was received on Friday by "
     "Saudi Crown Prince Mohammed bin Salman in Jeddah, in the first such meeting since the two "
     "neighbours restored ties.\n"
     "Amir-Abdollahian conveyed the greetings of Iran's President, Ayatollah Seyyed Ebrahim Raisi, and "
     "described the talks as \"frank, useful and productive\".\n"
     "A day earlier, the Iranian diplomat had held talks in Riyadh with his Saudi counterpart Prince "
     "Faisal bin Farhan, who had visited Tehran in June.\n"
     "The top diplomat said an official invitation for President Raisi to visit the Kingdom had been "
     "delivered, and that the date of such a visit was still being discussed.\n"
     "He also spoke by telephone with his Omani counterpart before flying back to Tehran.",
     [("MET_WITH", HAA, MBS, "was received on Friday", "2023-08-18"),
      ("LEADS", HAA, IFM, "Iranian Foreign Minister Hossein"),
      ("VISITED", HAA, "location:jeddah", "Mohammed bin Salman in Jeddah", "2023-08-18"),
      ("LEADS", RAISI, IRAN, "Iran's President, Ayatollah"),
      ("MET_WITH", HAA, FBF, "had held talks in Riyadh", "2023-08-17"),
      ("VISITED", HAA, "location:riyadh", "had held talks in Riyadh", "2023-08-17"),
      ("VISITED", FBF, "location:tehran", "who had visited Tehran in June", "2023-06"),
      ("REPORTED_BY", HAA, "outlet:al-alam", "TEHRAN (Al-Alam)"),
      ],
     {"source": "blind set (Al-Alam English-style)", "published": "2023-08-18"}),

    ("arFS2_alanazi_credentials_raisi", "ar",
     "طهران - العالم - تسلّم رئيس الجمهورية الإسلامية آية الله السيد إبراهيم رئيسي، اليوم الثلاثاء، "
     "أوراق اعتماد السفير السعودي الجديد عبدالله بن سعود العنزي، أول سفير للمملكة في طهران منذ سبع "
     "سنوات.\n"
     "وكان العنزي قد عُيّن خلفاً للسفير عبدالرحمن بن غرمان الشهري الذي غادر طهران إثر قطع العلاقات عام "
     "2016.\n"
     "وقال الرئيس رئيسي خلال اللقاء إن الجمهورية الإسلامية لا ترى أي عائق أمام توسيع العلاقات مع الدول "
     "الجارة.\n"
     "ويستحضر مراقبون أن الشهيد الفريق قاسم سليماني كان يحمل رداً إيرانياً على رسالة سعودية حين "
     "اغتالته طائرة أميركية مسيّرة قرب مطار بغداد مطلع 2020، وفق ما كشفه رئيس الوزراء العراقي آنذاك "
     "عادل عبد المهدي.\n"
     "وبذلك تكتمل عودة البعثتين بعد افتتاح السفارة الإيرانية في الرياض في يونيو الماضي.",
     [("MET_WITH", RAISI, ALANAZI, "أوراق اعتماد السفير السعودي", "2023-09-05"),
      ("LEADS", RAISI, IRAN, "تسلّم رئيس الجمهورية الإسلامية"),
      ("SUCCESSOR_OF", ALANAZI, SHAHRI, "قد عُيّن خلفاً للسفير", "2023"),
      ("ASSASSINATED_BY", SOLE, US, "اغتالته طائرة أميركية", "2020-01-03"),
      ("LEADS", AAM, "organization:iraqi-government", "رئيس الوزراء العراقي آنذاك"),
      ("LOCATED_IN", "location:iranian-embassy-riyadh", "location:riyadh", "افتتاح السفارة الإيرانية في الرياض"),
      ("REPORTED_BY", RAISI, "outlet:al-alam", "طهران - العالم"),
      ],
     {"source": "blind set (Al-Alam-style Arabic)", "published": "2023-09-05"}),

    ("enFS3_snsc_secretaries", "en",
     "TEHRAN (Al-Alam) - President Ebrahim Raisi on Monday appointed Ali-Akbar Ahmadian, a former chief "
     "of the IRGC joint staff, as secretary of the Supreme National Security Council, replacing Ali "
     "Shamkhani.\n"
     "Shamkhani, who held the post for nearly ten years, signed the Beijing agreement with Saudi Arabia "
     "in March. He was appointed by the Leader of the Islamic Revolution, Ayatollah Seyyed Ali Khamenei, "
     "as a member of the Expediency Council and as his representative on the council he had led.\n"
     "Admiral Shamkhani had denied reports that he would be named to a new diplomatic post.\n"
     "Ahmadian himself left the secretariat in August 2025, when President Masoud Pezeshkian named Dr. "
     "Ali Larijani, a former parliament speaker, to succeed him. Larijani later met Saudi officials in "
     "Riyadh, according to Iranian media.",
     [("SUCCESSOR_OF", AHMAD, SHAM, "replacing Ali", "2023-05-22"),
      ("LEADS", AHMAD, SNSC, "as secretary of the Supreme"),
      ("LEADS", RAISI, IRAN, "President Ebrahim Raisi on Monday"),
      ("LEADS", KHAM, IRAN, "Leader of the Islamic Revolution"),
      ("LEADS", PEZ, IRAN, "President Masoud Pezeshkian named"),
      ("SUCCESSOR_OF", LARI, AHMAD, "to succeed him", "2025-08"),
      ("LEADS", LARI, SNSC, "to succeed him"),
      ("VISITED", LARI, "location:riyadh", "met Saudi officials in", "2025"),
      ("MEMBER_OF", LARI, "organization:iranian-parliament", "a former parliament speaker"),
      ],
     {"source": "blind set (Al-Alam English-style)", "published": "2025-09-20"}),

    ("arFS4_raisi_riyadh_summit", "ar",
     "الرياض - العالم - التقى رئيس الجمهورية الإسلامية في إيران، آية الله السيد إبراهيم رئيسي، "
     "ولي العهد السعودي محمد بن سلمان، على هامش القمة العربية الإسلامية المشتركة التي عُقدت في "
     "الرياض لبحث العدوان الصهيوني على غزة.\n"
     "وهي أول زيارة لرئيس إيراني إلى السعودية منذ أكثر من عقد، وقد رافقه وزير الخارجية حسين "
     "أمير عبداللهيان الذي شارك في اللقاء.\n"
     "ودعا سماحته في كلمته الدول الإسلامية إلى قطع العلاقات مع الكيان الصهيوني وتسليح المقاومة إذا "
     "استمر العدوان.\n"
     "والتقى رئيسي كذلك بأمير قطر الشيخ تميم بن حمد آل ثاني، بينما كان لقاء مقرر مع الأمين العام "
     "للجامعة العربية أحمد أبو الغيط قد أُلغي لضيق الوقت.\n"
     "وكان قائد الثورة الإسلامية سماحة آية الله السيد علي الخامنئي قد أكد أن الجمهورية الإسلامية تدعم "
     "المقاومة الفلسطينية.",
     [("MET_WITH", RAISI, MBS, "التقى رئيس الجمهورية الإسلامية", "2023-11-11"),
      ("LEADS", RAISI, IRAN, "التقى رئيس الجمهورية الإسلامية"),
      ("VISITED", RAISI, KSA, "أول زيارة لرئيس إيراني", "2023-11-11"),
      ("MET_WITH", HAA, MBS, "شارك في اللقاء", "2023-11-11"),
      ("MET_WITH", HAA, RAISI, "وقد رافقه وزير الخارجية", "2023-11-11"),
      ("LEADS", HAA, IFM, "وقد رافقه وزير الخارجية"),
      ("MET_WITH", RAISI, TAMIM, "والتقى رئيسي كذلك", "2023-11-11"),
      ("LEADS", TAMIM, "country:qatar", "بأمير قطر"),
      ("LEADS", ABOUL, "organization:arab-league", "للجامعة العربية أحمد"),
      ("LEADS", KHAM, IRAN, "وكان قائد الثورة الإسلامية"),
      ],
     {"source": "blind set (Al-Alam-style Arabic)", "published": "2023-11-11"}),

    ("enFS5_qatari_pm_tehran", "en",
     "TEHRAN (Al-Alam) - Qatari Prime Minister and Foreign Minister Sheikh Mohammed bin Abdulrahman Al "
     "Thani arrived in Tehran on Sunday and was received by President Masoud Pezeshkian, days after the "
     "martyrdom of Hamas political bureau chief Ismail Haniyeh in the Iranian capital.\n"
     "Sheikh Mohammed, who became premier in March 2023 in place of Sheikh Khalid bin Khalifa Al Thani, "
     "later met acting Foreign Minister Ali Bagheri Kani.\n"
     "Haniyeh was killed in a guesthouse in northern Tehran hours after attending Pezeshkian's "
     "inauguration; Iran blamed the Zionist regime, which has not commented.\n"
     "The Qatari official conveyed a message from Emir Tamim bin Hamad, who had spoken by phone with "
     "the Iranian President on Friday.\n"
     "A visit by Sheikh Mohammed to Riyadh on the way back was mentioned by Gulf media but not confirmed.",
     [("MET_WITH", MBAR, PEZ, "was received by President", "2024-08-11"),
      ("LEADS", MBAR, "organization:qatari-government", "Qatari Prime Minister and Foreign"),
      ("LEADS", MBAR, "organization:qatari-foreign-ministry", "Qatari Prime Minister and Foreign"),
      ("VISITED", MBAR, "location:tehran", "arrived in Tehran on Sunday", "2024-08-11"),
      ("LEADS", PEZ, IRAN, "was received by President"),
      ("LEADS", HANIYEH, "organization:hamas", "Hamas political bureau chief"),
      ("SUCCESSOR_OF", MBAR, KBK, "in place of Sheikh Khalid", "2023-03"),
      ("MET_WITH", MBAR, "person:ali-bagheri-kani", "later met acting", "2024-08-11"),
      ("LEADS", "person:ali-bagheri-kani", IFM, "later met acting"),
      ("LEADS", TAMIM, "country:qatar", "Emir Tamim bin Hamad"),
      ],
     {"source": "blind set (Al-Alam English-style)", "published": "2024-08-11"}),

    ("arFS6_albusaidi_tehran", "ar",
     "طهران - العالم - استقبل رئيس الجمهورية الإسلامية الدكتور مسعود بزشكيان، مساء السبت، وزيرَ "
     "الخارجية العماني السيد بدر بن حمد البوسعيدي، الذي وصل إلى طهران حاملاً رسالة من السلطان هيثم "
     "بن طارق.\n"
     "كما عقد الوزير العماني مباحثات مع نظيره الإيراني الدكتور عباس عراقجي تناولت الجولة المقبلة من "
     "المحادثات غير المباشرة مع واشنطن.\n"
     "ويُذكر أن البوسعيدي تولى حقيبة الخارجية في أغسطس 2020 خلفاً ليوسف بن علوي بن عبدالله، بعد أشهر "
     "من تولي السلطان هيثم الحكم إثر وفاة السلطان قابوس بن سعيد.\n"
     "وكان بزشكيان قد أجرى اتصالاً هاتفياً بالسلطان هيثم الأسبوع الماضي، فيما نفت الخارجية العمانية "
     "تقارير عن لقاء مرتقب بين عراقجي والمبعوث الأميركي في مسقط.",
     [("MET_WITH", PEZ, BUSAIDI, "استقبل رئيس الجمهورية الإسلامية", "2025-05"),
      ("LEADS", PEZ, IRAN, "استقبل رئيس الجمهورية الإسلامية"),
      ("LEADS", BUSAIDI, "organization:omani-foreign-ministry", "الخارجية العماني السيد"),
      ("VISITED", BUSAIDI, "location:tehran", "الذي وصل إلى طهران", "2025-05"),
      ("LEADS", HAITHAM, "country:oman", "حاملاً رسالة من السلطان"),
      ("MET_WITH", BUSAIDI, ARA, "كما عقد الوزير العماني", "2025-05"),
      ("LEADS", ARA, IFM, "نظيره الإيراني الدكتور"),
      ("SUCCESSOR_OF", BUSAIDI, ALAWI, "خلفاً ليوسف", "2020-08"),
      ("SUCCESSOR_OF", HAITHAM, QABOOS, "إثر وفاة السلطان", "2020-01"),
      ],
     {"source": "blind set (Al-Alam-style Arabic)", "published": "2025-05-17"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setFS")
