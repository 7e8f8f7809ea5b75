"""MET_WITH (session 44): "the guest" as the SUBJECT of an Arabic meeting verb.

"كما التقى الضيف (الفلسطيني) Y وZ" (VSO) and "قالت مصادر إن الضيف التقى Y" (after إن / أن)
name the visitor only by a description. He is a side of the meeting told in the last three
sentences (``state["met_out"]``): the one person every pair of it shares ("استقبله عون ...
ثم التقى بري ... مع سلام": the visitor), of two sides the one received (the pair's second
person, "وكان بزشكيان قد استقبل هنية"), and a nationality adjective after the word ("الضيف
الفلسطيني") keeps only a side of that country (or one titled with it: "العاهل الأردني"). Never the previous
sentence's subject as such (often the host), and nobody when unsure. The object side reads
the same word elsewhere (``context_speakers.guest_at_ar``: "استقبل X الضيفَ"). Called from
``meetings._met_svo`` before its subject search; False when the verb has no such subject."""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.context_speakers import _AR_THE_GUEST
from loaders.extract.coref_offices import _titled_nationality

GUEST_WORDS = _AR_THE_GUEST  # (for the caller's cheap pre-check)
_THAT = L._ar("ان", "إن", "أن", "بأن", "بان", "وإن", "وان")


def _guest_word(sr: Any, t: int) -> int | None:
    """Token of "الضيف / الزائر" that is the subject of the verb at *t*, else None."""
    x = t + 1
    if x < sr.hi and sr.f(x) & _AR_THE_GUEST:
        return x  # "التقى الضيف Y"
    x = t - 1
    if x - 1 >= sr.lo and sr.f(x) & _AR_THE_GUEST and sr.key(x - 1) in _THAT:
        return x  # "إن الضيف التقى Y"
    return None


def _recent_guest(sr: Any, nat: str | None) -> str | None:
    """The guest among the sides of the meeting told in the last three sentences."""
    si, out = sr.doc.state.get("met_out", (-9, ()))
    if si < sr.si - 3 or si >= sr.si:
        return None
    pairs = [(r.source, r.target) for r in out if r.type == "MET_WITH"]
    if not pairs:
        return None
    et, country = sr.doc.etype, sr.doc.country_of
    count: dict[str, int] = {}
    for a, b in pairs:
        for e in (a, b):
            if et(e) == "Person" and (nat is None or country(e) == nat or country(e) is None
                                      and _titled_nationality(sr.doc, e, nat)):
                count[e] = count.get(e, 0) + 1
    if not count:
        return None
    top = max(count.values())
    best = [e for e, c in count.items() if c == top]
    if len(best) > 1:
        received = {b for _a, b in pairs}
        best = [e for e in best if e in received]
    return best[0] if len(best) == 1 else None


def guest_subject_met_ar(sr: Any, t: int) -> bool:
    """Add "the guest" - his partners for the Arabic meeting verb at *t* whose subject is
    "الضيف / الزائر": True when the verb was read so (even with no relation added)."""
    x = _guest_word(sr, t)
    if x is None:
        return False
    nat = L.NATIONALITY.get(sr.key(x + 1)) if x + 1 < sr.hi else None
    guest = _recent_guest(sr, nat)
    if guest is None:
        return True
    start = max(x, t) + 1 + (nat is not None)
    first = sr.after(start, types=("Person",), maxgap=10) if start < sr.hi else None
    if first is None or first.eid == guest or sr.blocked(t):
        return True
    for o in sr.chain(first):
        if o.etype == "Person" and o.eid != guest:
            sr.add("MET_WITH", guest, o.eid, "guest_subject_ar")
    return True
