"""ASSASSINATED_BY: a death in a strike with no agent, then in the same sentence the side
that says it carried it out.

"X died in a strike on an underground command post; Israel said it had targeted a meeting
there" / "X was killed in an air raid on Beirut, and the Israeli military said it had
struck him": X by the speaker. Session 20: also "a strike on a flat in Sidon killed X; the
Israeli military said it carried out the strike" (the strike the subject of the killing),
"X, <title>, and Y were among those killed ...; Israel said it had \"eliminated\" both"
(the whole list), and "The Israeli military says X was killed in its air strike" (the
speaker owns the strike: `its_strike_en`). Not when the speaker denies it ("Israel denied it had
targeted him"), accuses another ("Iran said Israel had targeted him": the subject after
"said" is no "it"), or the killing already has an agent.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.dispatch import needs
from loaders.extract.kill_victim_lists import apposition_head
from loaders.extract.rule_common import EMPTY, title_start

AB = "ASSASSINATED_BY"
_EN_DID = frozenset({"targeted", "struck", "hit", "bombed", "attacked", "killed", "eliminated",
                     "carried", "conducted"})
_EN_QUOTES = frozenset({'"', "\u201c", "\u201d", "'", "\u2018", "\u2019"})
_EN_SAID = frozenset({"said", "says", "confirmed", "announced", "acknowledged"})
_EN_IT = frozenset({"it", "they", "its"})
_EN_AUX = frozenset({"had", "has", "have"})
_EN_DIED = frozenset({"died", "killed"})
_EN_STRIKE = frozenset({"strike", "airstrike", "attack", "raid", "bombing", "blast"})
_EN_STRIKE_MOD = L.en_keys("a", "an", "the", "air", "drone", "missile", "israeli", "u.s.",
                           "american", "overnight", "targeted")


def _speaker_did(sr: Any, s: int) -> bool:
    """"said it (had) targeted / struck" at the verb of saying *s*."""
    y = s + 1
    if sr.key(y) == "that":
        y += 1
    if sr.key(y) not in _EN_IT:
        return False
    y += 1
    if sr.key(y) == "forces":  # "said its forces had struck"
        y += 1
    if sr.key(y) in _EN_AUX:
        y += 1
    if y < len(sr.toks) and sr.toks[y].text in _EN_QUOTES:  # 'said it had "eliminated" them'
        y += 1
    if sr.key(y) in ("carried", "conducted") and sr.key(y + 1) == "it" and \
            sr.key(y + 2) == "out":
        return True  # "a strike killed X, and the army later said it had carried it out"
    if sr.key(y) in ("carried", "conducted"):  # "said it carried out the strike", not
        y += sr.key(y + 1) == "out"  # "... a missile test"
        return sr.key(y) != "carried" and any(
            sr.key(z) in _EN_STRIKE or sr.key(z) == "operation" for z in range(y + 1, y + 4))
    return sr.key(y) in _EN_DID


def _strike_subject_victim(sr: Any, k: int) -> list[Any]:
    """"a strike on an apartment in Sidon killed X (and Y)": the people after the active
    "killed" at *k* whose subject is a strike noun with no agent of its own."""
    if sr.key(k) != "killed" or sr.key(k - 1) in ("was", "were", "been", "be"):
        return []
    for y in range(k - 1, max(sr.lo, k - 16) - 1, -1):
        if sr.toks[y].punct or sr.key(y) in ("that", "which", "who"):
            return []
        if sr.key(y) in _EN_STRIKE:
            d = y - 1
            while d > sr.lo and sr.key(d) in _EN_STRIKE_MOD and sr.key(d) not in (
                    "a", "an", "the"):
                d -= 1  # "an air strike", "a drone strike"
            if sr.key(d) in ("a", "an", "the"):
                break
    else:
        return []
    victim = sr.after(k + 1, types=("Person",), maxgap=4)
    return sr.chain(victim, ("Person",)) if victim is not None else []


def _among_killed_list(sr: Any, k: int) -> list[Any]:
    """"X, <title>, Y and Z, <title>, were among those killed": the list before "were" (an
    apposition after its last member passed), at the "killed" *k*."""
    if sr.key(k - 1) != "those" or sr.key(k - 2) != "among" or \
            sr.key(k - 3) not in ("was", "were"):
        return []
    aux = k - 3
    last = sr.before(aux, types=("Person",), maxgap=0)
    if last is None and sr.toks[aux - 1].text == ",":
        last = apposition_head(sr, aux - 1)
    if last is None:
        return []
    people = sr._victim_list_back(last)
    while len(people) < 6:  # "X, commander of Y, the chief of staff Z and W": X too
        x = title_start(people[0]) - 1
        while x > sr.lo and not sr.toks[x].punct and x not in sr.mention_at and \
                title_start(people[0]) - x < 6:
            x -= 1  # (lower-case words of a title the mention does not cover)
        head = apposition_head(sr, x) if sr.toks[x].text == "," else None
        if head is None or head in people:
            break
        people = [head] + people
    return people


def _agentless_victim(sr: Any, s: int) -> list[Any]:
    """The people who "died / were killed in a strike" (or "were among those killed", or
    whom "a strike ... killed") before the verb of saying *s* in this sentence (none when
    there are none)."""
    for k in range(s - 1, sr.lo, -1):
        if sr.key(k) not in _EN_DIED:
            continue
        y = k + 1
        if sr.key(y) != "in":
            return _among_killed_list(sr, k) or _strike_subject_victim(sr, k)
        y += 1
        while sr.key(y) in _EN_STRIKE_MOD and y < s:
            y += 1
        if sr.key(y) not in _EN_STRIKE:
            return None
        aux = k - 1 if sr.key(k) == "killed" else k
        if aux != k and sr.key(aux) not in ("was", "were"):
            return []
        victim = sr.before(aux, types=("Person",), maxgap=1)
        return sr.chain(victim, ("Person",)) if victim is not None else []
    return []


@needs((EMPTY, _EN_DID))
def said_it_targeted_en(sr: Any) -> None:
    """See the module doc."""
    if _EN_SAID.isdisjoint(sr.key_set()):
        return  # (no verb of saying in the sentence: the scan below finds none)
    toks = sr.toks  # (s inside the sentence: toks[s].key is sr.key(s), without a call)
    for s in range(sr.lo + 1, sr.hi):
        if toks[s].key not in _EN_SAID or not _speaker_did(sr, s):
            continue
        agent = sr.before(s, types=("Country", "Organization"), maxgap=1)
        if agent is None or sr.negated(s):
            continue
        victims = _agentless_victim(sr, agent.lo)
        if not victims or any(r.type == AB and r.source == victims[0].eid for r in sr.out):
            continue
        for v in victims:
            if v.eid != agent.eid:
                sr.add(AB, v.eid, agent.eid, "said_it_targeted_en")


_EN_ITS = frozenset({"its", "their"})
_EN_STRIKE_SKIP = frozenset({"july", "june", "may", "april", "march", "august", "october",
                             "september", "november", "december", "january", "february",
                             "own", "first", "latest", "overnight", "precision", "air",
                             "drone", "missile", "targeted"})


def _its_strike(sr: Any, y: int) -> bool:
    """A strike noun within a few words after the possessive at *y* ("its July 13 air
    strike", "their drone strike")."""
    for z in range(y + 1, min(sr.hi, y + 6)):
        k = sr.key(z)
        if k in _EN_STRIKE:
            return True
        if k not in _EN_STRIKE_SKIP and not k.isdigit():
            return False
    return False


@needs((EMPTY, _EN_ITS))
def its_strike_en(sr: Any) -> None:
    """"The Israeli military says X was killed in its July 13 air strike": the speaker
    (a country or body right before the verb of saying, its clause the passive) owns the
    strike. Not a claim negated, nor "Iran says X was killed in its ally's strike"."""
    for k in range(sr.lo + 2, sr.hi - 2):
        if sr.key(k) not in _EN_DIED or sr.key(k + 1) != "in" or \
                sr.key(k + 2) not in _EN_ITS or not _its_strike(sr, k + 2):
            continue
        aux = k - 1 if sr.key(k) == "killed" else k
        if aux != k and sr.key(aux) not in ("was", "were"):
            continue
        victim = sr.before(aux, types=("Person",), maxgap=1)
        if victim is None:
            continue
        s = title_start(victim) - 1
        s = next((y for y in range(s, max(sr.lo, s - 4), -1) if sr.key(y) in _EN_SAID or
                  sr.toks[y].punct), s)  # "says Hamas military chief X": words of the title
        if sr.key(s) == "that":
            s -= 1
        if sr.key(s) not in _EN_SAID or sr.negated(s):
            continue
        agent = sr.before(s, types=("Country", "Organization"), maxgap=1)
        if agent is None or any(r.type == AB and r.source == victim.eid for r in sr.out):
            continue
        for v in sr._victim_list_back(victim):
            sr.add(AB, v.eid, agent.eid, "its_strike_en")


_EN_KILLS = frozenset({"killed", "kills"})
_EN_PRON_OBJ = frozenset({"him", "her", "them"})
_EN_AIMED = frozenset({"targeted", "targeting"})


@needs((EMPTY, _EN_KILLS))
def targeted_killed_him_en(sr: Any) -> None:
    """"An Israeli airstrike that targeted X killed him (and his two sons)": the strike's
    nationality (or the body owning it) killed X, named inside its relative clause (session
    54). Not without a nationality ("A drone strike that targeted X killed him")."""
    for t in sr.triggers(EMPTY, _EN_KILLS):
        if sr.key(t + 1) not in _EN_PRON_OBJ:
            continue
        aim = next((y for y in range(t - 2, max(sr.lo, t - 12), -1)
                    if sr.key(y) in _EN_AIMED and sr.key(y - 1) in ("that", "which")), None)
        if aim is None:
            continue
        victim = sr.after(aim + 1, types=("Person",), maxgap=3)
        if victim is None or victim.hi > t:
            continue
        strike = aim - 2
        if strike < sr.lo or sr.key(strike) not in _EN_STRIKE:
            continue
        lo = strike
        while lo > sr.lo and sr.key(lo - 1) in _EN_STRIKE_MOD and sr.key(lo - 1) not in (
                "a", "an", "the"):
            lo -= 1
        owner = sr.before(lo, types=("Country", "Organization"), maxgap=1)
        agent = sr.nat_agent(lo, strike + 1) or (owner.eid if owner is not None and
                                                 owner.poss else None)
        if not agent or sr.blocked(t) or sr._irrealis(t):
            continue
        victims = sr.chain(victim, ("Person",)) if sr.key(t + 1) == "them" else [victim]
        for v in victims:
            if v.eid != agent:
                sr.add(AB, v.eid, agent, "targeted_killed_him_en")
