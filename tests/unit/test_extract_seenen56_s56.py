"""Session 56 (seenen56): English failures the session's first helpers saw and left.

- Bodies: a state's armed group written by its ambiguous acronym ("RSF") is that group when
  the article names its state ("Sudanese paramilitary RSF fighters killed X", "the RSF ...
  the Sudanese paramilitary"): ``body_state_cues.body_state_named`` (read in
  ``known_names``), the Rapid Support Forces listed with ``country: country:sudan``. With no
  Sudan in the article "RSF" stays unread (Reporters Without Borders is also "RSF").
- Meetings: "met an RSF / a Hamas delegation led by its chief negotiator, X": the head met
  the host, not the body (``meeting_envoys_named._role_then_name``: a role opened by its /
  their / the and a comma before the name; session 52 read only "led by X").
- Meetings: "A, who met X in Cairo, and B, who met Y in Baghdad, both called ...": B is no
  partner of A (``meeting_after_place`` stops at the comma of a ", who" clause,
  ``meeting_relative_list.in_relative_clause``); "A, who met X in Cairo, also met B" stays.
- Successions: "Y's successor and (longtime / former) deputy, X": the role noun after "and"
  ends the phrase as a kin noun does (``succession_rules_en._EN_KIN_PRED``, ``_EN_KIN_QUAL``);
  "Y's deputy and cousin, X" and an unnamed "Y's successor and deputy met Z" give nothing.
"""

import pytest

from tests.extract_support import met_sorted as _met
from tests.extract_support import relation_pairs as _rels
from tests.extract_support import sorted_pair as _pair

RSF = "organization:rapid-support-forces"
SHARAA, SUDANI = "person:ahmed-al-sharaa", "person:mohammed-shia-al-sudani"
ERDOGAN, MACRON = "person:recep-tayyip-erdogan", "person:emmanuel-macron"
PUTIN, BIDEN = "person:vladimir-putin", "person:joe-biden"
PERRIELLO = "person:tom-perriello"


# --- the RSF by its acronym -----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Sudanese paramilitary RSF fighters killed Khamis Abakar, the governor of West Darfur, "
    "in June.",
    "The RSF killed Khamis Abakar in El Geneina, a day after he accused the Sudanese "
    "paramilitary of genocide.",
    "Sudan's war has killed tens of thousands. The RSF killed Khamis Abakar in El Geneina "
    "in June.",
])
def test_rsf_acronym_in_a_sudan_article(shipped, text):
    kills = _rels(shipped, text, "ASSASSINATED_BY", "en")
    assert ("person:khamis-abakar", RSF) in kills
    assert ("person:khamis-abakar", "country:sudan") not in kills


@pytest.mark.parametrize("text", [
    "RSF said the journalist was detained in Istanbul on Monday.",
    "The RSF press freedom index ranked Turkey low this year.",
])
def test_rsf_acronym_without_sudan_stays_unread(shipped, text):
    ents = {e["id"] for e in shipped.extract(text, lang="en")["entities"]}
    assert RSF not in ents


# --- a delegation led by a named role ---------------------------------------------------

@pytest.mark.parametrize("body, head, head_id", [
    ("an RSF", "Omar Hamdan", "person:omar-hamdan"),
    ("a Hamas", "Khalil al-Hayya", "person:khalil-al-hayya"),
])
def test_delegation_led_by_its_role_comma_name(shipped, body, head, head_id):
    text = (f"In August 2024 the US special envoy, Tom Perriello, met {body} delegation led by "
            f"its chief negotiator, {head}, in Geneva. The Sudanese army stayed away.")
    met = _met(shipped, text)
    assert _pair(head_id, PERRIELLO) in met
    assert not any(PERRIELLO in p and any(x.startswith("organization:") for x in p)
                   for p in met)


def test_delegation_with_no_head_is_the_body(shipped):
    met = _met(shipped, "Tom Perriello met a Hamas delegation in Geneva.")
    assert _pair("organization:hamas", PERRIELLO) in met


# --- two relative clauses of meeting --------------------------------------------------------

@pytest.mark.parametrize("text, kept, wrong", [
    ("Sharaa, who met Aoun in Cairo, and Sudani, who met Abbas in Baghdad, both called for "
     "calm.", _pair(SHARAA, "person:aoun"), _pair(SHARAA, SUDANI)),
    ("Erdogan, who met Putin in Sochi, and Macron, who met Biden in Paris, both urged "
     "restraint.", _pair(ERDOGAN, PUTIN), _pair(ERDOGAN, MACRON)),
    ("Erdogan, who met Putin on Monday, and Macron, who met Biden in Paris, both urged "
     "restraint.", _pair(ERDOGAN, PUTIN), _pair(ERDOGAN, MACRON)),
])
def test_second_relative_subject_is_no_partner(shipped, text, kept, wrong):
    met = _met(shipped, text)
    assert kept in met
    assert wrong not in met


@pytest.mark.parametrize("text, pair", [
    ("Sharaa, who met Aoun in Cairo, also met Sudani.", _pair(SHARAA, SUDANI)),
    ("Erdogan met Putin in Sochi, and Macron in Paris.", _pair(ERDOGAN, MACRON)),
])
def test_partner_after_a_place_outside_a_relative_stays(shipped, text, pair):
    assert pair in _met(shipped, text)


# --- "Y's successor and deputy, X" ------------------------------------------------------

NASRALLAH, QASSEM = "person:hassan-nasrallah", "person:naim-qassem"


@pytest.mark.parametrize("text, pair", [
    ("Hassan Nasrallah's successor and deputy, Naim Qassem, vowed to continue the fight.",
     (QASSEM, NASRALLAH)),
    ("Hassan Nasrallah's successor and longtime deputy, Naim Qassem, vowed to continue the "
     "fight.", (QASSEM, NASRALLAH)),
    ("Soleimani's successor and former deputy, Esmail Qaani, vowed revenge.",
     ("person:esmail-qaani", "person:qasem-soleimani")),
])
def test_successor_and_deputy_apposition(shipped, text, pair):
    assert pair in _rels(shipped, text, "SUCCESSOR_OF", "en")


@pytest.mark.parametrize("text", [
    "Nasrallah's deputy and cousin, Hashem Safieddine, was killed in October.",
    "Nasrallah's successor and deputy met Nabih Berri on Monday.",
])
def test_deputy_alone_or_unnamed_successor(shipped, text):
    succ = _rels(shipped, text, "SUCCESSOR_OF", "en")
    assert ("person:hashem-safieddine", NASRALLAH) not in succ
    assert ("person:nabih-berri", NASRALLAH) not in succ
