"""SUCCESSOR_OF in Arabic: "became <ruler>" before a loss: «أصبح X أميراً لقطر عندما تنازل
والده Y» / «صار X سلطاناً بعد وفاة Y» / «وبات X ملكاً حين توفي شقيقه Y».

``became_post_ar`` says whether the word at *t* is a "became" verb (أصبح / صار / بات) whose
subject is a named person followed by an office in the accusative (أميراً، ملكاً، رئيساً
للوزراء ...); only then do the base rules (``succession_rules_ar``) read it like "تولى X الحكم
بعد / عندما ...", which still needs a loss (a death, an abdication, a resignation) of the one
named after it. "أصبح X غاضباً عندما زار والده Y" names no office and stays unread.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L

AR_BECAME = L._ar("أصبح", "وأصبح", "صار", "وصار", "بات", "وبات")
# offices a ruler or a leader becomes, in the accusative (the alif of the tanween kept)
_AR_OFFICE_ACC = L._ar("أميرا", "أميراً", "ملكا", "ملكاً", "سلطانا", "سلطاناً", "رئيسا",
                       "رئيساً", "حاكما", "حاكماً", "وليا", "ولياً", "قائدا", "قائداً",
                       "زعيما", "زعيماً", "أمينا", "أميناً", "مرشدا", "مرشداً")


_AR_QAD = L._ar("قد", "لقد")  # the particle of the pluperfect («وكان X قد أصبح أميراً»)


def became_subject_ar(sr: Any, t: int) -> Any:
    """The named person who "became" an office at *t* («أصبح X أميراً» or «X أصبح أميراً»),
    or None when *t* is no such verb."""
    if not sr.f(t) & AR_BECAME:
        return None
    subj = sr.after(t + 1, types=("Person",), maxgap=1)
    if subj is not None and subj.kind == "name" and subj.hi < sr.hi and \
            sr.f(subj.hi) & _AR_OFFICE_ACC:
        return subj  # «أصبح الشيخ تميم أميراً»
    if t + 1 < sr.hi and sr.f(t + 1) & _AR_OFFICE_ACC:
        at = t - 1 if t - 1 > sr.lo and sr.key(t - 1) in _AR_QAD else t
        subj = sr.before(at, types=("Person",), maxgap=0)
        if subj is not None and subj.kind == "name":
            return subj  # «الشيخ تميم أصبح أميراً», «وكان X قد أصبح أميراً» (s59)
    return None
