"""Where an English title phrase written in capitals ends, so that the words of the office
are never read as the first words of a name (session 12).

"Chief of Staff Karim Zubaidi", "Chief Justice X", "Minister of State for Foreign Affairs
X", "Chief of Staff of the Armed Forces X", "Commander of Ground Forces X": the capitalised
run that follows a title word is the office, and the person's name starts after it
(``person:karim-zubaidi``, never ``person:staff-karim-zubaidi`` or a body named "Armed Forces
Karim Zubaidi").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract import lexicon as L

if TYPE_CHECKING:
    from loaders.extract.mentions import Doc

# words of a portfolio after "for": "Minister of State for Foreign Affairs"
_FOR_PORTFOLIO = frozenset(w for p in L.EN_PORTFOLIOS + L.EN_JOINT_PORTFOLIOS
                           for w in p.split()) | frozenset({
    "affairs", "security", "foreign", "interior", "defence", "defense", "state", "national",
    "economic", "political", "international", "legal", "consular", "and", "gulf", "arab",
    "cabinet", "parliamentary", "military", "operations", "intelligence", "planning"})
# the head word that ends a body's name in "Commander of (the) Ground Forces X"
_BODY_HEADS = frozenset({"forces", "force", "staff", "army", "navy", "guard", "guards",
                         "police", "command", "service", "services", "directorate",
                         "council", "court", "office", "committee", "commission",
                         *L.EN_CHAMBERS})
_LEADING = frozenset({"chief", "commander", "head", "minister", "secretary", "director",
                      "president", "chairman", "deputy", "undersecretary", "speaker"})


def en_office_end(doc: Doc, k: int, end: int, hi: int) -> int:
    """End of the office that a title phrase (tokens *k* .. *end*, as ``title_phrase._title_at``
    found it) opens, before a capitalised name: past "for <portfolio>" ("Minister of State
    for Foreign Affairs") and "of (the) <Capitalised ...> <body head>" ("Chief of Staff of
    the Armed Forces", "Commander of Ground Forces") when a name of two capitalised words or
    more follows; else *end*."""
    toks = doc.toks
    j = end
    if j + 1 < hi and toks[j].key == "for" and toks[j - 1].key in ("state", "minister"):
        x = j + 1
        while x < hi and toks[x].cap and toks[x].key in _FOR_PORTFOLIO:
            x += 1
        if x > j + 1 and _name_follows(doc, x, hi):
            j = x
    if j + 1 < hi and toks[j].key == "of" and toks[k].key in _LEADING:
        x = j + 1
        if x < hi and toks[x].key == "the":
            x += 1
        y = x
        while y < hi and y - x < 6 and (toks[y].cap or _inner_of(doc, y, x, hi)) and \
                not toks[y].punct and not toks[y].poss:
            y += 1
            if toks[y - 1].key in _BODY_HEADS and _name_follows(doc, y, hi):
                return y
    return j


def _name_follows(doc: Doc, x: int, hi: int) -> bool:
    """Two capitalised words that are no office or body words start at *x* (a name)."""
    toks = doc.toks
    return x + 1 < hi and all(
        toks[y].cap and not toks[y].punct and not toks[y].ar and
        toks[y].key not in L.EN_NOT_NAME and toks[y].key not in _BODY_HEADS
        for y in (x, x + 1))


def _inner_of(doc: Doc, y: int, x: int, hi: int) -> bool:
    """An "of" inside a chamber's name after "House", before a capitalised word ("Speaker of
    the House of Representatives X", "of the House of Commons X"; session 23)."""
    toks = doc.toks
    return toks[y].key == "of" and y > x and toks[y - 1].key == "house" and y + 1 < hi and \
        toks[y + 1].cap

