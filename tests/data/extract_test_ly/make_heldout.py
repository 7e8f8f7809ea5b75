"""Blind set LY: the wider region, 2023-2025, part two: Turkey's and Iran's diplomacy (Araghchi in Ankara
and Damascus, his October 2024 tour of Riyadh, Doha, Beirut and Damascus), Israel's killings of IRGC
generals (Nilforoushan with Nasrallah in Beirut, Razi Mousavi near Damascus, the June 2025 strikes on
Bagheri, Salami, Hajizadeh, Rashid and Shadmani and the commanders who replaced them), a world leader's
Middle East visit (Macron in Cairo with el-Sisi and King Abdullah II) and Hemedti's regional tour, as a
Turkish pro-government daily writes it in English (Yeni Safak-like: "ANKARA -", "Erdoğan", "İbrahim
Kalın"), as Iran's state agency writes it in Arabic (IRNA Arabic-like: "الرياض - إرنا -", "رئيس الجهاز
الدبلوماسي", "العدوان الصهيوني"), as an Israeli news site writes it in English (Ynetnews-like: "the IDF",
"Dahiyeh", "in the foreign media"), as an Iranian Arabic TV site writes it (Al-Alam-like: "طهران -
العالم", "الشهيد", "سماحته", "الكيان الصهيوني", "جيش الاحتلال"), as a European TV site writes it in
English (Euronews-like, no dateline) and as a Sudanese news site writes it in Arabic (al-Taghyeer-like:
"نيروبي - التغيير", «حميدتي»).
Pieces: Fidan hosts Araghchi in Ankara, Erdogan receives Araghchi with Fidan and Kalin, Araghchi met
al-Assad in Damascus, Araghchi after Bagheri Kani, Bagheri Kani after Amir-Abdollahian, Kalin after
Fidan (English, Turkish daily); Araghchi meets Mohammed bin Salman with Faisal bin Farhan, arrives in
Doha, earlier met Berri and Mikati separately in Beirut and al-Assad in Damascus (Arabic, Iranian
agency); Nilforoushan and Nasrallah killed by the IDF, Razi Mousavi killed by Israel, Araghchi meets
Berri (English, Israeli site); Bagheri, Salami, Hajizadeh and Rashid killed by Israel, Abdolrahim Mousavi
after Bagheri, Pakpour after Salami, Hatami after Mousavi, Majid Mousavi after Hajizadeh, Shadmani after
Rashid, Shadmani killed by the IDF, Abdollahi after Shadmani (Arabic, Iranian TV site); Macron meets
el-Sisi, the three-way summit with King Abdullah II, Barrot with Macron and el-Sisi, Safadi meets
Barrot, Macron's earlier Cairo meeting with el-Sisi (English, European TV site); Hemedti received by
Ruto with his adviser Youssef Ezzat, Hemedti's talks with Museveni and Abiy Ahmed, the Addis Ababa
declaration signed with Hamdok (Arabic, Sudanese site).
Excluded on purpose (no relation): Amir-Abdollahian and Raisi, who "died in a helicopter crash" (no
agent), and Erdogan's phone call with Pezeshkian (LY1); Araghchi's reception by the emir of Qatar, only
"scheduled", and his phone call with Abdullah bin Zayed (LY2); Qaani's killing, denied, and Zahedi and
Haji Rahimi, killed in a strike "that Tehran blamed on Israel" (LY3); Qaani's martyrdom, denied (LY4);
the joint phone call with Trump (LY5); the Djibouti meeting of Hemedti and al-Burhan, "postponed" (LY6).
Judgement calls: a reception "with X and Y also present" pairs everyone present (LY1, LY2, LY5); a
companion who "accompanied" the visitor is paired with him and with the host (LY5, LY6); "met A and B,
each separately" pairs the visitor with each only (LY2); an acting minister "since X died" succeeds X
(LY1); "took command of the Aerospace Force after Hajizadeh" is a succession (LY4); "killed in the IDF
strike" gives the victim -> the IDF, "killed in an Israeli airstrike" and "martyred in the aggression
of the Zionist entity" give the victim -> Israel, and "a strike whose responsibility the occupation army
announced" -> the IDF (LY3, LY4); an agreement "signed" by two men in Addis Ababa is a meeting (LY6);
Araghchi's talks with "his Saudi counterpart" and the October 2023 meeting of Macron and el-Sisi repeat
pairs already stored (LY2, LY5).
Filled in for the exercise: Erdogan's reception of Araghchi and Kalin's presence (LY1); the day of the
Riyadh meeting's separate talks (LY2); the Al-Alam spokesman's quotation (LY4); Safadi's meeting with
Barrot (LY5); Ezzat's presence in Nairobi (LY6).
Spellings: "Abbas Araghchi", "İbrahim Kalın", "Recep Tayyip Erdoğan" (LY1); "عراقجي", "بشار الاسد" without
hamza, "نبيه برّي" (LY2); "Esmail Ghaani", "Seyed Razi Mousavi", "Mohammad Hadi Haj Rahimi" (LY3);
"محمد حسين باقري", "حاجي زادة", "باكبور", "غلام علي رشيد", "الخامنئي" with the article (LY4); "Abdel Fattah
el-Sissi", "Jean-Noël Barrot" (LY5); "يوري موسيفيني", "وليام روتو", "دقلو" alone (LY6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_ly import ALL  # noqa: E402

HERE = Path(__file__).parent

ISRAEL, SYRIA, QATAR, FRANCE, EGYPT, JORDAN, US, IRAN, KENYA, UGANDA, ETHIOPIA = (
    "country:israel", "country:syria", "country:qatar", "country:france", "country:egypt", "country:jordan",
    "country:united-states", "country:iran", "country:kenya", "country:uganda", "country:ethiopia")
IDF, IRGC, QUDS, AERO, KHATAM, GENSTAFF, IRARMY, HEZBOLLAH, TRFM, IRFM, MIT = (
    "organization:israel-defense-forces", "organization:irgc", "organization:quds-force",
    "organization:irgc-aerospace-force", "organization:khatam-al-anbiya-central-headquarters",
    "organization:iranian-armed-forces-general-staff", "organization:iranian-army", "organization:hezbollah",
    "organization:turkish-foreign-ministry", "organization:iranian-foreign-ministry",
    "organization:turkish-national-intelligence-organization")
SAGOV, SAFM, LBPARL, LBGOV, FRFM, JOFM, RSF, TAQADDUM, SAF = (
    "organization:saudi-government", "organization:saudi-foreign-ministry", "organization:lebanese-parliament",
    "organization:lebanese-government", "organization:french-foreign-ministry",
    "organization:jordanian-foreign-ministry", "organization:rapid-support-forces", "organization:taqaddum",
    "organization:sudanese-armed-forces")
ANKARA, DAMASCUS, RIYADH, DOHA, BEIRUT, CAIRO, ARISH, NAIROBI, KAMPALA, ADDIS = (
    "location:ankara", "location:damascus", "location:riyadh", "location:doha", "location:beirut",
    "location:cairo", "location:el-arish", "location:nairobi", "location:kampala", "location:addis-ababa")
FIDAN, ARAGHCHI, ERDOGAN, KALIN, ASSAD, BAGHERIKANI, ABDOLLAHIAN = (
    "person:hakan-fidan", "person:abbas-araghchi", "person:recep-tayyip-erdogan", "person:ibrahim-kalin",
    "person:bashar-al-assad", "person:ali-bagheri-kani", "person:hossein-amir-abdollahian")
MBS, FAISAL, TAMIM, BERRI, MIKATI = ("person:mohammed-bin-salman", "person:faisal-bin-farhan",
                                     "person:tamim-bin-hamad-al-thani", "person:nabih-berri", "person:najib-mikati")
NILFOROUSHAN, NASRALLAH, QAANI, RAZI = ("person:abbas-nilforoushan", "person:hassan-nasrallah",
                                        "person:esmail-qaani", "person:razi-mousavi")
KHAMENEI, BAGHERI, SALAMI, HAJIZADEH, RASHID, AMOUSAVI, PAKPOUR, HATAMI, MMOUSAVI, SHADMANI, ABDOLLAHI = (
    "person:ali-khamenei", "person:mohammad-bagheri", "person:hossein-salami", "person:amir-ali-hajizadeh",
    "person:gholam-ali-rashid", "person:abdolrahim-mousavi", "person:mohammad-pakpour", "person:amir-hatami",
    "person:majid-mousavi", "person:ali-shadmani", "person:ali-abdollahi")
MACRON, SISI, KING, BARROT, SAFADI, TRUMP = (
    "person:emmanuel-macron", "person:abdel-fattah-el-sisi", "person:abdullah-ii", "person:jean-noel-barrot",
    "person:ayman-safadi", "person:donald-trump")
HEMEDTI, RUTO, MUSEVENI, ABIY, HAMDOK, BURHAN = (
    "person:mohamed-hamdan-dagalo", "person:william-ruto", "person:yoweri-museveni", "person:abiy-ahmed",
    "person:abdalla-hamdok", "person:abdel-fattah-al-burhan")
# new to the tables
NAEINI, EZZAT = "person:ali-mohammad-naeini", "person:youssef-ezzat"


_COMPLEX = {ARAGHCHI: "was later received by President", ERDOGAN: "was later received by President",
            KALIN: "chief İbrahim Kalın also present"}
_RIYADH = {ARAGHCHI: "التقى وزير الخارجية الإيراني عباس عراقجي", MBS: "الأمير محمد بن سلمان",
           FAISAL: "بحضور وزير الخارجية الأمير فيصل بن فرحان"}
_CAIRO = {MACRON: "Emmanuel Macron held talks", SISI: "Abdel Fattah el-Sissi in Cairo",
          KING: "King Abdullah II of Jordan"}
_NAIROBI = {HEMEDTI: "حيث استقبله الرئيس الكيني", RUTO: "حيث استقبله الرئيس الكيني",
            EZZAT: "مستشاره السياسي يوسف عزت"}

SABAH, IRNA, YNET, ALAM, EURONEWS, TAGHYEER = (
    "blind set (Turkish pro-government daily, English)", "blind set (Iranian state agency, Arabic)",
    "blind set (Israeli news site, English)", "blind set (Iranian Arabic TV site)",
    "blind set (European TV site, English)", "blind set (Sudanese news site, Arabic)")

ARTICLES = [
    ("enLY1_fidan_hosts_araghchi_ankara", "en",
     "Fidan, Araghchi discuss Syria in Ankara as opposition offensive advances\n"
     "ANKARA - Turkish Foreign Minister Hakan Fidan hosted his Iranian counterpart Abbas Araghchi in Ankara "
     "on Monday for talks dominated by the offensive of Syrian opposition groups that took Aleppo last "
     "week.\n"
     "Araghchi, who arrived from Damascus where he had met Syrian President Bashar al-Assad a day earlier, "
     "was later received by President Recep Tayyip Erdoğan at the Presidential Complex, with Fidan and "
     "National Intelligence Organization (MIT) chief İbrahim Kalın also present.\n"
     "Speaking at a joint press conference, Fidan said it would be a mistake to explain the events in "
     "Syria by foreign interference alone.\n"
     "Araghchi took office in August, succeeding Ali Bagheri Kani, who had been acting foreign minister "
     "since Hossein Amir-Abdollahian died in a helicopter crash in May alongside President Ebrahim Raisi.\n"
     "Kalın, Erdoğan's longtime spokesman, succeeded Fidan at the helm of MIT in June 2023 when Fidan was "
     "appointed foreign minister.\n"
     "Erdoğan also spoke by phone last week with Iranian President Masoud Pezeshkian.",
     met_group(_COMPLEX, "2024-12-02") + [
      ("MET_WITH", FIDAN, ARAGHCHI, "hosted his Iranian counterpart Abbas Araghchi", "2024-12-02"),
      ("MET_WITH", FIDAN, ERDOGAN, "with Fidan and", "2024-12-02"),
      ("MET_WITH", FIDAN, KALIN, "chief İbrahim Kalın also present", "2024-12-02"),
      ("VISITED", ARAGHCHI, ANKARA, "Abbas Araghchi in Ankara", "2024-12-02"),
      ("MET_WITH", ARAGHCHI, ASSAD, "where he had met Syrian President", "2024-12-01"),
      ("VISITED", ARAGHCHI, DAMASCUS, "who arrived from Damascus", "2024-12-01"),
      ("LEADS", ASSAD, SYRIA, "Syrian President Bashar al-Assad"),
      ("LEADS", FIDAN, TRFM, "Turkish Foreign Minister Hakan Fidan"),
      ("LEADS", ARAGHCHI, IRFM, "his Iranian counterpart Abbas Araghchi"),
      ("LEADS", KALIN, MIT, "National Intelligence Organization (MIT) chief"),
      ("SUCCESSOR_OF", ARAGHCHI, BAGHERIKANI, "succeeding Ali Bagheri Kani", "2024-08"),
      ("SUCCESSOR_OF", BAGHERIKANI, ABDOLLAHIAN, "who had been acting foreign minister", "2024-05"),
      ("SUCCESSOR_OF", KALIN, FIDAN, "succeeded Fidan at the helm of MIT", "2023-06"),
      ],
     {"source": SABAH, "published": "2024-12-03"}),

    ("arLY2_araghchi_riyadh_doha", "ar",
     "عراقجي يلتقي ولي العهد السعودي في الرياض ويصل إلى الدوحة\n"
     "الرياض - إرنا - التقى وزير الخارجية الإيراني عباس عراقجي، مساء الأربعاء في الرياض، ولي العهد ورئيس "
     "مجلس الوزراء السعودي الأمير محمد بن سلمان، بحضور وزير الخارجية الأمير فيصل بن فرحان.\n"
     "وبحث الجانبان خلال اللقاء التطورات الإقليمية، ولا سيما العدوان الصهيوني على لبنان وغزة، وسبل منع "
     "اتساع رقعة الحرب.\n"
     "وكان عراقجي قد أجرى في وقت سابق من اليوم نفسه محادثات مع نظيره السعودي في مقر وزارة الخارجية.\n"
     "ووصل رئيس الجهاز الدبلوماسي صباح الخميس إلى الدوحة في المحطة الثانية من جولته، حيث من المقرر أن "
     "يستقبله أمير قطر الشيخ تميم بن حمد آل ثاني.\n"
     "وكان عراقجي قد زار بيروت مطلع الشهر الجاري والتقى كلاً من رئيس مجلس النواب نبيه برّي ورئيس حكومة "
     "تصريف الأعمال نجيب ميقاتي، كلاً على حدة، قبل أن يتوجه إلى دمشق حيث استقبله الرئيس السوري بشار "
     "الاسد.\n"
     "وأجرى الوزير الإيراني خلال الجولة اتصالاً هاتفياً مع نظيره الإماراتي الشيخ عبد الله بن زايد.",
     met_group(_RIYADH, "2024-10-09") + [
      ("VISITED", ARAGHCHI, RIYADH, "مساء الأربعاء في الرياض", "2024-10-09"),
      ("VISITED", ARAGHCHI, DOHA, "صباح الخميس إلى الدوحة", "2024-10-10"),
      ("LEADS", ARAGHCHI, IRFM, "التقى وزير الخارجية الإيراني عباس عراقجي"),
      ("LEADS", MBS, SAGOV, "ولي العهد ورئيس مجلس الوزراء السعودي"),
      ("LEADS", FAISAL, SAFM, "بحضور وزير الخارجية الأمير فيصل بن فرحان"),
      ("LEADS", TAMIM, QATAR, "أمير قطر الشيخ تميم"),
      ("VISITED", ARAGHCHI, BEIRUT, "قد زار بيروت مطلع الشهر", "2024-10-04"),
      ("MET_WITH", ARAGHCHI, BERRI, "رئيس مجلس النواب نبيه برّي", "2024-10-04"),
      ("MET_WITH", ARAGHCHI, MIKATI, "تصريف الأعمال نجيب ميقاتي", "2024-10-04"),
      ("LEADS", BERRI, LBPARL, "رئيس مجلس النواب نبيه برّي"),
      ("LEADS", MIKATI, LBGOV, "ورئيس حكومة تصريف الأعمال"),
      ("VISITED", ARAGHCHI, DAMASCUS, "قبل أن يتوجه إلى دمشق", "2024-10-05"),
      ("MET_WITH", ARAGHCHI, ASSAD, "حيث استقبله الرئيس السوري", "2024-10-05"),
      ("LEADS", ASSAD, SYRIA, "حيث استقبله الرئيس السوري"),
      ],
     {"source": IRNA, "published": "2024-10-10"}),

    ("enLY3_nilforoushan_killed_with_nasrallah", "en",
     "Iran confirms IRGC general killed with Nasrallah, denies reports on Quds Force chief\n"
     "Iran's Revolutionary Guards have confirmed that Brig. Gen. Abbas Nilforoushan, the IRGC's deputy "
     "commander for operations, was killed in the IDF strike on Hezbollah's underground headquarters in "
     "Beirut's Dahiyeh that killed the organization's secretary-general, Hassan Nasrallah, on September "
     "27.\n"
     "On Monday, however, Iranian officials denied reports that Esmail Ghaani, the commander of the Quds "
     "Force, had been killed or wounded in a subsequent Israeli strike in Beirut. IRGC spokesman Gen. "
     "Ramezan Sharif said he was \"in good health\".\n"
     "Iranian Foreign Minister Abbas Araghchi, who flew to Beirut on Friday, met Parliament Speaker Nabih "
     "Berri there.\n"
     "Israel has stepped up its campaign against Iranian commanders in the region over the past year. In "
     "December, Seyed Razi Mousavi, a veteran IRGC adviser in Syria, was killed in an Israeli airstrike in "
     "the Sayyida Zeinab area near Damascus. In April, Brig. Gen. Mohammad Reza Zahedi, the Quds Force's "
     "commander for Syria and Lebanon, and his deputy, Mohammad Hadi Haj Rahimi, were killed in a strike "
     "on a building next to the Iranian embassy in Damascus that Tehran blamed on Israel. The IDF does "
     "not comment on reports in the foreign media.",
     [("ASSASSINATED_BY", NILFOROUSHAN, IDF, "was killed in the IDF strike", "2024-09-27"),
      ("ASSASSINATED_BY", NASRALLAH, IDF, "Dahiyeh that killed the organization's", "2024-09-27"),
      ("LEADS", NASRALLAH, HEZBOLLAH, "the organization's secretary-general, Hassan"),
      ("LEADS", QAANI, QUDS, "the commander of the Quds"),
      ("ASSASSINATED_BY", RAZI, ISRAEL, "was killed in an Israeli airstrike", "2023-12-25"),
      ("MET_WITH", ARAGHCHI, BERRI, "met Parliament Speaker Nabih", "2024-10-04"),
      ("VISITED", ARAGHCHI, BEIRUT, "who flew to Beirut on Friday", "2024-10-04"),
      ("LEADS", ARAGHCHI, IRFM, "Iranian Foreign Minister Abbas Araghchi"),
      ],
     {"source": YNET, "published": "2024-10-08"}),

    ("arLY4_khamenei_appoints_new_commanders", "ar",
     "قائد الثورة يعيّن قادة جدداً للقوات المسلحة بعد استشهاد باقري وسلامي\n"
     "طهران - العالم\n"
     "عيّن قائد الثورة الإسلامية آية الله السيد علي الخامنئي اللواء عبد الرحيم موسوي رئيساً لهيئة الأركان "
     "العامة للقوات المسلحة خلفاً للشهيد اللواء محمد حسين باقري، واللواء محمد باكبور قائداً عاماً لحرس "
     "الثورة الإسلامية خلفاً للشهيد اللواء حسين سلامي.\n"
     "وكان باقري وسلامي قد استشهدا فجر الجمعة في العدوان الذي شنّه الكيان الصهيوني على طهران ومدن إيرانية "
     "أخرى، واستشهد معهما قائد القوة الجوفضائية في الحرس العميد أمير علي حاجي زادة، وقائد مقر خاتم الأنبياء "
     "المركزي اللواء غلام علي رشيد.\n"
     "وبموجب مرسوم آخر عيّن سماحته اللواء أمير حاتمي قائداً عاماً للجيش ليخلف موسوي في هذا المنصب، فيما تولى "
     "العميد مجيد موسوي قيادة القوة الجوفضائية بعد حاجي زادة.\n"
     "وعُيّن اللواء علي شادماني قائداً لمقر خاتم الأنبياء خلفاً لرشيد، غير أنه استشهد بعد أيام في غارة أعلن "
     "جيش الاحتلال مسؤوليته عنها، ليخلفه اللواء علي عبد اللهي.\n"
     "ونفت مصادر مطلعة أنباء تحدثت عن استشهاد قائد فيلق القدس اللواء إسماعيل قاآني.\n"
     "وقال المتحدث باسم حرس الثورة العميد علي محمد نائيني إن الرد على العدوان «سيكون قاسياً».",
     [("SUCCESSOR_OF", AMOUSAVI, BAGHERI, "خلفاً للشهيد اللواء محمد حسين باقري", "2025-06-13"),
      ("LEADS", AMOUSAVI, GENSTAFF, "رئيساً لهيئة الأركان"),
      ("SUCCESSOR_OF", PAKPOUR, SALAMI, "خلفاً للشهيد اللواء حسين سلامي", "2025-06-13"),
      ("LEADS", PAKPOUR, IRGC, "واللواء محمد باكبور قائداً عاماً لحرس"),
      ("LEADS", KHAMENEI, IRAN, "عيّن قائد الثورة الإسلامية آية الله"),
      ("ASSASSINATED_BY", BAGHERI, ISRAEL, "وكان باقري وسلامي قد استشهدا", "2025-06-13"),
      ("ASSASSINATED_BY", SALAMI, ISRAEL, "وكان باقري وسلامي قد استشهدا", "2025-06-13"),
      ("ASSASSINATED_BY", HAJIZADEH, ISRAEL, "العميد أمير علي حاجي زادة", "2025-06-13"),
      ("ASSASSINATED_BY", RASHID, ISRAEL, "اللواء غلام علي رشيد", "2025-06-13"),
      ("LEADS", HAJIZADEH, AERO, "قائد القوة الجوفضائية في الحرس"),
      ("LEADS", RASHID, KHATAM, "وقائد مقر خاتم الأنبياء"),
      ("SUCCESSOR_OF", HATAMI, AMOUSAVI, "ليخلف موسوي في هذا المنصب", "2025-06-13"),
      ("LEADS", HATAMI, IRARMY, "اللواء أمير حاتمي قائداً عاماً للجيش"),
      ("SUCCESSOR_OF", MMOUSAVI, HAJIZADEH, "قيادة القوة الجوفضائية بعد حاجي زادة", "2025-06-13"),
      ("LEADS", MMOUSAVI, AERO, "قيادة القوة الجوفضائية بعد حاجي زادة"),
      ("SUCCESSOR_OF", SHADMANI, RASHID, "خلفاً لرشيد", "2025-06-13"),
      ("LEADS", SHADMANI, KHATAM, "علي شادماني قائداً لمقر خاتم الأنبياء"),
      ("ASSASSINATED_BY", SHADMANI, IDF, "غير أنه استشهد بعد أيام في غارة", "2025-06-17"),
      ("SUCCESSOR_OF", ABDOLLAHI, SHADMANI, "ليخلفه اللواء علي عبد اللهي", "2025-06"),
      ("LEADS", ABDOLLAHI, KHATAM, "ليخلفه اللواء علي عبد اللهي"),
      ("LEADS", QAANI, QUDS, "قائد فيلق القدس اللواء"),
      ],
     {"source": ALAM, "published": "2025-06-18"}),

    ("enLY5_macron_cairo_summit", "en",
     "Macron in Egypt: Gaza summit with el-Sissi and Jordan's King Abdullah\n"
     "French President Emmanuel Macron held talks with Egyptian President Abdel Fattah el-Sissi in Cairo on "
     "Monday before the two leaders were joined by King Abdullah II of Jordan for a three-way summit on "
     "Gaza.\n"
     "The three leaders then held a joint phone call with US President Donald Trump, the Elysée said.\n"
     "Macron, who was accompanied by Foreign Minister Jean-Noël Barrot, had toured Cairo's Khan el-Khalili "
     "bazaar with his host on Sunday evening after arriving in the Egyptian capital.\n"
     "On Tuesday he travelled to El-Arish, some 50 kilometres from the Gaza border, where he visited "
     "wounded Palestinians at the city's hospital and met aid workers.\n"
     "On the sidelines of the summit, Jordanian Foreign Minister Ayman Safadi met Barrot.\n"
     "It is Macron's first visit to Egypt since October 2023, when he met el-Sissi in Cairo weeks after the "
     "Hamas attack on Israel.",
     met_group(_CAIRO, "2025-04-07") + [
      ("MET_WITH", BARROT, MACRON, "who was accompanied by Foreign Minister", "2025-04-06"),
      ("MET_WITH", BARROT, SISI, "bazaar with his host on Sunday", "2025-04-06"),
      ("MET_WITH", SAFADI, BARROT, "Ayman Safadi met Barrot", "2025-04-07"),
      ("VISITED", MACRON, CAIRO, "arriving in the Egyptian capital", "2025-04-06"),
      ("VISITED", KING, CAIRO, "King Abdullah II of Jordan", "2025-04-07"),
      ("VISITED", MACRON, ARISH, "he travelled to El-Arish", "2025-04-08"),
      ("LEADS", MACRON, FRANCE, "French President Emmanuel Macron"),
      ("LEADS", SISI, EGYPT, "Egyptian President Abdel Fattah"),
      ("LEADS", KING, JORDAN, "King Abdullah II of Jordan"),
      ("LEADS", TRUMP, US, "US President Donald Trump"),
      ("LEADS", BARROT, FRFM, "accompanied by Foreign Minister Jean-Noël Barrot"),
      ("LEADS", SAFADI, JOFM, "Jordanian Foreign Minister Ayman Safadi"),
      ],
     {"source": EURONEWS, "published": "2025-04-08"}),

    ("arLY6_hemedti_nairobi_tour", "ar",
     "حميدتي يصل نيروبي في ختام جولة إقليمية شملت كمبالا وأديس أبابا\n"
     "نيروبي - التغيير\n"
     "وصل قائد قوات الدعم السريع الفريق أول محمد حمدان دقلو «حميدتي» إلى العاصمة الكينية نيروبي، حيث "
     "استقبله الرئيس الكيني وليام روتو في مقر الرئاسة، ورافقه في اللقاء مستشاره السياسي يوسف عزت.\n"
     "وكان دقلو قد بدأ جولته الأسبوع الماضي من كمبالا، حيث التقى الرئيس الأوغندي يوري موسيفيني، ثم انتقل "
     "إلى أديس أبابا وأجرى مباحثات مع رئيس الوزراء الإثيوبي آبي أحمد.\n"
     "وفي أديس أبابا وقّع قائد الدعم السريع مع رئيس تنسيقية القوى الديمقراطية المدنية «تقدّم» عبد الله "
     "حمدوك «إعلان أديس أبابا»، الذي تضمّن التزام الدعم السريع بوقف الأعمال العدائية وفتح الممرات "
     "الإنسانية.\n"
     "وكان يُفترض أن يلتقي حميدتي بقائد الجيش الفريق أول عبد الفتاح البرهان في جيبوتي أواخر ديسمبر، بدعوة "
     "من منظمة «إيقاد»، غير أن اللقاء أُرجئ «لأسباب فنية».\n"
     "وتُعدّ الجولة أول ظهور علني لقائد الدعم السريع منذ اندلاع الحرب في أبريل الماضي.",
     met_group(_NAIROBI, "2024-01-03") + [
      ("VISITED", HEMEDTI, NAIROBI, "إلى العاصمة الكينية نيروبي", "2024-01-03"),
      ("LEADS", HEMEDTI, RSF, "وصل قائد قوات الدعم السريع"),
      ("LEADS", RUTO, KENYA, "حيث استقبله الرئيس الكيني"),
      ("VISITED", HEMEDTI, KAMPALA, "بدأ جولته الأسبوع الماضي من كمبالا", "2023-12-27"),
      ("MET_WITH", HEMEDTI, MUSEVENI, "حيث التقى الرئيس الأوغندي", "2023-12-27"),
      ("LEADS", MUSEVENI, UGANDA, "حيث التقى الرئيس الأوغندي"),
      ("VISITED", HEMEDTI, ADDIS, "ثم انتقل إلى أديس أبابا", "2023-12-28"),
      ("MET_WITH", HEMEDTI, ABIY, "وأجرى مباحثات مع رئيس الوزراء الإثيوبي", "2023-12-28"),
      ("LEADS", ABIY, ETHIOPIA, "رئيس الوزراء الإثيوبي آبي أحمد"),
      ("MET_WITH", HEMEDTI, HAMDOK, "وقّع قائد الدعم السريع مع رئيس تنسيقية", "2024-01-02"),
      ("LEADS", HAMDOK, TAQADDUM, "رئيس تنسيقية القوى الديمقراطية المدنية"),
      ("LEADS", BURHAN, SAF, "بقائد الجيش الفريق أول"),
      ],
     {"source": TAGHYEER, "published": "2024-01-04"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setLY")
