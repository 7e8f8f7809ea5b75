"""Blind set UC: Jordan 1999-2009 (first folder of UC-UD): King Hussein's death and Abdullah II's accession
(February 1999), Abdullah named crown prince in place of Prince Hassan (January 1999), the funeral's
condolence audiences with Clinton, Assad, Mubarak, Arafat and Netanyahu, Ali Abu Ragheb named to succeed
Abdul Raouf Rawabdeh (June 2000), Prince Hamzah relieved of the title of crown prince (November 2004), the
Aqaba summit of Bush, Sharon and Abbas hosted by the King (June 2003), and Samir al-Rifai's government
replacing Nader al-Dahabi's (December 2009), as a British wire writes it in English (Reuters-like:
"AMMAN, Feb 7 (Reuters) -"), Jordan's state agency in Arabic (Petra-like: "عمان 8 شباط (بترا) -"), an Amman
English daily (Jordan Times-like: "His Majesty King Abdullah"), an Amman Arabic daily (Al-Rai-like: "كتب
المحرر السياسي"), a US wire in English (AP-like: "AQABA, Jordan (AP) —") and an Amman Arabic daily (Al-Ghad-like:
"عمان - الغد -").
Pieces: Hussein dies, Abdullah sworn in to succeed him, Abdullah had replaced Hassan as crown prince (English,
UC1); the King receives Clinton, Assad, Mubarak and Arafat one by one, then Netanyahu with Prince Hassan
present (Arabic, UC2); Abu Ragheb designated to succeed Rawabdeh, received with Crown Prince Hamzah present;
Rawabdeh had replaced Tarawneh (English, UC3); Hamzah relieved; Abdullah had succeeded his father; the King
received Prime Minister Fayez (Arabic, UC4); the King hosts Bush, Sharon and Abbas in Aqaba; Bush had met
Mubarak the day before (English, UC5); Rifai's government sworn in before the King with the Crown Prince
present, Rifai designated to succeed Dahabi, the King had received Dahabi (Arabic, UC6).
Excluded on purpose (no relation): Hamzah named crown prince (no predecessor stated), Hassan's pledge at the
bedside, Clinton's announced trip, Assad's expected attendance (UC1); King Fahd's cable of condolence, Assad and
Netanyahu who did not meet (UC2); the King's planned trip to Washington for talks with Clinton (UC3); the
King's letter to Hamzah and Hamzah's reply, the hedged naming of Prince Hussein as the next crown prince
(UC4); Arafat who was not invited (UC5); Hussein named crown prince in July (no predecessor stated), the
denied meeting of Rifai with Islamist leaders (UC6).
Judgement calls: "took the constitutional oath to succeed his father" is a succession; "named Abdullah crown
prince ..., replacing his own brother Prince Hassan" is a succession of Abdullah to Hassan (UC1); condolences
received in person one guest after another: the King paired with each guest, not the guests with one
another; "بحضور" Prince Hassan: paired with both the King and Netanyahu (UC2); "designated ... to succeed
him" is a succession; "in the presence of" the crown prince: paired with both (UC3); "the four leaders met
together": a meeting of the four (UC5); swearing-in before the King with the crown prince present: a meeting
of the three; "كلّف ... خلفاً لنادر الذهبي" is a succession (UC6); a prime minister LEADS the country.
Filled in for the exercise: the wording of the royal court statements, the hour of the oath (UC1); the order
of the audiences, Prince Hassan's presence at Netanyahu's audience, the cable (UC2); the palace and the crown
prince's presence, the planned trip (UC3); the wording of the statement, the audience with Fayez that day
(UC4); the length of the meetings (UC5); the audience with Dahabi, the denial (UC6).
Spellings: "Abdullah", "Prince Hassan", "Fayez al-Tarawneh" (UC1); «جلالة الملك عبدالله الثاني»، «الراحل
الكبير»، «محمد حسني مبارك» (UC2); "Ali Abul Ragheb", "Abdul Raouf Rawabdeh", "Crown Prince Hamzah" (UC3);
«سمو الأمير حمزة بن الحسين»، «فيصل الفايز» (UC4); "Mahmoud Abbas", "Ariel Sharon", "King Abdullah II" (UC5);
«سمير الرفاعي»، «نادر الذهبي»، «الأمير الحسين بن عبدالله الثاني» (UC6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_ud import ALL  # noqa: E402

HERE = Path(__file__).parent

JORDAN, US, SYRIA, EGYPT, ISRAEL, PALESTINE = (
    "country:jordan", "country:united-states", "country:syria", "country:egypt", "country:israel",
    "country:palestine")
HUSSEIN, ABDULLAH, HASSAN, HAMZAH, CROWN = (
    "person:hussein-bin-talal", "person:abdullah-ii", "person:hassan-bin-talal", "person:hamzah-bin-hussein",
    "person:hussein-bin-abdullah")
TARAWNEH, RAWABDEH, RAGHEB, FAYEZ, DAHABI, RIFAI = (
    "person:fayez-al-tarawneh", "person:abdul-raouf-al-rawabdeh", "person:ali-abu-al-ragheb",
    "person:faisal-al-fayez", "person:nader-al-dahabi", "person:samir-al-rifai")
CLINTON, BUSH, ASSAD, MUBARAK, ARAFAT, ABBAS, NETANYAHU, SHARON = (
    "person:bill-clinton", "person:george-w-bush", "person:hafez-al-assad", "person:hosni-mubarak",
    "person:yasser-arafat", "person:mahmoud-abbas", "person:benjamin-netanyahu", "person:ariel-sharon")

REUTERS = "blind set (British news wire, English, Reuters-like)"
PETRA = "blind set (Jordanian state news agency, Arabic, Petra-like)"
JT = "blind set (Amman English daily, Jordan Times-like)"
RAI = "blind set (Amman Arabic daily, Al-Rai-like)"
AP = "blind set (US news wire, English, AP-like)"
GHAD = "blind set (Amman Arabic daily, Al-Ghad-like)"

ARTICLES = [
    ("enUC1_hussein_dies_abdullah_sworn_in_reuters", "en",
     "Jordan's King Hussein dies, son Abdullah sworn in\n"
     "AMMAN, Feb 7 (Reuters) - King Hussein of Jordan died on Sunday after a long battle with cancer, and his "
     "eldest son Abdullah was sworn in as monarch hours later before a joint session of parliament, the royal "
     "court said.\n"
     "Hussein, 63, had ruled the kingdom since 1952. He was flown home from the Mayo Clinic in the United "
     "States on Friday after a failed bone marrow transplant.\n"
     "Abdullah, 37, a career soldier who commanded the army's special forces, took the constitutional oath to "
     "succeed his father in a brief ceremony in Amman, his voice breaking as he read the text.\n"
     "Hussein had named Abdullah crown prince on January 25, replacing his own brother Prince Hassan, who had "
     "held the title for 34 years. Hassan, who was at the hospital when the king died, pledged allegiance to "
     "his nephew.\n"
     "In a royal decree read on state television, the new king named his half-brother Prince Hamzah, 18, "
     "crown prince, in line with his father's wishes.\n"
     "Prime Minister Fayez al-Tarawneh's cabinet resigned as the constitution requires and was asked to stay "
     "on, officials said.\n"
     "U.S. President Bill Clinton said he would lead a delegation to Monday's funeral. Diplomats said Arab and "
     "Israeli leaders were expected, but there was no word on whether Syrian President Hafez al-Assad would "
     "attend.",
     [("SUCCESSOR_OF", ABDULLAH, HUSSEIN, "took the constitutional oath to", "1999-02-07"),
      ("SUCCESSOR_OF", ABDULLAH, HASSAN, "replacing his own brother Prince Hassan", "1999-01-25"),
      ("LEADS", HUSSEIN, JORDAN, "King Hussein of Jordan died"),
      ("LEADS", TARAWNEH, JORDAN, "Prime Minister Fayez al-Tarawneh's cabinet"),
      ("LEADS", CLINTON, US, "U.S. President Bill Clinton said"),
      ("LEADS", ASSAD, SYRIA, "Syrian President Hafez al-Assad"),
      ],
     {"source": REUTERS, "published": "1999-02-07"}),

    ("arUC2_king_receives_funeral_leaders_petra", "ar",
     "جلالة الملك يتقبل التعازي من قادة الدول المشاركين في تشييع الراحل الكبير\n"
     "عمان 8 شباط (بترا) - تقبّل جلالة الملك عبدالله الثاني اليوم في قصر رغدان العامر التعازي بوفاة المغفور له "
     "بإذن الله جلالة الملك الحسين بن طلال، من الملوك والرؤساء وقادة الدول الذين شاركوا في مراسم التشييع.\n"
     "فقد استقبل جلالته الرئيس الأمريكي بيل كلينتون على رأس وفد ضم ثلاثة رؤساء أمريكيين سابقين، كما استقبل "
     "الرئيس السوري حافظ الأسد، فالرئيس المصري محمد حسني مبارك، ثم رئيس السلطة الوطنية الفلسطينية ياسر "
     "عرفات، وأعربوا جميعاً عن مواساتهم للأسرة الهاشمية والشعب الأردني.\n"
     "واستقبل جلالته كذلك رئيس الوزراء الإسرائيلي بنيامين نتنياهو، بحضور سمو الأمير الحسن بن طلال، حيث نقل "
     "نتنياهو تعازي حكومته، مستذكراً دور الراحل في صنع السلام.\n"
     "ولم يُعقد أي لقاء بين الرئيس الأسد ونتنياهو رغم وجودهما في القاعة ذاتها خلال المراسم، بحسب مصادر "
     "مطلعة.\n"
     "وتلقى جلالته برقية تعزية من خادم الحرمين الشريفين الملك فهد بن عبدالعزيز، الذي حالت ظروفه الصحية "
     "دون مشاركته، وأوفد ولي عهده لتمثيله في التشييع.",
     [("MET_WITH", ABDULLAH, CLINTON, "فقد استقبل جلالته الرئيس الأمريكي", "1999-02-08"),
      ("MET_WITH", ABDULLAH, ASSAD, "الرئيس السوري حافظ الأسد، فالرئيس", "1999-02-08"),
      ("MET_WITH", ABDULLAH, MUBARAK, "فالرئيس المصري محمد حسني مبارك", "1999-02-08"),
      ("MET_WITH", ABDULLAH, ARAFAT, "ثم رئيس السلطة الوطنية الفلسطينية", "1999-02-08"),
      ("MET_WITH", ABDULLAH, NETANYAHU, "واستقبل جلالته كذلك رئيس الوزراء", "1999-02-08"),
      ("MET_WITH", HASSAN, ABDULLAH, "بحضور سمو الأمير الحسن بن طلال", "1999-02-08"),
      ("MET_WITH", HASSAN, NETANYAHU, "حيث نقل نتنياهو تعازي", "1999-02-08"),
      ("LEADS", CLINTON, US, "الرئيس الأمريكي بيل كلينتون على"),
      ("LEADS", ASSAD, SYRIA, "الرئيس السوري حافظ الأسد، فالرئيس"),
      ("LEADS", MUBARAK, EGYPT, "المصري محمد حسني مبارك"),
      ("LEADS", NETANYAHU, ISRAEL, "رئيس الوزراء الإسرائيلي بنيامين"),
      ("LEADS", ARAFAT, PALESTINE, "الفلسطينية ياسر"),
      ],
     {"source": PETRA, "published": "1999-02-08"}),

    ("enUC3_abu_ragheb_succeeds_rawabdeh_jt", "en",
     "King designates Abul Ragheb to form new government\n"
     "AMMAN - His Majesty King Abdullah on Sunday accepted the resignation of Prime Minister Abdul Raouf "
     "Rawabdeh and designated Ali Abul Ragheb, a former minister of industry and trade, to succeed him at the "
     "head of a new cabinet.\n"
     "The King received Abul Ragheb at Al Hummar Palace in the afternoon, in the presence of Crown Prince "
     "Hamzah, and handed him the letter of designation, which calls for speeding up economic reform and "
     "fighting unemployment.\n"
     "Rawabdeh, who was appointed in March last year to replace Fayez Tarawneh, had faced mounting criticism "
     "in the Lower House, where more than 40 deputies signed a petition against his government last month.\n"
     "Abul Ragheb, 54, an engineer educated in the United States, told reporters after the audience that the "
     "new team would be announced \"within days\" and would include \"new faces\".\n"
     "A palace official said the King would travel to Washington next week for talks with President Bill "
     "Clinton on the peace process and U.S. assistance to the Kingdom.",
     [("SUCCESSOR_OF", RAGHEB, RAWABDEH, "to succeed him at the", "2000-06-18"),
      ("MET_WITH", ABDULLAH, RAGHEB, "The King received Abul Ragheb", "2000-06-18"),
      ("MET_WITH", HAMZAH, ABDULLAH, "in the presence of Crown Prince", "2000-06-18"),
      ("MET_WITH", HAMZAH, RAGHEB, "Hamzah, and handed him", "2000-06-18"),
      ("SUCCESSOR_OF", RAWABDEH, TARAWNEH, "to replace Fayez Tarawneh", "1999-03-04"),
      ("LEADS", RAWABDEH, JORDAN, "Prime Minister Abdul Raouf"),
      ],
     {"source": JT, "published": "2000-06-19"}),
]

ARTICLES += [
    ("arUC4_hamzah_relieved_rai", "ar",
     "جلالة الملك يعفي الأمير حمزة من ولاية العهد\n"
     "كتب المحرر السياسي -\n"
     "أعلن الديوان الملكي الهاشمي مساء أمس أن جلالة الملك عبدالله الثاني قرر إعفاء سمو الأمير حمزة بن الحسين "
     "من ولاية العهد، وذلك في رسالة وجهها جلالته إلى سموه وبثتها وكالة الأنباء الأردنية.\n"
     "وقال جلالته في الرسالة إن هذا الموقع الرمزي قيّد حرية الأمير في الحركة وفي تحمّل المسؤوليات التي "
     "يؤهله لها تعليمه وخبرته، مؤكداً أن القرار جاء \"لإفساح المجال أمامه للعمل\".\n"
     "وردّ الأمير حمزة برسالة أكد فيها التزامه بقرار جلالته وولاءه له.\n"
     "ولم يسمِّ الملك ولياً جديداً للعهد، فيما رجّحت أوساط سياسية أن يُسمّى نجله الأكبر الأمير الحسين "
     "لاحقاً، وهو ما لم يؤكده الديوان.\n"
     "وكان الأمير حمزة قد سُمّي ولياً للعهد في السابع من شباط 1999، بعد ساعات من تولي جلالته سلطاته "
     "الدستورية خلفاً لوالده الراحل الملك الحسين.\n"
     "وكان جلالة الملك قد استقبل في وقت سابق أمس في قصر الحمر رئيس الوزراء فيصل الفايز، وبحث معه برنامج "
     "الحكومة للإصلاح الإداري ومشروع قانون الأحزاب.",
     [("SUCCESSOR_OF", ABDULLAH, HUSSEIN, "خلفاً لوالده الراحل الملك", "1999-02-07"),
      ("MET_WITH", ABDULLAH, FAYEZ, "في قصر الحمر رئيس الوزراء", "2004-11-28"),
      ("LEADS", FAYEZ, JORDAN, "رئيس الوزراء فيصل الفايز"),
      ],
     {"source": RAI, "published": "2004-11-29"}),

    ("enUC5_aqaba_summit_ap", "en",
     "Bush, Sharon and Abbas commit to road map at Aqaba summit\n"
     "AQABA, Jordan (AP) — President Bush stood between the Israeli and Palestinian prime ministers at a Red "
     "Sea palace Wednesday as both men committed themselves to the U.S.-backed \"road map\" toward a "
     "Palestinian state.\n"
     "King Abdullah II of Jordan, the host, welcomed Bush, Israeli Prime Minister Ariel Sharon and Palestinian "
     "Prime Minister Mahmoud Abbas to his seaside palace in Aqaba. After separate talks, the four leaders met "
     "together for about an hour before reading their statements.\n"
     "Abbas, who took office in April, pledged an end to the \"armed intifada,\" while Sharon said Israel would "
     "begin removing unauthorized outposts in the West Bank.\n"
     "Yasser Arafat, whom Washington and Israel have sought to sideline, was not invited. From his battered "
     "headquarters in Ramallah, Arafat said the summit must be judged by what happens on the ground.\n"
     "On Tuesday, at the Egyptian resort of Sharm el-Sheikh, Bush met Egyptian President Hosni Mubarak, who "
     "hosted a gathering of Arab leaders that endorsed the plan and condemned terrorism.",
     met_group({ABDULLAH: "King Abdullah II of Jordan, the host", BUSH: "welcomed Bush, Israeli",
                SHARON: "Israeli Prime Minister Ariel Sharon and",
                ABBAS: "Prime Minister Mahmoud Abbas to his"}, "2003-06-04")
     + [("MET_WITH", BUSH, MUBARAK, "Bush met Egyptian President", "2003-06-03"),
        ("LEADS", ABDULLAH, JORDAN, "King Abdullah II of Jordan"),
        ("LEADS", SHARON, ISRAEL, "Israeli Prime Minister Ariel"),
        ("LEADS", MUBARAK, EGYPT, "Egyptian President Hosni Mubarak"),
        ("LEADS", BUSH, US, "President Bush stood"),
        ("LEADS", ABBAS, PALESTINE, "Palestinian Prime Minister Mahmoud"),
        ],
     {"source": AP, "published": "2003-06-04"}),

    ("arUC6_rifai_government_sworn_in_ghad", "ar",
     "حكومة الرفاعي تؤدي اليمين الدستورية أمام الملك\n"
     "عمان - الغد - أدى رئيس الوزراء سمير الرفاعي وأعضاء حكومته اليمين الدستورية أمس أمام جلالة الملك "
     "عبدالله الثاني في قصر رغدان، بحضور سمو الأمير الحسين بن عبدالله الثاني ولي العهد.\n"
     "وكان جلالة الملك قد كلّف الرفاعي، الذي شغل منصب رئيس الديوان الملكي، بتشكيل الحكومة الجديدة الأربعاء "
     "الماضي خلفاً لنادر الذهبي، بعد أن استقبل جلالته الذهبي في قصر الحمر صباح اليوم نفسه، حيث قدم استقالة "
     "حكومته.\n"
     "والرفاعي نجل رئيس الوزراء الأسبق زيد الرفاعي، وحفيد رئيس الوزراء الراحل سمير الرفاعي.\n"
     "وهذه أول حكومة تؤدي اليمين بحضور ولي العهد، منذ أن سمّى جلالته نجله الأكبر ولياً للعهد في الثاني من "
     "تموز الماضي.\n"
     "ونفى مصدر حكومي لـ\"الغد\" ما تردد عن لقاء جمع الرفاعي بقيادات في حزب جبهة العمل الإسلامي قبل "
     "التشكيل، مشيراً إلى أن المشاورات اقتصرت على رؤساء الكتل النيابية.\n"
     "ويضم الفريق الوزاري 28 وزيراً، بينهم 14 وجهاً جديداً.",
     met_group({RIFAI: "أدى رئيس الوزراء سمير الرفاعي", ABDULLAH: "أمام جلالة الملك",
                CROWN: "بحضور سمو الأمير الحسين"}, "2009-12-14")
     + [("SUCCESSOR_OF", RIFAI, DAHABI, "الماضي خلفاً لنادر الذهبي", "2009-12-09"),
        ("MET_WITH", ABDULLAH, DAHABI, "بعد أن استقبل جلالته الذهبي", "2009-12-09"),
        ("LEADS", RIFAI, JORDAN, "رئيس الوزراء سمير الرفاعي وأعضاء"),
        ],
     {"source": GHAD, "published": "2009-12-15"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setUC")
