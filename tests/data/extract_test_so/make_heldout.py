"""Blind set SO: Saddam Hussein's Iraq, 1979-2003 (first folder of SO-SP): Saddam's succession to Ahmed
Hassan al-Bakr (July 1979), Kofi Annan's talks with Saddam and Tariq Aziz in Baghdad (February 1998), Hussein
Kamel's defection to Jordan (August 1995), the killing of the Kamel brothers by their clan after their return
(February 1996), Yevgeny Primakov's secret mission to Saddam (February 2003) and Hugo Chavez's visit to Baghdad
(August 2000), as a US wire writes it in English (AP-like: "BAGHDAD, Iraq (AP) -", "Baghdad Radio
announced"), Iraq's state agency in Arabic (INA-like: "السيد الرئيس القائد صدام حسين، حفظه الله", "الرفيق"), a
British wire in English (Reuters-like: "AMMAN, Aug 12 (Reuter) -"), a pan-Arab London daily in Arabic (Al-Hayat-
like: "لندن - «الحياة»", "وأفادت مصادر في المعارضة"), a New York daily in English (NYT-like: "Yevgeny M.
Primakov", "Mr. Hussein", "according to an official who was briefed") and a Kuwaiti daily in Arabic (Al-Qabas-
like: "تحرير الكويت", "مصدر كويتي مسؤول").
Pieces: Saddam sworn in succeeding al-Bakr, Izzat Ibrahim named to Saddam's former post as vice-chairman of the
RCC (English, SO1); Saddam receives Annan in the presence of Tariq Aziz; Annan's earlier talks with Aziz in the
presence of al-Sahhaf (Arabic, SO2); King Hussein receives Hussein Kamel; Ekeus's earlier talks with Aziz in
Baghdad (English, SO3); the Kamel brothers killed by members of their clan; Hussein Kamel had met Ekeus in Amman
(Arabic, SO4); Primakov received by Saddam in the presence of Aziz and Ramadan (English, SO5); Chavez meets
Saddam, is received by Ramadan, had met Khatami in Tehran (Arabic, SO6).
Excluded on purpose (no relation): the unnamed Soviet ambassador Saddam "was expected to meet", Bakr "forced
out" (denied) (SO1); Primakov's phone call to Saddam, Annan's planned meeting with Butler (SO2); Ekeus "due in
Amman next week", Uday "believed to have driven the defection" (SO3); Ali Hassan al-Majid and Uday, accused by
opposition sources of directing the attack (SO4); Putin's phone call to Bush, Izzat al-Douri who "could
replace" Saddam (SO5); Chavez's planned meeting with Gaddafi, the State Department's criticism (SO6).
Judgement calls: "the post Hussein had held" is Izzat Ibrahim's succession to Saddam (SO1); «بحضور» Tariq Aziz
and al-Sahhaf: each attendee paired with both principals (SO2); "after receiving the defector" is a meeting
(SO3), Saddam Kamel, who came on the same flight but is not said to have been received, is not paired; «قُتل
... على أيدي أفراد من عشيرتهما آل المجيد», stated by the outlet, gives ASSASSINATED_BY -> the clan (SO4, a
new organization id); the meeting reported by Russian officials and denied by Baghdad is kept as a meeting
(the outlet states it as fact) and the two attendees (Aziz, Ramadan) received together are paired with each
other too (SO5); «كان في استقبال» is a meeting (SO6); a president LEADS his country where the country is named.
Filled in for the exercise: Izzat Ibrahim's interior portfolio and the Soviet ambassador (SO1); the length of
the meeting, al-Sahhaf's presence, the Primakov call (SO2); the date of Ekeus's Baghdad talks (SO3); the
Kabariti statement, the number of dead (SO4); the attendees, Saddam's reaction and the date (SO5); Ramadan's
reception at the border, the Khatami meeting (SO6).
Spellings: "Izzat Ibrahim", "Ahmed Hassan al-Bakr" (SO1); «كوفي عنان»، «الرفيق طارق عزيز» (SO2);
"Hussein Kamel Hassan al-Majid", "Tariq Aziz" (SO3); «رولف إيكيوس»، «الفريق حسين كامل حسن المجيد» (SO4);
"Yevgeny M. Primakov", "Taha Yassin Ramadan", "Izzat Ibrahim al-Douri" (SO5); «هوغو شافيز»، «طه ياسين رمضان» (SO6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_sp import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAQ, JORDAN, RUSSIA, VENEZUELA, IRAN = (
    "country:iraq", "country:jordan", "country:russia", "country:venezuela", "country:iran")
RCC, UN, UNSCOM, IRFM, CLAN = (
    "organization:revolutionary-command-council", "organization:united-nations", "organization:unscom",
    "organization:iraqi-foreign-ministry", "organization:al-majid-clan")
SADDAM, BAKR, IZZAT, RAMADAN, AZIZ, SAHHAF = (
    "person:saddam-hussein", "person:ahmed-hassan-al-bakr", "person:izzat-ibrahim-al-douri",
    "person:taha-yassin-ramadan", "person:tariq-aziz", "person:mohammed-saeed-al-sahhaf")
HKAMEL, SKAMEL = "person:hussein-kamel", "person:saddam-kamel"
ANNAN, PRIMAKOV, EKEUS, BUTLER, KING, CHAVEZ, KHATAMI, KABARITI, PUTIN = (
    "person:kofi-annan", "person:yevgeny-primakov", "person:rolf-ekeus", "person:richard-butler",
    "person:hussein-bin-talal", "person:hugo-chavez", "person:mohammad-khatami", "person:abdul-karim-al-kabariti",
    "person:vladimir-putin")

AP = "blind set (US news wire, English, AP-like)"
INA = "blind set (Iraqi state news agency, Arabic, INA-like)"
REUTERS = "blind set (British news wire, English, Reuters-like)"
HAYAT = "blind set (pan-Arab London daily, Arabic, Al-Hayat-like)"
NYT = "blind set (New York daily, English, NYT-like)"
QABAS = "blind set (Kuwaiti daily, Arabic, Al-Qabas-like)"

ARTICLES = [
    ("enSO1_saddam_succeeds_bakr_ap", "en",
     "Saddam Hussein named Iraq's president as al-Bakr steps down\n"
     "BAGHDAD, Iraq (AP) - Saddam Hussein, the 42-year-old strongman of Iraq's ruling Baath Party, was sworn in "
     "Monday as president, succeeding Ahmed Hassan al-Bakr, who resigned citing ill health, Baghdad Radio "
     "announced.\n"
     "The broadcast said the 65-year-old Bakr, president since the 1968 coup, had asked to be relieved of all his "
     "posts, and that the Revolutionary Command Council had unanimously chosen Hussein to replace him as its "
     "chairman and as secretary-general of the party's regional command.\n"
     "Izzat Ibrahim, the interior minister, was named vice-chairman of the council, the post Hussein had held, "
     "the radio said.\n"
     "In a televised address, Bakr said he was handing over to \"the comrade struggler Saddam Hussein\" because "
     "of his health. Western diplomats in Baghdad said the change had long been expected, as Hussein had for "
     "years controlled the country's security apparatus.\n"
     "A government spokesman denied reports that Bakr had been forced out. Diplomats said the new president was "
     "expected to meet the Soviet ambassador later in the week.",
     [("SUCCESSOR_OF", SADDAM, BAKR, "succeeding Ahmed Hassan al-Bakr", "1979-07-16"),
      ("LEADS", SADDAM, IRAQ, "was sworn in "),
      ("LEADS", BAKR, IRAQ, "president since the 1968 coup"),
      ("LEADS", SADDAM, RCC, "unanimously chosen Hussein to replace him"),
      ("SUCCESSOR_OF", IZZAT, SADDAM, "the post Hussein had held", "1979-07-16"),
      ("MEMBER_OF", IZZAT, RCC, "named vice-chairman of the council"),
      ],
     {"source": AP, "published": "1979-07-17"}),

    ("arSO2_saddam_receives_annan_ina", "ar",
     "السيد الرئيس القائد يستقبل الأمين العام للأمم المتحدة\n"
     "بغداد - واع\n"
     "استقبل السيد الرئيس القائد صدام حسين، رئيس الجمهورية، حفظه الله ورعاه، اليوم الأحد، الأمين العام للأمم "
     "المتحدة كوفي عنان والوفد المرافق له، بحضور الرفيق طارق عزيز نائب رئيس الوزراء.\n"
     "وجرى خلال اللقاء، الذي استمر ثلاث ساعات، بحث عمل اللجنة الخاصة وآليات دخول فرق التفتيش إلى المواقع "
     "الرئاسية، وضرورة رفع الحصار الجائر المفروض على شعب العراق.\n"
     "وأكد السيد الرئيس القائد أن العراق حريص على تجنيب المنطقة ويلات العدوان، شرط احترام سيادته وكرامته.\n"
     "من جهته، أعرب عنان عن تقديره للروح الإيجابية التي لمسها، معرباً عن أمله في التوصل إلى اتفاق ينهي الأزمة.\n"
     "وكان الأمين العام قد عقد أمس جولتين من المباحثات مع الرفيق طارق عزيز في مقر وزارة الخارجية، بحضور وزير "
     "الخارجية محمد سعيد الصحاف.\n"
     "وكان السيد الرئيس قد تلقى مساء الجمعة اتصالاً هاتفياً من وزير الخارجية الروسي يفغيني بريماكوف، جرى خلاله "
     "استعراض الجهود الدبلوماسية لتسوية الأزمة.\n"
     "ومن المقرر أن يلتقي عنان رئيس اللجنة الخاصة ريتشارد بتلر في نيويورك لدى عودته.",
     [("MET_WITH", SADDAM, ANNAN, "المتحدة كوفي عنان والوفد المرافق له", "1998-02-22"),
      ("MET_WITH", AZIZ, SADDAM, "بحضور الرفيق طارق عزيز نائب رئيس الوزراء", "1998-02-22"),
      ("MET_WITH", AZIZ, ANNAN, "جولتين من المباحثات مع الرفيق طارق عزيز", "1998-02-21"),
      ("MET_WITH", SAHHAF, ANNAN, "بحضور وزير الخارجية محمد سعيد الصحاف", "1998-02-21"),
      ("MET_WITH", SAHHAF, AZIZ, "الخارجية محمد سعيد الصحاف", "1998-02-21"),
      ("LEADS", SADDAM, IRAQ, "رئيس الجمهورية، حفظه الله"),
      ("LEADS", ANNAN, UN, "الأمين العام للأمم المتحدة كوفي"),
      ("LEADS", SAHHAF, IRFM, "وزير الخارجية محمد سعيد"),
      ("LEADS", BUTLER, UNSCOM, "رئيس اللجنة الخاصة ريتشارد بتلر"),
      ],
     {"source": INA, "published": "1998-02-22"}),

    ("enSO3_hussein_kamel_defects_reuters", "en",
     "Saddam's son-in-law defects to Jordan, King Hussein grants asylum\n"
     "AMMAN, Aug 12 (Reuter) - King Hussein of Jordan said on Saturday he had granted asylum to Lieutenant-General "
     "Hussein Kamel Hassan al-Majid, Iraqi President Saddam Hussein's son-in-law and the architect of Baghdad's "
     "weapons programmes, who fled to Amman this week.\n"
     "The king, speaking to reporters after receiving the defector at the Hashemiya palace, said the Iraqi "
     "visitors had come as \"guests\" and would be protected.\n"
     "Kamel, who ran Iraq's Military Industrialisation Commission, crossed the border on Monday with his brother "
     "Lieutenant-Colonel Saddam Kamel, a former head of the presidential guard, and their wives, both daughters "
     "of the Iraqi president.\n"
     "Baghdad Radio said the defectors had been stripped of their posts and accused them of treason.\n"
     "Uday Hussein, Saddam's eldest son, is widely believed to have driven the defection after a bitter feud "
     "with the Kamel brothers, diplomats said.\n"
     "Rolf Ekeus, executive chairman of the U.N. Special Commission (UNSCOM) charged with disarming Iraq, is due "
     "in Amman next week to question Kamel on Iraq's banned weapons. Ekeus was in Baghdad last week, where he "
     "held talks with Deputy Prime Minister Tariq Aziz.",
     [("MET_WITH", KING, HKAMEL, "after receiving the defector", "1995-08-12"),
      ("LEADS", KING, JORDAN, "King Hussein of Jordan said"),
      ("LEADS", SADDAM, IRAQ, "Iraqi President Saddam Hussein's son-in-law"),
      ("LEADS", EKEUS, UNSCOM, "executive chairman of the U.N. Special Commission"),
      ("MET_WITH", EKEUS, AZIZ, "held talks with Deputy Prime Minister Tariq Aziz"),
      ],
     {"source": REUTERS, "published": "1995-08-12"}),

    ("arSO4_kamel_brothers_killed_hayat", "ar",
     "مقتل حسين كامل وشقيقه بعد ثلاثة أيام من عودتهما إلى بغداد\n"
     "لندن - «الحياة»\n"
     "أعلنت بغداد أمس مقتل الفريق حسين كامل حسن المجيد، صهر الرئيس صدام حسين، وشقيقه المقدم صدام كامل، "
     "ووالدهما وعدد من أفراد أسرتهما، في اشتباك مسلح في منزل بحي السيدية جنوب بغداد.\n"
     "وقُتل الأخوان على أيدي أفراد من عشيرتهما آل المجيد الذين حاصروا المنزل ساعات، وقالت وكالة الأنباء "
     "العراقية إن العشيرة «غسلت العار» الذي ألحقه الخائنان بها، مؤكدة أن الدولة «لا علاقة لها» بالحادث.\n"
     "وكان الشقيقان قد عادا إلى العراق الثلثاء الماضي مع زوجتيهما، ابنتي الرئيس رغد ورنا، بعد أن أصدر مجلس "
     "قيادة الثورة عفواً عنهما.\n"
     "وأفادت مصادر في المعارضة العراقية في لندن أن علي حسن المجيد، ابن عم الرئيس، أشرف بنفسه على الهجوم، وأن "
     "عدي صدام حسين كان على علم به.\n"
     "وكان حسين كامل قد التقى في عمّان، بعد فراره في آب الماضي، رئيس اللجنة الخاصة رولف إيكيوس، وكشف له "
     "تفاصيل برنامج الأسلحة البيولوجية.\n"
     "وفي عمّان، قال رئيس الوزراء الأردني عبد الكريم الكباريتي إن المملكة لم تكن طرفاً في قرار العودة، وإنها "
     "نصحت الشقيقين بعدم المغادرة.",
     [("ASSASSINATED_BY", HKAMEL, CLAN, "على أيدي أفراد من عشيرتهما", "1996-02-23"),
      ("ASSASSINATED_BY", SKAMEL, CLAN, "وقُتل الأخوان", "1996-02-23"),
      ("LEADS", SADDAM, IRAQ, "صهر الرئيس صدام حسين"),
      ("MET_WITH", HKAMEL, EKEUS, "قد التقى في عمّان", "1995-08-22"),
      ("LEADS", EKEUS, UNSCOM, "رئيس اللجنة الخاصة رولف"),
      ("LEADS", KABARITI, JORDAN, "رئيس الوزراء الأردني عبد الكريم"),
      ],
     {"source": HAYAT, "published": "1996-02-24"}),

    ("enSO5_primakov_saddam_nyt", "en",
     "Russian Envoy Urged Hussein to Step Down, Officials Say\n"
     "MOSCOW, Feb. 24 - Yevgeny M. Primakov, the former Russian prime minister and Moscow's most seasoned Arabist, "
     "met secretly with Saddam Hussein in Baghdad last week and carried a message from President Vladimir V. Putin "
     "urging the Iraqi leader to resign to spare his country a war, Russian officials said today.\n"
     "The Kremlin declined to comment, and a spokesman for the Iraqi Foreign Ministry denied that any such meeting "
     "had taken place.\n"
     "Mr. Primakov, who has known Mr. Hussein since the 1960's, was received in the presence of Deputy Prime "
     "Minister Tariq Aziz and Vice President Taha Yassin Ramadan, according to an official who was briefed on the "
     "talks. Mr. Hussein listened, the official said, then accused Moscow of abandoning Iraq and left the room.\n"
     "Mr. Putin spoke by telephone with President Bush on Sunday about the crisis.\n"
     "Some Arab officials have floated Izzat Ibrahim al-Douri, the vice chairman of the Revolutionary Command "
     "Council, as a figure who could replace Mr. Hussein in an exile deal, an idea Baghdad has rejected.",
     [("MET_WITH", PRIMAKOV, SADDAM, "met secretly with Saddam Hussein"),
      ("MET_WITH", AZIZ, PRIMAKOV, "in the presence of Deputy Prime"),
      ("MET_WITH", AZIZ, SADDAM, "Minister Tariq Aziz and Vice President"),
      ("MET_WITH", RAMADAN, PRIMAKOV, "Vice President Taha Yassin Ramadan"),
      ("MET_WITH", RAMADAN, SADDAM, "Taha Yassin Ramadan, according to"),
      ("MET_WITH", AZIZ, RAMADAN, "was received in the presence"),
      ("LEADS", PUTIN, RUSSIA, "President Vladimir V. Putin"),
      ("MEMBER_OF", IZZAT, RCC, "the vice chairman of the Revolutionary Command"),
      ],
     {"source": NYT, "published": "2003-02-24"}),

    ("arSO6_chavez_baghdad_qabas", "ar",
     "شافيز أول رئيس دولة يزور بغداد منذ التحرير... ولقاؤه صدام يثير غضب واشنطن\n"
     "الكويت - «القبس»\n"
     "في خطوة أثارت استياءً أميركياً وخليجياً، التقى الرئيس الفنزويلي هوغو شافيز أمس في بغداد الرئيس العراقي "
     "صدام حسين، ليصبح أول رئيس دولة يزور العراق منذ تحرير الكويت عام 1991.\n"
     "وكان في استقبال شافيز، الذي دخل الأراضي العراقية براً قادماً من إيران، نائب الرئيس العراقي طه ياسين رمضان، "
     "الذي رافقه إلى العاصمة.\n"
     "وذكرت وكالة الأنباء العراقية أن الرئيسين تجولا في شوارع بغداد في سيارة قادها صدام بنفسه، وبحثا أسعار "
     "النفط والتحضير لقمة «أوبك» المقررة في كراكاس.\n"
     "وكان شافيز قد التقى في طهران الرئيس الإيراني محمد خاتمي قبل توجهه إلى العراق.\n"
     "من جهتها، وصفت وزارة الخارجية الأميركية الزيارة بأنها «مثيرة للقلق»، فيما قال مصدر كويتي مسؤول لـ«القبس» "
     "إن الكويت «تستغرب» استقبال رئيس النظام العراقي لضيف أجنبي في هذا التوقيت.\n"
     "ومن المقرر أن يتوجه شافيز إلى طرابلس للقاء العقيد معمر القذافي ضمن جولته على الدول الأعضاء في المنظمة.",
     [("MET_WITH", CHAVEZ, SADDAM, "التقى الرئيس الفنزويلي هوغو شافيز", "2000-08-10"),
      ("VISITED", CHAVEZ, IRAQ, "أول رئيس دولة يزور العراق", "2000-08-10"),
      ("LEADS", CHAVEZ, VENEZUELA, "الرئيس الفنزويلي هوغو"),
      ("LEADS", SADDAM, IRAQ, "الرئيس العراقي صدام حسين"),
      ("MET_WITH", RAMADAN, CHAVEZ, "وكان في استقبال شافيز", "2000-08-10"),
      ("MET_WITH", CHAVEZ, KHATAMI, "قد التقى في طهران", "2000-08-09"),
      ("LEADS", KHATAMI, IRAN, "الرئيس الإيراني محمد خاتمي"),
      ],
     {"source": QABAS, "published": "2000-08-11"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setSO")
