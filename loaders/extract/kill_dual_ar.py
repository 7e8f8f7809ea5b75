"""ASSASSINATED_BY, Arabic: a dual passive killing verb whose two victims were named before.

"استقبل المهندس في المطار قائد فيلق القدس قاسم سليماني، وبعد دقائق قُتلا معاً بغارة أمريكية":
the dual "قُتلا / اغتيلا / استشهدا" with no victim after it (the means comes first) stands
for the two people the sentence named before it, when it names exactly two (session 45).
The agent is read after the verb as for any passive killing (``killing_rules``); nothing is
made when one or three or more people come before, or when a person follows the verb ("قتلا
X": the two killed X).
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L

AR_DUAL_PASSIVE = L._ar("قتلا", "اغتيلا", "استشهدا", "وقتلا", "واغتيلا", "واستشهدا")
_AR_TOGETHER = L._ar("معا", "معاً", "سويا", "سوياً", "جميعا")


def dual_pair_before_ar(sr: Any, t: int) -> list[Any]:
    """The two people a dual passive verb at *t* refers to: the first mention of each of the
    exactly two people the sentence names before *t* (module doc); [] otherwise."""
    if not sr.f(t) & AR_DUAL_PASSIVE:
        return []
    nxt = t + 1 + int(bool(sr.f(t + 1) & _AR_TOGETHER))
    if sr.after(nxt, types=("Person",), maxgap=0) is not None:
        return []  # "قتلا X": active, X the victim
    seen: dict[str, Any] = {}
    for m in sr.args:
        if m.hi > t:
            break
        if m.etype == "Person" and m.kind != "ref" and not m.in_title:
            seen.setdefault(m.eid, m)
    return list(seen.values()) if len(seen) == 2 else []
