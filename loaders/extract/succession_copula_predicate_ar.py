"""SUCCESSOR_OF, Arabic: a title after a "become" verb is the predicate, not a person (session 59).

"أدى X اليمين ...، ليصبح الرئيس التاسع للجمهورية خلفاً لـY" / "وأصبح الأمين العام الجديد للحزب
خلفاً لـY" / "ليكون رئيس الوزراء الجديد خلفاً لـY": the description after ليصبح / أصبح / بات /
صار / ليكون says what X became; coreference may read it as another holder of that title named
earlier (a headline's "رئيس المكتب السياسي" for "الرئيس"), who then took X's place before
"خلفاً لـY". The successor is the named person before the verb.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.rule_common import title_start

_AR_BECOME = L._ar("أصبح", "وأصبح", "فأصبح", "ليصبح", "يصبح", "صار", "وصار", "ليصير", "بات",
                   "وبات", "ليكون", "يكون", "ليغدو", "غدا")


def copula_predicate_subject_ar(sr: Any, new: Any) -> Any:
    """For a description *new* right after a "become" verb, the named person before the verb
    (within the sentence), else None."""
    if new is None or new.kind == "name":
        return None
    v = title_start(new) - 1
    if v <= sr.lo or not sr.f(v) & _AR_BECOME:
        return None
    subj = sr.before(v, types=("Person",), maxgap=25)
    if subj is None or subj.kind != "name" or subj.eid == new.eid:
        return None
    return subj


def become_subject_ar(sr: Any, t: int, new: Any) -> Any:
    """For «خلفاً لـY» at *t* whose successor candidate *new* is named before a "become" verb
    that opens the clause of «خلفاً», the person named right before that verb (session 68):
    "أمضى K حكم رئاسة الجمهورية للدكتور X، ليصبح الرئيس الحادي عشر خلفاً لـY", "منح البرلمان
    الثقة للواء X، ليكون وزيراً للدفاع خلفاً لـY": X, who became the holder, not K (the
    preposition before X hid him from the subject search). Else None."""
    if new is None or new.kind != "name":
        return None
    v = t - 1
    while v > max(new.hi, t - 14) and not sr.f(v) & _AR_BECOME:
        v -= 1
    if v <= new.hi or not sr.f(v) & _AR_BECOME:
        return None
    subj = sr.before(v, types=("Person",), maxgap=2)
    if subj is None or subj.kind != "name" or subj.eid == new.eid or subj.lo < new.hi:
        return None
    return subj
