"""Session 67 (residual67en): English constructions the first six blind sets of the session
(PI-PT) still missed, each read in several paraphrases.

- Meetings, English: "H brought A and B together in / at <place>", "H brings together A and
  B in <place>": the host and the named people brought together met, each with each
  (``meeting_noun_sides.brought_people_together_en``, which read the gathering only with "for
  talks / a meeting" after it: "In February 2019 he brought Haftar and al-Sarraj together in
  Abu Dhabi"). Not planned ("will bring"), failed ("failed to bring"), negated, for another
  purpose without a place ("together to sign the deal"), nor countries or bodies brought
  together ("The war brought Iran and Russia together in Syria").
- Successions, English: "X, a career diplomat who served as Washington's envoy to the rebels,
  took over the embassy in May from Y": X, the head of the apposition, took over, not a person
  (or a description read as one) inside it (``succession_apposed_head_en``, asked by
  ``succession_rules_en`` when a comma stands before the verb). Not the person inside the
  aside ("who served as Catherine Ashton's envoy", "under Ban Ki-moon").
- Successions, English: "X handed over in August 2014 / on Monday / last week to Y": Y
  succeeded X, the short time phrase between "over" and "to" no longer hides the handover
  (``succession_handover.handed_over_to_en``, with ``kill_beside_en.time_phrase_len``, made
  public). Not negated, not "handed over on Monday to Y a letter", not "handed over a letter
  on Monday to Y".
- Meetings, English: "X received Y. Photos showed the two men shaking hands at the palace. Z
  was also present.": the sentence between tells the same meeting (it names only its
  principals, by name or "the two men"), so Z met X and Y (new ``attendee_two_back_en``, asked
  by ``meeting_attended.attended_meeting``). Not when the sentence between names another
  person ("W criticised Qatar"), not "was not present".
- Meetings, English: "H met each man / each leader separately": the two people named before,
  as "both men" (``plural_refs``: "each" with a singular noun for people is a reference to
  the last pair); H met each, the two did not meet each other. Not "each other", not a
  planned or negated meeting.
"""

import pytest

from tests.extract_support import met_sorted as _met
from tests.extract_support import relation_pairs
from tests.extract_support import sorted_pair as _pair

SALAME, HAFTAR, SARRAJ = "person:ghassan-salame", "person:khalifa-haftar", "person:fayez-al-sarraj"
TEBBOUNE, ABBAS, HANIYEH = ("person:abdelmadjid-tebboune", "person:mahmoud-abbas",
                            "person:ismail-haniyeh")
ERDOGAN, ABIY, HSM = ("person:recep-tayyip-erdogan", "person:abiy-ahmed",
                      "person:hassan-sheikh-mohamud")
KERRY, NETANYAHU = "person:john-kerry", "person:benjamin-netanyahu"
STEVENS, CRETZ = "person:chris-stevens", "person:gene-cretz"
QASSEM, NASRALLAH = "person:naim-qassem", "person:hassan-nasrallah"
LEON, MITRI, ASHTON = "person:bernardino-leon", "person:tarek-mitri", "person:catherine-ashton"
OCA, BENOMAR, BAN = ("person:ismail-ould-cheikh-ahmed", "person:jamal-benomar",
                     "person:ban-ki-moon")
QAANI, SOLEIMANI = "person:esmail-qaani", "person:qasem-soleimani"
KOBLER, SALAME_ = "person:martin-kobler", SALAME
WILLIAMS = "person:stephanie-williams"
MASHAT, JABER, ABDULSALAM = ("person:mahdi-al-mashat", "person:mohammed-al-jaber",
                             "person:mohammed-abdulsalam")
SALMAN, MBS = "person:salman-bin-abdulaziz", "person:mohammed-bin-salman"
HEGAZY, FIDAN = "person:mahmoud-hegazy", "person:hakan-fidan"
MACRON, AOUN, MIKATI = "person:emmanuel-macron", "person:michel-aoun", "person:najib-mikati"


def _three(h: str, a: str, b: str) -> set[tuple[str, str]]:
    return {_pair(h, a), _pair(h, b), _pair(a, b)}


