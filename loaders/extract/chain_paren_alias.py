"""Lists of people: a bracketed alias after a name does not end the list (session 58).

"نائب رئيس الهيئة أبو مهدي المهندس (جمال جعفر آل إبراهيم) وقائد فيلق القدس قاسم سليماني،
اللذين اغتالتهما ..." / "Abu Mahdi al-Muhandis (Jamal Jaafar al-Ibrahim) and Qasem
Soleimani": the brackets hold the first man's other name, and the list goes on after them.
Session 64 (summit64): a nickname in guillemets too ("وقّع الفريق أول محمد حمدان دقلو «حميدتي»
ورئيس ... عبد الله حمدوك إعلاناً مشتركاً").
Session 67 (residual67b-en): a nickname in quotation marks too, straight or curly, double or
single ("Feltman met Burhan, his deputy Mohamed Hamdan Daglo 'Hemetti' and Hamdok together",
'Abiy met Mohamed Hamdan Daglo "Hemetti" and Abdalla Hamdok'): only capitalised words inside
(a quoted phrase, "X "in good faith" and Y", is no name).
Called from ``chains.ChainHelpers.chain``.
"""

from __future__ import annotations

from typing import Any

_SPAN = 8  # words inside the brackets at most
_CLOSING = {"(": ")", "«": "»", '"': '"', "\u201c": "\u201d", "'": "'", "\u2018": "\u2019"}
_QUOTE_MARKS = frozenset({'"', "\u201c", "'", "\u2018"})
_QUOTE_SPAN = 4  # words inside quotation marks at most


def _closes_quote(text: str, closing: str) -> bool:
    """Whether a word token ends a single-quoted nickname (the tokenizer keeps the closing
    mark on the word: "Hemetti'")."""
    return len(text) > 1 and text.endswith(closing) and closing in ("'", "\u2019")


def paren_alias_end(sr: Any, cur: Any) -> int | None:
    """The position of ")" (or "»") closing brackets right after the mention *cur* that hold only
    words of a name (no punctuation, digits or named place, body or country) and are followed
    by "and" / و, else None."""
    o = cur.hi
    if o >= sr.hi - 1 or sr.toks[o].text not in _CLOSING:
        return None
    opening = sr.toks[o].text
    closing = _CLOSING[opening]
    quoted = opening in _QUOTE_MARKS
    for y in range(o + 1, min(sr.hi, o + 2 + (_QUOTE_SPAN if quoted else _SPAN))):
        tk = sr.toks[y]
        if quoted and not tk.punct and not tk.ar and not tk.cap:
            return None  # a quoted phrase, no nickname
        attached = quoted and _closes_quote(tk.text, closing)
        if tk.text == closing or attached:
            nx = sr.toks[y + 1] if y + 1 < sr.hi else None
            joined = nx is not None and (nx.key == "and" or nx.ar and nx.key.startswith("و"))
            return y if (y > o + 1 or attached) and joined else None  # (only "and" / و goes on: a comma
            # after the brackets opens an apposition, "X (Y)، القيادي في الحركة")
        if tk.punct or tk.key.isdigit():
            return None
        m = sr.mention_at.get(y)
        if m is not None and m.etype != "Person":
            return None
    return None
