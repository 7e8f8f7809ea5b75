"""Who the victim is (session 10), our own sentences in both languages:

- "X, whose brother / three sons were killed in an Israeli strike, said ..." / "X، الذي قُتل
  نجله / اغتيل شقيقه بغارة إسرائيلية" tells the killing of X's relative: X is no victim of
  that agent (X's own killing by an agent named outside the clause still is);
- "X replaced Y after the general and Z were killed by ...": "the general" is Y (the person
  the main clause named last), never Z (who is joined to it by "and") nor someone named in
  an earlier sentence;
- "... than his predecessor, whose killing in a US strike ordered by W ...": the
  predecessor the sentence's succession names.
"""

import pytest

from loaders.extract.rules import RuleExtractor
from tests.extract_support import AB, SO, assert_relations

SOL, MUH = "person:qasem-soleimani", "person:abu-mahdi-al-muhandis"
QAANI, TRUMP = "person:esmail-qaani", "person:donald-trump"
HANIYEH, KHALIL = "person:ismail-haniyeh", "person:khalil-al-hayya"
BARZANI = "person:masoud-barzani"
NAS, SAFI = "person:hassan-nasrallah", "person:hashem-safieddine"
US, ISR = "country:united-states", "country:israel"

CASES = [
 # ---- a relative's killing -----------------------------------------------------------------
 ("whose_brother_en",
  "Ismail Haniyeh, whose brother was killed in an Israeli strike, spoke in Doha.",
  [], [AB(HANIYEH, ISR)]),
 ("whose_three_sons_en",
  "Ismail Haniyeh, whose three sons were killed in an Israeli strike in April, said the "
  "talks would go on.",
  [], [AB(HANIYEH, ISR)]),
 ("whose_son_definite_strike_en",
  "Khalil al-Hayya, whose son was killed in the Israeli strike on Doha, addressed the "
  "funeral.",
  [], [AB(KHALIL, ISR)]),
 ("whose_brother_then_own_killing_en",
  "Ismail Haniyeh, whose brother was killed in 2019, was killed in an Israeli strike in "
  "Tehran.",
  [AB(HANIYEH, ISR)], []),
 ("whose_killing_is_his_own_en",
  "Hashem Safieddine succeeded Hassan Nasrallah, whose killing by Israel shocked the group.",
  [AB(NAS, ISR), SO(SAFI, NAS)], []),
 ("relative_clause_kin_ar",
  "وقال إسماعيل هنية، الذي قتل شقيقه في غارة إسرائيلية، إن الحركة صامدة.",
  [], [AB(HANIYEH, ISR)]),
 ("relative_clause_kin_main_verb_ar",
  "قُتل إسماعيل هنية، الذي اغتيل شقيقه بغارة إسرائيلية، في طهران.",
  [], [AB(HANIYEH, ISR)]),
 ("relative_clause_son_named_ar",
  "وتحدث خليل الحية، الذي قُتل نجله همام في الغارة الإسرائيلية على الدوحة، في الجنازة.",
  [], [AB(KHALIL, ISR)]),
 ("relative_clause_no_comma_ar",
  "وتحدث خليل الحية الذي استشهد ابنه بغارة إسرائيلية.",
  [], [AB(KHALIL, ISR)]),
 ("relative_clause_own_killing_ar",
  "ونعت الحركة إسماعيل هنية الذي اغتيل بغارة إسرائيلية في طهران.",
  [AB(HANIYEH, ISR)], []),
 # ---- "the general and Z" ------------------------------------------------------------------
 ("the_general_and_z_after_replaced_en",
  "Esmail Qaani replaced Qasem Soleimani after the general and Abu Mahdi al-Muhandis were "
  "killed by a US drone strike in Baghdad.",
  [AB(SOL, US), AB(MUH, US), SO(QAANI, SOL)], []),
 ("the_general_not_someone_earlier_en",
  "Masoud Barzani met Mohammed al-Halbousi in Erbil. Esmail Qaani had phoned Barzani "
  "earlier. Qaani replaced Qasem Soleimani after the general and Abu Mahdi al-Muhandis were "
  "killed by a US drone strike in Baghdad two years ago.",
  [AB(SOL, US), AB(MUH, US)], [AB(BARZANI, US)]),
 ("the_general_named_before_en",
  "Qasem Soleimani arrived in Baghdad on Friday. Esmail Qaani said the general and Abu "
  "Mahdi al-Muhandis were killed by a US drone.",
  [AB(SOL, US), AB(MUH, US)], [AB(QAANI, US)]),
 # ---- "his predecessor, whose killing" -----------------------------------------------------
 ("predecessor_whose_killing_en",
  "Esmail Qaani, who succeeded Qasem Soleimani in January, has kept a far lower profile than "
  "his predecessor, whose killing in a US drone strike ordered by President Donald Trump "
  "upended Tehran's regional network.",
  [AB(SOL, US), AB(SOL, TRUMP), SO(QAANI, SOL)], [AB(QAANI, US)]),
]


@pytest.fixture(scope="module")
def extractor() -> RuleExtractor:
    return RuleExtractor()


@pytest.mark.parametrize("name,text,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_kill_victims(extractor, name, text, must, must_not):
    assert_relations(extractor.extract(text), name, must, must_not)
