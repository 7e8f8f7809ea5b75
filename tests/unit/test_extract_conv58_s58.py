"""Session 58 (conv58): companions told after the meeting, under the newest writers' convention.

Measured first (``bench/companion_gold_count.py``): a companion stated in the text ("accompanied
by", "joined by", "a delegation including", "A accompanied X", «برفقة» «يرافقه» «ضم الوفد») is
paired with the host in 22 of 109 cases of the older dev, in 28 of 31 of KZ-LE / JG-KP, and in
4 of 5 of the session-58 blind sets; the newest writers pair him with his principal and the host.

- "X met Y. <one sentence>. A accompanied X": the meeting may be told two sentences back
  (``accompanied_next_en._latest_pairs``).
- "A (and B) joined X in the (Israeli) delegation / at the talks": as "accompanied X"
  (``accompanied_next_en._joined_party``); not a bare "joined X" (a party, a trip).
- The passive "X was received by Y. The Syrian leader was accompanied by A" (A met X and Y;
  ``accompanied_next_en._accompanied_by``) is built but off (``PASSIVE``: the older dev does
  not pair, the newest sets gain little); its cases run with the switch on: no pair without a
  meeting told before, none before a planned meeting.
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


# --- the passive "X was accompanied by A" after X's meeting: built, off (module doc) -------

SHARAA, TAMIM = "person:ahmed-al-sharaa", "person:tamim-bin-hamad-al-thani"
SHAIBANI = "person:asaad-al-shaibani"
ERDOGAN, SUDANI, FIDAN = ("person:recep-tayyip-erdogan", "person:mohammed-shia-al-sudani",
                          "person:hakan-fidan")
_RECEPTION = ("Syrian President Ahmad al-Sharaa arrived in Doha on Tuesday and was received by "
              "Emir Sheikh Tamim bin Hamad Al Thani. The Syrian leader was accompanied by Foreign "
              "Minister Asaad al-Shibani.")


def test_passive_accompanied_is_off_by_default(rules_only):
    assert _pair(SHAIBANI, TAMIM) not in _met(rules_only, _RECEPTION)


def test_passive_accompanied_after_the_reception_when_on(rules_only, monkeypatch):
    monkeypatch.setattr("loaders.extract.accompanied_next_en.PASSIVE", True)
    met = _met(rules_only, _RECEPTION)
    assert _pair(SHAIBANI, TAMIM) in met
    assert _pair(SHAIBANI, SHARAA) in met


def test_passive_accompanied_with_no_meeting_before(rules_only, monkeypatch):
    monkeypatch.setattr("loaders.extract.accompanied_next_en.PASSIVE", True)
    text = ("Turkish President Recep Tayyip Erdogan arrived in Baghdad on Monday. Erdogan was "
            "accompanied by Foreign Minister Hakan Fidan.")
    assert _pair(FIDAN, ERDOGAN) not in _met(rules_only, text)


def test_passive_accompanied_before_a_planned_meeting(rules_only, monkeypatch):
    monkeypatch.setattr("loaders.extract.accompanied_next_en.PASSIVE", True)
    text = ("Turkish President Recep Tayyip Erdogan will meet Iraqi Prime Minister Mohammed "
            "Shia al-Sudani in Baghdad on Monday. Erdogan will be accompanied by Foreign "
            "Minister Hakan Fidan.")
    assert _pair(FIDAN, SUDANI) not in _met(rules_only, text)
