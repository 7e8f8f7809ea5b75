"""Blind set NY: Iraq and Iran in 2020 (first folder of NY-NZ): the Popular Mobilization Forces naming Abu Fadak
al-Mohammedawi to Abu Mahdi al-Muhandis's post (February 2020), Mustafa al-Kadhimi taking over from Adel Abdul
Mahdi (May 2020), Kadhimi's visit to Tehran (July 2020), the killing of Hisham al-Hashimi in Baghdad (July 2020),
the killing of Mohsen Fakhrizadeh near Tehran (November 2020) and a visit of Esmail Qaani to Baghdad (late 2020),
as a French wire writes it in English (AFP-like: "BAGHDAD, Feb 21, 2020 (AFP) -", "the Hashed", "Kataeb
Hezbollah"), Iraq's state agency in Arabic (INA-like: "بغداد - واع", "رئيس مجلس الوزراء"), an Iranian state TV
site in English (Press TV-like: "Leader of the Islamic Revolution", "assassinated", "the visiting Iraqi premier"),
an Iraqi TV news site in Arabic (Alsumaria News-like: "السومرية نيوز/ بغداد", "أفاد مصدر أمني"), a British wire in
English (Reuters-like: "DUBAI (Reuters) -", "long suspected by the West") and a Kurdish network's Arabic site
(Rudaw-like: "روداو - أربيل", "بحسب ما أفاد مصدر ... لشبكة رووداو الإعلامية").
Pieces: the Hashed names Abu Fadak to replace Muhandis, killed with Soleimani in a US strike ordered by Trump,
after a leadership meeting chaired by Fayyadh and attended by Amiri; Qaani is Soleimani's successor (English,
NY1); Kadhimi takes over from Abdul Mahdi and meets him at the handover, receives the Iranian ambassador Masjedi,
then the US ambassador Tueller with Fayyadh present (Arabic, NY2); Khamenei receives Kadhimi with Rouhani present,
after Kadhimi's talks with Rouhani attended by Fuad Hussein and Zarif; Soleimani and Muhandis assassinated in a
US drone strike (English, NY3); Hashimi shot dead by unknown gunmen, Kadhimi's emergency meeting with Ghanimi
and Araji (Arabic, NY4); Fakhrizadeh killed near Tehran, Iran accuses Israel; a US drone strike killed Soleimani
(English, NY5); Qaani meets Kadhimi with Araji present, then Amiri and Khazali at Fayyadh's house and in his
presence; Qaani succeeded Soleimani (Arabic, NY6).
Excluded on purpose (no relation): the four shrine units that rejected the choice, Qaani's expected visit with no
date, the US contractor killed in Kirkuk (no name) (NY1); the phone calls of Rouhani and Pompeo to Kadhimi,
Kadhimi's planned visit to Riyadh (NY2); Kadhimi's visit to Riyadh postponed after King Salman's admission to
hospital (NY3); Hashimi "killed by unknown gunmen" (no agent), the activists' accusation of Kataib Hezbollah,
Kadhimi's visit to the family (no named person), Hennis-Plasschaert's statement (NY4); Fakhrizadeh: Zarif's
"serious indications of Israeli role" and Rouhani's blaming of "the usurper Zionist regime" are accusations,
Israel's office declined to comment (NY5); Qaani did not meet Sadr; the KDP official's statement that Qaani
did not ask to meet Masoud Barzani; the earlier phone call of Kadhimi and Rouhani (NY6).
Judgement calls: a leadership meeting "chaired by" Fayyadh and "attended by" Amiri is a meeting of the two (NY1);
"named ... to replace Abu Mahdi al-Muhandis" is a succession although the post is described as "de facto chief"
(NY1); "Soleimani's successor at the head of the Quds Force" (NY1) and «الذي خلف قاسم سليماني» (NY6) are
successions; "a US drone strike ordered by President Donald Trump" gives both victims -> the United States and
-> Trump (NY1); "assassinated ... in a US drone strike" (NY3) and "a U.S. drone strike in Baghdad killed Qassem
Soleimani" (NY5) give -> country:united-states; the handover ceremony at which Kadhimi "met" Abdul Mahdi is a
meeting (NY2); «بحضور» Fayyadh: paired with the host Kadhimi and the guest Tueller (NY2); the Leader's meeting "held
in the presence of President Hassan Rouhani": Rouhani paired with Khamenei and Kadhimi (NY3); Fuad Hussein and
Zarif who "also attended the talks" are paired with both principals and with each other (same talks) (NY3);
an emergency meeting «مع» two ministers: all three paired (NY4); Qaani met "at Fayyadh's house and in his
presence" the two leaders: Qaani, Fayyadh, Amiri and Khazali all paired (one meeting) (NY6); Araji «بحضور» with
both Qaani and Kadhimi (NY6); an ambassador does not LEAD anything; "Leader of the Islamic Revolution" is not
annotated as LEADS Iran (ambiguous office).
Filled in for the exercise: the Thursday leadership meeting and Amiri's attendance, the Hashed source on Qaani's
visit (NY1); the day of the handover and the meeting, the order of the two ambassadors, Fayyadh's presence (NY2);
Zarif's and Hussein's attendance, the wording of the joint press conference (NY3); the hospital, the emergency
meeting with Ghanimi and Araji, the activists' accusation (NY4); Hatami's quoted words (NY5); the whole of
NY6 (date, places, Araji's presence, the meeting at Fayyadh's house, the KDP official), modelled on the reported
Qaani visits of 2020.
Spellings: "Abu Fadak al-Mohammedawi", "Abdulaziz al-Mohammedawi", "Faleh al-Fayyadh", "Hadi al-Ameri", "Qassem
Soleimani", "Esmail Qaani", "Kataeb Hezbollah" (NY1); «عادل عبد المهدي», «إيرج مسجدي», «ماثيو تولر», «فالح
الفياض» (NY2); "Ayatollah Seyyed Ali Khamenei", "Lieutenant General Qassem Soleimani", "Sa'dabad" (NY3);
«هشام الهاشمي», «عثمان الغانمي», «قاسم الأعرجي» (NY4); "Mohsen Fakhrizadeh", "Mohammad Javad Zarif" (NY5); «إسماعيل
قاآني», «الفياض», «قيس الخزعلي» (NY6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_nz import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAQ, IRAN, US, ISRAEL = "country:iraq", "country:iran", "country:united-states", "country:israel"
PMF, KH, AAH, BADR, QUDS, IRGC, KDP, SADRIST = (
    "organization:popular-mobilization-forces", "organization:kataib-hezbollah", "organization:asaib-ahl-al-haq",
    "organization:badr-organization", "organization:quds-force", "organization:irgc",
    "organization:kurdistan-democratic-party", "organization:sadrist-movement")
IRQFM, IRFM = "organization:iraqi-foreign-ministry", "organization:iranian-foreign-ministry"
QAANI, SOLEIMANI, MUHANDIS, ABU_FADAK = (
    "person:esmail-qaani", "person:qasem-soleimani", "person:abu-mahdi-al-muhandis", "person:abdul-aziz-al-muhammadawi")
KADHIMI, ABDUL_MAHDI, SALIH, FAYYADH, ARAJI, GHANIMI, FUAD = (
    "person:mustafa-al-kadhimi", "person:adil-abdul-mahdi", "person:barham-salih", "person:falih-al-fayyadh",
    "person:qassim-al-araji", "person:othman-al-ghanimi", "person:fuad-hussein")
AMIRI, KHAZALI, SADR, HASHIMI, MASOUD = (
    "person:hadi-al-amiri", "person:qais-al-khazali", "person:muqtada-al-sadr", "person:hisham-al-hashimi",
    "person:masoud-barzani")
KHAMENEI, ROUHANI, ZARIF, MASJEDI, FAKHRIZADEH, HATAMI, DEHGHAN = (
    "person:ali-khamenei", "person:hassan-rouhani", "person:mohammad-javad-zarif", "person:iraj-masjedi",
    "person:mohsen-fakhrizadeh", "person:amir-hatami", "person:hossein-dehghan")
TRUMP, POMPEO, TUELLER, PLASSCHAERT = (
    "person:donald-trump", "person:mike-pompeo", "person:matthew-tueller", "person:jeanine-hennis-plasschaert")

AFP = "blind set (French news wire, English service, AFP-like)"
INA = "blind set (Iraqi state news agency, Arabic, INA-like)"
PRESSTV = "blind set (Iranian state TV news site, English, Press TV-like)"
SUMARIA = "blind set (Iraqi TV news site, Arabic, Alsumaria News-like)"
REUTERS = "blind set (British news wire, English, Reuters-like)"
RUDAW = "blind set (Kurdish news network, Arabic site, Rudaw-like)"

ARTICLES = [
    ("enNY1_abu_fadak_replaces_muhandis_afp", "en",
     "Iraq's Hashed names hardline commander to replace slain Muhandis\n"
     "BAGHDAD, Feb 21, 2020 (AFP) - Iraq's Hashed al-Shaabi paramilitary network has named Abu Fadak "
     "al-Mohammedawi, a veteran commander of the pro-Iran Kataeb Hezbollah faction, to replace Abu Mahdi "
     "al-Muhandis as its de facto chief, officials told AFP on Friday.\n"
     "Muhandis, the Hashed's deputy head and the real power behind it, was killed alongside Iranian general Qassem "
     "Soleimani in a US drone strike ordered by President Donald Trump outside Baghdad airport on January 3.\n"
     "The choice was made on Thursday at a meeting of the Hashed's leadership chaired by its head, Faleh "
     "al-Fayyadh, and attended by Badr Organisation chief Hadi al-Ameri, according to a statement.\n"
     "But four Hashed units loyal to Grand Ayatollah Ali al-Sistani, Iraq's top Shiite cleric, rejected it, saying "
     "they had not been consulted.\n"
     "Abu Fadak, whose real name is Abdulaziz al-Mohammedawi, once served as Kataeb Hezbollah's secretary-general "
     "and is seen as even closer to Tehran than his predecessor.\n"
     "Soleimani's successor at the head of the Quds Force, Esmail Qaani, is expected in Baghdad \"in the coming "
     "weeks\", a Hashed source said, though no date has been set.\n"
     "Washington blacklisted Kataeb Hezbollah in 2009 and blamed it for a December rocket attack in Kirkuk that "
     "killed a US contractor.",
     [("SUCCESSOR_OF", ABU_FADAK, MUHANDIS, "to replace Abu Mahdi", "2020-02-20"),
      ("MEMBER_OF", ABU_FADAK, KH, "a veteran commander of the pro-Iran Kataeb Hezbollah"),
      ("ASSASSINATED_BY", MUHANDIS, US, "was killed alongside Iranian general", "2020-01-03"),
      ("ASSASSINATED_BY", MUHANDIS, TRUMP, "in a US drone strike ordered by President", "2020-01-03"),
      ("ASSASSINATED_BY", SOLEIMANI, US, "in a US drone strike ordered", "2020-01-03"),
      ("ASSASSINATED_BY", SOLEIMANI, TRUMP, "ordered by President Donald Trump", "2020-01-03"),
      ("MEMBER_OF", MUHANDIS, PMF, "the Hashed's deputy head"),
      ("LEADS", TRUMP, US, "President Donald Trump outside"),
      ("MET_WITH", FAYYADH, AMIRI, "and attended by Badr Organisation chief", "2020-02-20"),
      ("LEADS", FAYYADH, PMF, "chaired by its head"),
      ("LEADS", AMIRI, BADR, "Badr Organisation chief Hadi al-Ameri"),
      ("LEADS", ABU_FADAK, KH, "once served as Kataeb Hezbollah's secretary-general"),
      ("SUCCESSOR_OF", QAANI, SOLEIMANI, "Soleimani's successor at the head"),
      ("LEADS", QAANI, QUDS, "at the head of the Quds Force, Esmail Qaani"),
      ],
     {"source": AFP, "published": "2020-02-21"}),

    ("arNY2_kadhimi_takes_over_ina", "ar",
     "الكاظمي يتسلم مهامه رسمياً ويستقبل السفيرين الإيراني والأميركي\n"
     "بغداد - واع\n"
     "تسلّم رئيس مجلس الوزراء مصطفى الكاظمي، اليوم الخميس، مهامه رسمياً خلفاً لعادل عبد المهدي، في مراسم أقيمت "
     "في القصر الحكومي ببغداد، بعد ساعات من نيل حكومته ثقة مجلس النواب.\n"
     "وذكر بيان للمكتب الإعلامي لرئيس الوزراء، تلقته الوكالة العراقية للأنباء (واع)، أن الكاظمي التقى رئيس "
     "الوزراء السابق خلال مراسم التسليم والتسلم، وجرى استعراض أبرز الملفات الأمنية والاقتصادية.\n"
     "واستقبل الكاظمي، في وقت لاحق، سفير الجمهورية الإسلامية الإيرانية لدى بغداد إيرج مسجدي، الذي نقل إليه "
     "تهاني القيادة الإيرانية، وأكد الجانبان أهمية تعزيز العلاقات الثنائية.\n"
     "كما استقبل رئيس مجلس الوزراء السفير الأميركي ماثيو تولر، بحضور مستشار الأمن الوطني فالح الفياض، وبحث معه "
     "الحوار الاستراتيجي المرتقب بين البلدين.\n"
     "وتلقى الكاظمي اتصالاً هاتفياً من الرئيس الإيراني حسن روحاني، هنأه فيه بنيل الثقة، فيما أعلن وزير الخارجية "
     "الأميركي مايك بومبيو، في اتصال مماثل، تمديد استثناء العراق من العقوبات لمدة 120 يوماً.\n"
     "وكان رئيس الجمهورية برهم صالح قد كلّف الكاظمي بتشكيل الحكومة في التاسع من نيسان الماضي، بعد اعتذار "
     "المكلف السابق عدنان الزرفي.\n"
     "ومن المقرر أن يزور الكاظمي الرياض في أول جولة خارجية له.",
     [("SUCCESSOR_OF", KADHIMI, ABDUL_MAHDI, "خلفاً لعادل عبد المهدي", "2020-05-07"),
      ("LEADS", KADHIMI, IRAQ, "تسلّم رئيس مجلس الوزراء مصطفى"),
      ("MET_WITH", KADHIMI, ABDUL_MAHDI, "أن الكاظمي التقى رئيس", "2020-05-07"),
      ("MET_WITH", KADHIMI, MASJEDI, "سفير الجمهورية الإسلامية الإيرانية", "2020-05-07"),
      ("MET_WITH", KADHIMI, TUELLER, "السفير الأميركي ماثيو تولر", "2020-05-07"),
      ("MET_WITH", FAYYADH, KADHIMI, "بحضور مستشار الأمن الوطني", "2020-05-07"),
      ("MET_WITH", FAYYADH, TUELLER, "الوطني فالح الفياض، وبحث معه", "2020-05-07"),
      ("LEADS", ROUHANI, IRAN, "من الرئيس الإيراني حسن روحاني"),
      ("LEADS", SALIH, IRAQ, "رئيس الجمهورية برهم صالح"),
      ],
     {"source": INA, "published": "2020-05-07"}),

    ("enNY3_khamenei_receives_kadhimi_presstv", "en",
     "Leader to Iraqi PM: Iran will deliver reciprocal blow to US for Soleimani's assassination\n"
     "TEHRAN, July 21 (Press TV) - Leader of the Islamic Revolution Ayatollah Seyyed Ali Khamenei has received the "
     "visiting Iraqi Prime Minister Mustafa al-Kadhimi, telling him that the Islamic Republic \"will never forget\" "
     "the assassination of Lieutenant General Qassem Soleimani and \"will definitely deliver a reciprocal blow to "
     "the Americans.\"\n"
     "The meeting, held in the presence of President Hassan Rouhani, came hours after the Iraqi premier held talks "
     "with the Iranian president at the Sa'dabad Palace.\n"
     "Iraqi Foreign Minister Fuad Hussein and his Iranian counterpart Mohammad Javad Zarif also attended the "
     "talks.\n"
     "At a joint press conference with his guest, Rouhani said Tehran and Baghdad had agreed to raise their annual "
     "trade to $20 billion.\n"
     "General Soleimani, the commander of the IRGC's Quds Force, and Abu Mahdi al-Muhandis, the deputy head of "
     "Iraq's Popular Mobilization Units (PMU), were assassinated along with their companions in a US drone strike "
     "near Baghdad airport on January 3.\n"
     "Kadhimi, who took office in May, had been due to travel first to Saudi Arabia, but that trip was postponed "
     "after King Salman was admitted to hospital.",
     [("MET_WITH", KHAMENEI, KADHIMI, "has received the visiting Iraqi Prime Minister", "2020-07-21"),
      ("LEADS", KADHIMI, IRAQ, "Iraqi Prime Minister Mustafa al-Kadhimi, telling"),
      ("MET_WITH", ROUHANI, KHAMENEI, "held in the presence of President", "2020-07-21"),
      ("MET_WITH", KADHIMI, ROUHANI, "held talks with the Iranian president", "2020-07-21"),
      ("LEADS", ROUHANI, IRAN, "President Hassan Rouhani, came"),
      ("MET_WITH", FUAD, KADHIMI, "Iraqi Foreign Minister Fuad Hussein and", "2020-07-21"),
      ("MET_WITH", FUAD, ROUHANI, "Fuad Hussein and his Iranian counterpart", "2020-07-21"),
      ("MET_WITH", ZARIF, KADHIMI, "counterpart Mohammad Javad Zarif also", "2020-07-21"),
      ("MET_WITH", ZARIF, ROUHANI, "Zarif also attended the", "2020-07-21"),
      ("MET_WITH", FUAD, ZARIF, "also attended the talks", "2020-07-21"),
      ("LEADS", FUAD, IRQFM, "Iraqi Foreign Minister Fuad"),
      ("LEADS", ZARIF, IRFM, "his Iranian counterpart Mohammad"),
      ("LEADS", SOLEIMANI, QUDS, "the commander of the IRGC's Quds Force"),
      ("MEMBER_OF", MUHANDIS, PMF, "the deputy head of Iraq's Popular Mobilization Units"),
      ("ASSASSINATED_BY", SOLEIMANI, US, "were assassinated along with their companions", "2020-01-03"),
      ("ASSASSINATED_BY", MUHANDIS, US, "in a US drone strike near Baghdad airport", "2020-01-03"),
      ],
     {"source": PRESSTV, "published": "2020-07-21"}),

    ("arNY4_hashimi_shot_dead_sumaria", "ar",
     "مقتل الخبير الأمني هشام الهاشمي بهجوم مسلح أمام منزله شرقي بغداد\n"
     "السومرية نيوز/ بغداد\n"
     "أفاد مصدر أمني، مساء اليوم الاثنين، بمقتل الخبير في الشؤون الأمنية والجماعات المسلحة هشام الهاشمي، إثر "
     "تعرضه لإطلاق نار من قبل مسلحين مجهولين يستقلون دراجات نارية أمام منزله في منطقة زيونة شرقي العاصمة.\n"
     "وقال المصدر لـ\"السومرية نيوز\" إن الهاشمي نُقل إلى مستشفى ابن النفيس حيث فارق الحياة متأثراً بجروحه.\n"
     "وأدان رئيس مجلس الوزراء مصطفى الكاظمي الحادثة، متعهداً بملاحقة \"القتلة\" لينالوا جزاءهم العادل، وزار "
     "في وقت لاحق منزل عائلة الفقيد حيث قدّم التعازي لذويه.\n"
     "وعقد الكاظمي، ليل الاثنين، اجتماعاً طارئاً مع وزير الداخلية عثمان الغانمي ومستشار الأمن الوطني قاسم "
     "الأعرجي، جرى خلاله بحث ملابسات الحادثة وتشكيل لجنة تحقيق عليا.\n"
     "من جهتها، دعت الممثلة الخاصة للأمين العام للأمم المتحدة في العراق جينين هينيس بلاسخارت إلى تقديم "
     "الجناة إلى العدالة، واصفة الهاشمي بأنه \"صوت شجاع\".\n"
     "وكان الهاشمي قد تلقى تهديدات من جماعات مسلحة، بحسب مقربين منه، فيما اتهم ناشطون كتائب حزب الله بالوقوف "
     "وراء العملية، وهو ما لم تعلق عليه الكتائب.",
     [("LEADS", KADHIMI, IRAQ, "وأدان رئيس مجلس الوزراء"),
      ("MET_WITH", KADHIMI, GHANIMI, "اجتماعاً طارئاً مع وزير الداخلية", "2020-07-06"),
      ("MET_WITH", KADHIMI, ARAJI, "ومستشار الأمن الوطني قاسم", "2020-07-06"),
      ("MET_WITH", GHANIMI, ARAJI, "جرى خلاله بحث ملابسات", "2020-07-06"),
      ],
     {"source": SUMARIA, "published": "2020-07-06"}),

    ("enNY5_fakhrizadeh_killed_reuters", "en",
     "Iran's top nuclear scientist killed in ambush near Tehran; Tehran points finger at Israel\n"
     "DUBAI (Reuters) - Mohsen Fakhrizadeh, the Iranian scientist long suspected by the West of masterminding a "
     "secret nuclear bomb programme, was killed in an ambush near Tehran on Friday, Iranian state media reported.\n"
     "The Defence Ministry said Fakhrizadeh, head of its research and innovation organisation, died in hospital "
     "after armed assailants attacked his car in the town of Absard, east of the capital.\n"
     "Foreign Minister Mohammad Javad Zarif said on Twitter there were \"serious indications of Israeli role\", "
     "and President Hassan Rouhani on Saturday blamed \"the usurper Zionist regime\" for the killing.\n"
     "Israel's prime minister's office declined to comment.\n"
     "Hossein Dehghan, military adviser to Supreme Leader Ayatollah Ali Khamenei, vowed to \"strike as thunder at "
     "the killers\". Defence Minister Amir Hatami said Fakhrizadeh's death would not halt the work of his team.\n"
     "The killing came almost 11 months after a U.S. drone strike in Baghdad killed Qassem Soleimani, the "
     "commander of the Revolutionary Guards' overseas Quds Force, and could complicate efforts by U.S. "
     "President-elect Joe Biden to revive detente with Tehran.",
     [("LEADS", ZARIF, IRFM, "Foreign Minister Mohammad Javad Zarif said"),
      ("LEADS", ROUHANI, IRAN, "President Hassan Rouhani on Saturday"),
      ("ASSASSINATED_BY", SOLEIMANI, US, "a U.S. drone strike in Baghdad killed", "2020-01-03"),
      ("LEADS", SOLEIMANI, QUDS, "the commander of the Revolutionary Guards' overseas Quds Force"),
      ],
     {"source": REUTERS, "published": "2020-11-27"}),

    ("arNY6_qaani_in_baghdad_rudaw", "ar",
     "قاآني في بغداد: لقاء مع الكاظمي واجتماع بقادة فصائل في منزل الفياض\n"
     "روداو - أربيل\n"
     "وصل قائد فيلق القدس في الحرس الثوري الإيراني، إسماعيل قاآني، إلى بغداد في زيارة لم يُعلن عنها مسبقاً، "
     "والتقى رئيس الوزراء العراقي مصطفى الكاظمي، بحسب ما أفاد مصدر حكومي لشبكة رووداو الإعلامية.\n"
     "وقال المصدر إن اللقاء جرى في مكتب الكاظمي بحضور مستشار الأمن الوطني قاسم الأعرجي، وتناول التهدئة ووقف "
     "الهجمات الصاروخية على السفارة الأميركية في المنطقة الخضراء.\n"
     "وأضاف أن قاآني، الذي خلف قاسم سليماني في قيادة الفيلق مطلع العام الجاري، اجتمع في وقت لاحق، في منزل رئيس "
     "هيئة الحشد الشعبي فالح الفياض وبحضوره، بالأمين العام لمنظمة بدر هادي العامري والأمين العام لعصائب أهل "
     "الحق قيس الخزعلي، ودعاهما إلى وقف الهجمات على المصالح الأميركية حتى انتهاء ولاية الرئيس دونالد ترامب.\n"
     "ولم يلتقِ قاآني زعيم التيار الصدري مقتدى الصدر خلال الزيارة، بحسب المصدر ذاته.\n"
     "وفي أربيل، قال مسؤول في الحزب الديمقراطي الكردستاني لرووداو إن قاآني \"لم يطلب\" لقاء رئيس الحزب مسعود "
     "بارزاني هذه المرة، مرجحاً أن يزور الإقليم في وقت لاحق.\n"
     "وتأتي الزيارة بعد أيام من اتصال هاتفي بين الكاظمي والرئيس الإيراني حسن روحاني بحثا خلاله العلاقات "
     "الثنائية.",
     [("LEADS", QAANI, QUDS, "قائد فيلق القدس في الحرس الثوري"),
      ("MET_WITH", QAANI, KADHIMI, "والتقى رئيس الوزراء العراقي"),
      ("LEADS", KADHIMI, IRAQ, "رئيس الوزراء العراقي مصطفى"),
      ("MET_WITH", ARAJI, QAANI, "بحضور مستشار الأمن الوطني قاسم"),
      ("MET_WITH", ARAJI, KADHIMI, "قاسم الأعرجي، وتناول"),
      ("SUCCESSOR_OF", QAANI, SOLEIMANI, "الذي خلف قاسم سليماني"),
      ] + met_group({QAANI: "اجتمع في وقت لاحق", FAYYADH: "هيئة الحشد الشعبي فالح الفياض وبحضوره",
                     AMIRI: "بالأمين العام لمنظمة بدر", KHAZALI: "الحق قيس الخزعلي، ودعاهما"}) + [
      ("LEADS", FAYYADH, PMF, "رئيس هيئة الحشد الشعبي"),
      ("LEADS", AMIRI, BADR, "لمنظمة بدر هادي العامري"),
      ("LEADS", KHAZALI, AAH, "الأمين العام لعصائب أهل"),
      ("LEADS", SADR, SADRIST, "زعيم التيار الصدري مقتدى"),
      ("LEADS", MASOUD, KDP, "لقاء رئيس الحزب مسعود"),
      ],
     {"source": RUDAW, "published": "2020-11-20"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setNY")
