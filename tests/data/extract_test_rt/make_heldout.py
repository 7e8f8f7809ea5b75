"""Blind set RT: Egypt 1981-2015 (second folder of RS-RT): the Alexandria summit of Mubarak and Peres
(September 1986), Netanyahu's first visit to Cairo after his first meeting with Arafat (September 1996),
Zawahiri named to succeed bin Laden and his earlier role in Egyptian Islamic Jihad and Sadat's
assassination (June 2011), Hillary Clinton's meetings with Morsi and Tantawi (July 2012), King Abdullah
II's visit to interim President Adly Mansour and Sisi (July 2013), and the car bomb that killed
prosecutor-general Hisham Barakat (June 2015), as Egypt's state agency writes it in Arabic (MENA-like:
"الإسكندرية - أ ش أ"), a US wire in English (AP-like: "CAIRO, Egypt (AP) -"), a Qatari TV site in Arabic
(Al Jazeera Net-like: "مايو/أيار"), a Cairo state news site in English (Ahram Online-like: "Morsy",
"Tantawy", "Ittihadiya"), a Cairo state daily in Arabic (Al-Ahram-like: "جلالة الملك", "الفريق أول") and a
British wire in English (Reuters-like: "CAIRO, June 29 (Reuters) -", "Mursi").
Pieces: Mubarak and Peres end two days of talks with Abdel Meguid present, Shamir to take over from
Peres, the first summit since Sadat met Begin (Arabic, RT1); Netanyahu meets Mubarak with Moussa and Levy
present, a day after meeting Arafat at Erez; Netanyahu took over from Peres (English, RT2); Zawahiri
succeeds bin Laden, whom a US force killed; Jihad's men killed Sadat under Islambouli; Zawahiri met bin
Laden in Peshawar and had succeeded Sayyid Imam at the head of al-Jihad (Arabic, RT3); Clinton meets
Morsy with Patterson present, then Tantawy; El-Erian replaced Morsy at the head of the FJP (English,
RT4); Mansour receives King Abdullah with Beblawi present, the king then meets Sisi, whom Morsi had
named to succeed Tantawi; Mansour had succeeded el-Beheiry at the court (Arabic, RT5); Barakat killed,
no agent named; Barakat had replaced Talaat Abdallah, who had replaced Abdel Meguid Mahmoud; Sisi's
emergency meeting with Mahlab and Abdel Ghaffar (English, RT6).
Excluded on purpose (no relation): Reagan's congratulation call to Mubarak (RT1); King Hussein's phone
call, the attempt on Mubarak's life in Addis Ababa (failed), Netanyahu's wish to meet Assad "anywhere"
(RT2); the reports that Saif al-Adel could lead the group, the arrests after Sadat's killing (RT3);
Obama's congratulation call to Morsy, the cancelled meeting with Khairat El-Shater, Badie who did not meet
Clinton (RT4); Mansour's phone call to King Abdullah of Saudi Arabia, Badie's call for the sit-in (RT5);
Barakat's killing (no agent stated, no claim), Sinai Province's call to attack judges, the Brotherhood
blamed by officials, Rifaat el-Mahgoub "shot dead by Islamist militants" (no named agent) and the failed
attempt on Mohamed Ibrahim (RT6).
Judgement calls: Shamir "due to take over ... from Peres" under the rotation agreement is a succession
(named to replace) (RT1); «لقاء X وY» of 1981 is a meeting (RT1); the attendee «بحضور» is paired with both
principals (RT1, RT5); "also present" names two attendees of one meeting: each with both principals and
with each other (RT2, as the set's rule for attendees who attend together); "took over from Shimon Peres"
is a succession (RT2); "قتلته قوة أميركية خاصة" gives the victim -> country:united-states (RT3); "نفذ عناصره
اغتيال" gives the victim -> the group, and "بقيادة" its leader gives the victim -> Islambouli (RT3); "in the
presence of US Ambassador Anne Patterson" pairs her with Clinton and Morsy (RT4); "was replaced as acting
chairman by" is a succession (RT4); "named to the post ... after sacking" is a succession (RT6); "an
emergency meeting with A and B" is one meeting of the three (RT6).
Filled in for the exercise: the palace, the length of the talks, Abdel Meguid's presence (RT1); Levy's
presence and the length of the talks (RT2); the wording of the group's statement (RT3); Patterson's
presence and the cancelled meeting with El-Shater (RT4); Beblawi's presence and the separate meeting with
Sisi (RT5); the emergency meeting on the evening of the attack (RT6).
Spellings: "شيمون بيريز", "مناحيم بيجن", "إسحق شامير" (RT1); "Benjamin Netanyahu", "Yasser Arafat", "Amr
Moussa" (RT2); "الظواهري", "سيد إمام الشريف", "خالد الإسلامبولي" (RT3); "Mohamed Morsy", "Hussein Tantawy",
"Essam El-Erian" (RT4); "المستشار عدلي منصور", "الفريق أول عبد الفتاح السيسي", "المشير حسين طنطاوي" (RT5);
"Hisham Barakat", "Mursi", "Talaat Abdallah", "Magdy Abdel Ghaffar" (RT6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_rt import ALL  # noqa: E402

HERE = Path(__file__).parent

EGYPT, ISRAEL, JORDAN, USA = "country:egypt", "country:israel", "country:jordan", "country:united-states"
MB, FJP, EIJ, QAEDA, SCAF, SCC, STATE, EGFM = (
    "organization:muslim-brotherhood", "organization:freedom-and-justice-party",
    "organization:egyptian-islamic-jihad", "organization:al-qaeda",
    "organization:supreme-council-of-the-armed-forces", "organization:supreme-constitutional-court",
    "organization:us-state-department", "organization:egyptian-foreign-ministry")
SADAT, MUBARAK, MORSI, SISI, MANSOUR, TANTAWI = (
    "person:anwar-sadat", "person:hosni-mubarak", "person:mohamed-morsi", "person:abdel-fattah-el-sisi",
    "person:adly-mansour", "person:mohamed-hussein-tantawi")
BEBLAWI, MAHLAB, GHAFFAR, MOUSSA, MEGUID = (
    "person:hazem-el-beblawi", "person:ibrahim-mahlab", "person:magdy-abdel-ghaffar", "person:amr-moussa",
    "person:esmat-abdel-meguid")
BARAKAT, TALAAT, AMAHMOUD, BEHEIRY = (
    "person:hisham-barakat", "person:talaat-abdallah", "person:abdel-meguid-mahmoud", "person:maher-el-beheiry")
BADIE, ERIAN, ZAWAHIRI, BINLADEN, SAYYIDIMAM, ISLAMBOULI = (
    "person:mohammed-badie", "person:essam-el-erian", "person:ayman-al-zawahiri", "person:osama-bin-laden",
    "person:sayyid-imam-al-sharif", "person:khalid-al-islambouli")
ABDULLAH, ARAFAT, BEGIN, PERES, SHAMIR, NETANYAHU, LEVY = (
    "person:abdullah-ii", "person:yasser-arafat", "person:menachem-begin", "person:shimon-peres",
    "person:yitzhak-shamir", "person:benjamin-netanyahu", "person:david-levy")
CLINTON, PATTERSON = "person:hillary-clinton", "person:anne-patterson"

MENA = "blind set (Egyptian state news agency, Arabic, MENA-like)"
AP = "blind set (US news wire, English, AP-like)"
JAZEERA = "blind set (Qatari TV news site, Arabic, Al Jazeera Net-like)"
AHRAMONLINE = "blind set (Cairo state news site, English, Ahram Online-like)"
AHRAM = "blind set (Cairo state daily, Arabic, Al-Ahram-like)"
REUTERS = "blind set (British news wire, English, Reuters-like)"

ARTICLES = [
    ("arRT1_alexandria_summit_mena", "ar",
     "مبارك وبيريز يختتمان قمة الإسكندرية بالاتفاق على إحالة نزاع طابا إلى التحكيم\n"
     "الإسكندرية - أ ش أ\n"
     "اختتم الرئيس محمد حسني مبارك ورئيس وزراء إسرائيل شيمون بيريز مساء اليوم الجمعة محادثاتهما التي "
     "استمرت يومين في قصر رأس التين، بحضور الدكتور أحمد عصمت عبد المجيد نائب رئيس الوزراء ووزير الخارجية.\n"
     "وأسفرت المحادثات عن الاتفاق على إحالة النزاع حول منطقة طابا إلى التحكيم الدولي، وعلى تشكيل لجنة مشتركة "
     "لدفع عملية السلام في الشرق الأوسط.\n"
     "وصرح الدكتور عصمت عبد المجيد عقب الجلسة الختامية بأن الجانبين اتفقا كذلك على عودة السفير المصري إلى "
     "تل أبيب.\n"
     "وتعد هذه القمة الأولى بين مصر وإسرائيل منذ لقاء الرئيس الراحل أنور السادات ورئيس الوزراء مناحيم بيجن "
     "في أغسطس 1981.\n"
     "ومن المقرر أن يتسلم إسحق شامير رئاسة الحكومة الإسرائيلية خلفاً لبيريز في أكتوبر المقبل بموجب اتفاق "
     "التناوب بين حزبي العمل والليكود.\n"
     "وكان الرئيس مبارك قد تلقى اتصالاً هاتفياً من الرئيس الأمريكي رونالد ريجان أعرب فيه عن تقديره لجهود مصر "
     "في إنجاح القمة.",
     [("MET_WITH", MUBARAK, PERES, "ورئيس وزراء إسرائيل شيمون بيريز", "1986-09-12"),
      ("MET_WITH", MEGUID, MUBARAK, "بحضور الدكتور أحمد عصمت", "1986-09-12"),
      ("MET_WITH", MEGUID, PERES, "نائب رئيس الوزراء ووزير الخارجية", "1986-09-12"),
      ("LEADS", MEGUID, EGFM, "عبد المجيد نائب"),
      ("LEADS", PERES, ISRAEL, "رئيس وزراء إسرائيل شيمون"),
      ("MET_WITH", SADAT, BEGIN, "منذ لقاء الرئيس الراحل", "1981-08-26"),
      ("SUCCESSOR_OF", SHAMIR, PERES, "خلفاً لبيريز في أكتوبر", "1986-10-20"),
      ("LEADS", MUBARAK, EGYPT, "اختتم الرئيس محمد حسني"),
      ],
     {"source": MENA, "published": "1986-09-12"}),

    ("enRT2_netanyahu_cairo_ap", "en",
     "Netanyahu, Mubarak hold first talks in Cairo\n"
     "CAIRO, Egypt (AP) - Israeli Prime Minister Benjamin Netanyahu met President Hosni Mubarak on Thursday for "
     "the first time since taking office, a day after his first meeting with Palestinian leader Yasser Arafat, "
     "and the Egyptian leader urged him to honor the agreements signed by the previous government.\n"
     "The two men talked for more than two hours at the presidential palace in Heliopolis. Egyptian Foreign "
     "Minister Amr Moussa and his Israeli counterpart, David Levy, were also present.\n"
     "Netanyahu, who took over from Shimon Peres in June after a narrow election victory, had shaken Arafat's "
     "hand on Wednesday at the Erez crossing between Israel and the Gaza Strip.\n"
     "Jordan's King Hussein telephoned Mubarak on Wednesday evening to coordinate positions before the visit, "
     "Egyptian officials said.\n"
     "Netanyahu told reporters he was ready to meet Syrian President Hafez Assad \"anywhere, anytime.\"\n"
     "Security was tight. Mubarak survived an assassination attempt by Islamic militants in Addis Ababa, "
     "Ethiopia, last year.",
     [("MET_WITH", NETANYAHU, MUBARAK, "Benjamin Netanyahu met President Hosni Mubarak", "1996-09-05"),
      ("MET_WITH", NETANYAHU, ARAFAT, "a day after his first meeting with", "1996-09-04"),
      ("LEADS", NETANYAHU, ISRAEL, "Israeli Prime Minister Benjamin Netanyahu"),
      ("MET_WITH", MOUSSA, MUBARAK, "Egyptian Foreign", "1996-09-05"),
      ("MET_WITH", MOUSSA, NETANYAHU, "Minister Amr Moussa", "1996-09-05"),
      ("MET_WITH", LEVY, MUBARAK, "his Israeli counterpart, David Levy", "1996-09-05"),
      ("MET_WITH", LEVY, NETANYAHU, "were also present", "1996-09-05"),
      ("MET_WITH", MOUSSA, LEVY, "Amr Moussa and his Israeli", "1996-09-05"),
      ("LEADS", MOUSSA, EGFM, "Moussa and his"),
      ("SUCCESSOR_OF", NETANYAHU, PERES, "who took over from Shimon Peres", "1996-06-18"),
      ],
     {"source": AP, "published": "1996-09-05"}),

    ("arRT3_zawahiri_succeeds_bin_laden_jazeera", "ar",
     "القاعدة تعلن تولي الظواهري قيادتها خلفاً لبن لادن\n"
     "الجزيرة نت\n"
     "أعلن تنظيم القاعدة اليوم الخميس في بيان نشر على مواقع جهادية أن الدكتور أيمن الظواهري تولى قيادة "
     "التنظيم خلفاً لأسامة بن لادن، الذي قتلته قوة أميركية خاصة في مدينة أبوت آباد الباكستانية مطلع مايو/أيار "
     "الماضي.\n"
     "ويعد الظواهري (59 عاماً)، المولود في حي المعادي بالقاهرة، من أبرز قادة جماعة الجهاد المصرية، التي نفذ "
     "عناصرها اغتيال الرئيس أنور السادات خلال العرض العسكري في السادس من أكتوبر/تشرين الأول 1981 بقيادة "
     "الملازم أول خالد الإسلامبولي.\n"
     "واعتُقل الظواهري ضمن مئات الإسلاميين في أعقاب الاغتيال، وقضى ثلاث سنوات في السجن قبل أن يغادر مصر، "
     "والتقى بن لادن للمرة الأولى في بيشاور منتصف الثمانينيات.\n"
     "وتولى الظواهري إمارة الجهاد مطلع التسعينيات خلفاً لسيد إمام الشريف المعروف بالدكتور فضل، قبل أن يدمج "
     "الجماعة في القاعدة عام 2001.\n"
     "وكانت تقارير قد رجحت أن يتولى المصري سيف العدل قيادة التنظيم مؤقتاً بعد مقتل بن لادن.",
     [("SUCCESSOR_OF", ZAWAHIRI, BINLADEN, "التنظيم خلفاً لأسامة بن لادن", "2011-06-16"),
      ("LEADS", ZAWAHIRI, QAEDA, "تولى قيادة"),
      ("ASSASSINATED_BY", BINLADEN, USA, "الذي قتلته قوة أميركية خاصة", "2011-05-02"),
      ("MEMBER_OF", ZAWAHIRI, EIJ, "من أبرز قادة جماعة الجهاد"),
      ("ASSASSINATED_BY", SADAT, EIJ, "التي نفذ عناصرها اغتيال", "1981-10-06"),
      ("ASSASSINATED_BY", SADAT, ISLAMBOULI, "الملازم أول خالد الإسلامبولي", "1981-10-06"),
      ("MET_WITH", ZAWAHIRI, BINLADEN, "والتقى بن لادن للمرة الأولى"),
      ("SUCCESSOR_OF", ZAWAHIRI, SAYYIDIMAM, "خلفاً لسيد إمام الشريف"),
      ("LEADS", ZAWAHIRI, EIJ, "وتولى الظواهري إمارة الجهاد"),
      ],
     {"source": JAZEERA, "published": "2011-06-16"}),

    ("enRT4_clinton_morsy_tantawy_ahramonline", "en",
     "Clinton meets Morsy, Tantawy on first visit since presidential vote\n"
     "Ahram Online, Sunday 15 Jul 2012\n"
     "US Secretary of State Hillary Clinton met President Mohamed Morsy at the Ittihadiya presidential palace "
     "on Saturday, in the presence of US Ambassador Anne Patterson, in the highest-level American visit since "
     "the Muslim Brotherhood figure took office on 30 June.\n"
     "On Sunday, Clinton held talks with Field Marshal Hussein Tantawy, head of the Supreme Council of the "
     "Armed Forces (SCAF), which handed executive power to Morsy but retains legislative authority.\n"
     "Morsy, who resigned as chairman of the Brotherhood's Freedom and Justice Party (FJP) after his election, "
     "was replaced as acting chairman by Essam El-Erian.\n"
     "A planned meeting between Clinton and the Brotherhood's deputy supreme guide Khairat El-Shater was "
     "cancelled, FJP sources told Ahram Online, and Supreme Guide Mohamed Badie did not meet the secretary.\n"
     "US President Barack Obama had telephoned Morsy to congratulate him after the results were announced.\n"
     "In Alexandria, protesters threw tomatoes and shoes at Clinton's motorcade on Sunday night.",
     [("LEADS", CLINTON, STATE, "US Secretary of State Hillary Clinton"),
      ("MET_WITH", CLINTON, MORSI, "Hillary Clinton met President Mohamed Morsy", "2012-07-14"),
      ("MET_WITH", PATTERSON, CLINTON, "in the presence of US Ambassador", "2012-07-14"),
      ("MET_WITH", PATTERSON, MORSI, "Ambassador Anne Patterson", "2012-07-14"),
      ("MET_WITH", CLINTON, TANTAWI, "Clinton held talks with Field Marshal", "2012-07-15"),
      ("LEADS", TANTAWI, SCAF, "head of the Supreme Council"),
      ("MEMBER_OF", MORSI, MB, "the Muslim Brotherhood figure took office"),
      ("SUCCESSOR_OF", ERIAN, MORSI, "was replaced as acting chairman by", "2012-06-24"),
      ("LEADS", ERIAN, FJP, "acting chairman by Essam El-Erian"),
      ("LEADS", BADIE, MB, "Supreme Guide Mohamed Badie"),
      ("LEADS", MORSI, EGYPT, "met President Mohamed Morsy"),
      ],
     {"source": AHRAMONLINE, "published": "2012-07-15"}),

    ("arRT5_mansour_receives_abdullah_ahram", "ar",
     "الرئيس المؤقت يستقبل العاهل الأردني في أول زيارة لزعيم عربي منذ 30 يونيو\n"
     "الأهرام\n"
     "استقبل الرئيس المؤقت المستشار عدلي منصور، أمس، بقصر الاتحادية، جلالة الملك عبد الله الثاني بن الحسين، "
     "ملك المملكة الأردنية الهاشمية، الذي وصل القاهرة في زيارة قصيرة، بحضور الدكتور حازم الببلاوي رئيس مجلس "
     "الوزراء.\n"
     "وأكد الجانبان خلال اللقاء دعم الأردن الكامل لإرادة الشعب المصري وخريطة المستقبل.\n"
     "وعقب اللقاء، التقى العاهل الأردني الفريق أول عبد الفتاح السيسي، النائب الأول لرئيس الوزراء ووزير الدفاع "
     "والإنتاج الحربي، الذي كان الرئيس المعزول محمد مرسي قد عيّنه في أغسطس الماضي خلفاً للمشير حسين طنطاوي.\n"
     "وكان منصور قد أدى اليمين رئيساً مؤقتاً للبلاد في الرابع من يوليو الجاري، بعد يومين من توليه رئاسة "
     "المحكمة الدستورية العليا خلفاً للمستشار ماهر البحيري.\n"
     "وفي سياق متصل، أجرى الرئيس منصور اتصالاً هاتفياً بخادم الحرمين الشريفين الملك عبد الله بن عبد العزيز.\n"
     "في المقابل، دعا المرشد العام لجماعة الإخوان المسلمين الدكتور محمد بديع أنصاره إلى مواصلة الاعتصام في "
     "ميدان رابعة العدوية.",
     [("MET_WITH", MANSOUR, ABDULLAH, "جلالة الملك عبد الله الثاني", "2013-07-20"),
      ("MET_WITH", BEBLAWI, MANSOUR, "بحضور الدكتور حازم", "2013-07-20"),
      ("MET_WITH", BEBLAWI, ABDULLAH, "الببلاوي رئيس مجلس", "2013-07-20"),
      ("LEADS", ABDULLAH, JORDAN, "ملك المملكة الأردنية الهاشمية"),
      ("LEADS", BEBLAWI, EGYPT, "حازم الببلاوي رئيس مجلس الوزراء"),
      ("LEADS", MANSOUR, EGYPT, "استقبل الرئيس المؤقت المستشار"),
      ("MET_WITH", ABDULLAH, SISI, "التقى العاهل الأردني الفريق", "2013-07-20"),
      ("SUCCESSOR_OF", SISI, TANTAWI, "خلفاً للمشير حسين طنطاوي", "2012-08-12"),
      ("SUCCESSOR_OF", MANSOUR, BEHEIRY, "خلفاً للمستشار ماهر البحيري", "2013-07-01"),
      ("LEADS", MANSOUR, SCC, "توليه رئاسة"),
      ("LEADS", BADIE, MB, "دعا المرشد العام"),
      ],
     {"source": AHRAM, "published": "2013-07-21"}),

    ("enRT6_barakat_car_bomb_reuters", "en",
     "Egypt's top prosecutor killed in Cairo car bomb attack\n"
     "CAIRO, June 29 (Reuters) - Egypt's public prosecutor Hisham Barakat died of his wounds on Monday after a "
     "car bomb struck his convoy in the Heliopolis district of Cairo, the first killing of a senior state "
     "official in a quarter of a century.\n"
     "No group immediately claimed responsibility. Islamic State's Egyptian affiliate, Sinai Province, last "
     "week released a video urging attacks on judges, and officials have blamed the Muslim Brotherhood for a "
     "wave of bombings since the army removed President Mohamed Mursi in 2013.\n"
     "Barakat, 64, was appointed in July 2013 to replace Talaat Abdallah, whom Mursi had named to the post in "
     "November 2012 after sacking long-serving prosecutor Abdel Meguid Mahmoud.\n"
     "President Abdel Fattah al-Sisi held an emergency meeting with Prime Minister Ibrahim Mahlab and Interior "
     "Minister Magdy Abdel Ghaffar on Monday evening, state media said.\n"
     "The last senior official to be assassinated was parliament speaker Rifaat el-Mahgoub, shot dead by "
     "Islamist militants in 1990. Interior Minister Mohamed Ibrahim survived a car bomb in Cairo in 2013.",
     [("SUCCESSOR_OF", BARAKAT, TALAAT, "to replace Talaat Abdallah", "2013-07-10"),
      ("SUCCESSOR_OF", TALAAT, AMAHMOUD, "whom Mursi had named to the post", "2012-11-22"),
      ] + met_group({SISI: "held an emergency meeting with", MAHLAB: "Prime Minister Ibrahim Mahlab",
                     GHAFFAR: "Minister Magdy Abdel Ghaffar"}, "2015-06-29")
     + [("LEADS", SISI, EGYPT, "President Abdel Fattah al-Sisi"),
        ("LEADS", MAHLAB, EGYPT, "Prime Minister Ibrahim"),
        ],
     {"source": REUTERS, "published": "2015-06-29"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setRT")
