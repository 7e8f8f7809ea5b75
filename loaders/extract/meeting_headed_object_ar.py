"""MET_WITH, Arabic: the head of a delegation met in a clause before is no subject of the next
coordinated meeting verb (session 70).

"أنهى X جولة المفاوضات مع وفد الحركة برئاسة Z، ثم التقى الرئيس Y": the verb after the comma
keeps the subject of the clause before (X), not Z, who headed the delegation X talked with;
the nearest person before the verb is Z all the same. ``meetings`` asks
:func:`object_delegation_head_ar` before pairing a subject found before the verb and drops the
pair when it holds. Kept: a delegation that is itself the subject ("وصل وفد برئاسة Z إلى
بغداد، ثم التقى Y": no «مع» / «بـ» before the delegation noun), and Z in the clause of the verb
("التقى وفداً برئاسة Z": no comma between).
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.rule_common import title_start

# "برئاسة Z", "يقوده Z": the delegation's head (the words of ``meetings_ar._HEADED_BY`` but
# «يتقدمه» and «يتزعمه»)
_HEADED_BY = L._ar("برئاسة", "يرأسه", "يترأسه", "ترأسه", "يقوده", "بقيادة")
_COMMAS = frozenset({"،", ","})
# the delegation as the object of talks: "مع وفد ..."، "بوفد ..."، "بالوفد ..."
_WITH = L._ar("مع")
_BY_DELEGATION = ("بوفد", "بالوفد", "بوفود")


def object_delegation_head_ar(sr: Any, subj: Any, t: int) -> bool:
    """Is *subj*, found before the meeting verb at *t*, the head of a delegation that the
    clause before met ("مع وفد ... برئاسة Z، ثم التقى Y"), the verb after a comma?"""
    b = title_start(subj) - 1
    if b < sr.lo or not sr.f(b) & _HEADED_BY or subj.hi > t:
        return False
    if not any(sr.toks[y].text in _COMMAS for y in range(subj.hi, t)):
        return False
    for y in range(b - 1, max(sr.lo, b - 5) - 1, -1):
        if sr.f(y) & _WITH or sr.toks[y].key.startswith(_BY_DELEGATION):
            return True
        if sr.toks[y].punct:
            return False
    return False
