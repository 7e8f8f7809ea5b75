"""A usual given name matched alone as the short form of a known person who bears that word
only as his al- family name (session 30, second round, precpeople).

"خلفاً للشيخ سالم عبدالله الجابر" after "محمد صباح السالم": the bare "سالم" opening a
name of three words is Salem al-Jaber's given name, not al-Salem's family name written
without its article."""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract import given_names as GN
from loaders.extract.arabic_name_words import _ar_name_word
from loaders.textnorm import fold_ar

if TYPE_CHECKING:
    from loaders.extract.mentions import Doc

# (gazetteer id, entity id) -> (its entry, the words): the entry kept to check a hit, so a
# gazetteer freed and another built at the same address is never read from a stale cache
_BARE_AND_AL: dict[tuple[int, str], tuple[object, frozenset[str], frozenset[str]]] = {}


def _bare_and_al_words(doc: Doc, eid: str) -> tuple[frozenset[str], frozenset[str]]:
    """(words written bare, words written with al-) of a known person's Arabic names."""
    ck = (id(doc.gaz), eid)
    e = doc.gaz.entries.get(eid)
    got = _BARE_AND_AL.get(ck)
    if got is None or got[0] is not e:
        forms = ([e.name_ar] if e is not None and e.name_ar else []) + \
            (list(e.aliases) if e is not None else [])
        bare: set[str] = set()
        al: set[str] = set()
        for form in forms:
            for w in fold_ar(form).replace("اا", "ا").split():
                (al.add(w[2:]) if w.startswith("ال") else bare.add(w))
        got = _BARE_AND_AL[ck] = (e, frozenset(bare), frozenset(al))
    return got[1], got[2]


def given_not_al_family(doc: Doc, eid: str, lo: int, hi: int, s_hi: int) -> bool:
    """Is the one-word Arabic match lo..hi a usual given name that the known person *eid*
    bears only with the article (his family name "السالم"), followed by another name
    word? Then it opens someone else's name."""
    if hi - lo != 1 or hi >= s_hi:
        return False
    toks = doc.toks
    key, nxt = toks[lo].key, toks[hi]
    if key not in GN.ALL or not nxt.ar or nxt.punct:
        return False
    bare, al = _bare_and_al_words(doc, eid)
    return key in al and key not in bare and _ar_name_word(doc, nxt, False)
