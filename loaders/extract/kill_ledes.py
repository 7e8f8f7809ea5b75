"""ASSASSINATED_BY: a lede that names the victim only in the next sentence.

Reads "A senior commander of X has been killed in an Israeli strike. Y, also known as Z, died
when ..." (English, ``_lede_victim_en``, asked by ``KillingRules.assassinated``) and
"قتل قيادي في X بغارة إسرائيلية ... ونعت الحركة Y" (Arabic, ``lede_victim_ar``); the
dateline's city is no agent ("BEIRUT (AP) —").
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.core_recall_objects import after_dateline
from loaders.extract.dispatch import needs
from loaders.extract.kill_claims_verdicts import _AR_KILL_VERB_W
from loaders.extract.kill_clause_helpers import _C10, _ar_clause_limit
from loaders.extract.kill_cues import AB
from loaders.extract.rule_common import EMPTY, forms, title_start

_EN_ROLE_NOUNS = frozenset({"commander", "leader", "official", "member", "general",
                            "officer", "figure", "chief", "head", "militant", "operative",
                            "cleric", "scientist", "adviser", "advisor", "aide", "deputy",
                            "spokesman", "founder"})
_EN_DIED_WORDS = frozenset({"died", "killed", "slain", "martyred", "assassinated"})


def _in_dateline(sr: Any, m: Any, t: int) -> bool:
    """The place *m* is the dateline opening the sentence ("WASHINGTON -", "BEIRUT (AP) —"),
    or its country after the city and a comma ("SINJAR, Iraq (AFP) -", "BEIRUT, Lebanon (AP)
    —"; session 72), before the killing word at *t*: no agent of it."""
    if m is None or m.etype not in ("Country", "Location"):
        return False
    if m.lo == sr.lo:
        return sr.toks[m.lo].text.isupper() and m.hi < after_dateline(sr, t) <= t
    return m.lo <= sr.lo + 3 and sr.toks[m.lo - 1].text == "," and \
        sr.toks[sr.lo].text.isupper() and len(sr.toks[sr.lo].text) > 1 and \
        m.hi < after_dateline(sr, t) <= t


_EN_THE_MAN = frozenset({"the", "him", "her", "man", "woman", "dead", "slain", "victim"})


def _identified_man_as(toks: Any, start: int) -> bool:
    """"<X> identified / named the man (the commander, him) as" just before *start*."""
    v = next((z for z in range(start - 2, max(0, start - 6) - 1, -1)
              if toks[z].key in ("identified", "named")), None)
    return v is not None and v + 1 < start - 1 and all(
        toks[z].key in _EN_THE_MAN or toks[z].key in _EN_ROLE_NOUNS
        for z in range(v + 1, start - 1))


def _lede_victim_en(sr: Any, t: int, passive: bool) -> str | None:
    """English: the person an indefinite description of the killed ("A senior commander of
    X has been killed in ...", "Israel said it had killed a senior commander of X") stands
    for, named in the next sentence: its first people, the one a death word follows ("Y,
    also known as Z, died when ...") or that the text names as him ("named him as Y").
    None when the next sentence names no such person, or when one of the two sentences
    before told a killing of a person already ("A U.S. strike killed X. CENTCOM said its forces
    had killed a commander ...": the commander is X, told again, not the Y named next)."""
    if any(sr.si - 2 <= s_ < sr.si for s_, _v, _a in sr.doc.kill_pairs):
        return None
    if passive:
        y = next((y for y in range(t - 1, max(sr.lo, t - 10) - 1, -1)
                  if sr.key(y) in ("a", "an")), None)
        if y is None or (y > sr.lo and not sr.toks[y - 1].punct) or any(
                sr.mention_at.get(z) is not None and sr.mention_at[z].etype == "Person"
                for z in range(y, t)):
            return None
    else:
        y = t + 1
        if sr.key(y) not in ("a", "an"):
            return None
    if not any(sr.key(z) in _EN_ROLE_NOUNS for z in range(y + 1, min(sr.hi, y + 4))):
        return None
    nxt = sorted((m for m in sr.doc.by_sent.get(sr.si + 1, ()) if m.etype == "Person" and
                  m.kind == "name" and not m.in_title), key=lambda m: m.lo)
    toks = sr.doc.toks
    nxt = [m for m in nxt if not {"known", "nicknamed", "dubbed", "aka"} & {
        toks[z].key for z in range(max(0, m.lo - 4), m.lo)}]  # "Y, also known as Z": an alias
    for m in nxt[:2]:
        start = title_start(m)
        if toks[start - 1].key == "as" and toks[start - 2].key in ("him", "her"):
            return m.eid  # "Defense Minister X named him as Y"
        if toks[start - 1].key == "as" and m is nxt[0] and any(
                toks[z].key in ("identified", "named") for z in range(
                    max(sr.doc.sents[sr.si + 1].lo, start - 12), start - 1)) and \
                sr.doc.sents[sr.si + 1].lo < start - 2 and \
                toks[sr.doc.sents[sr.si + 1].lo].key == "the":
            return m.eid  # "The man, identified by the MIT as Y, was targeted ..." (s20)
        if toks[start - 1].key == "as" and m is nxt[0] and _identified_man_as(toks, start):
            return m.eid  # "CENTCOM identified the man / the commander as Y" (session 58)
        if toks[start - 1].key in ("killed", "assassinated") and \
                toks[start - 2].key in ("had", "has", "have"):
            return m.eid  # "CENTCOM said its forces had killed Y, a commander ..."
        alias_end = next((o.hi for o in sr.doc.by_sent.get(sr.si + 1, ()) if o.etype ==
                          "Person" and m.hi < o.lo <= m.hi + 4 and o not in nxt), m.hi)
        end = min(sr.doc.sents[sr.si + 1].hi, alias_end + 10)  # (past ", known as Z,")
        if toks[m.hi].text == "," and toks[m.hi + 1].key in ("who", "whom", "a", "an"):
            close = next((z for z in range(m.hi + 2, min(end + 12, sr.doc.sents[sr.si + 1].hi))
                          if toks[z].text == ","), None)  # "Y, whom the group described
            if close is not None:  # as its leader, was killed ..." (session 53); "Y, a
                # brigadier general who had served in Syria for decades, died when" (s70)
                end = min(sr.doc.sents[sr.si + 1].hi, close + 4)
        later = [o.lo for o in nxt if o.lo >= m.hi and o.eid != m.eid]
        if later:
            end = min(end, later[0])  # "X said Y died": Y's death, not X's
        if any(toks[z].key in _EN_DIED_WORDS for z in range(m.hi, end)):
            return m.eid  # "Y, also known as Z, died when ..."
    return None


_AR_LEDE_ROLES = L._ar("قيادي", "قياديا", "قيادياً", "قائد", "قائدا", "قائداً", "مسؤول",
                       "مسؤولا", "مسؤولاً", "ضابط", "ضابطا", "ضابطاً", "مستشار", "مستشارا",
                       "مستشاراً", "زعيم", "زعيما", "زعيماً")
_AR_LEDE_KILL = L._ar("قتل", "اغتيل", "استشهد", "اغتالت", "قتلت", "اغتال", "مقتل", "اغتيال")
_AR_DEATH_AFTER = L._ar("قضى", "استشهد", "قتل", "اغتيل", "لقي", "مصرعه", "حتفه", "ارتقى")
_AR_MOURNED = L.AR_MOURNED


@needs((_AR_LEDE_KILL, EMPTY))
def lede_victim_ar(sr: Any) -> None:
    """Arabic indefinite lede: "قُتل قيادي بارز في X بغارة إسرائيلية ..." / "اغتالت إسرائيل
    قيادياً في X ..." and the next sentence names him: the first person of that sentence a
    death word follows ("أن القيادي Y قضى في الغارة") or a mourning verb precedes ("ونعى
    الحزب القيادي Y"). No agent in the lede, or nobody so named: nothing."""
    if sr.si + 1 >= len(sr.doc.sents):
        return
    for t in sr.triggers(_AR_LEDE_KILL, EMPTY):
        active = None
        x = t + 1
        if sr.f(t) & _AR_KILL_VERB_W or sr.toks[t].key.endswith("ت") and not sr.f(t) & _C10:
            active = sr.after(t + 1, types=("Country", "Organization"), maxgap=0)
            if active is not None:  # "اغتالت إسرائيل قيادياً" (else "قُتل قيادي")
                x = active.hi
        strike_agent = None
        if active is None and sr.toks[t].key.endswith("ت") and sr.f(t + 1) & L.AR_STRIKE:
            # "قتلت غارة إسرائيلية على الضاحية قيادياً في X" (session 53): the strike's
            # adjective, the role after its place phrase
            x = next((z for z in range(t + 2, min(sr.hi, t + 10))
                      if sr.f(z) & _AR_LEDE_ROLES or sr.toks[z].punct), t + 1)
            strike_agent = sr.nat_agent(t + 1, x) if sr.f(x) & _AR_LEDE_ROLES else None
        if not sr.f(x) & _AR_LEDE_ROLES or any(
                z in sr.mention_at and sr.mention_at[z].etype == "Person"
                for z in range(t, min(sr.hi, x + 8))):
            continue
        if active is not None:
            agent = active.eid
        elif strike_agent is not None:
            agent = strike_agent
        else:
            agent, _how = sr._agent_after(x + 1, limit=_ar_clause_limit(sr, x + 1, 16))
        if not agent or sr.blocked(t):
            continue
        nxt = sr.doc.sents[sr.si + 1]
        toks = sr.doc.toks
        people = sorted((m for m in sr.doc.by_sent.get(sr.si + 1, ()) if m.etype == "Person"
                         and m.kind == "name" and not m.in_title), key=lambda m: m.lo)
        for m in people[:2]:
            start = title_start(m)
            if any("المعروف" in toks[z].key for z in range(max(0, start - 3), start)):
                continue  # an alias of someone named before
            later = [o.lo for o in people if o.lo >= m.hi and o.eid != m.eid]
            end = min(nxt.hi, m.hi + 10, later[0] if later else nxt.hi)
            died = any(sr.f(z) & _AR_DEATH_AFTER if z < sr.hi else
                       bool(forms(toks[z]) & _AR_DEATH_AFTER) for z in range(m.hi, end))
            mourned = any(forms(toks[z]) & _AR_MOURNED
                          for z in range(max(nxt.lo, start - 4), start))
            if (died or mourned) and m.eid != agent:
                sr.add(AB, m.eid, agent, "lede_victim_ar")
                return
