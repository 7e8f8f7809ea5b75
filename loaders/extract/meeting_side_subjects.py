"""MET_WITH: the subject of a side clause is not the main clause's.

- Arabic relative clause: "استقبل X الوزيرَ Y، الذي التقى أيضاً نظيره Z": the relative
  clause's verb has the head Y as subject (Y met Z), so X, the main clause's subject, did
  not meet Z.
- English "as did X": "A flew to Erbil and met the new president, as did X": X met whom A
  met, not A.

Run from ``meeting_checks.unmet_partners`` after every meeting rule, only on a sentence with
a relative pronoun or "as" (its cue sets) and a MET_WITH pair.

- Arabic delegation members (session 19): "وصل X على رأس وفد ضم A وB، والتقى Y": the subject
  carried into "والتقى" is X, not the members listed after "ضم" (``not_delegation_members``,
  asked by ``subjects._carried_subject``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract import lexicon as L
from loaders.extract.dispatch import register_triggers
from loaders.extract.rule_common import title_start

if TYPE_CHECKING:
    from loaders.extract.mention_base import Mention
    from loaders.extract.relations import SentenceRules

AR_WHO = L.AR_REL_PRONOUNS
EN_AS = L._en("as")
register_triggers(AR_WHO, EN_AS)
CUE_SETS = frozenset({AR_WHO, EN_AS})

AR_COMPRISED = L._ar("ضم", "يضم", "تضم", "ضمت")  # "وفد ضم A وB": a delegation's members


def not_delegation_members(sr: SentenceRules, free: list[Mention]) -> list[Mention]:
    """*free* less the people listed after "وفد ضم/يضم" (module doc)."""
    members: set[int] = set()
    for m in free:
        b = title_start(m) - 1
        if b >= sr.lo and sr.toks[b].key in AR_COMPRISED and id(m) not in members:
            members.update(id(c) for c in sr.chain(m, ("Person",)))
    return [m for m in free if id(m) not in members]


_AR_AUX = L._ar("قد", "كان", "أيضا", "ايضا", "بدوره", "بدورها")
_EN_DID = L._en("did", "had", "has", "was", "were", "have", "does", "do")
_PUNCT = ("،", ",")


def _people(sr: SentenceRules) -> list[Mention]:
    return [m for m in sr.args if m.etype == "Person" and m.kind != "ref"]


def _relative_meeting_ar(sr: SentenceRules, drop: set[tuple[str, str]]) -> None:
    """"X ... Y، الذي التقى Z": pairs of X (named before Y) with Z."""
    for w in sr.triggers(AR_WHO, frozenset()):
        if w - 1 <= sr.lo or sr.toks[w - 1].text not in _PUNCT:
            continue
        v = w + 1
        while v < sr.hi and sr.f(v) & _AR_AUX:
            v += 1
        if v >= sr.hi or not sr.f(v) & L.AR_MEET or sr.f(v) & L.AR_MEET_NOUNS:
            continue
        head = next((m for m in reversed(_people(sr)) if m.hi <= w - 1 and w - 1 - m.hi <= 3),
                    None)
        if head is None:
            continue
        end = next((y for y in range(v + 1, sr.hi) if sr.toks[y].text in _PUNCT + (".",)),
                   sr.hi)
        objs = {m.eid for m in _people(sr) if v < m.lo < end}
        before = {m.eid for m in _people(sr) if m.hi <= head.lo} - {head.eid}
        drop.update((b, o) for b in before for o in objs - {b})


def _as_did_en(sr: SentenceRules, drop: set[tuple[str, str]]) -> None:
    """"A met the new president, as did X": pairs of X with A."""
    for a in sr.triggers(frozenset(), EN_AS):
        if sr.key(a + 1) not in _EN_DID or sr.toks[a - 1].text != ",":
            continue
        x = sr.after(a + 2, types=("Person",), maxgap=6)
        if x is None or any(sr.toks[y].punct for y in range(a + 2, x.lo)):
            continue
        t = next((y for y in range(a - 1, sr.lo - 1, -1) if sr.key(y) in L.EN_MEET), -1)
        if t < 0:
            continue
        subj = sr.subject_before(t)
        if subj is not None and subj.eid != x.eid:
            drop.add((subj.eid, x.eid))


def side_clause_subjects(sr: SentenceRules) -> None:
    """Drop the pairs a side clause's own subject does not make (module doc)."""
    if not any(r.type == "MET_WITH" for r in sr.out):
        return
    drop: set[tuple[str, str]] = set()
    if sr.toks[sr.lo].ar:
        _relative_meeting_ar(sr, drop)
    else:
        _as_did_en(sr, drop)
    if not drop:
        return
    drop |= {(b, a) for a, b in drop}
    sr.out[:] = [r for r in sr.out if not (r.type == "MET_WITH" and (r.source, r.target) in drop)]
