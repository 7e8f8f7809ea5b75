"""Blind set AK: Iraq's prime ministers, their foreign visitors and trips, and new appointees
(Macron in Baghdad, Abdul-Mahdi in Tehran, al-Kadhimi in Riyadh, al-Kadhimi's security
appointments, al-Sudani in Ankara, al-Sudani in Paris).
Written and annotated blind (extractor neither read nor run).
Run: python /work/team/blind/setAK/make_heldout.py
Now a dev set (tuned on), no longer blind. Run from the repo root:
    python tests/data/extract_heldout36/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_tables import entity_table  # noqa: E402

HERE = Path(__file__).parent
E = entity_table("KNOWN", "EXTRA", "MP", "QT", "UW", "XZ", "AC", "AL")

K, SUD = "person:mustafa-al-kadhimi", "person:mohammed-shia-al-sudani"
AM, FAY = "person:adil-abdul-mahdi", "person:falih-al-fayyadh"
MAC, FR = "person:emmanuel-macron", "country:france"
BGD, IRAN, IRQ = "location:baghdad", "country:iran", "country:iraq"
SA, TR = "country:saudi-arabia", "country:turkey"
GOV = "organization:iraqi-government"

ARTICLES = [
    ("enAK1_afp_macron_in_baghdad", "en",
     "BAGHDAD, Sept 2, 2020 (AFP) - French President Emmanuel Macron arrived in Baghdad on "
     "Wednesday, the first foreign head of state to visit Iraq since Mostafa al-Kazemi became "
     "prime minister in May, vowing to help the country assert its \"sovereignty\". Macron, "
     "accompanied by Armed Forces Minister Florence Parly, was received at the airport by "
     "Foreign Minister Fuad Hussein before holding talks with President Barham Saleh and the "
     "premier. He also met Kurdistan Region President Nechirvan Barzani, who had flown in from "
     "Erbil for the occasion. Kazemi, a former intelligence chief, replaced Adel Abdel Mahdi, who "
     "resigned after months of deadly street protests. \"Iraq must not become the arena of a proxy "
     "war,\" Macron told reporters. Parly later travelled on to Erbil for talks with Kurdish "
     "officials on the fight against the Islamic State group.",
     [("LEADS", MAC, FR, "French President Emmanuel"),
      ("VISITED", MAC, BGD, "arrived in Baghdad", "2020-09-02"),
      ("VISITED", MAC, IRQ, "to visit Iraq since"),
      ("VISITED", "person:florence-parly", BGD, "accompanied by Armed Forces Minister", "2020-09-02"),
      ("MET_WITH", MAC, "person:fuad-hussein", "received at the airport by", "2020-09-02"),
      ("MET_WITH", MAC, "person:barham-salih", "holding talks with President", "2020-09-02"),
      ("MET_WITH", MAC, K, "Saleh and the", "2020-09-02"),
      ("MET_WITH", MAC, "person:nechirvan-barzani", "He also met Kurdistan", "2020-09-02"),
      ("LEADS", "person:nechirvan-barzani", "location:kurdistan-region", "Kurdistan Region President Nechirvan"),
      ("VISITED", "person:nechirvan-barzani", BGD, "had flown in from"),
      ("SUCCESSOR_OF", K, AM, "replaced Adel Abdel Mahdi"),
      ("VISITED", "person:florence-parly", "location:erbil", "travelled on to Erbil")],
     {"title": "Macron in Baghdad, pledges support for Iraqi 'sovereignty'", "source": "AFP",
      "published": "2020-09-02"}),

    ("arAK2_irna_abdulmahdi_in_tehran", "ar",
     "طهران - ارنا – وصل رئيس الوزراء العراقي عادل عبد المهدي صباح السبت الى طهران على رأس وفد "
     "رفيع في زيارة رسمية هي الاولى له الى الجمهورية الاسلامية منذ توليه منصبه خلفاً لحيدر "
     "العبادي. وكان في استقباله بمطار مهرآباد رئيس مكتب رئيس الجمهورية محمود واعظي، ثم استقبله "
     "الرئيس حسن روحاني في مجمع سعدآباد حيث جرت مراسم الاستقبال الرسمي، وعقد الجانبان مباحثات "
     "ثنائية تناولت مشروع الربط السككي بين الشلامجة والبصرة. كما التقى عبد المهدي قائد الثورة "
     "الاسلامية آية الله السيد علي خامنئي، الذي اكد ان الاميركيين يسعون الى اخراج ايران من "
     "العراق. ويرافق عبد المهدي في زيارته وزير النفط ثامر الغضبان ووزير الخارجية محمد علي "
     "الحكيم. ومن المقرر ان يتوجه رئيس الوزراء العراقي غداً الى مدينة مشهد للقاء سادن العتبة "
     "الرضوية.",
     [("LEADS", AM, IRQ, "وصل رئيس الوزراء العراقي"),
      ("VISITED", AM, IRAN, "صباح السبت الى طهران", "2019-04-06"),
      ("SUCCESSOR_OF", AM, "person:haider-al-abadi", "خلفاً لحيدر"),
      ("MET_WITH", AM, "person:mahmoud-vaezi", "وكان في استقباله", "2019-04-06"),
      ("LEADS", "person:mahmoud-vaezi", "organization:iranian-presidential-office", "رئيس مكتب رئيس الجمهورية"),
      ("MET_WITH", AM, "person:hassan-rouhani", "ثم استقبله", "2019-04-06"),
      ("MET_WITH", AM, "person:ali-khamenei", "كما التقى عبد المهدي", "2019-04-06"),
      ("VISITED", "person:thamer-al-ghadban", IRAN, "وزير النفط ثامر"),
      ("VISITED", "person:mohamed-ali-alhakim", IRAN, "ووزير الخارجية محمد علي")],
     {"title": "عبد المهدي يصل طهران في أول زيارة رسمية", "source": "IRNA Arabic",
      "published": "2019-04-06"}),

    ("enAK3_reuters_kadhimi_in_riyadh", "en",
     "RIYADH, March 31 (Reuters) - Iraqi Prime Minister Mustafa al-Kadhimi held talks with Saudi "
     "Crown Prince Mohammed bin Salman in Riyadh on Wednesday, on a visit postponed in January "
     "after twin suicide bombings, claimed by Islamic State, killed 32 people in Baghdad's "
     "Tayaran Square. The two sides agreed to set up a joint fund worth $3 billion to invest in "
     "Iraq's economy, state news agency SPA said. Kadhimi, who was greeted at the airport by the "
     "crown prince, was accompanied by Oil Minister Ihsan Abdul Jabbar and Finance Minister Ali "
     "Allawi. Saudi Energy Minister Prince Abdulaziz bin Salman held a separate meeting with the "
     "Iraqi oil minister on coordination within OPEC+. A meeting with King Salman, 85, was not on "
     "the agenda, an Iraqi official said.",
     [("LEADS", K, IRQ, "Iraqi Prime Minister Mustafa"),
      ("MET_WITH", K, "person:mohammed-bin-salman", "held talks with Saudi", "2021-03-31"),
      ("VISITED", K, SA, "Mohammed bin Salman in Riyadh", "2021-03-31"),
      ("ATTACKED", "organization:islamic-state", "location:tayaran-square", "claimed by Islamic State"),
      ("LOCATED_IN", "location:tayaran-square", BGD, "in Baghdad's"),
      ("VISITED", "person:ihsan-abdul-jabbar", SA, "accompanied by Oil Minister"),
      ("VISITED", "person:ali-allawi", SA, "Finance Minister Ali"),
      ("MET_WITH", "person:abdulaziz-bin-salman", "person:ihsan-abdul-jabbar", "held a separate meeting", "2021-03-31")],
     {"title": "Iraq's Kadhimi, Saudi crown prince agree $3 bln fund", "source": "Reuters",
      "published": "2021-03-31"}),

    ("arAK4_araby_kadhimi_security_posts", "ar",
     "بغداد ــ العربي الجديد\n"
     "أصدر رئيس الوزراء العراقي مصطفى الكاظمي، مساء السبت، أمراً ديوانياً بإعفاء فالح الفياض من "
     "منصبي مستشار الأمن الوطني ورئيس جهاز الأمن الوطني، وتعيين وزير الداخلية الأسبق قاسم "
     "الأعرجي مستشاراً للأمن الوطني خلفاً له، فيما كُلّف عبد الغني الأسدي برئاسة الجهاز. وأبقى "
     "الأمر الديواني الفياضَ رئيساً لهيئة الحشد الشعبي. وكان الكاظمي قد أعاد، بعد أيام من تسلّمه "
     "رئاسة الحكومة خلفاً لعادل عبد المهدي، الفريقَ الركن عبد الوهاب الساعدي إلى الخدمة رئيساً "
     "لجهاز مكافحة الإرهاب، بعدما أثار إبعاده في عهد سلفه غضب المحتجين. وقال عضو لجنة الأمن "
     "والدفاع البرلمانية بدر الزيادي لـ«العربي الجديد» إن القرارات «تعكس رغبة الكاظمي في الإمساك "
     "بالملف الأمني»، مشيراً إلى أن الفياض مدرج على لائحة العقوبات الأميركية منذ يناير الماضي.",
     [("LEADS", K, IRQ, "رئيس الوزراء العراقي مصطفى"),
      ("LEADS", FAY, "organization:iraqi-national-security-service", "ورئيس جهاز الأمن الوطني"),
      ("SUCCESSOR_OF", "person:qassim-al-araji", FAY, "مستشاراً للأمن الوطني خلفاً له", "2020-07-04"),
      ("LEADS", "person:abdul-ghani-al-asadi", "organization:iraqi-national-security-service", "برئاسة الجهاز"),
      ("LEADS", FAY, "organization:popular-mobilization-forces", "رئيساً لهيئة الحشد"),
      ("SUCCESSOR_OF", K, AM, "خلفاً لعادل"),
      ("LEADS", K, GOV, "بعد أيام من تسلّمه"),
      ("LEADS", AM, GOV, "رئاسة الحكومة خلفاً لعادل"),
      ("LEADS", "person:abdul-wahab-al-saadi", "organization:counter-terrorism-service", "لجهاز مكافحة الإرهاب"),
      ("MEMBER_OF", "person:badr-al-ziyadi", "organization:iraqi-parliament-security-defence-committee", "عضو لجنة الأمن"),
      ("REPORTED_BY", "person:badr-al-ziyadi", "outlet:al-araby-al-jadeed", "الزيادي لـ«العربي الجديد»")],
     {"title": "الكاظمي يعفي الفياض ويعين الأعرجي مستشاراً للأمن الوطني",
      "source": "Al-Araby Al-Jadeed", "published": "2020-07-04"}),

    ("enAK5_k24_sudani_in_ankara", "en",
     "ERBIL (Kurdistan24) – Iraqi Prime Minister Mohammed Shia' al-Sudani arrived in Ankara on "
     "Tuesday on his first official visit to Turkey since taking office, and was received by "
     "President Recep Tayyip Erdogan at the presidential complex. The two leaders discussed water "
     "shares, oil exports through the Iraq-Turkey pipeline and the presence of PKK fighters in "
     "the Kurdistan Region. Erdogan announced that Turkey would increase water releases into the "
     "Tigris for a month. Al-Sudani's delegation included Oil Minister Hayan Abdul-Ghani, who held "
     "talks with Turkish Energy Minister Fatih Donmez on resuming exports halted after an "
     "arbitration ruling in Paris. A meeting with Defence Minister Hulusi Akar, planned for "
     "Wednesday, was cancelled. Al-Sudani, who took over from Mustafa al-Kadhimi in October, has "
     "already visited Tehran, Berlin and Paris.",
     [("LEADS", SUD, IRQ, "Iraqi Prime Minister Mohammed"),
      ("VISITED", SUD, TR, "arrived in Ankara", "2023-03-21"),
      ("MET_WITH", SUD, "person:recep-tayyip-erdogan", "was received by", "2023-03-21"),
      ("VISITED", "person:hayan-abdul-ghani", TR, "delegation included Oil Minister"),
      ("MET_WITH", "person:hayan-abdul-ghani", "person:fatih-donmez", "Abdul-Ghani, who held", "2023-03-21"),
      ("SUCCESSOR_OF", SUD, K, "took over from Mustafa"),
      ("VISITED", SUD, IRAN, "already visited Tehran"),
      ("VISITED", SUD, "country:germany", "Tehran, Berlin"),
      ("VISITED", SUD, FR, "Berlin and Paris")],
     {"title": "Iraqi PM al-Sudani meets Erdogan in Ankara", "source": "Kurdistan24",
      "published": "2023-03-21"}),

    ("arAK6_sumaria_sudani_in_paris", "ar",
     "السومرية نيوز/ سياسة\n"
     "وقّع رئيس مجلس الوزراء محمد شياع السوداني والرئيس الفرنسي إيمانويل ماكرون، اليوم الخميس، "
     "في قصر الإليزيه، اتفاقية شراكة استراتيجية بين البلدين، عقب مباحثات ثنائية جمعتهما تناولت "
     "ملفات الطاقة والنقل ومكافحة الإرهاب. وكان السوداني قد وصل إلى العاصمة الفرنسية مساء "
     "الأربعاء على رأس وفد يضم وزير الخارجية فؤاد حسين. واستقبل السوداني في مقر إقامته وزيرة "
     "الخارجية الفرنسية كاترين كولونا، التي زارت بغداد الشهر الماضي وأجرت مباحثات مع نظيرها "
     "العراقي. وجرت المباحثات الموسعة بحضور السفير الفرنسي لدى العراق إريك شوفالييه. ولم "
     "يتسنَّ للسوداني لقاء رئيسة الوزراء الفرنسية إليزابيث بورن بسبب ارتباطاتها في البرلمان، "
     "بحسب مصدر في الوفد. وتُعد الزيارة الثانية للسوداني إلى أوروبا منذ تسلّمه رئاسة الحكومة "
     "خلفاً للكاظمي.",
     [("MET_WITH", SUD, MAC, "مباحثات ثنائية جمعتهما", "2023-01-26"),
      ("LEADS", MAC, FR, "الرئيس الفرنسي إيمانويل"),
      ("VISITED", SUD, FR, "وصل إلى العاصمة الفرنسية", "2023-01-25"),
      ("VISITED", "person:fuad-hussein", FR, "وفد يضم وزير الخارجية"),
      ("MET_WITH", SUD, "person:catherine-colonna", "واستقبل السوداني", "2023-01-26"),
      ("VISITED", "person:catherine-colonna", BGD, "زارت بغداد"),
      ("MET_WITH", "person:catherine-colonna", "person:fuad-hussein", "وأجرت مباحثات مع نظيرها"),
      ("SUCCESSOR_OF", SUD, K, "خلفاً للكاظمي"),
      ("LEADS", SUD, GOV, "تسلّمه رئاسة الحكومة"),
      ("LEADS", K, GOV, "منذ تسلّمه رئاسة")],
     {"title": "السوداني وماكرون يوقعان اتفاقية شراكة استراتيجية", "source": "Alsumaria News",
      "published": "2023-01-26"}),
]

if __name__ == "__main__":
    build(HERE, E, ARTICLES, set_name="setAK")
