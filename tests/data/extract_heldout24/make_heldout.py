"""Blind set S: the militias: al-Kaabi in Tehran, al-Khaz'ali's interview, the al-Qaim
strikes and the embassy siege, al-Sudani's cabinet, Hezbollah's Iraq contacts, the drone
attack on al-Kazemi's residence. Written and annotated blind (extractor neither read nor run).
Now a dev set (tuned on), no longer blind. Run from the repo root:
    python tests/data/extract_heldout24/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_tables import entity_table  # noqa: E402

HERE = Path(__file__).parent
E = entity_table("KNOWN", "EXTRA", "QT")

Q, S, K = "person:esmail-qaani", "person:qasem-soleimani", "person:mustafa-al-kadhimi"
M = "person:abu-mahdi-al-muhandis"
QF, IRGC, US = "organization:quds-force", "organization:irgc", "country:united-states"
PMF, KH = "organization:popular-mobilization-forces", "organization:kataib-hezbollah"
KZ, AAH = "person:qais-al-khazali", "organization:asaib-ahl-al-haq"
NUJ, KAA = "organization:harakat-al-nujaba", "person:akram-al-kaabi"
HZ, SUD = "organization:hezbollah", "person:mohammed-shia-al-sudani"

ARTICLES = [
    ("arS1_kaabi_tehran", "ar",
     "بغداد/ شفق نيوز- كشف مصدر مقرب من حركة النجباء، يوم السبت، أن الأمين العام للحركة أكرم "
     "الكعبي التقى في طهران قائد فيلق القدس اسماعيل قااني، وبحث معه \"مستقبل الوجود الأميركي في "
     "العراق\". وأوضح المصدر لوكالة شفق نيوز أن الكعبي، الذي وصل إلى العاصمة الإيرانية الأسبوع "
     "الماضي، اجتمع كذلك بأمين المجلس الأعلى للأمن القومي الإيراني علي شمخاني. من جانبه، قال "
     "المتحدث باسم الحركة حسين الموسوي إن \"النجباء جزء من محور المقاومة ولا تتلقى أوامر من "
     "أحد\". وتُعد النجباء، المنضوية ضمن هيئة الحشد الشعبي، من أبرز الفصائل الرافضة لبقاء القوات "
     "الأميركية، فيما تصنفها واشنطن منظمة إرهابية منذ عام 2019. وكانت الحركة قد أعلنت الشهر "
     "الماضي مسؤوليتها عن استهداف قاعدة حرير في أربيل بطائرة مسيّرة، من دون وقوع إصابات.",
     [("LEADS", KAA, NUJ, "الأمين العام للحركة"),
      ("MET_WITH", KAA, Q, "الأمين العام للحركة"),
      ("VISITED", KAA, "country:iran", "الأمين العام للحركة"),
      ("LEADS", Q, QF, "الأمين العام للحركة"),
      ("MET_WITH", KAA, "person:ali-shamkhani", "اجتمع كذلك"),
      ("MEMBER_OF", "person:ali-shamkhani", "organization:supreme-national-security-council",
       "اجتمع كذلك"),
      ("MEMBER_OF", "person:hussein-al-mousawi", NUJ, "حسين الموسوي"),
      ("PART_OF", NUJ, PMF, "المنضوية ضمن"),
      ("ATTACKED", NUJ, "location:harir-base", "مسؤوليتها عن استهداف"),
      ("LOCATED_IN", "location:harir-base", "location:erbil", "مسؤوليتها عن استهداف"),
      ],
     {"source": "blind set (Shafaq News-style)", "published": "2021-05"}),

    ("enS2_khazaali_interview", "en",
     "BAGHDAD (Reuters) - Qais al-Khaz'ali, leader of the Iran-backed Asaib Ahl al-Haq militia, "
     "said on Sunday he had met Quds Force commander Ismael Kaani in Baghdad last month, but "
     "denied receiving orders to attack U.S. forces. \u201cWe met him as we used to meet Hajj "
     "Qassem,\u201d Khaz'ali told Reuters in an interview at his office, referring to Qassem "
     "Soleimani, whose successor Kaani became after Soleimani was killed in a U.S. strike at "
     "Baghdad airport. Khaz'ali, whose group holds 15 seats in parliament, said Prime Minister "
     "Mustafa al-Kathimi had \u201cno mandate\u201d to negotiate the presence of American troops. "
     "Jawad al-Talibawi, Asaib's military commander, said separately that the group was "
     "observing a truce brokered by the Popular Mobilization Forces. Washington designated "
     "Asaib Ahl al-Haq a terrorist organisation in January 2020.",
     [("LEADS", KZ, AAH, "leader of the Iran-backed"),
      ("SUPPORTS", "country:iran", AAH, "leader of the Iran-backed"),
      ("MET_WITH", KZ, Q, "leader of the Iran-backed"),
      ("LEADS", Q, QF, "leader of the Iran-backed"),
      ("VISITED", Q, "location:baghdad", "leader of the Iran-backed"),
      ("REPORTED_BY", KZ, "outlet:reuters", "told Reuters"),
      ("MET_WITH", KZ, S, "told Reuters"),
      ("SUCCESSOR_OF", Q, S, "whose successor Kaani"),
      ("ASSASSINATED_BY", S, US, "whose successor Kaani", "2020-01-03"),
      ("MEMBER_OF", "person:jawad-al-talibawi", AAH, "military commander"),
      ],
     {"source": "blind set (Reuters-style)", "published": "2020-11"}),

    ("arS3_qaim_strikes_embassy", "ar",
     "بغداد ــ العربي الجديد\n"
     "شنّت مقاتلات أميركية، مساء الأحد، غارات على خمسة مواقع تابعة لكتائب حزب الله في قضاء "
     "القائم غربي الأنبار وفي الأراضي السورية المحاذية، ما أسفر عن مقتل 25 عنصراً على الأقل. "
     "وذكر البنتاغون أن الضربات جاءت رداً على هجوم صاروخي استهدف قاعدة كي وان في كركوك وأدى إلى "
     "مقتل متعاقد أميركي. وقال قائد عمليات الأنبار في الحشد الشعبي قاسم مصلح لـ\"العربي الجديد\" "
     "إن \"الرد سيكون في الوقت المناسب\". وبعد يومين، اقتحم مئات من أنصار الفصائل محيط السفارة "
     "الأميركية في المنطقة الخضراء، وتقدّمهم نائب رئيس هيئة الحشد أبو مهدي المهندس وزعيم عصائب "
     "أهل الحق قيس الخزعلي. وكان المهندس قد التقى، بحسب مصادر، الأمين العام لمنظمة بدر هادي "
     "العامري قبل ساعات من الاحتجاج. وبعد أيام قليلة، قُتل المهندس بغارة أميركية مع قاسم "
     "سليماني.",
     [("ATTACKED", US, KH, "شنّت مقاتلات أميركية", "2019-12-29"),
      ("LOCATED_IN", "location:k1-air-base", "location:kirkuk", "قاعدة كي وان"),
      ("MEMBER_OF", "person:qasim-muslih", PMF, "قاسم مصلح"),
      ("REPORTED_BY", "person:qasim-muslih", "outlet:al-araby-al-jadeed", "قاسم مصلح"),
      ("LOCATED_IN", "location:us-embassy-baghdad", "location:green-zone", "اقتحم مئات"),
      ("MEMBER_OF", M, PMF, "اقتحم مئات"),
      ("LEADS", KZ, AAH, "اقتحم مئات"),
      ("MET_WITH", M, "person:hadi-al-amiri", "قبل ساعات من الاحتجاج"),
      ("LEADS", "person:hadi-al-amiri", "organization:badr-organization",
       "قبل ساعات من الاحتجاج"),
      ("ASSASSINATED_BY", M, US, "وبعد أيام قليلة", "2020-01-03"),
      ("ASSASSINATED_BY", S, US, "وبعد أيام قليلة", "2020-01-03"),
      ],
     {"source": "blind set (Al-Araby Al-Jadeed-style)", "published": "2020-01-01"}),

    ("enS4_sudani_cabinet", "en",
     "BAGHDAD (AP) \u2014 Iraq's parliament on Thursday approved a new government led by "
     "Mohammed Shia al-Sudani, ending a year-long political deadlock. Al-Sudani, a former labor "
     "minister backed by the Coordination Framework, a group of mostly Iran-aligned Shiite "
     "parties, replaces Mustafa al-Khadimi, who had served as prime minister since May 2020. "
     "Lawmakers also confirmed 21 ministers, among them Thabet al-Abbasi as defense minister "
     "and Fuad Hussein, who kept the foreign ministry. Before the vote, al-Sudani met with "
     "Badr Organization leader Hadi al-Ameri and former Prime Minister Nouri al-Maliki, whose "
     "State of Law coalition is the largest bloc in the framework, a framework official said. "
     "Followers of Shiite cleric Muqtada al-Sadr, who pulled his lawmakers out of parliament in "
     "June, did not protest. Al-Khadimi left for London shortly after handing over power.",
     [("LEADS", SUD, "organization:iraqi-government", "a new government led by"),
      ("SUPPORTS", "organization:coordination-framework", SUD, "replaces Mustafa"),
      ("SUCCESSOR_OF", SUD, K, "replaces Mustafa", "2022-10-27"),
      ("MEMBER_OF", "person:thabet-al-abbasi", "organization:iraqi-government",
       "Lawmakers also confirmed"),
      ("MEMBER_OF", "person:fuad-hussein", "organization:iraqi-government",
       "Lawmakers also confirmed"),
      ("MET_WITH", SUD, "person:hadi-al-amiri", "Before the vote"),
      ("MET_WITH", SUD, "person:nouri-al-maliki", "Before the vote"),
      ("LEADS", "person:hadi-al-amiri", "organization:badr-organization", "Before the vote"),
      ("LEADS", "person:nouri-al-maliki", "organization:state-of-law-coalition", "Before the vote"),
      ("MEMBER_OF", "organization:state-of-law-coalition", "organization:coordination-framework",
       "Before the vote"),
      ("VISITED", K, "location:london", "left for London"),
      ],
     {"source": "blind set (AP-style)", "published": "2022-10-27"}),

    ("arS5_nasrallah_anniversary", "ar",
     "بيروت: «الشرق الأوسط»\n"
     "قال الأمين العام لـ«حزب الله» حسن نصر الله، في كلمة متلفزة بمناسبة الذكرى الأولى لمقتل "
     "قائد «فيلق القدس» السابق قاسم سُليماني، إن «اغتياله على يد الإدارة الأميركية لن يمر من دون "
     "عقاب». وأضاف أن سليماني زار بيروت مرات عدة خلال حرب تموز 2006، واجتمع به «في الضاحية "
     "الجنوبية تحت القصف». ولم يأتِ نصر الله على ذكر قاآني بالاسم، غير أن مصادر مقربة من الحزب "
     "أفادت بأن وفداً برئاسة مسؤول وحدة الارتباط والتنسيق في الحزب وفيق صفا زار طهران الشهر "
     "الماضي، وأن لقاءً جمع صفا وقاآني، خليفة سليماني في قيادة الفيلق. وكان القيادي في الحزب محمد كوثراني، "
     "المسؤول عن الملف العراقي، قد التقى زعيم «التيار الصدري» مقتدى الصدر في النجف، بحسب المصادر "
     "نفسها.",
     [("LEADS", "person:hassan-nasrallah", HZ, "في كلمة متلفزة"),
      ("LEADS", S, QF, "في كلمة متلفزة"),
      ("ASSASSINATED_BY", S, US, "في كلمة متلفزة", "2020-01-03"),
      ("VISITED", S, "location:beirut", "زار بيروت مرات"),
      ("MET_WITH", S, "person:hassan-nasrallah", "زار بيروت مرات", "2006"),
      ("MEMBER_OF", "person:wafiq-safa", HZ, "وفيق صفا"),
      ("VISITED", "person:wafiq-safa", "country:iran", "وفيق صفا"),
      ("MET_WITH", "person:wafiq-safa", Q, "وفيق صفا"),
      ("SUCCESSOR_OF", Q, S, "وفيق صفا"),
      ("LEADS", Q, QF, "وفيق صفا"),
      ("MEMBER_OF", "person:mohammad-kawtharani", HZ, "محمد كوثراني"),
      ("MET_WITH", "person:mohammad-kawtharani", "person:muqtada-al-sadr", "محمد كوثراني"),
      ("VISITED", "person:mohammad-kawtharani", "location:najaf", "محمد كوثراني"),
      ("LEADS", "person:muqtada-al-sadr", "organization:sadrist-movement", "محمد كوثراني"),
      ],
     {"source": "blind set (Asharq Al-Awsat-style)", "published": "2021-01-03"}),

    ("enS6_drone_attack_kazemi", "en",
     "ERBIL, Kurdistan Region (Rudaw) \u2013 Iran's Quds Force commander Esmail Qa'ani arrived "
     "in Baghdad on Monday, a day after Iraqi Prime Minister Mustafa al-Kazemi survived an "
     "assassination attempt when three explosive-laden drones targeted his residence in the "
     "Green Zone. Qa'ani met Kazemi and later held talks with leaders of the Coordination "
     "Framework, two sources told Rudaw. No group has claimed the attack, but Kataib "
     "Hezbollah's security official Abu Ali al-Askari mocked Kazemi on Twitter, saying nobody "
     "\u201cwould waste a drone\u201d on him. Major General Saad Maan, head of Iraq's Security "
     "Media Cell, told reporters that two of the drones had been shot down. Kurdistan Region "
     "President Nechirvan Barzani phoned Kazemi to condemn the attack, and a planned visit by "
     "Masrour Barzani to Baghdad was postponed.",
     [("LEADS", Q, QF, "arrived in Baghdad"),
      ("VISITED", Q, "location:baghdad", "arrived in Baghdad", "2021-11-08"),
      ("LEADS", K, "country:iraq", "arrived in Baghdad"),
      ("MET_WITH", Q, K, "met Kazemi", "2021-11-08"),
      ("MET_WITH", Q, "organization:coordination-framework", "met Kazemi", "2021-11-08"),
      ("MEMBER_OF", "person:abu-ali-al-askari", "organization:kataib-hezbollah",
       "security official"),
      ("LEADS", "person:saad-maan", "organization:security-media-cell", "Saad Maan"),
      ("LEADS", "person:nechirvan-barzani", "location:kurdistan-region", "phoned Kazemi"),
      ],
     {"source": "blind set (Rudaw-style)", "published": "2021-11-08"}),
]


if __name__ == "__main__":
    build(HERE, E, ARTICLES, set_name="setS")
