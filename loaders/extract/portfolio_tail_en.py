"""The rest of a Maghrebi or West African ministry's portfolio after a comma, no holder's name
(session 69, blind69i).

Moroccan, Tunisian, Algerian and Senegalese outlets write a foreign minister's whole portfolio,
its parts joined by commas and "and", before the name: "Morocco's Minister of Foreign Affairs,
African Cooperation and Moroccan Expatriates, Nasser Bourita", "Tunisia's Minister of Foreign
Affairs, Migration and Tunisians Abroad, Nabil Ammar", "Algeria's Minister of Foreign Affairs,
National Community Abroad and African Affairs, Ahmed Attaf". After "Minister of Foreign
Affairs," the capitalised run is no name ("African Cooperation" was made a person, who "met"
the guest): a run of capitalised words and "and" up to the next comma that holds a word of such
a portfolio's tail ("Abroad", "Expatriates", "Emigrants") is the portfolio going on, and the name
follows the comma after it. ``bodies`` drops such a run from the capitalised spans (session 66);
``title_holders._name_start`` skips it to reach the holder's name.
"""

from __future__ import annotations

from typing import Any

# the last words of a portfolio only: "... and the National Community Abroad", "... Migration and
# Tunisians Abroad", "... African Cooperation and Moroccan Expatriates" (session 66)
EN_PORTFOLIO_TAIL = frozenset({"abroad", "expatriates", "emigrants"})

_JOINS = frozenset({"and", "of", "the", "for", "in"})
_REACH = 10


def portfolio_run_end_en(toks: Any, x: int, hi: int) -> int | None:
    """Where the portfolio's capitalised run starting at *x* ends (the index of the comma or
    other punctuation after it), when it holds a portfolio tail word; else None."""
    tail = False
    y = x
    while y < hi and y - x <= _REACH:
        t = toks[y]
        if t.punct:
            break
        if t.ar or not (t.cap or t.key in _JOINS):
            return None
        tail = tail or t.key in EN_PORTFOLIO_TAIL
        y += 1
    return y if tail and y > x and y < hi else None
