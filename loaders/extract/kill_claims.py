"""ASSASSINATED_BY: an armed body's own announcement of a killing (session 10).

- "أعلن الجيش الإسرائيلي (، الجمعة،) اغتيال X" / "الجيش الإسرائيلي يعلن اغتيال X" / "وأكد الجيش الإسرائيلي تصفية X" / "The
  Israeli military announced the killing / assassination of X": the army or service that
  announces an assassination is its agent;
- "مقتل X" / "the death of X" counts only for a victim the gazetteer places in another
  country than the speaker (an army also announces the death of its own soldiers);
- "The Israeli military said a (separate) strike killed X": the speaker's own strike;
- "Hamas claimed the killing / assassination / murder of X" (any agent: the claim of the deed
  itself, session 20; "claimed the killing of X was a plot" is an assertion, not read).

Only armies, commands and intelligence services speak for a killing here (``_KILLER_BODIES``):
a party, a ministry of health or a government head announcing a death ("أعلن حزب الله مقتل
X", "أعلنت وزارة الصحة مقتل X", "أعلن رئيس الوزراء مقتل X بعملية نفذها جهاز ...") is no
agent. A sentence that names the agent itself ("... في غارة شنّها طيران التحالف") keeps that
agent only; denials and hypotheticals block as elsewhere.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.dispatch import needs
from loaders.extract.kill_bodies import armed_body
from loaders.extract.kill_claim_next_en import (
    EN_BEHIND,
    EN_CLAIMED_NEXT,
    behind_killing_en,
    claimed_next_en,
)
from loaders.extract.led_by_aside_en import aside_owner_en
from loaders.extract.month_dates_en import EN_MONTH_WORDS
from loaders.extract.national_armies import ARMY_WORDS
from loaders.extract.rule_common import EMPTY, title_start

AB = "ASSASSINATED_BY"

_KILLER_BODIES = frozenset({
    "organization:israel-defense-forces", "organization:mossad", "organization:shin-bet",
    "organization:us-armed-forces", "organization:us-central-command",
    "organization:us-department-of-defense", "organization:counter-terrorism-service",
    "organization:turkish-national-intelligence-organization"})

_AR_ANNOUNCE = L._ar("اعلن", "اعلنت", "اكد", "اكدت", "تبنى", "تبنت", "وأعلن", "وأعلنت",
                     "وأكد", "وأكدت",
                     # the headline's present: "الجيش الإسرائيلي يعلن اغتيال X" (session 56)
                     "يعلن", "تعلن", "ويعلن", "وتعلن", "يؤكد", "تؤكد", "يتبنى", "تتبنى")
# "تحييد" (neutralising: the Turkish and Israeli armies' word for a killing; also "keeping
# out of": «تحييد لبنان عن الصراع») only with a titled person right after it
_AR_NEUTRALISING = L._ar("تحييد")
_AR_ASSASSINATION = L._ar("اغتيال", "تصفية", "تصفيه") | _AR_NEUTRALISING
_AR_DEATH = L._ar("مقتل")
_EN_ANNOUNCE = frozenset({"announced", "confirmed", "claimed", "reported"})
_EN_ASSASSINATION = frozenset({"killing", "assassination", "elimination"})
_EN_DEATH = frozenset({"death"})
_EN_SAID = frozenset({"said", "says", "announced", "confirmed"})
_EN_STRIKE = frozenset({"strike", "airstrike", "raid", "attack", "operation"})
_EN_STRIKE_MODS = frozenset({"a", "an", "the", "one", "another", "separate", "second", "new",
                             "precise", "precision", "targeted", "air", "drone", "further"})


_AR_BARE_ARMY = L._ar("الجيش")


def _speaker(sr: Any, v: int) -> str | None:
    """The armed body that is the subject of the announcing verb at *v* (VSO or SVO); a
    bare "the military" / "الجيش" is the one the article named last."""
    m = sr.after(v + 1, types=("Organization",), maxgap=0) if sr.toks[v].ar else None
    if m is None:
        m = sr.before(v, types=("Organization",), maxgap=1)
    if m is not None:
        return m.eid if m.eid in _KILLER_BODIES or armed_body(sr, m.eid) else None
    bare = sr.f(v + 1) & _AR_BARE_ARMY and v + 1 not in sr.mention_at if sr.toks[v].ar else \
        sr.key(v - 1) in ARMY_WORDS and sr.key(v - 2) == "the" and v - 1 not in sr.mention_at
    if not bare:
        return None
    return next((m.eid for m in reversed(sr.doc.ments) if m.eid in _KILLER_BODIES and
                 m.sent < sr.si), None)


def _other_country(sr: Any, victim: str, speaker: str) -> bool | None:
    """True when the gazetteer places *victim* in another country than *speaker*'s, False
    in the same, None when the victim's country is unknown."""
    e = sr.doc.gaz.get(victim)
    s = sr.doc.gaz.get(speaker)
    vc = getattr(e, "country", None) if e is not None else None
    sc = getattr(s, "country", None) if s is not None else None
    if not vc or not sc:
        return None
    return vc != sc


