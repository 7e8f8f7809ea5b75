"""Latin names with the article glued on ("Almuhandis", "Almaliki", "Alsudani"), session 16:
the known person, not a new node. Our own sentences, not taken from any dev set."""

import pytest

from tests.extract_support import MW, assert_relations
from tests.extract_support import entity_ids as _ids

MUHANDIS, AMIRI = "person:abu-mahdi-al-muhandis", "person:hadi-al-amiri"
SUDANI, MALIKI = "person:mohammed-shia-al-sudani", "person:nouri-al-maliki"


@pytest.mark.parametrize("text,want", [
    ("PMF deputy head Abu Mahdi Almuhandis met Hadi Alamiri in Baghdad.", {MUHANDIS, AMIRI}),
    ("Mohammed Shia Alsudani met Nouri Almaliki in Baghdad. Almaliki said the talks went "
     "well.", {SUDANI, MALIKI}),
    ("Nouri Almaliki was received by Prime Minister Mohammed Shia Alsudani on Sunday.",
     {SUDANI, MALIKI}),
])
def test_glued_article_is_known_person(ex, text, want):
    ids = _ids(ex, text)
    assert want <= ids, ids
    assert not [i for i in ids if any(g in i for g in ("almuhandis", "alamiri", "alsudani",
                                                         "almaliki"))], ids


def test_glued_article_meeting(ex):
    assert_relations(ex.extract("Mohammed Shia Alsudani met Nouri Almaliki in Baghdad.",
                                lang="en"), "glued", [MW(SUDANI, MALIKI)], [])


@pytest.mark.parametrize("text", [
    "Already the talks had ended. Almost everyone agreed, Alexander said.",
    "Ali Allawi met Alina Romanowski in Baghdad.",
])
def test_ordinary_al_words(ex, text):
    ids = _ids(ex, text)
    assert MALIKI not in ids and SUDANI not in ids and MUHANDIS not in ids
