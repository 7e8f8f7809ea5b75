"""MET_WITH (session 39, meetar): a place visited together, "X زار P برفقة Y" (Arabic).

"وزار X حائط البراق برفقة Y والسفير Z"، "X يتفقد الموقع برفقة السفير Y"، "زار A وB مركز ...،
يرافقهما C": the visitors and their companions of ANOTHER country met (a host showing a guest
round, a guest touring with his host's envoy): X-Y, and two companions of different countries
too. People of one country are one party travelling together (their own minister or
ambassador: "زار الرئيس ...، برفقة وزير خارجيته X، موقع ...") and are not paired, nor people of
unknown country; an arrival ("وصل X يرافقه Y") or a trip to a named city or country ("زار X
بغداد برفقة Y") is no visit of a site. Not negated or planned.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.rule_common import title_start

_AR_TOURED = L._ar("زار", "وزار", "يزور", "ويزور", "زارت", "وزارت", "تزور", "تفقد", "وتفقد",
                   "يتفقد", "ويتفقد", "تفقدت", "وتفقدت", "تتفقد")
_AR_WITH_THEM = L._ar("يرافقهما", "ويرافقهما")
_STOPS = (".", "؛", ";")
_REACH = 12  # words from the visit verb to the companion word


def _visitors(sr: Any, v: int) -> list:
    """The visitors of the verb at *v*: the people named right after it ("زار A وB"), else
    right before it ("X يتفقد"), else the sentence's subject carried to it ("وصل X ...، وزار")."""
    m = sr.after(v + 1, types=("Person",), maxgap=1)
    if m is not None and title_start(m) <= v + 2:
        return sr.chain(m, ("Person",))
    m = sr.before(v, types=("Person",), maxgap=0)
    if m is not None and m.hi == v:
        return [m]
    if sr.toks[v].key.startswith("و") and v > sr.lo and sr.toks[v - 1].text in ("،", ","):
        m = sr._carried_subject(v)
        return [m] if m is not None else []
    return []


def toured_with_ar(sr: Any, company: frozenset) -> None:
    """Add the pairs of a place visited with a companion of another country (module doc)."""
    for c in sr.triggers(company, frozenset()):
        v = next((y for y in range(c - 1, max(sr.lo, c - _REACH) - 1, -1)
                  if sr.f(y) & _AR_TOURED or sr.toks[y].text in _STOPS or sr.f(y) & L.AR_MEET),
                 None)
        if v is None or not sr.f(v) & _AR_TOURED or sr.blocked(v):
            continue
        y = sr.after(c + 1, types=("Person",), maxgap=6)
        if y is None or any(sr.toks[z].punct for z in range(c + 1, title_start(y))):
            continue
        party = _visitors(sr, v)
        if not party or (sr.f(c) & _AR_WITH_THEM and len(party) != 2):
            continue
        obj = max([v + 1] + [m.hi for m in party if m.lo > v])
        place = sr.mention_at.get(obj)
        if place is not None and place.etype in ("Country", "Location"):
            continue  # "زار X بغداد برفقة Y": a trip to a city (Y may have flown with him),
            # not a site they went round together (tests/unit/test_extract_rel2ar_s23b)
        ids = [m.eid for m in party]
        comp = [m.eid for m in sr.chain(y, ("Person",)) if m.eid not in ids]
        for i, a in enumerate(ids + comp):
            for b in comp[max(0, i + 1 - len(ids)):]:
                ca, cb = sr.doc.country_of(a), sr.doc.country_of(b)
                if a != b and None not in (ca, cb) and ca != cb:
                    sr.add("MET_WITH", a, b, "toured_with_ar")
