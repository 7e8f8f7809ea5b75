"""MET_WITH (session 64, blind64d): talks between two delegations, each named with its head.

"The talks brought together a Saudi delegation headed by A and an Iranian delegation led by B",
"a round of talks between the Saudi delegation, led by A, and the Iranian one, led by B" /
«عُقدت الجولة الخامسة بين وفد سعودي برئاسة A ووفد إيراني برئاسة B», «جرت المحادثات بين الوفد
السعودي برئاسة A والوفد الإيراني الذي يترأسه B»: the two heads met. The usual readings of
"between X and Y" / «بين X وY» want the people right after "between"; here each side is a
delegation noun with its head named after "headed / led by" / «برئاسة، يترأسه، بقيادة».

Read only after "between" / «بين» (or "brought together") with a delegation noun right after it,
a meeting word before it in the sentence (talks, round, meeting / محادثات، جولة، اجتماع، عُقدت،
جرت ...), and a second delegation joined by "and" / «و»; not a planned or negated meeting
(``blocked``). A meeting of the delegations' members is not read here.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.dispatch import register_triggers
from loaders.extract.meeting_delegation_member_ar import AR_DELEGATION_HEADED, AR_DELEGATION_NOUNS

AR_BETWEEN_SIDES = L._ar("بين", "وبين")
EN_BETWEEN_SIDES = frozenset({"between", "together"})
register_triggers(AR_BETWEEN_SIDES, EN_BETWEEN_SIDES)

_EN_DELEGATION_NOUNS = frozenset({"delegation", "team", "one"})
_EN_MEETING_WORDS = L.EN_MEET | frozenset({"round", "rounds", "negotiations", "consultations",
                                           "held"})
_AR_MEETING_WORDS = L.AR_MEET_NOUNS | L._ar(
    "جولة", "الجولة", "مفاوضات", "المفاوضات", "حوار", "الحوار", "عقدت", "وعقدت", "جرت",
    "وجرت", "انعقدت", "عقد", "جرى")
_SIDE_GAP = 3  # words between "between" / "and" and the delegation noun ("an Iranian")
_CUE_GAP = 8  # words between the delegation noun and "headed by" / «برئاسة»
_HEAD_GAP = 9  # words of title between the cue and the head's name
_JOIN_GAP = 4  # words between the first head and the second delegation


def _delegation_at(sr: Any, lo: int, ar: bool) -> int | None:
    """The delegation noun within a few words from *lo* ("a Saudi delegation", «وفد»)."""
    for y in range(lo, min(sr.hi, lo + _SIDE_GAP + 1)):
        if (sr.f(y) & AR_DELEGATION_NOUNS) if ar else sr.key(y) in _EN_DELEGATION_NOUNS:
            return y
        if sr.mention_at.get(y) is not None and sr.mention_at[y].etype == "Person":
            return None
    return None


def _head_after(sr: Any, d: int, ar: bool) -> Any:
    """The person heading the delegation noun at *d*: named after "headed / led by" or
    «برئاسة» within a few words (his title between)."""
    for x in range(d + 1, min(sr.hi, d + _CUE_GAP + 1)):
        if ar and sr.f(x) & AR_DELEGATION_HEADED:
            cue_end = x  # «برئاسة»
        elif not ar and sr.key(x) in L.EN_HEADED and sr.key(x + 1) == "by":
            cue_end = x + 1  # "headed by"
        else:
            m = sr.mention_at.get(x)
            if m is not None and m.etype == "Person":
                return None  # (another person before the cue: not this delegation's head)
            continue
        head = sr.after(cue_end + 1, types=("Person",), maxgap=_HEAD_GAP)
        if head is None or any(sr.toks[y].punct and sr.toks[y].text not in ("-", "'")
                               for y in range(cue_end + 1, head.lo)):
            return None
        return head
    return None


def _second_side(sr: Any, head: Any, ar: bool) -> int | None:
    """The second delegation noun, joined to the first side right after its head by "and" /
    «و» ("A and an Iranian delegation", "A, and the Iranian one", «A ووفد إيراني»)."""
    for y in range(head.hi, min(sr.hi, head.hi + _JOIN_GAP)):
        if ar:
            if sr.key(y)[:1] == "و" and sr.f(y) & AR_DELEGATION_NOUNS:
                return y
        elif sr.key(y) == "and":
            return _delegation_at(sr, y + 1, ar)
        if sr.mention_at.get(y) is not None:
            return None
    return None


def _meeting_word_before(sr: Any, b: int, ar: bool) -> int | None:
    """A meeting word of the sentence before *b* (the talks the two sides held)."""
    if not ar and sr.key(b) == "together":
        return b - 1 if sr.key(b - 1) in L.EN_BRING else None
    for y in range(b - 1, sr.lo - 1, -1):
        if (sr.f(y) & _AR_MEETING_WORDS) if ar else sr.key(y) in _EN_MEETING_WORDS:
            return y
    return None


def two_delegations(sr: Any) -> None:
    """Pair the heads of the two delegations of "talks between a delegation headed by A and
    a delegation headed by B" (module doc)."""
    for b in sr.triggers(AR_BETWEEN_SIDES, EN_BETWEEN_SIDES):
        ar = sr.toks[b].ar
        t = _meeting_word_before(sr, b, ar)
        if t is None or sr.blocked(t) or sr.blocked(b):
            continue
        d1 = _delegation_at(sr, b + 1, ar)
        a = _head_after(sr, d1, ar) if d1 is not None else None
        d2 = _second_side(sr, a, ar) if a is not None else None
        h = _head_after(sr, d2, ar) if d2 is not None else None
        if h is not None and h.eid != a.eid:
            sr.add("MET_WITH", a.eid, h.eid, "two_delegations")
