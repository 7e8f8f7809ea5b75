"""Blind set OI: Lebanon and Hezbollah 2008-2020 (first folder of OI-OJ): the car bomb that killed Imad
Mughniyeh in Damascus (February 2008), the Qatari emir at the session that elected Michel Suleiman after
the Doha agreement (May 2008), Mahmoud Ahmadinejad's visit to Lebanon and his meeting with Hassan
Nasrallah (October 2010), Najib Mikati's designation after the fall of Saad Hariri's government (January
2011), Hariri at the Elysee after his resignation in Riyadh (November 2017), and Emmanuel Macron in Beirut
two days after the port explosion (August 2020), as a US wire writes it in English (AP-like: "DAMASCUS,
Syria (AP) —"), Qatar's state agency in Arabic (QNA-like: "حضرة صاحب السمو ... أمير البلاد المفدى",
"/قنا/"), an Iranian state broadcaster's English site (Press TV-like: "Seyyed Hassan Nasrallah", "the
Zionist regime"), Hezbollah's TV site in Arabic (Al-Manar-like: "سماحة الأمين العام"), a French wire in
English (AFP-like: "PARIS, Nov 18, 2017 (AFP) -") and a Saudi-owned London daily in Arabic (Asharq
Al-Awsat-like: "بيروت: «الشرق الأوسط»", "أمس").
Pieces: a car bomb kills Mughniyeh, Hezbollah blames Israel, Israel denies; Mottaki expected for the
funeral and a meeting with Nasrallah (English, OI1); the emir attends the session that elects Suleiman to
succeed Lahoud, then meets Suleiman in the presence of Hamad bin Jassim and Berri (Arabic, OI2);
Ahmadinejad meets Nasrallah, is welcomed by Suleiman with the two foreign ministers present, holds talks
with Berri (English, OI3); Suleiman summons Mikati in Berri's presence, Mikati succeeds Hariri, whose
government fell while he was meeting Obama; Raad's bloc names Mikati while meeting Suleiman (Arabic, OI4);
Macron receives Hariri at the Elysee, had met Mohammed bin Salman in Riyadh, Le Drian had met Hariri in
Riyadh (English, OI5); Macron meets Aoun, Berri and Diab together at Baabda, then Raad, Hariri and Bassil
around one table at the Pine Residence (Arabic, OI6).
Excluded on purpose (no relation): Mughniyeh's killing (Hezbollah's accusation only, Israel's denial),
Mottaki's expected meeting with Nasrallah (OI1); Assad's phone call to the emir, Amr Moussa who attended
the session (no meeting stated) (OI2); Hariri's planned lunch for Ahmadinejad, the planned trip to Bint
Jbeil (OI3); Mikati's phone call to Hariri (OI4); Hariri's planned meeting with Aoun and with Sisi, Macron's
phone call to the crown prince, Rafik Hariri's killing (a court's trial of Hezbollah members: accusation)
(OI5); Rouhani's call to Aoun, Macron's promised return (OI6).
Judgement calls: "بحضور" two people at the emir's meeting with Suleiman: each paired with both principals,
the two attendees not with each other (OI2; the same everywhere in OI-OJ); "was welcomed by his Lebanese
counterpart ... where the two presidents held talks" is a meeting (OI3); "also present" foreign ministers
are attendees of the presidents' talks (OI3); "استدعى ... إلى بعبدا حيث أبلغه" is a meeting (OI4);
"ويخلف ميقاتي الرئيس الحريري" is a succession (OI4); "خلال لقائه الرئيس سليمان" gives the bloc's head
(Raad) meeting Suleiman (OI4); "made a surprise stop in Riyadh ... for talks with" is a meeting (OI5);
"كان في استقباله في المطار" the prime minister is a meeting (OI2); "عقد اجتماعاً مع A وB وC" at one place is one meeting of the four (OI6); "جمع إلى طاولة واحدة" is one
meeting of everyone named (OI6); a prime minister LEADS the country (as NK).
Filled in for the exercise: Syria's interior minister's wording, the funeral's day (OI1); the vote count,
the emir's meeting with Suleiman after the session, the presence of Hamad bin Jassim and Berri, Assad's
call (OI2); the foreign ministers' presence, Hariri's lunch (OI3); Mikati's call to Hariri, Raad's
naming of Mikati "yesterday" (OI4); the wording of Hariri's statement (OI5); the list of leaders at the
Pine Residence, Rouhani's call (OI6).
Spellings: "Imad Mughniyeh", "Sheik Hassan Nasrallah" (OI1); "العماد ميشال سليمان", "إميل لحود", "عمرو
موسى" (OI2); "Seyyed Hassan Nasrallah", "Manouchehr Mottaki", "Ali al-Shami" (OI3); "نجيب ميقاتي", "السيد
حسن نصر الله" (OI4); "Rafic Hariri", "Mohammed bin Salman", "Jean-Yves Le Drian" (OI5); "حسان دياب", "جبران
باسيل" (OI6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_oj import ALL  # noqa: E402

HERE = Path(__file__).parent

LEBANON, ISRAEL, IRAN, FRANCE, QATAR, US, EGYPT = (
    "country:lebanon", "country:israel", "country:iran", "country:france", "country:qatar",
    "country:united-states", "country:egypt")
BEIRUT = "location:beirut"
HEZ, PARL, LOYALTY, FUTURE, FPM, ARMY, ARAB_LEAGUE = (
    "organization:hezbollah", "organization:lebanese-parliament", "organization:loyalty-to-the-resistance-bloc",
    "organization:future-movement", "organization:free-patriotic-movement", "organization:lebanese-army",
    "organization:arab-league")
QAFM, IRFM, FRFM = ("organization:qatari-foreign-ministry", "organization:iranian-foreign-ministry",
                    "organization:french-foreign-ministry")
SULEIMAN, LAHOUD, AOUN, BERRI, HARIRI, MIKATI, DIAB = (
    "person:michel-suleiman", "person:emile-lahoud", "person:michel-aoun", "person:nabih-berri",
    "person:saad-hariri", "person:najib-mikati", "person:hassan-diab")
RAAD, BASSIL, SHAMI = "person:mohammad-raad", "person:gebran-bassil", "person:ali-al-shami"
NASRALLAH, MUGHNIYEH = "person:hassan-nasrallah", "person:imad-mughniyeh"
AHMADINEJAD, MOTTAKI, ROUHANI = ("person:mahmoud-ahmadinejad", "person:manouchehr-mottaki",
                                 "person:hassan-rouhani")
EMIR, HBJ, MOUSSA = ("person:hamad-bin-khalifa-al-thani", "person:hamad-bin-jassim-al-thani",
                     "person:amr-moussa")
MBS, SISI, MACRON, LEDRIAN, OBAMA, OLMERT = (
    "person:mohammed-bin-salman", "person:abdel-fattah-el-sisi", "person:emmanuel-macron",
    "person:jean-yves-le-drian", "person:barack-obama", "person:ehud-olmert")

AP = "blind set (US news wire, English, AP-like)"
QNA = "blind set (Qatari state news agency, Arabic, QNA-like)"
PRESSTV = "blind set (Iranian state broadcaster's English site, Press TV-like)"
MANAR = "blind set (Hezbollah's TV news site, Arabic, Al-Manar-like)"
AFP = "blind set (French news wire, English service, AFP-like)"
ASHARQ = "blind set (Saudi-owned London daily, Arabic, Asharq Al-Awsat-like)"

ARTICLES = [
    ("enOI1_mughniyeh_killed_damascus_ap", "en",
     "Top Hezbollah commander Imad Mughniyeh killed in Damascus car bombing\n"
     "DAMASCUS, Syria (AP) — Imad Mughniyeh, one of the world's most wanted militants and a top commander of "
     "the Lebanese guerrilla group Hezbollah, was killed when a bomb tore through his car in an upscale "
     "neighborhood of the Syrian capital late Tuesday, officials said Wednesday.\n"
     "Hezbollah's Al-Manar television blamed Israel, saying the commander had \"become a martyr at the hands of "
     "the Israeli Zionists.\" Israel denied any role. \"Israel rejects the attempt by terror elements to "
     "attribute to it any involvement in this incident,\" Prime Minister Ehud Olmert's office said.\n"
     "Syria's interior minister called the bombing in the Kafr Sousa district a \"cowardly terrorist act\" and "
     "said investigators had yet to identify those behind it.\n"
     "Mughniyeh, 45, was indicted in the United States for the 1985 hijacking of a TWA jetliner and was "
     "believed to be behind the 1983 bombings of the U.S. Embassy and the Marine barracks in Beirut.\n"
     "Iranian Foreign Minister Manouchehr Mottaki was expected in Beirut on Thursday for the funeral in the "
     "southern suburbs and a meeting with Hezbollah leader Sheik Hassan Nasrallah, who is to address the "
     "mourners.\n"
     "In central Beirut, supporters of the Western-backed government were preparing to mark the third "
     "anniversary of the assassination of former Prime Minister Rafik Hariri on the same day.",
     [("MEMBER_OF", MUGHNIYEH, HEZ, "a top commander of the Lebanese guerrilla group Hezbollah"),
      ("LEADS", OLMERT, ISRAEL, "Prime Minister Ehud Olmert's office"),
      ("LEADS", MOTTAKI, IRFM, "Iranian Foreign Minister Manouchehr Mottaki"),
      ("LEADS", NASRALLAH, HEZ, "Hezbollah leader Sheik Hassan Nasrallah"),
      ],
     {"source": AP, "published": "2008-02-13"}),

    ("arOI2_emir_suleiman_election_qna", "ar",
     "سمو الأمير يشهد انتخاب العماد ميشال سليمان رئيساً للجمهورية اللبنانية\n"
     "بيروت في 25 مايو /قنا/ شهد حضرة صاحب السمو الشيخ حمد بن خليفة آل ثاني أمير البلاد المفدى، اليوم، "
     "جلسة مجلس النواب اللبناني التي انتُخب فيها قائد الجيش العماد ميشال سليمان رئيساً للجمهورية اللبنانية "
     "خلفاً للرئيس إميل لحود، بأغلبية 118 صوتاً من أصل 127 نائباً حضروا الجلسة.\n"
     "وكان سمو الأمير قد وصل إلى بيروت صباح اليوم في زيارة قصيرة، وكان في استقباله في المطار رئيس الحكومة "
     "فؤاد السنيورة.\n"
     "واجتمع سموه عقب الجلسة بفخامة الرئيس المنتخب، بحضور معالي الشيخ حمد بن جاسم بن جبر آل ثاني رئيس "
     "مجلس الوزراء وزير الخارجية، ودولة الأستاذ نبيه بري رئيس مجلس النواب اللبناني، وجرى خلال الاجتماع "
     "استعراض العلاقات الأخوية بين البلدين الشقيقين والخطوات التالية لتنفيذ اتفاق الدوحة.\n"
     "وأشاد الرئيس سليمان في خطاب القسم بالدور الذي قامت به دولة قطر، أميراً وحكومة، في رعاية الحوار "
     "اللبناني الذي انعقد في الدوحة وأفضى يوم الأربعاء الماضي إلى اتفاق أنهى أزمة سياسية استمرت ثمانية عشر "
     "شهراً.\n"
     "كما حضر الجلسة السيد عمرو موسى الأمين العام لجامعة الدول العربية، وعدد من وزراء الخارجية العرب.\n"
     "وكان سمو الأمير قد تلقى مساء أمس اتصالاً هاتفياً من فخامة الرئيس بشار الأسد رئيس الجمهورية العربية "
     "السورية، جرى خلاله بحث نتائج الحوار.",
     [("SUCCESSOR_OF", SULEIMAN, LAHOUD, "خلفاً للرئيس إميل لحود", "2008-05-25"),
      ("LEADS", EMIR, QATAR, "أمير البلاد المفدى"),
      ("LEADS", SULEIMAN, ARMY, "قائد الجيش العماد ميشال سليمان"),
      ("MET_WITH", "person:fouad-siniora", EMIR, "وكان في استقباله في المطار", "2008-05-25"),
      ("LEADS", "person:fouad-siniora", LEBANON, "رئيس الحكومة فؤاد السنيورة"),
      ("MET_WITH", EMIR, SULEIMAN, "واجتمع سموه عقب الجلسة بفخامة الرئيس المنتخب", "2008-05-25"),
      ("MET_WITH", HBJ, EMIR, "بحضور معالي الشيخ حمد بن جاسم", "2008-05-25"),
      ("MET_WITH", HBJ, SULEIMAN, "بن جبر آل ثاني رئيس مجلس الوزراء", "2008-05-25"),
      ("MET_WITH", BERRI, EMIR, "ودولة الأستاذ نبيه بري", "2008-05-25"),
      ("MET_WITH", BERRI, SULEIMAN, "نبيه بري رئيس مجلس النواب اللبناني", "2008-05-25"),
      ("LEADS", HBJ, QAFM, "رئيس مجلس الوزراء وزير الخارجية"),
      ("LEADS", BERRI, PARL, "رئيس مجلس النواب اللبناني، وجرى"),
      ("LEADS", MOUSSA, ARAB_LEAGUE, "الأمين العام لجامعة الدول العربية"),
      ("LEADS", "person:bashar-al-assad", "country:syria", "رئيس الجمهورية العربية السورية"),
      ("VISITED", EMIR, BEIRUT, "قد وصل إلى بيروت صباح اليوم", "2008-05-25"),
      ],
     {"source": QNA, "published": "2008-05-25"}),

    ("enOI3_ahmadinejad_nasrallah_presstv", "en",
     "Ahmadinejad, Nasrallah meet in Beirut\n"
     "Press TV, Beirut - Iranian President Mahmoud Ahmadinejad has met with Hezbollah Secretary General "
     "Seyyed Hassan Nasrallah in the Lebanese capital on the first day of his official visit to the country.\n"
     "The two sides discussed the latest regional developments and stressed the need for unity among the "
     "Lebanese in the face of the threats of the Zionist regime, Al-Manar television reported, without "
     "giving the location of the meeting.\n"
     "Earlier on Wednesday, Ahmadinejad was welcomed by his Lebanese counterpart Michel Suleiman at the "
     "Baabda Palace, where the two presidents held talks and signed seventeen cooperation agreements. Iranian "
     "Foreign Minister Manouchehr Mottaki and his Lebanese counterpart Ali al-Shami were also present.\n"
     "The Iranian president later held talks with Parliament Speaker Nabih Berri at his residence in Ain "
     "el-Tineh. Prime Minister Saad Hariri is to host a lunch in his honor on Thursday.\n"
     "Tens of thousands of people lined the airport road to welcome Ahmadinejad upon his arrival in Beirut, "
     "waving Iranian and Lebanese flags.\n"
     "On Thursday, the Iranian president is scheduled to travel to the southern town of Bint Jbeil, a few "
     "kilometers from the border with the occupied territories. Tel Aviv has described the trip as a "
     "\"provocation.\"",
     [("LEADS", AHMADINEJAD, IRAN, "Iranian President Mahmoud Ahmadinejad has met"),
      ("MET_WITH", AHMADINEJAD, NASRALLAH, "has met with Hezbollah Secretary General", "2010-10-13"),
      ("LEADS", NASRALLAH, HEZ, "Hezbollah Secretary General"),
      ("MET_WITH", AHMADINEJAD, SULEIMAN, "was welcomed by his Lebanese counterpart", "2010-10-13"),
      ("LEADS", SULEIMAN, LEBANON, "his Lebanese counterpart Michel Suleiman"),
      ("MET_WITH", MOTTAKI, AHMADINEJAD, "Foreign Minister Manouchehr Mottaki and", "2010-10-13"),
      ("MET_WITH", MOTTAKI, SULEIMAN, "Mottaki and his Lebanese counterpart", "2010-10-13"),
      ("MET_WITH", SHAMI, AHMADINEJAD, "Ali al-Shami were also present", "2010-10-13"),
      ("MET_WITH", SHAMI, SULEIMAN, "were also present", "2010-10-13"),
      ("LEADS", MOTTAKI, IRFM, "Iranian Foreign Minister Manouchehr"),
      ("MET_WITH", AHMADINEJAD, BERRI, "later held talks with Parliament Speaker", "2010-10-13"),
      ("LEADS", BERRI, PARL, "Parliament Speaker Nabih Berri"),
      ("VISITED", AHMADINEJAD, BEIRUT, "upon his arrival in Beirut", "2010-10-13"),
      ],
     {"source": PRESSTV, "published": "2010-10-13"}),

    ("arOI4_mikati_designated_manar", "ar",
     "الرئيس سليمان يكلّف الرئيس نجيب ميقاتي تشكيل الحكومة الجديدة\n"
     "المنار\n"
     "كلّف رئيس الجمهورية العماد ميشال سليمان، ظهر اليوم الثلاثاء، الرئيس نجيب ميقاتي تشكيل الحكومة "
     "الجديدة، بعدما نال 68 صوتاً في الاستشارات النيابية الملزمة التي أجراها على مدى يومين في قصر بعبدا، "
     "في مقابل 60 صوتاً لرئيس حكومة تصريف الأعمال سعد الحريري.\n"
     "واستدعى الرئيس سليمان ميقاتي إلى بعبدا حيث أبلغه بالتكليف، بحضور رئيس مجلس النواب نبيه بري، وقال "
     "الرئيس المكلف بعد اللقاء إن يده \"ممدودة إلى جميع الأفرقاء من دون استثناء\".\n"
     "ويخلف ميقاتي الرئيس الحريري الذي سقطت حكومته في الثاني عشر من كانون الثاني باستقالة أحد عشر وزيراً، "
     "بينما كان يلتقي الرئيس الأميركي باراك أوباما في البيت الأبيض.\n"
     "وكان وفد كتلة الوفاء للمقاومة برئاسة النائب محمد رعد قد سمّى ميقاتي خلال لقائه الرئيس سليمان أمس، "
     "مؤكداً أن المقاومة \"لن تقبل بحكومة تغطي القرار الاتهامي\".\n"
     "وأجرى ميقاتي اتصالاً هاتفياً بالرئيس الحريري، فيما أعلن تيار المستقبل الذي يرأسه الحريري أنه لن "
     "يشارك في الحكومة.\n"
     "من جهته، دعا الأمين العام لحزب الله سماحة السيد حسن نصر الله في كلمة متلفزة إلى الهدوء، معتبراً أن "
     "ما جرى \"عملية دستورية ديمقراطية\".",
     [("LEADS", SULEIMAN, LEBANON, "رئيس الجمهورية العماد ميشال سليمان"),
      ("MET_WITH", SULEIMAN, MIKATI, "واستدعى الرئيس سليمان ميقاتي إلى بعبدا", "2011-01-25"),
      ("MET_WITH", BERRI, SULEIMAN, "بحضور رئيس مجلس النواب نبيه بري", "2011-01-25"),
      ("MET_WITH", BERRI, MIKATI, "حيث أبلغه بالتكليف", "2011-01-25"),
      ("LEADS", BERRI, PARL, "رئيس مجلس النواب نبيه بري"),
      ("SUCCESSOR_OF", MIKATI, HARIRI, "ويخلف ميقاتي الرئيس الحريري", "2011-01-25"),
      ("MET_WITH", HARIRI, OBAMA, "بينما كان يلتقي الرئيس الأميركي", "2011-01-12"),
      ("LEADS", OBAMA, US, "الرئيس الأميركي باراك أوباما"),
      ("LEADS", RAAD, LOYALTY, "برئاسة النائب محمد رعد"),
      ("MET_WITH", RAAD, SULEIMAN, "خلال لقائه الرئيس سليمان أمس", "2011-01-24"),
      ("LEADS", HARIRI, FUTURE, "تيار المستقبل الذي يرأسه الحريري"),
      ("LEADS", NASRALLAH, HEZ, "الأمين العام لحزب الله سماحة"),
      ],
     {"source": MANAR, "published": "2011-01-25"}),

    ("enOI5_hariri_elysee_afp", "en",
     "Lebanon's Hariri meets Macron in Paris, says will return home for Independence Day\n"
     "PARIS, Nov 18, 2017 (AFP) - Lebanese Prime Minister Saad Hariri, whose shock resignation announced from "
     "Riyadh two weeks ago plunged his country into crisis, was received by President Emmanuel Macron at the "
     "Elysee Palace on Saturday, along with his wife and eldest son.\n"
     "Speaking to reporters after the talks, Hariri said he would return to Beirut in the coming days to "
     "take part in Wednesday's Independence Day celebrations, and would make his position known there after "
     "meeting President Michel Aoun.\n"
     "Hariri announced his resignation in a televised address from the Saudi capital on November 4, accusing "
     "Iran and its Lebanese ally Hezbollah of sowing strife and saying he feared for his life. His father, "
     "former premier Rafic Hariri, was killed in a 2005 Beirut truck bombing; four Hezbollah members are being "
     "tried in absentia over the attack by a UN-backed court, and the movement denies any role.\n"
     "Aoun had refused to accept the resignation and accused Riyadh of holding his prime minister hostage.\n"
     "Macron, who made a surprise stop in Riyadh on November 9 for talks with Crown Prince Mohammed bin Salman, "
     "invited Hariri and his family to France after a telephone conversation with the crown prince. Foreign "
     "Minister Jean-Yves Le Drian had met Hariri in the Saudi capital on Thursday.\n"
     "Hariri is expected to stop in Cairo on his way home for talks with Egyptian President Abdel Fattah "
     "al-Sisi.",
     [("LEADS", HARIRI, LEBANON, "Lebanese Prime Minister Saad Hariri"),
      ("MET_WITH", HARIRI, MACRON, "was received by President Emmanuel Macron", "2017-11-18"),
      ("MET_WITH", MACRON, MBS, "for talks with Crown Prince Mohammed bin Salman", "2017-11-09"),
      ("LEADS", LEDRIAN, FRFM, "Minister Jean-Yves Le Drian had met"),
      ("MET_WITH", LEDRIAN, HARIRI, "Le Drian had met Hariri in the Saudi capital", "2017-11-16"),
      ("LEADS", SISI, EGYPT, "Egyptian President Abdel Fattah"),
      ("VISITED", MACRON, "location:riyadh", "made a surprise stop in Riyadh", "2017-11-09"),
      ],
     {"source": AFP, "published": "2017-11-18"}),

    ("arOI6_macron_beirut_port_asharq", "ar",
     "ماكرون من بيروت المنكوبة: لبنان ليس وحيداً... والمطلوب ميثاق سياسي جديد\n"
     "بيروت: «الشرق الأوسط»\n"
     "تفقد الرئيس الفرنسي إيمانويل ماكرون، أمس، موقع الانفجار الذي دمّر مرفأ بيروت مساء الثلاثاء وأودى "
     "بحياة أكثر من 150 شخصاً، وجال في شارع الجميزة المنكوب حيث أحاط به مواطنون غاضبون طالبوا بمساعدتهم "
     "\"من دون المرور بالطبقة الحاكمة\".\n"
     "وانتقل ماكرون إلى القصر الجمهوري في بعبدا، حيث عقد اجتماعاً مع رئيس الجمهورية ميشال عون ورئيس مجلس "
     "النواب نبيه بري ورئيس الحكومة حسان دياب، تناول المساعدات الطارئة والإصلاحات المطلوبة.\n"
     "ثم جمع الرئيس الفرنسي إلى طاولة واحدة في قصر الصنوبر رؤساء الكتل النيابية، ومنهم رئيس كتلة \"الوفاء "
     "للمقاومة\" النائب محمد رعد، ورئيس \"تيار المستقبل\" سعد الحريري، ورئيس \"التيار الوطني الحر\" النائب "
     "جبران باسيل، وطالبهم بـ\"تغيير عميق\" وبحكومة قادرة على الإصلاح.\n"
     "وقال ماكرون في مؤتمر صحافي إنه سيعود إلى بيروت في الأول من أيلول للتحقق من تنفيذ التعهدات.\n"
     "وكان الرئيس عون قد تلقى اتصالات تضامن من عدد من القادة، بينهم الرئيس الإيراني حسن روحاني.",
     [("LEADS", MACRON, FRANCE, "الرئيس الفرنسي إيمانويل ماكرون"),
      ] + met_group({MACRON: "حيث عقد اجتماعاً مع", AOUN: "رئيس الجمهورية ميشال عون ورئيس",
                     BERRI: "النواب نبيه بري ورئيس الحكومة", DIAB: "ورئيس الحكومة حسان دياب"}, "2020-08-06") + [
      ("LEADS", AOUN, LEBANON, "مع رئيس الجمهورية ميشال"),
      ("LEADS", BERRI, PARL, "ورئيس مجلس النواب نبيه بري ورئيس"),
      ("LEADS", DIAB, LEBANON, "الحكومة حسان دياب، تناول"),
      ] + met_group({MACRON: "ثم جمع الرئيس الفرنسي إلى طاولة واحدة", RAAD: "النائب محمد رعد",
                     HARIRI: "سعد الحريري، ورئيس", BASSIL: "جبران باسيل، وطالبهم"}, "2020-08-06") + [
      ("LEADS", RAAD, LOYALTY, "رئيس كتلة \"الوفاء"),
      ("LEADS", HARIRI, FUTURE, "ورئيس \"تيار المستقبل\""),
      ("LEADS", BASSIL, FPM, "ورئيس \"التيار الوطني الحر\""),
      ("LEADS", ROUHANI, IRAN, "الرئيس الإيراني حسن روحاني"),
      ],
     {"source": ASHARQ, "published": "2020-08-07"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setOI")
