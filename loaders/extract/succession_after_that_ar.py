"""«قُتل X في رفح بعد أن خلف Y» (session 50): the subject of «بعد أن خلف» is left unsaid; it is
the main clause's, the one person the sentence names before it (none other: in «استقبل X Y
بعد أن خلف Z» either could be meant, so no relation)."""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.mentions import Mention

_AR_THAT = L._ar("ان", "أن")
_AR_AFTER = L._ar("بعد", "وبعد")
_AR_AFTER_THAT = L._ar("بعدما", "وبعدما")  # one word: «بعدما خلفت Y» (session 71)
# the perfect alone: «قبل أن يخلف X Y» names its subject; «خلفت» a woman (session 71)
_AR_KHALAFA_PAST = L._ar("خلف", "خلفت")


def sole_subject_before_ar(sr: Any, t: int, old: Mention) -> Mention | None:
    """The one person named before «بعد أن / بعدما» + the perfect «خلف(ت)» at *t*, other
    than *old* (the one succeeded); with more named, the one person of the «فيما / بينما»
    clause the conjunction closes («..., فيما أدارت X الملف، بعدما خلفت Y»: X; session 71);
    None when there is none or more than one."""
    if t - 1 <= sr.lo or not sr.f(t) & _AR_KHALAFA_PAST:
        return None
    if sr.f(t - 1) & _AR_AFTER_THAT:
        k = t - 1
    elif t - 2 >= sr.lo and sr.f(t - 1) & _AR_THAT and sr.f(t - 2) & _AR_AFTER:
        k = t - 2
    else:
        return None
    people = {m.eid: m for m in sr.args
              if m.etype == "Person" and m.hi <= k and m.eid != old.eid}
    if len(people) == 1:
        return next(iter(people.values()))
    w = next((x for x in range(k - 1, sr.lo - 1, -1) if sr.f(x) & L.AR_WHILE), None)
    if w is None:
        return None
    people = {m.eid: m for m in sr.args
              if m.etype == "Person" and w < m.lo and m.hi <= k and m.eid != old.eid}
    return next(iter(people.values())) if len(people) == 1 else None
