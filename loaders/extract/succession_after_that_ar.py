"""«قُتل X في رفح بعد أن خلف Y» (session 50): the subject of «بعد أن خلف» is left unsaid; it is
the main clause's, the one person the sentence names before it (none other: in «استقبل X Y
بعد أن خلف Z» either could be meant, so no relation)."""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.mentions import Mention

_AR_THAT = L._ar("ان", "أن")
_AR_AFTER = L._ar("بعد", "وبعد")
_AR_KHALAFA_PAST = L._ar("خلف")  # the perfect alone: «قبل أن يخلف X Y» names its subject


def sole_subject_before_ar(sr: Any, t: int, old: Mention) -> Mention | None:
    """The one person named before «بعد أن» + the perfect «خلف» at *t*, other than *old*
    (the one succeeded); None when there is none or more than one."""
    if t - 2 < sr.lo or not sr.f(t) & _AR_KHALAFA_PAST or \
            not sr.f(t - 1) & _AR_THAT or not sr.f(t - 2) & _AR_AFTER:
        return None
    people = {m.eid: m for m in sr.args
              if m.etype == "Person" and m.hi <= t - 2 and m.eid != old.eid}
    return next(iter(people.values())) if len(people) == 1 else None
