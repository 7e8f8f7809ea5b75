"""Session 55 (en55): relations found wrong or missed on short English pieces written for the
session in formats the project had used little: government readouts (White House, State
Department, Downing Street, Elysee), foreign-ministry statements, UN News and UN press
releases, profiles ("Who is X?"), obituaries ("X, who ..., has died at 86"), factboxes and
Q&A explainers, live-blog updates, think-tank briefs, TV transcripts, Kurdistan24 / Rudaw,
The National, Middle East Eye, Asharq Al-Awsat English, Tehran Times, Anadolu, TRT World,
Daily Sabah and Xinhua.

- Successions: "X became (Kuwait's) emir / sultan / ruler after (on, upon) the death of his
  half-brother Y" and "X ascended the throne / acceded to the throne / ascended to power after
  the death of Y" (``succession_post_after_death_en``: ruler words besides the leader words,
  "on the death of", a kin noun between "the death of his" and the name, the ascending verbs;
  planned and negated ones give nothing).
- Successions: "Kuwait's emir Y has died ... X was named the new emir" / "X was sworn in as the
  new sultan" after "Oman's Sultan Y died" (``succession_after_death.new_in_dead_post_en``, read
  as an acting holder after a death is; a name led by its title, "Sultan Qaboos", holds the
  post; "will be named", "was not named" give nothing).
- Successions: a fronted death and a ruler named after it: "After the death of Sultan Qaboos,
  the ruling family chose X as sultan", and a bracketed nickname before the verb: "Following
  the death of Y, X (Abu Fadak) became the PMF's chief of staff"
  (``succession_after_death.fronted_after_death``).
- Meetings: "Asked about / Commenting on his meeting with Y, X said" (``meetings._met_his_noun``
  openers; ``meetings_en.unreal_meeting_en``: "asked about" is no meeting asked for); "Asked
  about a possible / his planned meeting with Y" gives nothing.
- Readouts: "Secretary Blinken spoke with Foreign Minister Fidan today. The Secretary and
  Foreign Minister Fidan discussed Syria": a call, no meeting (``meeting_calls._spoke_with_en``
  in ``call_before_en``); "spoke with Y in Ankara" or "met with Y" before it still meet.
- Killings: "The killing of X in 2020 prompted Iranian missile strikes": the strikes the killing
  brought about name no killer (``killing_agents._EN_CLAUSE_BREAK``: a consequence verb ends
  the search for the killing's agent).
- Names: "in Rio de Janeiro" is a place, no person who "met" the minister named with him
  (``lexicon.EN_PLACE_FIRST``).
"""

import pytest

from tests.extract_support import entity_ids as _ids
from tests.extract_support import met_sorted as _met
from tests.extract_support import relation_pairs as _rels
from tests.extract_support import sorted_pair as _pair

NAWAF, SABAH = "person:nawaf-al-ahmad-al-sabah", "person:sabah-al-ahmad-al-jaber-al-sabah"
HAITHAM, QABOOS = "person:haitham-bin-tariq", "person:qaboos-bin-said"
SALMAN, ABDULLAH_SA = "person:salman-bin-abdulaziz", "person:abdullah-bin-abdulaziz"
BASHAR, HAFEZ = "person:bashar-al-assad", "person:hafez-al-assad"
SOLEIMANI, TRUMP = "person:qasem-soleimani", "person:donald-trump"
IRAN, US, ISRAEL = "country:iran", "country:united-states", "country:israel"
NASRALLAH, HANIYEH = "person:hassan-nasrallah", "person:ismail-haniyeh"
SHOUKRY = "person:sameh-shoukry"


# --- successions ------------------------------------------------------------------------

