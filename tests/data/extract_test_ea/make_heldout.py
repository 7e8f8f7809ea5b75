"""Blind set EA: Syria's transition, its neighbours and Turkey, 2024-2025, as Turkish, Syrian and
Gulf outlets write it: al-Shaibani meeting Ron Dermer in Paris hosted by Tom Barrack, Israeli
strikes on the Syrian defence ministry and a denied earlier meeting (Al Arabiya-style, Jul 2025);
Barrack meeting Mazloum Abdi and al-Shaibani separately and al-Sharaa later, Abdi absent, Abdi as
Mazlum Kobani interviewed (Syria TV-style, Jul 2025); Lebanese Prime Minister Nawaf Salam in
Damascus with ministers meeting their counterparts "respectively", Naim Qassem's succession,
Salim Ayyash convicted of killing Hariri and later killed with no agent (TRT World-style, Apr 2025);
al-Sharaa at the Antalya Diplomacy Forum meeting Erdogan, Aliyev and the Qatari premier, no meeting
with Israeli officials (Anadolu Arabic-style, Apr 2025); Putin receiving al-Sharaa in the Kremlin,
Assad in Russia unmet, al-Shaibani's earlier talks with Lavrov (Daily Sabah-style, Oct 2025); the
PKK's dissolution, the DEM delegation on Imrali and then with Erdogan, Abdi's reaction (Syria
TV-style, May 2025).
Style: en/ar alternating; hosted and three-way meetings; "respectively" pairs; negated and denied
meetings; convictions; spellings al-Shara, Mazlum Kobani.
Written and annotated blind (extractor neither read nor run). A TEST set: never tune the extractor on it (see tests/data/extract_test_README.md). Run from the repo root:
    python tests/data/extract_test_ea/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_ea import ALL  # noqa: E402

HERE = Path(__file__).parent

SHA, SHB, FID, ERD, ASD = ("person:ahmed-al-sharaa", "person:asaad-al-shaibani", "person:hakan-fidan",
                           "person:recep-tayyip-erdogan", "person:bashar-al-assad")
ABDI, AQ, SAB, TRU, BRK = ("person:mazloum-abdi", "person:murhaf-abu-qasra", "person:bassam-sabbagh",
                           "person:donald-trump", "person:tom-barrack")
DER, KATZ, SALAM, RAJ, MEN = ("person:ron-dermer", "person:israel-katz", "person:nawaf-salam",
                              "person:youssef-rajji", "person:michel-menassa")
NQ, NAS, AYY, HAR = ("person:naim-qassem", "person:hassan-nasrallah", "person:salim-ayyash",
                     "person:rafik-hariri")
ALI, MBAR, PUT, LAV, PES = ("person:ilham-aliyev", "person:mohammed-bin-abdulrahman-al-thani",
                            "person:vladimir-putin", "person:sergei-lavrov", "person:dmitry-peskov")
OCA, BAH, OND, BUL = ("person:abdullah-ocalan", "person:devlet-bahceli", "person:sirri-sureyya-onder",
                      "person:pervin-buldan")
SYR, TUR, ISR, US = "country:syria", "country:turkey", "country:israel", "country:united-states"
TFM, SFM, SDF = ("organization:turkish-foreign-ministry", "organization:syrian-foreign-ministry",
                 "organization:syrian-democratic-forces")
DAM, ANK, ANT, MOS = "location:damascus", "location:ankara", "location:antalya", "location:moscow"

ARTICLES = [
    ("enEA1_shaibani_dermer_paris", "en",
     "PARIS (Al Arabiya English) - Syrian Foreign Minister Asaad al-Shaibani met Israel's Strategic "
     "Affairs Minister Ron Dermer in Paris on Thursday, the Syrian state news agency SANA said, in the "
     "highest-level publicly acknowledged talks between the two countries in decades.\n"
     "U.S. envoy Tom Barrack, who hosted the meeting, said on X that the aim was \"dialogue and "
     "de-escalation.\" The talks focused on southern Syria and the province of Sweida, where clashes "
     "between Druze fighters, Bedouin tribes and government forces killed hundreds this month.\n"
     "Days earlier, Israeli jets struck the Syrian defense ministry headquarters in Damascus. Defense "
     "Minister Israel Katz said Israel would keep striking until government troops withdrew from "
     "Sweida, citing the protection of the Druze minority.\n"
     "Damascus had denied reports that al-Shaibani met Israeli officials in Baku earlier in July, and "
     "Israeli officials declined to comment on them.\n"
     "Al-Shaibani, who replaced Bassam Sabbagh as foreign minister in December, has argued that "
     "Syria poses no threat to its neighbors and wants a return to the 1974 disengagement agreement.",
     [("LEADS", SHB, SFM, "Syrian Foreign Minister Asaad"),
      ("MET_WITH", SHB, DER, "met Israel's Strategic", "2025-07-24"),
      ("MEMBER_OF", DER, "organization:israeli-government", "Israel's Strategic Affairs Minister"),
      ("VISITED", SHB, "location:paris", "Ron Dermer in Paris", "2025-07-24"),
      ("VISITED", DER, "location:paris", "Ron Dermer in Paris", "2025-07-24"),
      ("MET_WITH", BRK, SHB, "who hosted the meeting", "2025-07-24"),
      ("MET_WITH", BRK, DER, "who hosted the meeting", "2025-07-24"),
      ("ATTACKED", ISR, "organization:syrian-defence-ministry", "Israeli jets struck", "2025-07-16"),
      ("LEADS", KATZ, "organization:israeli-defense-ministry", "Minister Israel Katz"),
      ("SUCCESSOR_OF", SHB, SAB, "who replaced Bassam Sabbagh", "2024-12-21"),
      ],
     {"source": "blind set (Al Arabiya-style)", "published": "2025-07-25"}),

    ("arEA2_barrack_abdi_damascus", "ar",
     "دمشق - تلفزيون سوريا\n"
     "التقى المبعوث الأميركي الخاص إلى سوريا توم باراك، الأربعاء، في دمشق قائد «قوات سوريا الديمقراطية» "
     "مظلوم عبدي، لبحث تنفيذ اتفاق العاشر من آذار الخاص بدمج مؤسسات شمال شرقي سوريا، ثم اجتمع بوزير "
     "الخارجية أسعد الشيباني.\n"
     "وفي وقت لاحق من اليوم نفسه، استقبل الرئيس أحمد الشرع باراك في قصر الشعب، بحسب الرئاسة السورية، "
     "من دون أن يحضر عبدي اللقاء.\n"
     "وقال باراك للصحفيين إن «قسد» بطيئة في الاندماج، وإن الفيدرالية «ليست خياراً مطروحاً». وكان باراك، "
     "سفير الولايات المتحدة لدى تركيا، قد كُلّف بالملف السوري في أيار، بعد لقاء الرئيس الأميركي دونالد "
     "ترامب والشرع في الرياض.\n"
     "من جهته، قال القائد الكردي مظلوم كوباني، وهو الاسم الذي يُعرف به عبدي أيضاً، في مقابلة مع قناة "
     "العربية إن «قسد» ملتزمة بالاتفاق، لكنها تطالب بضمانات دستورية لحقوق الكرد، نافياً وجود أي نية "
     "للانفصال.\n"
     "ولم يصدر تعليق من أنقرة، التي تعتبر «وحدات حماية الشعب» العمود الفقري لـ«قسد».",
     [("MET_WITH", BRK, ABDI, "التقى المبعوث الأميركي الخاص", "2025-07-09"),
      ("VISITED", BRK, DAM, "الأربعاء، في دمشق", "2025-07-09"),
      ("LEADS", ABDI, SDF, "قائد «قوات سوريا الديمقراطية»"),
      ("MET_WITH", BRK, SHB, "ثم اجتمع بوزير", "2025-07-09"),
      ("LEADS", SHB, SFM, "الخارجية أسعد الشيباني"),
      ("MET_WITH", SHA, BRK, "استقبل الرئيس أحمد الشرع", "2025-07-09"),
      ("LEADS", SHA, SYR, "استقبل الرئيس أحمد الشرع"),
      ("LEADS", TRU, US, "الرئيس الأميركي دونالد"),
      ("MET_WITH", TRU, SHA, "بعد لقاء الرئيس الأميركي", "2025-05-14"),
      ("VISITED", TRU, "location:riyadh", "والشرع في الرياض", "2025-05-14"),
      ("VISITED", SHA, "location:riyadh", "والشرع في الرياض", "2025-05-14"),
      ("REPORTED_BY", ABDI, "outlet:al-arabiya", "في مقابلة مع قناة"),
      ],
     {"source": "blind set (Syria TV-style)", "published": "2025-07-10"}),

    ("enEA3_salam_in_damascus", "en",
     "DAMASCUS (TRT World) - Lebanese Prime Minister Nawaf Salam held talks with Syrian President "
     "Ahmed al-Sharaa in Damascus on Monday, the first visit by a Lebanese premier since the fall of "
     "Bashar al-Assad, focusing on border demarcation and the smuggling routes once used by "
     "Hezbollah.\n"
     "Salam was accompanied by Foreign Minister Youssef Rajji and Defense Minister Michel Menassa, who "
     "met their Syrian counterparts, Asaad al-Shaibani and Murhaf Abu Qasra, respectively.\n"
     "For Hezbollah, the collapse of the Assad government cut its main land route from Iran. The "
     "group's secretary-general Naim Qassem, who succeeded Hassan Nasrallah after Israel killed him in "
     "Beirut in September, acknowledged in December that the route had been lost.\n"
     "Israeli strikes had hit the corridor for months. In September, Salim Ayyash, a Hezbollah member "
     "convicted in absentia by a U.N.-backed tribunal of killing former Prime Minister Rafik Hariri in "
     "2005, was reported killed in a strike near Qusayr. Hezbollah did not confirm his death.\n"
     "\"Syria will not be a platform for threatening Lebanon,\" al-Sharaa said, according to the Syrian "
     "presidency.",
     [("LEADS", SALAM, "organization:lebanese-government", "Lebanese Prime Minister Nawaf"),
      ("MET_WITH", SALAM, SHA, "held talks with Syrian President", "2025-04-14"),
      ("LEADS", SHA, SYR, "Syrian President Ahmed"),
      ("VISITED", SALAM, DAM, "in Damascus on Monday", "2025-04-14"),
      ("LEADS", RAJ, "organization:lebanese-foreign-ministry", "Foreign Minister Youssef"),
      ("LEADS", MEN, "organization:lebanese-defence-ministry", "Defense Minister Michel"),
      ("VISITED", RAJ, DAM, "Salam was accompanied by", "2025-04-14"),
      ("VISITED", MEN, DAM, "Salam was accompanied by", "2025-04-14"),
      ("MET_WITH", RAJ, SHB, "met their Syrian counterparts", "2025-04-14"),
      ("MET_WITH", MEN, AQ, "met their Syrian counterparts", "2025-04-14"),
      ("LEADS", SHB, SFM, "Asaad al-Shaibani and Murhaf"),
      ("LEADS", AQ, "organization:syrian-defence-ministry", "Asaad al-Shaibani and Murhaf"),
      ("LEADS", NQ, "organization:hezbollah", "secretary-general Naim"),
      ("SUCCESSOR_OF", NQ, NAS, "who succeeded Hassan Nasrallah", "2024-10-29"),
      ("ASSASSINATED_BY", NAS, ISR, "after Israel killed him", "2024-09-27"),
      ("MEMBER_OF", AYY, "organization:hezbollah", "a Hezbollah member convicted"),
      ("ASSASSINATED_BY", HAR, AYY, "convicted in absentia", "2005-02-14"),
      ],
     {"source": "blind set (TRT World-style)", "published": "2025-04-14"}),

    ("arEA4_sharaa_antalya_forum", "ar",
     "أنطاليا - الأناضول\n"
     "التقى الرئيس التركي رجب طيب أردوغان، الجمعة، نظيره السوري أحمد الشرع على هامش منتدى أنطاليا "
     "الدبلوماسي، في لقاء مغلق استمر نحو ساعة، تناول التعاون العسكري وإعادة الإعمار وعودة اللاجئين.\n"
     "وعقد الشرع على هامش المنتدى لقاءات مع الرئيس الأذربيجاني إلهام علييف ورئيس الوزراء القطري الشيخ "
     "محمد بن عبد الرحمن آل ثاني، فيما بحث وزير الخارجية السوري أسعد الشيباني مع نظيره التركي هاكان "
     "فيدان ترتيبات تدريب الجيش السوري الجديد.\n"
     "وفي كلمته أمام المنتدى، قال فيدان إن بلاده «لا تريد أي مواجهة مع إسرائيل في سوريا»، بعد أيام من "
     "غارات إسرائيلية على قواعد جوية سورية. ولم يلتقِ الشرع أي مسؤول إسرائيلي خلال وجوده في أنطاليا، "
     "فيما نفت الرئاسة السورية تقارير عن اتصالات مباشرة.\n"
     "وكان الشرع قد زار أنقرة في شباط في أول زيارة له إلى تركيا منذ توليه الرئاسة، حيث استقبله أردوغان "
     "في المجمع الرئاسي، وأعلن الجانبان حينها عن خطط لاتفاقية دفاع مشترك.",
     [("LEADS", ERD, TUR, "الرئيس التركي رجب"),
      ("MET_WITH", ERD, SHA, "التقى الرئيس التركي", "2025-04-11"),
      ("LEADS", SHA, SYR, "نظيره السوري أحمد"),
      ("VISITED", SHA, ANT, "على هامش منتدى أنطاليا", "2025-04-11"),
      ("MET_WITH", SHA, ALI, "لقاءات مع الرئيس الأذربيجاني", "2025-04-11"),
      ("MET_WITH", SHA, MBAR, "لقاءات مع الرئيس الأذربيجاني", "2025-04-11"),
      ("LEADS", ALI, "country:azerbaijan", "الرئيس الأذربيجاني إلهام"),
      ("LEADS", MBAR, "country:qatar", "ورئيس الوزراء القطري"),
      ("MET_WITH", SHB, FID, "فيما بحث وزير الخارجية السوري", "2025-04-11"),
      ("LEADS", SHB, SFM, "وزير الخارجية السوري أسعد"),
      ("LEADS", FID, TFM, "مع نظيره التركي هاكان"),
      ("VISITED", SHB, ANT, "على هامش المنتدى لقاءات", "2025-04-11"),
      ("ATTACKED", ISR, SYR, "غارات إسرائيلية على قواعد جوية سورية", "2025-04"),
      ("VISITED", SHA, ANK, "وكان الشرع قد زار أنقرة", "2025-02-04"),
      ],
     {"source": "blind set (Anadolu Arabic-style)", "published": "2025-04-11"}),

    ("enEA5_sharaa_in_kremlin", "en",
     "MOSCOW - Russian President Vladimir Putin received Syria's interim President Ahmed al-Sharaa at "
     "the Kremlin on Wednesday, the first trip to Moscow by the former rebel commander, whose forces "
     "ousted Russia's longtime ally and his predecessor, Bashar al-Assad, last December.\n"
     "Al-Sharaa told Putin that Damascus would respect all past agreements, an apparent reference to "
     "the Russian air base at Hmeimim and the naval facility at Tartus. Kremlin spokesman Dmitry "
     "Peskov said the question of Assad's extradition was not on the public agenda.\n"
     "Syria's Foreign Minister Asaad al-Shaibani, part of the delegation, had held talks with his "
     "Russian counterpart Sergei Lavrov in Moscow in July. Putin has not met Assad publicly since the "
     "former president fled to Russia.\n"
     "Turkey, al-Sharaa's main regional backer, has watched the rapprochement closely. Foreign "
     "Minister Hakan Fidan told Daily Sabah in an interview that Ankara did not object to Damascus "
     "\"balancing its relations,\" as long as Syria's territorial unity was preserved.",
     [("LEADS", PUT, "country:russia", "Russian President Vladimir"),
      ("MET_WITH", PUT, SHA, "received Syria's interim President", "2025-10-15"),
      ("LEADS", SHA, SYR, "Syria's interim President Ahmed"),
      ("VISITED", SHA, MOS, "the first trip to Moscow", "2025-10-15"),
      ("SUCCESSOR_OF", SHA, ASD, "his predecessor, Bashar", "2024-12-08"),
      ("MEMBER_OF", PES, "organization:kremlin", "Kremlin spokesman Dmitry"),
      ("LEADS", SHB, SFM, "Syria's Foreign Minister Asaad"),
      ("MET_WITH", SHB, LAV, "had held talks with his", "2025-07-31"),
      ("LEADS", LAV, "organization:russian-foreign-ministry", "Russian counterpart Sergei"),
      ("VISITED", SHB, MOS, "in Moscow in July", "2025-07-31"),
      ("VISITED", ASD, "country:russia", "former president fled to Russia", "2024-12-08"),
      ("SUPPORTS", TUR, SHA, "main regional backer"),
      ("LEADS", FID, TFM, "Minister Hakan Fidan told"),
      ("REPORTED_BY", FID, "outlet:daily-sabah", "told Daily Sabah"),
      ],
     {"source": "blind set (Daily Sabah-style)", "published": "2025-10-15"}),

    ("arEA6_pkk_dissolution_abdi", "ar",
     "أنقرة - تلفزيون سوريا\n"
     "أعلن حزب العمال الكردستاني، الاثنين، حل نفسه وإلقاء السلاح، استجابةً لدعوة زعيمه المسجون عبد الله "
     "أوجلان، في خطوة قد تنهي صراعاً مسلحاً مع الدولة التركية استمر أكثر من أربعة عقود.\n"
     "وجاءت الدعوة بعد أشهر من مبادرة أطلقها زعيم حزب الحركة القومية دولت بهتشلي، حليف الرئيس التركي "
     "رجب طيب أردوغان. وزار وفد من حزب «ديم» يضم سري ثريا أوندر وبروين بولدان أوجلان في سجنه بجزيرة "
     "إيمرالي أواخر كانون الأول، في أول لقاء من نوعه منذ سنوات، ثم استقبل أردوغان الوفد نفسه في نيسان "
     "بالقصر الرئاسي في أنقرة.\n"
     "وقال قائد «قوات سوريا الديمقراطية» مظلوم عبدي إن دعوة أوجلان «تخص الحزب في تركيا ولا تشمل قسد»، "
     "مضيفاً في تصريح لشبكة كوردستان 24 أن الاتفاق مع دمشق «يسير ببطء لكنه قائم».\n"
     "وقال وزير الخارجية التركي هاكان فيدان إن على الوحدات الكردية في سوريا «تنفيذ اتفاقها مع دمشق "
     "دون مماطلة»، مؤكداً أن أنقرة ستراقب عملية نزع السلاح عن كثب.",
     [("LEADS", OCA, "organization:pkk", "زعيمه المسجون عبد الله"),
      ("LEADS", BAH, "organization:nationalist-movement-party", "زعيم حزب الحركة القومية"),
      ("SUPPORTS", BAH, ERD, "حليف الرئيس التركي"),
      ("LEADS", ERD, TUR, "حليف الرئيس التركي"),
      ("MEMBER_OF", OND, "organization:dem-party", "وزار وفد من حزب «ديم» يضم"),
      ("MEMBER_OF", BUL, "organization:dem-party", "وزار وفد من حزب «ديم» يضم"),
      ("MET_WITH", OND, OCA, "وزار وفد من حزب «ديم» يضم", "2024-12-28"),
      ("MET_WITH", BUL, OCA, "وزار وفد من حزب «ديم» يضم", "2024-12-28"),
      ("VISITED", OND, "location:imrali", "في سجنه بجزيرة", "2024-12-28"),
      ("VISITED", BUL, "location:imrali", "في سجنه بجزيرة", "2024-12-28"),
      ("MET_WITH", ERD, OND, "ثم استقبل أردوغان الوفد نفسه", "2025-04-10"),
      ("MET_WITH", ERD, BUL, "ثم استقبل أردوغان الوفد نفسه", "2025-04-10"),
      ("LEADS", ABDI, SDF, "وقال قائد «قوات سوريا الديمقراطية»"),
      ("REPORTED_BY", ABDI, "outlet:kurdistan24", "لشبكة كوردستان 24"),
      ("LEADS", FID, TFM, "وزير الخارجية التركي هاكان"),
      ],
     {"source": "blind set (Syria TV-style)", "published": "2025-05-12"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setEA")
