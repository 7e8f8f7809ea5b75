"""Session 25 (precision): false core relations of the newest writers, each construction with
sentences of our own (not taken from any dev set), a case not to read and a case that still
reads."""

from __future__ import annotations

import pytest

from tests.extract_support import AB, MW, assert_relations

IDF = "organization:israel-defense-forces"
SAFIEDDINE = "person:hashem-safieddine"
NASRALLAH = "person:hassan-nasrallah"
BAGHERI = "person:mohammad-bagheri"
FIRUZABADI = "person:hassan-firuz-abadi"
MOUSAVI = "person:abdolrahim-mousavi"
SHUKR = "person:fuad-shukr"
HANIYEH = "person:ismail-haniyeh"
PEZESHKIAN = "person:masoud-pezeshkian"
# ---- "أعلن الجيش أنه قتله" after a relative clause: the head is the victim, not a name inside
# the clause; nobody past a comma is the agent of "قتله" ------------------------------------
CLAIM_AFTER_RELATIVE = [
    ("ar", "وكان القيادي هاشم صفي الدين، الذي عُدّ خليفة محتملاً لحسن نصرالله، قد قُتل في غارة، "
     "وأعلن الجيش الإسرائيلي لاحقاً أنه اغتاله.", [AB(SAFIEDDINE, IDF)], [AB(NASRALLAH, IDF)]),
    ("ar", "أما اللواء محمد باقري، الذي عُيّن بدلاً من حسن فيروز آبادي وأعلن الجيش الإسرائيلي في "
     "حزيران أنه قتله، فقد خلفه عبد الرحيم موسوي.", [AB(BAGHERI, IDF)],
     [AB(FIRUZABADI, IDF), AB(FIRUZABADI, MOUSAVI)]),
    # still read: the one person before the claim, the object of a meeting before it
    ("ar", "قُتل فؤاد شكر في بيروت، وأعلن الجيش الإسرائيلي أنه اغتاله.", [AB(SHUKR, IDF)], []),
    ("ar", "التقى مسعود بزشكيان إسماعيل هنية، وأعلن الجيش الإسرائيلي بعد أشهر أنه اغتاله.",
     [AB(HANIYEH, IDF), MW(HANIYEH, PEZESHKIAN)], []),
]


@pytest.mark.parametrize("lang,text,must,must_not", CLAIM_AFTER_RELATIVE)
def test_precision_s25(ex, lang, text, must, must_not):
    assert_relations(ex.extract(text, lang=lang), text[:40], must, must_not)
