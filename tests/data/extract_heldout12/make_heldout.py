"""Build the twelfth held-out dev set (written and annotated before the extractor was run on it;
run blind once, figure recorded in the commit message). Build (canonical article JSON) from compact hand annotations.

Written before tuning on them: new spellings of known people, new people introduced by title,
both languages, negation / modality / passive / lists. Run from the repo root:
    python tests/data/extract_heldout12/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from heldout_builder import build  # noqa: E402
from heldout_entities import ENTITIES as E  # noqa: E402

HERE = Path(__file__).parent

ARTICLES = [
    ("en12_ghaani_list", "en",
     "Quds Force chief Ismail Ghaani held talks in Baghdad with Prime Minister Mustafa "
     "al-Kazimi, Hadi al-Ameri and Qais al-Khazaali.",
     [("MET_WITH", "person:esmail-qaani", "person:mustafa-al-kadhimi", "held talks"),
      ("MET_WITH", "person:esmail-qaani", "person:hadi-al-amiri", "held talks"),
      ("MET_WITH", "person:esmail-qaani", "person:qais-al-khazali", "held talks")]),
    ("en12_defence_received", "en",
     "Iraqi Defence Minister Thabit al-Abbasi was received by Ismail Qaani in Tehran on "
     "Sunday, the ministry said.",
     [("MET_WITH", "person:thabit-al-abbasi", "person:esmail-qaani", "was received")]),
    ("en12_suleimani_killed", "en",
     "Qassem Suleimani was killed by the United States in a drone strike near Baghdad airport "
     "in January 2020.",
     [("ASSASSINATED_BY", "person:qasem-soleimani", "country:united-states", "was killed")]),
    ("en12_succeeded", "en",
     "Ghaani succeeded Suleimani at the head of the Quds Force after the general was killed "
     "in an American strike.",
     [("SUCCESSOR_OF", "person:esmail-qaani", "person:qasem-soleimani", "succeeded"),
      ("ASSASSINATED_BY", "person:qasem-soleimani", "country:united-states", "succeeded")]),
    ("en12_kazimi_no_meeting", "en",
     "Kazimi did not meet the Iranian commander during his visit to Tehran, an aide said.",
     []),
    ("en12_nasrallah_says", "en",
     "Hezbollah leader Hassan Nasrallah said he had met Ismail Qaani in Beirut last week.",
     [("MET_WITH", "person:hassan-nasrallah", "person:esmail-qaani", "had met")]),
    ("en12_mbs_kadhemi", "en",
     "Saudi Crown Prince Mohammed bin Salman and Iraqi Prime Minister Mustafa Kadhemi met in "
     "Riyadh on Monday.",
     [("MET_WITH", "person:mohammed-bin-salman", "person:mustafa-al-kadhimi", "met in")]),
    ("ar12_kazimi_receives", "ar",
     "استقبل رئيس الوزراء العراقي مصطفى الكاظمي قائد فيلق القدس إسماعيل قآني في بغداد، وبحث "
     "معه الأوضاع الأمنية.",
     [("MET_WITH", "person:mustafa-al-kadhimi", "person:esmail-qaani", "استقبل")]),
    ("ar12_salami_nasrallah", "ar",
     "والتقى قائد الحرس الثوري اللواء حسين سلامي بالأمين العام لحزب الله حسن نصر الله في "
     "بيروت.",
     [("MET_WITH", "person:hossein-salami", "person:hassan-nasrallah", "والتقى")]),
    ("ar12_strike", "ar",
     "اغتيل قاسم سليمانى ونائب رئيس هيئة الحشد الشعبي أبو مهدي المهندس بضربة أمريكية قرب "
     "مطار بغداد.",
     [("ASSASSINATED_BY", "person:qasem-soleimani", "country:united-states", "اغتيل"),
      ("ASSASSINATED_BY", "person:abu-mahdi-al-muhandis", "country:united-states", "اغتيل")]),
    ("ar12_successor", "ar",
     "عيّن المرشد الإيراني علي خامنئي اللواء إسماعيل قاآنى خلفاً لقاسم سليماني في قيادة فيلق "
     "القدس.",
     [("SUCCESSOR_OF", "person:esmail-qaani", "person:qasem-soleimani", "خلفاً")]),
    ("ar12_no_meeting", "ar",
     "ولم يلتقِ وزير الخارجية الإيراني عباس عراقجي برئيس الجمهورية العراقي عبد اللطيف رشيد "
     "خلال زيارته.",
     []),
]


if __name__ == "__main__":
    build(HERE, E, ARTICLES)
