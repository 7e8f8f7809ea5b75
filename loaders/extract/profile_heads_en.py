"""English: a name opening a line of a profile or who's-who list is a person.

"Isa Munayev: founder of the ... battalion; killed in battle in 2015." / "Tarkhan Batirashvili
(Abu Omar al-Shishani): born in ...": a capitalised run at the start of a line, an optional
bracketed other name, then a colon and a description in lower case ("a former field
commander", "founder of", "born in"). A name opening a sentence is otherwise a person only
before a verb of its own (``bodies._english_capitalised_spans``); a heading in capitals
("WHO'S WHO: the envoys", "KUWAIT CITY: His ...") or a label followed by a capitalised phrase
("Key Dates: March ...") is no such line.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from loaders.extract.mentions import Doc

_BULLETS = frozenset("-–—•*·")
_MAX_BRACKET = 8  # tokens of the other name in brackets


def _line_start(text: str, start: int) -> bool:
    """Only spaces and a list bullet lie between the line's start and *start*."""
    i = start - 1
    while i >= 0 and text[i] != "\n":
        if text[i] not in _BULLETS and not text[i].isspace():
            return False
        i -= 1
    return True


def profile_head(doc: Doc, k: int, e: int, hi: int) -> bool:
    """Are tokens *k* .. *e* (a capitalised run opening the sentence; *hi*: the sentence's
    end) the name a profile line opens with (see the module docstring)?"""
    toks = doc.toks
    j = e
    if toks[j].text == "(":
        j += 1
        while j < hi and j - e <= _MAX_BRACKET and toks[j].text != ")":
            j += 1
        j += 1
    if j + 1 >= hi or toks[j].text != ":" or toks[j + 1].cap:
        return False
    if any(toks[x].text.isupper() for x in range(k, e)):
        return False  # a heading in capitals
    return _line_start(doc.text, toks[k].start)
