"""VISITED, Arabic: whose visit «زيارته» is, after a meeting whose subject opens the sentence.

«التقى X، اليوم الاثنين، Y في قصر بعبدا، في مستهل زيارته الرسمية للبنان»: the visit is X's,
the one who went to meet Y, not Y, the person named nearest before the pronoun, who lives in
the country visited (session 65, blind65e: the wrong visitor was also taken as the antecedent
of a later «ثم انتقل إلى B حيث استقبله Z», pairing Y with Z). Only for «التقى / اجتمع» with the subject named right after the
verb (VSO) and not governed by بـ, and only when the nearest person's home is the country
visited and S's is not: «التقى عون بظريف، في مستهل زيارته للبنان» keeps Zarif; «استقبل Y X، في
مستهل زيارته» keeps the guest X (the nearest), as before.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.rule_common import title_start

_AR_WENT_TO_MEET = L._ar("التقى", "التقت", "اجتمع", "اجتمعت", "والتقى", "والتقت", "واجتمع",
                         "واجتمعت")
_BY = frozenset({"ب", "ل"})


def meeting_subject_visitor_ar(sr: Any, t: int, nearest: Any, where: str | None,
                               home: Callable[[str], str | None]) -> Any:
    """The subject of «التقى / اجتمع S ... O» before the visit noun at *t*, when *nearest* (the
    person named nearest before it) is not S but named after S and lives in *where*, the country
    visited, and S does not (*home*: a person's country; module doc); else *nearest*."""
    if where is None or home(nearest.eid) != where:
        return nearest
    v = next((x for x in range(sr.lo, t) if sr.toks[x].key in _AR_WENT_TO_MEET), None)
    if v is None:
        return nearest
    s = sr.after(v + 1, types=("Person",), maxgap=0)
    if s is None or title_start(s) != v + 1 or s.eid == nearest.eid or s.hi > nearest.lo or \
            sr.has_prep(s, _BY) or home(s.eid) in (where, None):
        return nearest
    return s
