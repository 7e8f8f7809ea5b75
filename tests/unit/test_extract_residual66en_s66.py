"""Session 66 (residual66en): English meetings left in the new sets OS-PD, the ruler described
without his name.

- "the sultan", "the new sultan", "HM the Sultan" are descriptions of the ruler, as "the emir"
  and "the king" were: "held talks with the new sultan" is a meeting with the sultan the article
  named (``lexicon.EN_DESCRIPTION_TITLES``, read by ``title_phrase._title_at`` only after "the"
  or a qualifier and before no capitalised word, since "Sultan" before a name is as often a
  given name: "Sultan Al-Barakani", "Governor Sultan al-Arada" stay people of their own).
- "the new king / sultan / president" after "King X was sworn in (on January 11)" with no "as
  <office>" is X: the title before his name names the office taken
  (``desc_qualified._sworn_in_titled``, from ``_took_office_as``).
- The ruler sworn in before the loss in the sentence that tells it, "X was sworn in as sultan,
  hours after the death of Sultan Y", is the new ruler "the sultan" names afterwards, not the
  dead one (``desc_new_ruler.new_ruler``, ``_throne_taken_before``); the description's own words
  ("the new sultan") no longer count as a throne taken in its sentence (``_takes_throne``). Not
  "President X, who was sworn in last year, attended the funeral of Sultan Y".
- "the crown prince" five sentences after "Crown Prince X" is still X, the one heir the article
  titled so, as "the King" is (``coref_offices.article_crown_prince``, from ``coreference``):
  "Pompeo met the crown prince in NEOM" (AP); nobody when two crown princes were named, nor a
  former one.
- A capitalised run ending in "Castle" is a place ("consultations at Johannesberg Castle",
  "met ... at Hillsborough Castle"), no person met by everyone (``mention_runs_en._EN_PLACE_HEADS``;
  UN News, enOL1).
"""

import pytest

from tests.extract_support import entity_ids as _ids
from tests.extract_support import met_sorted as _met
from tests.extract_support import sorted_pair as _pair

HAITHAM, QABOOS, POMPEO, KERRY = ("person:haitham-bin-tariq", "person:qaboos-bin-said",
                                  "person:mike-pompeo", "person:john-kerry")
SALMAN, ABDULLAH, OBAMA = ("person:salman-bin-abdulaziz", "person:abdullah-bin-abdulaziz",
                           "person:barack-obama")
ROMANOWSKI, SUDANI = "person:alina-romanowski", "person:mohammed-shia-al-sudani"


# --- "the sultan" is a description of the ruler ------------------------------------------------

@pytest.mark.parametrize("text, ruler, guest", [
    ("Sultan Qaboos bin Said died on Friday. Haitham bin Tariq was sworn in as sultan on Saturday. "
     "US Secretary of State Mike Pompeo held talks with the new sultan.", HAITHAM, POMPEO),
    ("Sultan Qaboos bin Said died on Friday. Haitham bin Tariq was sworn in as sultan on Saturday. "
     "US Secretary of State Mike Pompeo met the sultan in Muscat.", HAITHAM, POMPEO),
    ("Sultan Qaboos bin Said died on Friday. Haitham bin Tariq was sworn in as sultan on Saturday. "
     "Pompeo returned in February 2020 and held talks with the new sultan.", HAITHAM, POMPEO),
    ("Sultan Qaboos bin Said received US Secretary of State John Kerry in Muscat. Kerry thanked "
     "the sultan for his mediation.", QABOOS, KERRY),
])
def test_the_sultan_is_the_ruler_named(shipped, text, ruler, guest):
    assert _pair(ruler, guest) in _met(shipped, text)


@pytest.mark.parametrize("text, person", [
    ("A day earlier, Al-Jaber met Sultan Al-Barakani, the speaker of Yemen's House of "
     "Representatives, in Riyadh to brief him on the talks.", "person:sultan-al-barakani"),
    ("In Marib, governor Sultan al-Arada offered to reopen the Marib-Sanaa road in return.",
     "person:sultan-al-arada"),
])
def test_sultan_before_a_name_is_still_a_given_name(rules_only, text, person):
    assert person in _ids(rules_only, text)


# --- "the new <ruler>" after "<Title> X was sworn in" ------------------------------------------

@pytest.mark.parametrize("text, ruler, guest", [
    ("King Salman bin Abdulaziz was sworn in on January 11. Secretary of State John Kerry met "
     "the new king.", SALMAN, KERRY),
    ("King Salman bin Abdulaziz was sworn in on January 11. John Kerry later met the new king in "
     "Riyadh.", SALMAN, KERRY),
    ("King Salman bin Abdulaziz was sworn in on January 11, hours after the death of King "
     "Abdullah bin Abdulaziz. Secretary of State John Kerry returned in February 2015 and held "
     "talks with the new king.", SALMAN, KERRY),
    ("Sultan Haitham bin Tariq was sworn in on January 11, hours after the death of Sultan Qaboos "
     "bin Said. Secretary of State Mike Pompeo held talks with the new sultan.", HAITHAM, POMPEO),
])
def test_the_new_ruler_is_the_titled_one_sworn_in(shipped, text, ruler, guest):
    met = _met(shipped, text)
    assert _pair(ruler, guest) in met
    assert not {p for p in met if ABDULLAH in p or QABOOS in p}


