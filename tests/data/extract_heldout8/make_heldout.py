"""Build the eighth held-out dev set (written after the first seven were used for tuning; run
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
    ("en8_mikati_assad", "en",
     "Lebanese Prime Minister Najib Mikati and Syrian President Bashar al-Assad held talks in "
     "Damascus on Saturday, Syrian state media reported.",
     [("MET_WITH", "person:najib-mikati", "person:bashar-al-assad", "held talks"),
      ("LEADS", "person:najib-mikati", "country:lebanon", "held talks"),
      ("LEADS", "person:bashar-al-assad", "country:syria", "held talks")]),
    ("en8_israeli_strike_arouri", "en",
     "An Israeli drone strike killed senior Hamas official Saleh al-Arouri in Beirut. Israel did "
     "not claim the attack.",
     [("ASSASSINATED_BY", "person:saleh-al-arouri", "country:israel", "Israeli drone"),
      ("MEMBER_OF", "person:saleh-al-arouri", "organization:hamas", "Israeli drone")]),
    ("en8_took_over_from", "en",
     "Qaani took over as commander of the Quds Force from Soleimani, whom he had served as "
     "deputy since 1997.",
     [("SUCCESSOR_OF", "person:esmail-qaani", "person:qasem-soleimani", "took over"),
      ("LEADS", "person:esmail-qaani", "organization:quds-force", "took over")]),
    ("ar8_israel_assassinated_mousavi", "ar",
     "اغتالت إسرائيل القيادي في الحرس الثوري الإيراني رضي موسوي بغارة على منزله قرب دمشق.",
     [("ASSASSINATED_BY", "person:razi-mousavi", "country:israel", "اغتالت"),
      ("MEMBER_OF", "person:razi-mousavi", "organization:irgc", "اغتالت")]),
    ("ar8_laqaa_bayna", "ar",
     "جرى لقاء بين رئيس الوزراء اللبناني نجيب ميقاتي والرئيس السوري بشار الأسد في دمشق.",
     [("MET_WITH", "person:najib-mikati", "person:bashar-al-assad", "لقاء"),
      ("LEADS", "person:najib-mikati", "country:lebanon", "لقاء"),
      ("LEADS", "person:bashar-al-assad", "country:syria", "لقاء")]),
    ("ar8_could_not_meet", "ar",
     "ولم يتمكن قاآني من لقاء المرجع الشيعي علي السيستاني خلال زيارته للنجف.",
     [("VISITED", "person:esmail-qaani", "location:najaf", "يتمكن")]),
]


if __name__ == "__main__":
    build(HERE, E, ARTICLES)
