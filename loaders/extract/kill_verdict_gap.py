"""ASSASSINATED_BY: a court's verdict whose killer or victim stands apart from the verdict
words (session 41, ``kill``).

``kill_claims_verdicts.verdict_killer`` reads the killer right next to the verdict ("a court
sentenced X to death for killing Y", "حكماً بالإعدام بحق X بعد إدانته بقتل Y"). News often
puts a description of the convicted person between the two, or names the victim only by a
pronoun:

- "بحق المدان X، الضابط برتبة ملازم في وزارة الداخلية، بعد إدانته بقتل Y" (an apposition
  between the killer and "إدانته");
- "X, a Hezbollah member convicted in absentia by a tribunal of killing Y" (the killer is the
  head of the apposition the reduced relative describes);
- "Y: a commander shot in a park; a court found X guilty of his murder" (the victim is the one
  other person the sentence names before the killer).

Only a verdict, not a charge nor a requested verdict ("asked judges to find X guilty"):
``verdict_killer``'s filters of suspicion run before and do not see these. Nothing when the
apposition names another person, holds a clause word or a nested noun phrase, or when the
pronoun has more than one candidate or stands in the verdict's own clause.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.dispatch import needs
from loaders.extract.kill_claims_verdicts import (
    _AR_KILL_NOUN_B,
    _AR_VERDICT,
    _EN_KILL_GERUND,
    _EN_VERDICT,
)
from loaders.extract.kill_claims_verdicts import _EN_KILL_NOUN_OF as _EN_KILL_NOUN
from loaders.extract.kill_victim_lists import apposition_head
from loaders.extract.rule_common import EN_PASSIVE_AUX

AB = "ASSASSINATED_BY"

_AR_CONVICTION = L._ar("إدانته", "ادانته", "بإدانته", "بادانته", "لإدانته", "لادانته")
_AR_AFTER = L._ar("بعد", "إثر", "اثر")
_EN_DET = frozenset({"a", "an", "the"})
# a clause inside the apposition: it is no description of the convicted person
_EN_CLAUSE = frozenset({"who", "whom", "whose", "which", "that", "and", "said", "says", "but"})
# a nested noun phrase inside the apposition: the participle is its ("the lawyer for the man
# convicted of killing Y": not the lawyer)
_EN_NESTED = frozenset({"of", "for", "to", "on", "with"})
_EN_HIS = frozenset({"his", "her"})


def _add(sr: Any, victim: Any, killer: Any, t: int) -> None:
    """Add *victim* -> *killer* unless either is missing, they are one, or the verdict at *t*
    is blocked (negated, hypothetical) for the killer."""
    if victim is None or killer is None or victim.eid == killer.eid or \
            killer.etype != "Person" or sr.blocked(t, killer):
        return
    sr.add(AB, victim.eid, killer.eid, "verdict_gap")


def _ar(sr: Any) -> None:
    """"بحق (المدان) X، <apposition>، (بعد) إدانته بقتل Y" -> Y by X."""
    for t in sr.triggers(_AR_CONVICTION, frozenset()):
        kill = t + 1
        if kill >= sr.hi or not sr.f(kill) & _AR_KILL_NOUN_B:
            continue
        near = sr.before(t, types=("Person",), maxgap=3)
        if near is not None and near.kind == "name":
            continue  # a name next to the verdict: verdict_killer's (a description in the
            # apposition is no killer: "X، الضابط في الوزارة، بعد إدانته")
        v = next((y for y in range(t - 1, max(sr.lo, t - 25) - 1, -1)
                  if sr.f(y) & _AR_VERDICT), None)
        if v is None:
            continue
        p = t - 1
        if p > sr.lo and sr.f(p) & _AR_AFTER:
            p -= 1
        if p <= sr.lo or sr.toks[p].text not in ("،", ","):
            continue
        killer = apposition_head(sr, p)
        if killer is not None and not isinstance(killer, int) and sr.blocked(v, killer):
            continue  # "لم تصدر المحكمة حكماً بحق X، ...، بعد إدانته": no verdict
        _add(sr, sr.after(kill + 1, types=("Person",), maxgap=3), killer, t)


def _en_apposed(sr: Any, t: int, vstart: int) -> None:
    """"X, a <noun phrase> convicted ... of killing Y": X, the apposition's head."""
    comma = next((y for y in range(t - 1, max(sr.lo, t - 9) - 1, -1)
                  if sr.toks[y].text == ","), None)
    if comma is None or comma + 1 >= t or sr.key(comma + 1) not in _EN_DET:
        return
    if any(sr.key(y) in _EN_CLAUSE or sr.key(y) in _EN_NESTED or sr.toks[y].punct
           for y in range(comma + 1, t)):
        return
    killer = apposition_head(sr, t)
    if killer is None or isinstance(killer, int) or killer.hi != comma:
        return
    victim = sr.after(vstart, types=("Person",), maxgap=3)
    if victim is not None and any(sr.toks[y].punct for y in range(vstart, victim.lo)):
        return  # the victim right after "killing": not across a comma and a verb
    _add(sr, victim, killer, t)


