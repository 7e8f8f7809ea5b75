"""Arabic: the agent or the adverb after a title's participle qualifier, inside the title
(session 57).

"محافظ الحديدة المعين من الحوثيين عبد الله عطيفي" (the governor appointed by the Houthis),
"المعين من قبل الحكومة", "المعين حديثا" (newly appointed): the title runs on over
"من (قبل) <body>" and over an adverb to the name, so the body is no party of the sentence's
meeting ("التقى محافظ الحديدة المعين من الحوثيين X Y" had the Houthis meet X) and the adverb no
first word of the name. Called by ``titles._titles`` after a qualifier (``L.AR_QUALIFIERS``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract import lexicon as L
from loaders.extract.arabic_name_words import _AR_ADVERBS_A

if TYPE_CHECKING:
    from loaders.extract.mention_base import Mention
    from loaders.extract.mentions import Doc

_MIN = L.fold_ar("من")
_QIBAL = L.fold_ar("قبل")


def participle_agent_end(doc: Doc, covered: dict[int, Mention], j: int, hi: int,
                         in_title: list[Mention]) -> int:
    """The index after an adverb ("حديثا") or an agent phrase "من (قبل) <body>" at *j* (a body
    found already, not a person, added to *in_title*), else *j*."""
    toks = doc.toks
    if j < hi and toks[j].key in _AR_ADVERBS_A:
        return j + 1
    if j + 1 >= hi or toks[j].key != _MIN:
        return j
    x = j + 1
    if toks[x].key == _QIBAL:
        x += 1
    m = covered.get(x)
    if x < hi and m is not None and m.lo == x and m.etype not in ("Person", "Location"):
        in_title.append(m)
        return m.hi
    return j
