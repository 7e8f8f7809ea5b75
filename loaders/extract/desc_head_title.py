"""A head-of-state description ("the president", "الرئيس") is searched among the people the
article titled with that very title (session 29): "Iranian President X ... in the presence of
Y. Z was also received by the president" is X, not Y named last. The first title word alone
does not decide in Arabic, where رئيس opens many offices: "رئيس الوزراء المعين" is no one
titled "رئيس مجلس القيادة" or "الرئيس" alone, so the second words must agree.
Called by ``coreference._resolve_description``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract import lexicon as L
from loaders.textnorm import strip_article_ar

if TYPE_CHECKING:
    from loaders.extract.mentions import Doc


def same_title_words(doc: Doc, at_tok: int, ti: int, name_lo: int) -> bool:
    """Does the description's title at *at_tok* go on with the same second word as the
    earlier title at *ti* (before a name starting at *name_lo*), nationality words left out on
    both sides ("الرئيس الإيراني X" has one word)? A one-word earlier title ("President X",
    "الرئيس X") needs no second word, unless the description is an Arabic noun in construct
    ("رئيس الوزراء": its complement names the office)."""
    toks = doc.toks
    construct = toks[at_tok].ar and strip_article_ar(toks[at_tok].key) == toks[at_tok].key
    b = next((y for y in range(ti + 1, name_lo) if toks[y].key not in L.NATIONALITY), None)
    if b is None:
        return not construct  # "رئيس الوزراء" is no one titled "الرئيس" alone
    a = next((y for y in range(at_tok + 1, min(len(toks), at_tok + 4))
              if toks[y].key not in L.NATIONALITY), None)
    if a is None or toks[a].ar != toks[b].ar:
        return False
    ka, kb = toks[a].key, toks[b].key
    return strip_article_ar(ka) == strip_article_ar(kb) if toks[a].ar else ka == kb
