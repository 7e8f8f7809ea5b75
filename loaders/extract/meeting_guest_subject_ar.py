"""MET_WITH (session 44): "the guest" as the SUBJECT of an Arabic meeting verb.

"كما التقى الضيف (الفلسطيني) Y وZ" (VSO) and "قالت مصادر إن الضيف (الفلسطيني) التقى Y" (after
إن / أن) name the visitor only by a description. He is a side of the meeting told in the last three
sentences (``state["met_out"]``): the one person every pair of it shares ("استقبله عون ...
ثم التقى بري ... مع سلام": the visitor), of two sides the one received (the pair's second
person, "وكان بزشكيان قد استقبل هنية"), and a nationality adjective after the word ("الضيف
الفلسطيني") keeps only a side of that country (or one titled with it: "العاهل الأردني"). Never the previous
sentence's subject as such (often the host), and nobody when unsure. The object side reads
the same word elsewhere (``context_speakers.guest_at_ar``: "استقبل X الضيفَ"); after a subject
("وكان X قد التقى الضيف") it is the object here too: X met the guest, nobody later. The partner
follows with no punctuation (but "، و<title>" going on with a list), negation or "(بممثل) عن"
between (session 44 review). Called from
``meetings._met_svo`` before its subject search; False when the verb has no such subject."""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.context_speakers import _AR_THE_GUEST, recent_guest
from loaders.extract.rule_common import title_start

GUEST_WORDS = _AR_THE_GUEST  # (for the caller's cheap pre-check)
_THAT = L._ar("ان", "إن", "أن", "بأن", "بان", "وإن", "وان")
_SUBJECT_BEFORE = frozenset({"قد"})  # "وكان X قد التقى الضيف": the guest is the object
_ON_BEHALF = ("عن", "ممثل", "بممثل", "وممثل", "ممثلا", "ممثله", "بممثله", "مندوب", "بمندوب")


def _person_ends_at(sr: Any, x: int) -> bool:
    m = sr.mention_at.get(x) if sr.lo <= x < sr.hi else None
    return m is not None and m.etype == "Person"


def _guest_word(sr: Any, t: int) -> int | None:
    """Token of "الضيف / الزائر" that is the subject of the verb at *t*, else None (a subject
    before the verb, "X (قد) التقى الضيف", is read by the caller first: ``_guest_object``)."""
    x = t + 1
    if x < sr.hi and sr.f(x) & _AR_THE_GUEST:
        return x  # "التقى الضيف Y"
    x = t - 1
    if x >= sr.lo and sr.key(x) in L.NATIONALITY:
        x -= 1  # "إن الضيف الفلسطيني التقى Y"
    if x - 1 >= sr.lo and sr.f(x) & _AR_THE_GUEST and sr.key(x - 1) in _THAT:
        return x  # "إن الضيف التقى Y"
    return None


def _clean_span(sr: Any, lo: int, hi: int) -> bool:
    """No punctuation, negation or "(بممثل) عن" between the guest and his partner (but the
    comma of a list that goes on with his title: "قائد الثورة، ونائب الأمين العام ... Y")."""
    for k in range(lo, hi):
        if sr.toks[k].punct and not (k + 1 == hi and sr.key(hi).startswith("و")) or \
                sr.f(k) & L.AR_NEG or sr.key(k) in _ON_BEHALF:
            return False
    return True


def _guest_object(sr: Any, t: int) -> bool:
    """"وكان الرئيس X قد التقى الضيف": X met the guest (the object), not a person later in the
    sentence; False when no subject stands there (the caller reads the verb)."""
    w = t - 2 if sr.key(t - 1) in _SUBJECT_BEFORE else t - 1
    if not _person_ends_at(sr, w):
        return False
    host = sr.mention_at[w]
    nat = L.NATIONALITY.get(sr.key(t + 2)) if t + 2 < sr.hi else None
    guest = recent_guest(sr, nat)
    if guest is not None and guest != host.eid and not sr.blocked(t, host):
        sr.add("MET_WITH", host.eid, guest, "guest_object_ar")
    return True


def guest_subject_met_ar(sr: Any, t: int) -> bool:
    """Add "the guest" - his partners for the Arabic meeting verb at *t* whose subject is
    "الضيف / الزائر": True when the verb was read so (even with no relation added)."""
    if sr.f(t + 1) & _AR_THE_GUEST and (sr.key(t - 1) in _SUBJECT_BEFORE or
                                        _person_ends_at(sr, t - 1)):
        return _guest_object(sr, t)
    x = _guest_word(sr, t)
    if x is None:
        return False
    nat = L.NATIONALITY.get(sr.key(x + 1)) if x + 1 < sr.hi else None
    guest = recent_guest(sr, nat)
    if guest is None:
        return True
    start = t + 1 if x < t else x + 1 + (nat is not None)
    first = sr.after(start, types=("Person",), maxgap=10) if start < sr.hi else None
    if first is None or first.eid == guest or sr.blocked(t) or \
            not _clean_span(sr, start, min(first.lo, title_start(first))):
        return True
    for o in sr.chain(first):
        if o.etype == "Person" and o.eid != guest:
            sr.add("MET_WITH", guest, o.eid, "guest_subject_ar")
    return True
