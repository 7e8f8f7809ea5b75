"""ASSASSINATED_BY (victim -> perpetrator): every rule of the relation lives here.

1. ``KillingRules`` (end of the file), a mixin of
   :class:`loaders.extract.relations.SentenceRules`; entry point ``assassinated`` (cues: the
   killing verbs and nouns, لقي حتفه في, the sentence-wide hooks of core_recall):
   "اغتالت/قتلت الولايات المتحدة سليماني" (SVO and VSO), "الذي اغتالته X", "اغتيال/مقتل X على
   يد Y / بغارة أمريكية / بأمر من Y", "لقي X حتفه في غارة أمريكية", "قتلت غارة أمريكية X وY",
   "أمر X بقتل Y"; "X was assassinated/killed by Y", "killed in a US/American/Israeli
   strike", "a strike ordered by X", "the assassination of X by Y", "Y's killing of X",
   "X's death in a US strike", "The two men were killed ..." (the pair of the sentence
   before). **No agent in the text, no relation** ("killed in a drone strike", "مقتل سليماني
   في غارة بطائرة مسيرة").
2. Plain functions over a ``SentenceRules`` instance (``sr``), as in
   :mod:`loaders.extract.core_recall`, for constructions of wire prose the base rules leave
   out; :func:`more_killings` runs them after the base rules of the sentence:

- victim lists with appositions and titles: "killed X, head of ..., and Y, ..." / "وقُتل
  ... العميد X، وقائد الجبهة ... Y" / "سليماني ورفيقه المهندس";
- the orderer named anywhere in the killing's sentence ("..., adding that the strike had been
  carried out on the orders of President X", "بأمر مباشر من X", "the X-ordered strike",
  "The strike, ordered by X, killed Y") or in the next sentence about the strike ("The strike
  was ordered by X");
- the same strike as before: "Also killed was Z", "وقُتل معه Z";
- "قضى/استشهد X بضربة إسرائيلية" with the victim after the verb; ", killing him";
- "X was among those killed in an Israeli strike"; "Israel's military said its forces
  killed X" / "أكد الجيش الإسرائيلي أن قواته قتلت X" (the speaker); "اغتيال الولايات المتحدة X";
- dropped: a killing inside a conditional ("If the US had killed X, ..."), an accusation
  ("Iran accused Israel of killing X", "اتهمت إيران إسرائيل بقتل X") and an agent named only
  as the subject of a negated verb ("Israel did not claim the strike that killed X").

The agent is always named in the text (an adjective of the strike, a subject, "by X",
"ordered by X"); a killing without one stays without a relation. The module imports no
``relations`` (``SentenceCore`` only for type checking).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from loaders.extract import lexicon as L
from loaders.extract.also_killed import also_killed
from loaders.extract.core_context import (
    apposition_tail,
    ordered_adj_agent,
    possessed_person_en,
    strike_orderers,
    victim_as_subject,
)
from loaders.extract.core_recall import (
    AR_DIED_IN,
    HOOK_AR,
    HOOK_EN,
    after_dateline,
    claimed_lives,
    companions,
    strike_agent_back,
    strike_agent_later,
)
from loaders.extract.core_wire_rules import _among_cue, strike_agent_before, strike_subject_en
from loaders.extract.coreference import deceased_person
from loaders.extract.dispatch import needs, register_triggers
from loaders.extract.kill_among_ar import among_killed_ar
from loaders.extract.kill_apposed_ar import (
    apposed_subject_killed_ar,
    killed_earlier_here,
    quoted_alias_owner,
)
from loaders.extract.kill_claim_clause import drop_claim_clause
from loaders.extract.kill_claims import (
    announced_killing,
    claimed_the_killing_en,
    said_strike_killed_en,
)
from loaders.extract.kill_companion import killed_with_companion
from loaders.extract.kill_convicted import convicted_of_killing_ar
from loaders.extract.kill_coordinated import coordinated_killer_ar, coordinated_killer_en
from loaders.extract.kill_latter_ar import latter_killed_ar
from loaders.extract.kill_martyr_ar import martyr_predicate_ar
from loaders.extract.kill_not_among import negated_among
from loaders.extract.kill_nouns import (
    complicity_agents,
    in_title_body_ar,
    national_killing_ar,
    only_person_before,
    titled_victim_ar,
)
from loaders.extract.kill_ordered import ordered_strike_en
from loaders.extract.kill_phrasal import (
    agent_verb_killed_ar,
    operation_killed_ar,
    phrasal_killed_en,
)
from loaders.extract.kill_reduced_en import (
    NEUTRALISED,
    bracketed_alias,
    long_apposed_subject,
    neutralised_object,
    reduced_passive_en,
)
from loaders.extract.kill_said_it import (
    ARMY_OF,
    bare_army,
    own_intelligence,
    speaker_it_killed,
    speaker_side,
    we_killed_ar,
    whom_said_killed,
)
from loaders.extract.kill_subjunctive_ar import AR_KILLED_SUBJUNCTIVE, subjunctive_killed_ar
from loaders.extract.kill_targeted import its_strike_en, said_it_targeted_en
from loaders.extract.kill_victim_title_ar import victim_title_group_ar
from loaders.extract.mentions import AGENT_TYPES, Mention
from loaders.extract.orders import AR_ORDER, EN_ORDER_CUES, order_phrase_at
from loaders.extract.orders import EN_ORDERED as _EN_ORDERED
from loaders.extract.rule_common import _FORMS, EN_PASSIVE_AUX, forms, title_start
from loaders.extract.strike_claimed import (
    claim_after_ar,
    claimed_strike_agent,
    claimer_before_strike,
)
from loaders.extract.strike_done_by import (
    executed_after,
    means_owner_ar,
    strike_that_killed_en,
    whose_convoy_struck_en,
)
from loaders.extract.strike_refs import (
    companion_agents,
    definite_strike,
    only_strike_agents,
    prior_strike_agents,
    same_event_agents,
    strike_as_time,
)
from loaders.extract.victim_list_end import victims_before_new_clause

if TYPE_CHECKING:
    from loaders.extract.relations import SentenceCore
else:
    SentenceCore = object

_EMPTY: frozenset[str] = frozenset()
AB = "ASSASSINATED_BY"
_AGENTS = ("Person", "Country", "Organization")

# cue words: a sentence with none of them skips this module
_EN_CUES = frozenset({"killed", "killing", "assassinated", "martyred", "ordered", "orders",
                      "admitted", "acknowledged", "claimed", "claims", "claiming",
                      "order", "direction", "behest", "died", "responsibility", "slain",
                      "murdered", "kill", "assassinate", "murder", "murdering", "sentenced",
                      "convicted", "guilty", "shot", "burned", "burnt", "beaten", "stabbed",
                      "stoned", "hacked", "lynched", "gunned", "took", "struck", "taken",
                      "shoots", "guns"})
_AR_CUES = L._ar("قضينا", "قتلنا", "اغتلنا", "صفينا", "قتل", "قتلا", "قتلوا", "اغتيل", "اغتيلا", "استشهد", "استشهدا", "استشهدوا",
                 "قضى", "قضيا", "قضوا", "بامر", "باوامر", "امر", "اوامر", "بتوجيه", "مقتل",
                 "اغتيال", "قتلت", "اغتالت", "قتلوا", "اغتالوا", "صفت", "اغتالته", "قتلته",
                 "اغتالتهم", "قتلتهم", "اغتالتهما", "قتلتهما", "اودت", "استشهاد", "اغتال",
                 "صفى", "حتفهما", "مصرعهما", "اقرت", "اقر", "اعترف", "اعترفت", "توفي",
                 "توفيت", "مقتله", "مقتلهما", "مصرعه", "ارتقى", "ارتقيا", "ارتقوا", "ارتقت",
                 "فارداه", "فاردوه", "فاردته", "فارداها", "تصفية", "قتله", "اغتاله",
                 "اردى", "اردت", "اردوا", "قضت",
                 # "سقط X برصاص Y" (by_fire_of_ar): the fire word is the cue, not سقط (a
                 # common verb: "سقط صاروخ", +0.8% instructions as a cue of its own)
                 "بنيران", "برصاص") | \
    AR_KILLED_SUBJUNCTIVE

# one-word trigger sets and cue words of the rules below (built once, not per call)
_EN_KILLED = frozenset({"killed"})
_EN_KILLING = frozenset({"killing"})
_EN_KILLED_ASSASSINATED = frozenset({"killed", "assassinated"})
_EN_SLAIN = frozenset({"slain", "murdered", "assassinated"})
_EN_WHOM = frozenset({"whom"})
_EN_RESPONSIBILITY = frozenset({"responsibility"})
_AR_AWDAT = L._ar("اودت")
_AR_HAND_KEYS = L.AR_BY_HAND  # "على يد Y" / "على أيدي Y" (by the hands of)
_AR_TARGETED = L._ar("استهدفت")

# ---- victim lists ------------------------------------------------------------------------
# words that end an English apposition ("X, head of Y, the Pentagon said"): a clause follows
_EN_CLAUSE = frozenset({"said", "says", "say", "told", "added", "adding", "according", "was",
                        "were", "is", "are", "has", "have", "had", "who", "which", "that",
                        "when", "while", "after", "before", "as", "killed", "wounded",
                        "injured", "died", "officials", "reported", "announced", "claimed",
                        "vowed", "met", "did", "does", "but", "where", "whose"})
_EN_POSS_NOUN = frozenset({"his", "her", "their", "its", "the"})
_AR_COMPANION = L._ar("ورفيقه", "ورفيقيه", "ومرافقه", "ومرافقيه", "ونائبه", "وصهره", "ورفاقه",
                      "وزميله")


# a subordinator right after an active "killed" ("officers killed since Y died"): the verb
# describes a noun before it and has no object
_CLAUSE_AFTER_KILLED = frozenset({"since", "before", "when", "while", "because", "until"})



def _next_person(sr: Any, x: int, limit: int) -> Any:
    """The first person whose (title) span starts at or after *x*, within *limit* tokens;
    mentions inside that person's title ("وقائد الجبهة في الحزب علي") are skipped."""
    for m in sr.args:
        if m.etype == "Person" and x <= title_start(m) <= x + limit and m.lo >= x:
            return m
    return None


def _apposed_next(sr: Any, m: Any) -> Any:
    """The next member of a list of victims after *m*, allowing an apposition after *m*
    and a title before the next one: "X, head of Y, and Z", "X, a commander of Y, and his
    deputy Z", "العميد X، وقائد الجبهة الجنوبية في الحزب Y", "X ورفيقه Y". None if a clause
    starts in between ("X, the Pentagon said, adding ...")."""
    x = m.hi
    if x >= sr.hi:
        return None
    tk = sr.toks[x]
    if tk.ar or (tk.text == "،" or tk.text == ",") and sr.toks[m.lo].ar:
        if sr.f(x) & _AR_COMPANION:  # "سليماني ورفيقه أبو مهدي المهندس"
            return _next_person(sr, x + 1, 0)
        if tk.text in ("،", ","):
            p = _next_person(sr, x + 1, 0)
            if p is not None and sr.toks[title_start(p)].key.startswith("و"):
                return p
            return _ar_after_apposition(sr, x)
        return None
    if tk.text != ",":
        if sr.key(x) == "and":
            nxt = _next_person(sr, x + 1, 3)
            intitle = sr._in_title_tokens()  # "and Hamas military chief Y"
            if nxt is not None and all(sr.key(y) in _EN_POSS_NOUN or y in intitle or
                                       sr.toks[y].cap is False and sr.key(y) not in _EN_CLAUSE
                                       for y in range(x + 1, title_start(nxt))):
                return nxt
        return None
    # ", <apposition>, and (his deputy) Z"
    for y in range(x + 1, min(sr.hi - 1, x + 22)):
        k = sr.key(y)
        if k in _EN_CLAUSE or L.EN_KILL & {k}:
            return None
        if sr.toks[y].punct and sr.toks[y].text not in (",", "-", "'", "’"):
            return None
        if sr.toks[y].text == "," and sr.key(y + 1) == "and":
            nxt = _next_person(sr, y + 2, 3)
            if nxt is None:
                return None
            if any(sr.key(z) in _EN_CLAUSE for z in range(y + 2, title_start(nxt))):
                return None
            return nxt
        mm = sr.mention_at.get(y)
        if mm is not None and mm.etype == "Person" and y == mm.lo:
            return None  # another person inside: "X, Y's deputy, ..." is not a list
    return None


_AR_PLACE_PREP = L._ar("في", "على", "قرب", "داخل", "ضد", "من", "الى", "إلى", "شمال", "جنوب",
                       "شرق", "غرب", "بمدينة", "بلدة", "مدينة")
_AR_APPOS_STOP = L._ar("قال", "قالت", "اضاف", "ان", "إن", "أن", "الذي", "التي", "الذين",
                      "فيما", "بينما", "اكد", "اكدت", "بحسب", "وفق", "وفقا", "حسب", "بعد",
                      "قبل", "اثناء", "خلال", "عندما", "حين", "اعلن", "اعلنت")


def _ar_after_apposition(sr: Any, comma: int) -> Any:
    """"X، نجل رئيس الحركة Z، والعريف في قوة ... Y": past an apposition of X (which may
    name the person X is described by, Z), the next list member introduced by و and a title
    or name after the closing comma; None when a clause word comes first."""
    for y in range(comma + 1, min(sr.hi - 1, comma + 16)):
        tk = sr.toks[y]
        if tk.ar and sr.f(y) & _AR_APPOS_STOP:
            return None
        if tk.text in ("،", ","):
            w = sr.toks[y + 1]
            if not (w.ar and w.key.startswith("و")):
                return None
            p = _next_person(sr, y + 1, 12)  # "والعريف في قوة الأمن الداخلي القطرية Y"
            if p is None or any(sr.toks[z].punct and sr.toks[z].text not in "()«»" or
                                sr.f(z) & _AR_APPOS_STOP for z in range(y + 1, p.lo)):
                return None
            return p
        if tk.punct and tk.text not in ("«", "»", '"', "(", ")", "-"):
            return None
    return None


def extend_victims(sr: Any, new: list) -> None:
    """Victims listed with appositions share the agents of the first one ("A U.S. strike
    killed X, head of ..., and Y, ..." -> Y too)."""
    for r in new:
        if r.type != AB:
            continue
        for m in [m for m in sr.args if m.eid == r.source and m.etype == "Person"]:
            c = title_start(m) - 1
            if c >= sr.lo and sr.f(c) & _AR_COMPANION:  # "سليماني ورفيقه المهندس"
                p = next((p for p in sr.args if p.hi == c and p.etype == "Person"), None)
                if p is not None and p.eid != r.target:
                    sr.add(AB, p.eid, r.target, "victim_list")
            prev = m  # "X, the deputy chief of Y, and Z were killed": X too
            for _ in range(6):
                p = next((p for p in reversed(sr.args) if p.etype == "Person" and
                          p.hi <= title_start(prev) and _apposed_next(sr, p) is prev), None)
                if p is None or p.eid == r.target:
                    break
                sr.add(AB, p.eid, r.target, "victim_list")
                prev = p
            cur = m
            for _ in range(6):
                nxt = _apposed_next(sr, cur)
                if nxt is None or nxt.eid == r.target or \
                        len(victims_before_new_clause(sr, [cur, nxt])) == 1:
                    break
                sr.add(AB, nxt.eid, r.target, "victim_list")
                cur = nxt


# ---- orderers ----------------------------------------------------------------------------
def _orderer_at(sr: Any, x: int) -> tuple[Any, int] | None:
    """(agent mention, phrase start) when an order phrase's cue is *x* (orders.py)."""
    phrase = order_phrase_at(sr, x)
    if phrase is None or phrase.agent is None:
        return None
    return phrase.agent, phrase.cue


def _negated_clause(sr: Any, x: int) -> bool:
    """A negation between the start of *x*'s clause (a comma, 'that', أن) and *x*: "the
    strike had not been carried out on the orders of X"."""
    for y in range(x - 1, max(sr.lo, x - 12) - 1, -1):
        t = sr.toks[y]
        if t.text in (",", "،", ";", "؛") or t.key in ("that", "ان", "انه", "بان"):
            return False
        k = t.key[1:] if t.ar and t.key[:1] in "وف" else t.key
        if (L.AR_NEG if t.ar else L.EN_NEG) & {k} or t.text.lower().endswith("n't"):
            return True
    return False


_AR_ORDER_CUES = AR_ORDER
_EN_ORDER_CUES = EN_ORDER_CUES


def _orderers(sr: Any) -> list[tuple[Any, int]]:
    """(agent mention, cue position) of every order phrase of the sentence that is not
    negated or hypothetical. Cached per sentence: up to four rules of :func:`more_killings`
    ask, and nothing it reads (tokens, mentions, ``sr.dependent``) changes in between."""
    out = getattr(sr, "_kill_orderers", None)
    if out is not None:
        return out
    out = []
    for x in sr.triggers(_AR_ORDER_CUES, _EN_ORDER_CUES):
        got = _orderer_at(sr, x)
        if got is not None and not sr.blocked(got[1]) and not _negated_clause(sr, got[1]):
            m = got[0]
            if m.kind == "desc":  # "الرئيس الأميركي آنذاك دونالد ترامب": the name after
                # the title, not whom the title alone would point to
                name = next((n for n in sr.args if n.kind == "name" and n.etype == m.etype
                             and m.hi <= n.lo <= m.hi + 1), None)
                m = name or m
            out.append((m, got[1]))
    sr._kill_orderers = out
    return out


@needs((_AR_ORDER_CUES, _EN_ORDER_CUES))  # (it relates only an orderer: _orderers)
def far_orderers(sr: Any, new: list) -> None:
    """Whoever ordered the strike, named anywhere in the killing's sentence, is an agent
    too: "A U.S. strike killed X and Y ..., adding that the strike had been carried out on
    the orders of President Z" -> X, Y by Z as well."""
    victims = list(dict.fromkeys(r.source for r in new if r.type == AB))
    if not victims:
        return
    agents = {r.target for r in new if r.type == AB}
    for m, _x in _orderers(sr):
        if m.eid in victims or m.eid in agents:
            continue
        for v in victims:
            sr.add(AB, v, m.eid, "ordered_far")


@needs((_AR_ORDER_CUES, _EN_ORDER_CUES))
def passive_orderer_en(sr: Any) -> None:
    """"X was killed by/in a drone strike that Trump ordered / ordered by Trump": a passive
    killing whose only stated agent is the strike's orderer (no relation was drawn)."""
    if any(r.type == AB and r.sent == sr.si for r in sr.out):
        return
    ords = _orderers(sr)
    if not ords:
        return
    for t in sr.triggers(_EMPTY, _EN_KILLED_ASSASSINATED):
        if sr.key(t - 1) not in ("was", "were", "been") or sr.key(t + 1) not in ("by", "in"):
            continue
        victim = sr.before(t, types=("Person",), maxgap=4)
        if victim is None or sr.blocked(t, victim):
            continue
        for m, x in ords:
            if t < x <= t + 10 and not any(sr.toks[y].text in (";", ".") for y in range(t, x)) \
                    and m.eid != victim.eid:
                for v in sr._victim_list_back(victim):
                    sr.add(AB, v.eid, m.eid, "passive_orderer_en")


_EN_THE_STRIKE = frozenset({"strike", "airstrike", "attack", "raid", "operation", "bombing",
                            "assassination", "killing"})
_AR_THE_STRIKE = L._ar("الغارة", "الضربة", "العملية", "الهجوم", "الاغتيال", "عملية")


_EN_KILL_OWN = frozenset({"killed", "killing", "assassinated", "slew", "died"})
_AR_KILL_OWN = L._ar("قتل", "قتلت", "قتلا", "اغتال", "اغتالت", "اغتيل", "استشهد", "مقتل",
                     "اغتيال", "قضى", "استشهاد")


@needs((_AR_ORDER_CUES, _EN_ORDER_CUES))
def later_orderer(sr: Any) -> None:
    """"The strike was ordered by X" / "The operation had been carried out on the orders
    of X" / "ونُفّذت الغارة بأمر من X" right after a sentence reporting the killing (with a
    named agent): the victims of that killing by X too."""
    prev = [(s_, e) for s_, e in sr.doc.state.get("victims", ()) if sr.si - 2 <= s_ < sr.si]
    if not prev:
        return
    first = next((x for x in range(sr.lo, min(sr.hi, sr.lo + 4))
                  if sr.key(x) in _EN_THE_STRIKE or sr.f(x) & _AR_THE_STRIKE), None)
    if first is None or (not sr.toks[first].ar and sr.key(first - 1) not in ("the", "that",
                                                                            "this")):
        return
    if sr.triggers(_AR_KILL_OWN, _EN_KILL_OWN):
        return  # "The strike, ordered by X, also killed Y": X is given for this killing only
    last = max(s_ for s_, _e in prev)
    victims = list(dict.fromkeys(e for s_, e in prev if s_ == last))
    for m, x in _orderers(sr):
        if x - first > 12 or sr._irrealis(x):
            continue
        for v in victims:
            if v != m.eid:
                sr.add(AB, v, m.eid, "ordered_later")


