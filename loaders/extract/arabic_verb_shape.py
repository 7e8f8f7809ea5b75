"""The shape of a lone Arabic imperfect verb (يفعل / تفعل), a leaf module so that both the
title readers (``title_holder_checks``) and the coreference of offices (``coref_offices``: a
headline's "رئيس الجمهورية يعيّن X" gives X no title) may ask it."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from loaders.extract.mentions import Doc
    from loaders.extract.tokens import Tok


def imperfect_verb_ar(doc: Doc, t: Tok) -> bool:
    """A lone Arabic word of the imperfect verb shape يفعل / تفعل that is no known name
    word (يشغل، يقود، تضم)."""
    return t.ar and len(t.key) == 4 and t.key[:1] in ("ي", "ت") and \
        t.key not in doc.gaz.ar_latin and "ا" not in t.key[1:] and "و" not in t.key[1:3]