@pytest.mark.parametrize("text, host, a, b", [
    ("In February 2019 Ghassan Salame brought Khalifa Haftar and Fayez al-Sarraj together in "
     "Abu Dhabi, where the two men agreed to hold elections.", SALAME, HAFTAR, SARRAJ),
    ("Khalifa Haftar and Fayez al-Sarraj had not met for a year. Ghassan Salame was appointed "
     "in June 2017. In February 2019 he brought Haftar and al-Sarraj together in Abu Dhabi.",
     SALAME, HAFTAR, SARRAJ),
    ("President Abdelmadjid Tebboune brings together Mahmoud Abbas and Ismail Haniyeh in "
     "Algiers.", TEBBOUNE, ABBAS, HANIYEH),
    ("Recep Tayyip Erdogan brought Abiy Ahmed and Hassan Sheikh Mohamud together at the "
     "Presidential Complex on Wednesday.", ERDOGAN, ABIY, HSM),
    ("John Kerry brought together Benjamin Netanyahu and Mahmoud Abbas in Amman on Thursday.",
     KERRY, NETANYAHU, ABBAS),
    ("French President Emmanuel Macron brought Lebanese President Michel Aoun and Prime "
     "Minister Najib Mikati together in Paris on Friday.", MACRON, AOUN, MIKATI),
])
def test_host_brought_people_together_at_a_place(shipped, text, host, a, b):
    assert _three(host, a, b) <= _met(shipped, text)


@pytest.mark.parametrize("text, host, a, b", [
    ("John Kerry will bring together Benjamin Netanyahu and Mahmoud Abbas in Amman on "
     "Thursday.", KERRY, NETANYAHU, ABBAS),
    ("John Kerry failed to bring Benjamin Netanyahu and Mahmoud Abbas together in Amman.",
     KERRY, NETANYAHU, ABBAS),
    ("Emmanuel Macron did not bring Michel Aoun and Najib Mikati together in Paris.",
     MACRON, AOUN, MIKATI),
    ("Recep Tayyip Erdogan hopes to bring Abiy Ahmed and Hassan Sheikh Mohamud together in "
     "Ankara next month.", ERDOGAN, ABIY, HSM),
])
def test_planned_or_failed_gathering_is_no_meeting(shipped, text, host, a, b):
    assert not _three(host, a, b) & _met(shipped, text)


def test_brought_together_for_another_purpose_without_a_place(shipped):
    text = ("John Kerry brought Benjamin Netanyahu's and Mahmoud Abbas's negotiators together "
            "to sign the deal.")
    assert _pair(NETANYAHU, ABBAS) not in _met(shipped, text)


def test_countries_brought_together_are_no_meeting(shipped):
    text = "The war in Syria brought Iran and Russia together, Vladimir Putin said in Moscow."
    assert not {p for p in _met(shipped, text) if p[0].startswith("country:")}


# --- "X, <apposition holding another person>, took over from Y" ------------------------------

@pytest.mark.parametrize("text, new, old, inside", [
    ("The U.S. ambassador to Libya, J. Christopher Stevens, was killed. Foreign service officer "
     "Sean Smith was among the dead. Stevens, a career diplomat who served as Washington's envoy "
     "to the rebels during last year's uprising, took over the embassy in May from Gene Cretz.",
     STEVENS, CRETZ, "person:sean-smith"),
    ("Bernardino Leon, who had served as Catherine Ashton's envoy in the Arab world, took over "
     "in September from Tarek Mitri.", LEON, MITRI, ASHTON),
    ("Ismail Ould Cheikh Ahmed, a Mauritanian who headed the UN mission for Ebola under Ban "
     "Ki-moon, took over the post in April from Jamal Benomar.", OCA, BENOMAR, BAN),
    ("Esmail Qaani, a general who served for two decades as Qasem Soleimani's deputy in the Quds "
     "Force, took over the force in January from Qasem Soleimani.", QAANI, SOLEIMANI, ""),
    ("Hassan Nasrallah was killed in September. Naim Qassem, a cleric who served for decades as "
     "Nasrallah's deputy in the party, took over in October from Hassan Nasrallah.",
     QASSEM, NASRALLAH, ""),
])
def test_apposition_head_took_over(shipped, text, new, old, inside):
    got = relation_pairs(shipped, text, "SUCCESSOR_OF", "en")
    assert (new, old) in got
    assert not {p for p in got if p[0] != new}


def test_apposition_head_did_not_take_over_when_negated(shipped):
    text = ("Bernardino Leon, who had served as Catherine Ashton's envoy in the Arab world, did "
            "not take over from Tarek Mitri.")
    assert not relation_pairs(shipped, text, "SUCCESSOR_OF", "en")


# --- "X handed over <time> to Y" -----------------------------------------------------------

@pytest.mark.parametrize("text, new, old", [
    ("Lebanon's Tarek Mitri handed over in August 2014 to the Spanish diplomat Bernardino Leon.",
     LEON, MITRI),
    ("The first of them, Lebanon's Tarek Mitri, handed over in August 2014 to the Spanish "
     "diplomat Bernardino Leon, as the country split between rival parliaments.", LEON, MITRI),
    ("Martin Kobler handed over on Monday to Ghassan Salame.", SALAME_, KOBLER),
    ("Ghassan Salame handed over last week to his deputy Stephanie Williams.", WILLIAMS, SALAME_),
])
def test_handed_over_after_a_time_phrase(shipped, text, new, old):
    assert (new, old) in relation_pairs(shipped, text, "SUCCESSOR_OF", "en")


