"""A ruler's title after the article named a past monarch of that country is that monarch
(session 66).

Gulf agencies write a ruler's title after his name, and the gazetteer's leader of a monarchy
is its present one (a past reign closed in his description is no leader: ``gazetteer
.leaders_of``): "Sheikh Sabah al-Ahmad, the Emir of the State of Kuwait", «الشيخ صباح الأحمد
الجابر الصباح أمير دولة الكويت الشقيقة», «وكان الوزير قد اجتمع أمس بسمو أمير دولة الكويت»
(after Sabah was named), «جلالة السلطان قابوس ... سلطان عمان» are Sabah and Qaboos, not the
emir or sultan of today. :func:`past_monarchs_named` gives, among the people the article named
before the title, those the gazetteer calls a monarch of the title's country (a person of it
titled emir, sultan or king), when the title is a ruler's (emir / sultan / king; أمير / سلطان /
ملك); the description then chooses among them as among its leaders (the latest named, the
newer of a predecessor and his successor).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from loaders.extract.desc_new_ruler import ruler_word
from loaders.extract.gazetteer import MONARCH_TITLES

_TITLE_REACH = 3  # words of the title from its start to the ruler's word ("the Emir of")


def past_monarchs_named(doc: Any, mentioned: Iterable[str], country: str,
                        at_tok: int) -> set[str]:
    """The people of *mentioned* who were monarchs of *country* (module doc), when the title
    at *at_tok* is a ruler's; else the empty set."""
    toks = doc.toks
    if not any(ruler_word(toks[x]) for x in range(at_tok, min(len(toks), at_tok + _TITLE_REACH))):
        return set()
    out = set()
    for eid in mentioned:
        e = doc.gaz.entries.get(eid)
        if e is not None and e.type == "Person" and e.country == country and \
                MONARCH_TITLES & set(e.titles):
            out.add(eid)
    return out
