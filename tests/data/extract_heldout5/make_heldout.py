"""Build the fifth held-out dev set (written after the first four were used for tuning; run
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
    ("en5_dateline_quote", "en",
     "TEHRAN, Jan 5 (AP) - \"We will take revenge,\" said IRGC commander Hossein Salami, days "
     "after Gen. Qassem Soleimani was slain in an American airstrike. Salami spoke as mourners "
     "filled the streets of the capital.",
     [("LEADS", "person:hossein-salami", "organization:irgc", "revenge"),
      ("ASSASSINATED_BY", "person:qasem-soleimani", "country:united-states", "revenge")]),
    ("en5_mckenzie_visit", "en",
     "Gen. Kenneth McKenzie, the head of U.S. Central Command, made an unannounced visit to "
     "Erbil, where he met Kurdish officials. He did not travel to Baghdad.",
     [("LEADS", "person:kenneth-mckenzie", "organization:us-central-command", "unannounced"),
      ("VISITED", "person:kenneth-mckenzie", "location:erbil", "unannounced")]),
    ("en5_sadr_met_qaani", "en",
     "Shiite cleric Muqtada al-Sadr met Iran's Esmail Qaani in Najaf last week, two officials "
     "close to Sadr told Reuters.",
     [("MET_WITH", "person:muqtada-al-sadr", "person:esmail-qaani", "cleric")]),
    ("en5_both_killed", "en",
     "Both men - Soleimani and the Iraqi militia commander Abu Mahdi al-Muhandis - died in the "
     "attack, which the Pentagon said was carried out at the direction of the president.",
     []),
    ("ar5_sadr_qaani", "ar",
     "التقى زعيم التيار الصدري مقتدى الصدر بقائد فيلق القدس إسماعيل قاآني في النجف، حسب ما أفادت "
     "مصادر مقربة من الصدر.",
     [("MET_WITH", "person:muqtada-al-sadr", "person:esmail-qaani", "التقى"),
      ("LEADS", "person:esmail-qaani", "organization:quds-force", "التقى")]),
    ("ar5_salami_threat", "ar",
     "هدد قائد الحرس الثوري الإيراني اللواء حسين سلامي بالرد على اغتيال سليماني الذي قضى بضربة "
     "أمريكية.",
     [("LEADS", "person:hossein-salami", "organization:irgc", "هدد"),
      ("ASSASSINATED_BY", "person:qasem-soleimani", "country:united-states", "هدد")]),
    ("ar5_talks_between", "ar",
     "جرت محادثات بين الكاظمي وبايدن في البيت الأبيض تناولت مستقبل القوات الأمريكية في العراق.",
     [("MET_WITH", "person:mustafa-al-kadhimi", "person:joe-biden", "محادثات")]),
    ("ar5_no_agent", "ar",
     "قتل قيادي بارز في الحشد الشعبي بانفجار عبوة ناسفة جنوب بغداد، ولم تتبن أي جهة العملية.",
     []),
]


if __name__ == "__main__":
    build(HERE, E, ARTICLES)
