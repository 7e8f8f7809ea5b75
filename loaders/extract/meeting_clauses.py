"""MET_WITH: which clause a meeting verb's subject and objects belong to (session 11).

Long news sentences chain clauses with و and no comma, and open new ones after a comma:

- "وزار عراقجي بيروت في الرابع من الشهر والتقى رئيس مجلس النواب X ورئيس الحكومة Y": the
  و-verb continues the first clause's subject (عراقجي met X and Y); the list after it is no
  subject and object (X and Y did not meet each other). ``carried_subject_ar``.
- "والتقى الرئيس X، فيما لم يلتقِ Y ..." / "، كما زارها Z بعد أيام": after a comma,
  فيما / بينما / في حين / لكن, or كما / ثم before a word that is no name or title, open a
  clause of their own; a name there is no object of the verb before. ``opens_clause_ar``.

- English: "met X and Y, and Z visited Beirut a week later": Z opens a clause of his own
  (a verb follows him), so he is no object of "met". ``objects_in_clause_en``.

All run only from the meeting rule (``meetings._met_svo``) on a sentence with a meeting verb.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L

_OPENERS = L._ar("فيما", "وفيما", "بينما", "وبينما", "لكن", "ولكن", "لكنه", "ولكنه", "لكنها")
_GO_ON = L._ar("كما", "ثم")
_COMMAS = frozenset({"،", ",", "؛", ";"})
_PREPS = frozenset({"مع", "في", "الي", "علي", "من", "عن", "بين", "لدي", "عند", "ايضا"})
_GOVERNED = frozenset({"ب", "ل", "مع", "في", "الي", "من", "عن", "علي"})
_ENDS = frozenset({".", "؛", ";"})


def _start(m: Any) -> int:
    return m.tlo if 0 <= m.tlo < m.lo else m.lo


def _verb_like(sr: Any, x: int) -> bool:
    """Is token *x* a word that can open a clause: no name, title, article noun or preposition
    ("كما زارها", "ثم غادر"; not "ثم Y", "ثم وزير ...", "ثم مع Y")?"""
    if x >= sr.hi or sr.mention_at.get(x) is not None or sr.toks[x].punct:
        return False
    if any(p.tlo == x for p in sr.args):
        return False
    k = sr.key(x)
    return not (k in _PREPS or k.startswith(("ال", "وال", "بال")) or k in L.AR_TITLE_FIRST)


def opens_clause_ar(sr: Any, a: int, b: int) -> bool:
    """Does a new clause open between tokens *a* and *b* (module doc)?"""
    toks = sr.toks
    for y in range(a, min(b, sr.hi) - 1):
        if toks[y].text not in _COMMAS:
            continue
        if toks[y].text in ("؛", ";"):
            return True
        if sr.f(y + 1) & _OPENERS or (sr.key(y + 1) in ("في", "وفي") and sr.key(y + 2) == "حين"):
            return True
        if sr.f(y + 1) & _GO_ON and _verb_like(sr, y + 2):
            return True
    return False


def _clause_end(sr: Any, a: int) -> int:
    """The end of the clause running at *a*: the next clause opener or sentence end."""
    for y in range(a, sr.hi):
        if sr.toks[y].text in _ENDS or (sr.toks[y].text in _COMMAS and opens_clause_ar(
                sr, y, y + 3)):
            return y
    return sr.hi


def carried_subject_ar(sr: Any, t: int, first: Any) -> Any:
    """"وزار X بيروت ... والتقى A وB": the subject X of the clause a و-verb continues with
    no comma before it, when a list (two or more) follows the verb and nothing else is named
    in its clause, and X is the only agent of the clause before; else None."""
    if t - 1 <= sr.lo or sr.toks[t - 1].punct or not sr.toks[t].key.startswith("و"):
        return None
    ch = sr.chain(first)
    if len(ch) < 2:
        return None
    end = _clause_end(sr, ch[-1].hi)
    if any(ch[-1].hi <= m.lo < end and m.etype in ("Person", "Organization") and m not in ch
           for m in sr.args):
        return None
    start = sr.lo
    for y in range(t - 1, sr.lo - 1, -1):
        if sr.toks[y].text in _COMMAS or sr.toks[y].text in _ENDS:
            start = y + 1
            break
    agents = [m for m in sr.args if start <= m.lo < t and m.etype in ("Person", "Organization")]
    if len(agents) != 1 or agents[0].etype != "Person":
        return None
    p = agents[0]
    if _start(p) - start > 2 or sr.has_prep(p, _GOVERNED) or p.eid in {c.eid for c in ch}:
        return None
    return p


_EN_CLAUSE_VERBS = frozenset({
    "visited", "arrived", "met", "said", "told", "travelled", "traveled", "flew", "went", "came",
    "returned", "left", "held", "signed", "received", "hosted", "called", "spoke", "was", "were",
    "is", "are", "had", "has", "have", "will", "would", "did", "does", "later", "also",
    "declined", "refused", "stayed", "remained", "attended", "joined"})


def objects_in_clause_en(sr: Any, objs: list[Any]) -> list[Any]:
    """*objs* up to the first later member that a verb follows ("..., and Z visited it")."""
    for i in range(1, len(objs)):
        o = objs[i]
        if sr.key(o.hi) not in _EN_CLAUSE_VERBS:
            continue
        b = _start(o) - 1
        while b > objs[i - 1].hi and (sr.key(b) in L.NATIONALITY or sr.key(b) == "the"):
            b -= 1  # "and Iraqi Prime Minister Z visited"
        if sr.key(b) in ("and", ","):
            return objs[:i]
    return objs
