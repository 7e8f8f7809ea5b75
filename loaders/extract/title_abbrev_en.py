"""An English body's abbreviation in brackets between the body and the title word that
follows it ("Popular Mobilization Forces (PMF) head X", "Kurdistan Democratic Party (KDP)
leader Y"): the body still qualifies the title (session 46)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from loaders.extract.mention_base import Mention
    from loaders.extract.tokens import Tok


def body_before_abbrev_en(toks: list[Tok], b: int, lo: int,
                          covered: dict[int, Mention]) -> int:
    """*b* is the token before an English title word. When it closes "<Body> (ABC)" (one
    bracketed all-capital token of 2-8 letters, maybe hyphenated, right after a named
    organisation), the body's last token; else *b* unchanged."""
    if b - 3 < lo or toks[b].text != ")" or toks[b - 2].text != "(":
        return b
    ab = toks[b - 1]
    letters = ab.text.replace("-", "")
    if ab.ar or not (2 <= len(letters) <= 8) or not letters.isalpha() or \
            not letters[:2].isupper():
        return b
    body = covered.get(b - 3)
    if body is None or body.etype != "Organization" or body.hi != b - 2:
        return b
    return b - 3


def in_abbrev_after_title_body(toks: list[Tok], x: int, intitle: set[int]) -> bool:
    """Is token *x* part of a bracketed abbreviation "(ABC)" right after a body that
    qualifies a title (tokens in *intitle*), which a list skips like the body itself?"""
    t = toks[x].text
    op = x if t == "(" else x - 1 if t != ")" else x - 2
    return op >= 1 and op + 2 < len(toks) and toks[op].text == "(" and \
        toks[op + 2].text == ")" and (op - 1) in intitle and not toks[op + 1].ar
