"""ASSASSINATED_BY: a named gunman who fired on a person told as killed (session 70, helper
``agents70``), Arabic.

"X ... الذي قُتل برصاص أحد حراسه ... . وكان ممتاز قادري، وهو عنصر في الشرطة، قد أطلق النار
على X ..." / "... . وأطلق المسلح Z النار على X": Z killed X when X is a person one of the three
sentences before (or this one, before the verb) says was killed with no agent
(``kill_claim_later.note_unclaimed``). The gunman opens the sentence («وكان Z (، aside،) قد
أطلق») or stands right after the verb («أطلق (المسلح) Z النار»); the victim is the person right
after «النار على».

Not read: a shot at someone not told as killed («أطلق Z النار على X فأصابه»: only wounded, or
no killing word), a person accused or suspected of firing («اتهم Z بإطلاق النار»: no finite
verb; «يُشتبه في أن Z أطلق»: a hedge), a negated verb, a body firing (the strike rules).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract import lexicon as L
from loaders.extract.dispatch import register_triggers
from loaders.extract.rule_common import EMPTY

if TYPE_CHECKING:
    from loaders.extract.mentions import Mention
    from loaders.extract.relations import SentenceCore

AB = "ASSASSINATED_BY"
AR_FIRED = L._ar("أطلق", "وأطلق", "اطلق", "واطلق", "فأطلق")
GUNMAN_CUES = frozenset({AR_FIRED})  # (the gate in relations.run, with "unclaimed" noted)
_AR_FIRE = L._ar("النار", "الرصاص", "النيران")
_AR_ON = L._ar("على", "علي")
_AR_WAS_QAD = L._ar("وكان", "كان")
_AR_QAD = L._ar("قد")
_AR_WOUNDED = L._ar("فأصابه", "فأصابته", "وأصابه", "فجرحه", "وجرحه", "فأصيب", "وأصيب")
_BACK = 3  # sentences back to the killing
register_triggers(AR_FIRED, EMPTY)


def _subject_before(sr: SentenceCore, x: int) -> Mention | None:
    """The person of «وكان Z (، aside،) قد أطلق» opening the sentence."""
    if not sr.f(x - 1) & _AR_QAD or not sr.f(sr.lo) & _AR_WAS_QAD:
        return None
    m = sr.mention_at.get(sr.lo + 1) or sr.mention_at.get(sr.lo + 2)
    return m if m is not None and m.etype == "Person" and m.kind == "name" else None


def _dead_noted(sr: SentenceCore, x: int) -> set[str]:
    """The people noted as killed with no agent before *x*: this sentence or three back."""
    return {e for s_, hi, e in sr.doc.state.get("unclaimed", ())
            if sr.si - _BACK <= s_ < sr.si or s_ == sr.si and hi <= x}


def gunman_named_ar(sr: SentenceCore) -> None:
    """"وكان Z قد أطلق النار على X" / "وأطلق المسلح Z النار على X", X told as killed: X by Z."""
    if "unclaimed" not in sr.doc.state or not sr.toks[sr.lo].ar:
        return
    for x in sr.triggers(AR_FIRED, EMPTY):
        gunman = _subject_before(sr, x)
        y = x + 1
        if gunman is None:
            m = sr.after(y, types=("Person",), maxgap=2)
            if m is None or m.kind != "name" or any(sr.toks[z].punct for z in range(y, m.lo)):
                continue
            gunman, y = m, m.hi
        if not sr.f(y) & _AR_FIRE or not sr.f(y + 1) & _AR_ON:
            continue
        victim = sr.mention_at.get(y + 2)
        if victim is None or victim.lo != y + 2 or victim.etype != "Person" or \
                victim.eid == gunman.eid or victim.eid not in _dead_noted(sr, x):
            continue
        if any(sr.f(z) & _AR_WOUNDED for z in range(victim.hi, min(sr.hi, victim.hi + 3))):
            continue
        if sr.negated(x) or sr.blocked(x, gunman) or sr._irrealis(x):
            continue
        if not any(r.type == AB and r.source == victim.eid for r in sr.out):
            sr.add(AB, victim.eid, gunman.eid, "gunman_named_ar")