@needs((_AR_ORDER_CUES, _EN_ORDER_CUES))
def strike_subject_orderer_en(sr: Any) -> None:
    """"The strike, ordered by X, killed Y (and Z)": the orderer of the strike that is the
    subject of the killing verb."""
    if not sr.triggers(_AR_ORDER_CUES, _EN_ORDER_CUES):
        return
    for t in sr.triggers(_EMPTY, _EN_KILLED):
        if sr.key(t - 1) in ("was", "were", "been", "be", "is", "are"):
            continue
        victim = sr.after(t + 1, types=("Person",), maxgap=5)
        if victim is None:
            continue
        s = None  # the strike noun before the verb (lo <= y < t: toks[y].key = sr.key(y))
        toks = sr.toks
        for y in range(t - 1, max(sr.lo, t - 14) - 1, -1):
            ky = toks[y].key
            if ky in _EN_THE_STRIKE or ky in ("strikes", "airstrikes"):
                s = y
                break
        if s is None:
            continue
        for m, x in _orderers(sr):
            if s < x < t and not sr.blocked(t):
                for v in sr.chain(victim, ("Person",)):
                    if v.eid != m.eid:
                        sr.add(AB, v.eid, m.eid, "strike_ordered_by_en")


# ---- the same strike as before -----------------------------------------------------------
def _last_agents(sr: Any, back: int = 2) -> list[str]:
    prev = [(s_, a) for s_, a in sr.doc.kill_agents if sr.si - back <= s_ < sr.si]
    if not prev:
        return []
    last = max(s_ for s_, _a in prev)
    return list(dict.fromkeys(a for s_, a in prev if s_ == last))


def also_killed_en(sr: Any) -> None:
    """"Also killed was/were Z (and W)": killed in the strike of the sentence before, by its
    agents."""
    x = sr.lo
    while x < sr.hi and sr.toks[x].punct:
        x += 1
    if not (sr.key(x) == "also" and sr.key(x + 1) in ("killed", "slain") and
            sr.key(x + 2) in ("was", "were")):
        return
    victim = sr.after(x + 3, types=("Person",), maxgap=3)
    if victim is None or sr.blocked(x + 1):
        return
    for a in _last_agents(sr):
        for v in sr.chain(victim, ("Person",)):
            if v.eid != a:
                sr.add(AB, v.eid, a, "also_killed_en")


_AR_KILLED_PASS = L._ar("قتل", "قتلا", "قتلوا", "استشهد", "استشهدا", "استشهدوا", "اغتيل",
                        "اغتيلا", "اغتيلوا", "سقط")
_AR_WITH_HIM = L._ar("معه", "معهما", "معهم", "برفقته", "برفقتهما", "الى جانبه")


@needs((_AR_KILLED_PASS, _EMPTY))
def killed_with_him_ar(sr: Any) -> None:
    """"وقُتل معه/معهما X وY": killed with the victim of the killing just reported, by its
    agents (this sentence's, else the sentence before)."""
    for t in sr.triggers(_AR_KILLED_PASS, _EMPTY):
        if not sr.f(t + 1) & _AR_WITH_HIM:
            continue
        victim = _next_person(sr, t + 2, 8)
        if victim is None or any(sr.toks[y].punct for y in range(t + 2, victim.lo)):
            continue
        agents = list(dict.fromkeys(a for s_, a in sr.doc.kill_agents if s_ == sr.si)) or \
            _last_agents(sr)
        if not agents or sr.blocked(t):
            continue
        victims = sr.chain(victim, ("Person",))
        for a in agents:
            for v in victims:
                if v.eid != a:
                    sr.add(AB, v.eid, a, "killed_with_him_ar")


# ---- died in a strike, victim after the verb ---------------------------------------------
_AR_DIED_VSO = L._ar("قضى", "قضيا", "قضوا", "استشهد", "استشهدا", "استشهدوا", "قتل", "اغتيل")


@needs((_AR_DIED_VSO, _EMPTY))
def died_vso_ar(sr: Any) -> None:
    """"قضى/استشهد القيادي في X فلان بضربة إسرائيلية": the victim right after the verb
    (with a title), the agent in the strike phrase that follows the name."""
    for t in sr.triggers(_AR_DIED_VSO, _EMPTY):
        if sr.key(t - 1) in ("الذي", "التي", "الذين"):
            continue
        victim = _next_person(sr, t + 1, 1)
        if victim is None:
            continue
        victims = [victim]
        cur = victim
        for _ in range(5):
            nxt = _apposed_next(sr, cur) or next(
                (m for m in sr.chain(cur, ("Person",))[1:2]), None)
            if nxt is None:
                break
            victims.append(nxt)
            cur = nxt
        s = cur.hi
        if not (sr.f(s) & L.AR_STRIKE or sr.key(s) in ("في", "جراء") and sr.f(s + 1) &
                L.AR_STRIKE):
            continue
        agent, _how = sr._agent_after(s, limit=14)
        if agent and not sr.blocked(t):
            for v in victims:
                sr.add(AB, v.eid, agent, "died_vso_ar")


# ---- ", killing him" ---------------------------------------------------------------------
_EN_HIM = frozenset({"him", "them", "both"})


@needs((_EMPTY, _EN_KILLING))
def killing_him_en(sr: Any) -> None:
    """"<agent> struck the building where X was staying, killing him (them)": the pronoun
    is the person named in the sentence before the participle."""
    for t in sr.triggers(_EMPTY, _EN_KILLING):
        if sr.toks[t - 1].text != "," or sr.key(t + 1) not in _EN_HIM:
            continue
        v, agent = strike_agent_before(sr, t, reach=25)
        people = [m for m in sr.args if m.etype == "Person" and v < m.lo < t]
        if not people and agent and sr.key(v + 1) in ("by", "from"):
            # passive: "X's car was hit by missiles fired from a U.S. drone, killing him"
            people = [m for m in sr.args if m.etype == "Person" and m.hi <= v and v - m.hi <= 12]
        if not agent or not people or sr.blocked(v):
            continue
        victims = people[-2:] if sr.key(t + 1) in ("them", "both") else people[-1:]
        for p in victims:
            if p.eid != agent:
                sr.add(AB, p.eid, agent, "killing_him_en")


# ---- "among those killed", "its forces killed", nominal with a subject -------------------
@needs((_EMPTY, _EN_KILLED))
def among_killed_en(sr: Any) -> None:
    """"X was among those (people) killed in an Israeli strike": X is a victim; the agent
    is named after the verb as for any passive killing."""
    for t in sr.triggers(_EMPTY, _EN_KILLED):
        y = t - 1
        if sr.key(y) in ("people", "dead", "officials", "commanders", "men"):
            y -= 1
        if sr.key(y) not in ("those", "the") or sr.key(y - 1) != "among":
            continue
        if sr.key(y - 2) not in ("was", "were", "is", "are"):
            continue
        victim = sr.before(y - 2, types=("Person",), maxgap=3)
        if victim is None or sr.blocked(y - 2, victim) or negated_among(sr, t):
            continue
        for a in sr._agents_after(t + 1):
            for v in sr._victim_list_back(victim):
                if v.eid != a:
                    sr.add(AB, v.eid, a, "among_killed_en")


_EN_ITS_FORCES = frozenset({"forces", "troops", "jets", "aircraft", "drones", "warplanes",
                            "soldiers"})
_EN_SAY = frozenset({"said", "says", "announced", "confirmed", "stated", "added"})
_AR_ITS_FORCES = L._ar("قواته", "قواتها", "جنوده", "طائراته", "طائراتها", "مقاتلاته",
                       "مقاتلاتها")
_AR_SAY = L._ar("اكد", "اكدت", "اعلن", "اعلنت", "قال", "قالت", "ذكر", "ذكرت", "افاد",
                "افادت", "اوضح", "اوضحت")
_AR_KILL_ACT = L._ar("قتلت", "اغتالت", "قتلوا", "اغتالوا", "صفت", "قتل", "اغتال")


# ---- a counted group killed, its named members after "among them" -----------------------
_AR_COUNT = L._ar("اثنان", "اثنين", "ثلاثة", "ثلاث", "أربعة", "أربع", "خمسة", "خمس", "ستة",
                  "ست", "سبعة", "سبع", "ثمانية", "ثماني", "تسعة", "تسع", "عشرة", "عشر",
                  "عدد", "عددا", "عشرات", "العشرات")
_EN_COUNT = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                       "several", "dozens", "scores", "many", "least", "some", "eleven",
                       "twelve", "multiple", "numerous"})
_AR_GROUP_KILL = L._ar("قتل", "قتلت", "قتلوا", "مقتل", "استشهد", "استشهدوا", "استشهاد",
                       "اغتيل", "اغتيال", "اغتالت", "اغتال")
_EN_GROUP_KILL = frozenset({"killed"})
_AR_NOUN_DEATH = L._ar("مقتل", "استشهاد", "اغتيال")
_AR_NAMELY = L._ar("هما", "هم", "وهما", "وهم")  # "اثنين من مستشاريه، هما X وY"
_AR_AMONG_CUES = L._ar("بينهم", "منهم", "ومنهم", "وبينهم", "بينهما") | _AR_NAMELY
_EN_AMONG_CUES = frozenset({"including", "among"})


def _count_at(sr: Any, x: int) -> bool:
    """A number word or figure at *x* ("ثلاثة", "12", "several", "at least")."""
    tk = sr.toks[x]
    if tk.text.isdigit():
        return True
    return bool(sr.f(x) & _AR_COUNT) if tk.ar else tk.key in _EN_COUNT


def _partitive_group(sr: Any, t: int, first: Any) -> bool:
    """Arabic: a count or "من" between the killing verb at *t* and the mention *first*
    ("قُتل ثلاثة من عناصر حزب X"): the group the victims belong to, not the killer."""
    return any(sr.key(y) == "من" or _count_at(sr, y) for y in range(t + 1, first.lo))


def _with_count(sr: Any, t: int) -> bool:
    """"killed X together with / along with (about) 15 commanders": a counted group joined to
    the first victim after the killing verb at *t*."""
    for y in range(t + 2, min(sr.hi, t + 10)):
        if sr.toks[y].punct:
            return False
        if sr.key(y) == "with" and sr.key(y - 1) in ("together", "along"):
            z = y + 1 + (sr.key(y + 1) in ("about", "some", "nearly", "around", "at"))
            return _count_at(sr, z) or (sr.key(z) == "least" and _count_at(sr, z + 1))
    return False


@needs((_AR_AMONG_CUES, _EN_AMONG_CUES))
def killed_among(sr: Any) -> None:
    """A counted group killed with its named members listed after "among them": "قُتل ثلاثة
    من عناصر X، بينهم القيادي Y، بغارة تركية", "مقتل خمسة من مستشاريه في غارة إسرائيلية ...،
    بينهم Y ونائبه Z", "An Israeli strike killed five X members, among them Y" -> the members
    were killed by the killing's agent (stated in the sentence; none, no relation)."""
    if not sr.triggers(_AR_AMONG_CUES, _EN_AMONG_CUES):
        return
    for t in sr.triggers(_AR_GROUP_KILL, _EN_GROUP_KILL):
        ar = sr.toks[t].ar
        passive = not ar and sr.key(t - 1) in EN_PASSIVE_AUX
        if not any(_count_at(sr, y) for y in range(t + 1, min(sr.hi, t + 5))) and not (
                passive and any(_count_at(sr, y) for y in range(max(sr.lo, t - 8), t))) and \
                not _with_count(sr, t):
            continue  # "Three militants were killed ..., among them X"
        cue, n = 0, 0
        for x in range(t + 2, min(sr.hi, t + 30)):
            if sr.toks[x].text in (".", ";", "؛", ":"):
                break
            n = _among_cue(sr, x)
            if not n and sr.toks[x].ar and sr.f(x) & _AR_NAMELY and \
                    sr.toks[x - 1].text in ("،", ",") and x - t <= 8 and not any(
                        sr.f(y) & (_AR_SAY | _AR_CLAUSE_STOP) for y in range(t + 1, x)):
                n = -1  # "، هما X وY": the members themselves, named right after
            if n:
                cue = x
                break
        if not cue:
            continue
        if n < 0:
            n = 1
            first = sr.after(cue + 1, types=("Person",), maxgap=2)
        else:
            first = sr.after(cue + n, types=("Person",), maxgap=12)
        if first is None or sr.blocked(t) or any(sr.toks[y].punct
                                                 for y in range(cue + n, first.lo)):
            continue
        victims = sr.chain(first, ("Person",))
        if ar:
            agent, _how = sr._agent_after(t + 1, limit=max(30, victims[-1].hi - t + 14))
            vso = sr.after(t + 1, maxgap=1)
            if agent is None and vso is not None and vso.etype in ("Organization", "Country") \
                    and not _partitive_group(sr, t, vso) and not sr.f(t) & _AR_NOUN_DEATH:
                agent = vso.eid  # "قتلت القوات الإسرائيلية خمسة ...، بينهم X"
        elif passive:
            agent, _how = sr._agent_after(t + 1, limit=max(14, victims[-1].hi - t + 12))
        else:  # "An Israeli strike killed five ..., among them X"
            subj = sr.before(t, types=("Organization", "Country"), maxgap=3)
            agent = strike_subject_en(sr, t, subj) or (subj.eid if subj is not None else None)
        if not agent:
            # "killed X together with 15 commanders, among them Y": X's agent
            named = {m.eid for m in sr.args if t < m.lo < cue and m.etype == "Person"}
            agent = next((r.target for r in sr.out if r.type == AB and r.source in named),
                         None)
        if not agent:
            continue
        for v in victims:
            if v.eid != agent:
                sr.add(AB, v.eid, agent, "killed_among")


@needs((_AR_KILL_ACT, _EN_KILLED))
def its_forces_killed(sr: Any) -> None:
    """"Israel's military said its forces killed X" / "أكد الجيش الإسرائيلي أن قواته قتلت X":
    the speaker's own forces are the speaker (a body or a country) as the agent."""
    ar = sr.toks[sr.lo].ar
    trig = sr.triggers(_AR_KILL_ACT, _EMPTY) if ar else sr.triggers(_EMPTY, _EN_KILLED)
    for t in trig:
        f = t - 1
        if ar:
            if not sr.f(f) & _AR_ITS_FORCES or sr.key(f - 1) not in ("ان", "بان"):
                continue
            say = next((y for y in range(f - 2, max(sr.lo, f - 12) - 1, -1)
                        if sr.f(y) & _AR_SAY), None)
            if say is None:
                continue
            spk = sr.after(say + 1, types=("Organization", "Country"), maxgap=0) or \
                sr.before(say, types=("Organization", "Country"), maxgap=1)
        else:
            if sr.key(f) not in _EN_ITS_FORCES or sr.key(f - 1) not in ("its", "their"):
                continue
            say = f - 2 if sr.key(f - 2) != "that" else f - 3
            if sr.key(say) not in _EN_SAY:
                continue
            spk = sr.before(say, types=("Organization", "Country"), maxgap=1)
        victim = sr.after(t + 1, types=("Person",), maxgap=6)
        if spk is None or victim is None or sr.blocked(t):
            continue
        for v in sr.chain(victim, ("Person",)):
            sr.add(AB, v.eid, spk.eid, "its_forces_killed")


_AR_KILL_NOUN = L._ar("اغتيال", "مقتل", "قتل", "تصفية")


@needs((_AR_KILL_NOUN, _EMPTY))
def nominal_subject_ar(sr: Any) -> None:
    """"اغتيال الولايات المتحدة قاسم سليماني": a killing noun, its agent (a country or body)
    right after it, then the victim (without لـ, which the base rules read)."""
    for t in sr.triggers(_AR_KILL_NOUN, _EMPTY):
        a = sr.after(t + 1, types=("Country", "Organization"), maxgap=0)
        if a is None or a.prefix:
            continue
        v = sr.after(a.hi, types=("Person",), maxgap=0)
        if v is None or v.prefix or sr.blocked(t):
            continue
        sr.add(AB, v.eid, a.eid, "nominal_subject_ar")


# ---- more agent phrases --------------------------------------------------------------------
_AR_FIRE = L._ar("بنيران", "برصاص", "بصواريخ", "بقذائف")
_AR_KILLED_ANY = L._ar("قتل", "قتلا", "قتلوا", "استشهد", "استشهدا", "استشهدوا", "اغتيل", "قضى",
                       "مقتل", "اغتيال", "استشهاد")


# "سقط X (شهيداً / قتيلاً) برصاص Y" (Levantine and Palestinian press): fell to Y's fire; not
# "سقط X جريحاً" (wounded)
_AR_FELL = L._ar("سقط", "سقطا", "سقطوا", "سقطت")
_AR_WOUNDED = L._ar("جريحا", "جريحاً", "جرحى", "جريحين", "مصابا", "مصاباً", "أسيرا", "أسيراً")
_AR_KILLED_OR_FELL = _AR_KILLED_ANY | _AR_FELL


@needs((_AR_KILLED_OR_FELL, _EMPTY))
def by_fire_of_ar(sr: Any) -> None:
    """"قُتل X بنيران القوات الأمريكية" / "استشهد X برصاص إسرائيلي" / "سقط X شهيداً برصاص
    Y": the fire is the agent's."""
    for t in sr.triggers(_AR_KILLED_OR_FELL, _EMPTY):
        fire = next((y for y in range(t + 1, min(sr.hi, t + 14)) if sr.f(y) & _AR_FIRE), None)
        if fire is None or any(sr.toks[y].text in ("،", ",", ".") for y in range(t, fire)):
            continue
        fell = bool(sr.f(t) & _AR_FELL)
        if fell and any(sr.f(y) & _AR_WOUNDED for y in range(t + 1, fire)):
            continue  # "سقط X جريحاً برصاص Y": wounded
        victim = sr.after(t + 1, types=("Person",), maxgap=1 if fell else 6)
        if victim is None or victim.lo > fire:
            victim = sr.before(t, types=("Person",), maxgap=0 if fell else 3)
        if victim is None:
            continue  # (سقط: the one who fell right before or after it, not "صاروخ")
        m = sr.after(fire + 1, types=("Country", "Organization"), maxgap=1)
        if m is None and sr.f(fire + 1) & _AR_GUNMEN:
            m = _gunmen_of_ar(sr, fire + 2)  # "برصاص مسلحين من / تابعين لـ Y"
        agent = m.eid if m is not None else sr.nat_agent(fire + 1, min(sr.hi, fire + 3))
        if agent and not sr.blocked(t):
            for v in sr.chain(victim, ("Person",)):
                sr.add(AB, v.eid, agent, "by_fire_of_ar")


_AR_GUNMEN = L._ar("مسلحين", "مسلحي", "عناصر", "مقاتلين", "مقاتلي", "افراد", "أفراد")
_AR_OF_GROUP = L._ar("من", "تابعين", "ينتمون", "في")


def _gunmen_of_ar(sr: Any, x: int) -> Any:
    """The group of gunmen from *x* (after "مسلحين"): "(مسلحين) من Y", "(مسلحي) Y",
    "(عناصر) تابعين لـ Y"; None otherwise."""
    m = sr.mention_at.get(x)
    if m is None and sr.f(x) & _AR_OF_GROUP:
        m = sr.after(x + 1, types=("Organization",), maxgap=0)
    elif m is None or m.etype != "Organization":
        return None
    return m


_AR_KILLED_HIM = L._ar("اغتالته", "قتلته", "اغتالتهم", "قتلتهم", "اغتالتهما", "قتلتهما",
                       "استهدفته", "قتلاه", "اغتالاه")
_AR_STRIKE_N = L._ar("طائرة", "غارة", "ضربة", "صاروخ", "مسيرة", "طائرات", "غارات", "ضربات",
                     "صواريخ", "مسيرات", "قاذفة", "قاذفات", "مقاتلة", "مقاتلات", "مروحية",
                     "مروحيات", "الغارة", "الضربة", "الطائرة", "المسيرة", "القاذفة")
_AR_DEF_STRIKE_N = L._ar("الغارة", "الضربة", "العملية", "الهجوم", "القصف")
# token keys that make a sentence without mentions worth reading (rules.RuleExtractor): "وقال
# مسؤول إن طائرة أميركية اغتالته" refers to a person of the sentence before
AR_KILLED_HIM_KEYS = frozenset(_AR_KILLED_HIM | {p + w for w in _AR_KILLED_HIM for p in "وف"})


