"""MET_WITH (English, session 61): unnamed counterparts, then their side named.

"Fidan, Güler and Kalın hosted their Syrian counterparts in Ankara. The Syrian side was led by
A and included B and C": the hosts met A, B and C, and A, B and C met each other (as
``meeting_sides_en.side_included_en`` pairs the members of a side). The first sentence names
no guest ("hosted / met / received / welcomed his / their <nationality> counterpart(s)" with no
name after it); the second, one or two sentences on, opens with "The <same nationality> side /
delegation / team" and names its people after "led / headed by" and "included / including /
comprised". Not after a negated, planned or remote meeting (``SentenceCore.blocked``).
Run by ``meetings_en.meetings_en`` on its cue words.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.meeting_sides_en import EN_SIDE_NOUNS

EN_COUNTERPART = frozenset({"counterpart", "counterparts"})
_EN_HOST_VERBS = frozenset({"hosted", "hosts", "met", "meets", "received", "receives",
                            "welcomed", "welcomes"})
_EN_OWNERS = frozenset({"his", "her", "their"})
_EN_MEMBER_CUES = frozenset({"included", "includes", "including", "comprised", "comprising"})
_STATE = "_counterpart_side_en"
_PERSON = ("Person",)


def _record_hosts(sr: Any) -> None:
    """Remember "X (and Y) hosted their <nat> counterparts" (no counterpart named): the hosts
    and the nationality, for the next two sentences."""
    for t in sr.triggers(frozenset(), EN_COUNTERPART):
        nat = L.NATIONALITY.get(sr.key(t - 1))
        if nat is None or sr.key(t - 2) not in _EN_OWNERS:
            continue
        v = t - 3 if sr.key(t - 3) != "with" else t - 4
        if sr.key(v) not in _EN_HOST_VERBS or sr.key(v - 1) in ("was", "were", "been", "be"):
            continue
        after = sr.after(t + 1, types=_PERSON, maxgap=1)
        if after is not None:
            continue  # "hosted his Syrian counterpart(,) Asaad al-Shaibani": the base rules
        subj = sr.subject_before(v)
        if subj is None or subj.etype != "Person" or sr.blocked(v, subj):
            continue
        chain = sr.chain(subj, _PERSON)
        for h in [m for m in sr.args if m.hi <= subj.lo and subj in sr.chain(m, _PERSON)]:
            chain = sr.chain(h, _PERSON)  # "X, Y and Z hosted": the list from its first
            break
        hosts = [m.eid for m in chain]
        sr.doc.state[_STATE] = (sr.si, nat, hosts)


def _side_members(sr: Any, start: int) -> list[Any]:
    """The people named after "led / headed by" and "included / including / comprised" from
    *start* to the end of the sentence (each list a chain)."""
    out: list[Any] = []
    x = start
    while x < sr.hi:
        k = sr.key(x)
        s = None
        if k in ("led", "headed") and sr.key(x + 1) == "by":
            s = x + 2
        elif k in _EN_MEMBER_CUES:
            s = x + 1
        if s is None:
            x += 1
            continue
        first = sr.after(s, types=_PERSON, maxgap=6)
        if first is None or any(sr.toks[y].text in (".", ";") for y in range(s, first.lo)):
            x += 1
            continue
        for m in sr.chain(first, _PERSON):
            if m not in out:
                out.append(m)
        x = max(x + 1, out[-1].hi)
    return out


def counterpart_side_en(sr: Any) -> None:
    """Unnamed counterparts hosted, then their side named (module doc)."""
    _record_hosts(sr)
    if sr.key(sr.lo) != "the" or sr.key(sr.lo + 2) not in EN_SIDE_NOUNS:
        return
    nat = L.NATIONALITY.get(sr.key(sr.lo + 1))
    si, hnat, hosts = sr.doc.state.get(_STATE, (-9, None, []))
    if nat is None or nat != hnat or not 1 <= sr.si - si <= 2:
        return
    members = _side_members(sr, sr.lo + 3)
    if not members or sr.blocked(sr.lo + 2, members[0]):
        return
    for i, a in enumerate(members):
        for p in [*hosts, *(o.eid for o in members[i + 1:])]:
            if p != a.eid:
                sr.add("MET_WITH", a.eid, p, "counterpart_side_en")


# ---- Arabic: "استقبل X نظيره السوري / وفداً سورياً. وترأس الوفد (السوري) A، وضم B" --------
_AR_HOST_VERBS = L._ar("استقبل", "التقى", "استضاف", "اجتمع", "يستقبل", "يلتقي", "يستضيف",
                       "استقبلت", "التقت", "استضافت")
_AR_COUNTERPARTS = L._ar("نظيره", "نظيرها", "نظيريه", "نظيريهما", "نظراءه", "نظراءهم",
                         "نظرائه", "نظرائهم", "نظراءهما", "وفدا", "وفداً", "وفد")
_AR_THE_DELEGATION = L._ar("الوفد", "الجانب")
_AR_HEAD_VERBS = L._ar("ترأس", "وترأس", "يترأس", "ويترأس", "رأس", "ورأس", "يرأس", "ويرأس",
                       "قاد", "وقاد", "يقود", "ويقود")
_AR_MEMBER_VERBS = L._ar("ضم", "وضم", "يضم", "ويضم", "تألف", "وتألف", "شمل", "وشمل")
_AR_STATE = "_counterpart_side_ar"


def _nat_ar(sr: Any, x: int) -> str | None:
    """The country of the nationality adjective at *x* ("السوري", "سورياً", "السوريين")."""
    k = sr.key(x)
    return L.NATIONALITY.get(k) or (L.NATIONALITY.get(k[:-1]) if k.endswith("ا") else None)


def _record_hosts_ar(sr: Any) -> None:
    """Remember "استقبل X (وY) نظيره / نظراءه / وفداً <nat>" (no guest named after it)."""
    for t in sr.with_forms(_AR_COUNTERPARTS, sr.lo + 1, sr.hi - 1):
        nat = _nat_ar(sr, t + 1)
        if nat is None or sr.after(t + 2, types=_PERSON, maxgap=2) is not None:
            continue  # ("نظيره السوري أسعد الشيباني": the base rules)
        v = next((y for y in range(t - 1, max(sr.lo, t - 14) - 1, -1)
                  if sr.f(y) & _AR_HOST_VERBS), None)
        if v is None or any(sr.toks[y].text in (".", ";", ":") for y in range(v, t)):
            continue
        first = sr.after(v + 1, types=_PERSON, maxgap=8)
        if first is None or first.lo >= t or sr.blocked(v, first):
            continue
        hosts = [m.eid for m in sr.chain(first, _PERSON) if m.hi <= t]
        sr.doc.state[_AR_STATE] = (sr.si, nat, hosts)


def _members_ar(sr: Any, x: int) -> list[Any]:
    """The people right after the verb + "الوفد (<nat>)" at *x* (the head), then after a
    member verb ("وضم B وC")."""
    out: list[Any] = []
    for y in range(x, sr.hi):
        if not (sr.f(y) & _AR_HEAD_VERBS or sr.f(y) & _AR_MEMBER_VERBS):
            continue
        s = y + 1
        if sr.f(s) & _AR_THE_DELEGATION:
            s += 1 + (_nat_ar(sr, s + 1) is not None)
        first = sr.after(s, types=_PERSON, maxgap=4)
        if first is None or any(sr.toks[z].punct for z in range(s, first.lo)):
            continue
        for m in sr.chain(first, _PERSON):
            if m not in out:
                out.append(m)
    return out


def counterpart_side_ar(sr: Any) -> None:
    """Arabic half of the module: the hosts of unnamed counterparts or of an unnamed
    delegation met the people the next sentence names as its head and members ("وترأس الوفد
    السوري A، وضم B"), and these met each other."""
    _record_hosts_ar(sr)
    si, hnat, hosts = sr.doc.state.get(_AR_STATE, (-9, None, []))
    if not hosts or not 1 <= sr.si - si <= 2:
        return
    d = next((y for y in range(sr.lo, min(sr.hi, sr.lo + 4)) if sr.f(y) & _AR_THE_DELEGATION
              and sr.f(y - 1) & (_AR_HEAD_VERBS | _AR_MEMBER_VERBS)), None)
    if d is None:
        return
    nat = _nat_ar(sr, d + 1)
    if nat is not None and nat != hnat or sr.key(d) == "الجانب" and nat is None:
        return
    members = [m for m in _members_ar(sr, d - 1) if m.eid not in hosts]
    if not members or sr.blocked(d, members[0]):
        return
    for i, a in enumerate(members):
        for p in [*hosts, *(o.eid for o in members[i + 1:])]:
            if p != a.eid:
                sr.add("MET_WITH", a.eid, p, "counterpart_side_ar")
