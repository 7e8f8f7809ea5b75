"""MET_WITH told by a meeting noun or clause whose second side is not a plain name after it
(session 23, ``meetnoun``).

- **The verbal noun with an accusative object** (Arabic): "بعد ساعات من لقاء X نظيرَه Y"،
  "عقب لقاء X رئيسَ الوزراء Y": the noun's genitive met the accusative person right after
  him (the object's title written with the fatha, or "نظيره"); not an apposition ("لقاء
  الرئيس X رئيس الحزب"، no fatha) (:func:`accusative_partner_ar`, read by
  ``meetings._met_svo``'s "meeting_of_ar").
"""

from __future__ import annotations

from typing import Any

from loaders.extract.rule_common import title_start

_FATHA = ("\u064e", "\u064b")


def accusative_partner_ar(sr: Any, gen: Any) -> Any:
    """The person written in the accusative right after the genitive *gen* of a meeting noun
    ("لقاء X نظيرَه Y" / "لقاء X رئيسَ الوزراء Y"), else None."""
    nxt = sr.mention_at.get(gen.hi)
    if nxt is None:
        nxt = next((m for m in sr.args if m.etype == "Person" and title_start(m) == gen.hi),
                   None)
    if nxt is None or nxt.etype != "Person" or nxt.eid == gen.eid or nxt.prefix:
        return None
    s = title_start(nxt)
    word = sr.toks[s].text
    if word.startswith("نظير") or word[-1:] in _FATHA:
        return nxt
    return None

