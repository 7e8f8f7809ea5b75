"""The guest of an Arabic reception is never a man the article names as gone (session 41).

"وصل الرئيس X إلى بغداد خلفاً للرئيس الشهيد Y. وكان في استقبال سيادته H" and "بدأ X زيارة
إلى طهران ... خلفاً لـY ... . واستقبل H ضيفه": the guest that "سيادته" / "ضيفه" / "الضيف" stands
for is X, who arrived, not Y, whom X replaced (named after "خلفاً لـ / بدلاً من") or who is dead
("الشهيد"، "الراحل" in his title). :func:`gone_ar` tells such a mention, and the guest readers
(honorific_refs' "في استقبال سيادته", context_speakers.guest_at_ar) pass over it, so that the
one candidate left is the visitor.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.coref_peers import AR_DEAD_QUALS
from loaders.extract.mention_base import Mention
from loaders.extract.rule_common import title_start
from loaders.extract.succession_words import _AR_INSTEAD_T, _C4

# "خلفاً لـY" / "بدلاً من Y" / "عوضاً عن Y": Y is the man replaced
_REPLACED = _C4 | _AR_INSTEAD_T
_REPLACED_PREP = L._ar("من", "عن")
_REACH = 4  # words of a title before the name that may hold a dead-person word


def gone_ar(doc: Any, m: Mention) -> bool:
    """Is *m* named as the man replaced ("خلفاً للرئيس Y", "بدلاً من Y") or as dead ("الشهيد
    Y", "الراحل Y") in its own sentence?"""
    toks = doc.toks
    start = title_start(m)
    s_lo = doc.sents[m.sent].lo
    lo = max(s_lo, start - _REACH)
    for o in doc.by_sent.get(m.sent, ()):
        if o is not m and lo < o.hi <= start:
            lo = o.hi  # not past another name: "تأبين الشهيد Y الرئيس X" (review41 B1)
    if any(toks[y].key in AR_DEAD_QUALS for y in range(lo, m.lo)):
        return True
    before = start - 1
    if before >= s_lo and toks[before].key in _REPLACED_PREP:
        before -= 1  # "بدلاً من Y"
    elif not (toks[start].key.startswith("ل") or m.prefix.endswith("ل")):
        return False  # "خلفاً لـY": the ل is glued on the title or the name
    return before >= s_lo and toks[before].key in _REPLACED
