"""MET_WITH: a first-person meeting quoted from its speaker (Arabic; posts on X, statements).

"وكتب X على منصة إكس: «التقيت اليوم بالرئيس Y»" / "وغرّد X: «سعدت بلقاء أخي الوزير Y»" /
"«اجتمعنا مع Y في الرياض»، قال X": the verb's first person (التقيت، التقينا، اجتمعت ...;
سعدت / تشرفت / سررت بلقاء ...) is the speaker of the quotation, so X met Y (and the people
listed with Y). The quotation opens with the verb (adverbs such as «اليوم» aside; no one
named before it inside the quotation), after a quote mark or the colon of a verb of saying or
writing. The speaker is the person after that verb (else before it: "X يكتب:"), or, after the
closing quote, "، قال X" / "، كتب X"; a verb of saying with nobody named ("وكتب على حسابه:")
stands for the previous sentence's subject. A negated, planned or remote meeting is none
(``blocked`` and ``SentenceRules.add``); a future «سألتقي» has no trigger.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.context_words import _QUOTES
from loaders.extract.dispatch import register_triggers
from loaders.extract.rule_common import EMPTY

# first-person meeting verbs ("اجتمعت" is also "she met": only inside a quotation it opens)
_AR_MET_I = L._ar("التقيت", "التقينا", "اجتمعت", "اجتمعنا", "قابلت", "قابلنا", "التقيتُ",
                  "واجتمعت", "واجتمعنا", "والتقيت", "والتقينا", "كما التقيت")
# "سعدت بلقاء Y" (glad / honoured / pleased to meet), "يسعدني لقاء Y"
_AR_GLAD_I = L._ar("سعدت", "سعدنا", "سعدتُ", "تشرفت", "تشرفنا", "سررت", "سررنا", "يسعدني",
                   "يسرني", "أسعدني", "اسعدني", "شرفت", "تشرّفت")
_AR_BY_MEETING = L._ar("بلقاء", "باللقاء", "باستقبال", "بالاجتماع", "بالالتقاء", "لقاء",
                       "باجتماع")
AR_FIRST_PERSON_MEET = _AR_MET_I | _AR_GLAD_I
register_triggers(AR_FIRST_PERSON_MEET, EMPTY)

_AR_SAY = L._ar("قال", "وقال", "كتب", "وكتب", "غرد", "وغرد", "غرّد", "وغرّد", "نشر", "ونشر",
                "أضاف", "وأضاف", "دون", "ودون", "دوّن", "ودوّن", "علق", "وعلق", "صرح", "وصرح",
                "أكد", "وأكد", "يكتب", "يقول", "قالت", "وقالت", "كتبت", "وكتبت", "غردت",
                "وغردت", "نشرت", "ونشرت", "أضافت", "وأضافت", "أعلن", "وأعلن",
                # "نقلت الوكالة عن X قوله:" (session 57)
                "قوله", "قولها")
_AR_ADVERBS = L._ar("اليوم", "أمس", "امس", "الليلة", "صباح", "مساء", "هذا", "الصباح",
                    "المساء", "قبل", "قليل", "هنا", "في", "بدوري", "أيضا", "ايضا", "كما",
                    "وقد", "لقد", "قد", "و", "ثم", "بعد", "الظهر", "ظهر")
_COLONS = frozenset({":", "："})


def _opener(sr: Any, t: int) -> int | None:
    """The quote mark or colon opening the quotation whose first word (past adverbs) is the
    verb at *t*, or None."""
    x = t - 1
    while x > sr.lo and sr.toks[x].ar and sr.f(x) & _AR_ADVERBS:
        x -= 1
    if x < sr.lo:
        return None
    return x if sr.toks[x].text in _QUOTES or sr.toks[x].text in _COLONS else None


def _speaker_before(sr: Any, op: int) -> Any:
    """"وكتب X على منصة إكس:" before the opener *op*: X (the previous sentence's subject
    when the verb names nobody); None without a verb of saying."""
    start = op - 1
    if sr.toks[op].text in _QUOTES and start >= sr.lo and sr.toks[start].text in _COLONS:
        start -= 1
    v = next((y for y in range(start, max(sr.lo, op - 14) - 1, -1)
              if sr.toks[y].ar and sr.f(y) & _AR_SAY), None)
    if v is None:
        return None
    sp = sr.after(v + 1, types=("Person",), maxgap=3)
    if sp is not None and sp.hi <= op:
        return sp
    sp = sr.before(v, types=("Person",), maxgap=1)
    if sp is not None and sp.kind == "name":
        return sp
    if all(sr.key(y) in ("و", "كما") for y in range(sr.lo, v)):
        return sr._prev_subject(exclude="")
    return None


def quoted_speaker_ar(sr: Any, t: int) -> Any:
    """The speaker of the quotation the verb at *t* opens ("قال X: «استقبلت ...»"، "نقلت
    الوكالة عن X قوله: «استقبلت ...»"; session 57), else None."""
    op = _opener(sr, t)
    if op is None:
        return None
    sp = _speaker_before(sr, op)
    if sp is None and sr.toks[op].text in _QUOTES:
        sp = _speaker_after(sr, t)
    return sp


def _speaker_after(sr: Any, t: int) -> Any:
    """"«...»، قال X": the speaker named right after the closing quote."""
    close = next((y for y in range(t + 1, sr.hi) if sr.toks[y].text in _QUOTES), None)
    if close is None:
        return None
    y = close + 1
    if y < sr.hi and sr.toks[y].text in ("،", ","):
        y += 1
    if y < sr.hi and sr.f(y) & _AR_SAY:
        return sr.after(y + 1, types=("Person",), maxgap=2)
    return None


def _partner_start(sr: Any, t: int) -> int | None:
    """Where the person met is named after the verb at *t* (past «بلقاء» after a verb of
    gladness, «مع» after a meeting verb), or None."""
    if sr.f(t) & _AR_GLAD_I:
        return t + 2 if sr.f(t + 1) & _AR_BY_MEETING else None
    return t + 2 if sr.key(t + 1) == "مع" else t + 1


def first_person_met_ar(sr: Any) -> None:
    """«التقيت Y» quoted from X: X met Y (module doc)."""
    for t in sr.triggers(AR_FIRST_PERSON_MEET, EMPTY):
        op = _opener(sr, t)
        if op is None:
            continue
        if sr.toks[op].text in _COLONS and not sr.f(t) & (_AR_MET_I - L._ar("اجتمعت")) and \
                not sr.f(t) & _AR_GLAD_I:
            continue  # (an unquoted «اجتمعت» after a colon may be "she met")
        start = _partner_start(sr, t)
        if start is None:
            continue
        first = sr.after(start, types=("Person",), maxgap=4)
        if first is None:
            continue
        speaker = _speaker_before(sr, op)
        if speaker is None and sr.toks[op].text in _QUOTES:
            speaker = _speaker_after(sr, t)
        if speaker is None or speaker.lo > t and speaker.lo < first.hi or \
                sr.blocked(t, None):
            continue
        for o in sr.chain(first, ("Person",)):
            if o.eid != speaker.eid:
                sr.add("MET_WITH", speaker.eid, o.eid, "first_person_met_ar")
