"""Blind set B: succession at the Quds Force, Hezbollah's Iraq file, Iran's ambassadors,
Khazali's interview, Kadhimi in Tehran, Kataib Hezbollah after the June 2020 raid.
Written and annotated blind (extractor neither read nor run).
Now a dev set (tuned on), no longer blind. Run from the repo root:
    python tests/data/extract_heldout14/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities import KNOWN  # noqa: E402

HERE = Path(__file__).parent
E = {**KNOWN,
     "person:mohammad-hejazi": ("Person", "Mohammad Hejazi", "محمد حجازي"),
     "organization:sadrist-movement": ("Organization", "Sadrist Movement", "التيار الصدري"),
     "person:mohammed-kawtharani": ("Person", "Mohammed Kawtharani", "محمد الكوثراني"),
     "person:mohammad-kazem-al-e-sadegh": ("Person", "Mohammad Kazem Al-e Sadegh",
                                           "محمد كاظم آل صادق"),
     "person:iraj-masjedi": ("Person", "Iraj Masjedi", "إيرج مسجدي"),
     "organization:fatah-alliance": ("Organization", "Fatah Alliance", "تحالف الفتح"),
     "outlet:associated-press": ("Outlet", "Associated Press", "أسوشيتد برس"),
     "organization:counter-terrorism-service": ("Organization", "Counter-Terrorism Service",
                                                "جهاز مكافحة الإرهاب"),
     "person:abdul-wahab-al-saadi": ("Person", "Abdul Wahab al-Saadi", "عبد الوهاب الساعدي"),
     }

Q, S, K = "person:esmail-qaani", "person:qasem-soleimani", "person:mustafa-al-kadhimi"
QF, US = "organization:quds-force", "country:united-states"

ARTICLES = [
    ("enB1_qaani_named", "en",
     "Iran's Supreme Leader Ayatollah Ali Khamenei on Friday named Brig. Gen. Esmaeil Qa'ani "
     "as the new commander of the Islamic Revolutionary Guard Corps' Quds Force, hours after "
     "Qassem Soleimani was killed in a U.S. strike in Baghdad. Qa'ani, 62, had served as "
     "Soleimani's deputy since 1997 and oversaw the force's operations in Afghanistan and "
     "Pakistan. In a decree carried by state media, Khamenei said the force's programme would "
     "remain \u201cunchanged from the time of its previous commander.\u201d Brig. Gen. Mohammad "
     "Hejazi was later appointed deputy commander of the Quds Force. Analysts who spoke to "
     "Al-Monitor said the new chief lacks the personal ties to Iraqi militia leaders that "
     "Soleimani had cultivated over two decades.",
     [("LEADS", "person:ali-khamenei", "country:iran", "Supreme Leader Ayatollah"),
      ("LEADS", Q, QF, "as the new commander"),
      ("PART_OF", QF, "organization:irgc", "as the new commander"),
      ("SUCCESSOR_OF", Q, S, "as the new commander"),
      ("ASSASSINATED_BY", S, US, "as the new commander", "2020-01"),
      ("MEMBER_OF", "person:mohammad-hejazi", QF, "deputy commander of the Quds"),
      ],
     {"source": "blind set (Al-Monitor-style)", "published": "2020-01-03"}),

    ("arB2_khalafan_li_soleimani", "ar",
     "طهران - لندن: «الشرق الأوسط»\n"
     "أصدر المرشد الإيراني علي خامنئي مرسوماً عيّن بموجبه العميد إسماعيل قاآنى قائداً لـ«فيلق "
     "القدس»، الذراع الخارجية لـ«الحرس الثوري»، خلفاً للجنرال قاسم سليمانى الذي قُتل بضربة "
     "أميركية قرب مطار بغداد الدولي فجر الجمعة 3 يناير (كانون الثاني) 2020. وقُتل في الضربة "
     "ذاتها نائب رئيس هيئة «الحشد الشعبي» أبو مهدي المهندس، وثمانية آخرون. وتوعّد قائد «الحرس "
     "الثوري» اللواء حسين سلامي بـ«انتقام قاسٍ» من الولايات المتحدة. وفي بغداد، دعا زعيم التيار "
     "الصدري مقتدى الصدر فصائل «المقاومة» إلى الاستعداد، فيما أعلن رئيس الوزراء المستقيل عادل "
     "عبد المهدي الحداد ثلاثة أيام. ومن المقرر أن يصوّت البرلمان العراقي على قرار يطالب بإخراج "
     "القوات الأجنبية من البلاد.",
     [("LEADS", "person:ali-khamenei", "country:iran", "أصدر المرشد"),
      ("LEADS", Q, QF, "أصدر المرشد"),
      ("PART_OF", QF, "organization:irgc", "أصدر المرشد"),
      ("SUCCESSOR_OF", Q, S, "أصدر المرشد"),
      ("ASSASSINATED_BY", S, US, "أصدر المرشد", "2020-01-03"),
      ("ASSASSINATED_BY", "person:abu-mahdi-al-muhandis", US, "وقُتل في الضربة", "2020-01-03"),
      ("MEMBER_OF", "person:abu-mahdi-al-muhandis", "organization:popular-mobilization-forces",
       "وقُتل في الضربة"),
      ("LEADS", "person:hossein-salami", "organization:irgc", "وتوعّد"),
      ("LEADS", "person:muqtada-al-sadr", "organization:sadrist-movement", "دعا زعيم التيار"),
      ],
     {"source": "blind set (Asharq Al-Awsat-style)", "published": "2020-01-04"}),

    ("enB3_hezbollah_iraq_file", "en",
     "BEIRUT (Reuters) - Lebanon's Hezbollah has stepped up its role in guiding Iraqi armed "
     "factions since the killing of Qassem Soleimani, with senior official Mohammed Kawtharani "
     "travelling to Baghdad several times this year, three sources familiar with the matter "
     "said. Kawtharani, a Hezbollah member who has long handled the group's Iraq file, met "
     "Kataib Hezbollah commanders and Asaib Ahl al-Haq leader Qais al-Khazaali in March, two of "
     "the sources said. Hezbollah leader Sayyed Hassan Nasrallah has also hosted Iraqi faction "
     "leaders in Beirut, the sources said. A Hezbollah spokesman declined to comment. The U.S. "
     "Treasury has sanctioned Kawtharani, accusing him of helping the Quds Force coordinate the "
     "militias. Iran's new Quds Force chief Esmail Ghaani is seen as less fluent in Arabic than "
     "his predecessor.",
     [("VISITED", "person:mohammed-kawtharani", "location:baghdad", "travelling to Baghdad"),
      ("MEMBER_OF", "person:mohammed-kawtharani", "organization:hezbollah", "a Hezbollah member"),
      ("MET_WITH", "person:mohammed-kawtharani", "organization:kataib-hezbollah",
       "a Hezbollah member"),
      ("MET_WITH", "person:mohammed-kawtharani", "person:qais-al-khazali", "a Hezbollah member"),
      ("LEADS", "person:qais-al-khazali", "organization:asaib-ahl-al-haq", "a Hezbollah member"),
      ("LEADS", "person:hassan-nasrallah", "organization:hezbollah", "has also hosted"),
      ("MET_WITH", "person:hassan-nasrallah", "organization:iran-backed-militias",
       "has also hosted"),
      ("LEADS", Q, QF, "new Quds Force chief"),
      ("SUCCESSOR_OF", Q, S, "new Quds Force chief"),
      ],
     {"source": "blind set (Reuters-style)", "published": "2020-06"}),

    ("arB4_masjedi_successor", "ar",
     "سلّم السفير الإيراني الجديد لدى العراق محمد كاظم آل صادق، اليوم الأحد، نسخة من أوراق "
     "اعتماده إلى وزير الخارجية العراقي فؤاد حسين، خلفاً للسفير السابق إيرج مسجدي الذي أمضى نحو "
     "أربع سنوات في بغداد. ويُعدّ آل صادق، المولود في النجف، من المقربين من \"فيلق القدس\"، إذ "
     "عمل سنوات مساعداً لقاسم سليماني في الملف العراقي، بحسب ما نقلت وكالة \"تسنيم\" الإيرانية. "
     "وكانت وزارة الخزانة الأميركية قد فرضت عقوبات على مسجدي عام 2020، واتهمته بأنه \"مستشار "
     "كبير\" في الحرس الثوري. والتقى السفير الجديد في وقت لاحق رئيس تحالف الفتح هادي العامري في "
     "مكتبه ببغداد، وبحث معه \"تطورات الأوضاع السياسية\"، وفق بيان للتحالف.",
     [("MET_WITH", "person:mohammad-kazem-al-e-sadegh", "person:fuad-hussein", "سلّم السفير"),
      ("SUCCESSOR_OF", "person:mohammad-kazem-al-e-sadegh", "person:iraj-masjedi", "سلّم السفير"),
      ("MET_WITH", "person:mohammad-kazem-al-e-sadegh", "person:hadi-al-amiri", "والتقى السفير"),
      ("LEADS", "person:hadi-al-amiri", "organization:fatah-alliance", "والتقى السفير"),
      ],
     {"source": "blind set (Al-Araby Al-Jadeed-style)", "published": "2022-04-10"}),

    ("enB5_khazali_interview", "en",
     "Qais al-Khazali, the secretary-general of the Iran-backed militia Asaib Ahl al-Haq, said "
     "in an interview with the Associated Press that he had never met Esmail Qaani's "
     "predecessor in Tehran \u201cto receive orders,\u201d dismissing U.S. accusations that his "
     "group takes instructions from Iran. Khazali, whose group is part of the Popular "
     "Mobilization Forces, acknowledged that he held talks with Qaani in Baghdad last month but "
     "described them as \u201cconsultations between allies.\u201d He also said Asaib Ahl al-Haq "
     "had \u201cnothing to do\u201d with a rocket attack on Erbil airport last week that killed a "
     "foreign contractor. The U.S. State Department designated the group a terrorist "
     "organization in January 2020 and sanctioned Khazali and his brother Laith.",
     [("LEADS", "person:qais-al-khazali", "organization:asaib-ahl-al-haq", "secretary-general"),
      ("SUPPORTS", "country:iran", "organization:asaib-ahl-al-haq", "secretary-general"),
      ("REPORTED_BY", "person:qais-al-khazali", "outlet:associated-press", "secretary-general"),
      ("PART_OF", "organization:asaib-ahl-al-haq", "organization:popular-mobilization-forces",
       "whose group is part of"),
      ("MET_WITH", "person:qais-al-khazali", Q, "whose group is part of"),
      ("VISITED", Q, "location:baghdad", "whose group is part of"),
      ],
     {"source": "blind set (AP-style)", "published": "2021-02-24"}),

    ("arB6_kadhimi_tehran", "ar",
     "وصل رئيس الوزراء العراقي مصطفى الكاظمي إلى طهران، يوم الثلاثاء 21 يوليو/تموز 2020، في أول "
     "زيارة خارجية له منذ توليه المنصب خلفاً لعادل عبد المهدي، على رأس وفد يضم وزير الخارجية فؤاد "
     "حسين ومستشار الأمن الوطني قاسم الأعرجي. واستقبله الرئيس الإيراني حسن روحاني في مجمع سعد "
     "آباد، قبل أن يلتقي المرشد الأعلى علي خامنئي. ونقل الموقع الرسمي لخامنئي عنه قوله إن \"إيران "
     "لن تنسى أبداً أن الأميركيين قتلوا ضيفكم في بيتكم\"، في إشارة إلى قاسم سليماني، وإنها "
     "\"ستوجّه الضربة المقابلة\". وأكد الكاظمي أن العراق \"لن يسمح بأن يكون منطلقاً للاعتداء على "
     "إيران\". وكان من المقرر أن يزور الكاظمي الرياض قبل طهران، لكن الزيارة أُرجئت بسبب دخول "
     "العاهل السعودي المستشفى.",
     [("LEADS", K, "country:iraq", "وصل رئيس الوزراء"),
      ("VISITED", K, "country:iran", "وصل رئيس الوزراء", "2020-07-21"),
      ("SUCCESSOR_OF", K, "person:adil-abdul-mahdi", "وصل رئيس الوزراء"),
      ("VISITED", "person:fuad-hussein", "country:iran", "وصل رئيس الوزراء", "2020-07-21"),
      ("VISITED", "person:qassim-al-araji", "country:iran", "وصل رئيس الوزراء", "2020-07-21"),
      ("MET_WITH", K, "person:hassan-rouhani", "واستقبله"),
      ("LEADS", "person:hassan-rouhani", "country:iran", "واستقبله"),
      ("MET_WITH", K, "person:ali-khamenei", "واستقبله"),
      ("ASSASSINATED_BY", S, US, "قتلوا ضيفكم"),
      ],
     {"source": "blind set (Al-Araby Al-Jadeed-style)", "published": "2020-07-21"}),

    ("enB7_kh_after_raid", "en",
     "Kataib Hezbollah's security official Abu Ali al-Askari warned on Wednesday that the "
     "group would target U.S. interests if American troops did not leave Iraq by the end of "
     "the year. The statement came three months after Lt. Gen. Abdul Wahab al-Saadi, the commander "
     "of Iraq's Counter-Terrorism Service, oversaw the arrest of 14 Kataib Hezbollah fighters "
     "on the southern outskirts of Baghdad. The detainees were released days later after the "
     "Popular Mobilization Forces' chairman, Falih al-Fayadh, intervened. Washington accuses "
     "Kataib Hezbollah of firing rockets at the U.S. embassy and at bases hosting coalition "
     "troops. Prime Minister Mustafa al-Kadhimi, who ordered the arrests, met U.S. Secretary "
     "of State Mike Pompeo in Washington in August and secured a commitment to reduce troop "
     "numbers.",
     [("MEMBER_OF", "person:abu-ali-al-askari", "organization:kataib-hezbollah",
       "security official"),
      ("LEADS", "person:abdul-wahab-al-saadi", "organization:counter-terrorism-service",
       "oversaw the arrest"),
      ("LEADS", "person:falih-al-fayyadh", "organization:popular-mobilization-forces",
       "The detainees were released"),
      ("MET_WITH", K, "person:mike-pompeo", "who ordered the arrests"),
      ("VISITED", K, US, "who ordered the arrests", "2020-08"),
      ],
     {"source": "blind set (Al-Monitor-style)", "published": "2020-09-23"}),
]


if __name__ == "__main__":
    build(HERE, E, ARTICLES, set_name="setB")
