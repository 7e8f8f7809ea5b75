"""English meetings whose partners are a plural description, then named (session 18).

"X received two senior envoys of President Y on Wednesday, the coordinator A and the energy
envoy B": the first person after the verb (Y) belongs to the description ("envoys of Y": not
met), and the people met are the apposition after the comma that follows. The meeting
fallback (meeting_fallback.py) asks :func:`partner_after_plural_of` when it rejects its first
person for that "of"; the plural noun before the "of" is the cue, so a singular "met the
envoy of Y" (someone unnamed) still gives nothing.

A later sentence may take the group up again with the bare plural: "The envoys also held talks
with C": :func:`antecedent_group` (called from plural_refs.py) finds the "<number> ... envoys"
of the two sentences before and the people of the apposition after it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from loaders.extract import lexicon as L

# plural nouns for people whose "of Y" names the sender, not someone met
PLURAL_PEOPLE = frozenset({"envoys", "emissaries", "aides", "advisers", "advisors",
                           "representatives", "officials", "delegates", "diplomats",
                           "ministers", "members", "leaders", "commanders", "officers",
                           "generals", "negotiators", "deputies", "lieutenants"})
_NUMBERS = {"two": 2, "three": 3, "four": 4}
_ADJ_MAX = 3  # "two senior envoys", "two top U.S. envoys"
# words between Y and the comma that keep the apposition on the same object ("on Wednesday")
_GAP_OK = L.EN_WEEKDAYS | frozenset({"on", "in", "at", "this", "last", "late", "early",
                     "week", "weekend",
                     "morning", "evening", "afternoon", "night", "jr", "jr."})


def partner_after_plural_of(sr: Any, k: int, of: int, m: Any, hi: int,
                            partner: Callable[[Any, int, int, Any], Any], subj: Any) -> Any:
    """The first person of the apposition after "<plural people noun> of Y [on <day>], ..."
    (*of* is the "of", *m* is Y), found with *partner* (the fallback's own partner reader)
    from the token after the comma; None when the noun before *of* is not plural or Y is not
    followed by a comma (only a short time phrase between)."""
    if of <= k or sr.key(of - 1) not in PLURAL_PEOPLE:
        return None
    y = m.hi
    while y < hi and y - m.hi < 4 and sr.key(y) in _GAP_OK:
        y += 1
    if y >= hi or sr.toks[y].text != ",":
        return None
    return partner(sr, y + 1, hi, subj)


def antecedent_group(sr: Any, x: int, noun: str,
                     joined: Callable[[Any, Any, Any], bool]) -> list[str]:
    """The people "The <noun>" at *x* (the sentence's first word is "The") stands for: in one
    of the two sentences before, "<number> [adjectives] <noun>" followed (after a comma, "of
    Y" and a time phrase allowed) by exactly that number of people joined as one list
    (*joined* tells two people of one list); else []."""
    if x - 1 != sr.lo:
        return []
    doc = sr.doc
    toks = doc.toks
    for si in range(sr.si - 1, max(-1, sr.si - 3), -1):
        s = doc.sents[si]
        for y in range(s.lo, s.hi):
            if toks[y].key != noun:
                continue
            n = next((_NUMBERS[toks[z].key] for z in range(max(s.lo, y - 1 - _ADJ_MAX), y)
                      if toks[z].key in _NUMBERS), 0)
            if not n:
                continue
            comma = next((z for z in range(y + 1, min(s.hi, y + 12))
                          if toks[z].text == ","), None)
            if comma is None:
                return []
            people = sorted((m for m in doc.by_sent.get(si, ()) if m.etype == "Person" and
                             m.lo > comma and m.kind != "ref"), key=lambda m: m.lo)
            ids = list(dict.fromkeys(m.eid for m in people[:n]))
            if len(ids) != n or not all(joined(doc, people[j], people[j + 1])
                                        for j in range(n - 1)):
                return []
            return ids
    return []

