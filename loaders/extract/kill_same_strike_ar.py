"""Arabic: "أودت (الغارة) بالقيادي X" (claimed X, without بحياة: ``claimed_him_ar``) and "the
same strike" as the subject of a killing phrase, "وكانت الغارة نفسها / ذاتها قد
أودت بحياة X" (the strike told in an earlier sentence with its agent, "قتلت غارة إسرائيلية Y في
الضاحية"): X has that killing's agents, as "وقُتل في الغارة نفسها X" already had
(``killing_agents``); English "The same strike also claimed the life of X". Nothing when no earlier killing has an agent, or when the strike noun
has no "نفسها / ذاتها". Called from ``core_recall_strike_later.claimed_lives``."""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.strike_refs import companion_agents

_AR_SAME = L._ar("نفسها", "ذاتها", "نفسه", "ذاته")
_EN_STRIKE = frozenset({"strike", "airstrike", "attack", "raid", "bombing", "blast"})
_AR_CLAIMED = L._ar("أودى", "أودت", "اودى", "اودت", "وأودت", "وأودى")
_NO_WORDS: frozenset[str] = frozenset()  # (one set, not a new one per triggers() call)


def claimed_him_ar(sr: Any) -> list[int]:
    """Negative positions (-p) of the person mentions opened by ب right after "أودت / أودى"
    ("أودت بنائب القائد X"، "أودى بالقيادي X"; not "بحياة", read as it was), for
    ``claimed_lives``; [] on the sentences without the verb."""
    out = []
    for x in sr.triggers(_AR_CLAIMED, _NO_WORDS):
        # the ب word after the verb and its subject ("أودت (الغارة نفسها) بنائب ...")
        y = next((z for z in range(x + 1, min(sr.hi, x + 5)) if sr.toks[z].ar and
                  sr.toks[z].text.startswith("ب")), None)
        if y is None or sr.key(y) in ("بحياة", "بحياه"):
            continue
        m = sr.after(y, types=("Person",), maxgap=8)
        if m is not None and not any(sr.toks[z].punct for z in range(y, m.lo)):
            out.append(-m.lo)
    return out


def same_strike_agents(sr: Any, x: int) -> list[str]:
    """The agents of the killing told last before this sentence, when a strike noun with
    "نفسها" stands within sixteen words before the victim or the phrase at *x*; else []."""
    if not any(sr.f(y) & L.AR_STRIKE and sr.f(y + 1) & _AR_SAME or
               sr.key(y) == "same" and sr.key(y + 1) in _EN_STRIKE
               for y in range(max(sr.lo, x - 16), x)):
        return []
    prev = [(s_, a) for s_, a in sr.doc.kill_agents if s_ < sr.si]
    if not prev:
        return []
    comp = companion_agents(sr)
    if comp:
        return comp
    last_s = max(s_ for s_, _a in prev)
    return list(dict.fromkeys(a for s_, a in prev if s_ == last_s))
