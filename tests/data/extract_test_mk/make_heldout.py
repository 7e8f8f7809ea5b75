"""Blind set MK: Lebanon and Yemen, 2024-2025 (first folder of MK-ML): Naim Qassem named at the head of
Hezbollah after Nasrallah's killing and Safieddine's, the US deputy envoy at Baabda after Joseph Aoun's
election and Nawaf Salam's designation, the Houthi prime minister killed by Israel in Sanaa and who took
over, the UN envoy's Riyadh-Muscat round and the Houthi chief of staff's successor, the US envoy for
Syria taking the Lebanon file to Baabda, the Serail and Ain el-Tineh, and the Lebanese prime minister's
first visit to Damascus, as a German agency's English wire writes it (dpa-like: "Beirut (dpa) -"), as
Lebanon's state agency writes it in Arabic (NNA-like: "وطنية -", "استقبل ... يرافقها"), as an
anti-Houthi Yemeni site writes it in English (Al-Masdar Online-like: "the Houthi militia"), as a Yemeni
news site writes it in Arabic (Yemen Monitor-like: "يمن مونيتور/ خاص"), as a Lebanese TV channel's
English site writes it (MTV Lebanon-like, no dateline) and as a Lebanese opposition daily writes it in
Arabic (Nidaa al-Watan-like, comment mixed in).
Pieces: Qassem after Nasrallah, Nasrallah killed by Israel, Safieddine killed in an Israeli strike,
Araghchi with Berri and Mikati, Hochstein with Berri (English, MK1); Joseph Aoun receives Ortagus with
Johnson, Ortagus with Berri and with Salam, Joseph Aoun after Michel Aoun, Salam after Mikati (Arabic,
MK2); al-Rahawi killed by Israel with ministers, Miftah after al-Rahawi, al-Rahawi after bin Habtoor,
al-Mashat heads the Supreme Political Council (English, MK3); Grundberg with al-Alimi in Riyadh, with
Abdulsalam and with Albusaidi in Muscat, al-Ghamari killed in Israeli strikes, al-Madani after
al-Ghamari (Arabic, MK4); Barrack with Joseph Aoun (Johnson present), with Salam, with Berri, Barrack
after Ortagus on the Lebanon file, Barrack with al-Sharaa in Damascus (English, MK5); Salam in Damascus
with al-Sharaa and al-Shaibani (three ministers present), Mikati's January meeting with al-Sharaa,
Joseph Aoun with al-Sharaa in Cairo (Arabic, MK6).
Excluded on purpose (no relation): Araghchi's congratulations posted on X, Gallant's comment (MK1);
Macron's phone call to Aoun, Ortagus "did not meet" any Hezbollah official (MK2); Abdul-Malik al-Houthi,
who "was not at the meeting" that was struck; Katz's threat (MK3); Grundberg's cancelled Sanaa visit and
his phone call with al-Zindani (MK4); the meeting with Mohammad Raad "ruled out" (MK5); al-Shaibani's
Beirut visit "postponed" (MK6).
Judgement calls: "killed by Israel in a massive air raid" and "killed in an Israeli strike" give the
victim -> Israel (MK1, MK3, MK4); the ministers killed "along with" the prime minister are not named and
give nothing; the deputy named "to take over as acting prime minister" succeeds the dead man (MK3); the
envoy who "has taken over the Lebanon file from" another succeeds her (MK5); the accompanying ministers
"taking part in the talks" are paired with every other participant (MK6); the ambassador "accompanying"
an envoy received by the president is paired with both (MK2, MK5); Joseph Aoun elected "خلفاً للرئيس
ميشال عون" succeeds him though the post had been vacant (MK2); Mikati called Salam's "سلفه" gives
Salam -> Mikati (MK6).
Filled in for the exercise: Gallant's comment's wording (MK1); Macron's call (MK2); Yemen Monitor's
dates for the Grundberg round and the Zindani call (MK4); the Raad detail (MK5); al-Shaibani's
postponed visit (MK6).
Spellings: "Naim Qasim", "Hasan Nasrallah", "Hashim Safi al-Din", "Abbas Araqchi" (MK1); "مورغان
اورتاغوس", "نواف سلام" (MK2); "Ahmed Ghaleb al-Rahwi", "Mahdi al-Mashshat", "Abdulmalik al-Huthi",
"Abdulaziz bin Habtour" (MK3); "هانس غروندبرغ", "محمد عبدالسلام", "يوسف حسن المداني" (MK4); "Thomas
Barrack", "Ahmad al-Sharaa" (MK5); "يوسف رجي", "ميشال منسى", "أسعد حسن الشيباني" (MK6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_ml import ALL  # noqa: E402

HERE = Path(__file__).parent

ISRAEL, LEBANON, SYRIA = "country:israel", "country:lebanon", "country:syria"
BEIRUT, DAMASCUS, RIYADH, MUSCAT, BAABDA, SERAIL, AINTINEH, CAIRO = (
    "location:beirut", "location:damascus", "location:riyadh", "location:muscat", "location:baabda",
    "location:grand-serail", "location:ain-al-tineh", "location:cairo")
HEZB, IRFM, LEBPARL, LEBGOV, HOUTHIS, SPC, PLC, OMFM, SYRFM = (
    "organization:hezbollah", "organization:iranian-foreign-ministry", "organization:lebanese-parliament",
    "organization:lebanese-government", "organization:houthis", "organization:houthi-supreme-political-council",
    "organization:presidential-leadership-council", "organization:omani-foreign-ministry",
    "organization:syrian-foreign-ministry")
QASSEM, NASRALLAH, SAFIEDDINE, ARAGHCHI, BERRI, MIKATI, HOCHSTEIN, GALLANT = (
    "person:naim-qassem", "person:hassan-nasrallah", "person:hashem-safieddine", "person:abbas-araghchi",
    "person:nabih-berri", "person:najib-mikati", "person:amos-hochstein", "person:yoav-gallant")
JAOUN, MAOUN, ORTAGUS, JOHNSON, SALAM, MACRON = (
    "person:joseph-aoun", "person:michel-aoun", "person:morgan-ortagus", "person:lisa-johnson",
    "person:nawaf-salam", "person:emmanuel-macron")
RAHAWI, MASHAT, MIFTAH, HABTOOR, ABDULMALIK, KATZ = (
    "person:ahmed-al-rahawi", "person:mahdi-al-mashat", "person:mohammed-miftah", "person:abdulaziz-bin-habtoor",
    "person:abdul-malik-al-houthi", "person:israel-katz")
GRUNDBERG, ALIMI, ABDULSALAM, ALBUSAIDI, GHAMARI, MADANI, ZINDANI = (
    "person:hans-grundberg", "person:rashad-al-alimi", "person:mohammed-abdulsalam", "person:badr-albusaidi",
    "person:mohammed-al-ghamari", "person:yousef-al-madani", "person:shaya-al-zindani")
BARRACK, SHARAA, RAAD, SHAIBANI, RAJJI, MENASSA, HAJJAR = (
    "person:tom-barrack", "person:ahmed-al-sharaa", "person:mohammad-raad", "person:asaad-al-shaibani",
    "person:youssef-rajji", "person:michel-menassa", "person:ahmad-al-hajjar")

DPA, NNA, MASDAR, YMONITOR, MTV, NIDAA = (
    "blind set (German news agency, English wire, dpa-like)", "blind set (Lebanese state agency, Arabic, NNA-like)",
    "blind set (Yemeni anti-Houthi news site, English, Al-Masdar Online-like)",
    "blind set (Yemeni news site, Arabic, Yemen Monitor-like)",
    "blind set (Lebanese TV channel's English site, MTV Lebanon-like)",
    "blind set (Lebanese opposition daily, Arabic, Nidaa al-Watan-like)")


_ARAGHCHI = {ARAGHCHI: "held talks with parliament speaker Nabih Berri",
             BERRI: "held talks with parliament speaker Nabih Berri",
             MIKATI: "and caretaker Prime Minister Najib Mikati"}
_BAABDA = {JAOUN: "استقبل رئيس الجمهورية العماد جوزاف عون", ORTAGUS: "مورغان اورتاغوس، يرافقها",
           JOHNSON: "يرافقها السفيرة الأميركية ليزا جونسون"}
_BARRACK_BAABDA = {BARRACK: "was received at Baabda Palace", JAOUN: "by President Joseph Aoun",
                   JOHNSON: "in the presence of U.S. Ambassador Lisa Johnson"}
_SALAM_DAMASCUS = {SALAM: "حيث التقى الرئيس السوري أحمد الشرع", SHARAA: "حيث التقى الرئيس السوري أحمد الشرع",
                   SHAIBANI: "بحضور وزير الخارجية السوري أسعد حسن الشيباني",
                   RAJJI: "وزير الخارجية يوسف رجي", MENASSA: "ووزير الدفاع ميشال منسى",
                   HAJJAR: "ووزير الداخلية أحمد الحجار"}

ARTICLES = [
    ("enMK1_hezbollah_names_qasim", "en",
     "Hezbollah names Naim Qasim leader a month after Nasrallah's killing\n"
     "Beirut (dpa) - Lebanon's Hezbollah on Tuesday named its deputy chief Naim Qasim as secretary general, "
     "succeeding Hasan Nasrallah, who was killed by Israel in a massive air raid on Beirut's southern suburbs "
     "on September 27.\n"
     "The group's Shura Council chose the 71-year-old cleric \"in accordance with the approved mechanism\", "
     "the pro-Iranian militia said in a statement.\n"
     "Qasim, a co-founder of the movement, had served as Nasrallah's deputy since 1991.\n"
     "The man long tipped to take over, Hashim Safi al-Din, was killed in an Israeli strike in early October. "
     "Israel's military announced his death on October 22, and Hezbollah confirmed it a day later.\n"
     "Iran's Foreign Minister Abbas Araqchi, who visited Beirut at the start of the month and held talks with "
     "parliament speaker Nabih Berri and caretaker Prime Minister Najib Mikati, congratulated the new leader "
     "in a post on X.\n"
     "Israeli Defence Minister Yoav Gallant wrote that the appointment was \"temporary, and not for long\".\n"
     "US mediator Amos Hochstein had met Berri in Beirut on October 21 to discuss a possible ceasefire.",
     [("SUCCESSOR_OF", QASSEM, NASRALLAH, "succeeding Hasan Nasrallah", "2024-10-29"),
      ("LEADS", QASSEM, HEZB, "named its deputy chief Naim Qasim as secretary general"),
      ("ASSASSINATED_BY", NASRALLAH, ISRAEL, "who was killed by Israel in a massive air raid", "2024-09-27"),
      ("ASSASSINATED_BY", SAFIEDDINE, ISRAEL, "was killed in an Israeli strike in early October", "2024-10"),
      ("VISITED", ARAGHCHI, BEIRUT, "who visited Beirut at the start of the month", "2024-10-04"),
      ("LEADS", ARAGHCHI, IRFM, "Iran's Foreign Minister Abbas Araqchi"),
      ("LEADS", BERRI, LEBPARL, "held talks with parliament speaker Nabih Berri"),
      ("LEADS", MIKATI, LEBGOV, "and caretaker Prime Minister Najib Mikati"),
      ("MET_WITH", HOCHSTEIN, BERRI, "had met Berri in Beirut on October 21", "2024-10-21"),
      ("VISITED", HOCHSTEIN, BEIRUT, "had met Berri in Beirut on October 21", "2024-10-21"),
      ] + met_group(_ARAGHCHI, "2024-10-04"),
     {"source": DPA, "published": "2024-10-29"}),

    ("arMK2_aoun_receives_ortagus", "ar",
     "الرئيس عون استقبل اورتاغوس: لبنان ملتزم بتطبيق اتفاق وقف النار\n"
     "وطنية - استقبل رئيس الجمهورية العماد جوزاف عون، قبل ظهر اليوم في قصر بعبدا، نائبة المبعوث الأميركي "
     "الخاص إلى الشرق الأوسط مورغان اورتاغوس، يرافقها السفيرة الأميركية ليزا جونسون، وجرى عرض للأوضاع في "
     "الجنوب والانسحاب الإسرائيلي من البلدات الحدودية.\n"
     "وبعد اللقاء، تحدثت اورتاغوس من على منبر القصر، فقالت إن بلادها ممتنة لحليفتها إسرائيل على «هزيمة» حزب "
     "الله.\n"
     "وكانت الموفدة الأميركية قد التقت صباحاً رئيس مجلس النواب نبيه بري في عين التينة، على أن تزور بعد الظهر "
     "الرئيس المكلف تشكيل الحكومة القاضي نواف سلام في دارته. ولم تلتقِ أي مسؤول من حزب الله.\n"
     "يُشار إلى أن عون انتُخب في التاسع من كانون الثاني الماضي رئيساً للجمهورية خلفاً للرئيس ميشال عون، بعد "
     "شغور دام أكثر من سنتين، فيما كُلِّف سلام في الثالث عشر منه تشكيل الحكومة خلفاً لرئيس حكومة تصريف "
     "الأعمال نجيب ميقاتي.\n"
     "وكان رئيس الجمهورية قد تلقى مساء أمس اتصالاً هاتفياً من الرئيس الفرنسي إيمانويل ماكرون، تناول الدعم "
     "الفرنسي للجيش اللبناني.",
     met_group(_BAABDA, "2025-02-07") + [
      ("VISITED", ORTAGUS, BAABDA, "قبل ظهر اليوم في قصر بعبدا", "2025-02-07"),
      ("LEADS", JAOUN, LEBANON, "استقبل رئيس الجمهورية العماد جوزاف عون"),
      ("MET_WITH", ORTAGUS, BERRI, "قد التقت صباحاً رئيس مجلس النواب نبيه بري", "2025-02-07"),
      ("VISITED", ORTAGUS, AINTINEH, "نبيه بري في عين التينة", "2025-02-07"),
      ("LEADS", BERRI, LEBPARL, "قد التقت صباحاً رئيس مجلس النواب نبيه بري"),
      ("MET_WITH", ORTAGUS, SALAM, "الرئيس المكلف تشكيل الحكومة القاضي نواف سلام", "2025-02-07"),
      ("SUCCESSOR_OF", JAOUN, MAOUN, "خلفاً للرئيس ميشال عون", "2025-01-09"),
      ("SUCCESSOR_OF", SALAM, MIKATI, "خلفاً لرئيس حكومة تصريف", "2025-01-13"),
      ("LEADS", MIKATI, LEBGOV, "خلفاً لرئيس حكومة تصريف"),
      ],
     {"source": NNA, "published": "2025-02-07"}),

    ("enMK3_houthi_premier_killed", "en",
     "Houthis confirm their prime minister killed in Israeli strike on Sana'a\n"
     "ADEN (Al-Masdar Online) - The Houthi militia on Saturday confirmed that Ahmed Ghaleb al-Rahwi, the "
     "prime minister of its unrecognised government in Sana'a, was killed along with several ministers in an "
     "Israeli airstrike on Thursday.\n"
     "Mahdi al-Mashshat, head of the group's Supreme Political Council, said in a televised speech that Rahwi "
     "and \"a number of his ministerial colleagues\" were killed while attending a routine workshop to review "
     "the government's performance.\n"
     "The council named Mohammed Miftah, Rahwi's first deputy, to take over as acting prime minister. Rahwi "
     "had been appointed in August last year, replacing Abdulaziz bin Habtour.\n"
     "The militia's leader, Abdulmalik al-Huthi, was not at the meeting, a source in Sana'a told Al-Masdar "
     "Online.\n"
     "Israeli Defence Minister Israel Katz warned on X that \"whoever raises a hand against Israel\" would "
     "share the same fate. The Israeli army had said on Thursday that it struck a \"military target of the "
     "Houthi terrorist regime\" in the Sana'a area.",
     [("ASSASSINATED_BY", RAHAWI, ISRAEL, "was killed along with several ministers in an", "2025-08-28"),
      ("LEADS", MASHAT, SPC, "head of the group's Supreme Political Council"),
      ("SUCCESSOR_OF", MIFTAH, RAHAWI, "to take over as acting prime minister", "2025-08-30"),
      ("SUCCESSOR_OF", RAHAWI, HABTOOR, "replacing Abdulaziz bin Habtour", "2024-08"),
      ("LEADS", ABDULMALIK, HOUTHIS, "The militia's leader, Abdulmalik al-Huthi"),
      ("MEMBER_OF", MASHAT, HOUTHIS, "Mahdi al-Mashshat, head of the group's"),
      ],
     {"source": MASDAR, "published": "2025-08-30"}),

    ("arMK4_grundberg_riyadh_muscat", "ar",
     "غروندبرغ يلتقي العليمي في الرياض وعبدالسلام في مسقط\n"
     "يمن مونيتور/ خاص\n"
     "التقى المبعوث الأممي الخاص إلى اليمن هانس غروندبرغ، الأحد، رئيس مجلس القيادة الرئاسي الدكتور رشاد "
     "العليمي في العاصمة السعودية الرياض، وبحث معه جهود خفض التصعيد وملف الموظفين الأمميين المحتجزين.\n"
     "ثم انتقل غروندبرغ إلى مسقط، حيث اجتمع بكبير مفاوضي جماعة الحوثي محمد عبدالسلام، كما التقى وزير الخارجية "
     "العماني بدر بن حمد البوسعيدي، بحسب بيان لمكتب المبعوث.\n"
     "وكان المبعوث قد ألغى زيارة كانت مقررة إلى صنعاء الشهر الماضي، واكتفى باتصال هاتفي مع وزير الخارجية في "
     "الحكومة المعترف بها دولياً شائع الزنداني.\n"
     "وتأتي جولة غروندبرغ بعد أيام من إعلان الجماعة مقتل رئيس هيئة الأركان العامة في قواتها اللواء محمد "
     "عبدالكريم الغماري، متأثراً بجروح أصيب بها في غارات إسرائيلية على صنعاء، وتعيين اللواء يوسف حسن المداني "
     "خلفاً له.\n"
     "ويُعد المداني من أبرز القادة الميدانيين للجماعة، وسبق أن قاد جبهات الساحل الغربي.",
     [("MET_WITH", GRUNDBERG, ALIMI, "رئيس مجلس القيادة الرئاسي الدكتور رشاد", "2025-10-19"),
      ("VISITED", GRUNDBERG, RIYADH, "في العاصمة السعودية الرياض", "2025-10-19"),
      ("LEADS", ALIMI, PLC, "رئيس مجلس القيادة الرئاسي الدكتور رشاد"),
      ("MET_WITH", GRUNDBERG, ABDULSALAM, "حيث اجتمع بكبير مفاوضي جماعة الحوثي", "2025-10"),
      ("VISITED", GRUNDBERG, MUSCAT, "ثم انتقل غروندبرغ إلى مسقط", "2025-10"),
      ("MEMBER_OF", ABDULSALAM, HOUTHIS, "حيث اجتمع بكبير مفاوضي جماعة الحوثي"),
      ("MET_WITH", GRUNDBERG, ALBUSAIDI, "كما التقى وزير الخارجية العماني", "2025-10"),
      ("LEADS", ALBUSAIDI, OMFM, "كما التقى وزير الخارجية العماني"),
      ("ASSASSINATED_BY", GHAMARI, ISRAEL, "في غارات إسرائيلية على صنعاء", "2025"),
      ("MEMBER_OF", GHAMARI, HOUTHIS, "رئيس هيئة الأركان العامة في قواتها"),
      ("SUCCESSOR_OF", MADANI, GHAMARI, "وتعيين اللواء يوسف حسن المداني", "2025-10"),
      ("MEMBER_OF", MADANI, HOUTHIS, "ويُعد المداني من أبرز القادة الميدانيين للجماعة"),
      ],
     {"source": YMONITOR, "published": "2025-10-20"}),

    ("enMK5_barrack_takes_lebanon_file", "en",
     "Barrack in Beirut: Washington wants a timetable for Hezbollah's weapons\n"
     "U.S. envoy Thomas Barrack was received at Baabda Palace on Thursday by President Joseph Aoun, in the "
     "presence of U.S. Ambassador Lisa Johnson, on his first visit to Lebanon since he took over the Lebanon "
     "file from deputy envoy Morgan Ortagus.\n"
     "Barrack, who is Washington's ambassador to Turkey and its special envoy for Syria, then headed to the "
     "Grand Serail for talks with Prime Minister Nawaf Salam, before meeting Speaker Nabih Berri in Ain "
     "el-Tineh.\n"
     "According to sources who spoke to MTV, the envoy asked his hosts for a clear timetable for disarming "
     "Hezbollah. A meeting with MP Mohammad Raad, the head of the party's parliamentary bloc, was ruled out by "
     "the U.S. embassy.\n"
     "Barrack arrived from Damascus, where he had met Syria's interim President Ahmad al-Sharaa on May 29 and "
     "raised the American flag over the ambassador's residence for the first time since 2012.",
     met_group(_BARRACK_BAABDA, "2025-06-19") + [
      ("VISITED", BARRACK, BAABDA, "was received at Baabda Palace", "2025-06-19"),
      ("LEADS", JAOUN, LEBANON, "by President Joseph Aoun"),
      ("SUCCESSOR_OF", BARRACK, ORTAGUS, "file from deputy envoy Morgan Ortagus", "2025-06"),
      ("MET_WITH", BARRACK, SALAM, "for talks with Prime Minister Nawaf Salam", "2025-06-19"),
      ("VISITED", BARRACK, SERAIL, "then headed to the", "2025-06-19"),
      ("LEADS", SALAM, LEBGOV, "for talks with Prime Minister Nawaf Salam"),
      ("MET_WITH", BARRACK, BERRI, "before meeting Speaker Nabih Berri", "2025-06-19"),
      ("VISITED", BARRACK, AINTINEH, "Berri in Ain", "2025-06-19"),
      ("LEADS", BERRI, LEBPARL, "before meeting Speaker Nabih Berri"),
      ("MEMBER_OF", RAAD, HEZB, "the head of the party's parliamentary bloc"),
      ("MET_WITH", BARRACK, SHARAA, "where he had met Syria's interim President", "2025-05-29"),
      ("VISITED", BARRACK, DAMASCUS, "Barrack arrived from Damascus", "2025-05-29"),
      ("LEADS", SHARAA, SYRIA, "where he had met Syria's interim President"),
      ],
     {"source": MTV, "published": "2025-06-19"}),

    ("arMK6_salam_damascus", "ar",
     "سلام في قصر الشعب: صفحة جديدة أم إدارة أزمة؟\n"
     "زار رئيس الحكومة نواف سلام دمشق أمس على رأس وفد وزاري ضم وزير الخارجية يوسف رجي ووزير الدفاع ميشال منسى "
     "ووزير الداخلية أحمد الحجار، حيث التقى الرئيس السوري أحمد الشرع في قصر الشعب، بحضور وزير الخارجية السوري "
     "أسعد حسن الشيباني. وشارك الوزراء الثلاثة في المحادثات التي تناولت ضبط الحدود وترسيمها وملف النازحين.\n"
     "وهي الزيارة الأولى لسلام منذ نيل حكومته الثقة، بعد زيارة سلفه نجيب ميقاتي في كانون الثاني، حين التقى "
     "الشرع في أول زيارة لرئيس حكومة لبناني إلى العاصمة السورية منذ اندلاع الحرب.\n"
     "وكان رئيس الجمهورية جوزاف عون قد التقى الشرع في القاهرة على هامش القمة العربية الطارئة في آذار الماضي، "
     "واتفقا على تنسيق أمني على الحدود.\n"
     "وكان مقرراً أن يزور الشيباني بيروت قبل أسبوعين، لكن الزيارة أرجئت من دون تحديد موعد جديد.\n"
     "ويبقى السؤال: هل تكفي الزيارات لطيّ صفحة عقود من الوصاية؟",
     met_group(_SALAM_DAMASCUS, "2025-04-14") + [
      ("VISITED", SALAM, DAMASCUS, "زار رئيس الحكومة نواف سلام دمشق أمس", "2025-04-14"),
      ("LEADS", SALAM, LEBGOV, "زار رئيس الحكومة نواف سلام دمشق أمس"),
      ("LEADS", SHARAA, SYRIA, "حيث التقى الرئيس السوري أحمد الشرع"),
      ("LEADS", SHAIBANI, SYRFM, "بحضور وزير الخارجية السوري أسعد حسن الشيباني"),
      ("SUCCESSOR_OF", SALAM, MIKATI, "بعد زيارة سلفه نجيب ميقاتي", "2025-02"),
      ("MET_WITH", MIKATI, SHARAA, "حين التقى", "2025-01-11"),
      ("VISITED", MIKATI, DAMASCUS, "بعد زيارة سلفه نجيب ميقاتي", "2025-01-11"),
      ("MET_WITH", JAOUN, SHARAA, "قد التقى الشرع في القاهرة", "2025-03-04"),
      ("VISITED", JAOUN, CAIRO, "قد التقى الشرع في القاهرة", "2025-03-04"),
      ("LEADS", JAOUN, LEBANON, "وكان رئيس الجمهورية جوزاف عون"),
      ],
     {"source": NIDAA, "published": "2025-04-15"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setMK")
