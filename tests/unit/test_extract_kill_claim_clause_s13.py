"""A killing told by a third party inside a relative clause about its killer ("X, who Israel
says killed Y" / "X، الذي تقول إسرائيل إنه قتل Y"): Y was killed by X only by Israel's
account (an accusation), and never by Israel; the speaker's own claim ("X, who Israel says it
killed", "X، الذي تقول إسرائيل إنها قتلته") and a victim named before the clause keep their
relation (session 13). Our own sentences, not taken from any dev set.

Each case: (name, text, lang, triples that must be found, triples that must NOT be found).
"""

import pytest

from tests.extract_support import AB, assert_relations

AQIL, KUNTAR = "person:ibrahim-aqil", "person:samir-kuntar"
MUGHNIYEH = "person:imad-mughniyeh"
ISR, US, IDF = "country:israel", "country:united-states", "organization:israel-defense-forces"
HAMAS = "organization:hamas"


CASES = [
 # ---- English: the relative clause's subject is its head, the speaker only tells it
 ("en_who_says_killed",
  "Ibrahim Aqil, who Israel says killed Samir Kuntar, died in Beirut on Friday.", "en", [],
  [AB(KUNTAR, ISR), AB(KUNTAR, AQIL)]),
 ("en_whom_said_had_killed",
  "Israel struck Ibrahim Aqil, whom Israel said had killed Samir Kuntar in 2015.", "en", [],
  [AB(KUNTAR, ISR), AB(KUNTAR, AQIL)]),
 ("en_who_us_claims_murdered",
  "Ibrahim Aqil, who the United States claims murdered Samir Kuntar, died in Beirut.", "en",
  [], [AB(KUNTAR, US)]),
 ("en_who_according_to",
  "Ibrahim Aqil, who, according to Israel, killed Samir Kuntar, died on Friday.", "en", [],
  [AB(KUNTAR, ISR)]),
 ("en_who_says_ordered_killing_of",
  "Ibrahim Aqil, who Israel says ordered the killing of Imad Mughniyeh, was killed in Beirut.",
  "en", [], [AB(MUGHNIYEH, ISR)]),
 ("en_who_it_says_then_killed_by",
  "The Israeli army killed Ibrahim Aqil, who it says had killed Samir Kuntar, in Beirut.",
  "en", [AB(AQIL, IDF)], [AB(KUNTAR, IDF)]),
 ("en_head_killed_by_keeps",
  "Ibrahim Aqil, who Israel says killed Samir Kuntar, was killed by Israel on Friday.", "en",
  [AB(AQIL, ISR)], [AB(KUNTAR, ISR)]),
 # ---- the speaker's own claim stays
 ("en_who_says_it_killed",
  "Samir Kuntar, who Israel says it killed in 2015, was a Lebanese militant.", "en",
  [AB(KUNTAR, ISR)], []),
 ("en_says_its_jets_killed", "Israel says its jets killed Samir Kuntar.", "en",
  [AB(KUNTAR, ISR)], []),
 ("en_strike_which_army_says",
  "Israel carried out a strike in Beirut, which the army says killed Ibrahim Aqil.", "en",
  [AB(AQIL, ISR)], []),
 # ---- Arabic
 ("ar_who_says_he_killed",
  "إبراهيم عقيل، الذي تقول إسرائيل إنه قتل سمير القنطار، قتل في بيروت.", "ar", [],
  [AB(KUNTAR, ISR), AB(KUNTAR, AQIL)]),
 ("ar_who_army_says_he_killed",
  "إبراهيم عقيل، الذي يقول الجيش الإسرائيلي إنه قتل سمير القنطار، قتل في بيروت.", "ar", [],
  [AB(KUNTAR, IDF)]),
 ("ar_who_claims_that_he",
  "إبراهيم عقيل، الذي تزعم إسرائيل أنه اغتال سمير القنطار، توفي أمس.", "ar", [],
  [AB(KUNTAR, ISR)]),
 ("ar_org_which_says_it_killed",
  "حذرت حركة حماس التي تقول إسرائيل إنها قتلت سمير القنطار من التصعيد.", "ar", [],
  [AB(KUNTAR, ISR), AB(KUNTAR, HAMAS)]),
 ("ar_accuses_him",
  "إبراهيم عقيل الذي تتهمه إسرائيل بقتل سمير القنطار قتل في بيروت.", "ar", [],
  [AB(KUNTAR, ISR)]),
 ("ar_own_claim_no_other_speaker",
  "إبراهيم عقيل، الذي قال إنه قتل سمير القنطار، قتل في بيروت.", "ar", [AB(KUNTAR, AQIL)],
  [AB(KUNTAR, ISR)]),
 ("ar_own_claim_object_pronoun_plain", "قالت إسرائيل إنها قتلت سمير القنطار.", "ar",
  [AB(KUNTAR, ISR)], []),
 ("ar_strike_which_army_says",
  "شنت إسرائيل غارة على بيروت، الغارة الإسرائيلية التي قال الجيش إنها قتلت إبراهيم عقيل.",
  "ar", [AB(AQIL, ISR)], []),
]


@pytest.mark.parametrize("name,text,lang,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_claim_clause(ex, name, text, lang, must, must_not):
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
