"""Build the second held-out dev set (written after the first was used for tuning; run
blind once, figures recorded in the commit message). Build (canonical article JSON) from compact hand annotations.

Written before tuning on them: new spellings of known people, new people introduced by title,
both languages, negation / modality / passive / lists. Run from the repo root:
    python tests/data/extract_heldout/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from heldout_builder import build  # noqa: E402
from heldout_entities import ENTITIES as E  # noqa: E402

HERE = Path(__file__).parent

ARTICLES = [
    ("en2_kadhimi_hosts_zarif", "en",
     "Iraq's prime minister, Mustafa al-Kadhimi, hosted Iran's foreign minister Javad Zarif in "
     "Baghdad on Sunday. The two discussed regional tensions, a statement from Kadhimi's office "
     "said. Zarif later met with Kataib Hezbollah figures, sources said, though the group denied "
     "any meeting took place.",
     [("MET_WITH", "person:mustafa-al-kadhimi", "person:mohammad-javad-zarif", "hosted"),
      ("LEADS", "person:mustafa-al-kadhimi", "country:iraq", "hosted"),
      ("VISITED", "person:mohammad-javad-zarif", "location:baghdad", "hosted"),
      ("MET_WITH", "person:mohammad-javad-zarif", "organization:kataib-hezbollah", "figures")]),
    ("en2_suleimani_convoy", "en",
     "Suleimani, who led the Revolutionary Guards' Quds Force for more than two decades, died "
     "when American drones struck his convoy outside Baghdad airport. His deputy, Esmail Ghani, "
     "was named as his replacement within hours.",
     [("LEADS", "person:qasem-soleimani", "organization:quds-force", "who led"),
      ("PART_OF", "organization:quds-force", "organization:irgc", "who led"),
      ("ASSASSINATED_BY", "person:qasem-soleimani", "country:united-states", "who led"),
      ("SUCCESSOR_OF", "person:esmail-qaani", "person:qasem-soleimani", "His deputy")]),
    ("en2_blinken_netanyahu", "en",
     "Israeli Prime Minister Benjamin Netanyahu met U.S. Secretary of State Antony Blinken in "
     "Jerusalem on Tuesday. Blinken also held separate talks with Palestinian President Mahmoud "
     "Abbas in Ramallah.",
     [("MET_WITH", "person:benjamin-netanyahu", "person:antony-blinken", "Jerusalem"),
      ("LEADS", "person:benjamin-netanyahu", "country:israel", "Jerusalem"),
      ("MET_WITH", "person:antony-blinken", "person:mahmoud-abbas", "Ramallah"),
      ("LEADS", "person:mahmoud-abbas", "country:palestine", "Ramallah")]),
    ("en2_nasrallah_revenge", "en",
     "Hezbollah chief Hassan Nasrallah said on Friday that the killing of Soleimani and Muhandis "
     "by Washington would not go unpunished. Nasrallah did not say whether he had met Quds Force "
     "leader Ismail Qaani in Beirut.",
     [("LEADS", "person:hassan-nasrallah", "organization:hezbollah", "Friday"),
      ("ASSASSINATED_BY", "person:qasem-soleimani", "country:united-states", "Friday"),
      ("ASSASSINATED_BY", "person:abu-mahdi-al-muhandis", "country:united-states", "Friday"),
      ("LEADS", "person:esmail-qaani", "organization:quds-force", "whether")]),
    ("en2_abdul_mahdi_replaced", "en",
     "Former Iraqi prime minister Adel Abdul Mahdi, who resigned in late 2019, was replaced by "
     "Mustafa al-Kadhimi in May 2020.",
     [("SUCCESSOR_OF", "person:mustafa-al-kadhimi", "person:adil-abdul-mahdi", "replaced"),
      ("LEADS", "person:adil-abdul-mahdi", "country:iraq", "replaced")]),
    ("ar2_kadhimi_receives_qaani", "ar",
     "استقبل رئيس الوزراء مصطفى الكاظمي في مكتبه ببغداد، اليوم الاثنين، قائد فيلق القدس في الحرس "
     "الثوري الإيراني اسماعيل قاني، وبحث معه تطورات الأوضاع في المنطقة.",
     [("MET_WITH", "person:mustafa-al-kadhimi", "person:esmail-qaani", "استقبل"),
      ("LEADS", "person:esmail-qaani", "organization:quds-force", "استقبل"),
      ("PART_OF", "organization:quds-force", "organization:irgc", "استقبل")]),
    ("ar2_strike_ordered", "ar",
     "قتل قائد فيلق القدس الإيراني قاسم سليماني ونائب رئيس الحشد الشعبي أبو مهدي المهندس بضربة "
     "جوية أمريكية استهدفت موكبهما قرب مطار بغداد، بأمر من الرئيس الأمريكي دونالد ترامب.",
     [("ASSASSINATED_BY", "person:qasem-soleimani", "country:united-states", "قتل"),
      ("ASSASSINATED_BY", "person:abu-mahdi-al-muhandis", "country:united-states", "قتل"),
      ("ASSASSINATED_BY", "person:qasem-soleimani", "person:donald-trump", "قتل"),
      ("ASSASSINATED_BY", "person:abu-mahdi-al-muhandis", "person:donald-trump", "قتل"),
      ("LEADS", "person:qasem-soleimani", "organization:quds-force", "قتل"),
      ("MEMBER_OF", "person:abu-mahdi-al-muhandis", "organization:popular-mobilization-forces",
       "قتل"),
      ("LEADS", "person:donald-trump", "country:united-states", "قتل")]),
    ("ar2_qaani_salafuhu", "ar",
     "أعلن المرشد الأعلى علي خامنئي تعيين العميد إسماعيل قاآني قائدا لفيلق القدس، بعد ساعات من "
     "مقتل سلفه قاسم سليماني.",
     [("SUCCESSOR_OF", "person:esmail-qaani", "person:qasem-soleimani", "أعلن"),
      ("LEADS", "person:esmail-qaani", "organization:quds-force", "أعلن")]),
    ("ar2_spokesman_denies", "ar",
     "نفى المتحدث باسم الحكومة العراقية أحمد ملا طلال أن يكون رئيس الوزراء قد التقى أي مسؤول "
     "إيراني خلال الأسبوع الماضي.",
     [("MEMBER_OF", "person:ahmed-mulla-talal", "organization:iraqi-government", "نفى")]),
    ("ar2_austin_baghdad", "ar",
     "زار وزير الدفاع الأمريكي لويد أوستن العاصمة العراقية بغداد، حيث التقى نظيره العراقي جمعة "
     "عناد ورئيس أركان الجيش الفريق عبد الأمير يار الله.",
     [("VISITED", "person:lloyd-austin", "location:baghdad", "زار"),
      ("MET_WITH", "person:lloyd-austin", "person:juma-inad", "زار"),
      ("MET_WITH", "person:lloyd-austin", "person:abdul-amir-yarallah", "زار")]),
    ("ar2_kh_backed", "ar",
     "وتتهم واشنطن كتائب حزب الله المدعومة من إيران بالوقوف وراء الهجوم الذي أسفر عن مقتل متعاقد "
     "أمريكي.",
     [("SUPPORTS", "country:iran", "organization:kataib-hezbollah", "وتتهم")]),
]


if __name__ == "__main__":
    build(HERE, E, ARTICLES)
