"""ASSASSINATED_BY: killings told by a phrasal verb or an "operation" noun.

- English active phrasal verbs: "Israeli troops shot dead X", "soldiers shot X dead", "Y
  gunned down X", "Israel took out / has taken out X", "Y struck down X", "the IDF said it
  took out X" (the speaker: session 58) (the subject is the killer; a person
  must follow: "shot down a drone", "took out a loan" are none);
- Arabic "نفّذ Y عملية اغتيال / تصفية X" and "عملية اغتيال X نفّذتها Y"; "أطلق Y النار على X
  فأرداه / فأردوه قتيلاً"; the active verbs "أردت Y X قتيلاً" (shot X dead) and "قضت Y على X"
  (finished X off), the agent right after the verb (session 20).

Negatives: a court's sentence ("قضت المحكمة على X بالسجن"), "قضى X" alone (died: read
elsewhere only with a strike), no killer named ("gunmen shot dead X", "shot dead by unknown assailants"), a
negated or planned act ("did not take out X", "planned to gun down X"), a speaker ("X said
troops shot dead Y": the troops).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from loaders.extract import lexicon as L
from loaders.extract.dispatch import register_triggers
from loaders.extract.kill_aka_object_ar import aka_described_object_ar
from loaders.extract.kill_quoted_verb_ar import (
    AR_FINISHED,
    AR_NEUTRALISED,
    before_quotes,
    forces_speaker_ar,
)
from loaders.extract.kill_said_it import speaker_it_killed
from loaders.extract.mention_core import QUOTES
from loaders.extract.rule_common import EMPTY, title_start

if TYPE_CHECKING:
    from loaders.extract.mentions import Mention
    from loaders.extract.relations import SentenceCore

AB = "ASSASSINATED_BY"
_AGENTS = ("Country", "Organization")
_PERSON = ("Person",)

_EN_PHRASAL = frozenset({"shot", "gunned", "took", "struck", "shoots", "guns", "taken", "takes"})
_EN_PARTICLE = {"shot": "dead", "gunned": "down", "took": "out", "struck": "down",
                "shoots": "dead", "guns": "down", "taken": "out", "takes": "out"}
# (the present of headlines, session 20; "has taken out X", session 56)
_EN_HAD = frozenset({"had", "has", "have", "reportedly", "also", "now", "already"})
_EN_PRONOUNS = frozenset({"it", "they", "he", "she", "we"})
_EN_STOP = frozenset({"that", "said", "says", ",", ";", "who", "which", "and"})
# the armed men of a body named right before them: "Islamic State gunmen shot dead X"
_EN_ARMED_MEN = frozenset({"gunmen", "fighters", "militants", "militiamen", "operatives",
                           "commandos", "insurgents", "members", "assailants"})
# what may stand before such a subject ("that suspected Taliban gunmen ..."; not "soldiers
# fighting Islamic State militants shot dead X": the soldiers)
_EN_ARMED_OPENERS = frozenset({"the", "that", "and", "when", "after", "as", "where", "suspected",
                               "armed", "two", "three", "several"})


def _en_subject(sr: SentenceCore, v: int) -> str | None:
    """The killer before the verb at *v*: a country / body named right before it (past
    had / reportedly), else the nationality of its noun phrase ("Israeli soldiers")."""
    y = v - 1
    while y > sr.lo and sr.key(y) in _EN_HAD:
        y -= 1
    m = sr.mention_at.get(y)
    if m is not None and m.hi == y + 1:
        return m.eid if m.etype in _AGENTS else None
    if sr.key(y) in _EN_PRONOUNS:
        return None  # "... in Yemen as it had struck down X": not Yemen
    if sr.key(y) in _EN_ARMED_MEN:
        m = sr.mention_at.get(y - 1)
        if m is not None and m.hi == y and m.etype == "Organization" and (
                m.lo == sr.lo or sr.toks[m.lo - 1].punct or
                sr.key(m.lo - 1) in _EN_ARMED_OPENERS):
            return m.eid  # "Taliban gunmen shot dead X" (session 21)
    lo = y
    while lo > max(sr.lo, y - 3) and sr.key(lo - 1) not in _EN_STOP and \
            not sr.toks[lo - 1].punct:
        lo -= 1
    return sr.nat_agent(lo, y + 1, skip_bodies=True)


def _en_victim(sr: SentenceCore, v: int) -> Mention | None:
    """The person killed by the phrasal verb at *v*: "shot dead X", "shot X dead",
    "gunned down X"."""
    part = _EN_PARTICLE[sr.key(v)]
    if sr.key(v + 1) == part:
        m = sr.after(v + 2, types=_PERSON, maxgap=2)
        if m is None and sr.key(v + 2) in ("a", "an"):
            return _apposed_to_indefinite(sr, v + 2)  # "shot dead a commander, X,"
        if m is not None and m.poss:
            return None  # "took out X's name from the list", "shot dead X's bodyguard"
        return m if m is not None and not any(sr.toks[z].punct for z in range(v + 2, m.lo)) \
            else None
    if part == "dead":  # "shot X dead"
        m = sr.after(v + 1, types=_PERSON, maxgap=2)
        if m is not None and sr.key(m.hi) == "dead":
            return m
    return None


def _apposed_to_indefinite(sr: SentenceCore, a: int) -> Mention | None:
    """X of "a <description>, X" opening at the article *a* ("shot dead a Baloch Liberation
    Army commander, Bashir Zeb,"; session 51): the description of at most six words holds
    no person or punctuation, and X is named right after its comma."""
    for y in range(a + 1, min(sr.hi, a + 8)):
        if sr.toks[y].text == ",":
            m = sr.after(y + 1, types=_PERSON, maxgap=0)
            return m if m is not None and y > a + 1 else None
        o = sr.mention_at.get(y)
        if sr.toks[y].punct or o is not None and o.etype == "Person":
            return None
    return None


def phrasal_killed_en(sr: SentenceCore) -> None:
    """"Y shot dead / gunned down X", "Y shot X dead"."""
    if _EN_PHRASAL not in sr._by_en:
        return  # (no cue word: no trigger look-up)
    for v in sr.triggers(EMPTY, _EN_PHRASAL):
        if sr.key(v - 1) in ("was", "were", "been", "be", "to"):
            continue  # passive (manner_to_death_by_en) or an infinitive
        victim = _en_victim(sr, v)
        if victim is None:
            continue
        agent = _en_subject(sr, v)
        if agent is None and sr.key(v - 1) in ("it", "they", "had", "has", "have"):
            # "The IDF said it took out X" (session 58): the speaker of "(that) it"
            spk = speaker_it_killed(sr, v)
            agent = spk.eid if spk is not None and spk.etype in _AGENTS else None
        if agent is None or agent == victim.eid or sr.blocked(v) or sr._irrealis(v):
            continue
        for p in sr.chain(victim, _PERSON):
            sr.add(AB, p.eid, agent, "phrasal_killed_en")


_AR_EXECUTED = L._ar("نفذ", "نفذت", "ونفذ", "ونفذت", "نفذا")
_AR_OPERATION = L._ar("عملية", "عمليه")
_AR_KILL_NOUNS = L._ar("اغتيال", "تصفية", "تصفيه", "قتل")
_AR_EXECUTED_IT = L._ar("نفذتها", "نفذها", "نفذوها")
_AR_QAD = L._ar("قد", "كانت", "كان")
_AR_SHOT_DEAD = L._ar("فارداه", "فأرداه", "فاردوه", "فأردوه", "فاردته", "فأردته", "وارداه",
                      "وأرداه", "فارداها", "فأرداها")


def _operation_victim(sr: SentenceCore, x: int) -> Mention | None:
    """"عملية اغتيال (القيادي) X" at *x* (the word عملية): X."""
    if not sr.f(x + 1) & _AR_KILL_NOUNS:
        return None
    m = sr.after(x + 2, types=_PERSON, maxgap=2)
    return m if m is not None and not any(sr.toks[z].punct for z in range(x + 2, m.lo)) \
        else None


def operation_killed_ar(sr: SentenceCore) -> None:
    """"نفّذ Y عملية اغتيال X" / "عملية اغتيال X (قد) نفّذتها Y" / "أطلق Y النار على X
    فأرداه قتيلاً": X killed by Y."""
    if _AR_OPERATION not in sr._by_ar and _AR_SHOT_DEAD not in sr._by_ar:
        return  # (no cue word: no trigger look-up)
    for x in sr.triggers(_AR_OPERATION, EMPTY):
        victim = _operation_victim(sr, x)
        if victim is None:
            continue
        agent: Mention | None = None
        m = sr.mention_at.get(x - 1)
        if m is not None and m.etype in _AGENTS and sr.f(m.lo - 1) & _AR_EXECUTED:
            agent = m  # "نفذت إسرائيل عملية اغتيال X"
        else:
            y = victim.hi
            while y < min(sr.hi, victim.hi + 3) and sr.f(y) & _AR_QAD:
                y += 1
            if sr.f(y) & _AR_EXECUTED_IT:
                agent = sr.after(y + 1, types=_AGENTS, maxgap=0)
        if agent is None or sr.blocked(x) or sr.negated(agent.lo):
            continue
        sr.add(AB, victim.eid, agent.eid, "operation_killed_ar")
    for x in sr.triggers(_AR_SHOT_DEAD, EMPTY):
        on = next((y for y in range(x - 1, max(sr.lo, x - 8) - 1, -1)
                   if sr.key(y) in ("على", "علي")), None)
        if on is None or sr.key(on - 1) != "النار":
            continue
        victim = sr.after(on + 1, types=_PERSON, maxgap=2)
        fire = on - 2  # "أطلق (Y) النار"
        if victim is None or victim.hi > x:
            continue
        lo = next((y for y in range(fire, max(sr.lo, fire - 5) - 1, -1)
                   if sr.key(y).lstrip("و") in ("اطلق", "اطلقت", "اطلقوا")), None)
        if lo is None:
            continue
        agent_id = None
        am = sr.after(lo + 1, types=_AGENTS, maxgap=0)
        if am is not None and am.hi <= on:
            agent_id = am.eid
        else:
            agent_id = sr.nat_agent(lo + 1, on - 1, skip_bodies=True)
        if agent_id is None or sr.blocked(lo):
            continue
        sr.add(AB, victim.eid, agent_id, "operation_killed_ar")


# active verbs with the agent first: "أردت قوات Y X قتيلاً", "قضت Y على X" (not "قضى X": died)
_AR_SHOT_DEAD_V = L._ar("أردى", "أردت", "أردوا")
# and "neutralised" (kill_quoted_verb_ar.AR_NEUTRALISED, session 61): «أن جهاز الاستخبارات
# التركي «حيّد» القيادي في Z X»
_AR_AGENT_VERBS = _AR_SHOT_DEAD_V | AR_FINISHED | AR_NEUTRALISED
_AR_DEAD_ACC = L._ar("قتيلا", "قتيلاً", "قتيلة", "قتيلةً")
_AR_ON = L._ar("على")
# "قضى الجيش على المدعو X" (the so-called X: the wording of an army's own statements)
_AR_SO_CALLED = L._ar("المدعو", "المدعوة", "المدعوين")
_AR_ON_HIM = L._ar("عليه", "عليها")
_AR_WHO = L._ar("الذي", "التي")
_ON_GAP = 8  # tokens between "قضى (Y)" and its "على": a date or "في غارة دقيقة" (session 37),
# "في غارة دقيقة في منطقة حارة حريك" (session 52)
_AR_THAT_IT = L._ar("إنه", "أنه", "انه", "بأنه", "بانه", "إنها", "أنها", "انها", "بأنها", "بانها")
_AR_SAY_V = L._ar("قال", "قالت", "أعلن", "أعلنت", "أكد", "أكدت", "ذكر", "ذكرت", "أفاد", "أفادت")
# a court's ruling ("قضت المحكمة على X بالسجن / بالإعدام"), not a killing
_AR_COURT = L._ar("محكمة", "المحكمة", "القضاء", "القاضي", "بالسجن", "بالإعدام", "بالحبس",
                  "بغرامة", "حكما", "حكماً", "غيابيا", "غيابياً", "بالمؤبد")


def _on_after(sr: SentenceCore, end: int) -> int | None:
    """The "على" of "قضى (Y)" at *end* or up to ``_ON_GAP`` tokens on ("قضى Y في غارة دقيقة
    على X"), no punctuation between; None else."""
    for y in range(end, min(end + 1 + _ON_GAP, sr.hi)):
        if sr.toks[y].punct and sr.toks[y].text not in QUOTES:  # ('"قضى" على X')
            return None
        if sr.f(y) & _AR_ON:
            return y
    return None


def _speaker_before(sr: SentenceCore, y: int) -> Any:
    """The body that said "إنه / أنها" at *y*: "قال / أعلن Y (في بيان) إنه قضى على X" (Y right
    after the verb of saying, at most two words between Y and *y*, no punctuation)."""
    for z in range(y - 1, max(sr.lo, y - 3) - 1, -1):
        if sr.toks[z].punct:
            return None
        m = sr.mention_at.get(z)
        if m is not None:
            return m if m.etype in _AGENTS and sr.f(m.lo - 1) & _AR_SAY_V else None
    return None


def _relative_victim(sr: SentenceCore, x: int) -> tuple[Any, Any] | None:
    """"X، الذي قضى عليه Y": (X, Y), X the person the relative clause hangs on, Y the body
    right after "عليه"."""
    if not (sr.f(x - 1) & _AR_WHO and sr.f(x + 1) & _AR_ON_HIM):
        return None
    agent = sr.after(x + 2, types=_AGENTS, maxgap=0)
    w = x - 2 - int(sr.toks[x - 2].punct if x - 2 >= sr.lo else 0)
    victim = sr.mention_at.get(w)
    if agent is None or victim is None or victim.etype != "Person":
        return None
    return victim, agent


def _said_it_agent(sr: SentenceCore, x: int) -> Any:
    """"أعلن / قال الجيش الإسرائيلي (في بيان) أنه "قضى" على X": the body that says "it"
    finished X off (``_speaker_before``; a quotation mark around the verb allowed); None
    else."""
    y = x - 1
    while y > sr.lo and sr.toks[y].punct and sr.toks[y].text in QUOTES:
        y -= 1
    return _speaker_before(sr, y) if y > sr.lo and sr.f(y) & _AR_THAT_IT else None


def agent_verb_killed_ar(sr: SentenceCore) -> None:
    """"أردت Y X قتيلاً" (Y shot X dead) / "وقضت Y على X" (Y finished X off, also with a date
    or place before "على" and "المدعو" before X) / "X، الذي قضى عليه Y" / «أن Y «حيّد» القيادي
    X» (neutralised, a titled object; session 61): X killed by the body named next to the verb
    (past quotation marks around the verb, or the speaker of "its aircraft", session 61)."""
    if _AR_AGENT_VERBS not in sr._by_ar:
        return
    for x in sr.triggers(_AR_AGENT_VERBS, EMPTY):
        finished = bool(sr.f(x) & AR_FINISHED)
        neutralised = bool(sr.f(x) & AR_NEUTRALISED)
        rel = _relative_victim(sr, x) if finished else None
        if rel is not None:
            victim, agent = rel
        else:
            agent = sr.after(x + 1, types=_AGENTS, maxgap=0)
            end = agent.hi if agent is not None else x + 1
            if agent is None:  # SVO: "إن Y قضت على X", 'أن Y "قضت" على X' (session 61)
                b = before_quotes(sr, x)
                agent = sr.mention_at.get(b)
                if agent is None and finished:
                    # "وأعلن الجيش أنه قضى على X" / «أن طائراته «قضت» على X» (session 61)
                    agent = _said_it_agent(sr, x) or forces_speaker_ar(sr, b)
                elif agent is not None and (agent.etype not in _AGENTS or agent.hi != b + 1):
                    agent = None
                if agent is None:
                    continue
            on = _on_after(sr, end) if finished else None
            if finished and on is None:
                continue  # "قضت إسرائيل عاماً ..." / "قضى X في غارة": no object
            start = on + 1 if on is not None else end
            while start < sr.hi - 1 and sr.toks[start].text in QUOTES:
                start += 1  # "أنه "قضى على" X": the verb quoted with its preposition (s58)
            if finished and sr.f(start) & _AR_SO_CALLED:
                start += 1  # "قضى جيش الدفاع على المدعو X"
            victim = sr.after(start, types=_PERSON, maxgap=2)
            aka = None
            if neutralised and (victim is None or victim.kind != "name"):  # «حيّد زعيم
                aka = aka_described_object_ar(sr, start)  # التنظيم، المكنى X» (s70)
                victim = aka or victim
            if victim is None or aka is None and title_start(victim) > start:
                continue  # "قضت Y على آمال X": X's hopes, not X
            if neutralised and aka is None and (victim.tlo != start or victim.kind != "name"):
                continue  # only a titled name right after the verb ("حيّد القيادي X"; not
                # a description, «حيّدت زعيم تنظيم ...», which may stand for another man)
        if not (finished or neutralised) and \
                not (sr.f(victim.hi) | sr.f(victim.hi + 1)) & _AR_DEAD_ACC:
            continue  # "أردى" without "قتيلاً" ("أرداه جريحاً": wounded)
        if any(sr.f(z) & _AR_COURT for z in range(x + 1, min(sr.hi, victim.hi + 4))):
            continue
        if sr.blocked(x) or sr.negated(x):
            continue
        sr.add(AB, victim.eid, agent.eid, "agent_verb_killed_ar")


for _pair in ((EMPTY, _EN_PHRASAL), (_AR_OPERATION, EMPTY), (_AR_SHOT_DEAD, EMPTY),
              (_AR_AGENT_VERBS, EMPTY)):
    register_triggers(*_pair)
