"""SUCCESSOR_OF (English): whom "to replace him" stands for when the same sentence told a
killing first (session 42, nrelen).

"Y, the head of Z, was killed in 2019 in a raid ..., and the group later named X to replace
him": "him" is Y, the person this sentence says was killed (or died, session 58) before the appointment, even when
one of the two sentences before told another killing (whose victim ``wire_succession_en``
would otherwise take). Only the sentence's first person, named before the appointing verb, not
a possessive, not the appointee or the one appointing; his passive killing word comes right
after the name or right after an apposition closed by a comma ("Y, the head of Z, was
killed").
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from loaders.extract.rule_common import killed_right_after

_APPOSITION_MAX = 20  # tokens of ", the head of Al-Qaeda in the Indian Subcontinent (AQIS),"


def _died_right_after(toks: list, m: Any) -> bool:
    """*m* is followed by "(had / has) died" (session 58: "X, their chief of staff, had died of
    wounds from an Israeli raid; Y was named in his stead")."""
    y = m.hi + (m.hi < len(toks) and toks[m.hi].text == ",")
    if y < len(toks) and toks[y].key in ("had", "has"):
        y += 1
    return y < len(toks) and toks[y].key == "died"


def _killed_after(sr: Any, m: Any, verb: int) -> bool:
    """*m* is followed, directly or past one apposition, by "was (later) killed" or "(had)
    died"."""
    toks = sr.toks
    if killed_right_after(toks, m) or _died_right_after(toks, m):
        return True
    if m.hi >= verb or toks[m.hi].text != ",":
        return False
    close = next((y for y in range(m.hi + 1, min(verb, m.hi + _APPOSITION_MAX))
                  if toks[y].text in (",", ";", ".")), None)
    if close is None or toks[close].text != ",":
        return False
    end = SimpleNamespace(hi=close)
    return killed_right_after(toks, end) or _died_right_after(toks, end)


def killed_here_en(sr: Any, verb: int, skip: set[str]) -> str | None:
    """The sentence's first person, when this sentence says he was killed before the
    appointing verb at *verb* (module doc), else None."""
    if not any(sr.key(y) in ("killed", "assassinated", "died") for y in range(sr.lo, verb)):
        return None  # (cheap pre-check)
    first = next((m for m in sorted(sr.args, key=lambda m: m.lo) if m.etype == "Person"), None)
    if first is None or first.poss or first.hi > verb or first.eid in skip or \
            not _killed_after(sr, first, verb):
        return None  # (the sentence's subject only: not "Y, <app.>, and his aide Z were killed")
    return str(first.eid)
