"""Claims, possessive killers and successors in English, session 21 last round (``claimen``).
Our own sentences (the probe set ``bench/probe_claims_successors_en.py``), not from any dev set.

- A plural possessive of armed men before the killing noun names the killer: "Taliban forces'
  assassination of X", "Israeli troops' killing of X" (``kill_poss_plural_en``); and the "by"
  of a later passive is not the killer: "... of X was condemned by the UN" gives no UN killing.
  (English only: Arabic has no such possessive.)
- A claim of "his / her / their" killing after a sentence telling the killing names the claimer
  as the killer: "X was shot dead in Kabul. The Taliban claimed responsibility for his
  assassination" (``kill_claim_next_en``); not a claim denied or not made.
- A copula between "his / her / Y's successor" and the name: "X stepped down as army chief.
  His successor is General Z" (``succession_rules_en._successor_nouns_en``); not "is expected
  to be Z", "is not Z", "could be Z".
"""

import pytest

from tests.extract_support import AB, SO, assert_relations

HADDAD = "person:omar-haddad"
KIBET, OCHIENG = "person:robert-kibet", "person:daniel-ochieng"
TALIBAN, UN = "organization:taliban", "organization:united-nations"
IDF, EU = "organization:israel-defense-forces", "organization:european-union"

# (name, lang, text, must, must_not)
CASES = [
 ("forces_poss", "en", "Taliban forces' assassination of Colonel Omar Haddad was condemned by "
  "the United Nations.", [AB(HADDAD, TALIBAN)], [AB(HADDAD, UN)]),
 ("troops_poss", "en", "Israeli troops' killing of Colonel Omar Haddad was denounced by the "
  "European Union.", [AB(HADDAD, IDF)], [AB(HADDAD, EU)]),
 ("later_passive_no_agent", "en", "The assassination of Colonel Omar Haddad was condemned by "
  "the United Nations.", [], [AB(HADDAD, UN)]),
 ("killing_by_still", "en", "The assassination of Colonel Omar Haddad by Taliban gunmen was "
  "condemned by the United Nations.", [AB(HADDAD, TALIBAN)], [AB(HADDAD, UN)]),
 ("claimed_his_assassination", "en", "Colonel Omar Haddad was shot dead in Kabul. The "
  "Taliban claimed responsibility for his assassination.", [AB(HADDAD, TALIBAN)], []),
 ("claimed_later_his_killing", "en", "Colonel Omar Haddad was shot dead in Mogadishu. "
  "Al-Shabaab later claimed responsibility for his killing.",
  [AB(HADDAD, "organization:al-shabaab")], []),
 ("not_claimed_his", "en", "Colonel Omar Haddad was shot dead in Kabul. The Taliban has not "
  "claimed responsibility for his assassination.", [], [AB(HADDAD, TALIBAN)]),
 ("denied_his", "en", "Colonel Omar Haddad was shot dead in Kabul. The Taliban denied "
  "responsibility for his assassination.", [], [AB(HADDAD, TALIBAN)]),
 ("his_successor_is", "en", "General Daniel Ochieng stepped down as army chief on Friday. "
  "His successor is General Robert Kibet.", [SO(KIBET, OCHIENG)], []),
 ("poss_successor_is", "en", "General Daniel Ochieng's successor is General Robert Kibet, the "
  "ministry said.", [SO(KIBET, OCHIENG)], []),
 ("successor_is_expected", "en", "General Daniel Ochieng stepped down as army chief on Friday. "
  "His successor is expected to be General Robert Kibet.", [], [SO(KIBET, OCHIENG)]),
 ("successor_is_not", "en", "General Daniel Ochieng stepped down as army chief on Friday. "
  "His successor is not General Robert Kibet.", [], [SO(KIBET, OCHIENG)]),
 ("strike_that_was_ordered", "en", "The assassination of Colonel Omar Haddad in a strike that "
  "was ordered by Israel shocked the region.", [AB(HADDAD, "country:israel")], []),
]


@pytest.mark.parametrize(("name", "lang", "text", "must", "must_not"), CASES,
                         ids=[c[0] for c in CASES])
def test_claims_successors(ex, name, lang, text, must, must_not) -> None:
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
