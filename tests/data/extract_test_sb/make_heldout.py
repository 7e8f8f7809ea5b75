"""Blind set SB: Iran 1981-1990 (second folder of SA-SB): Ayatollah Hossein-Ali Montazeri's removal as
Khomeini's designated successor (March 1989), Khomeini's death and the Assembly of Experts' election of Ali
Khamenei (June 1989), Khamenei's election as president and Mir Hossein Mousavi's approval as prime minister
(October 1981), Hafez al-Assad's visit to Tehran under President Rafsanjani (September 1990), Tariq Aziz's
visit to Tehran (September 1990) and a Kuwaiti foreign minister's mission to Tehran during the occupation
of Kuwait, as a US wire writes it in English (AP-like: "NICOSIA, Cyprus (AP) --", "Tehran Radio said"), a
London pan-Arab daily in Arabic (Al-Hayat-like: "لندن - «الحياة»"), a US daily in English (New York
Times-like: "Special to The New York Times", "Teheran", "Hojatolislam", "Mr. Moussavi"), Syria's state
agency in Arabic (SANA-like: "طهران-سانا", "السيد الرئيس"), a British wire in English (Reuters-like:
"TEHRAN, Sept 9 (Reuters) -") and Kuwait's state agency in Arabic (KUNA-like: "حضرة صاحب السمو أمير
البلاد").
Pieces: Montazeri resigns, meets Meshkini; Rafsanjani and Khamenei "could replace" him (English, SB1);
the Assembly of Experts elects Khamenei to succeed Khomeini, Khamenei receives Rafsanjani and Mousavi with
Ahmad Khomeini present (Arabic, SB2); Mousavi approved, replacing Mahdavi-Kani, Khamenei elected to
succeed Rajai, Mousavi meets Khamenei with Rafsanjani present (English, SB3); Assad and Rafsanjani hold
talks attended by al-Sharaa and Velayati, Assad meets Khamenei; Rafsanjani succeeded Khamenei, who succeeded
Khomeini (Arabic, SB4); Tariq Aziz meets Velayati then Rafsanjani; Aziz, Velayati and Perez de Cuellar met
in Geneva in 1988 (English, SB5); Rafsanjani receives Sabah al-Ahmad with Velayati and al-Shaheen present,
Sabah meets Karroubi, who succeeded Rafsanjani as speaker (Arabic, SB6).
Excluded on purpose (no relation): Khomeini's refusal to receive Montazeri, the "could replace" of
Rafsanjani and Khamenei (SB1); Montazeri, "who had been meant to succeed" Khomeini, Khaddam's expected
meetings (SB2); Velayati, who "could take over the Foreign Ministry", the failed attempt on Khamenei, Iran's
accusation of the Mujahedeen (SB3); Assad's planned visit to Mashhad (SB4); Khamenei "not expected to
receive" Aziz, Sabah al-Ahmad's telephone call to Velayati (SB5); the emir's telephone call to Rafsanjani,
the meeting with Khamenei that did not take place (SB6).
Judgement calls: "Khomeini, Iran's spiritual leader" and "Iran's spiritual leader Ayatollah Ali Khamenei" are
LEADS Iran (SB1, SB5); "«استقبل X Y وZ بحضور A»" is one meeting: A paired with the host and both guests
(SB2); the SANA talks "«حضرها عن الجانب السوري ... وعن الجانب الإيراني ...»": each attendee paired with both
presidents and the two attendees with each other (SB4), likewise Velayati and al-Shaheen, who "took part in
the meeting" (SB6); "«انتخبه مجلس الخبراء قائداً للثورة بعد رحيل الإمام الخميني»" is a succession (appointed
after the other's death in the same post, SB4); "in talks chaired by" the UN Secretary-General is a meeting
of the three (SB5); "Mr. Moussavi replaces Ayatollah Mohammed Reza Mahdavi-Kani" is a succession (SB3);
"«الذي خلف رفسنجاني في رئاسة المجلس»" is a succession (SB6).
Filled in for the exercise: Meshkini's visit to Qom and Khomeini's refusal (SB1); Khamenei's reception of
Rafsanjani and Mousavi, Khaddam's mission (SB2); the Wednesday meeting with Rafsanjani present, the date of
the vote (SB3); the date of the visit, the Mashhad programme (SB4); the length of the Velayati talks,
Sabah al-Ahmad's call (SB5); the whole Kuwaiti mission: its date, al-Shaheen's presence, the Karroubi meeting
and the emir's call (SB6).
Spellings: "Hossein Ali Montazeri", "Hashemi Rafsanjani" (SB1); "حجة الإسلام السيد علي خامنئي", "علي أكبر
هاشمي رفسنجاني", "مير حسين موسوي" (SB2); "Mir Hussein Moussavi", "Mohammed Reza Mahdavi-Kani", "Mohammad Ali
Rajai", "Teheran" (SB3); "السيد الرئيس حافظ الأسد", "فاروق الشرع", "الدكتور علي أكبر ولايتي" (SB4); "Tareq
Aziz", "Akbar Hashemi Rafsanjani", "Javier Perez de Cuellar" (SB5); "الشيخ صباح الأحمد الجابر الصباح",
"هاشمي رفسنجاني", "مهدي كروبي" (SB6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_sb import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAN, IRAQ, KUWAIT, SYRIA = "country:iran", "country:iraq", "country:kuwait", "country:syria"
EXPERTS, PARL, IRFM, IQFM, KWFM, SYFM, MEK, UN = (
    "organization:assembly-of-experts", "organization:iranian-parliament", "organization:iranian-foreign-ministry",
    "organization:iraqi-foreign-ministry", "organization:kuwaiti-foreign-ministry",
    "organization:syrian-foreign-ministry", "organization:mujahedin-e-khalq", "organization:united-nations")
KHOMEINI, AHMAD, KHAMENEI, RAFSANJANI, MOUSAVI, VELAYATI, KARROUBI = (
    "person:ruhollah-khomeini", "person:ahmad-khomeini", "person:ali-khamenei", "person:ali-akbar-hashemi-rafsanjani",
    "person:mir-hossein-mousavi", "person:ali-akbar-velayati", "person:mehdi-karroubi")
MONTAZERI, MESHKINI, RAJAI, BAHONAR, MAHDAVI, RAJAVI = (
    "person:hossein-ali-montazeri", "person:ali-meshkini", "person:mohammad-ali-rajai",
    "person:mohammad-javad-bahonar", "person:mohammad-reza-mahdavi-kani", "person:massoud-rajavi")
ASSAD, SHARAA, KHADDAM, SADDAM, AZIZ, SABAH, JABER, SHAHEEN, PEREZ = (
    "person:hafez-al-assad", "person:farouk-al-sharaa", "person:abdul-halim-khaddam", "person:saddam-hussein",
    "person:tariq-aziz", "person:sabah-al-ahmad-al-jaber-al-sabah", "person:jaber-al-ahmad-al-sabah",
    "person:suleiman-majed-al-shaheen", "person:javier-perez-de-cuellar")

AP = "blind set (US news wire, English, AP-like)"
HAYAT = "blind set (London pan-Arab daily, Arabic, Al-Hayat-like)"
NYT = "blind set (US daily, English, New York Times-like)"
SANA = "blind set (Syrian state news agency, Arabic, SANA-like)"
REUTERS = "blind set (British news wire, English, Reuters-like)"
KUNA = "blind set (Kuwaiti state news agency, Arabic, KUNA-like)"

ARTICLES = [
    ("enSB1_montazeri_resigns_ap", "en",
     "Montazeri quits as Khomeini's heir after rebuke\n"
     "NICOSIA, Cyprus (AP) -- Ayatollah Hossein Ali Montazeri, long groomed as the successor of Ayatollah "
     "Ruhollah Khomeini, has resigned as designated heir after the 86-year-old patriarch accused him of siding "
     "with liberals and critics of the revolution, Tehran Radio said Tuesday.\n"
     "In a letter broadcast by the radio, Khomeini, Iran's spiritual leader, accepted the resignation and told "
     "Montazeri to return to teaching at the seminary in Qom.\n"
     "Montazeri, 66, received Ayatollah Ali Meshkini, the chairman of the Assembly of Experts, at his home in Qom "
     "on Monday, the official Islamic Republic News Agency said. The 83-member clerical body named Montazeri "
     "heir in 1985.\n"
     "Montazeri had asked to see Khomeini last week, but the request was turned down, according to sources close "
     "to his office.\n"
     "Diplomats in the region said Parliament Speaker Hashemi Rafsanjani or President Ali Khamenei could replace "
     "Montazeri, or a council of clerics could be named to lead the country after Khomeini's death.\n"
     "Montazeri had angered Khomeini by criticizing the mass execution of political prisoners last year and "
     "calling for an end to the revolution's excesses.",
     [("LEADS", KHOMEINI, IRAN, "Khomeini, Iran's spiritual leader"),
      ("MET_WITH", MONTAZERI, MESHKINI, "received Ayatollah Ali Meshkini", "1989-03-27"),
      ("LEADS", MESHKINI, EXPERTS, "the chairman of the Assembly of Experts"),
      ("LEADS", RAFSANJANI, PARL, "Parliament Speaker Hashemi Rafsanjani"),
      ("LEADS", KHAMENEI, IRAN, "President Ali Khamenei could"),
      ],
     {"source": AP, "published": "1989-03-28"}),

    ("arSB2_khamenei_succeeds_khomeini_hayat", "ar",
     "مجلس الخبراء يختار خامنئي خلفاً للخميني\n"
     "لندن - «الحياة»\n"
     "انتخب مجلس خبراء القيادة في إيران، في جلسة طارئة عقدها أمس في طهران، رئيس الجمهورية حجة الإسلام السيد "
     "علي خامنئي قائداً للثورة الإسلامية خلفاً للإمام آية الله روح الله الخميني الذي توفي ليل السبت عن 86 "
     "عاماً إثر عملية جراحية.\n"
     "وأعلن رئيس المجلس آية الله علي مشكيني أن الانتخاب جرى بأكثرية كبيرة، بعدما نقل رئيس مجلس الشورى علي "
     "أكبر هاشمي رفسنجاني إلى الأعضاء أن الإمام الراحل كان يرى في خامنئي الشخص المناسب للقيادة.\n"
     "ونقلت إذاعة طهران أن خامنئي استقبل بعد انتخابه رئيس مجلس الشورى ورئيس الوزراء مير حسين موسوي، بحضور "
     "السيد أحمد الخميني نجل الإمام الراحل، وبحث معهما ترتيبات التشييع.\n"
     "وكان الإمام الراحل قد أقال في آذار الماضي آية الله حسين علي منتظري، الذي كان من المفترض أن يخلفه، بعد "
     "انتقادات وجّهها منتظري إلى أداء النظام.\n"
     "وفي دمشق، أوفد الرئيس حافظ الأسد نائبه عبد الحليم خدام إلى طهران لتقديم التعازي، ومن المنتظر أن يلتقي "
     "خدام اليوم خامنئي ورفسنجاني.",
     [("SUCCESSOR_OF", KHAMENEI, KHOMEINI, "قائداً للثورة الإسلامية خلفاً للإمام", "1989-06-04"),
      ("LEADS", KHAMENEI, IRAN, "رئيس الجمهورية حجة الإسلام السيد"),
      ("LEADS", MESHKINI, EXPERTS, "رئيس المجلس آية الله علي مشكيني"),
      ("LEADS", RAFSANJANI, PARL, "رئيس مجلس الشورى علي"),
      ("LEADS", MOUSAVI, IRAN, "ورئيس الوزراء مير حسين موسوي"),
      ("LEADS", ASSAD, SYRIA, "الرئيس حافظ الأسد نائبه"),
      ] + met_group({KHAMENEI: "أن خامنئي استقبل بعد انتخابه", RAFSANJANI: "انتخابه رئيس مجلس الشورى ورئيس",
                     MOUSAVI: "مير حسين موسوي، بحضور", AHMAD: "السيد أحمد الخميني نجل"}, "1989-06-04"),
     {"source": HAYAT, "published": "1989-06-05"}),

    ("enSB3_moussavi_approved_nyt", "en",
     "Iran's Parliament Approves Moussavi as Prime Minister\n"
     "Special to The New York Times\n"
     "BEIRUT, Lebanon, Oct. 28 -- Iran's Parliament today approved Mir Hussein Moussavi, the 40-year-old Foreign "
     "Minister, as Prime Minister, a week after it rejected President Ali Khamenei's first nominee, Ali Akbar "
     "Velayati, according to the Teheran radio.\n"
     "Mr. Moussavi replaces Ayatollah Mohammed Reza Mahdavi-Kani, who had led an interim Government since the "
     "Aug. 30 bombing that killed President Mohammad Ali Rajai and Prime Minister Mohammad Javad Bahonar.\n"
     "Hojatolislam Khamenei, 42, was elected President on Oct. 2 with 95 percent of the vote to succeed Mr. "
     "Rajai, becoming the first clergyman to hold the office. He survived an assassination attempt in June, when "
     "a bomb hidden in a tape recorder exploded as he spoke at a Teheran mosque.\n"
     "The radio said Mr. Moussavi met the President on Tuesday to discuss the composition of his Cabinet, in "
     "the presence of the Speaker of Parliament, Hojatolislam Hashemi Rafsanjani.\n"
     "Diplomats in Beirut said Mr. Velayati could take over the Foreign Ministry from Mr. Moussavi.\n"
     "Iran has blamed the August bombing on the People's Mujahedeen, the leftist guerrilla group whose leader, "
     "Massoud Rajavi, lives in exile in France.",
     [("LEADS", MOUSAVI, IRFM, "the 40-year-old Foreign Minister"),
      ("LEADS", KHAMENEI, IRAN, "President Ali Khamenei's first nominee"),
      ("SUCCESSOR_OF", MOUSAVI, MAHDAVI, "Mr. Moussavi replaces Ayatollah", "1981-10-28"),
      ("SUCCESSOR_OF", KHAMENEI, RAJAI, "to succeed Mr.", "1981-10-02"),
      ("MET_WITH", MOUSAVI, KHAMENEI, "Mr. Moussavi met the President on Tuesday", "1981-10-27"),
      ("MET_WITH", RAFSANJANI, MOUSAVI, "in the presence of the Speaker of Parliament", "1981-10-27"),
      ("MET_WITH", RAFSANJANI, KHAMENEI, "Hojatolislam Hashemi Rafsanjani", "1981-10-27"),
      ("LEADS", RAFSANJANI, PARL, "the Speaker of Parliament, Hojatolislam"),
      ("LEADS", RAJAVI, MEK, "whose leader, Massoud Rajavi"),
      ],
     {"source": NYT, "published": "1981-10-29"}),

    ("arSB4_assad_tehran_sana", "ar",
     "السيد الرئيس حافظ الأسد يجري مباحثات مع الرئيس هاشمي رفسنجاني في طهران\n"
     "طهران-سانا\n"
     "وصل السيد الرئيس حافظ الأسد إلى طهران اليوم في زيارة رسمية لجمهورية إيران الإسلامية تلبية لدعوة من "
     "الرئيس علي أكبر هاشمي رفسنجاني، وكان في استقباله في مطار مهر آباد الرئيس رفسنجاني وكبار المسؤولين "
     "الإيرانيين.\n"
     "وعقد السيد الرئيس والرئيس رفسنجاني جلسة مباحثات رسمية تناولت تطورات الأوضاع في منطقة الخليج بعد الغزو "
     "العراقي للكويت والعلاقات الثنائية، حضرها عن الجانب السوري السيد فاروق الشرع وزير الخارجية، وعن الجانب "
     "الإيراني الدكتور علي أكبر ولايتي وزير الخارجية.\n"
     "وأكد الجانبان ضرورة انسحاب القوات العراقية من الكويت ورفض الوجود العسكري الأجنبي في المنطقة.\n"
     "ثم التقى السيد الرئيس قائد الثورة الإسلامية آية الله السيد علي خامنئي، الذي أشاد بمواقف سورية خلال "
     "سنوات الحرب المفروضة على إيران.\n"
     "وكان الرئيس رفسنجاني قد تولى رئاسة الجمهورية في آب من العام الماضي خلفاً لآية الله خامنئي، الذي انتخبه "
     "مجلس الخبراء قائداً للثورة بعد رحيل الإمام الخميني.\n"
     "ومن المقرر أن يزور السيد الرئيس غداً مدينة مشهد.",
     [("MET_WITH", ASSAD, RAFSANJANI, "وعقد السيد الرئيس والرئيس رفسنجاني جلسة", "1990-09-22"),
      ("MET_WITH", SHARAA, ASSAD, "حضرها عن الجانب السوري", "1990-09-22"),
      ("MET_WITH", SHARAA, RAFSANJANI, "السيد فاروق الشرع وزير الخارجية", "1990-09-22"),
      ("MET_WITH", VELAYATI, ASSAD, "وعن الجانب الإيراني الدكتور", "1990-09-22"),
      ("MET_WITH", VELAYATI, RAFSANJANI, "علي أكبر ولايتي وزير الخارجية", "1990-09-22"),
      ("MET_WITH", SHARAA, VELAYATI, "حضرها عن الجانب السوري السيد فاروق", "1990-09-22"),
      ("LEADS", SHARAA, SYFM, "فاروق الشرع وزير الخارجية، وعن"),
      ("LEADS", VELAYATI, IRFM, "ولايتي وزير الخارجية."),
      ("MET_WITH", ASSAD, KHAMENEI, "ثم التقى السيد الرئيس قائد الثورة", "1990-09-22"),
      ("SUCCESSOR_OF", RAFSANJANI, KHAMENEI, "خلفاً لآية الله خامنئي", "1989-08-03"),
      ("SUCCESSOR_OF", KHAMENEI, KHOMEINI, "قائداً للثورة بعد رحيل الإمام", "1989-06-04"),
      ],
     {"source": SANA, "published": "1990-09-22"}),

    ("enSB5_tariq_aziz_tehran_reuters", "en",
     "Iraq's Aziz in Tehran on first visit since war\n"
     "TEHRAN, Sept 9 (Reuters) - Iraqi Foreign Minister Tareq Aziz held talks with Iranian President Akbar "
     "Hashemi Rafsanjani on Sunday, the first visit to Tehran by a senior Iraqi official since the outbreak of "
     "the 1980-88 war, Tehran Radio said.\n"
     "Aziz, who arrived on Saturday carrying a message from President Saddam Hussein, had earlier met his Iranian "
     "counterpart Ali Akbar Velayati for three hours. The two ministers were expected to announce the "
     "restoration of diplomatic relations on Monday.\n"
     "Aziz and Velayati first met face to face in Geneva in August 1988, in talks chaired by U.N. "
     "Secretary-General Javier Perez de Cuellar after the ceasefire that ended the war.\n"
     "Iran's spiritual leader Ayatollah Ali Khamenei was not expected to receive the Iraqi envoy, diplomats said.\n"
     "Kuwait's exiled foreign minister, Sheikh Sabah al-Ahmad al-Sabah, telephoned Velayati on Saturday to urge "
     "Tehran to keep up its observance of the U.N. embargo on Iraq, the Kuwaiti news agency said.\n"
     "Baghdad last month accepted Iran's terms for a peace settlement, agreeing to withdraw its troops from "
     "Iranian territory and to release prisoners of war.",
     [("MET_WITH", AZIZ, RAFSANJANI, "held talks with Iranian President", "1990-09-09"),
      ("LEADS", AZIZ, IQFM, "Iraqi Foreign Minister Tareq Aziz"),
      ("LEADS", RAFSANJANI, IRAN, "Iranian President Akbar"),
      ("LEADS", SADDAM, IRAQ, "President Saddam Hussein"),
      ("MET_WITH", AZIZ, VELAYATI, "had earlier met his Iranian", "1990-09-09"),
      ("MET_WITH", AZIZ, PEREZ, "in talks chaired by", "1988-08-25"),
      ("MET_WITH", VELAYATI, PEREZ, "Javier Perez de Cuellar after", "1988-08-25"),
      ("LEADS", PEREZ, UN, "Secretary-General Javier Perez"),
      ("LEADS", KHAMENEI, IRAN, "Iran's spiritual leader Ayatollah Ali Khamenei"),
      ("LEADS", SABAH, KWFM, "Kuwait's exiled foreign minister"),
      ],
     {"source": REUTERS, "published": "1990-09-09"}),

    ("arSB6_sabah_al_ahmad_tehran_kuna", "ar",
     "الرئيس الإيراني يستقبل الشيخ صباح الأحمد ويتسلّم رسالة من سمو الأمير\n"
     "طهران - كونا\n"
     "استقبل الرئيس الإيراني علي أكبر هاشمي رفسنجاني اليوم نائب رئيس مجلس الوزراء ووزير الخارجية الشيخ صباح "
     "الأحمد الجابر الصباح، الذي سلّمه رسالة خطية من حضرة صاحب السمو أمير البلاد الشيخ جابر الأحمد الجابر "
     "الصباح تتعلق بالعلاقات الثنائية وتطورات الاحتلال العراقي الغاشم لدولة الكويت.\n"
     "وشارك في المقابلة من الجانب الكويتي وكيل وزارة الخارجية سليمان ماجد الشاهين، ومن الجانب الإيراني وزير "
     "الخارجية الدكتور علي أكبر ولايتي.\n"
     "وأعرب الرئيس رفسنجاني عن تقديره لموقف الكويت، مؤكداً رفض بلاده احتلال أراضي الغير بالقوة.\n"
     "كما التقى الشيخ صباح الأحمد رئيس مجلس الشورى الإسلامي حجة الإسلام مهدي كروبي، الذي خلف رفسنجاني في "
     "رئاسة المجلس العام الماضي.\n"
     "وكان سمو الأمير قد أجرى الأسبوع الماضي اتصالاً هاتفياً بالرئيس رفسنجاني تناول الأوضاع في المنطقة.\n"
     "ولم يتسنَّ للشيخ صباح الأحمد لقاء المرشد آية الله علي خامنئي بسبب ارتباطات مسبقة، بحسب مصادر الوفد.",
     met_group({RAFSANJANI: "استقبل الرئيس الإيراني علي أكبر", SABAH: "ووزير الخارجية الشيخ صباح",
                SHAHEEN: "وكيل وزارة الخارجية سليمان", VELAYATI: "الخارجية الدكتور علي أكبر ولايتي"},
               "1990-10-21") + [
      ("LEADS", RAFSANJANI, IRAN, "الرئيس الإيراني علي أكبر هاشمي"),
      ("LEADS", SABAH, KWFM, "ووزير الخارجية الشيخ صباح الأحمد"),
      ("LEADS", JABER, KUWAIT, "أمير البلاد الشيخ جابر"),
      ("LEADS", VELAYATI, IRFM, "ومن الجانب الإيراني وزير"),
      ("MET_WITH", SABAH, KARROUBI, "كما التقى الشيخ صباح الأحمد رئيس", "1990-10-21"),
      ("LEADS", KARROUBI, PARL, "رئيس مجلس الشورى الإسلامي حجة الإسلام مهدي"),
      ("SUCCESSOR_OF", KARROUBI, RAFSANJANI, "الذي خلف رفسنجاني في", "1989-08"),
      ],
     {"source": KUNA, "published": "1990-10-21"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setSB")
