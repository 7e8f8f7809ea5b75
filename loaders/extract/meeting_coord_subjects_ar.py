"""Arabic meetings with coordinated subjects before one object (session 24, meetargs).

VSO: "التقى رئيس الكتلة النائب A والمعاون السياسي لبري النائب B العمادَ C في مكتب"، "التقى
وزير المالية A وحاكم المصرف B في واشنطن المدير C": A and B (joined by و, a title of B's own
between) are the subjects, C the object; the base rules read A-B only ("التقى A B": B the
object). SVO with a dual or plural verb: "A وB يلتقيان في العاصمة C"، "A وB التقيا C": the base
rules pair the last subject with C only. :func:`coordinated_subjects_ar` adds every subject
with C (the subjects' own pair is kept: they met C together).

C is a named person after the last subject (after the verb in SVO), past a place phrase at
most ("في واشنطن"), with no و, ب or ل before it and no punctuation between; in VSO it is
marked by the accusative ("العمادَ") or stands past a place phrase, or right after B.
Not: "التقى A وزيرَ الخارجية B" (وزير is a title, no conjunction), "التقى A B وC" (one
subject, two objects), a negated or planned verb.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.rule_common import person_at, title_start

_AR_W_TITLES = L.AR_W_TITLE_WORDS | L._ar("وزراء", "وزارة")
_AR_DUAL_MEET = L._ar("التقيا", "اجتمعا", "التقوا", "اجتمعوا", "يلتقيان", "يجتمعان",
                      "التقتا", "اجتمعتا", "تلتقيان", "تجتمعان", "يلتقون", "يجتمعون")
_AR_VSO_MEET = L._ar("التقى", "والتقى", "يلتقي", "ويلتقي", "استقبل", "واستقبل", "يستقبل",
                     "ويستقبل", "التقت", "والتقت", "استقبلت", "واستقبلت", "تلتقي", "وتلتقي")
_FATHA = ("\u064e", "\u064b")
_GAP = 5  # tokens of B's own title before his title phrase: "والمعاون السياسي لبري"


def _plain(m: Any) -> bool:
    """No و, ب or ل on *m* (its title's first token included)."""
    return not m.prefix and not m.in_title and m.etype == "Person"


def _waw_joined(sr: Any, a: Any) -> Any:
    """The person joined to *a* by و within `_GAP` words ("A والمعاون السياسي لبري النائب B"),
    else None."""
    x = a.hi
    if x >= sr.hi or not sr.toks[x].ar:
        return None
    k = sr.key(x)
    glued = person_at(sr, x)  # "وجاريد كوشنر": و on the name itself
    if glued is not None and glued.prefix == "و" and not glued.in_title:
        return glued
    if not k.startswith("و") or k in _AR_W_TITLES or not (
            k == "و" or (k[1:].startswith("ال") and len(k) > 4) or
            k[1:] in L.AR_TITLE_FIRST):
        return None
    b = next((m for m in sr.args if m.lo >= x and m.etype == "Person" and not m.in_title and
              m.prefix.lstrip("و")[:1] != "ل"), None)  # (past "لبري" in B's own title)
    if b is None or title_start(b) - x > _GAP or b.prefix.lstrip("و")[:1] == "ب" or \
            any(sr.toks[y].punct for y in range(x, title_start(b))):
        return None
    return b


def _drop_title_complements(sr: Any, subjects: list[Any]) -> None:
    """Drop the pairs of a subject with a person in a later subject's title ("والمعاون
    السياسي لبري النائب B": Berri is no partner)."""
    ids = {s.eid for s in subjects}
    inner = {m.eid for m in sr.args if m.etype == "Person" and m.eid not in ids and any(
        a.hi <= m.lo and m.hi <= title_start(b) for a, b in zip(subjects, subjects[1:], strict=False))}
    if inner:
        sr.out[:] = [r for r in sr.out if not (
            r.type == "MET_WITH" and ({r.source, r.target} & inner) and
            ({r.source, r.target} & ids))]


def waw_members(sr: Any, a: Any) -> list[Any]:
    """*a* and the people joined to it by و (`_waw_joined`), at most four."""
    out = [a]
    while len(out) < 4:
        b = _waw_joined(sr, out[-1])
        if b is None:
            break
        out.append(b)
    return out


def _place_end(sr: Any, x: int) -> int:
    """Past "في" + up to three words (a place: "في واشنطن"، "في العاصمة") at *x*."""
    if sr.key(x) not in ("في", "فى"):
        return x
    y = x + 1
    while y < min(sr.hi, x + 4) and not sr.toks[y].punct and person_at(sr, y) is None:
        y += 1
    return y


def _object_after(sr: Any, x: int, ids: set[str], marked: bool) -> Any:
    """The named person starting at *x* or past a place phrase there, plain; with *marked*,
    only an accusative one or one past a place phrase."""
    y = _place_end(sr, x)
    if sr.key(y).startswith("نظير"):  # "نظيرَهما السوري C": their counterpart
        y += 2 if sr.key(y + 1) in L.NATIONALITY else 1
    c = person_at(sr, y)
    if c is None or not _plain(c) or c.kind != "name" or c.eid in ids:
        return None
    k = sr.key(y)
    if sr.toks[y].ar and k.startswith("و") and not sr.f(y) & _AR_W_TITLES and (
            k[1:] in L.AR_TITLE_FIRST or k[1:3] == "ال"):
        return None  # "ورئيس الحكومة C": one more member, not the object
    if marked and y == x and not sr.toks[y].text.endswith(_FATHA):
        return None
    return c


def _pairs(sr: Any, subjects: list[Any], obj: Any) -> None:
    for s in subjects:
        if s.eid != obj.eid:
            sr.add("MET_WITH", s.eid, obj.eid, "coord_subjects_ar")


def coordinated_subjects_ar(sr: Any, triggers: list[int]) -> None:
    """Every coordinated subject met the one object (module doc)."""
    for t in triggers:
        f = sr.f(t)
        if f & _AR_VSO_MEET:
            a = sr.after(t + 1, types=("Person",), maxgap=2)
            if a is None or not _plain(a) or any(sr.toks[y].punct
                                                  for y in range(t + 1, title_start(a))):
                continue
            subjects = waw_members(sr, a)
            if len(subjects) < 2:
                continue
            obj = _object_after(sr, subjects[-1].hi, {s.eid for s in subjects}, True)
        elif f & _AR_DUAL_MEET:
            last = next((m for m in sr.args if m.hi == t and m.etype == "Person"), None)
            if last is None:
                continue
            subjects = []
            for m in sr.args:
                if m.hi <= last.lo and m.etype == "Person" and _plain(m):
                    ch = waw_members(sr, m)
                    if last in ch:
                        subjects = ch[: ch.index(last) + 1]
                        break
            if len(subjects) < 2:
                continue
            obj = _object_after(sr, t + 1, {s.eid for s in subjects}, False)
        else:
            continue
        if obj is None or sr.blocked(t, subjects[0]):
            continue
        _drop_title_complements(sr, subjects)
        _pairs(sr, subjects, obj)
        for i, s in enumerate(subjects):
            for s2 in subjects[i + 1:]:  # they met the object together
                if s.eid != s2.eid:
                    sr.add("MET_WITH", s.eid, s2.eid, "coord_subjects_ar")
