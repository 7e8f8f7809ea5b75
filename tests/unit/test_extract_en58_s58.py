"""Session 58 (en58): relations missed or misread on short English pieces written for the
session in the manner of outlets the sessions had not used: The Independent, Sky News,
Euronews, Politico, Axios, Al-Ahram Weekly, Asia Times, The Economist, Ynet, i24NEWS, Foreign
Policy, The Defense Post, Breaking Defense, Military Times, The Hill, NPR, ABC News, CBS News,
The Telegraph, and the English services of IRNA, Tasnim, SANA, Saba, WAM, KUNA and QNA.

- Killings: the writer's own "Israel was behind the killing / assassination of X", "Israel's
  Mossad was behind the assassination of X" (``kill_claim_next_en._opens_sentence``; the
  killing rules now also run on a sentence whose only cue is "assassination",
  ``kill_cues._EN_CUES``); not "Iraq said Iran was behind ..." nor "Officials believe ...".
- Killings: a joint agent written as one compound, "a US-Israeli strike", "the
  American-Zionist enemy" (Saba), "the US-Zionist aggression": both states
  (``kill_joint_nationality_en``); not "the US-brokered truce".
- Meetings, Gulf agency protocol: the long title "Minister of Foreign Affairs (of the Arab
  Republic of Egypt)" / "Minister of Defense of Egypt" before a name is a title
  (``lexicon.EN_TITLES``), and the fallback reads "received ... Iran's Minister of Foreign
  Affairs Dr. Y" and "... Emigration and Egyptian Expatriates of the Arab Republic of Egypt
  Y": an "of" inside the partner's own title, or before his state, is no "envoy of Y"
  (``meeting_fallback._partner_en``, ``_state_of_en``); "the envoy of President Y" still is.
- Meetings: QNA's "HE Prime Minister and Minister of Foreign Affairs Sheikh X met with ..."
  is His Excellency, not the pronoun "he" (``subjects._he_at``): no meeting of the emir
  named in the sentence before.
- Meetings: "Netanyahu's office said the prime minister had met with Witkoff", "Erdogan's
  spokesman said the president met Sharaa": the description is the office's owner
  (``desc_office_owner_en``); not "the Qatari prime minister", "the new prime minister".
- Killings: "The IDF and Shin Bet eliminated X", "Israel and the United States killed X": both
  sides that open the clause (``kill_joint_subjects_en``); not a body after a preposition.
- Killings: "Israeli jets struck Beirut, eliminating / assassinating X" as "..., killing X"
  (``wire_cues._EN_KILL_TRIG``, ``wire_kill_rules.more_kills_en``).
- Successions: "X was picked to head Hezbollah after Israel killed Y" (``lexicon.EN_APPOINT``,
  ``succession_rules_en._appointed_en``); not "X picked up the phone after Y was killed".
- Successions: "X was elected to succeed Y after the assassination of Z": Y, not Z
  (``succession_rules_en._appointed_en`` stops at "succeed" with its own object).
"""

import pytest

from tests.extract_support import met_sorted as _met
from tests.extract_support import relation_pairs
from tests.extract_support import sorted_pair as _pair

AB, SO = "ASSASSINATED_BY", "SUCCESSOR_OF"
ISRAEL, US, IRAQ = "country:israel", "country:united-states", "country:iraq"
MOSSAD = "organization:mossad"
SHUKR, HANIYEH = "person:fuad-shukr", "person:ismail-haniyeh"
FAKHRIZADEH, HASHIMI = "person:mohsen-fakhrizadeh", "person:hisham-al-hashimi"
GHAMARI = "person:mohammed-al-ghamari"
TAMIM, ABDELATTY = "person:tamim-bin-hamad-al-thani", "person:badr-abdelatty"
MBAR, MBS = "person:mohammed-bin-abdulrahman-al-thani", "person:mohammed-bin-salman"
ARAGHCHI, SAQR = "person:abbas-araghchi", "person:abdel-mageed-saqr"
NETANYAHU, WITKOFF = "person:benjamin-netanyahu", "person:steve-witkoff"
ERDOGAN, SHARAA = "person:recep-tayyip-erdogan", "person:ahmed-al-sharaa"
QASSEM, NASRALLAH = "person:naim-qassem", "person:hassan-nasrallah"


def _ab(ex, text):
    return relation_pairs(ex, text, AB, "en")


# --- "<agent> was behind the killing of X" ------------------------------------------------

