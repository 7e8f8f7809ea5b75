"""MET_WITH (session 60, pool60): two joined subjects whose dual meeting verb comes in a later
clause of the sentence.

"وكان A وB قد جالا على القيادات في الأيام الأخيرة، والتقيا معاً C"، "وكان A وB قد زارا
القاهرة واجتمعا بـC"، "ووصل A وB إلى أنقرة أمس، والتقيا C": the dual verb agrees with the
pair that opens the sentence, so both met C (and each other: they sat on one side of the
meeting, as ``meeting_co_subjects``). The base rules give C to one of them only (the nearest
or the first). The pair opens its sentence (after و / كان / one verb of a verb-first clause),
is exactly two people joined by و (``meeting_coord_subjects_ar.waw_members``), the clause
after it names nobody else before the dual verb, and its first verb is dual too ("قد جالا"،
"زارا"، "توجها") unless a verb came before the pair (verb-first: "ووصل A وB"). Not a negated
or planned meeting ("ولم يلتقيا"، "على أن يلتقيا": no past dual), nor a pair after a
preposition.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.meeting_coord_subjects_ar import waw_members
from loaders.extract.meeting_coreceived import AR_TOGETHER
from loaders.extract.rule_common import title_start

_MET_DUAL = L._ar("التقيا", "اجتمعا", "التقتا", "اجتمعتا")
_TOGETHER = AR_TOGETHER | L._ar("بدورهما", "لاحقا")  # "والتقيا معاً / لاحقاً C"
_OPENERS = L._ar("و", "وكان", "كان", "وكانا", "كانا", "ثم")
_PREPS = L._ar("في", "مع", "من", "إلى", "الى", "على", "عن", "بين", "لدى")
_OPEN_REACH = 3  # words before the pair: "وكان"، "ووصل"، "وفي أنقرة"


def _pair_opening(sr: Any, t: int) -> tuple[list, bool] | None:
    """The two people (two ids) joined by و that open the sentence before *t*, and whether a
    verb stands before them (verb-first clause); else None."""
    first = next((m for m in sr.args if m.etype == "Person" and m.lo < t), None)
    if first is None or first.in_title or first.prefix.lstrip("وف")[:1] in ("ب", "ل"):
        return None
    start = title_start(first)
    if start - sr.lo > _OPEN_REACH or any(sr.toks[y].punct for y in range(sr.lo, start)) or \
            any(sr.key(y) in _PREPS for y in range(sr.lo, start)):
        return None
    pair = waw_members(sr, first)
    if len(pair) == 1:  # "A وصهر الرئيس B": a word no title list holds after the و
        pair += _waw_titled(sr, first)
    if len(pair) != 2 or pair[-1].hi > t or pair[0].eid == pair[1].eid:
        return None
    verb_first = any(sr.key(y) not in _OPENERS for y in range(sr.lo, start))
    return pair, verb_first


def _waw_titled(sr: Any, a: Any) -> list:
    """[B] for "A و<up to four words> B" (no punctuation, nobody between, B plain), else []."""
    x = a.hi
    if x >= sr.hi or not sr.key(x).startswith("و"):
        return []
    b = next((m for m in sr.args if m.lo >= x and m.etype == "Person"), None)
    if b is None or b.in_title or b.prefix.lstrip("و")[:1] in ("ب", "ل") or \
            title_start(b) - x > 4 or any(sr.toks[y].punct for y in range(x, b.lo)):
        return []
    return [b]


def _dual_verb_after(sr: Any, x: int) -> bool:
    """Is the word at *x* (past "قد") a dual verb ("جالا"، "زارا"، "توجها")?"""
    if sr.key(x) == "قد":
        x += 1
    if x >= sr.hi or not sr.toks[x].ar or sr.mention_at.get(x) is not None:
        return False
    k = sr.key(x)
    return len(k) >= 3 and k.endswith("ا")


def dual_verb_object(sr: Any, t: int, adverbs: frozenset[str] = _TOGETHER) -> Any:
    """The person the dual verb at *t* met: named within three words (past the *adverbs*:
    "معاً"، "لاحقاً"), no punctuation before, not after "لـ"; else None."""
    x = t + 1
    while x < sr.hi and sr.key(x) in adverbs:
        x += 1
    obj = sr.after(x, types=("Person",), maxgap=3)
    if obj is None or any(sr.toks[y].punct for y in range(x, title_start(obj))) or \
            obj.prefix.lstrip("و")[:1] == "ل":
        return None
    return obj


def dual_later_ar(sr: Any) -> None:
    """Both of the opening pair met the person after a later dual meeting verb (module doc)."""
    for t in sr.with_forms(_MET_DUAL, sr.lo, sr.hi):
        if not sr.toks[t].ar:
            continue
        got = _pair_opening(sr, t)
        if got is None:
            continue
        pair, verb_first = got
        end = pair[-1].hi
        if t - end < 2 or any(m.etype == "Person" and end <= m.lo < t for m in sr.args):
            continue  # ("A وB التقيا C": read by coordinated_subjects_ar)
        if not verb_first and not _dual_verb_after(sr, end):
            continue
        obj = dual_verb_object(sr, t)
        if obj is None or sr.blocked(t, pair[0]):
            continue
        ids = {p.eid for p in pair}
        for o in sr.chain(obj, ("Person",)):
            if o.eid in ids:
                continue
            for p in pair:
                sr.add("MET_WITH", p.eid, o.eid, "dual_later_ar")
        sr.add("MET_WITH", pair[0].eid, pair[1].eid, "dual_later_ar")
