"""A known person's one-word alias that is a compound Abd- given name ("Abdulwahid",
"عبدالواحد", the family name of someone the gazetteer lists) written right before the
start of another name ("Abdulwahid Abu Ras", "عبدالواحد أبو راس"): the given name of a new
person, not the known one (session 44, ents: JM, JO, JU)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract import lexicon as L

if TYPE_CHECKING:
    from loaders.extract.mentions import Doc

_EN_ABD_PREFIXES = ("abdul", "abdel", "abdol", "abdal")
_AR_KUNYA = frozenset({"أبو", "ابو", "أبي", "ابي", "بن"})
_EN_NAME_LINKS = frozenset({"abu", "bin", "ibn"})


def abd_given_before_name(doc: Doc, lo: int, hi: int, s_hi: int) -> bool:
    """The one-token hit at lo..hi is a glued Abd- compound ("Abdulwahid", "عبدالواحد")
    and the next token opens a kunya or a "bin" name ("Abu Ras", "أبو راس", "bin Ali")
    followed by one more word: a new person's given name, not the known person."""
    toks = doc.toks
    if hi - lo != 1 or hi + 1 >= s_hi:
        return False
    t, nxt, after = toks[lo], toks[hi], toks[hi + 1]
    if t.ar:
        return len(t.key) > 5 and t.key.startswith("عبدال") and nxt.key in _AR_KUNYA and \
            after.ar and not after.punct
    return len(t.key) > 6 and t.key.startswith(_EN_ABD_PREFIXES) and \
        nxt.key in _EN_NAME_LINKS and nxt.cap and after.cap and not after.punct and \
        after.key not in L.EN_STOP
