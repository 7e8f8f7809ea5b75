"""MET_WITH (English, session 65): a subject joined to a plural noun whose people follow in
apposition, "X and the two PPP leaders, party chairman A and former president B, met at
Parliament House" / "X and two Kurdish leaders, A and B, held talks": X is one of the
subjects too (the rules paired A and B only).

Read by ``meetings.MeetingRules`` where it pairs a subject list with no object ("met_plural"):
the list A and B opens after ", " that follows "(and) (the) (two / three / both) <plural noun
for people>" (a few adjectives or a body's name between), and a person stands right before
"and". Nothing else is read here; the negation and plan checks stay the caller's.
"""

from __future__ import annotations

from typing import Any

from loaders.extract.rule_common import title_start

_EN_PEOPLE_PLURALS = frozenset({"leaders", "men", "officials", "ministers", "envoys",
                                "commanders", "chiefs", "heads", "presidents", "premiers",
                                "politicians", "figures", "rivals", "allies", "generals",
                                "diplomats", "lawmakers", "negotiators", "representatives"})
_EN_COUNTS = frozenset({"two", "three", "both", "the", "its", "their"})
_MAX_TITLE_WORDS = 3  # ", party chairman A", ", former president B"
_MAX_BEFORE_NOUN = 4  # "the two PPP leaders", "the two main Kurdish leaders"


def subject_before_plural_list_en(sr: Any, first: Any) -> Any:
    """X of "X and the two <people noun>, A and B" for the list's first person *first* (A);
    None if the list has no such head."""
    s = title_start(first)
    while s - 1 > sr.lo and s - title_start(first) < _MAX_TITLE_WORDS and \
            sr.toks[s - 1].text.isalpha() and sr.toks[s - 1].text.islower():
        s -= 1  # (", party chairman A": a lower-case office)
    if sr.key(s - 1) != "," or sr.key(s - 2) not in _EN_PEOPLE_PLURALS:
        return None
    y = s - 3
    lo = max(sr.lo, s - 3 - _MAX_BEFORE_NOUN)
    while y >= lo and sr.key(y) != "and":
        if sr.toks[y].punct:
            return None
        y -= 1
    if y < lo or sr.key(y + 1) not in _EN_COUNTS:
        return None
    x = sr.mention_at.get(y - 1)
    if x is None or x.etype != "Person" or x.poss or x.hi != y:
        return None
    return x
