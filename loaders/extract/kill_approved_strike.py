"""ASSASSINATED_BY: the one who gave the final approval or the green light for the strike.

Right after a sentence reporting a killing with a named agent, "Biden said he gave the final
approval for the operation last week", "President Joe Biden gave the green light for the raid",
"X had given the go-ahead for the strike", «وقال الرئيس الأمريكي جو بايدن إنه أعطى الضوء
الأخضر للضربة», «ومنح X الضوء الأخضر للعملية»: that person ordered the strike (the dev gold
pairs him, as "he ordered the strike" is read by ``kill_orderers.said_he_ordered_strike_en``).
Only a person on the side of the killing's agent (``kill_orderers.same_side``), not a negated,
refused or planned approval ("refused to give the green light", «لم يعطِ الضوء الأخضر»).

Session 68 (blind68a): the order given in so many words, Arabic, read the same way after the
killing's sentence: «وقال أوباما إنه أعطى الأمر بتنفيذ العملية», «وقال مكتب رئيس الحكومة إن
نتنياهو أصدر الأمر بتنفيذ العملية», «وأصدر الرئيس X أوامره بشن الغارة», «وكان X قد أعطى الأوامر
بالضربة» (``gave_order_ar``; the bare verb «إنه أمر بتنفيذ الغارة» is
``kill_orderers.said_he_ordered_strike_ar``'s).
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.dispatch import needs
from loaders.extract.kill_claims_verdicts import AR_CLAIM_SAY, AR_THAT_IT
from loaders.extract.kill_cues import AB
from loaders.extract.kill_orderers import same_side
from loaders.extract.rule_common import EMPTY

_EN_APPROVAL = frozenset({"approval", "green", "go-ahead", "goahead", "nod"})
_EN_GAVE = frozenset({"gave", "given", "granted", "give", "gives"})
_EN_FOR = frozenset({"for", "to"})
_EN_THE = frozenset({"the", "this", "that", "an", "a"})
_EN_STRIKE_W = frozenset({"strike", "airstrike", "attack", "raid", "operation", "bombing",
                          "assassination", "killing", "mission"})
_EN_ASIDE = frozenset({"personally", "himself", "herself", "had", "has", "have", "already",
                       "then", "later"})
_EN_SAID = frozenset({"said", "says", "announced", "confirmed", "stated", "added", "told"})
_EN_NOT = L.EN_NEG | L.EN_MODAL | frozenset({"refused", "declined", "to"})

_BACKGROUND = frozenset({"since", "after", "before", "until"}) | L._ar("منذ", "بعد", "قبل")
_AR_LIGHT = L._ar("الضوء")
_AR_GAVE = L._ar("اعطى", "أعطى", "منح", "يعطي", "اعطي", "واعطى", "ومنح")
_AR_GREEN = L._ar("الاخضر", "الأخضر")
# «أعطى / أصدر X الأمر بتنفيذ العملية» (session 68): the order noun with the article or the
# possessive (the bare «أمر» is a verb, «بأمر X» an order phrase: kill_orderers, orders.py)
_AR_ORDER_NOUN = L._ar("امر", "اوامر")
_AR_ORDER_NOUN_KEYS = L._ar("الامر", "الاوامر", "اوامره", "اوامرها", "امره", "الأوامر", "الأمر")
_AR_GAVE_ORDER = _AR_GAVE | L._ar("اصدر", "أصدر", "يصدر", "وجه", "وجّه")
_AR_ORDER_ADVERB = L._ar("شخصيا", "شخصياً", "مباشرة", "بنفسه")
_AR_EXECUTE_WORDS = L._ar("بتنفيذ", "بشن")
_AR_STRIKE_NOUN = L._ar("الضربه", "الضربة", "الغاره", "الغارة", "العمليه", "العملية", "الهجوم",
                        "الاغتيال", "الاغاره")
_AR_SUBJECT_OPENERS = L._ar("ان", "إن", "أن", "بان", "بأن", "كان", "وكان")
_AR_FOR_STRIKE = L._ar("للضربه", "للضربة", "للغاره", "للغارة", "للعمليه", "للعملية", "للهجوم",
                       "لتنفيذ", "لشن", "بتنفيذ", "بشن")


def _victims_before(sr: Any) -> tuple[int, list[str]] | None:
    """The victims of the killing told in one of the two sentences before, and its index."""
    prev = [(s_, e) for s_, e in sr.doc.state.get("victims", ()) if sr.si - 2 <= s_ < sr.si]
    if not prev:
        return None
    last = max(s_ for s_, _e in prev)
    victims = list(dict.fromkeys(e for s_, e in prev if s_ == last))
    firsts = sorted((min(m.lo for m in sr.doc.by_sent.get(last, ()) if m.eid == e), e)
                    for e in victims if any(m.eid == e for m in sr.doc.by_sent.get(last, ())))
    if not firsts:
        return last, victims
    toks = sr.doc.toks  # "X was killed ..., in the biggest blow since Y was killed in 2011":
    # not Y, a killing told as the background of the one approved
    kept = [e for lo, e in firsts if not any(
        toks[x].key in _BACKGROUND for x in range(firsts[0][0], lo))]
    return last, kept


def _approver_en(sr: Any, v: int) -> Any:
    """The person who "gave" at *v*: "X (had) gave" or "X said (that) he (had) given"."""
    y = v - 1
    while y > sr.lo and sr.key(y) in _EN_ASIDE:
        y -= 1
    if sr.key(y) in _EN_NOT or sr.key(y - 1) in _EN_NOT:
        return None  # "refused to give", "did not give", "would give"
    if sr.key(y) in ("he", "she"):
        y -= 1
        if sr.key(y) == "that":
            y -= 1
        if sr.key(y) not in _EN_SAID:
            return None
        if sr.key(y - 1) == ",":  # "Mr. Biden, speaking from the White House, said he"
            z = next((z for z in range(y - 2, max(sr.lo, y - 20) - 1, -1)
                      if sr.key(z) == ","), None)
            return sr.before(z, types=("Person",), maxgap=0) if z is not None else None
        return sr.before(y, types=("Person",), maxgap=1)
    m = sr.before(y + 1, types=("Person",), maxgap=0)
    return m if m is not None and m.hi == y + 1 else None


@needs((EMPTY, _EN_APPROVAL))
def approved_strike_en(sr: Any) -> None:
    """"X gave (the) (final) approval / green light / go-ahead for the strike" after the
    killing's sentence: X is an agent of it."""
    found = _victims_before(sr)
    if found is None:
        return
    last, victims = found
    for a in sr.triggers(EMPTY, _EN_APPROVAL):
        end = a + 1 if sr.key(a) != "green" else a + 2 if sr.key(a + 1) == "light" else -1
        if end < 0 or sr.key(end) not in _EN_FOR or sr.key(end + 1) not in _EN_THE:
            continue
        s = end + 2 + (sr.key(end + 2) in ("air", "drone", "u.s.", "us", "military"))
        if sr.key(s) not in _EN_STRIKE_W:
            continue
        v = next((y for y in range(a - 1, max(sr.lo, a - 4) - 1, -1)
                  if sr.key(y) in _EN_GAVE), None)
        if v is None or sr.blocked(v) or sr._irrealis(v):
            continue
        m = _approver_en(sr, v)
        if m is None or not same_side(sr, m.eid, last):
            continue
        for e in victims:
            if e != m.eid:
                sr.add(AB, e, m.eid, "approved_strike_en")