@needs((_AR_KILLED_HIM, _EMPTY))
def strike_killed_him_ar(sr: Any) -> None:
    """"X ... اغتالته طائرة إسرائيلية مسيّرة" / "أن قاذفة روسية قتلته": a strike named by its
    nationality as the subject of a killing verb with a pronoun object, after or before the
    verb; "أن الغارة قتلته": the strike named before in the sentence (its nationality). The
    pronoun is the person named just before in the sentence, else the person the last
    sentences said was killed (coreference.deceased_person), else nobody."""
    for t in sr.triggers(_AR_KILLED_HIM, _EMPTY):
        agent = None
        if sr.f(t + 1) & _AR_STRIKE_N:
            # VSO; "قتلته ضربة نفذتها طائرة مسيرة أميركية": the executor's nationality
            far = 8 if sr.f(t + 2) & _AR_EXECUTED_IT else 4
            agent = sr.nat_agent(t + 1, min(sr.hi, t + far))
        if agent is None:
            # SVO after "أن": "أن قاذفة روسية (من طراز ...) قتلته", "أن الغارة قتلته"
            b = next((y for y in range(t - 1, max(sr.lo, t - 13) - 1, -1)
                      if sr.key(y) in ("ان", "بان", "وان")), None)
            if b is not None and sr.f(b + 1) & _AR_STRIKE_N:
                if sr.f(b + 1) & _AR_DEF_STRIKE_N:  # "الغارة": the strike named before
                    first = next((y for y in range(sr.lo, b) if sr.f(y) & _AR_STRIKE_N), None)
                    agent = sr.nat_agent(first, first + 4) if first is not None else None
                else:
                    agent = sr.nat_agent(b + 1, t)
        if not agent:
            continue
        victim = sr.before(t, types=("Person",), maxgap=5)
        eid = victim.eid if victim is not None else None
        if eid is None:
            near = [m for m in sr.args if m.etype == "Person" and m.hi <= t and
                    m.kind == "name" and t - m.hi <= 16]
            if len({m.eid for m in near}) == 1 and not sr.has_prep(near[-1], {"ل", "من"}):
                eid = near[-1].eid  # "غارة استهدفت X قرب الباب، قبل أن تؤكد ... أن الغارة قتلته"
            elif not near:
                eid = killed_earlier_here(sr, t)  # "X: ...، قُتل في 2016 قرب الباب؛ وقالت
                # الوزارة إن غارة أميركية قتلته" (session 20)
            if eid is None and not near and sr.si > 0:
                eid = deceased_person(sr.doc, sr.si, sr.lo, back=2)  # the sentence before
        if eid and eid != agent and not sr.blocked(t):
            sr.add(AB, eid, agent, "strike_killed_him_ar")
            for c in companions(sr, t):  # "... قرب المطار مع قائد فيلق القدس X"
                if c.eid != agent:
                    sr.add(AB, c.eid, agent, "strike_killed_him_ar")


_AR_IN_IT = L._ar("فيها", "فيه", "خلالها", "خلاله", "جراءها", "جراءه", "بها")
_AR_CLAIMED_IT = L._ar("تبناها", "تبنتها", "تبناه", "تبنته", "نفذتها", "نفذها", "شنتها", "شنها",
                       "نفذته", "شنته", "اطلقتها", "اطلقها")


@needs((_AR_KILLED_PASS, _EMPTY))
def killed_in_it_ar(sr: Any) -> None:
    """"ضربة صاروخية تبنّاها الحرس الثوري على أربيل، قُتل فيها X" / "غارة إسرائيلية ...،
    استشهد خلالها X": a passive killing "in it" is the strike named just before; its agent is
    the one who claimed or carried it out, or its nationality."""
    for t in sr.triggers(_AR_KILLED_PASS, _EMPTY):
        if not sr.f(t + 1) & _AR_IN_IT:
            continue
        victim = sr.after(t + 2, types=("Person",), maxgap=4)
        if victim is None:
            continue
        x = next((y for y in range(t - 1, max(sr.lo, t - 16) - 1, -1)
                  if sr.f(y) & _AR_STRIKE_N), None)
        if x is None:
            continue
        agent = None
        for y in range(x + 1, min(t, x + 4)):
            if sr.f(y) & _AR_CLAIMED_IT:
                who = sr.after(y + 1, types=("Organization", "Country", "Person"), maxgap=0)
                agent = who.eid if who is not None else sr.nat_agent(y + 1, min(t, y + 4))
                break
        if agent is None:
            agent = strike_agent_back(sr, x + 1, window=16)
        if not agent or sr.blocked(t) or sr._irrealis(x):
            continue
        for v in sr.chain(victim, ("Person",)):
            if v.eid != agent:
                sr.add(AB, v.eid, agent, "killed_in_it_ar")


_AR_REL_KILL = L._ar("قتلت", "اغتالت", "استهدفت", "اودت")


_AR_SVO_KILL = L._ar("قتلت", "اغتالت", "وقتلت", "واغتالت")
_AR_AUX_SKIP = L._ar("قد", "وقد", "كانت", "وكانت", "فقد")


@needs((_AR_SVO_KILL, _EMPTY))
def strike_subject_ar(sr: Any) -> None:
    """A strike named by its nationality as the subject before the verb: "(وكانت) طائرة
    مسيّرة أميركية (قد) قتلت X وY", "الغارة الإسرائيلية التي دمّرت المبنى وقتلت X" (a second
    verb of the strike's relative clause). Not with "التي" right before the verb (that is
    :func:`strike_which_killed_ar`), not with a pronoun object."""
    for t in sr.triggers(_AR_SVO_KILL, _EMPTY):
        k = sr.key(t - 1)
        if k == "التي" or sr.toks[t].key.endswith(("ته", "تها", "تهم", "تهما")):
            continue
        y = t - 1
        while y > sr.lo and sr.f(y) & _AR_AUX_SKIP:
            y -= 1
        hi_nat = y + 1
        lo = y
        if sr.toks[t].key.startswith("و") and not sr.f(t - 1) & _AR_AUX_SKIP:
            # "التي دمّرت المبنى وقتلت X": back to the relative pronoun of the strike
            comma = sr.toks[t - 1].text in ("،", ",")  # "التي نفذتها X قرب Y، واغتالت Z"
            rel = next((z for z in range(t - 1 - comma, max(sr.lo, t - (16 if comma else 12))
                                         - 1, -1)
                        if sr.key(z) == "التي" or sr.toks[z].punct), None)
            if rel is None or sr.key(rel) != "التي":
                continue
            lo = hi_nat = rel
            y = rel - 1
        while y > max(sr.lo, lo - 5) and not sr.f(y) & _AR_STRIKE_N and not sr.toks[y].punct:
            y -= 1
        if not sr.f(y) & _AR_STRIKE_N or any(z in sr.mention_at and
                                             sr.mention_at[z].etype == "Person"
                                             for z in range(y, hi_nat)):
            continue
        agent = sr.nat_agent(y, hi_nat)
        if not agent and sr.key(hi_nat) == "التي" and sr.f(hi_nat + 1) & _AR_EXECUTED_IT:
            # "الضربة التي نفذتها القوات الأميركية ...، واغتالت X": the executor
            who = sr.after(hi_nat + 2, types=("Organization", "Country"), maxgap=0)
            agent = who.eid if who is not None else sr.nat_agent(hi_nat + 2, hi_nat + 5)
        victim = sr.after(t + 1, types=("Person",), maxgap=6)
        if not agent or victim is None or any(sr.toks[z].punct for z in range(t + 1, victim.lo)) \
                or sr.blocked(t):
            continue
        victims = sr.chain(victim, ("Person",))
        for v in _more_victims(victims, companions(sr, victims[-1].hi - 1)):
            sr.add(AB, v.eid, agent, "strike_subject_ar")


@needs((_AR_REL_KILL, _EMPTY))
def strike_which_killed_ar(sr: Any) -> None:
    """"الضربة الأميركية التي قتلت X" / "الغارة الإسرائيلية التي أودت بحياة X": the strike's
    nationality adjective names the agent of the relative clause's killing."""
    for t in sr.triggers(_AR_REL_KILL, _EMPTY):
        if sr.key(t - 1) != "التي":
            continue
        if sr.f(t) & _AR_AWDAT and sr.key(t + 1) not in ("بحياه", "بحياة"):
            continue
        if sr.f(t) & _AR_TARGETED:
            continue
        lo = t - 1
        while lo > max(sr.lo, t - 5) and not sr.f(lo) & _AR_STRIKE_N and \
                not sr.f(lo) & L.AR_STRIKE:
            lo -= 1
        if not (sr.f(lo) & _AR_STRIKE_N or sr.f(lo) & L.AR_STRIKE):
            continue
        agent = sr.nat_agent(lo + 1, t - 1)
        victim = sr.after(t + 1, types=("Person",), maxgap=8)
        if victim is None:
            continue
        victims = sr.chain(victim, ("Person",))
        agent = agent or executed_after(sr, victims[-1].hi)  # "... X نفذتها إسرائيل"
        agent = agent or claimer_before_strike(sr, lo)  # "تبنّت إسرائيل الغارة التي قتلت X"
        if agent and not sr.blocked(t):
            for v in victims:
                sr.add(AB, v.eid, agent, "strike_which_killed_ar")


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


@needs((_EMPTY, _EN_WHOM))
def whom_killed_en(sr: Any) -> None:
    """"X, whom the United States killed in 2020, ..." -> X by the subject of the clause."""
    if not sr.triggers(_EMPTY, _EN_WHOM):
        return
    for t in sr.triggers(_EMPTY, _EN_KILLED_ASSASSINATED):
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


@needs((_EMPTY, _EN_RESPONSIBILITY))
def claimed_killing_en(sr: Any) -> None:
    """"Israel claimed (took) responsibility for (the) killing (of) X" -> X by Israel."""
    for t in sr.triggers(_EMPTY, _EN_RESPONSIBILITY):
        if sr.key(t + 1) != "for" or sr.key(t - 1) not in ("claimed", "claims", "took",
                                                            "takes", "claiming", "taking"):
            continue
        k = t + 2
        if sr.key(k) == "the":
            k += 1
        if sr.key(k) not in ("killing", "assassination", "assassinating"):
            continue
        if sr.key(k + 1) == "of":
            k += 1
        victim = sr.after(k + 1, types=("Person",), maxgap=4)
        agent = sr.before(t - 1, types=_AGENTS, maxgap=2)
        if victim is None or agent is None or sr.blocked(t - 1, agent) or sr._irrealis(t - 1):
            continue
        for v in sr.chain(victim, ("Person",)):
            if v.eid != agent.eid:
                sr.add(AB, v.eid, agent.eid, "claimed_killing_en")


@needs((_EMPTY, _EN_SLAIN))
def slain_by_en(sr: Any) -> None:
    """"X, slain/murdered by Israel last year, ..." (a reduced relative after the victim)."""
    for t in sr.triggers(_EMPTY, _EN_SLAIN):
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


@needs((_EMPTY, _EN_MANNER))
def manner_to_death_by_en(sr: Any) -> None:
    """"X was shot dead / burned to death / beaten to death / taken out / struck down / cut
    down by Y": a passive killing whose verb names the manner; "dead" or "to death" (or the
    verb's particle) and then "by" are required ("was shot in the leg by", "was burned by the
    sun" are no killing, nor "struck down by a court": a ruling)."""
    for t in sr.triggers(_EMPTY, _EN_MANNER):
        if sr.key(t - 1) not in EN_PASSIVE_AUX:
            continue
        if sr.key(t + 1) == _EN_MANNER_PARTICLE.get(sr.key(t), "dead"):
            nxt = t + 2  # (and "X was taken out / struck down by Y")
        elif (sr.key(t + 1), sr.key(t + 2)) == ("to", "death"):
            nxt = t + 3
        else:
            continue
        if sr.key(nxt) != "by" or _ruling_after(sr, nxt):
            continue
        victim = apposition_head(sr, sr.before(t - 1, types=("Person",), maxgap=12))
        if victim is None or sr.blocked(t, victim):
            continue
        for a in sr._agents_after(nxt):
            if a != victim.eid:
                sr.add(AB, victim.eid, a, "manner_to_death_by_en")


_AR_REL = L._ar("الذي", "التي", "الذين", "اللذين", "اللذان")


_AR_REL_PLURAL = L._ar("الذين", "اللذين", "اللذان")
_APPOS_SKIP = frozenset({"the", "a", "an"})


def apposition_head(sr: Any, m: Any) -> Any:
    """The name an apposition describes: "X, the Quds Force commander" / "X، القائد السابق
    للفيلق": for a description mention *m* (or a relative pronoun's position given as an int)
    the person named right before the comma that opens the apposition; *m* itself otherwise.
    The apposition has no other name of a person and no clause punctuation."""
    if not isinstance(m, int) and (m is None or m.kind == "name"):
        return m
    y = m if isinstance(m, int) else title_start(m)
    for x in range(y - 1, max(sr.lo, y - 14) - 1, -1):
        tk = sr.toks[x]
        c = sr.mention_at.get(x)
        if c is not None and c.etype == "Person" and c.kind == "name":
            return m if not isinstance(m, int) else None  # "قائد ... X الذي": X is the head
        if tk.text in ("،", ","):
            h = sr.mention_at.get(x - 1)
            if h is not None and h.etype == "Person" and h.kind == "name" and h.hi == x:
                return h
            break
        if tk.punct and tk.text not in ("«", "»", '"', "'", "(", ")", "-"):
            break
    return m if not isinstance(m, int) else None


@needs((_AR_KILLED_PASS, _EMPTY))
def rel_passive_ar(sr: Any) -> None:
    """"المهندس الذي قُتل على يد القوات الأمريكية": the head of the relative clause is the
    victim, the agent phrase follows the passive verb; the head may carry an apposition
    ("قاسم سليماني، القائد السابق للفيلق الذي قُتل بضربة أميركية"), and a dual or plural
    relative takes the list before it ("X وY، اللذين استشهدا في غارتين إسرائيليتين")."""
    for t in sr.triggers(_AR_KILLED_PASS, _EMPTY):
        if not sr.f(t - 1) & _AR_REL:
            continue
        victim = sr.before(t - 1, types=("Person",), maxgap=1)
        if victim is None and sr.toks[t - 2].text in ("،", ","):
            victim = sr.before(t - 2, types=("Person",), maxgap=0)  # "X وY، اللذين"
        if victim is None:
            victim = apposition_head(sr, t - 1)
        else:
            victim = apposition_head(sr, victim)
        if victim is None or sr.blocked(t) or negated_among(sr, t):
            continue
        victims = sr._victim_list_back(victim) if sr.f(t - 1) & _AR_REL_PLURAL else [victim]
        for a in sr._agents_after(t + 1, limit=12):
            for v in _more_victims(victims, companions(sr, t)):
                if a != v.eid:
                    sr.add(AB, v.eid, a, "rel_passive_ar")


_EN_INF_KILL = L.EN_KILL_BASE
_EN_DONE_KILL = frozenset({"killed", "assassinated", "killing", "assassination", "slain", "died",
                           "death", "eliminated", "murdered", "martyred"})


@needs((_EMPTY, _EN_INF_KILL))
def drop_infinitive(sr: Any, start: int) -> None:
    """"Israel threatened/tried/vowed to kill X": an intention, not a killing. When the only
    killing words of the sentence are infinitives, its killing relations are removed."""
    inf = [x for x in sr.triggers(_EMPTY, _EN_INF_KILL) if sr.key(x - 1) == "to"]
    if not inf or sr.triggers(_EMPTY, _EN_DONE_KILL):
        return
    sr.out[start:] = [r for r in sr.out[start:] if r.type != AB]


# ---- blame, accusation, a negated agent -----------------------------------------------------
_EN_ACCUSE = frozenset({"accused", "accuses", "accusing", "blamed", "blames", "blaming",
                        "alleged", "alleges", "alleging", "held", "holds"})
_HOLD_WORDS = frozenset({"held", "holds"}) | L._ar("حمل", "حملت", "يحمل", "تحمل", "حملوا")
_AR_ACCUSE = L._ar("اتهم", "اتهمت", "يتهم", "تتهم", "حمل", "حملت", "يحمل", "تحمل", "حملوا",
                   "اتهموا") | L._ar(*(v + p for v in ("اتهم", "اتهمت", "يتهم", "تتهم")
                                       for p in ("ه", "ها", "هم")))  # "الذي تتهمه Y بقتل Z"


@needs((_AR_ACCUSE, _EN_ACCUSE))
def drop_accused(sr: Any, start: int) -> None:
    """"Iran accused Israel of killing X" / "اتهمت إيران إسرائيل بقتل X": an accusation,
    not a statement. A relation of this sentence whose agent and victim are both named after
    an accusation verb is removed (a victim named before it keeps its relation: "X was
    killed in an Israeli strike, and Iran accused ...")."""
    cues = [c for c in sr.triggers(_AR_ACCUSE, _EN_ACCUSE) if not (
        sr.f(c) & _HOLD_WORDS) or any(  # "held X responsible", not "held talks"
        sr.key(y) in ("responsible", "accountable") or sr.key(y).lstrip("وبال").startswith(
            ("مسوول", "مسؤول")) for y in range(c + 1, min(sr.hi, c + 8)))]
    if not cues:
        return
    c = cues[0]
    after = {m.eid for m in sr.args if m.lo > c}
    before = {m.eid for m in sr.args if m.lo < c}
    stated = complicity_agents(sr, c)  # "accused him of complicity in the U.S. killing of X"
    # "X was assassinated in Tehran, and Iran accused Israel of being behind it": an agent
    # named only in the accusation (not before it, not as an adjective before it)
    only_accused = after - before - stated - _adjective_agents(sr, c)
    sr.out[start:] = [r for r in sr.out[start:] if not (
        r.type == AB and r.target in only_accused and (r.source in before or (
            r.source in after and r.source not in before)))]


def _adjective_agents(sr: Any, hi: int | None = None) -> set[str]:
    """Countries named by a nationality adjective outside any mention ("an Israeli strike"),
    before token *hi* when given."""
    out = set()
    for x in range(sr.lo, sr.hi if hi is None else hi):
        if sr.mention_at.get(x) is None:
            for fm in sr.f(x):
                c = L.NATIONALITY.get(fm) or L.NATIONALITY.get("ال" + fm)
                if c:
                    out.add(c)
    return out


_AR_NEG = L.AR_NEG | frozenset("و" + w for w in L.AR_NEG) | frozenset("ف" + w for w in L.AR_NEG)
_EN_NEG = L.EN_NEG | frozenset({"didn't", "don't", "doesn't", "hasn't", "haven't", "hadn't",
                                "wasn't", "weren't", "isn't", "won't", "can't", "couldn't"})


@needs((_AR_NEG, _EN_NEG))
def drop_negated_agent(sr: Any, start: int) -> None:
    """"Israel did not claim the strike that killed X" / "لم تعلن إسرائيل مسؤوليتها عن الغارة
    التي قتلت X": the agent is only named as the subject of a negated verb."""
    if not sr.triggers(_AR_NEG, _EN_NEG):
        return
    neg = set()
    cues = sr.triggers(_AR_CUES, _EN_CUES)
    for m in sr.args:
        if m.etype not in _AGENTS:
            continue
        b = title_start(m) - 1
        if sr.key(b) == "by" and sr.key(b - 1) in _EN_ORDERED and _negated_clause(sr, b - 1):
            neg.add(id(m))  # "a strike that was not ordered by X"
            continue
        if not any(c > m.hi for c in cues):
            continue  # the killing is told before the agent: "the killing of X by Y would not"
        if sr.key(b) in ("by", "يد", "ايدي", "من"):
            continue  # an agent phrase, not the subject of the negated verb
        window = range(max(sr.lo, m.lo - 2), min(sr.hi, m.hi + 3))
        if any((L.AR_NEG if sr.toks[y].ar else L.EN_NEG) & {sr.key(y)} or
               sr.toks[y].text.lower().endswith("n't") for y in window if y < m.lo or
               y >= m.hi):
            neg.add(id(m))
    if not neg:
        return
    bad = set()
    for r in sr.out[start:]:
        if r.type != AB:
            continue
        ms = [m for m in sr.args if m.eid == r.target]
        if ms and all(id(m) in neg for m in ms) and r.target not in _adjective_agents(sr):
            bad.add((r.source, r.target))
    if bad:
        sr.out[start:] = [r for r in sr.out[start:] if not (r.type == AB and
                                                            (r.source, r.target) in bad)]


# ---- conditionals ------------------------------------------------------------------------
_AR_IF = L._ar("لو", "لولا")
_IF_KEYS = _AR_IF | {"if", "unless"}  # (drop_conditional's words of either script)


def drop_conditional(sr: Any, start: int) -> None:
    """"If the United States had killed X, ..." / "لو اغتالت ...": no statement of a killing;
    the relations the sentence's rules drew from such a clause are removed."""
    if sr.key_set().isdisjoint(_IF_KEYS):
        return  # (most sentences: no conditional word, no scan)
    toks = sr.toks
    cond = next((x for x in range(sr.lo, sr.hi) if (toks[x].key in ("if", "unless") and
                                                     not toks[x].ar) or
                 (toks[x].ar and toks[x].key in _AR_IF)), None)
    if cond is None:
        return
    end = next((x for x in range(cond + 1, sr.hi) if toks[x].text in (",", "،")), sr.hi)
    inside = {m.eid for m in sr.args if cond < m.lo < end}
    sr.out[start:] = [r for r in sr.out[start:] if not (r.type == AB and r.source in inside)]


# ---- "X, whose brother was killed in an Israeli strike": a relative, not X -----------------
_EN_WHOSE = frozenset({"whose"})
_EN_SUBORD_W = frozenset({"after", "when", "before", "as"})
_EN_WHOSE_DIED = frozenset({"killed", "assassinated", "died", "slain", "martyred", "murdered"})
_EN_WHOSE_NOUNS = frozenset({"killing", "assassination", "death", "murder", "martyrdom"})
_AR_KIN_STEMS = ("شقيق", "نجل", "ابن", "ابنا", "ابناء", "اشقاء", "زوج", "اخ", "اخو", "اخي",
                 "حفيد", "احفاد", "والد", "ابو", "ابي", "عم", "خال", "صهر", "مرافق", "مرافقي",
                 "حارس", "سائق", "نجلا", "نجلي", "زوجت", "ابنت", "شقيقت", "والدت", "ام",
                 "اقارب", "افراد")