def _victims_after(sr: Any, x: int) -> list:
    first = None
    for m in sr.args:  # the first person whose (title) span starts within 7 tokens
        start = title_start(m)
        if m.etype == "Person" and x <= start <= x + 7 and m.lo >= x:
            first = m
            break
    if first is None or any(sr.toks[y].punct and sr.toks[y].text not in ("«", "»", '"')
                            for y in range(x, first.lo)):
        return []
    return sr.chain(first, ("Person",))


_AR_STRUCK = L._ar("بضربة", "بغارة", "بقصف", "ضربة", "غارة", "قصف")
_EN_STRUCK = frozenset({"strike", "airstrike", "raid", "bombardment"})
_AR_STRUCK_IN = L._ar("في", "ب", "اثر", "إثر", "جراء")


def _enemy_struck(sr: Any, n: int, m: Any, speaker: str) -> bool:
    """"أعلن الجيش السوداني مقتل القائد في قوات الدعم السريع X بضربة جوية" / "announced the
    death of Hezbollah commander X in a strike": a victim whose title names another armed
    group (between the death noun at *n* and his name), killed in a strike told right after
    him with no other agent (no nisba or "by")."""
    if not any(o.etype == "Organization" and o.eid != speaker and n < o.lo and o.hi <= m.lo
               for o in sr.doc.ments if o.sent == sr.si):  # (a title's body is no arg)
        return False
    ar = sr.toks[m.lo].ar
    for y in range(m.hi, min(sr.hi, m.hi + (3 if ar else 4))):  # "in an air strike"
        if sr.toks[y].punct:
            return False
        if (sr.f(y) & _AR_STRUCK) if ar else (sr.key(y) in _EN_STRUCK):
            break
    else:
        return False
    # the strike's own agent ("بضربة جوية إسرائيلية", "in an Israeli strike", "by ...")
    return not any(o.etype in ("Organization", "Country") and m.hi <= o.lo <= y + 4 and
                   not _where_only(sr, o) for o in sr.args) and not any(
        sr.key(z) in ("by", "from") or sr.f(z) & L._ar("نفذها", "شنها", "شنتها", "نفذتها")
        for z in range(y + 1, min(sr.hi, y + 5)))


_AR_WHERE = L._ar("في", "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي",
                  "وسط", "قرب", "داخل")
_EN_WHERE = frozenset({"in", "near", "inside", "northern", "southern", "eastern", "western",
                       "central", "northeastern", "northwestern", "southeastern",
                       "southwestern"})


def _where_only(sr: Any, o: Any) -> bool:
    """A country named only as where the strike fell ("في غارة شمال سوريا", "in a strike in
    northern Syria"): no agent of its own."""
    if o.etype != "Country":
        return False
    return bool(sr.f(o.lo - 1) & _AR_WHERE) if sr.toks[o.lo].ar else sr.key(o.lo - 1) in _EN_WHERE