@pytest.mark.parametrize("text, pair", [
    ("Israel was behind the killing of Fuad Shukr, the senior Hezbollah commander, officials "
     "said.", (SHUKR, ISRAEL)),
    ("The Mossad was behind the assassination of Mohsen Fakhrizadeh near Tehran in 2020.",
     (FAKHRIZADEH, MOSSAD)),
    ("Israel was behind the assassination of Fuad Shukr in Beirut.", (SHUKR, ISRAEL)),
])
def test_the_writer_says_who_was_behind_a_killing(shipped, text, pair):
    assert pair in _ab(shipped, text)


def test_israels_mossad_was_behind_the_assassination(rules_only):
    text = ("Israel's Mossad was behind the assassination of Hamas leader Ismail Haniyeh in "
            "Tehran, according to the report.")
    assert (HANIYEH, MOSSAD) in _ab(rules_only, text)


@pytest.mark.parametrize("text", [
    "Iraq said Iran was behind the killing of Hisham al-Hashimi.",
    "Israel was not behind the killing of Fuad Shukr.",
    "Officials believe Israel was behind the killing of Fuad Shukr.",
])
def test_an_accusation_or_a_denial_is_no_killing(shipped, text):
    assert not _ab(shipped, text)


# --- a joint agent in one compound ----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The martyr Mohammed al-Ghamari was assassinated by the American-Zionist enemy, Saba "
    "reported.",
    "Mohammed al-Ghamari was killed in a US-Israeli strike on Sanaa.",
    "Mohammed al-Ghamari was killed by the US-Zionist aggression.",
])
def test_both_sides_of_a_hyphenated_agent(shipped, text):
    got = _ab(shipped, text)
    assert (GHAMARI, US) in got and (GHAMARI, ISRAEL) in got


def test_a_brokered_truce_names_no_second_side(shipped):
    text = "Mohammed al-Ghamari was killed during the US-brokered truce by an Israeli strike."
    got = _ab(shipped, text)
    assert (GHAMARI, ISRAEL) in got and (GHAMARI, US) not in got


# --- Gulf protocol titles ------------------------------------------------------------------

@pytest.mark.parametrize("text, pair", [
    ("Sheikh Tamim received Minister of Foreign Affairs of Egypt Badr Abdelatty.",
     (TAMIM, ABDELATTY)),
    ("Sheikh Tamim received Minister of Defense of Egypt Abdel Majeed Saqr.", (TAMIM, SAQR)),
    ("Sheikh Tamim received today at the Amiri Diwan Minister of Foreign Affairs of Egypt "
     "Badr Abdelatty.", (TAMIM, ABDELATTY)),
    ("HH the Amir Sheikh Tamim bin Hamad Al-Thani received today at the Amiri Diwan HE "
     "Minister of Foreign Affairs of the Arab Republic of Egypt Dr. Badr Abdelatty.",
     (TAMIM, ABDELATTY)),
    ("Sheikh Tamim received today at the Amiri Diwan Minister of Foreign Affairs, Emigration "
     "and Egyptian Expatriates of the Arab Republic of Egypt Badr Abdelatty.",
     (TAMIM, ABDELATTY)),
    ("Riyadh, October 09, 2024, SPA -- His Royal Highness Prince Mohammed bin Salman bin "
     "Abdulaziz Al Saud, Crown Prince and Prime Minister, received in audience at Al-Yamamah "
     "Palace in Riyadh today Iran's Minister of Foreign Affairs Dr. Abbas Araghchi.",
     (MBS, ARAGHCHI)),
])
def test_a_long_protocol_title_before_the_guest(shipped, text, pair):
    assert _pair(*pair) in _met(shipped, text)


def test_the_envoy_of_a_president_is_not_the_president(rules_only):
    text = ("Sheikh Tamim received today at the Amiri Diwan the envoy of the President of Egypt "
            "Abdel Fattah el-Sisi.")
    assert not _met(rules_only, text)


def test_his_excellency_is_no_pronoun(shipped):
    text = ("Doha, December 06 (QNA) - HH the Amir Sheikh Tamim bin Hamad Al-Thani received "
            "today at the Amiri Diwan HE Minister of Foreign Affairs of the Arab Republic of "
            "Egypt Dr. Badr Abdelatty.\n\nLater, HE Prime Minister and Minister of Foreign "
            "Affairs Sheikh Mohammed bin Abdulrahman bin Jassim Al-Thani met with the Egyptian "
            "minister.")
    met = _met(shipped, text)
    assert _pair(TAMIM, ABDELATTY) in met
    assert _pair(MBAR, ABDELATTY) in met
    assert _pair(MBAR, TAMIM) not in met