def test_the_new_prime_minister_after_taking_office_as_still_reads(rules_only):
    text = ("Mohammed Shia al-Sudani was sworn in as prime minister on Thursday. US Ambassador "
            "Alina Romanowski met the new prime minister on Sunday.")
    assert _pair(ROMANOWSKI, SUDANI) in _met(rules_only, text)


# --- the ruler sworn in before the loss in its own sentence ------------------------------------

@pytest.mark.parametrize("text", [
    "Haitham bin Tariq was sworn in as sultan on Saturday, hours after the death of Sultan Qaboos "
    "bin Said. Pompeo returned in February 2020 and held talks with the sultan.",
    "When Sultan Haitham bin Tariq was sworn in on January 11, 2020, hours after the death of "
    "Sultan Qaboos bin Said, the family deferred to the letter. Pompeo returned in February 2020 "
    "and held talks with the sultan.",
    "Sultan Haitham bin Tariq was sworn in on January 11, hours after the death of Sultan Qaboos "
    "bin Said. Secretary of State Mike Pompeo returned in February 2020 and held talks with the "
    "sultan.",
])
def test_the_sultan_after_the_loss_is_the_one_sworn_in(shipped, text):
    met = _met(shipped, text)
    assert _pair(HAITHAM, POMPEO) in met
    assert _pair(QABOOS, POMPEO) not in met


def test_a_head_sworn_in_long_before_a_rulers_funeral_is_no_new_ruler(shipped):
    text = ("US President Barack Obama, who was sworn in for a second term in 2013, attended the "
            "funeral of Sultan Qaboos bin Said. Later, Secretary of State John Kerry met the sultan "
            "in Muscat.")
    assert _pair(OBAMA, KERRY) not in _met(shipped, text)


# --- "the crown prince" sentences after the one heir named -------------------------------------

_FILLER = (" The talks covered trade. Officials said the visit went well. Oil prices rose. "
           "Markets were calm. ")


@pytest.mark.parametrize("text, heir, guest", [
    ("US Secretary of State Marco Rubio met with Crown Prince Mohammed bin Salman in Riyadh on "
     "Monday." + _FILLER + "Russian Foreign Minister Sergei Lavrov later met the crown prince at "
     "Diriyah Palace.", "person:mohammed-bin-salman", "person:sergei-lavrov"),
    ("Jordan's Crown Prince Hussein bin Abdullah received Iraqi Prime Minister Mohammed Shia "
     "al-Sudani in Amman on Sunday." + _FILLER + "Egyptian President Abdel Fattah el-Sisi later "
     "met the crown prince in Aqaba.", "person:hussein-bin-abdullah",
     "person:abdel-fattah-el-sisi"),
    ("Kuwait's Crown Prince Sheikh Mishal al-Ahmad al-Jaber al-Sabah received Iranian Foreign "
     "Minister Hossein Amir-Abdollahian on Sunday." + _FILLER + "Turkish Foreign Minister Mevlut "
     "Cavusoglu later met the crown prince.", "person:mishal-al-ahmad-al-jaber-al-sabah",
     "person:mevlut-cavusoglu"),
])
def test_the_crown_prince_sentences_on_is_the_one_heir(shipped, text, heir, guest):
    assert _pair(heir, guest) in _met(shipped, text)


@pytest.mark.parametrize("text", [
    "Crown Prince Mohammed bin Salman received Bahrain's Crown Prince Salman bin Hamad Al Khalifa "
    "in Riyadh." + _FILLER + "US envoy Jared Kushner later met the crown prince.",
    "Former Crown Prince Mohammed bin Nayef was detained in March." + _FILLER + "US envoy Jared "
    "Kushner later met the crown prince.",
])
def test_two_heirs_or_a_former_one_name_no_crown_prince(shipped, text):
    assert not {p for p in _met(shipped, text) if "person:jared-kushner" in p}


# --- "<Name> Castle" is a place -----------------------------------------------------------------

@pytest.mark.parametrize("text, place", [
    ("Secretary-General Antonio Guterres announced the deal at the close of a week of "
     "consultations at Johannesberg Castle in Rimbo, north of Stockholm.", "johannesberg-castle"),
    ("British Prime Minister Boris Johnson met Irish leaders at Hillsborough Castle.",
     "hillsborough-castle"),
    ("King Abdullah II received the envoy at Windsor Castle on Monday.", "windsor-castle"),
])
def test_a_run_ending_in_castle_is_no_person(shipped, text, place):
    ids = _ids(shipped, text)
    assert "person:" + place not in ids
    assert not {p for p in _met(shipped, text) if "person:" + place in p}
