"""An Arabic al- word that follows two different usual given names in one article is a
family name there (session 23, third round): "من هو عبد الحميد الدبيبة؟ ... ابن أخيه إبراهيم
الدبيبة"، "عائلة المنقوش: نجلاء المنقوش ... محمد المنقوش". A definite word of no family-name
shape (الدبيبة ends in ة, no nisba) otherwise ends a name before it ("نعيم قاسم المنصب"); a
common noun seldom follows two different given names. Computed once per article, on the
first such word (``doc.state``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract import given_names as GN
from loaders.extract import lexicon as L

if TYPE_CHECKING:
    from loaders.extract.mentions import Doc

_ABD = "عبد"


def _shared(doc: Doc) -> frozenset[str]:
    givens: dict[str, set[str]] = {}
    toks = doc.toks
    strong = GN.STRONG
    for i in range(1, len(toks)):
        k = toks[i].key
        if k[:2] != "ال" or len(k) < 5:
            continue
        pk = toks[i - 1].key
        if pk in strong and pk != _ABD:
            given = pk
        elif i >= 2 and pk[:2] == "ال" and toks[i - 2].key == _ABD:
            given = _ABD + pk  # "عبد الحميد"
        else:
            continue
        if k in L.AR_COMMON_NOUNS or k in L.NATIONALITY or k in L.AR_TITLES or \
                k in L.AR_QUALIFIERS:
            continue
        givens.setdefault(k, set()).add(given)
    return frozenset(k for k, g in givens.items() if len(g) >= 2)


def shared_family(doc: Doc, key: str) -> bool:
    """Does the al- word *key* follow two different usual given names in the article?"""
    got = doc.state.get("shared_family_ar")
    if got is None:
        got = doc.state["shared_family_ar"] = _shared(doc)
    return key in got
