"""A hyphenated compound modifier before a meeting noun, in English (session 42, nrelen).

"X and Y held delegation-level talks", "held high-level talks", "held one-on-one talks":
the tokenizer splits the compound at its hyphens ("delegation", "-", "level"), and the word
lists of modifiers allowed between "held" and the noun (``meeting_phrases.held_before_en``)
cannot name every such word. A lower-case alphabetic word joined to its neighbour by a hyphen
is read as part of a modifier. Not a capitalised word ("US-brokered": a mention or a name,
which the caller stops at) nor a word standing alone.
"""

from __future__ import annotations

from typing import Any


def hyphen_modifier_en(sr: Any, y: int) -> bool:
    """Is the token at *y* a lower-case word of a hyphenated compound ("level" of
    "delegation-level", "on" of "one-on-one"), joined to a word by a "-" next to it?"""
    tok = sr.toks[y]
    if tok.cap or tok.punct or not tok.key.isalpha():
        return False
    return (y + 1 < sr.hi and sr.toks[y + 1].text == "-") or \
        (y - 1 >= sr.lo and sr.toks[y - 1].text == "-")
