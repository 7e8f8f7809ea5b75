"""SUCCESSOR_OF (session 12, `succession_dead_leader.deputy_named_to_head`): the dead leader's
deputy named to head ("K named Y's deputy, X, to head the force" after Y's killing; "عيّن K
نائب Y، X، قائداً للفيلق بعد ساعات من مقتله"); our own sentences.

Negatives: Y not dead or removed, a new unit ("to head a new unit", "لوحدة جديدة"), a
negated appointment.
"""

import pytest

from tests.extract_support import SO, assert_relations

QAANI, SOL = "person:esmail-qaani", "person:qasem-soleimani"
NAIM, NASR = "person:naim-qassem", "person:hassan-nasrallah"


CASES = [
 ("en_killed_before_deputy_named",
  "A U.S. drone killed Qassem Soleimani in Baghdad. Within hours Khamenei named Soleimani's "
  "deputy, Esmail Qaani, to head the force.", "en", [SO(QAANI, SOL)], [SO(SOL, QAANI)]),
 ("en_deputy_appointed_as_leader_after_killed",
  "The council appointed Nasrallah's deputy, Naim Qassem, as the new leader after Hassan "
  "Nasrallah was killed.", "en", [SO(NAIM, NASR)], []),
 ("ar_deputy_named_after_his_killing",
  "وعيّن المرشد نائب سليماني، إسماعيل قاآني، قائداً للفيلق بعد ساعات من مقتله.", "ar",
  [SO(QAANI, SOL)], [SO(SOL, QAANI)]),
 ("ar_killed_before_deputy_named",
  "اغتالت إسرائيل حسن نصر الله. واختار مجلس الشورى نائب نصر الله، نعيم قاسم، أميناً عاماً.",
  "ar", [SO(NAIM, NASR)], []),
 # negatives
 ("en_not_dead",
  "Khamenei named Soleimani's deputy, Esmail Qaani, to head the force's Afghan branch.", "en",
  [], [SO(QAANI, SOL)]),
 ("en_new_unit_after_killing",
  "A U.S. drone killed Qassem Soleimani. Khamenei named Soleimani's deputy, Esmail Qaani, to "
  "head a new unit.", "en", [], [SO(QAANI, SOL)]),
 ("ar_new_unit",
  "اغتالت إسرائيل حسن نصر الله. وعيّن الحزب نائب نصر الله، نعيم قاسم، رئيساً لهيئة جديدة.",
  "ar", [], [SO(NAIM, NASR)]),
 ("en_did_not_name",
  "A U.S. drone killed Qassem Soleimani. Khamenei has not named Soleimani's deputy, Esmail "
  "Qaani, to head the force.", "en", [], [SO(QAANI, SOL)]),
]


@pytest.mark.parametrize("name,text,lang,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_succession_deputy_s12(ex, name, text, lang, must, must_not):
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
