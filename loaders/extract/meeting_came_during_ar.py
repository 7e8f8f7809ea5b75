"""MET_WITH: "جاء ذلك خلال لقائهما" after a sentence whose subject is two people (session 65,
blind65b).

Arabic agency copy first says what two people agreed or stressed, then where they said it, in a
sentence of its own that names nobody: "اتفق الرئيس التركي X ونظيره الروسي Y على وقف إطلاق
النار. جاء ذلك في مؤتمر صحفي مشترك عقب لقائهما في الكرملين" / "وجاء ذلك خلال لقاء جمعهما في
أنقرة" / "جاء ذلك خلال مباحثاتهما". The dual meeting word ("لقائهما"، "اجتماعهما"، "مباحثاتهما"،
"محادثاتهما", or a meeting noun followed by "جمعهما") after خلال / عقب / بعد / إثر / أثناء / لدى /
في (ختام) stands for the previous sentence's subject and the person joined to it by "و" ("X
ونظيره Y"، "X وY"): exactly two people, who met (:func:`came_during_dual_ar`).
Not a meeting to come ("جاء ذلك قبيل لقائهما": no such preposition; "عقب لقائهما المرتقب"),
not one with a partner of its own ("لقائهما مع Z"), not a sentence that names someone before
the word.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.meeting_told import AR_DUAL_MEETING
from loaders.extract.pronoun_clause_ar import prev_subject_at_ar, prev_subject_list_ar

AR_CAME = L._ar("جاء", "وجاء", "يأتي", "ويأتي", "تأتي", "وتأتي", "أتى", "وأتى")
_THAT = L._ar("ذلك", "هذا")
_DURING = L._ar("خلال", "عقب", "بعد", "إثر", "اثر", "أثناء", "اثناء", "لدى", "ختام", "في")
_PARTNER = L.AR_WITH | L._ar("بين")
# the words that make a sentence naming nobody worth reading (``rules._REFER_BACK_KEYS``)
AR_DUAL_REFS = AR_DUAL_MEETING | L.AR_BROUGHT_DUAL
_MAX_SPAN = 14  # "جاء ذلك في مؤتمر صحفي مشترك عقد في أنقرة عقب لقائهما": a few words


def _dual_meeting_word(sr: Any) -> int:
    """Position of the dual meeting word of a "جاء ذلك ..." sentence (module doc), else -1."""
    for x in range(sr.lo + 2, min(sr.hi, sr.lo + _MAX_SPAN)):
        if sr.mention_at.get(x) is not None:
            return -1
        dual = bool(sr.f(x) & AR_DUAL_MEETING) or (
            bool(sr.f(x) & L.AR_MEET_NOUNS) and bool(sr.f(x + 1) & L.AR_BROUGHT_DUAL))
        if not dual:
            continue
        if not sr.f(x - 1) & _DURING:
            return -1
        after = x + 2 if sr.f(x + 1) & L.AR_BROUGHT_DUAL else x + 1
        if sr.key(after) in _PARTNER or sr.f(after) & L.AR_PLANNED_ADJ:
            return -1  # "لقائهما مع Z", "عقب لقائهما المرتقب"
        return x
    return -1


def came_during_dual_ar(sr: Any) -> None:
    """"(و)جاء ذلك خلال لقائهما": the two people the previous sentence opens with met (module
    doc)."""
    if sr.si == 0 or sr.hi - sr.lo < 4 or not sr.f(sr.lo) & AR_CAME or \
            not sr.f(sr.lo + 1) & _THAT:
        return
    x = _dual_meeting_word(sr)
    if x < 0:
        return
    first = prev_subject_at_ar(sr, x)
    if first is None:
        return
    pair = prev_subject_list_ar(sr, first)
    if len(pair) != 2 or pair[0].eid == pair[1].eid:
        return
    sr.add("MET_WITH", pair[0].eid, pair[1].eid, "came_during_dual_ar")
