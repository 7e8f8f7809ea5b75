"""ASSASSINATED_BY (session 70): a confession that one shot or killed a person the text says
was killed.

- Arabic: «اعترف / أقرّ X بأنه أطلق النار على Y»، «..., أقرّ فيها بأنه أطلق النار على Y»،
  «اعترف X بأنه قتل Y»;
- English: "X confessed (that) he (had) shot Y", "X admitted to shooting Y".

X is the confessor: the person right after the confession verb (VSO), else its subject. The
act clause must open with «أنه / بأنه» (Arabic) or follow the verb with at most "that he
(had)" / "to" (English). A shooting is a killing only when an earlier sentence of the text told
that Y was killed (``desc_alive._killed_before``): "confessed he shot Y in the leg" about a
living Y gives nothing. Not read: a negated or planned confession ("لم يعترف", "denied he
shot"), a confession that names no person after the act. Run on the shooting cue («النار»,
"shot" / "shooting") or on «قتل» right after «بأنه / أنه».
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.desc_alive import _killed_before
from loaders.extract.dispatch import needs

AB = "ASSASSINATED_BY"
_AR_CONFESS = L._ar("اعترف", "اعترفت", "يعترف", "تعترف", "أقر", "أقرت", "يقر", "تقر",
                    "اعترافه", "اعترافاته")
_AR_THAT_HE = L._ar("بأنه", "أنه", "بانه", "انه", "بأنّه", "أنّه")
_AR_FIRE = L._ar("النار")
_AR_FIRE_OR_KILL = _AR_FIRE | L._ar("قتل")
_AR_FIRED = L._ar("أطلق", "اطلق")
_AR_ON = L._ar("على")
_EN_SHOT = frozenset({"shot", "shooting"})
_EN_CONFESS = frozenset({"confessed", "confesses", "admitted", "admits"})
_EN_BETWEEN = frozenset({"that", "he", "she", "had", "to"})


def _confessor(sr: Any, v: int, end: int) -> Any:
    """The person who confesses with the verb at *v*: named between the verb and *end*
    (VSO), else (Arabic) the nearest person named before the verb, (English) its subject."""
    m = sr.after(v + 1, types=("Person",), maxgap=1)
    if m is not None and m.hi <= end and m.kind == "name":  # (not «بأنه» read as a pronoun)
        return m
    if sr.toks[v].ar:  # «اعترافات المتهم X، وهو ضابط ...، أقرّ فيها بأنه»: the man named before
        return next((m for m in reversed(sr.args) if m.etype == "Person" and m.kind == "name"
                     and m.hi <= v and v - m.hi <= 16), None)
    return sr.subject_before(v, maxgap=20)


def _confession_ar(sr: Any, t: int) -> tuple[int, int] | None:
    """(confession verb, act verb) of «اعترف X بأنه أطلق النار / قتل» ending at *t*."""
    act = t - 1 if sr.f(t) & _AR_FIRE else t
    if act != t and not sr.f(act) & _AR_FIRED:
        return None
    if not sr.f(act - 1) & _AR_THAT_HE:
        return None
    for v in range(act - 2, max(sr.lo, act - 10) - 1, -1):
        if sr.f(v) & _AR_CONFESS:
            return v, act
        if sr.toks[v].text in (".", ";", ":"):
            return None
    return None


def _confession_en(sr: Any, t: int) -> int | None:
    """The confession verb of "confessed (that) he (had) shot" / "admitted to shooting"."""
    v = t - 1
    while v > sr.lo and v > t - 5 and sr.key(v) in _EN_BETWEEN:
        v -= 1
    if sr.key(v) not in _EN_CONFESS:
        return None
    if sr.key(t) == "shooting" and sr.key(t - 1) != "to" and t - 1 != v:
        return None
    return v


@needs((_AR_FIRE_OR_KILL, _EN_SHOT))
def confessed_shot(sr: Any) -> None:
    """The confessor killed the person he says he shot (module doc)."""
    ar = sr.toks[sr.lo].ar
    for t in sr.triggers(_AR_FIRE_OR_KILL, _EN_SHOT):
        if ar:
            found = _confession_ar(sr, t)
            if found is None:
                continue
            v, act = found
            start = t + 1
            if act != t:  # «أطلق النار على Y»
                if not sr.f(t + 1) & _AR_ON:
                    continue
                start = t + 2
            victim = sr.after(start, types=("Person",), maxgap=1)
            shooting = act != t
        else:
            v = _confession_en(sr, t)
            if v is None:
                continue
            act = t
            victim = sr.after(t + 1, types=("Person",), maxgap=1)
            shooting = True
        if victim is None:
            continue
        killer = _confessor(sr, v, act)
        if killer is None or killer.etype != "Person" or killer.eid == victim.eid or \
                sr.blocked(v, killer):
            continue
        if shooting and not _killed_before(sr.doc, victim.eid, sr.si):
            continue
        sr.add(AB, victim.eid, killer.eid, "confessed_shot")
