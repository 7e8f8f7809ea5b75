"""Session 57 (seen57en): English failures seen by the session's first-round helpers and
left unfixed, each checked on a few variants first.

- Meetings: a description opening the sentence is the subject a later "he" stands for: "The
  Palestinian leader then travelled to Amman, where he was received by Y" -> the leader (the
  guest named in the sentence before), not the host of that sentence
  (``subjects._subject_antecedent`` / ``_opens_sentence``).
- Meetings: "X was in turn received by Y" / "X was received in turn by Y"
  (``meetings._passive_aux_before``, ``core_recall.passive_by``).
- Meetings: a possessed description before the named agent: "received by Saudi King Salman's
  son, Defence Minister Prince Y" (a nationality before the owner, a capitalised title word
  left outside the name's title: ``meeting_passive_agent.apposed_agent_en``).
- Meetings: "X was visited / received by a Druze delegation headed by Sheikh Y": X met Y
  (``meeting_delegation_passive_en.passive_host_en`` in ``meetings_en.delegations_en``);
  negated and future visits give nothing.
"""

import pytest

from tests.extract_support import met_sorted as _met
from tests.extract_support import sorted_pair as _pair

ABBAS, SISI = "person:mahmoud-abbas", "person:abdel-fattah-el-sisi"
ABDULLAH = "person:abdullah-ii"
SUDANI, ERDOGAN = "person:mohammed-shia-al-sudani", "person:recep-tayyip-erdogan"
PEZESHKIAN = "person:masoud-pezeshkian"
MIKATI, MBS, TAMIM = ("person:najib-mikati", "person:mohammed-bin-salman",
                      "person:tamim-bin-hamad-al-thani")
KHALID, ABDULAZIZ = "person:khalid-bin-salman", "person:abdulaziz-bin-salman"
SHARAA, HIJRI = "person:ahmed-al-sharaa", "person:hikmat-al-hijri"
AOUN, RAAD, SALAM = "person:joseph-aoun", "person:mohammad-raad", "person:nawaf-salam"


# --- a description opening the sentence, then "he" ------------------------------------

@pytest.mark.parametrize("text, good, bad", [
    ("Egyptian President Abdel Fattah al-Sisi hosted Palestinian President Mahmoud Abbas in "
     "Cairo on Sunday. The Palestinian leader then travelled to Amman, where he was received "
     "by King Abdullah II.", (ABBAS, ABDULLAH), (SISI, ABDULLAH)),
    ("Turkish President Recep Tayyip Erdogan hosted Iraqi Prime Minister Mohammed Shia "
     "al-Sudani in Ankara. The Iraqi premier then flew to Tehran, where he met Iranian "
     "President Masoud Pezeshkian.", (SUDANI, PEZESHKIAN), (ERDOGAN, PEZESHKIAN)),
    ("Saudi Crown Prince Mohammed bin Salman received Lebanese Prime Minister Najib Mikati in "
     "Riyadh. The Lebanese prime minister later went to Doha, where he was received by Emir "
     "Sheikh Tamim bin Hamad Al Thani.", (MIKATI, TAMIM), (MBS, TAMIM)),
])
def test_description_opening_the_sentence_is_he(shipped, text, good, bad):
    met = _met(shipped, text)
    assert _pair(*good) in met
    assert _pair(*bad) not in met


# --- "in turn" ----------------------------------------------------------------------------

@pytest.mark.parametrize("text, pair", [
    ("Palestinian President Mahmoud Abbas was in turn received by King Abdullah II in Amman.",
     (ABBAS, ABDULLAH)),
    ("Palestinian President Mahmoud Abbas was received in turn by King Abdullah II in Amman.",
     (ABBAS, ABDULLAH)),
    ("Lebanese Prime Minister Najib Mikati was received in turn by Qatar's Emir Sheikh Tamim "
     "bin Hamad Al Thani.", (MIKATI, TAMIM)),
    ("Iraqi Prime Minister Mohammed Shia al-Sudani was hosted in turn by Iranian President "
     "Masoud Pezeshkian.", (SUDANI, PEZESHKIAN)),
])
def test_received_in_turn(shipped, text, pair):
    assert _pair(*pair) in _met(shipped, text)


# --- a possessed description before the agent's name ----------------------------------

@pytest.mark.parametrize("text, pair", [
    ("Iraqi Prime Minister Mohammed Shia al-Sudani was received by Saudi King Salman's son, "
     "Defence Minister Prince Khalid bin Salman, in Riyadh.", (SUDANI, KHALID)),
    ("Iraqi Prime Minister Mohammed Shia al-Sudani was received by Saudi Crown Prince Mohammed "
     "bin Salman's brother, Energy Minister Prince Abdulaziz bin Salman.", (SUDANI, ABDULAZIZ)),
])
def test_received_by_a_possessed_description(shipped, text, pair):
    assert _pair(*pair) in _met(shipped, text)


# --- visited by a delegation headed by Y --------------------------------------------------

@pytest.mark.parametrize("text, pair", [
    ("Syrian President Ahmed al-Sharaa was visited by a Druze delegation headed by Sheikh "
     "Hikmat al-Hijri in Damascus.", (SHARAA, HIJRI)),
    ("Syrian President Ahmed al-Sharaa was received by a Druze delegation headed by Sheikh "
     "Hikmat al-Hijri in Suwayda.", (SHARAA, HIJRI)),
    ("Lebanese President Joseph Aoun was visited on Tuesday by a delegation led by Hezbollah MP "
     "Mohammad Raad.", (AOUN, RAAD)),
    ("Syrian President Ahmed al-Sharaa was visited in Damascus by a Lebanese delegation headed "
     "by Prime Minister Nawaf Salam.", (SHARAA, SALAM)),
])
def test_visited_by_a_delegation_headed_by(shipped, text, pair):
    assert _pair(*pair) in _met(shipped, text)


@pytest.mark.parametrize("text", [
    "Lebanese President Joseph Aoun was not visited by a Hezbollah delegation headed by "
    "Mohammad Raad.",
    "Lebanese President Joseph Aoun will be visited by a Hezbollah delegation headed by "
    "Mohammad Raad next week.",
])
def test_no_visit_by_a_delegation(rules_only, text):
    assert _pair(AOUN, RAAD) not in _met(rules_only, text)
