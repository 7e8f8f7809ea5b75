"""Blind set QW: Lebanon 2005-2008 (first folder of QW-QX): the Hariri family's choice of Saad Hariri to
carry on his father's work at the head of the Future Movement (April 2005), Serge Brammertz's meeting with
Bashar al-Assad in Damascus after he took over the UN inquiry from Detlev Mehlis (April 2006), the funeral
of Imad Mughniyeh after the Kafr Sousa car bomb and Hezbollah's accusation of Israel (February 2008), the
assassination of Pierre Gemayel in Jdeideh (November 2006), Saad Hariri's talks with King Abdullah in Jeddah
during the 2006 war, and Michel Suleiman's election after the Doha agreement (May 2008), as a Hariri-owned
Beirut daily writes it in Arabic (Al-Mustaqbal-like: "الرئيس الشهيد", "دارة قريطم"), a US wire in English
(AP-like: "DAMASCUS, Syria (AP) —", "spoke on condition of anonymity"), a Hezbollah TV site in Arabic
(Al-Manar-like: "الشهيد القائد الحاج عماد مغنية", "سماحة السيد", "الصهاينة"), a Beirut daily in English
(Daily Star-like: "BEIRUT:", "former Premier"), a Saudi daily in Arabic (Asharq Al-Awsat-like: "خادم
الحرمين الشريفين", "على هامش مؤتمر روما") and a French wire in English (AFP-like: "BEIRUT (AFP) -",
"Western-backed ruling majority").
Pieces: Saad Hariri chosen to succeed his father; he receives the French and US ambassadors together with
Ghattas Khoury present, then Jumblatt (Arabic, QW1); Brammertz, who took over from Mehlis, meets Assad and
Sharaa with Muallem present, after meeting Siniora in Beirut (English, QW2); Mottaki at Mughniyeh's funeral
meets Nasrallah with ambassador Sheibani present, then visits Berri (Arabic, QW3); Gemayel shot dead, Siniora
with Hamadeh meets Amine Gemayel in Bikfaya (English, QW4); King Abdullah receives Saad Hariri with Sultan,
Saud al-Faisal and Muqrin present; Saud al-Faisal met Siniora, then Rice, in Rome (Arabic, QW5); Suleiman
elected to succeed Lahoud, Berri receives the emir of Qatar (English, QW6).
Excluded on purpose (no relation): Rafik Hariri killed in "a huge explosion" (no agent), Chirac's phone
call, the postponed meeting with Mikati (QW1); the Feb. 14 bombing (no agent; Mehlis's reports "implicated"
officials: an accusation), Mehlis's refused request to question Assad, the planned meeting with Shawkat
that never took place (QW2); Mughniyeh killed by a car bomb (no agent in the outlet's voice), Nasrallah's
accusation of "the Zionists", Olmert's office's denial, Mottaki's presence at the funeral (not a meeting)
(QW3); Gemayel shot by unnamed gunmen, Saad Hariri's accusation of Syria, Lahoud's phone call (QW4); King
Abdullah's phone call to Siniora (QW5); the Doha accord between the camps (no named meeting), the guests
who attended the session, Nasrallah's congratulation call (QW6).
Judgement calls: "اختارت نجله ... خلفاً له في قيادة تيار المستقبل" is a succession (QW1); "استقبل ... السفير
الفرنسي ... والسفير الأميركي" together is a meeting of the three, and the attendee "في حضور" is paired with
the host and both guests (QW1); "met ... with President Bashar Assad and Vice President Farouk al-Sharaa"
is one meeting of the three; Muallem, who "attended" "the meeting with the Syrian leader", is paired with
Brammertz and Assad (the two principals of that sentence), not with Sharaa (QW2); "briefed Prime Minister
Fuad Saniora" is a meeting (QW2); "took over ... from German prosecutor Detlev Mehlis" is a succession
(QW2); "accompanied by" a minister: he is paired with both Siniora and Amine Gemayel (QW4); the three
attendees of one "بحضور" list are paired with each other (they attended together), as most dev gold does
(QW5); "التقى ... السنيورة، ثم وزيرة الخارجية الأميركية" gives two separate meetings (QW5); "received the emir
and his delegation" pairs Berri with the emir only (the delegation's members are not named) (QW6);
"succeeding Emile Lahoud" is a succession (QW6). A minister LEADS his ministry only where it has an id.
Filled in for the exercise: Bahia Hariri reading the statement, the ambassadors' visit, Khoury's
presence, the Jumblatt meeting, Chirac's call and the postponed Mikati meeting (QW1); Muallem's presence,
the Siniora briefing the day before, the length of the meeting (QW2); the Mottaki-Nasrallah meeting,
Sheibani's presence, the Berri visit (QW3); Siniora's visit to Bikfaya with Hamadeh, Lahoud's call (QW4);
the date of the Jeddah audience and its attendees, the phone call (QW5); Berri's reception of the emir,
Nasrallah's call, the vote count's details (QW6).
Spellings: "الشيخ سعد الدين الحريري", "جيفري فيلتمان" (QW1); "Bashar Assad", "Fuad Saniora", "Walid
al-Moallem" (QW2); "الحاج رضوان", "منوشهر متكي" (QW3); "Fouad Siniora", "former Premier Rafik Hariri" (QW4);
"الأمير سعود الفيصل", "كوندوليزا رايس" (QW5); "Michel Sleiman", "Sheikh Hamad bin Jassem al-Thani", "Amr
Mussa", "Walid Muallem" (QW6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_qx import ALL  # noqa: E402

HERE = Path(__file__).parent

LEBANON, SYRIA, SAUDI, QATAR, FRANCE, ISRAEL = (
    "country:lebanon", "country:syria", "country:saudi-arabia", "country:qatar", "country:france",
    "country:israel")
FUTURE, HEZ, PARL, ARMY, ARAB_LEAGUE, UNIIIC, IRFM = (
    "organization:future-movement", "organization:hezbollah", "organization:lebanese-parliament",
    "organization:lebanese-army", "organization:arab-league", "organization:uniiic",
    "organization:iranian-foreign-ministry")
RAFIK, SAAD, BAHIA, SINIORA, MIKATI, LAHOUD, SULEIMAN, BERRI, JUMBLATT = (
    "person:rafik-hariri", "person:saad-hariri", "person:bahia-hariri", "person:fouad-siniora",
    "person:najib-mikati", "person:emile-lahoud", "person:michel-suleiman", "person:nabih-berri",
    "person:walid-jumblatt")
AMINE, PIERRE, HAMADEH, GKHOURY = (
    "person:amine-gemayel", "person:pierre-gemayel", "person:marwan-hamadeh", "person:ghattas-khoury")
NASRALLAH, MUGHNIYEH = "person:hassan-nasrallah", "person:imad-mughniyeh"
ASSAD, SHARAA, MUALLEM, SHAWKAT = (
    "person:bashar-al-assad", "person:farouk-al-sharaa", "person:walid-muallem", "person:assef-shawkat")
ABDULLAH, SULTAN, SAUD, MUQRIN, HAMAD, HBJ, MOUSSA = (
    "person:abdullah-bin-abdulaziz", "person:sultan-bin-abdulaziz", "person:saud-al-faisal",
    "person:muqrin-bin-abdulaziz", "person:hamad-bin-khalifa-al-thani", "person:hamad-bin-jassim-al-thani",
    "person:amr-moussa")
MOTTAKI, SHEIBANI = "person:manouchehr-mottaki", "person:mohammad-reza-sheibani"
CHIRAC, EMIE, FELTMAN, RICE, MEHLIS, BRAMMERTZ, OLMERT = (
    "person:jacques-chirac", "person:bernard-emie", "person:jeffrey-feltman", "person:condoleezza-rice",
    "person:detlev-mehlis", "person:serge-brammertz", "person:ehud-olmert")

MUSTAQBAL = "blind set (Hariri-owned Beirut daily, Arabic, Al-Mustaqbal-like)"
AP = "blind set (US news wire, English, AP-like)"
MANAR = "blind set (Hezbollah TV news site, Arabic, Al-Manar-like)"
DAILYSTAR = "blind set (Beirut daily, English, Daily Star-like)"
AWSAT = "blind set (Saudi pan-Arab daily, Arabic, Asharq Al-Awsat-like)"
AFP = "blind set (French news wire, English, AFP-like)"

ARTICLES = [
    ("arQW1_saad_succeeds_father_mustaqbal", "ar",
     "عائلة الرئيس الشهيد تختار سعد الدين لحمل الأمانة\n"
     "المستقبل\n"
     "أعلنت عائلة الرئيس الشهيد رفيق الحريري، أمس، في بيان تلته النائبة بهية الحريري من دارة قريطم، أن "
     "العائلة اختارت نجله الشيخ سعد الدين الحريري لمتابعة مسيرة والده السياسية، خلفاً له في قيادة تيار "
     "المستقبل.\n"
     "وجاء في البيان أن «العائلة اجتمعت وقررت بالإجماع أن يكمل سعد المسيرة»، فيما يبقى شقيقه بهاء خارج "
     "العمل السياسي.\n"
     "واستقبل الشيخ سعد بعد الظهر في قريطم السفير الفرنسي برنار إيمييه والسفير الأميركي جيفري فيلتمان، في "
     "حضور النائب السابق غطاس خوري، وجرى عرض لمسار التحقيق في جريمة 14 شباط.\n"
     "وكان الرئيس الحريري قد استشهد مع 21 آخرين في انفجار ضخم استهدف موكبه أمام فندق السان جورج في بيروت.\n"
     "وتلقى الحريري اتصالاً هاتفياً من الرئيس الفرنسي جاك شيراك، أكد خلاله وقوف فرنسا إلى جانب لبنان «حتى "
     "كشف الحقيقة كاملة».\n"
     "من جهته، زار رئيس «اللقاء الديموقراطي» النائب وليد جنبلاط دارة قريطم مساءً، وعقد لقاءً مع الحريري "
     "استمر ساعة، تناول التحالفات في الانتخابات النيابية المقبلة.\n"
     "وكان مقرراً أن يلتقي الحريري رئيس الحكومة نجيب ميقاتي اليوم، إلا أن اللقاء أرجئ إلى الأسبوع المقبل.",
     [("SUCCESSOR_OF", SAAD, RAFIK, "خلفاً له في قيادة", "2005-04-20"),
      ("LEADS", SAAD, FUTURE, "في قيادة تيار"),
      ("MEMBER_OF", BAHIA, PARL, "تلته النائبة بهية الحريري"),
      ] + met_group({SAAD: "واستقبل الشيخ سعد", EMIE: "السفير الفرنسي برنار إيمييه",
                     FELTMAN: "والسفير الأميركي جيفري فيلتمان"}, "2005-04-20") + [
      ("MET_WITH", GKHOURY, SAAD, "حضور النائب السابق غطاس خوري", "2005-04-20"),
      ("MET_WITH", GKHOURY, EMIE, "النائب السابق غطاس خوري، وجرى", "2005-04-20"),
      ("MET_WITH", GKHOURY, FELTMAN, "غطاس خوري، وجرى عرض", "2005-04-20"),
      ("MET_WITH", JUMBLATT, SAAD, "وعقد لقاءً مع الحريري", "2005-04-20"),
      ("LEADS", CHIRAC, FRANCE, "الرئيس الفرنسي جاك شيراك"),
      ("LEADS", MIKATI, LEBANON, "رئيس الحكومة نجيب ميقاتي"),
      ],
     {"source": MUSTAQBAL, "published": "2005-04-21"}),

    ("enQW2_brammertz_meets_assad_ap", "en",
     "U.N. Hariri investigator meets Assad in Damascus\n"
     "DAMASCUS, Syria (AP) — The chief U.N. investigator into the assassination of former Lebanese Prime "
     "Minister Rafik Hariri met Tuesday with Syrian President Bashar Assad and Vice President Farouk al-Sharaa, "
     "a breakthrough after months of Syrian resistance to the inquiry, U.N. officials said.\n"
     "Serge Brammertz, a Belgian prosecutor, took over the U.N. International Independent Investigation "
     "Commission in January from German prosecutor Detlev Mehlis, whose two reports implicated senior Syrian "
     "and Lebanese security officials in the Feb. 14, 2005, bombing in Beirut that killed Hariri and 22 "
     "others. Syria has denied any role.\n"
     "The meeting with the Syrian leader, which lasted about two hours, was attended by Foreign Minister Walid "
     "al-Moallem, according to a Syrian official who spoke on condition of anonymity.\n"
     "Mehlis had sought to question Assad last year, but Damascus refused, and a planned session between the "
     "investigators and military intelligence chief Assef Shawkat never took place.\n"
     "Brammertz flew to Damascus from Beirut, where he briefed Prime Minister Fuad Saniora on Monday. He is "
     "due to present his next report to the Security Council in June.",
     met_group({BRAMMERTZ: "investigator into the assassination", ASSAD: "met Tuesday with Syrian President",
                SHARAA: "Vice President Farouk al-Sharaa"}, "2006-04-25") + [
      ("LEADS", ASSAD, SYRIA, "Syrian President Bashar Assad"),
      ("SUCCESSOR_OF", BRAMMERTZ, MEHLIS, "took over the U.N. International", "2006-01-11"),
      ("LEADS", BRAMMERTZ, UNIIIC, "Serge Brammertz, a Belgian prosecutor"),
      ("MET_WITH", MUALLEM, BRAMMERTZ, "was attended by Foreign Minister", "2006-04-25"),
      ("MET_WITH", MUALLEM, ASSAD, "The meeting with the Syrian leader", "2006-04-25"),
      ("MET_WITH", BRAMMERTZ, SINIORA, "where he briefed Prime Minister", "2006-04-24"),
      ("LEADS", SINIORA, LEBANON, "Prime Minister Fuad Saniora"),
      ],
     {"source": AP, "published": "2006-04-25"}),

    ("arQW3_mughniyeh_funeral_manar", "ar",
     "السيد نصر الله في تشييع الشهيد القائد الحاج عماد مغنية: إذا أردتموها حرباً مفتوحة فلتكن\n"
     "موقع المنار - الضاحية الجنوبية\n"
     "شيّع حزب الله وجماهير المقاومة، اليوم الخميس، الشهيد القائد الحاج عماد مغنية (الحاج رضوان) في روضة "
     "الشهيدين في الضاحية الجنوبية لبيروت، بحضور وزير الخارجية الإيراني منوشهر متكي وحشد من النواب "
     "والوزراء وممثلي الفصائل الفلسطينية.\n"
     "وكان الحاج رضوان قد استشهد مساء الثلاثاء بانفجار سيارة مفخخة في حي كفرسوسة في دمشق.\n"
     "واتهم الأمين العام لحزب الله سماحة السيد حسن نصر الله، في كلمة عبر الشاشة، الصهاينة بالوقوف وراء "
     "الجريمة، قائلاً: «لقد قتلتم الحاج عماد خارج أرض المعركة الطبيعية... إذا أردتموها حرباً مفتوحة فلتكن».\n"
     "في المقابل، نفى مكتب رئيس الوزراء الإسرائيلي إيهود أولمرت أي علاقة لإسرائيل بالعملية.\n"
     "وعلى هامش التشييع، التقى الوزير متكي سماحة السيد نصر الله، في حضور السفير الإيراني في بيروت محمد رضا "
     "شيباني، وجرى البحث في التطورات الأخيرة. كما زار متكي رئيس مجلس النواب نبيه بري في عين التينة.\n"
     "وفي الوقت نفسه أحيت قوى 14 آذار في ساحة الشهداء الذكرى الثالثة لاغتيال الرئيس رفيق الحريري، حيث ألقى "
     "النائب سعد الحريري كلمة.",
     [("LEADS", NASRALLAH, HEZ, "الأمين العام لحزب الله سماحة"),
      ("LEADS", OLMERT, ISRAEL, "رئيس الوزراء الإسرائيلي إيهود أولمرت"),
      ("MET_WITH", MOTTAKI, NASRALLAH, "التقى الوزير متكي سماحة", "2008-02-14"),
      ("MET_WITH", SHEIBANI, MOTTAKI, "في حضور السفير الإيراني", "2008-02-14"),
      ("MET_WITH", SHEIBANI, NASRALLAH, "محمد رضا شيباني", "2008-02-14"),
      ("MET_WITH", MOTTAKI, BERRI, "كما زار متكي رئيس", "2008-02-14"),
      ("LEADS", BERRI, PARL, "رئيس مجلس النواب نبيه بري"),
      ],
     {"source": MANAR, "published": "2008-02-14"}),

    ("enQW4_pierre_gemayel_killed_dailystar", "en",
     "Gunmen assassinate Industry Minister Pierre Gemayel in Jdeideh\n"
     "BEIRUT: Industry Minister Pierre Gemayel, the son of former President Amine Gemayel, was shot dead in his "
     "car in the Metn suburb of Jdeideh on Tuesday afternoon, the latest anti-Syrian figure to be killed since "
     "the assassination of former Premier Rafik Hariri in February 2005.\n"
     "Gunmen in a sport utility vehicle rammed the minister's car and opened fire at close range, security "
     "sources told The Daily Star. Gemayel's bodyguard was also killed.\n"
     "Future Movement leader MP Saad Hariri, speaking from Qoreitem, said: \"We believe the hand of Syria is "
     "all over this.\" Damascus condemned the killing.\n"
     "Prime Minister Fouad Siniora drove to the Gemayel family home in Bikfaya late on Tuesday, where he met "
     "the former president and offered his condolences, accompanied by Telecommunications Minister Marwan "
     "Hamadeh.\n"
     "The killing came hours before the UN Security Council approved the draft statute of the international "
     "tribunal for Hariri's murder, and 10 days after the resignation of the Shiite ministers from Siniora's "
     "Cabinet.\n"
     "Amine Gemayel called on his supporters to refrain from retaliation. President Emile Lahoud, who "
     "telephoned the Kataeb leader, condemned the assassination as a \"criminal act.\"",
     [("LEADS", SAAD, FUTURE, "Future Movement leader MP Saad Hariri"),
      ("LEADS", SINIORA, LEBANON, "Prime Minister Fouad Siniora drove"),
      ("MET_WITH", SINIORA, AMINE, "where he met the former president", "2006-11-21"),
      ("MET_WITH", HAMADEH, SINIORA, "accompanied by Telecommunications Minister", "2006-11-21"),
      ("MET_WITH", HAMADEH, AMINE, "Minister Marwan Hamadeh", "2006-11-21"),
      ("LEADS", LAHOUD, LEBANON, "President Emile Lahoud, who"),
      ],
     {"source": DAILYSTAR, "published": "2006-11-22"}),

    ("arQW5_abdullah_receives_saad_awsat", "ar",
     "خادم الحرمين يستقبل سعد الحريري في جدة ويؤكد وقوف المملكة إلى جانب لبنان\n"
     "جدة: «الشرق الأوسط»\n"
     "استقبل خادم الحرمين الشريفين الملك عبد الله بن عبد العزيز في قصره بجدة مساء أمس، النائب سعد الحريري "
     "رئيس كتلة «المستقبل» في البرلمان اللبناني، بحضور ولي العهد الأمير سلطان بن عبد العزيز، ووزير الخارجية "
     "الأمير سعود الفيصل، ورئيس الاستخبارات العامة الأمير مقرن بن عبد العزيز.\n"
     "وجرى خلال الاستقبال استعراض تطورات العدوان الإسرائيلي على لبنان، والجهود المبذولة لوقف إطلاق النار.\n"
     "وأكد الملك عبد الله، بحسب مصدر مطلع، أن المملكة «لن تتخلى عن لبنان»، وأنها ستقدم منحة لإعادة الإعمار.\n"
     "وكان الأمير سعود الفيصل قد التقى على هامش مؤتمر روما الدولي حول لبنان الأربعاء، رئيس الحكومة "
     "اللبنانية فؤاد السنيورة، ثم وزيرة الخارجية الأميركية كوندوليزا رايس، وبحث معهما سبل التوصل إلى وقف "
     "فوري لإطلاق النار.\n"
     "كما أجرى خادم الحرمين الشريفين اتصالاً هاتفياً بالرئيس السنيورة، أكد فيه دعم المملكة لحكومته.\n"
     "يذكر أن الحريري وصل إلى جدة قادماً من باريس، حيث أمضى الأيام الأولى من الحرب.",
     met_group({ABDULLAH: "خادم الحرمين الشريفين الملك عبد الله بن عبد العزيز في قصره",
                SAAD: "النائب سعد الحريري",
                SULTAN: "ولي العهد الأمير سلطان", SAUD: "ووزير الخارجية",
                MUQRIN: "ورئيس الاستخبارات العامة"}, "2006-07-27") + [
      ("LEADS", ABDULLAH, SAUDI, "استقبل خادم الحرمين الشريفين"),
      ("MET_WITH", SAUD, SINIORA, "قد التقى على هامش مؤتمر روما", "2006-07-26"),
      ("MET_WITH", SAUD, RICE, "ثم وزيرة الخارجية الأميركية", "2006-07-26"),
      ("LEADS", SINIORA, LEBANON, "رئيس الحكومة اللبنانية فؤاد"),
      ],
     {"source": AWSAT, "published": "2006-07-28"}),

    ("enQW6_suleiman_elected_afp", "en",
     "Lebanon parliament elects army chief Sleiman president\n"
     "BEIRUT (AFP) - Lebanon's parliament on Sunday elected army chief General Michel Sleiman as president, "
     "filling a post left vacant for six months and ending a political crisis that had pushed the country to "
     "the brink of a new civil war.\n"
     "Sleiman, 59, won 118 votes of the 127 MPs present. He succeeds pro-Syrian Emile Lahoud, who stepped down "
     "in November at the end of his extended term.\n"
     "The vote was made possible by an accord struck in Doha on Wednesday between the Western-backed ruling "
     "majority and the Hezbollah-led opposition, ending 18 months of deadlock that erupted into deadly street "
     "battles this month.\n"
     "The emir of Qatar, Sheikh Hamad bin Khalifa al-Thani, who brokered the deal with his prime minister Sheikh "
     "Hamad bin Jassem al-Thani, attended the session along with Arab League chief Amr Mussa and Syrian Foreign "
     "Minister Walid Muallem.\n"
     "Before the session, Parliament Speaker Nabih Berri received the emir and his delegation at his office in "
     "the parliament building.\n"
     "Hezbollah chief Hassan Nasrallah, who did not attend, congratulated Sleiman in a telephone call, the "
     "group's Al-Manar television said.",
     [("LEADS", SULEIMAN, ARMY, "elected army chief General Michel Sleiman"),
      ("SUCCESSOR_OF", SULEIMAN, LAHOUD, "He succeeds pro-Syrian Emile Lahoud", "2008-05-25"),
      ("LEADS", HAMAD, QATAR, "The emir of Qatar, Sheikh"),
      ("LEADS", HBJ, QATAR, "his prime minister Sheikh"),
      ("LEADS", MOUSSA, ARAB_LEAGUE, "Arab League chief Amr Mussa"),
      ("LEADS", BERRI, PARL, "Parliament Speaker Nabih Berri"),
      ("MET_WITH", BERRI, HAMAD, "received the emir and his delegation", "2008-05-25"),
      ("LEADS", NASRALLAH, HEZ, "Hezbollah chief Hassan Nasrallah"),
      ],
     {"source": AFP, "published": "2008-05-25"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setQW")
