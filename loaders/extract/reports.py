"""REPORTED_BY (speaker -> outlet): a named source speaking to an outlet.

- ``reported_by``: "X told Reuters", "X said in an interview with O" / "In an interview with
  O, X said ...", "قال X لوكالة رويترز", "في مقابلة مع O، قال X", "X قال لـO", a denial told to
  an outlet ("نفى X، في تصريح لـO، ...");
- ``_relayed``: "O quoted X as saying", "O reported that X said ...", "نقلت O عن X قوله",
  "أفادت O ... X".

"Two officials close to X told O": X is a complement, not the speaker.

``ReportRules`` is a mixin of :class:`loaders.extract.relations.SentenceRules` (how the
families share the sentence's state and helpers: :mod:`loaders.extract.relations`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract import lexicon as L
from loaders.extract.dispatch import needs
from loaders.extract.mentions import QUOTES, Mention
from loaders.extract.rule_common import _AR_NOT_SUBJ, _EN_PREPS, _EN_SPEECH_VERBS, title_start

if TYPE_CHECKING:
    from loaders.extract.relations import SentenceCore
else:
    SentenceCore = object

_EN_SPEECH = frozenset({"told", "said", "says", "say", "spoke", "speaking", "talking",
                        "interview", "statement", "remarks", "comments", "carried", "quoted"})
_AR_SPEECH_VERBS = L._ar("قال", "قالت", "يقول", "تقول", "أكد", "أكدت", "يؤكد", "أوضح",
                         "أوضحت", "صرح", "صرحت", "أضاف", "أضافت", "تحدث", "تحدثت", "أبلغ",
                         "أبلغت", "كشف", "كشفت", "ذكر", "ذكرت", "أعلن", "أعلنت", "نفى",
                         "نفت", "أشاد", "أشادت", "شدد", "شددت", "أشار", "أشارت")
_SPEECH_VERBS = _AR_SPEECH_VERBS | _EN_SPEECH_VERBS  # (either script: one set, made once)
_AR_DENY = L._ar("نفى", "نفت", "ينفي", "تنفي")
_EN_DENY = frozenset({"denied", "denies", "rejected", "dismissed"})
_AR_RELAY = L._ar("أفادت", "أفاد", "ذكرت", "نقلت", "أوردت", "نشرت")
_EN_RELAY = frozenset({"quoted", "reported", "cited"})
_EN_SPOKE_TO = frozenset({"spoke", "speaking", "talking", "talked", "interview", "remarks",
                          "comments", "statement", "said"})
_AR_SPEECH = L._ar("قال", "قالت", "يقول", "تقول", "أكد", "أكدت", "يؤكد", "أوضح", "أوضحت",
                   "صرح", "صرحت", "أضاف", "أضافت", "تحدث", "تحدثت", "أبلغ", "أبلغت", "كشف",
                   "كشفت", "ذكر", "ذكرت", "أعلن", "أعلنت", "حديث", "مقابلة", "حوار", "تصريح",
                   "تصريحات", "بيان", "نقلته", "نقلتها", "أوردته", "بثته", "نشرته")
_AR_CARRIED = L._ar("نقلته", "نقلتها", "أوردته", "أوردتها", "بثته", "بثتها", "نشرته", "نشرتها")
_AR_INTERVIEW = L._ar("مقابلة", "حوار", "لقاء", "مقابلته", "حواره")


class ReportRules(SentenceCore):
    """REPORTED_BY rules (a mixin of ``SentenceRules``; see the module doc)."""

    @needs((_AR_RELAY, _EN_RELAY), types=("Outlet",))
    def reported_by(self) -> None:
        """A named source speaking to an outlet: "X told O", "X said in an interview with O",
        "in a statement carried by O", "قال X لـO", "في حديث لـO", "في بيان نقلته O".
        Unnamed sources ("two officials told Reuters", "مصادر ... لـ") give nothing."""
        for o in self.ments:
            if o.etype != "Outlet":
                continue
            cue = self._outlet_cue(o)
            if cue is None:
                continue
            src = self._speaker(cue, o)
            if src is None or src.eid == o.eid:
                continue
            # a denial told to an outlet is still said to it ("نفى X، في تصريح لـO، ...")
            denial = any(self.f(x) & _AR_DENY or self.key(x) in _EN_DENY
                         for x in range(max(self.lo, src.lo - 2), cue))
            if self.hypothetical(cue) or (not denial and self.negated(cue, src.lo)):
                continue
            self.add("REPORTED_BY", src.eid, o.eid, "told_outlet_ar" if
                     self.toks[o.lo].ar else "told_outlet_en", 0.7)
        self._relayed()

    def _relayed(self) -> None:
        """"O quoted X as saying", "O reported that X said ...", "نقلت O عن X قوله",
        "وأفادت O بأن X أشاد ...": a named speaker's words relayed by the outlet."""
        for t in self.triggers(_AR_RELAY, _EN_RELAY):
            ar = self.toks[t].ar
            o = (self.after(t + 1, types=("Outlet",), maxgap=1) if ar else
                 self.before(t, types=("Outlet",), maxgap=0))
            if o is None:
                continue
            x = o.hi if ar else t + 1
            while x < self.hi and x - (o.hi if ar else t + 1) < 4 and x not in self.mention_at \
                    and self.key(x) not in ("بان", "ان", "عن", "that", "بأن", "أن"):
                x += 1
            if x >= self.hi:
                continue
            kx = self.key(x)
            if kx in ("بان", "ان", "بأن", "أن", "that", "عن"):
                src = self.after(x + 1, types=("Person", "Organization"), maxgap=1)
                need_verb = kx != "عن"
            elif not ar and self.key(t) == "quoted":
                src = self.mention_at.get(x)
                need_verb = False
            else:
                continue
            if src is None or src.etype not in ("Person", "Organization") or src.eid == o.eid:
                continue
            if need_verb and not any(not self.f(y).isdisjoint(_SPEECH_VERBS)
                                     for y in range(src.hi, min(self.hi, src.hi + 3))):
                continue
            if not self.blocked(t):
                self.add("REPORTED_BY", src.eid, o.eid, "relayed_by_outlet", 0.6)

    def _outlet_cue(self, o: Mention) -> int | None:
        """Position of the speech verb that the outlet *o* is the addressee/carrier of."""
        start = title_start(o)
        b = start - 1
        while b >= self.lo and (self.key(b) in ("the", "a", "an") or
                                (self.toks[b].punct and self.toks[b].text in QUOTES)):
            b -= 1
        if b < self.lo:
            return None
        kb = self.key(b)
        if not self.toks[o.lo].ar:
            if kb == "told" or (kb in ("to", "with") and self.key(b - 1) in _EN_SPOKE_TO) or (
                    kb == "by" and self.key(b - 1) in ("carried", "quoted", "cited")):
                return b
            return None
        # Arabic: لـO (glued or separate), مع O after مقابلة/حوار, نقلته O
        head_lam = False
        if self.f(b) & L.AR_OUTLET_HEADS:  # "لوكالة رويترز", "نقلته وكالة الأنباء ..."
            head_lam = self.toks[b].key.startswith("ل")
            start, b = b, b - 1
            if b < self.lo:
                return None
            if head_lam:
                return start
        if self.f(b) & _AR_CARRIED:
            return b
        if kb == "مع" and b - 1 >= self.lo and self.f(b - 1) & _AR_INTERVIEW:
            return b
        lam = self.has_prep(o, {"ل"}) or self.toks[o.lo].key.startswith(("ل", "لل"))
        return start if lam else None

    def _speaker(self, cue: int, o: Mention) -> Mention | None:
        """The named speaker of the speech act at *cue* (a person or organisation that is the
        subject of a speech verb), else None."""
        types = ("Person", "Organization")
        ar = self.toks[o.lo].ar
        # the speech verb: the cue itself ("told") or one shortly before it
        verb = None
        for vocab in ((_AR_SPEECH_VERBS, _AR_SPEECH) if ar else (_EN_SPEECH_VERBS, _EN_SPEECH)):
            for x in range(cue, max(self.lo, cue - 12) - 1, -1):
                if x < cue and self.toks[x].text in (".", ";", "؛"):
                    break
                if self.f(x) & vocab:
                    verb = x
                    break
            if verb is not None:
                break
        if verb is None or self.f(verb).isdisjoint(_SPEECH_VERBS):
            # "In an interview with O, X said ..." / "في مقابلة مع O، قال X": the verb follows
            for x in range(o.hi, min(self.hi, o.hi + 10)):
                if self.f(x) & (_AR_SPEECH_VERBS if ar else _EN_SPEECH_VERBS):
                    m = (self.after(x + 1, types=types, maxgap=1) if ar else
                         self.before(x, types=types, maxgap=0))
                    if m is not None and m.lo >= o.hi:
                        return m
                    break
            if verb is None:
                return None
        if ar:
            # VSO: "قال X (في حديث) لـO"; SVO: "X قال لـO"; "قال مسؤول ... في Y X لـO"
            m = next((c for c in self.args if c.etype == "Person" and c.tlo == verb + 1 and
                      c.lo < o.lo), None) or self.after(verb + 1, types=types, maxgap=1)
            if m is not None and m.lo < o.lo and not self.has_prep(m, _AR_NOT_SUBJ):
                return m
            m = self.before(verb, types=types, maxgap=1)
            if m is not None and not self.has_prep(m, _AR_NOT_SUBJ):
                return m
            return None
        # English: the subject right before the verb, or before an apposition closed by a
        # comma right before it ("X, the leader of Y, said in an interview with O")
        if self.key(verb - 1) in ("also", "later", "then", "has", "had"):
            verb -= 1
        m = self.before(verb, types=types, maxgap=0)
        if m is not None:
            # "two officials close to X told O": X is a complement, not the speaker
            pre = self.key(title_start(m) - 1)
            return None if pre in _EN_PREPS else m
        if self.key(verb - 1) == ",":
            for y in range(verb - 2, max(self.lo, verb - 25), -1):
                if self.toks[y].text == "," and self._appositive_start(y + 1, verb - 1) or (
                        self.toks[y].text == "," and self.key(y + 1) in ("the", "a", "an")):
                    m = self.before(y, types=types, maxgap=0)
                    return m
        return None
