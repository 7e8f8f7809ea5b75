"""Blind set AE: Iran's security and military establishment: Salami replaces Jafari at the
IRGC (2019), Nasirzadeh in Qingdao (2025), the Saudi chief of staff in Tehran (2024), Bagheri in
Damascus (2017), Shoigu in Tehran (2024), the Iraqi army chief of staff in Tehran (2023).
Written and annotated blind (extractor neither read nor run).
Run: python /work/team/blind/setAE/make_heldout.py
A TEST set: never tune the extractor on it (see tests/data/extract_test_README.md). Run from the repo root:
    python tests/data/extract_test_ae/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_tables import entity_table  # noqa: E402

HERE = Path(__file__).parent
E = entity_table("KNOWN", "EXTRA", "MP", "QT", "UW", "XZ", "AF")

S, QF, IRGC = "person:qasem-soleimani", "organization:quds-force", "organization:irgc"
BAG, GS = "person:mohammad-bagheri", "organization:iranian-armed-forces-general-staff"
NAS, FIR = "person:aziz-nasirzadeh", "person:hassan-firouzabadi"
SHO, BEL = "person:sergei-shoigu", "person:andrei-belousov"
YAR = "person:abdul-amir-yarallah"

ARTICLES = [
    ("enAE1_salami_replaces_jafari", "en",
     "TEHRAN, Iran (AP) \u2014 Iran's Supreme Leader Ayatollah Ali Khamenei on Sunday named "
     "Brig. Gen. Hossein Salami as the new commander of the Revolutionary Guard, replacing "
     "Gen. Mohammad Ali Jafari, who had led the paramilitary force since 2007. The shake-up "
     "came less than two weeks after the Trump administration designated the Guard a foreign "
     "terrorist organization. Salami, a hard-liner known for fiery speeches threatening Israel, "
     "had served as Jafari's deputy for nearly a decade. State television said Jafari would "
     "head the Baqiyatallah Social and Cultural Headquarters, a Guard body. On Monday, Salami "
     "met the Guard's expeditionary Quds Force chief, Qasem Soleymani, and Aerospace Force "
     "commander Amir Ali Hajizadeh at the Guard's headquarters, the semi-official Fars news "
     "agency reported. Soleymani did not attend the televised handover ceremony.",
     [("LEADS", "person:ali-khamenei", "country:iran", "Iran's Supreme Leader"),
      ("LEADS", "person:hossein-salami", IRGC, "as the new commander of the Revolutionary",
       "2019-04-21"),
      ("SUCCESSOR_OF", "person:hossein-salami", "person:mohammad-ali-jafari",
       "replacing Gen. Mohammad", "2019-04-21"),
      ("LEADS", "person:mohammad-ali-jafari", IRGC, "who had led the paramilitary force"),
      ("LEADS", "person:mohammad-ali-jafari", "organization:baqiyatallah-headquarters",
       "Jafari would head the Baqiyatallah"),
      ("PART_OF", "organization:baqiyatallah-headquarters", IRGC, "a Guard body"),
      ("MET_WITH", "person:hossein-salami", S, "Salami met the Guard's", "2019-04-22"),
      ("MET_WITH", "person:hossein-salami", "person:amir-ali-hajizadeh", "Salami met the Guard's",
       "2019-04-22"),
      ("LEADS", S, QF, "expeditionary Quds Force chief"),
      ("PART_OF", QF, IRGC, "expeditionary Quds Force chief"),
      ("LEADS", "person:amir-ali-hajizadeh", "organization:irgc-aerospace-force",
       "Aerospace Force commander"),
      ],
     {"source": "blind set (AP-style)", "published": "2019-04-22"}),

    ("arAE2_nasirzadeh_qingdao", "ar",
     "الميادين نت\n"
     "التقى وزير الدفاع الإيراني العميد عزيز نصير زاده، اليوم الخميس، نظيره الصيني الأدميرال دونغ "
     "جون على هامش اجتماع وزراء دفاع الدول الأعضاء في منظمة شنغهاي للتعاون في مدينة تشينغداو "
     "الصينية، في أول زيارة خارجية له منذ وقف إطلاق النار مع كيان الاحتلال. كما اجتمع نصير زاده "
     "بوزير الدفاع الروسي أندريه بيلوسوف، الذي خلف سيرغي شويغو في المنصب العام الماضي. ونصير "
     "زاده، القائد السابق للقوة الجوية في الجيش الإيراني، تولّى حقيبة الدفاع في آب/أغسطس 2024 "
     "خلفاً للعميد محمد رضا آشتياني. وكان رئيس هيئة الأركان العامة للقوات المسلحة الإيرانية "
     "اللواء محمد باقري قد استشهد في الضربات الإسرائيلية الأولى فجر 13 حزيران/يونيو. في المقابل، "
     "غادر وزير الدفاع الهندي راجناث سينغ الاجتماع من دون لقاء الوزير الإيراني.",
     [("MET_WITH", NAS, "person:dong-jun", "التقى وزير الدفاع الإيراني", "2025-06-26"),
      ("VISITED", NAS, "location:qingdao", "في مدينة تشينغداو", "2025-06-26"),
      ("MET_WITH", NAS, BEL, "كما اجتمع نصير زاده", "2025-06-26"),
      ("SUCCESSOR_OF", BEL, SHO, "الذي خلف سيرغي", "2024-05"),
      ("LEADS", NAS, "organization:iranian-army-air-force", "القائد السابق للقوة الجوية"),
      ("PART_OF", "organization:iranian-army-air-force", "organization:iranian-army",
       "القائد السابق للقوة الجوية"),
      ("SUCCESSOR_OF", NAS, "person:mohammad-reza-ashtiani", "خلفاً للعميد محمد", "2024-08"),
      ("LEADS", BAG, GS, "رئيس هيئة الأركان العامة للقوات"),
      ("ASSASSINATED_BY", BAG, "country:israel", "الضربات الإسرائيلية الأولى", "2025-06-13"),
      ],
     {"source": "blind set (Al Mayadeen-style)", "published": "2025-06-26"}),

    ("enAE3_saudi_chief_of_staff_tehran", "en",
     "TEHRAN (Tasnim) \u2013 Chief of Staff of the Iranian Armed Forces Major General Mohammad "
     "Baqeri hosted his Saudi counterpart, General Fayyad bin Hamed Al-Ruwaili, in Tehran on "
     "Sunday for talks on defence diplomacy and regional developments. Al-Ruwaili, chief of "
     "the General Staff of the Saudi Armed Forces, arrived in the Iranian capital at the head "
     "of a high-ranking military delegation. Major General Baqeri, who took over from Major "
     "General Hassan Firouzabadi as chief of staff in 2016, said the Islamic Republic was ready "
     "to expand naval cooperation with the Kingdom. The Saudi general also held a meeting with "
     "Defence Minister Brigadier General Aziz Nasirzadeh. He is not scheduled to meet President "
     "Masoud Pezeshkian. The visit came weeks after Foreign Minister Abbas Araqchi travelled to "
     "Riyadh, where he was received by Crown Prince Mohammed bin Salman.",
     [("LEADS", BAG, GS, "Chief of Staff of the Iranian Armed Forces"),
      ("MET_WITH", BAG, "person:fayyad-al-ruwaili", "hosted his Saudi counterpart",
       "2024-11-10"),
      ("VISITED", "person:fayyad-al-ruwaili", "country:iran", "arrived in the Iranian capital",
       "2024-11-10"),
      ("LEADS", "person:fayyad-al-ruwaili", "organization:saudi-armed-forces-general-staff",
       "chief of the General Staff of the Saudi"),
      ("SUCCESSOR_OF", BAG, FIR, "who took over from Major", "2016-06"),
      ("LEADS", FIR, GS, "who took over from Major"),
      ("MET_WITH", "person:fayyad-al-ruwaili", NAS, "also held a meeting with", "2024-11-10"),
      ("VISITED", "person:abbas-araghchi", "location:riyadh", "travelled to Riyadh", "2024-10"),
      ("MET_WITH", "person:abbas-araghchi", "person:mohammed-bin-salman",
       "where he was received by Crown Prince", "2024-10"),
      ],
     {"source": "blind set (Tasnim English-style)", "published": "2024-11-10"}),

    ("arAE4_bagheri_damascus", "ar",
     "دمشق ــ العربي الجديد\n"
     "وصل رئيس هيئة الأركان العامة للقوات المسلحة الإيرانية اللواء محمد باقري، الثلاثاء، إلى دمشق "
     "في زيارة رسمية هي الأولى له منذ توليه منصبه صيف العام الماضي خلفاً للواء حسن فيروز آبادي، "
     "والتقى خلالها رئيس النظام السوري بشار الأسد. وأفادت وكالة الأنباء الرسمية (سانا) بأن باقري "
     "عقد أيضاً اجتماعاً مع وزير الدفاع العماد فهد جاسم الفريج ورئيس هيئة الأركان العامة للجيش "
     "والقوات المسلحة العماد علي عبد الله أيوب، وبحث معهما «التنسيق في مواجهة الإرهابيين "
     "والصهاينة». وتأتي الزيارة بعد يومين من قصف الطيران الإسرائيلي بطارية دفاع جوي شرقي دمشق. "
     "وكان باقري قد نعى في 2015 العميد حسين همداني الذي قُتل قرب حلب، فيما لم يُعرف إن كان "
     "سيلتقي قائد فيلق القدس قاسم سليماني الموجود في سوريا.",
     [("LEADS", BAG, GS, "رئيس هيئة الأركان العامة للقوات المسلحة الإيرانية"),
      ("VISITED", BAG, "location:damascus", "إلى دمشق في زيارة", "2017-10-17"),
      ("SUCCESSOR_OF", BAG, FIR, "خلفاً للواء حسن", "2016-06"),
      ("LEADS", FIR, GS, "خلفاً للواء حسن"),
      ("MET_WITH", BAG, "person:bashar-al-assad", "والتقى خلالها رئيس النظام", "2017-10-17"),
      ("LEADS", "person:bashar-al-assad", "country:syria", "والتقى خلالها رئيس النظام"),
      ("MET_WITH", BAG, "person:fahd-jassem-al-freij", "عقد أيضاً اجتماعاً", "2017-10-17"),
      ("MET_WITH", BAG, "person:ali-abdullah-ayoub", "عقد أيضاً اجتماعاً", "2017-10-17"),
      ("LEADS", "person:ali-abdullah-ayoub", "organization:syrian-army-general-staff",
       "ورئيس هيئة الأركان العامة للجيش"),
      ("LEADS", S, QF, "قائد فيلق القدس قاسم"),
      ],
     {"source": "blind set (Al-Araby Al-Jadeed-style)", "published": "2017-10-17"}),

    ("enAE5_shoigu_tehran", "en",
     "DUBAI, Aug 5 (Reuters) - Sergei Shoigu, secretary of Russia's Security Council, held "
     "talks in Tehran on Monday with Iranian President Masoud Pezeshkian and the armed forces "
     "chief of staff, Major General Mohammad Bagheri, Iranian state media reported, as Tehran "
     "weighs its response to the killing of Hamas leader Ismail Haniyeh. Shoigu, who replaced "
     "Nikolai Patrushev at the council in May after 12 years as defence minister, also met his "
     "Iranian counterpart, Supreme National Security Council secretary Ali Akbar Ahmadian. Iran "
     "and Hamas have blamed Israel for Haniyeh's death in Tehran last Wednesday; Israel has "
     "neither confirmed nor denied involvement. Andrei Belousov, an economist, took over the "
     "defence ministry from Shoigu. A Kremlin spokesman said Moscow was not seeking an "
     "escalation and declined to say whether Shoigu had carried a message from President "
     "Vladimir Putin.",
     [("MEMBER_OF", SHO, "organization:russian-security-council", "secretary of Russia's"),
      ("MET_WITH", SHO, "person:masoud-pezeshkian", "held talks in Tehran", "2024-08-05"),
      ("MET_WITH", SHO, BAG, "held talks in Tehran", "2024-08-05"),
      ("VISITED", SHO, "country:iran", "held talks in Tehran", "2024-08-05"),
      ("LEADS", "person:masoud-pezeshkian", "country:iran", "Iranian President Masoud"),
      ("LEADS", BAG, GS, "the armed forces chief of staff"),
      ("LEADS", "person:ismail-haniyeh", "organization:hamas", "Hamas leader Ismail"),
      ("SUCCESSOR_OF", SHO, "person:nikolai-patrushev", "who replaced Nikolai", "2024-05"),
      ("MEMBER_OF", "person:nikolai-patrushev", "organization:russian-security-council",
       "who replaced Nikolai"),
      ("MET_WITH", SHO, "person:ali-akbar-ahmadian", "also met his Iranian counterpart",
       "2024-08-05"),
      ("MEMBER_OF", "person:ali-akbar-ahmadian", "organization:supreme-national-security-council",
       "Supreme National Security Council secretary"),
      ("SUCCESSOR_OF", BEL, SHO, "took over the defence ministry from", "2024-05"),
      ],
     {"source": "blind set (Reuters-style)", "published": "2024-08-05"}),

    ("arAE6_yarallah_tehran", "ar",
     "طهران - رووداو\n"
     "وصل رئيس أركان الجيش العراقي الفريق أول ركن عبد الأمير يارالله، مساء الاثنين، إلى طهران على "
     "رأس وفد أمني، والتقى رئيس هيئة الأركان العامة للقوات المسلحة الإيرانية اللواء محمد باقري، "
     "قبل أيام من انتهاء المهلة التي حددتها طهران لنزع سلاح الأحزاب الكوردية الإيرانية المعارضة "
     "في إقليم كوردستان. كما بحث يارالله مع قائد قوات حرس الحدود الإيرانية العميد أحمد علي "
     "گودرزي آليات ضبط الشريط الحدودي. وقال مستشار الأمن القومي العراقي قاسم الأعرجي لرووداو إن "
     "«بغداد نفّذت معظم بنود الاتفاق الأمني». وكان الحرس الثوري قد قصف مقار هذه الأحزاب في "
     "كويسنجق بالصواريخ والمسيّرات العام الماضي. ويارالله تسلّم رئاسة أركان الجيش عام 2020 خلفاً "
     "للفريق أول ركن عثمان الغانمي. وكان وزير الخارجية فؤاد حسين قد بحث الملف ذاته في اتصال "
     "هاتفي مع نظيره الإيراني حسين أمير عبد اللهيان.",
     [("LEADS", YAR, "organization:iraqi-army", "رئيس أركان الجيش العراقي"),
      ("VISITED", YAR, "country:iran", "إلى طهران على", "2023-09-11"),
      ("MET_WITH", YAR, BAG, "والتقى رئيس هيئة الأركان", "2023-09-11"),
      ("LEADS", BAG, GS, "والتقى رئيس هيئة الأركان"),
      ("MET_WITH", YAR, "person:ahmad-ali-goudarzi", "كما بحث يارالله مع", "2023-09-11"),
      ("LEADS", "person:ahmad-ali-goudarzi", "organization:iranian-border-guard",
       "قائد قوات حرس الحدود"),
      ("REPORTED_BY", "person:qassim-al-araji", "outlet:rudaw", "قاسم الأعرجي لرووداو"),
      ("ATTACKED", IRGC, "location:koya", "قصف مقار هذه الأحزاب", "2022"),
      ("SUCCESSOR_OF", YAR, "person:osman-al-ghanmi", "خلفاً للفريق", "2020"),
      ("LEADS", "person:osman-al-ghanmi", "organization:iraqi-army", "خلفاً للفريق"),
      ],
     {"source": "blind set (Rudaw Arabic-style)", "published": "2023-09-12"}),
]


if __name__ == "__main__":
    build(HERE, E, ARTICLES, set_name="setAE")
