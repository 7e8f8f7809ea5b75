"""An Arabic verb whose sentence opens with a place or time adjunct and names nobody before
it: "وفي بغداد التقى رئيس الوزراء X", "ففي بغداد التقى X، ثم ..."، "وفي اليوم التالي التقى
X": the tour or profile sentence drops the subject it carries from the sentence before (as
"والتقى في اليوم التالي X" already did). ``adjunct_opened_ar`` tells such a verb; called
from ``meetings.py`` where the dropped subject of a meeting verb is read.
Not a clause naming a person or a body before the verb ("وفي لقاء مع Z التقى X"), nor one
longer than eight words, nor an adjunct that is no place or time ("ولهذا التقى X"), nor a
person followed by an object of his own ("وفي بغداد التقى X وفداً من التجار").
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.pronoun_clause_ar import _AR_TIME_OPENER
from loaders.extract.rule_common import title_start

_AR_IN_OPEN = L._ar("وفي", "ففي", "في", "وخلال", "خلال", "وبعد", "وفور")
# adverbs that alone open such a sentence: "ولاحقاً استقبل Y", "وبعدها التقى Y" (session 56)
_AR_LATER_OPEN = L._ar("ولاحقا", "ولاحقاً", "لاحقا", "لاحقاً", "وبعدها", "بعدها")
# "وفي وقت لاحق (من اليوم نفسه)، استقبل Y": the later time of a host's day (session 56)
_AR_LATER_WORDS = L._ar("وقت", "لاحق", "من", "المساء", "مساء", "الظهر", "ظهر", "صباح",
                        "الصباح", "ساعات", "ساعة")
_MAX = 8


def adjunct_opened_ar(sr: Any, t: int, first: Any) -> bool:
    """Is the verb at *t* preceded in its sentence only by "وفي / ففي <place or time>"
    (a place or country named, time words, digits, commas), its person *first* (and those
    listed with it) closing the clause ("التقى X وفداً": X met a delegation, no object)?"""
    if t - sr.lo == 1 and sr.f(sr.lo) & _AR_LATER_OPEN:
        pass  # "ولاحقاً استقبل Y"
    elif t - sr.lo < 2 or t - sr.lo > _MAX or not sr.f(sr.lo) & (_AR_IN_OPEN | _AR_LATER_OPEN):
        return False
    end = sr.chain(first)[-1].hi
    if end < sr.hi and sr.toks[end].text not in (".", "،", ",", "؛") and \
            sr.key(end) not in ("في", "فى", "ثم"):
        return False
    y = sr.lo + 1
    while y < t:
        m = sr.mention_at.get(y)
        if m is not None:
            if m.etype not in ("Location", "Country"):
                return False
            y = m.hi
            continue
        tk = sr.toks[y]
        if not (tk.text in ("،", ",") or tk.text.isdigit() or sr.f(y) & _AR_TIME_OPENER or
                sr.f(y) & _AR_LATER_WORDS or tk.key in ("التالي", "نفسه", "ذاته")):
            return False
        y += 1
    if sr.f(sr.lo) & _AR_LATER_OPEN or any(sr.f(x) & _AR_LATER_WORDS for x in range(sr.lo, t)):
        # "وفي وقت لاحق، استقبل الموفد X": the person right after the verb (with his title);
        # not "وفي وقت لاحق، التقى رئيس الجهاز الجديد في بغداد Y" (an unnamed subject)
        return title_start(first) == t + 1 and not any(
            sr.key(x) in ("في", "فى") or sr.toks[x].punct for x in range(t + 1, first.lo))
    return True


# "عقد / أجرى (مباحثات)" with its و / ف forms (the verb of a meeting noun)
_AR_HELD = L._ar("عقد", "وعقد", "فعقد", "عقدت", "وعقدت", "أجرى", "اجرى", "وأجرى", "واجرى",
                 "فأجرى", "أجرت", "وأجرت", "بحث", "وبحث", "فبحث")


def dropped_talks_subject_ar(sr: Any, t: int, obj: Any) -> Any:
    """"وعقد (في بغداد) مباحثات مع X" / "ففي بغداد عقد مباحثات مع X" (the meeting noun at
    *t*, X *obj*) in a sentence naming nobody before the noun: the subject dropped is the
    previous sentence's; None else."""
    if sr.si == 0 or obj is None or any(
            m.lo < t and m.etype in ("Person", "Organization") for m in sr.args):
        return None
    v = next((y for y in range(sr.lo, t) if sr.f(y) & _AR_HELD), None)
    if v is None or (v == sr.lo and sr.toks[v].key[:1] not in "وف") or (
            v > sr.lo and not adjunct_opened_ar(sr, v, obj)):
        return None
    if any(x in sr.doc.unnamed for x in range(v + 1, t)):
        return None  # "أجرى ولي العهد مباحثات مع X": the subject is a description nothing
        # resolves, not dropped (session 61)
    return sr._prev_subject(exclude=obj.eid)
