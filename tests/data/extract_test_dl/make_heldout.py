"""Blind set DL: Iraq's armed factions, the United States and Iran, 2023-2025 (wire-desk style).
Stories: Blinken's unannounced Baghdad visit and talks with al-Soudani, attacks claimed by the
Islamic Resistance in Iraq, al-Soudani received by Khamenei the next day, an envoy who met Fuad
Hussein "but did not travel to Erbil" (Reuters-style, Nov 2023); the Rusafa court's death sentence
for the police officer convicted of killing Hisham al-Hashimi, Kataib Hezbollah's denial (Alsumaria-
style Arabic, May 2023); Masrour Barzani in Tehran meeting Raisi, Mokhber, Amir-Abdollahian and
Ahmadian, a denied meeting with Kaani, the helicopter crash and acting successors (Kurdistan24-style,
May 2024); Sudani receiving Fayyadh and Abu Fadak over the PMF retirement law, Abu Fadak only a
candidate to succeed, Rubio's phone call (Shafaq News-style Arabic, 2025); Araghchi in Baghdad
meeting Sudani, Fuad Hussein and a deputy minister, the acting foreign minister after
Amir-Abdollahian's death, Pezeshkian's September visit (Xinhua-style, Oct 2024); Bafel Talabani in
Tehran meeting Ahmadian, a planned meeting with Amir-Abdollahian, a past reception by Qaani, the
2022 IRGC shelling near Koya (Shafaq News-style Arabic, early 2024).
Style: en/ar alternating; "attended the meeting with", "was received by", a conviction as agent,
denied accusation, a denied meeting, deaths in a crash (no agent), "acting", "candidate to succeed",
"من المقرر أن يلتقي" (planned), "الذي استقبله في زيارته السابقة" (past meeting).
Spellings: al-Soudani / Sudani, Kaani, قاآني.
New to the tables: Victoria Taylor, Raad al-Dahlaki, Aziz Ahmad, Aed al-Hilali, Mohammed Bahr
al-Uloom.
Written and annotated blind (extractor neither read nor run). A TEST set: never tune the extractor on it (see tests/data/extract_test_README.md). Run from the repo root:
    python tests/data/extract_test_dl/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_dl import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAN, IRAQ, US = "country:iran", "country:iraq", "country:united-states"
BAGHDAD, TEHRAN, ERBIL = "location:baghdad", "location:tehran", "location:erbil"
QF, PMF, IRGC = "organization:quds-force", "organization:popular-mobilization-forces", "organization:irgc"
KH, NUJ, IRI = "organization:kataib-hezbollah", "organization:harakat-al-nujaba", "organization:islamic-resistance-in-iraq"
USSD = "organization:us-state-department"
IQGOV, IQFM = "organization:iraqi-government", "organization:iraqi-foreign-ministry"
IFM, SNSC = "organization:iranian-foreign-ministry", "organization:supreme-national-security-council"
KRG = "organization:kurdistan-regional-government"
Q, KADH, SUD, FUAD = ("person:esmail-qaani", "person:mustafa-al-kadhimi", "person:mohammed-shia-al-sudani",
                      "person:fuad-hussein")
BLINK, ROMAN, TAYLOR = "person:antony-blinken", "person:alina-romanowski", "person:victoria-taylor"
KHAM, RAISI, MOKH = "person:ali-khamenei", "person:ebrahim-raisi", "person:mohammad-mokhber"
HASH, OWAID, ASKARI, DAHL = ("person:hisham-al-hashimi", "person:ahmed-hamdawi-owaid", "person:abu-ali-al-askari",
                             "person:raad-al-dahlaki")
MASR, AMA, AHM, AZIZ, BAGH = ("person:masrour-barzani", "person:hossein-amir-abdollahian",
                              "person:ali-akbar-ahmadian", "person:aziz-ahmad", "person:ali-bagheri-kani")
FAY, FADAK, RUBIO, HIL, KAABI = ("person:falih-al-fayyadh", "person:abdul-aziz-al-muhammadawi",
                                 "person:marco-rubio", "person:aed-al-hilali", "person:akram-al-kaabi")
ARA, BAHR, PEZ, RASHID = ("person:abbas-araghchi", "person:mohammed-bahr-al-uloom", "person:masoud-pezeshkian",
                          "person:abdul-latif-rashid")
BAFEL, QUBAD = "person:bafel-talabani", "person:qubad-talabani"

ARTICLES = [
    ("enDL1_blinken_baghdad_soudani", "en",
     "BAGHDAD, Nov 5 (Reuters) - U.S. Secretary of State Antony Blinken made an unannounced visit to "
     "Baghdad on Sunday and met Iraqi Prime Minister Mohammed Shia al-Soudani, urging him to rein in "
     "armed groups that have attacked U.S. forces since the start of the Gaza war.\n"
     "Blinken, wearing a bullet-proof vest as he arrived, told reporters after the talks that he had made "
     "clear that attacks by Iran-aligned militias were \"totally unacceptable.\"\n"
     "More than 20 drone and rocket attacks on U.S. troops in Iraq and Syria since Oct. 17 have been "
     "claimed by the Islamic Resistance in Iraq, a loose umbrella of factions including Kataib Hezbollah "
     "and Harakat al-Nujaba.\n"
     "Al-Soudani flew to Tehran the following day and was received by Supreme Leader Ali Khamenei, his "
     "office said. He also held talks with President Ebrahim Raisi.\n"
     "U.S. Ambassador Alina Romanowski attended the meeting with al-Soudani, a State Department official "
     "said. Deputy Assistant Secretary of State Victoria Taylor, who arrived a week earlier, met Foreign "
     "Minister Fuad Hussein but did not travel to Erbil.",
     [("LEADS", BLINK, USSD, "U.S. Secretary of State Antony"),
      ("VISITED", BLINK, BAGHDAD, "unannounced visit to Baghdad", "2023-11-05"),
      ("MET_WITH", BLINK, SUD, "met Iraqi Prime Minister Mohammed", "2023-11-05"),
      ("LEADS", SUD, IQGOV, "met Iraqi Prime Minister Mohammed"),
      ("ATTACKED", IRI, "organization:us-armed-forces", "have been claimed by the Islamic Resistance"),
      ("PART_OF", KH, IRI, "a loose umbrella of factions including"),
      ("PART_OF", NUJ, IRI, "a loose umbrella of factions including"),
      ("VISITED", SUD, TEHRAN, "Al-Soudani flew to Tehran", "2023-11-06"),
      ("MET_WITH", SUD, KHAM, "was received by Supreme Leader", "2023-11-06"),
      ("LEADS", KHAM, IRAN, "was received by Supreme Leader"),
      ("MET_WITH", SUD, RAISI, "He also held talks with President", "2023-11-06"),
      ("LEADS", RAISI, IRAN, "He also held talks with President"),
      ("MET_WITH", ROMAN, SUD, "attended the meeting with al-Soudani", "2023-11-05"),
      ("MEMBER_OF", TAYLOR, USSD, "Deputy Assistant Secretary of State Victoria"),
      ("MET_WITH", TAYLOR, FUAD, "met Foreign Minister Fuad Hussein"),
      ("LEADS", FUAD, IQFM, "met Foreign Minister Fuad Hussein"),
      ],
     {"source": "blind set (Reuters-style)", "published": "2023-11-05"}),

    ("arDL2_hashimi_verdict", "ar",
     "السومرية نيوز/ بغداد - أصدرت محكمة جنايات الرصافة، اليوم الأحد، حكماً بالإعدام شنقاً حتى الموت بحق "
     "ضابط الشرطة أحمد حمداوي عويد، بعد إدانته بقتل الخبير الأمني هشام الهاشمي أمام منزله في حي زيونة "
     "ببغداد في تموز 2020.\n"
     "وكان رئيس الوزراء السابق مصطفى الكاظمي قد أعلن في تموز 2021 القبض على عويد، وبثّ التلفزيون الرسمي "
     "اعترافات قال فيها إنه نفذ العملية بأوامر من مجموعة مسلحة لم يسمّها.\n"
     "وكان الهاشمي، الذي عُرف بانتقاده للفصائل المسلحة، قد التقى الكاظمي قبل أيام من اغتياله، بحسب "
     "مقربين منه.\n"
     "وأشارت تقارير صحفية إلى صلة عويد بكتائب حزب الله، وهو ما نفاه المسؤول الأمني للكتائب أبو علي "
     "العسكري في تدوينة على منصة إكس.\n"
     "وقال النائب رعد الدهلكي للسومرية نيوز إن الحكم «خطوة أولى لإنصاف ضحايا الاغتيالات»، مطالباً "
     "بالكشف عن الجهة التي أصدرت الأوامر.",
     [("ASSASSINATED_BY", HASH, OWAID, "بعد إدانته بقتل الخبير الأمني", "2020-07-06"),
      ("LOCATED_IN", "location:zayouna", BAGHDAD, "في حي زيونة ببغداد"),
      ("MET_WITH", HASH, KADH, "قد التقى الكاظمي قبل أيام"),
      ("MEMBER_OF", ASKARI, KH, "المسؤول الأمني للكتائب أبو علي"),
      ("MEMBER_OF", DAHL, "organization:iraqi-parliament", "النائب رعد الدهلكي"),
      ("REPORTED_BY", DAHL, "outlet:alsumaria", "الدهلكي للسومرية نيوز"),
      ],
     {"source": "blind set (Alsumaria-style Arabic)", "published": "2023-05-21"}),

    ("enDL3_masrour_tehran_raisi", "en",
     "ERBIL, Kurdistan Region (Kurdistan24) - Kurdistan Region Prime Minister Masrour Barzani concluded a "
     "two-day visit to Tehran on Tuesday, during which he met Iranian President Ebrahim Raisi and First "
     "Vice President Mohammad Mokhber.\n"
     "Barzani also held talks with Foreign Minister Hossein Amir-Abdollahian and Ali Akbar Ahmadian, the "
     "secretary of Iran's Supreme National Security Council, on border security and trade, according to a "
     "KRG statement. He was accompanied by Aziz Ahmad, his deputy chief of staff.\n"
     "It was the Kurdistan Region premier's first visit to Iran since he took office in 2019. Reports that "
     "Barzani had met Quds Force commander Esmail Kaani were denied by his office.\n"
     "Two weeks after the visit, Raisi and Amir-Abdollahian were killed when their helicopter crashed in "
     "fog in northwestern Iran. Mokhber was named acting president, and Ali Bagheri Kani was appointed "
     "acting foreign minister.",
     [("LEADS", MASR, KRG, "Kurdistan Region Prime Minister Masrour"),
      ("VISITED", MASR, TEHRAN, "two-day visit to Tehran", "2024-05-06"),
      ("MET_WITH", MASR, RAISI, "he met Iranian President Ebrahim", "2024-05-06"),
      ("LEADS", RAISI, IRAN, "he met Iranian President Ebrahim"),
      ("MET_WITH", MASR, MOKH, "First Vice President Mohammad", "2024-05-06"),
      ("MET_WITH", MASR, AMA, "held talks with Foreign Minister Hossein", "2024-05-06"),
      ("LEADS", AMA, IFM, "held talks with Foreign Minister Hossein"),
      ("MET_WITH", MASR, AHM, "and Ali Akbar Ahmadian, the secretary", "2024-05-06"),
      ("LEADS", AHM, SNSC, "and Ali Akbar Ahmadian, the secretary"),
      ("VISITED", AZIZ, TEHRAN, "He was accompanied by Aziz"),
      ("MEMBER_OF", AZIZ, KRG, "his deputy chief of staff"),
      ("LEADS", Q, QF, "Quds Force commander Esmail Kaani"),
      ("SUCCESSOR_OF", MOKH, RAISI, "Mokhber was named acting president", "2024-05-20"),
      ("SUCCESSOR_OF", BAGH, AMA, "Ali Bagheri Kani was appointed acting", "2024-05-20"),
      ],
     {"source": "blind set (Kurdistan24-style)", "published": "2024-06-03"}),

    ("arDL4_sudani_fayyadh_pmf_law", "ar",
     "بغداد/ شفق نيوز- استقبل رئيس مجلس الوزراء محمد شياع السوداني، مساء الأربعاء، رئيس هيئة الحشد الشعبي "
     "فالح الفياض ورئيس أركان الهيئة عبد العزيز المحمداوي (أبو فدك)، وجرى بحث مسودة قانون الخدمة والتقاعد "
     "للحشد الشعبي المعروضة على البرلمان.\n"
     "وبحسب مصادر سياسية تحدثت لشفق نيوز، فإن المسودة تحدد سن التقاعد بستين عاماً، ما قد يفضي إلى إحالة "
     "الفياض إلى التقاعد، فيما يُطرح اسم أبو فدك بين المرشحين لخلافته.\n"
     "وكان وزير الخارجية الأميركي ماركو روبيو قد أجرى اتصالاً هاتفياً بالسوداني الأسبوع الماضي أبدى فيه "
     "قلق واشنطن من أن القانون «سيعزز نفوذ إيران والجماعات المسلحة».\n"
     "وقال القيادي في الإطار التنسيقي عائد الهلالي لشفق نيوز إن «القانون شأن عراقي داخلي ولا يحق لأي "
     "دولة التدخل فيه». من جهته، رفض الأمين العام لحركة النجباء أكرم الكعبي في بيان ما وصفه بـ«الإملاءات "
     "الأميركية».",
     [("LEADS", SUD, IQGOV, "استقبل رئيس مجلس الوزراء محمد"),
      ("MET_WITH", SUD, FAY, "رئيس هيئة الحشد الشعبي فالح الفياض ورئيس"),
      ("LEADS", FAY, PMF, "رئيس هيئة الحشد الشعبي فالح الفياض ورئيس"),
      ("MET_WITH", SUD, FADAK, "ورئيس أركان الهيئة عبد العزيز"),
      ("MEMBER_OF", FADAK, PMF, "ورئيس أركان الهيئة عبد العزيز"),
      ("LEADS", RUBIO, USSD, "وزير الخارجية الأميركي ماركو"),
      ("MEMBER_OF", HIL, "organization:coordination-framework", "القيادي في الإطار التنسيقي عائد"),
      ("REPORTED_BY", HIL, "outlet:shafaq-news", "الهلالي لشفق نيوز"),
      ("LEADS", KAABI, NUJ, "الأمين العام لحركة النجباء أكرم"),
      ],
     {"source": "blind set (Shafaq News-style Arabic)", "published": "2025-03-12"}),

    ("enDL5_araghchi_baghdad", "en",
     "BAGHDAD, Oct. 13 (Xinhua) -- Iranian Foreign Minister Abbas Araghchi arrived in Baghdad on Sunday as "
     "part of a regional tour aimed at preventing a wider war, and held talks with Iraqi Prime Minister "
     "Mohammed Shia al-Sudani, according to a statement from al-Sudani's media office.\n"
     "Araghchi also met his Iraqi counterpart Fuad Hussein and Deputy Foreign Minister Mohammed Bahr "
     "al-Uloom, and discussed with them the situation in Lebanon and Gaza. At a joint press conference, "
     "Hussein said Iraq \"will not allow its territory to be used to attack neighboring countries.\"\n"
     "Araghchi, a veteran nuclear negotiator, took over the foreign ministry in August from Ali Bagheri "
     "Kani, who had served as acting minister after Hossein Amir-Abdollahian was killed in a helicopter "
     "crash in May alongside President Ebrahim Raisi.\n"
     "Iranian President Masoud Pezeshkian visited Baghdad in September on his first foreign trip and was "
     "received by Iraqi President Abdul Latif Rashid. Pezeshkian also visited Erbil and Basra.",
     [("LEADS", ARA, IFM, "Iranian Foreign Minister Abbas"),
      ("VISITED", ARA, BAGHDAD, "arrived in Baghdad on Sunday", "2024-10-13"),
      ("MET_WITH", ARA, SUD, "held talks with Iraqi Prime Minister", "2024-10-13"),
      ("LEADS", SUD, IQGOV, "held talks with Iraqi Prime Minister"),
      ("MET_WITH", ARA, FUAD, "also met his Iraqi counterpart", "2024-10-13"),
      ("LEADS", FUAD, IQFM, "also met his Iraqi counterpart"),
      ("MET_WITH", ARA, BAHR, "Deputy Foreign Minister Mohammed", "2024-10-13"),
      ("MEMBER_OF", BAHR, IQFM, "Deputy Foreign Minister Mohammed"),
      ("SUCCESSOR_OF", ARA, BAGH, "took over the foreign ministry in August", "2024-08-21"),
      ("SUCCESSOR_OF", BAGH, AMA, "who had served as acting minister", "2024-05-20"),
      ("LEADS", RAISI, IRAN, "alongside President Ebrahim Raisi"),
      ("LEADS", PEZ, IRAN, "Iranian President Masoud"),
      ("VISITED", PEZ, BAGHDAD, "visited Baghdad in September", "2024-09-11"),
      ("MET_WITH", PEZ, RASHID, "received by Iraqi President", "2024-09-11"),
      ("LEADS", RASHID, IRAQ, "received by Iraqi President"),
      ("VISITED", PEZ, ERBIL, "also visited Erbil and Basra"),
      ("VISITED", PEZ, "location:basra", "also visited Erbil and Basra"),
      ],
     {"source": "blind set (Xinhua-style)", "published": "2024-10-13"}),

    ("arDL6_bafel_tehran_ahmadian", "ar",
     "السليمانية/ شفق نيوز- وصل رئيس الاتحاد الوطني الكوردستاني بافل جلال طالباني، اليوم الاثنين، إلى "
     "طهران في زيارة رسمية يلتقي خلالها عدداً من كبار المسؤولين الإيرانيين.\n"
     "وأفاد مكتب طالباني بأنه اجتمع فور وصوله بأمين المجلس الأعلى للأمن القومي الإيراني علي أكبر "
     "أحمديان، وبحثا ملف الجماعات الكردية الإيرانية المعارضة في الإقليم وتنفيذ الاتفاق الأمني بين بغداد "
     "وطهران.\n"
     "ومن المقرر أن يلتقي طالباني غداً وزير الخارجية حسين أمير عبد اللهيان، فيما لم يُعلن عن لقاء مع قائد "
     "فيلق القدس إسماعيل قاآني، الذي استقبله في زيارته السابقة العام الماضي.\n"
     "ويرافق طالباني في الزيارة شقيقه قوباد طالباني، نائب رئيس حكومة الإقليم.\n"
     "وكانت قوات الحرس الثوري قد قصفت في أيلول 2022 مقرات لأحزاب كردية إيرانية معارضة قرب كويسنجق، ما "
     "أسفر عن مقتل 13 شخصاً.",
     [("LEADS", BAFEL, "organization:patriotic-union-of-kurdistan", "رئيس الاتحاد الوطني الكوردستاني بافل"),
      ("VISITED", BAFEL, TEHRAN, "طهران في زيارة رسمية"),
      ("MET_WITH", BAFEL, AHM, "اجتمع فور وصوله بأمين"),
      ("LEADS", AHM, SNSC, "اجتمع فور وصوله بأمين"),
      ("LEADS", AMA, IFM, "وزير الخارجية حسين أمير"),
      ("MET_WITH", Q, BAFEL, "الذي استقبله في زيارته السابقة"),
      ("LEADS", Q, QF, "فيلق القدس إسماعيل قاآني"),
      ("VISITED", QUBAD, TEHRAN, "ويرافق طالباني في الزيارة شقيقه"),
      ("MEMBER_OF", QUBAD, KRG, "نائب رئيس حكومة الإقليم"),
      ("ATTACKED", IRGC, "location:koya", "قد قصفت في أيلول 2022"),
      ],
     {"source": "blind set (Shafaq News-style Arabic)", "published": "2024-02-12"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setDL")
