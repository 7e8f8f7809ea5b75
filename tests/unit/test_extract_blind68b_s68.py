"""Session 68 (blind68b): fixes after the first contact of blind set QO-QP (Iran in 2024, written
blind: Raisi's death, Mokhber and Bagheri Kani's interim, Pezeshkian and Araghchi, the killings of
Haniyeh and Nasrallah, Qassem's succession, Iranian visits to Baghdad, Beirut, Damascus, Doha,
Riyadh and New York), each read in several paraphrases of other outlets and people.

- Wire dates with an abbreviated month ("Oct. 22", "Sept. 28", "Jan. 4": AP, Reuters and UPI
  style) are one token with the month's key (``tokens._WIRE_MONTHS``), so the time phrase
  between a verb and its object reads as with the full month: "The Israeli military said on
  Oct. 22 it had killed X" (the killer's own claim, ``kill_said_it``), "X met on Oct. 4 with Y",
  "X held talks on Sept. 24 with Y" (meetings). A sentence still ends after one before a word
  that opens sentences ("... in Dec. The talks ..."), as after a dotted acronym. A denial, a
  strike that only "targeted" X, a meeting that was only due, and a phone call stay unread.
- Meetings, English: "A and B held a session (two sessions) of (official) talks" (Gulf agencies'
  wording: QNA, KUNA, WAM) is a meeting of A and B, as "held a round of talks" was
  (``meeting_phrases.held_before_en``); a modal before the verb past such modifiers ("were due
  to / will hold a round / session of talks") now blocks it, as it did for "hold talks".
"""

import pytest

from loaders.extract.tokens import tokenize_sentences
from tests.extract_support import met_sorted as _met
from tests.extract_support import relation_pairs
from tests.extract_support import sorted_pair as _pair

IDF, US_FORCES = "organization:israel-defense-forces", "organization:us-armed-forces"
SAFIEDDINE, NASRALLAH, DEIF, SAIDI = (
    "person:hashem-safieddine", "person:hassan-nasrallah", "person:mohammed-deif",
    "person:mushtaq-taleb-al-saidi")
SUDANI, TAMIM, YAHYA = ("person:mohammed-shia-al-sudani", "person:tamim-bin-hamad-al-thani",
                        "person:abdullah-al-yahya")
MIKATI, ARAGHCHI, PEZESHKIAN, MACRON, FAISAL = (
    "person:najib-mikati", "person:abbas-araghchi", "person:masoud-pezeshkian", "person:emmanuel-macron",
    "person:faisal-bin-farhan")


# --- the killer's own claim after a wire date ---------------------------------------------------

@pytest.mark.parametrize("text, victim, agent", [
    ("The Israeli military said on Oct. 22 it had killed Hashem Safieddine, the head of Hezbollah's "
     "executive council, in a strike on Beirut earlier this month.", SAFIEDDINE, IDF),
    ("The Israeli army announced on Sept. 28 that it had killed Hezbollah leader Hassan Nasrallah in "
     "Beirut.", NASRALLAH, IDF),
    ("The U.S. military said on Jan. 4 it had killed Mushtaq Talib al-Saidi, a Harakat al-Nujaba "
     "commander, in Baghdad.", SAIDI, US_FORCES),
    ("The IDF confirmed on Aug. 1 that it had killed Hamas military chief Mohammed Deif in a July "
     "strike.", DEIF, IDF),
])
def test_said_on_a_wire_date_it_had_killed_is_the_speakers_claim(shipped, text, victim, agent):
    assert (victim, agent) in relation_pairs(shipped, text, "ASSASSINATED_BY", "en")


@pytest.mark.parametrize("text", [
    "The Israeli military denied on Oct. 22 that it had killed Hashem Safieddine.",
    "The Israeli military said on Oct. 22 it had targeted Hashem Safieddine but could not confirm "
    "his death.",
])
def test_a_denial_or_a_mere_target_after_a_wire_date_is_no_killing(shipped, text):
    assert not relation_pairs(shipped, text, "ASSASSINATED_BY", "en")


