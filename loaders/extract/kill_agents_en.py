"""ASSASSINATED_BY, English: agent phrases the base rules leave out.

Reads "X, whom a U.S. strike killed", "Y claimed the killing of X", "X was slain by Y" and a
killing of manner with its agent: "X was shot / beaten / stabbed to death by Y", "taken out
by Y", "struck down by Y" (not by a court: "struck down by the Supreme Court" is a ruling).
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.dispatch import needs
from loaders.extract.kill_cues import _AGENTS, _EN_KILLED_ASSASSINATED, AB
from loaders.extract.kill_victim_lists import apposition_head
from loaders.extract.led_by_aside_en import aside_owner_en
from loaders.extract.rule_common import EMPTY, EN_PASSIVE_AUX

_EN_SLAIN = frozenset({"slain", "murdered", "assassinated"})
_EN_WHOM = frozenset({"whom"})
_EN_RESPONSIBILITY = frozenset({"responsibility"})


_EN_STRIKE_MORE = frozenset({"gunships", "gunship", "helicopter", "helicopters", "commandos",
                             "agents", "special", "fighter"})


def _whom_strike_country_en(sr: Any, w: int, t: int) -> str | None:
    """"X, whom Israeli helicopter gunships / an Israeli strike killed": the country of the
    adjective when only it, articles and strike or force nouns stand between "whom" at *w*
    and the verb at *t*."""
    if not 2 < t - w <= 6:
        return None
    strike = False
    for y in range(w + 1, t):
        k = sr.key(y)
        if sr.f(y) & L.EN_STRIKE or k in _EN_STRIKE_MORE:
            strike = True
        elif k not in ("a", "an", "the") and sr.nat_agent(y, y + 1) is None:
            return None
    return sr.nat_agent(w + 1, t) if strike else None


@needs((EMPTY, _EN_WHOM))
def whom_killed_en(sr: Any) -> None:
    """"X, whom the United States killed in 2020, ..." -> X by the subject of the clause."""
    if not sr.triggers(EMPTY, _EN_WHOM):
        return
    for t in sr.triggers(EMPTY, _EN_KILLED_ASSASSINATED):
        w = next((y for y in range(t - 1, max(sr.lo, t - 6) - 1, -1) if sr.key(y) == "whom"),
                 None)
        if w is None or sr.toks[w - 1].text != ",":
            continue
        victim = sr.before(w, types=("Person",), maxgap=1)
        agent = sr.after(w + 1, types=_AGENTS, maxgap=2)
        if victim is not None and (agent is None or agent.hi > t):
            nat = _whom_strike_country_en(sr, w, t)  # "whom Israeli helicopter gunships killed"
            if nat is not None and not sr.blocked(t):
                sr.add(AB, victim.eid, nat, "whom_killed_en")
            continue
        if victim is None or agent is None or sr.blocked(t, agent):
            continue
        if any(sr.key(y) not in ("had", "has", "have", "reportedly", "allegedly", "later",
                                 "eventually", "finally", "ordered", "to", "be", "personally")
               and not sr.f(y) & L.EN_STRIKE and sr.key(y) not in _EN_STRIKE_MORE
               for y in range(agent.hi, t)):  # (not "whom a U.S. drone killed")
            continue  # "X, whom Qaani met often, was killed": another verb is the clause's
        sr.add(AB, victim.eid, agent.eid, "whom_killed_en")


_EN_KILLING_NOUNS = frozenset({"killing", "assassination", "assassinating", "murder",
                               "killings", "beheading", "execution"})
# time and source words between "responsibility" and "for" ("claimed responsibility late on
# Tuesday for the killing of X", "claimed responsibility in a statement for ...")
_EN_CLAIM_FILLER = L.EN_WEEKDAYS | L.EN_MONTHS | frozenset({
    "on", "late", "early", "in", "a", "an", "statement", "online", "later", "night",
    "morning", "evening", "afternoon", "overnight", "today", "yesterday", "publicly",
    "formally", "officially", "via", "through", "its", "telegram", "channel", "posted",
    # a source aside between commas: ", in a statement issued / released on its website,"
    "issued", "released", "published", "website", "account", "media", "video", "social",
    "their", "official"})


def _for_past_time(sr: Any, y: int) -> int | None:
    """The index of "for" at *y* or past up to eleven time and source words (no punctuation
    but a comma, no mention), else None: "claimed responsibility late on Monday, in a
    statement, for the killing of X" (s57)."""
    for x in range(y, min(sr.hi, y + 12)):
        if sr.key(x) == "for":
            return x
        if x in sr.mention_at or sr.key(x) not in _EN_CLAIM_FILLER and \
                not sr.key(x).isdigit() and sr.toks[x].text != ",":
            return None
    return None


