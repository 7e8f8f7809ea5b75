"""Session 68 (retrain68): whom an English minister's description stands for
(``coreference._resolve_description``, checks in ``coref_offices``).

- "Iran's foreign minister" / "the Iraqi foreign minister" is no one the article titled a head
  of state or government ("Iranian President X", "Prime Minister Y", "King Z"), even when he is
  named last, also as "Mr X" (``_other_portfolio``, ``titled_office_here`` with any office).
- "Iran's deputy foreign minister" / "the Iraqi deputy foreign minister" is no minister named
  last: only someone titled a deputy ("Deputy Foreign Minister X") or whom the gazetteer calls
  so (``deputy_office``, ``titled_deputy``).

The retrained scorer paired "Iran's deputy foreign minister, Ali Bagheri Kani" (read as
President Raisi, named last as "Mr Raisi") with Bagheri Kani himself. Both extractors.
"""

from __future__ import annotations

import pytest

from tests.extract_support import met_sorted, sorted_pair

RAISI, TAHNOON, GARGASH = ("person:ebrahim-raisi", "person:tahnoun-bin-zayed",
                           "person:anwar-gargash")
AMIR, BAGHERI = "person:hossein-amir-abdollahian", "person:ali-bagheri-kani"
SUDANI, FUAD = "person:mohammed-shia-al-sudani", "person:fuad-hussein"
SHAMKHANI, SHOUKRY = "person:ali-shamkhani", "person:sameh-shoukry"

_RAISI = "Sheikh Tahnoon bin Zayed met Iranian President Ebrahim Raisi in Tehran on Monday. "
_AMIR = ("Sheikh Tahnoon bin Zayed met Iranian Foreign Minister Hossein Amir-Abdollahian in "
         "Tehran on Monday. ")


@pytest.mark.parametrize("text, wrong", [
    (_RAISI + "Later Iran's foreign minister met Anwar Gargash.", (RAISI, GARGASH)),
    (_RAISI + "On Tuesday, Iran's foreign minister held talks with Anwar Gargash in Abu Dhabi.",
     (RAISI, GARGASH)),
    ("Iraqi Prime Minister Mohammed Shia al-Sudani received Sheikh Tahnoon bin Zayed in Baghdad. "
     "The Iraqi foreign minister later met Anwar Gargash.", (SUDANI, GARGASH)),
])
def test_a_foreign_minister_is_not_the_head_of_state_named_last(shipped, text, wrong):
    assert sorted_pair(*wrong) not in met_sorted(shipped, text, "en")


@pytest.mark.parametrize("text, wrong", [
    (_AMIR + "Later Iran's deputy foreign minister met Anwar Gargash.", (AMIR, GARGASH)),
    (_AMIR + "Later the Iranian deputy foreign minister met Anwar Gargash.", (AMIR, GARGASH)),
    (_AMIR + "On Tuesday, Iran's deputy foreign minister held talks with Anwar Gargash.",
     (AMIR, GARGASH)),
])
def test_a_deputy_minister_is_not_the_minister_named_last(shipped, text, wrong):
    assert sorted_pair(*wrong) not in met_sorted(shipped, text, "en")


@pytest.mark.parametrize("text, right", [
    (_AMIR + "Later Iran's foreign minister met Anwar Gargash.", (AMIR, GARGASH)),
    ("Sheikh Tahnoon bin Zayed met Iranian Deputy Foreign Minister Ali Bagheri Kani in Tehran on "
     "Monday. Later Iran's deputy foreign minister met Anwar Gargash.", (BAGHERI, GARGASH)),
    ("Iraqi Foreign Minister Fuad Hussein arrived in Abu Dhabi on Monday. Later Iraq's foreign "
     "minister met Anwar Gargash.", (FUAD, GARGASH)),
])
def test_the_minister_or_the_deputy_named_so_is_still_found(shipped, text, right):
    assert sorted_pair(*right) in met_sorted(shipped, text, "en")


def test_the_deputy_apposed_to_his_name_meets_no_one_of_the_sentence_before(shipped):
    """enEQ5: "Iran's deputy foreign minister and chief nuclear negotiator, Ali Bagheri Kani"
    is Bagheri Kani, neither Raisi ("Mr Raisi") nor Shamkhani named before."""
    text = (_RAISI + "Sheikh Tahnoon also held talks with Ali Shamkhani, secretary of the "
            "Supreme National Security Council. He conveyed an invitation for Mr Raisi to "
            "visit the UAE. The visit followed a stop in Abu Dhabi in late November by Iran's "
            "deputy foreign minister and chief nuclear negotiator, Ali Bagheri Kani, who was "
            "received by Dr Anwar Gargash.")
    pairs = met_sorted(shipped, text, "en")
    assert sorted_pair(BAGHERI, GARGASH) in pairs
    assert sorted_pair(BAGHERI, RAISI) not in pairs
    assert sorted_pair(BAGHERI, SHAMKHANI) not in pairs


@pytest.mark.parametrize("text, wrong", [
    (_RAISI + "Mr Raisi praised the visit. Later Iran's foreign minister met Anwar Gargash.",
     (RAISI, GARGASH)),
    ("Egyptian Foreign Minister Sameh Shoukry arrived in Abu Dhabi on Monday. Later Egypt's "
     "deputy foreign minister met Anwar Gargash.", (SHOUKRY, GARGASH)),
])
def test_the_rules_resolve_no_such_description_to_the_one_named_last(rules_only, text, wrong):
    """The rules' reading ("Mr Raisi" after "Iranian President Ebrahim Raisi"; a deputy after the
    minister); with the description unresolved the scorer may still pair the article's main
    actor with the one person of the sentence ("He met X"): seen, not fixed."""
    assert sorted_pair(*wrong) not in met_sorted(rules_only, text, "en")
