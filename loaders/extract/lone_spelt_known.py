"""A lone Latin word that only sounds like a known person's name word, his only mention in
the article, is not that person when the article shows whom or what it names: the one
person whose longer name ends in that very word ("SDF chief Abdi" in a headline, then
"Mazlum Abdi": no Kazem Gharibabadi), the person named right before it in quotes (a
nickname: 'Mohamed Hamdan Daglo "Hemeti"', no Abdolnaser Hemmati), or a place after "the"
or a place preposition ("from The Hague": no Charles Hage; "in Mandalay").

The spelling-tolerant lookup (``FuzzyNames.fuzzy_person``) takes a lone Latin word for a
known person written nearly so ("Soleymani", "Kadhemi"), also when the article names him
nowhere else ("Iraqi officials said Kathimi met ...": kept). ``lone_spelt_known`` (after
the article, before ``surname_first.lone_surname_first``) looks only at a mention of one
bare Latin word (not "al-Sudany": the article marks an Arabic family name) read as a known
person none of whose names holds that word as written, his only mention in the article:
it goes to the person above, or, after "the" or a place preposition, is dropped.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.textnorm import core_tokens

if TYPE_CHECKING:
    from loaders.extract.mention_core import Mention
    from loaders.extract.mentions import Doc


_QUOTES = frozenset({'"', "\u201c", "'", "\u2018", "\u00ab"})
# words before a place name: "The Hague", "from / to / in Mandalay"
_PLACE_BEFORE = frozenset({"the", "in", "to", "from", "near", "at", "into", "via", "toward",
                           "towards", "outside", "around", "across", "for"})


def _spelt_only(doc: Doc, m: Mention) -> bool:
    """Is *m* a lone Latin name word read as a known person none of whose names holds it?"""
    if m.etype != "Person" or m.kind != "name" or m.hi - m.lo != 1:
        return False  # (with its article, "al-Sudany", an Arabic family name: kept)
    toks = doc.toks
    t = toks[m.lo]
    if t.ar or t.punct or (m.lo >= 2 and toks[m.lo - 1].text == "-" and
                           toks[m.lo - 2].key in ("al", "el")):
        return False
    e = doc.gaz.entries.get(m.eid)
    if e is None:
        return False
    words = {w for n in e.all_names() for w in core_tokens(n)}
    return not any(w in words for w in core_tokens(t.text))


def lone_spelt_known(doc: Doc) -> None:
    """See the module docstring (nothing to do in the usual article: a cheap count of the
    known ids mentioned once first)."""
    count: dict[str, int] = {}
    for m in doc.ments:
        count[m.eid] = count.get(m.eid, 0) + 1
    gone = [m for m in doc.ments if count[m.eid] == 1 and m.eid in doc.gaz.entries and
            _spelt_only(doc, m)]
    if not gone:
        return
    toks = doc.toks
    changed = False
    for m in gone:
        key = toks[m.hi - 1].key
        full = {o.eid for o in doc.ments if o is not m and o.etype == "Person" and
                o.kind == "name" and o.hi - o.lo > 1 and toks[o.hi - 1].key == key}
        prev = toks[m.lo - 1] if m.lo > 0 else None
        named = next((o.eid for o in doc.ments if prev is not None and o.hi == m.lo - 1 and
                      o.etype == "Person" and o.kind == "name"), None) \
            if prev is not None and prev.text in _QUOTES else None
        if len(full) == 1 or named is not None:
            # the headline's "Abdi", then "Mazlum Abdi"; 'Mohamed Hamdan Daglo "Hemeti"'
            m.eid = named or next(iter(full))
            changed = True
            continue
        if prev is None or prev.key not in _PLACE_BEFORE:
            continue  # ("Iraqi officials said Kathimi met ...": Kadhimi)
        doc.drop_mention(m)  # "The Hague", "bound for The Hague"
    if changed:
        doc.mentions_changed()
