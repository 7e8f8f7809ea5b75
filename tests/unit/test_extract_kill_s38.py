"""Session 38 (kill): the named members of a counted group killed, listed after "among them"
/ "including", go on past an apposition that names someone else: "five members were killed in
the Israeli strike, among them X, son of K, and Y, director of K's office" -> Y too
(kill_groups_forces.killed_among with the list readers of an active killing,
context_tails.apposition_tail and kill_list_more_en.more_victims_en). Dev: +1 core TP, no FP.

Not read: the person the apposition names (K), a last name that opens a new clause."""

from __future__ import annotations

import pytest

from tests.extract_support import AB, assert_relations

NASRALLAH = "person:hassan-nasrallah"
KARAKI = "person:ali-karaki"
AQIL = "person:ibrahim-aqil"
SOLEIMANI = "person:qasem-soleimani"
MUHANDIS = "person:abu-mahdi-al-muhandis"
ISRAEL = "country:israel"
US = "country:united-states"

CASES = [
    # fail on main
    ("en", "Four Hezbollah fighters were killed in the Israeli raid, among them Ali Karaki, "
     "deputy of Hassan Nasrallah, and Ibrahim Aqil, the head of the Radwan Force.",
     [AB(KARAKI, ISRAEL), AB(AQIL, ISRAEL)], [AB(NASRALLAH, ISRAEL)]),
    ("en", "Ten people were killed in the American strike, including Abu Mahdi al-Muhandis, "
     "aide of Qasem Soleimani, and Ali Karaki.",
     [AB(MUHANDIS, US), AB(KARAKI, US)], [AB(SOLEIMANI, US)]),
    # negatives: the name after "and" opens a new clause; the apposition's person
    ("en", "Four Hezbollah fighters were killed in the Israeli raid, among them Ali Karaki, "
     "deputy of Hassan Nasrallah, and Ibrahim Aqil condemned the raid on Sunday.",
     [AB(KARAKI, ISRAEL)], [AB(AQIL, ISRAEL), AB(NASRALLAH, ISRAEL)]),
    ("en", "Three guards were killed in the Israeli raid, among them a nephew of Hassan "
     "Nasrallah, and Ibrahim Aqil said the group would respond.", [],
     [AB(AQIL, ISRAEL), AB(NASRALLAH, ISRAEL)]),
]


@pytest.mark.parametrize("lang,text,must,must_not", CASES)
def test_kill_s38(ex, lang: str, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang=lang), text[:40], must, must_not)
