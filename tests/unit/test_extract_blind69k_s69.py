"""Session 69 (blind69k): fixes after the first contact of blind set SK-SL (Syria 1994-2012, written
blind: Hafez and Bashar al-Assad, Khaddam, Kanaan and Ghazaleh, the Damascus summits of 2008-2010,
the July 2012 Damascus bombing), each read in several paraphrases of other people and outlets.

- Meetings, English: "A, B and C held a four-way / three-way / closed-door summit (in Damascus)"
  and "A held a three-way summit with B and C": the tokenizer splits a hyphenated modifier at its
  hyphen, which pushed "held" past the three words ``meeting_all_sides.held_summit_en`` looked
  back; a hyphenated compound now counts as one word (``_held_verb_before_en``). Not "will hold",
  "did not hold".
- Killings, English: "<deed> killed A, B and C. <agent> claimed responsibility": every person of
  the list of the killing word is the claimed victim, not the first only
  (``kill_claim_next_en._listed_after``); not a person after another verb ("killed A and wounded
  B"), not a denied claim.
"""

import pytest

from tests.extract_support import met_sorted as _met
from tests.extract_support import relation_pairs
from tests.extract_support import sorted_pair as _pair

SARKOZY, ASSAD, ERDOGAN, HAMAD = ("person:nicolas-sarkozy", "person:bashar-al-assad",
                                  "person:recep-tayyip-erdogan", "person:hamad-bin-khalifa-al-thani")
PUTIN, RAISI, ROUHANI = "person:vladimir-putin", "person:ebrahim-raisi", "person:hassan-rouhani"


def _all_pairs(*people: str) -> set[tuple[str, str]]:
    return {_pair(a, b) for i, a in enumerate(people) for b in people[i + 1:]}


@pytest.mark.parametrize("text, people", [
    ("DAMASCUS, Sept 4 (Reuters) - French President Nicolas Sarkozy, Syrian President Bashar al-Assad, "
     "Turkish Prime Minister Tayyip Erdogan and Qatar's Emir Sheikh Hamad bin Khalifa al-Thani held a "
     "four-way summit in Damascus on Thursday on Middle East peace efforts.",
     (SARKOZY, ASSAD, ERDOGAN, HAMAD)),
    ("Russian President Vladimir Putin, Turkish President Recep Tayyip Erdogan and Iranian President "
     "Ebrahim Raisi held a three-way summit in Tehran on Tuesday.", (PUTIN, ERDOGAN, RAISI)),
    ("French President Nicolas Sarkozy, Syrian President Bashar al-Assad and Turkish Prime Minister Tayyip "
     "Erdogan held a closed-door summit in Damascus.", (SARKOZY, ASSAD, ERDOGAN)),
    ("Erdogan held a three-way summit with Vladimir Putin and Hassan Rouhani in Sochi.",
     (ERDOGAN, PUTIN, ROUHANI)),
])
def test_a_hyphenated_summit_held_by_a_list_is_one_table(shipped, text, people):
    assert _all_pairs(*people) <= _met(shipped, text)


@pytest.mark.parametrize("text", [
    "French President Nicolas Sarkozy, Syrian President Bashar al-Assad and Turkish Prime Minister Tayyip "
    "Erdogan will hold a four-way summit in Damascus next month.",
    "French President Nicolas Sarkozy, Syrian President Bashar al-Assad and Turkish Prime Minister Tayyip "
    "Erdogan did not hold a four-way summit in Damascus.",
])
def test_a_planned_or_negated_hyphenated_summit_is_no_meeting(rules_only, text):
    assert not _met(rules_only, text)


FSA, IS, TALIBAN = "organization:free-syrian-army", "organization:islamic-state", "organization:taliban"


@pytest.mark.parametrize("text, victims, agent", [
    ("The blast killed Defense Minister Dawoud Rajha and Assef Shawkat. The Free Syrian Army claimed "
     "responsibility.", ("person:assef-shawkat",), FSA),
    ("A car bomb killed Hezbollah commander Imad Mughniyeh, Fuad Shukr and Ibrahim Aqil in Damascus on "
     "Tuesday. The Islamic State later claimed responsibility for the attack.",
     ("person:imad-mughniyeh", "person:fuad-shukr", "person:ibrahim-aqil"), IS),
    ("A suicide bomber killed Ahmad Shah Massoud and Mullah Omar in Kabul. The Taliban claimed the attack.",
     ("person:ahmad-shah-massoud", "person:mullah-omar"), TALIBAN),
])
def test_every_person_of_the_killed_list_is_the_claimed_victim(rules_only, text, victims, agent):
    pairs = relation_pairs(rules_only, text, "ASSASSINATED_BY", "en")
    assert {(v, agent) for v in victims} <= pairs


@pytest.mark.parametrize("text, spared", [
    ("A roadside bomb killed police chief Ahmed Hassan and wounded Assef Shawkat. The Taliban claimed the "
     "attack.", "person:assef-shawkat"),
    ("The blast killed Defense Minister Dawoud Rajha and Assef Shawkat. The Free Syrian Army has not "
     "claimed responsibility.", "person:assef-shawkat"),
])
def test_no_claimed_victim_past_another_verb_or_a_denied_claim(rules_only, text, spared):
    assert not any(v == spared for v, _ in relation_pairs(rules_only, text, "ASSASSINATED_BY", "en"))