def _giver_ar(sr: Any, v: int, a: int) -> Any:
    """The person who gave at *v* what is named at *a* (the light, the order): the speaker of
    «وقال X إنه أعطى», the subject of «إن X أصدر» / «وكان X قد أصدر», or of «أعطى X ...»."""
    if v > sr.lo and sr.f(v - 1) & AR_THAT_IT:  # «وقال X إنه أعطى»
        say = next((y for y in range(v - 2, max(sr.lo, v - 12) - 1, -1)
                    if sr.f(y) & AR_CLAIM_SAY), None)
        m = sr.after(say + 1, types=("Person",), maxgap=4) if say is not None else None
        return m if m is not None and m.hi <= v - 1 else None
    end = v - (sr.key(v - 1) == "قد")
    m = sr.before(end, types=("Person",), maxgap=0)
    if m is not None and m.hi == end and m.lo > sr.lo and sr.key(m.lo - 1) in _AR_SUBJECT_OPENERS:
        return m  # «إن نتنياهو أصدر الأمر», «وكان X قد أعطى الأوامر»
    m = sr.after(v + 1, types=("Person",), maxgap=3)  # «أعطى الرئيس X الضوء الأخضر»
    return m if m is not None and m.lo < a else None


def _negated_ar(sr: Any, v: int) -> bool:
    """A negation, a blocked or an unreal verb at *v* («لم يعطِ», «سيصدر»)."""
    return sr.blocked(v) or sr._irrealis(v) or any(
        sr.f(y) & L.AR_NEG for y in range(max(sr.lo, v - 2), v))


