"""Session 27 (meet27): a capitalised English title the mention left out, in lists.

"The meeting was attended by Minister of Defense Prince Khalid bin Salman bin Abdulaziz and
Minister of Foreign Affairs Prince Faisal bin Farhan": the second person's mention starts at
"Prince", so "Minister of Foreign Affairs" stood between the two list members and broke the
list (``ChainHelpers.chain``). ``title_phrase_en`` tells whether token *x* lies in such a
phrase: from a title word ("Minister", "Secretary", "Director" ...) right after "and" up to the
mention, only capitalised words and "of" / "the" / "and" / "for".
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.title_ministries import EN_PORTFOLIO_HOLDERS

_GLUE = frozenset({"of", "the", "and", "for", "&"})


def title_phrase_en(sr: Any, x: int, start: int) -> bool:
    """Token *x* lies in a capitalised title phrase "and <Title word> ... " that ends at the
    next list member's mention (*start*)."""
    # (toks[y].key, not sr.key(y): every token read lies in the sentence, between its start
    # and *start*; the profile showed ~10 key() calls per real-text article here)
    toks = sr.toks
    y = x
    while y > sr.lo and toks[y - 1].key != "and":
        y -= 1
        if x - y > 8:
            return False
    if not (toks[y].cap and toks[y].key in L.EN_TITLE_FIRST) or start - y > 9:
        return False
    return all((toks[z].cap and not toks[z].ar) or toks[z].key in _GLUE
               for z in range(y, start))


def portfolio_pair_en(sr: Any, x: int, start: int) -> bool:
    """Is token *x* the first word of a two-portfolio title "Treasury and Finance Minister",
    "Culture and Tourism Minister" that ends at the next list member's mention (*start*)?
    (Session 64: "A, Treasury and Finance Minister B and C attended": the portfolio's "and"
    is not where the list goes on, and its first word broke the list.)"""
    return sr.toks[x].cap and not sr.toks[x].ar and sr.key(x + 1) == "and" and \
        sr.toks[x + 2].cap and sr.key(x + 3) in EN_PORTFOLIO_HOLDERS and x + 3 >= start - 1
