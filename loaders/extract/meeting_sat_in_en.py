"""MET_WITH (session 33, meeten): "..., with X sitting in (on the talks)".

The attendee named in a "with" clause closing with "sitting in" met every participant of the
meeting that clause closes, on both sides (JY-KG's gold, and FX-FZ, JG-JI, KB-KD): "Pompeo
met separately with A and then with B, with envoy Z sitting in on both meetings" -> Z-Pompeo,
Z-A, Z-B. That meeting is the one of the clause the "with" ends: after ", where" or ";" only
the pairs of someone named there ("..., met P at the Serail, then drove to Ain el-Tineh,
where Speaker S received her with his adviser Z sitting in": Z-S and Z-her, not Z-P). Not
"sitting in the front row" (no "on", comma or stop after "in").
"""

from __future__ import annotations

from typing import Any

SAT_IN_END = frozenset({".", ",", ";", "on"})
_CLAUSE_BREAK = frozenset({"where", ";"})


def sitting_in_en(sr: Any, t: int) -> bool:
    """Is token *t* the "sitting" of "sitting in" closing its clause (or "sitting in on")?"""
    return sr.key(t) == "sitting" and sr.key(t + 1) == "in" and (
        t + 2 >= sr.hi or sr.key(t + 2) in SAT_IN_END)


def sat_in_pairs(sr: Any, first: Any, pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The meeting pairs of the clause before the "with" list opening at mention *first*:
    after the latest ", where" / ";", the pairs of someone named there (all when none)."""
    start = next((y for y in range(first.lo - 1, sr.lo - 1, -1)
                  if sr.key(y) in _CLAUSE_BREAK), None)
    if start is None:
        return pairs
    named = {m.eid for m in sr.args if start < m.lo < first.lo and m.etype == "Person"}
    kept = [p for p in pairs if named & set(p)]
    return kept or pairs


def after_last_with(sr: Any, people: list) -> list:
    """The people of the list *people* named after the nearest "with" before its last one."""
    last = people[-1]
    w = next((y for y in range(last.lo - 1, sr.lo - 1, -1) if sr.key(y) == "with"), None)
    kept = [p for p in people if w is None or p.lo > w]
    return kept or [last]
