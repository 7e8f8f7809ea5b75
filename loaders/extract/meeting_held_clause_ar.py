"""MET_WITH: the holding verb of an Arabic meeting noun and the clause it opens.

"التقى X Y، كما عقد أول لقاء مع Z" / "...، قبل أن يعقد جلسة مباحثات مع Z" / "...، ثم عقد
اجتماعاً مع Z" / "...، وعقد لقاءً مع Z": a clause joined after a comma goes on with the subject of
the meeting verb before (X), not with Y, whom X met. ``meetings._met_svo`` (the noun path
"<held verb> <noun> مع Z") asks ``held_clause_ar`` for the verb and the comma before its
connector; it then takes the first person after the earlier meeting verb as the subject.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L

_AR_SESSION = L._ar("جلسة", "جولة", "جلسات", "جولات")
_AR_FIRST = L._ar("أول", "اول", "أولى", "اولى", "ثاني", "ثالث")
_AR_HELD = L._ar("عقد", "عقدت", "أجرى", "اجرى", "أجرت", "اجرت")
_AR_WILL_HOLD = L._ar("يعقد", "تعقد", "يجري", "تجري")  # after "قبل أن / بعد أن"
_AR_THEN_ALSO = L._ar("ثم", "كما")
_AR_BEFORE_AFTER = L._ar("قبل", "بعد")
_AR_THAT = L._ar("أن", "ان")
_COMMAS = ("،", ",")
_AR_ADJUNCT_OPEN = L._ar("في", "خلال", "امس", "أمس", "مساء", "صباح", "اليوم")


def held_clause_ar(sr: Any, t: int) -> tuple[int, int]:
    """(v, c) for the meeting noun at *t*: *v* the holding verb's index (past a session word
    or an ordinal: "جلسة مباحثات"، "أول لقاء"), *c* the index where the comma before its clause
    should stand: v - 1 for "، وعقد", v - 2 for "، ثم / كما عقد", v - 3 for "، قبل أن يعقد".
    ``c < v - 1`` only when the verb is a holding verb; the caller checks the comma."""
    v = t - 2 if sr.f(t - 1) & (_AR_SESSION | _AR_FIRST) else t - 1
    if sr.key(v - 1) in _AR_THEN_ALSO and sr.f(v) & _AR_HELD:
        return v, v - 2
    if not sr.f(v) & _AR_HELD and sr.toks[v].ar:
        # "، كما أجرى في مقر إقامته محادثات مع Z": a short place or time phrase between the
        # verb and the noun (session 70)
        for w in range(v - 2, max(sr.lo, v - 4), -1):
            if sr.f(w) & _AR_HELD and sr.key(w - 1) in _AR_THEN_ALSO and \
                    sr.key(w + 1) in _AR_ADJUNCT_OPEN:
                return w, w - 2
    if v - 3 > sr.lo and sr.f(v) & _AR_WILL_HOLD and sr.key(v - 1) in _AR_THAT and \
            sr.key(v - 2) in _AR_BEFORE_AFTER and sr.toks[v - 3].text in _COMMAS:
        return v, v - 3
    return v, v - 1



def negated_held_before_ar(sr: Any, subj: Any, start: int) -> bool:
    """Is the subject *subj* (its words from *start*) right after a negated holding verb ("ولم
    يعقد X اجتماعاً مع Y": the negation before the verb, out of the reach of the noun's own
    test; review41 A9)?"""
    v = start - 1
    return v > sr.lo and bool(sr.f(v) & (_AR_HELD | _AR_WILL_HOLD)) and sr.blocked(v, subj)


# a holding verb in the future, its س prefix on (session 54): «وسيجري X مباحثات مع Y»,
# «X سيعقد لقاءً مع Y», «وسيكون للرئيس X لقاء مع Y»
_AR_WILL_HAVE = _AR_WILL_HOLD | L._ar("يكون", "تكون")
# an intention before the subject, a holding masdar before the noun: «ويعتزم X إجراء
# مباحثات مع Y»، «وينوي X عقد لقاء مع Y»
_AR_INTENDS = L._ar("يعتزم", "تعتزم", "ينوي", "تنوي", "يخطط", "تخطط", "يأمل", "تأمل")
_AR_HOLDING = L._ar("إجراء", "اجراء", "عقد")


def future_held_ar(sr: Any, start: int, v: int) -> bool:
    """Is the holding verb of the meeting noun, before its subject (the subject's words from
    *start*) or at *v* (``held_clause_ar``), a future one («سيجري»، «ستعقد»، «سيكون لـ»), or
    an intention with a holding masdar at *v* («ويعتزم X إجراء مباحثات»)?"""
    for x in (start - 1, v):
        if x >= sr.lo and any(fm[:1] == "س" and fm[1:] in _AR_WILL_HAVE for fm in sr.f(x)):
            return True
    return start - 1 >= sr.lo and bool(sr.f(start - 1) & _AR_INTENDS) and \
        bool(sr.f(v) & _AR_HOLDING)


def asked_for_ar(sr: Any, v: int, start: int) -> bool:
    """Is the word before the meeting noun (*v*, ``held_clause_ar``) or before its holding
    masdar («عقد»، «إجراء»), or the word before its subject (the subject's words from
    *start*), a verb asking for, proposing or refusing the meeting (``L.AR_MEETING_ASKED``:
    «إن التنسيقية ستطلب لقاءً مع X»، «وطلب X عقد لقاء مع Y»، «واقترح X إجراء محادثات مع Y»)?
    Such a meeting was not held (session 64)."""
    x = v - 1 if sr.f(v) & _AR_HOLDING else v
    return any(y >= sr.lo and sr.f(y) & L.AR_MEETING_ASKED for y in (x, start - 1))