@needs((EMPTY, _EN_RESPONSIBILITY))
def claimed_killing_en(sr: Any) -> None:
    """"Israel claimed (took) responsibility for (the) killing (of) X" -> X by Israel."""
    for t in sr.triggers(EMPTY, _EN_RESPONSIBILITY):
        f = _for_past_time(sr, t + 1)  # "claimed responsibility on Tuesday for" (s57)
        if f is None or sr.key(t - 1) not in ("claimed", "claims", "took",
                                              "takes", "claiming", "taking"):
            continue
        k = f + 1
        if sr.key(k) == "the":
            k += 1
        if sr.key(k) not in _EN_KILLING_NOUNS:
            continue
        if sr.key(k + 1) == "of":
            k += 1
        victim = sr.after(k + 1, types=("Person",), maxgap=4)
        agent = sr.before(t - 1, types=_AGENTS, maxgap=2)
        agent = aside_owner_en(sr, agent) or agent  # "B, headed by Y, claimed": B (led_by_aside_en)
        if victim is None or agent is None or sr.blocked(t - 1, agent) or sr._irrealis(t - 1):
            continue
        for v in sr.chain(victim, ("Person",)):
            if v.eid != agent.eid:
                sr.add(AB, v.eid, agent.eid, "claimed_killing_en")


@needs((EMPTY, _EN_SLAIN))
def slain_by_en(sr: Any) -> None:
    """"X, slain/murdered by Israel last year, ..." (a reduced relative after the victim)."""
    for t in sr.triggers(EMPTY, _EN_SLAIN):
        if sr.toks[t - 1].text != "," or sr.key(t + 1) not in ("by", "in"):
            continue
        victim = sr.before(t - 1, types=("Person",), maxgap=0)
        if victim is None or sr.blocked(t):
            continue
        for a in sr._agents_after(t + 1):
            if a != victim.eid:
                sr.add(AB, victim.eid, a, "slain_by_en")


_EN_MANNER = frozenset({"shot", "burned", "burnt", "beaten", "stabbed", "stoned", "hacked",
                       "lynched", "taken", "struck", "cut"})
# the particle of a phrasal manner verb ("taken out", "struck down"); the others take "dead"
_EN_MANNER_PARTICLE = {"taken": "out", "struck": "down", "cut": "down"}
# "struck down by a court / the Supreme Court": a ruling, no killing
_EN_RULING_BY = frozenset({"court", "courts", "judge", "judges", "tribunal", "ruling", "justices",
                           "parliament", "lawmakers", "legislature", "vote", "referendum"})


def _ruling_after(sr: Any, by: int) -> bool:
    """Does a court, a judge or a vote follow "by" at *by* ("struck down by the Federal
    Supreme Court")?"""
    return any(sr.key(x) in _EN_RULING_BY for x in range(by + 1, min(sr.hi, by + 6)))


# the time and place words a passive killing may carry before "by" ("was shot dead on Monday /
# in Tel Aviv in 1995 / outside his home by Y", session 68)
_EN_KILL_FILLER = L.EN_WEEKDAYS | L.EN_MONTHS | frozenset({
    "on", "in", "at", "near", "outside", "inside", "early", "late", "last", "night", "morning",
    "evening", "afternoon", "overnight", "yesterday", "today", "the", "his", "her", "their",
    "home", "house", "car", "office", "residence", "year", "week", "month"})
_EN_FILLER_REACH = 8
_EN_PLACE_PREPS = frozenset({"in", "at", "near", "outside"})


def _by_past_filler(sr: Any, y: int, filler: frozenset[str] = _EN_KILL_FILLER) -> int | None:
    """The index of "by" at *y* or past up to eight time and place words (a place's name, a
    year; no punctuation, no other mention): "shot dead on Monday by Y", "shot dead in Tel Aviv
    in 1995 by Y"; else None."""
    x, end = y, min(sr.hi, y + _EN_FILLER_REACH + 1)
    while x < end:
        k = sr.key(x)
        if k == "by":
            return x
        if k in _EN_BODY and filler is not _EN_KILL_FILLER:
            x += 1  # ("in the head": "head" may be read as a title)
            continue
        m = sr.mention_at.get(x)
        if m is not None and m.etype in ("Location", "Country") and m.lo == x:
            x = m.hi  # (a place's name: "in Tel Aviv")
            continue
        if m is None and x > y and sr.toks[x].text[:1].isupper() and (
                sr.key(x - 1) in _EN_PLACE_PREPS or sr.toks[x - 1].text[:1].isupper()):
            x += 1  # (a place new to the gazetteer: "in Paris", "near Kuzhenkino")
            continue
        if m is not None or k not in filler and not k.isdigit():
            return None
        x += 1
    return None


