"""English: a known person's full chain name "Given bin Father Al Family" (session 52, names).

"Sayyid Badr bin Hamad Al Busaidi" was read as two people ("Badr bin Hamad", a new one, and
"Al Busaidi", the known Badr Albusaidi), and "Badr bin Hamad al-Busaidi" as the Badr
Organisation and a new "Hamad al-Busaidi". When the gazetteer knows exactly one person by
"Given Family" ("Badr Al Busaidi", "Badr al-Busaidi"), the whole chain is that person (one
mention); not when he is known with another father ("Given bin Other Family")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract.gazetteer_entry import alias_tokens
from loaders.extract.lexicon import EN_BIN

if TYPE_CHECKING:
    from loaders.extract.mention_core import Mention
    from loaders.extract.mentions import Doc

_ART = frozenset({"al", "el"})


def _family_end(doc: Doc, f: int, hi: int) -> int:
    """The end of a family name from *f* ("Al Busaidi", "al-Busaidi", "Albusaidi"), else *f*."""
    toks = doc.toks
    e = f
    while e < hi and e - f < 4:
        t = toks[e]
        if t.cap and not t.punct or t.key in _ART and e + 1 < hi:
            e += 1
        elif t.text == "-" and e > f and toks[e - 1].key in _ART and e + 1 < hi:
            e += 1
        else:
            break
        if toks[e - 1].key not in _ART and toks[e - 1].text != "-":
            break  # one family word after the article
    return e


def _other_father(doc: Doc, eid: str, father: str) -> bool:
    """Is *eid* known by a chain name with a father other than *father*?"""
    e = doc.gaz.get(eid)
    if e is None:
        return False
    for name in e.all_names():
        words = name.lower().split()
        if len(words) > 2 and words[1] in EN_BIN and words[2] != father:
            return True
    return False


def known_bin_chain_en(doc: Doc, si: int, covered: dict[int, Mention],
                       out: list[Mention]) -> None:
    """Join "Given bin Father Family" into the one known person "Given Family"."""
    toks = doc.toks
    s = doc.sents[si]
    gaz = doc.gaz
    for b in range(s.lo + 1, s.hi - 2):
        if toks[b].key not in EN_BIN or not toks[b - 1].cap or not toks[b + 1].cap or \
                toks[b - 1].punct or toks[b + 1].punct:
            continue
        g = b - 1
        end = _family_end(doc, b + 2, s.hi)
        if end == b + 2:
            continue
        fam = doc.text[toks[b + 2].start:toks[end - 1].end]
        keys = alias_tokens(f"{toks[g].text} {fam}")[0]
        hits = {h[0] for h in gaz.exact.get(keys, ())}
        if len(hits) != 1:
            continue
        (eid,) = hits
        if not eid.startswith("person:") or _other_father(doc, eid, toks[b + 1].key):
            continue
        over = [m for m in out if m.lo < end and m.hi > g]
        if any(m.lo < g or m.hi > end for m in over):
            continue  # a name running past the chain: leave it
        people = [m for m in over if m.etype == "Person"]
        if not people:
            continue
        keep = min(people, key=lambda m: m.tlo if m.tlo >= 0 else m.lo)  # (the titled one)
        for m in over:
            if m is not keep:
                out.remove(m)
        keep.eid, keep.etype, keep.kind = eid, "Person", "name"
        keep.lo, keep.hi = g, end
        keep.start, keep.end = toks[g].start, toks[end - 1].end
        if keep.tlo > g or keep.tlo < 0:
            keep.tlo = g
        for x in range(g, end):
            covered[x] = keep
