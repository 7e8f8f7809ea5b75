"""SUCCESSOR_OF (session 59): "his successor, Y" / «خليفته Y» opening a new clause of the sentence.

"X called Y's death a milestone, and his successor, Z, said ..." / "X hailed the killing of Y;
his successor, Z, vowed ..." / "X welcomed Y's remarks, and his successor, Z, later met ...":
the possessive that opens a clause coordinated after ", and" / "; " / "while" stands for the
subject of the clause before it (X), not for the person named last in that clause (Y, an
object, a possessor or the complement of a preposition). ``his_successor_named_en`` in
``succession_rules_en`` asks here first and keeps its nearest person otherwise ("X handed
command to his successor, Y": no clause opens at "his").

Arabic, the same in a clause opened after «،» by a و-verb or «فيما / بينما» + verb: "ووصف X مقتل
Y بأنه إنجاز، فيما قال خليفته Z ..." / "رحب X بتصريحات Y، والتقى خليفته Z ...": the -ه is the
first person of the clause before (the VSO subject), asked by ``_his_predecessor_ar``
(``succession_helpers``) after a death or removal told before it.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L

_CONJ = frozenset({"and", "but", "while", "whereas"})
_PREP = frozenset({"of", "by", "with", "to", "for", "on", "against", "from", "about", "at",
                   "after", "before", "over", "under", "than", "like", "as"})


def clause_subject_his_en(sr: Any, his: int) -> Any | None:
    """The subject of the clause before a clause opened at *his* by ", and" / "; " / "and" /
    "while" ..., or None when *his* opens no new clause or that clause names no subject."""
    k = his - 1
    if sr.key(k) in _CONJ:
        k -= 1
        if sr.key(k) == ",":
            k -= 1
    elif sr.key(k) == ";":
        k -= 1
    else:
        return None
    start = sr.lo
    for x in range(k, sr.lo, -1):
        if sr.toks[x].text == ";":
            start = x + 1
            break
    x = start
    while x <= k:
        m = sr.mention_at.get(x)
        if m is None or m.lo != x:
            x += 1
            continue
        if m.etype == "Person" and not m.poss and sr.key(m.lo - 1) not in _PREP and \
                sr.key(m.hi) not in ("'s", "’s", "'"):
            return m
        if m.etype != "Person" and sr.key(m.lo - 1) not in _PREP:
            return None  # a body or a place opens the clause: its subject is no person
        x = m.hi
    return None


_AR_WHILE = L._ar("فيما", "بينما")
# the words that govern a name as no subject: a preposition, or a noun of a death or a meeting
# in construct («مقتل Y», «لقاء Y»)
_AR_GOVERNING = L._ar("على", "مع", "من", "إلى", "الى", "عن", "في", "مقتل", "اغتيال", "وفاة",
                      "استشهاد", "لقاء", "بعد", "قبل")


def clause_subject_his_ar(sr: Any, t: int) -> Any | None:
    """The subject of the clause before «، (و)VERB خليفته» / «، فيما VERB خليفته» (the noun at
    *t*): the first person of that clause not after a preposition or a death noun; None when
    no clause opens right before the verb."""
    v = t - 1
    if v <= sr.lo or sr.mention_at.get(v) is not None or not sr.toks[v].ar:
        return None
    k = v - 1
    if sr.f(k) & _AR_WHILE:
        k -= 1
    elif not sr.toks[v].text.startswith("و"):
        return None
    if k <= sr.lo or sr.toks[k].text not in ("،", ","):
        return None
    start = sr.lo
    for x in range(k - 1, sr.lo, -1):
        if sr.toks[x].text in ("؛", ";", ":"):
            start = x + 1
            break
    x = start
    while x < k:
        m = sr.mention_at.get(x)
        if m is None or m.lo != x:
            x += 1
            continue
        if m.etype == "Person" and not sr.f(m.lo - 1) & _AR_GOVERNING:
            return m
        x = m.hi
    return None
