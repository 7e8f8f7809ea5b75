"""An ambiguous one-word country name in a list of countries (session 71).

The gazetteer lists «مالي» (also "financial", "my money"), «تشاد» (also "is built") and
"Chad" (a given name) as ambiguous: they name the state only with a cue. A list of states is
one: «النيجر وتشاد», «مالي والنيجر», «بوركينا فاسو، تشاد», "Niger and Chad", "Chad, Mali": the
word next to another country's name, joined by «و» glued to the second, "and" or a comma, is
the state.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract import lexicon as L

if TYPE_CHECKING:
    from loaders.extract.mentions import Doc

_EN_JOINS = frozenset({",", "and", "or"})


def _country_word(doc: Doc, k: int, wa: bool) -> bool:
    """Is token *k* a one-word country name (with a glued «و» when *wa*, else without a
    proclitic)? The last word of a two-word one ("بوركينا فاسو") does too."""
    if k < 0 or k >= len(doc.toks):
        return False
    exact = doc.gaz.exact
    key = doc.toks[k].key
    for off, stem in doc.toks[k].stems:
        if (off > 0) != wa or (wa and key[off - 1] != "و"):
            continue
        if any(h[0].startswith("country:") for h in exact.get((stem,), ())):
            return True
        if not wa and k > 0 and any(h[0].startswith("country:") for h in exact.get(
                (doc.toks[k - 1].stems[0][1], stem), ())):
            return True
    return False


def listed_with_country(doc: Doc, k: int, off: int) -> bool:
    """Is the one-word Arabic country name at token *k* (the name *off* letters into it)
    in a list with another country's name: right after it with «و» glued on («النيجر وتشاد»)
    or a comma between, or right before one that has «و» glued on («مالي والنيجر») or a
    comma between?"""
    toks = doc.toks
    key = toks[k].key
    if not toks[k].ar:  # "Niger and Chad", "Chad, Mali"
        return k > 1 and toks[k - 1].key in _EN_JOINS and _country_word(doc, k - 2, False) or \
            k + 2 < len(toks) and toks[k + 1].key in _EN_JOINS and \
            _country_word(doc, k + 2, False)
    if off == 0:
        if k > 0 and toks[k - 1].text in L.COMMAS and _country_word(doc, k - 2, False):
            return True
    elif key[off - 1] == "و" and _country_word(doc, k - 1, False):
        return True
    if k + 1 < len(toks) and toks[k + 1].text in L.COMMAS:
        return _country_word(doc, k + 2, False)
    return _country_word(doc, k + 1, True)
