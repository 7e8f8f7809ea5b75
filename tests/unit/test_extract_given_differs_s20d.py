"""A new person with a known person's family name but another given name is not him
(session 20, ``given_alike`` in ``FuzzyNames._fuzzy_ranked``): "Sumaya Hassan" / "سمية الحسن"
is no Wissam al-Hassan, "Huda al-Amiri" no Hadi al-Amiri. The known people still resolve
under their usual spellings and with an honorific before the given name ("Seyyed ...").
Our own names and sentences, not taken from any dev set."""

import pytest

from loaders.extract.gazetteer import load_gazetteer
from loaders.extract.given_alike import given_differs, word_alike
from loaders.textnorm import core_tokens
from tests.extract_support import people_and_core_relations

WISSAM, AMIRI = "person:wissam-al-hassan", "person:hadi-al-amiri"
NASRALLAH, SOLEIMANI = "person:hassan-nasrallah", "person:qasem-soleimani"


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


@pytest.mark.parametrize("surface", ["Sumaya Hassan", "سمية الحسن", "Asma Hassan",
                                     "Huda al-Amiri"])
def test_other_given_name_is_another_person(gaz, surface):
    assert gaz.fuzzy_person(core_tokens(surface), set()) is None, surface


@pytest.mark.parametrize("surface, eid", [
    ("Wisam Hassan", WISSAM), ("وسام الحسن", WISSAM), ("Hadi al-Ameri", AMIRI),
    ("هادي العامري", AMIRI), ("Qasim Suleimani", SOLEIMANI), ("قاسم سليماني", SOLEIMANI),
    ("Seyyed Hasan Nasrallah", NASRALLAH)])
def test_known_people_still_resolve(gaz, surface, eid):
    assert gaz.fuzzy_person(core_tokens(surface), set()) == eid, surface


def test_word_alike():
    assert word_alike("qasem", "qassim") and word_alike("عبد", "عبدالله")
    assert not word_alike("sumaya", "wissam")
    assert not given_differs("seyyed", frozenset({"hassan"}))
    assert not given_differs("zaid", frozenset())


@pytest.mark.parametrize("lang, text, new", [
    ("en", "Sudanese activist Sumaya Hassan met Lebanese officials in Beirut on Friday.",
     "Sumaya Hassan"),
    ("ar", "وقالت الوزيرة السودانية سمية الحسن إن المحادثات في بيروت كانت مثمرة.",
     "سمية الحسن"),
])
def test_new_person_not_linked_in_text(ex, lang, text, new):
    people, _ = people_and_core_relations(ex, text, lang)
    assert WISSAM not in people
    assert any(new in s for surfaces in people.values() for s in surfaces), people


POMPEO, MILLEY = "person:mike-pompeo", "person:mark-milley"


@pytest.mark.parametrize("lang, text, known", [
    ("en", "Peruvian Defence Minister Milley received Chilean Foreign Minister Pompeo in Lima "
     "on Tuesday.", (MILLEY, POMPEO)),
    ("en", "Colombian General Austin met Venezuelan officials in Caracas.",
     ("person:lloyd-austin",)),
    ("ar", "استقبل وزير الخارجية التشيلي بومبيو نظيره البيروفي في ليما.", (POMPEO,)),
    ("ar", "وزار وزير الدفاع البيروفي ميلي العاصمة التشيلية.", (MILLEY,)),
])
def test_title_of_other_nationality_is_another_person(ex, lang, text, known):
    people, _ = people_and_core_relations(ex, text, lang)
    assert people and not set(known) & set(people), people


@pytest.mark.parametrize("lang, text, known", [
    ("en", "US Secretary of State Pompeo met Peruvian officials in Lima.", POMPEO),
    ("en", "American General Milley met Iraqi officials in Baghdad.", MILLEY),
    ("en", "Mark Milley flew to Lima. Peruvian officials said General Milley met them.", MILLEY),
])
def test_title_of_own_nationality_keeps_him(ex, lang, text, known):
    people, _ = people_and_core_relations(ex, text, lang)
    assert known in people, people


def test_later_bare_name_is_the_new_person(ex):
    # the bare surname later is the new person named by title, not the known one
    text = ("Argentine President Milei arrived in Brasilia on Monday. Lula met Milei at the "
            "palace.")
    people, core = people_and_core_relations(ex, text, "en")
    assert MILLEY not in people and len(people) == 2, people
    assert len(core) == 1, core


def test_later_bare_name_of_a_named_known_person(ex):
    people, _ = people_and_core_relations(ex, "Mark Milley arrived. Milley met Sudani.", "en")
    assert people[MILLEY] == ["Mark Milley", "Milley"]
