"""Session 57 (en57): relations missed or misread on short English pieces written for the
session in the styles of Al Jazeera English, BBC News, CNN, The Guardian, Washington Post,
New York Times, Financial Times, Bloomberg, Khaleej Times, Kuwait Times, Iraqi News, Shafaq
News, Egypt Independent, Morocco World News, The Syrian Observer, Enab Baladi, Amwaj.media,
Long War Journal and Crisis Group briefings; the cases are about recall across clauses and
sentences (pronouns, descriptions, passives, fronted phrases).

- Meetings: a passive whose agent has a long title with lower-case words inside: "X was
  visited / received by Iranian armed forces chief of staff Y", "by Syria's de facto leader
  Y", "by Iraq's prime minister-designate Y" (``meeting_passive_agent.titled_agent_en``, now
  read by ``context_meetings.visited_by_en`` too).
- Meetings: "After talks with Emirati President W in Abu Dhabi, X flew to Doha, where he was
  received by Y": "he" is X, not W, the object of "with" behind a nationality word
  (``subjects._subject_antecedent``).
- Meetings: "At the White House, he held talks with Y" / "At the Pentagon, he met Y": a body
  named as the place of the meeting is no subject, "he" is (``subjects.subject_before``).
- Meetings: "X and his son Z were received in Cairo by Y": both guests met Y
  (``meeting_coreceived._EN_LINK``: kin words between listed guests).
- Meetings: "In his meeting with the Iranian foreign minister, Y, X stressed ...": the partner
  named in apposition (``meetings._met_his_noun``).
- Meetings: "X was photographed / pictured / seen meeting Y" (``meetings._met_gerund``); not
  "was never seen meeting Y", "denied he was seen meeting Y".
- Names: "IMF managing director Y": the body in the title is no partner of the meeting
  (``lexicon.EN_QUALIFIERS``).
- Meetings: "X and Y held their (first) meeting" (``core_recall_meetings.their_meeting``);
  not "will hold", "have not held".
- Meetings: "Khamenei's representative met Y" is no meeting of Khamenei's
  (``subjects.subject_before``: a stand-in noun after a possessive person); "X said the
  delegation, led by Z, had met Y": not the speaker X (the rules).
- Meetings: a quoted post, `"Today I received Y," X wrote / posted on X`
  (``context_words._EN_SAID``, read by ``context_speakers.quote_speaker``).
- Successions: "X, who was sworn in on July 30 as successor to Y, met Z": X succeeded Y, not
  Z (``succession_rules_en._successor_nouns_en``: the head of the "who" clause; the name
  after the target only when no verb stands between).
"""

import pytest

from tests.extract_support import met_sorted as _met
from tests.extract_support import sorted_pair as _pair

MBS, BAGHERI = "person:mohammed-bin-salman", "person:mohammad-bagheri"
FAISAL, SHARAA = "person:faisal-bin-farhan", "person:ahmed-al-sharaa"
SADR, SUDANI = "person:muqtada-al-sadr", "person:mohammed-shia-al-sudani"
MBZ, TAMIM = "person:mohamed-bin-zayed", "person:tamim-bin-hamad-al-thani"
BIDEN, AUSTIN = "person:joe-biden", "person:lloyd-austin"
HAFTAR, SADDAM, SISI = ("person:khalifa-haftar", "person:saddam-haftar",
                        "person:abdel-fattah-el-sisi")
BERRI, ARAGHCHI = "person:nabih-berri", "person:abbas-araghchi"
ASSAD, PUTIN = "person:bashar-al-assad", "person:vladimir-putin"
KOUCHOUK = "person:ahmed-kouchouk"


# --- passive meetings whose agent has a long title -----------------------------------------

