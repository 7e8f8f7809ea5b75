"""ASSASSINATED_BY, Arabic: a verb of dying with a martyr or killed predicate, VSO (session 21).

"ارتقى القيادي في حزب الله X شهيداً بغارة إسرائيلية"، "قضى X وY شهيدين في غارة أميركية"،
"ارتقى شهيداً القيادي X بغارة إسرائيلية"، "توفي X متأثراً بجروحه إثر غارة أميركية": the victim
(or the list of victims) right after the verb, the predicate شهيداً / قتيلاً / متأثراً بجروحه
before or after him, then the strike
with its agent (``_agent_after``: "بغارة إسرائيلية"، "في غارة شنتها Y"). The verbs without the
predicate are read elsewhere (``killings.died_vso_ar`` reads "استشهد X بغارة", which the
predicate between the name and the strike stopped); a strike must follow the victim, so "ارتقى
X إلى رتبة لواء" and "ارتقى X شهيداً" with no strike relate nothing, and the blockers of the
killing rules (negation, plans) apply. "سقط X شهيداً بغارة Y" is read too (s21b): سقط is no cue
word of the killing rules (a common verb, "سقط صاروخ"), the predicate شهيداً is one
(``kill_cues``).
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.dispatch import needs
from loaders.extract.rule_common import EMPTY, person_at

AB = "ASSASSINATED_BY"
_AR_PREDICATE = L._ar("شهيدا", "شهيداً", "شهيدين", "شهيدان", "شهداء", "قتيلا", "قتيلاً",
                      "قتيلين", "قتلى", "متأثرا", "متأثراً", "متاثرا")
_AR_WOUNDED = L._ar("متأثرا", "متأثراً", "متاثرا")
_AR_WOUNDS = L._ar("بجروحه", "بجراحه", "بإصابته", "بجروح", "بجراح", "بإصابات", "بجروحهما")
_AR_DIED = L._ar("ارتقى", "ارتقت", "ارتقيا", "ارتقوا", "وارتقى", "قضى", "قضت", "قضيا", "قضوا",
                 "استشهد", "استشهدت", "استشهدا", "استشهدوا", "توفي", "توفيت", "وتوفي",
                 "سقط", "وسقط", "سقطت", "سقطا", "سقطوا")  # (s21b: "سقط X شهيداً بغارة")
_AR_REL = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين"})
_AR_IN = L._ar("في", "جراء", "إثر", "اثر")



def _strike_at(sr: Any, s: int) -> bool:
    """A strike noun at *s* ("بغارة") or after في / جراء ("في غارة")."""
    return bool(sr.f(s) & L.AR_STRIKE or sr.key(s) in _AR_IN and sr.f(s + 1) & L.AR_STRIKE)


_AR_WITH = L._ar("مع", "برفقة", "رفقة")


def past_companions_ar(sr: Any, s: int) -> int:
    """Where the strike phrase starts when the words at *s* are an unnamed companions'
    phrase ("مع عدد من الوزراء"، "مع رفاقه"، "برفقة نجله"، "مع عدد من قادة الحرس"; at most six
    words, no punctuation and no person named) that ends at a strike noun ("في عدوان صهيوني"، "بغارة"), else *s*
    (session 58: "ارتقى X شهيداً مع عدد من الوزراء في عدوان صهيوني غادر")."""
    if not sr.f(s) & _AR_WITH:
        return s
    for y in range(s + 1, min(sr.hi, s + 8)):
        if _strike_at(sr, y):
            return y
        m = sr.mention_at.get(y)  # (a body named in it is the companions' own: "مع عدد من
        if sr.toks[y].punct or m is not None and m.etype == "Person":  # قادة الحرس", s61)
            return s
    return s


def titled_list_ar(sr: Any, first: Any) -> list[Any]:
    """*first* and the people joined to him by و, also with a title after the و ("X وقائد
    اللواء الثالث Y"، "X ومرافقه Y"), which ``chain`` does not join."""
    out = [first]
    while True:
        cur = out[-1]
        nxt = None
        k = sr.key(cur.hi)
        if k.startswith("و"):
            nxt = person_at(sr, cur.hi)
            if nxt is None and k[1:] in L.AR_TITLES:  # (a title the mention did not take)
                nxt = next((m for m in sr.args if m.etype == "Person" and
                            cur.hi < m.lo <= cur.hi + 4 and not any(
                                sr.toks[y].text in "،,.:؛" for y in range(cur.hi, m.lo))),
                           None)
        if nxt is None:
            more = [m for m in sr.chain(cur, ("Person",))[1:] if m.etype == "Person"]
            if not more:
                return out
            nxt = more[0]
        if nxt in out:
            return out
        out.append(nxt)


@needs((_AR_PREDICATE, EMPTY))
def martyr_predicate_ar(sr: Any) -> None:
    """Add each victim -> the strike's agent of "ارتقى / قضى / سقط X شهيداً بغارة Y" (module
    doc)."""
    for t in sr.triggers(_AR_PREDICATE, EMPTY):
        v = next((y for y in range(t - 1, max(sr.lo, t - 25) - 1, -1) if sr.f(y) & _AR_DIED),
                 None)
        if v is None or sr.key(v - 1) in _AR_REL:
            continue  # (a relative "الذي ارتقى ..." is read with its head by other rules)
        first = person_at(sr, t + 1 if v == t - 1 else v + 1)
        if first is None:
            continue
        victims = titled_list_ar(sr, first)
        s = victims[-1].hi
        if v != t - 1:
            if s != t:
                continue  # the predicate right after the victims
            s += 1
        if sr.f(t) & _AR_WOUNDED:
            if v == t - 1 or not sr.f(s) & _AR_WOUNDS:
                continue
            s += 1  # "قضى X متأثراً بجروحه إثر غارة Y": died of the strike's wounds
        s = past_companions_ar(sr, s)
        if not _strike_at(sr, s) or sr.blocked(v):
            continue
        agent, _how = sr._agent_after(s, limit=14)
        if agent:
            for m in victims:
                if m.eid != agent:
                    sr.add(AB, m.eid, agent, "martyr_predicate_ar")
