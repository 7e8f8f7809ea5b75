"""Tests on an English capitalised run that ``bodies`` reads: where an office's portfolio ends and a
name begins ("Minister of Foreign Affairs X", "General of the Army X", "the Minister of State for
International Cooperation"), a body's or a palace's name then a person's ("General Intelligence
Directorate Hassan Rashad", "received at Zabeel Palace Kyriakos Mitsotakis"), a body named with a rank word ("the General Intelligence Presidency"), "Said" the
given name ("met Said al-Khafaji"), a dateline's source ("BAGHDAD (Asharq Al-Awsat) -"), a compound
of peoples' adjectives ("the Arab-Islamic summit"), a known name's initial and a post handed
"from" a person ("took over from Fayez al-Sarraj": no place)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract import lexicon as L
from loaders.extract.mention_base import (
    _EN_BODY_LAST,
    Mention,
    _latin_first_name,
    said_before_name,
)
from loaders.extract.succession_words import _EN_POST
from loaders.extract.tokens import Tok

if TYPE_CHECKING:
    from loaders.extract.mentions import Doc


def body_then_name(doc: Doc, k: int, e: int) -> int:
    """End of a capitalised run k..e that is a body's name followed by a person's ("Head of
    Egypt's General Intelligence Directorate Hassan Mahmoud Rashad received ..."): the
    word after the body's head word, when it is a usual first name with a name word after
    it; else *e*."""
    toks = doc.toks
    for h in range(k + 1, e - 1):
        hk = toks[h].key
        if hk in _EN_BUILDINGS and toks[h + 1].cap and _guest_after(doc, h + 1, e):
            return h + 1  # "received at Bayan Palace Saudi Foreign Minister ..."
        if h < e - 2 and (hk in L.EN_ORG_HEADS or hk in L.EN_MORE_ORG_HEADS) and \
                toks[h + 1].cap and _latin_first_name(doc, toks[h + 1].key):
            return h + 1
    return e


# a building where a guest is received: "received at Zabeel Palace Kyriakos Mitsotakis"
# (session 54: one person "Zabeel Palace Kyriakos Mitsotakis")
_EN_BUILDINGS = frozenset({"palace", "residence", "diwan", "villa", "house", "hotel"})


def _guest_after(doc: Doc, lo: int, hi: int) -> bool:
    """Do the words lo..hi after a building open a guest's name: a nationality or a title
    ("at Bayan Palace Saudi Foreign Minister Prince X"), a usual first name or a known
    person's whole name?"""
    k = doc.toks[lo].key
    return k in L.NATIONALITY or k in L.EN_TITLE_FIRST or _latin_first_name(doc, k) or \
        _known_person(doc, lo, hi)


def _known_person(doc: Doc, lo: int, hi: int) -> bool:
    """Do the words lo..hi name a person of the gazetteer?"""
    words = [doc.toks[x].key for x in range(lo, hi) if not doc.toks[x].punct]
    return len(words) >= 2 and doc.gaz.fuzzy_person(words, doc.mentioned_ids(),
                                                     types=("Person",)) is not None


EN_PORTFOLIO_TITLES = frozenset({"minister", "secretary", "undersecretary", "adviser",
                                 "advisor", "commissioner", "envoy"})

EN_PORTFOLIO_WORDS = frozenset(w for p in L.EN_PORTFOLIOS + L.EN_JOINT_PORTFOLIOS
                               for w in p.split()) | frozenset({
    "affairs", "security", "foreign", "interior", "defence", "defense", "state", "national",
    "economic", "political", "international", "legal", "consular", "and", "oil", "gas",
    "municipalities", "environment", "displacement", "migration", "resources", "scientific",
    "research", "sports", "youth", "reconstruction", "construction", "public", "works"})


# "General of the Army", "Marshal of the Air Force": a rank, the name follows it
EN_TOP_RANKS = frozenset({"general", "marshal", "admiral"})

EN_RANK_BODIES = frozenset({"army", "armies", "air", "fleet", "navy"})


def portfolio_start(toks: list[Tok], k: int, lo: int) -> int:
    """The first of the capitalised portfolio words right before *k* ("Foreign" before
    "Affairs"), or *k* when there are none."""
    b = k
    while b - 1 > lo and toks[b - 1].cap and toks[b - 1].key in EN_PORTFOLIO_WORDS:
        b -= 1
    return b


# adjectives of peoples, faiths and regions: a hyphenated compound of them ("the
# Arab-Islamic summit", "US-Iranian talks") names no person
EN_BLOC_ADJ = frozenset({"arab", "islamic", "muslim", "gulf", "western", "european",
                         "african", "asian", "sunni", "shiite", "shia", "kurdish",
                         "christian", "jewish", "persian", "turkic", "latin", "nordic"})


def adjective_compound(words: list[str]) -> bool:
    """Are all *words* adjectives of peoples, faiths or regions ("Arab-Islamic")?"""
    return all(w in EN_BLOC_ADJ or w in L.NATIONALITY for w in words)


# an office's last word before "for" and its portfolio ("Minister of State for ...")
EN_FOR_OFFICE = EN_PORTFOLIO_TITLES | frozenset({"state", "coordinator", "rapporteur"})


def said_name(doc: Doc, k: int, lo: int, hi: int) -> bool:
    """"Said" written with a capital inside a sentence before another capitalised word is
    the given name ("killed Said Hassan, a commander"), not the verb; so is "Said" before
    a family name with its article ("met Said al-Khafaji"), also after the comma of an
    apposition ("its deputy leader, Said Ali al-Shihri,": session 66)."""
    toks = doc.toks
    if k == lo and k < hi - 2:
        # opening the sentence, before a usual given name and another name word or a comma:
        # "Said Hassan Said, a commander of the YBS, was killed", "Said Hassan Khalil was
        # ..." (session 72; not "Said Trump: ...")
        nxt = toks[k + 1]
        return said_before_name(toks, k, hi) and _latin_first_name(doc, nxt.key) and (
            toks[k + 2].text == "," or toks[k + 2].cap and not toks[k + 2].punct)
    if not lo < k < hi - 1 or toks[k - 1].punct and toks[k - 1].text not in _SAID_AFTER:
        return False
    return said_before_name(toks, k, hi)


# punctuation after which a capitalised "Said" still stands inside a sentence: an apposition's
# comma, a closing quote ('had "neutralised" Said Hassan in ...'; session 72)
_SAID_AFTER = frozenset({",", '"', "\u201d", "'", "\u2019"})


def en_body_run(doc: Doc, covered: dict[int, Mention], k: int, hi: int) -> int:
    """End of three or more capitalised words from *k* (the first may be a rank or
    office word: General, Supreme) that end with the head of a body's name ("General
    Intelligence Presidency"); *k* if there are none."""
    toks = doc.toks
    j = k
    while j < hi and j - k < 6 and j not in covered and toks[j].cap and not toks[j].ar and \
            not toks[j].punct and not toks[j].poss:
        j += 1
    if j < hi and (toks[j - 1].poss or (j in covered)):
        return k
    return j if j - k >= 3 and toks[j - 1].key in _EN_BODY_LAST else k


def dateline_source(doc: Doc, k: int, e: int, lo: int, hi: int) -> bool:
    """Tokens k..e are the parenthesised source of a dateline: "BAGHDAD (Asharq Al-Awsat)
    -", "BEIRUT, March 3 (Al Jazeera) -"."""
    toks = doc.toks
    return k - lo <= 8 and k > lo and toks[k - 1].text == "(" and e < hi and \
        toks[e].text == ")" and any(toks[x].text.isupper() and toks[x].text.isalpha() and
                                    len(toks[x].text) > 2 for x in range(lo, k - 1))


def same_initial(doc: Doc, eid: str, word: str) -> bool:
    """Whether a Latin name of *eid* starts with the letter *word* starts with."""
    ent = doc.gaz.get(eid)
    names = [ent.name, *ent.aliases] if ent is not None else []
    return any(n[:1].lower() == word[:1].lower() for n in names if n and n.isascii())


# the words before "from" that hand a post over from a person ("took over from X al-Y", "took
# the helm from ...", "inherited the ministry from ..."); not "control" / "charge" (of places)
_HANDED_FROM = (_EN_POST - {"control", "charge"}) | {"over"}


def handed_from(toks: list[Tok], k: int, lo: int) -> bool:
    """Is the run at *k* after "over from" / "the ministry from" (a predecessor, no place)?"""
    return k - 2 >= lo and toks[k - 1].key == "from" and toks[k - 2].key in _HANDED_FROM
