"""Blind set FM: Turkey, Syria's north and the Kurds, 2019-2025, in the style of a Kurdish
Arabic-language site (Rudaw Arabic / North Press-style, with English pieces as its English service):
a drone strike near Qamishli killing YPJ commanders, blamed on Turkey but unclaimed, and Abdi
receiving the coalition's Brennan (July 2022); Mazloum Abdi received by Masoud Barzani in Erbil
(Jan 2025); the Damascus meeting of Sharaa, Abdi, Barrack and Cooper after the Sheikh Maqsoud clashes
(Oct 2025); the PKK's weapons-burning ceremony at Jasana cave (July 2025); Pence and Pompeo in Ankara
and the Sochi memorandum (Oct 2019); the killing of Hevrin Khalaf by Ahrar al-Sharqiya remembered,
with Abdi receiving the coalition's Leahy (Oct 2024).
Style: en/ar alternating; Kurdish spellings and titles (قسد، الإدارة الذاتية، «العمال الكردستاني»);
killings with no stated agent and accusations Ankara did not confirm; a phone call with Trump; a
meeting that "could take place"; video messages.
Spellings: Mazloum Abdi / مظلوم عبدي / Abdi, Bese Hozat / بسي هوزات, Karayilan / قره يلان, Hevrin /
هفرين خلف.
Written and annotated blind (extractor neither read nor run).
A DEV set (session 19, round 2): written blind, then read by the engineers. Run:
    python tests/data/extract_test_fm/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_fn import ALL  # noqa: E402

HERE = Path(__file__).parent

TUR, SYR, RUS, US = "country:turkey", "country:syria", "country:russia", "country:united-states"
SDF, PKK, YPG, YPJ = ("organization:syrian-democratic-forces", "organization:pkk", "organization:ypg",
                      "organization:ypj")
COAL, CENTCOM, KDP = ("organization:international-coalition", "organization:us-central-command",
                      "organization:kurdistan-democratic-party")
ABDI, BRENNAN, LEAHY, TOL = ("person:mazloum-abdi", "person:john-brennan", "person:kevin-leahy",
                             "person:jiyan-tolhildan")
MBARZ, SHARAA, BARRACK, COOPER = ("person:masoud-barzani", "person:ahmed-al-sharaa", "person:tom-barrack",
                                  "person:brad-cooper")
HOZAT, KARAY, ONDER = "person:bese-hozat", "person:murat-karayilan", "person:sirri-sureyya-onder"
PENCE, POMPEO, OBRIEN, JEFF = ("person:mike-pence", "person:mike-pompeo", "person:robert-obrien",
                               "person:james-jeffrey")
ERD, PUTIN, TRUMP = "person:recep-tayyip-erdogan", "person:vladimir-putin", "person:donald-trump"
HEVRIN, SHARQ = "person:hevrin-khalaf", "organization:ahrar-al-sharqiya"

ARTICLES = [
    ("enFM1_ypj_commanders_drone_qamishli", "en",
     "QAMISHLI, North Press - Three women fighters, among them senior YPJ commander Jiyan Tolhildan, "
     "were killed on Friday when a drone struck their vehicle on the road between Qamishli and Amuda.\n"
     "The Women's Protection Units said Tolhildan, a veteran of the battle for Kobani, had led "
     "operations against Islamic State cells for years.\n"
     "The SDF blamed a Turkish drone for the attack; Ankara made no comment and no side claimed it.\n"
     "On Saturday SDF General Commander Mazloum Abdi received Maj. Gen. John Brennan, commander of the "
     "US-led coalition's task force, in Hasakah, and the two discussed the escalation, a statement from "
     "the SDF media centre said.\n"
     "Abdi had earlier spoken by phone with US officials, urging Washington to \"stop the drones\".",
     [("MEMBER_OF", TOL, YPJ, "senior YPJ commander"),
      ("LOCATED_IN", "location:qamishli", SYR, "between Qamishli and Amuda"),
      ("LEADS", ABDI, SDF, "SDF General Commander"),
      ("MET_WITH", ABDI, BRENNAN, "received Maj. Gen. John Brennan", "2022-07-23"),
      ("LEADS", BRENNAN, COAL, "commander of the US-led coalition"),
      ("VISITED", BRENNAN, "location:hasakah", "task force, in Hasakah", "2022-07-23"),
      ],
     {"source": "blind set (North Press English-style)", "published": "2022-07-23"}),

    ("arFM2_abdi_barzani_erbil", "ar",
     "أربيل - روداو - استقبل الزعيم الكوردي مسعود بارزاني، الخميس، القائد العام لقوات سوريا "
     "الديمقراطية (قسد) مظلوم عبدي، في أول زيارة علنية للأخير إلى إقليم كوردستان.\n"
     "وبحسب بيان لمقر بارزاني، ناقش الجانبان مستقبل الكورد في سوريا بعد سقوط نظام الأسد، وأهمية "
     "توحيد الموقف الكوردي بين أحزاب الوحدة الوطنية والمجلس الوطني الكوردي.\n"
     "ووصل عبدي إلى أربيل على متن مروحية تابعة للتحالف الدولي، وفق مصادر لروداو.\n"
     "ولم يؤكد الطرفان ما إذا كان عبدي سيلتقي رئيس الإقليم نيجيرفان بارزاني، فيما أفادت وسائل "
     "إعلام تركية بأن أنقرة «تتابع الزيارة».\n"
     "وكان بارزاني، رئيس الحزب الديمقراطي الكوردستاني، قد أجرى اتصالاً هاتفياً الشهر الماضي بالرئيس "
     "التركي رجب طيب أردوغان.",
     [("MET_WITH", MBARZ, ABDI, "استقبل الزعيم الكوردي", "2025-01-16"),
      ("LEADS", ABDI, SDF, "القائد العام لقوات سوريا"),
      ("VISITED", ABDI, "location:kurdistan-region", "أول زيارة علنية للأخير", "2025-01-16"),
      ("VISITED", ABDI, "location:erbil", "ووصل عبدي إلى أربيل", "2025-01-16"),
      ("REPORTED_BY", ABDI, "outlet:rudaw", "وفق مصادر لروداو"),
      ("LEADS", "person:nechirvan-barzani", "organization:kurdistan-region-presidency", "رئيس الإقليم نيجيرفان"),
      ("LEADS", MBARZ, KDP, "رئيس الحزب الديمقراطي"),
      ("LEADS", ERD, TUR, "بالرئيس التركي رجب"),
      ],
     {"source": "blind set (Rudaw Arabic-style)", "published": "2025-01-16"}),

    ("enFM3_sharaa_abdi_cooper_damascus", "en",
     "DAMASCUS, Rudaw - Syrian President Ahmed al-Sharaa met SDF commander Mazloum Abdi in Damascus on "
     "Tuesday, in talks also attended by US envoy Tom Barrack and CENTCOM chief Adm. Brad Cooper, days "
     "after deadly clashes in Aleppo's Sheikh Maqsoud neighbourhood.\n"
     "Two people were killed in the Kurdish-majority district on Monday night; it was not clear who "
     "fired first.\n"
     "Abdi was then received by Defence Minister Murhaf Abu Qasra, and the pair agreed on a "
     "comprehensive ceasefire across the north and east, the ministry said.\n"
     "Barrack, who also serves as US ambassador to Turkey, wrote on X that Washington \"supports a "
     "unified Syria\". Talks between the SDF's military council and the Syrian army could take place "
     "next week, a Kurdish official said.",
     [("MET_WITH", SHARAA, ABDI, "met SDF commander Mazloum Abdi", "2025-10-07"),
      ("MET_WITH", SHARAA, BARRACK, "also attended by US envoy", "2025-10-07"),
      ("MET_WITH", SHARAA, COOPER, "also attended by US envoy", "2025-10-07"),
      ("MET_WITH", ABDI, BARRACK, "also attended by US envoy", "2025-10-07"),
      ("MET_WITH", ABDI, COOPER, "also attended by US envoy", "2025-10-07"),
      ("MET_WITH", BARRACK, COOPER, "CENTCOM chief Adm. Brad Cooper", "2025-10-07"),
      ("LEADS", SHARAA, SYR, "Syrian President Ahmed"),
      ("LEADS", ABDI, SDF, "met SDF commander Mazloum Abdi"),
      ("LEADS", COOPER, CENTCOM, "CENTCOM chief Adm. Brad Cooper"),
      ("VISITED", ABDI, "location:damascus", "Mazloum Abdi in Damascus", "2025-10-07"),
      ("LOCATED_IN", "location:sheikh-maqsoud", "location:aleppo", "Aleppo's Sheikh Maqsoud"),
      ("MET_WITH", "person:murhaf-abu-qasra", ABDI, "Abdi was then received by", "2025-10-07"),
      ("LEADS", "person:murhaf-abu-qasra", "organization:syrian-defence-ministry", "by Defence Minister Murhaf"),
      ],
     {"source": "blind set (Rudaw English-style)", "published": "2025-10-07"}),

    ("arFM4_pkk_weapons_jasana", "ar",
     "السليمانية - نورث برس - أحرق ثلاثون مقاتلاً من حزب العمال الكردستاني، بينهم القيادية بسي "
     "هوزات، أسلحتهم الجمعة أمام كهف جاسنه قرب السليمانية، في أول خطوة عملية لنزع السلاح.\n"
     "وقرأت هوزات، الرئيسة المشتركة لمنظومة المجتمع الكردستاني، بياناً باسم المجموعة قالت فيه إن "
     "الخطوة «بادرة حسن نية».\n"
     "وحضر المراسم نائب رئيس البرلمان التركي سري ثريا أوندر ومسؤولون من حكومة إقليم كوردستان، "
     "والتقى أوندر بهوزات على هامشها.\n"
     "وكان القيادي في الحزب مراد قره يلان قد أعلن في رسالة مصورة من جبال قنديل أن المؤتمر الثاني "
     "عشر قرر حل الحزب، تلبيةً لنداء عبد الله أوجلان.\n"
     "وفي الأسبوع نفسه قُتل عنصران سابقان في الحزب بانفجار عبوة في قضاء بنجوين، دون أن تتبنى أي جهة "
     "الهجوم.",
     [("MEMBER_OF", HOZAT, PKK, "بينهم القيادية بسي"),
      ("LOCATED_IN", "location:jasana-cave", "location:sulaymaniyah", "أمام كهف جاسنه قرب السليمانية"),
      ("VISITED", ONDER, "location:jasana-cave", "وحضر المراسم نائب", "2025-07-11"),
      ("MET_WITH", ONDER, HOZAT, "والتقى أوندر بهوزات", "2025-07-11"),
      ("MEMBER_OF", ONDER, "organization:grand-national-assembly-of-turkey", "نائب رئيس البرلمان التركي"),
      ("MEMBER_OF", KARAY, PKK, "وكان القيادي في الحزب مراد"),
      ("LEADS", "person:abdullah-ocalan", PKK, "تلبيةً لنداء عبد الله"),
      ],
     {"source": "blind set (North Press Arabic-style)", "published": "2025-07-11"}),

    ("enFM5_pence_ankara_sochi", "en",
     "ERBIL, Rudaw - US Vice President Mike Pence met Turkish President Recep Tayyip Erdogan in Ankara on "
     "Thursday and announced a five-day pause in Turkey's offensive in northeast Syria.\n"
     "Secretary of State Mike Pompeo, National Security Adviser Robert O'Brien and Syria envoy James "
     "Jeffrey were also present, according to the White House.\n"
     "SDF commander Mazloum Abdi, who spoke by phone with President Donald Trump earlier in the week, "
     "told Rudaw the force would abide by the pause.\n"
     "Five days later, Erdogan flew to Sochi, where he and Russian President Vladimir Putin signed a "
     "memorandum giving the YPG 150 hours to pull back from the border.\n"
     "Abdi said he had not been consulted by Moscow.",
     [("MET_WITH", PENCE, ERD, "Mike Pence met Turkish President", "2019-10-17"),
      ("LEADS", ERD, TUR, "met Turkish President Recep"),
      ("VISITED", PENCE, "location:ankara", "Erdogan in Ankara on Thursday", "2019-10-17"),
      ("MET_WITH", POMPEO, ERD, "were also present", "2019-10-17"),
      ("MET_WITH", OBRIEN, ERD, "were also present", "2019-10-17"),
      ("MET_WITH", JEFF, ERD, "were also present", "2019-10-17"),
      ("MET_WITH", PENCE, POMPEO, "Secretary of State Mike Pompeo", "2019-10-17"),
      ("MET_WITH", PENCE, OBRIEN, "National Security Adviser Robert", "2019-10-17"),
      ("MET_WITH", PENCE, JEFF, "Syria envoy James", "2019-10-17"),
      ("MET_WITH", POMPEO, OBRIEN, "were also present", "2019-10-17"),
      ("MET_WITH", POMPEO, JEFF, "were also present", "2019-10-17"),
      ("MET_WITH", OBRIEN, JEFF, "were also present", "2019-10-17"),
      ("LEADS", POMPEO, "organization:us-state-department", "Secretary of State Mike Pompeo"),
      ("ATTACKED", TUR, SYR, "pause in Turkey's offensive"),
      ("LEADS", ABDI, SDF, "SDF commander Mazloum Abdi, who"),
      ("REPORTED_BY", ABDI, "outlet:rudaw", "told Rudaw the force"),
      ("LEADS", TRUMP, US, "with President Donald Trump"),
      ("VISITED", ERD, "location:sochi", "Erdogan flew to Sochi", "2019-10-22"),
      ("MET_WITH", ERD, PUTIN, "where he and Russian President", "2019-10-22"),
      ("LEADS", PUTIN, RUS, "where he and Russian President"),
      ],
     {"source": "blind set (Rudaw English-style)", "published": "2019-10-22"}),

    ("arFM6_hevrin_khalaf_anniversary", "ar",
     "القامشلي - نورث برس - أحيا المئات في مدينة ديرك، السبت، الذكرى الخامسة لمقتل هفرين خلف، الأمينة "
     "العامة لحزب سوريا المستقبل، التي قتلها مسلحون من فصيل «أحرار الشرقية» على الطريق الدولي M4 "
     "في تشرين الأول 2019، خلال الهجوم التركي على شمال سوريا.\n"
     "وفرضت وزارة الخزانة الأميركية عقوبات على الفصيل المدعوم من أنقرة عام 2021 بسبب الجريمة.\n"
     "وفي الحسكة، استقبل القائد العام لقسد مظلوم عبدي قائد قوة المهام المشتركة للتحالف الدولي "
     "الجنرال كيفن ليهي، وبحث معه الهجمات التركية الأخيرة.\n"
     "وكانت مسيّرة قد استهدفت الأسبوع الماضي سيارة قرب عامودا وقتلت شخصين، ولم تُعرف الجهة "
     "المنفذة، في حين اتهمت الإدارة الذاتية تركيا بالوقوف وراءها.\n"
     "وقال مصدر في المجلس الوطني الكردي إن لقاءً مع أحزاب الوحدة الوطنية «قد يُعقد قريباً».",
     [("LEADS", HEVRIN, "organization:future-syria-party", "الأمينة العامة لحزب"),
      ("ASSASSINATED_BY", HEVRIN, SHARQ, "التي قتلها مسلحون", "2019-10-12"),
      ("ATTACKED", TUR, SYR, "الهجوم التركي على شمال سوريا", "2019-10"),
      ("SUPPORTS", TUR, SHARQ, "الفصيل المدعوم من أنقرة"),
      ("MET_WITH", ABDI, LEAHY, "استقبل القائد العام لقسد", "2024-10-12"),
      ("LEADS", ABDI, SDF, "استقبل القائد العام لقسد"),
      ("LEADS", LEAHY, COAL, "قائد قوة المهام المشتركة"),
      ("VISITED", LEAHY, "location:hasakah", "وفي الحسكة، استقبل", "2024-10-12"),
      ],
     {"source": "blind set (North Press Arabic-style)", "published": "2024-10-12"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setFM")
