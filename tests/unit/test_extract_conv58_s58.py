"""Session 58 (conv58): companions told after the meeting, under the newest writers' convention.

Measured first (``bench/companion_gold_count.py``): a companion stated in the text ("accompanied
by", "joined by", "a delegation including", "A accompanied X", «برفقة» «يرافقه» «ضم الوفد») is
paired with the host in 22 of 109 cases of the older dev, in 28 of 31 of KZ-LE / JG-KP, and in
4 of 5 of the session-58 blind sets; the newest writers pair him with his principal and the host.

- "X met Y. <one sentence>. A accompanied X": the meeting may be told two sentences back
  (``accompanied_next_en._latest_pairs``).
- "A (and B) joined X in the (Israeli) delegation / at the talks": as "accompanied X"
  (``accompanied_next_en._joined_party``); not a bare "joined X" (a party, a trip).
"""

from tests.extract_support import met_sorted as _met
from tests.extract_support import sorted_pair as _pair

BURNS, THANI = "person:william-burns", "person:mohammed-bin-abdulrahman-al-thani"
MCGURK, BARNEA, BAR = "person:brett-mcgurk", "person:david-barnea", "person:ronen-bar"


def test_accompanied_two_sentences_after_the_meeting(shipped):
    text = ("CIA Director Bill Burns met Qatar's Prime Minister Sheikh Mohammed bin Abdulrahman "
            "Al Thani in Doha on Thursday. It was the first round since July. White House "
            "Middle East coordinator Brett McGurk accompanied Burns.")
    met = _met(shipped, text)
    assert _pair(MCGURK, BURNS) in met
    assert _pair(MCGURK, THANI) in met


def test_joined_him_in_the_delegation(shipped):
    text = ("Mossad chief David Barnea met Qatar's Prime Minister Sheikh Mohammed bin "
            "Abdulrahman Al Thani in Doha on Thursday. Shin Bet director Ronen Bar joined Barnea "
            "in the Israeli delegation.")
    met = _met(shipped, text)
    assert _pair(BAR, BARNEA) in met
    assert _pair(BAR, THANI) in met


def test_joined_without_a_party_noun_is_no_companion(rules_only):
    text = ("Mossad chief David Barnea met Qatar's Prime Minister Sheikh Mohammed bin "
            "Abdulrahman Al Thani in Doha on Thursday. Shin Bet director Ronen Bar joined Barnea "
            "later that week in Cairo.")
    assert _pair(BAR, THANI) not in _met(rules_only, text)
