"""Arabic lists under one title joined by a qualifier, not a title: "الرئيسين الإيراني X
والتركي Y", "السيناتورين الجمهوري X والديموقراطية Y". The و-word after X is a nationality
or a US party adjective, and the name after it is the list's next member (session 17b)."""

from __future__ import annotations

from loaders.extract import lexicon as L

# US party adjectives under a title: "السيناتورين الجمهوري X والديموقراطية Y"
_AR_PARTY_ADJ = L._ar("الجمهوري", "الجمهورية", "الديموقراطي", "الديموقراطية", "الديمقراطي",
                      "الديمقراطية")


def nationality_country_ar(word: str) -> str | None:
    """The country of the Arabic nationality adjective *word*, masculine or feminine
    ("التركي" / "التركية"), else None."""
    if word in L.NATIONALITY:
        return L.NATIONALITY[word]
    if word[-1:] == "ة" and word[:-1] in L.NATIONALITY:
        return L.NATIONALITY[word[:-1]]
    return None


def coordinated_qualifier_ar(word: str) -> bool:
    """Is the Arabic *word* (after its و) a nationality or a US party adjective that opens
    the next member of a list under one dual or plural title ("والتركي", "والديموقراطية")?"""
    return nationality_country_ar(word) is not None or word in _AR_PARTY_ADJ
