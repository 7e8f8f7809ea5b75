"""A body's one-word English alias that is also a usual given name, inside a person's name
(session 38, names): "Corporal Badr al-Dosari", "Minister of Agriculture Amjad Badr",
"Transport Minister Yarub Badr", "Lance Corporal Badr Saad Mohammed Al Humaidi" are people,
not the Badr Organization. The gazetteer match of the alias is left out (``known_names``)
when a family name ("al-X") or another name word follows it, or a name word stands right
before it; the name steps then read the person."""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract import lexicon as L

if TYPE_CHECKING:
    from loaders.extract.mentions import Doc
    from loaders.extract.tokens import Tok


def _plain_name_word(doc: Doc, t: Tok) -> bool:
    """A capitalised word that may be a personal name's (no title, stop word, nationality,
    acronym, possessive or body head)."""
    return t.cap and not t.punct and not t.ar and not t.poss and not t.text.isupper() and \
        t.key not in L.EN_NOT_NAME and t.key not in L.EN_STOP and \
        t.key not in L.EN_TITLE_FIRST and t.key not in L.NATIONALITY and \
        t.key not in L.EN_GROUP_HEADS and t.key not in L.EN_ORG_HEADS


def org_alias_in_person_name(doc: Doc, lo: int, s_lo: int, s_hi: int) -> bool:
    """Is the one-word Organization match at *lo* (a usual given name) a word of a person's
    name: "al-X" or a name word after it, or a name word (not the sentence's first) before
    it?"""
    toks = doc.toks
    t = toks[lo]
    if t.ar or t.poss or doc.gaz.latin_given(t.key) is None:
        return False
    hi = lo + 1
    if hi + 2 < s_hi and toks[hi].key in ("al", "el") and toks[hi + 1].text == "-" and \
            toks[hi + 2].cap:
        return True  # "Badr al-Dosari"
    if hi < s_hi and toks[hi].start == t.end + 1 and _plain_name_word(doc, toks[hi]):
        return True  # "Badr Saad Mohammed", "Badr Hamad Al Busaidi"
    p = lo - 1
    return p > s_lo and toks[p].end + 1 == t.start and _plain_name_word(doc, toks[p])


def body_head_is_given_name(doc: Doc, words: list[str]) -> bool:
    """Is every body head among the capitalised run's *words* (two or more) a usual given
    name ("Amjad Badr", "Badr al-Dosari")? Then the head says nothing: the run may be a
    person's name ("Badr Organization" has a head of its own)."""
    if len(words) < 2:
        return False
    heads = [w for w in words if w in L.EN_ORG_HEADS or w in L.EN_MORE_ORG_HEADS]
    return bool(heads) and all(doc.gaz.latin_given(w) is not None for w in heads)
