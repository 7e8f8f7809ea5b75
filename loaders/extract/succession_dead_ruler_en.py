"""SUCCESSOR_OF, English: a ruler's title given after the ruler's death (session 55).

"Kuwait's Emir Sheikh Y died on Tuesday. The cabinet named Crown Prince Sheikh X as the new
Emir", "Sultan Y died on Friday. X was sworn in as sultan on Saturday": X, given the title
("as (the) (new) emir / sultan / king") by a word of naming, proclaiming or swearing in,
succeeded the person of this or the last five sentences titled with the same word and named
as dead next to his name (``desc_new_ruler._loss_at``), as ``succession_dead_post_ar`` reads
«مبايعة X أميراً». Not read without the death ("X was sworn in as king" alone), nor for
another title ("named X as prime minister" after the emir's death).
"""

from __future__ import annotations

from typing import Any

from loaders.extract.desc_new_ruler import EN_RULER, _loss_at
from loaders.extract.dispatch import register_triggers
from loaders.extract.rule_common import _EMPTY, title_start
from loaders.extract.succession_words import _SO

_EN_GIVEN = frozenset({"named", "proclaimed", "sworn", "installed", "enthroned", "chosen",
                       "elected", "appointed", "declared"})
_EN_BETWEEN = frozenset({"was", "is", "has", "been", "sworn", "in", "proclaimed", "installed",
                         "enthroned", "declared", "formally", "officially"})
CUES = frozenset({EN_RULER})


def _taker(sr: Any, a: int) -> Any:
    """The person given the title by "as" at *a*: "named X as", "X was sworn in as"."""
    x = a
    while x > sr.lo and sr.key(x - 1) in _EN_BETWEEN:
        x -= 1
    new = sr.before(x, types=("Person",), maxgap=0)
    if new is None or new.kind != "name" or new.hi != x:
        return None
    lo = max(sr.lo, title_start(new) - 6)
    return new if any(sr.key(y) in _EN_GIVEN for y in range(lo, a)) else None


def dead_ruler_en(sr: Any) -> None:
    """The one given the dead ruler's title succeeded him (module doc)."""
    toks = sr.doc.toks
    for t in sr.triggers(_EMPTY, EN_RULER):
        a = t - 1
        while a > sr.lo and sr.key(a) in ("new", "the"):
            a -= 1
        if sr.key(a) != "as":
            continue
        new = _taker(sr, a)
        if new is None or any(r.type == _SO and r.source == new.eid for r in sr.out):
            continue
        best = None
        for m in sr.doc.ments:  # (the title before the name or opening it: "Sultan Qaboos")
            if m.etype != "Person" or m.eid == new.eid or not sr.si - 5 <= m.sent <= sr.si \
                    or m.lo >= title_start(new):
                continue
            lo = m.tlo if 0 <= m.tlo < m.lo else m.lo
            if any(toks[y].key == sr.key(t) for y in range(lo, min(m.lo + 1, m.hi))) and \
                    _loss_at(sr.doc, m):
                best = m
        if best is None or best.eid == new.eid or sr.blocked(a, new) or sr._irrealis(a):
            continue
        sr.add(_SO, new.eid, best.eid, "dead_ruler_en")


register_triggers(_EMPTY, EN_RULER)
