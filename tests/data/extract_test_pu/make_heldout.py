"""Blind set PU: Iraq under Mustafa al-Kadhimi, 2020-2021 (first folder of PU-PV): the killing of Hisham
al-Hashimi in Baghdad (July 2020), Mohammad Javad Zarif's visit to Baghdad and the postponed Riyadh trip
(July 2020), Kadhimi in Tehran with Khamenei and Rouhani (July 2020), Kadhimi at the White House with Biden
(July 2021), Kadhimi in Riyadh with Mohammed bin Salman (March 2021), the Baghdad summit of Iraq, Egypt and
Jordan (June 2021), as a French wire writes it in English (AFP-like: "BAGHDAD, July 6, 2020 (AFP) -"),
Iraq's state agency in Arabic (INA-like: "بغداد - واع", "استقبل رئيس مجلس الوزراء"), Iran's state agency in
English (IRNA-like: "Leader of the Islamic Revolution", "al-Kazemi"), a Kurdish channel's site in Arabic
(Rudaw-like: "رووداو - أربيل", "كوردستان"), an Iraqi news site in English (Shafaq News-like: "Shafaq News/")
and an Iraqi TV site in Arabic (Al-Sumaria-like: "السومرية نيوز/ بغداد").
Pieces: Hashimi shot dead by unnamed gunmen; Kadhimi, who took over from Abdul-Mahdi, had met Hashimi; the US
strike that killed Soleimani and Muhandis (English, PU1); Kadhimi receives Zarif with Fuad Hussein present,
Zarif meets Hussein and then Salih (Arabic, PU2); Khamenei receives Kadhimi; Kadhimi and Rouhani with Zarif
and Hussein present; Jahangiri welcomes Kadhimi; Soleimani and Muhandis killed by the United States (English,
PU3); Biden receives Kadhimi with Blinken and Hussein present; Hussein and Blinken's strategic dialogue;
Kadhimi had met Trump in 2020 (Arabic, PU4); Mohammed bin Salman receives Kadhimi, talks attended by Faisal
bin Farhan and Hussein (English, PU5); the trilateral summit of Kadhimi, Sisi and Abdullah II; Salih receives
the king; Kadhimi and Sisi with their foreign ministers; Safadi meets Hussein (Arabic, PU6).
Excluded on purpose (no relation): Hashimi's killing (no agent; Kataib Hezbollah only accused by friends and
denying), Hennis-Plasschaert's statement (PU1); Rouhani's invitation, the postponed Riyadh trip, the
spokesman's announcement (PU2); the trip to Riyadh postponed (PU3); Pelosi's cancelled meeting, Masrour
Barzani's phone call (PU4); the King's hospitalisation, the Emir of Kuwait's phone call, the planned meeting
with Mohamed bin Zayed (PU5); the next summit in Amman (PU6).
Judgement calls: "Hashimi had met the premier several times" is a meeting (PU1); "a U.S. drone strike ...
killed" and "the assassination of ... by the United States" give victim -> country:united-states (PU1, PU3,
as "an Israeli strike killed X"); "welcomed by First Vice-President Eshaq Jahangiri" at the airport is a
meeting (PU3); attendees of one list ("in the presence of A and B", «بحضور وزيري خارجية البلدين») are paired
with both principals and with each other (PU3, PU4, PU5, PU6); "received at the airport by" the crown prince
and then talks is a meeting (PU5); the trilateral summit with "the three leaders" discussing is a meeting of
the three (PU6); Hussein's talks with "نظيره العراقي" resolve the counterpart to Fuad Hussein (PU2, PU6); a
foreign minister LEADS his ministry where it has an id; a prime minister or president LEADS the country.
Filled in for the exercise: the dismissed police commander, the meetings with Hashimi (PU1); the wording of
the statement, the order of Zarif's meetings (PU2); Hussein's presence at the Rouhani meeting, Jahangiri at
the airport (PU3); Blinken's and Hussein's presence in the Oval Office, the cancelled Pelosi meeting, Masrour
Barzani's call (PU4); the attendees, the number of agreements, the Emir's call, the Abu Dhabi plan (PU5);
the bilateral meeting's attendees, Safadi's talks, the next summit's venue (PU6).
Spellings: "Mustafa al-Kadhimi", "Hashed al-Shaabi", "Qassem Soleimani" (PU1); «محمد جواد ظريف», «قصر
السلام» (PU2); "al-Kazemi", "Ayatollah Seyyed Ali Khamenei" (PU3); «مصطفى الكاظمي», «أنتوني بلينكن» (PU4);
"Al-Kadhimi", "Prince Faisal bin Farhan" (PU5); «العاهل الأردني الملك عبد الله الثاني», «سامح شكري» (PU6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_pv import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAQ, IRAN, US, SAUDI, EGYPT, JORDAN = ("country:iraq", "country:iran", "country:united-states",
                                        "country:saudi-arabia", "country:egypt", "country:jordan")
TEHRAN, RIYADH = "location:tehran", "location:riyadh"
IQFM, IRFM, SAFM, PMF, KDP, KRG = (
    "organization:iraqi-foreign-ministry", "organization:iranian-foreign-ministry",
    "organization:saudi-foreign-ministry", "organization:popular-mobilization-forces",
    "organization:kurdistan-democratic-party", "organization:kurdistan-regional-government")
KADHIMI, ABDULMAHDI, SALIH, HUSSEIN, HASHIMI, MUHANDIS, MASROUR = (
    "person:mustafa-al-kadhimi", "person:adil-abdul-mahdi", "person:barham-salih", "person:fuad-hussein",
    "person:hisham-al-hashimi", "person:abu-mahdi-al-muhandis", "person:masrour-barzani")
KHAMENEI, ROUHANI, JAHANGIRI, ZARIF, SOLEIMANI = (
    "person:ali-khamenei", "person:hassan-rouhani", "person:eshaq-jahangiri", "person:mohammad-javad-zarif",
    "person:qasem-soleimani")
TRUMP, BIDEN, BLINKEN = "person:donald-trump", "person:joe-biden", "person:antony-blinken"
SALMAN, MBS, FAISAL = "person:salman-bin-abdulaziz", "person:mohammed-bin-salman", "person:faisal-bin-farhan"
SISI, ABDULLAH, SHOUKRY, SAFADI = ("person:abdel-fattah-el-sisi", "person:abdullah-ii", "person:sameh-shoukry",
                                   "person:ayman-safadi")

AFP = "blind set (French news wire, English, AFP-like)"
INA = "blind set (Iraqi state news agency, Arabic, INA-like)"
IRNA = "blind set (Iranian state news agency, English service, IRNA-like)"
RUDAW = "blind set (Kurdish TV channel site, Arabic, Rudaw-like)"
SHAFAQ = "blind set (Iraqi news site, English, Shafaq News-like)"
SUMARIA = "blind set (Iraqi TV news site, Arabic, Al-Sumaria-like)"

ARTICLES = [
    ("enPU1_hashimi_shot_dead_afp", "en",
     "Prominent Iraqi security analyst Hisham al-Hashimi shot dead in Baghdad\n"
     "BAGHDAD, July 6, 2020 (AFP) - Hisham al-Hashimi, one of Iraq's best-known experts on jihadist groups and an "
     "adviser to the government, was shot dead outside his home in the capital's Zayouna district on Monday "
     "evening, security sources said.\n"
     "Gunmen on motorcycles opened fire on the 47-year-old as he sat in his car, a security official told AFP. He "
     "was rushed to hospital, where he died of his wounds.\n"
     "No group claimed responsibility. Friends of the analyst said he had received threats from Kataib Hezbollah, "
     "a powerful Iran-backed faction he had openly criticised, but the group denied any role.\n"
     "Prime Minister Mustafa al-Kadhimi, a former intelligence chief who took over from Adil Abdul-Mahdi in May, "
     "vowed that the killers would \"not escape justice\" and ordered the dismissal of the commander of the "
     "police brigade responsible for the area.\n"
     "Hashimi had met the premier several times since he took office, advising him on the armed factions, "
     "according to people close to both men.\n"
     "The UN's top official in Iraq, Jeanine Hennis-Plasschaert, said she was \"shocked\" by the killing.\n"
     "Hashimi's death came six months after a U.S. drone strike near Baghdad airport killed Iranian general "
     "Qassem Soleimani and Abu Mahdi al-Muhandis, the deputy head of the Hashed al-Shaabi paramilitary "
     "alliance.",
     [("LEADS", KADHIMI, IRAQ, "Prime Minister Mustafa al-Kadhimi, a former"),
      ("SUCCESSOR_OF", KADHIMI, ABDULMAHDI, "took over from Adil Abdul-Mahdi in May", "2020-05-07"),
      ("MET_WITH", HASHIMI, KADHIMI, "Hashimi had met the premier several times"),
      ("ASSASSINATED_BY", SOLEIMANI, US, "a U.S. drone strike near Baghdad airport killed", "2020-01-03"),
      ("ASSASSINATED_BY", MUHANDIS, US, "Abu Mahdi al-Muhandis, the deputy head", "2020-01-03"),
      ("MEMBER_OF", MUHANDIS, PMF, "the deputy head of the Hashed al-Shaabi"),
      ],
     {"source": AFP, "published": "2020-07-06"}),

    ("arPU2_kadhimi_receives_zarif_ina", "ar",
     "الكاظمي يستقبل ظريف ويؤكد: العراق لن يكون منطلقاً للاعتداء على أي دولة\n"
     "بغداد - واع\n"
     "استقبل رئيس مجلس الوزراء مصطفى الكاظمي، اليوم الأحد، وزير الخارجية الإيراني محمد جواد ظريف والوفد "
     "المرافق له، بحضور وزير الخارجية فؤاد حسين.\n"
     "وذكر بيان لمكتب رئيس الوزراء أن اللقاء بحث العلاقات الثنائية وتداعيات جائحة كورونا على اقتصاد البلدين، "
     "فضلاً عن ملف المياه والتبادل التجاري.\n"
     "وأكد الكاظمي أن «العراق يسعى إلى إقامة أفضل العلاقات مع جيرانه على أساس المصالح المشتركة وعدم التدخل في "
     "الشؤون الداخلية»، مشدداً على أن العراق لن يكون منطلقاً للاعتداء على أي من دول الجوار.\n"
     "من جهته، نقل ظريف تحيات الرئيس الإيراني حسن روحاني، ودعوته للكاظمي لزيارة طهران.\n"
     "وكان ظريف قد عقد في وقت سابق من اليوم جلسة مباحثات مع نظيره العراقي في مقر وزارة الخارجية، قبل أن يلتقي "
     "رئيس الجمهورية برهم صالح في قصر السلام.\n"
     "إلى ذلك، أعلن المتحدث باسم رئيس الوزراء أحمد ملا طلال تأجيل زيارة الكاظمي إلى المملكة العربية السعودية، "
     "التي كانت مقررة غداً الاثنين، بعد دخول خادم الحرمين الشريفين الملك سلمان بن عبد العزيز المستشفى لإجراء "
     "فحوصات طبية.",
     [("MET_WITH", KADHIMI, ZARIF, "وزير الخارجية الإيراني محمد جواد ظريف والوفد", "2020-07-19"),
      ("MET_WITH", HUSSEIN, KADHIMI, "بحضور وزير الخارجية فؤاد حسين", "2020-07-19"),
      ("MET_WITH", ZARIF, HUSSEIN, "جلسة مباحثات مع نظيره العراقي", "2020-07-19"),
      ("MET_WITH", ZARIF, SALIH, "قبل أن يلتقي رئيس الجمهورية برهم صالح", "2020-07-19"),
      ("LEADS", KADHIMI, IRAQ, "استقبل رئيس مجلس الوزراء مصطفى الكاظمي"),
      ("LEADS", ZARIF, IRFM, "وزير الخارجية الإيراني محمد جواد"),
      ("LEADS", HUSSEIN, IQFM, "وزير الخارجية فؤاد حسين"),
      ("LEADS", ROUHANI, IRAN, "الرئيس الإيراني حسن روحاني"),
      ("LEADS", SALIH, IRAQ, "رئيس الجمهورية برهم صالح"),
      ("LEADS", SALMAN, SAUDI, "الملك سلمان بن عبد العزيز"),
      ],
     {"source": INA, "published": "2020-07-19"}),

    ("enPU3_khamenei_receives_kazemi_irna", "en",
     "Iraqi PM al-Kazemi meets Leader of Islamic Revolution\n"
     "TEHRAN, July 21 (IRNA) - Leader of the Islamic Revolution Ayatollah Seyyed Ali Khamenei received Iraqi Prime "
     "Minister Mustafa al-Kazemi and his accompanying delegation in Tehran on Tuesday afternoon.\n"
     "The Leader referred to the assassination of Lieutenant General Qassem Soleimani and Abu Mahdi al-Muhandis "
     "by the United States in January, saying that the Islamic Republic \"will never forget\" it and will deliver "
     "a reciprocal blow, and that Iran expects the Iraqi government to pursue the withdrawal of US forces.\n"
     "Earlier in the day, al-Kazemi held talks with President Hassan Rouhani at the Saadabad Palace in the "
     "presence of Foreign Minister Mohammad Javad Zarif and his Iraqi counterpart Fuad Hussein. The two sides "
     "discussed trade, electricity exports and Iraqi payments to Iran blocked by US sanctions.\n"
     "Rouhani told a joint press conference that the two neighbours aim to raise bilateral trade to 20 billion "
     "dollars.\n"
     "The Iraqi premier had been due to travel to Riyadh before Tehran, but the trip was postponed after the "
     "hospitalization of Saudi King Salman.\n"
     "Upon arrival at Mehrabad Airport, al-Kazemi was welcomed by First Vice-President Eshaq Jahangiri.",
     [("MET_WITH", KHAMENEI, KADHIMI, "received Iraqi Prime Minister Mustafa al-Kazemi", "2020-07-21"),
      ("LEADS", KHAMENEI, IRAN, "Leader of the Islamic Revolution Ayatollah"),
      ("LEADS", KADHIMI, IRAQ, "Iraqi Prime Minister Mustafa al-Kazemi and his"),
      ("VISITED", KADHIMI, TEHRAN, "his accompanying delegation in Tehran"),
      ("ASSASSINATED_BY", SOLEIMANI, US, "the assassination of Lieutenant General Qassem Soleimani",
       "2020-01-03"),
      ("ASSASSINATED_BY", MUHANDIS, US, "Abu Mahdi al-Muhandis by the United States", "2020-01-03"),
      ("MET_WITH", KADHIMI, ROUHANI, "al-Kazemi held talks with President Hassan Rouhani", "2020-07-21"),
      ("MET_WITH", ZARIF, KADHIMI, "in the presence of Foreign Minister Mohammad Javad Zarif", "2020-07-21"),
      ("MET_WITH", ZARIF, ROUHANI, "at the Saadabad Palace in the", "2020-07-21"),
      ("MET_WITH", HUSSEIN, KADHIMI, "his Iraqi counterpart Fuad Hussein", "2020-07-21"),
      ("MET_WITH", HUSSEIN, ROUHANI, "Earlier in the day, al-Kazemi", "2020-07-21"),
      ("MET_WITH", ZARIF, HUSSEIN, "Zarif and his Iraqi counterpart", "2020-07-21"),
      ("LEADS", ROUHANI, IRAN, "with President Hassan Rouhani at"),
      ("LEADS", ZARIF, IRFM, "Foreign Minister Mohammad Javad Zarif and"),
      ("MET_WITH", JAHANGIRI, KADHIMI, "was welcomed by First Vice-President Eshaq Jahangiri", "2020-07-21"),
      ],
     {"source": IRNA, "published": "2020-07-21"}),

    ("arPU4_biden_receives_kadhimi_rudaw", "ar",
     "بايدن يستقبل الكاظمي: انتهاء المهمة القتالية الأميركية في العراق بنهاية العام\n"
     "رووداو - أربيل\n"
     "استقبل الرئيس الأميركي جو بايدن، يوم الاثنين، رئيس الوزراء العراقي مصطفى الكاظمي في المكتب البيضاوي "
     "بالبيت الأبيض، في أول لقاء بين الرجلين، بحضور وزير الخارجية أنتوني بلينكن ونظيره العراقي فؤاد حسين.\n"
     "وأعلن بايدن عقب الاجتماع أن القوات الأميركية «لن تكون في مهمة قتالية» في العراق بحلول نهاية العام "
     "الجاري، وأنها ستواصل تدريب القوات العراقية ومساعدتها في مواجهة تنظيم داعش.\n"
     "وكان وزير الخارجية العراقي، وهو قيادي في الحزب الديمقراطي الكوردستاني، قد ترأس يوم الجمعة الماضي وفد "
     "بلاده في جولة الحوار الاستراتيجي مع بلينكن في مقر وزارة الخارجية الأميركية.\n"
     "ويأتي اللقاء بعد نحو عام من زيارة الكاظمي الأولى إلى واشنطن، حيث اجتمع في آب 2020 بالرئيس السابق دونالد "
     "ترامب.\n"
     "ولم يتسنَّ للكاظمي لقاء رئيسة مجلس النواب نانسي بيلوسي، إذ أُلغي الموعد الذي كان مقرراً مساء الثلاثاء، "
     "بحسب مصدر في الوفد العراقي تحدث لرووداو.\n"
     "في المقابل، رحّب رئيس حكومة إقليم كوردستان مسرور بارزاني، في اتصال هاتفي مع الكاظمي، بنتائج الزيارة.",
     [("MET_WITH", BIDEN, KADHIMI, "رئيس الوزراء العراقي مصطفى الكاظمي في المكتب البيضاوي", "2021-07-26"),
      ("MET_WITH", BLINKEN, BIDEN, "بحضور وزير الخارجية أنتوني بلينكن", "2021-07-26"),
      ("MET_WITH", BLINKEN, KADHIMI, "في أول لقاء بين الرجلين", "2021-07-26"),
      ("MET_WITH", HUSSEIN, BIDEN, "ونظيره العراقي فؤاد حسين", "2021-07-26"),
      ("MET_WITH", HUSSEIN, KADHIMI, "بالبيت الأبيض، في أول", "2021-07-26"),
      ("MET_WITH", HUSSEIN, BLINKEN, "جولة الحوار الاستراتيجي مع بلينكن", "2021-07-23"),
      ("MET_WITH", KADHIMI, TRUMP, "حيث اجتمع في آب 2020 بالرئيس السابق", "2020-08-20"),
      ("LEADS", BIDEN, US, "استقبل الرئيس الأميركي جو بايدن"),
      ("LEADS", KADHIMI, IRAQ, "رئيس الوزراء العراقي مصطفى الكاظمي في"),
      ("MEMBER_OF", HUSSEIN, KDP, "وهو قيادي في الحزب الديمقراطي الكوردستاني"),
      ("LEADS", MASROUR, KRG, "رئيس حكومة إقليم كوردستان مسرور بارزاني"),
      ],
     {"source": RUDAW, "published": "2021-07-27"}),

    ("enPU5_kadhimi_riyadh_shafaq", "en",
     "Al-Kadhimi, Saudi Crown Prince sign five agreements in Riyadh\n"
     "Shafaq News/ Iraqi Prime Minister Mustafa Al-Kadhimi arrived in Riyadh on Wednesday on an official visit at "
     "the head of a large ministerial delegation, and was received at King Khalid International Airport by Saudi "
     "Crown Prince Mohammed bin Salman.\n"
     "The two leaders then held official talks at Al-Yamamah Palace, attended by Saudi Foreign Minister Prince "
     "Faisal bin Farhan and Iraq's Foreign Minister Fuad Hussein, and signed five agreements on trade, energy, "
     "culture and media.\n"
     "A joint statement said both sides agreed to establish a joint Saudi-Iraqi fund worth three billion dollars "
     "and to speed up the linking of the two countries' power grids.\n"
     "The visit, Al-Kadhimi's first to the Kingdom since taking office, had originally been scheduled for July "
     "2020 but was called off at the last minute when King Salman bin Abdulaziz was admitted to hospital.\n"
     "Before leaving Baghdad, Al-Kadhimi received a phone call from the Emir of Kuwait, Sheikh Nawaf Al-Ahmad "
     "Al-Jaber Al-Sabah, a source told Shafaq News.\n"
     "The prime minister's office said Al-Kadhimi would head to Abu Dhabi next week to meet Crown Prince Sheikh "
     "Mohamed bin Zayed.",
     [("VISITED", KADHIMI, RIYADH, "Mustafa Al-Kadhimi arrived in Riyadh"),
      ("LEADS", KADHIMI, IRAQ, "Iraqi Prime Minister Mustafa Al-Kadhimi"),
      ("MET_WITH", KADHIMI, MBS, "was received at King Khalid International Airport by Saudi", "2021-03-31"),
      ("MET_WITH", FAISAL, KADHIMI, "attended by Saudi Foreign Minister Prince", "2021-03-31"),
      ("MET_WITH", FAISAL, MBS, "The two leaders then held official talks", "2021-03-31"),
      ("MET_WITH", HUSSEIN, KADHIMI, "Iraq's Foreign Minister Fuad Hussein, and signed", "2021-03-31"),
      ("MET_WITH", HUSSEIN, MBS, "at Al-Yamamah Palace", "2021-03-31"),
      ("MET_WITH", FAISAL, HUSSEIN, "Faisal bin Farhan and Iraq's", "2021-03-31"),
      ("LEADS", FAISAL, SAFM, "Saudi Foreign Minister Prince Faisal"),
      ("LEADS", HUSSEIN, IQFM, "Iraq's Foreign Minister Fuad"),
      ("LEADS", SALMAN, SAUDI, "King Salman bin Abdulaziz was admitted"),
      ],
     {"source": SHAFAQ, "published": "2021-03-31"}),

    ("arPU6_baghdad_trilateral_summit_sumaria", "ar",
     "قمة ثلاثية في بغداد تجمع الكاظمي والسيسي والملك عبد الله الثاني\n"
     "السومرية نيوز/ بغداد\n"
     "احتضنت بغداد، اليوم الأحد، القمة الثلاثية بين العراق ومصر والأردن، بمشاركة رئيس الوزراء مصطفى الكاظمي "
     "والرئيس المصري عبد الفتاح السيسي والعاهل الأردني الملك عبد الله الثاني، في أول زيارة لرئيس مصري إلى "
     "العراق منذ أكثر من ثلاثة عقود.\n"
     "وكان الكاظمي في مقدمة مستقبلي السيسي في مطار بغداد الدولي، فيما استقبل رئيس الجمهورية برهم صالح العاهل "
     "الأردني لدى وصوله.\n"
     "وبحث القادة الثلاثة مشروع «الشام الجديد» وربط شبكات الكهرباء ومد أنبوب النفط من البصرة إلى العقبة، "
     "بحسب البيان الختامي.\n"
     "وعلى هامش القمة، عقد الكاظمي لقاءً ثنائياً مع الرئيس السيسي بحضور وزيري خارجية البلدين فؤاد حسين وسامح "
     "شكري، تناول التعاون الاقتصادي وملف الاستثمار.\n"
     "كما أجرى وزير الخارجية الأردني أيمن الصفدي مباحثات مع نظيره العراقي في مقر الوزارة.\n"
     "ومن المقرر أن تُعقد القمة المقبلة في عمّان، فيما أعلنت الرئاسة المصرية أن السيسي سيغادر بغداد مساء "
     "اليوم.",
     met_group({KADHIMI: "بمشاركة رئيس الوزراء مصطفى الكاظمي", SISI: "والرئيس المصري عبد الفتاح السيسي",
                ABDULLAH: "والعاهل الأردني الملك عبد الله الثاني"}, "2021-06-27") + [
      ("MET_WITH", SALIH, ABDULLAH, "فيما استقبل رئيس الجمهورية برهم صالح", "2021-06-27"),
      ("MET_WITH", HUSSEIN, KADHIMI, "بحضور وزيري خارجية البلدين فؤاد حسين", "2021-06-27"),
      ("MET_WITH", HUSSEIN, SISI, "عقد الكاظمي لقاءً ثنائياً", "2021-06-27"),
      ("MET_WITH", SHOUKRY, KADHIMI, "فؤاد حسين وسامح شكري", "2021-06-27"),
      ("MET_WITH", SHOUKRY, SISI, "مع الرئيس السيسي بحضور", "2021-06-27"),
      ("MET_WITH", HUSSEIN, SHOUKRY, "وعلى هامش القمة", "2021-06-27"),
      ("MET_WITH", SAFADI, HUSSEIN, "أيمن الصفدي مباحثات مع نظيره العراقي", "2021-06-27"),
      ("LEADS", SISI, EGYPT, "والرئيس المصري عبد الفتاح"),
      ("LEADS", ABDULLAH, JORDAN, "والعاهل الأردني الملك"),
      ("LEADS", SALIH, IRAQ, "رئيس الجمهورية برهم صالح العاهل"),
      ],
     {"source": SUMARIA, "published": "2021-06-27"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setPU")
