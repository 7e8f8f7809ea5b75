""""المالي" after a title is Malian, not "financial" (session 22, second round).

The lexicon has no nationality word "المالي" (it is also the adjective "financial", and the bare
"مالي" is a name word, Malley), so "الرئيس المالي X"، "وزير الخارجية المالي X" ended the title
at the adjective and the Malian officials named there were not found at all. Right after a
political title and before a name it is the nationality; not after a title of finance
("المستشار المالي X"، "المدير المالي X": a financial adviser or officer).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract import lexicon as L
from loaders.extract.arabic_name_span import _ar_name_span

if TYPE_CHECKING:
    from loaders.extract.mentions import Doc

_AR_MALIAN = frozenset(L.fold_ar(w) for w in ("المالي", "المالية"))
_FINANCE_HEADS = tuple(L.fold_ar(w) for w in (
    "مستشار", "مدير", "مسؤول", "خبير", "محلل", "مراقب", "مدقق", "محاسب", "مستثمر"))


def malian_after_title(doc: Doc, phrase: str, covered: dict, j: int, hi: int) -> str | None:
    """The country id for "المالي" at *j* after the title *phrase* before a name, else None."""
    t = doc.toks[j]
    if t.key not in _AR_MALIAN or j + 1 >= hi or \
            phrase.removeprefix("ال").startswith(_FINANCE_HEADS):
        return None
    nxt = covered.get(j + 1)
    if nxt is not None and nxt.lo == j + 1 and nxt.etype == "Person":
        return "country:mali"
    return "country:mali" if _ar_name_span(doc, j + 1, hi) >= j + 3 else None
