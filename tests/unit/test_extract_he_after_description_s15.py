"""MET_WITH (English): "He" opening a sentence is the previous sentence's subject also when
that subject is a description ("the Iranian minister told reporters that he had conveyed a
message to the crown prince. He also met Y": the minister, not the crown prince named last
after a preposition). Our own sentences, not taken from any dev set.
"""

import pytest

from tests.extract_support import MW, assert_relations

AMIR, FAISAL, JUBEIR = ("person:hossein-amir-abdollahian", "person:faisal-bin-farhan",
                        "person:adel-al-jubeir")
MBS, SUDANI, KHAMENEI = ("person:mohammed-bin-salman", "person:mohammed-shia-al-sudani",
                         "person:ali-khamenei")
PEZESHKIAN = "person:masoud-pezeshkian"


# (name, text, must, must_not)
CASES = [
 ("minister_to_crown_prince",
  "Amir-Abdollahian held talks with Prince Faisal bin Farhan. The Iranian minister told "
  "reporters that he had conveyed a message to the crown prince. He also met Adel al-Jubeir.",
  [MW(AMIR, JUBEIR)], [MW(FAISAL, JUBEIR)]),
 ("quote_then_description",
  "Crown Prince Mohammed bin Salman received Hossein Amir-Abdollahian in Jeddah. \"We are "
  "moving in the right direction,\" the Iranian minister told reporters, adding that he had "
  "conveyed an invitation to the crown prince. He also met Adel al-Jubeir.",
  [MW(AMIR, JUBEIR)], [MW(MBS, JUBEIR)]),
 ("premier_from_leader",
  "Iraqi Prime Minister Mohammed Shia al-Sudani arrived in Tehran. The Iraqi premier said he "
  "had received an invitation from Supreme Leader Ali Khamenei. He later met President Masoud "
  "Pezeshkian.", [MW(SUDANI, PEZESHKIAN)], [MW(KHAMENEI, PEZESHKIAN)]),
 # negative: a named subject in the previous sentence is kept
 ("named_subject",
  "Amir-Abdollahian held talks with Prince Faisal bin Farhan. Faisal bin Farhan told reporters "
  "that the talks went well. He also met Adel al-Jubeir.", [MW(FAISAL, JUBEIR)],
  [MW(AMIR, JUBEIR)]),
]


@pytest.mark.parametrize("name,text,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_he_is_the_described_subject(ex, name, text, must, must_not):
    assert_relations(ex.extract(text, lang="en"), name, must, must_not)
