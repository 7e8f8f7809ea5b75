"""Blind set DK: Iraq's armed factions and the United States, 2019-2023 (wire-desk style).
Stories: CENTCOM's McKenzie in Baghdad meeting Kazemi, the defence minister and army chief, a drawdown,
Schenker's earlier talks, rocket attacks blamed on Kataib Hezbollah and denied (AP-style, Sept 2020);
Kadhimi's decree naming Araji national security adviser and Abdul-Ghani al-Asadi head of the National
Security Service, both in Fayyadh's place, with the May 2020 interior and army-staff changes
(Alsumaria-style Arabic, July 2020); Suleimani's October 2019 meeting with faction leaders, the
airport strike ordered by Trump, Abu Fadak named in al-Mohandis's place, the shrine units' refusal
(Reuters-style, 2020); Sudani received by Khamenei in Tehran, talks with Raisi and Ghalibaf, no
meeting with Qaani on the programme (Xinhua-style Arabic, Nov 2022); Qa'ani in Baghdad after the
drone attack on Kazimi's house, meeting Kazimi, Amiri and Khazali but not Sadr (Shafaq News-style,
Nov 2021); Kurilla in Erbil with Nechirvan and Masrour Barzani, a planned onward stop in Baghdad,
claimed drone attacks, his succession to McKenzie (Kurdistan24-style Arabic, 2023).
Style: en/ar alternating; "succeeding", "خلفاً لـ", "بدلاً من", "X's successor", a post "that Y also
held"; a killing with agent and orderer; attack not claimed with accusations rejected; "did not
meet"; "لم يتضمن البرنامج ... أي لقاء"; "قبل أن يتوجه ... للقاء" (planned); a participant in a meeting.
Spellings: Kazemi / Kazimi / الكاظمي, Suleimani, Mohandis, Khazaali, Qa'ani.
New to the tables: David Schenker, Yahya Al-e Eshagh (and his chamber of commerce), Isa Ozer.
Written and annotated blind (extractor neither read nor run). A TEST set: never tune the extractor on it (see tests/data/extract_test_README.md). Run from the repo root:
    python tests/data/extract_test_dk/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_dl import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAN, IRAQ, US = "country:iran", "country:iraq", "country:united-states"
BAGHDAD, TEHRAN, ERBIL = "location:baghdad", "location:tehran", "location:erbil"
QF, PMF = "organization:quds-force", "organization:popular-mobilization-forces"
KH, AAH, BADR = "organization:kataib-hezbollah", "organization:asaib-ahl-al-haq", "organization:badr-organization"
FATAH = "organization:fatah-alliance"
CENTCOM = "organization:us-central-command"
IQGOV, IQINT, IQDEF, IQFM = ("organization:iraqi-government", "organization:iraqi-interior-ministry",
                             "organization:iraqi-defense-ministry", "organization:iraqi-foreign-ministry")
KRP, KRG = "organization:kurdistan-region-presidency", "organization:kurdistan-regional-government"
Q, SOL, MUH, FADAK = ("person:esmail-qaani", "person:qasem-soleimani", "person:abu-mahdi-al-muhandis",
                      "person:abdul-aziz-al-muhammadawi")
MCK, KADH, INAD, YAR = ("person:kenneth-mckenzie", "person:mustafa-al-kadhimi", "person:juma-inad",
                        "person:abdul-amir-yarallah")
SCHENK, FUAD, AAM = "person:david-schenker", "person:fuad-hussein", "person:adil-abdul-mahdi"
ARAJI, FAY, AGASADI = "person:qassim-al-araji", "person:falih-al-fayyadh", "person:abdul-ghani-al-asadi"
GHANMI, YASIRI, BALD = "person:osman-al-ghanmi", "person:yassin-al-yasiri", "person:mohammed-al-baldawi"
AMIRI, KHAZ, TRUMP, MAYTHAM = ("person:hadi-al-amiri", "person:qais-al-khazali", "person:donald-trump",
                               "person:maytham-al-zaidi")
KHAM, SUD, RAISI, GHAL, ESHAGH = ("person:ali-khamenei", "person:mohammed-shia-al-sudani", "person:ebrahim-raisi",
                                  "person:mohammad-bagher-ghalibaf", "person:yahya-al-e-eshagh")
SADR, AMERLI = "person:muqtada-al-sadr", "person:mahdi-taqi-al-amerli"
NECH, MASR, KUR, SHORESH, OZER = ("person:nechirvan-barzani", "person:masrour-barzani", "person:michael-kurilla",
                                  "person:shoresh-ismail", "person:isa-ozer")
IRI = "organization:islamic-resistance-in-iraq"

ARTICLES = [
    ("enDK1_mckenzie_kazemi_drawdown", "en",
     "BAGHDAD (AP) - The top U.S. commander for the Middle East, Gen. Kenneth McKenzie, met Iraqi Prime "
     "Minister Mustafa al-Kazemi in Baghdad on Wednesday and announced that the United States would cut "
     "its troop presence in Iraq from about 5,200 to 3,000 this month.\n"
     "McKenzie, head of U.S. Central Command, also held talks with Defense Minister Juma Inad and the "
     "army chief of staff, Lt. Gen. Abdul-Amir Yarallah, according to a statement from the Iraqi "
     "military.\n"
     "\"This decision is a demonstration of our confidence in the Iraqi security forces,\" McKenzie told "
     "reporters at the U.S. Embassy.\n"
     "The visit came a week after Assistant Secretary of State David Schenker held talks in Baghdad with "
     "Foreign Minister Fuad Hussein as part of the strategic dialogue between the two countries. "
     "Schenker did not meet leaders of the Popular Mobilization Forces.\n"
     "Al-Kazemi took office in May, succeeding Adil Abdul-Mahdi, who resigned under pressure from months "
     "of street protests. His government has been embarrassed by a string of rocket attacks on the "
     "embassy that U.S. officials attributed to Kataib Hezbollah; the group denied involvement.",
     [("MET_WITH", MCK, KADH, "met Iraqi Prime Minister Mustafa", "2020-09-09"),
      ("LEADS", KADH, IQGOV, "met Iraqi Prime Minister Mustafa"),
      ("VISITED", MCK, BAGHDAD, "al-Kazemi in Baghdad on Wednesday", "2020-09-09"),
      ("LEADS", MCK, CENTCOM, "head of U.S. Central Command"),
      ("MET_WITH", MCK, INAD, "also held talks with Defense Minister", "2020-09-09"),
      ("LEADS", INAD, IQDEF, "Defense Minister Juma Inad"),
      ("MET_WITH", MCK, YAR, "the army chief of staff, Lt. Gen. Abdul-Amir", "2020-09-09"),
      ("MET_WITH", SCHENK, FUAD, "David Schenker held talks in Baghdad"),
      ("MEMBER_OF", SCHENK, "organization:us-state-department", "Assistant Secretary of State David"),
      ("VISITED", SCHENK, BAGHDAD, "David Schenker held talks in Baghdad"),
      ("LEADS", FUAD, IQFM, "Foreign Minister Fuad Hussein"),
      ("SUCCESSOR_OF", KADH, AAM, "succeeding Adil Abdul-Mahdi", "2020-05-07"),
      ],
     {"source": "blind set (AP-style)", "published": "2020-09-09"}),

    ("arDK2_kadhimi_araji_replaces_fayyadh", "ar",
     "السومرية نيوز/ بغداد - أصدر رئيس مجلس الوزراء مصطفى الكاظمي، اليوم السبت، أمراً ديوانياً بتعيين "
     "قاسم الأعرجي مستشاراً للأمن الوطني خلفاً لفالح الفياض، الذي يحتفظ برئاسة هيئة الحشد الشعبي.\n"
     "كما عيّن الكاظمي الفريق الركن المتقاعد عبد الغني الأسدي رئيساً لجهاز الأمن الوطني، وهو منصب كان "
     "يشغله الفياض أيضاً.\n"
     "ويأتي القرار بعد نحو أسبوع من مداهمة نفذتها قوة من جهاز مكافحة الإرهاب لمقر تابع لكتائب حزب الله في "
     "منطقة الدورة جنوبي بغداد، اعتُقل خلالها 14 عنصراً أُفرج عن معظمهم لاحقاً.\n"
     "وكان الكاظمي قد أجرى منذ تسلمه رئاسة الحكومة في أيار الماضي سلسلة تغييرات شملت تعيين عثمان الغانمي "
     "وزيراً للداخلية بدلاً من ياسين الياسري، وتكليف الفريق الركن عبد الأمير يار الله برئاسة أركان الجيش "
     "خلفاً للغانمي.\n"
     "ولم يصدر تعليق فوري من الفياض، فيما قال النائب عن تحالف الفتح محمد البلداوي للسومرية نيوز إن "
     "«القرار شأن حكومي ولا يستهدف الحشد».",
     [("LEADS", KADH, IQGOV, "رئيس مجلس الوزراء مصطفى الكاظمي"),
      ("SUCCESSOR_OF", ARAJI, FAY, "خلفاً لفالح الفياض", "2020-07-04"),
      ("LEADS", FAY, PMF, "الذي يحتفظ برئاسة هيئة الحشد الشعبي"),
      ("SUCCESSOR_OF", AGASADI, FAY, "عبد الغني الأسدي رئيساً لجهاز الأمن الوطني", "2020-07-04"),
      ("LEADS", AGASADI, "organization:iraqi-national-security-service",
       "عبد الغني الأسدي رئيساً لجهاز الأمن الوطني"),
      ("LOCATED_IN", "location:dora", BAGHDAD, "منطقة الدورة جنوبي بغداد"),
      ("SUCCESSOR_OF", GHANMI, YASIRI, "بدلاً من ياسين الياسري"),
      ("LEADS", GHANMI, IQINT, "تعيين عثمان الغانمي وزيراً للداخلية"),
      ("SUCCESSOR_OF", YAR, GHANMI, "برئاسة أركان الجيش خلفاً للغانمي"),
      ("MEMBER_OF", BALD, FATAH, "النائب عن تحالف الفتح محمد"),
      ("REPORTED_BY", BALD, "outlet:alsumaria", "البلداوي للسومرية نيوز"),
      ],
     {"source": "blind set (Alsumaria-style Arabic)", "published": "2020-07-04"}),

    ("enDK3_suleimani_october_meeting_abu_fadak", "en",
     "BAGHDAD (Reuters) - A day after protests erupted in Baghdad in October 2019, Iranian Major General "
     "Qassem Suleimani flew into the Iraqi capital and chaired a meeting of militia commanders and "
     "security officials, two people who attended told Reuters.\n"
     "At a house in the Green Zone he met Abu Mahdi al-Mohandis, deputy head of the Popular Mobilization "
     "Forces, Badr Organization chief Hadi al-Amiri and Asaib Ahl al-Haq leader Qais al-Khazaali, the "
     "sources said. \"We in Iran know how to deal with protests,\" one quoted him as saying.\n"
     "Three months later, Suleimani and al-Mohandis were killed in a U.S. drone strike outside Baghdad "
     "airport ordered by President Donald Trump.\n"
     "On Feb. 20, the PMF named Abdul-Aziz al-Muhammadawi, a Kataib Hezbollah veteran known as Abu "
     "Fadak, to replace al-Mohandis as its chief of staff. Four brigades loyal to the Shiite shrines of "
     "Najaf and Karbala rejected the choice; Maytham al-Zaidi, commander of the Abbas Combat Division, "
     "said his men would not take orders from him.\n"
     "Suleimani's successor at the Quds Force, Esmail Qaani, who speaks little Arabic, has yet to meet "
     "the factions in Baghdad as a group, a senior militia official said.",
     [("VISITED", SOL, BAGHDAD, "flew into the Iraqi capital", "2019-10-02"),
      ("MET_WITH", SOL, MUH, "he met Abu Mahdi al-Mohandis", "2019-10-02"),
      ("MEMBER_OF", MUH, PMF, "deputy head of the Popular Mobilization"),
      ("MET_WITH", SOL, AMIRI, "Badr Organization chief Hadi", "2019-10-02"),
      ("LEADS", AMIRI, BADR, "Badr Organization chief Hadi"),
      ("MET_WITH", SOL, KHAZ, "Asaib Ahl al-Haq leader Qais", "2019-10-02"),
      ("LEADS", KHAZ, AAH, "Asaib Ahl al-Haq leader Qais"),
      ("ASSASSINATED_BY", SOL, US, "were killed in a U.S. drone strike", "2020-01-03"),
      ("ASSASSINATED_BY", MUH, US, "were killed in a U.S. drone strike", "2020-01-03"),
      ("ASSASSINATED_BY", SOL, TRUMP, "ordered by President Donald Trump", "2020-01-03"),
      ("ASSASSINATED_BY", MUH, TRUMP, "ordered by President Donald Trump", "2020-01-03"),
      ("LEADS", TRUMP, US, "ordered by President Donald Trump"),
      ("SUCCESSOR_OF", FADAK, MUH, "to replace al-Mohandis as its chief of staff", "2020-02-20"),
      ("MEMBER_OF", FADAK, KH, "a Kataib Hezbollah veteran"),
      ("LEADS", MAYTHAM, "organization:abbas-combat-division", "commander of the Abbas Combat Division"),
      ("SUCCESSOR_OF", Q, SOL, "Suleimani's successor at the Quds Force"),
      ("LEADS", Q, QF, "Suleimani's successor at the Quds Force"),
      ],
     {"source": "blind set (Reuters-style)", "published": "2020-03-05"}),

    ("arDK4_sudani_tehran_khamenei", "ar",
     "طهران 29 نوفمبر 2022 (شينخوا) استقبل المرشد الأعلى الإيراني علي خامنئي، اليوم (الثلاثاء)، رئيس "
     "الوزراء العراقي محمد شياع السوداني، الذي يزور طهران في أول زيارة له منذ توليه منصبه الشهر الماضي "
     "خلفاً لمصطفى الكاظمي.\n"
     "وكان السوداني قد أجرى في وقت سابق من اليوم محادثات مع الرئيس الإيراني إبراهيم رئيسي في قصر سعد "
     "آباد، أعقبها مؤتمر صحفي مشترك أكد فيه رئيسي أن «أمن العراق من أمن إيران».\n"
     "ونقلت وكالة الجمهورية الإسلامية للأنباء (إرنا) عن خامنئي قوله إن «وجود حتى جندي أميركي واحد في "
     "العراق زائد عن الحاجة».\n"
     "كما التقى السوداني رئيس مجلس الشورى الإسلامي محمد باقر قاليباف، ورئيس الغرفة التجارية الإيرانية "
     "العراقية المشتركة يحيى آل إسحاق، فيما لم يتضمن البرنامج الرسمي أي لقاء مع قائد فيلق القدس إسماعيل "
     "قاآني.\n"
     "ويرافق السوداني وفد يضم وزير الخارجية فؤاد حسين ومستشار الأمن الوطني قاسم الأعرجي. وتتهم طهران "
     "أحزاباً كردية إيرانية معارضة تتخذ من إقليم كردستان مقراً لها بالضلوع في الاحتجاجات التي تشهدها "
     "إيران منذ سبتمبر.",
     [("MET_WITH", KHAM, SUD, "استقبل المرشد الأعلى الإيراني", "2022-11-29"),
      ("LEADS", KHAM, IRAN, "استقبل المرشد الأعلى الإيراني"),
      ("LEADS", SUD, IQGOV, "الوزراء العراقي محمد شياع"),
      ("VISITED", SUD, TEHRAN, "الذي يزور طهران في أول زيارة", "2022-11-29"),
      ("SUCCESSOR_OF", SUD, KADH, "خلفاً لمصطفى الكاظمي", "2022-10-27"),
      ("MET_WITH", SUD, RAISI, "محادثات مع الرئيس الإيراني", "2022-11-29"),
      ("LEADS", RAISI, IRAN, "محادثات مع الرئيس الإيراني"),
      ("REPORTED_BY", KHAM, "outlet:irna", "عن خامنئي قوله"),
      ("MET_WITH", SUD, GHAL, "كما التقى السوداني رئيس مجلس الشورى", "2022-11-29"),
      ("LEADS", GHAL, "organization:iranian-parliament", "رئيس مجلس الشورى الإسلامي محمد"),
      ("MET_WITH", SUD, ESHAGH, "ورئيس الغرفة التجارية", "2022-11-29"),
      ("LEADS", ESHAGH, "organization:iran-iraq-chamber-of-commerce", "ورئيس الغرفة التجارية"),
      ("LEADS", Q, QF, "قائد فيلق القدس إسماعيل"),
      ("VISITED", FUAD, TEHRAN, "ويرافق السوداني وفد يضم", "2022-11-29"),
      ("LEADS", FUAD, IQFM, "وزير الخارجية فؤاد حسين"),
      ("VISITED", ARAJI, TEHRAN, "ويرافق السوداني وفد يضم", "2022-11-29"),
      ],
     {"source": "blind set (Xinhua-style Arabic)", "published": "2022-11-29"}),

    ("enDK5_qaani_after_kazimi_drone_attack", "en",
     "Shafaq News/ The commander of Iran's Quds Force, Esmaeil Qa'ani, arrived in Baghdad on Monday, a day "
     "after a drone attack on the residence of Prime Minister Mustafa al-Kazimi in the Green Zone, a "
     "political source told Shafaq News Agency.\n"
     "Qa'ani met al-Kazimi at the prime minister's office and conveyed Tehran's condemnation of the "
     "attack, the source said. He then held a meeting with Fatah Alliance leader Hadi al-Amiri and Asaib "
     "Ahl al-Haq's secretary-general Qais al-Khazali, whose parties lost most of their seats in the Oct. "
     "10 election.\n"
     "Three explosive-laden drones were launched at al-Kazimi's house early on Sunday; he escaped "
     "unharmed, but seven of his guards were wounded. No group claimed responsibility. Some politicians "
     "accused Kataib Hezbollah and Asaib of being behind it, accusations both groups rejected.\n"
     "Qa'ani did not meet Sadrist leader Muqtada al-Sadr, whose bloc won 73 seats, according to the "
     "source. Al-Sadr called for the perpetrators to be brought to justice.\n"
     "Fatah lawmaker Mahdi Taqi al-Amerli told Shafaq News the Iranian general's visit \"aims to calm the "
     "situation, not to interfere.\"",
     [("LEADS", Q, QF, "The commander of Iran's Quds Force"),
      ("VISITED", Q, BAGHDAD, "arrived in Baghdad on Monday", "2021-11-08"),
      ("LEADS", KADH, IQGOV, "residence of Prime Minister Mustafa"),
      ("MET_WITH", Q, KADH, "Qa'ani met al-Kazimi", "2021-11-08"),
      ("MET_WITH", Q, AMIRI, "held a meeting with Fatah Alliance leader", "2021-11-08"),
      ("LEADS", AMIRI, FATAH, "Fatah Alliance leader Hadi"),
      ("MET_WITH", Q, KHAZ, "secretary-general Qais al-Khazali", "2021-11-08"),
      ("LEADS", KHAZ, AAH, "secretary-general Qais al-Khazali"),
      ("LEADS", SADR, "organization:sadrist-movement", "Sadrist leader Muqtada"),
      ("MEMBER_OF", AMERLI, FATAH, "Fatah lawmaker Mahdi"),
      ("REPORTED_BY", AMERLI, "outlet:shafaq-news", "al-Amerli told Shafaq News"),
      ],
     {"source": "blind set (Shafaq News-style)", "published": "2021-11-08"}),

    ("arDK6_kurilla_erbil_barzanis", "ar",
     "أربيل (كوردستان 24)- استقبل رئيس إقليم كوردستان نيجيرفان بارزاني، يوم الخميس، قائد القيادة "
     "المركزية الأميركية الجنرال مايكل إريك كوريلا، الذي وصل إلى أربيل في زيارة لم يُعلن عنها مسبقاً.\n"
     "وبحث الجانبان، بحسب بيان لرئاسة الإقليم، الهجمات بالطائرات المسيّرة التي استهدفت قاعدة حرير ومطار "
     "أربيل الدولي خلال الأسابيع الماضية، والتي تبنتها «المقاومة الإسلامية في العراق».\n"
     "وفي وقت لاحق، اجتمع كوريلا مع رئيس حكومة الإقليم مسرور بارزاني ووزير شؤون البيشمركة شورش إسماعيل، "
     "قبل أن يتوجه إلى بغداد للقاء رئيس الوزراء محمد شياع السوداني.\n"
     "وشارك في الاجتماع رئيس أركان قوات البيشمركة الفريق عيسى عزير، الذي أكد أن «توحيد ألوية البيشمركة "
     "يسير وفق الجدول المتفق عليه مع التحالف الدولي».\n"
     "ويقود كوريلا القيادة المركزية منذ نيسان 2022، إذ تسلم مهامه خلفاً للجنرال كينيث ماكنزي.",
     [("MET_WITH", NECH, KUR, "استقبل رئيس إقليم كوردستان"),
      ("LEADS", NECH, KRP, "استقبل رئيس إقليم كوردستان"),
      ("LEADS", KUR, CENTCOM, "قائد القيادة المركزية الأميركية"),
      ("VISITED", KUR, ERBIL, "الذي وصل إلى أربيل"),
      ("ATTACKED", IRI, "location:harir-base", "والتي تبنتها"),
      ("ATTACKED", IRI, "location:erbil-airport", "والتي تبنتها"),
      ("MET_WITH", KUR, MASR, "اجتمع كوريلا مع رئيس حكومة الإقليم"),
      ("LEADS", MASR, KRG, "اجتمع كوريلا مع رئيس حكومة الإقليم"),
      ("MET_WITH", KUR, SHORESH, "ووزير شؤون البيشمركة شورش"),
      ("LEADS", SHORESH, "organization:peshmerga-ministry", "ووزير شؤون البيشمركة شورش"),
      ("LEADS", SUD, IQGOV, "رئيس الوزراء محمد شياع السوداني"),
      ("MET_WITH", OZER, KUR, "وشارك في الاجتماع رئيس أركان"),
      ("MEMBER_OF", OZER, "organization:peshmerga", "رئيس أركان قوات البيشمركة"),
      ("SUCCESSOR_OF", KUR, MCK, "خلفاً للجنرال كينيث ماكنزي", "2022-04-01"),
      ],
     {"source": "blind set (Kurdistan24-style Arabic)", "published": "2023-11-16"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setDK")
