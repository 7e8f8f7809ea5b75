"""SUCCESSOR_OF (successor -> predecessor).

Entry point ``successor`` (cues: successor/predecessor nouns, succeed/replace/appoint verbs,
خليفة/خلف/خلفاً لـ/سلفه/تولى/عُيّن, بدلاً من / instead of / in place of, whose):

- nouns: "خليفة سليماني قاآني", "X, Soleimani's successor", "X's successor Y",
  "successor to X", "his predecessor" (the gazetteer's when unnamed), "X, whose successor Y";
- verbs: "خلف قاآني سليماني" / "وخلفه في المنصب Y", "Qaani succeeded Soleimani", "X was
  succeeded (in 2025) by his deputy Y", "X replaced Y", "replacing the late Y", "خلفاً لـY،
  عيّن K X قائداً";
- appointment after a death or removal: "تولى/عُيّن X ... بعد اغتيال/مقتل Y", "أعلن K تعيين
  X ... بعد مقتل Y", "X was appointed/named ... after the killing of Y", "K named X as
  commander, hours after Y was killed", "X, Soleimani's deputy, took over after his death";
- "تعيين X ... بدلاً منه/من Y" / "X was appointed ... in place of / instead of Y", "X was
  appointed by K to replace S" (K appoints, X replaces S); "X was named as his successor";
- "وأصبح X قائداً" after a removal (core_recall.became_after_ar).

"خليفة سليماني" used without a name adds a description mention of the known successor
(``_desc_mention``; ``run`` refreshes the sentence's mentions afterwards).

``SuccessionRules`` is a mixin of :class:`loaders.extract.relations.SentenceRules`: its methods read the
sentence's state and call the shared helpers of ``SentenceCore`` (``triggers``, ``before``,
``after``, ``chain``, ``blocked``, ``add`` ...); ``SentenceRules.run`` calls the entry points in
order. A rule decorated with ``@needs`` (:mod:`loaders.extract.dispatch`) runs only on
sentences holding one of its cue words or entity types.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract import lexicon as L
from loaders.extract.core_context import predecessor_pronoun_en
from loaders.extract.core_recall import (
    HOOK_AR,
    HOOK_EN,
    appointee_after,
    became_after_ar,
    instead_of,
    passive_by,
    predecessor_from_gazetteer,
    whose_successor,
)
from loaders.extract.core_wire_rules import acc_role
from loaders.extract.dispatch import needs
from loaders.extract.mentions import AGENT_TYPES, _ment_at
from loaders.extract.rule_common import _EMPTY, _EN_LED, _EN_PREDICATES, _EN_WHOSE, EN_PASSIVE_AUX

if TYPE_CHECKING:
    from loaders.extract.relations import SentenceCore
else:
    SentenceCore = object

_C3 = L._ar("خليفة", "خليفه")
_C4 = L._ar("خلفا", "خلفاً")
_C5 = L._ar("خلف", "يخلف", "خلفه")
_C6 = L._ar("بعد", "عقب", "اثر", "إثر")
_C7 = L._ar(
                                "اغتيال", "مقتل", "وفاة", "رحيل", "استقالة", "اقالة", "إقالة",
                                "سلفه", "الراحل", "مصرع", "استشهاد", "تصفية")
_AR_INSTEAD_T = L._ar("بدلا", "بدلاً", "عوضا", "عوضاً")
_EN_INSTEAD_T = frozenset({"instead", "place", "lieu"})
_AR_APPOINT_VERBS = L._ar("عين", "عينت", "يعين", "تعين")
_AR_APPOINT_NOUN = L._ar("تعيين")
_AR_TIME_UNITS = L._ar("ساعات", "ساعة", "ساعتين", "ايام", "يوم", "يومين", "اسابيع", "اسبوع",
                       "اشهر", "شهر", "شهرين", "اسبوعين")
_SUCC_CACHE: dict[int, tuple] = {}


def _successors(gaz) -> dict[str, list[str]]:
    """predecessor id -> ids of gazetteer entries that name it as successor_of (per gazetteer,
    computed once; entries are in gazetteer order)."""
    hit = _SUCC_CACHE.get(id(gaz))
    if hit is None or hit[0] is not gaz or hit[2] != len(gaz.entries):
        table: dict[str, list[str]] = {}
        for e in gaz.entries.values():
            if e.successor_of:
                table.setdefault(e.successor_of, []).append(e.id)
        hit = (gaz, table, len(gaz.entries))
        _SUCC_CACHE[id(gaz)] = hit
    return hit[1]


_EN_SUCC_PRED = L.EN_SUCCESSOR | L.EN_PREDECESSOR
_AR_SUCC_PRED_TAKE = L.AR_SUCCESSOR | L.AR_PREDECESSOR | L.AR_TAKEOVER


class SuccessionRules(SentenceCore):
    """SUCCESSOR_OF rules (a mixin of ``SentenceRules``; see the module doc)."""

    @needs((HOOK_AR, HOOK_EN), (_EMPTY, _EN_SUCC_PRED), (_EMPTY, _EN_WHOSE),
           (_AR_INSTEAD_T, _EN_INSTEAD_T), (_EMPTY, L.EN_SUCCEED), (_EMPTY, L.EN_APPOINT),
           (_AR_SUCC_PRED_TAKE, _EMPTY))
    def successor(self) -> None:
        # English nouns: successor / predecessor
        for t in self.triggers(_EMPTY, _EN_SUCC_PRED):
            is_succ = self.key(t) in L.EN_SUCCESSOR
            poss = None
            p = self.before(t, types=("Person",), maxgap=2)
            if p is not None and p.poss:
                poss = p
            nxt = t + 1
            if self.key(nxt) in ("to", "of"):
                tgt = self.after(nxt + 1, types=("Person",), maxgap=2)
                other = self.before(t, types=("Person",), maxgap=6)
                if other is None or other is tgt:
                    other = self.after(tgt.hi if tgt else nxt + 1, types=("Person",), maxgap=3)
                if tgt and other and not self.blocked(t):
                    if is_succ:
                        self.add("SUCCESSOR_OF", other.eid, tgt.eid, "successor_to_en")
                    else:
                        self.add("SUCCESSOR_OF", tgt.eid, other.eid, "predecessor_of_en")
                continue
            named = self.after(t + 1, types=("Person",), maxgap=2)
            if named is not None and any(
                    not self.toks[x].punct and not self.toks[x].cap and
                    self.key(x) not in L.EN_TITLE_FIRST for x in range(t + 1, named.tlo)):
                named = None  # "Soleimani's successor met Kadhimi": Kadhimi is the object
            if poss is not None:
                if named is None:
                    ap = self.before(poss.tlo if poss.tlo >= 0 else poss.lo,
                                     types=("Person",), maxgap=2)
                    if ap is not None and not any(
                            self.toks[x].text in (",", "—", "(", "،")
                            for x in range(ap.hi, poss.tlo if poss.tlo >= 0 else poss.lo)):
                        ap = None  # "X met Soleimani's successor": X is no apposition
                    named = ap
                if named is None and is_succ:
                    named_id = self._successor_of(poss.eid, t)
                else:
                    named_id = named.eid if named else None
                if named_id and not self.blocked(t):
                    if is_succ:
                        self.add("SUCCESSOR_OF", named_id, poss.eid, "poss_successor_en")
                        if named is None:
                            self._desc_mention(poss.lo, t + 1, named_id)
                        self.dependent.add(id(poss))
                    else:
                        self.add("SUCCESSOR_OF", poss.eid, named_id, "poss_predecessor_en")
                continue
            if self.key(t - 1) in ("his", "her") and is_succ and named is None:
                # "X was named as his successor" / "Khamenei named X as his replacement"
                verb = next((x for x in range(t - 2, max(self.lo, t - 14), -1)
                             if self.key(x) in L.EN_APPOINT or self.key(x) in _EN_LED), None)
                if verb is not None:
                    obj = self.after(verb + 1, types=("Person",), maxgap=2)
                    succ_m = obj if obj is not None else self.before(verb, ("Person",), 12)
                    if obj is None and self.key(verb) in _EN_LED:
                        # "X, Y's deputy, now leads Z as his successor": the subject X
                        succ_m = self.subject_before(verb, maxgap=14)
                        if succ_m is not None and succ_m.etype != "Person":
                            succ_m = None
                    if succ_m is not None:
                        namer = self.before(verb, ("Person",), 6) if obj is not None else None
                        pred = self._antecedent(t - 1, exclude={succ_m.eid} | (
                            {namer.eid} if namer is not None else set()))
                        if pred and not self.blocked(t):
                            self.add("SUCCESSOR_OF", succ_m.eid, pred, "his_successor_en")
                continue
            if self.key(t - 1) in ("his", "her") and not is_succ and named is not None:
                ante = self.before(t - 1, types=("Person",), maxgap=40)
                if ante is not None and not self.blocked(t):
                    self.add("SUCCESSOR_OF", ante.eid, named.eid, "his_predecessor_en")
            elif self.key(t - 1) in ("his", "her") and not is_succ:
                # "X is less fluent than his predecessor": the predecessor the gazetteer knows
                ante = self.before(t - 1, types=("Person",), maxgap=40)
                pred = predecessor_from_gazetteer(self, ante.eid) if ante is not None else None
                if pred and pred != ante.eid and not self.blocked(t):
                    self.add("SUCCESSOR_OF", ante.eid, pred, "his_predecessor_known_en")
        for new, old in became_after_ar(self) if self._hooks else ():  # "وأصبح X قائداً"
            self.add("SUCCESSOR_OF", new, old, "became_after_ar")
        # "X, whose successor(,) Y" / "X, whose predecessor Y"
        for t in self.triggers(_EMPTY, _EN_WHOSE):
            pair = whose_successor(self, t)
            if pair is not None and not self.blocked(t):
                self.add("SUCCESSOR_OF", pair[0], pair[1], "whose_successor_en")
        # "تعيين X ... بدلاً منه/من Y" / "X was appointed ... in place of / instead of Y"
        for t in self.triggers(_AR_INSTEAD_T, _EN_INSTEAD_T):
            start = t - 1 if self.key(t) in ("place", "lieu") else t
            pair = instead_of(self, start)
            if pair is not None and not self.blocked(t):
                self.add("SUCCESSOR_OF", pair[0], pair[1], "instead_of")
        # English verbs: succeeded / replaced
        for t in self.triggers(_EMPTY, L.EN_SUCCEED):
            passive = self.key(t - 1) in EN_PASSIVE_AUX or self.key(t + 1) == "by"
            if passive:
                by = next((x for x in range(t, min(self.hi, t + 3)) if self.key(x) == "by"), None)
                if by is None:
                    by = passive_by(self, t)  # "was succeeded in 2025 by his deputy X"
                if by is None:
                    continue
                new = self.after(by + 1, types=("Person",), maxgap=3)
                old = self.subject_before(t - 1, maxgap=25)  # skips ", who ...,"
                if old is not None and old.etype != "Person":
                    old = self.before(t, types=("Person",), maxgap=12)
            else:
                new = self.before(t, types=("Person",), maxgap=20)
                if self.key(t - 1) in ("who",):
                    new = self.before(t - 1, types=("Person",), maxgap=20)
                elif self.key(t - 1) != "to":
                    sb = self.subject_before(t, maxgap=25)  # "R, a protege of K, succeeded"
                    if sb is not None and sb.etype == "Person":
                        new = sb
                if new is not None and self.key((new.tlo if new.tlo >= 0 else new.lo) - 1) == \
                        "by" and self.key(t - 1) == "to":
                    # "X was appointed by K to replace S": X replaces S, K appoints
                    by = (new.tlo if new.tlo >= 0 else new.lo) - 1
                    new = self.subject_before(by - 1, maxgap=20) if by - 1 > self.lo else None
                    if new is not None and new.etype != "Person":
                        new = None
                old = self.after(t + 1, types=("Person",), maxgap=3)
                if old is None:
                    # "replacing the late hard-liner Y": descriptors before the name
                    o2 = self.after(t + 1, types=("Person",), maxgap=6)
                    if o2 is not None and all(
                            (not self.toks[x].punct or self.toks[x].text == "-") and
                            not self.f(x) & _EN_PREDICATES
                            for x in range(t + 1, o2.tlo if o2.tlo >= 0 else o2.lo)):
                        old = o2
            if old is None and not passive and self.key(t + 1) in ("him", "her") and \
                    self.key(t - 1) != "to":
                old_id = predecessor_pronoun_en(self, t, new)  # "X succeeded him"
                if old_id and new is not None and not self.blocked(t, new):
                    self.add("SUCCESSOR_OF", new.eid, old_id, "succeeded_him_en")
            if new and old and not self.blocked(t, new):
                self.add("SUCCESSOR_OF", new.eid, old.eid, "succeeded_en")
        # English: appointed / took over ... after the killing of X, "replacing X"
        for t in self.triggers(_EMPTY, L.EN_APPOINT):
            if self.key(t) == "took" and self.key(t + 1) != "over":
                continue
            for x in range(t + 1, min(self.hi, t + 24)):
                kx = self.key(x)
                if kx in ("after", "following", "replacing", "replace", "from") or (
                        kx == "over" and self.key(x + 1) == "from"):
                    rest = x + 1
                    while rest < self.hi and self.key(rest) in (
                            "the", "a", "killing", "death", "assassination", "ouster",
                            "resignation", "departure", "dismissal", "of", "from", "late",
                            "slain", "former"):
                        rest += 1
                    old = self.after(rest, types=("Person",), maxgap=1)
                    if old is None and kx in ("after", "following") and self.key(rest) in (
                            "his", "her") and self.key(rest + 1) in (
                            "killing", "death", "assassination"):
                        # "X, Soleimani's deputy, took over after his death": his = the
                        # person named before, not the one who took over
                        subj_m = self.subject_before(t, maxgap=20)
                        ante = self._antecedent(t, exclude={subj_m.eid} if subj_m else set())
                        if subj_m is not None and subj_m.etype == "Person" and ante and \
                                not self.blocked(t, subj_m):
                            self.add("SUCCESSOR_OF", subj_m.eid, ante, "took_over_after_his_en")
                        break
                    if old is None:
                        continue
                    deathish = kx in ("replacing", "replace", "from", "over") or any(
                        self.key(y) in ("killing", "death", "assassination", "ouster",
                                        "resignation", "departure", "dismissal", "killed",
                                        "died", "assassinated", "ousted", "resigned")
                        for y in range(x, min(self.hi, old.hi + 4)))
                    new = self.before(t, types=("Person",), maxgap=20)
                    obj = self.after(t + 1, types=("Person",), maxgap=4)
                    active = self.key(t) in ("appointed", "named", "chosen", "tapped",
                                             "selected", "installed", "promoted") and \
                        self.key(t - 1) not in EN_PASSIVE_AUX and self.key(t - 1) != "who"
                    if new is None or (active and obj is not None and obj.hi <= x):
                        new = obj  # "K named X as commander, hours after Y was killed"
                    if deathish and new and new is not old and not self.blocked(t, new):
                        self.add("SUCCESSOR_OF", new.eid, old.eid, "appointed_after_en")
                    break
        # Arabic
        for t in self.triggers(_AR_SUCC_PRED_TAKE, _EMPTY):
            fs = self.f(t)
            if fs & L.AR_PREDECESSOR:
                old = self.after(t + 1, types=("Person",), maxgap=2)
                if "سلفه" in fs or "سلفها" in fs:
                    ante = self.before(t, types=("Person",), maxgap=40)
                    if ante and old is None:  # "سلفه" unnamed: the gazetteer's predecessor
                        pred = predecessor_from_gazetteer(self, ante.eid)
                        if pred and pred != ante.eid and not self.blocked(t):
                            self.add("SUCCESSOR_OF", ante.eid, pred, "predecessor_known_ar")
                    if ante and old and not self.blocked(t):
                        self.add("SUCCESSOR_OF", ante.eid, old.eid, "predecessor_ar")
                continue
            if fs & _C3:
                old = self.after(t + 1, types=("Person",), maxgap=1)
                if old is None:
                    continue
                new_id: str | None = None
                prev_m = self.before(t, types=("Person",), maxgap=1)
                if prev_m is not None and prev_m.kind == "name":
                    new_id = prev_m.eid
                if new_id is None:
                    next_m = self.after(old.hi, types=("Person",), maxgap=2)
                    if next_m is not None and next_m.kind == "name":
                        new_id = next_m.eid
                if new_id is None:
                    new_id = self._successor_of(old.eid, t)
                    if new_id:
                        self._desc_mention(t, old.hi, new_id)
                if new_id and not self.blocked(t):
                    self.add("SUCCESSOR_OF", new_id, old.eid, "khalifa_ar")
                    self.dependent.add(id(old))  # "خليفة سليماني" is not Soleimani himself
                continue
            if fs & _C4:
                old = self.after(t + 1, types=("Person",), maxgap=2)
                new = self._free_person_before(t, maxgap=25)
                if new is None:
                    new = self.after(self.lo, types=("Person",), maxgap=t - self.lo)
                if new is None and old is not None:
                    new = appointee_after(self, old.hi)  # "خلفاً لـY، عيّن K X قائداً"
                if old and new and new is not old and not self.blocked(t):
                    self.add("SUCCESSOR_OF", new.eid, old.eid, "khalafan_ar")
                continue
            if fs & _C5:
                obj_m = self.after(t + 1, types=("Person",), maxgap=1)
                subj_m = self.before(t, types=("Person",), maxgap=3)
                if obj_m is None:
                    continue
                if subj_m is None:
                    after2 = self.after(obj_m.hi, types=("Person",), maxgap=2)
                    if after2 is None:
                        continue
                    subj_m, obj_m = obj_m, after2
                if not self.blocked(t, subj_m):
                    self.add("SUCCESSOR_OF", subj_m.eid, obj_m.eid, "khalafa_ar")
                    self.dependent.add(id(obj_m))
                continue
            if fs & L.AR_TAKEOVER:
                for x in range(t + 1, min(self.hi, t + 14)):
                    if self.f(x) & _C6:
                        y = x + 1
                        if self.key(y) in _AR_TIME_UNITS:  # "بعد ساعات (قليلة) من مقتل X"
                            y += 1
                            if self.key(y) in ("قليله", "قليلة"):
                                y += 1
                            if self.key(y) == "من":
                                y += 1
                            else:
                                y = x + 1
                        y0 = y
                        while y < self.hi and self.f(y) & _C7:
                            y += 1
                        if y == y0:
                            continue
                        old = self.after(y, types=("Person",), maxgap=4)
                        new = self.before(t, types=("Person",), maxgap=6)
                        if fs & _AR_APPOINT_NOUN:  # "أعلن K تعيين X ... بعد مقتل Y"
                            new = self.after(t + 1, types=("Person",), maxgap=3)
                        elif fs & _AR_APPOINT_VERBS:
                            # "عيّن (K) X ... بعد مقتل Y": the appointee is the object
                            first = self.after(t + 1, types=AGENT_TYPES, maxgap=3)
                            if new is None and first is not None:
                                new = self.after(first.hi, types=("Person",), maxgap=2)
                                if new is None and first.etype == "Person" and (
                                        "\u064f" in self.toks[t].text or
                                        acc_role(self, first.hi)):
                                    new = first  # passive "عُيّن X قائداً ...": X appointed
                            elif new is not None:
                                new = self.after(t + 1, types=("Person",), maxgap=3)
                        elif new is None:
                            new = self.after(t + 1, types=("Person",), maxgap=3)
                        if old and new and old is not new and not self.blocked(t, new):
                            self.add("SUCCESSOR_OF", new.eid, old.eid, "took_over_after_ar")
                        break

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
            if m.sent == self.si and m.lo <= at:
                continue
            if (m.role_org in led and m.role != "member") or not led:
                return m.eid  # not a mere member of the body ("مسؤول ... في الحزب X")
        return None

    def _desc_mention(self, lo: int, hi: int, eid: str) -> None:
        me = _ment_at(self.doc, self.si, lo, hi, eid, kind="desc")
        self.doc.ments.append(me)
        self.doc.by_sent.setdefault(self.si, []).append(me)
