"""SUCCESSOR_OF (session 12, `succession_dead_leader.on_death_of`): a taking of office "on / upon
the death of Y" ("X took over as acting president on the death of Y", "X became acting
president upon Y's death", "تولى X الرئاسة عند / لدى / فور وفاة Y"); our own sentences.

Negatives: no taking verb ("X spoke on the death of Y", "علّق X عند وفاة Y"), a verb of
another clause, negation.
"""

import pytest

from tests.extract_support import SO, assert_relations

MOKH, RAISI = "person:mohammad-mokhber", "person:ebrahim-raisi"


CASES = [
 ("en_took_over_on_the_death_of",
  "Mohammad Mokhber took over as acting president on the death of Ebrahim Raisi.", "en",
  [SO(MOKH, RAISI)], [SO(RAISI, MOKH)]),
 ("en_became_upon_poss_death",
  "Mohammad Mokhber became acting president upon Ebrahim Raisi's death in May.", "en",
  [SO(MOKH, RAISI)], []),
 ("ar_tawalla_inda_wafat",
  "وتولى محمد مخبر الرئاسة بالوكالة عند وفاة إبراهيم رئيسي.", "ar", [SO(MOKH, RAISI)], []),
 ("ar_asbaha_fawr_masra",
  "وأصبح محمد مخبر رئيساً بالوكالة فور مصرع إبراهيم رئيسي.", "ar", [SO(MOKH, RAISI)], []),
 # negatives
 ("en_spoke_on_the_death_of",
  "Mohammad Mokhber spoke on the death of Ebrahim Raisi.", "en", [], [SO(MOKH, RAISI)]),
 ("en_other_clause",
  "Mohammad Mokhber took over the file, and officials wept on the death of Ebrahim Raisi.",
  "en", [], [SO(MOKH, RAISI)]),
 ("ar_commented",
  "وعلّق محمد مخبر عند وفاة إبراهيم رئيسي على الحادث.", "ar", [], [SO(MOKH, RAISI)]),
 ("en_did_not_take_over",
  "Mohammad Mokhber did not take over on the death of Ebrahim Raisi.", "en",
  [], [SO(MOKH, RAISI)]),
]


@pytest.mark.parametrize("name,text,lang,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_succession_on_death_s12(ex, name, text, lang, must, must_not):
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
