"""Blind set CZ: Yemen and Syria, and Western envoys in Damascus and Riyadh, 2019-2025, as a
newspaper writes them: the Houthi prime minister al-Rahawi killed in an Israeli strike on Sanaa,
Miftah acting, Rahawi's own succession to bin Habtoor (Guardian-style, Aug 2025); the US envoy Tim
Lenderking's talks in Riyadh with al-Alimi, bin Mubarak (successor of Maeen Abdulmalik) and the
Saudi ambassador, Grundberg's meeting with al-Zubaidi and an intended Muscat trip (Asharq
Al-Awsat-style, 2024); Barbara Leaf's delegation meeting al-Sharaa in Damascus and the Jalali-Bashir
handover (AP-style, Dec 2024); Trump meeting al-Sharaa in Riyadh with the Saudi crown prince
present and Erdogan on video, al-Sharaa succeeding al-Assad (Asharq Al-Awsat-style, May 2025);
David Lammy in Damascus, the Barrot/Baerbock visit, a phone call with Mazloum Abdi (The
National-style, July 2025); Hassan Irloo's death of Covid, his credentials to al-Mashat and the
2019 Houthi delegation received by Khamenei (Al-Araby Al-Jadeed-style, Dec 2021).
Style: en/ar alternating; a killing claimed by its agent; a death from illness; an accusation
denied; acting holders; a video link and phone calls (no meeting); "before heading to Muscat to
meet" (intention only); a delegation whose members all met the host; "لم تعلن ... خليفة له" (no
successor); the Jolani alias. Spellings: al-Jolani, Abdul-Malik.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it (see tests/data/extract_test_README.md). Run from the repo root:
    python tests/data/extract_test_cz/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_cz import ALL  # noqa: E402

HERE = Path(__file__).parent

ISR, US = "country:israel", "country:united-states"
RAH, MIF, HAB = "person:ahmed-al-rahawi", "person:mohammed-miftah", "person:abdulaziz-bin-habtoor"
MASH, AMH, HGOV = "person:mahdi-al-mashat", "person:abdul-malik-al-houthi", "organization:houthi-government"
SPC, HOU = "organization:houthi-supreme-political-council", "organization:houthis"
LEN, ALI, BMU = "person:tim-lenderking", "person:rashad-al-alimi", "person:ahmed-awad-bin-mubarak"
JAB, GRU, ZUB, ABS = ("person:mohammed-al-jaber", "person:hans-grundberg", "person:aidarous-al-zubaidi",
                      "person:mohammed-abdulsalam")
SHA, LEAF, CAR, RUB = ("person:ahmed-al-sharaa", "person:barbara-leaf", "person:roger-carstens",
                       "person:daniel-rubinstein")
BASH, JAL, ASSAD = "person:mohammed-al-bashir", "person:mohammed-ghazi-al-jalali", "person:bashar-al-assad"
SGOV, DAM = "organization:syrian-government", "location:damascus"
TRUMP, MBS, ERD, SHAI = ("person:donald-trump", "person:mohammed-bin-salman", "person:recep-tayyip-erdogan",
                         "person:asaad-al-shaibani")
LAM, BARR, BAER = "person:david-lammy", "person:jean-noel-barrot", "person:annalena-baerbock"
IRL, KHA, ZAR = "person:hassan-irloo", "person:ali-khamenei", "person:mohammad-javad-zarif"

ARTICLES = [
    ("enCZ1_rahawi_killed_sanaa", "en",
     "Yemen's Houthi rebels said on Saturday that their prime minister, Ahmed Ghaleb al-Rahawi, and "
     "several ministers had been killed in an Israeli airstrike on Sanaa, the most senior officials "
     "of the movement to die in nearly two years of exchanges of fire with Israel.\n"
     "Mahdi al-Mashat, the head of the Houthis' Supreme Political Council, said in a televised "
     "address that Rahawi's deputy, Mohammed Miftah, would act as prime minister. Israel's military "
     "said on Thursday that it had struck a Houthi military target in the capital, and Israel's "
     "defence minister, Israel Katz, later said Israel had killed the Houthi government's leaders.\n"
     "Rahawi, a former governor of Abyan, was appointed in August 2024, replacing Abdulaziz bin "
     "Habtoor, who had led the Sanaa government since 2016. He was little known outside Yemen, and "
     "real power rests with the movement's leader, Abdul-Malik al-Houthi, and his inner circle.\n"
     "The Houthi interior minister, Abdulkarim al-Houthi, an uncle of the leader, was not at the "
     "meeting that was hit, a Houthi official said. Mashat vowed revenge: \"Dark days await you.\"\n"
     "In Aden, the internationally recognised government said the Houthis had dragged Yemen into "
     "a war that was not its own.",
     [("LEADS", RAH, HGOV, "their prime minister, Ahmed"),
      ("ASSASSINATED_BY", RAH, ISR, "killed in an Israeli airstrike on Sanaa", "2025-08-28"),
      ("ATTACKED", ISR, "location:sanaa", "killed in an Israeli airstrike on Sanaa", "2025-08-28"),
      ("LEADS", MASH, SPC, "the head of the Houthis' Supreme Political Council"),
      ("SUCCESSOR_OF", MIF, RAH, "would act as prime minister", "2025-08-30"),
      ("LEADS", MIF, HGOV, "would act as prime minister"),
      ("LEADS", "person:israel-katz", "organization:israeli-defense-ministry", "defence minister, Israel Katz"),
      ("SUCCESSOR_OF", RAH, HAB, "replacing Abdulaziz", "2024-08"),
      ("LEADS", HAB, HGOV, "who had led the Sanaa government"),
      ("LEADS", AMH, HOU, "the movement's leader, Abdul-Malik"),
      ("MEMBER_OF", "person:abdulkarim-al-houthi", HGOV, "The Houthi interior minister"),
      ],
     {"source": "blind set (Guardian-style)", "published": "2025-08-30"}),

    ("arCZ2_lenderking_riyadh_talks", "ar",
     "الرياض - «الشرق الأوسط»: التقى المبعوث الأميركي الخاص إلى اليمن تيم ليندركينغ، في الرياض، "
     "رئيس مجلس القيادة الرئاسي رشاد العليمي، وبحث معه التصعيد الحوثي في البحر الأحمر وتداعياته على "
     "مسار السلام، بحسب بيان لمكتب العليمي.\n"
     "واجتمع ليندركينغ أيضاً برئيس الوزراء أحمد عوض بن مبارك، الذي عُيّن في شباط الماضي خلفاً لمعين "
     "عبد الملك. كما التقى السفير السعودي لدى اليمن محمد آل جابر. وأكد بن مبارك، وفق بيان حكومي، أن "
     "«الحوثيين أغلقوا كل أبواب السلام».\n"
     "وكان المبعوث الأممي هانس غروندبرغ قد زار الرياض الأسبوع الماضي والتقى عضو مجلس القيادة عيدروس "
     "الزبيدي، رئيس المجلس الانتقالي الجنوبي، قبل أن يتوجه إلى مسقط للقاء كبير المفاوضين الحوثيين "
     "محمد عبد السلام.\n"
     "ولم يلتقِ ليندركينغ أي مسؤول حوثي، إذ ترفض الجماعة استقباله منذ أعادت واشنطن تصنيفها «منظمة "
     "إرهابية عالمية مصنّفة بشكل خاص» في كانون الثاني. واكتفى المبعوث بإجراء اتصال هاتفي بوزير "
     "الخارجية العماني بدر البوسعيدي لبحث قنوات التواصل مع صنعاء.",
     [("MET_WITH", LEN, ALI, "التقى المبعوث الأميركي الخاص", "2024-05"),
      ("VISITED", LEN, "location:riyadh", "في الرياض، رئيس", "2024-05"),
      ("LEADS", ALI, "organization:presidential-leadership-council", "رئيس مجلس القيادة الرئاسي"),
      ("MET_WITH", LEN, BMU, "واجتمع ليندركينغ أيضاً", "2024-05"),
      ("LEADS", BMU, "organization:yemeni-government", "برئيس الوزراء أحمد"),
      ("SUCCESSOR_OF", BMU, "person:maeen-abdulmalik", "خلفاً لمعين", "2024-02-05"),
      ("MET_WITH", LEN, JAB, "كما التقى السفير السعودي", "2024-05"),
      ("VISITED", GRU, "location:riyadh", "قد زار الرياض الأسبوع الماضي", "2024-05"),
      ("MET_WITH", GRU, ZUB, "والتقى عضو مجلس القيادة", "2024-05"),
      ("MEMBER_OF", ZUB, "organization:presidential-leadership-council", "والتقى عضو مجلس القيادة"),
      ("LEADS", ZUB, "organization:southern-transitional-council", "رئيس المجلس الانتقالي الجنوبي"),
      ("MEMBER_OF", ABS, HOU, "كبير المفاوضين الحوثيين"),
      ("LEADS", "person:badr-albusaidi", "organization:omani-foreign-ministry", "الخارجية العماني بدر"),
      ],
     {"source": "blind set (Asharq Al-Awsat-style)", "published": "2024-05-20"}),

    ("enCZ3_leaf_meets_sharaa_damascus", "en",
     "DAMASCUS, Syria (AP) - A U.S. delegation led by Barbara Leaf, the assistant secretary of state "
     "for Near Eastern affairs, met Ahmed al-Sharaa, the leader of the Islamist group Hayat Tahrir "
     "al-Sham, in Damascus on Friday, the first visit by American diplomats to the Syrian capital in "
     "more than a decade.\n"
     "Leaf told reporters afterward that her talks with Sharaa, better known by his nom de guerre Abu "
     "Mohammed al-Jolani, were \"good, very productive,\" and that Washington would drop the $10 "
     "million bounty it had offered for his capture. Presidential hostage envoy Roger Carstens and "
     "Daniel Rubinstein, a senior State Department adviser newly assigned to Syria, also took part "
     "in the meeting.\n"
     "The delegation did not meet Mohammed al-Bashir, whom HTS installed as caretaker prime minister "
     "on Dec. 10, replacing Mohammed Ghazi al-Jalali, Bashar Assad's last head of government. Jalali "
     "stayed at his desk for two days after Assad fled to Moscow and handed over the ministries at a "
     "meeting with Sharaa and Bashir at a Damascus hotel.\n"
     "Leaf said the U.S. side had pressed for information on Austin Tice, the American journalist who "
     "disappeared near Damascus in 2012.",
     [("MET_WITH", LEAF, SHA, "A U.S. delegation led by Barbara Leaf", "2024-12-20"),
      ("VISITED", LEAF, DAM, "A U.S. delegation led by Barbara Leaf", "2024-12-20"),
      ("MEMBER_OF", LEAF, "organization:us-state-department", "the assistant secretary of state"),
      ("LEADS", SHA, "organization:hayat-tahrir-al-sham", "the leader of the Islamist group"),
      ("MET_WITH", CAR, SHA, "also took part", "2024-12-20"),
      ("MET_WITH", RUB, SHA, "also took part", "2024-12-20"),
      ("MEMBER_OF", RUB, "organization:us-state-department", "a senior State Department adviser"),
      ("LEADS", BASH, SGOV, "as caretaker prime minister"),
      ("SUCCESSOR_OF", BASH, JAL, "replacing Mohammed Ghazi", "2024-12-10"),
      ("LEADS", JAL, SGOV, "last head of government"),
      ("MET_WITH", JAL, SHA, "at a meeting with Sharaa and Bashir", "2024-12-10"),
      ("MET_WITH", JAL, BASH, "at a meeting with Sharaa and Bashir", "2024-12-10"),
      ("MET_WITH", SHA, BASH, "at a meeting with Sharaa and Bashir", "2024-12-10"),
      ],
     {"source": "blind set (AP-style)", "published": "2024-12-20"}),

    ("arCZ4_trump_sharaa_riyadh", "ar",
     "الرياض - «الشرق الأوسط»: التقى الرئيس الأميركي دونالد ترامب، الأربعاء، الرئيس السوري أحمد الشرع "
     "في الرياض، في أول لقاء بين رئيسي البلدين منذ 25 عاماً، وذلك بحضور ولي العهد السعودي الأمير "
     "محمد بن سلمان، فيما شارك الرئيس التركي رجب طيب أردوغان في الاجتماع عبر الاتصال المرئي.\n"
     "وجاء اللقاء غداة إعلان ترامب رفع العقوبات الأميركية عن سوريا. وقال البيت الأبيض إن ترامب حثّ "
     "الشرع على الانضمام إلى «اتفاقات أبراهام». ورافق الشرعَ وزيرُ الخارجية أسعد الشيباني، الذي عقد "
     "على هامش الزيارة جلسة مع نظيره الأميركي ماركو روبيو.\n"
     "وهذا ثاني حضور للشرع في الرياض منذ توليه الرئاسة، بعد زيارته الأولى إلى الخارج في شباط، حين "
     "استقبله ولي العهد في قصر اليمامة. وكان الشرع قد أُعلن رئيساً للمرحلة الانتقالية في 29 كانون "
     "الثاني، خلفاً لبشار الأسد الذي فرّ إلى موسكو بعد سقوط نظامه.\n"
     "وعيّن الشرع شقيقه ماهر الشرع أميناً عاماً لرئاسة الجمهورية، فيما تولّى مرهف أبو قصرة وزارة "
     "الدفاع. ولم يلتقِ الشرع أي مسؤول إسرائيلي، رغم تقارير عن اتصالات غير مباشرة.",
     [("MET_WITH", TRUMP, SHA, "التقى الرئيس الأميركي دونالد", "2025-05-14"),
      ("LEADS", TRUMP, US, "الرئيس الأميركي دونالد ترامب"),
      ("LEADS", SHA, "country:syria", "الرئيس السوري أحمد"),
      ("VISITED", TRUMP, "location:riyadh", "في الرياض، في أول لقاء", "2025-05-14"),
      ("VISITED", SHA, "location:riyadh", "في الرياض، في أول لقاء", "2025-05-14"),
      ("MET_WITH", TRUMP, MBS, "بحضور ولي العهد السعودي", "2025-05-14"),
      ("MET_WITH", SHA, MBS, "بحضور ولي العهد السعودي", "2025-05-14"),
      ("LEADS", ERD, "country:turkey", "الرئيس التركي رجب"),
      ("LEADS", SHAI, "organization:syrian-foreign-ministry", "وزيرُ الخارجية أسعد"),
      ("MET_WITH", SHAI, "person:marco-rubio", "جلسة مع نظيره الأميركي", "2025-05-14"),
      ("SUCCESSOR_OF", SHA, ASSAD, "خلفاً لبشار الأسد", "2025-01-29"),
      ("MEMBER_OF", "person:maher-al-sharaa", "organization:syrian-presidency", "أميناً عاماً لرئاسة الجمهورية"),
      ("LEADS", "person:murhaf-abu-qasra", "organization:syrian-defence-ministry", "تولّى مرهف أبو قصرة"),
      ],
     {"source": "blind set (Asharq Al-Awsat-style)", "published": "2025-05-15"}),

    ("enCZ5_lammy_in_damascus", "en",
     "DAMASCUS // British Foreign Secretary David Lammy met Syria's President Ahmed Al Shara in "
     "Damascus on Saturday, the first visit by a British minister to the country in 14 years, and "
     "announced £94.5 million in humanitarian and recovery aid.\n"
     "Mr Lammy, who succeeded David Cameron as foreign secretary last July, also held talks with "
     "Foreign Minister Asaad Al Shaibani on the return of refugees and the destruction of chemical "
     "weapons stockpiles. He was accompanied by Hamish Falconer, the Foreign Office minister for "
     "the Middle East.\n"
     "\"It is in Britain's interest to support the new government to deliver a stable, secure and "
     "prosperous future,\" Mr Lammy said.\n"
     "Britain restored diplomatic relations with Damascus in May. In January, the French and German "
     "foreign ministers, Jean-Noel Barrot and Annalena Baerbock, became the first EU ministers to "
     "meet Mr Al Shara in Damascus, in a visit remembered mostly because he did not shake Ms "
     "Baerbock's hand.\n"
     "Mr Lammy did not meet Mazloum Abdi, the commander of the Kurdish-led Syrian Democratic Forces, "
     "but the two spoke by phone, a Foreign Office official said.",
     [("LEADS", LAM, "organization:uk-foreign-office", "British Foreign Secretary David Lammy"),
      ("MET_WITH", LAM, SHA, "David Lammy met Syria's President", "2025-07-05"),
      ("LEADS", SHA, "country:syria", "Syria's President Ahmed"),
      ("VISITED", LAM, DAM, "Damascus on Saturday", "2025-07-05"),
      ("SUCCESSOR_OF", LAM, "person:david-cameron", "who succeeded David Cameron", "2024-07-05"),
      ("MET_WITH", LAM, SHAI, "also held talks with", "2025-07-05"),
      ("LEADS", SHAI, "organization:syrian-foreign-ministry", "Foreign Minister Asaad"),
      ("MEMBER_OF", "person:hamish-falconer", "organization:uk-foreign-office", "the Foreign Office minister for"),
      ("MET_WITH", BARR, SHA, "meet Mr Al Shara in Damascus", "2025-01-03"),
      ("MET_WITH", BAER, SHA, "meet Mr Al Shara in Damascus", "2025-01-03"),
      ("VISITED", BARR, DAM, "meet Mr Al Shara in Damascus", "2025-01-03"),
      ("VISITED", BAER, DAM, "meet Mr Al Shara in Damascus", "2025-01-03"),
      ("LEADS", "person:mazloum-abdi", "organization:syrian-democratic-forces", "the commander of the Kurdish-led"),
      ],
     {"source": "blind set (The National-style)", "published": "2025-07-06"}),

    ("arCZ6_irloo_dies_tehran", "ar",
     "طهران - العربي الجديد: توفي السفير الإيراني لدى سلطة الحوثيين في صنعاء حسن إيرلو، صباح الثلاثاء، "
     "في أحد مستشفيات طهران متأثراً بإصابته بفيروس كورونا، بعد أيام من إجلائه من اليمن على متن طائرة "
     "عراقية. وأعلن المتحدث باسم الخارجية الإيرانية سعيد خطيب زاده وفاته، متهماً السعودية بالتأخر في "
     "الموافقة على نقله، وهو ما نفاه التحالف بقيادة السعودية.\n"
     "ووصل إيرلو، وهو ضابط سابق في فيلق القدس التابع للحرس الثوري، إلى صنعاء في تشرين الأول 2020، "
     "واستقبله آنذاك رئيس المجلس السياسي الأعلى مهدي المشاط وتسلّم أوراق اعتماده، في خطوة قالت "
     "الحكومة اليمنية إنها تكشف حجم التدخل الإيراني.\n"
     "وكان المرشد الإيراني علي خامنئي قد استقبل في طهران، في آب 2019، وفداً حوثياً برئاسة الناطق باسم "
     "الجماعة محمد عبد السلام، في أول لقاء علني من نوعه، وسلّمه عبد السلام رسالة من زعيم الجماعة "
     "عبد الملك الحوثي. والتقى الوفد حينها وزير الخارجية محمد جواد ظريف.\n"
     "ونعى القيادي محمد علي الحوثي، عضو المجلس السياسي الأعلى، إيرلو في تغريدة. ولم تعلن طهران حتى "
     "الآن اسم خليفة له في صنعاء.",
     [("MEMBER_OF", "person:saeed-khatibzadeh", "organization:iranian-foreign-ministry",
       "المتحدث باسم الخارجية الإيرانية سعيد"),
      ("MEMBER_OF", IRL, "organization:quds-force", "ضابط سابق في فيلق القدس"),
      ("PART_OF", "organization:quds-force", "organization:irgc", "فيلق القدس التابع للحرس الثوري"),
      ("VISITED", IRL, "location:sanaa", "إلى صنعاء في تشرين الأول 2020", "2020-10"),
      ("MET_WITH", MASH, IRL, "واستقبله آنذاك رئيس", "2020-10"),
      ("LEADS", MASH, SPC, "رئيس المجلس السياسي الأعلى مهدي"),
      ("MET_WITH", KHA, ABS, "قد استقبل في طهران", "2019-08-13"),
      ("VISITED", ABS, "location:tehran", "قد استقبل في طهران", "2019-08-13"),
      ("LEADS", KHA, "country:iran", "المرشد الإيراني علي"),
      ("MEMBER_OF", ABS, HOU, "الناطق باسم الجماعة محمد"),
      ("LEADS", AMH, HOU, "زعيم الجماعة عبد الملك"),
      ("MET_WITH", ABS, ZAR, "والتقى الوفد حينها", "2019-08-13"),
      ("LEADS", ZAR, "organization:iranian-foreign-ministry", "وزير الخارجية محمد جواد"),
      ("MEMBER_OF", "person:mohammed-ali-al-houthi", SPC, "عضو المجلس السياسي الأعلى، إيرلو"),
      ],
     {"source": "blind set (Al-Araby Al-Jadeed-style)", "published": "2021-12-21"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setCZ")
