"""The two-word Hijri months are dates, not people (session 67).

"Rabi al-Awwal", "Rabi al-Thani", "Jumada al-Akhirah", "Dhu al-Hijja", "Dhul-Qadah": a head
word that is a given name ("Rabi") or a particle ("Dhu"), then a tail after "al-" that reads as
a family name. The capitalised run was a new person ("rabie-al-awwal", "dhu-al-hijja"), and
after a head read as a stop word ("Jumada", lexicon ``EN_HIJRI_MONTH_WORDS``) its tail alone
("al-akhirah"). The words are lexicon's ``EN_HIJRI_MONTH_HEADS`` / ``EN_HIJRI_MONTH_TAILS``; a
person named Rabi keeps his name ("Rabi al-Hassan": no month tail)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract import lexicon as L

if TYPE_CHECKING:
    from loaders.extract.tokens import Tok

_LINKS = frozenset({"al", "el", "ul", "-"})


def hijri_month_en(toks: list[Tok], k: int, e: int, lo: int) -> bool:
    """Is the run *k*..*e* (sentence from *lo*) a Hijri month's name ("Rabi al-Awwal"), or its
    tail after a head word just before it ("Jumada | Al-Akhirah")?"""
    head = toks[k].key in L.EN_HIJRI_MONTH_HEADS
    if not head and not (k > lo and toks[k - 1].key in L.EN_HIJRI_MONTH_HEADS):
        return False
    rest = [t.key for t in toks[k + 1 if head else k:e] if t.key not in _LINKS]
    return bool(rest) and all(w in L.EN_HIJRI_MONTH_TAILS for w in rest)
