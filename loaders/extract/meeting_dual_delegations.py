"""MET_WITH (session 70, blind70j): the heads of two delegations named together after one
"headed by" / «برئاسة».

«استقبل X، مساء الخميس، وفدَي السعودية وإيران، برئاسة A وB» / "X received the Saudi and Iranian
delegations, headed by A and B" / «جرت المحادثات بين الوفدين برئاسة A وB»: the two delegations
were received or talked together, so their heads A and B met each other (the host X with each
is read by the base rules). ``meeting_two_delegations`` reads one head per delegation noun
("a delegation headed by A and one led by B"); here one plural or dual noun (الوفدين، وفدي،
وفود / "delegations") takes both heads after a single cue.

Read only: a meeting or reception word of the sentence before the noun (not planned or negated,
``blocked``), the cue within a few words after the noun with no person between, A after the cue
(his title between), B the next person after A joined to him by "and" / «و» (a comma allowed
before it), nothing else but B's title between; not when the delegations were met apart
("separately", «على حدة»، «كل على حدة»، «منفصل»).
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.dispatch import register_triggers
from loaders.extract.meeting_delegation_member_ar import AR_DELEGATION_HEADED

# two or more delegations in one word: the dual «وفدي / الوفدين / الوفدان» and the plural
AR_DUAL_DELEGATIONS = L._ar("وفدي", "الوفدين", "الوفدان", "وفود", "الوفود")
EN_DUAL_DELEGATIONS = L._en("delegations")
register_triggers(AR_DUAL_DELEGATIONS, EN_DUAL_DELEGATIONS)

_AR_MEETING = L.AR_MEET | L.AR_MEET_NOUNS | L.AR_RECEIVE_VERBS | L._ar(
    "جولة", "الجولة", "مفاوضات", "المفاوضات", "عقدت", "جرت", "انعقدت")
_EN_MEETING = L.EN_MEET | L._en("round", "negotiations")
_AR_APART = L._ar("حدة", "منفصل", "منفصلة", "منفصلين", "منفردا", "منفردة")
_EN_APART = L._en("separately", "separate", "respectively")
_CUE_GAP = 6  # words between the noun and "headed by" / «برئاسة» ("of Saudi Arabia and Iran,")
_HEAD_GAP = 9  # words of title between the cue (or "and") and a head's name


def _meeting_before(sr: Any, d: int, ar: bool) -> int | None:
    """The meeting or reception word nearest before the noun at *d* in the sentence."""
    for y in range(d - 1, sr.lo - 1, -1):
        if (sr.f(y) & _AR_MEETING) if ar else sr.key(y) in _EN_MEETING:
            return y
    return None


def _cue_after(sr: Any, d: int, ar: bool) -> int | None:
    """The last token of "headed / led by" or «برئاسة» a few words after the noun at *d*."""
    for x in range(d + 1, min(sr.hi, d + _CUE_GAP + 1)):
        if ar and sr.f(x) & AR_DELEGATION_HEADED:
            return x
        if not ar and sr.key(x) in L.EN_HEADED and sr.key(x + 1) == "by":
            return x + 1
        m = sr.mention_at.get(x)
        if m is not None and m.etype == "Person":
            return None
    return None


def _joined(sr: Any, a: Any, b: Any, ar: bool) -> bool:
    """Is *b* joined to *a* by "and" / «و» right after *a* (a comma allowed before it)?"""
    y = a.hi
    if sr.toks[y].text in (",", "،"):
        y += 1
    if y >= b.lo or any(sr.toks[z].punct for z in range(y, b.lo)):
        return False
    return sr.key(y)[:1] == "و" if ar else sr.key(y) == "and"


def dual_delegations(sr: Any) -> None:
    """Pair the two heads named after one "headed by" of a plural delegation noun (module
    doc)."""
    for d in sr.triggers(AR_DUAL_DELEGATIONS, EN_DUAL_DELEGATIONS):
        ar = sr.toks[d].ar
        t = _meeting_before(sr, d, ar)
        if t is None or sr.blocked(t):
            continue
        ks = sr.key_set()
        if not ks.isdisjoint(_AR_APART if ar else _EN_APART):
            continue
        cue = _cue_after(sr, d, ar)
        a = sr.after(cue + 1, types=("Person",), maxgap=_HEAD_GAP) if cue is not None else None
        if a is None or any(sr.toks[y].punct and sr.toks[y].text not in ("-", "'")
                            for y in range(cue + 1, a.lo)):
            continue
        b = sr.after(a.hi, types=("Person",), maxgap=_HEAD_GAP)
        if b is not None and b.eid != a.eid and _joined(sr, a, b, ar):
            sr.add("MET_WITH", a.eid, b.eid, "dual_delegations")
