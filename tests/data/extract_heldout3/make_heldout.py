"""Build the third held-out dev set (written after the first two were used for tuning; run
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
    ("en3_salih_zarif_met", "en",
     "BAGHDAD (Reuters) - Iraqi President Barham Salih and Iranian Foreign Minister Mohammad "
     "Javad Zarif met on Sunday to discuss the withdrawal of U.S. troops, the Iraqi presidency "
     "said in a statement.",
     [("MET_WITH", "person:barham-salih", "person:mohammad-javad-zarif", "met on Sunday"),
      ("LEADS", "person:barham-salih", "country:iraq", "met on Sunday")]),
    ("en3_qaani_sidelines", "en",
     "Brigadier General Ismail Qaani, the new head of the Quds Force, sat down with Hadi "
     "al-Amiri on the sidelines of a funeral in Tehran. A planned meeting with Prime Minister "
     "Adil Abdul-Mahdi was cancelled.",
     [("MET_WITH", "person:esmail-qaani", "person:hadi-al-amiri", "sat down"),
      ("LEADS", "person:esmail-qaani", "organization:quds-force", "sat down")]),
    ("en3_authorized_by_washington", "en",
     "Soleimani, 62, was assassinated in a targeted strike authorized by Washington. He was "
     "succeeded by his deputy Esmail Qaani.",
     [("ASSASSINATED_BY", "person:qasem-soleimani", "country:united-states", "assassinated"),
      ("SUCCESSOR_OF", "person:esmail-qaani", "person:qasem-soleimani", "succeeded by")]),
    ("en3_erdogan_hosts", "en",
     "Turkish President Recep Tayyip Erdogan hosted Iraqi Prime Minister Mustafa al-Kadhimi in "
     "Ankara on Thursday.",
     [("MET_WITH", "person:recep-tayyip-erdogan", "person:mustafa-al-kadhimi", "hosted"),
      ("LEADS", "person:recep-tayyip-erdogan", "country:turkey", "hosted"),
      ("LEADS", "person:mustafa-al-kadhimi", "country:iraq", "hosted"),
      ("VISITED", "person:mustafa-al-kadhimi", "country:turkey", "hosted")]),
    ("ar3_tamma_ightiyal", "ar",
     "تمّ اغتيالُ القائدِ العسكري الإيراني قاسم سُليماني بضربةٍ أمريكية في بغداد، فيما نجا قائد "
     "آخر من محاولة اغتيال.",
     [("ASSASSINATED_BY", "person:qasem-soleimani", "country:united-states", "تمّ")]),
    ("ar3_salih_erdogan", "ar",
     "وعلى هامش القمة، التقى الرئيس العراقي برهم صالح نظيره التركي رجب طيب أردوغان، وبحثا "
     "العلاقات الثنائية.",
     [("MET_WITH", "person:barham-salih", "person:recep-tayyip-erdogan", "هامش"),
      ("LEADS", "person:barham-salih", "country:iraq", "هامش"),
      ("LEADS", "person:recep-tayyip-erdogan", "country:turkey", "هامش")]),
    ("ar3_nasrallah_qaani_beirut", "ar",
     "قال الأمين العام لحزب الله حسن نصر الله إن الجنرال إسماعيل قاآني الذي خلف سليماني زار "
     "بيروت الأسبوع الماضي.",
     [("LEADS", "person:hassan-nasrallah", "organization:hezbollah", "قال"),
      ("SUCCESSOR_OF", "person:esmail-qaani", "person:qasem-soleimani", "قال"),
      ("VISITED", "person:esmail-qaani", "location:beirut", "قال")]),
    ("ar3_no_meeting", "ar",
     "لم يلتقِ قائد فيلق القدس بأي مسؤول عراقي خلال زيارته الأخيرة إلى العاصمة بغداد، بحسب "
     "مصدر مطلع.",
     [("VISITED", "person:esmail-qaani", "location:baghdad", "لم"),
      ("LEADS", "person:esmail-qaani", "organization:quds-force", "لم")]),
]


if __name__ == "__main__":
    build(HERE, E, ARTICLES)
