"""Helpers shared by the extraction unit tests."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

Triple = tuple[str, str, str]


def norm(trip: Triple) -> Triple:
    """A (type, source, target) triple with MET_WITH (symmetric) in canonical order."""
    typ, s, t = trip
    if typ == "MET_WITH" and t < s:
        s, t = t, s
    return (typ, s, t)


def rels(doc: dict[str, Any]) -> set[Triple]:
    """The relations of an extracted article as a set of canonical triples."""
    return {norm((r["type"], r["source"], r["target"])) for r in doc["relations"]}


def relation_pairs(extractor: Any, text: str, rtype: str, lang: str) -> set[tuple[str, str]]:
    """The (source, target) pairs of the relations of type *rtype* the extractor reads in
    *text*."""
    return {(r["source"], r["target"]) for r in extractor.extract(text, lang=lang)["relations"]
            if r["type"] == rtype}


def sorted_pair(a: str, b: str) -> tuple[str, str]:
    """A MET_WITH pair in canonical order (the relation has no direction)."""
    return (a, b) if a <= b else (b, a)


def met_sorted(extractor: Any, text: str, lang: str = "en") -> set[tuple[str, str]]:
    """The MET_WITH pairs the extractor reads in *text*, each as a :func:`sorted_pair`."""
    return {sorted_pair(*p) for p in relation_pairs(extractor, text, "MET_WITH", lang)}


def entity_ids(extractor: Any, text: str, lang: str = "en") -> set[str]:
    """The ids of the entities the extractor reads in *text*."""
    return {e["id"] for e in extractor.extract(text, lang=lang)["entities"]}


def met_pairs(doc: dict[str, Any]) -> set[frozenset[str]]:
    """The MET_WITH pairs of an extracted article, each as a frozenset of the two ids."""
    return {frozenset((r["source"], r["target"])) for r in doc["relations"]
            if r["type"] == "MET_WITH"}


def skeleton_key(trip: Triple) -> Triple:
    """A triple whose ids are compared by spelling skeleton, as ``python -m loaders evaluate``
    does for people new to the gazetteer (``kinith-maknazi`` ~ ``kenneth-mckenzie``)."""
    from loaders.extract.evaluate import _slug_skeleton

    typ, s, t = trip
    a, b = _slug_skeleton(s), _slug_skeleton(t)
    if typ == "MET_WITH" and b < a:
        a, b = b, a
    return (typ, a, b)


def MW(a: str, b: str) -> Triple:
    """A MET_WITH triple."""
    return ("MET_WITH", a, b)


def AB(victim: str, agent: str) -> Triple:
    """An ASSASSINATED_BY triple (victim -> perpetrator)."""
    return ("ASSASSINATED_BY", victim, agent)


def SO(new: str, old: str) -> Triple:
    """A SUCCESSOR_OF triple (successor -> predecessor)."""
    return ("SUCCESSOR_OF", new, old)


def assert_relations(doc: dict[str, Any], name: str, must: list[Triple],
                     must_not: list[Triple]) -> None:
    """Every triple of ``must`` is extracted and none of ``must_not`` (ids by skeleton)."""
    got = {skeleton_key((r["type"], r["source"], r["target"])) for r in doc["relations"]}
    for trip in must:
        assert skeleton_key(trip) in got, f"{name}: missing {trip}; got {sorted(got)}"
    for trip in must_not:
        assert skeleton_key(trip) not in got, f"{name}: must not produce {trip}"


CORE = ("MET_WITH", "SUCCESSOR_OF", "ASSASSINATED_BY")


def people_and_core_relations(extractor: Any, text: str,
                              lang: str) -> tuple[dict[str, list[str]], set[Triple]]:
    """Extract `text`: each person id with the surfaces it was found as, and the core
    (type, source, target) triples as extracted (MET_WITH not reordered)."""
    doc = extractor.extract(text, lang=lang)
    people = {e["id"]: [text[a:b] for a, b in e.get("mentions") or []]
              for e in doc["entities"] if e["type"] == "Person"}
    core = {(r["type"], r["source"], r["target"]) for r in doc["relations"] if r["type"] in CORE}
    return people, core


def person_surfaces(doc: dict[str, Any], text: str) -> dict[str, str]:
    """Surface -> id of every person mention of an extracted article."""
    return {text[a:b]: e["id"] for e in doc["entities"] if e["type"] == "Person"
            for a, b in e.get("mentions") or []}


def doc_of(text: str, gaz: Any) -> Any:
    """The tokenised ``Doc`` of *text* before mention finding, with gazetteer *gaz*."""
    from loaders.extract.mentions import Doc
    from loaders.extract.tokens import split_sentences, tokenize

    toks = tokenize(text)
    return Doc(text, toks, split_sentences(text, toks), gaz)


def named_surfaces(text: str, extracted: dict[str, Any]) -> dict[str, list[str]]:
    """Entity id -> the surfaces of *text* that name it in the extracted article."""
    return {e["id"]: [text[a:b] for a, b in e.get("mentions") or []]
            for e in extracted["entities"]}  # (a body named by a title only has none)


def scorer_inputs(texts: Iterable[tuple[str, str]]) -> list[tuple[Any, list, str]]:
    """What the relation scorer is given for each (text, lang): the analysed article, the
    rules' relations and the language, from one extractor over all the texts."""
    from loaders.extract.base import get_extractor
    from loaders.extract.scored import ScoredExtractor

    got: list[tuple[Any, list, str]] = []

    class Capture(ScoredExtractor):
        def more_relations(self, doc, rels, lang):  # type: ignore[no-untyped-def]
            got.append((doc, list(rels), lang))
            return rels

    ex = Capture(gazetteer=get_extractor("rules").gaz)
    for text, lang in texts:
        ex.extract(text, lang=lang)
    return got
