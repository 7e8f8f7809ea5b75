"""MET_WITH: Arabic "اجتمع X (في مكان) بكلٍّ من A وB وC" (session 26, meet26).

"بكلٍّ من" ("with each of") names the objects of the meeting verb: what stands between the
subject and it is where the meeting was ("في أنقرة"، "في منزل زعيم الحزب Y"), not whom X met.
``meetings._met_svo`` asks ``each_of_object_ar`` for the first object past the place; the chain
of the list after it follows as for any object.
"""

from __future__ import annotations

from typing import Any

from loaders.extract.rule_common import title_start

_EACH = "بكل"
_STOPS = frozenset({"،", ",", ".", "؛", ";", ":"})


def each_of_object_ar(sr: Any, t: int, subj: Any, first: Any) -> Any:
    """The person opening the list after "بكلٍّ من" in the clause of the meeting verb at *t*
    past its subject *subj* (named after the verb) and *first* (the object read so far, None
    when the place phrase left none); else None."""
    if _EACH not in sr.key_set() or subj.lo < t:
        return None
    for x in range(max(subj.hi, first.hi if first is not None else 0), min(sr.hi - 2, t + 24)):
        tk = sr.toks[x]
        if tk.text in _STOPS:
            return None
        if tk.key == _EACH and sr.key(x + 1) == "من":
            return next((m for m in sr.args if title_start(m) == x + 2 and
                         m.etype == "Person"), None)
    return None
