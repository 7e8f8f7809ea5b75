"""ASSASSINATED_BY: "<someone> identified the two killed in the Turkish strike as X and Y".

A participle "killed" right after a group that names no one ("the two", "the three men",
"those", "the people") describes that group, not the person named before it: the governor of
"Governor H identified the two killed in the Turkish strike as X and Y" is the speaker, and the
victims are the people listed after "as" (only when a verb of naming stands before the group).
Called by ``KillingRulesEn._killed_en`` for its reduced passive.
"""

from __future__ import annotations

from typing import Any

# the head of a group a participle can describe: "the two killed", "the men killed"
_EN_GROUP = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                       "dead", "men", "people", "others", "victims", "civilians", "soldiers",
                       "fighters", "members", "commanders", "officers", "journalists",
                       "militants", "women", "children", "those", "persons", "brothers"})
_EN_DET = frozenset({"the", "those", "these", "all"})
_EN_NAMING = frozenset({"identified", "named", "listed", "identify", "name", "identifies",
                        "names"})
# words that end the participle's phrase before "as" (a clause of its own)
_EN_CLAUSE = frozenset({"said", "says", "and", "who", "which", "that", ";"})


def group_participle_en(sr: Any, t: int) -> bool:
    """The participle at *t* follows a group named by a determiner and a number or a plural
    ("the two killed", "the three men killed", "those killed"), not a person."""
    kp = sr.key(t - 1)
    if kp == "those":
        return True
    if kp not in _EN_GROUP or sr.mention_at.get(t - 1) is not None:
        return False
    k2 = sr.key(t - 2)
    return k2 in _EN_DET or (sr.key(t - 3) in _EN_DET and k2 in _EN_GROUP)


def named_as_victims_en(sr: Any, t: int) -> list[Any] | None:
    """For a participle at *t* after a group (:func:`group_participle_en`): the people listed
    after "as" when a verb of naming stands before the group ("identified the two killed in the
    strike as X and Y"), else []; None when *t* does not follow a group."""
    if not group_participle_en(sr, t):
        return None
    start = t - 1 if sr.key(t - 1) == "those" else t - 2 if sr.key(t - 2) in _EN_DET else t - 3
    if sr.key(start - 1) == "among" or sr.key(start - 1) == "of" and sr.key(start - 2) == "one":
        return None  # "X was among those martyred in the US strike": X is one of them
    if not any(sr.key(y) in _EN_NAMING for y in range(max(sr.lo, start - 4), start)):
        return []
    for y in range(t + 1, min(sr.hi, t + 16)):
        k = sr.key(y)
        if k in _EN_CLAUSE:
            return []
        if k == "as":
            first = sr.after(y + 1, types=("Person",), maxgap=3)
            return sr.chain(first, ("Person",)) if first is not None else []
    return []