def _pair_giver_ar(sr: Any, a: int, gave: frozenset[str], reach: int, last: int,
                   victims: list[str], rule: str) -> None:
    """Pair *victims* (of the killing told in sentence *last*) with the person who gave what
    is named at *a*: a verb of *gave* at most *reach* tokens before it, not negated
    (:func:`_negated_ar`), its giver (:func:`_giver_ar`) on the agent's side."""
    v = next((y for y in range(a - 1, max(sr.lo, a - reach) - 1, -1) if sr.f(y) & gave), None)
    if v is None or _negated_ar(sr, v):
        return
    m = _giver_ar(sr, v, a)
    if m is None or not same_side(sr, m.eid, last):
        return
    for e in victims:
        if e != m.eid:
            sr.add(AB, e, m.eid, rule)


@needs((_AR_LIGHT, EMPTY))
def approved_strike_ar(sr: Any) -> None:
    """«أعطى / منح X الضوء الأخضر للضربة» or «وقال X إنه أعطى الضوء الأخضر للعملية» after
    the killing's sentence: X is an agent of it."""
    found = _victims_before(sr)
    if found is None:
        return
    last, victims = found
    for a in sr.triggers(_AR_LIGHT, EMPTY):
        if sr.f(a + 1) & _AR_GREEN and sr.f(a + 2) & _AR_FOR_STRIKE:
            _pair_giver_ar(sr, a, _AR_GAVE, 6, last, victims, "approved_strike_ar")


def _victims_here(sr: Any, upto: int) -> list[str]:
    """The victims of a killing read earlier in this sentence, named before token *upto*
    («... في غارة أسفرت عن مقتل X. وقال مكتبه إن Y أصدر الأمر بتنفيذ العملية» told as one
    sentence)."""
    here = {e for s_, e in sr.doc.state.get("victims", ()) if s_ == sr.si}
    return list(dict.fromkeys(m.eid for m in sr.args if m.eid in here and m.hi <= upto))


def _order_for_strike_ar(sr: Any, a: int) -> bool:
    """Is the order noun at *a* one for the strike: «الأمر بتنفيذ العملية», «أوامره بشن
    الغارة», «الأوامر بالضربة» (an adverb such as «شخصياً» may stand between)?"""
    x = a + 1 + (sr.key(a + 1) in _AR_ORDER_ADVERB)
    if sr.key(x) in _AR_EXECUTE_WORDS:
        return bool(sr.f(x + 1) & _AR_STRIKE_NOUN)
    return sr.key(x)[:1] == "ب" and bool(sr.f(x) & _AR_STRIKE_NOUN)


@needs((_AR_ORDER_NOUN, EMPTY))
def gave_order_ar(sr: Any) -> None:
    """«أعطى / أصدر X الأمر (الأوامر، أوامره) بتنفيذ العملية / بالضربة» after the killing's
    sentence: X ordered it, an agent of the killing."""
    found = _victims_before(sr)
    for a in sr.triggers(_AR_ORDER_NOUN, EMPTY):
        if sr.key(a) not in _AR_ORDER_NOUN_KEYS or not _order_for_strike_ar(sr, a):
            continue
        last, victims = found or (sr.si, _victims_here(sr, a))
        if victims:
            _pair_giver_ar(sr, a, _AR_GAVE_ORDER, 5, last, victims, "gave_order_ar")