# --- meetings with a wire date between the verb and "with" -------------------------------------

@pytest.mark.parametrize("text, a, b", [
    ("Lebanese Prime Minister Najib Mikati met on Oct. 4 with Iranian Foreign Minister Abbas Araghchi "
     "in Beirut.", MIKATI, ARAGHCHI),
    ("Iranian President Masoud Pezeshkian held talks on Sept. 24 with French President Emmanuel Macron "
     "in New York.", PEZESHKIAN, MACRON),
    ("Saudi Foreign Minister Faisal bin Farhan met on Nov. 11 with Iranian Foreign Minister Abbas "
     "Araghchi in Riyadh.", FAISAL, ARAGHCHI),
])
def test_met_on_a_wire_date_with_is_a_meeting(shipped, text, a, b):
    assert _pair(a, b) in _met(shipped, text)


@pytest.mark.parametrize("text", [
    "Lebanese Prime Minister Najib Mikati was due to meet on Oct. 4 with Iranian Foreign Minister Abbas "
    "Araghchi, but the meeting was postponed.",
    "Iranian President Masoud Pezeshkian spoke by phone on Sept. 24 with French President Emmanuel "
    "Macron.",
])
def test_a_due_meeting_or_a_call_on_a_wire_date_is_no_meeting(shipped, text):
    assert not _met(shipped, text)


# --- the sentences around a wire month ----------------------------------------------------------

def _sentences(text: str) -> list[list[str]]:
    toks, sents = tokenize_sentences(text)
    return [[t.text for t in toks[s.lo:s.hi]] for s in sents]


def test_a_wire_month_is_one_token_and_ends_no_sentence_before_its_day():
    sents = _sentences("The army said on Oct. 22 it had killed him. Talks began in Jan. 2024.")
    assert sents[0][:6] == ["The", "army", "said", "on", "Oct.", "22"]
    assert len(sents) == 2


def test_a_sentence_still_ends_after_a_wire_month_before_an_opener():
    sents = _sentences("The envoy left in Dec. The talks resumed in Feb. They failed.")
    assert [s[0] for s in sents] == ["The", "The", "They"]


# --- "held a session of talks"; a modal before "hold a round of talks" ---------------------------

@pytest.mark.parametrize("text, a, b", [
    ("Emir Sheikh Tamim bin Hamad Al-Thani and Iranian President Masoud Pezeshkian held a session of "
     "official talks at Lusail Palace yesterday.", TAMIM, PEZESHKIAN),
    ("Iraqi Prime Minister Mohammed Shia al-Sudani and Iranian President Masoud Pezeshkian held a "
     "session of talks in Baghdad on Wednesday.", SUDANI, PEZESHKIAN),
    ("Kuwaiti Foreign Minister Abdullah Al-Yahya and his Iranian counterpart Abbas Araghchi held two "
     "sessions of talks in Kuwait City.", YAHYA, ARAGHCHI),
    ("Saudi Foreign Minister Faisal bin Farhan and Iranian Foreign Minister Abbas Araghchi held a round "
     "of talks in Riyadh.", FAISAL, ARAGHCHI),
])
def test_a_and_b_held_a_session_of_talks_is_their_meeting(shipped, text, a, b):
    assert _pair(a, b) in _met(shipped, text)


@pytest.mark.parametrize("text", [
    "Saudi Foreign Minister Faisal bin Farhan and Iranian Foreign Minister Abbas Araghchi were due to "
    "hold a round of talks in Riyadh, but it was postponed.",
    "Saudi Foreign Minister Faisal bin Farhan and Iranian Foreign Minister Abbas Araghchi were due to "
    "hold a session of talks in Riyadh, but it was postponed.",
    "Saudi Foreign Minister Faisal bin Farhan and Iranian Foreign Minister Abbas Araghchi will hold a "
    "round of talks in Riyadh next week.",
])
def test_a_round_or_session_of_talks_only_due_is_no_meeting(shipped, text):
    assert not _met(shipped, text)
