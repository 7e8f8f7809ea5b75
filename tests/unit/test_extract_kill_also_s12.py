"""ASSASSINATED_BY (session 12): a second victim of the same killing added with "also" /
"إلى جانبه" / "في الغارة نفسها", in a later clause of the sentence or the next sentence
(`also_killed.py`); our own sentences in both languages.

Negatives: a killing of its own ("in a separate strike", "في غارة أخرى"), a victim added
after a killing that named no agent, someone "also wounded", a negated "also killed", and a
victim the clause gives another agent.
"""

import pytest

from tests.extract_support import AB, assert_relations

NASR, KARAKI = "person:hassan-nasrallah", "person:ali-karaki"
SOL, MUH = "person:qasem-soleimani", "person:abu-mahdi-al-muhandis"
ISR, US = "country:israel", "country:united-states"


CASES = [
 ("en_semicolon_was_also_killed_in_the_strike",
  "Israel killed Hassan Nasrallah in Beirut on Friday; Ali Karaki was also killed in the "
  "strike.", "en", [AB(KARAKI, ISR), AB(NASR, ISR)], []),
 ("en_and_apposition_was_also_killed",
  "The United States killed Qassem Soleimani near Baghdad airport, and Abu Mahdi al-Muhandis, "
  "the deputy head of the PMF, was also killed.", "en", [AB(MUH, US), AB(SOL, US)], []),
 ("en_next_sentence_companion_also_killed",
  "A U.S. drone strike killed Qassem Soleimani in Baghdad. His companion, Abu Mahdi "
  "al-Muhandis, was also killed.", "en", [AB(MUH, US)], []),
 ("en_also_killed_in_the_strike_was",
  "Hassan Nasrallah was killed in an Israeli air strike in Beirut. Also killed in the same "
  "strike were Ali Karaki and several aides.", "en", [AB(KARAKI, ISR)], []),
 ("en_also_died",
  "Israeli jets killed Hassan Nasrallah on Friday. Ali Karaki also died.", "en",
  [AB(KARAKI, ISR)], []),
 ("ar_beside_him",
  "اغتالت إسرائيل حسن نصر الله في الضاحية الجنوبية، وقُتل إلى جانبه القيادي علي كركي.", "ar",
  [AB(KARAKI, ISR), AB(NASR, ISR)], []),
 ("ar_in_the_same_strike",
  "قتلت الولايات المتحدة قاسم سليماني قرب مطار بغداد، واستشهد في الضربة نفسها أبو مهدي "
  "المهندس.", "ar", [AB(MUH, US), AB(SOL, US)], []),
 ("ar_kama_also_next_sentence",
  "اغتالت إسرائيل حسن نصر الله مساء الجمعة. كما قُتل أيضاً علي كركي.", "ar",
  [AB(KARAKI, ISR)], []),
 # negatives
 ("en_separate_strike",
  "Israel killed Hassan Nasrallah in Beirut on Friday; Ali Karaki was also killed in a "
  "separate strike in Syria.", "en", [AB(NASR, ISR)], [AB(KARAKI, ISR)]),
 ("en_no_agent_before",
  "Hassan Nasrallah was killed in an explosion in Beirut. Ali Karaki was also killed.", "en",
  [], [AB(KARAKI, ISR), AB(NASR, ISR)]),
 ("en_also_wounded",
  "Israel killed Hassan Nasrallah in Beirut; Ali Karaki was also wounded in the strike.", "en",
  [AB(NASR, ISR)], [AB(KARAKI, ISR)]),
 ("en_not_also_killed",
  "Israel killed Hassan Nasrallah in Beirut. Ali Karaki was not also killed, officials said.",
  "en", [], [AB(KARAKI, ISR)]),
 ("ar_other_strike",
  "اغتالت إسرائيل حسن نصر الله في الضاحية، وقُتل أيضاً علي كركي في غارة أخرى على صور.", "ar",
  [AB(NASR, ISR)], [AB(KARAKI, ISR)]),
 ("ar_wounded_beside_him",
  "اغتالت إسرائيل حسن نصر الله في الضاحية، وأصيب إلى جانبه علي كركي.", "ar",
  [AB(NASR, ISR)], [AB(KARAKI, ISR)]),
 ("ar_no_agent_before",
  "قُتل حسن نصر الله في انفجار في الضاحية، وقُتل إلى جانبه علي كركي.", "ar",
  [], [AB(KARAKI, ISR)]),
]


@pytest.mark.parametrize("name,text,lang,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_kill_also_s12(ex, name, text, lang, must, must_not):
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
