"""Blind set SR: Lebanon 1984-1990 (second folder of SQ-SR): Rashid Karami named to replace Shafik al-Wazzan
(April 1984), Karami killed by a bomb in his helicopter and Selim al-Hoss acting prime minister (June 1987),
Grand Mufti Hassan Khaled killed by a car bomb (May 1989), the Taif accord and Rene Moawad's election
(October-November 1989), Moawad killed and Elias Hrawi elected to succeed him (November 1989), Michel Aoun's
interim government and his replacement at the army's head by Emile Lahoud, as a Beirut weekly writes it in
English (Monday Morning-like: "Beirut's political salons"), a Beirut daily in Arabic (As-Safir-like:
"«السفير»"), a US wire in English (AP-like: "BEIRUT, Lebanon (AP) _"), a London-based Arab daily in Arabic
(Al-Hayat-like: "الطائف - «الحياة»"), a Francophone Beirut daily's English edition (L'Orient-Le Jour-like:
"Lebanon's 13th president"), and Syria's state agency in Arabic (SANA-like: "شتورة - سانا").
Pieces: Karami replaces Wazzan, met Assad in Damascus, then Berri and Jumblatt together (English, SR1);
Karami killed (no agent), Hoss acting in his place; Hoss receives Berri with Jumblatt present (Arabic, SR2);
Khaled killed (no agent), Qabbani acting mufti in his place; Khaled had met Hoss that day (English, SR3);
Saud al-Faisal and Brahimi meet Husseini; the deputies elect Moawad; Moawad meets Hoss (Arabic, SR4); Moawad
killed in a bombing (no agent), Hrawi elected to succeed him (English, SR5); Khaddam meets Hrawi with Hoss and
Husseini present; Lahoud replaces Aoun as army commander (Arabic, SR6).
Excluded on purpose (no relation): Gemayel's phone call to Karami (SR1); the accusations against the
Lebanese Forces and Geagea's denial, the injured Rassi (SR2); Aoun's government blaming Syria, Damascus's
denial (SR3); Aoun's refusal, his planned meeting with Brahimi that was called off (SR4); the accusation by
Hoss's aides, Aoun who "could be removed" (SR5); Assad's phone call to Hrawi, Aoun's interim government formed
by Gemayel (no succession of a post stated) (SR6).
Judgement calls: "named to replace" is a succession (SR1); "met Berri and Jumblatt together" is a meeting of
the three (SR1); "كُلّف ... بتصريف الأعمال ... بالوكالة" after the death is a succession (SR2, as the brief's
"appointed after the other's death in the same post"); "في حضور" Jumblatt: paired with both principals (SR2);
"named acting mufti in his place" is a succession (SR3); the two envoys received together by Husseini: a
meeting of the three (SR4); "to succeed the slain president" is a succession (SR5); "بحضور" two attendees:
paired with both principals and with each other (SR6); "عيّن ... قائداً للجيش خلفاً لـ" is a succession (SR6).
Filled in for the exercise: the Damascus visit's date and the meeting with Berri and Jumblatt (SR1); the
condolence meeting at Hoss's home (SR2); the meeting between Khaled and Hoss that day (SR3); the envoys'
meeting with Husseini, the called-off meeting (SR4); the aides' accusation (SR5); the meeting with Khaddam and
its attendees (SR6).
Spellings: "Rashid Karameh", "Shafiq al-Wazzan", "Walid Junblatt" (SR1); «الرئيس الشهيد رشيد كرامي»،
«الدكتور سليم الحص» (SR2); "Sheik Hassan Khaled", "Salim Hoss", "Mohammed Rashid Kabbani" (SR3); «سعود
الفيصل»، «الأخضر الإبراهيمي»، «حسين الحسيني»، «رينيه معوض» (SR4); "Rene Mouawad", "Elias Hraoui" (SR5);
«عبد الحليم خدام»، «الياس الهراوي»، «العماد إميل لحود» (SR6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_sr import ALL  # noqa: E402

HERE = Path(__file__).parent

LEBANON, SYRIA = "country:lebanon", "country:syria"
PARL, ARMY, AMAL, PSP, LF, ARAB_LEAGUE, FATWA = (
    "organization:lebanese-parliament", "organization:lebanese-army", "organization:amal-movement",
    "organization:progressive-socialist-party", "organization:lebanese-forces", "organization:arab-league",
    "organization:dar-al-fatwa")
KARAMI, HOSS, WAZZAN, AMINE, BERRI, JUMBLATT, GEAGEA, RASSI = (
    "person:rashid-karami", "person:selim-al-hoss", "person:shafik-al-wazzan", "person:amin-gemayel",
    "person:nabih-berri", "person:walid-jumblatt", "person:samir-geagea", "person:abdullah-al-rassi")
KHALED, QABBANI, MOAWAD, HRAWI, AOUN, LAHOUD, HUSSEINI = (
    "person:hassan-khaled", "person:mohammed-rashid-qabbani", "person:rene-moawad", "person:elias-hrawi",
    "person:michel-aoun", "person:emile-lahoud", "person:hussein-el-husseini")
ASSAD, KHADDAM, SAUD, BRAHIMI = (
    "person:hafez-al-assad", "person:abdul-halim-khaddam", "person:saud-al-faisal", "person:lakhdar-brahimi")

MM = "blind set (Beirut political weekly, English, Monday Morning-like)"
SAFIR = "blind set (Beirut daily, Arabic, As-Safir-like)"
AP = "blind set (US news wire, English, AP-like)"
HAYAT = "blind set (London-based Arab daily, Arabic, Al-Hayat-like)"
OLJ = "blind set (Francophone Beirut daily, English edition, L'Orient-Le Jour-like)"
SANA = "blind set (Syrian state news agency, Arabic, SANA-like)"

ARTICLES = [
    ("enSR1_karami_replaces_wazzan_mm", "en",
     "Karameh back at the Serail: a 'national unity' cabinet at last\n"
     "Monday Morning, May 7, 1984\n"
     "After weeks of haggling in Beirut's political salons, veteran Tripoli leader Rashid Karameh, named by "
     "President Amin Gemayel on April 26 to replace Shafiq al-Wazzan, finally presented his ten-man national "
     "unity cabinet on April 30.\n"
     "The new Prime Minister, who has headed eight governments since 1955, had first travelled to Damascus, "
     "where he was received by President Hafez al-Assad for more than three hours.\n"
     "Back in Beirut, Karameh met Amal leader Nabih Berri and Progressive Socialist Party chief Walid Junblatt "
     "together at his residence in Ramlet el-Baida, and both men agreed to join the cabinet as ministers of "
     "state.\n"
     "Wazzan, who had tendered his resignation in February as the army collapsed in West Beirut, is said to "
     "have declined a portfolio. President Gemayel telephoned Karameh from Bikfaya to congratulate him on the "
     "formation of the government, Baabda sources said.",
     [("SUCCESSOR_OF", KARAMI, WAZZAN, "to replace Shafiq al-Wazzan", "1984-04-26"),
      ("LEADS", AMINE, LEBANON, "named by President Amin Gemayel"),
      ("MET_WITH", KARAMI, ASSAD, "where he was received by President Hafez al-Assad", "1984-04-28"),
      ("LEADS", ASSAD, SYRIA, "President Hafez al-Assad for more"),
      ("LEADS", BERRI, AMAL, "Amal leader Nabih Berri"),
      ("LEADS", JUMBLATT, PSP, "Progressive Socialist Party chief Walid Junblatt"),
      ]
     + met_group({KARAMI: "Back in Beirut, Karameh met", BERRI: "met Amal leader",
                  JUMBLATT: "together at his residence"}, "1984-04-29"),
     {"source": MM, "published": "1984-05-07"}),

    ("arSR2_karami_killed_safir", "ar",
     "استشهاد الرئيس رشيد كرامي بانفجار عبوة في طوافته\n"
     "«السفير»\n"
     "استُشهد رئيس مجلس الوزراء رشيد كرامي ظهر أمس الاثنين إثر انفجار عبوة ناسفة زُرعت تحت مقعده في الطوافة "
     "العسكرية التي كانت تقلّه من طرابلس إلى بيروت، فيما أصيب وزير الداخلية عبد الله الراسي وعدد من مرافقيه "
     "بجروح.\n"
     "وكلّف رئيس الجمهورية أمين الجميّل وزير التربية الدكتور سليم الحص تولي رئاسة الحكومة بالوكالة خلفاً "
     "للرئيس الشهيد، وذلك بعد ساعات على الانفجار.\n"
     "وسارعت قيادات وطنية إلى اتهام \"القوات اللبنانية\" بالوقوف وراء العملية، فيما نفى قائدها سمير جعجع أي "
     "علاقة لها بالجريمة.\n"
     "واستقبل الحص مساءً في منزله في عائشة بكار رئيس حركة أمل الوزير نبيه بري، في حضور الوزير وليد جنبلاط، "
     "وتداولوا في تداعيات الجريمة على المسار الوطني.\n"
     "وأعلن الحداد الرسمي ثلاثة أيام، على أن يُشيّع الرئيس كرامي في طرابلس غداً.",
     [("LEADS", KARAMI, LEBANON, "رئيس مجلس الوزراء رشيد كرامي"),
      ("SUCCESSOR_OF", HOSS, KARAMI, "تولي رئاسة الحكومة بالوكالة خلفاً", "1987-06-01"),
      ("LEADS", AMINE, LEBANON, "رئيس الجمهورية أمين الجميّل"),
      ("LEADS", GEAGEA, LF, "نفى قائدها سمير جعجع"),
      ("MET_WITH", HOSS, BERRI, "واستقبل الحص مساءً", "1987-06-01"),
      ("MET_WITH", JUMBLATT, HOSS, "في حضور الوزير وليد جنبلاط", "1987-06-01"),
      ("MET_WITH", JUMBLATT, BERRI, "وليد جنبلاط، وتداولوا", "1987-06-01"),
      ("LEADS", BERRI, AMAL, "رئيس حركة أمل الوزير"),
      ],
     {"source": SAFIR, "published": "1987-06-02"}),

    ("enSR3_mufti_khaled_killed_ap", "en",
     "Lebanon's top Sunni Moslem leader killed by car bomb\n"
     "BEIRUT, Lebanon (AP) _ A car bomb exploded beside the motorcade of Sheik Hassan Khaled, the grand mufti "
     "of Lebanon's Sunni Moslems, on Tuesday, killing him and at least 21 other people in Moslem west Beirut, "
     "police said.\n"
     "The 68-year-old cleric, who had called for an end to the war between Christian army units and Syrian "
     "troops, was returning to Dar al-Fatwa from a meeting with Prime Minister Salim Hoss. The two men had "
     "discussed an Arab League mediation effort, a Hoss aide said.\n"
     "Hoss, who heads the Moslem government in west Beirut, declared three days of mourning. The rival "
     "Christian cabinet of Gen. Michel Aoun blamed Syria for the killing. Damascus denied the charge.\n"
     "There was no claim of responsibility.\n"
     "Religious officials said Sheik Mohammed Rashid Kabbani, a member of the Higher Islamic Council, was named "
     "acting mufti in Khaled's place until an election could be held.",
     [("MET_WITH", KHALED, HOSS, "from a meeting with Prime Minister Salim Hoss", "1989-05-16"),
      ("LEADS", HOSS, LEBANON, "Prime Minister Salim Hoss"),
      ("SUCCESSOR_OF", QABBANI, KHALED, "acting mufti in Khaled's place", "1989-05-16"),
      ],
     {"source": AP, "published": "1989-05-16"}),
]

ARTICLES += [
    ("arSR4_taif_moawad_elected_hayat", "ar",
     "النواب اللبنانيون ينتخبون رينيه معوض رئيساً بعد أسبوعين على إقرار وثيقة الطائف\n"
     "بيروت - «الحياة»\n"
     "انتخب مجلس النواب اللبناني أمس، في جلسة عقدها في مطار القليعات في الشمال، النائب رينيه معوض رئيساً "
     "للجمهورية، بعد نحو أسبوعين على إقرار النواب في الطائف \"وثيقة الوفاق الوطني\" برعاية اللجنة العربية "
     "الثلاثية.\n"
     "وكان رئيس المجلس حسين الحسيني قد استقبل في الطائف وزير الخارجية السعودي الأمير سعود الفيصل والموفد "
     "العربي الأخضر الإبراهيمي، وعرض معهما الصيغة النهائية لبنود الإصلاح السياسي قبل التصويت عليها في 22 "
     "تشرين الأول.\n"
     "وفور انتخابه، التقى الرئيس معوض رئيس الحكومة الدكتور سليم الحص، وبحث معه تشكيل حكومة وفاق وطني.\n"
     "في المقابل، أعلن العماد ميشال عون من قصر بعبدا رفضه نتائج الجلسة، معتبراً إياها \"غير دستورية\"، وألغى "
     "موعداً كان مقرراً مع الإبراهيمي.",
     met_group({HUSSEINI: "رئيس المجلس حسين الحسيني", SAUD: "الأمير سعود الفيصل",
                BRAHIMI: "والموفد العربي الأخضر"}, "1989-10-21")
     + [("LEADS", HUSSEINI, PARL, "رئيس المجلس حسين"),
        ("MET_WITH", MOAWAD, HOSS, "التقى الرئيس معوض رئيس الحكومة", "1989-11-05"),
        ("LEADS", HOSS, LEBANON, "رئيس الحكومة الدكتور سليم الحص"),
        ("LEADS", MOAWAD, LEBANON, "النائب رينيه معوض رئيساً"),
        ],
     {"source": HAYAT, "published": "1989-11-06"}),

    ("enSR5_moawad_killed_hrawi_elected_olj", "en",
     "Hrawi elected Lebanon's president two days after Mouawad assassination\n"
     "CHTAURA - Lebanon's parliament on Friday elected Elias Hraoui, a Maronite deputy from Zahle, to succeed "
     "the slain president Rene Mouawad, killed on Wednesday when a remote-controlled bomb of some 250 kilos "
     "tore through his motorcade in west Beirut on Independence Day.\n"
     "Mouawad, 64, had been in office for only 17 days. Twenty-three other people, among them several of his "
     "bodyguards, died in the blast. No group claimed the attack, though aides to Prime Minister Selim Hoss "
     "accused \"those who rejected Taif\".\n"
     "Meeting at the Park Hotel in Chtaura under Syrian protection, 47 of the 52 deputies present voted for "
     "Hraoui. Speaker Hussein Husseini chaired the session.\n"
     "Gen. Michel Aoun, who heads the military cabinet appointed by Amin Gemayel in September 1988, again "
     "refused to leave the Baabda palace. Diplomats said the general could be removed from the army command "
     "by the new president.",
     [("SUCCESSOR_OF", HRAWI, MOAWAD, "to succeed the slain president",
       "1989-11-24"),
      ("LEADS", HUSSEINI, PARL, "Speaker Hussein Husseini chaired"),
      ],
     {"source": OLJ, "published": "1989-11-25"}),

    ("arSR6_khaddam_hrawi_sana", "ar",
     "خدام يلتقي الرئيس اللبناني الياس الهراوي\n"
     "شتورة - سانا\n"
     "التقى السيد عبد الحليم خدام نائب رئيس الجمهورية اليوم في شتورة فخامة الرئيس اللبناني الياس الهراوي، "
     "بحضور دولة رئيس مجلس الوزراء الدكتور سليم الحص ودولة رئيس مجلس النواب حسين الحسيني.\n"
     "وجرى خلال اللقاء بحث سبل تنفيذ وثيقة الوفاق الوطني التي أُقرّت في الطائف، وبسط سلطة الدولة الشرعية "
     "على جميع الأراضي اللبنانية.\n"
     "وكان السيد الرئيس حافظ الأسد قد أجرى اتصالاً هاتفياً بالرئيس الهراوي هنأه فيه بانتخابه.\n"
     "وفي بيروت، أصدر مجلس الوزراء اللبناني قراراً بتعيين العماد إميل لحود قائداً للجيش خلفاً للعماد ميشال "
     "عون، الذي يرفض إخلاء قصر بعبدا منذ تكليفه رئاسة حكومة عسكرية انتقالية في أيلول 1988.",
     met_group({KHADDAM: "التقى السيد عبد الحليم خدام", HRAWI: "فخامة الرئيس اللبناني الياس",
                HOSS: "بحضور دولة رئيس مجلس الوزراء", HUSSEINI: "رئيس مجلس النواب حسين"}, "1989-11-28")
     + [("LEADS", HRAWI, LEBANON, "الرئيس اللبناني الياس الهراوي،"),
        ("LEADS", ASSAD, SYRIA, "السيد الرئيس حافظ الأسد"),
        ("SUCCESSOR_OF", LAHOUD, AOUN, "قائداً للجيش خلفاً للعماد", "1989-11-28"),
        ("LEADS", LAHOUD, ARMY, "بتعيين العماد إميل لحود قائداً"),
        ],
     {"source": SANA, "published": "1989-11-28"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setSR")
