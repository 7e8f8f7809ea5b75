"""A month (or its abbreviation) before a number is a date, not a person (session 22, second round).

Timelines open their lines with "Jun 2022:", "Sept 14 -", "May 2019:"; a lone capitalised month
word there matched a known person by one of his names ("Jun" -> Dong Jun, "May" -> Theresa May).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract import lexicon as L

if TYPE_CHECKING:
    from loaders.extract.tokens import Tok

EN_MONTH_WORDS = L.EN_MONTHS | frozenset({
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"})


def month_before_number(toks: list[Tok], k: int, e: int, hi: int) -> bool:
    """Is the one word at *k* (span k..e) a month followed by a number ("Jun 2022", "May 14")?"""
    return e == k + 1 and e < hi and toks[k].key in EN_MONTH_WORDS and toks[e].text.isdigit()
