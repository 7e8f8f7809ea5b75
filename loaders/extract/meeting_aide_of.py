"""MET_WITH: "met the adviser to the prime minister (X)": the aide was met, not the head.

A title that is the title of another office ("المستشار الأمني لرئيس الوزراء", "المتحدث باسم
الرئيس", "مدير مكتب رئيس الوزراء", "adviser to the prime minister", "spokesman for the
president", "deputy of the foreign minister") followed by a name: the name is the aide
("التقى X المستشار الأمني لرئيس الوزراء العراقي قاسم الأعرجي": X met al-Araji, as now). The
head of the other office named right after the head's title is not the partner:

- English "met the spokesman for President Y" / "an adviser to Prime Minister Y": Y;
- Arabic, when Y is known to hold that office (gazetteer title: "لرئيس الوزراء محمد شياع
  السوداني") or another name follows Y's ("... السوداني قاسم الأعرجي": the second is the aide,
  who takes Y's place in the pairs).

Y, named nowhere else in the sentence, loses this sentence's MET_WITH pairs. Called by
``meeting_checks.unmet_partners`` on a sentence holding one of the aide nouns (``CUE_SETS``).
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.dispatch import register_triggers
from loaders.extract.rule_common import title_start
from loaders.textnorm import fold_ar

_EN_AIDES = frozenset({"adviser", "advisor", "advisers", "advisors", "spokesman",
                       "spokeswoman", "spokesperson", "deputy", "aide", "aides"})
_EN_OF = frozenset({"to", "for", "of"})
_AR_AIDES = L._ar("مستشار", "المستشار", "مستشارة", "المستشارة", "مستشاري", "المتحدث",
                  "المتحدثة", "الناطق", "الناطقة", "متحدث", "ناطق", "مكتب")
_AR_AIDE_ADJ = L._ar("الأمني", "الخاص", "الخاصة", "الإعلامي", "السياسي", "العسكري",
                     "الدبلوماسي", "الاقتصادي", "الأول", "الرسمي", "الرسمية", "الأمنية",
                     "الإعلامية", "السياسية")
_AR_OFFICE_HEAD = L._ar("مدير", "رئيس", "ومدير")
# the head's title (folded Arabic) -> a word of a gazetteer title that fits it
_AR_HEAD_FITS = tuple((fold_ar(ar), en) for ar, en in (
    ("رئيس الوزراء", "prime minister"), ("رئيس الحكومة", "prime minister"),
    ("وزير الخارجية", "foreign minister"), ("وزير الدفاع", "defen"),
    ("رئيس الجمهورية", "president"), ("الرئيس", "president"), ("رئيس", "president"),
    ("الملك", "king"), ("الأمير", "emir")))

register_triggers(_AR_AIDES, _EN_AIDES)
CUE_SETS = frozenset({_AR_AIDES, _EN_AIDES})


def _aide_before_en(sr: Any, s: int) -> bool:
    """"adviser to / spokesman for / deputy of (the) <title> Y" ending at title start *s*."""
    y = s - 1
    if sr.key(y) == "the":
        y -= 1
    return sr.key(y) in _EN_OF and sr.key(y - 1) in _EN_AIDES and \
        sr.toks[s - 1].text != ","


def _aide_before_ar(sr: Any, s: int) -> bool:
    """"المستشار (الأمني) لرئيس ..." / "المتحدث باسم الرئيس ..." / "مدير مكتب رئيس ..."."""
    first = sr.key(s)
    y = s - 1
    if sr.f(y) & L.AR_IN_THE_NAME_OF:  # "المتحدث باسم الرئيس"
        return bool(sr.f(y - 1) & _AR_AIDES)
    if first.startswith("ل") or first.startswith("لل"):
        n = 0
        while n < 2 and sr.f(y) & _AR_AIDE_ADJ:
            y, n = y - 1, n + 1
        return bool(sr.f(y) & _AR_AIDES) and sr.key(y) not in ("مكتب",)
    # "مدير مكتب رئيس الوزراء": the construct chain of an office
    return sr.key(y) in ("مكتب", "لمكتب") and bool(sr.f(y - 1) & _AR_OFFICE_HEAD)


def _holds_office_ar(sr: Any, m: Any, s: int) -> bool:
    """Does the gazetteer give *m* the office named by his title (tokens s..m.lo)?"""
    e = sr.doc.gaz.get(m.eid)
    if e is None or not e.titles:
        return False
    title = " ".join(sr.key(x) for x in range(s, m.lo))
    title = "ال" + title[2:] if title.startswith("لل") else title.removeprefix("ل")
    prof = " ".join(e.titles).lower()
    for ar, en in _AR_HEAD_FITS:
        if title.startswith(ar):
            return en in prof
    return False


def aides_not_heads(sr: Any) -> None:
    """Drop the MET_WITH pairs of this sentence with a head of office named only after an
    aide's title; a name right after his (Arabic) takes his place (module doc)."""
    heads: list[tuple[Any, Any]] = []  # (head mention, aide mention or None)
    for m in sr.args:
        if m.etype != "Person" or m.kind != "name":
            continue
        s = title_start(m)
        if s >= m.lo or s - 2 < sr.lo:
            continue
        if not sr.toks[m.lo].ar:
            if _aide_before_en(sr, s):
                heads.append((m, None))
            continue
        if not _aide_before_ar(sr, s):
            continue
        nxt = sr.mention_at.get(m.hi)
        if nxt is not None and (nxt.etype != "Person" or nxt.kind != "name"):
            nxt = None
        if nxt is not None or _holds_office_ar(sr, m, s):
            heads.append((m, nxt))
    if not heads:
        return
    elsewhere = {o.eid for o in sr.args if o.etype == "Person" and
                 all(o is not h for h, _a in heads)}
    for head, aide in heads:
        if head.eid in elsewhere:
            continue
        partners = [r.target if r.source == head.eid else r.source for r in sr.out
                    if r.type == "MET_WITH" and r.sent == sr.si and
                    head.eid in (r.source, r.target)]
        sr.out[:] = [r for r in sr.out if not (
            r.type == "MET_WITH" and r.sent == sr.si and head.eid in (r.source, r.target))]
        if aide is not None:
            for p in partners:
                if p != aide.eid:
                    sr.add("MET_WITH", p, aide.eid, "aide_not_head")
