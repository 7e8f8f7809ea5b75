"""ASSASSINATED_BY, Arabic: "قضى (Y) على X" — "eliminated", the verb of army statements
(session 37, ``kill``).

- "Y قضى في نوفمبر 2024 على المدعو X" / "قضى Y في غارة دقيقة على X": the body Y right before
  or right after the verb, X the person right after "على" (a time or place phrase may stand
  between the verb and "على");
- "X، الذي قضى عليه Y في يوليو": the person the relative clause hangs on, Y right after "عليه".

Only a body (army, state, force) as the agent; "قضى" with no "على X" (he died, spent, ruled) is
not read, nor a thing after "على" ("قضى على آمال ...": no person right after it).
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L

AB = "ASSASSINATED_BY"
_BODIES = ("Organization", "Country")
_AR_ELIMINATED = L._ar("قضى", "قضت", "وقضى", "وقضت")
_AR_ON = L._ar("على")
_AR_ON_HIM = L._ar("عليه", "عليها")
_AR_WHO = L._ar("الذي", "التي")
_AR_NAMED = L._ar("المدعو", "المدعوة")
_MAX_GAP = 5  # tokens between the verb and "على" (a date or "في غارة دقيقة")


def _on(sr: Any, t: int) -> int | None:
    """The "على" of the verb at *t*, at most a few tokens on and with no punctuation between."""
    for y in range(t + 1, min(t + 2 + _MAX_GAP, sr.hi)):
        if sr.toks[y].punct:
            return None
        if sr.f(y) & _AR_ON:
            return y
    return None


def eliminated_ar(sr: Any) -> None:
    """Add Y -> X for "Y قضى على X" and "X، الذي قضى عليه Y" (see the module doc)."""
    if not sr.key_set() & _AR_ELIMINATED:
        return
    for t in range(sr.lo, sr.hi):
        if not sr.f(t) & _AR_ELIMINATED:
            continue
        if sr.f(t + 1) & _AR_ON_HIM:
            if not sr.f(t - 1) & _AR_WHO:
                continue
            agent = sr.after(t + 2, types=_BODIES, maxgap=0)
            w = t - 2 - int(sr.toks[t - 2].punct if t - 2 >= sr.lo else 0)
            victim = sr.mention_at.get(w)
            if victim is None or victim.etype != "Person":
                continue
        else:
            on = _on(sr, t)
            if on is None:
                continue
            k = on + 1 + int(bool(sr.f(on + 1) & _AR_NAMED))
            victim = sr.mention_at.get(k)
            if victim is None or victim.etype != "Person" or victim.lo != k:
                continue
            agent = sr.before(t, types=_BODIES, maxgap=0) or sr.after(t + 1, types=_BODIES,
                                                                       maxgap=0)
        if agent is None or agent.eid == victim.eid or sr.blocked(t):
            continue
        sr.add(AB, victim.eid, agent.eid, "eliminated_ar")
