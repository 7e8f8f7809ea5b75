"""MET_WITH: Arabic meetings held or gathered by a list of people (session 19, second round).

- "اجتماعاً أمنياً رفيع المستوى جمع X وY مع Z وW": the verb جمع / ضم may follow the meeting
  noun past up to three adjective words (:func:`joined_verb_after_ar`, used by
  ``meetings._met_svo``), and the second group may come after "مع" as well as بـ;
- "عقد X ونظيراه Y وZ، الثلاثاء، قمة ثلاثية" / "عقد X وY (يوم الأحد) اجتماعاً": the people
  listed between the verb "held" and the meeting noun (a summit too) met each other
  (:func:`held_together_ar`); a short comma insert (the day, the place) may stand before the noun;
- session 64: "ترأس X وY اجتماع اللجنة" (co-chaired) as "عقد", and each listed person may
  carry his title after the name, set off by a comma: "ترأس X أمير البلاد المفدى، وأخوه
  فخامة الرئيس Y رئيس الجمهورية التركية، اجتماع الدورة التاسعة للجنة" (``_title_after``);
- "التقى X نظيريه الروسي Y والإيراني Z": the counterparts met (dual or plural "his
  counterparts", after a meeting verb, or "وقّع" since session 49) met each other too
  (:func:`counterparts_met_ar`);
- "ترأس الوفد السعودي X، فيما ترأس الجانب الإيراني Y": the heads of the two sides of talks
  met (:func:`heads_of_sides_ar`); not in an article about indirect talks ("غير المباشرة").
  Since session 49 with the members told after each head ("X، وضم Y، فيما ترأس ... Z، يرافقه
  W"): every participant met every other.

Not read: a single holder ("عقد X قمة"), a meeting with a partner after the noun ("عقد X وY
اجتماعاً مع Z": other rules read it), names past a full stop or a clause word; plans and
negation block (``SentenceCore.blocked`` / ``hypothetical``).
"""

from __future__ import annotations

import re
from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.rule_common import EMPTY, title_start

_JOINED = L._ar("جمع", "جمعت", "ضم", "ضمت")
AR_HELD_TOGETHER = L._ar("عقد", "وعقد", "عقدت", "وعقدت")
_SUMMIT = L._ar("قمة", "قمةً", "قمه")
_HELD_NOUNS = L.AR_MEET_NOUNS | _SUMMIT
_NEG = L._ar("لم", "ولم", "لن", "ولن", "لا", "ولا", "ما")
AR_COUNTERPARTS = L._ar("نظيريه", "ونظيريه", "نظرائه", "ونظرائه", "نظراءه", "ونظراءه")
# the past verbs of meeting_signed_ar.AR_SIGNED (not imported: that module imports this one
# through core_recall_objects)
_AR_SIGNED = L._ar("وقع", "ووقع", "وقعت", "ووقعت")
AR_HEADED = L._ar("ترأس", "وترأس", "ترأست", "وترأست")
_SIDE = L._ar("الوفد", "الجانب", "وفد", "جانب")
# a side's members after its head: "وضم Y", "يرافقه Y", "برفقة Y"
_WITH_HIM = L._ar("وضم", "ضم", "ويضم", "يضم", "وضمّ", "يرافقه", "ويرافقه", "برفقة", "ترافقه",
                  "يرافقها", "ويرافقها")
_INDIRECT = re.compile(r"غير\s+(?:ال)?مباشر")
_INSERT = 8  # words of a comma insert ("، الثلاثاء،") before the noun


