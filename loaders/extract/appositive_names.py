"""English: a description followed by the name it describes is no description in place of a
name.

"Shoigu met the chief of the armed forces general staff, Maj Gen Mohammad Bagheri" / "the
commander of the army, Abdolrahim Mousavi,": the name after the comma is the person met; the
description must not be resolved to someone the article named before (a "Hamas leader" two
sentences back). "... met the Hamas leader, State TV reported" keeps its description: the
words after the comma report, they name no one. Used by ``titles.py`` before it resolves a
description.

Session 39 (meeten): a second title joined by "and" before the comma, "attended by the Prime
Minister and Minister of Foreign Affairs, Sheikh X" (``compound_title_named_en``): both titles
are X's; the first is no description of someone named before.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.arabic_name_span import _ar_name_span
from loaders.extract.coref_offices import _ar_title_word
from loaders.extract.coref_peers import AR_DEAD_QUALS
from loaders.extract.meeting_attend_forms import _AR_HONORIFICS

_EN_RANKS = L._en("maj", "major", "gen", "general", "brig", "brigadier", "lt", "lieutenant",
                  "col", "colonel", "admiral", "rear", "vice", "capt", "captain", "commodore",
                  "field", "air", "dr", "sheikh", "sayyed", "ayatollah", "hojatoleslam",
                  "mr", "mrs", "ms")
_EN_REPORTED = L._en("said", "says", "say", "reported", "reports", "told", "tells", "added",
                     "announced", "quoted", "cited", "according")
# the lower-case particle of a family name after a given name: "Yasser al-Farhan"
_EN_NAME_PARTICLES = frozenset({"al", "el", "ad", "as", "ash", "at", "az", "ar", "an"})
_LOOK = 6  # tokens after the comma searched for a verb of reporting
_OF_SPAN = 8  # tokens of an "of the ..." complement before the comma
_OF_LONG = 13  # the same before the comma of an apposed name (``apposed_name_en``)


def apposed_name_en(toks: Any, end: int, hi: int) -> bool:
    """Does a name follow the English description ending at *end* (or its "of the ..."
    complement) after a comma (a rank, or two capitalised words), with no verb of reporting
    right after it?"""
    if end < hi and toks[end].key in ("of", "in", "for"):  # "the chief of the armed forces
        # general staff,"; "Iran's consul general in Erbil, X" (session 39); "the deputy
        # prime minister for economic affairs, Mullah X" (session 45)
        # (up to _OF_LONG: "the spokesman of the national committee formed to investigate the
        # coastal events, X", a complement with a reduced relative; session 70, blind70i)
        end = next((y for y in range(end + 1, min(hi, end + _OF_LONG))
                    if toks[y].punct), hi)
    if end + 2 >= hi or toks[end].text != ",":
        return False
    a, b = toks[end + 1], toks[end + 2]
    if a.ar or not a.cap or not (a.key in _EN_RANKS or (b.cap and not b.punct) or (
            b.key in _EN_NAME_PARTICLES and end + 3 < hi and toks[end + 3].text == "-")):
        return False  # (", Yasser al-Farhan": a particle joined by a hyphen, session 70)
    return not any(toks[y].key in _EN_REPORTED and not (y > end + 3 and toks[y - 1].text == ",")
                   for y in range(end + 1, min(hi, end + 1 + _LOOK)))
    # ("met the head of the administration, X, said": X closed by a comma, the verb of a
    # subject before; session 54)


def ranked_name_after_of_en(toks: Any, end: int, hi: int) -> bool:
    """Does the "of the ..." complement after the English title ending at *end* run on, with
    no comma, to a rank and a name ("Leader of the Islamic Revolution Ayatollah Seyyed Ali
    Khamenei", "commander of the Quds Force Brig. Gen. X")? Then the title is that person's
    own, no description of someone named before."""
    if end >= hi or toks[end].key != "of":
        return False
    body = False
    for y in range(end + 1, min(hi - 1, end + 1 + _OF_SPAN)):
        t = toks[y]
        if t.ar or t.punct and t.text != ".":
            return False
        if t.key in _EN_RANKS and body and toks[y + 1].cap:
            return True
        if t.key != "the" and t.text != ".":
            if not t.cap:
                return False
            body = True
    return False


def named_after_of_en(doc: Any, covered: dict[int, Any], end: int, hi: int) -> bool:
    """Does the "of the ..." complement after the English title ending at *end* run on, with
    no comma and no other title word, through a capitalised body to a person's name found
    already ("the Speaker of the House of Representatives Mahmoud al-Mashhadani", "the
    Chairman of the Expediency Council Sadegh Amoli Larijani")? Then the title is his own, no
    description of someone named before (session 59; not "the envoy of President X")."""
    toks = doc.toks
    if end >= hi or toks[end].key != "of":
        return False
    body = False
    for y in range(end + 1, min(hi, end + 1 + _OF_SPAN)):
        m = covered.get(y)
        if body and m is not None and m.lo == y and m.etype == "Person" and m.kind == "name":
            return True
        t = toks[y]
        if t.ar or t.punct or t.key in L.EN_TITLE_FIRST:
            return False
        if t.key not in ("the", "of"):
            if not t.cap:
                return False
            body = True
    return False


_AR_IN = L._ar("في")
_AR_QUAL_SPAN = 5  # tokens of an Arabic "في ..." qualifier before the name


def qualified_name_after_ar(doc: Any, covered: dict[int, Any], end: int, hi: int) -> int:
    """Where the name starts when the Arabic title ending at *end* goes on with a "في ..."
    qualifier of at most five words and then, with no comma, no other title and no possessive
    pronoun between, a person's name ("رئيس الحركة في غزة خليل الحية", "وزير الدفاع في حكومة
    تصريف الأعمال X", a known name or a new one of two words or more); -1 when it does not. The
    title is that person's own, no description of someone named before (session 29)."""
    toks = doc.toks
    if end + 2 >= hi or toks[end].key not in _AR_IN or toks[end + 1].key in L.AR_PLACE_NOUNS:
        return -1  # (not "استقبل الرئيس اليمني في قصر الضيافة بجدة X": a place; session 67)
    for y in range(end + 1, min(hi, end + 1 + _AR_QUAL_SPAN)):
        m = covered.get(y)
        if y > end + 1 and _person_name_at(doc, covered, y, hi):
            return y
        t = toks[y]
        if m is None and t.key in _AR_HONORIFICS and y > end + 1 and \
                _person_name_at(doc, covered, y + 1, hi):
            return y + 1  # "رئيس الحركة في قطاع غزة الدكتور X": an honorific before X
        if t.punct or not t.ar or m is not None and m.etype == "Person" or \
                m is None and (_ar_title_word(t.key, t.text, t.stems) or
                               t.text.endswith(("ه", "ها"))):
            return -1  # "في مكتبه X", "في بعبدا السفير X": X is no holder of the title
    return -1


def dead_qualified_name_ar(doc: Any, covered: dict[int, Any], k: int, end: int, hi: int) -> int:
    """Where the name starts when the Arabic title at *k* (its last word before *end*) goes
    on with a "dead" qualifier and then, with nothing else between but an honorific, a
    person's name ("اللواء الشهيد غلام علي رشيد", "القائد الشهيد الحاج X", "الفريق الراحل X"); -1 when it
    does not. The title is that person's own, no description of someone killed before
    ("استشهد اللواء سلامي ... بدلاً من اللواء الشهيد رشيد": Rashid; session 63)."""
    toks = doc.toks
    y = next((x for x in (k + 1, end) if x < hi and toks[x].key in AR_DEAD_QUALS), hi)
    if y >= hi or y > k + 1 and not _ar_title_word(toks[y - 1].key, toks[y - 1].text,
                                                   toks[y - 1].stems):
        return -1  # (not "يخلف الرئيسُ الجديد الشهيدَ X": the new one succeeds the dead X)
    while y < hi and (toks[y].key in AR_DEAD_QUALS or toks[y].key in _AR_HONORIFICS) and \
            covered.get(y) is None:
        y += 1
    return y if y < hi and _person_name_at(doc, covered, y, hi) else -1


def _person_name_at(doc: Any, covered: dict[int, Any], y: int, hi: int) -> bool:
    """Does a person's name start at token *y*: a name mention found, or no mention and an
    Arabic name of two words or more?"""
    m = covered.get(y)
    if m is not None:
        return m.lo == y and m.etype == "Person" and m.kind == "name"
    return _ar_name_span(doc, y, hi) - y >= 2


def compound_title_named_en(toks: Any, end: int, hi: int) -> bool:
    """Does "and" and a second capitalised title ("Minister of Foreign Affairs", "Foreign
    Minister") follow the English title ending at *end*, and then a name after a comma
    (``apposed_name_en``)?"""
    if end + 2 >= hi or toks[end].key != "and" or not toks[end + 1].cap:
        return False
    for y in range(end + 1, min(hi, end + 1 + _OF_SPAN)):
        t = toks[y]
        if t.text == ",":
            return y > end + 1 and toks[y - 1].key in _EN_TITLE_OR_PORTFOLIO_END \
                and apposed_name_en(toks, y, hi)
        if t.ar or t.punct or not (t.cap or t.key in ("of", "for", "the", "and")):
            return False
    return False


# the last word of a portfolio after "Minister of": "Minister of Foreign Affairs,"
_EN_PORTFOLIO_END = L._en("affairs", "defence", "defense", "interior", "finance", "state",
                          "expatriates", "planning", "justice", "energy", "oil")
_EN_TITLE_OR_PORTFOLIO_END = L.EN_TITLE_FIRST | _EN_PORTFOLIO_END
