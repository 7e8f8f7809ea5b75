"""ASSASSINATED_BY: a killing told in a clause of time with no subject of its own, after the
main clause that names the victim (session 52).

- Arabic: "تولى X قيادة القسام بعد مقتل Y، قبل أن يُقتل (هو الآخر) في غارة إسرائيلية" (the
  imperfect passive after «قبل أن»);
- English: "X led the Qassam Brigades for months before being killed in an Israeli strike".
- Arabic, the active with the victim a pronoun (session 53): "تولى X قيادة الكتائب، قبل أن
  يغتاله الجيش الإسرائيلي / تقتله إسرائيل في غارة" and "قبل أن يعلن الجيش الإسرائيلي
  اغتياله": the body right after the verb killed X.

The victim is the main clause's subject: the sentence's first person, at its start or right
after its opening verb. Not "استقبل K X قبل أن يُقتل ..." (either could be meant: only a
first person at the start qualifies, and the verb there must not be one of meeting or
receiving), nor a person after a preposition; nor with a person right after the verb ("قبل
أن يقتل قائد الشرطة Y": the unvocalised active, its object).
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.dispatch import register_triggers
from loaders.extract.rule_common import EMPTY, title_start

AB = "ASSASSINATED_BY"
_AR_BEFORE = L._ar("قبل", "وقبل")
_AR_THAT = L._ar("أن", "ان")
_AR_KILLED_IMPF = L._ar("يقتل", "يُقتل", "تقتل", "تُقتل", "يغتال", "يُغتال", "تغتال", "تُغتال",
                        "يستشهد", "تستشهد")
_AR_ALSO = L._ar("هو", "هي", "الآخر", "الاخر", "الأخرى", "الاخري", "بدوره", "بدورها", "أيضاً",
                 "أيضا", "ايضا")
# the active with a pronoun object ("قبل أن يغتاله Y"), and "قبل أن يعلن Y اغتياله"
_AR_KILLED_HIM = L._ar("يقتله", "تقتله", "يغتاله", "تغتاله", "يقتلها", "تقتلها", "يغتالها",
                       "تغتالها", "يقتلوه", "يغتالوه")
_AR_ANNOUNCES = L._ar("يعلن", "تعلن")
_AR_KILLED_HIM_CUES = _AR_KILLED_HIM | _AR_ANNOUNCES
_AR_HIS_KILLING = L._ar("اغتياله", "مقتله", "قتله", "تصفيته", "اغتيالها", "مقتلها", "قتلها")
_AR_AGENTS = ("Country", "Organization")
_EN_KILLED = frozenset({"killed", "assassinated"})
_EN_BEING = frozenset({"being"})


def _main_subject(sr: Any) -> Any:
    """The sentence's first person when it opens the sentence or follows its first word (a
    verb, "و" included) that is no meeting or receiving verb; else None."""
    first = next((m for m in sr.args if m.etype == "Person"), None)
    if first is None or first.poss:
        return None
    start = title_start(first)
    lo = sr.lo + (1 if sr.toks[sr.lo].key in ("and", "but") else 0)
    if start == lo:
        return first
    if start == lo + 1 and sr.toks[lo].ar and not sr.toks[lo].punct and \
            not sr.f(lo) & (L.AR_MEET | L.AR_RECEIVE_VERBS) and not first.prefix:
        return first
    return None


def before_being_killed(sr: Any) -> None:
    """"X ... قبل أن يُقتل (هو الآخر) في غارة Y" / "X ... before being killed in a Y strike":
    X killed by Y."""
    ar = sr.toks[sr.lo].ar
    if ar and _AR_KILLED_HIM_CUES in sr.present_sets:
        _killed_him_ar(sr)
    for c in sr.triggers(_AR_KILLED_IMPF, _EN_BEING):
        t = c if ar else c + 1  # (Arabic: the verb; English: "being", the verb after it)
        if t - 2 < sr.lo or t >= sr.hi:
            continue
        if ar:
            if not (sr.f(t - 1) & _AR_THAT and sr.f(t - 2) & _AR_BEFORE):
                continue
        elif not (sr.key(t) in _EN_KILLED and sr.key(t - 2) == "before"):
            continue
        if ar and sr.after(t + 1, types=("Person",), maxgap=2) is not None:
            return  # "قبل أن يَقتل Y" (active, unvocalised) or "قبل أن يُقتل Y": another reading
        victim = _main_subject(sr)
        if victim is None or victim.hi > t - 2:
            return
        k = t + 1
        while ar and k < sr.hi and sr.f(k) & _AR_ALSO:
            k += 1
        if ar and k < sr.hi and sr.toks[k].key.startswith("ال"):
            return  # "قبل أن يُقتل الأخير / القائد بغارة": a subject of its own
        agent, _how = sr._agent_after(k)
        if agent and agent != victim.eid and not sr.blocked(t - 2):
            sr.add(AB, victim.eid, agent, "before_being_killed")
        return


def _killed_him_ar(sr: Any) -> None:
    """"X ...، قبل أن يغتاله Y" / "قبل أن يعلن Y اغتياله": X killed by the body Y."""
    for t in sr.triggers(_AR_KILLED_HIM_CUES, EMPTY):
        if t - 2 < sr.lo or not (sr.f(t - 1) & _AR_THAT and sr.f(t - 2) & _AR_BEFORE):
            continue
        agent = sr.after(t + 1, types=_AR_AGENTS, maxgap=0)
        if agent is None:
            continue
        if sr.f(t) & _AR_ANNOUNCES and not sr.f(agent.hi) & _AR_HIS_KILLING:
            continue  # ("قبل أن يعلن الجيش انسحابه": no killing)
        victim = _main_subject(sr)
        if victim is not None and victim.hi <= t - 2 and not sr.blocked(t - 2):
            sr.add(AB, victim.eid, agent.eid, "before_being_killed")
        return


register_triggers(_AR_KILLED_IMPF, _EN_BEING)
register_triggers(_AR_KILLED_HIM_CUES, EMPTY)
# the caller's gate: one of these word sets in the sentence's present_sets
CUES = frozenset({_AR_KILLED_IMPF, _AR_KILLED_HIM_CUES, _EN_BEING})
