"""VISITED and roles in wire-style prose: the visitor's destination after a visit noun or
"left for" (``visited_more``), and the roles of a body's people, "G appointed X as its commander",
"its spokesman X" (``org_roles_en``)."""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.rule_common import EMPTY
from loaders.extract.wire_cues import (
    _AR_VISIT_NOUNS,
    _EN_APPOINTERS,
    _EN_ITS,
    _EN_LEFT,
    _EN_PASS,
    _EN_ROLE_TRIG,
)
from loaders.extract.wire_meetings import visit_pron_subject

_PLACES = ("Location", "Country")


def visited_more(sr: Any) -> None:
    """VISITED forms the main rules miss: "X left/departed/headed for Y" ("set off for"),
    and Arabic "(سبقتها) زيارة إلى Y التقى فيها ..." whose visitor is the article's visitor
    of the last sentences (no visitor named in the sentence)."""
    if sr.toks[sr.lo].ar:
        for t in sr.triggers(_AR_VISIT_NOUNS, EMPTY):
            if t >= sr.hi - 2 or sr.key(t + 1) not in ("الي", "إلى", "الى"):
                continue
            dest = sr.after(t + 2, types=_PLACES, maxgap=0)
            if dest is None or any(m.etype == "Person" and m.lo < t for m in sr.args):
                continue
            v = next((x for x in range(dest.hi, min(sr.hi, dest.hi + 3))
                      if visit_pron_subject(sr, x) is not None), None)
            if v is None:
                continue
            guest = visit_pron_subject(sr, v)
            if guest is not None and not sr.blocked(t):
                sr.add("VISITED", guest.eid, dest.eid, "visit_there_ar")
        return
    for t in sr.triggers(EMPTY, _EN_LEFT):
        p = t + 1
        if sr.key(t) == "set":
            if sr.key(p) not in ("off", "out"):
                continue
            p += 1
        if sr.key(p) not in ("for", "to") or (sr.key(t) in ("left", "leaves", "leaving") and
                                               sr.key(p) != "for"):
            continue
        dest = sr.after(p + 1, types=_PLACES, maxgap=1)
        if dest is None:
            continue
        who = sr.subject_before(t, maxgap=20)
        if who is None or who.etype != "Person" or sr.blocked(t, who):
            continue
        sr.add("VISITED", who.eid, dest.eid, "left_for_en")


def _its_title(sr: Any, x: int) -> tuple[str | None, int]:
    """Role kind ('lead' / 'member' / None) of the title phrase starting at *x* (after
    qualifiers: "new", "longtime", "acting"), and the token after it."""
    while sr.key(x) in L.EN_QUALIFIERS or sr.key(x) in ("new", "first"):
        x += 1
    words = []
    y = x
    while y < sr.hi and len(words) < 3:
        k = sr.key(y)
        if k == "-":
            y += 1
            continue
        if not k.isalpha():
            break
        words.append(k)
        y += 1
    for n in (3, 2, 1):
        if len(words) >= n:
            phrase = " ".join(words[:n])
            kind = L.EN_TITLES.get(phrase)
            if kind is not None:
                end = x
                seen = 0
                while seen < n:
                    if sr.key(end) != "-":
                        seen += 1
                    end += 1
                role = "lead" if kind in ("lead", "head_state") else (
                    "member" if kind == "member" else None)
                return role, end
    return None, x


def org_roles_en(sr: Any) -> None:
    """"Hezbollah named X as its new secretary-general" -> X LEADS Hezbollah; "... as its
    spokesman" -> MEMBER_OF; "Hezbollah said its longtime leader X ..." -> LEADS. The body
    is the clause's subject (an organisation right before the verb or 'its')."""
    for t in sr.triggers(EMPTY, _EN_ROLE_TRIG):
        k = sr.key(t)
        if k in _EN_APPOINTERS and sr.key(t - 1) not in _EN_PASS:
            org = sr.before(t, types=("Organization",), maxgap=4)
            if org is None or any(m.etype == "Person" and org.hi <= m.lo < t for m in sr.args):
                continue
            new = sr.after(t + 1, types=("Person",), maxgap=1)
            if new is None:
                continue
            x = new.hi
            if sr.key(x) == "as":
                x += 1
            if sr.key(x) not in _EN_ITS:
                continue
            role, _end = _its_title(sr, x + 1)
            if role and not sr.blocked(t, org):
                sr.add("LEADS" if role == "lead" else "MEMBER_OF", new.eid, org.eid,
                       "org_named_its_en")
        elif k in _EN_ITS and sr.key(t - 1) not in ("of",):
            role, end = _its_title(sr, t + 1)
            if role is None:
                continue
            p = sr.after(end, types=("Person",), maxgap=0)
            if p is None:
                continue
            org = sr.before(t, types=("Organization",), maxgap=3)
            if org is None or any(m.etype == "Person" and org.hi <= m.lo < t for m in sr.args):
                continue
            sr.add("LEADS" if role == "lead" else "MEMBER_OF", p.eid, org.eid, "its_title_en")
