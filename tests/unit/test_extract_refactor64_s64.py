"""Session 64 (refactor64): cases for two guards of session-63 modules that no unit case and no
dev piece reached (a tracer over dev and over the session-63 test files showed the lines never
run); the readings are unchanged, these cases pin them.

- ``kill_wounded_died._strike_agent``: the agent of the strike named after "by" ("wounded in a
  strike by the Israeli army ... and later died"), not only by a nationality before the strike
  noun; nothing when the strike has no agent or the wounded man survived.
- ``monarch_state_refs._royal_of``: "the Saudi king" / «العاهل السعودي» with no king named
  before is the reigning one only when the article gives no year before his accession ("In 2014,
  the Saudi king ...": maybe his predecessor), in both languages.
"""

import pytest

from tests.extract_support import met_sorted, relation_pairs

IDF = "organization:israel-defense-forces"
SALMAN, ABDULLAH_II = "person:salman-bin-abdulaziz", "person:abdullah-ii"
ABADI, ABDUL_MAHDI = "person:haider-al-abadi", "person:adil-abdul-mahdi"
SUDANI = "person:mohammed-shia-al-sudani"


@pytest.mark.parametrize("text, victim", [
    ("Marwan Issa was critically wounded in a strike by the Israeli army in Nuseirat and later "
     "died of his wounds.", "person:marwan-issa"),
    ("Saleh al-Arouri was seriously injured in a raid by the IDF on Beirut and died hours later.",
     "person:saleh-al-arouri"),
    ("Fuad Shukr was gravely wounded in an airstrike by the Israeli military in Beirut and later "
     "succumbed to his wounds.", "person:fuad-shukr"),
])
def test_wounded_in_a_strike_by_an_agent_then_died(shipped, text, victim):
    assert (victim, IDF) in relation_pairs(shipped, text, "ASSASSINATED_BY", "en")


@pytest.mark.parametrize("text", [
    "Marwan Issa was critically wounded in a strike in Nuseirat and later died of his wounds.",
    "Marwan Issa was critically wounded in a strike by the Israeli army in Nuseirat but "
    "survived.",
    "Saleh al-Arouri was seriously injured in a raid by the IDF on Beirut. He recovered weeks "
    "later.",
])
def test_no_killing_without_an_agent_or_a_death(shipped, text):
    assert relation_pairs(shipped, text, "ASSASSINATED_BY", "en") == set()


@pytest.mark.parametrize("text, lang, absent", [
    ("In 2014, the Saudi king received Iraqi Prime Minister Haider al-Abadi in Riyadh.", "en",
     (ABADI, SALMAN)),
    ("The Saudi king received Iraqi Prime Minister Haider al-Abadi in Riyadh in 2014.", "en",
     (ABADI, SALMAN)),
    ("في عام 2014، استقبل العاهل السعودي رئيس الوزراء العراقي حيدر العبادي في الرياض.", "ar",
     (ABADI, SALMAN)),
    ("In 1998, the Jordanian monarch received Iraqi Prime Minister Mohammed Shia al-Sudani in "
     "Amman.", "en", (ABDULLAH_II, SUDANI)),
])
def test_no_reigning_monarch_before_his_accession(shipped, text, lang, absent):
    assert absent not in met_sorted(shipped, text, lang)


@pytest.mark.parametrize("text, lang, pair", [
    ("In 2019, the Saudi king received Iraqi Prime Minister Adel Abdul Mahdi in Riyadh.", "en",
     (ABDUL_MAHDI, SALMAN)),
    ("في عام 2019، استقبل العاهل السعودي رئيس الوزراء العراقي عادل عبد المهدي في الرياض.", "ar",
     (ABDUL_MAHDI, SALMAN)),
    ("The Jordanian monarch received Iraqi Prime Minister Mohammed Shia al-Sudani in Amman in "
     "2023.", "en", (ABDULLAH_II, SUDANI)),
])
def test_the_reigning_monarch_after_his_accession(shipped, text, lang, pair):
    assert pair in met_sorted(shipped, text, lang)