def joined_verb_after_ar(sr: Any, t: int) -> int | None:
    """Token of "جمع / ضم / بين" right after the meeting noun at *t*, or of "جمع / ضم" past up
    to three adjective words ("اجتماعاً أمنياً رفيع المستوى جمع"), else None."""
    if sr.key(t + 1) in ("جمع", "جمعت", "ضم", "بين"):
        return t + 1
    for x in range(t + 2, min(sr.hi, t + 5)):
        if sr.f(x) & _JOINED:  # (not under a negation of the verb before the noun)
            return None if any(sr.key(w) in _NEG for w in range(max(sr.lo, t - 8), t)) else x
        tk = sr.toks[x - 1]
        if tk.punct or not tk.ar or any(a.lo <= x - 1 < a.hi for a in sr.args):
            return None
    return None


_TITLE_AFTER = 6  # words of a title told after a name, up to its comma


def _title_after(sr: Any, m: Any) -> int | None:
    """The comma closing a title told right after the person *m* ("X أمير البلاد المفدى،",
    "Y رئيس الجمهورية التركية،": a title word first, then Arabic words of no person), else
    None."""
    n = m.hi
    if n >= sr.hi or sr.toks[n].punct or sr.key(n) not in L.AR_TITLE_FIRST:
        return None
    for x in range(n + 1, min(sr.hi, n + _TITLE_AFTER + 1)):
        if sr.toks[x].text in ("،", ","):
            return x
        if sr.toks[x].punct or not sr.toks[x].ar or any(
                a.lo <= x < a.hi and a.etype == "Person" for a in sr.args):
            return None
    return None


def held_together_ar(sr: Any) -> None:
    """Add the pairs of the people who held a meeting together (module doc)."""
    for v in sorted(sr.triggers(AR_HELD_TOGETHER, EMPTY) + sr.triggers(AR_HEADED, EMPTY)):
        first = sr.after(v + 1, types=("Person",), maxgap=4)
        if first is None or any(sr.toks[x].punct for x in range(v + 1, first.lo)):
            continue
        if any(v < a.lo < first.lo for a in sr.args):
            continue  # the verb's subject is the first listed
        members = _listed(sr, first, titled=True)
        if len(members) < 2:
            continue
        n = members[-1].hi
        c = _title_after(sr, members[-1])
        if c is not None and sr.f(c + 1) & _HELD_NOUNS:
            n = c + 1  # "... وY رئيس الجمهورية التركية، اجتماع" (session 64)
        elif n + 1 < sr.hi and sr.toks[n].text in ("،", ",") and sr.f(n + 1) & _HELD_NOUNS:
            n += 1  # "... والرئيس Y، اجتماع" (the list set off by a comma: session 64)
        elif n < sr.hi and sr.toks[n].text in ("،", ","):  # "، الثلاثاء،"
            close = next((x for x in range(n + 1, min(sr.hi, n + _INSERT + 1))
                          if sr.toks[x].text in ("،", ",")), None)
            if close is None or any(a.lo < close and a.hi > n and a.etype == "Person"
                                    for a in sr.args):
                continue
            n = close + 1
        if not sr.f(n) & _HELD_NOUNS:
            continue
        if any(sr.key(x) == "مع" or sr.key(x).startswith(("مع", "بين"))
               for x in range(n + 1, min(sr.hi, n + 4))):
            continue  # "عقد X وY اجتماعاً مع Z"
        if sr.blocked(v, members[0]) or sr.hypothetical(v):
            continue
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                sr.add("MET_WITH", a.eid, b.eid, "held_together_ar")


def _listed(sr: Any, first: Any, titled: bool = False) -> list[Any]:
    """The people listed from *first*: its chain, continued past "ونظيراه الروسي Y والتركي Z"
    (each next member after a و-word and at most two more title words, no punctuation), and
    past a title of the next member ("وقائد قوات سوريا الديمقراطية (قسد) Y"); *titled*: also
    past a member's own title told after his name up to a comma ("X أمير البلاد، وأخوه Y")."""
    out = [m for m in sr.chain(first) if m.etype == "Person"]
    while out:
        n = out[-1].hi
        c = _title_after(sr, out[-1]) if titled else None
        if c is not None and sr.toks[c + 1].key.startswith("و"):
            n = c + 1
        m = next((a for a in sr.args if a.lo >= n and a.etype == "Person"), None)
        if m is None or not sr.toks[n].key.startswith("و"):
            break
        if title_start(m) != n and (not 1 <= m.lo - n <= 3 or any(
                a.lo >= n and a.lo < m.lo for a in sr.args) or any(
                sr.toks[x].punct or not sr.toks[x].ar for x in range(n, m.lo))):
            break  # (not "وقائد قوات سوريا الديمقراطية (قسد) Y": a title of Y's own)
        out.append(m)
    return out


