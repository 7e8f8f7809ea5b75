"""A list of people named after a plural title and a comma, read from its first word.

"(The talks were also attended by) the two countries' foreign and defense ministers, Sergei
Lavrov, Mevlut Cavusoglu, Sergei Shoigu and Hulusi Akar" / "by their foreign and interior
ministers, A and B": the first person named is the one right after the comma that closes a
plural title ("ministers", "chiefs", "envoys", ...), which may hold "and" and a possessor ("the
two countries'") but no other punctuation and nobody named. Session 67 (residual67b-en); called
by ``meeting_attended._after_by`` when no person stands within its six words.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L

_REACH = 12  # words from the start to the comma at most
# plural titles that may close the phrase before the comma
_PLURAL_TITLES = L.EN_TITLE_PLURALS | L.EN_GROUP_HEADS | frozenset({"ministers", "advisers",
                                                                    "advisors", "envoys"})
_POSSESSIVE_MARKS = frozenset({"'", "\u2019", "'s", "\u2019s"})


def plural_title_apposed_en(sr: Any, k: int) -> Any:
    """The person named right after "<plural title>," when that title phrase opens at token
    *k* (module doc), else None."""
    end = min(sr.hi - 1, k + _REACH)
    for y in range(k, end):
        tk = sr.toks[y]
        if tk.ar:
            return None
        if tk.punct:
            if tk.text in _POSSESSIVE_MARKS:
                continue
            if tk.text != "," or y == k or sr.key(y - 1) not in _PLURAL_TITLES:
                return None
            m = sr.mention_at.get(y + 1)
            if m is None:
                m = sr.after(y + 1, types=("Person",), maxgap=3)
                if m is None or m.tlo != y + 1:
                    return None  # ("ministers, Foreign Minister A": only a title between)
            return m if m.etype == "Person" else None
        m = sr.mention_at.get(y)
        if m is not None and m.etype in ("Person", "Organization"):
            return None  # someone named inside: not a bare title
    return None
