"""Companions of a victim in Arabic: "وكان معه Y" (Y was with him) and "وإلى جانبه Y" (alongside
him) after a killing: Y was killed with X, by X's killer (not by X). A companion who survived
("الذي نجا", "who survived") is none, and "بعد أن كان معه Y" (an earlier meeting) is none. Our
own sentences, not taken from any dev set.
"""

import pytest

from tests.extract_support import AB, assert_relations

SHUKR, AQIL, ISRAEL = "person:fuad-shukr", "person:ibrahim-aqil", "country:israel"


CASES = [
 ("ar_active_was_with_him", "اغتالت إسرائيل فؤاد شكر في بيروت وكان معه إبراهيم عقيل.", "ar",
  [AB(SHUKR, ISRAEL), AB(AQIL, ISRAEL)], [AB(AQIL, SHUKR)]),
 ("ar_active_alongside_him", "اغتالت إسرائيل فؤاد شكر في بيروت وإلى جانبه إبراهيم عقيل.", "ar",
  [AB(SHUKR, ISRAEL), AB(AQIL, ISRAEL)], [AB(AQIL, SHUKR)]),
 ("ar_passive_was_with_him",
  "قتل فؤاد شكر في غارة إسرائيلية على بيروت وكان معه إبراهيم عقيل.", "ar",
  [AB(SHUKR, ISRAEL), AB(AQIL, ISRAEL)], [AB(AQIL, SHUKR)]),
 ("ar_passive_alongside_him",
  "قتل فؤاد شكر في غارة إسرائيلية على بيروت وإلى جانبه إبراهيم عقيل.", "ar",
  [AB(SHUKR, ISRAEL), AB(AQIL, ISRAEL)], [AB(AQIL, SHUKR)]),
 # negatives
 ("ar_companion_survived", "قتلت إسرائيل فؤاد شكر في بيروت، وكان معه إبراهيم عقيل الذي نجا.",
  "ar", [AB(SHUKR, ISRAEL)], [AB(AQIL, ISRAEL), AB(AQIL, SHUKR)]),
 ("ar_earlier_meeting",
  "اغتالت إسرائيل فؤاد شكر في بيروت بعد أن كان معه إبراهيم عقيل في اجتماع.", "ar",
  [AB(SHUKR, ISRAEL)], [AB(AQIL, ISRAEL)]),
 ("ar_wounded_alongside_him",
  "اغتالت إسرائيل فؤاد شكر في بيروت، وأصيب إلى جانبه إبراهيم عقيل.", "ar",
  [AB(SHUKR, ISRAEL)], [AB(AQIL, ISRAEL)]),
 ("en_companion_survived",
  "Israel killed Fuad Shukr in Beirut along with Ibrahim Aqil, who survived.", "en",
  [AB(SHUKR, ISRAEL)], [AB(AQIL, ISRAEL)]),
]


@pytest.mark.parametrize("name,text,lang,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_companion_with_him(ex, name, text, lang, must, must_not):
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