@needs((_AR_ANNOUNCE, _EN_ANNOUNCE))
def announced_killing(sr: Any) -> None:
    """"أعلن الجيش الإسرائيلي اغتيال X" / "The IDF announced the killing of X": the
    announcing army or service killed X (see the module docstring for the limits)."""
    named = {r.source for r in sr.out if r.type == AB}
    for v in sr.triggers(_AR_ANNOUNCE, _EN_ANNOUNCE):
        speaker = _speaker(sr, v)
        if speaker is None or sr.blocked(v):
            continue
        n = None
        for y in range(v + 1, min(sr.hi, v + 9)):
            tk = sr.toks[y]
            if tk.ar and sr.f(y) & (_AR_ASSASSINATION | _AR_DEATH) or \
                    not tk.ar and tk.key in (_EN_ASSASSINATION | _EN_DEATH) and \
                    sr.key(y - 1) == "the" and sr.key(y + 1) == "of":
                n = y
                break
            if y in sr.mention_at and sr.mention_at[y].etype == "Person":
                break  # "أعلن الجيش أن X ..." : another construction
        if n is None:
            continue
        death = bool(sr.f(n) & _AR_DEATH) if sr.toks[n].ar else sr.key(n) in _EN_DEATH
        victims = _victims_after(sr, n + (1 if sr.toks[n].ar else 2))
        if victims and sr.toks[n].ar and sr.f(n) & _AR_NEUTRALISING and \
                title_start(victims[0]) != n + 1:
            continue  # «أعلن الجيش تحييد التهديد الذي شكله X»: no one neutralised
        for m in victims:
            if m.eid in named or m.eid == speaker:
                continue
            other = _other_country(sr, m.eid, speaker)
            if (other is False or (death and other is None)) and \
                    not _enemy_struck(sr, n, m, speaker) and not sr.f(n) & _AR_NEUTRALISING:
                continue  # (one "neutralised" is the announcer's own act, whoever he is:
                # «أعلنت الاستخبارات التركية تحييد القيادي في حزب العمال X»; session 59)
            sr.add(AB, m.eid, speaker, "announced_killing")


_EN_SAID_WHEN = frozenset({"earlier", "later", "previously"})
# a date or a day before the strike noun: "the Sept. 27 strike", "the July 13 strike", "the
# Friday strike", "the same strike" (session 29, succkill)
_EN_STRIKE_DAY = EN_MONTH_WORDS | L.EN_WEEKDAYS | frozenset({"same"})


def _past_strike_mods(sr: Any, y: int) -> int:
    """The token after the determiners, adjectives and dates before a strike noun at *y*
    ("the Sept. 27 strike": the index of "strike"); a name stops it."""
    while y < sr.hi and y not in sr.mention_at:
        k = sr.key(y)
        if k in _EN_STRIKE_MODS or k in _EN_STRIKE_DAY or sr.toks[y].text.isdigit() or (
                sr.toks[y].text == "." and sr.key(y - 1) in EN_MONTH_WORDS):
            y += 1
        else:
            break
    return y


_EN_WHERE_WHEN_PREPS = frozenset({"in", "on", "near", "at", "outside", "overnight"})
_EN_WHERE_WHEN_WORDS = frozenset({"the", "of", "southern", "northern", "eastern", "western",
                                  "central", "south", "north", "east", "west", "early", "late",
                                  "last", "this"})


def _past_where_when(sr: Any, k: int) -> int:
    """The token after a short adjunct of place or time right after a strike noun ("in
    southern Lebanon on Tuesday", session 50): *k* itself when none; no punctuation, no
    person, at most eight words."""
    y = k
    while y < min(sr.hi, k + 8) and sr.key(y) in _EN_WHERE_WHEN_PREPS:
        z = y + 1
        while z < min(sr.hi, k + 8) and not sr.toks[z].punct and (
                sr.toks[z].cap or sr.key(z) in _EN_WHERE_WHEN_WORDS or
                sr.toks[z].text.isdigit()) and not (
                    z in sr.mention_at and sr.mention_at[z].etype == "Person"):
            z += 1
        if z == y + 1:
            return k
        y = z
    return y


