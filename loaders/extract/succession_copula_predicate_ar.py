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
