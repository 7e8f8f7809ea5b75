"""Blind set TY: Lebanon 2005-2013 (first folder of TY-TZ): Detlev Mehlis's UN report on the killing of
Rafik Hariri (October 2005), the Doha talks (May 2008), Michel Suleiman's election to succeed Emile Lahoud
(25 May 2008), the car bomb that killed Wissam al-Hassan (October 2012), the car bomb that killed Mohamad
Chatah (December 2013), Saad Hariri's designation to succeed Fouad Siniora (June 2009) and his visit to
Damascus (December 2009), as a British wire writes it in English (Reuters-like: "BEIRUT, Oct 20
(Reuters) -"), Lebanon's state agency in Arabic (NNA-like: "الدوحة - وطنية -"), a Beirut daily in English
(Daily Star-like: "BEIRUT:"), a Beirut daily in Arabic (As-Safir-like: "«السفير»"), a US wire in English
(AP-like: "BEIRUT (AP) —") and a Beirut daily's political editor in Arabic (An-Nahar-like: "كتب المحرر
السياسي").
Pieces: Mehlis's report delivered, Mehlis met Siniora before flying to New York (English, TY1); Hamad bin
Jassim meets Berri with Amr Moussa present, then Aoun alone (Arabic, TY2); Suleiman elected to succeed
Lahoud, receives the Qatari emir with Siniora present (English, TY3); Wissam al-Hassan killed (no agent),
Suleiman receives Mikati, Imad Othman named to head the Information Branch in Hassan's place (Arabic, TY4);
Chatah killed (no agent), Suleiman and Mikati chair a security meeting, Suleiman receives Siniora (English,
TY5); Saad Hariri in Damascus received by Assad; his designation to succeed Siniora recalled; Suleiman
receives Aoun (Arabic, TY6).
Excluded on purpose (no relation): the killing of Rafik Hariri (the report's hedged "converging evidence",
no agent), Syria's denial, the four generals held, Brammertz "expected to replace" Mehlis (planned) (TY1);
the Hariri-Aoun meeting that was postponed (TY2); Nasrallah's televised congratulation, Siniora's expected
re-designation and the army command with no successor named yet (TY3); March 14's and Saad Hariri's
accusations against Syria and Assad, Damascus's condemnation (TY4); Saad Hariri's statement pointing at
Hezbollah, Hezbollah's denial (TY5); Hariri's planned meeting with Sarkozy, the Syrian security officials he
did not meet (TY6).
Judgement calls: "The commission's head, German prosecutor Detlev Mehlis" LEADS the commission; Annan
"Secretary-General" LEADS the UN (TY1); "في حضور" Amr Moussa: paired with both principals; "ثم التقى
منفرداً" Aoun: only with Hamad bin Jassim (TY2); "succeeds Emile Lahoud, whose ... term ended" after a
vacancy is a succession; "received the Qatari emir ... in the presence of" Siniora: a meeting of the three
(TY3); "تولي رئاسة شعبة المعلومات خلفاً للشهيد الحسن" is a succession, and LEADS (TY4); two leaders who
"chaired an emergency meeting" together met each other (TY5); "كُلّف تشكيل الحكومة خلفاً للرئيس فؤاد
السنيورة" is a succession (the designation's date); "وصل إلى دمشق" is a visit to Damascus (TY6); a prime
minister LEADS the country, the Speaker LEADS the parliament, the Arab League's secretary-general LEADS it;
former office holders ("ex-Premier") get no LEADS.
Filled in for the exercise: Mehlis's meeting with Siniora and its day, the wording of Siniora's remark
(TY1); the hours and order of the Doha meetings, Moussa's presence, the postponed Hariri-Aoun meeting (TY2);
the vote count's wording, the Baabda reception and Siniora's presence (TY3); the evening reception of Mikati
at Baabda, and the date of Othman's appointment (it came some weeks later) (TY4); the afternoon reception of
Siniora at Baabda (TY5); Aoun's visit to Baabda, the planned Paris meeting, the sources' wording (TY6).
Spellings: "Rafik al-Hariri", "Detlev Mehlis", "Fouad Siniora", "Serge Brammertz" (TY1); «الشيخ حمد بن جاسم بن
جبر آل ثاني»، «عمرو موسى»، «العماد ميشال عون» (TY2); "General Michel Suleiman", "Sheikh Hamad bin Khalifa
Al-Thani" (TY3); «العميد وسام الحسن»، «العقيد عماد عثمان»، «الرئيس نجيب ميقاتي» (TY4); "Mohammed Chatah",
"Michel Suleiman" (TY5); «الرئيس سعد الحريري»، «بشار الأسد» (TY6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_tz import ALL  # noqa: E402

HERE = Path(__file__).parent

LEBANON, SYRIA, QATAR = "country:lebanon", "country:syria", "country:qatar"
DAMASCUS = "location:damascus"
UN, IIIC, PARL, ARAB_LEAGUE, FPM, FUTURE, INFO, HEZBOLLAH = (
    "organization:united-nations", "organization:un-iiic", "organization:lebanese-parliament",
    "organization:arab-league", "organization:free-patriotic-movement", "organization:future-movement",
    "organization:isf-information-branch", "organization:hezbollah")
SINIORA, SAAD, MIKATI, SULEIMAN, LAHOUD, BERRI, AOUN, NASRALLAH = (
    "person:fouad-siniora", "person:saad-hariri", "person:najib-mikati", "person:michel-suleiman",
    "person:emile-lahoud", "person:nabih-berri", "person:michel-aoun", "person:hassan-nasrallah")
HASSAN, OTHMAN, CHATAH = "person:wissam-al-hassan", "person:imad-othman", "person:mohamad-chatah"
MEHLIS, ANNAN, EMIR, HBJ, MOUSSA, ASSAD = (
    "person:detlev-mehlis", "person:kofi-annan", "person:hamad-bin-khalifa-al-thani",
    "person:hamad-bin-jassim-al-thani", "person:amr-moussa", "person:bashar-al-assad")

REUTERS = "blind set (British news wire, English, Reuters-like)"
NNA = "blind set (Lebanese state news agency, Arabic, NNA-like)"
STAR = "blind set (Beirut daily, English, Daily Star-like)"
SAFIR = "blind set (Beirut daily, Arabic, As-Safir-like)"
AP = "blind set (US news wire, English, AP-like)"
NAHAR = "blind set (Beirut daily, Arabic, An-Nahar-like)"

ARTICLES = [
    ("enTY1_mehlis_report_reuters", "en",
     "U.N. inquiry points at Syrian, Lebanese officials in Hariri killing\n"
     "BEIRUT, Oct 20 (Reuters) - A U.N. commission investigating the killing of former Lebanese Prime Minister "
     "Rafik al-Hariri has found \"converging evidence\" that Syrian and Lebanese intelligence officials were "
     "involved in the February 14 bombing, according to a report delivered to Secretary-General Kofi Annan "
     "on Thursday.\n"
     "The commission's head, German prosecutor Detlev Mehlis, wrote that the decision to assassinate Hariri "
     "\"could not have been taken without the approval of top-ranked Syrian security officials\", but the "
     "report stopped short of saying who carried out the attack, which killed Hariri and 22 other people on "
     "Beirut's seafront.\n"
     "Syria, which has denied any role since the day of the blast, dismissed the findings as \"politically "
     "motivated\".\n"
     "Mehlis met Prime Minister Fouad Siniora at the Grand Serail on Wednesday before flying to New York, a "
     "government official said. Siniora told reporters afterwards that Lebanon would \"follow the truth "
     "wherever it leads\".\n"
     "Four pro-Syrian Lebanese generals, among them the former head of General Security, have been held "
     "since August at Mehlis's request. All four deny any wrongdoing.\n"
     "Annan has extended the commission's mandate to December 15. Mehlis has said he will not stay beyond "
     "that date, and diplomats said Belgian prosecutor Serge Brammertz was expected to replace him.",
     [("LEADS", ANNAN, UN, "Secretary-General Kofi Annan"),
      ("LEADS", MEHLIS, IIIC, "The commission's head, German prosecutor"),
      ("MET_WITH", MEHLIS, SINIORA, "Mehlis met Prime Minister Fouad Siniora", "2005-10-19"),
      ("LEADS", SINIORA, LEBANON, "Prime Minister Fouad Siniora at the Grand Serail"),
      ],
     {"source": REUTERS, "published": "2005-10-20"}),

    ("arTY2_doha_talks_nna", "ar",
     "حمد بن جاسم التقى بري وعون: البحث في الدوائر الانتخابية لم يُحسم\n"
     "الدوحة - وطنية - واصل رئيس مجلس الوزراء وزير الخارجية القطري الشيخ حمد بن جاسم بن جبر آل ثاني، اليوم، "
     "لقاءاته مع أقطاب الحوار اللبناني في فندق شيراتون الدوحة، فاجتمع قبل الظهر برئيس مجلس النواب نبيه بري، "
     "في حضور الأمين العام لجامعة الدول العربية عمرو موسى، وتناول البحث تقسيم الدوائر في بيروت وتوزيع "
     "الحقائب في حكومة الوحدة الوطنية العتيدة.\n"
     "ثم التقى منفرداً رئيس «التيار الوطني الحر» العماد ميشال عون، الذي جدّد تمسكه بتقسيم العاصمة إلى ثلاث "
     "دوائر انتخابية، وفق ما أفاد مصدر في الوفد العوني.\n"
     "وكان أمير دولة قطر الشيخ حمد بن خليفة آل ثاني قد افتتح مساء الجمعة مؤتمر الحوار، داعياً اللبنانيين إلى "
     "«عدم مغادرة الدوحة قبل التوصل إلى اتفاق».\n"
     "وعلمت «الوطنية» أن لقاءً كان مقرراً مساء اليوم بين رئيس «تيار المستقبل» النائب سعد الحريري والعماد عون "
     "أُرجئ إلى موعد لاحق، بعد تعثر البحث في حصة المعارضة داخل الحكومة.\n"
     "في المقابل، أكد رئيس الحكومة فؤاد السنيورة، في دردشة مع الإعلاميين، أن «الأجواء ليست سلبية»، مشيراً "
     "إلى أن اللجنة الوزارية العربية ستواصل اتصالاتها ليلاً مع جميع الأطراف.",
     met_group({HBJ: "الشيخ حمد بن جاسم بن جبر", BERRI: "فاجتمع قبل الظهر برئيس مجلس النواب",
                MOUSSA: "في حضور الأمين العام لجامعة"}, "2008-05-18")
     + [("MET_WITH", HBJ, AOUN, "ثم التقى منفرداً", "2008-05-18"),
        ("LEADS", HBJ, QATAR, "رئيس مجلس الوزراء وزير الخارجية القطري"),
        ("LEADS", BERRI, PARL, "برئيس مجلس النواب نبيه بري"),
        ("LEADS", MOUSSA, ARAB_LEAGUE, "الأمين العام لجامعة الدول العربية عمرو موسى"),
        ("LEADS", AOUN, FPM, "رئيس «التيار الوطني الحر» العماد"),
        ("LEADS", EMIR, QATAR, "أمير دولة قطر الشيخ"),
        ("LEADS", SAAD, FUTURE, "رئيس «تيار المستقبل» النائب"),
        ("LEADS", SINIORA, LEBANON, "رئيس الحكومة فؤاد السنيورة"),
        ],
     {"source": NNA, "published": "2008-05-18"}),

    ("enTY3_suleiman_elected_star", "en",
     "Suleiman elected president, ending six-month vacuum at Baabda\n"
     "BEIRUT: Parliament elected army commander General Michel Suleiman as Lebanon's 12th president on "
     "Sunday, four days after rival leaders signed the Doha agreement that ended 18 months of political "
     "deadlock and a week of street fighting.\n"
     "Suleiman, 59, won 118 votes in a session chaired by Speaker Nabih Berri and attended by the Emir of "
     "Qatar, Sheikh Hamad bin Khalifa Al-Thani, Arab League chief Amr Moussa and a dozen foreign ministers. He "
     "succeeds Emile Lahoud, whose extended term ended on November 23 with no agreed successor.\n"
     "In his inaugural speech, the new head of state called for a \"national defense strategy\" that would "
     "draw on the resistance's experience while keeping the decision of war and peace with the state.\n"
     "Later in the evening, Suleiman received the Qatari emir at Baabda Palace in the presence of Prime "
     "Minister Fouad Siniora, thanking him for Doha's mediation.\n"
     "Hezbollah's leader, Sayyed Hassan Nasrallah, congratulated the president in a televised speech. "
     "Suleiman is expected to ask Siniora to form the first Cabinet of the new term after consultations with "
     "lawmakers this week, while the army command he leaves behind has yet to be filled.",
     [("LEADS", SULEIMAN, LEBANON, "as Lebanon's 12th president"),
      ("LEADS", BERRI, PARL, "chaired by Speaker Nabih Berri"),
      ("LEADS", EMIR, QATAR, "the Emir of Qatar, Sheikh Hamad"),
      ("LEADS", MOUSSA, ARAB_LEAGUE, "Arab League chief Amr Moussa"),
      ("SUCCESSOR_OF", SULEIMAN, LAHOUD, "He succeeds Emile Lahoud", "2008-05-25"),
      ]
     + met_group({SULEIMAN: "Suleiman received the Qatari emir", EMIR: "received the Qatari emir at Baabda",
                  SINIORA: "in the presence of Prime"}, "2008-05-25")
     + [("LEADS", SINIORA, LEBANON, "Minister Fouad Siniora, thanking"),
        ("LEADS", NASRALLAH, HEZBOLLAH, "Hezbollah's leader, Sayyed Hassan Nasrallah"),
        ],
     {"source": STAR, "published": "2008-05-26"}),
]

ARTICLES += [
    ("arTY4_wissam_hassan_killed_safir", "ar",
     "اغتيال اللواء وسام الحسن في الأشرفية\n"
     "«السفير»\n"
     "استُشهد رئيس شعبة المعلومات في قوى الأمن الداخلي العميد وسام الحسن ومرافقه، وقُتلت امرأة، وأصيب أكثر من "
     "مئة شخص بجروح، في انفجار سيارة مفخخة في شارع إبراهيم منذر في محلة ساسين في الأشرفية بعد ظهر أمس "
     "الجمعة. ولم تعلن أي جهة مسؤوليتها عن التفجير.\n"
     "واتهمت قوى الرابع عشر من آذار النظام السوري بالوقوف وراء الجريمة، وحمّل رئيس «تيار المستقبل» سعد "
     "الحريري الرئيس السوري بشار الأسد شخصياً مسؤولية اغتيال الحسن، فيما دانت دمشق التفجير ووصفته بأنه "
     "«عمل إرهابي جبان».\n"
     "واستقبل رئيس الجمهورية العماد ميشال سليمان في قصر بعبدا مساءً رئيس الحكومة نجيب ميقاتي، الذي وضع "
     "استقالته في تصرّفه، فتمنّى عليه سليمان التريّث «حفاظاً على المصلحة الوطنية» ريثما تتضح الصورة.\n"
     "وكان الحسن قد عاد ليل الخميس من باريس، وهو الذي أشرف في آب الماضي على كشف مخطط تفجيرات نُسب إلى "
     "الوزير السابق ميشال سماحة.\n"
     "وعلى الصعيد الأمني، كلّف المدير العام لقوى الأمن الداخلي العقيد عماد عثمان تولي رئاسة شعبة المعلومات "
     "خلفاً للشهيد الحسن، على أن يُشيَّع الأخير ظهر الأحد في ساحة الشهداء إلى جانب ضريح الرئيس رفيق الحريري.",
     [("LEADS", HASSAN, INFO, "رئيس شعبة المعلومات في قوى الأمن الداخلي العميد"),
      ("LEADS", SAAD, FUTURE, "رئيس «تيار المستقبل» سعد"),
      ("LEADS", ASSAD, SYRIA, "الرئيس السوري بشار الأسد"),
      ("MET_WITH", SULEIMAN, MIKATI, "واستقبل رئيس الجمهورية العماد", "2012-10-19"),
      ("LEADS", SULEIMAN, LEBANON, "رئيس الجمهورية العماد ميشال سليمان"),
      ("LEADS", MIKATI, LEBANON, "رئيس الحكومة نجيب ميقاتي"),
      ("SUCCESSOR_OF", OTHMAN, HASSAN, "خلفاً للشهيد الحسن"),
      ("LEADS", OTHMAN, INFO, "العقيد عماد عثمان تولي رئاسة"),
      ],
     {"source": SAFIR, "published": "2012-10-20"}),

    ("enTY5_chatah_killed_ap", "en",
     "Car bomb kills former Lebanese finance minister in Beirut\n"
     "BEIRUT (AP) — A powerful car bomb ripped through Beirut's central district on Friday morning, killing "
     "Mohammed Chatah, a former finance minister and senior adviser to ex-Premier Saad Hariri, and at least "
     "five other people, officials said.\n"
     "Chatah, 62, a Sunni politician and a sharp critic of Syria and Hezbollah, was on his way to a meeting of "
     "the Western-backed March 14 coalition at Hariri's downtown residence when the blast tore through his "
     "convoy near the Starco building. No group claimed responsibility.\n"
     "Hariri, who lives abroad, said in a statement that \"those who assassinated Mohammed Chatah are the ones "
     "who assassinated Rafik Hariri,\" a clear reference to Hezbollah, four of whose members have been "
     "indicted by a U.N.-backed tribunal over his father's 2005 killing. Hezbollah condemned the bombing as a "
     "\"heinous crime\" and denied any link to it.\n"
     "President Michel Suleiman and caretaker Prime Minister Najib Mikati chaired an emergency meeting of "
     "security chiefs at the presidential palace in Baabda. Later, Suleiman received former Prime Minister "
     "Fouad Siniora, who had rushed to the scene of the blast.\n"
     "Chatah served as Lebanon's ambassador to Washington in the 1990s and as finance minister in Siniora's "
     "2008-2009 cabinet. He is to be buried on Sunday beside Rafik Hariri's tomb.",
     [("MET_WITH", SULEIMAN, MIKATI, "chaired an emergency meeting", "2013-12-27"),
      ("LEADS", SULEIMAN, LEBANON, "President Michel Suleiman and caretaker"),
      ("LEADS", MIKATI, LEBANON, "caretaker Prime Minister Najib Mikati"),
      ("MET_WITH", SULEIMAN, SINIORA, "Later, Suleiman received former Prime Minister", "2013-12-27"),
      ],
     {"source": AP, "published": "2013-12-27"}),

    ("arTY6_saad_hariri_damascus_nahar", "ar",
     "الحريري في دمشق: خلوة مع الأسد طوت سنوات القطيعة\n"
     "كتب المحرر السياسي:\n"
     "طوى رئيس مجلس الوزراء سعد الحريري أمس صفحة قطيعة دامت نحو خمس سنوات، إذ وصل إلى دمشق في أول زيارة له "
     "منذ اغتيال والده الرئيس رفيق الحريري في 14 شباط 2005، فاستقبله الرئيس السوري بشار الأسد عند مدخل قصر "
     "تشرين، ثم عقدا خلوة استمرت نحو ثلاث ساعات أعقبها عشاء.\n"
     "وكان الحريري قد كُلّف في 27 حزيران الماضي تشكيل الحكومة خلفاً للرئيس فؤاد السنيورة، بعد فوز قوى 14 "
     "آذار في الانتخابات النيابية، ولم تبصر حكومته النور إلا في 9 تشرين الثاني بعد مخاض دام أكثر من أربعة "
     "أشهر.\n"
     "وقالت مصادر قريبة من رئيس الحكومة إن الزيارة «لا تعني أي تراجع عن المحكمة الدولية»، وإن الحريري لم "
     "يلتق أياً من الضباط السوريين الذين تردّدت أسماؤهم في تقارير لجنة التحقيق الدولية.\n"
     "وفي بيروت، استقبل رئيس الجمهورية ميشال سليمان في بعبدا رئيس «التيار الوطني الحر» العماد ميشال عون، "
     "وعرض معه أجواء الزيارة ونتائجها المرتقبة على العلاقات بين البلدين.\n"
     "ومن المقرر أن يلتقي الحريري الرئيس الفرنسي نيكولا ساركوزي في باريس مطلع الشهر المقبل.",
     [("LEADS", SAAD, LEBANON, "رئيس مجلس الوزراء سعد الحريري"),
      ("VISITED", SAAD, DAMASCUS, "إذ وصل إلى دمشق", "2009-12-19"),
      ("MET_WITH", SAAD, ASSAD, "فاستقبله الرئيس السوري", "2009-12-19"),
      ("LEADS", ASSAD, SYRIA, "الرئيس السوري بشار الأسد عند"),
      ("SUCCESSOR_OF", SAAD, SINIORA, "تشكيل الحكومة خلفاً للرئيس", "2009-06-27"),
      ("MET_WITH", SULEIMAN, AOUN, "استقبل رئيس الجمهورية ميشال سليمان في بعبدا", "2009-12-19"),
      ("LEADS", SULEIMAN, LEBANON, "رئيس الجمهورية ميشال سليمان"),
      ("LEADS", AOUN, FPM, "رئيس «التيار الوطني الحر» العماد"),
      ],
     {"source": NAHAR, "published": "2009-12-20"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setTY")
