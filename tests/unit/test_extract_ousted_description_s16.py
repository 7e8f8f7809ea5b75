""""the ousted / deposed / toppled X" is an old holder: it is no person the article named as
serving in another title ("Defense Minister Y"), while "the ousted premier" still is the
premier named before (session 16). Our own sentences."""

import pytest

from tests.extract_support import SO, assert_relations

GULER, SHARAA, FIDAN = "person:yasar-guler", "person:ahmed-al-sharaa", "person:hakan-fidan"


@pytest.mark.parametrize("text,not_pair", [
    ("Defense Minister Yasar Guler spoke on Monday. Ahmed al-Sharaa was named president, "
     "replacing the ousted leader.", SO(SHARAA, GULER)),
    ("Defense Minister Yasar Guler spoke on Monday. Al-Sharaa was named president last week by "
     "the commanders who toppled Bashar al-Assad, replacing the ousted leader.",
     SO(SHARAA, GULER)),
    ("Foreign Minister Hakan Fidan arrived in Damascus. Ahmed al-Sharaa took office in January, "
     "replacing the deposed ruler.", SO(SHARAA, FIDAN)),
])
def test_ousted_is_no_serving_minister(ex, text, not_pair):
    assert_relations(ex.extract(text, lang="en"), text, [], [not_pair])


def test_ousted_premier_is_the_premier(ex):
    text = ("Prime Minister Adil Abdul-Mahdi resigned in November. Mustafa al-Kadhimi took office "
            "in May, replacing the ousted premier.")
    assert_relations(ex.extract(text, lang="en"), text,
                     [SO("person:mustafa-al-kadhimi", "person:adil-abdul-mahdi")], [])
