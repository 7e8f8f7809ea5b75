"""PART_OF: which body is part of which ("فيلق القدس في الحرس الثوري", "the Quds Force of the
IRGC", "the IRGC's Quds Force", "X, the external arm of Y", "X, part of Y" / "X, which is a faction
of Y", "X التابعة لـY" / "المنضوية في Y", "Y, an umbrella group ... that includes X" / "Y التي تضم
X").

``PartOfRules`` is a base class of :class:`loaders.extract.leadership.LeadershipRules`, so its
methods are methods of :class:`loaders.extract.relations.SentenceRules` as before (how the
families share the sentence's state and helpers: :mod:`loaders.extract.relations`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract import lexicon as L
from loaders.extract.dispatch import needs
from loaders.extract.mentions import QUOTES, Mention
from loaders.extract.rule_common import (
    EMPTY,
    _ar_forms,
    forms,
)

if TYPE_CHECKING:
    from loaders.extract.relations import SentenceCore
    from loaders.extract.tokens import Tok
else:
    SentenceCore = object

_EN_PART_NOUNS = frozenset({"arm", "wing", "branch", "unit", "division", "part", "member",
                            "faction", "component", "affiliate", "subsidiary", "offshoot",
                            "brigade", "department", "section", "body"})
_AR_PART_NOUNS = L._ar("ذراع", "الذراع", "جناح", "الجناح", "فرع", "الفرع", "ذراعا", "جناحا")
_AR_AFFILIATED = L._ar("التابع", "التابعة", "التابعه", "تابع", "تابعة", "المرتبطة", "المرتبط")
_AR_ENROLLED = L._ar("المنضوية", "المنضوي", "المنضوين", "المنضوون", "المنضويتان",
                     "المنضويتين", "منضوية", "منضوي")
_EN_INCLUDES = frozenset({"includes", "include", "including", "comprises", "comprising",
                          "encompasses", "incorporates"})
_AR_INCLUDES = L._ar("تضم", "يضم", "تشمل", "يشمل", "تنضوي")
_EN_POLITICAL = frozenset({"party", "coalition", "bloc", "alliance", "movement", "list"})
_AR_POLITICAL = L._ar("حزب", "ائتلاف", "تحالف", "تيار", "كتلة", "الحزب", "الائتلاف", "التحالف",
                      "التيار", "الكتلة")
_EN_PART_CUES = frozenset({"part", "faction", "factions", "component", "components",
                           "group", "groups", "member", "members"})
AR_FACTIONS = L._ar("فصائل", "الفصائل", "تشكيلات", "مكونات")

IS_FACTION: dict[str, bool] = {}  # token text -> _is_faction(a token with that text)


def _is_faction(t: Tok) -> bool:
    """Is *t* an Arabic token with a form in ``AR_FACTIONS`` ("فصائل", "الفصائل")? (The
    answer depends on the token text only; cached per text, the cache emptied at 200,000.)"""
    if len(IS_FACTION) >= 200_000:
        IS_FACTION.clear()
    hit = IS_FACTION[t.text] = t.ar and not forms(t).isdisjoint(AR_FACTIONS)
    return hit


def faction_words(toks: list[Tok], texts: list[str], lo: int, hi: int) -> list[int]:
    """The positions in [lo, hi) of the Arabic tokens with a form in ``AR_FACTIONS``,
    ascending (tokens inside names too). Fast: one dict lookup per token text in C
    (``map``), a Python call only for a text not seen before."""
    hits = list(map(IS_FACTION.get, texts[lo:hi]))
    if None in hits:
        for x, hit in enumerate(hits):
            if hit is None:
                hits[x] = _is_faction(toks[lo + x])
    if True not in hits:
        return []  # (the common case: no such word in the sentence)
    return [k for k, hit in enumerate(hits, lo) if hit]


class PartOfRules(SentenceCore):
    """PART_OF rules (a mixin of ``SentenceRules`` through ``LeadershipRules``; see the module
    doc)."""

    @needs(types=("Organization",))
    def part_of(self) -> None:
        orgs = [m for m in self.ments if m.etype == "Organization"]
        for a in orgs:
            for b in orgs:
                if b.lo <= a.lo or a is b or b.lo - a.hi > 14:
                    continue
                keys = self._gap_keys(a.hi, b.lo)
                if keys is None:
                    continue
                if keys in (["في"], ["of"], ["of", "the"], ["التابع", "ل"], ["التابعه", "ل"],
                            ["within"], ["within", "the"], ["part", "of"],
                            ["part", "of", "the"], ["in"], ["in", "the"]):
                    self.add("PART_OF", a.eid, b.eid, "org_in_org")
                elif not keys and a.poss:
                    self.add("PART_OF", b.eid, a.eid, "org_poss_org")
                elif len(keys) == 1 and keys[0] in _AR_AFFILIATED and \
                        (b.prefix.lstrip("وف").startswith("ل")):
                    self.add("PART_OF", a.eid, b.eid, "org_in_org")
                elif self._part_apposition(keys, b):
                    self.add("PART_OF", a.eid, b.eid, "org_arm_of")
        self._includes()
        self._part_of_cue()

    def _gap_keys(self, lo: int, hi: int) -> list[str] | None:
        """Keys of the tokens between two mentions, quotes and tatweel left out; a possessive
        country ("Iran's") counts as nothing; None if another entity sits in between."""
        out = []
        x = lo
        while x < hi:
            t = self.toks[x]
            m = self.mention_at.get(x)
            if m is not None and m.lo >= lo:
                if m.etype == "Country" and m.poss:
                    x = m.hi
                    continue
                return None
            if not (t.punct and (t.text in QUOTES or t.text in ("ـ", "(", ")"))):
                out.append(t.key)
            x += 1
        return out

    def _part_apposition(self, keys: list[str], b: Mention) -> bool:
        """"X, the external arm of Y", "X, part of Y", "X, which is a faction of Y",
        "X، الذراع الخارجية لـY", "X المنضوية في Y", "X ضمن Y", "X، أحد فصائل Y"."""
        k = list(keys)
        if k and k[0] in (",", "،"):
            k = k[1:]
        if not k:
            return False
        if k[-1] in ("ل", "لـ") or k[-1].startswith("ل") and len(k[-1]) <= 2:
            k = k[:-1]
            to_b = True
        else:
            to_b = b.prefix.lstrip("وف").startswith("ل")
        if not k:
            return False
        if k[0] in ("which", "that") and len(k) > 1 and k[1] in ("is", "was", "are", "were"):
            k = k[2:]
        if k and k[0] in ("the", "a", "an"):
            k = k[1:]
        if not k:
            return False
        # English: (adjectives) arm/wing/... of (the)
        if k[-1] == "the":
            k = k[:-1]
        if len(k) >= 2 and k[-1] == "of" and k[-2] in _EN_PART_NOUNS and len(k) <= 5 and all(
                w.isalpha() and w not in L.EN_STOP for w in k[:-2]):
            return True
        if k in (["part", "of"],):
            return True
        # Arabic: (ال)ذراع/جناح/فرع (adjectives) لـY; المنضوية في/تحت/ضمن Y; ضمن Y; أحد فصائل Y
        first = k[0]
        if first in _AR_PART_NOUNS and to_b and len(k) <= 3 and all(
                w.startswith("ال") for w in k[1:]):
            return True
        if first in _AR_ENROLLED and len(k) == 2 and k[1] in ("في", "تحت", "ضمن"):
            return True
        if k in (["ضمن"], ["احد", "فصايل"], ["احدي", "فصايل"], ["من", "فصايل"]):
            return True
        return False

    def _part_of_cue(self) -> None:
        """"X, which is part of the state-sanctioned Y", "X, headed by P, is part of Y",
        "X is nominally part of Y", "X, the most powerful faction within Y",
        "X من أبرز فصائل Y" / "X أحد فصائل Y": X PART_OF Y across a relative clause,
        adverbs or adjectives."""
        n_org = 0
        for m in self.ments:
            if m.etype == "Organization":
                n_org += 1
        if n_org < 2:
            return
        cues = self.triggers(EMPTY, _EN_PART_CUES)
        if self.toks[self.lo].ar:  # "فصائل" may itself be a name ("الفصائل"): scan tokens
            cues = faction_words(self.toks, self.doc.texts, self.lo, self.hi)
        by_end: list[Mention] | None = None
        for t in cues:
            tok = self.toks[t]
            if tok.ar:
                if not any(self.key(y) in ("من", "احد", "احدي", "اهم", "ابرز", "اقوي", "اكبر")
                           for y in range(max(self.lo, t - 2), t)):
                    continue
                start = t + 1
            else:
                nxt = self.key(t + 1)
                if tok.key == "part" and nxt != "of":
                    continue
                if tok.key != "part" and nxt not in ("within", "of", "in"):
                    continue
                start = t + 2
            x = start
            while x < self.hi and x - start < 5 and x not in self.mention_at and (
                    self.key(x) in ("the", "-", "ال") or self.toks[x].text in QUOTES or
                    (not self.toks[x].ar and self.toks[x].key.isalpha() and
                     not self.toks[x].cap and self.key(x) not in L.EN_STOP)):
                x += 1
            whole = self.mention_at.get(x)
            if whole is None or whole.etype != "Organization" or whole.lo != x:
                continue
            if by_end is None:
                by_end = sorted(self.ments, key=lambda m: -m.hi)  # once, not per cue
            part = next((m for m in by_end
                         if m.hi <= t and t - m.hi <= 14 and m.etype == "Organization"), None)
            if part is None or part.eid == whole.eid or self.blocked(t):
                continue
            if any(self.toks[y].text in (";", "؛", ".") for y in range(part.hi, t)):
                continue
            if any(c.etype == "Organization" and part.hi <= c.lo < t for c in self.ments):
                continue
            self.add("PART_OF", part.eid, whole.eid, "part_of_cue")

    def _includes(self) -> None:
        """"Y, an umbrella group ... that includes X (and Z)" / "Y التي تضم X": X PART_OF Y."""
        for t in self.triggers(_AR_INCLUDES, _EN_INCLUDES):
            # the head of the phrase, not an "of"-complement ("an umbrella group of mostly
            # Shiite militias that includes X": the umbrella named before)
            cands = sorted((m for m in self.args if m.etype == "Organization" and
                            m.hi <= t and t - m.hi <= 14), key=lambda m: -m.hi)
            whole = cands[0] if cands else None
            of_at = next((y for y in range(whole.lo - 1, max(self.lo, whole.lo - 6) - 1, -1)
                          if self.key(y) in ("of", "من", ",", "،")), None) if whole else None
            if whole is not None and of_at is not None and self.key(of_at) in ("of", "من"):
                whole = next((c for c in cands[1:] if c.hi < self.hi and
                              self.toks[c.hi].text in (",", "،")), None)
            part = self.after(t + 1, types=("Organization",), maxgap=2)
            if part is None:
                # "that includes Nouri al-Maliki's State of Law coalition": the owner first
                owner = self.after(t + 1, types=("Person",), maxgap=1)
                if owner is not None and owner.poss:
                    part = self.after(owner.hi, types=("Organization",), maxgap=0)
            if whole is None or part is None or self.blocked(t):
                continue
            if any(self.toks[x].text in (".", ";", "؛") for x in range(whole.hi, t)):
                continue
            for p in self._org_list(part):
                if p.eid != whole.eid:
                    # a party or bloc is a member of an alliance; a unit is part of a force
                    rel = "MEMBER_OF" if self._political(p) else "PART_OF"
                    self.add(rel, p.eid, whole.eid, "includes")

    def _org_list(self, first: Mention) -> list[Mention]:
        """*first* and the organisations listed after it ("X, Y and Z"; each may follow
        its owner: "X's A and Y's B")."""
        out = [first]
        x = first.hi
        while x < self.hi:
            while x < self.hi and (self.toks[x].text in (",", "،") or self.key(x) in (
                    "and", "و", "as", "well")):
                x += 1
            m = self.mention_at.get(x)
            if m is not None and m.etype == "Person" and m.poss:
                m = self.mention_at.get(m.hi)
            if m is None or m.etype != "Organization" or m in out:
                break
            out.append(m)
            x = m.hi
        return out

    def _political(self, m: Mention) -> bool:
        """A party, bloc or coalition (by its name's head word)."""
        toks = self.toks
        if toks[m.lo].ar:
            return not _ar_forms(toks[m.lo].key, toks[m.lo].stems).isdisjoint(_AR_POLITICAL)
        words = [toks[x].key for x in range(m.lo, m.hi) if not toks[x].punct]
        return bool(words) and words[-1] in _EN_POLITICAL
