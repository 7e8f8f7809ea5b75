"""Past the title set after a name: the next other person (session 66).

Gulf agency copy sets a guest's office after his name, «استقبل H الشيخ تميم بن حمد آل ثاني أمير
دولة قطر، ثم استقبل ...»: the office is read as a description of the same man (a mention of his
id right after his name). A rule asking whether a person follows its objects ("كما التقى Y X":
a subject and an object of their own) must not take that description for another person.
:func:`other_person_after` gives the first person after the objects that is none of them.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any


def other_person_after(sr: Any, objs: list[Any], maxgap: int, verbs: Iterable[int] = ()) -> Any:
    """The first person of the sentence within *maxgap* words after the last of *objs* (the
    gap counted from the end of a description of one of them set right after it), that is
    none of *objs*, with none of the meeting *verbs* between (the object of the next verb
    of a series, «، كما استقبل Z», is no person of this clause); None when there is none."""
    ids = {o.eid for o in objs}
    k = objs[-1].hi
    for m in sr.args:
        if m.lo < k or m.etype != "Person":
            continue
        if m.eid in ids and m.kind == "desc" and m.lo == k:
            k = m.hi  # «... آل ثاني أمير دولة قطر»: his own office
            continue
        start = m.tlo if 0 <= m.tlo < m.lo else m.lo
        if any(k <= v < start for v in verbs):
            return None
        return m if start - k <= maxgap else None
    return None