@needs((frozenset(), _EN_SAID))
def said_strike_killed_en(sr: Any) -> None:
    """"The Israeli military said a (separate) strike killed X": the speaking army's strike
    (a strike with an adjective or agent of its own is left to the other rules)."""
    named = {r.source for r in sr.out if r.type == AB}
    for v in sr.triggers(frozenset(), _EN_SAID):
        speaker = _speaker(sr, v)
        if speaker is None:
            continue
        y = v + 1
        if sr.key(y) in _EN_SAID_WHEN:  # "The IDF had said earlier that the strike ..."
            y += 1
        if sr.key(y) == "that":
            y += 1
        y = _past_strike_mods(sr, y)
        if sr.key(y) not in _EN_STRIKE:
            continue
        k = base = _past_where_when(sr, y + 1)  # "an airstrike in southern Lebanon on Tuesday"
        while k < base + 2 and sr.key(k) in ("had", "also"):
            k += 1  # "the strike also killed X", "the strike had also killed X"
        if sr.key(k) != "killed" or sr.blocked(k):
            continue
        victim = sr.after(k + 1, types=("Person",), maxgap=3)
        if victim is None:
            continue
        for m in sr.chain(victim, ("Person",)):
            if m.eid not in named and _other_country(sr, m.eid, speaker) is not False:
                sr.add(AB, m.eid, speaker, "said_strike_killed_en")


_AGENTS_EN = ("Person", "Country", "Organization")
_EN_CLAIMED = frozenset({"claimed", "claims", "claiming"})
_EN_CLAIMED_DEED = frozenset({"killing", "assassination", "murder",
                              # "claimed the killings of X and Y" (session 71)
                              "killings", "assassinations", "murders"})


def _past_comma_aside_en(sr: Any, t: int) -> int:
    """The token after an aside set off by commas right after the claim verb at *t*
    ("claimed, in a video released on Wednesday, the killing of X": the index of "the");
    *t* + 1 when there is none. The aside is at most 12 tokens, with no other punctuation
    and no person."""
    if t + 1 >= sr.hi or sr.toks[t + 1].text != ",":
        return t + 1
    for y in range(t + 2, min(sr.hi, t + 15)):
        if y in sr.mention_at and sr.mention_at[y].etype == "Person":
            return t + 1
        if sr.toks[y].punct:
            return y + 1 if sr.toks[y].text == "," and y > t + 2 else t + 1
    return t + 1


def _second_deed_victim_en(sr: Any, last: Any) -> Any:
    """"... the killing of X and the killing of Z": Z (after the last victim *last*)."""
    y = last.hi
    if sr.key(y) != "and" or sr.key(y + 1) != "the" or sr.key(y + 2) not in _EN_CLAIMED_DEED \
            or sr.key(y + 3) != "of":
        return None
    return sr.after(y + 4, types=("Person",), maxgap=5)


@needs((EMPTY, _EN_CLAIMED), (EMPTY, EN_BEHIND), (EMPTY, EN_CLAIMED_NEXT))
def claimed_the_killing_en(sr: Any) -> None:
    """"Hamas claimed the killing / assassination of X" (the claim of the deed itself, no
    "responsibility" word) -> X by Hamas; not "claimed the lives of", "claimed that".
    (session 20)"""
    for t in sr.triggers(EMPTY, _EN_CLAIMED):
        d = _past_comma_aside_en(sr, t) - 1  # (d = t without an aside)
        if sr.key(d + 1) != "the" or sr.key(d + 2) not in _EN_CLAIMED_DEED or \
                sr.key(d + 3) != "of":
            continue
        victim = sr.after(d + 4, types=("Person",), maxgap=5)
        agent = sr.before(t, types=_AGENTS_EN, maxgap=2)
        agent = aside_owner_en(sr, agent) or agent  # "B, led by Y, claimed": B (led_by_aside_en)
        if victim is None or agent is None or sr.blocked(t, agent) or sr._irrealis(t):
            continue
        # (the stop of "Col." inside the title is no punctuation between: session 49)
        if any(sr.toks[z].punct for z in range(d + 4, min(victim.lo, title_start(victim)))) or \
                sr.key(
                sr.chain(victim, ("Person",))[-1].hi) in ("was", "is", "had", "has", "were"):
            continue  # ("claimed the killing of X was a plot": an assertion, no deed claimed)
        victims = sr.chain(victim, ("Person",))
        more = _second_deed_victim_en(sr, victims[-1])
        if more is not None:
            victims = victims + sr.chain(more, ("Person",))
        for v in victims:
            if v.eid != agent.eid:
                sr.add(AB, v.eid, agent.eid, "claimed_killing_en")
    claimed_next_en(sr)  # (kill_claim_next_en.py) "X was killed ... . Y claimed responsibility"
    behind_killing_en(sr)  # (kill_claim_next_en.py) "Y said it was behind the killing of X"
