"""Blind set PI: Iran and Iraq 2020-2022 (first folder of PI-PJ): the US strike at Baghdad airport that
killed Qasem Soleimani and Abu Mahdi al-Muhandis and Khamenei's appointment of Esmail Qaani (January 2020),
Zarif's visit to Baghdad under the new prime minister Mustafa al-Kadhimi (July 2020), Qaani's first known
visit to Baghdad during the Zurfi designation (March-April 2020), Qaani in Baghdad after the drone attack on
al-Kadhimi's residence (November 2021), Qaani in Erbil during the government-formation deadlock (2022), and
Kataib Hezbollah's nomination of Abu Fadak al-Mohammadawi as the PMF's chief of staff (February 2020), as
Iran's state agency writes it in English (IRNA-like: "TEHRAN, Jan. 3 (IRNA) -", "Leader of the Islamic
Revolution"), Iraq's state agency in Arabic (INA-like: "بغداد - واع", "تلقته وكالة الأنباء العراقية"), a
Gulf daily in Arabic (Asharq Al-Awsat-like: "بغداد: «الشرق الأوسط»", "وعلمت «الشرق الأوسط»"), a wire in
English (Reuters-like: "BAGHDAD, Nov 8 (Reuters) -", "two Iraqi officials said"), a Kurdish news site in
English (Rudaw-like: "ERBIL, Kurdistan Region -", "told Rudaw English") and a militia channel in Arabic
(Sabereen-like: "عاجل |", "#صابرين_نيوز", "الشهيد القائد").
Pieces: Khamenei names Ghaani to replace Soleimani, whom a US strike "at the direction of the President"
killed with al-Muhandis (English, PI1); al-Kadhimi receives Zarif with Fuad Hussein present, Zarif meets
Hussein and then Barham Salih, al-Araji succeeds al-Fayyadh as national security adviser (Arabic, PI2);
Qaani meets al-Amiri and al-Khazali together, then al-Maliki; al-Zurfi designated to succeed Allawi
(Arabic, PI3); Qaani meets al-Kadhimi, then al-Amiri, after the drone attack; al-Kadhimi took over from
Abdul-Mahdi (English, PI4); Qaani meets Masoud Barzani with Mirani and Rashnoudi present, then Nechirvan
Barzani (English, PI5); Abu Fadak named to succeed al-Muhandis, killed with Soleimani by a US raid;
al-Fayyadh receives Abu Fadak with al-Amiri present (Arabic, PI6).
Excluded on purpose (no relation): Rouhani's phone call with Abdul-Mahdi, Zarif's accusation (PI1); the
planned visit of al-Kadhimi to Tehran and his postponed visit to Riyadh (PI2); al-Sadr, who "refused to
receive" Qaani, and Barham Salih's office's denial of any meeting (PI3); the drone attack with no claimed
agent, Blinken's phone call to al-Kadhimi, the meeting with al-Sadr that "was not expected" (PI4); the
planned meeting with Masrour Barzani that did not take place, the IRGC missile strike with no named victim
(PI5); the denied meeting of al-Fayyadh and Masjedi, the shrine units' objection (PI6).
Judgement calls: "replacing Lieutenant General Qassem Soleimani" is a succession (PI1); "killed ... by
killing Soleimani 'at the direction of the President'" gives Soleimani -> the United States and -> Trump
(PI1); "were killed ... in a US drone strike" gives al-Muhandis -> the United States (PI1); "بحضور" a
minister: paired with both principals (PI2, PI6); "التقى A وB في منزل الأول" is one meeting of the three
(PI3); "تكليف الزرفي ... خلفاً لعلاوي" is a succession of designates (PI3); "took office ... succeeding"
is a succession (PI4); the two attendees of one meeting ("attended by A and B") are paired with each other
too, as most dev gold does (PI5); "ترشيح ... خلفاً للشهيد" confirmed by the chairman is a succession (PI6);
"ارتقى مع ... بغارة أمريكية" gives both dead -> the United States (PI6); a deputy or chief of staff is
MEMBER_OF his body, a head LEADS it; a minister LEADS his ministry where it has an id.
Filled in for the exercise: Rouhani's call and its wording (PI1); the order of Zarif's meetings and the
Riyadh postponement's day (PI2); the house in Jadriya, the hour of the meetings, al-Sadr's refusal and the
presidency's denial (PI3); the office meeting, the Amiri talks, the wording of the officials (PI4); the date
and every detail of the Erbil visit, the attendees, Masrour Barzani's absence (PI5); the Fayyadh reception,
al-Amiri's presence, the denied Masjedi meeting (PI6).
Spellings: "Esmail Ghaani", "Qassem Soleimani", "Abu Mahdi al-Mohandes" (PI1); "مصطفى الكاظمي", "محمد جواد
ظريف" (PI2); "إسماعيل قاآني" then "قآني" (PI3); "Esmail Qaani", "Mustafa al-Kadhimi", "Adil Abdul-Mahdi"
(PI4); "Ismail Qaani", "Qa'ani" (PI5); "أبو فدك المحمداوي", "أبو مهدي المهندس" (PI6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_pj import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAQ, IRAN, US, SAUDI = "country:iraq", "country:iran", "country:united-states", "country:saudi-arabia"
BAGHDAD, ERBIL = "location:baghdad", "location:erbil"
QUDS, IRGC, PMF, KH, BADR, AAH, FATAH, SOL, SADRIST, KDP = (
    "organization:quds-force", "organization:irgc", "organization:popular-mobilization-forces",
    "organization:kataib-hezbollah", "organization:badr-organization", "organization:asaib-ahl-al-haq",
    "organization:fatah-alliance", "organization:state-of-law-coalition", "organization:sadrist-movement",
    "organization:kurdistan-democratic-party")
IQFM, IRFM, NSA, KRP = ("organization:iraqi-foreign-ministry", "organization:iranian-foreign-ministry",
                        "organization:iraqi-national-security-adviser", "organization:kurdistan-region-presidency")
QAANI, SOLEIMANI, KHAMENEI, ROUHANI, ZARIF, MASJEDI, RASHNOUDI = (
    "person:esmail-qaani", "person:qasem-soleimani", "person:ali-khamenei", "person:hassan-rouhani",
    "person:mohammad-javad-zarif", "person:iraj-masjedi", "person:nasrollah-rashnoudi")
KADHIMI, ABDULMAHDI, SALIH, HUSSEIN, ARAJI, FAYYADH, MUHANDIS, FADAK = (
    "person:mustafa-al-kadhimi", "person:adil-abdul-mahdi", "person:barham-salih", "person:fuad-hussein",
    "person:qassim-al-araji", "person:falih-al-fayyadh", "person:abu-mahdi-al-muhandis",
    "person:abu-fadak-al-mohammadawi")
AMIRI, KHAZALI, MALIKI, SADR, ZURFI, ALLAWI, MOHIE = (
    "person:hadi-al-amiri", "person:qais-al-khazali", "person:nouri-al-maliki", "person:muqtada-al-sadr",
    "person:adnan-al-zurfi", "person:mohammed-tawfiq-allawi", "person:mohammed-mohie")
MBARZANI, NBARZANI, MASROUR, MIRANI = ("person:masoud-barzani", "person:nechirvan-barzani",
                                       "person:masrour-barzani", "person:fazil-mirani")
TRUMP, BLINKEN, SALMAN = "person:donald-trump", "person:antony-blinken", "person:salman-bin-abdulaziz"

IRNA = "blind set (Iranian state news agency, English service, IRNA-like)"
INA = "blind set (Iraqi state news agency, Arabic, INA-like)"
ASHARQ = "blind set (pan-Arab Gulf daily, Arabic, Asharq Al-Awsat-like)"
REUTERS = "blind set (international news wire, English, Reuters-like)"
RUDAW = "blind set (Kurdish news site, English, Rudaw-like)"
SABEREEN = "blind set (Iraqi militia Telegram channel, Arabic, Sabereen News-like)"

ARTICLES = [
    ("enPI1_ghaani_replaces_soleimani_irna", "en",
     "Leader appoints Brigadier General Ghaani as new Quds Force commander\n"
     "TEHRAN, Jan. 3 (IRNA) - Leader of the Islamic Revolution Ayatollah Seyyed Ali Khamenei on Friday appointed "
     "Brigadier General Esmail Ghaani as commander of the Quds Force of the Islamic Revolution Guards Corps "
     "(IRGC), replacing Lieutenant General Qassem Soleimani, who was martyred in a US terrorist attack near "
     "Baghdad International Airport in the early hours of the day.\n"
     "In his decree, the Leader said the programme of the force \"will be unchanged from the time of his "
     "predecessor\" and called on its members to cooperate with the new commander.\n"
     "General Soleimani and Abu Mahdi al-Mohandes, the deputy head of Iraq's Popular Mobilisation Units, were "
     "killed along with eight companions in a US drone strike on their convoy after Soleimani landed from "
     "Damascus.\n"
     "The Pentagon said in a statement that the US military had taken \"decisive defensive action\" by killing "
     "Soleimani \"at the direction of the President\", Donald Trump.\n"
     "President Hassan Rouhani, in a telephone conversation with Iraqi caretaker Prime Minister Adel Abdul-Mahdi, "
     "said the crime would \"not go unanswered\".\n"
     "Foreign Minister Mohammad Javad Zarif said the US bore responsibility for all consequences of its \"rogue "
     "adventurism\".\n"
     "Ghaani, 62, had served as Soleimani's deputy for more than two decades.",
     [("LEADS", KHAMENEI, IRAN, "Leader of the Islamic Revolution Ayatollah"),
      ("SUCCESSOR_OF", QAANI, SOLEIMANI, "replacing Lieutenant General Qassem Soleimani", "2020-01-03"),
      ("LEADS", QAANI, QUDS, "as commander of the Quds Force"),
      ("ASSASSINATED_BY", MUHANDIS, US, "in a US drone strike on their convoy", "2020-01-03"),
      ("ASSASSINATED_BY", SOLEIMANI, US, "the US military had taken", "2020-01-03"),
      ("ASSASSINATED_BY", SOLEIMANI, TRUMP, "\"at the direction of the President\", Donald Trump", "2020-01-03"),
      ("MEMBER_OF", MUHANDIS, PMF, "the deputy head of Iraq's Popular Mobilisation Units"),
      ("LEADS", TRUMP, US, "the President\", Donald Trump"),
      ("LEADS", ROUHANI, IRAN, "President Hassan Rouhani, in a telephone"),
      ("LEADS", ABDULMAHDI, IRAQ, "Iraqi caretaker Prime Minister Adel Abdul-Mahdi"),
      ("LEADS", ZARIF, IRFM, "Foreign Minister Mohammad Javad Zarif said"),
      ],
     {"source": IRNA, "published": "2020-01-03"}),

    ("arPI2_kadhimi_receives_zarif_ina", "ar",
     "الكاظمي يستقبل ظريف: العراق لن يكون منطلقاً للاعتداء على جيرانه\n"
     "بغداد - واع\n"
     "استقبل رئيس مجلس الوزراء القائد العام للقوات المسلحة مصطفى الكاظمي، اليوم الأحد، وزير الخارجية "
     "الإيراني محمد جواد ظريف والوفد المرافق له، بحضور وزير الخارجية فؤاد حسين.\n"
     "وذكر بيان للمكتب الإعلامي لرئيس الوزراء، تلقته وكالة الأنباء العراقية (واع)، أن \"اللقاء شهد بحث "
     "العلاقات الثنائية بين البلدين الجارين وسبل تعزيزها\"، مؤكداً أن \"العراق لن يسمح بأن تكون أراضيه "
     "منطلقاً للاعتداء على أي من دول الجوار\".\n"
     "من جهته، نقل ظريف تحيات الرئيس الإيراني حسن روحاني، مجدداً دعوة الكاظمي لزيارة طهران.\n"
     "وكان ظريف قد التقى في وقت سابق نظيره العراقي في مقر وزارة الخارجية، قبل أن يعقدا مؤتمراً صحفياً "
     "مشتركاً، ثم توجه إلى قصر السلام حيث استقبله رئيس الجمهورية برهم صالح.\n"
     "ومن المقرر أن يزور الكاظمي العاصمة الإيرانية الثلاثاء المقبل، بعد إرجاء زيارته إلى الرياض إثر دخول خادم "
     "الحرمين الشريفين الملك سلمان بن عبد العزيز المستشفى.\n"
     "وتأتي زيارة ظريف بعد أسبوعين من تعيين قاسم الأعرجي مستشاراً للأمن القومي خلفاً لفالح الفياض، الذي "
     "احتفظ برئاسة هيئة الحشد الشعبي.",
     [("MET_WITH", KADHIMI, ZARIF, "وزير الخارجية الإيراني محمد جواد ظريف والوفد", "2020-07-19"),
      ("MET_WITH", HUSSEIN, KADHIMI, "بحضور وزير الخارجية فؤاد حسين", "2020-07-19"),
      ("MET_WITH", ZARIF, HUSSEIN, "قد التقى في وقت سابق نظيره العراقي", "2020-07-19"),
      ("MET_WITH", ZARIF, SALIH, "حيث استقبله رئيس الجمهورية برهم صالح", "2020-07-19"),
      ("LEADS", KADHIMI, IRAQ, "استقبل رئيس مجلس الوزراء القائد العام"),
      ("LEADS", ZARIF, IRFM, "الإيراني محمد جواد ظريف"),
      ("LEADS", HUSSEIN, IQFM, "وزير الخارجية فؤاد حسين"),
      ("LEADS", ROUHANI, IRAN, "الرئيس الإيراني حسن روحاني"),
      ("LEADS", SALIH, IRAQ, "رئيس الجمهورية برهم صالح"),
      ("LEADS", SALMAN, SAUDI, "الملك سلمان بن عبد العزيز"),
      ("SUCCESSOR_OF", ARAJI, FAYYADH, "خلفاً لفالح الفياض", "2020-07-04"),
      ("LEADS", ARAJI, NSA, "تعيين قاسم الأعرجي مستشاراً للأمن القومي"),
      ("LEADS", FAYYADH, PMF, "احتفظ برئاسة هيئة الحشد الشعبي"),
      ],
     {"source": INA, "published": "2020-07-19"}),

    ("arPI3_qaani_baghdad_zurfi_asharq", "ar",
     "قآني في بغداد لتوحيد «البيت الشيعي» ضد حكومة الزرفي\n"
     "بغداد: «الشرق الأوسط»\n"
     "وصل قائد «فيلق القدس» في «الحرس الثوري» الإيراني الجنرال إسماعيل قاآني إلى بغداد مساء الاثنين، في "
     "أول زيارة معلنة له منذ تعيينه خلفاً لقاسم سليماني، في مسعى لتوحيد موقف القوى الشيعية الرافضة لتكليف "
     "عدنان الزرفي تشكيل الحكومة.\n"
     "وعلمت «الشرق الأوسط» من مصادر سياسية مطلعة أن قآني التقى، فور وصوله، زعيم تحالف «الفتح» هادي "
     "العامري والأمين العام لـ«عصائب أهل الحق» قيس الخزعلي في منزل الأول بمنطقة الجادرية، فيما اجتمع صباح "
     "الثلاثاء برئيس ائتلاف «دولة القانون» نوري المالكي.\n"
     "وأضافت المصادر أن الجنرال الإيراني حمل رسالة مفادها أن طهران \"لا تحبذ\" حكومة يرأسها الزرفي، غير أن "
     "زعيم «التيار الصدري» مقتدى الصدر رفض استقباله.\n"
     "في المقابل، نفى مكتب رئيس الجمهورية برهم صالح أن يكون الرئيس قد التقى المسؤول الإيراني، مؤكداً أن "
     "\"لا لقاء جرى ولا طلب قُدّم\".\n"
     "وكان صالح قد كلّف الزرفي، محافظ النجف الأسبق، في 17 مارس (آذار) الماضي، خلفاً لمحمد توفيق علاوي الذي "
     "اعتذر عن المهمة بعد إخفاقه في نيل ثقة البرلمان.\n"
     "ودخل قاآني البلاد، بحسب المصادر، وسط إجراءات وقائية مشددة بسبب تفشي فيروس «كورونا».",
     met_group({QAANI: "قآني التقى، فور وصوله", AMIRI: "زعيم تحالف «الفتح» هادي",
                KHAZALI: "لـ«عصائب أهل الحق» قيس الخزعلي في منزل الأول"}, "2020-03-30") + [
      ("MET_WITH", QAANI, MALIKI, "فيما اجتمع صباح الثلاثاء برئيس", "2020-03-31"),
      ("VISITED", QAANI, BAGHDAD, "الجنرال إسماعيل قاآني إلى بغداد", "2020-03-30"),
      ("LEADS", QAANI, QUDS, "وصل قائد «فيلق القدس»"),
      ("SUCCESSOR_OF", QAANI, SOLEIMANI, "منذ تعيينه خلفاً لقاسم سليماني", "2020-01-03"),
      ("LEADS", AMIRI, FATAH, "زعيم تحالف «الفتح»"),
      ("LEADS", KHAZALI, AAH, "والأمين العام لـ«عصائب أهل الحق»"),
      ("LEADS", MALIKI, SOL, "ائتلاف «دولة القانون» نوري المالكي"),
      ("LEADS", SADR, SADRIST, "زعيم «التيار الصدري» مقتدى الصدر"),
      ("LEADS", SALIH, IRAQ, "مكتب رئيس الجمهورية برهم صالح"),
      ("SUCCESSOR_OF", ZURFI, ALLAWI, "خلفاً لمحمد توفيق علاوي", "2020-03-17"),
      ],
     {"source": ASHARQ, "published": "2020-04-01"}),

    ("enPI4_qaani_baghdad_after_drone_attack_reuters", "en",
     "Iran's Quds Force chief visits Baghdad after drone attack on Iraqi PM's home\n"
     "BAGHDAD, Nov 8 (Reuters) - The commander of Iran's Quds Force, Esmail Qaani, arrived in Baghdad on Monday, "
     "a day after an explosives-laden drone attack on the residence of Iraqi Prime Minister Mustafa al-Kadhimi, "
     "two Iraqi officials and a source close to the Iran-aligned militias said.\n"
     "Qaani met Kadhimi at his office in the heavily fortified Green Zone and later held talks with Hadi "
     "al-Amiri, head of the Badr Organisation and one of the leaders of the Coordination Framework, an alliance "
     "of Shi'ite parties that lost seats in last month's election, the officials said.\n"
     "The Iranian general told the Iraqi leaders that Tehran \"did not approve\" of Sunday's attack and wanted "
     "the dispute over the election results settled through legal channels, one of the officials said.\n"
     "Kadhimi escaped unhurt, but seven members of his protection force were wounded. No group has claimed "
     "responsibility, and Iraqi security officials have privately blamed Iran-backed militias.\n"
     "U.S. Secretary of State Antony Blinken spoke by phone with Kadhimi on Sunday and condemned the \"terrorist "
     "attack\".\n"
     "A meeting between Qaani and the Shi'ite cleric Moqtada al-Sadr, whose movement won the most seats, was not "
     "expected, a Sadrist official said.\n"
     "Kadhimi, a former intelligence chief, took office in May 2020, succeeding Adil Abdul-Mahdi, who resigned "
     "under pressure from mass protests.",
     [("MET_WITH", QAANI, KADHIMI, "Qaani met Kadhimi at his office", "2021-11-08"),
      ("MET_WITH", QAANI, AMIRI, "later held talks with Hadi", "2021-11-08"),
      ("VISITED", QAANI, BAGHDAD, "Esmail Qaani, arrived in Baghdad on Monday", "2021-11-08"),
      ("LEADS", QAANI, QUDS, "The commander of Iran's Quds Force"),
      ("LEADS", KADHIMI, IRAQ, "Iraqi Prime Minister Mustafa al-Kadhimi"),
      ("LEADS", AMIRI, BADR, "head of the Badr Organisation"),
      ("SUCCESSOR_OF", KADHIMI, ABDULMAHDI, "succeeding Adil Abdul-Mahdi", "2020-05-07"),
      ],
     {"source": REUTERS, "published": "2021-11-08"}),

    ("enPI5_qaani_erbil_barzani_rudaw", "en",
     "Quds Force chief Qaani meets Barzani in Erbil amid government deadlock\n"
     "ERBIL, Kurdistan Region - The commander of the Quds Force of Iran's Islamic Revolutionary Guard Corps "
     "(IRGC), Ismail Qaani, met with Kurdistan Democratic Party (KDP) leader Masoud Barzani in Erbil on Sunday "
     "evening, a senior KDP official told Rudaw English.\n"
     "The meeting was attended by Fazil Mirani, secretary of the KDP politburo, and Iran's consul general in "
     "Erbil, Nasrollah Rashnoudi, the official added.\n"
     "Qa'ani, who flew in from Baghdad, urged the KDP to include the Coordination Framework in the next cabinet "
     "rather than join a majority government with the Sadrists, according to the official.\n"
     "The Iranian general later met Kurdistan Region President Nechirvan Barzani at the presidency, a statement "
     "from the presidency said, without giving details.\n"
     "A planned meeting with Prime Minister Masrour Barzani did not take place, as he was abroad.\n"
     "The visit came weeks before IRGC ballistic missiles struck a residence in the Kurdistan Region capital "
     "which Tehran said housed an Israeli \"strategic centre\".",
     [("MET_WITH", QAANI, MBARZANI, "met with Kurdistan Democratic Party (KDP) leader", "2022-02-13"),
      ("MET_WITH", MIRANI, QAANI, "The meeting was attended by Fazil Mirani", "2022-02-13"),
      ("MET_WITH", MIRANI, MBARZANI, "secretary of the KDP politburo", "2022-02-13"),
      ("MET_WITH", RASHNOUDI, QAANI, "Nasrollah Rashnoudi, the official added", "2022-02-13"),
      ("MET_WITH", RASHNOUDI, MBARZANI, "Iran's consul general in", "2022-02-13"),
      ("MET_WITH", MIRANI, RASHNOUDI, "politburo, and Iran's consul", "2022-02-13"),
      ("MET_WITH", QAANI, NBARZANI, "The Iranian general later met", "2022-02-13"),
      ("VISITED", QAANI, ERBIL, "Masoud Barzani in Erbil on Sunday"),
      ("LEADS", QAANI, QUDS, "The commander of the Quds Force of Iran's"),
      ("LEADS", MBARZANI, KDP, "(KDP) leader Masoud Barzani"),
      ("MEMBER_OF", MIRANI, KDP, "Fazil Mirani, secretary of the KDP"),
      ("LEADS", NBARZANI, KRP, "Kurdistan Region President Nechirvan Barzani"),
      ],
     {"source": RUDAW, "published": "2022-02-14"}),

    ("arPI6_abu_fadak_chief_of_staff_sabereen", "ar",
     "عاجل | تسمية الحاج أبو فدك المحمداوي رئيساً لأركان الحشد الشعبي خلفاً للشهيد القائد المهندس\n"
     "#صابرين_نيوز\n"
     "أعلنت كتائب حزب الله، اليوم الخميس، ترشيح المجاهد الحاج عبد العزيز المحمداوي \"أبو فدك\" لمنصب رئيس "
     "أركان هيئة الحشد الشعبي، خلفاً للشهيد القائد أبو مهدي المهندس، الذي ارتقى مع الحاج قاسم سليماني "
     "بغارة أمريكية غادرة قرب مطار بغداد الدولي مطلع العام.\n"
     "وقال المتحدث باسم الكتائب محمد محيي، في بيان، إن \"الحاج أبو فدك من المؤسسين الأوائل للمقاومة، ورفيق "
     "درب الشهيد المهندس\".\n"
     "وصادق رئيس الهيئة فالح الفياض على التسمية، واستقبل مساء اليوم الحاج المحمداوي في مقر الهيئة ببغداد، "
     "مهنئاً إياه بالمنصب الجديد، بحضور الأمين العام لمنظمة بدر هادي العامري.\n"
     "في المقابل، أعلنت ألوية العتبات المقدسة رفضها للتسمية، مطالبة بفك ارتباطها بالهيئة.\n"
     "ونفى مصدر في الهيئة ما تناقلته وسائل إعلام خليجية عن لقاء جمع الفياض بالسفير الإيراني إيرج مسجدي "
     "لبحث الأمر، واصفاً ذلك بأنه \"أكاذيب\".\n"
     "#الحشد_الشعبي #كتائب_حزب_الله",
     [("SUCCESSOR_OF", FADAK, MUHANDIS, "خلفاً للشهيد القائد أبو مهدي", "2020-02-20"),
      ("ASSASSINATED_BY", MUHANDIS, US, "بغارة أمريكية غادرة قرب", "2020-01-03"),
      ("ASSASSINATED_BY", SOLEIMANI, US, "الذي ارتقى مع الحاج قاسم", "2020-01-03"),
      ("MEMBER_OF", MOHIE, KH, "المتحدث باسم الكتائب محمد محيي"),
      ("LEADS", FAYYADH, PMF, "وصادق رئيس الهيئة فالح الفياض"),
      ("MET_WITH", FAYYADH, FADAK, "واستقبل مساء اليوم الحاج المحمداوي", "2020-02-20"),
      ("MET_WITH", AMIRI, FAYYADH, "بحضور الأمين العام لمنظمة بدر", "2020-02-20"),
      ("MET_WITH", AMIRI, FADAK, "لمنظمة بدر هادي العامري", "2020-02-20"),
      ("LEADS", AMIRI, BADR, "الأمين العام لمنظمة بدر هادي"),
      ],
     {"source": SABEREEN, "published": "2020-02-20"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setPI")
