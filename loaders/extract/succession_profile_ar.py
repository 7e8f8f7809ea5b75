"""SUCCESSOR_OF: the person a profile's headline asks about or names, in Arabic (session 55).

Profile pieces open with a headline that names the man and a subhead with no subject of its
own: "من هو نعيم قاسم؟ خليفة حسن نصر الله في الأمانة العامة"، "نعيم قاسم.. خليفة نصر الله على
رأس حزب الله"، "من هو X؟ الأمين العام الجديد لحزب الله خلفاً لـY"، or the reverse order "خليفة
هنية: من هو يحيى السنوار؟"، "خليفة إبراهيم رئيسي.. من هو محمد مخبر؟". The successor is that
man (X -> Y).

Only the bare headline forms: a sentence made of "من هو / من هي" and one person's name (or of
the name alone before ".." or ":") right before the subhead, or "من هو X" right after the
predecessor and his post; "خليفة" or "خلفاً لـ" must open the subhead ("من يخلف Y؟" and
sentences with a subject of their own are read elsewhere).
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L

_AR_WHO = L._ar("من")
_AR_HE = L._ar("هو", "هي")
_HEAD_PUNCT = frozenset({".", "..", "...", "؟", "?", ":", "-", "–", "—", "…"})
_POST_SPAN = 7  # words of the predecessor's post before the question ("في رئاسة الحركة")


def _person_name(sr: Any, sent: int, lo: int) -> Any:
    """The person's name mention of sentence *sent* that starts at token *lo*, else ``None``."""
    return next((m for m in sr.doc.by_sent.get(sent, ()) if m.lo == lo and
                 m.etype == "Person" and m.kind == "name"), None)


def _only_punct(toks: Any, lo: int, hi: int) -> bool:
    return all(toks[y].punct and toks[y].text in _HEAD_PUNCT for y in range(lo, hi))


def headline_before_ar(sr: Any, asked: bool = False) -> Any:
    """The person the sentence before this one consists of: "من هو X؟" or (unless *asked*)
    "X.." / "X:"; ``None`` when it says more, or this sentence is the first."""
    si = sr.si
    if si == 0:
        return None
    s = sr.doc.sents[si - 1]
    toks = sr.toks
    lo = s.lo
    question = lo + 2 < s.hi and toks[lo].key in _AR_WHO and toks[lo + 1].key in _AR_HE
    if question:
        lo += 2
    elif asked:
        return None
    m = _person_name(sr, si - 1, lo)
    if m is None or m.hi >= s.hi or not _only_punct(toks, m.hi, s.hi):
        return None
    if not question and not any(toks[y].text in (":", "..") or
                                toks[y].text == "." and y + 1 < s.hi and toks[y + 1].text == "."
                                for y in range(m.hi, s.hi)):
        return None  # "X." alone is no headline naming the man of the subhead
    return m


def headline_after_ar(sr: Any, old: Any) -> Any:
    """The person of "من هو X" after the predecessor *old* and at most a short post phrase,
    then a colon or "..", in this sentence or opening the next: "خليفة هنية: من هو X؟"."""
    toks = sr.toks
    y = old.hi
    while y < sr.hi and y - old.hi < _POST_SPAN and not toks[y].punct:
        y += 1
    if y >= sr.hi or toks[y].text not in (":", ".", "..", "-", "–"):
        return None
    sent = sr.si
    while y < sr.hi and toks[y].punct and toks[y].text in _HEAD_PUNCT:
        y += 1
    if y >= sr.hi:
        if sent + 1 >= len(sr.doc.sents):
            return None
        sent += 1
        y = sr.doc.sents[sent].lo
    if y + 2 >= len(toks) or toks[y].key not in _AR_WHO or toks[y + 1].key not in _AR_HE:
        return None
    if any(m.etype == "Person" and old.hi <= m.lo < y for m in sr.args):
        return None
    return _person_name(sr, sent, y + 2)


def opens_subhead(sr: Any, t: int) -> bool:
    """Does the successor word at *t* open its sentence (only punctuation before it)?"""
    return all(sr.toks[y].punct for y in range(sr.lo, t))
