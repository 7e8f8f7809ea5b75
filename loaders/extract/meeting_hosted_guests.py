"""MET_WITH: the guests a host received together for talks met each other.

Session 72 (attendees72): three or more people listed right after "received / receives /
hosted / hosts / welcomed / welcomes" met each other as well, with no talks named ("President
H received A, B and C at the parliament building", "King K welcomed A, B and C to his palace",
the headline "H receives A, B and C"): a host receiving three named guests in one object list
gave them one audience (dev 3,009: the gold pairs such guests in every sentence of this shape,
older and newest writers alike: 12 pairs in 5 pieces, none left unpaired), while two guests
received ("received A and B") are paired by the newest writers only (the older gold leaves
them apart in about as many pieces), so two stay unpaired (``three_guests_en``). Not when the
guests were received apart ("separately", "respectively", "each", "in turn", "in three
meetings", "then" / "later" between two of them), nor a passive ("was received by A, B and C"),
nor a negated or planned reception, nor visits paid one by one: condolences in a mourning
period ("During the mourning period the new emir received A, B and C": enCW5's gold pairs
the emir only), credentials presented.

"H hosted A and B in Brussels for five hours of talks" / "H hosted A, B and C at the palace
for a summit" / "H hosted A and B ..., and the two ministers also negotiated face to face":
A met B (and each guest the others), besides the host-guest pairs the base rules read. The
guests are the people listed right after "hosted" (commas, "and", a nationality or a
country's "X's" before a title or a name); the sentence must name the talks after the list ("for ... talks", or "the two ...
negotiated", or count the host and guests together as agreeing or talking: "and said the four had
agreed"), so a dinner or a state visit of two guests pairs nobody. Negation and modality block ("will host A and B for talks").
"""

from __future__ import annotations

from typing import Any

from loaders.extract.dispatch import register_triggers
from loaders.extract.rule_common import person_after_qualifiers_en, person_at

_TALKS = frozenset({"talks", "summit", "trilateral", "negotiated", "negotiations",
                    "meeting", "meetings", "discussions"})
_JOIN = frozenset({",", "and"})


def _guests(sr: Any, t: int) -> tuple[list[Any], int]:
    """The people listed right after "hosted" at *t*, and the token after the list."""
    guests: list[Any] = []
    k = t + 1
    while k < sr.hi:
        m = person_at(sr, k) or sr.mention_at.get(k)
        if m is None and sr.toks[k].text[:1].isupper():
            m = person_at(sr, k + 1)  # "German Chancellor X": a nationality before the title
        if m is None and not sr.toks[k].text[:1].isupper():
            m = person_after_qualifiers_en(sr, k, 2)  # "eastern Libyan commander X" (s68)
        if m is not None and m.etype == "Person":
            guests.append(m)
            k = max(m.hi, k + 1)
            continue
        if m is not None and m.etype == "Country" and m.hi > k:
            k = m.hi + (sr.key(m.hi) in ("'s", "’s"))  # "Azerbaijan's Jeyhun Bayramov"
            continue
        if sr.key(k) in _JOIN and guests:
            k += 1
            continue
        break
    if k > t + 1 and sr.key(k - 1) in _JOIN:
        k -= 1
    return guests, k


def _for_talks(sr: Any, end: int) -> bool:
    """After the list: "for (five hours of) talks" (no comma between), or "the two (ministers)
    ... negotiated / held talks"."""
    group = False
    for y in range(end, sr.hi):
        m = sr.mention_at.get(y)
        group = group or (m is not None and m.eid.startswith("group:"))
        if sr.key(y) not in _TALKS:
            continue
        if group:
            return True
        for x in range(y - 1, max(end, y - 7) - 1, -1):
            if sr.key(x) == ",":
                break
            if sr.key(x) == "for":
                return True
    return False


_COUNTS = {"three": 3, "four": 4, "five": 5, "six": 6}
_AGREED = frozenset({"agreed", "discussed", "held", "signed", "reviewed", "met", "talked"})


