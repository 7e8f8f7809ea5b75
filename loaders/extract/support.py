"""SUPPORTS (backer -> backed).

- ``supports``: "X-backed Y" ("Iran-backed militias"), "Y, an Iran-backed militia", "مدعومة
  من إيران", "موالية لـX", "كتائب حزب الله وكتائب سيد الشهداء المدعومتان من إيران" (every member
  of the list), "تدعمهم إيران", "X, a Tehran-backed alliance of armed groups" (X, not the
  groups);
- a backer inside an organisation's own name ("the Iran-backed Popular Mobilisation
  Forces" when the gazetteer's name holds it).

``SupportRules`` is a mixin of :class:`loaders.extract.relations.SentenceRules` (how the
families share the sentence's state and helpers: :mod:`loaders.extract.relations`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract import lexicon as L
from loaders.extract.dispatch import needs
from loaders.extract.mentions import AGENT_TYPES, Mention

if TYPE_CHECKING:
    from loaders.extract.relations import SentenceCore
else:
    SentenceCore = object

_C14 = L._ar("مدعومة", "المدعومة", "مدعوم", "المدعوم")
_AR_BACKED_PLURAL = L._ar("المدعومتان", "المدعومتين", "مدعومتان", "مدعومتين", "المدعومون",
                         "المدعومين", "مدعومون", "مدعومين")
_AR_BACKED_ANY = _C14 | _AR_BACKED_PLURAL  # ("مدعومة من X" inside a name: one set, made once)
_AR_SUPPORT_MORE = _AR_BACKED_PLURAL | L._ar("تدعمهما", "يدعمهم", "تدعمهم")
_EN_APPOSED_GROUP = frozenset({"alliance", "umbrella", "coalition", "network", "grouping",
                               "group", "bloc", "collection"})
_AR_SUPPORT_ALL = L.AR_SUPPORT | _AR_SUPPORT_MORE
_C15 = L._ar("الموالية", "موالية", "موال", "الموالي", "الموالين")


class SupportRules(SentenceCore):
    """SUPPORTS rules (a mixin of ``SentenceRules``; see the module doc)."""

    @needs((_AR_SUPPORT_ALL, L.EN_SUPPORT), types=("Organization",))
    def supports(self) -> None:
        for t in self.triggers(_AR_SUPPORT_ALL, L.EN_SUPPORT):
            tok = self.toks[t]
            if tok.ar:
                fs = self.f(t)
                backed = self.before(t, types=("Organization",), maxgap=4)
                other = self.after(t + 1, types=AGENT_TYPES, maxgap=3)
                if not backed or not other or self.blocked(t):
                    continue
                if fs & (_C14 | _AR_BACKED_PLURAL):
                    # "كتائب حزب الله وكتائب سيد الشهداء المدعومتان من إيران": every member
                    for b in self._list_back(backed, ("Organization",)):
                        self.add("SUPPORTS", other.eid, b.eid, "backed_by_ar")
                elif fs & _C15:
                    self.add("SUPPORTS", backed.eid, other.eid, "loyal_to_ar")
                continue
            if self.key(t - 1) == "-" or (t > self.lo and self.toks[t - 1].end == tok.start):
                backer = self.before(t, maxgap=2)
                backed = self.after(t + 1, types=("Organization",), maxgap=3)
                if backer is not None and self.key(t + 1) in _EN_APPOSED_GROUP and \
                        self.key(t + 2) == "of":
                    # "X, a Tehran-backed alliance of armed groups": X, not the groups
                    head = self.before(backer.lo, types=("Organization",), maxgap=3)
                    if head is not None:
                        backed = head
                if backed is None and backer is not None:
                    # "Kataib Hezbollah, an Iran-backed militia"
                    backed = self.before(backer.lo, types=("Organization",), maxgap=3)
                if backer and backed:
                    self.add("SUPPORTS", backer.eid, backed.eid, "x_backed_en")
                continue
            if self.key(t + 1) == "by":
                backed = self.before(t, types=("Organization",), maxgap=4)
                backer = self.after(t + 2, maxgap=2)
                if backer and backed and not self.blocked(t):
                    for b in self._list_back(backed, ("Organization",)):
                        self.add("SUPPORTS", backer.eid, b.eid, "backed_by_en")
        self._supports_in_names()

    def _list_back(self, last: Mention, types: tuple[str, ...]) -> list[Mention]:
        """The list ("X, Y and Z" / "X وY") that ends with *last* (just *last* if none)."""
        for m in self.args:
            if m.hi <= last.lo and m.etype in types:
                ch = self.chain(m, types)
                if ch[-1] is last:
                    return ch
        return [last]

    def _supports_in_names(self) -> None:
        """A backer named inside an organisation's own name: "Iran-backed militias",
        "مليشيات مدعومة من إيران" -> the country SUPPORTS that organisation."""
        for m in self.ments:
            if m.etype != "Organization" or m.hi - m.lo < 3:
                continue
            for x in range(m.lo + 1, m.hi):
                fs = self.f(x)
                if self.toks[x].ar:
                    if not fs.isdisjoint(_AR_BACKED_ANY) and self.key(x + 1) == "من" and \
                            x + 2 < m.hi:
                        backer = self._country_word(x + 2)
                    else:
                        continue
                elif self.key(x) in L.EN_SUPPORT and self.key(x - 1) == "-" and x >= m.lo + 2:
                    backer = self._country_word(x - 2)
                else:
                    continue
                if backer and backer != m.eid:
                    self.add("SUPPORTS", backer, m.eid, "backed_in_name")
                break

    def _country_word(self, x: int) -> str | None:
        """The country a single token names ("Iran", "إيران", "Iranian"), else None."""
        if not self.lo <= x < self.hi:
            return None
        t = self.toks[x]
        for fm in self.f(x):
            if fm in L.NATIONALITY:
                return L.NATIONALITY[fm]
            for eid, _s, _a in self.doc.gaz.exact.get((fm,), ()):
                if self.doc.etype(eid) == "Country":
                    return eid
        return None if t.ar else L.NATIONALITY.get(t.key)
