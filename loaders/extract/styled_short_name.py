"""A royal style and a given name alone ("King Abdullah", "Sheikh Khalifa", «الملك عبدالله») is the
person the article names in full with that style and name (session 69).

Gulf and royal usage names a ruler by style and given name: the headline "... condolences on
passing of Sheikh Khalifa" or «... ويتقبل تعازيه في الملك عبدالله», then the body "the late
Sheikh Khalifa bin Zayed Al Nahyan", «وفاة الملك عبدالله بن عبدالعزيز آل سعود». The short form
was read by the gazetteer's default ("King Abdullah" is Abdullah II of Jordan) or made a new
person "Khalifa", and kept that reading after the full name ("succeeding his half-brother King
Abdullah": Abdullah II; "to succeed the late Sheikh Khalifa": the new person). The article's
own full name wins: ``styled_short_name`` (after all sentences are read, with
``guarded_alias_before``) hands every mention of a person over to the one other person whose
longer mention in the article has the same style right before the same first name words, when
every mention of the first person is such a short form (a person also named otherwise keeps
his mentions: "King Abdullah II" and "King Abdullah bin Abdulaziz" in one article stay two).
Session 72: the longer mention may have no style ("Sheikh Khalifa meets Saudi envoy. UAE
President Khalifa bin Zayed Al Nahyan received ...") when one of that person's gazetteer names
opens with the style before the same given name ("Sheikh Khalifa bin Zayed"); "King Abdullah"
is not handed to "Abdullah bin Zayed", whom no name styles king.

A style word is a pass bit of its token (``B_STYLE``, set by ``mentions._pass_bits``, cached per
token text; speed69b): an article without one is not read at all, and a person's mention is
looked at only when its first word or the word before it has the bit.
"""

from __future__ import annotations

from itertools import repeat
from operator import and_
from typing import TYPE_CHECKING

from loaders.extract import lexicon as L
from loaders.extract.person_hand_over import hand_over_people
from loaders.extract.tokens import tokenize
from loaders.textnorm import strip_article_ar

if TYPE_CHECKING:
    from loaders.extract.mention_core import Mention
    from loaders.extract.mentions import Doc
    from loaders.extract.tokens import Tok

# the royal and Gulf styles that stand before a ruler's given name alone (Arabic: the bare
# stem, so «للملك» / «بالشيخ» after a preposition are the style too)
EN_STYLES = frozenset({"king", "sheikh", "shaikh", "sheik", "prince", "emir", "amir", "sultan",
                       "queen", "princess", "sheikha"})
_AR_STYLES = L._ar("ملك", "شيخ", "أمير", "سلطان", "ملكة", "أميرة", "شيخة")
AR_STYLE_ENDS = tuple(_AR_STYLES)  # (one C test before the stems are read)

_Styled = tuple[str, tuple[str, ...]]

# bit 29 of the pass bits (mention_core's step bits are 0-19, text_cue_bits' 20-28): the
# token is a royal style (``royal_style``)
B_STYLE = 1 << 29


def royal_style(tok: Tok) -> str | None:
    """The royal style *tok* is (its bare Arabic stem: «الملك», «للملك» -> «ملك»), else None."""
    if not tok.ar:
        return tok.key if tok.key in EN_STYLES else None
    if not tok.key.endswith(AR_STYLE_ENDS):
        return None
    for _n, stem in tok.stems:
        bare = strip_article_ar(stem)
        if bare in _AR_STYLES:
            return bare
    return None


def _styled(doc: Doc, m: Mention) -> _Styled | None:
    """The style word right before the name words of *m* (inside the mention or just before
    it) and those name words' keys; None when no style stands there."""
    toks = doc.toks
    first = m.lo
    while first < m.hi and royal_style(toks[first]) is not None:
        first += 1
    style = royal_style(toks[first - 1]) if 0 < first < m.hi else None
    if style is None:
        return None
    return style, tuple(toks[x].key for x in range(first, m.hi))


def styled_short_name(doc: Doc) -> None:
    """See the module docstring."""
    bits = doc.pass_bits
    if not any(map(and_, bits, repeat(B_STYLE, len(bits)))):
        return  # (no style word in the article)
    people = [m for m in doc.ments if m.kind == "name" and m.etype == "Person"]
    if len(people) < 2:
        return
    # (a style stands at the mention's first word or right before it: else no _styled)
    styled: dict[int, _Styled | None] = {
        id(m): _styled(doc, m) if (bits[m.lo] | bits[m.lo - 1]) & B_STYLE else None
        for m in people}
    longer: list[tuple[str, _Styled]] = [(m.eid, s) for m in people
                                         if (s := styled[id(m)]) is not None and len(s[1]) >= 2]
    shorts = [s for m in people if (s := styled[id(m)]) is not None and len(s[1]) == 1]
    unstyled: list[tuple[str, _Styled]] = []
    if shorts:
        # a full name written with no style ("UAE President Khalifa bin Zayed Al Nahyan")
        # whose person the gazetteer styles so ("Sheikh Khalifa bin Zayed"), when no full
        # name with the style reads the short form (s72)
        unstyled = [(m.eid, (st, words)) for m in people if styled[id(m)] is None and
                    len(words := tuple(doc.toks[x].key for x in range(m.lo, m.hi))) >= 2
                    for st, (w,) in dict.fromkeys(shorts) if words[0] == w and
                    _gazetteer_styled(doc, m.eid, st, w)]
    if not longer and not unstyled:
        return
    hand_over_people(doc, ((m, _full_owner(m.eid, styled[id(m)], longer) or
                            _full_owner(m.eid, styled[id(m)], unstyled)) for m in people),
                     doc.ments)


_STYLED_NAMES: dict[tuple[int, str, str, str], bool] = {}  # (per gazetteer)


def _gazetteer_styled(doc: Doc, eid: str, style: str, word: str) -> bool:
    """Does one of the gazetteer names of *eid* open with the style *style* right before the
    given name *word* and go on ("Sheikh Khalifa bin Zayed", «الشيخ خليفة بن زايد»)?
    Cached per gazetteer, person, style and word."""
    key = (id(doc.gaz), eid, style, word)
    hit = _STYLED_NAMES.get(key)
    if hit is None:
        e = doc.gaz.get(eid)
        hit = False
        for n in (e.all_names() if e is not None and e.type == "Person" else ()):
            toks = tokenize(n)
            if len(toks) >= 3 and royal_style(toks[0]) == style and toks[1].key == word:
                hit = True
                break
        _STYLED_NAMES[key] = hit
    return hit


def _full_owner(eid: str, s: _Styled | None, longer: list[tuple[str, _Styled]]) -> str | None:
    """The one other person than *eid* named longer with the same style before the same first
    name words as *s* (a mention's style and name words; *longer*: (person, style and name
    words) of the mentions of two name words or more); else None."""
    owners = set() if s is None else {
        other for other, (style, words) in longer if other != eid and style == s[0] and
        len(words) > len(s[1]) and words[:len(s[1])] == s[1]}
    return next(iter(owners)) if len(owners) == 1 else None