def _all_counted(sr: Any, end: int, n: int) -> bool:
    """After the list: "the four" counting the host and the *n* guests together ("H hosted A, B
    and C at the mansion and said the four had agreed ..."; session 71)."""
    return any(_COUNTS.get(sr.key(y)) == n + 1 and sr.key(y - 1) == "the" and
               any(sr.key(x) in _AGREED for x in range(y + 1, min(sr.hi, y + 4)))
               for y in range(end + 1, sr.hi))


EN_RECEIVED = frozenset({"received", "receives", "hosted", "hosts", "welcomed", "welcomes"})
register_triggers(frozenset(), EN_RECEIVED)
_APART = frozenset({"separately", "respectively", "each", "individually", "turn", "successive",
                    "separate", "consecutive", "different", "respective", "meetings",
                    "audiences"})
_APART_INSIDE = frozenset({"then", "later", "afterwards", "subsequently", "before", "after"})
# visits one after another: condolences in a mourning period, credentials presented
_ONE_BY_ONE = frozenset({"mourning", "condolence", "condolences", "funeral", "mourners",
                         "credentials"})


# a thing received, or a group's members, between the verb and the people: no guest list
_NOT_GUESTS = frozenset({"credentials", "call", "calls", "letter", "letters", "message",
                         "messages", "from", "of", "including", "among", "delegation",
                         "delegations", "group", "members"})


def _chained_guests(sr: Any, t: int) -> tuple[list[Any], int]:
    """The list of people (``chain``) whose first one's title follows the verb at *t* with no
    punctuation between ("received Hamas political bureau chief A, ... B and ... C"), and the
    token after it; ([], t) when none."""
    first = sr.after(t + 1, types=("Person",), maxgap=6)
    if first is None or any(sr.toks[x].punct or sr.key(x) in _NOT_GUESTS
                            for x in range(t + 1, first.lo)):
        return [], t
    people = sr.chain(first, ("Person",))
    return people, people[-1].hi


def three_guests_en(sr: Any, n_met: int) -> None:
    """Pair the three or more guests listed right after a reception verb (module doc), when
    the sentence's meeting rules read the host's pairs with them (``n_met``: the first of
    this sentence's MET_WITH pairs)."""
    keys = sr.key_set()
    if not _APART.isdisjoint(keys) or not _ONE_BY_ONE.isdisjoint(keys):
        return
    met = {frozenset((r.source, r.target)) for r in sr.out[n_met:] if r.type == "MET_WITH"}
    for t in range(sr.lo, sr.hi - 3):
        if sr.key(t) not in EN_RECEIVED or sr.key(t + 1) == "by" or sr.key(t - 1) in (
                "was", "were", "be", "been", "being", "is", "are"):
            continue
        guests, end = _guests(sr, t)
        if len(guests) < 3:
            guests, end = _chained_guests(sr, t)
        ids = list(dict.fromkeys(g.eid for g in guests))
        if len(ids) < 3 or any(sr.key(x) in _APART_INSIDE for x in range(t + 1, end)):
            continue
        hosts = {p for pair in met for p in pair if pair & set(ids)} - set(ids)
        if not hosts or not all(any(frozenset((h, g)) in met for h in hosts) for g in ids):
            continue  # (the rules read no reception of them all: not a guest list)
        if sr.blocked(t, sr.mention_at.get(t - 1)):
            continue
        for i, a in enumerate(ids):
            for b in ids[i + 1:]:
                sr.add("MET_WITH", a, b, "three_guests_en")


def hosted_guests_en(sr: Any, t: int) -> None:
    """Pair the guests of "H hosted A and B ... for talks" (module doc); *t* is "hosted"."""
    host = sr.mention_at.get(t - 1)
    if host is None or host.etype != "Person" or sr.blocked(t, host):
        return
    guests, end = _guests(sr, t)
    ids = list(dict.fromkeys(g.eid for g in guests if g.eid != host.eid))
    if len(ids) < 2 or not (_for_talks(sr, end) or _all_counted(sr, end, len(ids))):
        return
    for i, a in enumerate(ids):
        for b in ids[i + 1:]:
            sr.add("MET_WITH", a, b, "hosted_guests_en")
