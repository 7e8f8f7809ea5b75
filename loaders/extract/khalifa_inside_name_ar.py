"""Arabic: "خليفة" (the given name Khalifa, also the noun "successor") as a father's or family
name inside a new person's name, and after a title joined to "و" (session 39, ``names``).

``name_starts_ar.khalifa_after_title`` reads "خليفة" as a name only right after a title ("المشير
خليفة حفتر"). Two more places where it is a name word, not "successor":

* after a title and one or two usual given names, as the father's or the family name: "الفريق
  أول صدام خليفة حفتر" (was "صدام" dropped and "خليفة حفتر" read as the father), "الفريق أحمد
  فتحي خليفة رئيساً لأركان ..." (was "أحمد فتحي"). Without a name word after it, "خليفة" must
  close the name before punctuation or an accusative office ("رئيساً"), not before "له" / "لـ"
  ("عُيّن X خليفة له" is the noun);
* after a title joined to "و" in a list: "وخالد المشري والمشير خليفة حفتر".

Not "خليفةً" (the accusative role), not with a proclitic ("لخليفة", "وخليفة"), not before a
person already found ("خليفة سليماني": the successor of a known man). Run with
``khalifa_after_title``, before the title step, which then attaches the title to the name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract import given_names as GN
from loaders.extract.mention_base import Mention, _resolve_name, accusative_tanween, make_mention
from loaders.extract.name_starts_ar import (
    _KHALIFA,
    _name_word,
    _title_word,
    more_name_word,
    opens_after_khalifa,
)

if TYPE_CHECKING:
    from loaders.extract.mentions import Doc


def _given(doc: Doc, k: int) -> bool:
    """A usual given (or middle) name word with no article or و at *k*."""
    key = doc.toks[k].key
    return not key.startswith(("ال", "و")) and key in GN.ALL and _name_word(doc, k, False)


def _family_words(doc: Doc, covered: dict[int, Mention], k: int, hi: int) -> int:
    """The end of up to two name words after "خليفة" at *k* (k + 1 when there are none): the
    first a name word with no glued ل / ب (as in ``khalifa_after_title``), a second one of a
    given or family name's shape."""
    toks = doc.toks
    j = k + 1
    if j >= hi or j in covered or not opens_after_khalifa(doc, j):
        return j
    j += 1
    while j < hi and j - k <= 2 and j not in covered and not toks[j - 1].key.startswith("ال") \
            and more_name_word(doc, j):
        j += 1
    return j


def khalifa_inside_name(doc: Doc, si: int, covered: dict[int, Mention],
                        out: list[Mention]) -> None:
    """"خليفة" inside a titled new name or after "و" + title (see the module docstring)."""
    s = doc.sents[si]
    if "خليف" not in doc.text[s.start:s.end]:
        return
    toks = doc.toks
    for k in range(s.lo + 1, s.hi):
        t = toks[k]
        if t.key != _KHALIFA or k in covered or accusative_tanween(t.text) or \
                t.text.startswith(("و", "ف", "ب", "ل")) or (k + 1 < s.hi and (k + 1) in covered):
            continue
        prev = toks[k - 1].key
        if prev.startswith("و") and _title_word(prev[1:]) and (k - 1) not in covered:
            b = k  # "والمشير خليفة حفتر"
            j = _family_words(doc, covered, k, s.hi)
            if j == k + 1:
                continue
        else:
            # "الفريق أول صدام خليفة حفتر", "الفريق أحمد فتحي خليفة"
            b = next((x for x in (k - 1, k - 2) if x > s.lo and _title_word(toks[x - 1].key) and
                      (x - 1) not in covered and _given(doc, x) and
                      all(_given(doc, y) and y not in covered for y in range(x, k))), None)
            if b is None:
                continue
            j = _family_words(doc, covered, k, s.hi)
            if j == k + 1 and j < s.hi and not (toks[j].punct or accusative_tanween(toks[j].text)):
                continue  # "عُيّن X خليفة له": the noun
        surface = doc.text[toks[b].start:toks[j - 1].end]
        me = make_mention(doc, si, b, j, _resolve_name(doc, surface, "Person"))
        out.append(me)
        for x in range(b, j):
            covered[x] = me
