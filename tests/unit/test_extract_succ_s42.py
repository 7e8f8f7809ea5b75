"""Session 42 (succ): SUCCESSOR_OF recall.

1. The present of timelines and live blogs with "in place of / instead of Y": "0930 GMT - X
   takes office in place of Y", "X assumes the post instead of Y" (``_EN_TOOK_POST`` of
   ``core_recall_succession``; the past "took office in place of Y" was read). Not a taking
   that names no post ("X takes part in the talks / takes a call in place of Y").
2. An unknown name after the verb «خلف / خلفت» ("succeeded") is a person even when its first
   word is a weak given name ("X، التي خلفت وليد الغانم في الحقيبة"; ``arabic_name_cues``);
   «خلف» after a verb of standing, sitting or walking is "behind", no succession ("وقف X خلف Y
   في الصورة", ``succession_behind_ar``; on the base this was read for known names too).
"""

from __future__ import annotations

import pytest

from tests.extract_support import SO, assert_relations

KARAM = "person:fadi-karam"
NASSAR = "person:walid-nassar"
SALAM = "person:nawaf-salam"
MIKATI = "person:najib-mikati"
OTAIBI = "person:salma-al-otaibi"
GHANEM = "person:walid-al-ghanem"
HASSAN = "person:ali-hassan"
HALBOUSI = "person:mohammed-al-halbousi"

CASES = [
    # 1. fail on the base: the historical present of a timeline / live blog
    ("en", "0930 GMT - Trade Minister Fadi Karam takes office in place of Walid Nassar at "
     "a short ceremony.",
     [SO(KARAM, NASSAR)], []),
    ("en", "March 3: Nawaf Salam takes the oath as prime minister in place of Najib Mikati.",
     [SO(SALAM, MIKATI)], []),
    # negatives: a taking with no post
    ("en", "Fadi Karam takes part in the talks in place of Walid Nassar.",
     [], [SO(KARAM, NASSAR)]),
    ("en", "Fadi Karam takes a call from the palace in place of Walid Nassar.",
     [], [SO(KARAM, NASSAR)]),
    # crash safety: the text ends right after the cue
    ("en", "Fadi Karam takes office in place of", [], []),
    ("en", "Fadi Karam takes", [], []),
    # 2. fail on the base: an unknown name after «خلفت / خلف»
    ("ar", "وزارت وزيرة التربية سلمى العتيبي، التي خلفت وليد الغانم في الحقيبة، مدرسة في "
     "الجهراء.",
     [SO(OTAIBI, GHANEM)], []),
    ("ar", "وكان الوزير علي حسن، الذي خلف وليد الغانم في المنصب مطلع العام، قد زار البصرة.",
     [SO(HASSAN, GHANEM)], []),
    # negatives (the second also on the base, with a known name): «خلف» = behind
    ("ar", "وجلس علي حسن خلف وليد الغانم خلال الاجتماع.",
     [], [SO(HASSAN, GHANEM)]),
    ("ar", "ووقف الوزير علي حسن خلف محمد الحلبوسي في الصورة التذكارية.",
     [], [SO(HASSAN, HALBOUSI)]),
    # crash safety: the text ends right after the cue
    ("ar", "وكان الوزير علي حسن، الذي خلف", [], []),
    ("ar", "وجلس علي حسن خلف", [], []),
    ("ar", "التي خلفت وليد", [], []),
]


@pytest.fixture(scope="module")
def ex():
    from loaders.extract.rules import RuleExtractor
    return RuleExtractor()


@pytest.mark.parametrize("lang,text,must,must_not", CASES)
def test_succ_s42(ex, lang: str, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang=lang), text[:40], must, must_not)
