"""A title with no name is the holder of that title the article names (session 71).

A headline «جليلي يستقبل المدير العام للوكالة الدولية للطاقة الذرية» (or "Jalili receives the
IAEA chief") reads the title alone as the gazetteer's holder of the office today (Grossi); the
body then names the holder of the article's day with that very title («المدير العام للوكالة
الدولية للطاقة الذرية يوكيا أمانو»). ``title_named_holder`` (after all sentences are read)
hands such descriptions over to the one person the article names with the same role of the
same body, when the person they were read as is named nowhere in the article. Not a holder
titled as a past one ("the former IAEA chief X", «المدير العام السابق للوكالة X»).

Session 72: with no holder titled so in the article, the one person it names (with no past
title) whom the gazetteer gives that office of that body with a tenure ("The UN
Secretary-General met Saleh ... Ban Ki-moon said": Ban, not Guterres); else, when the dateline's
year lies outside today's holder's tenure, the one known holder of that year («صنعاء، 12 مارس
2011 - ... الأمين العام للأمم المتحدة»: Ban).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract import lexicon as L
from loaders.extract.guarded_title import dateline_year, tenures

if TYPE_CHECKING:
    from loaders.extract.gazetteer_entry import Entry
    from loaders.extract.mention_core import Mention
    from loaders.extract.mentions import Doc

_PAST = L._ar("السابق", "الأسبق", "الاسبق", "سابق", "السابقة", "الراحل", "آنذاك", "حينها") | \
    frozenset({"former", "ex", "late", "then"})


def _titled_past(doc: Doc, m: Mention) -> bool:
    """Is a word of *m*'s title, or the one right before it, a past one ("former")?"""
    lo = m.tlo if 0 <= m.tlo < m.lo else m.lo
    return any(doc.toks[x].key in _PAST for x in range(max(0, lo - 1), m.lo))


def title_named_holder(doc: Doc) -> None:
    """Hand each description (kind ``desc``, a role of a body) of a person the article does
    not name over to the one person named with that role of that body."""
    ments = doc.ments
    if not any(m.kind == "desc" and m.role_org for m in ments):
        return  # (most articles: no unnamed title of a body)
    named: set[str] = set()
    past: set[str] = set()
    titled: dict[tuple, set[str]] = {}
    for m in ments:
        if m.kind == "name" and m.etype == "Person":
            named.add(m.eid)
            if m.role_org and not _titled_past(doc, m):
                titled.setdefault((m.role, m.role_org), set()).add(m.eid)
            elif m.role_org or (m.tlo >= 0 and _titled_past(doc, m)):
                past.add(m.eid)  # ("former President Rouhani": no holder of the day)
    changed = False
    for m in ments:
        if m.kind != "desc" or not m.role_org or m.etype != "Person" or m.eid in named:
            continue
        holders = titled.get((m.role, m.role_org))
        if holders is not None and len(holders) == 1:
            m.eid = next(iter(holders))
            changed = True
        elif holders is None:
            other = _holder_named_untitled(doc, m.eid, m.role_org, named - past) or \
                _holder_of_the_year(doc, m.eid, m.role_org)
            if other is not None:
                m.eid = other
                changed = True
    if changed:
        doc.mentions_changed()


def _same_office(held: Entry, e: Entry, body: str) -> bool:
    """Does the gazetteer entry *e* hold a title of *held* (today's holder) of the same body,
    named *body* ("United Nations"): "<title> of (the) <body>" in its description with a
    tenure ("Secretary-General of the United Nations (2007-2016)"; not "chief of the
    Tehreek-i-Taliban Pakistan" for the Taliban), or a body *held* leads in its ``leads``?"""
    if e.type != "Person" or held.id == e.id or set(held.titles).isdisjoint(e.titles):
        return False
    desc = (e.description or "").lower()
    if not tenures(desc):
        return False
    low = body.lower()
    return any(f"{t} of the {low}" in desc or f"{t} of {low}" in desc
               for t in set(held.titles) & set(e.titles)) or \
        any(o in held.leads for o in e.leads)


def _holder_named_untitled(doc: Doc, eid: str, org: str, named: set[str]) -> str | None:
    """The one person the article names (without the title) whom the gazetteer gives the
    office the description *eid* was read as ("the UN Secretary-General met Saleh ... Ban
    Ki-moon said": Ban, not Guterres; session 72), else None."""
    held, body = doc.gaz.get(eid), doc.gaz.get(org)
    if held is None or body is None or not body.name or not held.titles:
        return None
    year = dateline_year(doc)
    fit = [q for q in named if (e := doc.gaz.get(q)) is not None and
           _same_office(held, e, body.name) and (
               year is None or any(a <= year <= b for a, b in tenures(e.description or "")))]
    return fit[0] if len(fit) == 1 else None


def _holder_of_the_year(doc: Doc, eid: str, org: str) -> str | None:
    """When the article's dateline gives a year outside the tenure of today's holder *eid*,
    the one known holder of his office in that year («صنعاء، 12 مارس 2011 - ... الأمين العام
    للأمم المتحدة»: Ban Ki-moon; session 72), else None."""
    held, body = doc.gaz.get(eid), doc.gaz.get(org)
    if held is None or body is None or not body.name or not held.titles:
        return None
    spans = tenures(held.description or "")
    year = dateline_year(doc) if spans else None
    if year is None or any(a <= year <= b for a, b in spans):
        return None
    key = (id(doc.gaz), eid, org, year)
    if key not in _OF_THE_YEAR:  # (a scan of the gazetteer: once per office and year)
        fit = [e.id for e in doc.gaz.entries.values() if _same_office(held, e, body.name) and
               any(a <= year <= b for a, b in tenures(e.description or ""))]
        _OF_THE_YEAR[key] = fit[0] if len(fit) == 1 else None
    return _OF_THE_YEAR[key]


_OF_THE_YEAR: dict[tuple[int, str, str, int], str | None] = {}  # (per gazetteer)
