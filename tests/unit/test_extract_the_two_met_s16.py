""""The two" of a meeting sentence is the pair that met before, not the last two people named
(attendees, companions); nothing when more than one pair met (session 16). Our own sentences.
Session 27 (meet27): the attendees of one meeting met each other (the annotation brief since
session 24, ``meeting_co_attendees``), so their pair is now expected; "the two" still gives the
principals' pair."""

import pytest

from tests.extract_support import MW, assert_relations

ERDOGAN, SHARAA = "person:recep-tayyip-erdogan", "person:ahmed-al-sharaa"
FIDAN, SHAIBANI = "person:hakan-fidan", "person:asaad-al-shaibani"
SUDANI, ARAGHCHI = "person:mohammed-shia-al-sudani", "person:abbas-araghchi"
FUAD, MBS = "person:fuad-hussein", "person:mohammed-bin-salman"
FAISAL = "person:faisal-bin-farhan"


@pytest.mark.parametrize("text,lang,must,must_not", [
    ("Turkish President Recep Tayyip Erdogan met Syrian President Ahmed al-Sharaa in Ankara on "
     "Tuesday. Foreign ministers Hakan Fidan and Asaad al-Shaibani also attended. The two "
     "leaders held a closed session.", "en", [MW(ERDOGAN, SHARAA), MW(FIDAN, SHAIBANI)], []),
    ("Saudi Crown Prince Mohammed bin Salman received Iraqi Prime Minister Mohammed Shia "
     "al-Sudani in Riyadh on Sunday. Also present were Fuad Hussein and Faisal bin Farhan. "
     "The two discussed oil prices.", "en", [MW(MBS, SUDANI), MW(FUAD, FAISAL)], []),
    ("استقبل رئيس الوزراء العراقي محمد شياع السوداني وزير الخارجية الإيراني عباس عراقجي في "
     "بغداد. وحضر اللقاء وزير الخارجية فؤاد حسين ووزير الخارجية التركي هاكان فيدان. وبحث "
     "الجانبان العلاقات الثنائية.", "ar", [MW(SUDANI, ARAGHCHI), MW(FUAD, FIDAN)], []),
])
def test_the_two_are_the_pair_that_met(ex, text, lang, must, must_not):
    assert_relations(ex.extract(text, lang=lang), text[:40], must, must_not)


def test_ambiguous_pair_gives_nothing(ex):
    text = ("Saudi Crown Prince Mohammed bin Salman received Iraqi Prime Minister Mohammed Shia "
            "al-Sudani and Syrian President Ahmed al-Sharaa in Riyadh. Fuad Hussein and Faisal "
            "bin Farhan attended. The two leaders held talks.")
    assert_relations(ex.extract(text, lang="en"), "ambiguous", [MW(MBS, SUDANI)],
                     [MW(FUAD, FAISAL)])


@pytest.mark.parametrize("text,lang,must", [
    # the list is one side of the meeting: "the two" is that list
    ("Hakan Fidan and Asaad al-Shaibani held talks with Fuad Hussein in Baghdad. The two "
     "ministers also met Mohammed Shia al-Sudani.", "en",
     [MW(FIDAN, SUDANI), MW(SHAIBANI, SUDANI)]),
    ("Fuad Hussein met Hakan Fidan in Baghdad. The two discussed water.", "en",
     [MW(FUAD, FIDAN)]),
])
def test_list_of_the_meeting_stays(ex, text, lang, must):
    assert_relations(ex.extract(text, lang=lang), text[:40], must, [])


def test_a_possessive_is_no_one_named_before_the_two(ex):
    # "Fidan's office said the two ...": the pair that met, not the attendees
    text = ("Hakan Fidan met Asaad al-Shaibani in Ankara. Fuad Hussein and Abbas Araghchi also "
            "attended. Fidan's office said the two discussed water.")
    assert_relations(ex.extract(text, lang="en"), "possessive",
                     [MW(FIDAN, SHAIBANI), MW(FUAD, ARAGHCHI)], [])
