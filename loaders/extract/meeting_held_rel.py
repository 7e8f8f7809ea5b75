"""MET_WITH: Arabic "لقاءات عقدها X (في <place>) مع Y" (session 19).

A meeting noun with a relative verb of holding whose subject is named right after it: "عقب
سلسلة لقاءات عقدها غروندبرغ في الرياض مع رئيس المجلس Y، ولقاء مماثل في مسقط مع Z" -- X met Y,
and Z of a coordinated "ولقاء (مماثل) ... مع Z". Y and Z are the first person after a "مع" of
the clause (titles allowed, no punctuation before them). Negation and plans block.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.rule_common import _EMPTY

AR_HELD_IT = L._ar("عقدها", "عقده", "أجراها", "أجراه", "عقدهما", "أجراهما")
_STOP = L._ar("فيما", "بينما", "وفيما", "وبينما", "حيث", "بعدما", "قبل")
_AND_MEETING = L._ar("ولقاء", "واجتماع", "ولقاءات", "واجتماعات", "ومباحثات", "ومحادثات")
_REACH = 8  # words from the subject to "مع"


def _with_partner(sr: Any, lo: int, reach: int) -> Any:
    """The person after the first "مع" in [lo, lo + reach), none punctuated off; else None."""
    for w in range(lo, min(sr.hi, lo + reach)):
        if sr.toks[w].punct or sr.f(w) & _STOP:
            return None
        if sr.key(w) != "مع":
            continue
        m = sr.after(w + 1, types=("Person",), maxgap=5)
        if m is None or any(sr.toks[y].punct for y in range(w + 1, m.lo)):
            return None
        return m
    return None


def held_with_rel_ar(sr: Any) -> None:
    """Add X-Y (and X-Z) of "لقاءات عقدها X ... مع Y، ولقاء مماثل ... مع Z" (module doc)."""
    for t in sr.triggers(AR_HELD_IT, _EMPTY):
        if not sr.f(t - 1) & L.AR_MEET_NOUNS:
            continue
        x = sr.after(t + 1, types=("Person",), maxgap=0)
        if x is None or sr.blocked(t, x) or sr.hypothetical(t - 1):
            continue
        y = _with_partner(sr, x.hi, _REACH)
        if y is None:
            continue
        partners = [y]
        end = sr.chain(y, ("Person",))[-1].hi
        if end < sr.hi and sr.toks[end].text in ("،", ",") and sr.f(end + 1) & _AND_MEETING:
            z = _with_partner(sr, end + 2, _REACH)  # "، ولقاء مماثل في مسقط مع Z"
            if z is not None:
                partners.append(z)
        for p in partners:
            for o in sr.chain(p, ("Person",)):
                if o.eid != x.eid:
                    sr.add("MET_WITH", x.eid, o.eid, "held_with_rel_ar")
