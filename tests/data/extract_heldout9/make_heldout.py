"""Build the ninth held-out dev set (written after the first eight were used for tuning; run
blind once, figures recorded in the commit message and docs/extraction.md). Build (canonical article JSON) from compact hand annotations.

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
    ("en9_pmf_chief", "en",
     "Abdul Aziz al-Muhammadawi, the chief of staff of the Popular Mobilization Forces, met "
     "Qaani in Baghdad, according to a PMF statement. The two did not discuss the U.S. "
     "presence, the statement added.",
     [("LEADS", "person:abdul-aziz-al-muhammadawi", "organization:popular-mobilization-forces",
       "chief of staff"),
      ("MET_WITH", "person:abdul-aziz-al-muhammadawi", "person:esmail-qaani", "chief of staff")]),
    ("en9_trump_ordered", "en",
     "Trump said he ordered the drone strike that killed Soleimani to stop an imminent attack. "
     "Iran's Foreign Minister Javad Zarif called it an act of international terrorism.",
     [("ASSASSINATED_BY", "person:qasem-soleimani", "person:donald-trump", "ordered")]),
    ("en9_kadhimi_successor", "en",
     "Mohammed Shia al-Sudani, who succeeded Mustafa al-Kadhimi as prime minister, visited "
     "Tehran in November and met Supreme Leader Ali Khamenei.",
     [("SUCCESSOR_OF", "person:mohammed-shia-al-sudani", "person:mustafa-al-kadhimi",
       "succeeded"),
      ("VISITED", "person:mohammed-shia-al-sudani", "country:iran", "succeeded"),
      ("MET_WITH", "person:mohammed-shia-al-sudani", "person:ali-khamenei", "succeeded")]),
    ("ar9_sudani_khalifa", "ar",
     "وأكد السوداني، الذي خلف الكاظمي في رئاسة الحكومة، خلال لقائه وزير الخارجية الإيراني حسين "
     "أمير عبد اللهيان أن العراق لن يكون منطلقا للاعتداء على جيرانه.",
     [("SUCCESSOR_OF", "person:mohammed-shia-al-sudani", "person:mustafa-al-kadhimi", "خلف"),
      ("MET_WITH", "person:mohammed-shia-al-sudani", "person:hossein-amir-abdollahian", "خلف")]),
    ("ar9_muhandis_drone", "ar",
     "قتل أبو مهدي المهندس مع سليماني بضربة طائرة مسيرة أمريكية عند مطار بغداد.",
     [("ASSASSINATED_BY", "person:abu-mahdi-al-muhandis", "country:united-states", "قتل"),
      ("ASSASSINATED_BY", "person:qasem-soleimani", "country:united-states", "قتل")]),
    ("ar9_visit_cancelled", "ar",
     "ألغى رئيس الوزراء العراقي زيارة كانت مقررة إلى طهران، ولم يلتق أي مسؤول إيراني.",
     []),
]


if __name__ == "__main__":
    build(HERE, E, ARTICLES)