# "shot / stabbed" with its wounds before "by": "was shot nine times in the back / in the head
# at close range / twice from behind by Y" (a killing only when the death is told: below)
_EN_WOUND_VERBS = frozenset({"shot", "stabbed"})
_EN_BODY = frozenset({"back", "head", "chest", "neck", "face", "heart", "stomach", "abdomen"})
_EN_WOUND_FILLER = _EN_KILL_FILLER | frozenset({
    "times", "twice", "once", "several", "repeatedly", "one", "two", "three", "four", "five",
    "six", "seven", "eight", "nine", "ten", "back", "head", "chest", "neck", "face", "heart",
    "stomach", "abdomen", "close", "range", "point", "blank", "point-blank", "from", "behind",
    "a", "an", "with", "pistol", "rifle", "gun", "handgun", "knife"})
# the death of the victim, told near his name in this sentence or the three before ("the
# assassination of X", "X died", "X, who was killed", "the slain X")
_EN_DEATH_WORDS = frozenset({"assassination", "murder", "killing", "death", "assassinated",
                             "murdered", "killed", "died", "dead", "slain", "late", "funeral"})
_EN_NOT_DEAD = frozenset({"attempt", "attempted", "survived", "survives", "wounded", "injured",
                          "hospitalised", "hospitalized", "recovering", "plot"})


def _death_told_en(sr: Any, eid: str, t: int) -> bool:
    """Is the death of *eid* told within four words of a mention of him, in this sentence or
    the three before, with no attempt, wound or survival word there ("Suspects went on trial
    over the 2016 assassination of ambassador X. X was shot nine times by Y")?"""
    toks = sr.toks
    if any(toks[y].key in _EN_NOT_DEAD for y in range(sr.lo, sr.hi)):
        return False
    for s_ in range(max(0, sr.si - 3), sr.si + 1):
        for m in sr.doc.by_sent.get(s_, ()):
            if m.eid != eid:
                continue
            lo, hi = sr.doc.sents[s_].lo, sr.doc.sents[s_].hi
            near = range(max(lo, m.lo - 5), min(hi, m.hi + 4))
            if any(toks[y].key in _EN_DEATH_WORDS for y in near) and \
                    not any(toks[y].key in _EN_NOT_DEAD for y in near):
                return True
    return False


@needs((EMPTY, _EN_MANNER))
def manner_to_death_by_en(sr: Any) -> None:
    """"X was shot dead / burned to death / beaten to death / taken out / struck down / cut
    down by Y": a passive killing whose verb names the manner; "dead" or "to death" (or the
    verb's particle) and then "by" are required ("was shot in the leg by", "was burned by the
    sun" are no killing, nor "struck down by a court": a ruling). A time or a place may stand
    before "by" ("was shot dead on Monday by Y", session 68: ``_by_past_filler``)."""
    for t in sr.triggers(EMPTY, _EN_MANNER):
        if sr.key(t - 1) not in EN_PASSIVE_AUX:
            continue
        if sr.key(t + 1) == _EN_MANNER_PARTICLE.get(sr.key(t), "dead"):
            nxt = t + 2  # (and "X was taken out / struck down by Y")
        elif (sr.key(t + 1), sr.key(t + 2)) == ("to", "death"):
            nxt = t + 3
        elif sr.key(t) in _EN_WOUND_VERBS:  # "X was shot nine times in the back by Y", when
            nxt = _by_past_filler(sr, t + 1, _EN_WOUND_FILLER)  # X's death is told (s72)
            victim = apposition_head(sr, sr.before(t - 1, types=("Person",), maxgap=12))
            if nxt is None or victim is None or not _death_told_en(sr, victim.eid, t):
                continue
        else:
            continue
        nxt = _by_past_filler(sr, nxt, _EN_WOUND_FILLER if sr.key(t) in _EN_WOUND_VERBS
                              else _EN_KILL_FILLER)  # (also past a time or a place: s68)
        if nxt is None or _ruling_after(sr, nxt):
            continue
        victim = apposition_head(sr, sr.before(t - 1, types=("Person",), maxgap=12))
        if victim is None or sr.blocked(t, victim):
            continue
        for a in sr._agents_after(nxt):
            if a != victim.eid:
                sr.add(AB, victim.eid, a, "manner_to_death_by_en")