def _en_his(sr: Any, t: int) -> None:
    """"(found) X guilty of his murder": the victim, the one other person named before X."""
    killer = sr.before(t, types=("Person",), maxgap=0) if sr.key(t) == "guilty" else None
    if killer is None:
        a = t - 1
        if sr.key(a) == "found":
            a -= 1
        if sr.key(a) in EN_PASSIVE_AUX:
            killer = sr.subject_before(a, maxgap=12)
    if killer is None or sr._irrealis(t):
        return  # (not "asked judges to find X guilty": no verdict)
    others = {m.eid for m in sr.args if m.etype == "Person" and m.eid != killer.eid}
    before = [m for m in sr.args if m.etype == "Person" and m.eid != killer.eid and
              m.hi <= killer.lo]
    if len(others) != 1 or not before:
        return
    if not any(sr.toks[y].text in (";", ":", ".") for y in range(before[0].hi, killer.lo)):
        return  # the victim in another clause ("Y ...; a court found X"), not the judge or
        # the speaker of the verdict's own clause ("judge Z found X guilty of his murder")
    _add(sr, before[0], killer, t)


def _en(sr: Any) -> None:
    for t in sr.triggers(frozenset(), _EN_VERDICT):
        prep = "for" if sr.key(t) == "sentenced" else "of"
        x = next((y for y in range(t + 1, min(sr.hi, t + 14))
                  if sr.key(y) == prep or sr.toks[y].text in (";", ":", ".")), None)
        if x is None or sr.key(x) != prep or x + 2 >= sr.hi:
            continue
        if sr.key(x + 1) in _EN_HIS and sr.key(x + 2) in _EN_KILL_NOUN and x == t + 1:
            _en_his(sr, t)
            continue
        y = x + 1 + (sr.key(x + 1) == "the")
        if y + 1 >= sr.hi:
            continue
        if sr.key(y) in _EN_KILL_NOUN and sr.key(y + 1) == "of":
            vstart = y + 2
        elif sr.key(y) in _EN_KILL_GERUND and y == x + 1:
            vstart = y + 1
        else:
            continue
        if sr.after(t + 1, types=("Person",), maxgap=x - t) is not None or \
                sr.key(t - 1) in EN_PASSIVE_AUX or sr.key(t - 1) == "found":
            continue  # the killer after the verb, or the subject: verdict_killer's
        _en_apposed(sr, t, vstart)


@needs((_AR_CONVICTION, _EN_VERDICT))
def verdict_gap(sr: Any) -> None:
    """Add Y -> X of a verdict whose killer X or victim Y stands apart (module doc)."""
    if sr.toks[sr.lo].ar:
        _ar(sr)
    else:
        _en(sr)
