"""Session 17: nationality adjectives of countries outside the region come from one table, so
"the Swedish diplomat" is no Iranian minister named before it."""

from __future__ import annotations

import pytest

from loaders.extract import lexicon as L
from tests.extract_support import MW, assert_relations

GRUNDBERG, ARAGHCHI = "person:hans-grundberg", "person:abbas-araghchi"
ALBUSAIDI, LAVROV = "person:badr-albusaidi", "person:sergei-lavrov"


@pytest.mark.parametrize("adj,country", [("swedish", "country:sweden"),
                                         ("norwegian", "country:norway"),
                                         ("japanese", "country:japan"),
                                         ("canadian", "country:canada"),
                                         ("iranian", "country:iran")])
def test_common_nationalities_known(adj: str, country: str) -> None:
    assert L.NATIONALITY[adj] == country


@pytest.mark.parametrize("text,must,must_not", [
    ("Hans Grundberg met Abbas Araghchi in Muscat. The Swedish diplomat also met Oman's "
     "foreign minister Badr Albusaidi.", [MW(GRUNDBERG, ALBUSAIDI)], [MW(ARAGHCHI, ALBUSAIDI)]),
    ("Abbas Araghchi received Hans Grundberg in Tehran. The Norwegian diplomat later met "
     "Sergei Lavrov.", [], [MW(ARAGHCHI, LAVROV)]),
])
def test_foreign_description_is_not_the_iranian(ex, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang="en"), text, must, must_not)
