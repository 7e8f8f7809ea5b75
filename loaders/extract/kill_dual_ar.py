"""ASSASSINATED_BY, Arabic: a dual passive killing verb whose two victims were named before.

"استقبل المهندس في المطار قائد فيلق القدس قاسم سليماني، وبعد دقائق قُتلا معاً بغارة أمريكية":
the dual "قُتلا / اغتيلا / استشهدا" with no victim after it (the means comes first) stands
for the two people the sentence named before it, when it names exactly two (session 45).
The agent is read after the verb as for any passive killing (``killing_rules``); nothing is
made when one or three or more people come before, or when a person follows the verb ("قتلا
X": the two killed X). Nor when the two are not the verb's subject: a clause opener ("قال X
مع Y إن الجنديين قتلا", "أكد X وY أن مرافقيهما قتلا") or a dual / plural noun of its own
("الحارسان قتلا", "مرافقيهما") between the last person and the verb (review of session 45).
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L

AR_DUAL_PASSIVE = L._ar("قتلا", "اغتيلا", "استشهدا", "وقتلا", "واغتيلا", "واستشهدا")
_AR_TOGETHER = L._ar("معا", "سويا")
# a new clause between the two people and the verb: its subject is someone else
_AR_OPENER = L._ar("إن", "أن", "بأن", "وأن", "وإن", "أنه", "إنه", "قال", "قالت", "أكد", "أكدت",
                   "أعلن", "أعلنت", "ذكر", "ذكرت", "أفاد", "أفادت", "فيما", "بينما", "حيث",
                   "الذي", "التي", "اللذين", "اللذان", "الذين")

_AR_PREP = L._ar("في", "من", "إلى", "على", "عن", "مع", "قرب", "داخل", "نحو")


def _own_subject_between(sr: Any, lo: int, t: int) -> bool:
    """A clause opener or a noun that can be the dual verb's own subject between *lo* and *t*:
    a definite dual or plural ("الجنديين", "الحارسان") or a noun with a dual possessive
    ("مرافقيهما"), outside any name."""
    for y in range(lo, t):
        tk = sr.toks[y]
        if not tk.ar or sr.mention_at.get(y) is not None:
            continue
        k = tk.key
        if sr.f(y) & _AR_OPENER:
            return True
        if sr.f(y - 1) & _AR_PREP:
            continue  # "في البرلمان": no subject after a preposition
        if k.endswith(("يهما", "اهما")) or (
                k.startswith(("ال", "وال")) and len(k) >= 6 and k.endswith(("ان", "ين"))):
            return True
    return False


def dual_pair_before_ar(sr: Any, t: int) -> list[Any]:
    """The two people a dual passive verb at *t* refers to: the first mention of each of the
    exactly two people the sentence names before *t* (module doc); [] otherwise."""
    if not sr.f(t) & AR_DUAL_PASSIVE:
        return []
    nxt = t + 1 + int(bool(sr.f(t + 1) & _AR_TOGETHER))
    if sr.after(nxt, types=("Person",), maxgap=0) is not None:
        return []  # "قتلا X": active, X the victim
    seen: dict[str, Any] = {}
    last = sr.lo
    for m in sr.args:
        if m.hi > t:
            break
        if m.etype == "Person" and m.kind != "ref" and not m.in_title:
            seen.setdefault(m.eid, m)
            last = max(last, m.hi)
    if len(seen) != 2 or _own_subject_between(sr, last, t):
        return []
    return list(seen.values())