_AR_KIN_POSS = L._ar(*(st + suf for st in _AR_KIN_STEMS for suf in ("ه", "ها", "هما", "هم")))
_AR_REL_PASS = L._ar("قتل", "اغتيل", "استشهد", "قضى", "سقط", "قتلا", "استشهدا", "قتلوا",
                     "استشهدوا", "اغتيلا")


def _kin_clauses(sr: Any) -> list[tuple[Any, int, int]]:
    """(head, lo, hi) of each relative clause that tells the killing of the head's relative
    or companion: "X, whose brother/three sons were killed ...", "X، الذي قُتل شقيقه/نجله
    ..."; the clause ends at the next comma."""
    if _EN_WHOSE not in sr._by_en and _AR_REL_PASS not in sr._by_ar:
        return []  # (most sentences: no cue word, no trigger look-ups)
    out = []
    for w in sr.triggers(_EMPTY, _EN_WHOSE):
        if sr.key(w + 1) in _EN_WHOSE_NOUNS:
            continue  # "X, whose killing ...": X himself
        v = next((y for y in range(w + 2, min(sr.hi, w + 7)) if sr.key(y) in _EN_WHOSE_DIED),
                 None)
        head = sr.before(w, types=("Person",), maxgap=2)
        if v is not None and head is not None:
            out.append((head, w, _clause_end(sr, v)))
    for t in sr.triggers(_AR_REL_PASS, _EMPTY):
        if sr.key(t - 1) not in ("الذي", "التي", "الذين") or not sr.f(t + 1) & _AR_KIN_POSS:
            continue
        head = sr.before(t - 1, types=("Person",), maxgap=2)
        if head is not None:
            out.append((head, t - 1, _clause_end(sr, t)))
    return out


def _clause_end(sr: Any, x: int) -> int:
    return next((y for y in range(x, sr.hi) if sr.toks[y].text in (",", "،")), sr.hi)


def _agents_outside(sr: Any, lo: int, hi: int) -> set[str]:
    """Countries and bodies named (as mentions or nationality adjectives) outside [lo, hi)."""
    out: set[str] = set()
    for x in list(range(sr.lo, lo)) + list(range(hi, sr.hi)):
        m = sr.mention_at.get(x)
        if m is not None:
            out.add(m.eid)
        for fm in sr.f(x):
            nat = L.NATIONALITY.get(fm) or L.NATIONALITY.get("ال" + fm)
            if nat:
                out.add(nat)
    return out


@needs((_EMPTY, _EN_SUBORD_W))
def drop_misread_description(sr: Any, start: int) -> None:
    """"X replaced Y after the general and Z were killed": a description lookup may give
    "the general" someone else named earlier (the last person of that rank or the article's
    latest); it is Y, so that other person's killing relations of this sentence go."""
    for t in sr.triggers(_EMPTY, _EN_SUBORD_W):
        d = sr.mention_at.get(t + 1) or sr.mention_at.get(t + 2)
        if d is None or d.kind == "name" or d.etype != "Person":
            continue
        described = _described_before(sr, t)
        if described is None or described.eid == d.eid:
            continue
        if any(m.eid == d.eid and m.kind == "name" for m in sr.args):
            continue  # also named in the sentence
        sr.out[start:] = [r for r in sr.out[start:] if not (r.type == AB and
                                                             r.source == d.eid)]


_AR_KIN_OF = L._ar("نجل", "شقيق", "شقيقة", "ابن", "ابنة", "ابناء", "أبناء", "نجلي", "زوجة",
                   "زوج", "اخ", "اخو", "اخي", "حفيد", "احفاد", "والد", "والدة", "مرافق",
                   "مرافقي", "حارس", "سائق", "اقارب", "عائلة", "اشقاء", "صهر")


def _kin_mention(sr: Any, m: Any) -> bool:
    """Is *m* named only as the one whose relative or guard is meant: "the brother of X",
    "X's sons", "شقيق X", "ثلاثة من أبناء X"?"""
    if sr.toks[m.lo].ar:
        b = title_start(m)  # "نجل X" may be read as a title of X
        return bool(sr.f(b) & _AR_KIN_OF) and b + 1 == m.lo or \
            b - 1 >= sr.lo and bool(sr.f(b - 1) & _AR_KIN_OF)
    return _kin_of(sr, m)


def drop_kin_victim(sr: Any, start: int) -> None:
    """"X, whose brother was killed in an Israeli strike, said ..." / "X، الذي قُتل نجله في
    غارة إسرائيلية": X is no victim of that agent (unless the agent is named outside the
    clause too, for a killing of X's own); nor is X in "killed the brother of X", "قتلت
    ... شقيق X" when X is named only so."""
    sources = {r.source for r in sr.out[start:] if r.type == AB}
    kin_only = {e for e in sources if all(
        _kin_mention(sr, m) for m in sr.args if m.eid == e and m.etype == "Person") and any(
        m.eid == e for m in sr.args)}
    if kin_only:
        gone = [r for r in sr.out[start:] if r.type == AB and r.source in kin_only]
        sr.out[start:] = [r for r in sr.out[start:] if not (r.type == AB and
                                                             r.source in kin_only)]
        for r in gone:  # "نجل خليل الحية همام الحية" / "the son of X, Y,": Y is the victim
            for m in [m for m in sr.args if m.eid == r.source]:
                x = m.hi + (1 if m.hi < sr.hi and sr.toks[m.hi].text == "," else 0)
                n = sr.mention_at.get(x)
                if n is not None and n.etype == "Person" and n.kind == "name" and \
                        n.lo == x and n.eid != r.target:
                    sr.add(AB, n.eid, r.target, r.rule)
    for head, lo, hi in _kin_clauses(sr):
        outside = None
        keep = []
        for r in sr.out[start:]:
            if r.type == AB and r.source == head.eid:
                if outside is None:
                    outside = _agents_outside(sr, lo, hi)
                if r.target not in outside:
                    continue
            keep.append(r)
        sr.out[start:] = keep


# ---- entry point -------------------------------------------------------------------------
# ---- the agent's own claim, the orderer's office, armed forces, suspicion -------------------
_EN_THE_STRIKE_W = frozenset({"strike", "airstrike", "attack", "raid", "operation", "bombing",
                              "assassination", "killing"})
_EN_SAID_W = frozenset({"said", "says", "announced", "confirmed", "stated", "added"})
_EN_SPOKES = frozenset({"office", "spokesman", "spokeswoman", "spokesperson", "aides"})
_EN_SUSPECT = frozenset({"evidence", "suspicion", "suspected", "suspect", "charged", "charges",
                         "charge", "alleged", "allegedly", "warrant", "accused", "accusing",
                         "trial", "convicted", "acquitted", "investigating", "probe"})
_AR_SUSPECT = L._ar("بتهمه", "تهمه", "بتهم", "للاشتباه", "الاشتباه", "بالتورط", "متهم",
                    "متهما", "متهمه", "مذكره", "مذكرة", "بتهمة", "تهمة", "اتهام", "باتهام",
                    "يشتبه", "المشتبه")
_EN_KILL_WORDS_W = frozenset({"killing", "killed", "assassination", "murder", "kill",
                            "assassinated", "murdered"})
_AR_KILL_WORDS_W = L._ar("اغتيال", "مقتل", "قتل", "تصفيه", "اغتال", "اغتالت", "قتلت")
_AR_CLAIM_SAY = L._ar("اعلن", "اعلنت", "اكد", "اكدت", "قال", "قالت", "زعم", "زعمت", "ذكر",
                     "ذكرت", "اقر", "اقرت")
_AR_KILLED_HIM_V = L._ar("اغتاله", "اغتالها", "اغتالهما", "قتله", "قتلها", "قتلهما", "صفاه")
_AR_CLAIM_NOUN = L._ar("اعلان", "إعلان", "بيان", "تاكيد", "تأكيد", "اعلانه", "اعلانها")
_AR_IT_KILLED = L._ar("انه", "بانه", "انها", "بانها")
_AR_KILL_VERB_W = L._ar("اغتال", "قتل", "صفى")
_FORCES = ("organization:us-armed-forces", "organization:israel-defense-forces")
_ARMY_OF = ARMY_OF  # (kill_said_it.py)


_AR_THAT_C = frozenset({"ان", "بان", "لان"})
_AR_BARE_ARMY = L._ar("الجيش", "القوات", "جيشه", "قواته", "قواتها", "جيشها")


@needs((_AR_KILL_VERB_W, _EMPTY))
def bare_army_killed_ar(sr: Any) -> None:
    """"أعلن المتحدث باسم الجيش الإسرائيلي X أن الجيش اغتال Y": the bare "الجيش" after
    "أن" is the army named before it in the sentence (not the spokesman)."""
    for t in sr.triggers(_AR_KILL_VERB_W, _EMPTY):
        a = t - 1
        if sr.key(a) == "قد":
            a -= 1
        if not sr.f(a) & _AR_BARE_ARMY or sr.key(a - 1) not in _AR_THAT_C:
            continue
        army = next((m for m in reversed(sr.ments) if m.hi <= a - 1 and
                     m.etype == "Organization" and ("army" in m.eid or "forces" in m.eid)), None)
        victim = sr.after(t + 1, types=("Person",), maxgap=6)
        if army is None or victim is None or sr.blocked(t):
            continue
        for v in sr.chain(victim, ("Person",)):
            sr.add(AB, v.eid, army.eid, "bare_army_killed_ar")


_AR_ADMIT = L._ar("اقر", "اقرت", "يقر", "تقر", "اعترف", "اعترفت", "يعترف", "تعترف")
_AR_KILL_NOUN_B = L._ar("اغتيال", "قتل", "مقتل", "تصفيه", "تصفية")
_EN_ADMIT = frozenset({"admitted", "acknowledged", "admits", "acknowledges", "conceded"})


@needs((_AR_ADMIT, _EN_ADMIT))
def admitted_killing(sr: Any) -> None:
    """"أقرّت إسرائيل باغتيال X" / "Israel admitted killing X": the agent's own admission."""
    ar = sr.toks[sr.lo].ar
    for t in sr.triggers(_AR_ADMIT, _EN_ADMIT):
        if ar:
            noun = next((x for x in range(t + 1, min(sr.hi, t + 5))
                         if sr.toks[x].key.startswith("ب") and sr.f(x) & _AR_KILL_NOUN_B), None)
            if noun is None:
                continue
            agent = sr.after(t + 1, types=("Country", "Organization", "Person"), maxgap=1)
            if agent is None or agent.lo > noun:
                agent = sr.before(t, types=("Country", "Organization", "Person"), maxgap=1)
        else:
            noun = t + 1 if sr.key(t + 1) in ("killing", "assassinating") else None
            if noun is None:
                continue
            agent = sr.subject_before(t, maxgap=8)
        victim = sr.after(noun + 1, types=("Person",), maxgap=2)
        if agent is None or victim is None or agent.eid == victim.eid or \
                agent.etype not in ("Country", "Organization", "Person") or sr.blocked(t):
            continue
        for v in sr.chain(victim, ("Person",)):
            sr.add(AB, v.eid, agent.eid, "admitted_killing")


# ---- a court's verdict against a killer ------------------------------------------------
_EN_VERDICT = frozenset({"sentenced", "convicted", "guilty"})
_EN_KILL_GERUND = frozenset({"killing", "murdering", "assassinating"})
_EN_KILL_NOUN_OF = frozenset({"killing", "murder", "assassination", "slaying"})
_AR_CHARGE = L._ar("بتهمة", "بتهمه", "بجريمة", "بجريمه", "لإدانته", "لادانته", "لإدانتهم",
                   "لادانتهم", "المدان", "المدانين", "المدانون", "إدانته", "ادانته", "إدانتهم",
                   "ادانتهم", "بإدانته", "بادانته")  # "بعد إدانته بقتل Y" after a verdict word
_AR_VERDICT = L._ar("بالإعدام", "بالاعدام", "بإعدام", "باعدام", "حكم", "حكمت", "حكما", "حكماً",
                    "بالسجن", "أدانت", "ادانت", "دانت", "أصدرت", "اصدرت", "قضت")


@needs((_AR_CHARGE, _EN_VERDICT))
def verdict_killer(sr: Any) -> None:
    """A court's verdict against a killer: "a court sentenced X to death for the killing /
    murder of Y", "X was sentenced to death for killing Y", "X was convicted of killing Y",
    "found X guilty of the assassination of Y", "حكمت المحكمة بالإعدام على X بتهمة قتل Y",
    "حكماً بالإعدام بحق X لإدانته / بعد إدانته باغتيال Y" -> Y by X. Not a charge alone
    ("charged with", "بتهمة" without a verdict word), not an acquittal, not negated."""
    ar = sr.toks[sr.lo].ar
    for t in sr.triggers(_AR_CHARGE, _EN_VERDICT):
        if ar:
            kill = t + 1
            if not sr.f(kill) & _AR_KILL_NOUN_B:
                continue
            if not any(sr.f(y) & _AR_VERDICT for y in range(max(sr.lo, t - 15), t)):
                continue
            killer = sr.before(t, types=("Person",), maxgap=3)
            victim = sr.after(kill + 1, types=("Person",), maxgap=3)
            if killer is None and sr.toks[kill].key.startswith("ب"):
                continue
        else:
            k = sr.key(t)
            prep = "for" if k == "sentenced" else "of"
            x = next((y for y in range(t + 1, min(sr.hi, t + 14))
                      if sr.key(y) == prep or sr.toks[y].text in (";", ":")), None)
            if x is None or sr.key(x) != prep:
                continue
            y = x + 1 + (sr.key(x + 1) == "the")
            if sr.key(y) in _EN_KILL_NOUN_OF and sr.key(y + 1) == "of":
                vstart = y + 2
            elif sr.key(y) in _EN_KILL_GERUND and y == x + 1:
                vstart = y + 1
            elif y == x + 2 and sr.key(y) in _EN_KILL_NOUN_OF and sr.key(t - 1) == "those" \
                    and sr.key(t - 2) == "among" and sr.key(y + 1) in ("was", "were"):
                # "Among those convicted of the killing was X": the killing told before
                dead = deceased_person(sr.doc, sr.si, t)
                killer = sr.after(y + 2, types=("Person",), maxgap=1)
                if dead and killer is not None and killer.eid != dead and \
                        not sr.blocked(t, killer):
                    sr.add(AB, dead, killer.eid, "verdict_killer")
                continue
            else:
                continue
            victim = sr.after(vstart, types=("Person",), maxgap=3)
            killer = sr.after(t + 1, types=("Person",), maxgap=x - t)
            if killer is not None and killer.hi > x:
                killer = None
            if killer is None and k == "guilty":
                killer = sr.before(t, types=("Person",), maxgap=0)  # "found X guilty"
            if killer is None:
                a = t - 1
                if sr.key(a) == "found":  # "X was found guilty"
                    a -= 1
                if sr.key(a) in EN_PASSIVE_AUX:
                    killer = sr.subject_before(a, maxgap=12)
        if killer is None or victim is None or killer.eid == victim.eid or \
                killer.etype != "Person" or sr.blocked(t, killer):
            continue
        sr.add(AB, victim.eid, killer.eid, "verdict_killer")


_AR_DUAL_DEATH = L._ar("حتفهما", "مصرعهما")


@needs((_AR_DUAL_DEATH, _EMPTY))
def dual_victims_ar(sr: Any, start: int) -> None:
    """"لقي قائد ... X ونائب ... Y حتفهما بضربة أميركية": the dual pronoun names both people
    before it as victims (a title between them is no break in the list)."""
    for t in sr.triggers(_AR_DUAL_DEATH, _EMPTY):
        ppl = [m for m in sr.args if m.etype == "Person" and m.hi <= t and t - m.hi <= 30]
        if len(ppl) < 2:
            continue
        pair = ppl[-2:]
        agents = {r.target for r in sr.out[start:] if r.type == AB and
                  r.source in (pair[0].eid, pair[1].eid)}
        for a in agents:
            for v in pair:
                if v.eid != a and not any(r.type == AB and r.source == v.eid and r.target == a
                                          for r in sr.out):
                    sr.add(AB, v.eid, a, "dual_victims_ar")


@needs((_AR_KILL_VERB_W | _AR_KILLED_HIM_V, _EMPTY))
def announced_it_killed_ar(sr: Any) -> None:
    """"(وكان) جيش الاحتلال (قد) أعلن أنه اغتال X" / "أعلنت إسرائيل أنها قتلت X": the
    speaker's own claim names it as the agent."""
    for t in sr.triggers(_AR_KILL_VERB_W | _AR_KILLED_HIM_V, _EMPTY):
        if not sr.f(t - 1) & _AR_IT_KILLED:
            continue
        say = next((y for y in range(t - 2, max(sr.lo, t - 10) - 1, -1)
                    if sr.f(y) & (_AR_CLAIM_SAY | _AR_CLAIM_NOUN)), None)
        if say is None:
            continue
        spk = sr.after(say + 1, types=("Organization", "Country", "Person"), maxgap=0)
        if spk is None or spk.hi > t - 1:
            spk = sr.before(say, types=("Organization", "Country", "Person"), maxgap=2)
        if spk is None and sr.key(say + 1) == "الجيش" and say + 1 not in sr.mention_at:
            spk = bare_army(sr, say + 1)  # "لم تعلّق إسرائيل ... ثم قال الجيش إنه قتل X"
        if spk is None:
            continue
        if sr.f(t) & _AR_KILLED_HIM_V:
            # "استشهاد X، بعد ساعات من إعلان الجيش الإسرائيلي أنه اغتاله": the person the
            # sentence named before the claim
            victim = sr.before(say, types=("Person",), maxgap=30)
            if victim is not None and victim.eid == spk.eid:
                victim = None
            last = t
        else:
            victim = sr.after(t + 1, types=("Person",), maxgap=2)
            if victim is None:  # "أنه اغتال قبل نحو ثلاثة أشهر عضو ... X": an adverbial first
                victim = next((m for m in sr.args if m.etype == "Person" and m.kind == "name"
                               and t < m.lo <= t + 20), None)
                if victim is not None and any(sr.toks[y].text in ("،", ",", ".")
                                              for y in range(t + 1, victim.lo)):
                    victim = None
            last = victim.hi - 1 if victim is not None else t
        if victim is None or spk.eid == victim.eid or sr.blocked(t):
            continue
        victims = titled_list(sr, sr.chain(victim, ("Person",))) \
            if not sr.f(t) & _AR_KILLED_HIM_V else [victim]
        for v in _more_victims(victims, companions(sr, max(last, victims[-1].hi - 1))):
            sr.add(AB, v.eid, spk.eid, "announced_it_killed_ar")


@needs((_EMPTY, _EN_ORDERED))
def said_he_ordered_strike_en(sr: Any) -> None:
    """"X's office said he had (personally) ordered the strike" / "X said he had ordered the
    strike", right after a sentence reporting the killing with a named agent: X ordered it."""
    prev = [(s_, e) for s_, e in sr.doc.state.get("victims", ()) if sr.si - 2 <= s_ < sr.si]
    if not prev:
        return
    for t in sr.triggers(_EMPTY, _EN_ORDERED):
        x = t + 1
        if sr.key(x) not in ("the", "that", "this"):
            continue
        if sr.key(x + 1) not in _EN_THE_STRIKE_W and not (
                sr.key(x + 1) in ("air", "drone") and sr.key(x + 2) in _EN_THE_STRIKE_W):
            continue
        y = t - 1
        while sr.key(y) in ("personally", "himself", "had", "has", "have", "directly"):
            y -= 1
        if sr.key(y) not in ("he", "she"):
            continue
        y -= 1
        if sr.key(y) == "that":
            y -= 1
        if sr.key(y) not in _EN_SAID_W:
            continue
        spk = sr.before(y, types=("Person",), maxgap=3)
        if spk is None:
            continue
        gap = [sr.key(z) for z in range(spk.hi, y)]
        if gap and not (spk.poss and gap[-1] in _EN_SPOKES) and not all(
                g in ("later", "also", "then", "subsequently", "publicly") for g in gap):
            continue
        if sr._irrealis(t) or sr.blocked(t):
            continue
        last = max(s_ for s_, _e in prev)
        if not _same_side(sr, spk.eid, last):
            continue  # "Khamenei said he had ordered the strike": another strike
        for v in dict.fromkeys(e for s_, e in prev if s_ == last):
            if v != spk.eid:
                sr.add(AB, v, spk.eid, "said_he_ordered_strike_en")


_AR_ORDERED_IT = L._ar("امر", "امرت")
_AR_STRIKE_DEF = L._ar("الغاره", "الضربه", "الهجوم", "العمليه", "الغارة", "الضربة", "العملية",
                       "بالغاره", "بالضربه", "بالهجوم", "بالعمليه", "بالغارة", "بالضربة",
                       "بالعملية")
_AR_EXECUTE = L._ar("بتنفيذ", "بشن", "باطلاق")


