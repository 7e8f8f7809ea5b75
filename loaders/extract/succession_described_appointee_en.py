"""English: the appointee a sentence describes without naming, named in the next sentence:
"The council named a veteran commander of the militia as its new chief of staff, replacing Y.
X was chosen at a meeting of the group's leaders" (X -> Y; session 71). The first sentence's
appointing verb takes an indefinite description ("a veteran commander") and no person comes
between the verb and "replacing / to replace / to succeed Y"; the next sentence opens with X
(a name, with or without an apposition) and its passive "was chosen / named / appointed",
followed by a time, a place or the choosers, not by a post of its own."""

from __future__ import annotations

from typing import Any

from loaders.extract.rule_common import title_start

EN_CHOSEN = frozenset({"chosen", "named", "appointed", "selected", "picked", "tapped"})
_EN_APPOINTING = frozenset({"named", "appointed", "chose", "picked", "selected", "tapped",
                            "names", "appoints", "picks"})
_EN_REPLACING = frozenset({"replacing", "replace", "succeed", "succeeding"})
_EN_INDEFINITE = frozenset({"a", "an"})
_EN_AFTER_CHOSEN = frozenset({"at", "by", "on", "in", "after", "during", "unanimously", "late",
                              "earlier", "yesterday", "today", "last", "this"})
# what may follow "X was chosen": a time, a place, the choosers; not a post of its own ("Z was
# named deputy chief of staff at the same meeting" is another appointment, not the described one)


def _described_predecessor(sr: Any, si: int) -> str | None:
    """Y of sentence *si* when it tells "<verb> a <description> ..., replacing Y" with no
    person between the verb and "replacing"; else None."""
    s = sr.doc.sents[si]
    toks = sr.doc.toks
    people = sorted((m for m in sr.doc.by_sent.get(si, ()) if m.etype == "Person"),
                    key=lambda m: m.lo)
    for v in range(s.lo, s.hi - 2):
        if toks[v].key not in _EN_APPOINTING or toks[v + 1].key not in _EN_INDEFINITE:
            continue
        for r in range(v + 2, min(s.hi - 1, v + 30)):
            if toks[r].text in (".", ";"):
                break
            if toks[r].key not in _EN_REPLACING:
                continue
            if any(v < m.lo and m.hi <= r for m in people):
                return None  # the appointee is named there
            old = next((m for m in people if m.lo > r and title_start(m) - r <= 4), None)
            return old.eid if old is not None and not old.poss else None
    return None


def described_appointee_en(sr: Any) -> None:
    """Add X -> Y for "X (, ...,) was chosen / named ..." after a sentence that appointed an
    unnamed "a <description>" in place of Y (module doc)."""
    if sr.si == 0:
        return
    for t in sr.triggers(frozenset(), EN_CHOSEN):
        if sr.key(t - 1) != "was":
            continue
        if t + 1 < sr.hi and not sr.toks[t + 1].punct and sr.key(t + 1) not in _EN_AFTER_CHOSEN:
            return  # "Z was named deputy chief of staff": a post of its own (session 71)
        new = next((m for m in sr.args if m.etype == "Person"), None)
        if new is None or new.hi >= t or title_start(new) > sr.lo + 1 or new.poss or \
                any(m.etype == "Person" and m.eid != new.eid for m in sr.args if m.lo < t):
            return
        if any(sr.key(y) in _EN_REPLACING for y in range(t, sr.hi)):
            return  # (its own predecessor: the usual rules)
        old = _described_predecessor(sr, sr.si - 1)
        if old is not None and old != new.eid and not sr.blocked(t, new):
            sr.add("SUCCESSOR_OF", new.eid, old, "described_appointee_en")
        return
