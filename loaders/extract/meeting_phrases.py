"""MET_WITH: small readers of meeting phrases in feature writing (session 14).

- ``held_before_en``: "X and Y held closed-door talks", "held a two-hour meeting", "held
  three hours of talks": the verb "held" a few modifiers before the meeting noun;
- ``apposed_peer_gap_en``: "X and his Turkish counterpart, Y, met": Y is the second member of
  the list (``SentenceCore.chain``).
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L

_EN_HELD = frozenset({"held", "hold", "holding", "holds"})
_EN_NOUN_MODIFIERS = frozenset({"a", "an", "closed", "-", "door", "two", "three", "four", "five",
                                "several", "hours", "hour", "of", "long", "lengthy",
                                "marathon", "private", "secret", "direct", "face", "to",
                                "rare", "frank", "day", "more", "than", "separate", "further",
                                "fresh", "new", "unannounced", "informal", "formal",
                                "bilateral", "extensive", "intensive", "tense", "cordial"})


def held_before_en(sr: Any, t: int) -> bool:
    """Is the meeting noun at *t* the object of "held" past a few modifiers ("held talks",
    "held closed-door talks", "held three hours of talks", "held a face-to-face meeting")?"""
    for y in range(t - 1, max(sr.lo - 1, t - 8), -1):
        ky = sr.key(y)
        if ky in _EN_HELD:
            return True
        if ky not in _EN_NOUN_MODIFIERS or sr.mention_at.get(y) is not None:
            return False
    return False


_EN_PEER_NOUNS = frozenset({"counterpart", "counterparts", "host", "guest", "deputy", "visitor",
                            "successor", "predecessor", "ally", "rival"})


def apposed_peer_gap_en(gap_keys: list[str]) -> bool:
    """The words between two list members are "and his (Turkish) counterpart ," ("X and his
    Turkish counterpart, Y, held talks")."""
    return len(gap_keys) >= 4 and gap_keys[0] == "and" and \
        gap_keys[1] in ("his", "her", "their") and gap_keys[-1] == "," and \
        gap_keys[-2] in _EN_PEER_NOUNS and all(g in L.NATIONALITY for g in gap_keys[2:-2])


def _person_ending_at(sr: Any, hi: int) -> Any:
    """The person mention whose last token is just before *hi*, or None."""
    m = sr.mention_at.get(hi - 1)
    return m if m is not None and m.etype == "Person" and m.hi == hi else None


def paired_noun_meeting_en(sr: Any, nouns: frozenset[str]) -> None:
    """"The Sudani-Erdogan meeting", "Fidan and Lavrov's talks": the two people named
    before the meeting noun met."""
    for t in sr.triggers(frozenset(), nouns):
        b = _person_ending_at(sr, t)
        if b is None:
            continue
        p = b.tlo if 0 <= b.tlo < b.lo else b.lo
        if sr.key(p - 1) == "-" and not b.poss:
            a = _person_ending_at(sr, p - 1)
        elif sr.key(p - 1) == "and" and b.poss:
            a = _person_ending_at(sr, p - 1)
            if a is not None and (a.poss or sr.key(a.lo - 1) in ("of", "between")):
                a = None
        else:
            continue
        if a is None or a.eid == b.eid or sr.blocked(t, a):
            continue
        sr.add("MET_WITH", a.eid, b.eid, "paired_noun_meeting_en")


EN_PLAYED_HOST = frozenset({"host", "hosts"})


def played_host_en(sr: Any) -> None:
    """"X played host to Y": X met Y (the object list after "to")."""
    for t in sr.triggers(frozenset(), EN_PLAYED_HOST):
        if sr.key(t - 1) not in ("played", "plays", "playing", "play") or sr.key(t + 1) != "to":
            continue
        obj = sr.after(t + 2, types=("Person",), maxgap=4)
        if obj is None or obj.poss or any(sr.toks[y].punct for y in range(t + 2, obj.lo)):
            continue
        subj = sr.subject_before(t - 1)
        if subj is None or subj.etype != "Person" or sr.blocked(t - 1, subj):
            continue
        for o in sr.chain(obj, ("Person",)):
            if o.eid != subj.eid:
                sr.add("MET_WITH", subj.eid, o.eid, "played_host_en")
