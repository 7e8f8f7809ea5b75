"""ASSASSINATED_BY: a month name between a verb of saying and its clause ("Israel said in
March that it had killed X") is a time word like a weekday: the speaker is the agent. Our
own sentences, not taken from any dev set.
"""

import pytest

from tests.extract_support import AB, assert_relations

IDF, ISRAEL = "organization:israel-defense-forces", "country:israel"
DEIF, SALAMA, ISSA = "person:mohammed-deif", "person:rafa-salama", "person:marwan-issa"
SAFIEDDINE, SHUKR = "person:hashem-safieddine", "person:fuad-shukr"
HEZBOLLAH = "organization:hezbollah"


# (name, text, must, must_not)
CASES = [
 ("announced_in_month_that_it",
  "The Israeli military announced in August that it had killed Mohammed Deif and Rafa "
  "Salama, a Hamas brigade commander, in a July airstrike.", [AB(DEIF, IDF), AB(SALAMA, IDF)],
  []),
 ("said_in_month_that_it",
  "Israel said in March that it had killed Marwan Issa in a strike on a tunnel.",
  [AB(ISSA, ISRAEL)], []),
 ("said_in_month_it",
  "The Israeli military said in October it had killed Hashem Safieddine.",
  [AB(SAFIEDDINE, IDF)], []),
 # the clause's own subject stays the agent; the speaker is none
 ("speaker_other_subject",
  "Hezbollah said in March that Israel had killed Fuad Shukr.", [AB(SHUKR, ISRAEL)],
  [AB(SHUKR, HEZBOLLAH)]),
]


@pytest.mark.parametrize("name,text,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_month_between_said_and_clause(ex, name, text, must, must_not):
    assert_relations(ex.extract(text, lang="en"), name, must, must_not)
