"""SUCCESSOR_OF, Arabic (session 71): the one a post is entrusted to, "عهد / أوكل K إلى X
بتشكيل الحكومة، خلفاً لـY": X, named after «إلى», succeeded Y (not K, who entrusted it).

The successor rule of «خلفاً لـ» takes the nearest person not governed by a preposition,
which is K here; this reads the person right after «إلى» that follows an entrusting verb of
the same clause. Gated on the verbs being among the sentence's keys (no scan otherwise).
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.rule_common import title_start

AR_ENTRUST = L._ar("عهد", "وعهد", "يعهد", "ويعهد", "أوكل", "وأوكل", "اوكل", "واوكل", "يوكل",
                   "أسند", "وأسند", "اسند", "واسند", "يسند")
_REACH = 8  # words from the verb to «إلى»


def entrusted_appointee_ar(sr: Any, t: int) -> Any:
    """X of "عهد (K) إلى X ..." before the cue at *t*, in the same clause (no full stop or
    «؛» between); None without such a verb."""
    if AR_ENTRUST.isdisjoint(sr.key_set()):
        return None
    for v in range(t - 1, sr.lo - 1, -1):
        if sr.toks[v].text in (".", "؛", ";", ":"):
            return None
        if sr.key(v) not in AR_ENTRUST:
            continue
        for m in sorted((m for m in sr.args if m.etype == "Person" and v < m.lo and m.hi <= t),
                        key=lambda m: m.lo):
            s0 = title_start(m)
            if s0 - v > _REACH:
                return None
            if sr.key(s0 - 1) in L.AR_TO:
                return m
        return None
    return None
