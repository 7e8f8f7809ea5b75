"""A monarch named by his state only (session 63): "the Jordanian monarch", "Jordan's king",
"the Saudi king", "the Omani sultan", "Qatar's emir", «العاهل الأردني», «الملك الأردني»,
«السلطان العماني».

"The King of Jordan" / «ملك الأردن» / «أمير قطر» were read already (the state after the title,
``Gazetteer.leaders_of``); the state's adjective or possessive before the title, or «العاهل /
الملك» with the adjective after it, named nobody. Such a description is now the king, emir or
sultan of that state: the one the article named before (any monarch of that state the
gazetteer knows, a past one too: "King Abdullah ... the Saudi king"), else the reigning one the
gazetteer gives when it is one person of that title. Nobody when a name follows (then the words
are his title: "Jordan's King Abdullah II", «العاهل الأردني الملك عبد الله الثاني»), when the
description is of a former holder ("the late / former / then Saudi king"), or when the article
gives a year before the reigning holder's accession ("since 2015" in the gazetteer): never a
guess across a change of holder. «الأمير» (also "prince") is left alone.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from loaders.extract import lexicon as L
from loaders.extract.gazetteer import MONARCH_TITLES
from loaders.extract.mention_base import Mention, make_mention

if TYPE_CHECKING:
    from loaders.extract.mentions import Doc

# the royal head word -> the gazetteer titles it stands for
_EN_ROYAL = {"king": frozenset({"king"}), "monarch": MONARCH_TITLES, "emir": frozenset({"emir"}),
             "amir": frozenset({"emir"}), "sultan": frozenset({"sultan"})}
_AR_ROYAL = {"العاهل": MONARCH_TITLES, "الملك": frozenset({"king"}),
             "السلطان": frozenset({"sultan"})}
# a holder other than the reigning one: a former or a future one ("the late / new Saudi king")
_EN_NOT_REIGNING = frozenset({"late", "former", "then", "ex", "previous", "old", "deposed",
                              "exiled", "future", "next", "new", "young"})
_AR_NOT_REIGNING = L._ar("الراحل", "السابق", "الأسبق", "الاسبق", "الراحلين", "آنذاك", "انذاك",
                         "حينها", "حينذاك", "الجديد", "المقبل")
_AR_NAME_TITLES = L._ar("الشيخ", "السيد", "جلالة", "الأمير")
_SINCE = re.compile(r"(?:since|\()\s*(?:[A-Z][a-z]+\s+)?(\d{4})")
_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")
CUE_WORDS = ("king", "King", "monarch", "emir", "Emir", "amir", "Amir", "sultan", "Sultan",
             "العاهل", "الملك", "السلطان")


def _royal_of(doc: Doc, state: str, titles: frozenset[str], out: list[Mention]) -> str | None:
    """The monarch of *state* the article named before (latest first), else the one reigning
    monarch the gazetteer gives (no year in the article before his accession)."""
    gaz = doc.gaz
    for ms in (out, doc.ments):
        for m in reversed(ms):
            e = gaz.get(m.eid) if m.etype == "Person" else None
            if e is not None and e.country == state and titles & set(e.titles):
                return m.eid
    reigning = [e for e in gaz.leaders_of(state) if e.type == "Person" and
                titles & set(e.titles)]
    if len(reigning) != 1:
        return None
    since = _SINCE.search(reigning[0].description or "")
    if since is not None and any(int(y) < int(since.group(1)) for y in _YEAR.findall(doc.text)):
        return None  # "In 2014, the Saudi king ...": maybe his predecessor
    return reigning[0].id


def _name_follows(doc: Doc, covered: dict[int, Mention], x: int, hi: int) -> bool:
    """Does a name (or another title) start at *x*, or after a comma there ("Jordan's King
    Abdullah", "Qatar's Emir, Sheikh Tamim", «العاهل الأردني الملك عبد الله»)?"""
    if x >= hi:
        return False
    t = doc.toks[x]
    if t.text in (",", "،") and x + 1 < hi:  # "Qatar's emir, Sheikh Tamim": an apposition
        x += 1
        t = doc.toks[x]
    if x in covered and covered[x].etype == "Person":
        return True
    if t.ar:
        return t.key in _AR_ROYAL or t.key in L.AR_HONORIFIC_WORDS or t.key in _AR_NAME_TITLES
    return bool(t.cap) and not t.punct


def monarch_state_refs(doc: Doc, si: int, covered: dict[int, Mention],
                       out: list[Mention]) -> None:
    """Mentions for a monarch named by his state only in sentence *si* (module doc)."""
    s = doc.sents[si]
    toks = doc.toks
    for k in range(s.lo, s.hi):
        t = toks[k]
        if k in covered:
            continue
        if t.ar:
            titles = _AR_ROYAL.get(t.key)
            if titles is None or k + 1 >= s.hi:
                continue
            state = L.NATIONALITY.get(toks[k + 1].key)
            lo, hi = k, k + 1  # (the adjective keeps its own mention)
            if state is None or (
                    k > s.lo and toks[k - 1].key in L.AR_HONORIFIC_WORDS) or \
                    _name_follows(doc, covered, k + 2, s.hi) or \
                    (k + 2 < s.hi and toks[k + 2].key in _AR_NOT_REIGNING):
                continue
        else:
            titles = _EN_ROYAL.get(t.key)
            if titles is None or k == s.lo:
                continue
            p = toks[k - 1]
            c = covered.get(k - 1)
            if c is not None and c.etype == "Country" and c.poss and c.hi == k:
                state, before = c.eid, c.lo - 1  # "Jordan's king"
            elif p.key in L.NATIONALITY and k - 2 >= s.lo and toks[k - 2].key == "the":
                state, before = L.NATIONALITY[p.key], k - 3  # "the Jordanian monarch"
            else:
                continue
            lo = k  # (the state keeps its own mention)
            if before >= s.lo and toks[before].key in _EN_NOT_REIGNING or \
                    _name_follows(doc, covered, k + 1, s.hi) or \
                    (k + 1 < s.hi and toks[k + 1].key in ("of", "-designate", "designate")):
                continue
            hi = k + 1
        if not state.startswith("country:"):
            continue
        eid = _royal_of(doc, state, titles, out)
        if eid is None:
            continue
        me = make_mention(doc, si, lo, hi, eid, kind="desc")
        out.append(me)
        for x in range(lo, hi):
            covered[x] = me