@needs((_AR_ORDERED_IT, _EMPTY))
def said_he_ordered_strike_ar(sr: Any) -> None:
    """"وقال مكتب X إنه أمر (شخصياً) بتنفيذ الغارة" / "وأعلن X أنه أمر بالضربة", right after
    a sentence reporting the killing with a named agent: X ordered it."""
    prev = [(s_, e) for s_, e in sr.doc.state.get("victims", ()) if sr.si - 2 <= s_ < sr.si]
    if not prev:
        return
    for t in sr.triggers(_AR_ORDERED_IT, _EMPTY):
        if not sr.f(t - 1) & _AR_IT_KILLED:
            continue
        nxt = [x for x in range(t + 1, min(sr.hi, t + 4))]
        x = next((x for x in nxt if sr.f(x) & _AR_STRIKE_DEF or sr.f(x) & _AR_EXECUTE), None)
        if x is None:
            continue
        if sr.f(x) & _AR_EXECUTE and not sr.f(x + 1) & _AR_STRIKE_DEF:
            continue
        say = next((y for y in range(t - 2, max(sr.lo, t - 12) - 1, -1)
                    if sr.f(y) & _AR_CLAIM_SAY), None)
        if say is None:
            continue
        spk = sr.after(say + 1, types=("Person",), maxgap=4)
        if spk is None or spk.hi > t - 1 or sr.blocked(t):
            continue
        last = max(s_ for s_, _e in prev)
        if not _same_side(sr, spk.eid, last):
            continue
        for v in dict.fromkeys(e for s_, e in prev if s_ == last):
            if v != spk.eid:
                sr.add(AB, v, spk.eid, "said_he_ordered_strike_ar")


_AR_KILL_NOUN_P = L._ar("اغتيال", "مقتل", "استشهاد", "تصفيه", "تصفية")
_AR_HIS_PRED = L._ar("سلفه", "سلفها")
_EN_KILL_NOUN_P = frozenset({"killing", "assassination", "death"})


@needs((_AR_KILL_NOUN_P, _EN_KILL_NOUN_P))
def predecessor_killed(sr: Any) -> None:
    """"وتولى X القيادة بعد اغتيال سلفه بغارة أميركية" / "after the killing of his predecessor
    in a U.S. strike": the predecessor this sentence's succession names was killed by the agent
    named after it."""
    preds = list(dict.fromkeys(r.target for r in sr.out if r.type == "SUCCESSOR_OF"))
    if len(preds) != 1:
        return
    for t in sr.triggers(_AR_KILL_NOUN_P, _EN_KILL_NOUN_P):
        if sr.toks[t].ar:
            if not sr.f(t + 1) & _AR_HIS_PRED:
                continue
            after = t + 2
        elif sr.key(t + 1) == "of" and sr.key(t + 2) in ("his", "her") and \
                sr.key(t + 3) == "predecessor":
            after = t + 4
        elif sr.key(t - 1) == "whose" and sr.toks[t - 2].text == "," and \
                sr.key(t - 3) == "predecessor" and sr.key(t - 4) in ("his", "her"):
            after = t + 1  # "than his predecessor, whose killing in a US strike ..."
        else:
            continue
        agent, _how = sr._agent_after(after, limit=8)
        if agent and agent != preds[0] and not sr.blocked(t):
            sr.add(AB, preds[0], agent, "predecessor_killed")


_AR_DIED_NAT = L._ar("توفي", "توفيت", "مات", "ماتت", "فارق")
_AR_WOUNDS = L._ar("متاثرا", "متاثره", "متأثراً", "متأثرة", "متاثر")
_AR_RESULT_W = L._ar("ادى", "ادت", "اسفر", "اسفرت", "تسبب", "تسببت", "أدى", "أسفر")
_AR_KILL_HIM_N = L._ar("مقتله", "مقتلها", "مقتلهما", "مقتلهم", "اغتياله", "اغتيالهما",
                       "مصرعه", "مصرعهما", "مصرعهم", "استشهاده", "استشهادهما")
_AR_WHAT = frozenset({"ما", "مما"})


@needs((_AR_DIED_NAT, _EMPTY))
def died_of_wounds_ar(sr: Any) -> None:
    """"توفي X متأثراً بجروح أصيب بها في غارة إسرائيلية": the strike's agent killed X."""
    for t in sr.triggers(_AR_DIED_NAT, _EMPTY):
        w = next((x for x in range(t + 1, min(sr.hi, t + 8)) if sr.f(x) & _AR_WOUNDS), None)
        if w is None:
            continue
        victim = sr.after(t + 1, types=("Person",), maxgap=3)
        if victim is None or victim.lo > w:
            victim = sr.before(t, types=("Person",), maxgap=3)
        agent = None
        for x in range(w + 1, min(sr.hi, w + 12)):
            if sr.toks[x].punct:
                break
            if sr.f(x) & _AR_STRIKE_N or any(f.startswith(("غار", "ضرب", "قصف")) for f in sr.f(x)):
                m = sr.after(x + 1, types=_AGENTS, maxgap=1)
                agent = sr.nat_agent(x + 1, x + 3) or (m.eid if m is not None else None)
                break
        if victim is None or agent is None or sr.blocked(t):
            continue
        sr.add(AB, victim.eid, agent, "died_of_wounds_ar")


@needs((_AR_KILL_HIM_N, _EMPTY))
def result_killed_him_ar(sr: Any) -> None:
    """"استهدفت غارة أمريكية موكب X، ما أدى إلى مقتله (مع Y)": the strike named before the
    result clause killed X (the last person named before it) and Y."""
    for t in sr.triggers(_AR_KILL_HIM_N, _EMPTY):
        r = t - 1
        if sr.key(r) in ("الي", "عن", "في"):
            r -= 1
        if not sr.f(r) & _AR_RESULT_W or sr.key(r - 1) not in _AR_WHAT:
            continue
        agent = strike_agent_back(sr, r - 1) or claim_after_ar(sr, t + 1)  # "...، وأعلن Y
        if not agent:  # مسؤوليته عنه" (strike_claimed.py)
            continue
        ppl = [m for m in sr.args if m.etype == "Person" and m.hi <= r - 1 and r - 1 - m.hi <= 6]
        if not ppl:
            continue
        dual = any(f.endswith(("هما", "هم")) for f in sr.f(t))
        victims = ppl[-2:] if dual and len(ppl) >= 2 else ppl[-1:]
        if sr.key(t + 1) == "مع":
            more = sr.after(t + 2, types=("Person",), maxgap=1)
            if more is not None:
                victims = victims + sr.chain(more, ("Person",))
        if sr.blocked(r - 1) or any(sr.f(x) & L.AR_NEG for x in range(sr.lo, r - 1)):
            continue  # (the relative "ما" itself is no negation; "لم تستهدف ... ما أدى" is)
        for v in victims:
            if v.eid != agent:
                sr.add(AB, v.eid, agent, "result_killed_him_ar")


_EN_CLASH = frozenset({"clash", "clashes", "firefight", "gunfight", "gunbattle", "battle",
                       "confrontation", "shootout", "exchange"})
_AR_CLASH = L._ar("اشتباك", "اشتباكات", "مواجهه", "مواجهات", "مواجهة", "معركه", "معركة",
                  "اشتباكا")
_AR_DIED = L._ar("قتل", "قُتل", "استشهد", "اغتيل", "قضى", "لقي", "سقط")


@needs((_AR_CLASH, _EN_CLASH))
def killed_in_clash(sr: Any) -> None:
    """"X was killed in a clash / firefight with Israeli troops" / "قُتل X في اشتباك مع قوات
    الاحتلال": the named side of the fight is the agent."""
    ar = sr.toks[sr.lo].ar
    for t in sr.triggers(_AR_CLASH, _EN_CLASH):
        if ar:
            if not (sr.key(t + 1) == "مع" or sr.key(t + 2) == "مع"):
                continue
            w = t + 1 if sr.key(t + 1) == "مع" else t + 2
            verb = next((y for y in range(t - 1, max(sr.lo, t - 10) - 1, -1)
                         if sr.f(y) & _AR_DIED), None)
            if verb is None:
                continue
            victim = sr.after(verb + 1, types=("Person",), maxgap=3)
            if victim is None or victim.lo > t:
                # "X، الذي ...، قُتل في اشتباك مع Y": the relative clause's head
                victim = sr._ar_relative_subject(verb) or \
                    sr.before(verb, types=("Person",), maxgap=4)
        else:
            w = t + 1
            if sr.key(w) != "with":
                continue
            verb = next((y for y in range(t - 1, max(sr.lo, t - 5) - 1, -1)
                         if sr.key(y) in ("killed", "died")), None)
            if verb is None or not all(sr.key(y) in ("in", "a", "an", "the", "during",
                                                      "heavy", "fierce", "armed", "gun")
                                       for y in range(verb + 1, t)):
                continue
            aux = verb - 1
            victim = sr.subject_before(aux if sr.key(aux) in EN_PASSIVE_AUX else verb,
                                       maxgap=20)
        agent_m = sr.after(w + 1, types=_AGENTS, maxgap=1)
        nat = sr.nat_agent(w + 1, w + 3) if agent_m is None else None
        agent = agent_m.eid if agent_m is not None else nat and _ARMY_OF.get(nat, nat)
        # ("a firefight with Israeli soldiers", "اشتباك مع قوة إسرائيلية": the army)
        if victim is None or agent is None or victim.etype != "Person" or \
                agent == victim.eid or sr.blocked(verb, victim):
            continue
        sr.add(AB, victim.eid, agent, "killed_in_clash")


def _same_side(sr: Any, person: str, si: int) -> bool:
    """Is *person* (by the gazetteer's country) on the side of an agent of the killing told
    in sentence *si* (the agent itself, its country, or the country of its armed forces)?"""
    agents = {a for s_, a in sr.doc.kill_agents if s_ == si}
    if person in agents:
        return True
    e = sr.doc.gaz.get(person)
    country = getattr(e, "country", None) if e is not None else None
    if not country:
        return False
    for a in agents:
        ea = sr.doc.gaz.get(a)
        if a == country or (ea is not None and getattr(ea, "country", None) == country):
            return True
    return False


_FORCES_HEAD = L._ar("قائد", "رئيس", "آمر", "نائب")
_FORCES_HEAD_EN = frozenset({"commander", "head", "chief"})


def forces_not_country(sr: Any, start: int) -> None:
    """The agent "القوات الأمريكية" / "U.S. forces" is the armed forces: a country named only
    by the adjective inside that name is no second agent."""
    new = [r for r in sr.out[start:] if r.type == AB]
    if not new:
        return
    forces = [m for m in sr.args if m.eid in _FORCES and not (
        sr.f(m.lo - 1) & _FORCES_HEAD or sr.key(m.lo - 1) == "of" and sr.key(
            m.lo - 2) in _FORCES_HEAD_EN)]  # ("X، قائد القوات الأميركية، قال": X's title)
    if not forces:
        return
    inside: dict[str, set[int]] = {}
    for m in forces:
        for x in range(m.lo, m.hi):
            for fm in sr.f(x):
                c = L.NATIONALITY.get(fm) or L.NATIONALITY.get("ال" + fm)
                if c:
                    inside.setdefault(c, set()).add(x)
    if not inside:
        return
    named_outside: set[str] = set()
    for x in range(sr.lo, sr.hi):
        m = sr.mention_at.get(x)
        if m is not None and m.etype == "Country":
            named_outside.add(m.eid)
            continue
        if m is not None and m.eid in _FORCES:
            continue
        for fm in sr.f(x):
            c = L.NATIONALITY.get(fm) or L.NATIONALITY.get("ال" + fm)
            if c:
                named_outside.add(c)
    out = sr.out[:start]
    for r in sr.out[start:]:
        if r.type == AB and r.target in inside and r.target not in named_outside:
            force = next(m.eid for m in forces if any(x in inside[r.target]
                                                      for x in range(m.lo, m.hi)))
            r = r._replace(target=force)
            if any(o.type == AB and o.source == r.source and o.target == force for o in out):
                continue
        out.append(r)
    sr.out[:] = out


@needs((_AR_SUSPECT, _EN_SUSPECT))
def drop_suspected(sr: Any, start: int) -> None:
    """A killing named under suspicion, charges or evidence ("insufficient evidence that he
    had ordered the killing of X", "on suspicion of ordering the killing of X", "بتهمة
    التورط في اغتيال X"): its suspect, named before it, is no agent."""
    if not any(r.type == AB for r in sr.out[start:]):
        return
    cues = sr.triggers(_AR_SUSPECT, _EN_SUSPECT)
    if not cues:
        return
    kills = sr.triggers(_AR_KILL_WORDS_W, _EN_KILL_WORDS_W)
    bad: list[tuple[int, int]] = []  # (cue, killing word) pairs
    for c in cues:
        k = next((k for k in kills if c < k <= c + 10), None)
        if k is not None:
            bad.append((c, k))
    if not bad:
        return

    def suspect(r: Any) -> bool:
        for c, k in bad:
            if r.target in complicity_agents(sr, c):
                continue  # "accused him of complicity in the U.S. killing of X"
            agent_before = any(m.eid == r.target and m.hi <= k for m in sr.args) or \
                r.target not in {m.eid for m in sr.args}
            victim_after = any(m.eid == r.source and m.lo > k for m in sr.args)
            agent_after = any(m.eid == r.target and m.lo > k for m in sr.args)
            if victim_after and agent_before and not agent_after:
                return True
        return False

    sr.out[start:] = [r for r in sr.out[start:] if not (r.type == AB and suspect(r))]


@needs((_AR_CUES, _EN_CUES))
def more_killings(sr: Any, start: int) -> None:
    """Run the rules above on one sentence; *start* is the length of ``sr.out`` before the
    sentence's killing rules ran (their relations are ``sr.out[start:]``). A sentence
    without a cue word (outside names) is skipped, by the dispatch or, when every rule is
    asked to run (``dispatch.all_rules_run``), by the test below: the rules keep their
    scope. The steps that start from trigger words declare them (``@needs``): a step whose
    cue words the sentence lacks returns at once, without its ``triggers()`` look-ups."""
    if not sr.triggers(_AR_CUES, _EN_CUES):
        return
    sr._agents = []
    en = not sr.toks[sr.lo].ar
    if en:
        also_killed_en(sr)
        strike_subject_orderer_en(sr)
        killing_him_en(sr)
        among_killed_en(sr)
        whom_killed_en(sr)
        claimed_killing_en(sr)
        claimed_the_killing_en(sr)
        slain_by_en(sr)
        manner_to_death_by_en(sr)
        passive_orderer_en(sr)
        ordered_strike_en(sr)  # kill_ordered.py: "X (did Z and) ordered the strike that killed Y"
        strike_that_killed_en(sr)  # strike_done_by.py
        said_it_targeted_en(sr)  # kill_targeted.py: "X died in a strike; Y said it had ..."
        its_strike_en(sr)  # (kill_targeted.py) "Y says X was killed in its air strike"
        whose_convoy_struck_en(sr)  # (strike_done_by.py)
    else:
        killed_with_him_ar(sr)
        died_vso_ar(sr)
        nominal_subject_ar(sr)
        by_fire_of_ar(sr)
        strike_killed_him_ar(sr)
        strike_which_killed_ar(sr)
        strike_subject_ar(sr)
        lede_victim_ar(sr)
        killed_in_it_ar(sr)
        rel_passive_ar(sr)
        among_killed_ar(sr)  # kill_among_ar.py: "كان X بين الذين قُتلوا في الغارة ..."
        subjunctive_killed_ar(sr)  # kill_subjunctive_ar.py: "قبل أن يُقتل X بغارة أميركية"
        martyr_predicate_ar(sr)  # kill_martyr_ar.py: "ارتقى X شهيداً بغارة إسرائيلية"
    its_forces_killed(sr)
    we_killed_ar(sr)  # kill_said_it.py: 'نتنياهو: «قضينا على X»' (also after "10:05 -")
    killed_among(sr)
    also_killed(sr)  # also_killed.py: "Y was also killed", "وقُتل إلى جانبه Y"
    killed_with_companion(sr)  # kill_companion.py: "وقُتل مع V مرافقه X", "X was killed with V"
    whom_said_killed(sr)  # kill_said_it.py: "X, whom Y said it killed"
    if en:
        phrasal_killed_en(sr)  # kill_phrasal.py: "Israeli troops shot dead X"
    else:
        operation_killed_ar(sr)  # kill_phrasal.py: "نفّذت Y عملية اغتيال X"
        agent_verb_killed_ar(sr)  # kill_phrasal.py: "أردت Y X قتيلاً", "قضت Y على X"
    if en:
        said_he_ordered_strike_en(sr)
    else:
        announced_it_killed_ar(sr)
        dual_victims_ar(sr, start)
        said_he_ordered_strike_ar(sr)
        bare_army_killed_ar(sr)
        died_of_wounds_ar(sr)
        result_killed_him_ar(sr)
        convicted_of_killing_ar(sr)  # kill_convicted.py: "دانت المحكمة X وY بقتل Z"
    admitted_killing(sr)
    killed_in_clash(sr)
    predecessor_killed(sr)
    announced_killing(sr)  # kill_claims.py: "أعلن الجيش الإسرائيلي اغتيال X"
    if en:
        said_strike_killed_en(sr)  # "The Israeli military said a strike killed X"
    new = [r for r in sr.out[start:] if r.type == AB]
    if new:
        extend_victims(sr, new)
        far_orderers(sr, sr.out[start:])
    later_orderer(sr)
    if any(r.type == AB for r in sr.out[start:]):
        drop_conditional(sr, start)
        drop_accused(sr, start)
        drop_claim_clause(sr, start)  # kill_claim_clause.py: "X, who Y says killed Z"
        drop_negated_agent(sr, start)
        if en:
            drop_infinitive(sr, start)
        forces_not_country(sr, start)
        drop_suspected(sr, start)
        drop_kin_victim(sr, start)
        if en:
            drop_misread_description(sr, start)
    verdict_killer(sr)  # (after the filters of suspicion and charges: a verdict is stated)


_EN_SAID_VERBS = frozenset({"said", "says", "announced", "confirmed", "told", "stated",
                            "added", "reported", "claimed", "declared", "revealed"})
_EN_SUBJ_PRON = frozenset({"it", "they", "he", "she", "we", "i", "its", "their", "his", "our"})


# time and manner words between a verb of saying and its clause ("said a day earlier that")
_EN_SAID_SKIP = frozenset({"on", "that", "late", "earlier", "later", "also", "a", "an", "day",
                           "days", "week", "weeks", "hours", "ago", "last", "in", "statement",
                           "separately", "previously", "two", "three"})


def _said_other_subject(sr: Any, lo: int, t: int) -> bool:
    """English: a verb of saying between the speaker (ending at *lo*) and the killing verb
    at *t*, whose clause has a subject of its own that is no pronoun ("X said on Friday that
    security forces had killed Y": the forces, not X; "X said it had killed Y": X)."""
    for x in range(lo, t):
        if sr.key(x) in _EN_SAID_VERBS:
            y = x + 1
            while y < t and (sr.key(y) in _EN_SAID_SKIP
                             or sr.toks[y].cap and (sr.key(y).endswith("day") or
                                                    sr.key(y) in L.EN_MONTHS)):
                y += 1
            return y < t and sr.key(y) not in _EN_SUBJ_PRON and sr.mention_at.get(y) is None
    return False


def _who_clause_member(sr: Any, first: Any) -> list:
    """English: "X, who headed ..., and (his deputy) Y were killed": X, the subject list's
    first member whose relative clause ends right before "and" + the list member *first*
    (when the list starts there); [] otherwise."""
    start = title_start(first)
    b = next((y for y in range(start - 1, max(sr.lo, start - 5), -1)
              if sr.key(y) == "and"), None)
    if b is None or sr.toks[b - 1].text != "," or any(
            sr.toks[y].ar or sr.toks[y].punct or (sr.toks[y].cap and
                                                  sr.key(y) not in L.NATIONALITY)
            for y in range(b + 1, start)):
        return []  # "..., and (his Iraqi lieutenant) Y": only lower-case words between
    for y in range(b - 2, max(sr.lo, b - 30), -1):
        if sr.key(y) == "who" and sr.toks[y - 1].text == ",":
            head = sr.before(y - 1, types=("Person",), maxgap=0)
            if head is not None and head.kind == "name" and not head.poss and \
                    head.eid != first.eid and not any(
                        sr.toks[z].text in (".", ";") for z in range(y, b)):
                return [head]
            return []
        if sr.key(y) in ("and", "who", "which") or sr.mention_at.get(y) is not None and \
                sr.mention_at[y].etype == "Person":
            return []
    return []


_EN_ROLE_NOUNS = frozenset({"commander", "leader", "official", "member", "general",
                            "officer", "figure", "chief", "head", "militant", "operative",
                            "cleric", "scientist", "adviser", "advisor", "aide", "deputy",
                            "spokesman", "founder"})
_EN_DIED_WORDS = frozenset({"died", "killed", "slain", "martyred", "assassinated"})


