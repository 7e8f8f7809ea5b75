"""Blind set PO: Iran's regional diplomacy and the shadow war 2020-2024 (first folder of PO-PP): the killing of
Mohsen Fakhrizadeh near Tehran (November 2020), Hossein Amir-Abdollahian's round in Beirut and his meeting with
Hassan Nasrallah (February 2024), the strike on Iran's consulate in Damascus that killed Mohammad Reza Zahedi
(April 2024) and Amir-Abdollahian's reception by Bashar al-Assad a week later, Israel Katz's acknowledgement that
Israel killed Ismail Haniyeh (December 2024), and Abbas Araghchi's visit to Riyadh after his stop in Beirut
(October 2024), as a US wire writes it in English (AP-like: "TEHRAN, Iran (AP) —", "state television
reported"), a Hezbollah TV site in Arabic (Al-Manar-like: "سماحة السيد"، "والوفد المرافق"، "بحضور"), a
British wire in English (Reuters-like: "DUBAI/BEIRUT, April 1 (Reuters) -", "Tehran blamed on Israel"), the
Syrian state agency in Arabic (SANA-like: "دمشق-سانا"، "السيد الرئيس بشار الأسد"، "حضر اللقاء"), an Israeli
news site in English (Times of Israel-like: "politburo chief", "Defense Minister Israel Katz on Monday") and a
Beirut TV site in Arabic (Al Mayadeen-like: "الاحتلال الإسرائيلي"، "في جولة إقليمية").
Pieces: Fakhrizadeh killed in an ambush, Zarif and Rouhani blame Israel (English, PO1); Nasrallah receives
Amir-Abdollahian with ambassador Amani present, the minister had met Berri, Mikati and Bou Habib, then
al-Nakhalah and a Hamas delegation headed by al-Hayya (Arabic, PO2); the consulate strike Tehran blamed on
Israel kills Zahedi and Haji Rahimi, Soleimani's killing by a US drone strike ordered by Trump recalled
(English, PO3); Assad receives Amir-Abdollahian with Mekdad and ambassador Akbari present, condolences for
Zahedi killed in the Israeli strike (Arabic, PO4); Katz acknowledges that Israel killed Haniyeh, who had met
Khamenei; Sinwar, named to succeed Haniyeh, killed by IDF troops; Nasrallah killed in an IDF strike (English,
PO5); Mohammed bin Salman receives Araghchi with Faisal bin Farhan present, Araghchi had met Mikati and Berri
in Beirut after the occupation killed Nasrallah (Arabic, PO6).
Excluded on purpose (no relation): Fakhrizadeh's killing (no stated agent: Zarif's "serious indications of
Israeli role", Rouhani's blame and Dehghan's threat are accusations), the four scientists of 2010-2012 "in
attacks Tehran blamed on Israel" (PO1); Amir-Abdollahian's phone call with the Qatari prime minister, his
planned trip to Damascus, al-Nakhalah with al-Hayya (one list, not said to meet together) (PO2); Zahedi and
Haji Rahimi "in an attack that Tehran blamed on Israel", Amir-Abdollahian's phone call with Mekdad, the
unnamed Swiss envoy (PO3); Raisi's phone call to Assad (PO4); Katz's quote "as we did to Haniyeh, Sinwar and
Nasrallah" (see Judgement calls), Mashal and al-Hayya in the leadership council (no succession stated) (PO5);
the Muscat stop still planned, Qaani's reported injury denied, Araghchi's talks with no Hezbollah official
(PO6).
Judgement calls: "استقبل ... والوفد المرافق، بحضور السفير" pairs the ambassador with both principals (PO2, as
the brief's attendee rule); "التقى X في عين التينة، ثم ... واجتمع بـ Y، كما التقى Z": separate meetings, the
minister with each (PO2); "التقى ... النخالة ووفداً ... برئاسة خليل الحية": the minister with each, the two
guests not with each other (PO2); "حضر اللقاء A وB": each attendee with both principals and the two
attendees with each other (they attended together, as most dev gold) (PO4, PO6 has one attendee); "ارتقوا في
الغارة الإسرائيلية" in the state agency's own voice gives the victim -> country:israel (PO4); "killed in a
massive IDF airstrike" -> the IDF (PO5); Katz's quote naming Sinwar and Nasrallah beside Haniyeh is not
annotated as a claim for the two (the text states their agents plainly: the IDF); "Israel was behind the
assassination" acknowledged by Israel's defence minister is a claim -> Haniyeh -> country:israel (PO5);
"بعد اغتيال الاحتلال الإسرائيلي ... نصر الله" -> country:israel (PO6); a prime minister LEADS the country;
a foreign minister LEADS his ministry only where it has an id (no Lebanese ministry has one).
Filled in for the exercise: the Absard details and the coronavirus task force setting of Rouhani's remarks
(PO1); the order of the Beirut meetings, Amani's presence, the meeting at the embassy with al-Nakhalah and
al-Hayya, the Qatari phone call (PO2); the wording of Mekdad's and Akbari's remarks (PO3); Akbari's presence,
Raisi's phone call (PO4); the setting of Katz's remarks (PO5); Faisal bin Farhan's presence, the planned Muscat
stop, the denial about Qaani (PO6).
Spellings: "Mohsen Fakhrizadeh", "Mohammad Javad Zarif", "Ayatollah Ali Khamenei" (PO1); «السيد حسن نصر الله»،
«الدكتور حسين أمير عبد اللهيان»، «مجتبى أماني»، «زياد النخالة» (PO2); "Hossein Amirabdollahian", "Faisal
Mekdad", "Qassem Soleimani" (PO3); «أمير عبداللهيان»، «فيصل المقداد»، «حسين أكبري»، «إبراهيم رئيسي» (PO4);
"Ismail Haniyeh", "Yahya Sinwar", "Hassan Nasrallah", "Khaled Mashal" (PO5); «عباس عراقجي»، «عراقچي»،
«إسماعيل قآني»، «نجيب ميقاتي» (PO6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_pp import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAN, ISRAEL, USA, LEBANON, SYRIA, SAUDI = (
    "country:iran", "country:israel", "country:united-states", "country:lebanon", "country:syria",
    "country:saudi-arabia")
SPND, IRFM, SYFM, SAFM, LEBPARL, QUDS = (
    "organization:spnd", "organization:iranian-foreign-ministry", "organization:syrian-foreign-ministry",
    "organization:saudi-foreign-ministry", "organization:lebanese-parliament", "organization:quds-force")
HEZ, HAMAS, PIJ, IDF = ("organization:hezbollah", "organization:hamas", "organization:palestinian-islamic-jihad",
                        "organization:israel-defense-forces")
KHAMENEI, ROUHANI, RAISI, ZARIF, AMIR, ARAGHCHI, DEHGHAN = (
    "person:ali-khamenei", "person:hassan-rouhani", "person:ebrahim-raisi", "person:mohammad-javad-zarif",
    "person:hossein-amir-abdollahian", "person:abbas-araghchi", "person:hossein-dehghan")
FAKHRIZADEH, ZAHEDI, RAHIMI, SOLEIMANI, QAANI, AKBARI, AMANI = (
    "person:mohsen-fakhrizadeh", "person:mohammad-reza-zahedi", "person:mohammad-hadi-haji-rahimi",
    "person:qasem-soleimani", "person:esmail-qaani", "person:hossein-akbari", "person:mojtaba-amani")
NASRALLAH, BERRI, MIKATI, BOUHABIB = (
    "person:hassan-nasrallah", "person:nabih-berri", "person:najib-mikati", "person:abdallah-bou-habib")
HANIYEH, SINWAR, HAYYA, NAKHALAH = (
    "person:ismail-haniyeh", "person:yahya-sinwar", "person:khalil-al-hayya", "person:ziyad-al-nakhalah")
ASSAD, MEKDAD, MBS, FBF, MBAR = (
    "person:bashar-al-assad", "person:faisal-mekdad", "person:mohammed-bin-salman", "person:faisal-bin-farhan",
    "person:mohammed-bin-abdulrahman-al-thani")
KATZ, TRUMP, PEZESHKIAN = "person:israel-katz", "person:donald-trump", "person:masoud-pezeshkian"

AP = "blind set (US news wire, English, AP-like)"
MANAR = "blind set (Hezbollah TV news site, Arabic, Al-Manar-like)"
REUTERS = "blind set (British news wire, English, Reuters-like)"
SANA = "blind set (Syrian state news agency, Arabic, SANA-like)"
TOI = "blind set (Israeli news site, English, Times of Israel-like)"
MAYADEEN = "blind set (Beirut TV news site, Arabic, Al Mayadeen-like)"

ARTICLES = [
    ("enPO1_fakhrizadeh_killed_ap", "en",
     "Iran's top nuclear scientist killed in ambush near Tehran\n"
     "TEHRAN, Iran (AP) — An Iranian scientist who led the Islamic Republic's military nuclear program until 2003 "
     "was killed Friday in an ambush outside Tehran, state television reported.\n"
     "Mohsen Fakhrizadeh, long suspected by the West of masterminding a covert atomic weapons program, died at a "
     "hospital after gunmen opened fire on his car and an explosion struck near the town of Absard, east of the "
     "capital, the Defense Ministry said. He headed the ministry's Organization of Defensive Innovation and "
     "Research, known by its Persian acronym SPND.\n"
     "Foreign Minister Mohammad Javad Zarif wrote on Twitter that there were \"serious indications of Israeli "
     "role\" in the attack. Hossein Dehghan, a military adviser to Supreme Leader Ayatollah Ali Khamenei, vowed "
     "to \"strike as thunder at the killers of this oppressed martyr.\"\n"
     "Israel's Prime Minister's Office declined to comment.\n"
     "On Saturday, President Hassan Rouhani blamed Israel for the killing, saying at a meeting of the country's "
     "coronavirus task force that it would not slow the program. Four Iranian nuclear scientists were killed "
     "between 2010 and 2012 in attacks Tehran also blamed on Israel.\n"
     "The slaying comes less than two months before President-elect Joe Biden takes office.",
     [("LEADS", FAKHRIZADEH, SPND, "He headed the ministry's Organization"),
      ("LEADS", ZARIF, IRFM, "Foreign Minister Mohammad Javad Zarif wrote"),
      ("LEADS", KHAMENEI, IRAN, "Supreme Leader Ayatollah Ali Khamenei, vowed"),
      ("LEADS", ROUHANI, IRAN, "President Hassan Rouhani blamed"),
      ],
     {"source": AP, "published": "2020-11-27"}),

    ("arPO2_amir_abdollahian_nasrallah_manar", "ar",
     "سماحة السيد نصر الله يستقبل وزير الخارجية الإيراني والوفد المرافق\n"
     "موقع المنار\n"
     "استقبل الأمين العام لحزب الله سماحة السيد حسن نصر الله وزيرَ خارجية الجمهورية الإسلامية الإيرانية "
     "الدكتور حسين أمير عبد اللهيان والوفد المرافق، بحضور سفير الجمهورية الإسلامية في لبنان السيد مجتبى أماني، "
     "وجرى خلال اللقاء استعراض آخر التطورات السياسية والميدانية في فلسطين ولبنان والمنطقة، ولا سيما المواجهات "
     "الدائرة على الحدود الجنوبية.\n"
     "وأكد الجانبان أن جبهات المقاومة ماضية في إسناد غزة حتى وقف العدوان عليها.\n"
     "وكان الوزير الإيراني قد وصل إلى بيروت مساء الجمعة، حيث التقى رئيس مجلس النواب نبيه بري في عين التينة، ثم "
     "انتقل إلى السراي الحكومي واجتمع برئيس حكومة تصريف الأعمال نجيب ميقاتي، كما التقى نظيره اللبناني عبد الله "
     "بو حبيب في قصر بسترس.\n"
     "وعلى هامش زيارته، التقى أمير عبد اللهيان في مقر السفارة الإيرانية الأمين العام لحركة الجهاد الإسلامي زياد "
     "النخالة، ووفداً من قيادة حركة حماس برئاسة خليل الحية.\n"
     "ومن المقرر أن ينتقل الوزير الإيراني من بيروت إلى دمشق للقاء المسؤولين السوريين.\n"
     "وكان أمير عبد اللهيان قد أجرى أمس اتصالاً هاتفياً برئيس مجلس الوزراء وزير الخارجية القطري الشيخ محمد بن "
     "عبد الرحمن آل ثاني، تناول الجهود المبذولة لوقف إطلاق النار في غزة.",
     [("MET_WITH", NASRALLAH, AMIR, "الدكتور حسين أمير عبد اللهيان والوفد المرافق", "2024-02-10"),
      ("MET_WITH", AMANI, NASRALLAH, "بحضور سفير الجمهورية الإسلامية", "2024-02-10"),
      ("MET_WITH", AMANI, AMIR, "السيد مجتبى أماني", "2024-02-10"),
      ("MET_WITH", AMIR, BERRI, "حيث التقى رئيس مجلس النواب", "2024-02-09"),
      ("MET_WITH", AMIR, MIKATI, "واجتمع برئيس حكومة تصريف الأعمال", "2024-02-09"),
      ("MET_WITH", AMIR, BOUHABIB, "كما التقى نظيره اللبناني", "2024-02-09"),
      ("MET_WITH", AMIR, NAKHALAH, "الأمين العام لحركة الجهاد الإسلامي زياد", "2024-02-10"),
      ("MET_WITH", AMIR, HAYYA, "ووفداً من قيادة حركة حماس برئاسة", "2024-02-10"),
      ("LEADS", NASRALLAH, HEZ, "الأمين العام لحزب الله سماحة"),
      ("LEADS", AMIR, IRFM, "وزيرَ خارجية الجمهورية الإسلامية الإيرانية"),
      ("LEADS", BERRI, LEBPARL, "رئيس مجلس النواب نبيه بري"),
      ("LEADS", MIKATI, LEBANON, "برئيس حكومة تصريف الأعمال نجيب"),
      ("LEADS", NAKHALAH, PIJ, "الأمين العام لحركة الجهاد"),
      ("MEMBER_OF", HAYYA, HAMAS, "من قيادة حركة حماس"),
      ],
     {"source": MANAR, "published": "2024-02-10"}),

    ("enPO3_damascus_consulate_strike_reuters", "en",
     "Iran vows revenge after strike on Damascus consulate kills Guards commanders\n"
     "DUBAI/BEIRUT, April 1 (Reuters) - An air strike destroyed Iran's consulate building in the Syrian capital "
     "Damascus on Monday, killing two generals of the Islamic Revolutionary Guard Corps and five other officers, "
     "Iranian state media said, in an attack that Tehran blamed on Israel.\n"
     "Among the dead was Brigadier General Mohammad Reza Zahedi, a senior commander in the Quds Force, the Guards' "
     "overseas arm, and his deputy, General Mohammad Hadi Haji Rahimi.\n"
     "Israel, which has for years targeted Iranian interests in Syria, did not comment. \"We don't comment on "
     "reports in the foreign media,\" an Israeli military spokesperson said.\n"
     "Syrian Foreign Minister Faisal Mekdad condemned \"this heinous terrorist attack\". Iran's ambassador Hossein "
     "Akbari, who was unhurt, told state TV that F-35 jets had fired six missiles at the building.\n"
     "Supreme Leader Ayatollah Ali Khamenei said Israel \"will be punished\". Foreign Minister Hossein "
     "Amirabdollahian said in a telephone call with Mekdad that Tehran held Washington responsible, and Iran "
     "summoned a Swiss envoy, who represents U.S. interests in Tehran, to convey \"an important message\".\n"
     "Zahedi is the most senior Iranian commander to be killed since a U.S. drone strike ordered by then-President "
     "Donald Trump killed Quds Force commander Qassem Soleimani at Baghdad airport in January 2020.",
     [("MEMBER_OF", ZAHEDI, QUDS, "a senior commander in the Quds Force"),
      ("LEADS", MEKDAD, SYFM, "Syrian Foreign Minister Faisal Mekdad"),
      ("LEADS", KHAMENEI, IRAN, "Supreme Leader Ayatollah Ali Khamenei said"),
      ("LEADS", AMIR, IRFM, "Foreign Minister Hossein"),
      ("ASSASSINATED_BY", SOLEIMANI, USA, "a U.S. drone strike ordered by", "2020-01-03"),
      ("ASSASSINATED_BY", SOLEIMANI, TRUMP, "Donald Trump killed Quds Force commander", "2020-01-03"),
      ("LEADS", SOLEIMANI, QUDS, "Quds Force commander Qassem Soleimani"),
      ("LEADS", TRUMP, USA, "then-President"),
      ],
     {"source": REUTERS, "published": "2024-04-01"}),

    ("arPO4_assad_receives_amir_abdollahian_sana", "ar",
     "الرئيس الأسد يستقبل وزير الخارجية الإيراني: العدوان على القنصلية انتهاك صارخ للقانون الدولي\n"
     "دمشق-سانا\n"
     "استقبل السيد الرئيس بشار الأسد اليوم وزيرَ خارجية الجمهورية الإسلامية الإيرانية حسين أمير عبداللهيان "
     "والوفد المرافق له، وجرى خلال اللقاء بحث العلاقات الثنائية والأوضاع في المنطقة.\n"
     "حضر اللقاء الدكتور فيصل المقداد وزير الخارجية والمغتربين، والسفير الإيراني بدمشق حسين أكبري.\n"
     "وقدّم الرئيس الأسد التعازي باستشهاد العميد محمد رضا زاهدي ورفاقه الذين ارتقوا في الغارة الإسرائيلية على "
     "مبنى القنصلية الإيرانية في دمشق مطلع الشهر الجاري، مؤكداً أن هذا العدوان يشكل انتهاكاً صارخاً لكل "
     "المواثيق الدولية.\n"
     "من جهته، نقل أمير عبداللهيان تحيات الرئيس الإيراني إبراهيم رئيسي، مؤكداً وقوف بلاده إلى جانب سورية.\n"
     "وكان الوزير الإيراني قد عقد جلسة مباحثات مع نظيره المقداد في مقر وزارة الخارجية والمغتربين، ثم افتتح "
     "الوزيران المبنى الجديد للقنصلية في حي المزة.\n"
     "وكان الرئيس الأسد قد تلقى اتصالاً هاتفياً من الرئيس رئيسي عقب العدوان، أكد خلاله الجانبان أن الجريمة لن "
     "تمر من دون رد.",
     [("MET_WITH", ASSAD, AMIR, "وزيرَ خارجية الجمهورية الإسلامية الإيرانية حسين", "2024-04-08"),
      ("MET_WITH", MEKDAD, ASSAD, "حضر اللقاء الدكتور فيصل المقداد", "2024-04-08"),
      ("MET_WITH", MEKDAD, AMIR, "وزير الخارجية والمغتربين، والسفير", "2024-04-08"),
      ("MET_WITH", AKBARI, ASSAD, "والسفير الإيراني بدمشق", "2024-04-08"),
      ("MET_WITH", AKBARI, AMIR, "بدمشق حسين أكبري", "2024-04-08"),
      ("MET_WITH", AKBARI, MEKDAD, "الإيراني بدمشق حسين", "2024-04-08"),
      ("ASSASSINATED_BY", ZAHEDI, ISRAEL, "الذين ارتقوا في الغارة الإسرائيلية", "2024-04-01"),
      ("LEADS", ASSAD, SYRIA, "السيد الرئيس بشار الأسد"),
      ("LEADS", AMIR, IRFM, "الجمهورية الإسلامية الإيرانية حسين أمير"),
      ("LEADS", MEKDAD, SYFM, "فيصل المقداد وزير الخارجية والمغتربين"),
      ("LEADS", RAISI, IRAN, "الرئيس الإيراني إبراهيم رئيسي"),
      ],
     {"source": SANA, "published": "2024-04-08"}),

    ("enPO5_katz_haniyeh_acknowledged_toi", "en",
     "Katz confirms for first time that Israel killed Hamas leader Haniyeh in Tehran\n"
     "Defense Minister Israel Katz on Monday acknowledged for the first time that Israel was behind the "
     "assassination of Hamas politburo chief Ismail Haniyeh in Tehran in July, and threatened to do the same to "
     "the leaders of Yemen's Houthi rebels.\n"
     "\"We will strike their strategic infrastructure and cut off the head of the leadership — just as we did to "
     "Haniyeh, Sinwar and Nasrallah in Tehran, Gaza and Lebanon,\" Katz said at a ceremony honoring the "
     "ministry's staff.\n"
     "Haniyeh was killed by a blast at a Revolutionary Guards guesthouse in the north of the Iranian capital on "
     "July 31, hours after attending the swearing-in of President Masoud Pezeshkian. He had met Supreme Leader "
     "Ayatollah Ali Khamenei the day before.\n"
     "Until now, Israel had neither confirmed nor denied involvement.\n"
     "Yahya Sinwar, who was named to succeed Haniyeh as Hamas's overall leader in early August, was killed by IDF "
     "troops in Rafah on October 16 in what appeared to be a chance encounter. Hezbollah chief Hassan Nasrallah "
     "was killed in a massive IDF airstrike in Beirut's southern suburbs on September 27.\n"
     "Hamas has not publicly named a new leader since Sinwar's death. A leadership council based in Doha, which "
     "includes Khalil al-Hayya and Khaled Mashal, has been running the terror group.",
     [("ASSASSINATED_BY", HANIYEH, ISRAEL, "acknowledged for the first time that Israel was behind", "2024-07-31"),
      ("LEADS", HANIYEH, HAMAS, "Hamas politburo chief Ismail Haniyeh"),
      ("LEADS", PEZESHKIAN, IRAN, "President Masoud Pezeshkian"),
      ("MET_WITH", HANIYEH, KHAMENEI, "He had met Supreme Leader", "2024-07-30"),
      ("LEADS", KHAMENEI, IRAN, "Ayatollah Ali Khamenei the day before"),
      ("SUCCESSOR_OF", SINWAR, HANIYEH, "who was named to succeed Haniyeh", "2024-08-06"),
      ("LEADS", SINWAR, HAMAS, "as Hamas's overall leader"),
      ("ASSASSINATED_BY", SINWAR, IDF, "was killed by IDF", "2024-10-16"),
      ("ASSASSINATED_BY", NASRALLAH, IDF, "killed in a massive IDF airstrike", "2024-09-27"),
      ("LEADS", NASRALLAH, HEZ, "Hezbollah chief Hassan Nasrallah"),
      ],
     {"source": TOI, "published": "2024-12-23"}),

    ("arPO6_araghchi_riyadh_mayadeen", "ar",
     "عراقجي في الرياض: ولي العهد السعودي يستقبل وزير الخارجية الإيراني\n"
     "الميادين نت\n"
     "استقبل ولي العهد السعودي رئيس مجلس الوزراء الأمير محمد بن سلمان، مساء اليوم الأربعاء، في الرياض، وزيرَ "
     "الخارجية الإيراني عباس عراقجي، في حضور وزير الخارجية السعودي الأمير فيصل بن فرحان.\n"
     "وبحث الجانبان، بحسب وكالة الأنباء السعودية، العلاقات الثنائية والتطورات في المنطقة.\n"
     "وكان عراقجي قد التقى بن فرحان فور وصوله إلى العاصمة السعودية، في إطار جولة إقليمية تشمل عدداً من دول "
     "الخليج، ومن المقرر أن تقوده إلى مسقط.\n"
     "وتأتي الجولة بعد أيام من زيارة عراقچي إلى بيروت، حيث التقى رئيس حكومة تصريف الأعمال نجيب ميقاتي ورئيس "
     "مجلس النواب نبيه بري، بعد أسبوع على اغتيال الاحتلال الإسرائيلي الأمين العام لحزب الله السيد حسن نصر الله "
     "في الضاحية الجنوبية.\n"
     "ولم يلتقِ الوزير الإيراني خلال زيارته اللبنانية أياً من مسؤولي حزب الله، وفق ما أفادت مصادر مطلعة.\n"
     "في الأثناء، نفت مصادر إيرانية الأنباء عن إصابة قائد قوة القدس في الحرس الثوري العميد إسماعيل قآني، مؤكدة "
     "أنه بصحة جيدة ويؤدي مهامه.",
     [("MET_WITH", MBS, ARAGHCHI, "الخارجية الإيراني عباس عراقجي", "2024-10-09"),
      ("MET_WITH", FBF, MBS, "في حضور وزير الخارجية السعودي", "2024-10-09"),
      ("MET_WITH", FBF, ARAGHCHI, "الأمير فيصل بن فرحان", "2024-10-09"),
      ("MET_WITH", ARAGHCHI, MIKATI, "حيث التقى رئيس حكومة تصريف الأعمال", "2024-10-04"),
      ("MET_WITH", ARAGHCHI, BERRI, "ورئيس مجلس النواب نبيه بري", "2024-10-04"),
      ("ASSASSINATED_BY", NASRALLAH, ISRAEL, "اغتيال الاحتلال الإسرائيلي", "2024-09-27"),
      ("LEADS", MBS, SAUDI, "ولي العهد السعودي رئيس مجلس الوزراء"),
      ("LEADS", FBF, SAFM, "وزير الخارجية السعودي الأمير"),
      ("LEADS", ARAGHCHI, IRFM, "الخارجية الإيراني عباس"),
      ("LEADS", MIKATI, LEBANON, "رئيس حكومة تصريف الأعمال نجيب"),
      ("LEADS", BERRI, LEBPARL, "مجلس النواب نبيه بري"),
      ("LEADS", NASRALLAH, HEZ, "الأمين العام لحزب الله السيد"),
      ("LEADS", QAANI, QUDS, "قائد قوة القدس في الحرس"),
      ],
     {"source": MAYADEEN, "published": "2024-10-09"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setPO")