# --- "X's office said the prime minister ..." ----------------------------------------------

@pytest.mark.parametrize("text, pair", [
    ("Netanyahu's office said the prime minister had met with Witkoff for two hours.",
     (NETANYAHU, WITKOFF)),
    ("Netanyahu's office said the prime minister met Witkoff in Jerusalem.",
     (NETANYAHU, WITKOFF)),
    ("Erdogan's office said the Turkish president had received Sharaa at the Dolmabahce "
     "Palace.", (ERDOGAN, SHARAA)),
    ("Erdogan's spokesman said the president met Sharaa on Saturday.", (ERDOGAN, SHARAA)),
])
def test_the_description_after_an_office_is_its_owner(shipped, text, pair):
    assert _pair(*pair) in _met(shipped, text)


@pytest.mark.parametrize("text", [
    "Netanyahu's office said the Qatari prime minister had met Witkoff.",
    "Netanyahu's office said the new prime minister had met Witkoff.",
])
def test_another_office_holder_is_not_the_owner(shipped, text):
    assert _pair(NETANYAHU, WITKOFF) not in _met(shipped, text)


# --- "picked to head" -------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Naim Qassem was picked to head Hezbollah after Israel killed Hassan Nasrallah.",
    "The Shura Council picked Naim Qassem as its leader after Israel killed Nasrallah.",
])
def test_picked_after_a_killing(shipped, text):
    assert (QASSEM, NASRALLAH) in relation_pairs(shipped, text, SO, "en")


def test_picked_up_is_no_appointment(shipped):
    text = "Naim Qassem picked up the phone after Nasrallah was killed."
    assert not relation_pairs(shipped, text, SO, "en")


# --- two sides opening an active killing -------------------------------------------------------

IDF, SHIN_BET = "organization:israel-defense-forces", "organization:shin-bet"
SAAD, SOLEIMANI = "person:raed-saad", "person:qasem-soleimani"


@pytest.mark.parametrize("text, pairs", [
    ("The IDF and Shin Bet eliminated Hamas commander Raed Saad in a strike in Gaza City, the "
     "military said.", [(SAAD, IDF), (SAAD, SHIN_BET)]),
    ("The IDF and the Shin Bet killed Hamas commander Raed Saad in Gaza City.",
     [(SAAD, IDF), (SAAD, SHIN_BET)]),
    ("Israel and the United States killed Qassem Soleimani.",
     [(SOLEIMANI, ISRAEL), (SOLEIMANI, US)]),
])
def test_both_sides_opening_an_active_killing(shipped, text, pairs):
    got = _ab(shipped, text)
    assert all(p in got for p in pairs)


def test_a_place_before_the_agent_is_no_side(shipped):
    text = "Talks between Iran and the United States stalled after Israel killed Raed Saad."
    assert (SAAD, "country:iran") not in _ab(shipped, text)


# --- "elected to succeed Y after the killing of Z" ---------------------------------------------

SAFIEDDINE = "person:hashem-safieddine"


@pytest.mark.parametrize("text", [
    "Naim Qassem was elected to succeed Nasrallah after the killing of Hashem Safieddine.",
    "Sheikh Naim Qassem, who was elected to succeed Hassan Nasrallah after the assassination "
    "of Seyed Hashem Safieddine, also met with President Masoud Pezeshkian.",
])
def test_the_one_succeeded_not_the_one_killed_before(shipped, text):
    got = relation_pairs(shipped, text, SO, "en")
    assert (QASSEM, NASRALLAH) in got
    assert (QASSEM, SAFIEDDINE) not in got


# --- "<agent> struck Y, eliminating X" ----------------------------------------------------------

TABATABAI = "person:haytham-ali-tabatabai"


@pytest.mark.parametrize("text", [
    "Israeli fighter jets struck Beirut's Dahiyeh, eliminating Hezbollah chief of staff Haytham "
    "Ali Tabatabai.",
    "Israel struck Beirut on Sunday, eliminating Hezbollah chief of staff Haytham Ali "
    "Tabatabai.",
])
def test_struck_eliminating(shipped, text):
    assert (TABATABAI, ISRAEL) in _ab(shipped, text)


def test_eliminating_a_doubt_is_no_killing(shipped):
    text = ("Israel struck Beirut on Sunday, eliminating any doubt about its intentions toward "
            "Naim Qassem.")
    assert not _ab(shipped, text)
