"""ASSASSINATED_BY: an army, command or intelligence service says the strike killed X
(session 22, ``kill``).

The side that struck reports the result itself: "AFRICOM later said one strike killed X",
"The Pentagon said the strike killed X" (``kill_claims.said_strike_killed_en``), "وقال المتحدث
باسم الجيش الإسرائيلي Z إن الغارة قتلت أيضاً X"، "وقالت القيادة الأميركية في أفريقيا
(أفريكوم) إن الضربة قتلت X"، "وأعلن الجيش أن الغارة أسفرت عن مقتل X" (:func:`said_strike_killed_ar`):
the speaker (or the body its spokesman speaks for) killed X.

Who speaks for a killing: one of ``kill_claims``' named killer bodies or a body the gazetteer
describes as an army, armed forces, a military command or an intelligence service
(:func:`kill_bodies.armed_body`: not a ministry, a media office, an alliance). A party, a ministry
of health, a rival group ("وقال حزب الله إن الغارة قتلت X"، "The Health Ministry said the
strike killed X") is no agent; a strike with its own nationality or agent ("إن غارة إسرائيلية
قتلت X") is left to the rules of that agent; a victim of the speaker's own country (an army
telling its losses) is none.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract import lexicon as L
from loaders.extract.dispatch import register_triggers
from loaders.extract.kill_bodies import armed_body
from loaders.extract.kill_claims import _KILLER_BODIES, _other_country
from loaders.extract.kill_victim_lists import next_person
from loaders.extract.rule_common import EMPTY

if TYPE_CHECKING:
    from loaders.extract.relations import SentenceCore

AB = "ASSASSINATED_BY"

# ---- Arabic ----------------------------------------------------------------------------
_AR_SAID = L._ar("قال", "وقال", "قالت", "وقالت", "اعلن", "واعلن", "اعلنت", "واعلنت", "اكد",
                 "واكد", "اكدت", "واكدت", "ذكر", "وذكر", "ذكرت", "وذكرت")
_AR_SPOKESMAN = L._ar("المتحدث", "الناطق")
_AR_THAT = L._ar("إن", "ان", "أن", "بأن", "بان")
_AR_THE_STRIKE = L._ar("الغارة", "الغاره", "الضربة", "الضربه", "الغارات", "الضربات", "العملية",
                       "العمليه", "القصف", "الهجوم")
_AR_STRIKE_MODS = L._ar("الجوية", "الجويه", "نفسها", "ذاتها", "الأخيرة", "الاخيرة")
_AR_KILLED_IT = L._ar("قتلت", "قتل", "اسفرت", "أسفرت", "ادت", "أدت")
_AR_TO = L._ar("عن", "الى", "إلى")
_AR_TO_DEATH = L._ar("مقتل", "اغتيال")
_AR_ALSO = L.AR_ALSO | L._ar("ايضا", "أيضاً", "أيضا")


def _ar_speaker(sr: SentenceCore, v: int) -> tuple[str, int] | None:
    """The armed body that speaks at the verb *v* ("وقال الجيش"، "وقال المتحدث باسم الجيش
    Z") and the token after it (past the spokesman's name and a bracketed acronym)."""
    y = v + 1
    spokesman = bool(sr.f(y) & _AR_SPOKESMAN)
    if spokesman:
        y += 1
        if sr.key(y) not in ("باسم", "بإسم", "العسكري"):
            return None
        y += 1
    m = sr.mention_at.get(y) if not spokesman else next(
        (x for x in sr.doc.by_sent.get(sr.si, ()) if x.lo == y), None)  # (in his title)
    if m is None or m.etype != "Organization" or m.eid not in _KILLER_BODIES and not armed_body(sr, m.eid):
        return None
    z = m.hi
    if sr.key(z) == "(":
        z = next((x + 1 for x in range(z + 1, min(sr.hi, z + 6)) if sr.key(x) == ")"), z)
    if spokesman:
        p = sr.mention_at.get(z)
        if p is not None and p.etype == "Person":
            z = p.hi
    return m.eid, z


def said_strike_killed_ar(sr: SentenceCore) -> None:
    """"قال Y إن الغارة قتلت (أيضاً) X"، "أعلن Y أن الضربة أسفرت عن مقتل X": X by Y, Y an
    armed body (see the module doc)."""
    done = {r.source for r in sr.out if r.type == AB}
    for v in sr.triggers(_AR_SAID, EMPTY):
        found = _ar_speaker(sr, v)
        if found is None or sr.blocked(v):
            continue
        speaker, z = found
        if sr.key(z) in ("في", "،") and sr.key(z + 1) == "بيان":
            z += 2
        if not sr.f(z) & _AR_THAT:
            continue
        z += 1
        if not sr.f(z) & _AR_THE_STRIKE:
            continue
        z += 1
        if sr.f(z) & _AR_STRIKE_MODS:
            z += 1
        if not sr.f(z) & _AR_KILLED_IT:
            continue
        if sr.key(z) not in ("قتلت", "قتل"):  # "أسفرت عن / أدت إلى مقتل X"
            z += 1
            if not sr.f(z) & _AR_TO or not sr.f(z + 1) & _AR_TO_DEATH:
                continue
            z += 1
        z += 1
        if sr.f(z) & _AR_ALSO:
            z += 1
        first = next_person(sr, z, 6)  # (past a title not read as one: "قائد الجبهة في")
        if first is None or any(sr.toks[y].punct for y in range(z, first.lo)):
            continue
        for m in sr.chain(first, ("Person",)):
            if m.eid not in done and m.eid != speaker and \
                    _other_country(sr, m.eid, speaker) is not False:
                sr.add(AB, m.eid, speaker, "said_strike_killed_ar")


register_triggers(_AR_SAID, EMPTY)