@pytest.mark.parametrize("text, pair", [
    ("Sheikh Nawaf al-Ahmad al-Sabah, who became Kuwait's emir in 2020 after the death of his "
     "half-brother Sheikh Sabah al-Ahmad, has died at 86.", (NAWAF, SABAH)),
    ("Sheikh Nawaf al-Ahmad al-Sabah became emir after the death of Sheikh Sabah al-Ahmad in "
     "2020.", (NAWAF, SABAH)),
    ("Haitham bin Tariq became sultan of Oman in January 2020 following the death of Sultan "
     "Qaboos bin Said.", (HAITHAM, QABOOS)),
    ("Haitham bin Tariq became sultan upon the death of Qaboos bin Said in January 2020.",
     (HAITHAM, QABOOS)),
    ("Haitham bin Tariq became sultan on the death of his cousin, Qaboos bin Said, in January "
     "2020.", (HAITHAM, QABOOS)),
    ("King Salman ascended the throne in 2015 after the death of his half-brother King "
     "Abdullah bin Abdulaziz.", (SALMAN, ABDULLAH_SA)),
    ("Bashar al-Assad, who took power in 2000 after the death of his father Hafez al-Assad, "
     "fled to Moscow.", (BASHAR, HAFEZ)),
])
def test_became_ruler_after_the_death_of(shipped, text, pair):
    assert pair in _rels(shipped, text, "SUCCESSOR_OF", "en")


@pytest.mark.parametrize("text", [
    "Haitham bin Tariq will become sultan on the death of Qaboos bin Said.",
    "Haitham bin Tariq did not become sultan after the death of Qaboos bin Said.",
    "Haitham bin Tariq became a member of the cabinet after the death of Qaboos bin Said.",
])
def test_no_ruler_taken_after_the_death(shipped, text):
    assert (HAITHAM, QABOOS) not in _rels(shipped, text, "SUCCESSOR_OF", "en")


MISHAL, MOKHBER, RAISI = ("person:mishal-al-ahmad-al-jaber-al-sabah", "person:mohammad-mokhber",
                          "person:ebrahim-raisi")


@pytest.mark.parametrize("text, pair", [
    ("Kuwait's emir Sheikh Nawaf al-Ahmad al-Sabah has died at 86, the royal court said. Crown "
     "Prince Sheikh Mishal al-Ahmad al-Sabah was named the new emir.", (MISHAL, NAWAF)),
    ("Kuwait's emir Sheikh Nawaf al-Ahmad al-Sabah has died at 86, the royal court said. His "
     "crown prince, Sheikh Mishal al-Ahmad al-Sabah, was named the new emir hours after the "
     "announcement.", (MISHAL, NAWAF)),
    ("Oman's Sultan Qaboos bin Said died on Friday. His cousin Haitham bin Tariq was sworn in "
     "as the new sultan on Saturday.", (HAITHAM, QABOOS)),
    ("Oman's Sultan Qaboos bin Said died on Friday. Haitham bin Tariq was named the new sultan "
     "on Saturday.", (HAITHAM, QABOOS)),
])
def test_named_the_new_holder_after_a_death(shipped, text, pair):
    assert pair in _rels(shipped, text, "SUCCESSOR_OF", "en")


@pytest.mark.parametrize("text", [
    "Iranian President Ebrahim Raisi died in a helicopter crash in May. Mohammad Mokhber will "
    "be named the new president, officials said.",
    "Iranian President Ebrahim Raisi died in a helicopter crash in May. Mohammad Mokhber was "
    "not named the new president.",
    "Iranian President Ebrahim Raisi met Putin in 2023. Mohammad Mokhber was named the new "
    "president after elections.",
])
def test_no_new_holder_of_a_dead_mans_post(shipped, text):
    assert (MOKHBER, RAISI) not in _rels(shipped, text, "SUCCESSOR_OF", "en")


MUHANDIS, ABU_FADAK = "person:abu-mahdi-al-muhandis", "person:abdul-aziz-al-muhammadawi"


@pytest.mark.parametrize("text, pair", [
    ("After the death of Sultan Qaboos, the ruling family chose Haitham bin Tariq as sultan.",
     (HAITHAM, QABOOS)),
    ("Following the death of Abu Mahdi al-Muhandis, Abdul Aziz al-Mohammadawi (Abu Fadak) "
     "became the PMF's chief of staff.", (ABU_FADAK, MUHANDIS)),
])
def test_a_fronted_death_and_the_ruler_after_it(shipped, text, pair):
    assert pair in _rels(shipped, text, "SUCCESSOR_OF", "en")


