"""Session 37 (kill): an Arabic claim "أعلن أنه قتل X" whose subject is left out because it
carries over from the killing told in the sentence before (kill_claim_elided_ar, via
kill_claims_verdicts.announced_it_killed_ar). Dev: +1 core TP, no FP.

Also "قضى Y على X" / "X، الذي قضى عليه Y" (kill_phrasal.agent_verb_killed_ar since the review, the army statements' verb for
"eliminated"). Dev: +2 core TP, no FP.

Not read: a sentence before whose killing has no agent, a claim with a subject of its own
inside reported speech, a denial."""

from __future__ import annotations

import pytest

from tests.extract_support import AB, assert_relations

NASRALLAH = "person:hassan-nasrallah"
KARAKI = "person:ali-karaki"
AQIL = "person:ibrahim-aqil"
IDF = "organization:israel-defense-forces"
ISRAEL = "country:israel"
HEZBOLLAH = "organization:hezbollah"

CASES = [
    # fail on main
    ("ar", "وكان الجيش الإسرائيلي قد أعلن أنه قتل حسن نصرالله في بيروت. كما أعلن أنه اغتال "
     "علي كركي.", [AB(KARAKI, IDF)], []),
    ("ar", "قتل الجيش الإسرائيلي حسن نصرالله في غارة. وأعلن أنه قتل أيضا علي كركي.",
     [AB(KARAKI, IDF)], []),
    ("ar", "وأكد البيان أن الجيش الإسرائيلي قضى في أيلول الماضي على المدعو إبراهيم عقيل قائد "
     "قوة الرضوان.", [AB(AQIL, IDF)], []),
    ("ar", "خلف القيادي إبراهيم عقيل، الذي قضى عليه الجيش الإسرائيلي في بيروت، رجل آخر.",
     [AB(AQIL, IDF)], []),
    # negatives: "قضى على" a thing, not a person; "قضى" = spent
    ("ar", "قضى الجيش الإسرائيلي على آمال إبراهيم عقيل في الهرب.", [], [AB(AQIL, IDF)]),
    ("ar", "قضى إبراهيم عقيل سنوات في قيادة قوة الرضوان قبل أن يلتقي الجيش الإسرائيلي.", [],
     [AB(AQIL, IDF)]),
    # a ruling with a phrase before "على" is no killing (failed while a second module read
    # "قضى ... على X" without agent_verb_killed_ar's court guard)
    ("ar", "قضى حزب الله في الجلسة على إبراهيم عقيل بالسجن.", [], [AB(AQIL, HEZBOLLAH)]),
    # negatives: the killing before has no agent; a denial inside reported speech
    ("ar", "قتل حسن نصرالله في غارة على بيروت. كما أعلن أنه قتل علي كركي.", [],
     [AB(KARAKI, IDF), AB(KARAKI, ISRAEL), AB(KARAKI, NASRALLAH)]),
    ("ar", "اغتالت إسرائيل حسن نصرالله في بيروت. وقال مسؤولون إن الجيش أعلن أنه لم يقتل علي "
     "كركي.", [], [AB(KARAKI, ISRAEL), AB(KARAKI, IDF)]),
]


@pytest.mark.parametrize("lang,text,must,must_not", CASES)
def test_kill_s37(ex, lang: str, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang=lang), text[:40], must, must_not)
