"""Blind set A: Qaani's visits to Baghdad, the 2020 strike, McKenzie, Zarif, the drone attack
on Kadhimi's residence. Written and annotated blind (extractor neither read nor run).
Now a dev set (tuned on), no longer blind. Run from the repo root:
    python tests/data/extract_heldout13/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities import KNOWN  # noqa: E402

HERE = Path(__file__).parent
E = {**KNOWN,
     "organization:fatah-alliance": ("Organization", "Fatah Alliance", "تحالف الفتح"),
     "organization:coordination-framework": ("Organization", "Coordination Framework",
                                             "الإطار التنسيقي"),
     "organization:baghdad-operations-command": ("Organization", "Baghdad Operations Command",
                                                 "قيادة عمليات بغداد"),
     "person:ahmed-salim-bahjat": ("Person", "Ahmed Salim Bahjat", "أحمد سليم بهجت"),
     "person:juma-inad": ("Person", "Juma Inad", "جمعة عناد"),
     "location:ain-al-asad-air-base": ("Location", "Ain al-Asad Air Base", "قاعدة عين الأسد الجوية"),
     }

Q, S, K = "person:esmail-qaani", "person:qasem-soleimani", "person:mustafa-al-kadhimi"
QF, US = "organization:quds-force", "country:united-states"

ARTICLES = [
    ("enA1_ghaani_unannounced", "en",
     "BAGHDAD (Reuters) - The commander of Iran's Quds Force, Ismail Ghaani, made an "
     "unannounced visit to Baghdad on Tuesday and met leaders of Iran-backed armed factions, "
     "two Iraqi officials told Reuters. Ghaani, who took over the elite unit after a U.S. "
     "strike killed his predecessor Qassem Suleimani in January 2020, held separate talks with "
     "Badr Organisation chief Hadi al-Amiri and Asaib Ahl al-Haq leader Qais al-Khazali, the "
     "officials said. The factions have repeatedly fired rockets at the U.S. embassy in the "
     "heavily fortified Green Zone. Ghaani urged them to halt the attacks until the new "
     "administration in Washington takes office, one of the officials said. A spokesman for "
     "Prime Minister Mostafa al-Kazimi said the premier had not met the Iranian general. "
     "\u201cThere was no meeting with the prime minister,\u201d he said. Kataib Hezbollah, the "
     "most hardline of the factions, did not respond to a request for comment.",
     [("LEADS", Q, QF, "The commander of Iran's Quds Force"),
      ("VISITED", Q, "location:baghdad", "made an unannounced visit"),
      ("MET_WITH", Q, "organization:iran-backed-militias", "met leaders of Iran-backed"),
      ("SUPPORTS", "country:iran", "organization:iran-backed-militias", "Iran-backed armed"),
      ("SUCCESSOR_OF", Q, S, "took over the elite unit"),
      ("ASSASSINATED_BY", S, US, "strike killed his predecessor", "2020-01"),
      ("MET_WITH", Q, "person:hadi-al-amiri", "held separate talks"),
      ("MET_WITH", Q, "person:qais-al-khazali", "held separate talks"),
      ("LEADS", "person:hadi-al-amiri", "organization:badr-organization", "Badr Organisation chief"),
      ("LEADS", "person:qais-al-khazali", "organization:asaib-ahl-al-haq", "Asaib Ahl al-Haq leader"),
      ("ATTACKED", "organization:iran-backed-militias", "location:us-embassy-baghdad",
       "repeatedly fired rockets"),
      ("LOCATED_IN", "location:us-embassy-baghdad", "location:green-zone", "heavily fortified"),
      ],
     {"source": "blind set (Reuters-style)", "published": "2020-11-18"}),

    ("arA2_qaani_amiri_khazali", "ar",
     "كشفت مصادر سياسية عراقية في بغداد لـ\"العربي الجديد\"، اليوم الخميس، أن قائد \"فيلق "
     "القدس\" التابع للحرس الثوري الإيراني، إسماعيل قاءاني، وصل إلى العاصمة العراقية مساء "
     "الأربعاء في زيارة لم يُعلن عنها مسبقاً، هي الثالثة له منذ مطلع العام. وبحسب المصادر، فقد "
     "اجتمع قاءاني بزعيم تحالف الفتح هادي العامري، والأمين العام لعصائب أهل الحق قيس الخزعلي، "
     "ورئيس هيئة الحشد الشعبي فالح الفياض، كلٌّ على حدة. وأضافت أن خليفة سليماني طلب من قادة "
     "الفصائل \"ضبط النفس\" وعدم استهداف المصالح الأميركية إلى حين اتضاح موقف الإدارة الجديدة "
     "في واشنطن. في المقابل، نفى مكتب رئيس الوزراء مصطفى الكاظمي أن يكون الأخير قد التقى "
     "قاءاني، مؤكداً أن \"أي لقاء من هذا النوع يُعلن عنه رسمياً\". ولم تعلّق طهران رسمياً على "
     "الزيارة حتى الآن.",
     [("LEADS", Q, QF, "وصل إلى العاصمة العراقية"),
      ("PART_OF", QF, "organization:irgc", "وصل إلى العاصمة العراقية"),
      ("VISITED", Q, "location:baghdad", "وصل إلى العاصمة العراقية"),
      ("MET_WITH", Q, "person:hadi-al-amiri", "اجتمع قاءاني"),
      ("MET_WITH", Q, "person:qais-al-khazali", "اجتمع قاءاني"),
      ("MET_WITH", Q, "person:falih-al-fayyadh", "اجتمع قاءاني"),
      ("LEADS", "person:hadi-al-amiri", "organization:fatah-alliance", "اجتمع قاءاني"),
      ("LEADS", "person:qais-al-khazali", "organization:asaib-ahl-al-haq", "اجتمع قاءاني"),
      ("LEADS", "person:falih-al-fayyadh", "organization:popular-mobilization-forces",
       "اجتمع قاءاني"),
      ("SUCCESSOR_OF", Q, S, "خليفة سليماني"),
      ],
     {"source": "blind set (Al-Araby Al-Jadeed-style)", "published": "2020-11-19"}),

    ("enA3_anniversary_strike", "en",
     "BAGHDAD (AP) \u2014 Thousands of supporters of Iraq's Iran-backed militias rallied in "
     "central Baghdad on Sunday to mark the first anniversary of the killing of Iranian Gen. "
     "Qassem Soleimani and Iraqi militia commander Abu Mahdi al-Mohandes. The two men were "
     "killed in a U.S. drone strike ordered by President Donald Trump near Baghdad "
     "International Airport on Jan. 3, 2020. Soleimani headed the Quds Force, the external arm "
     "of Iran's Revolutionary Guard. Al-Mohandes was the deputy head of the Popular "
     "Mobilization Forces, an umbrella group of mostly Shiite militias that includes Kataib "
     "Hezbollah, the group he once led. Protesters chanted against the United States and "
     "demanded the withdrawal of American troops. Days after the strike, Iran retaliated by "
     "firing ballistic missiles at Ain al-Asad air base in western Iraq, which hosts U.S. "
     "troops, injuring dozens of American service members.",
     [("SUPPORTS", "country:iran", "organization:iran-backed-militias", "Iraq's Iran-backed"),
      ("ASSASSINATED_BY", S, US, "The two men were killed", "2020-01-03"),
      ("ASSASSINATED_BY", "person:abu-mahdi-al-muhandis", US, "The two men were killed",
       "2020-01-03"),
      ("ASSASSINATED_BY", S, "person:donald-trump", "The two men were killed", "2020-01-03"),
      ("ASSASSINATED_BY", "person:abu-mahdi-al-muhandis", "person:donald-trump",
       "The two men were killed", "2020-01-03"),
      ("LEADS", S, QF, "Soleimani headed"),
      ("PART_OF", QF, "organization:irgc", "Soleimani headed"),
      ("MEMBER_OF", "person:abu-mahdi-al-muhandis", "organization:popular-mobilization-forces",
       "deputy head of the Popular"),
      ("PART_OF", "organization:kataib-hezbollah", "organization:popular-mobilization-forces",
       "umbrella group"),
      ("LEADS", "person:abu-mahdi-al-muhandis", "organization:kataib-hezbollah", "he once led"),
      ("ATTACKED", "country:iran", "location:ain-al-asad-air-base", "Iran retaliated"),
      ("LOCATED_IN", "location:ain-al-asad-air-base", "country:iraq", "Iran retaliated"),
      ("LOCATED_IN", "organization:us-armed-forces", "location:ain-al-asad-air-base",
       "which hosts U.S."),
      ],
     {"source": "blind set (AP-style)", "published": "2021-01-03"}),

    ("arA4_mckenzie_salih", "ar",
     "بغداد: «الشرق الأوسط»\n"
     "استقبل رئيس الجمهورية العراقية برهم صالح، أمس، قائد القيادة المركزية الأميركية الجنرال "
     "كينيث ماكينزي، والوفد المرافق له، في قصر السلام ببغداد. وذكر بيان رئاسي أن اللقاء بحث "
     "«سبل تعزيز التعاون الأمني بين البلدين، ومواصلة الحرب ضد فلول تنظيم داعش». وكان ماكينزي قد "
     "وصل إلى العاصمة العراقية في زيارة غير معلنة، التقى خلالها أيضاً رئيس الوزراء مصطفى الكاظمي "
     "ووزير الدفاع جمعة عناد. وقال ماكينزي للصحافيين المرافقين له إن القوات الأميركية في العراق "
     "«ستبقى ما دامت الحكومة العراقية ترغب في ذلك». وأضاف أن بلاده «لا تسعى إلى التصعيد مع "
     "إيران»، لكنها «سترد على أي هجوم يستهدف جنودها». ولم يلتقِ القائد الأميركي أياً من قادة هيئة "
     "الحشد الشعبي خلال الزيارة.",
     [("MET_WITH", "person:barham-salih", "person:kenneth-mckenzie", "استقبل رئيس الجمهورية"),
      ("LEADS", "person:barham-salih", "country:iraq", "استقبل رئيس الجمهورية"),
      ("LEADS", "person:kenneth-mckenzie", "organization:us-central-command",
       "استقبل رئيس الجمهورية"),
      ("VISITED", "person:kenneth-mckenzie", "location:baghdad", "وصل إلى العاصمة العراقية"),
      ("MET_WITH", "person:kenneth-mckenzie", K, "وصل إلى العاصمة العراقية"),
      ("MET_WITH", "person:kenneth-mckenzie", "person:juma-inad", "وصل إلى العاصمة العراقية"),
      ("LOCATED_IN", "organization:us-armed-forces", "country:iraq", "ستبقى ما دامت"),
      ],
     {"source": "blind set (Asharq Al-Awsat-style)", "published": "2021-02-25"}),

    ("enA5_zarif_baghdad", "en",
     "Iranian Foreign Minister Javad Zarif arrived in Baghdad on Saturday on a two-day visit, "
     "his first since the killing of Revolutionary Guards General Qasem Soleimani, AFP "
     "correspondents said. Zarif was received by President Barham Saleh at the Salam Palace, "
     "before holding talks with his Iraqi counterpart Fuad Hussein and Prime Minister Mustafa "
     "Kadhemi, according to Iraqi officials. He is also expected to meet parliament speaker "
     "Mohammed al-Halbousi on Sunday. Iraq has been caught in a tug-of-war between its two main "
     "allies, Tehran and Washington, since Trump pulled the United States out of the 2015 "
     "nuclear deal. \u201cWe will not allow Iraq to become an arena for settling scores,\u201d "
     "Hussein told a joint news conference.",
     [("VISITED", "person:mohammad-javad-zarif", "location:baghdad", "arrived in Baghdad"),
      ("MEMBER_OF", S, "organization:irgc", "arrived in Baghdad"),
      ("MET_WITH", "person:mohammad-javad-zarif", "person:barham-salih", "was received by"),
      ("MET_WITH", "person:mohammad-javad-zarif", "person:fuad-hussein", "was received by"),
      ("MET_WITH", "person:mohammad-javad-zarif", K, "was received by"),
      ("WITHDREW_FROM", "person:donald-trump", "agreement:jcpoa", "pulled the United States",
       "2018"),
      ("WITHDREW_FROM", US, "agreement:jcpoa", "pulled the United States", "2018"),
      ],
     {"source": "blind set (AFP-style)", "published": "2020-07"}),

    ("arA6_drone_residence", "ar",
     "نجا رئيس الوزراء العراقي مصطفى الكاظمي فجر الأحد من محاولة اغتيال بطائرة مسيّرة مفخخة "
     "استهدفت مقر إقامته في المنطقة الخضراء وسط بغداد، بحسب ما أعلنت خلية الإعلام الأمني. وقال "
     "قائد عمليات بغداد الفريق الركن أحمد سليم بهجت إن ثلاث طائرات مسيّرة أُطلقت نحو المنزل، "
     "أُسقطت اثنتان منها، فيما أصابت الثالثة المبنى وأدت إلى جرح عدد من أفراد الحماية. ولم تتبنَّ "
     "أي جهة الهجوم حتى الآن، فيما نفت كتائب حزب الله أي صلة لها به. وبعد ساعات، وصل قائد فيلق "
     "القدس إسماعيل قآني إلى بغداد، حيث اجتمع بالكاظمي وبقادة في الإطار التنسيقي، وفق مصدرين "
     "مطلعين تحدثا لوكالة رويترز. ودان الرئيس الأميركي جو بايدن الهجوم، وقال إن \"الإرهابيين\" لن "
     "ينجحوا في زعزعة استقرار العراق.",
     [("LEADS", K, "country:iraq", "نجا رئيس الوزراء"),
      ("LOCATED_IN", "location:green-zone", "location:baghdad", "نجا رئيس الوزراء"),
      ("LEADS", "person:ahmed-salim-bahjat", "organization:baghdad-operations-command",
       "قائد عمليات بغداد"),
      ("VISITED", Q, "location:baghdad", "حيث اجتمع"),
      ("LEADS", Q, QF, "حيث اجتمع"),
      ("MET_WITH", Q, K, "حيث اجتمع"),
      ("MET_WITH", Q, "organization:coordination-framework", "حيث اجتمع"),
      ("LEADS", "person:joe-biden", US, "ودان الرئيس الأميركي"),
      ],
     {"source": "blind set (Reuters Arabic-style)", "published": "2021-11-07"}),
]


if __name__ == "__main__":
    build(HERE, E, ARTICLES, set_name="setA")
