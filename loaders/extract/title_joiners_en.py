"""English: a lower-case "and" inside a capitalised title before a met person's name.

Session 41 (meeten): the object reader (``subjects._close_object``) lets only articles, "of",
"for", titles and capitalised words stand between the verb and the object's name, so a title
joined by "and" lost the object: "met with Iran's Minister of Economic Affairs and Finance X",
"held talks with Prime Minister and Foreign Minister Sheikh X" (enIO4, enDQ3; the compound title
is in BK1, GZ3, KL6 too). The "and" counts only inside a title: a capitalised word follows it,
and reading back over capitalised words (and "of" / "for" / "the") reaches a title word
(``lexicon.EN_TITLE_FIRST``) before anything else, so "met Egypt's ministers and X said" does
not pass; nor does a person's name right after the "and" ("met Egypt's Minister of Planning and
X said": review41 A7). ("to", as in "Special Envoy to the Middle East X", was tried: no dev gain, and "met the
Minister of Planning to X's surprise" would pass.)
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L

_INSIDE = ("of", "for", "the")


def title_joiner_en(sr: Any, x: int) -> bool:
    """Token *x* is an "and" joining the words of one capitalised title (module doc)."""
    if sr.key(x) != "and" or x + 1 >= sr.hi or not sr.toks[x + 1].cap:
        return False
    nxt = sr.mention_at.get(x + 1)
    if nxt is not None and nxt.etype == "Person" and sr.key(x + 1) not in L.EN_TITLE_FIRST and \
            sr.key(x + 1) not in L.EN_PORTFOLIOS:
        return False  # a name, not a title word, after "and": "met X's Minister of Planning
        # and Y said" (the title joiner is followed by "Finance", "Foreign")
    for y in range(x - 1, max(sr.lo, x - 8) - 1, -1):
        tk = sr.toks[y]
        if tk.cap and tk.key in L.EN_TITLE_FIRST:
            return True
        if tk.punct or not (tk.cap or tk.key in _INSIDE):
            return False
    return False
