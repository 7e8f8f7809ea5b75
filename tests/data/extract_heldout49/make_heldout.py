"""Blind set BD: UN and Western envoys in Najaf, Baghdad and Erbil: Hennis-Plasschaert meets
Sistani during the protests (Reuters, Nov 2019), al-Hassan's first Erbil visit (Kurdistan24
Arabic, 2024), McGurk and Hochstein in Baghdad and Erbil (Kurdistan24 English, Jan 2023),
Blinken's unannounced Baghdad visit (Al Mayadeen, Nov 2023), Hennis-Plasschaert's first
engagements and Kubis's departure (The National, Dec 2018), the envoys' referendum
"alternative" delivered to Masoud Barzani (Rudaw Arabic, Sept 2017).
Written and annotated blind (extractor neither read nor run).
Run: python /work/team/blind/setBD/make_heldout.py
Now a dev set (tuned on), no longer blind. Run from the repo root:
    python tests/data/extract_heldout49/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_tables import entity_table  # noqa: E402

HERE = Path(__file__).parent
E = entity_table(
    "KNOWN", "EXTRA", "MP", "QT", "UW", "XZ", "AC", "AF", "AI", "AL", "AO", "AR", "AU", "BD"
)

HP, UNAMI = "person:jeanine-hennis-plasschaert", "organization:unami"
HAS, SUD = "person:mohammed-al-hassan", "person:mohammed-shia-al-sudani"
NECH, MASR = "person:nechirvan-barzani", "person:masrour-barzani"
KR, KRG = "location:kurdistan-region", "organization:kurdistan-regional-government"
MCG, HOCH, FAD = "person:brett-mcgurk", "person:amos-hochstein", "person:ziad-ali-fadel"
AAM, SALIH = "person:adil-abdul-mahdi", "person:barham-salih"
BL, KUB = "person:antony-blinken", "person:jan-kubis"
USAF = "organization:us-armed-forces"
AIN, HARIR = "location:ain-al-asad-air-base", "location:harir-base"
IRII = "organization:islamic-resistance-in-iraq"

ARTICLES = [
    ("enBD1_hennis_plasschaert_sistani", "en",
     "NAJAF, Iraq (Reuters) - The United Nations envoy to Iraq, Jeanine Hennis-Plasschaert, met "
     "Grand Ayatollah Ali al-Sistani in the holy city of Najaf on Monday and said the country's "
     "top Shi'ite cleric backed a U.N. roadmap to end weeks of deadly unrest. \u201cThe Marjaiya "
     "is concerned that the political forces are not serious enough,\u201d said Hennis-Plasschaert, "
     "who heads the U.N. Assistance Mission for Iraq (UNAMI). She was accompanied by UNAMI's "
     "deputy head, Alice Walpole. The plan, which the envoy had discussed on Sunday with "
     "President Barham Salih and Prime Minister Adel Abdul Mahdi in Baghdad, calls for electoral "
     "reform within three months and the prosecution of those responsible for killing "
     "protesters. More than 300 people have been killed since Oct. 1. Populist cleric Moqtada "
     "al-Sadr, whose Sairoon bloc is the largest in parliament, has not met the envoy and has "
     "called on the government to resign.",
     [("MET_WITH", HP, "person:ali-al-sistani", "Grand Ayatollah Ali al-Sistani in", "2019-11-11"),
      ("VISITED", HP, "location:najaf", "in the holy city of Najaf", "2019-11-11"),
      ("LEADS", HP, UNAMI, "who heads the U.N. Assistance Mission"),
      ("MEMBER_OF", "person:alice-walpole", UNAMI, "deputy head, Alice Walpole"),
      ("VISITED", "person:alice-walpole", "location:najaf", "She was accompanied by"),
      ("MET_WITH", HP, SALIH, "had discussed on Sunday with", "2019-11-10"),
      ("MET_WITH", HP, AAM, "had discussed on Sunday with", "2019-11-10"),
      ("LEADS", "person:muqtada-al-sadr", "organization:sairoon-alliance", "whose Sairoon bloc"),
      ],
     {"source": "blind set (Reuters-style)", "published": "2019-11-11"}),

    ("arBD2_al_hassan_erbil", "ar",
     "أربيل (كوردستان24)- استقبل رئيس إقليم كوردستان نيجيرفان بارزاني، اليوم الثلاثاء، الممثلَ "
     "الخاص للأمين العام للأمم المتحدة في العراق محمد الحسان، الذي يزور أربيل للمرة الأولى منذ "
     "تسلّمه مهامه رئيساً لبعثة «يونامي» خلفاً لجينين هينيس-بلاسخارت. وبحث الجانبان التحضيرات "
     "للانتخابات البرلمانية في الإقليم المقرر إجراؤها في تشرين الأول المقبل. كما التقى "
     "الدبلوماسيُّ العُماني رئيسَ حكومة الإقليم مسرور بارزاني، بحضور رئيس دائرة العلاقات "
     "الخارجية في حكومة الإقليم سفين دزيي. وقال دزيي لكوردستان24 إن اللقاءين تناولا «العلاقة "
     "بين أربيل وبغداد وملف رواتب موظفي الإقليم». ومن المقرر أن يتوجه المبعوث الأممي غداً إلى "
     "السليمانية للقاء رئيس الاتحاد الوطني الكوردستاني بافل طالباني. وكان الحسان قد استُقبل "
     "في بغداد الأسبوع الماضي من قِبل رئيس مجلس الوزراء محمد شياع السوداني.",
     [("LEADS", NECH, KR, "استقبل رئيس إقليم كوردستان"),
      ("MET_WITH", NECH, HAS, "استقبل رئيس إقليم كوردستان", "2024-10"),
      ("LEADS", HAS, UNAMI, "رئيساً لبعثة «يونامي»"),
      ("SUCCESSOR_OF", HAS, HP, "خلفاً لجينين", "2024"),
      ("LEADS", HP, UNAMI, "خلفاً لجينين"),
      ("VISITED", HAS, "location:erbil", "الذي يزور أربيل", "2024-10"),
      ("MET_WITH", HAS, MASR, "كما التقى", "2024-10"),
      ("LEADS", MASR, KRG, "رئيسَ حكومة الإقليم مسرور"),
      ("MEMBER_OF", "person:safeen-dizayee", KRG, "الخارجية في حكومة الإقليم سفين"),
      ("REPORTED_BY", "person:safeen-dizayee", "outlet:kurdistan24", "وقال دزيي لكوردستان24"),
      ("LEADS", "person:bafel-talabani", "organization:patriotic-union-of-kurdistan",
       "رئيس الاتحاد الوطني الكوردستاني"),
      ("MET_WITH", HAS, SUD, "قد استُقبل", "2024-10"),
      ("VISITED", HAS, "location:baghdad", "قد استُقبل"),
      ],
     {"source": "blind set (Kurdistan24 Arabic-style)", "published": "2024-10"}),

    ("enBD3_mcgurk_hochstein_erbil", "en",
     "ERBIL, Kurdistan Region (Kurdistan24) \u2013 Kurdistan Region President Nechirvan Barzani "
     "received a senior U.S. delegation led by Brett McGurk, the White House coordinator for the "
     "Middle East and North Africa, and Amos Hochstein, the presidential envoy for energy "
     "security, in Erbil on Tuesday. The two envoys arrived from Baghdad, where on Monday they "
     "held talks with Iraqi Prime Minister Mohammed Shia al-Sudani and Electricity Minister Ziad "
     "Ali Fadel on ending Iraq's reliance on Iranian gas. McGurk and Hochstein later met "
     "Kurdistan Region Prime Minister Masrour Barzani, who said the Region's gas fields could help "
     "meet Iraq's needs. \u201cWashington supports a strong Kurdistan Region within a federal "
     "Iraq,\u201d a KRG readout quoted McGurk as saying. The U.S. Consul General in Erbil, Irvin "
     "Hicks Jr., attended both meetings. The delegation did not meet Bafel Talabani in "
     "Sulaimani, a source told Kurdistan24.",
     [("LEADS", NECH, KR, "Kurdistan Region President Nechirvan"),
      ("MET_WITH", NECH, MCG, "received a senior U.S. delegation", "2023-01-17"),
      ("MET_WITH", NECH, HOCH, "received a senior U.S. delegation", "2023-01-17"),
      ("MEMBER_OF", MCG, "organization:white-house", "the White House coordinator"),
      ("VISITED", MCG, "location:erbil", "security, in Erbil on Tuesday", "2023-01-17"),
      ("VISITED", HOCH, "location:erbil", "security, in Erbil on Tuesday", "2023-01-17"),
      ("VISITED", MCG, "location:baghdad", "The two envoys arrived from Baghdad", "2023-01-16"),
      ("VISITED", HOCH, "location:baghdad", "The two envoys arrived from Baghdad", "2023-01-16"),
      ("MET_WITH", MCG, SUD, "held talks with Iraqi Prime Minister", "2023-01-16"),
      ("MET_WITH", HOCH, SUD, "held talks with Iraqi Prime Minister", "2023-01-16"),
      ("MET_WITH", MCG, FAD, "and Electricity Minister Ziad", "2023-01-16"),
      ("MET_WITH", HOCH, FAD, "and Electricity Minister Ziad", "2023-01-16"),
      ("LEADS", SUD, "country:iraq", "held talks with Iraqi Prime Minister"),
      ("MET_WITH", MCG, MASR, "McGurk and Hochstein later met", "2023-01-17"),
      ("MET_WITH", HOCH, MASR, "McGurk and Hochstein later met", "2023-01-17"),
      ("LEADS", MASR, KRG, "Kurdistan Region Prime Minister Masrour"),
      ],
     {"source": "blind set (Kurdistan24 English-style)", "published": "2023-01-17"}),

    ("arBD4_blinken_baghdad_unannounced", "ar",
     "بغداد ــ الميادين نت\n"
     "وصل وزير الخارجية الأميركي أنتوني بلينكن، الذي خلف مايك بومبيو على رأس الدبلوماسية "
     "الأميركية مطلع 2021، إلى بغداد الأحد في زيارة لم يُعلَن عنها مسبقاً، والتقى رئيس الحكومة "
     "العراقية محمد شياع السوداني. وكان بلينكن قد زار في اليوم نفسه رام الله، حيث التقى رئيس "
     "السلطة الفلسطينية محمود عباس. وأفاد المتحدث باسم الخارجية الأميركية ماثيو ميلر بأن بلينكن "
     "شدّد على «وقف الهجمات» على القوات الأميركية المتمركزة في قاعدتي عين الأسد في الأنبار "
     "وحرير في أربيل، اللتين تبنّت «المقاومة الإسلامية في العراق» استهدافهما بالمسيّرات مراراً "
     "منذ منتصف تشرين الأول. ولم يلتقِ الوزير الأميركي رئيسَ هيئة الحشد الشعبي فالح الفيّاض، "
     "رغم تقارير عن ترتيب لقاء بينهما. وقال الأمين العام لكتائب سيد الشهداء أبو آلاء الولائي إن "
     "«القوات الأميركية التي اغتالت الشهيدين الحاج قاسم سُلَيماني وأبا مهدي المهندس ستخرج من "
     "العراق مهما كثرت الزيارات».",
     [("SUCCESSOR_OF", BL, "person:mike-pompeo", "الذي خلف مايك بومبيو", "2021-01"),
      ("VISITED", BL, "location:baghdad", "إلى بغداد الأحد", "2023-11-05"),
      ("MET_WITH", BL, SUD, "والتقى رئيس الحكومة", "2023-11-05"),
      ("LEADS", SUD, "organization:iraqi-government", "والتقى رئيس الحكومة"),
      ("VISITED", BL, "location:ramallah", "قد زار في اليوم نفسه رام الله", "2023-11-05"),
      ("MET_WITH", BL, "person:mahmoud-abbas", "حيث التقى رئيس", "2023-11-05"),
      ("LEADS", "person:mahmoud-abbas", "organization:palestinian-authority", "حيث التقى رئيس"),
      ("MEMBER_OF", "person:matthew-miller", "organization:us-state-department",
       "المتحدث باسم الخارجية الأميركية"),
      ("LOCATED_IN", USAF, AIN, "القوات الأميركية المتمركزة"),
      ("LOCATED_IN", USAF, HARIR, "القوات الأميركية المتمركزة"),
      ("LOCATED_IN", AIN, "location:anbar", "عين الأسد في الأنبار"),
      ("LOCATED_IN", HARIR, "location:erbil", "وحرير في أربيل"),
      ("ATTACKED", IRII, AIN, "تبنّت «المقاومة الإسلامية في العراق»"),
      ("ATTACKED", IRII, HARIR, "تبنّت «المقاومة الإسلامية في العراق»"),
      ("LEADS", "person:falih-al-fayyadh", "organization:popular-mobilization-forces",
       "رئيسَ هيئة الحشد الشعبي"),
      ("LEADS", "person:abu-alaa-al-walai", "organization:kataib-sayyid-al-shuhada",
       "الأمين العام لكتائب سيد الشهداء"),
      ("ASSASSINATED_BY", "person:qasem-soleimani", USAF, "التي اغتالت الشهيدين", "2020-01-03"),
      ("ASSASSINATED_BY", "person:abu-mahdi-al-muhandis", USAF, "التي اغتالت الشهيدين",
       "2020-01-03"),
      ],
     {"source": "blind set (Al Mayadeen-style)", "published": "2023-11-05"}),

    ("enBD5_hennis_plasschaert_first_talks", "en",
     "Jeanine Hennis-Plasschaert, the former Dutch defence minister who now leads the UN mission "
     "in Iraq, held talks with Iraqi Prime Minister Adel Abdul Mahdi in Baghdad on Sunday, her "
     "first official engagement since arriving in the country. Ms Hennis-Plasschaert, who "
     "replaced Jan Kubis as the Secretary General's special representative, also met President "
     "Barham Salih and Foreign Minister Mohamed Ali Al Hakim. Mr Kubis, a "
     "Slovak diplomat who spent nearly four years at the helm of Unami, will become the UN's "
     "special coordinator for Lebanon next month. He had succeeded Germany's Martin Kobler in "
     "2015. On Saturday, Brett McGurk, the US special envoy to the coalition against ISIS, "
     "resigned in protest at President Donald Trump's decision to pull troops out of Syria. Mr "
     "McGurk had been due to visit Baghdad and Erbil in January. Mr Al Hakim discussed the US "
     "decision with the American ambassador, Douglas Silliman, by telephone.",
     [("LEADS", HP, UNAMI, "who now leads the UN mission"),
      ("MET_WITH", HP, AAM, "held talks with Iraqi Prime Minister", "2018-12-23"),
      ("LEADS", AAM, "country:iraq", "held talks with Iraqi Prime Minister"),
      ("VISITED", HP, "country:iraq", "since arriving in the country"),
      ("SUCCESSOR_OF", HP, KUB, "replaced Jan Kubis", "2018-12"),
      ("MET_WITH", HP, SALIH, "also met President", "2018-12-23"),
      ("MET_WITH", HP, "person:mohamed-ali-alhakim", "also met President", "2018-12-23"),
      ("LEADS", KUB, UNAMI, "at the helm of Unami"),
      ("SUCCESSOR_OF", KUB, "person:martin-kobler", "He had succeeded Germany's", "2015"),
      ],
     {"source": "blind set (The National-style)", "published": "2018-12-23"}),

    ("arBD6_envoys_barzani_referendum", "ar",
     "أربيل- رووداو\n"
     "استقبل رئيس إقليم كوردستان مسعود بارزاني، مساء الخميس، وفداً ضمّ المبعوثَ الأميركي الخاص "
     "للتحالف الدولي ضد داعش بريت ماكغورك، والسفيرَ الأميركي لدى العراق دوغلاس سيليمان، "
     "والسفيرَ البريطاني جون ويلكس، وممثلَ الأمين العام للأمم المتحدة رئيسَ بعثة «يونامي» يان "
     "كوبيش، وقدّم الوفد «بديلاً» عن استفتاء الاستقلال المقرر في الخامس والعشرين من أيلول. "
     "وحضر اللقاء نائب رئيس الإقليم كوسرت رسول علي. وقال مصدر في رئاسة الإقليم لرووداو إن "
     "بارزاني أبلغ ضيوفه بأن «أي بديل يجب أن يضمن حق شعب كوردستان». وكان ماكغورك قد وصل إلى "
     "أربيل قادماً من بغداد، حيث التقى رئيس الوزراء حيدر العبادي، الذي وصف الاستفتاء بأنه «غير "
     "دستوري». ويأتي ذلك بعد يومين من تصويت مجلس النواب العراقي على رفض الاستفتاء.",
     [("LEADS", "person:masoud-barzani", KR, "استقبل رئيس إقليم كوردستان مسعود"),
      ("MET_WITH", "person:masoud-barzani", MCG, "استقبل رئيس إقليم كوردستان مسعود", "2017-09-14"),
      ("MET_WITH", "person:masoud-barzani", "person:douglas-silliman",
       "استقبل رئيس إقليم كوردستان مسعود", "2017-09-14"),
      ("MET_WITH", "person:masoud-barzani", "person:jon-wilks",
       "استقبل رئيس إقليم كوردستان مسعود", "2017-09-14"),
      ("MET_WITH", "person:masoud-barzani", KUB, "استقبل رئيس إقليم كوردستان مسعود", "2017-09-14"),
      ("LEADS", KUB, UNAMI, "رئيسَ بعثة «يونامي»"),
      ("VISITED", MCG, "location:erbil", "قد وصل إلى"),
      ("VISITED", MCG, "location:baghdad", "قادماً من بغداد"),
      ("MET_WITH", MCG, "person:haider-al-abadi", "حيث التقى رئيس الوزراء حيدر"),
      ],
     {"source": "blind set (Rudaw Arabic-style)", "published": "2017-09-14"}),
]


if __name__ == "__main__":
    build(HERE, E, ARTICLES, set_name="setBD")
