"""LOCATED_IN (place or body -> place): "Baghdad's (heavily fortified) Green Zone", "in Iraq's
western province of Anbar", "the embassy in the Green Zone", "الأنبار غرب العراق", "U.S. forces in
Iraq" / "القوات الأميركية في العراق", lists ("in Iraq and Syria" / "في العراق وسوريا"), not a
dateline ("ERBIL, Iraq (Reuters) -"); "X, which hosts U.S. troops" / "a base hosting U.S. troops"
/ "تضم قوات أميركية".

``LocatedInRules`` is a base class of :class:`loaders.extract.places.PlaceRules`, so its methods
are methods of :class:`loaders.extract.relations.SentenceRules` as before (how the families share
the sentence's state and helpers: :mod:`loaders.extract.relations`).
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from loaders.extract import lexicon as L
from loaders.extract.dispatch import needs, register_triggers
from loaders.extract.mentions import QUOTES, Mention

if TYPE_CHECKING:
    from loaders.extract.relations import SentenceCore
else:
    SentenceCore = object

_FORCE_WORDS = frozenset({"forces", "troops", "army", "soldiers", "military"}) | L._ar(
    "قوات", "القوات", "جيش", "الجيش", "جنود", "الجنود", "قواتها")
_FORCES_IN = (["in"], ["في"], ["in", "the"], ["stationed", "in"], ["deployed", "in"],
              ["based", "in"], ["المنتشره", "في"], ["الموجوده", "في"], ["المتمركزه", "في"],
              ["داخل"], ["inside"])
_AR_DIRECTIONS = L._ar("غرب", "شرق", "شمال", "جنوب", "غربي", "شرقي", "شمالي", "جنوبي",
                       "وسط", "شمال غرب", "جنوب غرب")
_EN_FACILITY_NOUNS = frozenset({"compound", "complex", "building", "headquarters", "premises"})
_EN_HOSTS = frozenset({"hosts", "hosting", "host", "houses", "housing", "hosted"})
_AR_HOSTS = L._ar("تضم", "يضم", "تضمان", "تستضيف", "يستضيف", "تستضيفان", "تؤوي", "تتمركز",
                  "يتمركز", "تنتشر", "ينتشر", "تتواجد", "يتواجد", "تتمركزان")
_FACILITY_WORDS = frozenset({"base", "airbase", "airport", "camp", "compound", "facility"}) | \
    L._ar("قاعدة", "القاعدة", "مطار", "المطار", "معسكر", "المعسكر")
register_triggers(_AR_HOSTS, _EN_HOSTS)  # (located_in looks them up in the trigger index)


@lru_cache(maxsize=20_000)
def _forces_name(surface: str) -> bool:
    """Does a name denote armed forces ("U.S. troops", "القوات الأميركية")?"""
    return any(w in _FORCE_WORDS or L.fold_ar(w) in _FORCE_WORDS
               for w in surface.lower().split())


class LocatedInRules(SentenceCore):
    """LOCATED_IN rules (a mixin of ``SentenceRules`` through ``PlaceRules``; see the module
    doc)."""

    @needs(types=("Location", "Organization"))
    def located_in(self) -> None:
        """"the embassy in the (heavily fortified) Green Zone", "the Embassy compound in
        Baghdad", "the base in western Iraq", "المنطقة الخضراء وسط بغداد", "الأنبار غرب
        العراق", "U.S. forces in Iraq" / "القوات الأميركية في العراق", "a base hosting U.S.
        troops" / "قاعدة ... تضم قوات أميركية"."""
        for a in self.ments:
            forces = a.etype == "Organization" and self._is_forces(a)
            if a.etype != "Location" and not forces:
                continue
            for b in self.ments:
                if b.lo < a.hi or b.etype not in ("Location", "Country") or b.lo - a.hi > 7:
                    continue
                keys = [self.toks[x].key for x in range(a.hi, b.lo)
                        if not (self.toks[x].punct and self.toks[x].text in QUOTES)]
                if b.poss:
                    # "in Baghdad's heavily fortified Green Zone", "in Iraq's western province
                    # of Anbar": the possessed place, inside the possessor
                    c = self._possessed_place(b)
                    if c is not None:
                        if keys in (["in"], ["in", "the"]) or (forces and keys in _FORCES_IN):
                            self.add("LOCATED_IN", a.eid, c.eid,
                                     "forces_in" if forces else "place_in_place", 0.6)
                        break
                if forces:
                    if keys in _FORCES_IN and not self.blocked(a.lo):
                        for bb in self._place_list(b):
                            self.add("LOCATED_IN", a.eid, bb.eid, "forces_in", 0.6)
                elif keys == [","] and self._dateline(a, b):
                    pass  # "ERBIL, Iraq (Reuters) -": a dateline
                elif keys in (["داخل"], ["وسط"], ["في"], ["in"], ["inside"], [","],
                              ["in", "central"], ["in", "the"]) or (
                        not keys and b.prefix == "ب") or self._place_gap(keys):
                    self.add("LOCATED_IN", a.eid, b.eid, "place_in_place", 0.6)
                break
        if _AR_HOSTS in self._by_ar or _EN_HOSTS in self._by_en:  # (its cue words only)
            self._hosts()
        for b in self.ments:
            if b.poss and b.etype == "Location" and not self.toks[b.lo].ar:
                c = self._possessed_place(b)
                if c is not None:
                    self.add("LOCATED_IN", c.eid, b.eid, "poss_place", 0.6)

    def _possessed_place(self, b: Mention) -> Mention | None:
        """The place after a possessive place: "Baghdad's (heavily fortified) Green Zone",
        "Iraq's western province of Anbar"."""
        x = b.hi
        while x < self.hi and x - b.hi < 5 and x not in self.mention_at and (
                (self.toks[x].key.isalpha() and not self.toks[x].cap and
                 self.key(x) not in L.EN_STOP) or self.key(x) in ("of", "-")):
            x += 1
        c = self.mention_at.get(x)
        if c is None or c.lo != x or c.etype != "Location":
            return None
        return c

    def _place_list(self, first: Mention) -> list[Mention]:
        """"in Iraq and Syria" / "في العراق وسوريا": every place of the list."""
        out = [first]
        x = first.hi
        while x < self.hi:
            if self.key(x) in ("and", ",", "،", "و"):
                x += 1
            m = self.mention_at.get(x)
            if m is None or m.lo != x or m.etype not in ("Location", "Country") or m in out:
                if m is None and x < self.hi and self.toks[x].ar and \
                        self.toks[x].key.startswith("و"):
                    m = next((c for c in self.ments if c.lo == x and c.etype in (
                        "Location", "Country") and c.prefix.startswith("و")), None)
                    if m is not None and m not in out:
                        out.append(m)
                        x = m.hi
                        continue
                break
            out.append(m)
            x = m.hi
        return out

    def _dateline(self, a: Mention, b: Mention) -> bool:
        return a.lo == self.lo or (b.hi < self.hi and self.toks[b.hi].text in (
            "(", "-", "—", "–", ":"))

    def _is_forces(self, m: Mention) -> bool:
        return _forces_name(self.doc.text[m.start:m.end])

    @staticmethod
    def _place_gap(keys: list[str]) -> bool:
        """(a facility noun) in/inside (the) (adverb/adjectives) | Arabic direction word."""
        k = list(keys)
        if not k:
            return False
        if len(k) == 1 and k[0] in _AR_DIRECTIONS:
            return True  # "الأنبار غرب العراق"
        if k[0] in ("في", "داخل") and len(k) == 2 and k[1] in _AR_DIRECTIONS:
            return True
        if k[0] in _EN_FACILITY_NOUNS:
            k = k[1:]
        if not k or k[0] not in ("in", "inside", "within"):
            return False
        k = k[1:]
        if k and k[0] == "the":
            k = k[1:]
        if len(k) >= 2 and k[-1] == "of" and k[-2] in ("province", "city", "governorate",
                                                      "district", "town", "region"):
            k = k[:-1]  # "in the northern province of Kirkuk"
        return len(k) <= 3 and all(w.isalpha() and w.islower() and w not in L.EN_STOP
                                   for w in k)

    def _hosts(self) -> None:
        """"X, which hosts U.S. troops" / "a base hosting U.S. troops" / "تضم قوات أميركية":
        the forces are LOCATED_IN the facility named before."""
        for t in self.triggers(_AR_HOSTS, _EN_HOSTS):
            forces = self.after(t + 1, types=("Organization",), maxgap=3)
            if forces is None or not self._is_forces(forces) or self.blocked(t):
                continue
            host = None
            for m in sorted(self.args, key=lambda m: -m.hi):
                if m.hi <= t and t - m.hi <= 30 and m.etype == "Location" and any(
                        w in _FACILITY_WORDS or L.fold_ar(w) in _FACILITY_WORDS
                        for w in self.doc.text[m.start:m.end].lower().split()):
                    host = m
                    break
            if host is not None:
                self.add("LOCATED_IN", forces.eid, host.eid, "hosts_forces", 0.6)
