"""Blind set LU: the Gaza war and Lebanon, 2024-2025 (second folder of LT-LU): Lebanon's new president
and prime minister and the envoys they received (Saudi, French, Iranian and American), Hezbollah's
commanders killed in Beirut in 2024, and the Sharm el-Sheikh round of October 2025 with the Doha strike
before it, as a Lebanese opposition daily writes it in Arabic (Nidaa al-Watan-like: «» around blocs,
"العماد", "الثنائي"), a European TV site in English (Euronews-like: "BEIRUT —"), an Iranian Arabic TV site
(Al-Alam-like: "بيروت - العالم", "الضيف الإيراني"), an Israeli TV channel's English site (i24NEWS-like:
"JERUSALEM (i24NEWS) -"), a Washington background brief (CRS-like, no dateline, a timeline in prose) and
an Egyptian TV news site in Arabic (Al-Qahera News-like: "شرم الشيخ - القاهرة الإخبارية").
Pieces: Joseph Aoun elected in Michel Aoun's place, meets Raad and Khalil between the rounds, Yazid bin
Farhan and Le Drian at Berri's (Arabic, LU1); Macron received by Joseph Aoun with Barrot and Le Drian,
the three-way meeting with Salam, Macron meets Mikati and Berri, Salam designated in Mikati's place,
Barrot after Sejourne (English, LU2); Larijani received by Aoun, then Berri, Salam and Qassem, Larijani
after Ahmadian, Araghchi's earlier talks with Mikati and Berri (Arabic, LU3); Aqil and Wahbi killed by
the IDF in Dahieh, Shukr by the IDF in Haret Hreik (English, LU4); Hochstein between Berri and Dermer,
Ortagus with Aoun, then with Aoun, Salam and Berri, Barrack in Ortagus's place, Barrack with Aoun and
with Ortagus, Haykal after Aoun at the army (English, LU5); Rashad receives Witkoff and Kushner with the
Qatari prime minister and Kalin, the mediators meet al-Hayya, Hammam al-Hayya and Jihad Labad killed by
the Israeli strike in Doha (Arabic, LU6).
Excluded on purpose (no relation): Macron's phone call to the new president and the consultations to
name a prime minister "to be called" (LU1); Naim Qassem, whom Macron "did not meet" (LU2); the meetings
"he will hold during the visit" (announced before they are told), the foreign minister Rajji, whom
Larijani "did not meet", Larijani's visit to Nasrallah's tomb (LU3); the pager blasts "for which Israel
has not claimed responsibility" and Wissam al-Tawil, "killed in a drone strike on his car" with no agent
(LU4); Witkoff, who "never travelled to Beirut", and the stop in Khiam that Barrack and Ortagus
"cancelled" (LU5); the Israeli delegation, which "did not meet" the Hamas delegation directly,
al-Hayya, who "survived" the Doha strike, el-Sisi's phone call with Trump and his invitation to a signing
(LU6).
Judgement calls: a visitor's companions are paired with him, with the host of the reception and with
each other, not with those he met later (LU2); the "three-way meeting" pairs its three members (LU2);
"shuttled between" two men is a meeting with each, not between them (LU5); "designated to replace" the
caretaker prime minister (LU2) and an envoy who "took over the Lebanon file from" another (LU5) are
successions; Joseph Aoun "elected ... in succession to" Michel Aoun after a vacancy is a succession
(LU1); "the Israeli strike" on the Hamas leaders in Doha gives Israel as the killer of those named as
killed in it (LU6). Filled in for the exercise: Yazid bin Farhan and Le Drian together at Berri's (LU1),
the meetings with Mikati and Berri (LU2), the meeting with Qassem (LU3), Hagari's words (LU4), Rashad as
host and the mediators' meeting with al-Hayya (LU6).
Spellings: "جوزيف عون", "يزيد بن فرحان", "جان إيف لودريان" (LU1); "Joseph Aoun", "Nawaf Salam", "Jean-Noël
Barrot", "Stéphane Séjourné", "Naim Kassem" (LU2); "علي لاريجاني", "عباس عراقتشي", "علي أكبر أحمديان",
"نعيم قاسم" (LU3); "Ibrahim Akil", "Fuad Shukur", "Wissam Tawil" (LU4); "Amos Hochstein", "Morgan Ortagus",
"Rodolphe Heikal" (LU5); "ستيف ويتكوف", "جاريد كوشنر", "إبراهيم قالن", "خليل الحية" (LU6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_lu import ALL  # noqa: E402

HERE = Path(__file__).parent

LEBANON, FRANCE, ISRAEL, IDF, HEZB, RADWAN, HAMAS, LEBPARL, LEBGOV, LEBARMY, LOYALTY, AMAL, SNSC, EGI, TRMIT = (
    "country:lebanon", "country:france", "country:israel", "organization:israel-defense-forces",
    "organization:hezbollah", "organization:radwan-force", "organization:hamas",
    "organization:lebanese-parliament", "organization:lebanese-government", "organization:lebanese-army",
    "organization:loyalty-to-the-resistance-bloc", "organization:amal-movement",
    "organization:supreme-national-security-council", "organization:egyptian-general-intelligence",
    "organization:turkish-national-intelligence-organization")
BEIRUT, BAABDA, AINTINEH, SERAIL, DAHIYEH, HARETHREIK, SHARM = (
    "location:beirut", "location:baabda-palace", "location:ain-al-tineh", "location:grand-serail",
    "location:dahiyeh", "location:haret-hreik", "location:sharm-el-sheikh")
JAOUN, MAOUN, BERRI, RAAD, KHALIL, YAZID, LEDRIAN, MIKATI, SALAM = (
    "person:joseph-aoun", "person:michel-aoun", "person:nabih-berri", "person:mohammad-raad",
    "person:ali-hassan-khalil", "person:yazid-bin-farhan", "person:jean-yves-le-drian", "person:najib-mikati",
    "person:nawaf-salam")
MACRON, BARROT, SEJOURNE, QASSEM = ("person:emmanuel-macron", "person:jean-noel-barrot",
                                    "person:stephane-sejourne", "person:naim-qassem")
LARIJANI, AHMADIAN, ARAGHCHI = ("person:ali-larijani", "person:ali-akbar-ahmadian", "person:abbas-araghchi")
AQIL, WAHBI, SHUKR, HAGARI = ("person:ibrahim-aqil", "person:ahmed-wahbi", "person:fuad-shukr",
                              "person:daniel-hagari")
HOCHSTEIN, DERMER, ORTAGUS, BARRACK, WITKOFF, HAYKAL = (
    "person:amos-hochstein", "person:ron-dermer", "person:morgan-ortagus", "person:tom-barrack",
    "person:steve-witkoff", "person:rodolphe-haykal")
RASHAD, KUSHNER, MBAR, KALIN, HAYYA, HAMMAM = (
    "person:hassan-rashad", "person:jared-kushner", "person:mohammed-bin-abdulrahman-al-thani",
    "person:ibrahim-kalin", "person:khalil-al-hayya", "person:hammam-al-hayya")
# new to the tables
LABAD = "person:jihad-labad"

DAILY, EUTV, IRTV, ILTV, BRIEF, EGTV = (
    "blind set (Lebanese daily, Arabic)", "blind set (European TV site, English)",
    "blind set (Iranian TV site, Arabic)", "blind set (Israeli TV site, English)",
    "blind set (Washington background brief, English)", "blind set (Egyptian TV site, Arabic)")


_BREAK = {JAOUN: "التقى العماد عون، خلال الاستراحة", RAAD: "النائب محمد رعد",
          KHALIL: "والنائب علي حسن خليل"}
_BERRI = {YAZID: "الموفد السعودي الأمير يزيد بن فرحان", LEDRIAN: "والموفد الفرنسي جان إيف لودريان",
          BERRI: "والتقيا معاً رئيس المجلس"}
_BAABDA = {MACRON: "He was received at the Baabda palace", JAOUN: "He was received at the Baabda palace",
           BARROT: "Foreign Minister Jean-Noël Barrot", LEDRIAN: "his personal envoy for Lebanon, Jean-Yves Le Drian"}
_THREE = {MACRON: "a three-way meeting with Aoun", JAOUN: "a three-way meeting with Aoun",
          SALAM: "and Prime Minister-designate Nawaf Salam"}
_SHARM = {RASHAD: "استقبل اللواء حسن رشاد", WITKOFF: "المبعوث الأمريكي ستيف ويتكوف",
          KUSHNER: "وجاريد كوشنر", MBAR: "بحضور رئيس مجلس الوزراء وزير الخارجية القطري",
          KALIN: "ورئيس جهاز الاستخبارات التركي إبراهيم قالن"}
_HAYYA = {RASHAD: "والتقى رشاد والشيخ محمد بن عبدالرحمن وقالن", MBAR: "والتقى رشاد والشيخ محمد بن عبدالرحمن وقالن",
          KALIN: "والتقى رشاد والشيخ محمد بن عبدالرحمن وقالن", HAYYA: "وفد حركة حماس برئاسة خليل الحية"}

ARTICLES = [
    ("arLU1_joseph_aoun_elected", "ar",
     "جوزيف عون رئيساً... وانتهاء الفراغ بعد عامين\n"
     "بعد عامين وشهرين من الشغور، انتخب مجلس النواب أمس قائد الجيش العماد جوزيف عون رئيساً للجمهورية بـ99 "
     "صوتاً في الدورة الثانية، خلفاً للرئيس ميشال عون الذي انتهت ولايته في تشرين الأول 2022.\n"
     "وكان «الثنائي الشيعي» قد امتنع عن التصويت في الدورة الأولى، قبل أن يلتقي العماد عون، خلال الاستراحة بين "
     "الدورتين، رئيس كتلة «الوفاء للمقاومة» النائب محمد رعد والنائب علي حسن خليل، المعاون السياسي لرئيس "
     "المجلس نبيه بري.\n"
     "وفي خطاب القسم، تعهّد الرئيس الجديد بأن يكون للدولة «حق احتكار حمل السلاح».\n"
     "وتلقى الرئيس عون فور انتخابه اتصالاً هاتفياً من الرئيس الفرنسي إيمانويل ماكرون، هنّأه فيه.\n"
     "وكان الموفد السعودي الأمير يزيد بن فرحان والموفد الفرنسي جان إيف لودريان قد جالا على القيادات في "
     "الأيام الأخيرة، والتقيا معاً رئيس المجلس في عين التينة.\n"
     "ومن المنتظر أن يدعو الرئيس عون إلى استشارات نيابية ملزمة لتسمية رئيس حكومة يخلف نجيب ميقاتي.",
     met_group(_BREAK, "2025-01-09") + met_group(_BERRI, "2025-01") + [
      ("SUCCESSOR_OF", JAOUN, MAOUN, "خلفاً للرئيس ميشال عون", "2025-01-09"),
      ("LEADS", JAOUN, LEBANON, "رئيساً للجمهورية بـ99"),
      ("LEADS", RAAD, LOYALTY, "رئيس كتلة «الوفاء للمقاومة» النائب محمد رعد"),
      ("LEADS", BERRI, LEBPARL, "المعاون السياسي لرئيس"),
      ("VISITED", YAZID, AINTINEH, "رئيس المجلس في عين التينة", "2025-01"),
      ("VISITED", LEDRIAN, AINTINEH, "رئيس المجلس في عين التينة", "2025-01"),
      ],
     {"source": DAILY, "published": "2025-01-10"}),

    ("enLU2_macron_beirut_visit", "en",
     "Macron in Beirut to back Lebanon's new leaders\n"
     "BEIRUT — French President Emmanuel Macron arrived in Beirut on Friday for a one-day visit, the first by "
     "a foreign head of state since Lebanon elected a president last week.\n"
     "He was received at the Baabda palace by President Joseph Aoun and later held a three-way meeting with "
     "Aoun and Prime Minister-designate Nawaf Salam. Macron also met caretaker Prime Minister Najib Mikati and "
     "Parliament Speaker Nabih Berri.\n"
     "Foreign Minister Jean-Noël Barrot and his personal envoy for Lebanon, Jean-Yves Le Drian, accompanied "
     "the president. Barrot replaced Stéphane Séjourné at the Quai d'Orsay in September.\n"
     "Salam, until this week the president of the International Court of Justice, was designated on Monday "
     "to replace Mikati and is expected to form a government of technocrats.\n"
     "\"Lebanon is turning a page,\" Macron told reporters, promising an international conference for the "
     "country's reconstruction.\n"
     "Macron did not meet Hezbollah's secretary-general, Naim Kassem, whose group lost much of its "
     "leadership in last year's war with Israel.",
     met_group(_BAABDA, "2025-01-17") + [
      ("MET_WITH", MACRON, SALAM, "and Prime Minister-designate Nawaf Salam", "2025-01-17"),
      ("MET_WITH", JAOUN, SALAM, "and Prime Minister-designate Nawaf Salam", "2025-01-17"),
      ("VISITED", MACRON, BEIRUT, "arrived in Beirut on Friday", "2025-01-17"),
      ("VISITED", MACRON, BAABDA, "He was received at the Baabda palace", "2025-01-17"),
      ("LEADS", MACRON, FRANCE, "French President Emmanuel Macron arrived"),
      ("LEADS", JAOUN, LEBANON, "by President Joseph Aoun"),
      ("MET_WITH", MACRON, MIKATI, "Macron also met caretaker Prime Minister", "2025-01-17"),
      ("MET_WITH", MACRON, BERRI, "Parliament Speaker Nabih Berri", "2025-01-17"),
      ("LEADS", BERRI, LEBPARL, "Parliament Speaker Nabih Berri"),
      ("LEADS", MIKATI, LEBGOV, "Macron also met caretaker Prime Minister"),
      ("SUCCESSOR_OF", BARROT, SEJOURNE, "Barrot replaced Stéphane Séjourné", "2024-09"),
      ("SUCCESSOR_OF", SALAM, MIKATI, "was designated on Monday", "2025-01-13"),
      ("LEADS", QASSEM, HEZB, "Hezbollah's secretary-general, Naim Kassem"),
      ],
     {"source": EUTV, "published": "2025-01-17"}),

    ("arLU3_larijani_beirut", "ar",
     "لاريجاني في بيروت: إيران لا تتدخل في الشؤون اللبنانية\n"
     "بيروت - العالم\n"
     "وصل أمين المجلس الأعلى للأمن القومي الإيراني الدكتور علي لاريجاني إلى بيروت، الأربعاء، في زيارة رسمية "
     "يلتقي خلالها كبار المسؤولين اللبنانيين.\n"
     "واستقبل الرئيس اللبناني العماد جوزيف عون الضيفَ الإيراني في قصر بعبدا، وأبلغه أن «لبنان يرفض أي تدخل "
     "في شؤونه الداخلية». ثم انتقل لاريجاني إلى عين التينة حيث التقى رئيس مجلس النواب نبيه بري، قبل أن "
     "يجتمع برئيس الحكومة نواف سلام في السراي الكبير.\n"
     "كما التقى لاريجاني الأمين العام لحزب الله الشيخ نعيم قاسم، وزار ضريح الشهيد السيد حسن نصر الله.\n"
     "ولم يلتقِ المسؤول الإيراني وزير الخارجية يوسف رجي.\n"
     "وكان لاريجاني قد عُيّن أميناً للمجلس الأعلى للأمن القومي مطلع آب الجاري خلفاً لعلي أكبر أحمديان.\n"
     "وسبق أن زار وزير الخارجية الإيراني عباس عراقتشي بيروت في تشرين الأول الماضي، حيث التقى رئيس حكومة تصريف "
     "الأعمال آنذاك نجيب ميقاتي والرئيس بري.",
     [("VISITED", LARIJANI, BEIRUT, "إلى بيروت، الأربعاء", "2025-08-13"),
      ("LEADS", LARIJANI, SNSC, "وصل أمين المجلس الأعلى للأمن القومي الإيراني"),
      ("MET_WITH", JAOUN, LARIJANI, "الضيفَ الإيراني في قصر بعبدا", "2025-08-13"),
      ("VISITED", LARIJANI, BAABDA, "الضيفَ الإيراني في قصر بعبدا", "2025-08-13"),
      ("LEADS", JAOUN, LEBANON, "واستقبل الرئيس اللبناني العماد"),
      ("MET_WITH", LARIJANI, BERRI, "حيث التقى رئيس مجلس النواب نبيه بري", "2025-08-13"),
      ("VISITED", LARIJANI, AINTINEH, "ثم انتقل لاريجاني إلى عين التينة", "2025-08-13"),
      ("LEADS", BERRI, LEBPARL, "حيث التقى رئيس مجلس النواب نبيه بري"),
      ("MET_WITH", LARIJANI, SALAM, "يجتمع برئيس الحكومة نواف سلام", "2025-08-13"),
      ("VISITED", LARIJANI, SERAIL, "في السراي الكبير", "2025-08-13"),
      ("LEADS", SALAM, LEBGOV, "يجتمع برئيس الحكومة نواف سلام"),
      ("MET_WITH", LARIJANI, QASSEM, "كما التقى لاريجاني الأمين العام لحزب الله", "2025-08-13"),
      ("LEADS", QASSEM, HEZB, "كما التقى لاريجاني الأمين العام لحزب الله"),
      ("SUCCESSOR_OF", LARIJANI, AHMADIAN, "خلفاً لعلي أكبر أحمديان", "2025-08"),
      ("VISITED", ARAGHCHI, BEIRUT, "عراقتشي بيروت في تشرين الأول", "2024-10-04"),
      ("MET_WITH", ARAGHCHI, MIKATI, "الأعمال آنذاك نجيب ميقاتي", "2024-10-04"),
      ("MET_WITH", ARAGHCHI, BERRI, "نجيب ميقاتي والرئيس بري", "2024-10-04"),
      ],
     {"source": IRTV, "published": "2025-08-13"}),

    ("enLU4_aqil_radwan_commanders_killed", "en",
     "IDF: Radwan Force commander Ibrahim Akil eliminated with top aides in Beirut strike\n"
     "JERUSALEM (i24NEWS) - The IDF said Friday it had killed Ibrahim Akil, the commander of Hezbollah's elite "
     "Radwan Force and the head of its military operations, in a precision strike on a building in Beirut's "
     "Dahieh district.\n"
     "About ten Radwan commanders were meeting with Akil in the building's basement, IDF spokesman Rear Adm. "
     "Daniel Hagari said, adding that they had been planning a ground invasion of the Galilee.\n"
     "The IDF said the strike also killed Ahmed Wahbi, who had commanded Radwan's operations against Israel "
     "until early this year.\n"
     "Akil was Hezbollah's second-highest military figure after Fuad Shukur, whom the IDF killed in the "
     "Haret Hreik neighborhood on July 30, days after a rocket hit a football field in Majdal Shams.\n"
     "Earlier this week thousands of pagers and walkie-talkies used by Hezbollah members exploded across "
     "Lebanon, in attacks for which Israel has not claimed responsibility.\n"
     "In January, Wissam Tawil, another senior Radwan commander, was killed in a drone strike on his car in "
     "southern Lebanon.\n"
     "Hezbollah confirmed Akil's death on Friday night.",
     [("ASSASSINATED_BY", AQIL, IDF, "The IDF said Friday it had killed Ibrahim Akil", "2024-09-20"),
      ("LEADS", AQIL, RADWAN, "the commander of Hezbollah's elite"),
      ("ATTACKED", IDF, DAHIYEH, "in a precision strike on a building in Beirut's", "2024-09-20"),
      ("MEMBER_OF", HAGARI, IDF, "IDF spokesman Rear Adm."),
      ("ASSASSINATED_BY", WAHBI, IDF, "The IDF said the strike also killed Ahmed Wahbi", "2024-09-20"),
      ("MEMBER_OF", WAHBI, RADWAN, "who had commanded Radwan's operations"),
      ("ASSASSINATED_BY", SHUKR, IDF, "whom the IDF killed in the", "2024-07-30"),
      ("ATTACKED", IDF, HARETHREIK, "Haret Hreik neighborhood on July 30", "2024-07-30"),
      ("MEMBER_OF", SHUKR, HEZB, "Hezbollah's second-highest military figure"),
      ],
     {"source": ILTV, "published": "2024-09-20"}),

    ("enLU5_us_envoys_lebanon_background", "en",
     "Background: U.S. Envoys and Lebanon, November 2024 - August 2025\n"
     "The November 27, 2024, ceasefire between Israel and Hezbollah was brokered by Amos Hochstein, President "
     "Biden's senior adviser, who shuttled between Lebanese Parliament Speaker Nabih Berri, Hezbollah's "
     "designated interlocutor, and Israeli Minister for Strategic Affairs Ron Dermer.\n"
     "Under President Trump, the Lebanon file passed to Morgan Ortagus, deputy to special envoy Steve Witkoff, "
     "who never travelled to Beirut himself. On February 7, 2025, Ortagus met President Joseph Aoun at Baabda; "
     "she returned on April 5 for separate talks with Aoun, Prime Minister Nawaf Salam and Speaker Berri.\n"
     "In June, Tom Barrack, the U.S. ambassador to Turkey, took over the Lebanon file from Ortagus. He met "
     "Aoun on July 7 to receive Beirut's reply to a U.S. paper on Hezbollah's weapons, and on August 18 the "
     "two envoys were received together by the president. A stop in Khiam planned for late August was "
     "cancelled after protests.\n"
     "Implementation rests largely on the army commander, Gen. Rodolphe Heikal, who succeeded Aoun at the head "
     "of the army in March 2025.",
     [("MET_WITH", HOCHSTEIN, BERRI, "Lebanese Parliament Speaker Nabih Berri", "2024-11"),
      ("MET_WITH", HOCHSTEIN, DERMER, "Israeli Minister for Strategic Affairs Ron Dermer", "2024-11"),
      ("LEADS", BERRI, LEBPARL, "Lebanese Parliament Speaker Nabih Berri"),
      ("MET_WITH", ORTAGUS, JAOUN, "Ortagus met President Joseph Aoun at Baabda", "2025-02-07"),
      ("VISITED", ORTAGUS, BAABDA, "Ortagus met President Joseph Aoun at Baabda", "2025-02-07"),
      ("LEADS", JAOUN, LEBANON, "Ortagus met President Joseph Aoun at Baabda"),
      ("MET_WITH", ORTAGUS, SALAM, "Prime Minister Nawaf Salam", "2025-04-05"),
      ("MET_WITH", ORTAGUS, BERRI, "Speaker Berri", "2025-04-05"),
      ("LEADS", SALAM, LEBGOV, "Prime Minister Nawaf Salam"),
      ("SUCCESSOR_OF", BARRACK, ORTAGUS, "took over the Lebanon file from Ortagus", "2025-06"),
      ("MET_WITH", BARRACK, JAOUN, "He met Aoun on July 7", "2025-07-07"),
      ("MET_WITH", BARRACK, ORTAGUS, "the two envoys were received together", "2025-08-18"),
      ("SUCCESSOR_OF", HAYKAL, JAOUN, "who succeeded Aoun at the head", "2025-03"),
      ("LEADS", HAYKAL, LEBARMY, "the army commander, Gen. Rodolphe Heikal"),
      ],
     {"source": BRIEF, "published": "2025-09-05"}),

    ("arLU6_sharm_el_sheikh_round", "ar",
     "رئيس المخابرات العامة يستقبل ويتكوف وكوشنر في شرم الشيخ\n"
     "شرم الشيخ - القاهرة الإخبارية\n"
     "استقبل اللواء حسن رشاد، رئيس المخابرات العامة المصرية، اليوم الأربعاء في شرم الشيخ، المبعوث الأمريكي ستيف "
     "ويتكوف وجاريد كوشنر، صهر الرئيس الأمريكي، بحضور رئيس مجلس الوزراء وزير الخارجية القطري الشيخ محمد بن "
     "عبدالرحمن آل ثاني ورئيس جهاز الاستخبارات التركي إبراهيم قالن، في إطار مفاوضات تنفيذ خطة وقف الحرب في غزة.\n"
     "والتقى رشاد والشيخ محمد بن عبدالرحمن وقالن وفد حركة حماس برئاسة خليل الحية، رئيس الحركة في غزة، "
     "لبحث آليات تبادل الأسرى.\n"
     "ووصل إلى شرم الشيخ الوفد الإسرائيلي برئاسة وزير الشؤون الاستراتيجية رون ديرمر، ولم يلتقِ الوفد "
     "الإسرائيلي وفد حماس بشكل مباشر.\n"
     "ويأتي ذلك بعد نحو شهر من الغارة الإسرائيلية على مقر قيادة حماس في الدوحة، التي نجا منها الحية، وأسفرت عن "
     "مقتل نجله همام ومدير مكتبه جهاد لبد.\n"
     "وأجرى الرئيس عبد الفتاح السيسي اتصالاً هاتفياً بالرئيس الأمريكي دونالد ترامب، دعاه خلاله إلى حضور "
     "توقيع الاتفاق في مصر.",
     met_group(_SHARM, "2025-10-08") + [
      ("MET_WITH", RASHAD, HAYYA, "وفد حركة حماس برئاسة خليل الحية", "2025-10-08"),
      ("MET_WITH", MBAR, HAYYA, "وفد حركة حماس برئاسة خليل الحية", "2025-10-08"),
      ("MET_WITH", KALIN, HAYYA, "وفد حركة حماس برئاسة خليل الحية", "2025-10-08"),
      ("LEADS", RASHAD, EGI, "رئيس المخابرات العامة المصرية، اليوم"),
      ("LEADS", KALIN, TRMIT, "ورئيس جهاز الاستخبارات التركي إبراهيم قالن"),
      ("VISITED", WITKOFF, SHARM, "اليوم الأربعاء في شرم الشيخ", "2025-10-08"),
      ("VISITED", KUSHNER, SHARM, "اليوم الأربعاء في شرم الشيخ", "2025-10-08"),
      ("VISITED", MBAR, SHARM, "اليوم الأربعاء في شرم الشيخ", "2025-10-08"),
      ("VISITED", KALIN, SHARM, "اليوم الأربعاء في شرم الشيخ", "2025-10-08"),
      ("LEADS", HAYYA, HAMAS, "رئيس الحركة في غزة"),
      ("VISITED", DERMER, SHARM, "ووصل إلى شرم الشيخ الوفد الإسرائيلي", "2025-10-08"),
      ("ASSASSINATED_BY", HAMMAM, ISRAEL, "مقتل نجله همام", "2025-09-09"),
      ("ASSASSINATED_BY", LABAD, ISRAEL, "ومدير مكتبه جهاد لبد", "2025-09-09"),
      ],
     {"source": EGTV, "published": "2025-10-08"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setLU")
