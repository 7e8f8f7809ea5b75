"""«على أن يخلفه (نائبه) Y»: the one whose resignation, removal or death the sentence told
before is to be succeeded by Y, an arrangement announced with it («أعلن K استقالة المبعوث
X، على أن يخلفه نائبه Y»; session 71). Only after "على أن": "يُتوقع أن يخلفه Y" is a guess."""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.wire_take_place import _gone_person

_AR_HE_WILL_SUCCEED = L._ar("يخلفه", "يخلفها", "تخلفه", "تخلفها")
_AR_ON = L._ar("على", "علي")
_AR_THAT = L._ar("أن", "ان")


def upon_he_succeeds_ar(sr: Any, t: int) -> tuple[str, str] | None:
    """(new, old) for «على أن يخلفه Y» at *t*: Y named right after the verb (past a title
    such as "نائبه", no punctuation between), old the person gone before it; else None."""
    if not (sr.f(t) & _AR_HE_WILL_SUCCEED and t - 2 >= sr.lo and sr.f(t - 1) & _AR_THAT and
            sr.f(t - 2) & _AR_ON):
        return None
    new = sr.after(t + 1, types=("Person",), maxgap=2)
    if new is None or any(sr.toks[z].punct for z in range(t + 1, new.lo)):
        return None
    old = _gone_person(sr, t - 2)
    # (``negated``, not ``blocked``: its subjunctive test would drop the arrangement the
    # clause states)
    if old is None or old.eid == new.eid or sr.negated(t, new.lo):
        return None
    return new.eid, old.eid
