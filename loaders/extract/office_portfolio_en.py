"""Where the portfolio of an office ends and its holder's name begins, for portfolios that
no word list knows (session 31): "Secretary of Energy Jennifer Granholm", "Minister of
Planning and International Cooperation Estephan Salameh", "Secretary-General of the
Presidency Tayeb Abdul Rahim", "Envoy for the Middle East Morgan Ortagus".

After "<office> of/for [the]", a capitalised run of three or more words is the portfolio's
last words and then a name: its leading words are dropped while more than two are left,
unless the word is a usual first name, a title or honorific ("Prince", "Sheikh", "Dr"),
or opens a compound name ("Abdul", "Abu", "bin": "Presidency Tayeb Abdul Rahim" keeps
"Tayeb Abdul Rahim"). Arabic writes the office before the name with no such run (the
Arabic name steps read "وزير الطاقة جينيفر غرانهولم"); this is English only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract import lexicon as L
from loaders.extract.capitalised_run_tests_en import EN_PORTFOLIO_TITLES
from loaders.extract.mention_base import _EN_NAME_HONORIFICS, _latin_first_name
from loaders.extract.tokens import Tok

if TYPE_CHECKING:
    from loaders.extract.mentions import Doc

# words that open or join a compound Arabic name: the word before them is its first word
_NAME_JOINS = frozenset({"abdul", "abdel", "abd", "abdol", "abdal", "abu", "bin", "ibn",
                         "al", "el", "bint", "ould"})

# the office words before "of" / "for" whose portfolio a run may end ("Secretary-General")
_OFFICE_WORDS = EN_PORTFOLIO_TITLES | frozenset({"envoy", "representative", "coordinator",
                                                    "governor", "chairman"})


def _office_word(toks: list[Tok], x: int, lo: int) -> bool:
    """Is toks[x] an office word: "Minister", "Secretary", "Secretary-General"?"""
    key = toks[x].key
    if key in _OFFICE_WORDS:
        return True
    return key == "general" and x - 2 >= lo and toks[x - 1].text == "-" and \
        toks[x - 2].key == "secretary"


def after_office_of(toks: list[Tok], k: int, lo: int) -> bool:
    """Does the run at *k* stand after "<office> of/for [the]" and at most a few portfolio
    words joined by "and" ("Minister of Planning and International ...")? Not after a
    body's own "of" ("Prime Minister of the Government of National Unity Abdul ...")."""
    x, seen = k - 1, 0
    while x - 1 >= lo and seen < 8:
        t = toks[x]
        if t.key in ("of", "for"):
            if _office_word(toks, x - 1, lo):
                return True
            if t.key == "of" or not toks[x - 1].cap:
                return False  # (not "Government of National Unity")
            # "Secretary of Defense for the Middle East": a portfolio's region after "for"
        elif not (t.key in ("the", "and") or (t.cap and not t.punct)):
            return False
        x -= 1
        seen += 1
    return False


def office_name_start(doc: Doc, k: int, e: int, lo: int) -> int:
    """The first word of the name at the end of the capitalised run k..e that follows an
    office and its portfolio ("of Energy Jennifer Granholm" -> "Jennifer"); *k* when the
    run does not follow an office or is two words or fewer.

    English only; the Arabic office and name are split elsewhere:
    "Secretary of Energy Jennifer Granholm" -> Jennifer Granholm;
    (Arabic: "وزيرة الطاقة جينيفر غرانهولم" is not read here)."""
    toks = doc.toks
    if e - k < 3 or not all(t.cap and not t.punct or t.key in _NAME_JOINS or t.text == "-"
                            for t in toks[k:e]) or \
            not after_office_of(toks, k, lo):
        return k  # (not a body's name with "of" in it: "Government of National Unity")
    while e - k > 2:
        key = toks[k].key
        if _latin_first_name(doc, key) or key in _EN_NAME_HONORIFICS or \
                key in L.EN_TITLE_FIRST or key in _NAME_JOINS or \
                toks[k + 1].key in _NAME_JOINS or toks[k + 1].text == "-":
            break
        k += 1
    return k
