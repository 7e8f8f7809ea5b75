"""MET_WITH (session 38, meetar): two people named after one dual title came to the meeting
together.

"استقبل S وزيري الخارجية الفرنسي A والألمانية B" / "استقبل S وزيري خارجية فرنسا A وألمانيا B
في زيارة مشتركة" / "وحضر لقاءات ... مساعدا وزير الخارجية A وB": the dual noun (وزيري،
مساعدا، سفيري ...) makes A and B one party of the meeting, so A met B and each met whom the
other met in this sentence (the base rules read "وزيري خارجية فرنسا A" as no title at all
and found no guest: then S, the subject of the meeting verb before the noun, is the one
they met). The dev gold pairs them (EU, KL, KO, KP: "بمشاركة وزيري الخارجية A وB").

Only right after a meeting verb or an attendance word (at most fourteen words before the dual
noun), A within five words after the noun, B right after A joined by "و" (a country or its
adjective at most between: "وألمانيا B"، "والألمانية B"); not negated or planned; not the
accusative singular of the same letters ("عُيّن وزيراً للخارجية"، "خلفه سفيرا لطهران": a
tanween or the preposition ل right after it). In separate meetings ("في لقاءين منفصلين"،
"كلاً على حدة") each met the host alone: no pair of the two (session 52).
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.dispatch import register_triggers
from loaders.extract.meetings_ar import _MEET_NOUNS, _blocked, _clause_subject
from loaders.extract.rule_common import EMPTY

AR_DUAL_TITLES = L._ar("وزيري", "وزيرا", "سفيري", "سفيرا", "مبعوثي", "مبعوثا", "مساعدي",
                       "مساعدا", "مستشاري", "مستشارا", "نائبي", "نائبا", "عضوي", "عضوا")
register_triggers(AR_DUAL_TITLES, EMPTY)
_AR_ATTEND = L._ar("حضر", "وحضر", "حضره", "وحضره", "حضرها", "وحضرها", "بحضور", "وبحضور",
                   "بمشاركة", "وبمشاركة", "شارك", "وشارك")
_AR_SEPARATE = L._ar("منفصلين", "منفصلتين", "منفصلة", "منفصل", "حدة", "حده", "منفردين",
                     "منفردة", "منفردا", "منفرداً")
# a verb of leading a side between the meeting word and the dual noun (s63)
_AR_LED = L._ar("قاد", "وقاد", "يقود", "ترأس", "وترأس", "يترأس", "رأس", "تراس", "يتراس")
_BACK = 14  # words from the verb to the dual noun (past the subject and its title)
_FIRST = 5  # words from the dual noun to the first name
_JOIN = 3  # words from the first name's end to the second name


def dual_title_ar(sr: Any, n_met: int) -> None:
    """Pair the two people of a dual title and give each the other's partners (module doc)."""
    for d in sr.triggers(AR_DUAL_TITLES, EMPTY):
        if "\u064b" in sr.toks[d].text or sr.key(d + 1)[:1] == "ل":
            continue  # the accusative singular: "عُيّن وزيراً للخارجية"، "سفيراً لطهران"
        a = _person_within(sr, d + 1, _FIRST)
        if a is None or a.hi >= sr.hi or not sr.key(a.hi).startswith("و"):
            continue
        b = _person_within(sr, a.hi, _JOIN)
        if b is None or b.eid == a.eid:
            continue
        verb = next((x for x in range(d - 1, max(sr.lo, d - _BACK) - 1, -1)
                     if sr.f(x) & (L.AR_MEET | _AR_ATTEND)), None)
        if verb is None or _blocked(sr, verb) or any(
                sr.f(x) & _AR_LED for x in range(verb + 1, d)):
            continue  # "مشاورات ... قاد الجانب الإيراني فيها نائبا الوزير A وB": the two
            # lead one side of the talks, the subject of their own verb (s63)
        partners: set[str] = set()
        for r in sr.out[n_met:]:
            if r.type == "MET_WITH" and ({r.source, r.target} & {a.eid, b.eid}):
                partners |= {r.source, r.target}
        partners -= {a.eid, b.eid}
        if not partners and sr.f(verb) & L.AR_MEET and sr.key(verb) not in _MEET_NOUNS:
            s = _clause_subject(sr, verb)
            if s is not None and s.hi <= d:
                partners = {s.eid}
        for p in sorted(partners):
            sr.add("MET_WITH", a.eid, p, "dual_title_ar")
            sr.add("MET_WITH", b.eid, p, "dual_title_ar")
        if not _separately(sr):
            sr.add("MET_WITH", a.eid, b.eid, "dual_title_ar")


def _separately(sr: Any) -> bool:
    """"في لقاءين منفصلين" / "كلاً على حدة" / "بشكل منفصل": each of the two came on his own
    (session 52: no pair of the two)."""
    return not _AR_SEPARATE.isdisjoint(sr.key_set())


def _person_within(sr: Any, k: int, span: int) -> Any:
    """The first person named (not inside a title) within *span* words from *k*, with no
    punctuation or other person between (a country or a ministry may); else None."""
    for m in sr.args:
        if m.lo < k or m.in_title:
            continue
        if m.lo - k > span or any(sr.toks[y].punct for y in range(k, m.lo)):
            return None
        if m.etype == "Person":
            return m
        if m.etype not in ("Country", "Location", "Organization"):
            return None  # (a country, its adjective or a ministry may stand before the name)
    return None
