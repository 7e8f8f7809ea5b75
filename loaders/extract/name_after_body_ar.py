"""A new person's name closed off after a title's body (session 37).

``title_extent_ar.skip_definite_body`` skips the body a title belongs to ("وزير الصناعة",
"سكرتير مجلس وزراء إقليم كوردستان", "ممثل حكومة الإقليم في طهران") only when the words after
it look like a name: a usual first name, a family name in -ي, "عبد" inside. A name of two or
three unknown words is taken as well when it is closed off right after: by the end of the
sentence or a comma ("... في طهران ناظم دباغ.") or by a relative pronoun that describes the
person ("... آلان حمه سعيد الذي عرض"), so that the words cannot be the body's own
complement going on."""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract import lexicon as L

if TYPE_CHECKING:
    from loaders.extract.tokens import Doc

_CLOSERS = (",", "،", ".", "؛", ";", ":")
_RELATIVES = frozenset({"الذي", "التي"})
# number words: "ثلاث مرات" is no name
_AR_COUNT = L._ar("اثنين", "اثنتين", "ثلاث", "ثلاثة", "أربع", "أربعة", "خمس", "خمسة", "ست",
                  "ستة", "سبع", "سبعة", "ثماني", "ثمانية", "تسع", "تسعة", "عشر", "عشرة", "عدة")


def closed_name_after_body(doc: Doc, x: int, ne: int, hi: int) -> bool:
    """True when the unknown words ``x..ne`` after a title's body are closed off as a name."""
    if not 2 <= ne - x <= 3:
        return False
    toks = doc.toks
    if ne >= hi or x == 0 or toks[x - 1].key == "في" or toks[x - 1].text.startswith("آ"):
        # (not "الوزير الإيراني في وقت لاحق،"; "آلان" before is a name, not الآن)
        return False
    t = toks[ne]
    if not (t.punct and t.text in _CLOSERS or t.key in _RELATIVES):
        return False
    for y in range(x, ne):
        k = toks[y].key
        if not toks[y].ar or k.startswith(("ال", "لل")) or k in L.AR_COMMON_NOUNS or \
                k in L.AR_TITLE_FIRST or k in _AR_COUNT:
            return False
    return True
