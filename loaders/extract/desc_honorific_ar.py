"""An Arabic honorific before a title with no name ("سماحة القائد", "فخامة الرئيس", "سمو الأمير")
is the one person the article introduced with that honorific and that title word, session 24
second round (``desc``).

"بحضور قائد الثورة الإسلامية سماحة آية الله العظمى السيد علي الخامنئي ... وعقب المراسم استقبل
سماحة القائد الرئيسَ بزشكيان": the Leader, named five sentences before, not the acting president
named last (the generic reading looks three sentences back for the most recent person).
:func:`honorific_holder_ar` finds him: the honorific right before the title word, and exactly
one person of the article whose title (the words before his name, up to a punctuation mark,
and the first two of the name) holds both that honorific and the title word's stem ("قائد" for "القائد"). Two such people, or none: nobody (the usual reading goes on).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from loaders.extract import lexicon as L
from loaders.extract.arabic_verb_shape import imperfect_verb_ar
from loaders.textnorm import strip_article_ar

if TYPE_CHECKING:
    from loaders.extract.mention_core import Mention
    from loaders.extract.mentions import Doc

HONORIFICS_AR = L._ar("سماحة", "فخامة", "سمو", "معالي", "صاحب السمو",
                      # a monarch: "يُذكر أن جلالة السلطان تولى الحكم" after "حضرة صاحب الجلالة
                      # السلطان X" (session 59; the title may hold it with the article)
                      "جلالة", "وجلالة")


def honorific_holder_ar(doc: Doc, k: int) -> str | None:
    """The one person named before with the honorific at *k* - 1 and the title word at *k*
    in his title ("سماحة القائد" -> "قائد الثورة سماحة آية الله X"); None otherwise."""
    toks = doc.toks
    if k < 1 or not toks[k].ar or toks[k - 1].key not in HONORIFICS_AR:
        return None
    hon, word = strip_article_ar(toks[k - 1].key.removeprefix("و")), strip_article_ar(toks[k].key)
    found: set[str] = set()
    for m in _named_before(doc, k):
        keys = {strip_article_ar(w) for w in _title_window(doc, m)}
        if hon in keys and word in keys:
            found.add(m.eid)
    return found.pop() if len(found) == 1 else None


def _named_before(doc: Doc, k: int) -> Iterator[Mention]:
    """The people named (not described) in the article before token *k*, in text order."""
    for m in doc.ments:
        if m.lo >= k:
            return
        if m.etype == "Person" and m.kind == "name":
            yield m


def _title_window(doc: Doc, m: Mention) -> list[str]:
    """The words of *m*'s title: up to eight before the name back to a punctuation mark, a
    verb (session 65) or another person, and the first two of the name (an honorific read into the name: "سماحة
    السيد X"), and up to four of a title apposed after the name's comma (session 71)."""
    toks = doc.toks
    lo = doc.sents[m.sent].lo
    out = [toks[x].key for x in range(m.lo, min(m.lo + 2, m.hi))]
    for x in range(m.lo - 1, max(lo, m.lo - 8) - 1, -1):
        if toks[x].punct or not toks[x].ar or imperfect_verb_ar(doc, toks[x]):
            break  # ("سمو الأمير يشهد انتخاب العماد X": a headline's subject, no title of X)
        out.append(toks[x].key)
        out.extend(st for _p, st in toks[x].stems)  # ("وقائد الحرس": قائد)
    hi = doc.sents[m.sent].hi
    if m.hi < hi and toks[m.hi].text in L.COMMAS:  # "سمو الشيخ X، مستشار الأمن الوطني،": the
        for x in range(m.hi + 1, min(hi, m.hi + 1 + _APPOSED)):  # apposed title (session 71)
            if toks[x].punct or not toks[x].ar:
                break
            out.append(toks[x].key)
    return out


_APPOSED = 4  # words of a title apposed after the name


def family_word_holder_ar(doc: Doc, k: int) -> str | None:
    """A title word alone at *k* that is the family name of the one person the article named
    with it ("حسين الشيخ ... والتقى الشيخ بـY": Hussein al-Sheikh, not the king named last;
    session 53); None when nobody's name ends with it, or someone else was titled with it
    ("السيد حسن نصر الله": either one) -- but for «الشيخ», the honorific of every Gulf royal,
    the one whose name ends with it ("استقبل الشيخ محمد بن زايد ... حسين الشيخ ... وكان الشيخ
    قد التقى Y", "استقبل الشيخ محمد بن عبدالرحمن ... حسين الشيخ. ويشغل الشيخ منصب ...":
    Hussein al-Sheikh; session 61)."""
    toks = doc.toks
    key = toks[k].key
    if not toks[k].ar or not key.startswith("ال"):
        return None
    named: set[str] = set()
    titled: set[str] = set()
    for m in _named_before(doc, k):
        if m.hi - m.lo >= 2 and toks[m.hi - 1].key == key:
            named.add(m.eid)
        if toks[m.lo].key == key or m.lo > 0 and toks[m.lo - 1].key == key:
            titled.add(m.eid)
    if len(named) != 1 or (titled - named and key != "الشيخ"):
        return None
    return named.pop()
