"""Blind set HA: the wider Middle East 2019-2025 as a weekly briefing: Fuad Shukr's killing in
Beirut, Mikati and the UNIFIL commander, an expected Hochstein visit (English); Hamas after the
Sinwars, Haddad taking over in Gaza, a three-way meeting in Doha and a denied meeting with Witkoff
(Arabic); Iran's new chief of staff after Israel's June 2025 strikes, and the Saudi defence
minister's April visit to Tehran (English); Yemen week: the Saudi ambassador in Sanaa, the Houthi
negotiator in Muscat (Arabic); Syria week: Trump and al-Shara in Riyadh, Shaibani and Rubio in
Antalya (English); Lebanon week: Larijani replaces Ahmadian and tours Beirut (Arabic).
Style: weekly briefing with bullet items, quotes, denials and planned or expected meetings; lists
and passive voice; titles before names; phone and video calls; killings with and without a stated
agent.
Spellings: Fuad Shukr, Pezeshkiyan, Abdulrahim Musavi, Ahmed al-Shara, الحوثى, الحيّة.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_ha import ALL  # noqa: E402

HERE = Path(__file__).parent

ISR, IRN, LEB, SYR, TUR, USA = ("country:israel", "country:iran", "country:lebanon", "country:syria",
                                "country:turkey", "country:united-states")
IDF, HZB, HAMAS, IRGC = ("organization:israel-defense-forces", "organization:hezbollah", "organization:hamas",
                         "organization:irgc")
SHUKR, NASR, BERRI, MIK, HOCH, LAZ, AROURI = (
    "person:fouad-shukr", "person:hassan-nasrallah", "person:nabih-berri", "person:najib-mikati",
    "person:amos-hochstein", "person:aroldo-lazaro", "person:saleh-al-arouri")
NETAN, MSINW, YSINW, HADDAD, HAYYA, MBAR, RASH, HQASSEM, WITK, BOEHLER = (
    "person:benjamin-netanyahu", "person:mohammed-sinwar", "person:yahya-sinwar", "person:izz-al-din-al-haddad",
    "person:khalil-al-hayya", "person:mohammed-bin-abdulrahman-al-thani", "person:hassan-rashad",
    "person:hazem-qassem", "person:steve-witkoff", "person:adam-boehler")
MOUSAVI, BAGHERI, SALAMI, KBS, KHAM, PEZ, MBS, BAGHAEI, ARAG = (
    "person:abdolrahim-mousavi", "person:mohammad-bagheri", "person:hossein-salami", "person:khalid-bin-salman",
    "person:ali-khamenei", "person:masoud-pezeshkian", "person:mohammed-bin-salman", "person:esmaeil-baghaei",
    "person:abbas-araghchi")
MASHAT, JABER, MAHOUTHI, ABDULSALAM, GRUND, BUSAIDI, ALIMI = (
    "person:mahdi-al-mashat", "person:mohammed-al-jaber", "person:mohammed-ali-al-houthi",
    "person:mohammed-abdulsalam", "person:hans-grundberg", "person:badr-albusaidi", "person:rashad-al-alimi")
TRUMP, SHARAA, ERD, SHAIB, RUBIO, FIDAN, BARRACK = (
    "person:donald-trump", "person:ahmed-al-sharaa", "person:recep-tayyip-erdogan", "person:asaad-al-shaibani",
    "person:marco-rubio", "person:hakan-fidan", "person:tom-barrack")
LARI, AHMAD, AOUN, SALAM, RAJJI, NQASSEM = (
    "person:ali-larijani", "person:ali-akbar-ahmadian", "person:joseph-aoun", "person:nawaf-salam",
    "person:youssef-rajji", "person:naim-qassem")

ARTICLES = [
    ("enHA1_week_shukr_killed", "en",
     "WEEKLY BRIEFING | Lebanon front, July 27 - Aug 2, 2024\n"
     "- Beirut: Israel said it killed Hezbollah's most senior military commander, Fuad Shukr, known as "
     "Hajj Mohsen, in a strike on a building in Haret Hreik on Tuesday evening. Hezbollah confirmed his "
     "death the following night.\n"
     "- The Israeli army presented the strike as retaliation for the rocket that killed 12 children in "
     "Majdal Shams on July 27; Hezbollah denied firing it.\n"
     "- \"We are in a new phase,\" Hezbollah leader Hassan Nasrallah said at Shukr's funeral on Thursday, "
     "promising a response \"whatever the consequences\".\n"
     "- Earlier in the week, caretaker Prime Minister Najib Mikati held talks at the Grand Serail with the "
     "commander of UNIFIL, Lieutenant General Aroldo Lazaro, who urged restraint on both sides.\n"
     "- Seven months on, no one has claimed the January drone strike in Musharafieh that killed deputy "
     "Hamas leader Saleh al-Arouri.\n"
     "- Coming up: US envoy Amos Hochstein is expected in Beirut next week to meet Speaker Nabih Berri; "
     "a meeting with Mikati has been proposed but not confirmed.",
     [("ASSASSINATED_BY", SHUKR, ISR, "Israel said it killed Hezbollah's", "2024-07-30"),
      ("MEMBER_OF", SHUKR, HZB, "most senior military commander, Fuad Shukr"),
      ("LEADS", NASR, HZB, "Hezbollah leader Hassan Nasrallah"),
      ("MET_WITH", MIK, LAZ, "held talks at the Grand Serail", "2024-07"),
      ("LEADS", MIK, "organization:lebanese-government", "caretaker Prime Minister Najib Mikati"),
      ("LEADS", LAZ, "organization:unifil", "the commander of UNIFIL"),
      ("MEMBER_OF", AROURI, HAMAS, "deputy Hamas leader Saleh"),
      ("LEADS", BERRI, "organization:lebanese-parliament", "Speaker Nabih Berri"),
      ],
     {"source": "blind set (weekly briefing, English)", "published": "2024-08-02"}),

    ("arHA2_hamas_after_the_sinwars", "ar",
     "الموجز الأسبوعي | حماس بعد السنوارَين: قيادة في الظل ومفاوضات متعثرة\n"
     "- أعلن رئيس الوزراء الإسرائيلي بنيامين نتنياهو أن الجيش الإسرائيلي قتل محمد السنوار، قائد الحركة "
     "في غزة وشقيق يحيى السنوار، في غارة على المستشفى الأوروبي في خان يونس.\n"
     "- ولم تؤكد الحركة مقتله إلا بعد أشهر، وآلت القيادة العسكرية في القطاع إلى عز الدين الحداد، قائد "
     "لواء غزة في كتائب القسام، خلفاً له.\n"
     "- في الدوحة، اجتمع رئيس وفد الحركة المفاوض خليل الحيّة برئيس الوزراء القطري الشيخ محمد بن عبد "
     "الرحمن آل ثاني ورئيس جهاز المخابرات العامة المصرية حسن رشاد، في لقاء ثلاثي لبحث المقترح الأميركي.\n"
     "- «لم يُعقد أي لقاء بين الحيّة والمبعوث الأميركي ستيف ويتكوف، ولا نية لذلك حالياً»، قال المتحدث "
     "باسم الحركة حازم قاسم، نافياً تقارير إسرائيلية.\n"
     "- وكان المبعوث الأميركي لشؤون الرهائن آدم بولر قد اجتمع مباشرة بقادة من حماس في الدوحة في "
     "آذار/مارس، في سابقة أثارت غضب تل أبيب.\n"
     "- الأسبوع المقبل: يُنتظر أن يزور وفد من الحركة القاهرة للقاء مسؤولين مصريين.",
     [("LEADS", NETAN, "organization:israeli-government", "رئيس الوزراء الإسرائيلي بنيامين نتنياهو"),
      ("ASSASSINATED_BY", MSINW, IDF, "أن الجيش الإسرائيلي قتل محمد السنوار", "2025-05-13"),
      ("MEMBER_OF", MSINW, HAMAS, "قائد الحركة في غزة"),
      ("SUCCESSOR_OF", HADDAD, MSINW, "وآلت القيادة العسكرية في القطاع", "2025"),
      ("MEMBER_OF", HADDAD, "organization:qassam-brigades", "لواء غزة في كتائب القسام"),
      ("MET_WITH", HAYYA, MBAR, "اجتمع رئيس وفد الحركة المفاوض", "2025"),
      ("MET_WITH", HAYYA, RASH, "ورئيس جهاز المخابرات العامة المصرية حسن رشاد", "2025"),
      ("MET_WITH", MBAR, RASH, "في لقاء ثلاثي", "2025"),
      ("VISITED", RASH, "location:doha", "- في الدوحة، اجتمع", "2025"),
      ("MEMBER_OF", HAYYA, HAMAS, "رئيس وفد الحركة المفاوض خليل الحيّة"),
      ("LEADS", MBAR, "organization:qatari-government", "برئيس الوزراء القطري الشيخ"),
      ("LEADS", RASH, "organization:egyptian-general-intelligence", "ورئيس جهاز المخابرات"),
      ("MEMBER_OF", HQASSEM, HAMAS, "باسم الحركة حازم قاسم"),
      ("MET_WITH", BOEHLER, HAMAS, "اجتمع مباشرة بقادة من حماس", "2025-03"),
      ("VISITED", BOEHLER, "location:doha", "بقادة من حماس في الدوحة", "2025-03"),
      ],
     {"source": "blind set (weekly briefing, Arabic)", "published": "2025-08-30"}),

    ("enHA3_iran_new_chief_of_staff", "en",
     "IRAN-GULF WEEKLY | June 16-22, 2025\n"
     "- Tehran: Major General Abdulrahim Musavi, until now commander of the regular army, was appointed "
     "chief of staff of the armed forces, replacing Mohammad Bagheri, who was killed in Israel's opening "
     "strikes on June 13.\n"
     "- The Israeli military said it had killed Bagheri along with the commander of the Revolutionary "
     "Guards, Hossein Salami.\n"
     "- Bagheri had hosted Saudi Defence Minister Prince Khalid bin Salman in Tehran in April, the "
     "highest-level Saudi visit in decades; the prince was also received by Supreme Leader Ali "
     "Khamenei and, separately, by President Masoud Pezeshkiyan.\n"
     "- Riyadh condemned the strikes, and Crown Prince Mohammed bin Salman called Pezeshkiyan on "
     "Saturday.\n"
     "- \"Iran has not asked anyone to mediate,\" foreign ministry spokesman Esmaeil Baghaei said, "
     "denying reports that Foreign Minister Abbas Araghchi would meet Steve Witkoff in Oslo.\n"
     "- Next: Araghchi is due in Istanbul on Sunday for a ministerial meeting of the Organisation of "
     "Islamic Cooperation.",
     [("LEADS", MOUSAVI, "organization:iranian-armed-forces-general-staff", "was appointed chief of staff"),
      ("LEADS", MOUSAVI, "organization:iranian-army", "until now commander of the regular army"),
      ("SUCCESSOR_OF", MOUSAVI, BAGHERI, "replacing Mohammad Bagheri", "2025-06-13"),
      ("ASSASSINATED_BY", BAGHERI, IDF, "it had killed Bagheri", "2025-06-13"),
      ("ASSASSINATED_BY", SALAMI, IDF, "Guards, Hossein Salami", "2025-06-13"),
      ("LEADS", SALAMI, IRGC, "the commander of the Revolutionary"),
      ("MET_WITH", BAGHERI, KBS, "Bagheri had hosted Saudi", "2025-04-17"),
      ("LEADS", KBS, "organization:saudi-defence-ministry", "Saudi Defence Minister Prince Khalid"),
      ("VISITED", KBS, "location:tehran", "bin Salman in Tehran in April", "2025-04-17"),
      ("MET_WITH", KBS, KHAM, "the prince was also received by", "2025-04-17"),
      ("LEADS", KHAM, IRN, "Supreme Leader Ali"),
      ("MET_WITH", KBS, PEZ, "President Masoud Pezeshkiyan", "2025-04-17"),
      ("MEMBER_OF", BAGHAEI, "organization:iranian-foreign-ministry", "foreign ministry spokesman Esmaeil"),
      ("LEADS", ARAG, "organization:iranian-foreign-ministry", "Foreign Minister Abbas Araghchi"),
      ],
     {"source": "blind set (weekly briefing, English)", "published": "2025-06-22"}),

    ("arHA4_yemen_week_sanaa_muscat", "ar",
     "نشرة اليمن الأسبوعية | 9-15 نيسان/أبريل 2023\n"
     "- صنعاء: استقبل رئيس المجلس السياسي الأعلى مهدي المشاط السفيرَ السعودي لدى اليمن محمد آل جابر، "
     "يرافقه وفد عُماني، في أول زيارة علنية لمسؤول سعودي إلى صنعاء منذ 2015.\n"
     "- وقال عضو المجلس السياسي الأعلى محمد علي الحوثى إن المحادثات «جادة» لكنها «لم تصل بعد إلى اتفاق "
     "نهائي».\n"
     "- مسقط: التقى رئيس الوفد الوطني المفاوض محمد عبد السلام المبعوثَ الأممي الخاص إلى اليمن هانس "
     "غروندبرغ، ثم وزيرَ الخارجية العماني بدر البوسعيدي.\n"
     "- نفى عبد السلام وجود أي مفاوضات مباشرة مع واشنطن، قائلاً لقناة «المسيرة» إن «الحديث عن لقاءات "
     "مع الأميركيين عارٍ عن الصحة».\n"
     "- أُفرج خلال الأسبوع عن نحو 900 أسير من الطرفين بإشراف اللجنة الدولية للصليب الأحمر.\n"
     "- المرتقب: زيارة متوقعة لغروندبرغ إلى الرياض للقاء رئيس مجلس القيادة الرئاسي رشاد العليمي.",
     [("LEADS", MASHAT, "organization:houthi-supreme-political-council", "رئيس المجلس السياسي الأعلى مهدي"),
      ("MET_WITH", MASHAT, JABER, "السفيرَ السعودي لدى اليمن", "2023-04-09"),
      ("VISITED", JABER, "location:sanaa", "لمسؤول سعودي إلى صنعاء", "2023-04-09"),
      ("MEMBER_OF", MAHOUTHI, "organization:houthi-supreme-political-council", "عضو المجلس السياسي الأعلى محمد"),
      ("MET_WITH", ABDULSALAM, GRUND, "مسقط: التقى رئيس الوفد", "2023-04"),
      ("MET_WITH", ABDULSALAM, BUSAIDI, "ثم وزيرَ الخارجية العماني", "2023-04"),
      ("LEADS", BUSAIDI, "organization:omani-foreign-ministry", "العماني بدر البوسعيدي"),
      ("REPORTED_BY", ABDULSALAM, "outlet:al-masirah", "قائلاً لقناة «المسيرة»"),
      ("LEADS", ALIMI, "organization:presidential-leadership-council", "رئيس مجلس القيادة الرئاسي"),
      ],
     {"source": "blind set (weekly briefing, Arabic)", "published": "2023-04-15"}),

    ("enHA5_syria_week_riyadh", "en",
     "SYRIA WEEKLY | May 12-18, 2025\n"
     "- Riyadh: US President Donald Trump met Syria's interim president, Ahmed al-Shara, on Wednesday in "
     "the Saudi capital, the first such meeting in 25 years.\n"
     "- Crown Prince Mohammed bin Salman hosted and attended the talks, while Turkish President Recep "
     "Tayyip Erdogan joined by video link.\n"
     "- \"He's a young, attractive guy. Tough guy,\" Trump told reporters afterwards, a day after "
     "announcing that US sanctions on Syria would be lifted.\n"
     "- Antalya: Foreign Minister Asaad al-Shaibani held talks with Secretary of State Marco Rubio on "
     "Thursday on the sidelines of a NATO gathering, with Turkey's Hakan Fidan also at the table.\n"
     "- Coming up: the US ambassador to Turkey, Tom Barrack, is expected to be named special envoy for "
     "Syria; a first meeting with al-Shara in Istanbul is planned for later this month.\n"
     "- Damascus denied an Israeli media report that al-Shara had met Israeli officials in Abu Dhabi.",
     [("LEADS", TRUMP, USA, "US President Donald Trump"),
      ("MET_WITH", TRUMP, SHARAA, "Donald Trump met Syria's", "2025-05-14"),
      ("LEADS", SHARAA, SYR, "Syria's interim president"),
      ("VISITED", TRUMP, "location:riyadh", "Riyadh: US President", "2025-05-14"),
      ("VISITED", SHARAA, "location:riyadh", "on Wednesday in the Saudi capital", "2025-05-14"),
      ("MET_WITH", MBS, TRUMP, "hosted and attended the talks", "2025-05-14"),
      ("MET_WITH", MBS, SHARAA, "Crown Prince Mohammed bin Salman hosted", "2025-05-14"),
      ("LEADS", ERD, TUR, "Turkish President Recep"),
      ("LEADS", SHAIB, "organization:syrian-foreign-ministry", "Foreign Minister Asaad al-Shaibani"),
      ("MET_WITH", SHAIB, RUBIO, "held talks with Secretary of State", "2025-05-15"),
      ("MET_WITH", SHAIB, FIDAN, "with Turkey's Hakan Fidan", "2025-05-15"),
      ("MET_WITH", RUBIO, FIDAN, "also at the table", "2025-05-15"),
      ("LEADS", RUBIO, "organization:us-state-department", "Secretary of State Marco Rubio"),
      ("VISITED", SHAIB, "location:antalya", "Antalya: Foreign Minister", "2025-05-15"),
      ("VISITED", RUBIO, "location:antalya", "on the sidelines of a NATO gathering", "2025-05-15"),
      ],
     {"source": "blind set (weekly briefing, English)", "published": "2025-05-18"}),

    ("arHA6_lebanon_week_larijani", "ar",
     "الموجز الأسبوعي – لبنان | 11-17 آب/أغسطس 2025\n"
     "- طهران: عُيّن علي لاريجاني، رئيس مجلس الشورى الإيراني الأسبق، أميناً للمجلس الأعلى للأمن القومي "
     "خلفاً لعلي أكبر أحمديان.\n"
     "- بيروت: في أول جولة خارجية له بمنصبه الجديد، زار لاريجاني بيروت الأربعاء، حيث التقى رئيس "
     "الجمهورية جوزاف عون، ثم رئيس مجلس النواب نبيه بري، فرئيس الحكومة نواف سلام.\n"
     "- «لبنان يرفض أي تدخل في شؤونه الداخلية»، قال عون للضيف الإيراني، في إشارة إلى تصريحات إيرانية "
     "ضد قرار الحكومة حصر السلاح بيد الدولة.\n"
     "- لم يلتقِ لاريجاني وزيرَ الخارجية يوسف رجي، الذي كان خارج البلاد، ونفت الوزارة تقارير عن "
     "«مقاطعة متعمدة».\n"
     "- وأفادت قناة «المنار» بأن الأمين العام لحزب الله الشيخ نعيم قاسم استقبل المسؤول الإيراني مساء "
     "الأربعاء.\n"
     "- المرتقب: زيارة محتملة لوزير الخارجية عباس عراقجي إلى بيروت لم يُحدد موعدها بعد.",
     [("LEADS", LARI, "organization:supreme-national-security-council", "أميناً للمجلس الأعلى للأمن القومي"),
      ("LEADS", LARI, "organization:iranian-parliament", "رئيس مجلس الشورى الإيراني الأسبق"),
      ("SUCCESSOR_OF", LARI, AHMAD, "خلفاً لعلي أكبر أحمديان", "2025-08-05"),
      ("VISITED", LARI, "location:beirut", "زار لاريجاني بيروت الأربعاء", "2025-08-13"),
      ("MET_WITH", LARI, AOUN, "حيث التقى رئيس الجمهورية", "2025-08-13"),
      ("LEADS", AOUN, LEB, "رئيس الجمهورية جوزاف عون"),
      ("MET_WITH", LARI, BERRI, "ثم رئيس مجلس النواب", "2025-08-13"),
      ("LEADS", BERRI, "organization:lebanese-parliament", "رئيس مجلس النواب نبيه بري"),
      ("MET_WITH", LARI, SALAM, "فرئيس الحكومة نواف سلام", "2025-08-13"),
      ("LEADS", SALAM, "organization:lebanese-government", "الحكومة نواف سلام"),
      ("LEADS", RAJJI, "organization:lebanese-foreign-ministry", "وزيرَ الخارجية يوسف رجي"),
      ("MET_WITH", NQASSEM, LARI, "استقبل المسؤول الإيراني", "2025-08-13"),
      ("LEADS", NQASSEM, HZB, "الأمين العام لحزب الله الشيخ نعيم"),
      ("LEADS", ARAG, "organization:iranian-foreign-ministry", "لوزير الخارجية عباس عراقجي"),
      ],
     {"source": "blind set (weekly briefing, Arabic)", "published": "2025-08-17"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setHA")
