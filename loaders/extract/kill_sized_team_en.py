"""ASSASSINATED_BY, English (session 66): a size compound before the killers after "by".

"Khashoggi was murdered by a 15-member Saudi hit squad", "killed by a two-man Israeli team",
"assassinated by a 26-strong Mossad cell": the "<number>-member / -man / -strong / -person"
compound (three tokens: "15", "-", "member") pushed the nationality or the body past the few
words ``killing_agents`` searches after "by" ("by a Saudi hit squad" was read). The compound's
tokens are not counted, so the nationality or the body after it is the agent, as without it.
"""

from __future__ import annotations

from typing import Any

# the second half of a size compound ("15-member", "two-man", "12-strong", "three-person")
_SIZE_HEADS = frozenset({"member", "man", "men", "strong", "person", "people"})
_NUMBER_WORDS = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine",
                           "ten", "eleven", "twelve", "fifteen", "twenty", "dozen"})
_ARTICLES = frozenset({"a", "an", "the"})


def size_compound_width(sr: Any, y: int) -> int:
    """The number of tokens of a size compound ("15 - member") at *y* or right after an
    article there ("a 15-member"), article excluded; 0 when there is none."""
    if y < sr.hi and sr.key(y) in _ARTICLES:
        y += 1
    if y + 2 >= sr.hi or sr.key(y + 1) != "-" or sr.key(y + 2) not in _SIZE_HEADS:
        return 0
    num = sr.toks[y].text
    return 3 if num.isdigit() or num.lower() in _NUMBER_WORDS else 0
