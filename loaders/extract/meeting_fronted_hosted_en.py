"""MET_WITH (session 64, summit64): talks named with their host before the subjects.

"Ten days later, at talks hosted by Kenyatta in Nairobi, Ethiopia's army chief, Field Marshal
Birhanu Jula, and the Tigrayan forces' commander, General Tadesse Werede, agreed on how the
fighters would disarm": the people of the subject list met each other and the host (dev gold
pairs the host of a meeting with every participant: enFZ5, enGC1, enKD2, enNV3).

Read only when the phrase "at / during (a / the) talks / meeting / session / negotiations hosted
/ chaired / mediated / brokered / facilitated by H (in P)," opens the sentence or follows a
comma, and two or more people (no possessor) come before the clause's first verb; not a planned,
negated or remote meeting (``blocked`` at the verb).
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.dispatch import register_triggers
from loaders.extract.rule_common import EMPTY, meet_each_other

EN_HOSTED_BY = frozenset({"hosted", "chaired", "mediated", "brokered", "facilitated"})
register_triggers(EMPTY, EN_HOSTED_BY)
_EN_AT = frozenset({"at", "during"})
_EN_NOUN = frozenset({"talks", "meeting", "session", "negotiations", "meetings"})
_EN_DET = frozenset({"the", "a", "an", "new", "direct", "closed-door", "two-day", "fresh"})
_EN_NOT_MET = frozenset({"indirect", "virtual", "planned", "proposed", "upcoming"})
# the verbs of meeting ("met", "discussed", "sat") and what the parties did together
_EN_VERBS = L.EN_MEET | frozenset({"agreed", "signed", "held", "reached", "said", "exchanged",
                                   "pledged", "vowed", "announced"})
_HOST_GAP = 4  # words of title between "by" and the host's name
_PLACE_GAP = 6  # "in Nairobi" between the host and the comma
_LIST_REACH = 30  # words of the subject list (titles and appositions)


def _phrase_open(sr: Any, t: int) -> bool:
    """Does "at / during (the) <meeting noun>" end right before the participle at *t*, opening
    the sentence or after a comma?"""
    if sr.key(t - 1) not in _EN_NOUN:
        return False
    y = t - 2
    while y > sr.lo and sr.key(y) in _EN_DET:
        y -= 1
    if sr.key(y) not in _EN_AT or any(sr.key(z) in _EN_NOT_MET for z in range(y, t)):
        return False
    return y == sr.lo or sr.key(y - 1) == ","


def _subjects(sr: Any, c: int) -> tuple[list[Any], int]:
    """The people of the subject list after the comma *c* and the clause's first verb, else
    ([], -1)."""
    people: list[Any] = []
    x = c + 1
    while x < min(sr.hi, c + _LIST_REACH):
        tk = sr.toks[x]
        if tk.text in (".", ";", ":"):
            return [], -1
        m = sr.mention_at.get(x)
        if m is not None:
            if m.etype == "Person" and not m.poss and m.eid not in (p.eid for p in people):
                people.append(m)
            x = max(m.hi, x + 1)
            continue
        if not tk.punct and not tk.cap and (tk.key in _EN_VERBS or tk.key.endswith("ed")):
            return people, x
        x += 1
    return [], -1


def fronted_hosted_en(sr: Any) -> None:
    """Pair the people of the module doc's sentence with each other and the host."""
    for t in sr.triggers(EMPTY, EN_HOSTED_BY):
        if sr.key(t + 1) != "by" or not _phrase_open(sr, t):
            continue
        host = sr.after(t + 2, types=("Person",), maxgap=_HOST_GAP)
        if host is None or host.poss:
            continue
        c = next((x for x in range(host.hi, min(sr.hi, host.hi + _PLACE_GAP))
                  if sr.key(x) == ","), None)
        if c is None or any(sr.toks[x].punct for x in range(host.hi, c)):
            continue
        people, v = _subjects(sr, c)
        if len(people) < 2 or sr.blocked(v, people[0]):
            continue
        ids = list(dict.fromkeys([host.eid] + [p.eid for p in people]))
        meet_each_other(sr, ids, "fronted_hosted_en")
