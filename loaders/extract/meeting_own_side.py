"""MET_WITH (session 24): an attendee met every participant of the meeting, his own side too.

The annotation brief of sessions 18-23 pairs "every pair of named participants of the same
meeting": "استقبل ولي العهد X الوزيرَ Y بحضور وزير الخارجية Z" gives X-Y, X-Z and Y-Z, and "X
received Y; the meeting was also attended by X's foreign minister Z" Z-X as well as Z-Y. The
attendee rules (``meeting_attended``, ``meeting_attended_ar``, ``meeting_sides_en``,
``meeting_present_more``) read whom of the other side the attendee met; ``whole_meeting``
adds his own side: every person of a meeting of two, else the convener (the one person every
pair shares) -- not the other guests of a host met one by one ("Q met A and, separately, B;
C also attended the meeting": C-Q only).

Also: the last meeting clause of a sentence is the one "بحضور Z" attends ("والتقى X A، ثم
اجتمع بـB بحضور Z": Z met X and B, not A; ``last_clause_pairs``); the attendee named after
his title and a comma: ``meeting_attend_forms``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from loaders.extract import lexicon as L

_AR_THEN = L._ar("ثم", "كما")
_AR_THEN_ONLY = L._ar("ثم", "وثم")
_COMMAS = ("،", ",")


def whole_meeting(attendee: str, pairs: Iterable[tuple[str, str]], met: list[str],
                  own: bool = False) -> list[str]:
    """*met* (the other side, read by the caller) widened to the attendee's own side; *own*:
    the caller knows the attendee is of a participant's side (*met* may then be empty)."""
    if not (met or own):
        return met
    pairs = list({frozenset(p): p for p in pairs}.values())
    people = {p for pair in pairs for p in pair if p.startswith("person:")} - {attendee}
    if len(pairs) > 1 and not one_table(pairs):  # several meetings: only the convener is
        people = set(conveners(people, pairs))  # sure to be his
    return sorted(people | set(met))


def conveners(people: Iterable[str], pairs: Iterable[Iterable[str]]) -> list[str]:
    """Those of *people* who are in every pair of *pairs*: the convener of a meeting told as
    several pairs ("X received A and B": X), or both of a single pair."""
    pairs = list(pairs)
    return [p for p in people if all(p in pair for pair in pairs)]


def own_host_table(sr: Any, attendee: str, people: list[str],
                   pairs: list[tuple[str, str]]) -> bool:
    """Did *attendee* sit at one table with all of *people*: someone of his own country met
    every one of them ("استقبل H وفداً برئاسة A ضم B وC. وحضر اللقاء Z": H met A, B and C;
    the head's pairs with his members make H no convener of every pair; session 52)?"""
    own = sr.doc.country_of(attendee)
    if own is None or len(people) < 3:
        return False
    seen = {frozenset(p) for p in pairs}
    return any(sr.doc.country_of(h) == own and
               all(frozenset((h, o)) in seen for o in people if o != h) for h in people)


def one_table(pairs: Iterable[tuple[str, str]]) -> bool:
    """Do *pairs* pair every two of their (three or more) people: one meeting of all ("A
    received B, in talks also attended by C")?"""
    seen = {frozenset(p) for p in pairs if p[0] != p[1]}
    people = {p for pair in seen for p in pair}
    return len(people) >= 3 and len(seen) == len(people) * (len(people) - 1) // 2


def one_meeting(pairs: list[tuple[str, str]]) -> bool:
    """Are *pairs* one meeting: a single pair (told once or more), or one table of all?"""
    return len({frozenset(p) for p in pairs}) == 1 or one_table(pairs)


def last_clause_pairs(sr: Any, t: int, pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The pairs of the last meeting clause before *t* ("، ثم اجتمع بـB" / "، والتقى B", and
    since session 28 a tour's next stop: "ثم انتقل X إلى عين التينة حيث التقى B"): those with a
    person named between its verb and *t*; when none is, the tour's visitor with the people
    so named (``_visitor_pairs``: "استهلّت X جولتها في بعبدا حيث استقبلها A، ثم التقت B بحضور
    Z": Z met X and B, not A); all *pairs* when nobody is named there."""
    for y in range(t - 1, sr.lo, -1):
        if not sr.f(y) & L.AR_MEET:
            continue
        if sr.f(y - 1) & _AR_THEN or (sr.key(y - 1) in _COMMAS and sr.key(y).startswith("و")) \
                or _next_stop(sr, y):
            late = {c.eid for c in sr.args if y < c.lo < t and c.etype == "Person"}
            narrowed = [p for p in pairs if late & set(p)]
            if narrowed or not late:
                return narrowed or pairs
            return _visitor_pairs(sr, y, pairs, late)
    return pairs


def country_unknown(attendee: str, pairs: Iterable[tuple[str, str]]) -> list[str]:
    """Whom an attendee whose country is not known met (session 28, meet): the brief pairs an
    attendee with every participant whatever his side, so his side need not be known -- every
    person of a meeting of two (or of one table), else the convener ("استقبل X الضيفَ Y بحضور
    المستشار Z", "X received Y in the presence of adviser Z": Z-X and Z-Y)."""
    return whole_meeting(attendee, pairs, [], True)


def _next_stop(sr: Any, y: int) -> bool:
    """Does "ثم" stand between the meeting verb at *y* and the meeting verb before it in the
    sentence ("استقبله A، ثم انتقل X إلى عين التينة حيث التقى B")?"""
    for z in range(y - 1, sr.lo - 1, -1):
        if sr.f(z) & L.AR_MEET:
            return False
        if sr.key(z) in _AR_THEN_ONLY:
            return any(sr.f(w) & L.AR_MEET for w in range(sr.lo, z))
    return False


def _visitor_pairs(sr: Any, y: int, pairs: list[tuple[str, str]],
                   late: set[str]) -> list[tuple[str, str]]:
    """The later stop of a tour, its host *late* not yet paired: the visitor (of *pairs*,
    named before the sentence's first meeting word) with each of *late*."""
    first = next((z for z in range(sr.lo, y) if sr.f(z) & L.AR_MEET), y)
    named = {c.eid for c in sr.args if c.lo < first and c.etype == "Person"}
    visitors = sorted({p for pair in pairs for p in pair if p in named} - late)
    return [(v, h) for v in visitors for h in sorted(late)]