def _in_dateline(sr: Any, m: Any, t: int) -> bool:
    """The place *m* is the dateline opening the sentence ("WASHINGTON -", "BEIRUT (AP) —"),
    before the killing word at *t*: no agent of it."""
    return m is not None and m.lo == sr.lo and m.etype in ("Country", "Location") and \
        sr.toks[m.lo].text.isupper() and m.hi < after_dateline(sr, t) <= t


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
        if toks[start - 1].key in ("killed", "assassinated") and \
                toks[start - 2].key in ("had", "has", "have"):
            return m.eid  # "CENTCOM said its forces had killed Y, a commander ..."
        alias_end = next((o.hi for o in sr.doc.by_sent.get(sr.si + 1, ()) if o.etype ==
                          "Person" and m.hi < o.lo <= m.hi + 4 and o not in nxt), m.hi)
        end = min(sr.doc.sents[sr.si + 1].hi, alias_end + 10)  # (past ", known as Z,")
        later = [o.lo for o in nxt if o.lo >= m.hi and o.eid != m.eid]
        if later:
            end = min(end, later[0])  # "X said Y died": Y's death, not X's
        if any(toks[z].key in _EN_DIED_WORDS for z in range(m.hi, end)):
            return m.eid  # "Y, also known as Z, died when ..."
    return None


# ---- base rules (methods of SentenceRules: the killing verbs and nouns) -----------------
_C8 = L._ar("اغتيال", "مقتل", "تصفية", "اغتياله", "مقتله", "استشهاد")
_C9 = L._ar("مقتل", "اغتيال")
_C10 = L._ar("اغتيل", "قتل", "استشهد", "استشهدا", "استشهدوا", "قتلا", "اغتيلا",
             "اغتيلوا", "ارتقى", "ارتقيا", "ارتقوا", "ارتقت")  # (also) passive readings


_AR_EXECUTED_IT = L._ar("نفذتها", "نفذها", "شنتها", "شنها", "نفذته", "شنته", "اطلقتها",
                       "اطلقها", "نفذتهما", "شنتهما", "نفذه", "شنه")
_EN_PARTICIPLE_NEXT = frozenset({"by", "in", "alongside", "along", "with", "during", "when",
                                 "while", "on", "at", "near", "together", "last", "earlier",
                                 "inside", "outside", "after", "days", "weeks", "months",
                                 "years", "early", "late"})
_EN_STRIKE_MODS = frozenset({"air", "drone", "missile", "rocket", "artillery", "naval",
                             "helicopter", "precision", "-"})


_EN_DID_STRIKE = frozenset({"carried", "conducted", "launched", "claimed", "admitted",
                            "acknowledged", "staged", "executed", "mounted"})
_EN_DID_ADV = frozenset({"that", "which", "only", "later", "reportedly", "had", "has",
                         "publicly", "officially", "eventually", "never"})


def _strike_done_by(sr: Any, x: int) -> str | None:
    """English: "(in) an attack Israel (only) admitted to / carried out / claimed", "a strike
    that the US launched": the subject of the relative clause after the strike noun at *x*
    (not when negated: "an attack Israel never admitted")."""
    y = x + 1
    if sr.key(y) in ("that", "which"):
        y += 1
    m = sr.after(y, types=("Country", "Organization"), maxgap=1)
    if m is None:
        return None
    z = m.hi
    while z < sr.hi and sr.key(z) in _EN_DID_ADV and z - m.hi < 3:
        if sr.key(z) == "never":
            return None
        z += 1
    return m.eid if sr.key(z) in _EN_DID_STRIKE else None


def _org_before_strike(sr: Any, lo: int, x: int) -> str | None:
    """English: an organisation named right before the strike noun at *x*, with only strike
    modifiers between ("a Saudi-led coalition air strike", "an IDF drone strike")."""
    y = x - 1
    while y >= lo and sr.key(y) in _EN_STRIKE_MODS:
        y -= 1
    m = sr.mention_at.get(y) if y >= lo else None
    if m is None or m.etype != "Organization" or m.kind != "name" or m.hi != y + 1:
        return None
    return m.eid


_EN_DESC_NOUNS = frozenset({"general", "commander", "leader", "cleric", "chief", "minister",
                            "president", "official", "envoy", "militant", "scientist"})


def _subordinator_of(sr: Any, first: Any) -> int | None:
    """Position of "after/when" before "the <description> and" that opens a victim list
    whose first member is *first* (the description's mention, or the name after "and")."""
    p = first.lo
    for sub in (p - 4, p - 1, p - 2):  # "after the general and X" / "after [the general]"
        if sub >= sr.lo and sr.key(sub) in _EN_SUBORD and sr.key(sub + 1) == "the":
            return sub
    return None


def _described_before(sr: Any, sub: int) -> Any:
    """"X succeeded Y after the general and Z were killed" (subordinator *sub*): "the
    general" is Y, the person named last before the clause who is not the main clause's
    subject (X); None for any other shape."""
    if not (sr.key(sub) in _EN_SUBORD and sr.key(sub + 1) == "the" and
            sr.key(sub + 2) in _EN_DESC_NOUNS and sr.key(sub + 3) == "and"):
        return None
    people = [m for m in sr.args if m.etype == "Person" and m.hi <= sub and m.kind == "name"]
    if len(people) < 2 or people[-1].eid == people[0].eid:
        return None
    return people[-1]


def _speaker_not_victim(sr: Any, victim: Any, t: int) -> bool:
    """Is *victim* the subject of a verb of saying before the passive at *t* ("X said (that)
    six people were killed", "X, who survived, said his aides were killed")?"""
    for y in range(victim.hi, t):
        if sr.key(y) not in _EN_SAID_VERBS:
            continue
        if sr.key(y - 1) in ("who", "which"):
            return False  # "X, who said he feared for his life, was killed": X
        if y - victim.hi <= 2:
            return True
        return sr.key(victim.hi) == "," and sr.key(victim.hi + 1) in ("who", "which") and \
            sr.toks[y - 1].text == ","  # (not "X, who said ..., was killed")
    return False


_EN_GROUP_WORDS = frozenset({"several", "some", "many", "two", "three", "four", "five", "six",
                             "of", "his", "her", "their", "its", "members", "ministers",
                             "aides", "bodyguards", "guards", "family", "relatives", "others",
                             "other", "commanders", "officials", "companions", "sons",
                             "children", "people", "fighters", "a", "number", "dozen"})


def _head_before_group(sr: Any, t: int) -> Any:
    """"X, prime minister of Y, and several of his ministers were killed" (verb *t*): X, the
    person before an apposition and "and <a group of people>" that end right before the
    passive; None for any other shape."""
    y = t - 1
    while y > sr.lo and sr.key(y) in EN_PASSIVE_AUX:
        y -= 1
    g = y
    while g > sr.lo and sr.key(g) in _EN_GROUP_WORDS and g not in sr.mention_at:
        g -= 1
    if g == y or sr.key(g) != "and":
        return None
    c = g - 1 if sr.toks[g - 1].text == "," else g
    for z in range(c - 1, max(sr.lo, c - 16) - 1, -1):
        tk = sr.toks[z]
        if tk.text == ",":
            h = sr.mention_at.get(z - 1)
            return h if h is not None and h.etype == "Person" and h.kind == "name" and \
                h.hi == z else None
        if tk.punct and tk.text not in ("-", "'", "’") or sr.key(z) in _EN_CLAUSE:
            return None
        m = sr.mention_at.get(z)
        if m is not None and m.etype == "Person" and sr.toks[m.hi].text != "-" and \
                sr.key(title_start(m) - 1) != "of":
            return None  # (a person inside, other than "Houthi-run", "deputy of Y")
    return None


def _companion_named(sr: Any, x: int) -> Any:
    """"(along) with his deputy, Y," from token *x*: the person named after a possessive
    role noun and a comma (at most four words before the name, none of a clause)."""
    if sr.key(x) not in ("his", "her", "their"):
        return None
    m = sr.after(x, types=("Person",), maxgap=4)
    if m is None or any(sr.key(y) in _EN_CLAUSE or sr.toks[y].cap or
                        sr.toks[y].punct and sr.toks[y].text != ","
                        for y in range(x + 1, title_start(m))):
        return None
    return m


_EN_KIN = frozenset({"son", "sons", "daughter", "daughters", "brother", "brothers", "sister",
                     "sisters", "wife", "husband", "father", "mother", "nephew", "nephews",
                     "cousin", "grandson", "grandsons", "children", "child", "relatives",
                     "family", "bodyguard", "bodyguards", "driver", "guards"})


def _kin_of(sr: Any, m: Any) -> bool:
    """Is *m* named as whose relative or guard was killed ("the son of Y", "Y's son")?"""
    start = title_start(m)
    return (sr.key(start - 1) == "of" and sr.key(start - 2) in _EN_KIN) or (
        m.poss and sr.key(m.hi) in _EN_KIN)


def _appositive_owner(sr: Any, m: Any) -> Any:
    """"X, the son / a deputy of Y, was killed": for *m* = Y named inside an apposition
    ("of Y" right before the closing comma), the person X the apposition describes; False
    when X is a capitalised name no step recognised; None for any other shape."""
    of_y = sr.key(title_start(m) - 1) == "of" and m.hi < sr.hi and sr.toks[m.hi].text == ","
    ys_n = m.poss and any(sr.toks[z].text == "," for z in range(m.hi, min(sr.hi, m.hi + 3)))
    if not (of_y or ys_n):  # "the son of Y," / "Y's cousin,"
        return None
    for y in range(title_start(m) - (2 if of_y else 1), max(sr.lo, m.lo - 12) - 1, -1):
        tk = sr.toks[y]
        if tk.text == ",":
            if sr.key(y + 1) not in ("the", "a", "an", "his", "her") and \
                    y + 1 != title_start(m):
                return None
            h = sr.mention_at.get(y - 1)
            if h is not None and h.etype == "Person" and h.kind == "name" and h.hi == y:
                return h if h.eid != m.eid else False  # ("Hammam al-Hayya, the son of
                # Khalil al-Hayya": a family name linked to Y is another person)
            return False if sr.toks[y - 1].cap else None  # an unknown name: not Y either
        if tk.punct or sr.key(y) in _EN_CLAUSE or (y in sr.mention_at and
                                                   sr.mention_at[y].etype == "Person"):
            return None
    return None


def _prior_strike_subject(sr: Any, t: int) -> str | None:
    """"The strike (also) killed X" (English verb *t*): the first agent of the strike an
    earlier sentence told, when the subject is a definite strike noun without its own."""
    y = t - 1
    while y > sr.lo and sr.key(y) in ("also", "reportedly", "had", "has", "that", "which"):
        y -= 1
    prior = prior_strike_agents(sr) if definite_strike(sr, y) else []
    return prior[0] if prior else None


def _prior_strike_object(sr: Any, lo: int, hi: int) -> str | None:
    """"وقتلت الغارة X" / "أسفرت الغارة عن مقتل X": a definite strike noun in [lo, hi) with
    no agent of its own stands for the strike told before (its first agent)."""
    if not any(definite_strike(sr, y) for y in range(lo, min(hi, lo + 3))):
        return None
    prior = prior_strike_agents(sr)
    return prior[0] if prior else None


def _more_victims(victims: list, more: list) -> list:
    """*victims* then the companions in *more* not already among them."""
    have = {v.eid for v in victims}
    return victims + [m for m in more if m.eid not in have and not have.add(m.eid)]


def _executed_object(sr: Any, t: int, victim: Any) -> bool:
    """Active "executed" kills only a person that is its object: the name right after it or
    after titles and adjectives ("executed the Jordanian pilot X"), not "executed a plan by X"
    or "executed an attack ... X"."""
    for y in range(t + 1, victim.lo):
        tk = sr.toks[y]
        if tk.punct or tk.key in ("a", "an", "by", "of", "that", "which", "on", "in", "at"):
            return False
    return True


_EN_KILL_DEATH = L.EN_KILL | {"death", "martyred", "martyrdom"}  # "X's death in a US strike"
_AR_ADOPT = L._ar("تبنت", "تبنى", "يتبنى", "تتبنى")
# "تمكنت / نجحت Y من / في اغتيال X" (managed to kill X: Y did it); perfect only, so "لم تتمكن /
# لم تنجح" and "حاولت / فشلت" are not read; the killing noun must be the verb's complement
_AR_MANAGED = L._ar("تمكنت", "تمكن", "تمكنوا", "نجحت", "نجح", "نجحوا")
_AR_MANAGED_COMP = L._ar("من", "في")
_AR_ANNOUNCE = L._ar("اعلنت", "اعلن", "تعلن", "يعلن", "اكدت", "اكد")
_EN_SUBORD = frozenset({"after", "when", "before", "while", "because", "since", "once",
                        "until", "although", "though", "whereas"})
# "اغتيالهما على يد أمريكا" after "الشهيدين X وY": the dual / plural pronoun is the list
_AR_KILL_NOUN_DUAL = L._ar("مقتلهما", "اغتيالهما", "استشهادهما", "تصفيتهما", "مقتلهم",
                           "اغتيالهم", "استشهادهم", "تصفيتهم")
_AR_KILL_NOUN_PRON = L._ar("مقتله", "اغتياله", "استشهاده", "تصفيته") | _AR_KILL_NOUN_DUAL
_AR_KILL_TRIG = L.AR_KILL_STRONG | AR_DIED_IN | _AR_KILL_NOUN_DUAL
_AR_RESULT = L._ar("أسفر", "أسفرت", "اسفر", "اسفرت", "أدى", "أدت", "ادى", "ادت", "أودى",
                   "أودت", "تسبب", "تسببت")
_AR_ORDER_VERBS = L._ar("امر", "امرت", "امرا", "اوامر", "يامر")
# a new predicate after a killing verb ends the search for its agent
_EN_CLAUSE_BREAK = (L.EN_MEET | L.EN_SUCCEED | L.EN_VISIT | L.EN_APPOINT | L.EN_LEAD_VERBS |
                    frozenset({"said", "says", "told"})) - L.EN_MEET_NOUNS - frozenset(
                        {"led", "took", "became"})
_EN_PLACE_PREPS_STOP = frozenset({"in", "at", "near", "from", "outside", "inside", "over"})
# the strike words of both scripts (_agent_after tests each token: one set, not a union made
# per token)
_STRIKE_WORDS = L.EN_STRIKE | L.AR_STRIKE
_AR_KILL_MEANS = L._ar("اغتيال", "تصفية")  # (a killing noun as the means: "باغتيال نفّذه Y")
# "by" after these names company or a host, not the killer: "announced X's death at a news
# conference, flanked by ambassador Y", "the funeral, attended by Y"
_EN_BY_COMPANY = frozenset({"flanked", "accompanied", "joined", "hosted", "attended",
                            "surrounded", "chaired", "headed", "followed", "preceded",
                            "welcomed", "received", "mourned", "eulogized", "eulogised"})


_AR_CLAUSE_STOP = L._ar("قال", "وقال", "قالت", "وقالت", "أضاف", "وأضاف", "إن", "أن", "الذي",
                        "التي", "فيما", "بينما", "وأكد", "أكد", "وأكدت", "أكدت", "بحسب", "وفق",
                        "وفقا", "حسب")


def _ar_clause_limit(sr: Any, x: int, limit: int = 14) -> int:
    """Tokens from *x* to the next clause opener (a speech verb, "إن"/"أن", a relative
    pronoun), at most *limit*: an agent after it belongs to another statement."""
    for y in range(x, min(sr.hi, x + limit)):
        if sr.toks[y].ar and sr.f(y) & _AR_CLAUSE_STOP:
            return max(1, y - x)
    return limit


def _ordered_strike_nat(sr: Any, m: Any) -> str | None:
    """English: the country of the strike whose orderer is *m* ("a U.S. drone strike ordered
    by President Trump", "an Israeli airstrike authorised by X"); None without one."""
    ob = title_start(m) - 1
    if sr.key(ob) != "by" or sr.key(ob - 1) not in _EN_ORDERED:
        return None
    return strike_subject_en(sr, ob - 1, None)


_AR_LEDE_ROLES = L._ar("قيادي", "قياديا", "قيادياً", "قائد", "قائدا", "قائداً", "مسؤول",
                       "مسؤولا", "مسؤولاً", "ضابط", "ضابطا", "ضابطاً", "مستشار", "مستشارا",
                       "مستشاراً", "زعيم", "زعيما", "زعيماً")
_AR_LEDE_KILL = L._ar("قتل", "اغتيل", "استشهد", "اغتالت", "قتلت", "اغتال", "مقتل", "اغتيال")
_AR_DEATH_AFTER = L._ar("قضى", "استشهد", "قتل", "اغتيل", "لقي", "مصرعه", "حتفه", "ارتقى")
_AR_MOURNED = L._ar("نعى", "نعت", "تنعى", "ينعى", "شيع", "شيعت")


@needs((_AR_LEDE_KILL, _EMPTY))
def lede_victim_ar(sr: Any) -> None:
    """Arabic indefinite lede: "قُتل قيادي بارز في X بغارة إسرائيلية ..." / "اغتالت إسرائيل
    قيادياً في X ..." and the next sentence names him: the first person of that sentence a
    death word follows ("أن القيادي Y قضى في الغارة") or a mourning verb precedes ("ونعى
    الحزب القيادي Y"). No agent in the lede, or nobody so named: nothing."""
    if sr.si + 1 >= len(sr.doc.sents):
        return
    for t in sr.triggers(_AR_LEDE_KILL, _EMPTY):
        active = None
        x = t + 1
        if sr.f(t) & _AR_KILL_VERB_W or sr.toks[t].key.endswith("ت") and not sr.f(t) & _C10:
            active = sr.after(t + 1, types=("Country", "Organization"), maxgap=0)
            if active is not None:  # "اغتالت إسرائيل قيادياً" (else "قُتل قيادي")
                x = active.hi
        if not sr.f(x) & _AR_LEDE_ROLES or any(
                z in sr.mention_at and sr.mention_at[z].etype == "Person"
                for z in range(t, min(sr.hi, x + 8))):
            continue
        if active is not None:
            agent = active.eid
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


# what may follow the last person of a list after a comma ("...، وقائد الجبهة Y في غارة")
_AR_AFTER_LISTED = L._ar("في", "فى", "من", "مع", "الذي", "التي", "اللذين", "بغارة", "بضربة",
                         "امس", "أمس")


def titled_list(sr: Any, people: list) -> list:
    """*people* (a :meth:`chain`) and the people joined to its last one by "و" + a title
    ("العميد X وآمر الفوج الثالث العقيد Y", "الأمينَ العام للحزب X ورئيسَ مجلسه التنفيذي Y"):
    a list the chain's connector test does not see through the title words."""
    out = list(people)
    for _ in range(4):
        x = out[-1].hi
        if x >= sr.hi:
            break
        tk = sr.toks[x]
        comma = tk.text in ("،", ",") and x + 1 < sr.hi and sr.toks[x + 1].ar
        if comma:
            x += 1  # "العميد X، وقائد الجبهة الجنوبية في الحزب Y": a comma before و + title
            tk = sr.toks[x]
        if not tk.ar or not tk.key.startswith("و") or tk.key[1:] not in L.AR_TITLE_FIRST:
            break
        p = next((m for m in sr.args if m.lo > x and m.etype == "Person"), None)
        if p is None or p.lo - x > 10 or p in out or any(
                sr.toks[y].punct and sr.toks[y].text not in ("«", "»", '"')
                for y in range(x, p.lo)):
            break
        if comma and p.hi < sr.hi and not (sr.toks[p.hi].punct or sr.key(p.hi)[:1] == "و" or
                                           sr.key(p.hi) in _AR_AFTER_LISTED):
            break  # "، ووزير الخارجية Y يتوعد بالرد": Y opens a clause of his own
        out.extend(m for m in sr.chain(p, ("Person",)) if m not in out)
    return out


_EN_NAMING_VERBS = frozenset({"called", "calls", "described", "describes", "termed", "dubbed",
                              "labelled", "labeled", "branded"})


def _past_speaker_en(sr: Any, lo: int, x: int) -> int:
    """The start of the words before the strike noun at *x* that may name its side: none
    (*x*) after a naming verb -- "in what Tehran called / described as an Israeli strike"
    names neither Tehran (who only names it) nor, as a stated fact, Israel (session 12)."""
    for y in range(x - 1, lo - 1, -1):
        if sr.toks[y].key in _EN_NAMING_VERBS:
            return x
    return lo


