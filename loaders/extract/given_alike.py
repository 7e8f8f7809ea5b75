"""Given names that tell two people apart: a new person whose first name is another name
than every first name of a known person with a like family name is not him ("سامية حسن" /
"Samia Hassan" is no Wissam al-Hassan; "Kofi Mensah" is no Kwame Mensah); nor is a
one-word name after a title of another nationality than the known person's
("Argentine President Milei" is no Mark Milley)."""

from __future__ import annotations

from typing import Any

from rapidfuzz import fuzz

from loaders.extract.gazetteer_spelling import _vowels_folded, ar_consonants
from loaders.textnorm import HONORIFICS, core_tokens, is_arabic, token_skeleton

# a title or honorific spelt another way before the given name ("Seyyed Ali ..."): no
# given name of its own to compare
_HONORIFIC_HEADS = HONORIFICS | frozenset({"seyyed", "seyed", "seyyid", "syed", "sayid",
                                           "sayyed", "sheikh", "shaykh", "mullah", "mulla"})


def first_words(names: list[str], arabic: bool) -> frozenset[str]:
    """The first words (folded) of the names of two or more words in one script."""
    out = set()
    for n in names:
        if n and is_arabic(n) == arabic:
            toks = core_tokens(n)
            if len(toks) > 1:
                out.add(toks[0])
    return frozenset(out)


def word_alike(tok: str, known: str) -> bool:
    """Is the folded name word *tok* the known first word *known* spelt another way (or
    its head: "عبد" of "عبدالله")? Arabic: the same consonant letters or close letters;
    Latin: close once the vowels are written one way ("Qasem" / "Qassim")."""
    if tok.startswith(known) or known.startswith(tok):
        return True
    if is_arabic(tok):
        if len(tok) > 2 and len(known) > 2 and tok.endswith("ي") != known.endswith("ي"):
            return False  # a final ي more or less: «عادل» is no «عدلي» (session 72)
        return ar_consonants(tok) == ar_consonants(known) or fuzz.ratio(tok, known) >= 75.0
    if _nisba_end(tok) != _nisba_end(known):
        return False  # a final -i / -y is another name: "Adel" is no "Adly" (عدلي; session 72)
    if len(token_skeleton(tok).replace("ks", "k")) != len(token_skeleton(known).replace("ks", "k")):
        return False  # a consonant more or less: "Renad" is no Riyad (session 23, second round)
    return fuzz.ratio(_vowels_folded(tok), _vowels_folded(known)) >= 70.0


def _nisba_end(word: str) -> bool:
    """Does the Latin name word end in -i / -y after a consonant ("Adly", "Hamdi", "Ali")?"""
    return len(word) > 2 and word[-1] in "iy" and word[-2] not in "aeiouy"


def given_differs(tok: str, firsts: frozenset[str]) -> bool:
    """Is *tok*, the first word of a name of two or more words, unlike each of a known
    person's first words *firsts* (False when he has none in its script)?"""
    return bool(firsts) and tok not in _HONORIFIC_HEADS and not any(word_alike(tok, k) for k in firsts)


def other_country_person(doc: Any, m: Any, role_nat: str | None) -> str | None:
    """A one-word name after a title of another nationality than the known person it was
    read as ("Argentine President Milei" is no American general Milley, "الرئيس الأرجنتيني
    ميلي" neither): the id of a new person of that name; None when the nationality fits,
    the person has no known country or the article named him before."""
    if role_nat is None or m.hi - m.lo != 1:
        return None
    e = doc.gaz.entries.get(m.eid)
    if e is None or e.type != "Person" or not e.country or e.country == role_nat:
        return None
    if any(x.eid == m.eid and x.start < m.start for x in doc.ments):
        return None
    surface = doc.text[m.start:m.end]
    return doc.new_entity("Person", surface, core_tokens(surface))


def named_new_person(doc: Any, word: str) -> str | None:
    """The new person (no gazetteer entry) the article named before whose family name is
    the folded Latin *word* ("Argentine President Milei ... Milei said"): his id, else None."""
    for m in reversed(doc.ments):
        if m.etype == "Person" and m.eid in doc.new_entities:
            ent = doc.new_entities[m.eid]
            if any((toks := core_tokens(n)) and toks[-1] == word
                   for n in (ent["name"], *ent["aliases"])):
                return m.eid
    return None
