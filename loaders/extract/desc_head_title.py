"""A head-of-state description ("the president", "الرئيس") is searched among the people the
article titled with that very title (session 29): "Iranian President X ... in the presence of
Y. Z was also received by the president" is X, not Y named last. The first title word alone
does not decide in Arabic, where رئيس opens many offices: "رئيس الوزراء المعين" is no one
titled "رئيس مجلس القيادة" or "الرئيس" alone, so the second words must agree.
Called by ``coreference._resolve_description``."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from loaders.extract import lexicon as L
from loaders.textnorm import strip_article_ar

if TYPE_CHECKING:
    from loaders.extract.mention_base import Mention
    from loaders.extract.mentions import Doc


_AR_COUNCIL = L.fold_ar("مجلس")
# «رئيس الدولة» and «رئيس الجمهورية»: one office, the head of state (session 64)
_AR_HEAD_OF_STATE = frozenset({L.fold_ar("دولة"), L.fold_ar("جمهورية")})


def same_title_words(doc: Doc, at_tok: int, ti: int, name_lo: int) -> bool:
    """Does the description's title at *at_tok* go on with the same second word as the
    earlier title at *ti* (before a name starting at *name_lo*), nationality words left out on
    both sides ("الرئيس الإيراني X" has one word)? A one-word earlier title ("President X",
    "الرئيس X") needs no second word, unless the description is an Arabic noun in construct
    ("رئيس الوزراء": its complement names the office). Arabic "مجلس" before the complement
    may stand on one side only: "رئيس الوزراء" is the one titled "رئيس مجلس الوزراء" (Iraqi,
    Lebanese and Gulf writers' long form of the office), and the other way round (session 60);
    not "رئيس مجلس القيادة"."""
    toks = doc.toks
    construct = toks[at_tok].ar and strip_article_ar(toks[at_tok].key) == toks[at_tok].key
    b = next((y for y in range(ti + 1, name_lo) if toks[y].key not in L.NATIONALITY), None)
    if b is None:
        return not construct  # "رئيس الوزراء" is no one titled "الرئيس" alone
    a = next((y for y in range(at_tok + 1, min(len(toks), at_tok + 4))
              if toks[y].key not in L.NATIONALITY), None)
    if a is None or toks[a].ar != toks[b].ar:
        return False
    ka, kb = toks[a].key, toks[b].key
    if not toks[a].ar:
        return ka == kb
    if strip_article_ar(ka) == strip_article_ar(kb):
        return True
    if {strip_article_ar(ka), strip_article_ar(kb)} == _AR_HEAD_OF_STATE:
        return True  # «رئيس الدولة» is the one titled «رئيس الجمهورية» (session 64)
    if kb == _AR_COUNCIL and b + 1 < name_lo:  # "رئيس مجلس الوزراء X" ... "رئيس الوزراء"
        return strip_article_ar(toks[b + 1].key) == strip_article_ar(ka)
    if ka == _AR_COUNCIL and a + 1 < len(toks) and toks[a + 1].ar:  # ... and the other way
        return strip_article_ar(toks[a + 1].key) == strip_article_ar(kb)
    return False


def same_construct_titled(doc: Doc, people: Iterable[Mention], at_tok: int) -> list[str]:
    """Arabic (session 48): the people of *people* (named before, latest first) whose title
    opens with the description's head noun and goes on with its complement ("رئيس الأركان"
    for "رئيس أركان هيئة الحشد الشعبي X"): the description is a short form of that title,
    not of whoever was named last ("والتقى وزيرة الهجرة Y. وزار رئيس الأركان ...": X)."""
    toks = doc.toks
    head = strip_article_ar(toks[at_tok].key)
    out = []
    for m in people:
        if m.kind == "name" and 0 <= m.tlo < m.lo and toks[m.tlo].ar and \
                strip_article_ar(toks[m.tlo].key) == head and m.lo - m.tlo >= 2 and \
                same_title_words(doc, at_tok, m.tlo, m.lo) and m.eid not in out:
            out.append(m.eid)
    return out
