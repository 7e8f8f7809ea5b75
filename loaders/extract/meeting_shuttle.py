"""MET_WITH: a mediator shuttling between two sides (session 26, meet26).

"X shuttled / is shuttling between A and B", "with X carrying messages / relaying proposals
between the two rooms / between them", "تنقّل X بين A وB"، "تنقّل خلالها X بين قاعتين": the
mediator met each side in person (the newest writers' gold pairs X-A and X-B; whether A and B
met is told elsewhere, "indirect talks" are none). The sides are the people named right after
"between" / "بين", else (the two rooms, them, الوفدين) the people named after an earlier
"between" ("talks between A and B, ...") or the last two or more people named together before
the mediator in the sentence. The mediator is the person named right before
the verb (past an auxiliary; "with X carrying") or, in Arabic, right after it. Negations and
plans block, as for any meeting verb.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.dispatch import register_triggers
from loaders.extract.rule_common import title_start

EN_SHUTTLE = frozenset({"shuttled", "shuttling", "shuttles", "shuttle", "relaying",
                        "relayed", "carrying", "carried", "ferrying", "ferried", "conveying",
                        "passing"})
AR_SHUTTLE = L._ar("تنقل", "وتنقل", "يتنقل", "ويتنقل", "تتنقل", "تنقلت", "متنقلا", "متنقلاً")
register_triggers(AR_SHUTTLE, EN_SHUTTLE)
_EN_BETWEEN_GAP = frozenset({"messages", "message", "proposals", "notes", "offers", "ideas",
                             "texts", "drafts", "back", "and", "forth", "the", "written"})
_AR_BETWEEN_GAP = L._ar("خلالها", "خلاله", "فيها", "بينهما")
_EN_AUX = frozenset({"is", "was", "were", "are", "has", "had", "been", "have", "then", "also",
                     "repeatedly"})


def _between(sr: Any, t: int, ar: bool) -> int:
    """The index of "between" / "بين" after the verb at *t* (past messages / a mediator's
    name in Arabic), or -1."""
    for x in range(t + 1, min(sr.hi, t + (16 if ar else 8))):
        k = sr.key(x)
        if k in ("between", "بين"):
            return x
        if sr.toks[x].punct and not (ar and sr.toks[x].text == "،") or \
                not ar and k not in _EN_BETWEEN_GAP:
            return -1  # (an Arabic mediator's apposition between commas: "X، وزير الخارجية، بين")
    return -1


def _mediator(sr: Any, t: int, b: int, ar: bool) -> Any:
    x = t - 1
    while x >= sr.lo and sr.key(x) in _EN_AUX:
        x -= 1
    m = next((a for a in sr.args if a.hi == x + 1 and a.etype == "Person"), None)
    if m is None and not ar and sr.key(x) == "who" and sr.key(x - 1) == ",":
        m = _relative_head(sr, x - 1)  # "X, Biden's senior adviser, who shuttled" (s58)
    if m is None and ar:
        m = next((a for a in sr.args if t < a.lo < b and a.etype == "Person" and not any(
            sr.toks[y].punct for y in range(t + 1, title_start(a)) if sr.toks[y].text != "،")),
            None)
    return m


def _person_ending(sr: Any, x: int) -> Any:
    """The person whose name ends right before token *x*, else None."""
    return next((a for a in sr.args if a.hi == x and a.etype == "Person"), None)


def _relative_head(sr: Any, c: int) -> Any:
    """English: the person a "who" after the comma at *c* is about: named right before that
    comma, or before an apposition set off by commas ("X, President Biden's senior adviser,
    who"; the apposition holds no verb of its own and at most ten words) (session 58)."""
    m = _person_ending(sr, c)
    if m is not None:
        return m
    for y in range(c - 1, max(sr.lo, c - 11), -1):
        if sr.toks[y].punct:
            return _person_ending(sr, y) if sr.key(y) == "," else None
    return None


def _apposed_next(sr: Any, m: Any) -> list[Any]:
    """"A, <apposition>, and B": [B], when a short apposition with no
    person follows A (session 58: "between Speaker A, Hezbollah's interlocutor, and minister
    B"); [] otherwise."""
    if sr.key(m.hi) != ",":
        return []
    for y in range(m.hi + 1, min(sr.hi - 1, m.hi + 9)):
        if sr.toks[y].punct:
            if sr.key(y) != "," or sr.key(y + 1) != "and":
                return []
            nxt = next((a for a in sr.args if a.lo > y + 1 and a.etype == "Person"), None)
            return [nxt] if nxt is not None and \
                title_start(nxt) - (y + 1) <= 6 and not any(
                    sr.toks[z].punct for z in range(y + 2, nxt.lo)) else []
        a = sr.mention_at.get(y)
        if a is not None and a.etype == "Person" and a.lo == y and not a.poss:
            return []
    return []


def _sides(sr: Any, b: int, mediator: Any) -> list[Any]:
    first = next((a for a in sr.args if a.lo > b), None)
    if first is not None and first.etype == "Person" and title_start(first) - b <= 3 and not any(
            sr.toks[y].punct for y in range(b + 1, first.lo)):  # "between Israeli envoy A"
        ch = sr.chain(first, ("Person",))
        return ch + _apposed_next(sr, ch[-1]) if len(ch) == 1 and not sr.toks[b].ar else ch
    x0 = title_start(mediator)
    e = next((x for x in range(x0 - 1, sr.lo - 1, -1) if sr.key(x) in ("between", "بين")), -1)
    named = [a for a in sr.args if a.etype == "Person" and e < a.lo and a.hi <= x0]
    if e >= 0 and len(named) >= 2:
        return named  # "talks between A and <a long title> B, ... X shuttled between the rooms"
    before = [a for a in sr.args if a.etype == "Person" and a.hi <= x0]
    for m in reversed(before):
        ch = [c for c in sr.chain(m, ("Person",)) if c.hi <= title_start(mediator)]
        if len(ch) >= 2 and mediator not in ch:
            return ch
    return []


def shuttled_between(sr: Any) -> None:
    """Add the mediator's meetings with each side (module doc)."""
    for t in sr.triggers(AR_SHUTTLE, EN_SHUTTLE):
        ar = sr.toks[t].ar
        b = _between(sr, t, ar)
        if b < 0:
            continue
        x = _mediator(sr, t, b, ar)
        if x is None or sr.blocked(t, x):
            continue
        for s in _sides(sr, b, x):
            if s.eid != x.eid:
                sr.add("MET_WITH", x.eid, s.eid, "shuttled_between")
