"""Arabic lists under one title joined by a qualifier, not a title: "الرئيسين الإيراني X
والتركي Y", "السيناتورين الجمهوري X والديموقراطية Y". The و-word after X is a nationality
or a US party adjective, and the name after it is the list's next member (session 17b)."""

from __future__ import annotations

from loaders.extract import lexicon as L

# US party adjectives under a title: "السيناتورين الجمهوري X والديموقراطية Y"
_AR_PARTY_ADJ = L._ar("الجمهوري", "الجمهورية", "الديموقراطي", "الديموقراطية", "الديمقراطي",
                      "الديمقراطية")


def coordinated_qualifier_ar(word: str) -> bool:
    """Is the Arabic *word* (after its و) a nationality or a US party adjective that opens
    the next member of a list under one dual or plural title ("والتركي", "والديموقراطية")?"""
    return word in L.NATIONALITY or word[-1:] == "ة" and word[:-1] in L.NATIONALITY or \
        word in _AR_PARTY_ADJ
