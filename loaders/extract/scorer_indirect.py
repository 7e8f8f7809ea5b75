"""A veto on the scorer's meetings (session 65, scorerfp65, gate "indirect", called by
``scored.ScoredExtractor``): the two sides of indirect talks did not meet; the go-between met
each.

"Iran's Foreign Minister Abbas Araqchi and US Middle East envoy Steve Witkoff held a first
round of talks in Muscat, with Oman's Foreign Minister Badr Albusaidi carrying messages between
two rooms", «الجولة الأولى من المحادثات غير المباشرة بين إيران والولايات المتحدة، بمشاركة
عباس عراقجي وستيف ويتكوف»: not Araghchi - Witkoff. In a sentence with a word of indirect talks
("indirect", "carrying / relaying messages", "separate rooms", "shuttled", «غير المباشرة»،
«ناقلاً الرسائل»), the scorer's pair is refused unless one of the two is the go-between: named
before the carrying or shuttling word ("Badr Albusaidi again carrying messages between X and
Y": Albusaidi - X and Albusaidi - Y stay; "Amos Hochstein, then Joe Biden's envoy, who
shuttled between Beirut, where he met Nabih Berri, and Jerusalem": Hochstein - Berri stays) or
right after "mediated by" / «بوساطة». Two of one side are refused too («مشاورات فنية غير مباشرة
قاد الجانب الإيراني فيها مجيد تخت روانجي وكاظم غريب آبادي»: the gold does not pair them there).
On dev: 5 wrong pairs refused (3 x Araghchi - Witkoff), no right one lost.
"""

from __future__ import annotations

from loaders.extract import lexicon as L
from loaders.extract.mention_base import Mention
from loaders.extract.rule_common import forms
from loaders.extract.tokens import Tok

_EN_INDIRECT = frozenset({"indirect", "proximity"})
_AR_INDIRECT = L._ar("مباشرة", "المباشرة")  # (after «غير»)
_AR_NOT = L._ar("غير")
# the go-between's words: he is named right before them
_EN_CARRY = frozenset({"carrying", "relaying", "shuttling", "shuttled", "ferrying", "passing"})
_AR_CARRY = L._ar("ناقلا", "ينقل", "يتنقل", "متنقلا")  # (tanween and shadda fold away)
_EN_MESSAGES = frozenset({"messages", "message", "rooms"})
_AR_BETWEEN = L._ar("الرسائل", "رسائل", "بين", "الرسالة")
# ... or right after these
_EN_BY = frozenset({"mediated", "brokered"})
_AR_BY = L._ar("بوساطة", "وبوساطة")
GO_BETWEEN_REACH = 10  # tokens between the go-between's name and his carrying word ("Amos
# Hochstein, then Joe Biden's envoy, who shuttled": every person named so near is one)


def _cue(toks: list[Tok], k: int, lo: int) -> int:
    """0, or 1 for a word of indirect talks at *k*, 2 for a go-between's carrying word, 3
    for a "mediated by" word."""
    t = toks[k]
    if t.ar:
        fs = forms(t)
        if not _AR_INDIRECT.isdisjoint(fs) and k > lo and toks[k - 1].key in _AR_NOT:
            return 1
        if not _AR_CARRY.isdisjoint(fs) and any(
                toks[y].key in _AR_BETWEEN for y in range(k + 1, min(len(toks), k + 5))):
            return 2
        return 3 if t.key in _AR_BY else 0
    key = t.key
    if key in _EN_INDIRECT or key == "separate" and k + 1 < len(toks) and \
            toks[k + 1].key in _EN_MESSAGES:
        return 1
    if key in _EN_CARRY and (key.startswith("shuttl") or any(
            toks[y].key in _EN_MESSAGES for y in range(k + 1, min(len(toks), k + 4)))):
        return 2
    return 3 if key in _EN_BY else 0


def indirect_talks(toks: list[Tok], lo: int, hi: int,
                   ments: list[Mention]) -> frozenset[str] | None:
    """None when the sentence (*lo*, *hi*; *ments*: its mentions) tells no indirect talks,
    else the ids of its go-betweens (module doc; maybe none). Read once per sentence, when
    the scorer first gives it a meeting."""
    indirect = False
    go_between: set[str] = set()
    for k in range(lo, hi):
        c = _cue(toks, k, lo)
        if not c:
            continue
        indirect = True
        if c == 2:
            go_between.update(m.eid for m in ments if m.etype == "Person" and m.hi <= k and
                              k - m.hi <= GO_BETWEEN_REACH)
        elif c == 3:
            near = [m for m in ments if m.etype == "Person" and m.lo > k and
                    m.lo - k <= GO_BETWEEN_REACH]
            if near:
                go_between.add(min(near, key=lambda m: m.lo).eid)
    return frozenset(go_between) if indirect else None


def indirect_sides(a: Mention, b: Mention, go_betweens: frozenset[str] | None) -> bool:
    """Are *a* and *b* two sides of indirect talks, neither a go-between (*go_betweens*: what
    ``indirect_talks`` read of their sentence)?"""
    return go_betweens is not None and a.eid not in go_betweens and b.eid not in go_betweens
