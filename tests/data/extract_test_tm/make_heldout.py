"""Blind set TM: Egypt 2011-2013 (first folder of TM-TN): Mubarak steps down and hands power to the Supreme
Council of the Armed Forces under Field Marshal Tantawi, with Sami Anan as chief of staff (February 2011);
Erdogan's visit to the council, to Essam Sharaf and to the Arab League (September 2011); Hillary Clinton's
talks with Morsi and Tantawi (July 2012), the Rafah attack and Morsi's replacement of Murad Mowafi, Tantawi
and Anan with Shehata, Sisi and Sedki Sobhi (August 2012); the Emir of Qatar received by Morsi (August 2012);
Ahmadinejad in Cairo (February 2013); the killing of the officer Mohamed Mabrouk claimed by Ansar Bayt
al-Maqdis and the failed attack on the interior minister (2013), as a British wire writes it in English
(Reuters-like: "CAIRO, Feb 11 (Reuters) -"), Egypt's state agency in Arabic (MENA-like: "القاهرة - أ ش أ"), a
US wire in English (AP-like: "CAIRO (AP) —"), a Cairo state daily's website in Arabic (Al-Ahram-like: "بوابة
الأهرام"), a Cairo English-language news site (Ahram Online-like: "Ahram Online") and a Cairo independent daily
in Arabic (Al-Masry Al-Youm-like: "«المصري اليوم»").
Pieces: Mubarak hands power to the council; Tantawi receives Shafik, named to replace Nazif; Suleiman's
announcement (English, TM1); Tantawi receives Erdogan with Anan present; Erdogan meets Sharaf, who took over
from Shafik, and Elaraby (Arabic, TM2); Clinton meets Morsi, then Tantawi; Morsi names Shehata in Mowafi's
place, then Sisi to succeed Tantawi and Sobhi to replace Anan (English, TM3); Morsi receives the Emir of Qatar
with Hamad bin Jassim and Qandil present (Arabic, TM4); Morsi greets Ahmadinejad at the airport, Ahmadinejad
meets Tayeb; Morsi had received Erdogan in November (English, TM5); Mabrouk shot dead, Ansar Bayt al-Maqdis
claims it; the failed car bomb against Mohamed Ibrahim (Arabic, TM6).
Excluded on purpose (no relation): the protesters killed in the uprising (unnamed), Mullen's phone call to
Anan (TM1); Erdogan's planned visit to Gaza that did not take place (TM2); the 16 soldiers killed at Rafah by
unnamed gunmen (TM3); King Abdullah's phone call to Morsi (TM4); the Al-Azhar demands, a man who tried to throw
a shoe (TM5); the minister who survived the bomb, the Brotherhood which the ministry "holds responsible"
(only accused) (TM6).
Judgement calls: "handed over ... to the Supreme Council" gives Tantawi LEADS the council, not a succession of
persons (TM1); "named to replace" is a succession (TM1, TM3); "بحضور" Anan: paired with both principals (TM2);
"الذي خلف ... في رئاسة الحكومة" is a succession (TM2); "received ... with ... present": Hamad bin Jassim who came
with the Emir and Qandil who attended are paired with both principals and with each other (TM4); "greeted ...
at the airport with a kiss" is a meeting in person (TM5); the claim by the group gives victim -> group (TM6).
Filled in for the exercise: the hour of Tantawi's meeting with Shafik (TM1); Anan's presence, the wording of
the statement (TM2); the order of Clinton's meetings in the text, the wording of the decrees' reports (TM3);
Qandil's presence, the wording of the statement (TM4); the wording of the Al-Azhar statement (TM5); the
ministry's wording (TM6).
Spellings: "Hosni Mubarak", "Mohamed Hussein Tantawi", "Omar Suleiman", "Ahmed Shafiq" (TM1); «المشير حسين
طنطاوي»، «الفريق سامي عنان»، «رجب طيب أردوغان»، «الدكتور عصام شرف» (TM2); "Mohammed Morsi", "Field Marshal
Hussein Tantawi", "Abdel-Fattah el-Sissi", "Sidki Sobhi", "Murad Muwafi" (TM3); «الدكتور محمد مرسي»، «الشيخ حمد
بن خليفة آل ثاني»، «الدكتور هشام قنديل» (TM4); "Mahmoud Ahmadinejad", "Mohammed Mursi", "Ahmed el-Tayeb" (TM5);
«المقدم محمد مبروك»، «اللواء محمد إبراهيم»، «أنصار بيت المقدس» (TM6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_tn import ALL  # noqa: E402

HERE = Path(__file__).parent

EGYPT, US, QATAR, TURKEY, IRAN = (
    "country:egypt", "country:united-states", "country:qatar", "country:turkey", "country:iran")
SCAF, ABM, ARAB_LEAGUE, AZHAR, GIS, MB = (
    "organization:supreme-council-of-the-armed-forces", "organization:ansar-bayt-al-maqdis",
    "organization:arab-league", "organization:al-azhar", "organization:egyptian-general-intelligence",
    "organization:muslim-brotherhood")
MUBARAK, SULEIMAN, TANTAWI, ANAN, SHAFIK, NAZIF, SHARAF = (
    "person:hosni-mubarak", "person:omar-suleiman", "person:mohamed-hussein-tantawi", "person:sami-anan",
    "person:ahmed-shafik", "person:ahmed-nazif", "person:essam-sharaf")
MORSI, SISI, SOBHI, MOWAFI, SHEHATA, QANDIL, TAYEB = (
    "person:mohamed-morsi", "person:abdel-fattah-el-sisi", "person:sedki-sobhi", "person:murad-mowafi",
    "person:mohamed-raafat-shehata", "person:hesham-qandil", "person:ahmed-al-tayeb")
SAUDI, KING_ABDULLAH = "country:saudi-arabia", "person:abdullah-bin-abdulaziz"
IBRAHIM, MABROUK = "person:mohamed-ibrahim-interior", "person:mohamed-mabrouk"
CLINTON, ERDOGAN, ELARABY, HAMAD, HBJ, AHMADINEJAD = (
    "person:hillary-clinton", "person:recep-tayyip-erdogan", "person:nabil-elaraby",
    "person:hamad-bin-khalifa-al-thani", "person:hamad-bin-jassim-al-thani", "person:mahmoud-ahmadinejad")

REUTERS = "blind set (British news wire, English, Reuters-like)"
MENA = "blind set (Egyptian state news agency, Arabic, MENA-like)"
AP = "blind set (US news wire, English, AP-like)"
AHRAM = "blind set (Cairo state daily's website, Arabic, Al-Ahram-like)"
AHRAM_ONLINE = "blind set (Cairo English-language news site, Ahram Online-like)"
MASRY = "blind set (Cairo independent daily, Arabic, Al-Masry Al-Youm-like)"

ARTICLES = [
    ("enTM1_mubarak_steps_down_reuters", "en",
     "Mubarak quits, hands power to army council\n"
     "CAIRO, Feb 11 (Reuters) - Egyptian President Hosni Mubarak stepped down on Friday after 30 years in power "
     "and handed control of the country to the Supreme Council of the Armed Forces, Vice President Omar "
     "Suleiman said in a brief televised statement.\n"
     "Hundreds of thousands of protesters in Cairo's Tahrir Square erupted in cheers. Rights groups say more "
     "than 300 people were killed during the 18 days of the uprising, most of them shot on the streets of "
     "Cairo, Alexandria and Suez.\n"
     "The council is headed by Defence Minister Field Marshal Mohamed Hussein Tantawi, 75, who has held the "
     "post for two decades. Its members include armed forces chief of staff Lieutenant General Sami Anan, "
     "who was in Washington for talks when the protests began.\n"
     "On Saturday afternoon Tantawi received Prime Minister Ahmed Shafiq at the defence ministry, and the "
     "council said in a statement that Shafiq's cabinet would stay on as a caretaker government. Mubarak "
     "named Shafiq, a former air force commander, on Jan. 29 to replace Ahmed Nazif as premier in a bid to "
     "calm the streets.\n"
     "Admiral Mike Mullen, chairman of the U.S. Joint Chiefs of Staff, spoke by telephone with Anan, a U.S. "
     "official said, without giving details.",
     [("LEADS", MUBARAK, EGYPT, "Egyptian President Hosni Mubarak stepped down"),
      ("LEADS", TANTAWI, SCAF, "The council is headed by Defence Minister"),
      ("MEMBER_OF", ANAN, SCAF, "Its members include armed forces chief of staff"),
      ("MET_WITH", TANTAWI, SHAFIK, "Tantawi received Prime Minister Ahmed Shafiq", "2011-02-12"),
      ("LEADS", SHAFIK, EGYPT, "Tantawi received Prime Minister Ahmed Shafiq"),
      ("SUCCESSOR_OF", SHAFIK, NAZIF, "to replace Ahmed Nazif as premier", "2011-01-29"),
      ],
     {"source": REUTERS, "published": "2011-02-12"}),

    ("arTM2_erdogan_tantawi_mena", "ar",
     "المشير طنطاوي يستقبل أردوغان .. ورئيس الوزراء التركي يلتقي شرف والعربي\n"
     "القاهرة - أ ش أ\n"
     "استقبل المشير حسين طنطاوي القائد العام للقوات المسلحة رئيس المجلس الأعلى للقوات المسلحة، اليوم "
     "الثلاثاء، رجب طيب أردوغان رئيس وزراء تركيا والوفد المرافق له، بحضور الفريق سامي عنان رئيس أركان حرب "
     "القوات المسلحة.\n"
     "وتناول اللقاء العلاقات الثنائية بين البلدين وسبل دعمها في المجالات الاقتصادية والعسكرية، إلى جانب "
     "تطورات الأوضاع في المنطقة.\n"
     "وكان أردوغان قد التقى في وقت سابق من اليوم بمقر مجلس الوزراء الدكتور عصام شرف، الذي خلف الفريق أحمد "
     "شفيق في رئاسة الحكومة في مارس الماضي، حيث وقّع الجانبان على عدد من اتفاقيات التعاون.\n"
     "كما ألقى رئيس الوزراء التركي كلمة أمام مجلس جامعة الدول العربية على المستوى الوزاري، واجتمع عقب ذلك "
     "بالدكتور نبيل العربي الأمين العام للجامعة.\n"
     "وكانت مصادر تركية قد أشارت إلى أن أردوغان يعتزم زيارة قطاع غزة عبر معبر رفح في ختام جولته، إلا أن "
     "الزيارة لم تتم.",
     [("LEADS", TANTAWI, SCAF, "رئيس المجلس الأعلى للقوات المسلحة، اليوم"),
      ("MET_WITH", TANTAWI, ERDOGAN, "رجب طيب أردوغان رئيس وزراء تركيا", "2011-09-13"),
      ("MET_WITH", ANAN, TANTAWI, "بحضور الفريق سامي عنان", "2011-09-13"),
      ("MET_WITH", ANAN, ERDOGAN, "رئيس أركان حرب القوات المسلحة.", "2011-09-13"),
      ("LEADS", ERDOGAN, TURKEY, "أردوغان رئيس وزراء تركيا والوفد"),
      ("MET_WITH", ERDOGAN, SHARAF, "بمقر مجلس الوزراء الدكتور عصام شرف", "2011-09-13"),
      ("SUCCESSOR_OF", SHARAF, SHAFIK, "الذي خلف الفريق أحمد"),
      ("LEADS", SHARAF, EGYPT, "شفيق في رئاسة الحكومة"),
      ("MET_WITH", ERDOGAN, ELARABY, "واجتمع عقب ذلك", "2011-09-13"),
      ("LEADS", ELARABY, ARAB_LEAGUE, "الأمين العام للجامعة"),
      ],
     {"source": MENA, "published": "2011-09-13"}),

    ("enTM3_morsi_retires_tantawi_ap", "en",
     "Egypt's Morsi retires defense chief Tantawi, army chief of staff\n"
     "CAIRO (AP) — Egypt's Islamist President Mohammed Morsi on Sunday ordered the retirement of Field Marshal "
     "Hussein Tantawi, the defense minister and head of the military council that ruled the country for 16 "
     "months after Hosni Mubarak's ouster, in a stunning move against the generals.\n"
     "Morsi named Gen. Abdel-Fattah el-Sissi, the head of military intelligence, to succeed Tantawi as defense "
     "minister and appointed Gen. Sidki Sobhi, the commander of the Third Field Army, to replace the chief of "
     "staff, Lt. Gen. Sami Anan. Both retired generals were named presidential advisers.\n"
     "The shake-up came a week after gunmen killed 16 soldiers at a border post near Rafah in northern "
     "Sinai. No group has claimed the attack. On Wednesday Morsi had fired the chief of the General "
     "Intelligence Service, Murad Muwafi, and named Mohammed Raafat Shehata acting intelligence chief in his "
     "place.\n"
     "Tantawi's removal came less than a month after Secretary of State Hillary Rodham Clinton held talks "
     "with Morsi at the presidential palace on July 14 and met the field marshal the next day, urging a "
     "full transition to civilian rule.",
     [("LEADS", MORSI, EGYPT, "Egypt's Islamist President Mohammed Morsi"),
      ("LEADS", TANTAWI, SCAF, "head of the military council"),
      ("SUCCESSOR_OF", SISI, TANTAWI, "to succeed Tantawi as defense", "2012-08-12"),
      ("SUCCESSOR_OF", SOBHI, ANAN, "to replace the chief of", "2012-08-12"),
      ("LEADS", MOWAFI, GIS, "Intelligence Service, Murad Muwafi"),
      ("SUCCESSOR_OF", SHEHATA, MOWAFI, "acting intelligence chief in his", "2012-08-08"),
      ("LEADS", SHEHATA, GIS, "Mohammed Raafat Shehata acting intelligence chief"),
      ("MET_WITH", CLINTON, MORSI, "held talks", "2012-07-14"),
      ("MET_WITH", CLINTON, TANTAWI, "met the field marshal the next day", "2012-07-15"),
      ],
     {"source": AP, "published": "2012-08-12"}),
]

ARTICLES += [
    ("arTM4_morsi_receives_emir_ahram", "ar",
     "الرئيس مرسي يستقبل أمير قطر في قصر الاتحادية\n"
     "بوابة الأهرام\n"
     "استقبل الرئيس الدكتور محمد مرسي، ظهر اليوم السبت، بقصر الاتحادية، الشيخ حمد بن خليفة آل ثاني أمير "
     "دولة قطر، يرافقه الشيخ حمد بن جاسم بن جبر آل ثاني رئيس مجلس الوزراء وزير الخارجية القطري، وذلك بحضور "
     "الدكتور هشام قنديل رئيس مجلس الوزراء.\n"
     "وقال المتحدث الرسمي باسم رئاسة الجمهورية إن المباحثات تناولت سبل دعم الاقتصاد المصري، وأعلن الجانب "
     "القطري عن إيداع ملياري دولار في البنك المركزي المصري.\n"
     "وهي أول زيارة يقوم بها أمير قطر لمصر منذ تولي مرسي الرئاسة في الثلاثين من يونيو الماضي.\n"
     "وكان الرئيس قد تلقى اتصالاً هاتفياً من خادم الحرمين الشريفين الملك عبد الله بن عبد العزيز، تناول "
     "الأوضاع في سيناء عقب الهجوم على نقطة رفح الحدودية.",
     met_group({MORSI: "استقبل الرئيس الدكتور محمد مرسي", HAMAD: "الشيخ حمد بن خليفة آل ثاني أمير",
                HBJ: "يرافقه الشيخ حمد بن جاسم", QANDIL: "الدكتور هشام قنديل رئيس"}, "2012-08-11")
     + [("LEADS", MORSI, EGYPT, "استقبل الرئيس الدكتور محمد مرسي"),
        ("LEADS", HAMAD, QATAR, "آل ثاني أمير دولة قطر"),
        ("LEADS", HBJ, QATAR, "رئيس مجلس الوزراء وزير الخارجية القطري"),
        ("LEADS", QANDIL, EGYPT, "قنديل رئيس مجلس الوزراء."),
        ("LEADS", KING_ABDULLAH, SAUDI, "خادم الحرمين الشريفين الملك"),
        ],
     {"source": AHRAM, "published": "2012-08-11"}),

    ("enTM5_ahmadinejad_cairo_ahram_online", "en",
     "Ahmadinejad lands in Cairo, first Iranian president's visit in over three decades\n"
     "Ahram Online, Tuesday 5 Feb 2013\n"
     "Iranian President Mahmoud Ahmadinejad arrived in Cairo on Tuesday to attend the summit of the "
     "Organisation of Islamic Cooperation, the first visit by an Iranian head of state since the 1979 "
     "revolution. President Mohammed Mursi greeted his guest on the tarmac of Cairo airport with a kiss on "
     "both cheeks before the two men held brief talks in the VIP lounge.\n"
     "Later in the day Ahmadinejad met Grand Imam of Al-Azhar Ahmed el-Tayeb at the mosque's headquarters. In "
     "a statement issued after the meeting, Al-Azhar said the sheikh had asked the Iranian president to "
     "respect Bahrain as an Arab state and to stop the spread of Shia doctrine in Sunni countries.\n"
     "As he left the mosque, a man tried to throw a shoe at Ahmadinejad before being held back by security "
     "guards.\n"
     "Mursi, who visited Tehran in August for the summit of the Non-Aligned Movement, has received a string of "
     "regional leaders since taking office, among them Turkey's Prime Minister Recep Tayyip Erdogan, who came "
     "to Cairo in November.",
     [("LEADS", AHMADINEJAD, IRAN, "Iranian President Mahmoud Ahmadinejad arrived"),
      ("MET_WITH", MORSI, AHMADINEJAD, "greeted his guest on the tarmac", "2013-02-05"),
      ("LEADS", MORSI, EGYPT, "President Mohammed Mursi greeted"),
      ("MET_WITH", AHMADINEJAD, TAYEB, "Later in the day Ahmadinejad met", "2013-02-05"),
      ("LEADS", TAYEB, AZHAR, "Grand Imam of Al-Azhar Ahmed el-Tayeb"),
      ("MET_WITH", MORSI, ERDOGAN, "has received a string of"),
      ("LEADS", ERDOGAN, TURKEY, "Turkey's Prime Minister Recep Tayyip Erdogan"),
      ],
     {"source": AHRAM_ONLINE, "published": "2013-02-05"}),

    ("arTM6_mabrouk_killed_masry", "ar",
     "«أنصار بيت المقدس» تتبنى اغتيال المقدم محمد مبروك\n"
     "كتب - محرر الشؤون الأمنية في «المصري اليوم»:\n"
     "اغتال مسلحون مجهولون، مساء الأحد، المقدم محمد مبروك، الضابط بقطاع الأمن الوطني، أثناء خروجه من منزله "
     "في مدينة نصر، حيث أطلقوا عليه وابلاً من الرصاص من سيارة كانت تنتظره ثم لاذوا بالفرار.\n"
     "وكان مبروك مسؤولاً عن ملف جماعة الإخوان المسلمين بالجهاز، ومن شهود الإثبات في قضية التخابر المتهم فيها "
     "الرئيس المعزول محمد مرسي.\n"
     "وأعلنت جماعة «أنصار بيت المقدس»، في بيان نشرته على مواقع جهادية أمس، مسؤوليتها عن اغتيال الضابط، "
     "وتوعدت بمزيد من العمليات ضد قيادات وزارة الداخلية.\n"
     "وكانت الجماعة نفسها قد أعلنت مسؤوليتها عن تفجير السيارة المفخخة الذي استهدف موكب وزير الداخلية "
     "اللواء محمد إبراهيم في سبتمبر الماضي، والذي نجا منه الوزير.\n"
     "وقالت وزارة الداخلية في بيان إنها «تُحمّل جماعة الإخوان المسؤولية عن التحريض» على استهداف رجال "
     "الشرطة، وهو ما نفته الجماعة.",
     [("ASSASSINATED_BY", MABROUK, ABM, "مسؤوليتها عن اغتيال الضابط", "2013-11-17"),
      ],
     {"source": MASRY, "published": "2013-11-19"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setTM")
