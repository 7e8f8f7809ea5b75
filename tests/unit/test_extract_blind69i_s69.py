"""Session 69 (blind69i): fixes after the first contact of blind set SG-SH (the Maghreb 1992-2024,
written blind: Boudiaf, Bouteflika, Bensalah and Tebboune; Mohammed VI; Tunisia from Ben Ali to
Kais Saied), each read in several paraphrases of other outlets and people.

- Names, English: a Maghrebi or West African foreign minister's whole portfolio after "Minister of
  Foreign Affairs," ("Morocco's Minister of Foreign Affairs, African Cooperation and Moroccan
  Expatriates, Nasser Bourita", "..., Migration and Tunisians Abroad, Nabil Ammar") is no person:
  a capitalised run up to the next comma that holds a portfolio's tail word ("Abroad",
  "Expatriates", "Emigrants") is the portfolio going on, and the holder's name follows it
  (``portfolio_tail_en``, read by ``title_holders._name_start`` and ``bodies``). The guest then
  meets the minister only, and the minister leads his ministry.
"""

import pytest

from tests.extract_support import entity_ids as _ids
from tests.extract_support import met_sorted as _met
from tests.extract_support import sorted_pair as _pair

POMPEO, BOURITA = "person:mike-pompeo", "person:nasser-bourita"
BLINKEN, AMMAR = "person:antony-blinken", "person:nabil-ammar"
LAVROV, ATTAF = "person:sergei-lavrov", "person:ahmed-attaf"
SISI = "person:abdel-fattah-el-sisi"
GUTERRES = "person:antonio-guterres"


@pytest.mark.parametrize("text, guest, minister, stray", [
    ("US Secretary of State Mike Pompeo held talks on Thursday in Rabat with Morocco's Minister of "
     "Foreign Affairs, African Cooperation and Moroccan Expatriates, Naser Bourita, on regional "
     "security.", POMPEO, BOURITA, "cooperation"),
    ("Pompeo met Morocco's Minister of Foreign Affairs, African Cooperation and Moroccan "
     "Expatriates, Nasser Bourita.", POMPEO, BOURITA, "cooperation"),
    ("Blinken met Tunisia's Minister of Foreign Affairs, Migration and Tunisians Abroad, Nabil "
     "Ammar, in Washington.", BLINKEN, AMMAR, "migration"),
    ("Lavrov received Algeria's Minister of Foreign Affairs, National Community Abroad and African "
     "Affairs, Ahmed Attaf, in Moscow.", LAVROV, ATTAF, "community"),
    ("Sisi received Senegal's Minister of Foreign Affairs, African Integration and Senegalese "
     "Abroad, Yassine Fall, in Cairo.", SISI, None, "integration"),
    ("Lavrov met the Minister of Foreign Affairs, African Integration and Senegalese Abroad, Yassine "
     "Fall, in Moscow.", LAVROV, None, "integration"),
])
def test_a_maghrebi_portfolio_after_the_comma_is_no_person(shipped, text, guest, minister, stray):
    ids = _ids(shipped, text, "en")
    assert not any(i.startswith("person:") and stray in i for i in ids)
    met = _met(shipped, text, "en")
    people = {p for pair in met for p in pair}
    assert not any(stray in p for p in people)
    if minister:
        assert met == {_pair(guest, minister)}
    else:
        assert len(met) == 1 and guest in next(iter(met))


@pytest.mark.parametrize("text, pairs", [
    # a plain apposition after the portfolio: the name itself
    ("Guterres met Morocco's Minister of Foreign Affairs, Naser Bourita, in New York.",
     {(GUTERRES, BOURITA)}),
    # no portfolio tail: a list of two people after the title is read as before
    ("Blinken met Tunisia's Minister of Foreign Affairs, Nabil Ammar, in Washington on Monday.",
     {(BLINKEN, AMMAR)}),
])
def test_a_name_after_the_comma_is_still_the_holder(shipped, text, pairs):
    assert _met(shipped, text, "en") == {_pair(a, b) for a, b in pairs}
