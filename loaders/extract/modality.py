"""Statements that state no fact: negation, hypotheticals, threats, in
:class:`ModalityHelpers` (``negated``: "did not meet", "لم يلتق", denials; ``hypothetical``:
"will visit", "سيزور", "is due to meet", "على أن يلتقي"; session 19: "denied reports that X,
who ..., had met Y" past the commas of the that-clause; ``blocked``: either, or a meeting
only asked for; ``_irrealis``: a threat, demand or accusation). They read the per-token cue
flags of ``sentence_cues.py``. A mixin over
:class:`~loaders.extract.sentence_base.SentenceBase`, composed in ``relations.SentenceCore``.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING, cast

from loaders.extract import lexicon as L
from loaders.extract.asked_questions import QUESTION_MARKS, asked_question
from loaders.extract.clause_scope import past_clause_after
from loaders.extract.core_context import counterfactual_en, planned_ar
from loaders.extract.false_report_ar import claim_corrected_ar
from loaders.extract.false_report_en import FALSE_TOLD_CUES, false_told
from loaders.extract.kill_unreal import AR_KILL_ANY, EN_KILL_ANY, unreal_killing
from loaders.extract.meeting_future_adjunct_ar import future_adjunct_ar
from loaders.extract.meeting_modality import CUE_SETS as _MODALITY_CUES
from loaders.extract.meeting_modality import unreal_meeting
from loaders.extract.meetings_en import unreal_meeting_en
from loaders.extract.mentions import Mention
from loaders.extract.negative_any import ANY_ABOUT as _ANY_ABOUT
from loaders.extract.negative_any import any_under_negation
from loaders.extract.rule_common import _FORMS, forms
from loaders.extract.sentence_base import SentenceBase
from loaders.extract.sentence_cues import (
    _C01,
    _CF_CAN,
    _CF_COMMA,
    _CF_CONTRAST,
    _CF_DUE,
    _CF_GHAIR,
    _CF_MODAL,
    _CF_QAD,
    EN_DENY,
    _article_cues,
    _range_cues,
)
from loaders.extract.visit_agenda_ar import visit_agenda_ar

if TYPE_CHECKING:
    from loaders.extract.relations import SentenceCore

_EN_IRREALIS = frozenset({"vowed", "vows", "vow", "pledged", "pledges", "warned", "warns",
                          "urged", "urges", "demanded", "demands", "called", "calls",
                          "blamed", "blames", "suspected", "suspects", "denied", "denies",
                          "deny", "considering", "considered", "weighing", "mulling", "asked",
                          "threatening", "ready", "prepared", "preparing", "could", "can"})
_AR_IRREALIS = L._ar("هدد", "يهدد", "تهدد", "هددت", "توعد", "توعدت", "يتوعد", "دعا", "يدعو",
                     "دعت", "تدعو", "طالب", "يطالب", "طالبت", "تطالب", "اتهم", "يتهم", "اتهمت",
                     "تتهم", "اتهام", "اتهامات", "متهمة", "المتهمة", "حمل", "حملت", "يحمل",
                     "تحمل", "يشتبه", "المشتبه", "تستعد", "يستعد", "نفى", "نفت", "تنفي",
                     "ينفي", "تلويح", "لوح", "لوحت")
_AR_MVK = L.AR_MEET | L.AR_VISIT | L.AR_KILL
_AR_MVKL = _AR_MVK | L.AR_LEAD_VERBS
_AR_MEET_ANY = L.AR_MEET | L.AR_MEET_NOUNS
# past verbs of talks whose first letter is that of an imperfect: "قد ناقشا / تباحثا / تبادلا"
# ("had discussed", session 55), not "قد + imperfect" ("may")
_AR_QAD_PAST = L._ar("ناقش", "ناقشت", "ناقشا", "ناقشوا", "تباحث", "تباحثا", "تباحثوا",
                     "تبادل", "تبادلا", "تبادلوا", "تناول", "تناولا", "تناولوا",
                     # (session 70) «وكان X قد ترأس اجتماعاً / تلقى اتصالاً / تفقّد»: past
                     "ترأس", "ترأست", "ترأسا", "ترأسوا", "تلقى", "تلقت", "تفقد", "تفقدت")
_EN_BE = frozenset({"is", "are", "was", "were", "'s"})
_EN_DUE_AT = frozenset({"in", "at", "back", "for"})  # "is due in X" (not "due to the ...")


# verbs whose object is a fact even under a negation: "Iran will never forget the
# assassination of Y by Z", "لن تنسى إيران اغتيال الأميركيين لـY"، "لن نغفر"
_EN_FACTIVE = frozenset({"forget", "forgive", "forgotten", "forgiven", "ignore", "overlook"})
_AR_FACTIVE = L._ar("تنسى", "ننسى", "ينسى", "ينسوا", "تنس", "ننس", "ينس", "تغفر", "نغفر",
                    "يغفر", "نسامح", "تسامح", "يسامح", "نتجاهل", "تتجاهل", "يتجاهل")


def _forgets(sr: ModalityHelpers, p: int, k: int) -> bool:
    """A verb of forgetting or forgiving stands between the negation at *p* and *k*."""
    for q in range(p + 1, k):
        tq = sr.toks[q]
        if (sr.f(q) & _AR_FACTIVE) if tq.ar else tq.key in _EN_FACTIVE:
            return True
    return False


# "لم يمضِ (سوى) شهر على لقاء X وY": the time since a meeting told as past, not negated
_AR_ELAPSE = L._ar("يمض", "يمضي", "تمض", "تمضي", "يمر", "تمر", "تنقض", "ينقض", "يكد", "تكد")
_AR_SINCE = L._ar("على", "علي")


def _time_elapsed(sr: ModalityHelpers, p: int, k: int) -> bool:
    """The negation at *p* opens "لم يمضِ / لم تمرّ (سوى) <time> على" before *k* (session 56)."""
    return bool(sr.f(p + 1) & _AR_ELAPSE) and any(sr.f(q) & _AR_SINCE
                                                  for q in range(p + 2, k))


_EN_THAT_END = frozenset({"and", "but", "saying", "adding", "while", "although", "though"})
_EN_THAT_MAX = 30


def _denied_that_en(sr: ModalityHelpers, p: int, k: int) -> bool:
    """English: *k* is in the "that" clause of the denial at *p* ("denied (an Israeli media
    report) that X, who lives in Z, had met Y"), commas of an apposition or a relative
    clause in it; the clause ends at ", and / but / saying" or a ";" (session 19)."""
    if sr.key(p) not in EN_DENY or k - p > _EN_THAT_MAX:
        return False
    that = next((y for y in range(p + 1, min(k, p + 7)) if sr.key(y) == "that"), None)
    if that is None or any(sr.toks[y].punct for y in range(p + 1, that)):
        return False
    for y in range(that + 1, k):
        ky = sr.key(y)
        if ky == "." and _title_dot(sr, y):
            continue  # "that Maj. Gen. X had been killed" (session 62)
        if ky in (".", ";", ":") or (ky in _EN_THAT_END and sr.key(y - 1) == ","):
            return False
    return True


def _title_dot(sr: ModalityHelpers, y: int) -> bool:
    """Is the "." at *y* the dot of an abbreviated title or an initial ("Maj. Gen. X",
    "Dr. X", "John F. Kennedy"): a capitalised word of at most four letters before it and a
    capitalised word right after it?"""
    if y + 1 >= sr.hi or y - 1 < sr.lo:
        return False
    before, after = sr.toks[y - 1].text, sr.toks[y + 1].text
    return before.isalpha() and len(before) <= 4 and before[:1].isupper() and \
        after[:1].isupper()


class ModalityHelpers(SentenceBase):
    """Negated, hypothetical and irrealis statements."""

    def negated(self, k: int, subj_lo: int | None = None) -> bool:
        # (the sentence's negation, contrast, denial and clause-mark tokens are listed once per
        # sentence, _range_cues: most sentences have none near *k*, and nothing is scanned;
        # a *k* outside the sentence reads the whole article's, _article_cues)
        c = self._cues if self.lo <= k <= self.hi else _article_cues(self.doc)
        if c is None:  # (the sentence's cues: the tests below read tokens lo..k, k..hi)
            c = self._cues = _range_cues(self.doc, self.lo, self.hi)
        neg = c.neg
        if neg:
            lo = max(self.lo, (subj_lo if subj_lo is not None else k) - 1, k - 5)
            lo = min(lo, max(self.lo, k - 4))
            fl = c.flags
            for p in neg[bisect_left(neg, lo):bisect_left(neg, k)]:  # "did not meet X"
                if p + 1 < k and fl[p] & _CF_GHAIR:
                    continue  # "غير معلنة" (unannounced): a negated adjective
                if _forgets(self, p, k):
                    continue  # "will never forget the killing of Y": the killing stands
                if _time_elapsed(self, p, k):
                    continue  # "لم يمضِ شهر على لقاء X بـY": the meeting took place
                for q in range(p, k):  # "لم ... لكنه" / "في زيارة غير معلنة، التقى خلالها X"
                    if fl[q] & _CF_CONTRAST:
                        break  # another clause
                else:
                    if not past_clause_after(self, p, k):  # "had no hand, and later met Z"
                        return True
        toks = self.toks
        t = toks[k]
        if t.ar:
            for fm in self.f(k):  # (a loop, not any(): no generator per test)
                if fm.startswith(("لم", "لن")) and len(fm) > 4 and fm[2:] in _AR_MVK and \
                        fm[1:] not in _AR_MVK:
                    return True  # (not "لمقتله" = لـ + مقتله, "for his killing")
            if neg and k > self.lo and toks[k - 1].key in _ANY_ABOUT and \
                    any_under_negation(self, k, neg, c.flags, _CF_CONTRAST):
                return True  # "لم يُدرج ... أي لقاء مع Y"
            # "نفى X، في تصريح ...، أن يكون Y قد عقد ...": the denied proposition (the
            # tokens y below lie in the sentence: toks[y].key = self.key(y))
            lo = self.lo
            for y in range(max(lo + 1, k - 6), k):
                if toks[y].key in ("يكون", "تكون") and toks[y - 1].key in ("ان", "بان"):
                    for z in range(lo, k):
                        tz = toks[z]
                        fz = _FORMS.get(tz.text)
                        if (fz if fz is not None else forms(tz)) & _C01 or \
                                tz.key.lstrip("و") in ("نفي", "نفت", "ينفي"):
                            return True
                    break
        # "reports that X met Y were denied (by ...)"
        aux = c.aux_denied  # (x: a passive auxiliary, x + 1: a denial word)
        if aux:
            i = bisect_right(aux, k)
            if i < len(aux) and aux[i] < self.hi - 1:
                return True
        # "denied meeting", "نفى ... لقاء" earlier in the same clause
        c01 = c.c01
        if c01:
            fl = c.flags
            for p in c01[bisect_left(c01, self.lo):bisect_left(c01, k)]:
                for q in range(p, k):
                    if fl[q] & _CF_COMMA:
                        if _denied_that_en(self, p, k):
                            return True  # "denied reports that X, who ..., had met Y"
                        break
                else:
                    return True
        return False

    def hypothetical(self, k: int) -> bool:
        c = self._cues if self.lo <= k <= self.hi else _article_cues(self.doc)
        if c is None:
            c = self._cues = _range_cues(self.doc, self.lo, self.hi)
        hyp = c.hyp
        if hyp:
            fl = c.flags
            for x in hyp[bisect_left(hyp, max(self.lo, k - 5)):bisect_left(hyp, k)]:
                fx = fl[x]  # "is expected to be named to succeed"
                if fx & _CF_QAD:
                    kk = self.toks[k].key
                    if kk.lstrip("وف")[:1] in "يتن" and not kk.startswith(("تول", "تسل")) \
                            and not self.f(k) & _AR_QAD_PAST:
                        return True  # قد + imperfect = "may"; قد + past = "had"
                elif fx & _CF_MODAL:
                    if not past_clause_after(self, x, k) and not _forgets(self, x, k):
                        return True  # (not "wanted calm, and later met Z", "would never
                        # forget the killing of Y")
                elif fx & _CF_CAN and x == k - 1:
                    return True  # "a pick that needs approval before he can succeed Y"
                elif fx & _CF_DUE and self.key(x + 1) == "to" and self.key(x + 2) not in (
                        "the", "a", "an", "his", "her", "its", "their", "security", "health"):
                    return True  # "was due to meet X" (not "due to the crisis")
                elif fx & _CF_DUE and self.key(x - 1) in _EN_BE and self.key(x + 1) in _EN_DUE_AT:
                    return True  # "is due in Washington for talks with X": scheduled
            for x in hyp[bisect_left(hyp, max(self.lo, k - 9)):bisect_left(hyp, k - 5)]:
                if fl[x] & _CF_DUE and self.key(x - 1) in _EN_BE and \
                        self.key(x + 1) in _EN_DUE_AT and not any(
                            self.toks[y].text in (",", ";") for y in range(x, k)):
                    return True  # "is due in Washington next week for talks with X"
        if self.lo < k < self.hi and self.toks[self.hi - 1].text in QUESTION_MARKS and \
                asked_question(self.toks, self.lo, k):
            return True  # "هل التقى X بـY؟", "Did X meet Y?": asked, not stated (session 55)
        t = self.toks[k]
        if t.ar:
            for fm in self.f(k):
                if fm.startswith("س") and len(fm) > 3 and fm[1] in "يتن" and fm[1:] in _AR_MVKL:
                    return True
            if k - 2 >= self.lo and self.toks[k - 1].key in ("ان", "أن") and \
                    planned_ar(self, k):  # "على أن يلتقي X": the plan, not the meeting
                return True  # (its first test made here without a call)
            if k - 3 >= self.lo and self.toks[k - 2].key in ("ان", "أن") and \
                    planned_ar(self, k - 1):  # "على أن يعقد اجتماعاً مع X" (session 16)
                return True
            if visit_agenda_ar(self, k):  # "في زيارة يلتقي خلالها Y" (session 58)
                return True
            if self.f(k) & _AR_MEET_ANY and future_adjunct_ar(self, k):
                return True  # "وسيعقد خلال زيارته لقاء مع Y", "خلال زيارته المرتقبة" (s60)
        elif self.lo < self.hi and self.toks[self.lo].key in ("had", "were", "should") and \
                counterfactual_en(self, k):
            return True  # "Had the U.S. killed X, Iran would have ..."
        return False

    def blocked(self, k: int, subj: Mention | None = None) -> bool:
        if self.negated(k, subj.lo if subj else None) or self.hypothetical(k):
            return True
        # the same tests in the same order, the first test of each written out here (speed:
        # no call where it would return False at once): unreal_meeting_en reads English
        # words only, unreal_killing a killing word, claim_corrected_ar Arabic words only
        t = self.toks[k]
        if t.ar:
            fs = _FORMS.get(t.text)
            if not (fs if fs is not None else forms(t)).isdisjoint(AR_KILL_ANY) and \
                    unreal_killing(self, k):
                return True
        elif unreal_meeting_en(self, k) or (t.key in EN_KILL_ANY and unreal_killing(self, k)):
            return True
        ks = self._key_set
        if ks is None:
            ks = self.key_set()
        return (not FALSE_TOLD_CUES.isdisjoint(ks) and  # "misstated that X met Y" (session 56)
                false_told(self.toks, self.lo, self.hi, k)) or \
            (t.ar and claim_corrected_ar(self.toks, self.lo, self.hi, k)) or \
            (not _MODALITY_CUES.isdisjoint(self.present_sets) and  # meeting_modality.py:
             unreal_meeting(cast("SentenceCore", self), k))  # "called for a meeting with Y"

    def _irrealis(self, k: int, window: int = 8) -> bool:
        """A threat, demand, accusation or claim governs the verb at *k* ("threatened to pull
        out", "accuses X of firing", "طالب بالانسحاب", "اتهم ... باستهداف"): not a fact."""
        for x in range(max(self.lo, k - window), k):
            t = self.toks[x]
            if t.ar:
                if self.f(x) & _AR_IRREALIS:
                    return True
            elif t.key in _EN_IRREALIS or t.key.startswith(("accus", "threat", "alleg")):
                return True
        return False
