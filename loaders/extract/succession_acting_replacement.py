"""SUCCESSOR_OF (session 12), run by ``succession_clauses.more_clauses``: an acting holder in an
apposition ("X, (Iran's) acting president since Y's death / since Y was killed", "X، الرئيس
بالوكالة منذ وفاة Y": :func:`acting_apposition`) and a replacement noun ("X, the replacement for
Y", "named X as a replacement for Y", "K named X as Y's replacement / successor", "عُيّن X بديلاً
لـY / عن Y": :func:`replacement`). Negatives: a candidacy ("a possible replacement for Y"), a
time with no going ("acting president since May")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract import lexicon as L
from loaders.extract.rule_common import title_start
from loaders.extract.succession_clause_words import (
    AR_APPOINTED,
    COMMAS,
    PERSON,
    SO,
    gone_ar,
    gone_en,
    person_ending_at,
)

if TYPE_CHECKING:
    from loaders.extract.mentions import Mention
    from loaders.extract.relations import SentenceCore


# ---- acting holders in an apposition ------------------------------------------------------
EN_ACTING = frozenset({"acting", "interim", "caretaker"})

AR_ACTING = L._ar("بالوكالة", "بالوكاله", "بالإنابة", "بالانابة")

_EN_SINCE = frozenset({"since", "after", "following"})

_AR_SINCE = L._ar("منذ", "بعد", "عقب", "إثر", "اثر")

_AR_REL = L._ar("الذي", "التي")
_AR_ELECTION = L._ar("انتخاب")  # the holder gone to another post: "منذ انتخاب Y رئيساً"
_REL_SPAN = 14  # "X, who had also run the finance ministry in an acting capacity"


def acting_apposition(sr: SentenceCore) -> None:
    """"X, (Iran's) acting president since Y's death," / "X، الرئيس بالوكالة منذ وفاة Y":
    the acting holder named before the apposition succeeded Y; also before a relative clause:
    "X, who ran it in an acting capacity since Y resigned" / "X، الذي تولاها بالوكالة منذ
    انتخاب قائدها السابق Y رئيساً"."""
    ar = sr.toks[sr.lo].ar
    for t in sr.triggers(AR_ACTING, EN_ACTING):
        comma = next((y for y in range(t - 1, max(sr.lo, t - _REL_SPAN) - 1, -1)
                      if sr.toks[y].punct), None)
        if comma is None or sr.toks[comma].text not in COMMAS:
            continue
        # "X، الذي تولاها بالوكالة منذ ..." / "X, who had run it in an acting capacity since
        # ...": the head of the relative clause (session 31), else an apposition of X
        rel = sr.f(comma + 1) & _AR_REL if ar else sr.key(comma + 1) == "who"
        if not rel and t - comma > 6:
            continue
        new = person_ending_at(sr, comma)
        if new is None:
            continue
        if not rel and any((sr.f(y) & L.AR_TAKEOVER) if ar else sr.key(y) in L.EN_APPOINT
                           for y in range(comma + 1, t)):
            continue  # a verb: the older rule (acting_after_death) reads it
        aft = next((y for y in range(t + 1, min(sr.hi, t + 5))
                    if (sr.f(y) & _AR_SINCE if ar else sr.key(y) in _EN_SINCE)), None)
        if aft is None or any(sr.toks[y].punct for y in range(t + 1, aft)):
            continue
        old = gone_ar(sr, aft) if ar else gone_en(sr, aft)
        if old is None and rel and ar and sr.f(aft + 1) & _AR_ELECTION:
            old = sr.after(aft + 2, types=PERSON, maxgap=3)  # "منذ انتخاب قائدها السابق Y"
            if old is not None and sr.key(old.hi) in ("له", "لها"):
                old = None  # "منذ انتخاب Y له": Y elected him, no predecessor
        if old is None or old.eid == new.eid or sr.blocked(t, new):
            continue
        sr.add(SO, new.eid, old.eid, "acting_apposition")


# ---- a replacement noun ------------------------------------------------------------------

AR_INSTEAD = L._ar("بديلا", "بديلاً", "بديل")

_EN_CANDIDATE = frozenset({"possible", "potential", "likely", "probable", "candidate",
                           "rumoured", "rumored", "expected", "future", "eventual"})


def _appointee_en(sr: SentenceCore, t: int) -> tuple[Mention | None, int]:
    """English: the one named / appointed "as" the noun at *t*: the object of the verb
    ("K named X as ...") or, in the passive, its subject ("X was named as ..."), with the
    verb's position (-1 without one)."""
    y = t - 1
    while y > sr.lo and sr.key(y) in ("a", "the", "his", "her", "new", "permanent"):
        y -= 1
    m = sr.mention_at.get(y)
    if m is not None and m.poss and m.etype == "Person":
        y = title_start(m) - 1  # "as Y's replacement"
    if sr.key(y) != "as":
        return None, -1
    obj = person_ending_at(sr, y)
    verb = y - 1 if obj is None else title_start(obj) - 1
    if sr.key(verb) not in L.EN_APPOINT:
        return None, -1
    if obj is not None:
        return obj, verb
    return sr.subject_before(verb - 1 if sr.key(verb - 1) in ("was", "were", "is") else verb,
                             maxgap=20), verb


def replacement(sr: SentenceCore) -> None:
    """"X, the replacement for Y", "K named X as a replacement for Y / as Y's replacement",
    "عُيّن X بديلاً لـY / بديلاً عن Y": X succeeded Y."""
    for t in sr.triggers(AR_INSTEAD, L.EN_SUCCESSOR):
        if sr.key(t - 1) in _EN_CANDIDATE or t - 2 >= sr.lo and sr.key(t - 2) in _EN_CANDIDATE:
            continue  # (= any of the two keys before t in the sentence; no generator)
        new: Mention | None = None
        old: Mention | None = None
        verb: int | None = None
        if sr.toks[t].ar:
            nxt = sr.after(t + 1, types=PERSON, maxgap=4)
            # (the name or its title next: "بديلاً عن الدكتور Y", "بديلاً للواء Y"; session 72)
            lo = title_start(nxt) if nxt is not None else t
            if nxt is None or lo > t + 2 or lo == t + 2 and sr.key(t + 1) != "عن":
                continue
            old = nxt  # "بديلاً لسعد" / "بديلاً عن سعد" / "بديل سعد"
            verb = next((y for y in range(t - 1, max(sr.lo, t - 8) - 1, -1)
                         if sr.f(y) & AR_APPOINTED), None)
            if verb is None:
                continue
            new = sr.after(verb + 1, types=PERSON, maxgap=4)
            if new is not None and new.hi > t:
                new = None
        else:
            poss = sr.mention_at.get(t - 1)
            if poss is not None and poss.poss and poss.etype == "Person":
                old = poss  # "as Y's replacement"
            elif sr.key(t + 1) in ("for", "to") and sr.key(t) == "replacement":
                old = sr.after(t + 2, types=PERSON, maxgap=1)
            if old is None:
                continue
            new, v = _appointee_en(sr, t)
            verb = v if v >= 0 else None
            if new is None and sr.key(t - 1) == "the" and sr.key(t - 2) == ",":
                new = person_ending_at(sr, t - 2)  # "X, the replacement for Y,"
        if new is None or old is None or new.eid == old.eid or new.etype != "Person":
            continue
        if any(r.type == SO and r.source == new.eid and r.target == old.eid for r in sr.out):
            continue
        if sr.blocked(t, new) or sr._irrealis(t) or verb is not None and sr.blocked(verb, new):
            continue
        sr.add(SO, new.eid, old.eid, "replacement")
