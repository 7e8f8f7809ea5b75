"""Session 30 (meet30): an Arabic "<title> <body> الجديد" with no name, the incoming holder of
a replacement told in the last sentences ("عيّن X قائداً للجيش خلفاً لـY ... استقبل الرئيس
قائد الجيش الجديد"، "بتكليف X برئاسة جهاز مكافحة الإرهاب، خلفاً لـY ... واستقبل السوداني
رئيس جهاز مكافحة الإرهاب الجديد").

The title word has no article ("قائد"، "رئيس"), the body after it does, so the phrase was not
read as a description at all (it is one: "الجديد" is definite). It is read only when the
article backs it: the incoming holders of the replacements of the last three sentences
(``coreference._replaced_by``) whose words after the name ("قائداً للجيش"، "برئاسة جهاز ...")
hold the body's first word; one such holder, else nobody."""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract import lexicon as L
from loaders.extract.coreference import _replaced_by
from loaders.textnorm import strip_article_ar

if TYPE_CHECKING:
    from loaders.extract.mentions import Doc
    from loaders.extract.tokens import Tok

_AR_NEW = L._ar("الجديد", "الجديدة")
_AFTER_NAME = 6  # the words read after the incoming holder's name for his post
_CLITICS = ("لل", "بال", "وال", "ل", "ب", "و")


def _bare(key: str) -> str:
    """A folded Arabic word without its article or a one-letter clitic ("للجيش" -> "جيش")."""
    for c in _CLITICS:
        if key.startswith(c) and len(key) - len(c) >= 3:
            key = key[len(c):]
            break
    return strip_article_ar(key)


def new_construct_ar(toks: list[Tok], k: int, j: int) -> bool:
    """Is the Arabic title at *k* (no article) a construct whose last word before "الجديد" (at
    *j* - 1) is definite ("قائد الجيش الجديد"، "رئيس جهاز مكافحة الإرهاب الجديد")?"""
    return toks[k].ar and j - 1 >= k + 2 and toks[j - 1].key in _AR_NEW and \
        not toks[k].key.startswith("ال") and toks[j - 2].key.startswith("ال")


def incoming_holder_ar(doc: Doc, si: int, k: int, j: int) -> str | None:
    """The one incoming holder of a replacement told in the last sentences whose post, read
    after his name, holds the body's first word of the description at *k*..*j* (module doc)."""
    toks = doc.toks
    body = _bare(toks[k + 1].key)
    fits = []
    for new in dict.fromkeys(_replaced_by(doc, si, k).values()):
        for m in doc.ments:
            if m.eid != new or m.kind != "name" or m.hi >= k:
                continue
            end = m.hi
            while end < min(len(toks), m.hi + _AFTER_NAME) and not toks[end].punct:
                end += 1
            if any(_bare(toks[x].key) == body for x in range(m.hi, end)):
                fits.append(new)
                break
    return fits[0] if len(fits) == 1 else None
