"""Session 56 (kill56): ``ASSASSINATED_BY`` on short pieces written for the session about real
killings (Israeli strikes on Hezbollah, Hamas and IRGC commanders, US strikes and raids on
Islamic State and militia leaders, Turkish drone strikes in Iraqi Kurdistan).

- "Governor H identified the two killed in the Turkish strike as X and Y" / "Hezbollah named
  those killed in the Israeli strike as X and Y": X and Y by the strike's agent, never the
  speaker before the group (``kill_named_as_en``, called by ``KillingRulesEn._killed_en``); a
  group that is only mentioned ("visited the families of the two killed in the Turkish strike",
  "X and the two killed in the strike were buried") gives nobody; "X was among those killed
  in the Israeli strike" still gives X.
- «وكشف الحزب عن هويتي القتيلين في الغارة الإسرائيلية، وهما X وY»: the strike and its agent
  between the dead and the list (``strike_refs._named_dead_struck_ar``; ``named_the_dead`` now
  runs also when no strike was told before); no agent, no relation.
- "U.S. Central Command announced the death of Islamic State leader X in an air strike" (the
  English "death" opens the killing rules, ``kill_cues._EN_CUES``; "in an air strike" is four
  words) and «أعلنت القيادة المركزية الأمريكية مقتل القيادي في داعش X في غارة شمال سوريا»
  (a country named only as where the strike fell is no agent of its own,
  ``kill_claims._where_only``).
- "killed in a joint IDF and Shin Bet strike" / "an IDF-Shin Bet strike": both bodies
  (``kill_clause_helpers.org_joined_before_strike``); the "and" between them opens no clause,
  so "..., together with Y, commander of ..." still adds Y (``core_recall_kill.companions``);
  "ISA" is the Shin Bet (the IDF's own releases).
- A list item "- X, deputy commander of the military wing, eliminated in an IDF strike in
  March": the participle after the opening name's apposition is a passive
  (``KillingRulesEn._killed_en``).
"""

import pytest

from tests.extract_support import entity_ids as _ids
from tests.extract_support import relation_pairs as _rels

AB = "ASSASSINATED_BY"
TURKEY, ISRAEL, US = "country:turkey", "country:israel", "country:united-states"
KARAKI, AQIL = "person:ali-karaki", "person:ibrahim-aqil"
TARA, BAHADIN = "person:gulistan-tara", "person:hero-bahadin"
GOVERNOR = "person:haval-abubakir"
CENTCOM = "organization:us-central-command"
YUSUF, HARDANI = "person:abu-yusuf", "person:diaa-zuba-al-hardani"


# --- "identified the two killed in the X strike as A and B" -------------------------------

@pytest.mark.parametrize("text, pairs", [
    ("Sulaimani Governor Haval Abubakir identified the two killed in the Turkish strike as "
     "Gulistan Tara and Hero Bahadin.", {(TARA, TURKEY), (BAHADIN, TURKEY)}),
    ("Hezbollah identified the two commanders killed in the Israeli strike as Ali Karaki and "
     "Ibrahim Aqil.", {(KARAKI, ISRAEL), (AQIL, ISRAEL)}),
    ("Hezbollah identified those killed in the Israeli strike as Ali Karaki and Ibrahim Aqil.",
     {(KARAKI, ISRAEL), (AQIL, ISRAEL)}),
])
def test_identified_the_group_killed_as(shipped, text, pairs):
    got = _rels(shipped, text, AB, "en")
    assert pairs <= got
    assert not any(v == GOVERNOR for v, _a in got)


@pytest.mark.parametrize("text, person", [
    ("Governor Haval Abubakir visited the families of the two killed in the Turkish strike.",
     GOVERNOR),
    ("Ali Karaki and the two killed in the Israeli strike were buried on Friday.", KARAKI),
])
def test_a_group_killed_is_not_the_person_before(shipped, text, person):
    assert not any(v == person for v, _a in _rels(shipped, text, AB, "en"))


def test_among_those_killed_is_still_a_victim(shipped):
    text = "Ali Karaki was among those killed in the Israeli strike."
    assert (KARAKI, ISRAEL) in _rels(shipped, text, AB, "en")




@pytest.mark.parametrize("text, pairs", [
    ("وكشف الحزب عن هويتي القتيلين في الغارة الإسرائيلية، وهما علي كركي وإبراهيم عقيل.",
     {(KARAKI, ISRAEL), (AQIL, ISRAEL)}),
    ("وكشف الحزب عن هويتي القتيلين في الغارة الإسرائيلية، وهما القياديان علي كركي وإبراهيم عقيل.",
     {(KARAKI, ISRAEL), (AQIL, ISRAEL)}),
])
def test_named_the_dead_of_a_strike_ar(shipped, text, pairs):
    assert pairs <= _rels(shipped, text, AB, "ar")


def test_named_the_dead_of_a_strike_without_agent_ar(rules_only):
    text = "وكشف الحزب عن هويتي القتيلين في الغارة، وهما علي كركي وإبراهيم عقيل."
    assert not _rels(rules_only, text, AB, "ar")


# --- a command announces the death of an enemy leader in a strike -----------------------

def test_command_announced_the_death_in_an_air_strike(shipped):
    text = ("U.S. Central Command announced the death of Islamic State leader Abu Yusuf in an "
            "air strike in Deir ez-Zor.")
    assert (YUSUF, CENTCOM) in _rels(shipped, text, AB, "en")


def test_command_announced_the_death_strike_in_a_country_ar(shipped):
    text = ("وأعلنت القيادة المركزية الأمريكية مقتل القيادي في داعش ضياء زوبع الحرداني في غارة "
            "شمال سوريا.")
    got = _rels(shipped, text, AB, "ar")
    assert (HARDANI, CENTCOM) in got
    assert (HARDANI, "country:syria") not in got


# --- joint strikes and list items ---------------------------------------------------------

DEIF, SALAMA, ISSA = "person:mohammed-deif", "person:rafa-salama", "person:marwan-issa"
IDF, SHIN_BET = "organization:israel-defense-forces", "organization:shin-bet"


@pytest.mark.parametrize("text", [
    "Mohammed Deif was killed in a joint IDF and Shin Bet strike in Khan Younis in July.",
    "Mohammed Deif was killed in a joint IDF-Shin Bet strike in Khan Younis in July.",
    "Mohammed Deif was eliminated in a joint IDF and ISA strike in Khan Younis in July.",
])
def test_joint_strike_of_two_bodies(shipped, text):
    assert {(DEIF, IDF), (DEIF, SHIN_BET)} <= _rels(shipped, text, AB, "en")


def test_joint_strike_keeps_the_companion(shipped):
    text = ("Mohammed Deif was killed in a joint IDF and Shin Bet strike, together with Rafa "
            "Salama, commander of the Khan Younis Brigade.")
    assert {(SALAMA, IDF), (SALAMA, SHIN_BET)} <= _rels(shipped, text, AB, "en")


@pytest.mark.parametrize("text, pair", [
    ("- Marwan Issa, deputy commander of the military wing, eliminated in an IDF strike in "
     "March.", (ISSA, IDF)),
    ("- Mohammed Deif, commander of the military wing, killed in an IDF strike in Khan Younis "
     "in July.", (DEIF, IDF)),
])
def test_list_item_participle_after_apposition(rules_only, text, pair):
    assert pair in _rels(rules_only, text, AB, "en")


def test_the_isa_is_no_person_isa(rules_only):
    ids = _ids(rules_only, "Bahraini cleric Isa Qassim met Ali al-Sistani in Najaf.")
    assert SHIN_BET not in ids and "person:isa-qassim" in ids
