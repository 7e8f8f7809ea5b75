"""Blind set BT: foreign leaders in Iraq and Iraqi premiers abroad, 2020-2024 (Macron in Mosul
and Erbil, Baghdad II at the Dead Sea, Emir Tamim in Baghdad, Blinken's December 2024 stop,
al-Kadhimi in Ankara, Lavrov in Baghdad). Written and annotated blind (extractor neither read
nor run).
Run: python /work/team/blind/setBT/make_heldout.py
A TEST set: never tune the extractor on it (see tests/data/extract_test_README.md). Run from the repo root:
    python tests/data/extract_test_bt/make_heldout.py
"""

# ruff: noqa: F405  (the entity ids come from blind_common_bv)
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_common_bv import *  # noqa: E402,F401,F403

HERE = Path(__file__).parent

MAC, NECH, MAS = "person:emmanuel-macron", "person:nechirvan-barzani", "person:masrour-barzani"
TAM, RSH = "person:tamim-bin-hamad-al-thani", "person:abdul-latif-rashid"
BLK, ABD = "person:antony-blinken", "person:abdullah-ii"

ARTICLES = [
    ("enBT1_macron_mosul_erbil", "en",
     "MOSUL, Iraq (AP) \u2014 French President Emmanuel Macron toured the ruins of Mosul's Old "
     "City on Sunday, a day after co-hosting a regional summit in Baghdad, and promised that "
     "French troops would stay in Iraq \u201cas long as the Iraqi government asks for our "
     "support.\u201d He walked through the courtyard of the al-Nouri mosque, whose leaning minaret "
     "was blown up by the Islamic State group in 2017, and was received by Nineveh Governor Najm "
     "al-Jubouri, a retired general who replaced Mansour al-Mareid as governor last year. Macron "
     "then flew to Erbil, where he held talks with Kurdistan Region President Nechirvan Barzani "
     "and Kurdistan Regional Government Prime Minister Masrour Barzani. A planned stop at a camp "
     "for displaced Yazidis was dropped for security reasons. In Baghdad on Saturday, Macron had "
     "met Iraqi Prime Minister Mustafa al-Kadhimi, who succeeded Adel Abdul-Mahdi in May 2020, "
     "for the second time in a year.",
     [("LEADS", MAC, "country:france", "French President Emmanuel"),
      ("VISITED", MAC, "location:mosul", "toured the ruins of Mosul", "2021-08-29"),
      ("VISITED", MAC, "location:al-nouri-mosque", "walked through the courtyard", "2021-08-29"),
      ("ATTACKED", "organization:islamic-state", "location:al-nouri-mosque",
       "was blown up by the Islamic State", "2017"),
      ("MET_WITH", MAC, "person:najm-al-jubouri", "was received by Nineveh Governor",
       "2021-08-29"),
      ("LEADS", "person:najm-al-jubouri", "location:nineveh", "Nineveh Governor Najm"),
      ("SUCCESSOR_OF", "person:najm-al-jubouri", "person:mansour-al-mareid",
       "who replaced Mansour", "2020"),
      ("LEADS", "person:mansour-al-mareid", "location:nineveh", "who replaced Mansour"),
      ("VISITED", MAC, "location:erbil", "then flew to Erbil", "2021-08-29"),
      ("MET_WITH", MAC, NECH, "where he held talks with", "2021-08-29"),
      ("MET_WITH", MAC, MAS, "where he held talks with", "2021-08-29"),
      ("LEADS", NECH, "location:kurdistan-region", "Kurdistan Region President Nechirvan"),
      ("LEADS", MAS, "organization:kurdistan-regional-government",
       "Regional Government Prime Minister Masrour"),
      ("VISITED", MAC, BGD, "In Baghdad on Saturday", "2021-08-28"),
      ("MET_WITH", MAC, K, "Macron had met Iraqi Prime Minister", "2021-08-28"),
      ("LEADS", K, IRQ, "Iraqi Prime Minister Mustafa"),
      ("SUCCESSOR_OF", K, AAM, "who succeeded Adel", "2020-05"),
      ],
     {"source": "blind set (AP-style)", "published": "2021-08-29"}),

    ("arBT2_baghdad_conference_dead_sea", "ar",
     "البحر الميت ــ «العربي الجديد»\n"
     "انطلقت، الثلاثاء، أعمال النسخة الثانية من «مؤتمر بغداد للتعاون والشراكة» في منطقة البحر "
     "الميت بالأردن، بمشاركة الرئيس الفرنسي إيمانويل ماكرون والعاهل الأردني الملك عبد الله الثاني "
     "ورئيس الوزراء العراقي محمد شياع السوداني، الذي خلف مصطفى الكاظمي في رئاسة الحكومة قبل "
     "شهرين. وعلى هامش المؤتمر، التقى السوداني ماكرونَ، وبحثا «دعم فرنسا للعراق في مكافحة "
     "الإرهاب»، بحسب بيان لمكتبه. كما اجتمع وزير الخارجية الإيراني حسين أمير عبد اللهيان بمسؤول "
     "السياسة الخارجية في الاتحاد الأوروبي جوزيب بوريل، في أول لقاء بينهما منذ اندلاع الاحتجاجات "
     "في إيران. في المقابل، لم يُعقد أي لقاء ثنائي بين عبد اللهيان ونظيره السعودي فيصل بن فرحان، "
     "واقتصر الأمر على تبادل التحية داخل القاعة، وفق مصدر دبلوماسي. وقال الأمين العام لجامعة "
     "الدول العربية أحمد أبو الغيط لـ«العربي الجديد» إن «استقرار العراق مصلحة عربية قبل أن يكون "
     "مصلحة عراقية». وكانت النسخة الأولى من المؤتمر قد عُقدت في بغداد في أغسطس/آب 2021.",
     [("LOCATED_IN", "location:dead-sea", "country:jordan", "منطقة البحر الميت بالأردن"),
      ("LEADS", MAC, "country:france", "بمشاركة الرئيس الفرنسي"),
      ("LEADS", ABD, "country:jordan", "والعاهل الأردني"),
      ("LEADS", SUD, IRQ, "ورئيس الوزراء العراقي"),
      ("SUCCESSOR_OF", SUD, K, "الذي خلف مصطفى", "2022-10"),
      ("LEADS", SUD, GOV, "في رئاسة الحكومة"),
      ("LEADS", K, GOV, "الذي خلف مصطفى"),
      ("MET_WITH", SUD, MAC, "التقى السوداني ماكرونَ", "2022-12-20"),
      ("MET_WITH", "person:hossein-amir-abdollahian", "person:josep-borrell",
       "كما اجتمع وزير الخارجية الإيراني", "2022-12-20"),
      ("MEMBER_OF", "person:josep-borrell", "organization:european-union",
       "بمسؤول السياسة الخارجية في الاتحاد"),
      ("LEADS", "person:ahmed-aboul-gheit", "organization:arab-league", "وقال الأمين العام لجامعة"),
      ("REPORTED_BY", "person:ahmed-aboul-gheit", "outlet:al-araby-al-jadeed",
       "أبو الغيط لـ«العربي الجديد»"),
      ],
     {"source": "blind set (Al-Araby Al-Jadeed-style)", "published": "2022-12-20"}),

    ("enBT3_tamim_in_baghdad", "en",
     "BAGHDAD, June 15 (Reuters) - Qatar's Emir Sheikh Tamim bin Hamad al-Thani arrived in "
     "Baghdad on Thursday on his first visit to Iraq since 2019 and was received at the airport "
     "by Prime Minister Mohammed Shia al-Sudani, with whom he later held talks on energy and "
     "investment, the Iraqi premier's office said. Sheikh Tamim, who took over from his father "
     "Sheikh Hamad bin Khalifa in 2013, also met President Abdul Latif Rashid, who succeeded "
     "Barham Salih last October. Saad Sherida al-Kaabi, Qatar's minister of state for energy and "
     "chief executive of QatarEnergy, and Iraqi Oil Minister Hayan Abdul-Ghani signed a "
     "memorandum on a gas-fired power project. \u201cQatar will stand by Iraq and its people,\u201d "
     "the emir said, according to the Qatar News Agency. Relations were strained after 26 Qatari "
     "hunters, some of them members of the ruling family, were kidnapped in southern Iraq in 2015 "
     "and held for 16 months. A stop in Erbil was not on the emir's schedule.",
     [("LEADS", TAM, "country:qatar", "Qatar's Emir Sheikh"),
      ("VISITED", TAM, BGD, "arrived in Baghdad on Thursday", "2023-06-15"),
      ("VISITED", TAM, IRQ, "his first visit to Iraq", "2023-06-15"),
      ("MET_WITH", TAM, SUD, "was received at the airport", "2023-06-15"),
      ("SUCCESSOR_OF", TAM, "person:hamad-bin-khalifa-al-thani", "who took over from his father",
       "2013"),
      ("MET_WITH", TAM, RSH, "also met President Abdul", "2023-06-15"),
      ("SUCCESSOR_OF", RSH, "person:barham-salih", "who succeeded Barham", "2022-10"),
      ("LEADS", "person:saad-sherida-al-kaabi", "organization:qatarenergy",
       "chief executive of QatarEnergy"),
      ("REPORTED_BY", TAM, "outlet:qatar-news-agency", "according to the Qatar News Agency"),
      ],
     {"source": "blind set (Reuters-style)", "published": "2023-06-15"}),

    ("arBT4_blinken_baghdad_december", "ar",
     "بغداد/ شفق نيوز- وصل وزير الخارجية الأميركي أنتوني بلينكن، صباح الجمعة، إلى بغداد في "
     "زيارة لم يُعلن عنها مسبقاً، والتقى رئيس مجلس الوزراء محمد شياع السوداني في مكتبه، حيث بحث "
     "الجانبان تطورات الأوضاع في سوريا بعد سقوط نظام بشار الأسد. ورافقت بلينكن مساعدته لشؤون "
     "الشرق الأدنى باربرا ليف. وقال المتحدث باسم الحكومة العراقية باسم العوادي لشفق نيوز إن "
     "«العراق أكد رفضه أن تتحول سوريا إلى ساحة للإرهاب». وجاءت زيارة بلينكن إلى العراق بعد "
     "محطتين في الأردن وتركيا، إذ استقبله العاهل الأردني الملك عبد الله الثاني في العقبة، ثم "
     "اجتمع في أنقرة بالرئيس رجب طيب أردوغان ووزير الخارجية هاكان فيدان. وكان بلينكن قد أجرى "
     "اتصالاً هاتفياً بالسوداني مطلع الأسبوع، ومن المقرر أن يسلّم حقيبة الخارجية الشهر المقبل إلى "
     "السيناتور ماركو روبيو، مرشح الرئيس المنتخب دونالد ترامب.",
     [("VISITED", BLK, BGD, "إلى بغداد في", "2024-12-13"),
      ("MET_WITH", BLK, SUD, "والتقى رئيس مجلس الوزراء", "2024-12-13"),
      ("VISITED", "person:barbara-leaf", BGD, "ورافقت بلينكن مساعدته", "2024-12-13"),
      ("MEMBER_OF", "person:basim-al-awadi", GOV, "المتحدث باسم الحكومة العراقية"),
      ("REPORTED_BY", "person:basim-al-awadi", "outlet:shafaq-news", "العوادي لشفق نيوز"),
      ("VISITED", BLK, IRQ, "زيارة بلينكن إلى العراق", "2024-12-13"),
      ("VISITED", BLK, "country:jordan", "محطتين في الأردن وتركيا", "2024-12-12"),
      ("VISITED", BLK, "country:turkey", "محطتين في الأردن وتركيا", "2024-12-12"),
      ("MET_WITH", BLK, ABD, "إذ استقبله العاهل", "2024-12-12"),
      ("LEADS", ABD, "country:jordan", "إذ استقبله العاهل الأردني"),
      ("VISITED", BLK, "location:aqaba", "في العقبة", "2024-12-12"),
      ("VISITED", BLK, "location:ankara", "ثم اجتمع في أنقرة", "2024-12-12"),
      ("MET_WITH", BLK, "person:recep-tayyip-erdogan", "ثم اجتمع في أنقرة", "2024-12-12"),
      ("MET_WITH", BLK, "person:hakan-fidan", "ووزير الخارجية هاكان", "2024-12-12"),
      ],
     {"source": "blind set (Shafaq News-style)", "published": "2024-12-13"}),

    ("arBT5_kadhimi_in_ankara", "ar",
     "أنقرة (الأناضول) - استقبل الرئيس التركي رجب طيب أردوغان، الخميس، رئيسَ الوزراء العراقي "
     "مصطفى الكاظمي بمراسم رسمية في المجمع الرئاسي بأنقرة، ثم عقد الجانبان اجتماعاً مغلقاً تلاه "
     "اجتماع موسع بين وفدي البلدين. والزيارة هي الأولى للكاظمي إلى تركيا منذ تسلّمه رئاسة الحكومة "
     "في مايو/أيار الماضي خلفاً لعادل عبد المهدي، وتأتي بعد شهرين من اتفاق سنجار الذي وقّعته بغداد "
     "وأربيل لإخراج مسلحي حزب العمال الكردستاني من القضاء. والتقى الكاظمي أيضاً رئيسَ البرلمان "
     "التركي مصطفى شنطوب، فيما ضمّ الوفد العراقي وزير الخارجية فؤاد حسين ووزير المالية علي علاوي. "
     "وقال أردوغان في مؤتمر صحفي مشترك إن بلاده «مستعدة للتعاون مع العراق في مكافحة الإرهاب بكل "
     "أشكاله». وكانت بغداد قد ألغت في أغسطس/آب زيارة مقررة لوزير الدفاع التركي خلوصي أكار، بعد "
     "مقتل ضابطين في حرس الحدود العراقي بغارة لطائرة مسيّرة تركية في منطقة سيدكان.",
     [("LEADS", "person:recep-tayyip-erdogan", "country:turkey", "استقبل الرئيس التركي"),
      ("MET_WITH", "person:recep-tayyip-erdogan", K, "استقبل الرئيس التركي", "2020-12-17"),
      ("LEADS", K, IRQ, "رئيسَ الوزراء العراقي"),
      ("VISITED", K, "location:ankara", "في المجمع الرئاسي بأنقرة", "2020-12-17"),
      ("VISITED", K, "country:turkey", "الأولى للكاظمي إلى تركيا", "2020-12-17"),
      ("LEADS", K, GOV, "تسلّمه رئاسة الحكومة"),
      ("SUCCESSOR_OF", K, AAM, "خلفاً لعادل", "2020-05"),
      ("LEADS", AAM, GOV, "خلفاً لعادل"),
      ("MET_WITH", K, "person:mustafa-sentop", "والتقى الكاظمي أيضاً", "2020-12-17"),
      ("LEADS", "person:mustafa-sentop", "organization:grand-national-assembly-of-turkey",
       "رئيسَ البرلمان التركي"),
      ("VISITED", "person:fuad-hussein", "location:ankara", "فيما ضمّ الوفد العراقي", "2020-12-17"),
      ("VISITED", "person:ali-allawi", "location:ankara", "فيما ضمّ الوفد العراقي", "2020-12-17"),
      ("ATTACKED", "country:turkey", "location:sidakan", "بغارة لطائرة مسيّرة تركية", "2020-08"),
      ],
     {"source": "blind set (Anadolu Arabic-style)", "published": "2020-12-17"}),

    ("enBT6_lavrov_in_baghdad", "en",
     "Russian Foreign Minister Sergei Lavrov arrived in Baghdad on Sunday for talks on energy and "
     "trade, his first visit to Iraq since 2019. Mr Lavrov held talks with his Iraqi counterpart Fuad Hussein at "
     "the Foreign Ministry and was later received by Prime Minister Mohammed Shia Al Sudani and "
     "President Abdul Latif Rashid, Iraqi officials said. Russian companies including Lukoil and "
     "Gazprom Neft have invested more than $13 billion in Iraq's energy sector. The visit comes as "
     "Iraq struggles with a dollar shortage after the US Federal Reserve tightened controls on "
     "transfers. Central Bank of Iraq Governor Ali Al Allaq, who replaced Mustafa Ghaleb Mikhaif "
     "in the post last month, is due in Washington for talks with US Treasury officials. Russia's "
     "ambassador in Baghdad, Elbrus Kutrashev, told The National that Moscow was \u201cready to "
     "find payment mechanisms that do not depend on the dollar\u201d. Mr Lavrov is not expected to "
     "travel to Erbil.",
     [("VISITED", "person:sergei-lavrov", BGD, "arrived in Baghdad on Sunday", "2023-02-05"),
      ("VISITED", "person:sergei-lavrov", IRQ, "his first visit to Iraq", "2023-02-05"),
      ("MET_WITH", "person:sergei-lavrov", "person:fuad-hussein",
       "held talks with his Iraqi counterpart", "2023-02-05"),
      ("MET_WITH", "person:sergei-lavrov", SUD, "was later received by", "2023-02-05"),
      ("MET_WITH", "person:sergei-lavrov", RSH, "was later received by", "2023-02-05"),
      ("LEADS", "person:ali-al-allaq", "organization:central-bank-of-iraq",
       "Central Bank of Iraq Governor"),
      ("SUCCESSOR_OF", "person:ali-al-allaq", "person:mustafa-ghaleb-mukhif", "who replaced Mustafa",
       "2023-01"),
      ("LEADS", "person:mustafa-ghaleb-mukhif", "organization:central-bank-of-iraq",
       "who replaced Mustafa"),
      ("REPORTED_BY", "person:elbrus-kutrashev", "outlet:the-national", "told The National"),
      ],
     {"source": "blind set (The National-style)", "published": "2023-02-05"}),
]


if __name__ == "__main__":
    build(HERE, E, ARTICLES, set_name="setBT")