class KillingRules(SentenceCore):
    """ASSASSINATED_BY base rules: killing verbs and nouns with their agents (a mixin of
    ``SentenceRules``; see the module doc)."""

    def _take_agent(self, m: Any, start: int, found: list[tuple[str, str]]) -> int | None:
        """Record the agent named from token *start* on ('by X', 'on the orders of X'): the
        mention *m*, unless a nationality there names it better ('by an Israeli drone' ->
        Israel). Returns the token after *m* when *m* was taken, else None."""
        nat = self.nat_agent(start, start + 4)
        if m is not None and (nat is None or m.lo <= start + 1 or m.etype == "Person"):
            m = bracketed_alias(self, m)  # "the National Intelligence Organisation (MIT)"
            found.append((m.eid, "by"))
            return m.hi
        if nat:
            found.append((nat, "by_adj"))
        return None

    def _agent_after(self, k: int, limit: int = 14) -> tuple[str | None, str]:
        """Agent(s) named after a killing: 'by X', 'على يد X', 'in a US strike',
        'غارة أمريكية', 'ordered by X', 'بأمر من X'. Returns the first; all of them are kept
        in ``self._agents`` (a US strike ordered by Trump names both)."""
        end = min(self.hi, k + limit)
        found: list[tuple[str, str]] = []
        prior: list[str] | None = None  # the agents of a strike told before ("the strike")
        also: str | None = None  # a second side coordinated with the first ("وأميركية")
        x = k
        toks, lo = self.toks, self.lo
        while x < end:
            # = self.key(x) and self.f(x) (x < end <= hi), without the two calls
            tx = toks[x]
            kx = tx.key if x >= lo else ""
            fx = _FORMS.get(tx.text)
            if fx is None:
                fx = forms(tx)
            if x > k and not tx.ar and kx != "by" and (
                    toks[x - 1].key if x > lo else "") != "by" and (  # = self.key(x - 1)
                    not fx.isdisjoint(_EN_CLAUSE_BREAK) or (kx in EN_PASSIVE_AUX and
                                                           self.key(x - 1) == ",")):
                break  # "killed by a drone in 2020, was succeeded by X": X is no agent
            if tx.text in ("؛", ";") and x > k:
                break  # "قُتل X في طهران؛ ونسبت صحيفة أميركية العملية إلى ...": another clause
            phrase = order_phrase_at(self, x) if (
                not fx.isdisjoint(AR_ORDER) or kx in EN_ORDER_CUES) else None  # orders.py
            if phrase is not None and phrase.start > x:
                after_agent = self._take_agent(phrase.agent, phrase.start, found)
                if after_agent is not None:
                    x = after_agent
                    continue
            elif phrase is not None:  # "on Trump's orders", "the Trump-ordered strike"
                if x > k and phrase.agent is not None:
                    found.append((phrase.agent.eid, "orders_poss"))
            elif (kx == "by" and self.key(x - 1) not in _EN_BY_COMPANY) or (
                    kx in _AR_HAND_KEYS and self.key(x - 1) in ("على", "علي")) or (
                    kx == "hands" and self.key(x - 2) == "at" and  # "at the hands of Y"
                    self.key(x + 1) == "of") or \
                    "بيد" in fx or (kx == "قبل" and self.key(x - 1) == "من"):
                after_agent = self._take_agent(self.after(x + 1, maxgap=3), x + 1, found)
                if after_agent is not None:
                    x = after_agent
                    continue
            elif tx.ar and not fx.isdisjoint(_AR_KILL_MEANS) and \
                    self.f(x + 1) & _AR_EXECUTED_IT and (kx.startswith("ب") or self.key(
                        x - 1) in ("في", "عمليه", "بعمليه")):  # (not "بعد اغتيال نفذته Y")
                # "ارتقى باغتيال نفّذه العدو الإسرائيلي": the body that carried the killing out
                ex = self.after(x + 2, types=("Organization", "Country"), maxgap=1)
                if ex is not None and all(ex.eid != a for a, _ in found):
                    found.append((ex.eid, "killing_done_by"))
            elif (not fx.isdisjoint(_STRIKE_WORDS) or kx in ("strike", "airstrike")) and (
                    self.key(x - 1) == "same" or self.key(x + 1) in ("ذاتها", "نفسها", "ذاته",
                                                                     "نفسه")) and not found:
                # "killed in the same strike" / "في الغارة نفسها": the earlier killing's agents
                # (all those its victims were given: strike_refs.companion_agents)
                prev = [a for s_, a in self.doc.kill_agents if s_ < self.si]
                comp = companion_agents(self) if prev else []
                if comp:
                    found.extend((a, "same_strike") for a in comp)
                    break
                if prev:
                    last_s = max(s_ for s_, a in self.doc.kill_agents if s_ < self.si)
                    for a in dict.fromkeys(a for s_, a in self.doc.kill_agents
                                           if s_ == last_s):
                        found.append((a, "same_strike"))
                    break
                # a strike told before without a killing: "X struck Y. Z was killed in the
                # same strike" (strike_refs.py)
                found.extend((a, "same_strike") for a in prior_strike_agents(self))
                if found:
                    break
            elif not fx.isdisjoint(_STRIKE_WORDS) or kx in ("strike", "airstrike"):
                # nationality adjective/country of the strike phrase: after the noun in
                # Arabic (غارة أمريكية), before it in English (a US strike)
                if strike_as_time(self, x):
                    x += 1  # "days after the Israeli strike on Gaza": a date, not the means
                    continue
                if self.toks[x].ar:
                    nat = None
                    xv = next((y for y in range(x + 1, min(end, x + 3))
                               if self.f(y) & _AR_EXECUTED_IT), None)
                    if xv is not None and not any(self.toks[y].punct or y in self.mention_at
                                                  for y in range(x + 1, xv)):
                        # "بضربة نفذتها القوات الأمريكية" / "في غارة جوية شنّها طيران التحالف":
                        # the body that carried the strike out (else: "طائرة أميركية")
                        ex = self.after(xv + 1, types=("Organization", "Country"), maxgap=1)
                        nat = ex.eid if ex is not None else None
                        if ex is not None and self.key(ex.hi).startswith("و") and \
                                ex.hi not in self.mention_at:  # "قوات عراقية وأميركية": the
                            also = self.nat_agent(ex.hi, ex.hi + 1)  # second side too
                    own = self.mention_at.get(x + 1)
                    if nat is None and own is not None and own.etype in (
                            "Organization", "Country") and own.prefix.endswith("ل"):
                        nat = own.eid  # "خلال عملية للقوات الخاصة الأمريكية": X's strike
                    if nat is None and own is None:
                        nat = means_owner_ar(self, x)  # "بغارة لطيران التحالف"
                    stop = next((y for y in range(x + 1, min(end, x + 4))
                                 if self.f(y) & _AR_PLACE_PREP or self.toks[y].punct),
                                min(end, x + 4))  # "بطائرة مسيرة في كابول": not the place
                    nat = nat or self.nat_agent(x + 1, stop, skip_bodies=True)
                else:
                    lo_w = x
                    while (lo_w > max(k, x - 6) and not self.toks[lo_w - 1].punct or (
                            lo_w > max(k, x - 6) and self.toks[lo_w - 1].text in ("-", "."))) \
                            and self.key(lo_w - 1) not in _EN_PLACE_PREPS_STOP:
                        lo_w -= 1  # "in Tehran in a strike": the place is no agent
                    lo_w = _past_speaker_en(self, lo_w, x)  # "in what Tehran called an
                    # Israeli strike": a side only claimed
                    nat = self.nat_agent(lo_w, x, skip_bodies=True) or \
                        ordered_adj_agent(self, lo_w, x) or _strike_done_by(self, x)
                    if nat is None:
                        nat = _org_before_strike(self, lo_w, x)  # "a Saudi-led coalition
                        # air strike", "an IDF drone strike": the body that struck
                if nat is None:  # "in a strike on Beirut that Israel said it carried out",
                    nat = claimed_strike_agent(self, x)  # "في غارة تبنّتها إسرائيل"
                if nat and all(nat != a for a, _ in found):
                    found.append((nat, "strike_adj"))
                if also and all(also != a for a, _ in found):
                    found.append((also, "strike_adj_and"))
                    also = None
                elif nat is None and prior is None and definite_strike(self, x):
                    # "X was killed in the strike" / "قُتل في الغارة X": the strike an
                    # earlier sentence told with its agent (strike_refs.py); further back,
                    # the article's one strike (session 18)
                    prior = same_event_agents(self) or prior_strike_agents(self) or \
                        only_strike_agents(self)  # (the victims' agents first, session 19)
            x += 1
        if not found and prior:
            found = [(a, "prior_strike") for a in prior]
        self._agents = [a for a, _ in found]
        return (found[0] if found else (None, ""))

    def _agents_after(self, k: int, limit: int = 14) -> list[str]:
        """Every agent ``_agent_after`` finds after *k*, for a rule that adds them one by one
        itself: ``self._agents`` is left empty, so ``add`` does not add the others again."""
        self._agents = []
        agent, _how = self._agent_after(k, limit)
        agents = list(self._agents) or ([agent] if agent else [])
        self._agents = []
        return agents

    @needs((HOOK_AR, HOOK_EN), (_AR_KILL_TRIG, _EN_KILL_DEATH))
    def assassinated(self) -> None:
        for v, a in strike_agent_later(self) if self._hooks else ():  # "X carried out the
            # strike" (the killing said before)
            self.add("ASSASSINATED_BY", v, a, "strike_agent_later")
        for v, a in claimed_lives(self) if self._hooks else ():  # "أودت ... بحياة X"
            self.add("ASSASSINATED_BY", v, a, "claimed_lives")
        for t in self.triggers(_AR_KILL_TRIG, _EN_KILL_DEATH):
            tok = self.toks[t]
            fs = self.f(t)
            if not tok.ar:
                k = tok.key
                if k == "targeted" or k == "dies" and any(
                        self.key(y) in ("if", "unless", "whenever") for y in range(t + 1, self.hi)):
                    continue  # ("dies a martyr if Y strikes": a condition, no death told)
                self._agents = []
                kp = self.key(t - 1)  # (one call for the tests below)
                passive = k in ("died", "dies") or kp in EN_PASSIVE_AUX or (
                    self.key(t - 2) in EN_PASSIVE_AUX and kp in (
                        "reportedly", "allegedly", "later", "also", "both", "all",
                        "subsequently", "eventually")) or (
                    k in ("killed", "assassinated") and self.before(t, ("Person",), 3) and
                    kp == ",") or (
                    # "X, the Iranian general killed by the US": a participle (an active
                    # "killed" takes its object right after it)
                    k in ("killed", "assassinated", "slain") and
                    self.key(t + 1) in _EN_PARTICIPLE_NEXT and
                    kp not in ("who", "which", "that", "and", "or") and
                    not self.toks[t - 1].punct and (self.mention_at.get(t - 1) is None or (
                        self.mention_at[t - 1].kind not in ("name", "ref") and
                        self.mention_at[t - 1].etype == "Person"))) or (
                    kp != "," and reduced_passive_en(self, t))  # "X killed in a US raid"
                if k in L.EN_KILL_NOUNS or k in ("assassination", "killing", "death",
                                                 "martyrdom"):
                    self._kill_nominal_en(t)
                    continue
                if not passive and (k in ("slain", "gunned", "martyred") or
                                    kp in ("the", "a", "an", "his", "her",
                                                        "their", "its")):
                    continue  # "the slain general", "the martyred commander": an adjective
                if passive:
                    victim = apposition_head(self, self.before(t, types=("Person",),
                                                               maxgap=16))
                    if victim is not None and _speaker_not_victim(self, victim, t):
                        continue  # "Health Minister X said six people were killed": the speaker
                    owner = None
                    if victim is not None and victim.kind == "name":
                        owner = _appositive_owner(self, victim)  # "X, the son of Y, was
                        if owner is False or owner is None and _kin_of(self, victim):
                            continue  # killed": X (someone unknown: nobody); "the son of Y",
                        victim = owner or victim  # "Y's son": not Y
                    aux = t - 1 if kp in EN_PASSIVE_AUX else t - 2
                    if victim is None and self.toks[aux - 1].text == "," and \
                            self.key(aux) in EN_PASSIVE_AUX:
                        victim = long_apposed_subject(self, aux)  # "X, the leader of Y who
                        # proclaimed ... five years ago, was killed in a raid by Z"
                    if victim is not None and self.toks[aux - 1].text == "," and \
                            self.key(aux) in EN_PASSIVE_AUX:
                        # "X, who succeeded Y as ..., was killed by Z": the subject is X
                        sb = self.subject_before(aux, maxgap=25)
                        if sb is not None and sb.etype == "Person" and not owner:
                            victim = sb
                    if victim is not None and any(
                            self.key(y) in _EN_SUBORD for y in range(victim.hi, t)):
                        # "X, who took command after his predecessor was killed by ...": the
                        # passive's subject is in the subordinate clause, not X
                        sub = max(y for y in range(victim.hi, t) if self.key(y) in _EN_SUBORD)
                        inner = self.before(t, types=("Person",), maxgap=t - sub)
                        if inner is None and self.key(sub + 1) in ("his", "her", "their", "its"):
                            continue  # "his predecessor was killed": someone else
                        if inner is None and victim is next(
                                (m for m in self.args if m.etype == "Person"), None):
                            continue  # "X took over after the general was killed": not X
                        victim = inner or victim  # "X succeeded Y after the general was killed"
                    victim = _head_before_group(self, t) or victim  # "X, prime minister of
                    # the Houthi-run government, and several of his ministers were killed"
                    pair = self._plural_people(t) if victim is None else []
                    if victim is None and not pair:
                        lede = _lede_victim_en(self, t, passive=True)
                        if lede is not None:  # "A senior commander of X has been killed in
                            agent, _how = self._agent_after(t + 1)  # an Israeli strike. Y..."
                            if agent and agent != lede and not self.blocked(t):
                                self.add("ASSASSINATED_BY", lede, agent, "lede_victim_en")
                        continue
                    victims = self._victim_list_back(victim) if victim is not None else pair
                    sub = _subordinator_of(self, victims[0])
                    described = _described_before(self, sub) if sub is not None else None
                    if described is not None:  # "X replaced Y after the general and Z were
                        # killed": "the general" is Y, whoever a description lookup chose
                        victims = [described] + [v for v in victims if v.lo > sub + 3 and
                                                 v.eid != described.eid]
                    victim = victim or pair[0]
                    after_t = t + 1
                    w = 0
                    if self.key(t + 1) in ("along", "together") and self.key(t + 2) == "with":
                        w = 3
                    elif self.key(t + 1) in ("alongside", "with"):
                        w = 2
                    if w:
                        more = self.after(t + w, types=("Person",), maxgap=1) or \
                            _companion_named(self, t + w)  # "along with his deputy, Y,"
                        if more is not None:
                            victims = victims + self.chain(more, ("Person",))
                            after_t = victims[-1].hi
                    agent, how = self._agent_after(after_t)
                    if agent and not self.blocked(t, victim) and not negated_among(self, t):
                        for v in _more_victims(victims, companions(self, t)):
                            self.add("ASSASSINATED_BY", v.eid, agent, "killed_by_en")
                    continue
                # active: agent before, victims after
                if self.key(t + 1) in _CLAUSE_AFTER_KILLED:
                    continue  # "the most senior officers killed since Y died": no object
                agent_m = self.before(t, maxgap=8)
                if agent_m is not None and _said_other_subject(self, agent_m.hi, t):
                    agent_m = None  # "X said that security forces had killed Y": not X
                if agent_m is not None and _in_dateline(self, agent_m, t):
                    agent_m = None  # "WASHINGTON - Within hours of the strike that killed Y"
                if agent_m is None:  # "Israel acknowledged for the first time on Monday
                    agent_m = speaker_it_killed(self, t)  # that it killed Y" (kill_said_it)
                victim = self.after(t + 1, types=("Person",), maxgap=6)
                if victim is not None and k in NEUTRALISED and not neutralised_object(
                        self, t, victim):
                    continue  # "neutralised the threat before X arrived": not X
                if victim is not None and victim.poss and victim.lo <= t + 3:
                    # "killed Y's son X": X; "killed Y's son": someone unnamed
                    victim = possessed_person_en(self, victim)
                    if victim is None:
                        continue
                if k == "executed" and victim is not None and not _executed_object(self, t,
                                                                                    victim):
                    continue  # "Israel executed a plan drawn up by X": no killing of X
                if victim is None:
                    lede = _lede_victim_en(self, t, passive=False)
                    if lede is not None and agent_m is not None and \
                            agent_m.etype in AGENT_TYPES and agent_m.eid != lede and \
                            not self.blocked(t, agent_m):
                        # "Israel said it had killed a senior commander of X ... . Y named
                        # him as Z"
                        self.add("ASSASSINATED_BY", lede, agent_m.eid, "lede_victim_en")
                    continue
                agent = agent_m.eid if agent_m is not None and agent_m.etype in AGENT_TYPES \
                    else None
                if agent is not None and agent_m is not None and agent_m.etype == "Country":
                    # "Turkey said its intelligence service killed X": the service (MIT)
                    agent = own_intelligence(self, agent, agent_m.hi, t)
                if agent_m is not None and agent_m.etype == "Person" and "we" in (
                        self.key(t - 1), self.key(t - 2)):  # '"We eliminated X," Y said':
                    agent = speaker_side(self, agent_m.eid)  # Y's side (kill_said_it)
                if agent_m is not None and agent_m.etype == "Person" and agent_m.hi <= t - 4:
                    # "X ... killed" with a strike noun in between: "a US drone strike killed"
                    agent = self.nat_agent(agent_m.hi, t) or agent
                # "A U.S. drone strike on a base of the PMF ... killed X": the strike's own
                # adjective names the agent, not a body inside its prepositional phrase
                sx = None  # (lo <= y < t < hi: the keys and forms of self.key / self.f)
                toks = self.toks
                for y in range(max(self.lo, t - 25), t):
                    ty = toks[y]
                    fy = _FORMS.get(ty.text)
                    if fy is None:
                        fy = forms(ty)
                    if not fy.isdisjoint(L.EN_STRIKE) and ty.key not in ("forces", "troops") and \
                            toks[y + 1].key in ("on", "against", "at", "near", "in",
                                                "targeting"):
                        sx = y
                        break
                near = strike_subject_en(self, t, agent_m)
                if near is not None:
                    agent = near  # "after Israeli strikes killed Y": the strike's adjective
                elif sx is not None and (agent_m is None or agent_m.lo > sx):
                    agent = self.nat_agent(max(self.lo, sx - 4), sx + 1)
                elif agent_m is not None and self.key(
                        title_start(agent_m) - 1) in (
                        "in", "on", "at", "near", "from", "into", "inside", "of"):
                    agent = None  # "struck a base in Iraq, an attack that killed": not Iraq
                if self.key(t - 1) in ("that", "which") and self.key(t - 2) in (
                        "attack", "strike", "airstrike", "raid", "bombing", "operation"):
                    # "X struck ..., an attack that killed Y": the attack's agent
                    agent = strike_agent_back(self, t - 1) or agent
                if agent is None and (sx is None or "by" in map(self.key, range(sx, t))):
                    # (not "a strike in the Syrian capital killed X": that adjective is the
                    # place's, inside the strike's phrase; "... by Israeli jets" is the agent)
                    agent = self.nat_agent(max(self.lo, t - 5), t)
                    if agent is not None and _in_dateline(self, self.mention_at.get(
                            self.lo), t) and self.mention_at[self.lo].eid == agent and not \
                            self.nat_agent(self.mention_at[self.lo].hi, t):
                        agent = None  # "BEIRUT - The strike killed Y": the dateline's city
                if agent_m is not None and agent_m.etype == "Person" and agent == agent_m.eid:
                    was_victim, earlier = victim_as_subject(self, agent_m)
                    if was_victim:  # "the strike that killed X also killed Y": X's agent
                        agent = earlier
                if agent is None and agent_m is None:
                    # "U.S. forces carried out the strike on ... and killed Y" (kill_coordinated)
                    agent = coordinated_killer_en(self, t)
                if agent is None and agent_m is None:
                    agent = _prior_strike_subject(self, t)  # "The strike killed X" after
                    # "A U.S. drone struck the car."
                if not agent and not self.blocked(t, agent_m):
                    # "The drone strike that killed X was ordered by Trump"
                    for orderer in self._orderers(self.chain(victim, ("Person",))[-1].hi):
                        for v in self.chain(victim, ("Person",)):
                            self.add("ASSASSINATED_BY", v.eid, orderer, "ordered_by_en")
                if agent and agent != victim.eid and not self.blocked(t, agent_m):
                    victims = victims_before_new_clause(self, self.chain(victim, ("Person",)))
                    victims = victims_before_new_clause(  # "X, head of Y, and Z"
                        self, victims + apposition_tail(self, victims[-1]))
                    victims = _more_victims(victims, companions(self, victims[-1].hi - 1))
                    if agent_m is not None and agent_m.etype == "Person":
                        victims = [v for v in victims if v.eid != agent_m.eid]  # (the speaker
                        # of '"We killed X," Y said' is no victim)
                    ordered_strike = _ordered_strike_nat(self, agent_m) if agent_m is not \
                        None and agent_m.etype == "Person" and agent == agent_m.eid else None
                    for v in victims:
                        self.add("ASSASSINATED_BY", v.eid, agent, "killed_active_en")
                        if ordered_strike and ordered_strike != v.eid:  # "a U.S. strike
                            # ordered by Trump killed X": the strike's country too
                            self.add("ASSASSINATED_BY", v.eid, ordered_strike,
                                     "ordered_strike_en")
                    for orderer in self._orderers(victims[-1].hi):  # "... ordered by Trump"
                        for v in victims:
                            self.add("ASSASSINATED_BY", v.eid, orderer, "ordered_by_en")
                continue
            # Arabic
            self._agents = []
            self._ordered_kill_ar(t)
            if fs & AR_DIED_IN and not fs & L.AR_KILL_STRONG and not any(
                    self.f(y) & L.AR_STRIKE for y in range(t + 1, min(self.hi, t + 4))) and \
                    not any(self.f(y) & _AR_KILL_MEANS and self.f(y + 1) & _AR_EXECUTED_IT
                            for y in range(t + 1, min(self.hi - 1, t + 8))):
                continue  # قضى without a strike: "spent", "ruled" ("ارتقى (مع ثلة من إخوانه)
                # باغتيال نفّذه Y": a killing)
            if fs & L.AR_DEATH_OF or fs & AR_DIED_IN:
                # "لقي X حتفه/مصرعه في غارة أمريكية" / "X، الذي قضى في غارة إسرائيلية"
                victim = quoted_alias_owner(self, self.before(t, types=("Person",), maxgap=8))
                agent, _how = self._agent_after(t + 1)
                if victim and agent and not self.blocked(t):
                    for v in _more_victims(self._victim_list_back(victim),
                                           companions(self, t)):
                        self.add("ASSASSINATED_BY", v.eid, agent, "met_death_ar")
                if victim is not None or not fs & _C10:
                    continue
                # "وارتقى في الغارة الإسرائيلية ... العميد X": the victim after the means,
                # read below as for "وقُتل في الغارة X"
            nominal = bool(fs & _C8 or fs & _AR_KILL_NOUN_DUAL) or (
                tok.key == "قتل" and self.key(t - 1) == "عن")  # "مسؤوليته عن قتل X": a noun
            pron = any(fm.endswith(("ته", "تها", "وه", "ه", "هما", "هم")) and
                       fm in L.AR_KILL_STRONG and fm not in _C9 for fm in fs) and not nominal
            if pron:
                victim = apposition_head(self, self.before(t, types=("Person",), maxgap=12))
                if victim is not None and any(fm.endswith(("هما", "هم")) for fm in fs):
                    # "X وY، اللذين اغتالتهما Z": the list before the dual/plural pronoun
                    victims = self._victim_list_back(victim)
                else:
                    victims = [victim] if victim is not None else []
                agent_m = self.after(t + 1, maxgap=3)
                agent_id, last = (agent_m.eid, agent_m.hi - 1) if agent_m else (None, t)
                if agent_m is None and self.key(t + 1).endswith(("ون", "يين")):
                    agent_id = self.nat_agent(t + 1, t + 2)  # "الذي اغتاله الأميركيون"
                    last = t + 1
                elif agent_m is None and self.f(t + 1) & L.AR_STRIKE:
                    agent_id = self.nat_agent(t + 2, t + 4)  # "اللذين قتلتهما غارة أميركية"
                    last = t + 2
                if victim and agent_id and not self.blocked(t):
                    # "الذي اغتالته القوات الأمريكية مع X": X was killed too
                    for v in _more_victims(victims, companions(self, last)):
                        self.add("ASSASSINATED_BY", v.eid, agent_id, "killed_rel_ar")
                continue
            if nominal:
                self._kill_nominal_ar(t)
                continue
            passive = bool(fs & _C10) and not (
                "قتلا" in fs and self.after(t + 1, types=("Person",), maxgap=0) is not None)
            b = self.before(t, maxgap=3)
            if passive and (b is None or b.etype != "Person") and \
                    self.key(t - 1) in ("الذي", "التي") and self.toks[t - 2].text in ("،", ","):
                # "X، نائب قائد الحرس الثوري، الذي قُتل مع Y في الغارة": X past its apposition
                b = apposition_head(self, self.before(t, types=("Person",), maxgap=12)) or b
            if passive and (b is None or b.etype != "Person") and \
                    apposed_subject_killed_ar(self, t):
                continue  # "X، نجل المؤسس، قُتل في عملية أميركية" (kill_apposed_ar.py)
            if passive and b is not None and b.etype == "Person" and (
                    self.key(t - 1) in ("الذي", "التي", "الذين", "وقد", "قد") or b.hi == t):
                first_after = self.after(t + 1, maxgap=2)
                if first_after is not None and first_after.in_title:
                    first_after = None  # "مع الأمين العام لحزب الله Y": a body in Y's title
                if first_after is None or first_after.etype not in AGENT_TYPES or \
                        first_after.etype == "Person":
                    agent, _how = self._agent_after(t + 1, limit=20)
                    if agent and not self.blocked(t):
                        for v in _more_victims(self._victim_list_back(b),
                                               companions(self, t)):
                            self.add("ASSASSINATED_BY", v.eid, agent, "killed_rel_passive_ar")
                    continue
            svo = b is not None and b.etype in AGENT_TYPES and all(
                not self.toks[x].punct and self.key(x) not in _AR_THAT_C
                for x in range(b.hi, t))  # "قال X إن الجيش اغتال Y": not X
            if svo and b is not None and b.etype != "Person" or (svo and not passive):
                victim = self.after(t + 1, types=("Person",), maxgap=10)
                if victim and b and not self.blocked(t, b):
                    victims = victims_before_new_clause(self, self.chain(victim, ("Person",)))
                    for v in victims:
                        self.add("ASSASSINATED_BY", v.eid, b.eid, "killed_svo_ar")
                    for orderer in self._orderers(victims[-1].hi):
                        for v in victims:
                            self.add("ASSASSINATED_BY", v.eid, orderer, "ordered_by_ar")
                continue
            if b is None:  # "نفذت القوات الأمريكية غارة ... وقتلت X" (kill_coordinated)
                agent_c = coordinated_killer_ar(self, t)
                victim = self.after(t + 1, types=("Person",), maxgap=3) if agent_c else None
                if agent_c and victim is not None and not self.blocked(t):
                    for v in self.chain(victim, ("Person",)):
                        self.add("ASSASSINATED_BY", v.eid, agent_c, "and_killed_ar")
                    continue
            first = self.after(t + 1, maxgap=3)
            if first is None and passive:
                # "وقتل في الغارة نفسها X" / "قتل بغارة أمريكية X": the victim after the means
                v = self.after(t + 1, types=("Person",), maxgap=16)
                if v is not None and v.lo - t > 9 and not 0 <= v.tlo - t <= 14:
                    v = None  # (a longer way only to a titled victim: "... العميد X")
                if v is not None and not any(self.toks[y].punct for y in range(t + 1, v.lo)):
                    agent, _how = self._agent_after(t + 1, limit=v.lo - t + 1)
                    vs = self.chain(v, ("Person",))
                    if agent is None and v.tlo > t:
                        # "قُتل قائد اللواء الخامس في الجيش السوري العميد X، أمس، بضربة
                        # نفّذتها طائرة مسيّرة إسرائيلية": a titled victim, the means after him
                        vs = self._with_victims(vs)
                        agent, _how = self._agent_after(vs[-1].hi,
                                                        limit=_ar_clause_limit(self, vs[-1].hi))
                    if agent and not self.blocked(t):
                        for vv in vs:
                            self.add("ASSASSINATED_BY", vv.eid, agent, "killed_means_first_ar")
                continue
            if first is None:
                continue
            if first.etype == "Person":
                # passive or nominal use: victim first, agent later
                victims = self._with_victims(self.chain(first, ("Person",)))
                agent, _how = self._agent_after(victims[-1].hi)
                if agent is None and passive:
                    # "قُتل X، زعيم ...، وY، الذي يوصف بأنه ...، في عملية نفذتها Z": the means
                    # after the list's last apposition
                    more = self._apposed_list(victims[-1])
                    if more:
                        agent, _how = self._agent_after(more[-1].hi)
                        victims = victims + more if agent else victims
                if agent is None and passive and first.lo > t + 1:
                    # "وقتل في الغارة نفسها X": the means stated before the victim
                    agent, _how = self._agent_after(t + 1, limit=first.lo - t)
                if agent is None and not passive and any(
                        self.f(y) & L.AR_STRIKE for y in range(t + 1, first.lo)):
                    # "قتلت غارة أمريكية X وY": the strike is the subject
                    agent = self.nat_agent(t + 1, first.lo) or \
                        _prior_strike_object(self, t + 1, first.lo)  # "وقتلت الغارة X"
                    if agent is None:
                        continue
                if agent is None and not passive:
                    second = self.after(first.hi, types=("Person",), maxgap=2)
                    if second is not None and second in victims:
                        continue  # "قتلت X وY": a list of victims with no agent named
                    if second is not None and second in companions(self, first.hi - 1):
                        continue  # "قتلت X ومعه Y": Y was killed with X, not by X
                    if second is not None:  # VSO with a person agent
                        if not self.blocked(t):
                            self.add("ASSASSINATED_BY", second.eid, first.eid, "killed_vso_ar")
                        continue
                if agent and not self.blocked(t):
                    for v in _more_victims(victims, companions(self, victims[-1].hi - 1)):
                        self.add("ASSASSINATED_BY", v.eid, agent, "killed_passive_ar")
            elif self.key(first.lo - 1) != "في" and not _partitive_group(self, t, first) and \
                    not victim_title_group_ar(self, t, first):  # "قُتل مؤسس تنظيم X وزعيمه Y"
                # "قتل القياديان في كتائب القسام X" / "قُتل ثلاثة من عناصر X": no agent
                victim = self.after(first.hi, types=("Person",), maxgap=10)
                orderer = None
                if victim is not None and self.key(victim.lo - 1) == "من" and \
                        self.f(victim.lo - 2) & AR_ORDER:
                    # "اغتالت الولايات المتحدة بأمر من ترامب الجنرال سليماني"
                    orderer, victim = victim, self.after(victim.hi, types=("Person",),
                                                         maxgap=4)
                if victim and not self.blocked(t):
                    victims = victims_before_new_clause(self, self.chain(victim, ("Person",)))
                    # "قتلت إسرائيل X مع اثنين من مرافقيه وY": the companions too
                    for v in _more_victims(victims, companions(self, victims[-1].hi - 1)):
                        self.add("ASSASSINATED_BY", v.eid, first.eid, "killed_vso_ar")
                        if orderer is not None:
                            self.add("ASSASSINATED_BY", v.eid, orderer.eid, "ordered_by_ar")

    def _ordered_kill_ar(self, t: int) -> None:
        """"أمر X بقتل Y" / "أصدر X أمرا باغتيال Y" / "أمر X بتنفيذ الغارة التي قتلت Y":
        whoever gave the order is an agent of the killing (victims named after it)."""
        tk = self.toks[t]
        if not (tk.key.startswith(("ب", "وب")) or self.key(t - 1) in ("التي", "الذي")):
            return
        for x in range(t - 1, max(self.lo, t - 5) - 1, -1):
            if self.toks[x].punct:
                return
            if self.f(x) & _AR_ORDER_VERBS:
                agent = self.before(x, types=("Person", "Country", "Organization"), maxgap=5)
                if agent is None or any(self.toks[y].punct for y in range(agent.hi, x)):
                    agent = self.after(x + 1, types=("Person",), maxgap=0)
                victim = self.after(t + 1, types=("Person",), maxgap=2)
                if agent is not None and victim is not None and agent is not victim and \
                        not self.blocked(x, agent):
                    for v in self.chain(victim, ("Person",)):
                        self.add("ASSASSINATED_BY", v.eid, agent.eid, "ordered_killing_ar")
                return

    def _orderers(self, k: int) -> list[str]:
        """'بأمر (مباشر) من X' / 'ordered by X' shortly after *k*, or "the strike ... on the
        orders of X" later in the sentence (core_context.strike_orderers)."""
        return strike_orderers(self, k)

    def _with_victims(self, victims: list[Mention]) -> list[Mention]:
        """"قتل X مع Y" / "X was killed along with Y": Y shares the fate."""
        last = victims[-1]
        x = last.hi
        if x < self.hi and (self.key(x) in ("مع",) or (
                self.key(x) in ("along", "الي", "جنب") and self.key(x + 1) in ("with", "جانب"))):
            m = self.after(x + (2 if self.key(x) in ("along", "الي", "جنب") else 1),
                           types=("Person",), maxgap=1)
            if m is not None:
                return victims + self.chain(m, ("Person",))
        m = self.after(x, types=("Person",), maxgap=0)
        if m is not None and m.prefix.lstrip("و").startswith("مع"):
            return victims + [m]
        if self.toks[victims[0].lo].ar:
            return titled_list(self, victims)  # "X وآمر الفوج العقيد Y"
        return victims

    def _apposed_list(self, last: Mention) -> list[Mention]:
        """The members of a victim list after *last* past appositions ("X، زعيم ...، وY")."""
        more: list[Mention] = []
        nxt = _apposed_next(self, last)
        while nxt is not None and len(more) < 4 and nxt not in more:
            more.append(nxt)
            nxt = _apposed_next(self, nxt)
        return more

    def _victim_list_back(self, victim: Mention) -> list[Mention]:
        for m in self.args:
            if m.hi <= victim.lo and m.etype == "Person":
                ch = self.chain(m, ("Person",))
                ch = titled_list(self, ch)  # "الأمينَ العام X ورئيسَ المجلس Y، اللذين"
                if victim in ch:
                    return ch + _who_clause_member(self, m)
        return [victim] + _who_clause_member(self, victim)

    def _kill_nominal_en(self, t: int) -> None:
        # "the assassination of X by Y", "Y's killing of X", "the US killing of X",
        # "X's assassination by Y"
        victims: list[Mention] = []
        agent = None
        if self.key(t + 1) == "of":
            v = self.after(t + 2, types=("Person",), maxgap=3)
            if v is None:
                return
            victims = self.chain(v, ("Person",))
            p = self.before(t, maxgap=2)
            if p is not None and p.poss and p.etype in AGENT_TYPES:
                agent = p.eid
            if agent is None:
                agent = self.nat_agent(max(self.lo, t - 2), t)
            if agent is None:
                agent, _ = self._agent_after(victims[-1].hi)
            if agent is None:
                # "Trump ordered the killing of X"
                for x in range(max(self.lo, t - 4), t):
                    if self.key(x) in ("ordered", "authorized", "authorised", "approved",
                                       "carried", "conducted", "responsibility"):
                        a = self.before(x, maxgap=4)
                        if a is not None:
                            agent = a.eid
        else:
            p = self.before(t, types=("Person",), maxgap=1)
            if self.key(t - 1) == "whose":
                # "X, whose killing in a U.S. drone strike ordered by Y shocked ...": X
                head = self.before(t - 1, types=("Person",), maxgap=2)
                if head is not None and head.kind != "pron" and not head.poss:
                    agent, _ = self._agent_after(t + 1)
                    if agent and agent != head.eid and not self.blocked(t):
                        self.add("ASSASSINATED_BY", head.eid, agent, "whose_killing_en")
                return
            if (p is None or not p.poss) and self.key(t - 1) in ("his", "her"):
                # "X replaced Y after his killing in a US strike": the person named just
                # before (the object), else the previous sentence's last person
                p = self.before(t - 1, types=("Person",), maxgap=6)
                if p is not None and (p.kind == "ref" or any(
                        self.toks[y].text in (".", ";") for y in range(p.hi, t))):
                    p = None
                if p is not None:
                    agent, _ = self._agent_after(t + 1)
                    if agent and agent != p.eid and not self.blocked(t):
                        self.add("ASSASSINATED_BY", p.eid, agent, "his_killing_en")
                return
            if p is None or not p.poss:
                return
            victims = [p]
            agent, _ = self._agent_after(t + 1)
        if agent and not self.blocked(t):
            for v in victims:
                self.add("ASSASSINATED_BY", v.eid, agent, "killing_of_en")

    def _kill_nominal_ar(self, t: int) -> None:
        # "اغتيال X على يد Y" / "مقتل X بغارة أمريكية" / "اغتيال واشنطن لسليماني"
        if self.f(t) & _AR_KILL_NOUN_PRON:
            # "خلفاً لقاسم سليماني عقب مقتله بضربة أميركية": the pronoun is the victim
            v = self.before(t, types=("Person",), maxgap=4) or only_person_before(self, t)
            if v is not None:
                agent, _ = self._agent_after(t + 1, limit=6)
                vs = [v]
                if self.f(t) & _AR_KILL_NOUN_DUAL:  # "X وY، مؤكداً أن اغتيالهما على يد Z"
                    vs = self._victim_list_back(v)
                    if len(vs) < 2:
                        return
                if agent and agent not in {m.eid for m in vs} and not self.blocked(t):
                    for m in vs:
                        self.add("ASSASSINATED_BY", m.eid, agent, "his_killing_ar")
            return
        if latter_killed_ar(self, t):  # "بعد مقتل الأخير (مع X) بغارة أميركية"
            return
        first = self.after(t + 1, maxgap=3)
        if first is None:
            first = self.after(t + 1, types=("Person",), maxgap=6)
            if first is None or not (self.key(t + 1).startswith("ال") or self.key(
                    t + 1) in L.AR_TITLE_FIRST) or any(
                    self.toks[y].punct or y in self.mention_at and not in_title_body_ar(
                        self, y) for y in range(t + 1, first.lo)):
                return  # ("اغتيال المستشار البارز في الحرس X": a long title before X;
                # "مقتل مسؤول العلاقات الإعلامية في الحزب X": a title in construct, its body)
        if first.kind == "desc":  # "اغتيال المستشار البارز في الحرس X": the title of X,
            named = self.after(first.hi, types=("Person",), maxgap=3)  # not someone else
            if named is not None and named.kind == "name" and not any(
                    self.toks[y].punct for y in range(first.hi, named.lo)):
                first = named
        if first.etype != "Person":
            v = self.after(first.hi, types=("Person",), maxgap=3)
            if v is not None and (0 <= v.tlo <= first.lo or (
                    v.lo == first.hi and first.lo > t + 1 and
                    self.key(t + 1).startswith("ال"))):
                first = v  # "اغتيال المستشار البارز في الحرس X": the body is in X's title
        if first.etype != "Person":
            if v is not None and (self.has_prep(v, {"ل"}) or self.toks[
                    title_start(v) - 1].key.startswith("لل") and title_start(v) - 1 >=
                    first.hi or titled_victim_ar(self, first.hi, v)) and \
                    first.etype in AGENT_TYPES:  # ("اغتيال الموساد للعالم X")
                if not self.blocked(t):
                    for vv in self.chain(v, ("Person",)):
                        self.add("ASSASSINATED_BY", vv.eid, first.eid, "ightiyal_gen_ar")
            return
        victims = self.chain(first, ("Person",))
        agent, _ = self._agent_after(victims[-1].hi)
        if agent is None:  # "الاغتيال الأميركي لأبي مهدي المهندس"
            agent = national_killing_ar(self, t, first)
        if agent is None and (self.key(t - 1) in ("عن", "الي", "في", "بحياه") or
                              self.toks[t].key.startswith("ب")):
            # "نفذت X غارة أسفرت عن مقتل Y" / "تسببت غارة أمريكية في مقتل Y"
            res = next((x for x in range(t - 1, max(self.lo, t - 9) - 1, -1)
                        if self.f(x) & _AR_RESULT), None)
            if res is not None:
                agent = strike_agent_back(self, t) or _prior_strike_object(self, res + 1, t) \
                    or _prior_strike_object(self, max(self.lo, res - 2), res)
                # ("قال الجيش إن الغارة نفسها أسفرت عن مقتل X": the subject before the verb)
                # "وأسفرت الغارة عن مقتل X": the strike told before
        if agent and not self.blocked(t):
            for v in victims:
                self.add("ASSASSINATED_BY", v.eid, agent, "ightiyal_ar")
        claimer = self._claimer_ar(t)
        if claimer is not None and claimer.eid != agent and not self.blocked(t, claimer):
            for v in victims:
                self.add("ASSASSINATED_BY", v.eid, claimer.eid, "claimed_killing_ar")

    def _claimer_ar(self, t: int) -> Mention | None:
        """"أعلنت X مسؤوليتها عن اغتيال Y" / "تبنت X (عملية) اغتيال Y": X did it."""
        verb = None
        for z in range(t - 1, max(self.lo, t - 6) - 1, -1):
            if self.toks[z].punct:
                return None
            fz = self.f(z)
            if fz & _AR_ADOPT:
                verb = z
                break
            if fz & _AR_MANAGED:
                comp = t - 2 if self.key(t - 1) in ("عمليه", "عملية") else t - 1
                if not self.f(comp) & _AR_MANAGED_COMP:
                    return None  # "تمكن X من الفرار بعد اغتيال Y": not his act
                verb = z
                break
            if any(f.startswith("مسوولي") for f in fz):
                verb = next((y for y in range(z - 1, max(self.lo, z - 4) - 1, -1)
                             if self.f(y) & _AR_ANNOUNCE), None)
                break
        if verb is None:
            return None
        # the claimer: subject of أعلنت/تبنت (VSO after the verb, or SVO before it)
        m = self.after(verb + 1, types=("Country", "Organization", "Person"), maxgap=2)
        if m is None or m.hi > t:
            m = self.before(verb, types=("Country", "Organization", "Person"), maxgap=2)
        return m


# the word sets of the plain rules of session 5, registered at import
for _pair in ((_EMPTY, _EN_WHOSE), (_EMPTY, _EN_SUBORD_W), (_AR_REL_PASS, _EMPTY), (_AR_KILL_VERB_W, _EMPTY), (_AR_KILL_VERB_W | _AR_KILLED_HIM_V, _EMPTY), (_AR_ADMIT, _EN_ADMIT), (_AR_DUAL_DEATH, _EMPTY),
              (_EMPTY, _EN_ORDERED), (_AR_ORDERED_IT, _EMPTY), (_AR_CLASH, _EN_CLASH),
              (_AR_SUSPECT, _EN_SUSPECT), (_AR_KILL_WORDS_W, _EN_KILL_WORDS_W),
              (_AR_KILL_NOUN_P, _EN_KILL_NOUN_P), (_AR_DIED_NAT, _EMPTY),
              (_AR_KILL_HIM_N, _EMPTY)):
    register_triggers(*_pair)
