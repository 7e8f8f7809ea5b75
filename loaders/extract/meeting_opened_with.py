"""MET_WITH: a visit opened or closed with a meeting (session 17b).

"وصل X إلى بيروت، مستهلاً زيارته بلقاء Y وZ" / "استهل X زيارته إلى بيروت بلقاء Y" /
"واختتم X جولته باجتماع مع Y": X met Y and Z; "وصل X إلى بيروت، واستهلها بلقاء Y" (the visit
as a pronoun, session 22 `chain`). The subject is the person named first in the
sentence before the meeting noun who is not governed by a preposition or a noun
("بعد لقاء W"، "إلى جانب W"); nothing when the sentence says it is planned or denied.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.dispatch import register_triggers
from loaders.extract.rule_common import EMPTY, title_start

AR_OPENED = L._ar("استهل", "واستهل", "استهلت", "واستهلت", "مستهلا", "مستهلاً", "مستهلة",
                  "مستهلةً", "افتتح", "وافتتح", "افتتحت", "مفتتحا", "مفتتحاً", "اختتم", "واختتم",
                  "اختتمت", "مختتما", "مختتماً", "ختم", "وختم", "ختمت", "بدأ", "وبدأ", "بدأت",
                  "بادئا", "بادئاً") | (_AR_OPENED_IT := L._ar(
                      "استهلها", "واستهلها", "استهله", "واستهله", "افتتحها", "وافتتحها",
                      "اختتمها", "واختتمها", "ختمها", "وختمها", "بدأها", "وبدأها"))  # (session 22)
_AR_VISIT = L._ar("زيارته", "زيارتها", "جولته", "جولتها", "لقاءاته", "لقاءاتها", "محادثاته",
                  "محادثاتها", "مباحثاته", "مباحثاتها", "نشاطه", "نشاطها", "يومه", "جولاته",
                  "زيارته الرسمية", "مهمته", "مهمتها")
_AR_BY_MEETING = L._ar("بلقاء", "بلقائه", "بلقائها", "باجتماع", "باجتماعه", "باجتماعها",
                       "بمحادثات", "بمباحثات")
_AR_WITH = L._ar("مع")
_AR_GOVERNING = L._ar("إلى", "الى", "من", "مع", "عن", "على", "جانب", "لقاء", "بعد", "قبل",
                      "خلال", "بحضور", "لدى", "ل", "رئاسة", "برئاسة", "بمشاركة", "اغتيال",
                      "مقتل", "نظيره", "نظيرها")
register_triggers(AR_OPENED, EMPTY)


_VISIT_WORDS = 7  # words from the opening verb to "زيارته", a name counting as one


def _visit_noun_after(sr: Any, x: int) -> int | None:
    """The "زيارته / جولته" within ``_VISIT_WORDS`` words after the verb at *x*, a name however
    long counting as one word ("استهل رئيس مجلس الشورى الإسلامي الإيراني محمد باقر قاليباف
    زيارته", "بدأ الموفد الرئاسي الفرنسي جان إيف لو دريان جولته"; session 67), else None."""
    y, words = x + 1, 0
    while y < sr.hi and words < _VISIT_WORDS:
        if sr.f(y) & _AR_VISIT:
            return y
        m = sr.mention_at.get(y)
        y = m.hi if m is not None and m.lo == y and m.hi > y else y + 1
        words += 1
    return None


def _meeting_noun_after(sr: Any, x: int) -> int | None:
    """The "بلقاء" closing "استهل (X) زيارته (إلى بيروت)" begun at *x*, or None; right after
    "واستهلها" (the visit as a pronoun: "وصل X إلى بيروت، واستهلها بلقاء Y")."""
    if sr.f(x) & _AR_OPENED_IT:
        return next((y for y in range(x + 1, min(sr.hi, x + 3)) if sr.f(y) & _AR_BY_MEETING),
                    None)
    visit = _visit_noun_after(sr, x)
    if visit is None:
        return None
    return next((y for y in range(visit + 1, min(sr.hi, visit + 7))
                 if sr.f(y) & _AR_BY_MEETING), None)


def opens_visit_with(sr: Any, t: int) -> bool:
    """Is the meeting noun at *t* the "بلقاء" of "استهل زيارته بلقاء Y وZ" (the visitor met Y
    and Z, not Y Z)?"""
    return bool(sr.f(t) & _AR_BY_MEETING) and any(
        sr.f(x) & AR_OPENED and _meeting_noun_after(sr, x) == t
        for x in range(max(sr.lo, t - 14), t))


_AR_RELATIVE = L._ar("الذي", "التي", "اللذين", "اللذان", "الذين", "اللتين", "اللتان")


def _subject(sr: Any, noun: int, objs: set[str]) -> Any:
    """The first person named before *noun* not governed by a preposition or a noun."""
    for m in sorted(sr.args, key=lambda m: m.lo):
        if m.lo >= noun:
            return None
        if m.etype != "Person" or m.eid in objs or m.poss:
            continue
        if sr.f(title_start(m) - 1) & (_AR_GOVERNING | _AR_BY_MEETING):
            continue
        return m
    return None


def opened_with_meeting_ar(sr: Any) -> None:
    """"استهل X زيارته بلقاء Y" / "، مستهلاً زيارته بلقاء Y": X met Y (module doc)."""
    for x in sr.triggers(AR_OPENED, EMPTY):
        noun = _meeting_noun_after(sr, x)
        if noun is None:
            continue
        start = noun + 2 if sr.f(noun + 1) & _AR_WITH else noun + 1
        first = sr.after(start, types=("Person",), maxgap=4)
        if first is None:
            continue
        objs = sr.chain(first, ("Person",))
        subj = _subject(sr, noun, {o.eid for o in objs})
        if subj is None or sr.blocked(x, subj) or any(
                sr.f(y) & _AR_RELATIVE for y in range(subj.hi, x)):
            continue  # "بري التقى Y، التي استهلت زيارتها بلقاء Z": Y met Z
        for o in objs:
            if o.eid != subj.eid:
                sr.add("MET_WITH", subj.eid, o.eid, "opened_with_meeting_ar")
