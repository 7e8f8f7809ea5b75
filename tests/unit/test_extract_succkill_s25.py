"""Session 25 (succkill): SUCCESSOR_OF and ASSASSINATED_BY when both people are found but the
relation was missed or given to the wrong person; each construction with cases of our own, in
both languages where it exists in both, and a case not to read."""

from __future__ import annotations

import pytest

from tests.extract_support import AB, SO, assert_relations

ISRAEL = "country:israel"
IDF = "organization:israel-defense-forces"
NASRALLAH = "person:hassan-nasrallah"
NETANYAHU = "person:benjamin-netanyahu"
AROURI = "person:saleh-al-arouri"
SHUKR = "person:fuad-shukr"
KARAKI = "person:ali-karaki"
QASSEM = "person:naim-qassem"
HANIYEH = "person:ismail-haniyeh"

# ---- "K said the army had killed him": him is not K; "أنه قتله": not one inside "الذي ..." -
CLAIMED_HIM = [
    ("en", "The Hamas official Saleh al-Arouri was killed in Beirut; Prime Minister Benjamin "
     "Netanyahu said Israeli forces had killed him.", [AB(AROURI, IDF)], [AB(NETANYAHU, IDF)]),
    ("en", "Hassan Nasrallah was buried on Sunday. Netanyahu said Israeli jets had killed him.",
     [AB(NASRALLAH, ISRAEL)], [AB(NETANYAHU, ISRAEL)]),
    ("en", "Fuad Shukr was killed in Beirut. The IDF said it had killed him.",
     [AB(SHUKR, IDF)], []),
    ("ar", "قُتل القيادي فؤاد شكر، الذي كان مستشاراً لحسن نصرالله، في غارة، وأعلن الجيش "
     "الإسرائيلي أنه اغتاله.", [AB(SHUKR, IDF)], [AB(NASRALLAH, IDF)]),
    ("ar", "وتولى القيادة علي كركي، الذي عُيّن بدلاً من نعيم قاسم وأعلن الجيش الإسرائيلي في "
     "أيلول أنه قتله، ثم إسماعيل هنية.", [AB(KARAKI, IDF)],
     [AB(QASSEM, IDF), AB(QASSEM, HANIYEH), AB(KARAKI, HANIYEH)]),
    # a negated claim, another verb, the speaker alone
    ("en", "Hassan Nasrallah was buried on Sunday. Netanyahu said Israeli jets had not killed "
     "him.", [], [AB(NASRALLAH, ISRAEL), AB(NETANYAHU, ISRAEL)]),
    ("en", "Ismail Haniyeh said the army had arrested him.", [], [AB(HANIYEH, IDF)]),
    ("en", "Netanyahu said Israeli jets had killed him.", [], [AB(NETANYAHU, ISRAEL)]),
]

CASES = CLAIMED_HIM


@pytest.mark.parametrize("lang,text,must,must_not", CASES)
def test_succkill_s25(ex, lang, text, must, must_not):
    assert_relations(ex.extract(text, lang=lang), text[:40], must, must_not)


_ = SO  # (SUCCESSOR_OF cases below)
