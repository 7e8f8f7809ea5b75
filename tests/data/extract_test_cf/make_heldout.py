"""Blind set CF: the Quds Force after Soleimani and Iraq's prime ministers: Esmail Ghaani's first
Baghdad trip during the Zurfi/Kadhimi nomination stand-off (AP-style, March 2020), Zarif received
by al-Kadhimi (Shafaq-style, July 2020), the U.S. strike in Mashtal that killed Kataib Hezbollah's
Abu Baqer al-Saedi and Abu Fadak at the funeral (Reuters-style, Feb 2024), Larijani in Beirut
after Naim Qassem's election (Al Mayadeen-style, Nov 2024), Larijani as new SNSC secretary signs a
security memorandum in Baghdad (Reuters-style, Aug 2025), the Houthi negotiator Abdulsalam in
Tehran after al-Ghamari's death and al-Madani's appointment (IRNA-style, Oct 2025).
Style: alternating en/ar; titles before names; "was received by"; lists of people met;
negation ("did not meet", unconfirmed planned meeting); phone calls and planned visits
(not meetings); acting holders after deaths; candidates ("front-runner") not successors.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it (see tests/data/extract_test_README.md). Run from the repo root:
    python tests/data/extract_test_cf/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_ch import ALL  # noqa: E402

HERE = Path(__file__).parent

Q, S, K = "person:esmail-qaani", "person:qasem-soleimani", "person:mustafa-al-kadhimi"
M, US, QF = "person:abu-mahdi-al-muhandis", "country:united-states", "organization:quds-force"
PMF, KH = "organization:popular-mobilization-forces", "organization:kataib-hezbollah"
AMI, FAY = "person:hadi-al-amiri", "person:falih-al-fayyadh"
SUD, LAR = "person:mohammed-shia-al-sudani", "person:ali-larijani"
ISR, IRFM = "country:israel", "organization:iranian-foreign-ministry"
SNSC = "organization:supreme-national-security-council"

ARTICLES = [
    ("enCF1_ghaani_baghdad_2020", "en",
     "BAGHDAD (AP) \u2014 The new commander of Iran's Quds Force, Esmail Ghaani, flew into Baghdad "
     "late on Monday on his first known visit since taking the post, seeking to close ranks among "
     "Iraq's feuding Shiite factions over the choice of a new prime minister, two Iraqi officials "
     "said.\n"
     "Ghaani met Fatah Alliance leader Hadi al-Ameri and Popular Mobilization Forces chairman Faleh "
     "al-Fayyad at a villa inside the Green Zone, according to one of the officials, who spoke on "
     "condition of anonymity. He did not meet the populist cleric Moqtada al-Sadr, whose office "
     "said a request to see the Iranian general in Najaf had been turned down.\n"
     "The trip came two weeks after President Barham Salih designated Adnan al-Zurfi, a former "
     "governor of Najaf, to form a government, a choice pro-Iran blocs have rejected. Intelligence "
     "chief Mustafa al-Kazemi has emerged as a compromise candidate.\n"
     "Ghaani was named to the Quds Force in January, replacing Qassem Suleimani, who was killed in "
     "a U.S. drone strike outside Baghdad airport together with PMF deputy chairman Abu Mahdi "
     "al-Muhandis. Unlike his predecessor, he speaks little Arabic and is said to rely on "
     "interpreters.\n"
     "Hassan Kazemi Qomi, a former Iranian ambassador to Iraq, told The Associated Press that "
     "Tehran \"respects whatever Iraqis decide.\"",
     [("LEADS", Q, QF, "commander of Iran's Quds Force, Esmail"),
      ("VISITED", Q, "location:baghdad", "flew into Baghdad", "2020-03-30"),
      ("MET_WITH", Q, AMI, "Ghaani met Fatah Alliance", "2020-03-30"),
      ("MET_WITH", Q, FAY, "Ghaani met Fatah Alliance", "2020-03-30"),
      ("LEADS", AMI, "organization:fatah-alliance", "Fatah Alliance leader"),
      ("LEADS", FAY, PMF, "Popular Mobilization Forces chairman"),
      ("LEADS", "person:barham-salih", "country:iraq", "President Barham Salih designated"),
      ("LEADS", K, "organization:iraqi-national-intelligence-service", "Intelligence chief"),
      ("SUCCESSOR_OF", Q, S, "replacing Qassem Suleimani", "2020-01"),
      ("LEADS", S, QF, "replacing Qassem Suleimani"),
      ("ASSASSINATED_BY", S, US, "killed in a U.S. drone strike", "2020-01-03"),
      ("ASSASSINATED_BY", M, US, "killed in a U.S. drone strike", "2020-01-03"),
      ("MEMBER_OF", M, PMF, "PMF deputy chairman"),
      ("REPORTED_BY", "person:hassan-kazemi-qomi", "outlet:ap", "told The Associated Press"),
      ],
     {"source": "blind set (AP-style)", "published": "2020-03-31"}),

    ("arCF2_zarif_kadhimi_baghdad", "ar",
     "بغداد - «شفق نيوز»\n"
     "استقبل رئيس مجلس الوزراء العراقي مصطفى الكاظمي، الأحد، وزيرَ الخارجية الإيراني محمد جواد "
     "ظريف، في أول زيارة لمسؤول إيراني رفيع إلى بغداد منذ تولي الكاظمي منصبه في أيار الماضي خلفاً "
     "لعادل عبد المهدي. وبحث الجانبان، بحسب بيان لمكتب رئيس الوزراء، ملفات الطاقة والحدود وأمن "
     "البعثات الدبلوماسية.\n"
     "والتقى ظريف أيضاً رئيس الجمهورية برهم صالح ونظيره العراقي فؤاد حسين، ورافقه في الزيارة كبير "
     "مساعديه حسين جابري أنصاري. ولم يلتقِ الوزير الإيراني رئيس البرلمان محمد الحلبوسي الذي كان "
     "خارج البلاد.\n"
     "وكان الكاظمي قد تلقى قبل أيام اتصالاً هاتفياً من الرئيس الإيراني حسن روحاني، ومن المقرر أن "
     "يزور طهران الثلاثاء المقبل للقاء المرشد علي خامنئي.\n"
     "وزار ظريف في ختام جولته موقع الضربة التي نفذتها طائرة أميركية مسيّرة قرب مطار بغداد الدولي "
     "في الثالث من كانون الثاني، وأودت بحياة قائد فيلق القدس قاسم سليماني ونائب رئيس هيئة الحشد "
     "الشعبي أبو مهدي المهندس، ووضع إكليلاً من الزهور.",
     [("LEADS", K, "country:iraq", "استقبل رئيس مجلس الوزراء العراقي"),
      ("MET_WITH", K, "person:mohammad-javad-zarif", "استقبل رئيس مجلس الوزراء العراقي",
       "2020-07-19"),
      ("LEADS", "person:mohammad-javad-zarif", IRFM, "وزيرَ الخارجية الإيراني"),
      ("VISITED", "person:mohammad-javad-zarif", "location:baghdad", "إيراني رفيع إلى بغداد",
       "2020-07-19"),
      ("SUCCESSOR_OF", K, "person:adil-abdul-mahdi", "خلفاً لعادل", "2020-05"),
      ("MET_WITH", "person:mohammad-javad-zarif", "person:barham-salih", "والتقى ظريف أيضاً",
       "2020-07-19"),
      ("MET_WITH", "person:mohammad-javad-zarif", "person:fuad-hussein", "والتقى ظريف أيضاً",
       "2020-07-19"),
      ("LEADS", "person:barham-salih", "country:iraq", "رئيس الجمهورية برهم"),
      ("LEADS", "person:fuad-hussein", "organization:iraqi-foreign-ministry", "ونظيره العراقي"),
      ("MEMBER_OF", "person:hossein-jaberi-ansari", IRFM, "كبير مساعديه"),
      ("LEADS", "person:mohammed-al-halbousi", "organization:iraqi-parliament",
       "رئيس البرلمان محمد"),
      ("LEADS", "person:hassan-rouhani", "country:iran", "الرئيس الإيراني حسن"),
      ("LEADS", "person:ali-khamenei", "country:iran", "المرشد علي"),
      ("ASSASSINATED_BY", S, US, "طائرة أميركية مسيّرة", "2020-01-03"),
      ("ASSASSINATED_BY", M, US, "طائرة أميركية مسيّرة", "2020-01-03"),
      ("LEADS", S, QF, "قائد فيلق القدس قاسم"),
      ("MEMBER_OF", M, PMF, "ونائب رئيس هيئة الحشد"),
      ],
     {"source": "blind set (Shafaq News-style)", "published": "2020-07-19"}),

    ("enCF3_mashtal_strike_saedi", "en",
     "BAGHDAD, Feb 8 (Reuters) - A U.S. drone strike on a car in eastern Baghdad's Mashtal district "
     "on Wednesday night killed Abu Baqer al-Saedi, a senior commander of Kataib Hezbollah, and his "
     "companion Arkan al-Elayawi, Iraqi security sources said. U.S. Central Command said it had "
     "carried out the strike \"in response to the attacks on U.S. service members\", describing "
     "the target as responsible for directing attacks in the region.\n"
     "The killing came ten days after a drone attack killed three U.S. soldiers at Tower 22 in "
     "Jordan, which Washington blamed on Iran-backed groups. Kataib Hezbollah's secretary-general, "
     "Ahmed al-Hamidawi, had announced on Jan. 30 that the group was suspending military "
     "operations against U.S. forces.\n"
     "Hundreds of mourners chanting anti-American slogans joined the funeral on Thursday, led by "
     "Popular Mobilisation Forces chief of staff Abdulaziz al-Mohammadawi, known as Abu Fadak, who "
     "took over the post after Abu Mahdi al-Mohandes was killed alongside Iranian general Qasim "
     "Soleimani in a strike ordered by then-President Donald Trump in 2020. Kataib Hezbollah has "
     "not said who will replace Saedi.\n"
     "Government spokesman Basim al-Awadi called the strike a \"blatant assassination\" that "
     "would push Baghdad to end the coalition's mission.",
     [("ASSASSINATED_BY", "person:abu-baqir-al-saadi", US, "A U.S. drone strike on a car",
       "2024-02-07"),
      ("ASSASSINATED_BY", "person:arkan-al-elayawi", US, "A U.S. drone strike on a car",
       "2024-02-07"),
      ("LOCATED_IN", "location:mashtal", "location:baghdad", "eastern Baghdad's Mashtal"),
      ("MEMBER_OF", "person:abu-baqir-al-saadi", KH, "a senior commander of Kataib Hezbollah"),
      ("LOCATED_IN", "location:tower-22", "country:jordan", "at Tower 22 in"),
      ("LEADS", "person:ahmad-al-hamidawi", KH, "secretary-general,"),
      ("MEMBER_OF", "person:abdul-aziz-al-muhammadawi", PMF, "chief of staff Abdulaziz"),
      ("SUCCESSOR_OF", "person:abdul-aziz-al-muhammadawi", M, "took over the post after",
       "2020-02"),
      ("ASSASSINATED_BY", M, "person:donald-trump", "ordered by then-President", "2020-01-03"),
      ("ASSASSINATED_BY", S, "person:donald-trump", "ordered by then-President", "2020-01-03"),
      ("MEMBER_OF", "person:basim-al-awadi", "organization:iraqi-government",
       "Government spokesman Basim"),
      ],
     {"source": "blind set (Reuters-style)", "published": "2024-02-08"}),

    ("arCF4_larijani_beirut_qassem", "ar",
     "بيروت - «الميادين»\n"
     "وصل مستشار المرشد الإيراني علي لاريجاني إلى بيروت، الجمعة، وكان في استقباله في المطار وزير "
     "الأشغال العامة والنقل في حكومة تصريف الأعمال علي حمية، وسط إجراءات أمنية مشددة.\n"
     "واجتمع لاريجاني برئيس مجلس النواب نبيه بري في عين التينة، ثم التقى رئيس حكومة تصريف "
     "الأعمال نجيب ميقاتي في السراي، وسلّمهما رسالة من المرشد علي خامنئي، مؤكداً أن «إيران تدعم "
     "أي قرار تتخذه الحكومة اللبنانية». ولم يصدر أي إعلان عن لقاء بينه وبين الأمين العام لحزب الله "
     "الشيخ نعيم قاسم.\n"
     "ونفى لاريجاني للصحافيين أن يكون قد جاء «لعرقلة» مفاوضات وقف النار التي يقودها الموفد "
     "الأميركي آموس هوكشتاين.\n"
     "وكان مجلس شورى الحزب قد انتخب قاسم أواخر تشرين الأول خلفاً للسيد حسن نصر الله الذي اغتالته "
     "إسرائيل في غارة على الضاحية الجنوبية في 27 أيلول، بعدما أعلن الجيش الإسرائيلي أنه قتل رئيس "
     "المجلس التنفيذي هاشم صفي الدين، الذي كان يُعدّ الأوفر حظاً لخلافة نصر الله.",
     [("VISITED", LAR, "location:beirut", "وصل مستشار المرشد", "2024-11-15"),
      ("MET_WITH", LAR, "person:ali-hamieh", "وكان في استقباله في المطار", "2024-11-15"),
      ("MEMBER_OF", "person:ali-hamieh", "organization:lebanese-government",
       "الأشغال العامة والنقل"),
      ("MET_WITH", LAR, "person:nabih-berri", "واجتمع لاريجاني برئيس", "2024-11-15"),
      ("LEADS", "person:nabih-berri", "organization:lebanese-parliament", "واجتمع لاريجاني برئيس"),
      ("MET_WITH", LAR, "person:najib-mikati", "ثم التقى رئيس حكومة", "2024-11-15"),
      ("LEADS", "person:najib-mikati", "organization:lebanese-government", "ثم التقى رئيس حكومة"),
      ("LEADS", "person:ali-khamenei", "country:iran", "رسالة من المرشد"),
      ("LEADS", "person:naim-qassem", "organization:hezbollah", "الأمين العام لحزب الله"),
      ("SUCCESSOR_OF", "person:naim-qassem", "person:hassan-nasrallah", "خلفاً للسيد حسن",
       "2024-10-29"),
      ("ASSASSINATED_BY", "person:hassan-nasrallah", ISR, "الذي اغتالته إسرائيل", "2024-09-27"),
      ("ATTACKED", ISR, "location:dahiyeh", "في غارة على الضاحية", "2024-09-27"),
      ("ASSASSINATED_BY", "person:hashem-safieddine", "organization:israel-defense-forces",
       "أعلن الجيش الإسرائيلي أنه قتل"),
      ("LEADS", "person:hashem-safieddine", "organization:hezbollah-executive-council",
       "المجلس التنفيذي هاشم"),
      ],
     {"source": "blind set (Al Mayadeen-style)", "published": "2024-11-15"}),

    ("enCF5_larijani_baghdad_memo", "en",
     "BAGHDAD, Aug 11 (Reuters) - Iran's top security official Ali Larijani signed a security "
     "memorandum with Iraq in Baghdad on Monday, on his first trip abroad since being named "
     "secretary of the Supreme National Security Council last week in place of Ali Akbar "
     "Ahmadian.\n"
     "Larijani was received by Prime Minister Mohammed Shia' al-Sudani, and the memorandum was "
     "signed with Iraqi National Security Adviser Qasim al-Araji, who said it would help secure "
     "the two countries' long border. Larijani later held talks with Hadi al-Amiri, head of the "
     "Badr Organisation, and with parliament speaker Mahmoud al-Mashhadani, according to Iranian "
     "media.\n"
     "U.S. State Department spokeswoman Tammy Bruce told reporters Washington opposed any law "
     "that would \"institutionalise\" Iranian influence, referring to a draft law on the Popular "
     "Mobilisation Forces. Sudani's adviser Farhad Alaaldin said the memorandum was not a defence "
     "pact.\n"
     "Larijani, a former parliament speaker, is expected to travel on to Beirut, where he is due "
     "to meet President Joseph Aoun. Iran's leverage in Iraq has been tested since Qasem "
     "Soleimani, who ran Tehran's Iraq policy for two decades, was killed in a U.S. strike in "
     "Baghdad in 2020.",
     [("VISITED", LAR, "location:baghdad", "with Iraq in Baghdad", "2025-08-11"),
      ("LEADS", LAR, SNSC, "secretary of the Supreme National"),
      ("SUCCESSOR_OF", LAR, "person:ali-akbar-ahmadian", "in place of Ali Akbar", "2025-08"),
      ("LEADS", "person:ali-akbar-ahmadian", SNSC, "in place of Ali Akbar"),
      ("MET_WITH", LAR, SUD, "Larijani was received by", "2025-08-11"),
      ("MET_WITH", LAR, "person:qassim-al-araji", "signed with Iraqi National Security Adviser",
       "2025-08-11"),
      ("MET_WITH", LAR, AMI, "later held talks with", "2025-08-11"),
      ("MET_WITH", LAR, "person:mahmoud-al-mashhadani", "later held talks with", "2025-08-11"),
      ("LEADS", AMI, "organization:badr-organization", "head of the Badr"),
      ("LEADS", "person:mahmoud-al-mashhadani", "organization:iraqi-parliament",
       "parliament speaker Mahmoud"),
      ("MEMBER_OF", "person:tammy-bruce", "organization:us-state-department",
       "State Department spokeswoman"),
      ("LEADS", LAR, "organization:iranian-parliament", "a former parliament speaker"),
      ("ASSASSINATED_BY", S, US, "killed in a U.S. strike in", "2020-01-03"),
      ],
     {"source": "blind set (Reuters-style)", "published": "2025-08-11"}),

    ("arCF6_abdulsalam_tehran_ghamari", "ar",
     "طهران - «إرنا»\n"
     "استقبل وزير الخارجية الإيراني عباس عراقجي في طهران، مساء الثلاثاء، رئيس الوفد الوطني المفاوض "
     "والناطق باسم جماعة أنصار الله محمد عبد السلام، وبحث معه «تطورات اليمن والمنطقة بعد وقف إطلاق "
     "النار في غزة». وأكد عراقجي أن بلاده «تقف إلى جانب الشعب اليمني».\n"
     "وذكرت مصادر مطلعة أن عبد السلام اجتمع أيضاً بقائد فيلق القدس العميد إسماعيل قآني، في حين لم "
     "يتسنَّ التأكد من لقاء كان مقرراً مع أمين المجلس الأعلى للأمن القومي علي لاريجاني.\n"
     "وتأتي الزيارة بعد أيام من إعلان الحوثيين مقتل رئيس هيئة الأركان العامة اللواء محمد عبد الكريم "
     "الغماري متأثراً بجراح أصيب بها في غارة إسرائيلية على صنعاء، وتعيين اللواء يوسف المداني خلفاً "
     "له. وكانت غارة إسرائيلية أخرى قد قتلت في آب رئيس حكومة صنعاء أحمد غالب الرهوي ووزير الخارجية "
     "جمال عامر، فكُلّف محمد مفتاح بتسيير أعمال الحكومة.\n"
     "وأفاد عبد السلام وكالة «إرنا» بأن «العدوان لن يثني اليمن عن موقفه».",
     [("LEADS", "person:abbas-araghchi", IRFM, "استقبل وزير الخارجية الإيراني"),
      ("MET_WITH", "person:abbas-araghchi", "person:mohammed-abdulsalam",
       "استقبل وزير الخارجية الإيراني", "2025-10"),
      ("VISITED", "person:mohammed-abdulsalam", "location:tehran", "عراقجي في طهران", "2025-10"),
      ("MEMBER_OF", "person:mohammed-abdulsalam", "organization:houthis",
       "والناطق باسم جماعة أنصار الله"),
      ("MET_WITH", "person:mohammed-abdulsalam", Q, "اجتمع أيضاً بقائد", "2025-10"),
      ("LEADS", Q, QF, "اجتمع أيضاً بقائد"),
      ("LEADS", LAR, SNSC, "أمين المجلس الأعلى"),
      ("ASSASSINATED_BY", "person:mohammed-al-ghamari", ISR, "في غارة إسرائيلية على صنعاء"),
      ("ATTACKED", ISR, "location:sanaa", "في غارة إسرائيلية على صنعاء"),
      ("SUCCESSOR_OF", "person:yousef-al-madani", "person:mohammed-al-ghamari",
       "وتعيين اللواء يوسف", "2025-10"),
      ("ASSASSINATED_BY", "person:ahmed-al-rahawi", ISR, "غارة إسرائيلية أخرى", "2025-08-28"),
      ("ASSASSINATED_BY", "person:jamal-amer", ISR, "غارة إسرائيلية أخرى", "2025-08-28"),
      ("LEADS", "person:ahmed-al-rahawi", "organization:houthi-government", "رئيس حكومة صنعاء"),
      ("MEMBER_OF", "person:jamal-amer", "organization:houthi-government", "ووزير الخارجية جمال"),
      ("SUCCESSOR_OF", "person:mohammed-miftah", "person:ahmed-al-rahawi", "فكُلّف محمد مفتاح",
       "2025-08"),
      ("REPORTED_BY", "person:mohammed-abdulsalam", "outlet:irna", "وأفاد عبد السلام وكالة"),
      ],
     {"source": "blind set (IRNA Arabic-style)", "published": "2025-10-22"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setCF")
