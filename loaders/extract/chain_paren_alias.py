"""Lists of people: a bracketed alias after a name does not end the list (session 58).

"نائب رئيس الهيئة أبو مهدي المهندس (جمال جعفر آل إبراهيم) وقائد فيلق القدس قاسم سليماني،
اللذين اغتالتهما ..." / "Abu Mahdi al-Muhandis (Jamal Jaafar al-Ibrahim) and Qasem
Soleimani": the brackets hold the first man's other name, and the list goes on after them.
Session 64 (summit64): a nickname in guillemets too ("وقّع الفريق أول محمد حمدان دقلو «حميدتي»
ورئيس ... عبد الله حمدوك إعلاناً مشتركاً").
Called from ``chains.ChainHelpers.chain``.
"""

from __future__ import annotations

from typing import Any

_SPAN = 8  # words inside the brackets at most
_CLOSING = {"(": ")", "«": "»"}


def paren_alias_end(sr: Any, cur: Any) -> int | None:
    """The position of ")" (or "»") closing brackets right after the mention *cur* that hold only
    words of a name (no punctuation, digits or named place, body or country) and are followed
    by "and" / و, else None."""
    o = cur.hi
    if o >= sr.hi - 1 or sr.toks[o].text not in _CLOSING:
        return None
    closing = _CLOSING[sr.toks[o].text]
    for y in range(o + 1, min(sr.hi, o + 2 + _SPAN)):
        tk = sr.toks[y]
        if tk.text == closing:
            nx = sr.toks[y + 1] if y + 1 < sr.hi else None
            joined = nx is not None and (nx.key == "and" or nx.ar and nx.key.startswith("و"))
            return y if y > o + 1 and joined else None  # (only "and" / و goes on: a comma
            # after the brackets opens an apposition, "X (Y)، القيادي في الحركة")
        if tk.punct or tk.key.isdigit():
            return None
        m = sr.mention_at.get(y)
        if m is not None and m.etype != "Person":
            return None
    return None
