"""Build the seventh held-out dev set (written after the first six were used for tuning; run
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
    ("ar7_source_long", "ar",
     "وأفاد مصدر سياسي مطلع بأن قائد فيلق القدس الإيراني وصل إلى بغداد مساء الثلاثاء، وعقد "
     "اجتماعات مع قادة فصائل مسلحة موالية لإيران. وأوضح المصدر أن الجنرال الإيراني التقى أيضا "
     "الأمين العام لحركة النجباء أكرم الكعبي.",
     [("VISITED", "person:esmail-qaani", "location:baghdad", "وأفاد"),
      ("LEADS", "person:esmail-qaani", "organization:quds-force", "وأفاد"),
      ("MET_WITH", "person:esmail-qaani", "organization:iran-backed-militias", "وأفاد"),
      ("MET_WITH", "person:esmail-qaani", "person:akram-al-kaabi", "وأوضح"),
      ("LEADS", "person:akram-al-kaabi", "organization:harakat-al-nujaba", "وأوضح"),
      # added after the blind run: the seed annotation draws SUPPORTS from "موال لإيران"
      ("SUPPORTS", "organization:iran-backed-militias", "country:iran", "وأفاد")]),
    ("ar7_no_agent_then_agent", "ar",
     "قتل المهندس في الغارة ذاتها التي أودت بحياة سليماني. وتبنت وزارة الدفاع الأمريكية "
     "العملية، مؤكدة أنها نفذت بأمر من ترامب.",
     []),
    ("ar7_salih_pompeo", "ar",
     "بحث الرئيس العراقي برهم صالح، الأربعاء، مع وزير الخارجية الأمريكي مايك بومبيو مستقبل "
     "الوجود العسكري الأمريكي في العراق.",
     [("MET_WITH", "person:barham-salih", "person:mike-pompeo", "بحث"),
      ("LEADS", "person:barham-salih", "country:iraq", "بحث")]),
    ("en7_wire_quote", "en",
     "\"The meeting was positive,\" Iraqi Prime Minister Mustafa al-Kadhimi said after talks with "
     "Iranian Foreign Minister Mohammad Javad Zarif in Baghdad on Sunday.",
     [("MET_WITH", "person:mustafa-al-kadhimi", "person:mohammad-javad-zarif", "positive"),
      ("LEADS", "person:mustafa-al-kadhimi", "country:iraq", "positive")]),
    ("en7_successor_named", "en",
     "Tehran named Esmail Qaani, a longtime deputy, to lead the Quds Force after Qassem "
     "Soleimani was killed in a U.S. strike in Baghdad.",
     [("SUCCESSOR_OF", "person:esmail-qaani", "person:qasem-soleimani", "named"),
      ("ASSASSINATED_BY", "person:qasem-soleimani", "country:united-states", "named"),
      ("LEADS", "person:esmail-qaani", "organization:quds-force", "named")]),
    ("en7_visit_denied", "en",
     "Iraqi officials denied reports that Qaani had visited Baghdad last week. Kataib Hezbollah, "
     "an Iran-backed militia, said it had received no visit from the Iranian commander.",
     [("SUPPORTS", "country:iran", "organization:kataib-hezbollah", "Iran-backed")]),
]


if __name__ == "__main__":
    build(HERE, E, ARTICLES)
