"""Blind set AY: Iran's own successions 2021-2025: Mokhber and Bagheri Kani after the Raisi
crash (Reuters), Bagheri Kani's first tour to Beirut and Damascus (Al-Araby Al-Jadeed),
Pezeshkian names Aref and meets Pashinyan (AP), the Majlis confirms Pezeshkian's cabinet (IRNA
Arabic), Karami takes the IRGC Ground Force (Tasnim English), Amir-Abdollahian's first trip at the
Baghdad conference (Shafaq News). Written and annotated blind (extractor neither read nor run).
Run: python /work/team/blind/setAY/make_heldout.py
Now a dev set (tuned on), no longer blind. Run from the repo root:
    python tests/data/extract_heldout44/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_tables import entity_table  # noqa: E402

HERE = Path(__file__).parent
E = entity_table(
    "KNOWN", "EXTRA", "MP", "QT", "UW", "XZ", "AC", "AF", "AI", "AL", "AO", "AR", "AU", "BA"
)

RAISI, MOKH = "person:ebrahim-raisi", "person:mohammad-mokhber"
HAA, BK, ARQ = "person:hossein-amir-abdollahian", "person:ali-bagheri-kani", "person:abbas-araghchi"
PEZ, KHAM, IRAN = "person:masoud-pezeshkian", "person:ali-khamenei", "country:iran"
S, QF, US = "person:qasem-soleimani", "organization:quds-force", "country:united-states"
ISR, IRGC = "country:israel", "organization:irgc"

ARTICLES = [
    ("enAY1_mokhber_bagheri_kani_after_crash", "en",
     "DUBAI, May 20 (Reuters) - Iran's Supreme Leader Ayatollah Ali Khamenei appointed First "
     "Vice President Mohammad Mokhber on Monday to take over the duties of President Ebrahim "
     "Raisi, who died with Foreign Minister Hossein Amirabdollahian when their helicopter "
     "crashed in fog in the mountains of the northwest. Hours later the cabinet named Ali Bagheri "
     "Kani, the chief nuclear negotiator, as acting foreign minister in place of Amirabdollahian. "
     "Raisi had met Azerbaijan's President Ilham Aliyev on Sunday morning to inaugurate a dam on "
     "their shared border. Pir-Hossein Kolivand, head of the Iranian Red Crescent, said rescuers "
     "had found no survivors. Mokhber, 68, received Kolivand and Iran's armed forces chief of "
     "staff, Major General Mohammad Bagheri, at the presidential compound later on Monday, "
     "officials said. Some hardliners blamed Israel, which did not comment.",
     [("LEADS", KHAM, IRAN, "Iran's Supreme Leader Ayatollah"),
      ("SUCCESSOR_OF", MOKH, RAISI, "to take over the duties of President", "2024-05-20"),
      ("SUCCESSOR_OF", BK, HAA, "in place of Amirabdollahian", "2024-05-20"),
      ("MET_WITH", RAISI, "person:ilham-aliyev", "Raisi had met Azerbaijan's", "2024-05-19"),
      ("LEADS", "person:ilham-aliyev", "country:azerbaijan", "Azerbaijan's President Ilham"),
      ("LEADS", "person:pir-hossein-kolivand", "organization:iranian-red-crescent",
       "head of the Iranian Red Crescent"),
      ("MET_WITH", MOKH, "person:pir-hossein-kolivand", "received Kolivand", "2024-05-20"),
      ("MET_WITH", MOKH, "person:mohammad-bagheri", "received Kolivand", "2024-05-20"),
      ("LEADS", "person:mohammad-bagheri", "organization:iranian-armed-forces-general-staff",
       "armed forces chief of staff"),
      ],
     {"source": "blind set (Reuters-style)", "published": "2024-05-20"}),

    ("arAY2_bagheri_kani_beirut_damascus", "ar",
     "بيروت ــ العربي الجديد\n"
     "وصل القائم بأعمال وزير الخارجية الإيراني علي باقري كني إلى دمشق، أمس الثلاثاء، قادماً من "
     "بيروت، في أول جولة خارجية له منذ تولّيه الحقيبة بعد مصرع حسين أمير عبد اللهيان في تحطم "
     "المروحية الرئاسية. واستقبله الرئيس السوري بشار الأسد بحضور وزير الخارجية فيصل المقداد، "
     "بعدما كان معاون وزير الخارجية أيمن سوسان في استقباله بالمطار. وكان باقري كني قد التقى في "
     "بيروت رئيسَ مجلس النواب نبيه بري ورئيسَ حكومة تصريف الأعمال نجيب ميقاتي، كما اجتمع بالأمين "
     "العام لـ«حزب الله» حسن نصر الله، وفق بيان للحزب. وقال مصدر دبلوماسي لـ«العربي الجديد» إن "
     "الجولة تحمل رسالة مفادها أن سياسة طهران «لن تتغير» بعد رحيل رئيسي. ولم يُعقد لقاء كان "
     "مرتقباً مع ممثلي الفصائل الفلسطينية في دمشق. وتأتي الزيارة بعد شهرين من الغارة الإسرائيلية "
     "التي دمّرت مبنى القنصلية الإيرانية في حي المزة وقتلت العميد محمد رضا زاهدي.",
     [("VISITED", BK, "location:damascus", "وصل القائم بأعمال", "2024-06-04"),
      ("SUCCESSOR_OF", BK, HAA, "منذ تولّيه الحقيبة بعد مصرع", "2024-05"),
      ("MET_WITH", "person:bashar-al-assad", BK, "واستقبله الرئيس السوري", "2024-06-04"),
      ("LEADS", "person:bashar-al-assad", "country:syria", "واستقبله الرئيس السوري"),
      ("MET_WITH", BK, "person:ayman-sousan", "أيمن سوسان في استقباله", "2024-06-04"),
      ("VISITED", BK, "location:beirut", "قد التقى في بيروت", "2024-06-03"),
      ("MET_WITH", BK, "person:nabih-berri", "قد التقى في بيروت", "2024-06-03"),
      ("MET_WITH", BK, "person:najib-mikati", "قد التقى في بيروت", "2024-06-03"),
      ("LEADS", "person:nabih-berri", "organization:lebanese-parliament", "رئيسَ مجلس النواب"),
      ("MET_WITH", BK, "person:hassan-nasrallah", "كما اجتمع بالأمين", "2024-06-03"),
      ("LEADS", "person:hassan-nasrallah", "organization:hezbollah", "كما اجتمع بالأمين"),
      ("ATTACKED", ISR, "location:iranian-consulate-damascus", "الغارة الإسرائيلية التي دمّرت",
       "2024-04-01"),
      ("LOCATED_IN", "location:iranian-consulate-damascus", "location:mezzeh",
       "القنصلية الإيرانية في حي المزة"),
      ("ASSASSINATED_BY", "person:mohammad-reza-zahedi", ISR, "وقتلت العميد", "2024-04-01"),
      ],
     {"source": "blind set (Al-Araby Al-Jadeed-style)", "published": "2024-06-05"}),

    ("enAY3_pezeshkian_aref_pashinyan", "en",
     "TEHRAN, Iran (AP) \u2014 Iran's new President Masoud Pezeshkian on Sunday named Mohammad "
     "Reza Aref, a reformist former lawmaker, as his first vice president, replacing Mohammad "
     "Mokhber, who took over as acting president after Ebrahim Raisi's death in a May "
     "helicopter crash. Pezeshkian also proposed veteran diplomat Abbas Araghchi as foreign "
     "minister, a pick that still needs lawmakers' approval before he can succeed Ali Bagheri "
     "Kani. On inauguration day the president held talks in Tehran with Armenian Prime Minister "
     "Nikol Pashinyan and received Naim Qassem, Hezbollah's deputy leader. Hamas political leader "
     "Ismail Haniyeh, another guest, was killed hours later in the capital; Iran and Hamas blamed "
     "Israel, which has not claimed the attack. The head of the presidential office, Mohsen "
     "Haji-Mirzaei, told reporters the full cabinet list would go to parliament within days.",
     [("LEADS", PEZ, IRAN, "Iran's new President Masoud"),
      ("SUCCESSOR_OF", "person:mohammad-reza-aref", MOKH, "replacing Mohammad", "2024-08-04"),
      ("SUCCESSOR_OF", MOKH, RAISI, "who took over as acting president", "2024-05"),
      ("MET_WITH", PEZ, "person:nikol-pashinyan", "held talks in Tehran with Armenian",
       "2024-07-30"),
      ("LEADS", "person:nikol-pashinyan", "country:armenia", "Armenian Prime Minister"),
      ("VISITED", "person:nikol-pashinyan", IRAN, "held talks in Tehran with Armenian",
       "2024-07-30"),
      ("MET_WITH", PEZ, "person:naim-qassem", "received Naim Qassem", "2024-07-30"),
      ("VISITED", "person:naim-qassem", IRAN, "received Naim Qassem", "2024-07-30"),
      ("MEMBER_OF", "person:naim-qassem", "organization:hezbollah", "Hezbollah's deputy leader"),
      ("LEADS", "person:ismail-haniyeh", "organization:hamas", "Hamas political leader"),
      ("LEADS", "person:mohsen-haji-mirzaei", "organization:iranian-presidential-office",
       "The head of the presidential office"),
      ],
     {"source": "blind set (AP-style)", "published": "2024-08-04"}),

    ("arAY4_majlis_confirms_cabinet", "ar",
     "طهران – إرنا – منح مجلس الشورى الإسلامي، اليوم الأربعاء، الثقةَ لجميع الوزراء التسعة عشر "
     "الذين اقترحهم رئيس الجمهورية مسعود بزشكيان، في سابقة هي الأولى منذ عقود. وأعلن رئيس المجلس "
     "محمد باقر قاليباف نتائج التصويت، إذ نال العميد عزيز نصير زاده حقيبة الدفاع خلفاً للعميد محمد "
     "رضا آشتياني، فيما تسلّم العميد إسكندر مؤمني وزارة الداخلية بعد أحمد وحيدي، وحصل عبد الناصر "
     "همتي، المحافظ الأسبق للبنك المركزي الإيراني، على ثقة النواب وزيراً للاقتصاد. كما صوّت النواب "
     "لعباس عراقجي وزيراً للخارجية، ليخلُفَ علي باقري كني الذي أدار الوزارة بالوكالة منذ أيار/مايو. "
     "وفي أول نشاط له، استقبل وزير الداخلية الجديد نظيره العراقي عبد الأمير الشمري، الذي وصل إلى "
     "طهران لبحث ترتيبات زيارة الأربعين وأمن الحدود. وكان الشمري قد أجرى اتصالاً هاتفياً بوحيدي قبل "
     "أسبوعين.",
     [("LEADS", "person:mohammad-bagher-ghalibaf", "organization:iranian-parliament",
       "وأعلن رئيس المجلس"),
      ("SUCCESSOR_OF", "person:aziz-nasirzadeh", "person:mohammad-reza-ashtiani",
       "حقيبة الدفاع خلفاً", "2024-08-21"),
      ("SUCCESSOR_OF", "person:eskandar-momeni", "person:ahmad-vahidi", "وزارة الداخلية بعد أحمد",
       "2024-08-21"),
      ("LEADS", "person:abdolnaser-hemmati", "organization:central-bank-of-iran",
       "المحافظ الأسبق للبنك"),
      ("SUCCESSOR_OF", ARQ, BK, "ليخلُفَ علي باقري", "2024-08-21"),
      ("MET_WITH", "person:eskandar-momeni", "person:abdul-amir-al-shammari",
       "استقبل وزير الداخلية الجديد"),
      ("VISITED", "person:abdul-amir-al-shammari", IRAN, "الذي وصل إلى طهران"),
      ],
     {"source": "blind set (IRNA Arabic-style)", "published": "2024-08-21"}),

    ("enAY5_karami_irgc_ground_force", "en",
     "TEHRAN (Tasnim) \u2013 Leader of the Islamic Revolution Ayatollah Seyed Ali Khamenei on "
     "Saturday appointed Brigadier General Mohammad Karami as the new commander of the IRGC "
     "Ground Force, filling the post left vacant when Major General Mohammad Pakpour was named "
     "commander-in-chief of the Islamic Revolution Guards Corps. Pakpour had himself been elevated "
     "to replace Major General Hossein Salami, who was martyred in the Zionist regime's "
     "aggression on June 13 along with Major General Gholam Ali Rashid, the commander of the "
     "Khatam al-Anbiya Central Headquarters. Karami, who previously led the Ground Force's Quds "
     "Base in the southeast, met Pakpour at the Guards' headquarters on Sunday to review "
     "\u201cthe lessons of the 12-day war.\u201d IRGC spokesman Brigadier General Ali Mohammad "
     "Naini told Tasnim that the appointments showed \u201cthe continuity of command.\u201d",
     [("LEADS", "person:mohammad-karami", "organization:irgc-ground-forces",
       "appointed Brigadier General Mohammad Karami"),
      ("SUCCESSOR_OF", "person:mohammad-karami", "person:mohammad-pakpour",
       "filling the post left vacant", "2025-06"),
      ("LEADS", "person:mohammad-pakpour", "organization:irgc-ground-forces",
       "filling the post left vacant"),
      ("LEADS", "person:mohammad-pakpour", IRGC, "was named commander-in-chief"),
      ("PART_OF", "organization:irgc-ground-forces", IRGC, "commander of the IRGC"),
      ("SUCCESSOR_OF", "person:mohammad-pakpour", "person:hossein-salami",
       "elevated to replace", "2025-06-13"),
      ("ASSASSINATED_BY", "person:hossein-salami", ISR, "martyred in the Zionist regime's",
       "2025-06-13"),
      ("ASSASSINATED_BY", "person:gholam-ali-rashid", ISR, "along with Major General Gholam",
       "2025-06-13"),
      ("LEADS", "person:gholam-ali-rashid", "organization:khatam-al-anbiya-central-headquarters",
       "the commander of the Khatam"),
      ("MET_WITH", "person:mohammad-karami", "person:mohammad-pakpour",
       "met Pakpour at the Guards"),
      ("MEMBER_OF", "person:ali-mohammad-naini", IRGC, "IRGC spokesman"),
      ("REPORTED_BY", "person:ali-mohammad-naini", "outlet:tasnim", "told Tasnim"),
      ],
     {"source": "blind set (Tasnim English-style)", "published": "2025-06"}),

    ("arAY6_amir_abdollahian_baghdad_conference", "ar",
     "شفق نيوز/ التقى وزير الخارجية الإيراني الجديد حسين أمير عبد اللهيان، اليوم السبت، رئيسَ "
     "الوزراء العراقي مصطفى الكاظمي على هامش «مؤتمر بغداد للتعاون والشراكة»، في أول مهمة خارجية "
     "له بعد أيام من تسلّمه الوزارة خلفاً لمحمد جواد ظريف. وكان عبد اللهيان قد وصل إلى بغداد صباحاً "
     "على رأس وفد رفيع، وبحث مع الكاظمي «أمن المنطقة» وملف الوجود الأمريكي، بحسب بيان لمكتب رئيس "
     "الوزراء. كما اجتمع الوزير الإيراني برئيس الوزراء الكويتي الشيخ صباح الخالد الحمد الصباح، "
     "وبوزير الخارجية المصري سامح شكري، وفق ما أفاد مصدر في الوفد. وأثار عبد اللهيان جدلاً حين وقف "
     "في الصف الأول المخصص للقادة خلال الصورة التذكارية. ويُعرف الوزير، الذي عمل مساعداً لرئيس "
     "البرلمان الإيراني للشؤون الدولية، بقربه من قائد فيلق القدس السابق قاسم سليماني، الذي اغتيل "
     "بضربة أمريكية قرب مطار بغداد مطلع 2020. ولم يلتقِ عبد اللهيان الرئيس الفرنسي إيمانويل ماكرون "
     "رغم حضورهما المؤتمر.",
     [("MET_WITH", HAA, "person:mustafa-al-kadhimi", "التقى وزير الخارجية الإيراني الجديد",
       "2021-08-28"),
      ("LEADS", "person:mustafa-al-kadhimi", "country:iraq", "الوزراء العراقي مصطفى"),
      ("SUCCESSOR_OF", HAA, "person:mohammad-javad-zarif", "خلفاً لمحمد جواد", "2021-08-25"),
      ("VISITED", HAA, "location:baghdad", "قد وصل إلى بغداد", "2021-08-28"),
      ("MET_WITH", HAA, "person:sabah-al-khalid-al-sabah", "كما اجتمع الوزير الإيراني",
       "2021-08-28"),
      ("LEADS", "person:sabah-al-khalid-al-sabah", "country:kuwait", "برئيس الوزراء الكويتي"),
      ("MET_WITH", HAA, "person:sameh-shoukry", "كما اجتمع الوزير الإيراني", "2021-08-28"),
      ("MEMBER_OF", HAA, "organization:iranian-parliament", "مساعداً لرئيس"),
      ("LEADS", S, QF, "قائد فيلق القدس السابق"),
      ("ASSASSINATED_BY", S, US, "اغتيل بضربة أمريكية", "2020-01-03"),
      ],
     {"source": "blind set (Shafaq News-style)", "published": "2021-08-28"}),
]

if __name__ == "__main__":
    build(HERE, E, ARTICLES, set_name="setAY")
