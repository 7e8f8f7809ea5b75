"""Build the sixth held-out dev set (written after the first five were used for tuning; run
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
    ("en6_araji_shamkhani", "en",
     "Iraq's national security adviser Qassim al-Araji held talks in Tehran with Ali Shamkhani, "
     "secretary of Iran's Supreme National Security Council, the Iraqi News Agency reported.",
     [("MET_WITH", "person:qassim-al-araji", "person:ali-shamkhani", "held talks"),
      ("VISITED", "person:qassim-al-araji", "country:iran", "held talks")]),
    ("en6_haniyeh_killed", "en",
     "Hamas political leader Ismail Haniyeh was killed in Tehran, the group said, blaming Israel. "
     "Israel has not commented.",
     [("LEADS", "person:ismail-haniyeh", "organization:hamas", "political leader")]),
    ("en6_reported_meeting", "en",
     "According to two Iraqi officials, Qaani met Kataib Hezbollah leaders in Baghdad on Monday "
     "and urged them to halt attacks on U.S. forces.",
     [("MET_WITH", "person:esmail-qaani", "organization:kataib-hezbollah", "According")]),
    ("en6_kadhimi_visit_tehran", "en",
     "Kadhimi's first foreign trip as prime minister was to Tehran, where he met President "
     "Hassan Rouhani and Supreme Leader Ali Khamenei.",
     [("VISITED", "person:mustafa-al-kadhimi", "country:iran", "foreign trip"),
      ("MET_WITH", "person:mustafa-al-kadhimi", "person:hassan-rouhani", "foreign trip"),
      ("MET_WITH", "person:mustafa-al-kadhimi", "person:ali-khamenei", "foreign trip")]),
    ("ar6_araji_tehran", "ar",
     "بحث مستشار الأمن الوطني العراقي قاسم الأعرجي مع أمين المجلس الأعلى للأمن القومي الإيراني "
     "علي شمخاني في طهران ملف الحدود.",
     [("MET_WITH", "person:qassim-al-araji", "person:ali-shamkhani", "بحث")]),
    ("ar6_haniyeh", "ar",
     "اغتيل رئيس المكتب السياسي لحركة حماس إسماعيل هنية في طهران، واتهمت الحركة إسرائيل بالوقوف "
     "وراء العملية.",
     [("LEADS", "person:ismail-haniyeh", "organization:hamas", "اغتيل")]),
    ("ar6_qaani_khalaf_list", "ar",
     "وأشار المصدر إلى أن قاآني، الذي خلف سليماني مطلع 2020، اجتمع بقادة كتائب حزب الله وعصائب "
     "أهل الحق في مقر سري.",
     [("SUCCESSOR_OF", "person:esmail-qaani", "person:qasem-soleimani", "وأشار"),
      ("MET_WITH", "person:esmail-qaani", "organization:kataib-hezbollah", "وأشار"),
      ("MET_WITH", "person:esmail-qaani", "organization:asaib-ahl-al-haq", "وأشار")]),
    ("ar6_doha_visit", "ar",
     "توجه هنية إلى الدوحة حيث التقى أمير قطر تميم بن حمد آل ثاني.",
     [("VISITED", "person:ismail-haniyeh", "country:qatar", "توجه"),
      ("MET_WITH", "person:ismail-haniyeh", "person:tamim-bin-hamad-al-thani", "توجه"),
      ("LEADS", "person:tamim-bin-hamad-al-thani", "country:qatar", "توجه")]),
]


if __name__ == "__main__":
    build(HERE, E, ARTICLES)
