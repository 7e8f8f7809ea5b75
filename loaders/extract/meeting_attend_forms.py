"""MET_WITH (session 24): more forms of a meeting's attendee, read by ``meeting_attended_ar``.

- The attendee told by a title, then by his name after a comma: "وحضر اللقاء وزير الخارجية في
  حكومة تصريف الأعمال، أسعد الشيباني" (the title alone had been resolved to another person).
- A person named inside the attendee's title is its possessor, not the attendee: "وحضر اللقاء
  المستشار الإعلامي لبري علي حمدان" (Hamdan, not Berri).
- A relative clause with no comma after the name: "رافقه وزير الخارجية X الذي شارك في اللقاء"
  (``name_ends_ar``), as "X، الذي شارك في اللقاء".
"""

from __future__ import annotations

from typing import Any

_COMMAS = ("،", ",")


def name_ends_ar(sr: Any, y: int) -> bool:
    """Does a person's name end right before *y* ("عبداللهيان الذي شارك")?"""
    m = sr.mention_at.get(y - 1)
    return m is not None and m.etype == "Person" and m.kind == "name" and m.hi == y


def _next_person(sr: Any, m: Any, span: int) -> Any:
    return next((o for o in sr.args if m.hi <= o.lo <= m.hi + span and o.etype == "Person"),
                None)


def attendee_mention_ar(sr: Any, m: Any) -> Any:
    """The attendee's own mention for the first person *m* after the cue (module doc)."""
    if m.kind != "name":
        c = _next_person(sr, m, 8)
        if c is not None and c.kind == "name" and c.prefix.startswith("ل") and \
                not any(sr.toks[y].punct for y in range(m.hi, c.lo)):
            m = c  # ("المستشار الإعلامي لبري علي حمدان": the title, then its possessor)
    if m.kind == "name" and m.prefix.startswith("ل"):  # "المستشار الإعلامي لبري علي حمدان"
        c = _next_person(sr, m, 1)
        if c is not None and c.kind == "name" and not c.prefix:
            return c
        return m
    if m.kind == "name":
        return m
    c = _next_person(sr, m, 8)  # "وزير الخارجية في حكومة تصريف الأعمال، أسعد الشيباني"
    if c is None or c.kind != "name" or sr.key(c.lo - 1) not in _COMMAS:
        return m
    if any(sr.toks[y].punct or getattr(sr.mention_at.get(y), "etype", "") == "Person"
           for y in range(m.hi, c.lo - 1)):
        return m
    return c


def possessor_side(sr: Any, a: Any, pairs: list[tuple[str, str]]) -> list[str]:
    """"وحضر اللقاء المستشار الإعلامي لبري علي حمدان": an attendee whose title names a
    participant of the meeting as its possessor (ل + the name, at most four words before him)
    is of that participant's side: he met every participant (``whole_meeting``)."""
    from loaders.extract.meeting_own_side import whole_meeting

    for y in range(a.lo - 1, max(sr.lo, a.lo - 5), -1):
        if sr.toks[y].punct:
            return []
        c = sr.mention_at.get(y)
        if c is not None and c.etype == "Person" and c.hi == y + 1:
            if not c.prefix.startswith("ل") or c.kind != "name":
                return []
            mine = [p for p in pairs if c.eid in p]
            return whole_meeting(a.eid, mine, [c.eid]) if mine else []
    return []


def talks_pairs_ar(sr: Any, pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The pairs of the latest meeting told before, past a welcome at the airport ("وكان في
    استقبال X لدى وصوله Y" between the talks and "وحضر جلسة المباحثات Z"): Z sat at the
    talks, not at the welcome. *pairs*: the meeting read so far (kept otherwise)."""
    _, out = sr.doc.state.get("met_out", (-9, ()))
    rels = [r for r in out if r.type == "MET_WITH"]
    if not rels or not all(r.rule.startswith("in_reception") for r in rels) or \
            any(r.type == "MET_WITH" for r in sr.out) or \
            {frozenset(p) for p in pairs} - {frozenset((r.source, r.target)) for r in rels}:
        return pairs
    _, out = sr.doc.state.get("met_prev", (-9, ()))
    return [(r.source, r.target) for r in out if r.type == "MET_WITH"]
