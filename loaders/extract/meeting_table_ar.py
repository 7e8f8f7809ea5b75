"""MET_WITH (session 24, second round, rel): Arabic "sat at one table with", the subject far
from the verb.

- "جلس في الناقورة السفير X، الذي كلّفه الرئيس K رئاسة الوفد، إلى الطاولة نفسها مع Y": the
  first person after the verb (past a place and a relative clause) met Y, not K;
- "وجلس X إلى طاولة واحدة / إلى نفس الطاولة مع Y", "جلس X قبالة / مقابل Y";
- "جلس X وY إلى طاولة واحدة / إلى الطاولة نفسها": the people of the subject list met.

Not when negated or planned (``SentenceCore.blocked``). Called from
``meeting_phrases.sat_with_ar`` when its close form ("جلس X إلى / مع Y") does not read.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.meeting_press import each_pair_met
from loaders.extract.rule_common import title_start

_TABLE = L._ar("الطاولة", "طاولة", "الطاوله", "طاوله")
_FACING = L._ar("قبالة", "مقابل", "قباله")
_WITH = L._ar("مع")
_END = L._ar("فيما", "بينما", "وفيما", "وبينما", "حيث", "ثم", "بعدما", "قبل")
_REACH = 30  # words from the verb to the table or "قبالة"
_SUBJ_GAP = 6  # "جلس في الناقورة السفير السابق X"


def _subject(sr: Any, t: int) -> Any:
    """The first person after the verb at *t*, past a place phrase, no punctuation between."""
    subj = sr.after(t + 1, types=("Person",), maxgap=_SUBJ_GAP)
    if subj is None or subj.prefix.lstrip("و") or any(
            sr.toks[y].punct for y in range(t + 1, subj.lo)):
        return None
    return subj


def _person_at(sr: Any, x: int) -> Any:
    """The person whose title or name starts at token *x*, else None."""
    return next((a for a in sr.args if a.etype == "Person" and a.lo >= x and
                 title_start(a) == x), None)


def sat_at_table_ar(sr: Any, t: int) -> None:
    """The sitters at one table met (module doc)."""
    subj = _subject(sr, t)
    if subj is None:
        return
    for x in range(subj.hi, min(sr.hi, t + _REACH)):
        tk = sr.toks[x]
        if tk.text in (".", "؛", ";") or sr.f(x) & _END:
            return
        f = sr.f(x)
        if f & _FACING:
            others = [_person_at(sr, x + 1)]
            break
        if f & _TABLE:
            y = x + 1
            while y < sr.hi and sr.key(y) in ("نفسها", "ذاتها", "واحدة", "واحده"):
                y += 1
            others = [_person_at(sr, y + 1)] if sr.f(y) & _WITH else [None]
            break
    else:
        return
    if sr.blocked(t, subj):
        return
    obj = others[0]
    if obj is None:  # "جلس X وY إلى طاولة واحدة"
        each_pair_met(sr, sr.chain(subj, ("Person",)), "sat_at_table_ar")
        return
    for o in sr.chain(obj, ("Person",)):
        if o.eid != subj.eid:
            sr.add("MET_WITH", subj.eid, o.eid, "sat_at_table_ar")
