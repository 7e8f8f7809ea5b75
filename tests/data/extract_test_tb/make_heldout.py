"""Blind set TB: Lebanon 2024-2025 (second folder of TA-TB): Joseph Aoun elected president to succeed Michel
Aoun (9 January 2025), Nawaf Salam designated prime minister in Najib Mikati's place (13-14 January 2025),
Emmanuel Macron's visit to Beirut (17 January 2025), Faisal bin Farhan's visit (23 January 2025), the funeral
of Hassan Nasrallah and the Iranian delegation received at Baabda (23 February 2025), and Rodolphe Haykal
appointed army commander to succeed Joseph Aoun (March 2025), as a Francophone Beirut daily's English site
writes it (L'Orient Today-like: "BEIRUT -" with "(no relation)"), Lebanon's state agency in Arabic (NNA-like:
"بعبدا - وطنية -"), a French wire in English (AFP-like: "BEIRUT (AFP) -"), Saudi Arabia's state agency in
Arabic (SPA-like: "بيروت ... واس"), a US wire in English (AP-like: "BEIRUT (AP) -") and a Beirut daily in
Arabic (Al-Akhbar-like: «الأخبار»).
Pieces: Joseph Aoun elected to succeed Michel Aoun; Raad and Khalil meet him between the rounds; he receives
Berri and Mikati together (English, TB1); Salam designated to succeed Mikati; Raad's bloc meets Aoun; Salam
meets Aoun with Berri (Arabic, TB2); Macron meets Aoun, then Aoun and Salam together, then Mikati (English,
TB3); Faisal bin Farhan visits Beirut, meets Aoun with Yazid bin Farhan present, then Salam and Mikati
separately (Arabic, TB4); Nasrallah killed by an Israeli airstrike; Aoun receives Ghalibaf and Araghchi;
Ghalibaf meets Berri (English, TB5); Haykal appointed to succeed Aoun at the army's head, visits Berri and
Salam; Raad visits Salam (Arabic, TB6).
Excluded on purpose (no relation): Le Drian and Yazid bin Farhan in the gallery, Geagea's expected meeting
replaced by a phone call, Biden's call (TB1); the unconfirmed night meeting between Bassil and Salam (TB2); no
planned meeting with Hezbollah, the ruled-out trip to the south (TB3); the planned meeting with Berri (TB4);
Safieddine "killed a week later" (no agent), attending the same funeral, Qassem's recorded speech, Salam who
had no meeting with the delegation (TB5); Ortagus's expected visit and the denied meeting in Paris (TB6).
Judgement calls: "succeeds Michel Aoun, whose term ended" is a succession though the post was vacant for 26
months (TB1); "received Berri and ... Mikati together" and "a three-way meeting" are meetings of the three
(TB1, TB3); "كلّفه ... خلفاً لـ" a prime minister designate is a succession (TB2); a parliamentary bloc meeting
the president in the consultations: its head, named, meets him (TB2); "حضر اللقاء" the envoy: paired with both
principals (TB4); "كلاً على حدة" pairs the minister with each, not the two premiers (TB4); "received the two"
is a meeting of the three (TB5); "خلفاً لعون نفسه" is a succession at the army's head (TB6); a president and a
caretaker prime minister LEAD Lebanon, a designate does not yet; Haykal "قائداً للجيش" LEADS the army.
Filled in for the exercise: the MPs' account of the meeting between the rounds, the reception of Berri and
Mikati, Geagea's phone call (TB1); the hour of the meeting with Berri, the unconfirmed meeting (TB2); the
order of Macron's meetings and the Elysee's wording (TB3); Yazid bin Farhan's presence, the separate meetings
(TB4); Ghalibaf's meeting with Berri, the wording from Salam's office (TB5); Haykal's visits, Raad's visit,
the denial (TB6).
Spellings: "Joseph Aoun", "Michel Aoun (no relation)", "Mohammad Raad" (TB1); «العماد جوزاف عون»، «القاضي نواف
سلام» (TB2); "Emmanuel Macron", "Nawaf Salam", "Najib Mikati" (TB3); «فيصل بن فرحان بن عبدالله»، «جوزاف عون»
(TB4); "Mohammad Bagher Qalibaf", "Abbas Araqchi" (TB5); «رودولف هيكل»، «مورغان أورتاغوس» (TB6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_tb import ALL  # noqa: E402

HERE = Path(__file__).parent

LEBANON, ISRAEL, IRAN, FRANCE, US = (
    "country:lebanon", "country:israel", "country:iran", "country:france", "country:united-states")
BEIRUT = "location:beirut"
HEZBOLLAH, PARL, ARMY, LOYALTY, ICJ, FPM, LF, MAJLIS = (
    "organization:hezbollah", "organization:lebanese-parliament", "organization:lebanese-army",
    "organization:loyalty-to-the-resistance-bloc", "organization:international-court-of-justice",
    "organization:free-patriotic-movement", "organization:lebanese-forces", "organization:iranian-parliament")
NASRALLAH, SAFIEDDINE, QASSEM, RAAD = (
    "person:hassan-nasrallah", "person:hashem-safieddine", "person:naim-qassem", "person:mohammad-raad")
BERRI, MIKATI, JAOUN, MAOUN, SALAM, KHALIL, HAYKAL, BASSIL, GEAGEA = (
    "person:nabih-berri", "person:najib-mikati", "person:joseph-aoun", "person:michel-aoun", "person:nawaf-salam",
    "person:ali-hassan-khalil", "person:rodolphe-haykal", "person:gebran-bassil", "person:samir-geagea")
KATZ, BIDEN, ORTAGUS, MACRON, LEDRIAN, ARAGHCHI, GHALIBAF, FAISAL, YAZID = (
    "person:israel-katz", "person:joe-biden", "person:morgan-ortagus", "person:emmanuel-macron",
    "person:jean-yves-le-drian", "person:abbas-araghchi", "person:mohammad-bagher-ghalibaf",
    "person:faisal-bin-farhan", "person:yazid-bin-farhan")

LOT = "blind set (Francophone Beirut daily's English site, L'Orient Today-like)"
NNA = "blind set (Lebanese state news agency, Arabic, NNA-like)"
AFP = "blind set (French news wire, English, AFP-like)"
SPA = "blind set (Saudi state news agency, Arabic, SPA-like)"
AP = "blind set (US news wire, English, AP-like)"
AKHBAR = "blind set (Beirut daily, Arabic, Al-Akhbar-like)"

ARTICLES = [
    ("enTB1_joseph_aoun_elected_lorient", "en",
     "Joseph Aoun elected president, ending 26 months of vacancy at Baabda\n"
     "BEIRUT - Army commander Joseph Aoun was elected Lebanon's 14th president on Thursday with 99 votes in "
     "the second round of a session chaired by Speaker Nabih Berri, after the Amal and Hezbollah MPs swung "
     "behind him.\n"
     "Aoun, 60, succeeds Michel Aoun (no relation), whose six-year term ended on Oct. 31, 2022.\n"
     "In the first round he fell short of the 86 votes required. During the two-hour break that followed, the "
     "head of Hezbollah's parliamentary bloc, Mohammad Raad, and Berri's aide Ali Hassan Khalil met the "
     "commander in an office of the parliament building, according to two MPs who were present.\n"
     "French envoy Jean-Yves Le Drian and Saudi envoy Yazid bin Farhan followed the vote from the diplomats' "
     "gallery. In his oath speech, the new president pledged that the state alone would hold weapons.\n"
     "Aoun then drove to Baabda Palace, where he received Berri and caretaker Prime Minister Najib Mikati "
     "together in the afternoon.\n"
     "Lebanese Forces leader Samir Geagea, whose bloc voted for Aoun in both rounds, had been expected to call "
     "on him at the palace in the evening but congratulated him by phone instead. US President Joe Biden also "
     "called Aoun to congratulate him.",
     [("LEADS", JAOUN, ARMY, "Army commander Joseph Aoun"),
      ("LEADS", JAOUN, LEBANON, "was elected Lebanon's 14th president"),
      ("LEADS", BERRI, PARL, "chaired by Speaker Nabih Berri"),
      ("SUCCESSOR_OF", JAOUN, MAOUN, "succeeds Michel Aoun", "2025-01-09"),
      ("LEADS", RAAD, LOYALTY, "the head of Hezbollah's parliamentary bloc"),
      ]
     + met_group({RAAD: "Mohammad Raad, and", KHALIL: "Ali Hassan Khalil met",
                  JAOUN: "met the commander in an office"}, "2025-01-09")
     + met_group({JAOUN: "where he received Berri", BERRI: "received Berri and caretaker",
                  MIKATI: "Prime Minister Najib Mikati together"}, "2025-01-09")
     + [("LEADS", MIKATI, LEBANON, "caretaker Prime Minister Najib Mikati together"),
        ("LEADS", GEAGEA, LF, "Lebanese Forces leader Samir Geagea"),
        ("LEADS", BIDEN, US, "US President Joe Biden"),
        ],
     {"source": LOT, "published": "2025-01-09"}),

    ("arTB2_salam_designated_nna", "ar",
     "الرئيس عون كلّف القاضي نواف سلام تشكيل الحكومة الجديدة\n"
     "بعبدا - وطنية - صدر عن المديرية العامة لرئاسة الجمهورية البيان الآتي: «بعد انتهاء الاستشارات النيابية "
     "الملزمة التي أجراها رئيس الجمهورية العماد جوزاف عون في قصر بعبدا، وبعد اطلاعه رسمياً على نتائجها، كلّف "
     "الرئيس عون القاضي نواف سلام تشكيل الحكومة الجديدة، خلفاً للرئيس نجيب ميقاتي، بعدما نال 84 صوتاً».\n"
     "وكان سلام، الذي يرأس محكمة العدل الدولية في لاهاي، خارج لبنان لحظة التكليف.\n"
     "وكانت كتلة «الوفاء للمقاومة» برئاسة النائب محمد رعد قد التقت الرئيس عون ضمن الاستشارات وامتنعت عن تسمية "
     "أي مرشح، وقال رعد بعد اللقاء إن «هناك من يعمل على التقسيم والإقصاء».\n"
     "وتحدثت معلومات صحافية عن لقاء عُقد ليل الأحد بين رئيس «التيار الوطني الحر» جبران باسيل وسلام، وهو ما لم "
     "يؤكده أي من الطرفين.\n"
     "وصباح اليوم التالي، وصل الرئيس المكلف إلى بيروت واستقبله الرئيس عون في بعبدا في حضور رئيس مجلس النواب "
     "نبيه بري، ثم أدلى سلام بتصريح قال فيه: «يداي ممدودتان للجميع، ولست من أهل الإقصاء».",
     [("LEADS", JAOUN, LEBANON, "رئيس الجمهورية العماد جوزاف عون"),
      ("SUCCESSOR_OF", SALAM, MIKATI, "خلفاً للرئيس نجيب ميقاتي", "2025-01-13"),
      ("LEADS", SALAM, ICJ, "الذي يرأس محكمة العدل الدولية"),
      ("LEADS", RAAD, LOYALTY, "برئاسة النائب محمد رعد"),
      ("MET_WITH", RAAD, JAOUN, "قد التقت الرئيس عون", "2025-01-13"),
      ("LEADS", BASSIL, FPM, "رئيس «التيار الوطني الحر» جبران"),
      ]
     + met_group({SALAM: "وصل الرئيس المكلف إلى بيروت", JAOUN: "واستقبله الرئيس عون في بعبدا",
                  BERRI: "في حضور رئيس مجلس النواب"}, "2025-01-14")
     + [("LEADS", BERRI, PARL, "حضور رئيس مجلس النواب")],
     {"source": NNA, "published": "2025-01-14"}),

    ("enTB3_macron_beirut_afp", "en",
     "Macron in Beirut vows support for Lebanon's new leadership\n"
     "BEIRUT (AFP) - French President Emmanuel Macron on Friday became the first foreign head of state to "
     "visit Lebanon since the election of President Joseph Aoun, pledging to mobilise aid to rebuild the "
     "country after the war between Israel and Hezbollah.\n"
     "Macron held talks with Aoun at the presidential palace in Baabda, then a three-way meeting with Aoun "
     "and prime minister-designate Nawaf Salam, a former president of the International Court of Justice who "
     "is trying to form a government.\n"
     "\"Lebanon's sovereignty must be fully restored,\" Macron told a joint news conference with Aoun, calling "
     "for an Israeli withdrawal from the south within the deadline set by the November ceasefire.\n"
     "Earlier, the French leader met caretaker premier Najib Mikati at the Grand Serail and walked through the "
     "Gemmayzeh district, which was devastated by the 2020 port blast.\n"
     "The Elysee said Macron had no plans to meet Hezbollah officials during the one-day visit. A trip to the "
     "south to meet French peacekeepers was ruled out for security reasons.",
     [("LEADS", MACRON, FRANCE, "French President Emmanuel Macron"),
      ("VISITED", MACRON, LEBANON, "visit Lebanon since the election", "2025-01-17"),
      ("LEADS", JAOUN, LEBANON, "President Joseph Aoun, pledging"),
      ]
     + met_group({MACRON: "Macron held talks with Aoun", JAOUN: "talks with Aoun at the presidential",
                  SALAM: "prime minister-designate Nawaf Salam"}, "2025-01-17")
     + [("MET_WITH", MACRON, MIKATI, "met caretaker premier Najib Mikati", "2025-01-17"),
        ("LEADS", MIKATI, LEBANON, "caretaker premier Najib Mikati at"),
        ("LEADS", SALAM, ICJ, "a former president of the International Court"),
        ],
     {"source": AFP, "published": "2025-01-17"}),
]

ARTICLES += [
    ("arTB4_faisal_bin_farhan_beirut_spa", "ar",
     "سمو وزير الخارجية يلتقي الرئيس اللبناني في بعبدا\n"
     "بيروت 23 رجب 1446 هـ الموافق 23 يناير 2025 م واس\n"
     "التقى صاحب السمو الأمير فيصل بن فرحان بن عبدالله وزير الخارجية، اليوم، فخامة رئيس الجمهورية اللبنانية "
     "العماد جوزاف عون، وذلك في القصر الجمهوري في بعبدا.\n"
     "ونقل سموه خلال اللقاء تحيات القيادة في المملكة وتهنئتها لفخامته بانتخابه، فيما جرى استعراض العلاقات "
     "الثنائية بين البلدين، ومستجدات الأوضاع في لبنان والمنطقة، وأهمية تنفيذ اتفاق وقف إطلاق النار.\n"
     "حضر اللقاء المستشار في وزارة الخارجية الأمير يزيد بن فرحان.\n"
     "كما التقى سموه، كلاً على حدة، دولة رئيس الوزراء المكلف القاضي نواف سلام، ودولة رئيس حكومة تصريف "
     "الأعمال نجيب ميقاتي في السراي الحكومي، حيث جرى بحث مسار تشكيل الحكومة الجديدة والإصلاحات المنتظرة.\n"
     "وكان سموه قد وصل إلى بيروت في وقت سابق اليوم، في أول زيارة يقوم بها وزير خارجية سعودي إلى لبنان منذ "
     "نحو خمسة عشر عاماً.\n"
     "ومن المقرر أن يلتقي سموه غداً دولة رئيس مجلس النواب نبيه بري قبل مغادرته بيروت.",
     met_group({FAISAL: "التقى صاحب السمو الأمير فيصل", JAOUN: "العماد جوزاف عون، وذلك",
                YAZID: "حضر اللقاء المستشار"}, "2025-01-23")
     + [("LEADS", JAOUN, LEBANON, "رئيس الجمهورية اللبنانية"),
        ("MET_WITH", FAISAL, SALAM, "رئيس الوزراء المكلف القاضي", "2025-01-23"),
        ("MET_WITH", FAISAL, MIKATI, "رئيس حكومة تصريف الأعمال نجيب ميقاتي في السراي", "2025-01-23"),
        ("LEADS", MIKATI, LEBANON, "ودولة رئيس حكومة تصريف"),
        ("VISITED", FAISAL, BEIRUT, "قد وصل إلى بيروت", "2025-01-23"),
        ("LEADS", BERRI, PARL, "رئيس مجلس النواب نبيه بري قبل"),
        ],
     {"source": SPA, "published": "2025-01-23"}),

    ("enTB5_nasrallah_funeral_ap", "en",
     "Tens of thousands mourn Nasrallah in Beirut as Israeli jets fly low overhead\n"
     "BEIRUT (AP) - Tens of thousands of mourners packed a sports stadium on the edge of Beirut on Sunday for "
     "the long-delayed funeral of Hezbollah's former leader Hassan Nasrallah, who was killed in an Israeli "
     "airstrike in September.\n"
     "Hashem Safieddine, his cousin and presumed successor, who was killed a week later, is to be buried on "
     "Monday in his hometown in the south.\n"
     "Hezbollah's current leader, Naim Qassem, addressed the crowd in a recorded speech, saying the group would "
     "\"choose the time and manner\" of its response. Israeli warplanes flew low over the stadium during the "
     "ceremony; Defense Minister Israel Katz said they were sending a clear message.\n"
     "Iranian Parliament Speaker Mohammad Bagher Qalibaf and Foreign Minister Abbas Araqchi flew in for the "
     "funeral. Earlier on Sunday, President Joseph Aoun received the two at the presidential palace and told "
     "them Lebanon was \"tired of the wars of others on its soil.\"\n"
     "Qalibaf had also held talks on Saturday with Speaker Nabih Berri at his residence in Ain el-Tineh, "
     "Berri's office said. Prime Minister Nawaf Salam had no meeting with the Iranian delegation scheduled, "
     "his office said.",
     [("LEADS", NASRALLAH, HEZBOLLAH, "Hezbollah's former leader Hassan"),
      ("ASSASSINATED_BY", NASRALLAH, ISRAEL, "who was killed in an Israeli", "2024-09-27"),
      ("LEADS", QASSEM, HEZBOLLAH, "Hezbollah's current leader"),
      ("LEADS", GHALIBAF, MAJLIS, "Iranian Parliament Speaker"),
      ]
     + met_group({GHALIBAF: "Speaker Mohammad Bagher Qalibaf", ARAGHCHI: "Foreign Minister Abbas Araqchi",
                  JAOUN: "President Joseph Aoun received the two"}, "2025-02-23")
     + [("LEADS", JAOUN, LEBANON, "President Joseph Aoun received"),
        ("MET_WITH", GHALIBAF, BERRI, "Qalibaf had also held talks", "2025-02-22"),
        ("LEADS", BERRI, PARL, "with Speaker Nabih Berri at"),
        ("LEADS", SALAM, LEBANON, "Prime Minister Nawaf Salam had"),
        ],
     {"source": AP, "published": "2025-02-23"}),

    ("arTB6_haykal_army_commander_akhbar", "ar",
     "هيكل قائداً للجيش... وأورتاغوس «قريباً» في بيروت\n"
     "«الأخبار»\n"
     "عيّن مجلس الوزراء في جلسته أمس في قصر بعبدا برئاسة رئيس الجمهورية جوزاف عون، العميد رودولف هيكل قائداً "
     "للجيش بعد ترقيته إلى رتبة عماد، خلفاً لعون نفسه الذي تولّى قيادة المؤسسة العسكرية منذ عام 2017 حتى "
     "انتخابه رئيساً.\n"
     "وجاء التعيين بعد أسابيع من التجاذب حول الاسم، انتهى بتسوية بين بعبدا وعين التينة.\n"
     "وبعد الجلسة، زار العماد هيكل رئيس مجلس النواب نبيه بري في عين التينة، ثم التقى رئيس الحكومة نواف سلام "
     "في السراي، على أن يتسلّم مهامه رسمياً في اليرزة مطلع الأسبوع.\n"
     "وكان رئيس كتلة «الوفاء للمقاومة» النائب محمد رعد قد زار سلام في السراي الأسبوع الماضي، في أول لقاء "
     "بينهما منذ نيل الحكومة الثقة، وجرى البحث في ملف إعادة الإعمار وانسحاب قوات الاحتلال من النقاط الخمس.\n"
     "في سياق آخر، علمت «الأخبار» أن نائبة المبعوث الأميركي إلى الشرق الأوسط مورغان أورتاغوس يُفترض أن تزور "
     "بيروت مطلع الشهر المقبل للقاء الرؤساء الثلاثة، فيما نفت مصادر السراي أن يكون سلام قد التقاها في باريس "
     "الأسبوع الماضي، كما أشيع.",
     [("LEADS", JAOUN, LEBANON, "برئاسة رئيس الجمهورية جوزاف عون"),
      ("LEADS", HAYKAL, ARMY, "العميد رودولف هيكل قائداً"),
      ("SUCCESSOR_OF", HAYKAL, JAOUN, "خلفاً لعون نفسه", "2025-03-13"),
      ("MET_WITH", HAYKAL, BERRI, "زار العماد هيكل رئيس مجلس النواب", "2025-03-13"),
      ("LEADS", BERRI, PARL, "رئيس مجلس النواب نبيه بري في عين"),
      ("MET_WITH", HAYKAL, SALAM, "ثم التقى رئيس الحكومة نواف سلام", "2025-03-13"),
      ("LEADS", SALAM, LEBANON, "رئيس الحكومة نواف سلام"),
      ("LEADS", RAAD, LOYALTY, "رئيس كتلة «الوفاء للمقاومة» النائب"),
      ("MET_WITH", RAAD, SALAM, "قد زار سلام في السراي", "2025-03-06"),
      ],
     {"source": AKHBAR, "published": "2025-03-14"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setTB")
