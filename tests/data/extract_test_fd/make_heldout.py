"""Blind set FD: Lebanon 2024-2025 as an Arabic satellite channel's website tells it: Judge Nawaf
Salam designated and received at Baabda, by caretaker PM Mikati and by Berri, with Raad's bloc
boycotting (Al Arabiya English-style, Jan 2025); Sheikh Naim Qassem elected by the Shura Council to
succeed "the martyr" Nasrallah, Berri receiving Ibrahim Amin al-Sayyed (Al Mayadeen-style Arabic, Oct
2024); Tom Barrack, who took over the Lebanon file from Ortagus, at Baabda with ambassador Lisa
Johnson (Al Jazeera English-style, June 2025); Hochstein at Ain el-Tineh, the Grand Serail and Yarze,
with flashbacks to Fouad Shukr's killing claimed by Israel and Saleh al-Arouri's killing that Israel did
not claim (Al Jazeera-style Arabic, Aug 2024); the cabinet appointing Rodolphe Haykal and Hassan
Choucair (Al Arabiya English-style, Mar 2025); Ibrahim Aqil and Ahmad Wehbe killed in the southern
suburb, Berri receiving Bou Habib (Al Manar/Al Mayadeen-style Arabic, Sept 2024).
Style: long titles before names ("His Excellency", "سماحة الشيخ", "دولة الرئيس", "الأستاذ"),
honorifics, clitics (وبـ، لـ، فـ), en/ar alternating; a designated PM whose government "will replace"
Mikati's (no succession yet), a deputy post left unfilled, a candidate not on the agenda (Souaid),
a denied meeting (Barrack-Raad), phone calls (Pezeshkian-Qassem, Barrot-Mikati), a planned visit.
Spellings: Nawaf Salam / نواف سلام, سماحة الشيخ نعيم قاسم, Thomas Barrack, Hajj Abdel Qader /
الحاج عبد القادر, Hassan Choucair, Elias al-Baissari, جيش الاحتلال.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it (see tests/data/extract_test_README.md). Run:
    python tests/data/extract_test_fd/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_fe import ALL  # noqa: E402

HERE = Path(__file__).parent

LEB, ISR, US = "country:lebanon", "country:israel", "country:united-states"
HEZ, IDF, LAF = "organization:hezbollah", "organization:israel-defense-forces", "organization:lebanese-army"
LGOV, PARL, AMAL = "organization:lebanese-government", "organization:lebanese-parliament", "organization:amal-movement"
HAMAS, ICJ = "organization:hamas", "organization:international-court-of-justice"
LOYAL, SHURA = "organization:loyalty-to-the-resistance-bloc", "organization:hezbollah-shura-council"
POLC, GS = "organization:hezbollah-political-council", "organization:lebanese-general-security"
LDM, LFM = "organization:lebanese-defence-ministry", "organization:lebanese-foreign-ministry"
JIHAD, RADWAN = "organization:hezbollah-jihad-council", "organization:radwan-force"
BAABDA, AIN, SERAIL, YARZE = ("location:baabda-palace", "location:ain-el-tineh", "location:grand-serail",
                              "location:yarze")
BEIRUT, HH, DAH = "location:beirut", "location:haret-hreik", "location:dahiyeh"
QASSEM, NASR, SAFI = "person:naim-qassem", "person:hassan-nasrallah", "person:hashem-safieddine"
JAOUN, BERRI, SALAM, MIKATI = ("person:joseph-aoun", "person:nabih-berri", "person:nawaf-salam",
                               "person:najib-mikati")
RAAD, SAYYED = "person:mohammad-raad", "person:ibrahim-amin-al-sayyed"
BARRACK, ORT, JOHNSON = "person:tom-barrack", "person:morgan-ortagus", "person:lisa-johnson"
HOCH, SHUKR, HAGARI, AROURI = ("person:amos-hochstein", "person:fouad-shukr", "person:daniel-hagari",
                               "person:saleh-al-arouri")
HAYKAL, AUDI, CHOU, BAIS, ABBAS = ("person:rodolphe-haykal", "person:hassan-audi", "person:hassan-choucair",
                                   "person:elias-baissari", "person:abbas-ibrahim")
MENASSA, AQIL, WEHBE, BOUHABIB = ("person:michel-menassa", "person:ibrahim-aqil", "person:ahmad-wehbe",
                                  "person:abdallah-bou-habib")

ARTICLES = [
    ("enFD1_salam_designated_baabda_serail", "en",
     "Lebanon's newly designated Prime Minister, Judge Nawaf Salam, president of the International "
     "Court of Justice, was received on Tuesday by President General Joseph Aoun at the Baabda "
     "Presidential Palace, a day after 84 lawmakers named him to form a government that will replace "
     "the caretaker cabinet of Najib Mikati.\n"
     "Salam then headed to the Grand Serail, where outgoing Prime Minister Mikati welcomed him for "
     "what his office called a \"handover meeting\".\n"
     "Hezbollah and its ally, the Amal Movement, led by Speaker Nabih Berri, boycotted Monday's "
     "binding consultations, and MP Mohammad Raad, head of the Loyalty to the Resistance bloc, said "
     "the party had been \"betrayed\".\n"
     "On Wednesday, however, Speaker Berri received the designated premier at Ain el-Tineh in a "
     "meeting both sides described as \"positive\".\n"
     "Salam, who returned from The Hague overnight, told reporters at Baabda that his hand was "
     "\"extended to all\".",
     [("LEADS", SALAM, ICJ, "president of the International"),
      ("MET_WITH", JAOUN, SALAM, "was received on Tuesday by President", "2025-01-14"),
      ("VISITED", SALAM, BAABDA, "at the Baabda Presidential Palace"),
      ("LEADS", JAOUN, LEB, "President General Joseph Aoun"),
      ("LEADS", MIKATI, LGOV, "the caretaker cabinet of Najib Mikati"),
      ("MET_WITH", MIKATI, SALAM, "where outgoing Prime Minister Mikati welcomed him", "2025-01-14"),
      ("VISITED", SALAM, SERAIL, "Salam then headed to the Grand Serail"),
      ("SUPPORTS", AMAL, HEZ, "Hezbollah and its ally, the Amal Movement"),
      ("LEADS", BERRI, AMAL, "led by Speaker Nabih Berri"),
      ("LEADS", RAAD, LOYAL, "head of the Loyalty to the Resistance bloc"),
      ("MET_WITH", BERRI, SALAM, "Speaker Berri received the designated premier", "2025-01-15"),
      ("VISITED", SALAM, AIN, "the designated premier at Ain el-Tineh"),
      ],
     {"source": "blind set (Al Arabiya English-style)", "published": "2025-01-14"}),

    ("arFD2_sheikh_qassem_elected_secretary_general", "ar",
     "أعلن حزب الله في بيان رسمي أن مجلس شورى الحزب انتخب سماحة الشيخ نعيم قاسم أميناً عاماً للحزب، "
     "خلفاً لسيد شهداء الأمة سماحة السيد حسن نصر الله الذي ارتقى شهيداً باغتيال صهيوني غادر استهدف مقر "
     "القيادة في الضاحية الجنوبية.\n"
     "وكان سماحة السيد هاشم صفي الدين، رئيس المجلس التنفيذي، قد ارتقى بدوره مطلع تشرين الأول، وفق ما "
     "أعلن الحزب في بيان نعيه.\n"
     "ولم يعلن الحزب بعد اسم من سيتولى منصب نائب الأمين العام الذي شغله الشيخ قاسم منذ عام 1991.\n"
     "وتلقى سماحته اتصالاً هاتفياً من رئيس الجمهورية الإسلامية في إيران الدكتور مسعود بزشكيان هنّأه "
     "فيه بالانتخاب.\n"
     "وفي السياق، استقبل دولة رئيس مجلس النواب الأستاذ نبيه بري في مقر الرئاسة الثانية في عين التينة "
     "رئيس المجلس السياسي في حزب الله السيد إبراهيم أمين السيد، وجرى عرض للمستجدات السياسية والميدانية.",
     [("PART_OF", SHURA, HEZ, "مجلس شورى الحزب"),
      ("LEADS", QASSEM, HEZ, "أميناً عاماً للحزب"),
      ("SUCCESSOR_OF", QASSEM, NASR, "خلفاً لسيد شهداء الأمة", "2024-10-29"),
      ("ASSASSINATED_BY", NASR, ISR, "باغتيال صهيوني غادر", "2024-09-27"),
      ("LEADS", SAFI, "organization:hezbollah-executive-council", "رئيس المجلس التنفيذي"),
      ("LEADS", "person:masoud-pezeshkian", "country:iran", "رئيس الجمهورية الإسلامية في إيران"),
      ("MET_WITH", BERRI, SAYYED, "استقبل دولة رئيس مجلس النواب", "2024-10-29"),
      ("LEADS", BERRI, PARL, "رئيس مجلس النواب الأستاذ نبيه بري"),
      ("VISITED", SAYYED, AIN, "مقر الرئاسة الثانية في عين التينة"),
      ("LEADS", SAYYED, POLC, "رئيس المجلس السياسي في حزب الله"),
      ],
     {"source": "blind set (Al Mayadeen-style Arabic)", "published": "2024-10-29"}),

    ("enFD3_barrack_baabda_lisa_johnson", "en",
     "Lebanese President General Joseph Aoun received US Ambassador to Turkey and Special Envoy for "
     "Syria Thomas Barrack at the Baabda Presidential Palace on Thursday, in the presence of US "
     "Ambassador to Lebanon Lisa Johnson.\n"
     "Barrack, who took over the Lebanon file from deputy envoy Morgan Ortagus this month, handed the "
     "Lebanese side a paper on the disarmament of Hezbollah, sources told Al Jazeera.\n"
     "The envoy later met Speaker of Parliament Nabih Berri at Ain el-Tineh and Prime Minister Nawaf "
     "Salam at the Grand Serail.\n"
     "Al-Manar denied reports that Barrack had met the head of Hezbollah's parliamentary bloc, MP "
     "Mohammad Raad, saying \"no such meeting took place\".\n"
     "Aoun, for his part, said Lebanon was committed to the ceasefire agreement of November 2024.",
     [("MET_WITH", BARRACK, JAOUN, "received US Ambassador to Turkey", "2025-06-19"),
      ("MET_WITH", JAOUN, JOHNSON, "in the presence of US", "2025-06-19"),
      ("MET_WITH", BARRACK, JOHNSON, "Ambassador to Lebanon Lisa Johnson", "2025-06-19"),
      ("LEADS", JAOUN, LEB, "Lebanese President General Joseph Aoun"),
      ("VISITED", BARRACK, BAABDA, "Thomas Barrack at the Baabda"),
      ("SUCCESSOR_OF", BARRACK, ORT, "took over the Lebanon file from", "2025-06"),
      ("REPORTED_BY", BARRACK, "outlet:al-jazeera", "sources told Al Jazeera"),
      ("MET_WITH", BARRACK, BERRI, "The envoy later met Speaker", "2025-06-19"),
      ("VISITED", BARRACK, AIN, "Nabih Berri at Ain el-Tineh"),
      ("LEADS", BERRI, PARL, "Speaker of Parliament Nabih Berri"),
      ("MET_WITH", BARRACK, SALAM, "and Prime Minister Nawaf", "2025-06-19"),
      ("VISITED", BARRACK, SERAIL, "Salam at the Grand Serail"),
      ("LEADS", SALAM, LGOV, "Prime Minister Nawaf"),
      ("LEADS", RAAD, LOYAL, "the head of Hezbollah's parliamentary bloc"),
      ],
     {"source": "blind set (Al Jazeera English-style)", "published": "2025-06-19"}),

    ("arFD4_hochstein_beirut_after_shukr", "ar",
     "وصل المبعوث الأميركي الخاص آموس هوكشتاين إلى بيروت الأربعاء، حيث التقى رئيس مجلس النواب نبيه بري "
     "في عين التينة، ثم رئيسَ حكومة تصريف الأعمال نجيب ميقاتي في السراي الحكومي.\n"
     "كما اجتمع بقائد الجيش العماد جوزاف عون في مقر القيادة في اليرزة، بحسب بيان للجيش.\n"
     "وتأتي الزيارة بعد أسبوعين من اغتيال القيادي العسكري البارز في حزب الله فؤاد شكر بغارة إسرائيلية "
     "على مبنى في حارة حريك، وقال المتحدث باسم جيش الاحتلال دانيال هاغاري حينها إن شكر كان «الذراع "
     "اليمنى» لنصر الله.\n"
     "وكانت الضاحية الجنوبية قد شهدت في الثاني من كانون الثاني/يناير اغتيال نائب رئيس المكتب السياسي "
     "لحركة حماس صالح العاروري بضربة على مكتب للحركة، لم تعلن إسرائيل رسمياً مسؤوليتها عنها.\n"
     "وفي اتصال هاتفي، أبلغ ميقاتي وزيرَ الخارجية البريطاني بأن لبنان لا يريد الحرب.",
     [("VISITED", HOCH, BEIRUT, "آموس هوكشتاين إلى بيروت"),
      ("MET_WITH", HOCH, BERRI, "حيث التقى رئيس مجلس النواب", "2024-08-14"),
      ("VISITED", HOCH, AIN, "نبيه بري في عين التينة"),
      ("LEADS", BERRI, PARL, "رئيس مجلس النواب نبيه بري"),
      ("MET_WITH", HOCH, MIKATI, "ثم رئيسَ حكومة تصريف الأعمال", "2024-08-14"),
      ("LEADS", MIKATI, LGOV, "حكومة تصريف الأعمال نجيب ميقاتي"),
      ("VISITED", HOCH, SERAIL, "ميقاتي في السراي الحكومي"),
      ("MET_WITH", HOCH, JAOUN, "كما اجتمع بقائد الجيش", "2024-08-14"),
      ("LEADS", JAOUN, LAF, "بقائد الجيش العماد جوزاف عون"),
      ("VISITED", HOCH, YARZE, "مقر القيادة في اليرزة"),
      ("ASSASSINATED_BY", SHUKR, ISR, "فؤاد شكر بغارة إسرائيلية", "2024-07-30"),
      ("MEMBER_OF", SHUKR, HEZ, "القيادي العسكري البارز في حزب الله"),
      ("MEMBER_OF", HAGARI, IDF, "المتحدث باسم جيش الاحتلال"),
      ("MEMBER_OF", AROURI, HAMAS, "نائب رئيس المكتب السياسي"),
      ],
     {"source": "blind set (Al Jazeera-style Arabic)", "published": "2024-08-14"}),

    ("enFD5_cabinet_appoints_haykal_choucair", "en",
     "The Lebanese cabinet, chaired by President Joseph Aoun at Baabda Palace on Thursday, appointed "
     "Brigadier General Rodolphe Haykal as commander of the army, upon the proposal of Defense "
     "Minister Michel Menassa.\n"
     "Haykal succeeds Aoun himself, who left the post on his election in January, and Major General "
     "Hassan Audi, who had led the army in an acting capacity since then.\n"
     "The cabinet also named Brigadier General Hassan Choucair Director General of General Security, "
     "replacing Major General Elias al-Baissari, who had run the agency as acting chief since Major "
     "General Abbas Ibrahim retired in March 2023.\n"
     "Before the session, Aoun met Prime Minister Nawaf Salam in his office at the palace.\n"
     "Karim Souaid, the frontrunner for central bank governor, was not on Thursday's agenda, and US "
     "deputy envoy Morgan Ortagus is expected in Beirut next month.",
     [("LEADS", HAYKAL, LAF, "as commander of the army"),
      ("LEADS", MENASSA, LDM, "Defense Minister Michel Menassa"),
      ("SUCCESSOR_OF", HAYKAL, JAOUN, "Haykal succeeds Aoun himself", "2025-03-13"),
      ("SUCCESSOR_OF", HAYKAL, AUDI, "and Major General Hassan Audi", "2025-03-13"),
      ("LEADS", CHOU, GS, "Director General of General Security"),
      ("SUCCESSOR_OF", CHOU, BAIS, "replacing Major General Elias al-Baissari", "2025-03-13"),
      ("SUCCESSOR_OF", BAIS, ABBAS, "acting chief since Major General Abbas Ibrahim retired", "2023-03"),
      ("MET_WITH", JAOUN, SALAM, "Aoun met Prime Minister Nawaf Salam", "2025-03-13"),
      ("LEADS", SALAM, LGOV, "Prime Minister Nawaf Salam in his office"),
      ],
     {"source": "blind set (Al Arabiya English-style)", "published": "2025-03-13"}),

    ("arFD6_aqil_wehbe_killed_berri_bou_habib", "ar",
     "نعت المقاومة الإسلامية في لبنان القائد الجهادي الكبير الحاج إبراهيم عقيل «الحاج عبد القادر»، "
     "عضو المجلس الجهادي، الذي ارتقى مع ثلة من إخوانه باغتيال نفّذه العدو الإسرائيلي على مبنى سكني في "
     "منطقة الجاموس بالضاحية الجنوبية لبيروت.\n"
     "ومن بين الشهداء قائد التدريب في قوة الرضوان الحاج أحمد وهبي، الذي أعلن جيش الاحتلال أيضاً أنه "
     "قتله في الغارة ذاتها.\n"
     "واستقبل دولة رئيس مجلس النواب الأستاذ نبيه بري في عين التينة وزيرَ الخارجية والمغتربين الدكتور "
     "عبد الله بو حبيب، وعرض معه المستجدات والعدوان الإسرائيلي المتواصل على لبنان.\n"
     "ولبو حبيب لقاء مرتقب مع نظرائه العرب في نيويورك الأسبوع المقبل.\n"
     "وتلقى رئيس حكومة تصريف الأعمال نجيب ميقاتي اتصالاً من وزير الخارجية الفرنسي جان-نويل بارو.",
     [("ASSASSINATED_BY", AQIL, ISR, "باغتيال نفّذه العدو الإسرائيلي", "2024-09-20"),
      ("MEMBER_OF", AQIL, JIHAD, "عضو المجلس الجهادي"),
      ("LOCATED_IN", "location:dahiyeh", BEIRUT, "بالضاحية الجنوبية لبيروت"),
      ("ASSASSINATED_BY", WEHBE, IDF, "أعلن جيش الاحتلال أيضاً أنه", "2024-09-20"),
      ("MEMBER_OF", WEHBE, RADWAN, "قائد التدريب في قوة الرضوان"),
      ("MET_WITH", BERRI, BOUHABIB, "عين التينة وزيرَ الخارجية والمغتربين", "2024-09-21"),
      ("VISITED", BOUHABIB, AIN, "الأستاذ نبيه بري في عين التينة"),
      ("LEADS", BERRI, PARL, "دولة رئيس مجلس النواب"),
      ("LEADS", BOUHABIB, LFM, "وزيرَ الخارجية والمغتربين الدكتور"),
      ("LEADS", MIKATI, LGOV, "رئيس حكومة تصريف الأعمال نجيب ميقاتي"),
      ("LEADS", "person:jean-noel-barrot", "organization:french-foreign-ministry", "وزير الخارجية الفرنسي"),
      ],
     {"source": "blind set (Al Manar-style Arabic)", "published": "2024-09-21"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setFD")