@pytest.mark.parametrize("text, pair", [
    ("Mohammed bin Salman was visited by Iranian armed forces chief of staff Mohammad Bagheri "
     "in Riyadh, in a rare trip by a top Iranian military officer to the kingdom.",
     (MBS, BAGHERI)),
    ("Saudi Foreign Minister Prince Faisal bin Farhan was received in Damascus by Syria's de "
     "facto leader Ahmed al-Sharaa on Friday.", (FAISAL, SHARAA)),
    ("Muqtada al-Sadr was visited in Najaf by Iraq's prime minister-designate Mohammed Shia "
     "al-Sudani in October 2022.", (SADR, SUDANI)),
    ("Muqtada al-Sadr was received by Iraq's prime minister-designate Mohammed Shia al-Sudani "
     "in October 2022.", (SADR, SUDANI)),
])
def test_passive_agent_with_a_long_title(shipped, text, pair):
    assert _pair(*pair) in _met(shipped, text)


def test_a_place_visited_by_a_titled_agent_is_no_meeting(shipped):
    text = "Riyadh was visited by Iranian armed forces chief of staff Mohammad Bagheri."
    assert not any(BAGHERI in p for p in _met(shipped, text))


# --- "he" after an opener naming someone else -------------------------------------------

def test_he_after_talks_with_a_titled_partner(shipped):
    text = ("After talks with Emirati President Sheikh Mohamed bin Zayed in Abu Dhabi, Syrian "
            "President Ahmed al-Sharaa flew to Doha, where he was received by Emir Sheikh Tamim "
            "bin Hamad Al Thani.")
    met = _met(shipped, text)
    assert _pair(SHARAA, TAMIM) in met
    assert _pair(MBZ, TAMIM) not in met


@pytest.mark.parametrize("text, pair", [
    ("Mohammed Shia al-Sudani travelled to Washington in April. At the White House, he held "
     "talks with President Joe Biden.", (SUDANI, BIDEN)),
    ("Mohammed Shia al-Sudani travelled to Washington in April. At the White House, he met "
     "President Joe Biden.", (SUDANI, BIDEN)),
    ("Mohammed Shia al-Sudani travelled to Washington in April. At the Pentagon, he met Lloyd "
     "Austin.", (SUDANI, AUSTIN)),
])
def test_a_building_before_he_is_no_subject(shipped, text, pair):
    met = _met(shipped, text)
    assert _pair(*pair) in met
    assert all(a.startswith("person:") and b.startswith("person:") for a, b in met)


# --- listed guests, the partner in apposition, "seen meeting" ------------------------------

@pytest.mark.parametrize("son", ["Saddam Haftar", "Saddam"])
def test_a_guest_and_his_son_were_received(shipped, son):
    text = (f"Libya's eastern-based commander Khalifa Haftar and his son {son} were received "
            "in Cairo by Egyptian President Abdel Fattah al-Sisi on Sunday.")
    met = _met(shipped, text)
    assert _pair(HAFTAR, SISI) in met
    assert _pair(SADDAM, SISI) in met


def test_his_meeting_with_an_apposed_partner(shipped):
    text = ("In his meeting with the Iranian foreign minister, Abbas Araghchi, in Beirut, "
            "Parliament Speaker Nabih Berri stressed Lebanon's commitment to Resolution 1701.")
    assert _pair(BERRI, ARAGHCHI) in _met(shipped, text)


@pytest.mark.parametrize("text", [
    "Bashar al-Assad was photographed meeting Vladimir Putin in the Kremlin in 2024.",
    "Syria's deposed president Bashar al-Assad was seen meeting Russian President Vladimir "
    "Putin in the Kremlin.",
    "Assad was pictured meeting Putin in the Kremlin.",
])
def test_seen_meeting(shipped, text):
    assert _pair(ASSAD, PUTIN) in _met(shipped, text)


@pytest.mark.parametrize("text", [
    "Bashar al-Assad was never seen meeting Vladimir Putin in public.",
    "Bashar al-Assad was not photographed meeting Vladimir Putin.",
    "Bashar al-Assad denied he was seen meeting Vladimir Putin.",
])
def test_not_seen_meeting(shipped, text):
    assert _pair(ASSAD, PUTIN) not in _met(shipped, text)


def test_a_body_in_a_title_is_no_partner(shipped):
    text = ("Egypt's finance minister Ahmed Kouchouk met IMF managing director Kristalina "
            "Georgieva in Washington this week.")
    met = _met(shipped, text)
    assert not any(a.startswith("organization:") or b.startswith("organization:")
                   for a, b in met)
    assert any(KOUCHOUK in p for p in met)


