"""WITHDREW_FROM (who left what: an agreement, a place).

- ``withdrew``: "X withdrew from / pulled out of Y" / "انسحبت X من Y" (``lexicon.EN_WITHDRAW``
  / ``AR_WITHDRAW``), "the coalition withdrew from K1 / pulled out of Al-Qaim and of the
  Qayyarah airfield" (a body leaving places, not countries);
- ``_abandoned``: "X abandoned/ditched/scrapped/quit the deal", "the deal, which X
  abandoned".

Threats and demands do not count ("threatened to pull out", "طالب بالانسحاب").

``WithdrawalRules`` is a mixin of :class:`loaders.extract.relations.SentenceRules` (how the
families share the sentence's state and helpers: :mod:`loaders.extract.relations`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract import lexicon as L
from loaders.extract.dispatch import needs
from loaders.extract.mentions import Mention
from loaders.extract.rule_common import EMPTY, title_start

if TYPE_CHECKING:
    from loaders.extract.relations import SentenceCore
else:
    SentenceCore = object

_EN_ABANDON = frozenset({"abandoned", "abandons", "ditched", "scrapped", "exited", "quit",
                         "reneged", "tore", "left"})


class WithdrawalRules(SentenceCore):
    """WITHDREW_FROM rules (a mixin of ``SentenceRules``; see the module doc)."""

    def _abandoned(self) -> None:
        """"X abandoned/ditched/scrapped/quit the deal", "the deal, which X abandoned":
        X WITHDREW_FROM the agreement (a transitive verb with an agreement object)."""
        for t in self.triggers(EMPTY, _EN_ABANDON):
            target = self.after(t + 1, types=("Agreement",), maxgap=4)
            subj = self.before(t, types=("Person", "Country", "Organization"), maxgap=3)
            if target is None and subj is not None:
                w = title_start(subj) - 1
                while w > self.lo and self.key(w) in ("then", "former", "-", "president"):
                    w -= 1
                if self.key(w) in ("which", "that") and self.key(w - 1) == ",":
                    target = self.before(w - 1, types=("Agreement",), maxgap=1)
            if target is None or subj is None or subj.eid == target.eid or \
                    self.blocked(t, subj) or self._irrealis(t):
                continue
            self.add("WITHDREW_FROM", subj.eid, target.eid, "abandoned_en")

    @needs((EMPTY, _EN_ABANDON), (L.AR_WITHDRAW, L.EN_WITHDRAW))
    def withdrew(self) -> None:
        self._abandoned()
        for t in self.triggers(L.AR_WITHDRAW, L.EN_WITHDRAW):
            tok = self.toks[t]
            agents: list[Mention] = []
            target = None
            if tok.ar:
                if "منه" in {self.key(x) for x in range(t + 1, min(self.hi, t + 2))} or \
                        self.key(t - 1) == "منه":
                    target = self.before(t, types=("Agreement", "Organization"), maxgap=8)
                    a = self.after(t + 1, maxgap=3)
                    agents = [a] if a else []
                else:
                    a = self.after(t + 1, maxgap=3)
                    if a is None:
                        a = self.before(t, maxgap=3)
                    agents = [a] if a else []
                    target = self.after(t + 1, types=("Agreement", "Organization"), maxgap=8)
            else:
                subj = self.before(t, types=("Person", "Country", "Organization"), maxgap=6)
                # (toks[x].key = self.key(x) below: lo <= x - 1 and x + 1 <= t, x < hi)
                toks = self.toks
                frm = rel = None
                for x in range(t + 1, min(self.hi, t + 8)):
                    if toks[x].key == "from" or (toks[x].key == "of" and
                                                 toks[x - 1].key == "out"):
                        frm = x
                        break
                for x in range(max(self.lo, t - 6), t):
                    if toks[x].key == "from" and toks[x + 1].key == "which":
                        rel = x
                        break
                if rel is not None:
                    target = self.before(rel, types=("Agreement", "Organization"), maxgap=3)
                    subj = self.after(rel + 2, types=("Person", "Country", "Organization"),
                                      maxgap=5)
                elif frm is not None:
                    target = self.after(frm + 1, types=("Agreement", "Organization"), maxgap=4)
                    if target is None and subj is not None and subj.etype == "Organization":
                        # "the coalition withdrew from K1 / pulled out of Al-Qaim and of the
                        # Qayyarah airfield": a body leaving places (not countries)
                        places = [m for m in self.args if m.lo > frm and
                                  m.etype == "Location" and m.lo - frm <= 12]
                        if places and not self.blocked(t) and not self._irrealis(t):
                            first = min(places, key=lambda m: m.lo)
                            if first.lo - frm <= 3:
                                for pm in places:
                                    gap = [self.key(y) for y in range(first.hi, pm.lo)]
                                    if pm is first or ("and" in gap and len(gap) <= 9):
                                        self.add("WITHDREW_FROM", subj.eid, pm.eid,
                                                 "withdrew_place_en")
                if subj:
                    agents.append(subj)
                obj = self.after(t + 1, types=("Country",), maxgap=2)
                if obj is not None and (frm is None or obj.lo < frm):
                    agents.append(obj)
            if target is None or self.blocked(t) or self._irrealis(t):
                continue
            for a in agents:
                if a is not None and a.eid != target.eid:
                    self.add("WITHDREW_FROM", a.eid, target.eid,
                             "withdrew_ar" if tok.ar else "withdrew_en")
