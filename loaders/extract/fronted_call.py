"""A call told in a time clause that opens the sentence (session 67, call67).

"After a phone call with Donald Trump, Benjamin Netanyahu met Marco Rubio in Jerusalem", "A day
after a video call with Z, X hosted Y", «بعد / عقب / إثر / قبيل / غداة اتصال هاتفي مع Z، التقى X
Y», «وبعد مكالمة هاتفية مع Z اجتمع X بـY»: the call is the fronted clause's, the meeting the main
clause's. :func:`fronted_call_end` finds where such a clause ends (its comma, or the main
clause's meeting verb when no comma comes first); ``core_recall.remote_aside`` lets the
main clause's meeting through the call veto, and ``scorer_hedged.hedged`` keeps the scorer
from pairing the call's partner, named inside the clause, with anyone.
"""

from __future__ import annotations

from loaders.extract import lexicon as L
from loaders.extract.rule_common import forms
from loaders.extract.tokens import Tok

# the conjunction opening the clause, and the words of a span of time before it ("A day /
# Hours / Shortly / Just after"; «وبعد», «بعد ساعات من اتصال» is read at the call noun)
_EN_CONJ = frozenset({"after", "before", "following"})
_EN_SPAN = frozenset({"a", "an", "one", "two", "three", "day", "days", "hours", "hour",
                      "minutes", "weeks", "week", "shortly", "just", "soon", "only", "moments",
                      "few", "and", "but", "then"})
_AR_CONJ = L._ar("بعد", "قبل", "عقب", "إثر", "اثر", "قبيل", "غداة", "بعيد", "وبعد", "وقبل",
                 "وعقب", "وإثر", "واثر", "وقبيل", "وغداة")
_AR_SPAN = L._ar("و", "ثم")
_CALL_REACH = 5  # the first call word within so many tokens after the conjunction
_CLAUSE_MAX = 24  # the fronted clause no longer than so many tokens
_ENDS = frozenset({",", "،"})
_STOPS = frozenset({";", ".", ":", "؛", "?", "؟", "!"})


def fronted_conj(toks: list[Tok], lo: int, hi: int) -> int | None:
    """The position of a time conjunction that opens the sentence lo..hi, past a span of
    time ("A day after", "Hours after", «وبعد»), or None."""
    for x in range(lo, min(hi, lo + 4)):
        t = toks[x]
        fs = forms(t)
        if t.ar:
            if fs & _AR_CONJ:
                return x
            if not fs & _AR_SPAN:
                return None
        elif t.key in _EN_CONJ:
            return x
        elif t.key not in _EN_SPAN and not t.key.isdigit():
            return None
    return None


def fronted_call_end(toks: list[Tok], lo: int, hi: int, calls: list[int]) -> int | None:
    """Where the fronted time clause holding every call word of the sentence (*calls*, in
    order) ends: its comma, or the main clause's meeting verb when it comes first. None when
    the sentence opens with no such clause, the first call word is not near its conjunction,
    or a call word stands in the main clause too ("After a call with Z, X spoke by phone
    with Y")."""
    if not calls:
        return None
    conj = fronted_conj(toks, lo, hi)
    if conj is None or toks[conj].ar != toks[calls[0]].ar or \
            not 0 < calls[0] - conj <= _CALL_REACH:
        return None
    meet = L.AR_MEET if toks[conj].ar else L.EN_MEET
    for y in range(calls[0] + 1, min(hi, conj + _CLAUSE_MAX)):
        t = toks[y]
        if t.text in _ENDS or (not t.punct and forms(t) & meet):
            return y if calls[-1] < y else None
        if t.text in _STOPS:
            return None
    return None
