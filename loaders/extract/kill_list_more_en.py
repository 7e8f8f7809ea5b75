"""ASSASSINATED_BY (English): one more victim of an active killing, after "and".

The usual list readers (``chain``, ``context_tails.apposition_tail``) stop at two shapes that
news writers use for the last victim of a list:

- a description before the name, closed by a comma: "The Israeli military says it killed X and
  the armed forces chief of staff, Y." (``and the <up to 8 words>, Y``);
- the same after a serial comma, the victim before in apposition too: "killed the
  organization's chief, X, and his deputy, Y, in Tehran" (session 60);
- an apposition of the victim before that names someone after "of": "killed five of its
  members, including X, son of its exiled Gaza chief K, and Y, director of K's office" (K is
  no victim: only the person after "and" is), also with an article or possessive before the
  role ("X, the son of the movement's Gaza chief K, and Y", session 61).

``more_victims_en`` gives that last victim (with the list it opens), [] otherwise: Y must end
its clause (punctuation, the sentence's end, or a preposition of place or time follows), is not
a possessor ("and Y's wife"), and no saying or finite verb comes between.
"""

from __future__ import annotations

from typing import Any

from loaders.extract.rule_common import title_start

_DETS = frozenset({"the", "its", "his", "her", "their", "a", "an"})
_CLAUSE = frozenset({"who", "whom", "which", "that", "said", "says", "was", "were", "is", "are",
                     "had", "has", "have", "killed", "and", "but", "while", "when", "after"})
_END_NEXT = frozenset({"in", "on", "at", "near", "during", "inside", "outside", "last", "early",
                       "late", "as", "and"})
_VERB_NEXT = _CLAUSE | frozenset({"vowed", "warned", "told", "added", "confirmed", "announced",
                                  "denied", "called", "urged", "promised", "will", "would",
                                  "declared", "insisted", "stressed", "later"})
_ROLE_OF = frozenset({"son", "daughter", "brother", "nephew", "cousin", "wife", "director",
                      "head", "chief", "aide", "deputy", "secretary", "bodyguard", "commander",
                      "leader", "spokesman", "adviser", "advisor", "member", "father"})


def _past_role_of(sr: Any, last: Any) -> int:
    """After *last* + ", <role> of ... ,": the token after the closing comma when the
    apposition opens with a role noun and "of", holds no clause word and names people only
    after that "of" (-1 otherwise)."""
    x = last.hi
    r = x + 2 if sr.key(x + 1) in _DETS else x + 1  # ", the son of K," (session 61)
    if sr.key(x) != "," or sr.key(r) not in _ROLE_OF or sr.key(r + 1) != "of":
        return -1
    for y in range(r + 2, min(sr.hi, x + 18)):
        ty = sr.toks[y]
        if ty.text == ",":
            return y + 1
        if ty.punct and ty.text not in ("-", "'", "’") or ty.key in _CLAUSE and ty.key != "and":
            return -1
    return -1


def _person_in(sr: Any, z: int) -> bool:
    """Is a person named at *z*? (Only a person ends the description before Y: a body may
    stand in it, "and the commander of the Khan Younis Brigade, Y".)"""
    m = sr.mention_at.get(z)
    return m is not None and m.etype == "Person"


def _ends_clause(sr: Any, m: Any) -> bool:
    """Nothing of a new clause after *m*: punctuation, the end, or a place / time word."""
    z = m.hi
    if z < sr.hi and sr.toks[z].text == ",":  # "..., the head of the group, Y, said ...":
        return sr.key(z + 1) not in _VERB_NEXT  # Y opens the next clause
    return z >= sr.hi or sr.toks[z].punct or sr.key(z) in _END_NEXT


def more_victims_en(sr: Any, last: Any) -> list:
    """The victim after "and" that the list readers miss (see the module doc)."""
    a = last.hi
    if sr.key(a) == "," and sr.key(a + 1) == "and" and sr.key(a + 2) in _DETS:
        a += 1  # "killed the group's chief, X, and his deputy, Y" (s60: the serial comma)
    if sr.key(a) != "and":
        a = _past_role_of(sr, last)
        if a < 0 or sr.key(a) != "and":
            return []
    y = a + 1
    if sr.key(y) in _DETS:  # "and the armed forces chief of staff, Y"
        comma = next((z for z in range(y + 1, min(sr.hi, y + 10)) if sr.toks[z].punct), None)
        if comma is None or sr.toks[comma].text != "," or any(
                sr.key(z) in _CLAUSE or _person_in(sr, z) for z in range(y + 1, comma)):
            return []
        m = sr.after(comma + 1, types=("Person",), maxgap=0)
        if m is None or title_start(m) != comma + 1 and m.lo != comma + 1:
            return []
    elif a == last.hi:
        return []  # ("X and Y": the chain has read it)
    else:  # "..., son of K, and Y": the person right after "and" (a title may come first)
        m = sr.after(y, types=("Person",), maxgap=4)
        if m is None or any(sr.toks[z].punct or sr.key(z) in _CLAUSE
                            for z in range(y, title_start(m))):
            return []
    if m.poss or not _ends_clause(sr, m):
        return []
    return sr.chain(m, ("Person",))
