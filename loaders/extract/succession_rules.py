"""SUCCESSOR_OF base rules: ``SuccessionRules.successor``, a mixin of ``SentenceRules``.

``successor`` runs, in this order, the English nouns (``succession_rules_en``), "وأصبح X قائداً"
after a removal, "X, whose successor Y", "in place of / بدلاً من", the English verbs and
appointments, then the Arabic rules (``succession_rules_ar``). "خليفة سليماني" used without a
name adds a description mention of the known successor (``_desc_mention``; ``run`` refreshes
the sentence's mentions afterwards).
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.core_recall_hooks import HOOK_AR, HOOK_EN
from loaders.extract.core_recall_succession import (
    AR_BECAME_OR_ELECTED,
    AR_PLACE_OF,
    became_after_ar,
    instead_of,
    whose_successor,
)
from loaders.extract.dispatch import needs
from loaders.extract.mentions import make_mention
from loaders.extract.rule_common import _EN_WHOSE, EMPTY
from loaders.extract.succession_helpers import (
    _AR_SUCC_PRED_TAKE,
    EN_SUCC_PRED,
    _successors,
    _to_be_appointed_en,
    decided_future,
)
from loaders.extract.succession_in_place_en import condition_before_en
from loaders.extract.succession_rules_ar import SuccessionRulesAr
from loaders.extract.succession_rules_en import SuccessionRulesEn
from loaders.extract.succession_words import _AR_FUTURE_SUCC, _AR_INSTEAD_T

# the feminine present "تخلف" (also "stays away"): only for succession_post_between_ar's
# "وتخلف X في المنصب Y" / "..، وتخلف في هذا المنصب Y" (session 71)
_AR_KHALAFA_T = L._ar("تخلف", "وتخلف", "لتخلف")
_EN_INSTEAD_T = frozenset({"instead", "place", "lieu", "stead", "succession"})
# and the bare "مكان / محل Y" after an appointment ("عُيّن X رئيساً للأركان مكان Y", session 57)
_AR_INSTEAD_OR_PLACE = _AR_INSTEAD_T | AR_PLACE_OF
_EN_ATTEMPTS = frozenset({"sought", "seeking", "seeks", "tried", "trying", "tries",
                          "attempted", "attempting", "attempts"})



class SuccessionRules(SuccessionRulesAr, SuccessionRulesEn):
    """SUCCESSOR_OF rules (a mixin of ``SentenceRules``; see the module doc)."""

    @needs((HOOK_AR, HOOK_EN), (AR_BECAME_OR_ELECTED, EMPTY), (EMPTY, EN_SUCC_PRED), (EMPTY, _EN_WHOSE),
           (_AR_INSTEAD_OR_PLACE, _EN_INSTEAD_T), (EMPTY, L.EN_SUCCEED), (EMPTY, L.EN_APPOINT),
           (_AR_SUCC_PRED_TAKE, EMPTY), (_AR_KHALAFA_T, EMPTY))
    def successor(self) -> None:
        self._successor_nouns_en()
        # "وأصبح X قائداً", "انتُخب X أميناً عاماً بعد اغتيال Y"
        for new, old in became_after_ar(self) if AR_BECAME_OR_ELECTED in self._by_ar else ():
            self.add("SUCCESSOR_OF", new, old, "became_after_ar")
        # "X, whose successor(,) Y" / "X, whose predecessor Y"
        for t in self._by_en.get(_EN_WHOSE, ()):  # (= self.triggers(EMPTY, ...): in @needs)
            pair = whose_successor(self, t)
            if pair is not None and not self.blocked(t):
                self.add("SUCCESSOR_OF", pair[0], pair[1], "whose_successor_en")
        # "تعيين X ... بدلاً منه/من Y" / "X was appointed ... in place of / instead of Y"
        for t in self.triggers(_AR_INSTEAD_OR_PLACE, _EN_INSTEAD_T):
            start = t - 1 if self.key(t) in ("place", "lieu", "succession") else t
            if self.key(t) in ("place", "stead") and self.key(start) != "in":
                own = self.mention_at.get(t - 1)  # "in Y's place": from the "in"
                start = own.lo - 1 if own is not None and own.poss else start
            if not self.toks[t].ar and _to_be_appointed_en(self, start):
                continue  # "cleared the way for X to be named PM in place of Y": a plan
            if not self.toks[t].ar and condition_before_en(self, start):
                continue  # "If / Unless X takes office in place of Y, ...": not told (review s42)
            pair = instead_of(self, start)
            if pair is not None and not self.blocked(t):
                self.add("SUCCESSOR_OF", pair[0], pair[1], "instead_of")
        self._succeeded_en()
        self._appointed_en()
        self._successor_ar()

    def _blocked_unless_decided(self, t: int, new: Any) -> bool:
        """``blocked``, except for a future succession stated as decided ("X will succeed Y,
        the council announced", "أعلن الحزب أن X سيخلف Y"): only a negation blocks it. An
        Arabic future not stated as decided ("قال مصدر إن X سيخلف Y") is blocked."""
        if self.toks[t].key in _AR_FUTURE_SUCC:
            return self.negated(t, new.lo) or not decided_future(self, t)
        if self.key(t - 1) == "to" and self.key(t - 2) in _EN_ATTEMPTS:
            return True  # "K had sought / tried to replace Y with X": no deed (session 53)
        if not self.blocked(t, new):
            return False
        return self.negated(t, new.lo) or not decided_future(self, t)

    def _successor_of(self, old: str, at: int) -> str | None:
        """Who succeeded *old*: from the gazetteer's hints (preferring people named in the
        document), else the next person named in this or the next two sentences who leads
        what *old* led."""
        doc = self.doc
        known = _successors(doc.gaz).get(old, [])
        mentioned = doc.mentioned_ids()
        for k in known:
            if k in mentioned:
                return k
        if len(known) == 1:
            return known[0]
        old_entry = doc.gaz.get(old)
        led = set(old_entry.leads) if old_entry else set()
        for m in doc.ments:
            if m.sent < self.si or m.sent > self.si + 2 or m.etype != "Person" or m.eid == old:
                continue
            if m.sent == self.si and (m.lo <= at or any(
                    self.f(y) & L.AR_REL_PRONOUNS for y in range(at, m.lo))):
                continue  # (nor "خليفةً لـY الذي قُتل مع Z": Z is in Y's relative clause)
            if (m.role_org in led and m.role != "member") or (not led and m.sent == self.si):
                return m.eid  # not a mere member of the body ("مسؤول ... في الحزب X")
        return None

    def _desc_mention(self, lo: int, hi: int, eid: str) -> None:
        me = make_mention(self.doc, self.si, lo, hi, eid, kind="desc")
        self.doc.ments.append(me)
        self.doc.by_sent.setdefault(self.si, []).append(me)