# --- meetings ---------------------------------------------------------------------------

SUDANI, KHAMENEI = "person:mohammed-shia-al-sudani", "person:ali-khamenei"


@pytest.mark.parametrize("opener", ["Asked about", "Commenting on", "Speaking after"])
def test_a_participle_about_his_meeting(shipped, opener):
    text = (f"{opener} his meeting with Supreme Leader Ali Khamenei, Iraqi Prime Minister "
            "Mohammed Shia al-Sudani said the talks had focused on security.")
    assert _pair(SUDANI, KHAMENEI) in _met(shipped, text)


@pytest.mark.parametrize("text", [
    "Asked about a possible meeting with Supreme Leader Ali Khamenei, Sudani said nothing was "
    "planned.",
    "Asked about his planned meeting with Ali Khamenei, Sudani said it would take place soon.",
])
def test_asked_about_a_meeting_to_come(shipped, text):
    assert _pair(SUDANI, KHAMENEI) not in _met(shipped, text)


BLINKEN, FIDAN = "person:antony-blinken", "person:hakan-fidan"


def test_a_readouts_spoke_with_is_a_call(shipped):
    text = ("Secretary Blinken spoke with Turkish Foreign Minister Hakan Fidan today. The "
            "Secretary and Foreign Minister Fidan discussed Syria.")
    assert _pair(BLINKEN, FIDAN) not in _met(shipped, text)


@pytest.mark.parametrize("first", [
    "Secretary Blinken spoke with Turkish Foreign Minister Hakan Fidan in Ankara today.",
    "Secretary Blinken met with Turkish Foreign Minister Hakan Fidan today.",
])
def test_spoke_with_there_or_met_still_meets(shipped, first):
    text = first + " The Secretary and Foreign Minister Fidan discussed Syria."
    assert _pair(BLINKEN, FIDAN) in _met(shipped, text)


# --- killings ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, victim, agent", [
    ("The killing of Soleimani in January 2020 prompted Iranian missile strikes on US bases.",
     SOLEIMANI, IRAN),
    ("Soleimani's assassination on Trump's orders in January 2020 prompted Iranian missile "
     "strikes on US bases.", SOLEIMANI, IRAN),
    ("The killing of Haniyeh in Tehran triggered Iranian threats of retaliation against "
     "Israel.", HANIYEH, IRAN),
])
def test_what_a_killing_prompted_names_no_killer(shipped, text, victim, agent):
    assert (victim, agent) not in _rels(shipped, text, "ASSASSINATED_BY", "en")


@pytest.mark.parametrize("text, victim, agent", [
    ("Soleimani's assassination on Trump's orders in January 2020 prompted Iranian missile "
     "strikes on US bases.", SOLEIMANI, TRUMP),
    ("Soleimani's killing in a US drone strike in Baghdad prompted Iranian missile attacks.",
     SOLEIMANI, US),
    ("The killing of Nasrallah in an Israeli strike sparked protests across Lebanon.",
     NASRALLAH, ISRAEL),
])
def test_the_killer_before_the_consequence_stays(shipped, text, victim, agent):
    assert (victim, agent) in _rels(shipped, text, "ASSASSINATED_BY", "en")


# --- names ------------------------------------------------------------------------------

def test_rio_de_janeiro_is_a_place(shipped):
    text = ("The Secretary met with Egyptian Foreign Minister Sameh Shoukry on the margins of "
            "the G20 ministerial in Rio de Janeiro. The Secretary and Foreign Minister Shoukry "
            "discussed efforts to increase humanitarian assistance to Gaza.")
    assert "person:rio-de-janeiro" not in _ids(shipped, text)
    assert not any(SHOUKRY in p for p in _met(shipped, text))
