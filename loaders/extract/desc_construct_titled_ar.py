"""An Arabic title in construct with an unknown body ("رئيس مجلس السيادة", "رئيس مجلس القيادة",
"رئيس حكومة الإقليم") and no name is the one person the article titled with those very words,
session 41 (``desc``).

"أدى X اليمين أمام رئيس مجلس السيادة الانتقالي ... Y ... وعقب أداء القسم عقد رئيس مجلس
السيادة اجتماعاً مع رئيس الوزراء": Y. The title word has no article and the body is no known
organisation, so the phrase was not read as a description at all (no ``role_org``, nothing
definite in the phrase itself): the meeting lost its subject. :func:`construct_holder_ar`
reads it as one only when the body words after the title are definite ("السيادة") and exactly
one person named before the description (earlier sentences) has a title that opens with the
same words (the title word's stem, then the body's words); two such people, or none: nobody.
Not when a person's name follows within two words (the title reader's business).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from loaders.extract.mention_core import Mention
    from loaders.extract.mentions import Doc

_MAX_WORDS = 4  # title word + body words compared
# a body's own complement after the short form ("في" / "لدى": keys are folded, "لدى" is "لدي")
_LINKS = frozenset({"في", "لدي"})


def _stem(doc: Doc, x: int) -> str:
    """The last stem of token *x* (no proclitic: "ورئيس" -> "رييس")."""
    t = doc.toks[x]
    return t.stems[-1][1] if t.stems else t.key


def _same_words(doc: Doc, m: Mention, words: list[str], stem0: str, short: bool) -> bool:
    """Does the title of *m* (before its name) open with *stem0* and then *words*? With
    *short*, the last word may be the short definite form of a body the title names in full:
    "رئيس حكومة الإقليم" after "رئيس حكومة إقليم كوردستان X" (session 45): "الإقليم" is
    "إقليم" and the region's name after it."""
    if not 0 <= m.tlo < m.lo or m.lo - m.tlo < len(words) + 1:
        return False
    toks = doc.toks
    if _stem(doc, m.tlo) != stem0 or not all(
            toks[m.tlo + 1 + i].key == w for i, w in enumerate(words[:-1])):
        return False
    last, there = words[-1], toks[m.tlo + len(words)].key
    return there == last or (short and len(last) > 4 and last.startswith("ال") and
                             there == last[2:]
                             and m.lo - m.tlo > len(words) + 1)


def construct_holder_ar(doc: Doc, si: int, k: int, j: int, covered: dict) -> str | None:
    """The one person titled before with the construct title ``toks[k:j]`` (module doc)."""
    toks = doc.toks
    if j - k < 2 or j - k > _MAX_WORDS or not toks[k].ar or \
            not toks[j - 1].key.startswith("ال"):
        return None
    hi = doc.sents[si].hi
    for x in range(j, min(hi, j + 2)):
        c = covered.get(x)
        if c is not None and c.etype == "Person":
            return None  # a name follows: his own title
    words = [toks[x].key for x in range(k + 1, j)]
    stem0 = _stem(doc, k)
    # the short body must end the phrase: not "رئيس المجلس التنفيذي للحزب X" (another body)
    short = j >= hi or toks[j].punct or not (toks[j].key.startswith(("ال", "لل")) or
                                              toks[j].key in _LINKS)
    holders = {m.eid for s in range(si) for m in doc.by_sent.get(s, ())
               if m.etype == "Person" and m.kind == "name" and m.qual != "old" and
               _same_words(doc, m, words, stem0, short)}  # (not "... السابق X": session 45)
    return next(iter(holders)) if len(holders) == 1 else None
