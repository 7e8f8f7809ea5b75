"""VISITED (person -> place).

- ``visited``: verbs and nouns of a visit: "زار X بغداد", "زيارة X إلى/لـY", "وصل X إلى
  بيروت", "وصوله لـY"; "X visited Y", "X's visit to Y", "a visit by X to Y", "X arrived in /
  travelled to Y", "during his visit to Y"; the city of the visit ("arrived in Beirut on his
  first visit to Lebanon"); the members of the visitor's delegation ("على رأس وفد يضم X وY");
  a meeting placed in a city or country ("held talks with Y in Baghdad", "التقى X في طهران"),
  "X was in Baghdad last week for talks" (someone from another country).

LOCATED_IN ("Baghdad's Green Zone", "الأنبار غرب العراق", "a base hosting U.S. troops") is read
by ``located_in_rules`` (``LocatedInRules``, a base class of ``PlaceRules``).

``PlaceRules`` is a mixin of :class:`loaders.extract.relations.SentenceRules` (how the
families share the sentence's state and helpers: :mod:`loaders.extract.relations`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from loaders.extract import lexicon as L
from loaders.extract.capitals_institutions import CAPITALS, capital_id
from loaders.extract.dispatch import _DISPATCH, needs
from loaders.extract.located_in_rules import LocatedInRules
from loaders.extract.rule_common import EMPTY, forms, title_start
from loaders.extract.visit_pron_subject_ar import meeting_subject_visitor_ar

if TYPE_CHECKING:
    from loaders.extract.relations import SentenceCore
    from loaders.extract.tokens import Tok
else:
    SentenceCore = object

_C12 = L._ar("زار", "يزور", "زارت", "تزور")
_C13 = L._ar("زيارة", "الزيارة")
_EN_VISIT_MORE = frozenset({"travelling", "traveling", "travels", "travel", "flying",
                            "arriving", "landing"})
_REMOTE = frozenset({"phone", "telephone", "video", "virtual", "virtually", "call",
                     "videoconference"}) | L._ar("هاتفيا", "هاتفياً", "هاتفي", "هاتفية",
                                                 "اتصال", "اتصالا", "الهاتف", "بالهاتف",
                                                 "الفيديو", "افتراضي")
# MET_WITH rules whose pair states no visit: an accord signed in X; one only present at a
# reception ("بحضور السفير C", often posted there; and "بحث X مع Y التصعيد في لبنان، بحضور Z":
# the place after the topic is not where they met)
_NO_VISIT = frozenset({"signed_with_ar", "present_at_meeting_ar"})
_EN_DELEGATION_JOIN = frozenset({"accompanied", "including", "includes", "included"})


_EN_VISIT_ALL = L.EN_VISIT | _EN_VISIT_MORE
_AR_DELEGATION = L._ar("وفد", "وفدا", "الوفد")
_AR_INCLUDES_P = L._ar("يضم", "ضم")
_AR_DELEGATION_JOIN = _AR_INCLUDES_P | L._ar("برفقة", "يرافقه", "رافقه", "يرافقها")
_CAP_CACHE: dict[int, tuple] = {}


def _capital_country(gaz) -> dict[str, str]:
    """capital's gazetteer id (a Location) -> country id."""
    hit = _CAP_CACHE.get(id(gaz))
    if hit is None or hit[0] is not gaz:
        table = {}
        for c in CAPITALS:
            cid = capital_id(gaz, c)
            if cid and cid.startswith("location:"):
                table[cid] = c
        hit = (gaz, table)
        _CAP_CACHE[id(gaz)] = hit
    return hit[1]


_EN_WAS = frozenset({"was", "were"})
_EN_VISIT_ADJ = frozenset({"rare", "first", "surprise", "secret", "brief", "official",
                           "unannounced", "two-day", "three-day", "short", "second", "state",
                           "previous", "latest", "recent", "last"})
_EN_BE_VISIT = L._en("was", "is", "were", "are", "has", "have", "had", "been")
_EN_UNDONE_VISIT = L._en("postponed", "cancelled", "canceled", "scrapped", "shelved", "delayed")
_QUOTES = frozenset({'"', "\u201c", "\u201d", "'"})


def _undone_visit_en(sr: Any, k: int) -> bool:
    """"a visit by X to Y was postponed / was called off / \"is not ruled out\"": the visit the
    noun tells, right after its destination ending at *k*, was not made (session 70)."""
    x = k
    while sr.key(x) in _QUOTES:
        x += 1
    if sr.key(x) not in _EN_BE_VISIT:
        return False
    for y in range(x + 1, min(sr.hi, x + 4)):
        w = sr.key(y)
        if w in _EN_UNDONE_VISIT or (w in ("ruled", "called") and sr.key(y + 1) in ("out", "off")):
            return True
    return False


