"""Which of the dead can "the martyred / late president" be? (session 66)

``coref_peers.deceased_person`` gives a description of a dead person ("the slain general",
"the martyred president", «الرئيس الشهيد») the latest person a killing word is about. After a
crash that killed a president and the governor beside him ("Also martyred were Malek Rahmati,
governor of East Azerbaijan, ..."), "succeeding the martyred president" went to the governor,
named last. ``office_fit`` (passed by ``title_holder_checks.deceased_description``) keeps only
the dead who may hold the description's office: a known person whose gazetteer titles or
description name it, a new one whom the article titled so ("President X", "X, the president
of ...", "X, governor of Y," read as a governor) or did not title at all. Offices read: president,
governor, prime minister / premier (English head word; Arabic «الرئيس» right before its dead
qualifier, «الرئيس الشهيد / الراحل»)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from loaders.extract import lexicon as L
from loaders.extract.desc_article_titles import titled_in_article

if TYPE_CHECKING:
    from loaders.extract.mentions import Doc

# the office word of the description -> words of a title or description that fit it
_EN_OFFICES: dict[str, tuple[str, ...]] = {
    "president": ("president",),
    "governor": ("governor",),
    "premier": ("premier", "prime minister"),
}
_AR_PRESIDENT = L._ar("الرئيس")
_AR_DEAD = L._ar("الشهيد", "الراحل", "الفقيد")


def office_fit(doc: Doc, k: int) -> Callable[[str], bool] | None:
    """For the dead-person description whose title word is at *k*: a test of the people it may
    stand for, or None when its office is none of those read here."""
    toks = doc.toks
    t = toks[k]
    if t.ar:
        if t.key not in _AR_PRESIDENT or k + 1 >= len(toks) or toks[k + 1].key not in _AR_DEAD:
            return None
        fitting = _EN_OFFICES["president"]
    else:
        key = t.key
        if key == "prime" and k + 1 < len(toks) and toks[k + 1].key == "minister":
            key = "premier"
        fitting = _EN_OFFICES.get(key)
        if fitting is None:
            return None
    return lambda eid: _may_hold(doc, eid, fitting)


def _may_hold(doc: Doc, eid: str, fitting: tuple[str, ...]) -> bool:
    """May *eid* hold the office of the *fitting* words (see the module docstring)?"""
    e = doc.gaz.get(eid)
    if e is not None and (e.titles or e.description):
        profile = " ".join((*e.titles, e.description or "")).lower()
        return any(w in profile for w in fitting)
    words = _bare_apposition(doc, eid)
    titled = titled_in_article(doc, eid, fitting)
    if words:
        return bool(titled) or any(w in words for w in fitting)
    return titled is not False


def _bare_apposition(doc: Doc, eid: str) -> str:
    """The words of an apposition of a bare office noun right after a name of *eid* ("X,
    governor of East Azerbaijan,": "governor of east azerbaijan"), English only."""
    toks = doc.toks
    out: list[str] = []
    for m in doc.ments:
        if m.eid != eid or m.kind != "name" or toks[m.lo].ar:
            continue
        x = m.hi
        if x + 1 >= len(toks) or toks[x].text != "," or toks[x + 1].cap or \
                toks[x + 1].key not in L.EN_TITLE_WORDS:
            continue
        for y in range(x + 1, min(x + 8, len(toks))):
            if toks[y].punct:
                break
            out.append(toks[y].key)
    return " ".join(out)
