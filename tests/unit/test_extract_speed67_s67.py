"""Session 67 (speed67): the spelling-tolerant look-ups of known people cached per name,
output unchanged (``gazetteer_fuzzy.FuzzyNames``).

- ``_respelt_ranked``: the eight readings of a name of two words or more that
  ``_fuzzy_ranked`` does not find ("Asaad al-Chaibani" with "ch" as "sh", "Ali Laridjani",
  "Adil Abdelmahdi", "Kadim Alfartousi", "Khalil al-Hayyeh", "Javad Zarif" without
  "Mohammad", «هانس غروندبرج» with ج as غ, «كاظم آل صادق»), run once per name, not at
  every mention;
- ``_family_alike``: ``named_family``'s test of one person the article named, cached per
  word and person ("Barazani" after "Masrour Barzani"); the article's own people (*prefer*)
  are still read per call;
- ``_spelt_near``: a lone Latin word written nearly as a known person's word, cached.
"""

from __future__ import annotations

import pytest

from loaders.textnorm import core_tokens

_PERSON = ("Person",)

_RESPELT = [
    ("Asaad al-Chaibani", "person:asaad-al-shaibani"),
    ("Ali Laridjani", "person:ali-larijani"),
    ("Adil Abdelmahdi", "person:adil-abdul-mahdi"),
    ("Kadim Alfartousi", "person:kadhim-al-fartousi"),
    ("Khalil al-Hayyeh", "person:khalil-al-hayya"),
    ("Bagher Ghalibaf", "person:mohammad-bagher-ghalibaf"),
    ("هانس غروندبرج", "person:hans-grundberg"),
    ("كاظم آل صادق", "person:mohammad-kazem-al-e-sadegh"),
    ("مولود جاويش أوجلو", "person:mevlut-cavusoglu"),
    ("Zorblax Quimby", None),  # no one
    ("Mehmet Fidan", None),  # a Turkish given name, but no known Mehmet / Ahmed Fidan
]


def _chain(gaz, toks: tuple[str, ...]) -> tuple:
    """The readings in their order, as ``fuzzy_person`` ran them before the cache."""
    return gaz._french_ch(toks, _PERSON) or gaz._french_dj(toks, _PERSON) or \
        gaz._given_variant(toks, _PERSON) or gaz._jim_as_g(toks, _PERSON) or \
        gaz._abd_split(toks, _PERSON) or gaz._glued_article(toks, _PERSON) or \
        gaz._eh_ending(toks, _PERSON) or gaz._persian_first_left_out(toks, _PERSON)


@pytest.mark.parametrize("name,eid", _RESPELT)
def test_respelt_readings_cached_as_the_chain(ex, name, eid):
    gaz = ex.gaz
    toks = tuple(core_tokens(name))
    assert gaz._respelt_ranked(toks, _PERSON) == _chain(gaz, toks)
    assert gaz._respelt_ranked(toks, _PERSON) == _chain(gaz, toks)  # (from the cache)
    assert gaz.fuzzy_person(list(toks)) == eid
    assert gaz.fuzzy_person(list(toks)) == eid  # the second mention: the same person


@pytest.mark.parametrize("prefer,want", [
    ({"person:masrour-barzani"}, ["person:masrour-barzani"]),
    ({"person:masoud-barzani"}, ["person:masoud-barzani"]),
    ({"person:nechirvan-barzani"}, ["person:nechirvan-barzani"]),
    ({"person:hakan-fidan"}, []),  # no Barzani named in the article
    (set(), []),
])
def test_named_family_reads_each_articles_people(ex, prefer, want):
    gaz = ex.gaz
    for _ in range(2):  # (the second call from the cache)
        assert gaz.named_family("barazani", prefer) == want


def test_named_family_two_named_both(ex):
    gaz = ex.gaz
    both = {"person:masoud-barzani", "person:masrour-barzani"}
    got = gaz.named_family("barazani", both)
    assert got == sorted(both)
    # the cached test equals the uncached one, person by person
    for eid in ("person:masoud-barzani", "person:hakan-fidan", "person:no-such-one"):
        assert gaz._family_alike("barazani", eid, _PERSON) == \
            type(gaz)._family_alike.__wrapped__(gaz, "barazani", eid, _PERSON)


def _people(doc: dict) -> dict[str, list]:
    return {e["id"]: e["mentions"] for e in doc["entities"] if e["type"] == "Person"}


@pytest.mark.parametrize("text,eid,n", [
    ("Masrour Barzani met Hakan Fidan in Ankara. Barazani later flew home.",
     "person:masrour-barzani", 2),
    ("Nechirvan Barzani met Hakan Fidan in Ankara. Barazani later flew home.",
     "person:nechirvan-barzani", 2),
    ("Masoud Barzani received Hakan Fidan in Erbil. Barazani later flew home.",
     "person:masoud-barzani", 2),
    ("Le Drian received Assaad Chaibani in Paris. Chaibani then met Ali Laridjani.",
     "person:asaad-al-shaibani", 2),
])
def test_family_word_alone_is_the_one_each_article_named(ex, text, eid, n):
    """One after the other (the caches warm): each article's lone family word is its own
    person, not the one the article before named."""
    first = ex.extract(text, lang="en")
    assert len(_people(first)[eid]) == n, _people(first)
    again = ex.extract(text, lang="en")
    assert again["entities"] == first["entities"]
    assert again["relations"] == first["relations"]


@pytest.mark.parametrize("text,eid", [
    ("التقى المبعوث الأممي هانس غروندبرج وزير الخارجية اليمني في عدن.", "person:hans-grundberg"),
    ("واستقبل رئيس مجلس النواب كاظم آل صادق في بغداد.", "person:mohammad-kazem-al-e-sadegh"),
])
def test_arabic_respelt_name_twice(ex, text, eid):
    first = ex.extract(text, lang="ar")
    assert eid in _people(first), _people(first)
    again = ex.extract(text, lang="ar")
    assert again["entities"] == first["entities"]
    assert again["relations"] == first["relations"]