# --- "held their first meeting"; people acting for someone named in the possessive ---------

SHARAA_SUDANI = _pair(SHARAA, SUDANI)


@pytest.mark.parametrize("text", [
    "Iraq's Sudani and Syria's Sharaa held their first meeting in Doha in April, under Qatari "
    "auspices, a government statement said.",
    "Sudani and Sharaa held their first meeting in Doha in April.",
    "Sudani and Sharaa held their talks in Doha on Monday.",
])
def test_held_their_first_meeting(shipped, text):
    assert SHARAA_SUDANI in _met(shipped, text)


@pytest.mark.parametrize("text", [
    "Sudani and Sharaa will hold their first meeting in Doha.",
    "Sudani and Sharaa have not held their first meeting yet.",
])
def test_their_first_meeting_to_come(shipped, text):
    assert SHARAA_SUDANI not in _met(shipped, text)


KHAMENEI, NASRALLAH = "person:ali-khamenei", "person:hassan-nasrallah"


@pytest.mark.parametrize("text", [
    "Khamenei's representative met with Nasrallah in Beirut.",
    "Khamenei's representative in the Quds Force was among those who met with Nasrallah in "
    "Beirut days before he was killed, Iranian media reported.",
])
def test_a_possessors_representative_is_not_him(shipped, text):
    assert _pair(KHAMENEI, NASRALLAH) not in _met(shipped, text)


def test_a_named_representative_still_meets(shipped):
    text = "Khamenei's adviser Ali Larijani met with Nasrallah in Beirut."
    assert _pair("person:ali-larijani", NASRALLAH) in _met(shipped, text)


def test_the_speaker_is_no_member_of_the_delegation(rules_only):
    text = ("Hamas official Osama Hamdan said the movement's delegation, led by Khalil "
            "al-Hayya, had met Egyptian intelligence chief Hassan Rashad in Cairo.")
    met = _met(rules_only, text)
    assert _pair("person:hassan-rashad", "person:khalil-al-hayya") in met
    assert not any("person:osama-hamdan" in p for p in met)


# --- a quoted post; "who was sworn in on <day> as successor to Y" --------------------------

@pytest.mark.parametrize("text", [
    "\"Today I received my brother Sheikh Mohamed bin Zayed,\" Saudi Crown Prince Mohammed "
    "bin Salman wrote on X.",
    "\"I met Mohamed bin Zayed,\" Mohammed bin Salman posted on X.",
])
def test_the_writer_of_a_quoted_post(shipped, text):
    assert _pair(MBS, MBZ) in _met(shipped, text)


PEZESHKIAN, RAISI, HANIYEH = ("person:masoud-pezeshkian", "person:ebrahim-raisi",
                              "person:ismail-haniyeh")


def test_successor_in_a_who_clause_before_a_meeting(rules_only):
    text = ("Masoud Pezeshkian, who was sworn in on July 30 as successor to Ebrahim Raisi, met "
            "Ismail Haniyeh on Tuesday.")
    doc = rules_only.extract(text, lang="en")
    succ = {(r["source"], r["target"]) for r in doc["relations"] if r["type"] == "SUCCESSOR_OF"}
    assert (PEZESHKIAN, RAISI) in succ
    assert (HANIYEH, RAISI) not in succ


def test_the_object_of_the_main_verb_is_no_successor(shipped):
    text = ("Masoud Pezeshkian, who was sworn in on July 30 as successor to Ebrahim Raisi, met "
            "Haniyeh hours before he was killed.")
    doc = shipped.extract(text, lang="en")
    succ = {(r["source"], r["target"]) for r in doc["relations"] if r["type"] == "SUCCESSOR_OF"}
    assert (HANIYEH, RAISI) not in succ


def test_a_possible_successor_in_a_who_clause(shipped):
    text = ("Naim Qassem, who is tipped as a possible successor to Hassan Nasrallah, gave a "
            "speech.")
    doc = shipped.extract(text, lang="en")
    assert not [r for r in doc["relations"] if r["type"] == "SUCCESSOR_OF"]
