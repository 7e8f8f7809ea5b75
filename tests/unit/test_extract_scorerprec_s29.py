"""Session 29, scorerprec: ``scorer_gates.person_owner``. A person named only as the owner of
another noun ("received Husham al-Hashimi's family", "took the post from Raisi's Mohammad
Hosseini") is no partner of another person for the scorer; the owner of a successor, a post,
a killing or a delegation stays a candidate. English only: the gate reads the possessive
"'s" (an Arabic construct state has no mark the tokens keep)."""

import pytest

from loaders.extract import scorer_candidates as sc
from loaders.extract.base import get_extractor
from loaders.extract.scored import ScoredExtractor
from loaders.extract.scorer_candidates import doc_candidates

_ALL = frozenset({"title", "intitle", "types", "owner", "powner", "unreal"})
_NO_POWNER = _ALL - {"powner"}

FAMILY_EN = ("Prime Minister Mustafa al-Kadhimi later received Husham al-Hashimi's family at "
             "his office in the presence of Interior Minister Othman al-Ghanimi.")
POST_FROM_EN = ("Shahram Dabiri, the vice-president for parliamentary affairs, took the post "
                "from Ebrahim Raisi's Mohammad Hosseini this month.")
SUCCESSOR_EN = "Hassan Nasrallah's successor Naim Qassem met Nabih Berri in Beirut."
DELEGATION_EN = ("Mohammed Al Jaber's delegation was received at Sanaa airport by Abdulmalik "
                 "al-Ajri.")


def _doc(text: str, lang: str):
    got = []

    class Capture(ScoredExtractor):
        def more_relations(self, doc, rels, lang):
            got.append((doc, list(rels), lang))
            return rels

    Capture(gazetteer=get_extractor("rules").gaz).extract(text, lang=lang)
    return got[0]


def _pairs(text: str, gates, monkeypatch) -> set[frozenset]:
    monkeypatch.setattr(sc, "GATES", frozenset(gates))
    doc, rels, lang = _doc(text, "en")
    return {frozenset((c.a.eid, c.b.eid))
            for _si, c in doc_candidates(doc, rels, lang, include_related=True)}


@pytest.mark.parametrize(("text", "pair"), [
    (FAMILY_EN, ("person:hisham-al-hashimi", "person:mustafa-al-kadhimi")),
    (POST_FROM_EN, ("person:ebrahim-raisi", "person:shahram-dabiri")),
])
def test_owner_of_another_noun_is_no_partner(text, pair, monkeypatch):
    assert frozenset(pair) in _pairs(text, _NO_POWNER, monkeypatch)  # a candidate without
    assert frozenset(pair) not in _pairs(text, _ALL, monkeypatch)


@pytest.mark.parametrize(("text", "pair"), [
    (SUCCESSOR_EN, ("person:hassan-nasrallah", "person:naim-qassem")),
    (DELEGATION_EN, ("person:abdulmalik-al-ajri", "person:mohammed-al-jaber")),
])
def test_owner_of_a_successor_or_delegation_stays(text, pair, monkeypatch):
    assert frozenset(pair) in _pairs(text, _ALL, monkeypatch)


def test_scorer_does_not_pair_the_family_owner():
    got = get_extractor("rules+scorer").extract(FAMILY_EN, lang="en")
    pairs = {frozenset((r["source"], r["target"])) for r in got["relations"]
             if r["type"] == "MET_WITH"}
    assert frozenset(("person:hisham-al-hashimi", "person:mustafa-al-kadhimi")) not in pairs