_VISIT_PRON = L._ar("زيارته", "زيارتها", "وصوله", "وصولها", "زيارتهم", "وصولهم", "جولته")


_IS_REMOTE: dict[str, bool] = {}  # token text -> is one of its forms in _REMOTE


def _is_remote(t: Tok) -> bool:
    """Is a form of token *t* a word of a call (``_REMOTE``)? (cached per token text)"""
    if len(_IS_REMOTE) > 200_000:
        _IS_REMOTE.clear()
    hit = _IS_REMOTE[t.text] = not forms(t).isdisjoint(_REMOTE)
    return hit


class PlaceRules(LocatedInRules):
    """VISITED rules (a mixin of ``SentenceRules``; see the module doc); LOCATED_IN in the base
    class ``LocatedInRules``."""

    def visited(self) -> None:
        out = self.out
        n0 = len(out)
        on = _DISPATCH.on  # the @needs tests of _visited_rules and _was_in, without a call
        if not _VISIT_SETS.isdisjoint(self.present_sets) or not on:
            _visited_rules(self)
        if len(out) > n0:
            self._delegation([r for r in out[n0:] if r.type == "VISITED"])
        if out and ("Location" in self.mention_types or "Country" in self.mention_types):
            self._met_abroad()  # (its first test, without a call: a place to have met in)
        if not _WAS_SETS.isdisjoint(self.present_sets) or not on:
            _was_in(self)
        if len(out) - n0 >= 2:
            self._city_over_country(n0)

    def _home(self, eid: str) -> str | None:
        """A person's country: the gazetteer's, a nationality the article gives them
        ("the Iranian ambassador X"), or that of the body they lead or belong to."""
        home = self.doc.country_of(eid)
        if home:
            return home
        for m in self.doc.ments:
            if m.eid != eid:
                continue
            if m.role_nat:
                return m.role_nat
            if m.role_org:
                if self.doc.etype(m.role_org) == "Country":
                    return m.role_org
                o = self.doc.gaz.get(m.role_org)
                if o is not None and o.country:
                    return o.country
                c = self._country_of_place(m.role_org) if self.doc.etype(
                    m.role_org) == "Location" else None
                if c:
                    return c
        for r in self.doc_rels():
            if r.source == eid and r.type in ("MEMBER_OF", "LEADS"):
                o = self.doc.gaz.get(r.target)
                if o is not None and o.country and o.type == "Organization":
                    return o.country
        return None

    def doc_rels(self) -> list:
        """Relations found so far in this sentence."""
        return self.out

    @needs((EMPTY, _EN_WAS))
    def _was_in(self) -> None:
        """"X was in Baghdad last week for talks": a person from another country was
        there (English; the place a city or country with a known country)."""
        for t in self.triggers(EMPTY, _EN_WAS):
            if self.key(t + 1) != "in":
                continue
            place = self.after(t + 2, types=("Location", "Country"), maxgap=0)
            who = self.before(t, types=("Person",), maxgap=1)
            if place is None or who is None or self.blocked(t, who):
                continue
            where = self._country_of_place(place.eid)
            home = self._home(who.eid)
            if where and home and home != where:
                self.add("VISITED", who.eid, place.eid, "was_in", 0.6)

    def _city_over_country(self, n0: int) -> None:
        """"X arrived in Beirut on his first visit to Lebanon": one visit, the city."""
        if len(self.out) - n0 < 2:
            return
        new = [r for r in self.out[n0:] if r.type == "VISITED"]
        if len(new) < 2:
            return
        drop = set()
        for r in new:
            if self.doc.etype(r.target) != "Country":
                continue
            for c in new:
                if c.source == r.source and c is not r and self.doc.etype(
                        c.target) == "Location" and self._country_of_place(c.target) == r.target:
                    drop.add(id(r))
        if drop:
            self.out[:] = [r for r in self.out if id(r) not in drop]

    def _delegation(self, visits: list) -> None:
        """Members of the visitor's delegation travelled too: "على رأس وفد يضم X وY",
        "برفقة X", "accompanied by X", "a delegation including X"."""
        dest = visits[-1].target
        for x in self.triggers(_AR_DELEGATION_JOIN, _EN_DELEGATION_JOIN):
            fx = self.f(x)
            kx = self.key(x)
            start = None
            if fx & _AR_DELEGATION_JOIN or kx in ("accompanied", "including", "includes",
                                                  "included"):
                if kx in ("including", "includes", "included") and not any(
                        self.key(y) in ("delegation", "entourage") for y in range(x - 3, x)):
                    continue
                if fx & _AR_INCLUDES_P and not any(self.f(y) & _AR_DELEGATION
                                                   for y in range(x - 2, x)):
                    continue
                start = x + 2 if kx == "accompanied" and self.key(x + 1) == "by" else x + 1
            if start is None:
                continue
            m = self.after(start, types=("Person",), maxgap=3)
            if m is None or self.blocked(x):
                continue
            for member in self.chain(m, ("Person",)):
                self.add("VISITED", member.eid, dest, "delegation", 0.6)

    def _met_abroad(self) -> None:
        """A meeting placed in a city or country ("held talks with Y in Baghdad", "met X in
        Washington"): a participant from another country visited it."""
        types = self.mention_types  # (a superset of the arguments' types)
        if "Location" not in types and "Country" not in types:
            return  # no place to have met in (the cheap test first)
        meets = [r for r in self.out if r.type == "MET_WITH" and r.sent == self.si and
                 r.rule not in _NO_VISIT]  # (an accord signed in X: no visit stated)
        if not meets:
            return
        places = [m for m in self.args if m.etype in ("Location", "Country") and (
            self.key(title_start(m) - 1) in ("in", "في", "at") or
            m.prefix.lstrip("وف")[:1] == "ب")]
        if len(places) != 1:
            return
        # a phone or video call places nobody anywhere (whether a token text is a word of
        # _REMOTE is looked up per text, without a Python loop over the sentence)
        remote = list(map(_IS_REMOTE.get, self.doc.texts[self.lo:self.hi]))
        if None in remote:
            for x, t in enumerate(self.toks[self.lo:self.hi]):
                if remote[x] is None:
                    remote[x] = _is_remote(t)
        if True in remote:
            return
        place = places[0]
        # the place must close the meeting clause ("met X in Baghdad", "التقى X في طهران"),
        # not qualify a topic ("مستقبل القوات الأمريكية في العراق", "a funeral in Tehran")
        p0 = title_start(place) - (0 if place.prefix else 1)
        before = self.mention_at.get(p0 - 1)
        between = False
        parts = {r.source for r in meets} | {r.target for r in meets}
        if before is None or before.hi != p0 or not ((
                before.etype == "Person" and (before.kind != "ref" or before.eid in parts)) or (
                before.etype == "Organization" and before.eid in parts)):
            # (an organisation only as a participant: "met leaders of X in Baghdad", not
            # "US forces in Iraq" after the meeting)
            # "استقبل X، يوم الاثنين، في أربيل Y": the place between the two participants
            lo_ids = {m.eid for m in self.args if m.hi <= p0 and m.eid in parts}
            hi_ids = {m.eid for m in self.args if m.lo > place.hi - 1 and m.eid in parts}
            between = bool(lo_ids and hi_ids and self.toks[self.lo].ar)
            if not between:
                return
            for y in range(p0 - 1, max(self.lo, p0 - 7) - 1, -1):
                if self.toks[y].punct or y in self.mention_at or self.f(y) & L.AR_MEET:
                    break
                if self.f(y) & L.AR_LEADER_NOUNS:
                    return  # "الذي يضم قائد قوى الأمن في الجمهورية الإسلامية X": a title
        where = self._country_of_place(place.eid)
        if where is None:
            return
        for r in meets:
            for p in (r.source, r.target):
                home = self._home(p) if self.doc.etype(p) == "Person" else None
                if home and home != where:
                    self.add("VISITED", p, place.eid, "met_abroad", 0.6)

    def _country_of_place(self, eid: str) -> str | None:
        if self.doc.etype(eid) == "Country":
            return eid
        e = self.doc.gaz.get(eid)
        if e is not None and e.country:
            return e.country
        return _capital_country(self.doc.gaz).get(eid)

    @needs((L.AR_VISIT, _EN_VISIT_ALL))
    def _visited_rules(self) -> None:
        places = ("Location", "Country")
        for t in self.triggers(L.AR_VISIT, _EN_VISIT_ALL):
            tok = self.toks[t]
            fs = self.f(t)
            dest = None
            if tok.ar:
                if fs & L.AR_VISIT_NOUNS and self.f(t + 1) & L.AR_PLANNED_ADJ:
                    continue  # «زيارة مرتقبة / مقررة لـX إلى Y»: a visit to come (s70)
                for x in range(t + 1, min(self.hi, t + 10)):
                    m = self.mention_at.get(x)
                    if m is not None and m.lo == x and m.etype in places and (
                            self.has_prep(m, {"ل", "ب"}) or self.key(x - 1) in (
                                "الي", "إلى", "ل", "لل") or
                            fs & _C12):
                        dest = m
                        break
                    if m is not None and m.lo == x and m.etype in places:
                        # "زيارة إلى بغداد": إلى precedes
                        pass
                if dest is None:
                    # a verb's subject may be long: "وصل وزير الخارجية الأميركي X، يوم
                    # الأربعاء، إلى بغداد" (the noun زيارة keeps the short window)
                    reach = 10 if fs & _C13 else 18
                    for x in range(t + 1, min(self.hi, t + reach)):
                        if self.key(x) in ("الي", "إلى", "الى"):
                            d = self.after(x + 1, types=places, maxgap=1)
                            if d is not None:
                                dest = d
                            break
                if dest is None:
                    continue
                pron = bool(fs & _VISIT_PRON)
                visitor = None
                if pron:
                    visitor = self.before(t, types=("Person",), maxgap=30)
                    if visitor is not None:  # "التقى X Y ...، في مستهل زيارته": X's visit
                        visitor = meeting_subject_visitor_ar(
                            self, t, visitor, self._country_of_place(dest.eid), self._home)
                else:
                    a = self.after(t + 1, types=("Person",), maxgap=5)
                    if a is not None and a.lo < dest.lo:
                        visitor = a
                    else:
                        visitor = self.before(t, types=("Person",), maxgap=12, indep=True)
                        if visitor is None:
                            visitor = self.before(t, types=("Person",), maxgap=30, indep=True)
                if visitor and not self.blocked(t, visitor):
                    self.add("VISITED", visitor.eid, dest.eid, "visit_ar")
                continue
            k = tok.key
            art = t - 1
            if self.key(art) not in ("a", "an", "the", "his", "her", "their") and \
                    self.key(art) in _EN_VISIT_ADJ:
                art -= 1  # "a rare visit", "his first trip"
            if k in ("visit", "visits", "trip", "tour", "arrival") and self.key(art) in (
                    "a", "an", "the", "his", "her", "their") or tok.key in ("trip", "arrival"):
                # noun: "X's visit to Y", "a visit by X to Y", "during his visit to Y"
                to = next((x for x in range(t + 1, min(self.hi, t + 6))
                           if self.key(x) in ("to", "in")), None)
                if to is None:
                    continue
                dest = self.after(to + 1, types=places, maxgap=2)
                if dest is None:
                    # "a visit to the Shiite holy city of Najaf"
                    of = next((x for x in range(to + 1, min(self.hi, to + 7))
                               if self.key(x) == "of" and self.key(x - 1) in (
                                   "city", "town", "province", "capital")), None)
                    if of is not None:
                        dest = self.after(of + 1, types=places, maxgap=0)
                if dest is None:
                    continue
                visitor = None
                byx = next((x for x in range(t + 1, to) if self.key(x) == "by"), None)
                if byx is not None:
                    visitor = self.after(byx + 1, types=("Person",), maxgap=2)
                if visitor is None:
                    p = self.before(t, types=("Person",), maxgap=3)
                    if p is not None and (p.poss or self.key(t - 1) in ("his", "her")):
                        visitor = p
                if visitor is None and self.key(t - 1) in ("his", "her"):
                    visitor = self.before(t, types=("Person",), maxgap=40)
                if visitor is None:
                    visitor = self.before(t, types=("Person",), maxgap=15)
                if visitor and not self.blocked(t, visitor) and not _undone_visit_en(self, dest.hi):
                    self.add("VISITED", visitor.eid, dest.eid, "visit_noun_en")
                continue
            # verbs: visited Y / arrived in Y / travelled to Y / landed in Y
            if k in ("visited", "visit", "visits", "visiting", "toured"):
                dest = self.after(t + 1, types=places, maxgap=2)
            else:
                prep = None
                for x in range(t + 1, min(self.hi, t + 4)):  # (a loop: no generator)
                    if self.key(x) in ("in", "to", "at"):
                        prep = x
                        break
                dest = self.after(prep + 1, types=places, maxgap=2) if prep else None
                if prep and dest is None and "capital" in (self.key(prep + 2),
                                                           self.key(prep + 3)):
                    dest = self.after(prep + 1, types=places, maxgap=4)  # "the Iraqi capital X"
            if dest is None:
                continue
            visitor = self.subject_before(t, maxgap=25)  # skips ", a close friend of Y,"
            if visitor is None or visitor.etype != "Person":
                visitor = self.before(t, types=("Person",), maxgap=25, indep=True)
            if visitor and not self.blocked(t, visitor):
                self.add("VISITED", visitor.eid, dest.eid, "visit_verb_en")


# visited() calls these two rules past their @needs wrappers (the same test, made inline)
_visited_rules = PlaceRules._visited_rules.__wrapped__  # type: ignore[attr-defined]
_VISIT_SETS = PlaceRules._visited_rules.needs.word_sets  # type: ignore[attr-defined]
_was_in = PlaceRules._was_in.__wrapped__  # type: ignore[attr-defined]
_WAS_SETS = PlaceRules._was_in.needs.word_sets  # type: ignore[attr-defined]
assert not PlaceRules._visited_rules.needs.types and not PlaceRules._was_in.needs.types  # type: ignore[attr-defined]
