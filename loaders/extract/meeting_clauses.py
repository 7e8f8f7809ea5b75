"""MET_WITH: which clause a meeting verb's subject and objects belong to (session 11).

Long news sentences chain clauses with و and no comma, and open new ones after a comma:

- "وزار عراقجي بيروت في الرابع من الشهر والتقى رئيس مجلس النواب X ورئيس الحكومة Y": the
  و-verb continues the first clause's subject (عراقجي met X and Y); the list after it is no
  subject and object (X and Y did not meet each other). ``carried_subject_ar``.
- "والتقى الرئيس X، فيما لم يلتقِ Y ..." / "، كما زارها Z بعد أيام": after a comma,
  فيما / بينما / في حين / لكن, or كما / ثم / حيث before a word that is no name or title, and
  قبل أن / بعد أن open a clause of their own; a name there is no object of the verb
  before. ``opens_clause_ar``.
- "التقى X Y، كما التقى Z": also the verb's object after كما / ثم (``also_met_object_ar``); a
  genitive after a noun (``genitive_of_ar``: "سقوط نظام X") and a person inside a meeting noun
  (``met_in_noun_ar``: "لقاء X") are no subject.

The English clauses are read by ``meeting_clauses_en`` ("met X and Y, and Z visited Beirut",
"X was received by Y ... and later held talks with Z"), the Arabic partners past an aside by
``meeting_asides_ar`` ("استُقبل X من قبل Y ...، ثم أجرى محادثات مع Z", "أجرى X محادثات في القاهرة
السبت مع Y", "الذي استقبله ...، كما التقى Z").

All run only from the meeting rule (``meetings._met_svo``) on a sentence with a meeting verb.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.relative_heads import AR_WHO, relative_head_back
from loaders.extract.rule_common import title_start

_OPENERS = L._ar("فيما", "وفيما", "بينما", "وبينما", "لكن", "ولكن", "لكنه", "ولكنه", "لكنها",
                 # a source after a comma ("، بحسب مصادر مقربة من الحزب"): names no partner
                 "بحسب", "وبحسب", "حسب", "وفق", "وفقا", "نقلا")

_GO_ON = L._ar("كما", "ثم")

# "، قبل أن / بعد أن <verb>"، "، حيث <verb>": a time or place clause of its own
_BEFORE_AFTER = L._ar("قبل", "وقبل", "بعد", "وبعد", "قبيل")
_WHERE = L._ar("حيث", "وحيث")

_COMMAS = frozenset({"،", ",", "؛", ";"})

_PREPS = frozenset({"مع", "في", "الي", "علي", "من", "عن", "بين", "لدي", "عند", "ايضا"})

_GOVERNED = frozenset({"ب", "ل", "مع", "في", "الي", "من", "عن", "علي"})

_ENDS = frozenset({".", "؛", ";"})


def _verb_like(sr: Any, x: int) -> bool:
    """Is token *x* a word that can open a clause: no name, title, article noun or preposition
    ("كما زارها", "ثم غادر"; not "ثم Y", "ثم وزير ...", "ثم مع Y")?"""
    if x >= sr.hi or sr.mention_at.get(x) is not None or sr.toks[x].punct:
        return False
    if any(p.tlo == x for p in sr.args):
        return False
    k = sr.key(x)
    return not (k in _PREPS or k.startswith(("ال", "وال", "بال")) or k in L.AR_TITLE_FIRST)


# nouns whose genitive complement a person is: "بعد سقوط نظام X"، "في عهد حكومة X"
_AR_OF_HEADS = L._ar("سقوط", "نظام", "حكومة", "عهد", "اغتيال", "مقتل", "رحيل", "وفاة",
                     "إطاحة", "الإطاحة", "انتخاب", "تنحي", "هروب", "فرار")
# the dead's tomb or body ("وزار ضريح الرئيس الراحل Z، قبل أن يجتمع بـY": not Z;
# session 72), a title and "the late" between
_AR_DEAD_HEADS = L._ar("ضريح", "قبر", "مرقد", "مدفن", "جثمان", "نعش", "رفات")
_AR_LATE = L._ar("الراحل", "الشهيد", "الفقيد", "المغفور", "الراحلة")


def genitive_of_ar(sr: Any, m: Any) -> bool:
    """*m* completes a noun before it ("بعد سقوط نظام بشار الأسد، إذ التقى Y"، "مقتل X"، "ضريح
    الرئيس الراحل X"): no subject of a verb after it."""
    b = title_start(m) - 1
    if sr.key(b).lstrip("وب") in _AR_OF_HEADS:
        return True
    for x in range(b, max(sr.lo, b - 3) - 1, -1):  # (past "الرئيس الراحل")
        k = sr.key(x).lstrip("وب")
        if k in _AR_DEAD_HEADS:
            return True
        if not (k in _AR_LATE or k in L.AR_TITLES) or sr.toks[x].punct:
            return False
    return False


_AR_MEETING_CONSTRUCT = L._ar("لقاء", "اجتماع", "استقبال", "مقابلة", "محادثات", "مباحثات", "لقائه",
                               "لقائها", "اجتماعه", "اجتماعها")


def met_in_noun_ar(sr: Any, m: Any) -> bool:
    """*m* completes a meeting noun ("انتقل بعد لقاء بري إلى السراي"، "استهل زيارته بلقاء
    X"): the one met, never the subject carried into a later clause."""
    return sr.key(title_start(m) - 1).lstrip("وب") in _AR_MEETING_CONSTRUCT


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
        if sr.key(y + 1) in _BEFORE_AFTER and sr.key(y + 2) == "ان" or \
                sr.key(y + 1) in _WHERE and _verb_like(sr, y + 2):
            return True  # "، قبل أن ينتقل إلى السراي حيث التقاه Y" (session 57)
    return False


_AR_WITH_PRON = L._ar("معه", "معها", "معهما", "معهم")


def talks_with_pron_between_ar(sr: Any, a: int, b: int) -> bool:
    """"السوداني يستقبل السفيرة الأميركية ويبحث معها مسار إنهاء مهمة التحالف الدولي": a
    و-verb then "معه / معها" between the meeting verb at *a* and a mention at *b* opens the
    talks' own clause, its pronoun the guest told by title only: a name after it is the
    topic, not the guest (session 70)."""
    toks = sr.toks
    for y in range(a + 2, min(b, sr.hi)):
        k = toks[y - 1].key
        if toks[y].key in _AR_WITH_PRON and k[:1] == "و" and len(k) > 3 and toks[y - 1].ar:
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
    if not agents and start > sr.lo and sr.key(start) in ("قد", "وقد"):
        # "وكان X، الذي عيّنه K خلفاً لـY، قد زار بغداد والتقى A وB": the head of the
        # relative aside the comma closes (session 58)
        return _relative_head_before_ar(sr, start - 1)
    if len(agents) != 1 or agents[0].etype != "Person":
        return None
    p = agents[0]
    if title_start(p) - start > 2 or sr.has_prep(p, _GOVERNED) or p.eid in {c.eid for c in ch}:
        return None
    return p


def _relative_head_before_ar(sr: Any, c: int) -> Any:
    """The person named right before "، الذي / التي" opening the aside the comma at *c*
    closes (no other comma inside it), else None."""
    return relative_head_back(sr, c - 1, max(sr.lo + 1, c - 40), AR_WHO, _COMMAS,
                              lambda y: sr.toks[y].text in _COMMAS or sr.toks[y].text in _ENDS)


_AR_ALSO = frozenset({"كما", "وكما", "ثم"})


def also_met_object_ar(sr: Any, t: int, first: Any) -> Any:
    """"كما التقى (في الحنانة بعد أسابيع) القيادي في الحزب X، مرشح ...": a sentence opening
    with كما / ثم + the meeting verb, whose one person after it is followed by a comma or the
    sentence end (no object of his own), names the object; the subject is the previous
    sentence's. That subject, else None."""
    ch = sr.chain(first, ("Person",))
    last = ch[-1]  # "كما التقى X وY، اللذين وصلا ...": a list of objects, none a subject
    if sr.key(t - 1) not in _AR_ALSO or first.etype != "Person" or (
            last.hi < sr.hi and sr.toks[last.hi].text not in _COMMAS and
            sr.toks[last.hi].text not in _ENDS) or \
            not all(sr.key(x) in _AR_ALSO or sr.key(x) == "و" for x in range(sr.lo, t)):
        return None
    if len(ch) != len(sr.chain(first)):
        return None  # a body in the list
    if sr.key(last.hi + 1) in ("الذي", "التي"):
        return None  # "كما التقى X، الذي خلف Z ...، Y": X is the subject, Y the object
    from loaders.extract.meeting_asides_ar import object_after_aside_ar  # (imports this)

    if object_after_aside_ar(sr, last.hi) is not None:
        return None  # "كما استقبل X، في وقت لاحق، Y": X the subject, Y after the aside (s53)
    return sr._prev_subject(exclude=first.eid)
