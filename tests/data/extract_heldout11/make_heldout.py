"""Build the eleventh held-out dev set (written after the first ten were used for tuning; run
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
    ("en11_spokesman_denies", "en",
     "Foreign ministry spokesman Ahmed al-Sahaf denied that Iraq's foreign minister had met Qaani "
     "in Beirut.",
     []),
    ("en11_barzani_receives", "en",
     "Kurdistan Region President Nechirvan Barzani received Iran's ambassador in Erbil on "
     "Monday. Barzani later met U.S. envoy Brett McGurk.",
     [("MET_WITH", "person:nechirvan-barzani", "person:brett-mcgurk", "later met")]),
    ("en11_passive_strike", "en",
     "The Iranian general and his entourage were killed by missiles fired from an American "
     "drone shortly after Soleimani landed in Baghdad.",
     [("ASSASSINATED_BY", "person:qasem-soleimani", "country:united-states", "entourage"),
      ("VISITED", "person:qasem-soleimani", "location:baghdad", "entourage")]),
    ("ar11_barzani_meets", "ar",
     "استقبل رئيس إقليم كردستان نيجيرفان بارزاني في أربيل السفير الإيراني، وبحث معه العلاقات "
     "الثنائية، ثم التقى المبعوث الأمريكي بريت ماكغورك.",
     [("MET_WITH", "person:nechirvan-barzani", "person:brett-mcgurk", "استقبل")]),
    ("ar11_qaani_no_visit", "ar",
     "نفى مصدر إيراني أن يكون قاآني قد زار بيروت، مؤكدا أنه التقى نصر الله في طهران.",
     [("MET_WITH", "person:esmail-qaani", "person:hassan-nasrallah", "نفى")]),
    ("ar11_predecessor", "ar",
     "وتولى قاآني قيادة فيلق القدس خلفا لسلفه الذي قتل بغارة أمريكية مطلع 2020.",
     [("LEADS", "person:esmail-qaani", "organization:quds-force", "وتولى")]),
]


if __name__ == "__main__":
    build(HERE, E, ARTICLES)
