"""The rival beaten is no "new" holder, session 24 second round (``desc``).

"وكان بزشكيان قد فاز في الجولة الثانية على منافسه سعيد جليلي ... وبذلك يخلف الرئيسُ الجديد
الشهيدَ رئيسي": the new president is the winner, not the rival named last; "X defeated his rival
Y in the runoff. ... The new president ...". :func:`named_as_rival` tells a person introduced
by a rival word right before his name or title ("منافسه Y"، "خصمه Y"، "his rival Y", "challenger
Y", "against Y"); ``coreference`` skips him for a description qualified as new. (English
replacement cues already skip "against / defeating" in ``coreference._replaced_by``.)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract import lexicon as L
from loaders.extract.rule_common import title_start

if TYPE_CHECKING:
    from loaders.extract.mention_core import Mention
    from loaders.extract.mentions import Doc

RIVAL_WORDS = L._ar("منافسه", "منافسها", "منافس", "المنافس", "خصمه", "خصمها", "غريمه",
                    "منافسيه", "مرشح المعارضة") | L._en(
    "rival", "opponent", "challenger", "against", "defeating", "beating", "defeated", "beat")


def named_as_rival(doc: Doc, m: Mention) -> bool:
    """Is *m* introduced by a rival word right before his title or name ("على منافسه Y",
    "his rival Y", "against Y")?"""
    b = title_start(m) - 1
    if b < 0:
        return False
    t = doc.toks[b]
    return t.key in RIVAL_WORDS or t.ar and any(st in RIVAL_WORDS for _p, st in t.stems)
