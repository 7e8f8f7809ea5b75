"""English: the person named only as the genitive of a kin word in an apposition is no
antecedent of a later "his successor" (session 72).

"King K issued a decree removing Prince Y, a son of the late King Z, from his post. Prince X
was appointed as his successor": "his" is Y, whom the apposition describes, not Z, who is
named inside it (the nearest person before "his" was taken). :func:`kin_genitives_en` gives
the ids of such genitives in this sentence and the one before: a person whose title or name
follows ", (a / the / eldest / younger ...) son / daughter / brother / nephew ... of (the
(late))".
"""

from __future__ import annotations

from typing import Any

from loaders.extract.rule_common import title_start

_KIN = frozenset({"son", "daughter", "brother", "sister", "nephew", "niece", "grandson",
                  "granddaughter", "cousin", "uncle", "widow", "father", "half"})
_BEFORE_KIN = frozenset({"a", "the", "an", "eldest", "elder", "younger", "youngest", "second",
                         "third", "half", "-"})
_AFTER_OF = frozenset({"the", "late"})


def _genitive_of_kin(toks: Any, lo: int, start: int) -> bool:
    """Do the words before *start* read ", (a) son of (the late)" (no further back than
    *lo*)?"""
    y = start - 1
    while y > lo and toks[y].key in _AFTER_OF:
        y -= 1
    if y <= lo or toks[y].key != "of":
        return False
    y -= 1
    if toks[y].key not in _KIN:
        return False
    y -= 1
    while y > lo and toks[y].key in _BEFORE_KIN:
        y -= 1
    return toks[y].text == ","


def kin_genitives_en(sr: Any) -> set[str]:
    """The people named as a kin word's genitive in an apposition, in this sentence or the
    one before (module doc)."""
    doc = sr.doc
    out: set[str] = set()
    for si in (sr.si - 1, sr.si):
        if si < 0:
            continue
        lo = doc.sents[si].lo
        for m in doc.by_sent.get(si, ()):
            if m.etype == "Person" and _genitive_of_kin(doc.toks, lo, title_start(m)):
                out.add(m.eid)
    return out
