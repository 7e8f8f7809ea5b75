"""A title with no name is the holder of that title the article names (session 71).

A headline «جليلي يستقبل المدير العام للوكالة الدولية للطاقة الذرية» (or "Jalili receives the
IAEA chief") reads the title alone as the gazetteer's holder of the office today (Grossi); the
body then names the holder of the article's day with that very title («المدير العام للوكالة
الدولية للطاقة الذرية يوكيا أمانو»). ``title_named_holder`` (after all sentences are read)
hands such descriptions over to the one person the article names with the same role of the
same body, when the person they were read as is named nowhere in the article. Not a holder
titled as a past one ("the former IAEA chief X", «المدير العام السابق للوكالة X»).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract import lexicon as L

if TYPE_CHECKING:
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
    titled: dict[tuple, set[str]] = {}
    for m in ments:
        if m.kind == "name" and m.etype == "Person":
            named.add(m.eid)
            if m.role_org and not _titled_past(doc, m):
                titled.setdefault((m.role, m.role_org), set()).add(m.eid)
    changed = False
    for m in ments:
        if m.kind != "desc" or not m.role_org or m.etype != "Person" or m.eid in named:
            continue
        holders = titled.get((m.role, m.role_org))
        if holders is not None and len(holders) == 1:
            m.eid = next(iter(holders))
            changed = True
    if changed:
        doc.mentions_changed()
