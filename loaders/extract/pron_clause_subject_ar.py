"""Arabic "التقى S O، كما / ثم استقبله Z": the pronoun is S, the subject of the meeting clause before
(session 25b).

"وفي الدوحة، التقى الوزير الإيراني Y، كما استقبله أمير قطر Z": Z received the minister (S, named or
described right after "التقى / اجتمع"), not Y, the nearest person before the verb, nor a visitor
of the sentences before (``meetings_ar._pron_is_visitor``, which asks :func:`clause_subject_ar`
first). After "استقبل H G، كما التقاه Z" the pronoun is the guest G, the object. Only after a
comma + "كما / ثم", and when the subject (and the object) follow the verb right away.

Session 66: a subject named before the verb ("وكان هنية قد التقى المرشد خامنئي، كما استقبله
الرئيس بزشكيان": Haniyeh, not Khamenei named after the verb, which is the object): the
pluperfect «كان S قد التقى O» and «S التقى O» opening the sentence (``_fronted_subject``).
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.rule_common import title_start

_LINKS = L._ar("كما", "ثم")
_VISITOR_VERBS = L._ar("التقى", "اجتمع", "والتقى", "واجتمع", "فالتقى", "فاجتمع")
_HOST_VERBS = L._ar("استقبل", "واستقبل", "فاستقبل")
# «(و)كان S قد <verb>»: the pluperfect before a fronted subject (``_fronted_subject``)
_KANA = L._ar("كان", "وكان", "فكان")
_QAD = L._ar("قد", "وقد")


def clause_subject_ar(sr: Any, t: int) -> Any:
    """The visitor of the sentence's first meeting clause (the person right after "التقى /
    اجتمع", the second after "استقبل") when the pronoun at *t* follows "، كما / ، ثم"; else None."""
    if t - 2 < sr.lo or sr.key(t - 1) not in _LINKS or sr.toks[t - 2].text not in ("،", ","):
        return None
    for x in range(sr.lo, t - 2):
        host = sr.key(x) in _HOST_VERBS
        if host or sr.key(x) in _VISITOR_VERBS:
            front = _fronted_subject(sr, x)
            if front is not None:  # "كان S قد التقى O": S; "كان H قد استقبل G": G
                return _person_from(sr, x + 1) if host else front
            m = _person_from(sr, x + 1)
            return _person_from(sr, m.hi) if host and m is not None else m
    return None


def _fronted_subject(sr: Any, x: int) -> Any:
    """The person named right before the verb at *x* as its subject: «(و)كان S قد <verb>» or S
    opening the sentence right before it; else None."""
    y = x - 1
    if y >= sr.lo and sr.key(y) in _QAD:
        y -= 1
    m = sr.mention_at.get(y)
    if m is None or m.etype != "Person" or m.hi != y + 1 or m.prefix.lstrip("وف"):
        return None
    b = title_start(m) - 1
    return m if b < sr.lo or sr.key(b) in _KANA else None


def _person_from(sr: Any, x: int) -> Any:
    """The person whose title (or name) starts at *x*, else None."""
    m = next((m for m in sr.args if m.lo >= x), None)
    return m if m is not None and m.etype == "Person" and title_start(m) == x else None
