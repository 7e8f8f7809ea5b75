"""Session 69 (blind69l): fixes after the first contact of blind set SM-SN (Saudi Arabia's power
shifts and the Khashoggi affair, 2015-2020, written blind).

- Meetings, English: "the two men / leaders / ministers" as the subject of "met" with an adverb
  of time or an auxiliary between them, "The two men had first met over lunch at the White House",
  "The two leaders had last met in Baghdad", "The two ministers previously met in Cairo", is a
  meeting of the pair named before, as "The two men (then / later) met" was
  (``meetings_en._EN_PRED_ADVERBS``, read by ``plural_anaphora_en``); not "had never met", "had not
  previously met", nor a call ("The two men last spoke by phone").
"""

import pytest

from tests.extract_support import met_sorted as _met
from tests.extract_support import sorted_pair as _pair

TRUMP, MBS, FIDAN, SUDANI = ("person:donald-trump", "person:mohammed-bin-salman", "person:hakan-fidan",
                             "person:mohammed-shia-al-sudani")
BLINKEN, SHOUKRY, ERDOGAN, PUTIN = ("person:antony-blinken", "person:sameh-shoukry",
                                    "person:recep-tayyip-erdogan", "person:vladimir-putin")


@pytest.mark.parametrize("text, a, b", [
    ("U.S. President Donald Trump called Prince Mohammed bin Salman to congratulate him, the White House "
     "said. The two men had first met over lunch at the White House in March.", TRUMP, MBS),
    ("Turkish Foreign Minister Hakan Fidan called Iraqi Prime Minister Mohammed Shia al-Sudani on "
     "Monday. The two leaders had last met in Baghdad in April.", FIDAN, SUDANI),
    ("Secretary of State Antony Blinken spoke by phone with Egyptian Foreign Minister Sameh Shoukry. "
     "The two ministers previously met in Cairo in January.", BLINKEN, SHOUKRY),
    ("Russian President Vladimir Putin sent a message to Turkish President Recep Tayyip Erdogan on "
     "Tuesday. The two presidents recently met in Sochi, the Kremlin said.", PUTIN, ERDOGAN),
    ("Erdogan praised Putin in a televised speech. The two men have already met twice this year.",
     ERDOGAN, PUTIN),
])
def test_the_two_men_with_an_adverb_before_met_is_a_meeting(shipped, text, a, b):
    assert _pair(a, b) in _met(shipped, text, "en")


@pytest.mark.parametrize("text, a, b", [
    ("U.S. President Donald Trump called Prince Mohammed bin Salman to congratulate him. The two men "
     "have never met.", TRUMP, MBS),
    ("Turkish Foreign Minister Hakan Fidan called Iraqi Prime Minister Mohammed Shia al-Sudani on "
     "Monday. The two leaders had not previously met.", FIDAN, SUDANI),
    ("Secretary of State Antony Blinken praised Egyptian Foreign Minister Sameh Shoukry. The two "
     "ministers last spoke by phone in January.", BLINKEN, SHOUKRY),
])
def test_no_meeting_when_negated_or_a_call(shipped, text, a, b):
    assert _pair(a, b) not in _met(shipped, text, "en")