def counterparts_met_ar(sr: Any) -> None:
    """"التقى X نظيريه الروسي Y والإيراني Z": Y and Z met too (module doc)."""
    meets = sr.triggers(L.AR_MEET, EMPTY) or sr.triggers(_AR_SIGNED, EMPTY)
    for t in sr.triggers(AR_COUNTERPARTS, EMPTY):
        if not any(v < t for v in meets) or sr.blocked(t):
            continue
        first = sr.after(t + 1, types=("Person",), maxgap=2)
        if first is None or any(sr.toks[x].punct for x in range(t + 1, first.lo)):
            continue
        members = _listed(sr, first)
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                sr.add("MET_WITH", a.eid, b.eid, "counterparts_met_ar")


def _side_head(sr: Any, v: int) -> Any:
    """The person heading the side named after the verb at *v* ("ترأس الوفد السعودي
    (رئيس الاستخبارات) X"), no punctuation between, else None."""
    if not sr.f(v + 1) & _SIDE:
        return None
    m = sr.after(v + 2, types=("Person",), maxgap=8)
    if m is None or m.etype != "Person" or any(sr.toks[x].punct for x in range(v + 1, m.lo)):
        return None
    return m


def heads_of_sides_ar(sr: Any) -> None:
    """"ترأس الوفد X، فيما ترأس الجانب Y": X met Y (module doc)."""
    vs = sr.triggers(AR_HEADED, EMPTY)
    if len(vs) < 2 or _INDIRECT.search(sr.doc.text):
        return
    for v1, v2 in zip(vs, vs[1:], strict=False):
        if not sr.f(v2 - 1) & L.AR_WHILE or sr.toks[v2 - 2].text not in ("،", ","):
            continue
        x, y = _side_head(sr, v1), _side_head(sr, v2)
        if x is None or y is None or x.eid == y.eid or sr.blocked(v1, x):
            continue
        own = _side_members(sr, x.hi, v2 - 2)  # "X، وضم Y، فيما ترأس ..."
        if own is None:
            continue
        theirs = _side_members(sr, y.hi, sr.hi) or []  # "... Z، يرافقه W"
        people = [x, *own, y, *theirs]
        for i, a in enumerate(people):  # every participant of the talks met every other
            for b in people[i + 1:]:  # (the newest writers pair a side's members too)
                if a.eid != b.eid:
                    sr.add("MET_WITH", a.eid, b.eid, "heads_of_sides_ar")


def _side_members(sr: Any, lo: int, hi: int) -> list[Any] | None:
    """The people a side's head brings, told right after him (from token *lo*) up to *hi*:
    "، وضم Y (وZ)" / "، يرافقه Y" / "، برفقة Y" (session 49); [] when *lo* is *hi* (nothing
    told), None when something else stands there."""
    if lo >= hi:
        return [] if lo == hi else None
    if sr.toks[lo].text not in ("،", ",") or not sr.f(lo + 1) & _WITH_HIM:
        return None
    first = sr.after(lo + 2, types=("Person",), maxgap=8)
    if first is None or first.hi > hi or any(sr.toks[z].punct for z in range(lo + 2, first.lo)):
        return None
    members = [m for m in sr.chain(first, ("Person",)) if m.hi <= hi]
    end = members[-1].hi
    if end != hi and not (end < sr.hi and sr.toks[end].text in ("،", ",", ".")):
        return None
    return members
