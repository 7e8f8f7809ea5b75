"""Build the tenth held-out dev set (written after the first nine were used for tuning; run
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
    ("en10_militia_leader_title", "en",
     "Kataib Sayyid al-Shuhada secretary-general Abu Alaa al-Walai said on Tuesday that he had "
     "met the Iranian commander Ismail Qaani twice this year.",
     [("LEADS", "person:abu-alaa-al-walai", "organization:kataib-sayyid-al-shuhada",
       "secretary-general"),
      ("MET_WITH", "person:abu-alaa-al-walai", "person:esmail-qaani", "secretary-general")]),
    ("en10_soleimani_killed_with", "en",
     "Soleimani was killed along with al-Muhandis when a U.S. MQ-9 Reaper fired missiles at "
     "their convoy.",
     [("ASSASSINATED_BY", "person:qasem-soleimani", "country:united-states", "Reaper"),
      ("ASSASSINATED_BY", "person:abu-mahdi-al-muhandis", "country:united-states", "Reaper")]),
    ("en10_no_meeting_yet", "en",
     "Kadhimi has yet to meet Qaani, a government spokesman said, adding that no visit by the "
     "Iranian general was planned.",
     []),
    ("ar10_asadi_meets", "ar",
     "التقى الأمين العام لكتائب سيد الشهداء أبو آلاء الولائي، الثلاثاء، القائد في الحرس الثوري "
     "إسماعيل قاآني في بغداد.",
     [("LEADS", "person:abu-alaa-al-walai", "organization:kataib-sayyid-al-shuhada", "التقى"),
      ("MET_WITH", "person:abu-alaa-al-walai", "person:esmail-qaani", "التقى"),
      ("MEMBER_OF", "person:esmail-qaani", "organization:irgc", "التقى")]),
    ("ar10_passive_meeting", "ar",
     "وجرى خلال الزيارة لقاء جمع قاآني برئيس هيئة الحشد الشعبي فالح الفياض.",
     [("MET_WITH", "person:esmail-qaani", "person:falih-al-fayyadh", "لقاء"),
      ("LEADS", "person:falih-al-fayyadh", "organization:popular-mobilization-forces", "لقاء")]),
    ("ar10_killed_by_drone_no_agent", "ar",
     "واغتيل القيادي في كتائب حزب الله أبو باقر الساعدي بضربة طائرة مسيرة في شرق بغداد، فيما "
     "أعلنت القيادة المركزية الأمريكية مسؤوليتها عن الضربة.",
     [("MEMBER_OF", "person:abu-baqir-al-saadi", "organization:kataib-hezbollah", "واغتيل")]),
]


if __name__ == "__main__":
    build(HERE, E, ARTICLES)
