"""A lone name word that the gazetteer gives to someone (or somewhere) only by a tolerant
key is the one person the article names in full with that very word as his last name
("From Jafari to Pakpour" in a headline, then "Mohammad Ali Jafari": no Ibrahim al-Jaafari;
"confirms Baghdadi's death", then "Abu Bakr al-Baghdadi": not the city).

The name steps read a bare word by its spelling-tolerant keys (a family name another known
person writes alike, a place whose relative adjective it is) before the article has said
whom it means. ``lone_word_of_named`` (after the article, with ``lone_spelt_known``) moves
a mention of one word to the person whose longer mention in the article ends with that
word, when exactly one person does, the entity it was read as is not named in full in the
article and the gazetteer does not list the word alone as one of that entity's names (an
exact lone name stays: "Trump" with "Eric Trump" is still decided by the older steps).
A word read as a place or a body is not moved when a lower-case word follows it without a
possessive or a subject's verb: it is then an adjective ("Baghdadi officials met ..." stays
the city's, whoever "Abu Bakr al-Baghdadi" is; "Baghdadi's death", "Baghdadi was killed"
still move).
Session 44 (link): the probe ``bench/probe_false_links.py`` counted these on dev.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from loaders.extract.mentions import Doc


def _full_named(doc: Doc) -> tuple[dict[str, set[str]], set[str]]:
    """Last word key -> people named by a longer name ending with it; ids named so."""
    toks = doc.toks
    last: dict[str, set[str]] = {}
    named: set[str] = set()
    for m in doc.ments:
        if m.kind == "name" and m.hi - m.lo >= 2:
            named.add(m.eid)
            if m.etype == "Person" and not toks[m.hi - 1].punct:
                last.setdefault(toks[m.hi - 1].key, set()).add(m.eid)
    return last, named


# lower-case words after a subject (a person slot), not nouns an adjective qualifies
_SUBJECT_NEXT = frozenset({"is", "was", "has", "had", "said", "says", "told", "added", "who",
                           "will", "would"})


def _adjective_use(toks: list, i: int) -> bool:
    """The Latin word at *i* (no possessive) runs into a lower-case word: a noun it qualifies."""
    t = toks[i]
    if t.ar or t.poss or i + 1 >= len(toks):
        return False
    nxt = toks[i + 1]
    return (not (nxt.ar or nxt.cap or nxt.punct) and nxt.text[:1].isalpha()
            and nxt.key not in _SUBJECT_NEXT)


def lone_word_of_named(doc: Doc) -> None:
    """See the module docstring."""
    ments = doc.ments
    if not any(m.hi - m.lo == 1 for m in ments):
        return
    toks = doc.toks
    exact = doc.gaz.exact
    entries = doc.gaz.entries
    last: dict[str, set[str]] | None = None
    named: set[str] = set()
    changed = False
    for m in ments:
        if m.kind != "name" or m.hi - m.lo != 1 or m.eid not in entries:
            continue
        if last is None:
            last, named = _full_named(doc)
            if not last:
                return
        key = toks[m.lo].key
        people = last.get(key)
        if not people or len(people) != 1 or m.eid in people or m.eid in named:
            continue
        if any(hit[0] == m.eid for hit in exact.get((key,), ())):
            continue  # the word alone is one of its listed names
        if m.etype != "Person" and _adjective_use(toks, m.lo):
            continue  # "Baghdadi officials": a place adjective, no person
        m.eid = next(iter(people))
        m.etype = "Person"
        changed = True
    if changed:
        doc.mentions_changed()
