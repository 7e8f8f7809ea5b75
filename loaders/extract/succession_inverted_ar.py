"""SUCCESSOR_OF, Arabic: the object before the subject after "خلف" (VOS), told by a death.

"ويأتي الحادث بعد أربعة أشهر من اغتيال الفريق X ... وخلف X في قيادة هذه القوات اللواء Y": the
bare name right after the verb is the one the article reported killed or dead before, the
titled name after the post is the new commander: Y -> X, not X -> Y (the VSO reading of
``succession_post_between_ar``, kept when the first person is titled, the second is not, or
no earlier sentence reports the first one's death).
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.rule_common import title_start

_AR_DEATH = L._ar("اغتيال", "مقتل", "وفاة", "رحيل", "استشهاد", "مصرع", "قتل", "اغتيل", "توفي",
                  "استشهد", "باغتيال", "بمقتل", "لاغتيال", "لمقتل")


def _reported_dead_before(sr: Any, eid: str) -> bool:
    """An earlier sentence has a death word right before a mention of *eid* (its title may
    stand between: "اغتيال الفريق X")."""
    toks = sr.doc.toks
    for m in sr.doc.ments:
        if m.eid != eid or m.sent >= sr.si or m.etype != "Person":
            continue
        lo = min(m.lo, title_start(m))
        if any(toks[y].key in _AR_DEATH for y in range(max(0, lo - 2), lo)):
            return True
    return False


def object_first_ar(sr: Any, new: Any, old: Any) -> bool:
    """Is "خلف <new> في <post> <old>" the object first (module doc)?"""
    if title_start(new) < new.lo or title_start(old) >= old.lo:
        return False
    return _reported_dead_before(sr, new.eid)