@pytest.mark.parametrize("text", [
    "Martin Kobler has not handed over in June to Ghassan Salame, officials said.",
    "Martin Kobler had not yet handed over on Monday to Ghassan Salame.",
    "Martin Kobler handed over on Monday to Ghassan Salame a letter from the council.",
    "Martin Kobler handed over a letter on Monday to Ghassan Salame.",
])
def test_no_handover_of_the_post(shipped, text):
    assert not relation_pairs(shipped, text, "SUCCESSOR_OF", "en")


# --- "Z was also present" after a sentence about the same meeting ----------------------------

@pytest.mark.parametrize("text, host, guest, z", [
    ("Mahdi al-Mashat, head of the rebels' Supreme Political Council, received Mohammed "
     "Al-Jaber, the Saudi ambassador to Yemen. Photos released by the rebels showed the two men "
     "shaking hands at the Republican Palace. Mohammed Abdul Salam, the rebels' chief "
     "negotiator and spokesman, who had flown in from Muscat, was also present.",
     MASHAT, JABER, ABDULSALAM),
    ("Mahdi al-Mashat received Mohammed Al-Jaber in Sanaa. Pictures showed the two men "
     "smiling at the Republican Palace. Mohammed Abdulsalam was also present.",
     MASHAT, JABER, ABDULSALAM),
    ("French President Emmanuel Macron received Lebanese President Michel Aoun at the Elysee. "
     "Television footage showed Macron greeting Aoun on the steps. Prime Minister Najib Mikati "
     "was also present.", MACRON, AOUN, MIKATI),
    ("King Salman received Turkish President Recep Tayyip Erdogan in Jeddah on Sunday. Saudi "
     "television showed the two leaders walking into the palace. Crown Prince Mohammed bin "
     "Salman was also present.", SALMAN, ERDOGAN, MBS),
])
def test_attendee_after_a_sentence_about_the_same_meeting(shipped, text, host, guest, z):
    assert _three(host, guest, z) <= _met(shipped, text)


@pytest.mark.parametrize("text, z", [
    ("Mahdi al-Mashat received Mohammed Al-Jaber in Sanaa. Pictures showed the two men smiling "
     "at the Republican Palace. Mohammed Abdulsalam was not present.", ABDULSALAM),
    ("King Salman received Recep Tayyip Erdogan in Jeddah. Adel al-Jubeir later criticised "
     "Qatar on television. Crown Prince Mohammed bin Salman was also present.", MBS),
])
def test_no_attendee_two_sentences_back(shipped, text, z):
    assert not {p for p in _met(shipped, text) if z in p}


# --- "H met each man separately" -------------------------------------------------------------

@pytest.mark.parametrize("text, h, a, b", [
    ("Khalifa Haftar declined to sit down with Fayez al-Sarraj in Cairo. Egypt's chief of "
     "staff, Lt Gen Mahmoud Hegazy, met each man separately at the time.", HEGAZY, HAFTAR, SARRAJ),
    ("Recep Tayyip Erdogan received Abiy Ahmed and Hassan Sheikh Mohamud in Ankara. Hakan Fidan "
     "met each leader separately before the talks.", FIDAN, ABIY, HSM),
    ("Abiy Ahmed and Hassan Sheikh Mohamud arrived in Ankara. Hakan Fidan met each leader "
     "separately.", FIDAN, ABIY, HSM),
    ("Michel Aoun and Najib Mikati flew to Paris on Thursday. Emmanuel Macron received each man "
     "separately at the Elysee.", MACRON, AOUN, MIKATI),
])
def test_met_each_man_separately(shipped, text, h, a, b):
    got = _met(shipped, text)
    assert {_pair(h, a), _pair(h, b)} <= got
    assert _pair(a, b) not in got


@pytest.mark.parametrize("text", [
    "Abiy Ahmed and Hassan Sheikh Mohamud arrived in Ankara. Hakan Fidan will meet each leader "
    "separately on Monday.",
    "Abiy Ahmed and Hassan Sheikh Mohamud arrived in Ankara. Hakan Fidan did not meet each "
    "leader.",
    "Abiy Ahmed and Hassan Sheikh Mohamud blamed each other. Hakan Fidan met the press.",
])
def test_no_meeting_with_each_man(shipped, text):
    assert not {p for p in _met(shipped, text) if FIDAN in p}
