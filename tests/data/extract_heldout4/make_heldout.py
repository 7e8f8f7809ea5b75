"""Build the fourth held-out dev set (written after the first three were used for tuning; run
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
    ("en4_phone_call", "en",
     "In a phone call on Monday, Iraqi Prime Minister Mohammed Shia al-Sudani and Iranian "
     "President Ebrahim Raisi discussed border security.",
     [("LEADS", "person:mohammed-shia-al-sudani", "country:iraq", "phone call"),
      ("LEADS", "person:ebrahim-raisi", "country:iran", "phone call")]),
    ("en4_predecessor_killed", "en",
     "Qaani's predecessor, Qassem Soleimani, was killed by a U.S. drone strike at Baghdad airport "
     "on Jan. 3, 2020.",
     [("SUCCESSOR_OF", "person:esmail-qaani", "person:qasem-soleimani", "predecessor"),
      ("ASSASSINATED_BY", "person:qasem-soleimani", "country:united-states", "predecessor")]),
    ("en4_general_militia_leaders", "en",
     "Esmail Qaani arrived in Baghdad on Tuesday. The general, who succeeded Soleimani, met with "
     "Iraqi militia leaders including Kataib Hezbollah chief Abu Fadak al-Mohammedawi.",
     [("VISITED", "person:esmail-qaani", "location:baghdad", "arrived"),
      ("SUCCESSOR_OF", "person:esmail-qaani", "person:qasem-soleimani", "The general"),
      ("MET_WITH", "person:esmail-qaani", "person:abu-fadak-al-mohammedawi", "The general"),
      ("LEADS", "person:abu-fadak-al-mohammedawi", "organization:kataib-hezbollah",
       "The general")]),
    ("en4_amiri_not_met", "en",
     "Hadi al-Amiri, head of the Badr Organization, told reporters he had not met Qaani since "
     "January.",
     [("LEADS", "person:hadi-al-amiri", "organization:badr-organization", "told")]),
    ("ar4_khamenei_sudani", "ar",
     "استقبل المرشد الإيراني علي خامنئي رئيس الوزراء العراقي محمد شياع السوداني في طهران.",
     [("MET_WITH", "person:ali-khamenei", "person:mohammed-shia-al-sudani", "استقبل"),
      ("LEADS", "person:ali-khamenei", "country:iran", "استقبل"),
      ("LEADS", "person:mohammed-shia-al-sudani", "country:iraq", "استقبل"),
      ("VISITED", "person:mohammed-shia-al-sudani", "country:iran", "استقبل")]),
    ("ar4_qad_qutila", "ar",
     "وكان سليماني قد قتل مطلع عام 2020 في غارة نفذتها طائرة أمريكية مسيرة قرب مطار بغداد.",
     [("ASSASSINATED_BY", "person:qasem-soleimani", "country:united-states", "وكان")]),
    ("ar4_office_denies", "ar",
     "نفى مكتب رئيس الوزراء العراقي أن يكون الكاظمي قد التقى قائد فيلق القدس.",
     [("LEADS", "person:esmail-qaani", "organization:quds-force", "نفى")]),
    ("ar4_kadhimi_washington", "ar",
     "زار رئيس الوزراء العراقي مصطفى الكاظمي واشنطن حيث التقى الرئيس الأمريكي جو بايدن في البيت "
     "الأبيض.",
     [("VISITED", "person:mustafa-al-kadhimi", "country:united-states", "زار"),
      ("MET_WITH", "person:mustafa-al-kadhimi", "person:joe-biden", "زار"),
      ("LEADS", "person:mustafa-al-kadhimi", "country:iraq", "زار"),
      ("LEADS", "person:joe-biden", "country:united-states", "زار")]),
]


if __name__ == "__main__":
    build(HERE, E, ARTICLES)
