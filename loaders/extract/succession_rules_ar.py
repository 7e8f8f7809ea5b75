"""SUCCESSOR_OF base rules in Arabic (``SuccessionRulesAr``), a base of ``SuccessionRules``.

Reads "خليفة سليماني قاآني", "خلف قاآني سليماني" / "وخلفه في المنصب Y", "خلفاً لـY، عيّن K X
قائداً", "تولى/عُيّن X ... بعد اغتيال/مقتل Y", "أعلن K تعيين X ... بعد مقتل Y" and "سلفه".
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from loaders.extract import lexicon as L
from loaders.extract.apposed_head_comma_ar import comma_apposed_head_ar
from loaders.extract.aside_span_ar import past_aside_ar
from loaders.extract.core_context import _AR_CLAUSE_START, _AR_KHALAFAHU
from loaders.extract.core_recall_succession import appointee_after, predecessor_from_gazetteer
from loaders.extract.core_wire_rules import acc_role
from loaders.extract.coreference import deceased_person
from loaders.extract.entrusted_to_ar import entrusted_appointee_ar
from loaders.extract.khalafan_appointee_ar import appointee_before_ar
from loaders.extract.khalafan_hedged_ar import hedged_taking_ar
from loaders.extract.mentions import AGENT_TYPES
from loaders.extract.pious_formula_ar import past_pious_ar
from loaders.extract.pronoun_topic import topic_antecedent
from loaders.extract.rule_common import person_at, title_start
from loaders.extract.succession_after_that_ar import sole_subject_before_ar
from loaders.extract.succession_apposed_vso_ar import person_past_apposition_ar
from loaders.extract.succession_became_ar import AR_BECAME, became_subject_ar
from loaders.extract.succession_behind_ar import behind_not_succeeded_ar
from loaders.extract.succession_checks import appointed_by_pronoun_ar
from loaders.extract.succession_clause_words import relative_clause_end_ar
from loaders.extract.succession_clauses import apposed_subject_ar
from loaders.extract.succession_congratulated_ar import congratulator_ar
from loaders.extract.succession_congratulated_guest_ar import congratulated_guest_ar
from loaders.extract.succession_coordinated_ar import coordinated_taker_ar
from loaders.extract.succession_copula_predicate_ar import (
    become_subject_ar,
    copula_predicate_subject_ar,
)
from loaders.extract.succession_described_subject_ar import described_subject_ar
from loaders.extract.succession_duties_post_ar import duties_taker_ar
from loaders.extract.succession_fronted_taking import (
    dead_predecessor_ar,
    fronted_taker_ar,
    negated_taking_ar,
)
from loaders.extract.succession_helpers import (
    _AR_LEADS_SINCE,
    _AR_PREPS_S,
    _AR_SUCC_PRED_TAKE,
    _AR_TAKE_OR_HOLD,
    _AR_TAKING_HIS,
    _after_time_phrase,
    _his_predecessor_ar,
    _person_right_after,
    _titled_after,
    in_his_place_ar,
    predecessor_by_office,
    taking_with_pronoun,
)
from loaders.extract.succession_him_ar import AR_CHOSE_HIM, chosen_him_ar
from loaders.extract.succession_khalafahu import relative_head_kana_ar
from loaders.extract.succession_kin_possessor import (
    kin_apposition_head,
    kin_possessor,
    past_kin_aside_ar,
)
from loaders.extract.succession_kin_pred_ar import kin_after_loss_ar, kin_named_after_ar
from loaders.extract.succession_latter_ar import latter_taker_ar
from loaders.extract.succession_oath import holder_ar as oath_holder_ar
from loaders.extract.succession_post_after_death_en import _DeadRef, _pronoun_taken
from loaders.extract.succession_preceded_ar import past_post_ar
from loaders.extract.succession_profile_ar import (
    headline_after_ar,
    headline_before_ar,
    opens_subhead,
)
from loaders.extract.succession_rel_chain_ar import relative_clause_head_ar
from loaders.extract.succession_rel_heads import generic_who_head
from loaders.extract.succession_rivals import beaten_rival_winner
from loaders.extract.succession_side_person_ar import (
    first_person_free_ar,
    holder_not_side_ar,
    side_role_ar,
)
from loaders.extract.succession_unsettled import hedged_noun_ar, successor_unsettled_ar
from loaders.extract.succession_vso_ar import verb_opens_vso_ar
from loaders.extract.succession_words import _AR_FUTURE_SUCC, _AR_POST_W, _AR_SUCC_HIS, _C4, _C7

if TYPE_CHECKING:
    from loaders.extract.relations import SentenceCore
else:
    SentenceCore = object


_AR_ASK = L._ar("من", "ومن", "هل", "وهل")  # (before the verb: who / whether)
_C3 = L._ar("خليفة", "خليفه")
# (the feminine "خلفت": "X، التي خلفت Y", session 27; not "تخلف", also "stayed away")
_AR_KHALAFAT = L._ar("خلفت", "وخلفت")
_C5 = L._ar("خلف", "يخلف", "خلفه") | _AR_FUTURE_SUCC | _AR_KHALAFAT
_C6 = L._ar("بعد", "عقب", "اثر", "إثر", "منذ",  # ("منذ" only before a loss noun)
            "عندما", "حين", "حينما")  # ... and these before a loss verb (session 58)
_AR_WHEN = L._ar("عندما", "حين", "حينما")
# "أصبح X أميراً عندما تنازل والده Y عن الحكم / حين توفي شقيقه Y" (session 58)
_AR_GONE_VERB = L._ar("تنازل", "توفي", "توفى", "استقال", "اغتيل", "قتل", "تنحى", "رحل")
# what a removal noun may govern before the person: "بعد إنهاء عضوية Y" / "إعفاء مهام Y"
_C7_TAIL = L._ar("عضوية", "عضويه", "خدمات", "مهام", "تكليف", "ولاية", "ولايه")
_AR_APPOINT_VERBS = L._ar("عين", "عينت", "يعين", "تعين")
_AR_APPOINT_NOUN = L._ar("تعيين")
_AR_TIME_UNITS = L._ar("ساعات", "ساعة", "ساعتين", "ايام", "يوم", "يومين", "اسابيع", "اسبوع",
                       "اشهر", "شهر", "شهرين", "اسبوعين")
_AR_REL_ALL = frozenset({"الذي", "التي", "والذي", "والتي"})
_KEEP = object()  # (generic_who_head: no generic noun heads the clause)
_AR_LED_BY = L._ar("بزعامة", "برئاسة", "بقيادة", "يتزعمه", "يتزعمها", "يقوده", "يقودها",
                   "يرأسه", "يرأسها", "زعيمه", "زعيمها")
_AR_SUCC_FILLERS = L._ar("بذلك", "بهذا", "رسميا", "رسمياً", "فعليا", "فعلياً",
                         "بدوره", "بدورها")  # "الذي خلف بدوره Z": in his turn
_AR_KANA_OPEN = L._ar("وكان", "كان", "وكانت", "كانت")  # "وكان قد خلف Y": subject dropped


# the taking of a post with a pronoun: "(منذ/بعد) تسلّمه / تولّيه / تعيينه ..." (his taking)
# "بعد مقتله / اغتياله / وفاته" and "بعد الغارة / الحادث": a death told before
_AR_DEATH_HIS_OR_EVENT = L._ar("مقتله", "اغتياله", "وفاته", "رحيله", "استشهاده", "مصرعه",
                               "مقتلها", "اغتيالها", "وفاتها", "الغارة", "الغارات", "الحادث",
                               "الهجوم", "الضربة", "الانفجار", "التفجير", "الحادثة")
_AR_TAKE_VERB = L._ar("تولى", "تسلم", "استلم", "وتولى", "وتسلم", "واستلم")


# words before a verbal noun of taking ("صادق K على تولي X المهام", "منذ تولي X الرئاسة")
_AR_BEFORE_NOUN = L._ar("على", "علي", "الى", "إلى", "منذ", "عقب", "بعد", "قبل", "اثر", "إثر")


def _taking_noun(sr: Any, t: int) -> bool:
    """Is the taking word at *t* the verbal noun "تولّي" (written with a final ي, after a
    preposition or "بـ" / "لـ") whose taker follows it, not the verb "تولى" whose subject may
    come first?"""
    text = sr.toks[t].text
    return text.endswith("ي") and text.lstrip("بل").startswith("تول") and (
        text[:1] in "بل" or t > sr.lo and sr.key(t - 1) in _AR_BEFORE_NOUN)


class SuccessionRulesAr(SentenceCore):
    """SUCCESSOR_OF base rules in Arabic, run by ``SuccessionRules.successor``: "خليفة سليماني
    قاآني", "خلف قاآني سليماني" / "وخلفه في المنصب Y", "خلفاً لـY، عيّن K X قائداً", "تولى/عُيّن X
    ... بعد اغتيال/مقتل Y", "أعلن K تعيين X ... بعد مقتل Y"."""

    def _successor_ar(self) -> None:
        """Arabic nouns and verbs: خليفة / خلف / خلفاً لـ / سلفه / تولى / عُيّن."""
        # Arabic
        for t in self._by_ar.get(_AR_SUCC_PRED_TAKE, ()):  # (= self.triggers(..., EMPTY))
            fs = self.f(t)
            if fs & _AR_SUCC_HIS:
                new = self.after(t + 1, types=("Person",), maxgap=1)
                old_id = _his_predecessor_ar(self, t, new.eid) if new is not None else None
                if new is not None and old_id and not self.blocked(t, new):
                    self.add("SUCCESSOR_OF", new.eid, old_id, "his_successor_ar")
                continue
            if fs & L.AR_PREDECESSOR:
                old = self.after(t + 1, types=("Person",), maxgap=2)
                if self.toks[t].key.lstrip("وفبل") in ("سلف", "لسلف") and old is not None and \
                        old.lo == t + 1 and old.kind == "name":
                    # "في عهد سلف X، Y" (Y preceded X) / "Y، سلف X" (the same)
                    named = None
                    if old.hi < self.hi and self.toks[old.hi].text in ("،", ","):
                        named = self.after(old.hi + 1, types=("Person",), maxgap=0)
                    if named is None and self.toks[t - 1].text in ("،", ","):
                        named = self.before(t - 1, types=("Person",), maxgap=0)
                    if named is None and past_post_ar(self, old.hi) >= 0:
                        # "وكان سلف X في المنصب Y": Y preceded X (session 55)
                        named = person_at(self, past_post_ar(self, old.hi))
                    if named is not None and named.kind == "name" and \
                            named.eid != old.eid and not self.blocked(t):
                        self.add("SUCCESSOR_OF", old.eid, named.eid, "predecessor_of_ar")
                    continue
                if "سلفه" in fs or "سلفها" in fs:
                    ante = self.before(t, types=("Person",), maxgap=40)
                    if ante and old is None:  # "سلفه" unnamed: the gazetteer's predecessor
                        pred = predecessor_from_gazetteer(self, ante.eid) or \
                            predecessor_by_office(self, ante)  # "وزير الداخلية السابق Y"
                        if pred and pred != ante.eid and not self.blocked(t):
                            self.add("SUCCESSOR_OF", ante.eid, pred, "predecessor_known_ar")
                    if ante and old and not self.blocked(t):
                        self.add("SUCCESSOR_OF", ante.eid, old.eid, "predecessor_ar")
                    if ante is None and old is not None and not self.blocked(t):
                        # "تولى المنصب بعد اغتيال سلفه Y" in a profile of X, no one named
                        # before in the sentence: X, the piece's subject (session 55)
                        topic = topic_antecedent(self, t)
                        if topic is not None and topic != old.eid:
                            self.add("SUCCESSOR_OF", topic, old.eid, "predecessor_topic_ar")
                continue
            if fs & (_C4 | _C3) and self.key(t + 1) in ("له", "لها"):
                pair = in_his_place_ar(self, t, t + 2)  # "وعيّن المجلس X خلفاً له"
                if pair is not None:
                    self.add("SUCCESSOR_OF", pair[0], pair[1], "khalafan_lahu_ar")
                continue
            if fs & _C3:
                old = self.after(t + 1, types=("Person",), maxgap=1)
                if old is None or hedged_noun_ar(self, t, old.lo, old.hi):
                    continue
                new_id: str | None = None
                prev_m = self.before(t, types=("Person",), maxgap=1)
                if prev_m is not None and prev_m.kind == "name" and not self.f(
                        title_start(prev_m) - 1) & (L.AR_MEET | L.AR_RECEIVE_VERBS):
                    new_id = prev_m.eid  # (not "استقبل X خليفة Y": X the host, "خليفة Y"
                    # his guest; session 56)
                if new_id is None and AR_CHOSE_HIM in self._by_ar:
                    him = chosen_him_ar(self, t, old)  # "حين اختارته الهيئة خليفةً لـY"
                    new_id = him.eid if him is not None else None
                if new_id is None:
                    next_m = self.after(old.hi, types=("Person",), maxgap=2)
                    if next_m is not None and next_m.kind == "name" and \
                            not self.has_prep(next_m, {"ب", "ل", "مع"}):
                        new_id = next_m.eid  # (not "التقى خليفة Y بالرئيس X": the
                        # object of the meeting, session 56)
                if new_id is None:  # "من هو X؟ خليفة Y"، "X.. خليفة Y"، "خليفة Y: من هو X؟"
                    prof = (headline_before_ar(self) if opens_subhead(self, t) else None) or \
                        headline_after_ar(self, old)
                    if prof is not None and prof.eid != old.eid:
                        new_id = prof.eid
                if new_id is None and not successor_unsettled_ar(self, t, old.hi):
                    new_id = self._successor_of(old.eid, t)
                    if new_id:
                        self._desc_mention(t, old.hi, new_id)
                if new_id and not self.blocked(t):
                    self.add("SUCCESSOR_OF", new_id, old.eid, "khalifa_ar")
                    self.dependent.add(id(old))  # "خليفة سليماني" is not Soleimani himself
                continue
            if fs & _C4:
                old = self.after(t + 1, types=("Person",), maxgap=2) or _titled_after(self, t)
                if old is None:  # "خلفاً للمغفور له بإذن الله تعالى الشيخ Y" (session 59)
                    past = past_pious_ar(self.toks, t + 1, self.hi)
                    if past > t + 1:
                        old = self.after(past - 1, types=("Person",), maxgap=2)
                if old is None:  # "خلفاً لشقيقه الرئيس المنتخب Y"، "خلفاً لوالده المغفور له Y"
                    old = kin_named_after_ar(self, t)  # (session 70)
                new = self._free_person_before(t, maxgap=25)
                # "ليصبح الرئيس التاسع خلفاً لـY": the predicate's subject (session 59)
                new = copula_predicate_subject_ar(self, new) or new
                new = become_subject_ar(self, t, new) or new  # "لـX، ليصبح .. خلفاً لـY": X
                new = appointee_before_ar(self, t, new)  # "X ... برئاسة B، خلفاً لـY": X
                new = entrusted_appointee_ar(self, t) or new  # "عهد K إلى X ... خلفاً لـY"
                if old is None and new is not None:  # "خلفاً للشهيد القائد" (session 52)
                    dead = dead_predecessor_ar(self, t)
                    if dead and dead != new.eid and not self.blocked(t) and \
                            not negated_taking_ar(self, new):
                        self.add("SUCCESSOR_OF", new.eid, dead, "khalafan_dead_ar")
                    continue
                new = duties_taker_ar(self, new) or new  # "X بمهام رئيس الجمهورية": X
                head = relative_clause_head_ar(self, t)  # "..لـY، الذي كُلّف .. خلفاً لـZ"
                if head is not None and old is not None and head.eid != old.eid:
                    if not self.blocked(t):
                        self.add("SUCCESSOR_OF", head.eid, old.eid, "khalafan_relative_ar")
                    continue
                # "استقبل Y بعد أداء اليمين خلفاً لـZ", "لتهنئته بانتخابه خلفاً لـZ"
                own = oath_holder_ar(self, t, new, old)
                if own is None:
                    own = taking_with_pronoun(self, t, new)
                if own is None:  # "X، الذي كلّفه K ... خلفاً لـY": X (succession_checks.py)
                    own = appointed_by_pronoun_ar(self, t, new)
                if own is None and new is None and old is not None and \
                        AR_CHOSE_HIM in self._by_ar:
                    own = chosen_him_ar(self, t, old)  # "واختاره مجلس الشورى ... خلفاً لـY"
                if own is False:
                    continue
                if own is not None:  # "... منذ تسلّمه مهامه خلفاً لـY": the -ه, not the object
                    new = own
                elif new is not None:  # not an attendee, appointer or nominator
                    new = holder_not_side_ar(self, t, new)
                    if new is None:
                        continue
                if new is None and old is not None:  # "منذ توليه ... خلفاً لـY، ألقى X"
                    new = fronted_taker_ar(self, t, old)
                if new is None:  # the first person, unless a preposition governs it
                    new = first_person_free_ar(
                        self, t, self.after(self.lo, types=("Person",), maxgap=t - self.lo))
                if new is None and old is not None:
                    new = appointee_after(self, old.hi)  # "خلفاً لـY، عيّن K X قائداً"
                if new is None:  # "وكان الطبيب المصري قد تولى ... خلفاً لـY": the man before
                    new = described_subject_ar(self, t, old)
                if old is not None and (new is None or new.eid == old.eid) and not any(
                        m.etype == "Person" and m.lo < t and m.eid != old.eid
                        for m in self.args):
                    # "من هو X؟ الأمين العام الجديد لحزب الله خلفاً لـY": the man asked about
                    # (not the description read as Y himself)
                    new = headline_before_ar(self, asked=True) or new
                latter = latter_taker_ar(self, t, new)  # "بعد تولّي الأخير القيادة خلفاً لـY"
                if latter is not None and old is not None and latter != old.eid:
                    self.add("SUCCESSOR_OF", latter, old.eid, "khalafan_latter_ar")
                    continue
                if kin_possessor(self, new):  # "ابنة X ... خلفاً لـY": not X
                    new = kin_apposition_head(self, new)  # "Z، ابنة X، ...": Z
                if congratulator_ar(self, t, new):
                    # "وهنأ X الضيف بتسلّمه منصبه خلفاً لـY": not X, but the guest X received
                    guest = congratulated_guest_ar(self, new, old)
                    if guest is not None and not self.blocked(t):
                        self.add("SUCCESSOR_OF", guest.eid, old.eid, "congratulated_guest_ar")
                    continue
                if old and new and new is not old and not self.blocked(t) and \
                        not negated_taking_ar(self, new) and \
                        not hedged_taking_ar(self, t):  # "لم يُعيَّن X"، "قد يُكلَّف X" (s52, s69)
                    self.add("SUCCESSOR_OF", new.eid, old.eid, "khalafan_ar")
                continue
            if fs & _C5:
                if self.key(t - 1) in _AR_ASK:
                    continue  # "من يخلف Y؟" / "هل يخلف X Y؟": asked, not stated (session 25)
                if behind_not_succeeded_ar(self, t):
                    continue  # "وقف X خلف Y": behind Y (session 42)
                if self.key(t - 1) in ("الذي", "التي") and \
                        self.toks[t].key.lstrip("وف").endswith(("فه", "فها")):
                    continue  # "X، الذي خلفه Y": Y succeeded X (context_succession.khalafahu_ar)
                his = self.toks[t].key.lstrip("وفبل").endswith(("فه", "فها"))
                if his and self.toks[t].key in _AR_KHALAFAHU and (
                        self.toks[t - 1].text in ("،", ",") or
                        self.toks[t - 1].key in _AR_CLAUSE_START or
                        self.toks[t - 1].key in L.AR_WHILE or  # ("، فيما خلفه Y")
                        self.toks[t].key[0] in "وفل"):
                    continue  # "قُتل X ...، وخلفه Y": Y succeeded X (context_succession.khalafahu_ar)
                obj_m = self.after(t + 1, types=("Person",), maxgap=1)
                x = t + 1
                while obj_m is None and x < min(self.hi, t + 4) and (
                        self.f(x) & _AR_SUCC_FILLERS or (
                            self.key(x) in ("في", "فى") and self.f(x + 1) & _AR_POST_W)):
                    # "ليخلف بذلك السفير Y" / "خلف في المنصب Y": an adverb before the object
                    x += 2 if self.key(x) in ("في", "فى") else 1
                    obj_m = self.after(x, types=("Person",), maxgap=1)
                subj_m = self.before(t, types=("Person",), maxgap=3)
                if self.key(t - 1) in _AR_REL_ALL and \
                        generic_who_head(self, t - 1, _KEEP) is not _KEEP:
                    subj_m = generic_who_head(self, t - 1, None)  # "بالرجل الذي خلف Y، Z"
                    if subj_m is None:
                        continue
                elif subj_m is not None and self.toks[t].key.startswith("ل"):
                    own = appointed_by_pronoun_ar(self, t, subj_m)  # "X، الذي عيّنه K ليخلف Y"
                    if own is False:
                        continue
                    subj_m = own or subj_m
                    if side_role_ar(self, subj_m):  # "أدى X اليمين أمام / بحضور Z، ليخلف Y": X
                        subj_m = holder_not_side_ar(self, t, subj_m)
                        if subj_m is None:
                            continue
                if subj_m is None and self.toks[t - 1].text in ("،", ","):
                    subj_m = comma_apposed_head_ar(self, t - 1)  # "X، قائد القوات البرية، خلف Y"
                if subj_m is None:
                    subj_m = relative_head_kana_ar(self, t)  # "X، الذي كان قد خلف بدوره Y"
                if subj_m is None and not his:
                    subj_m = apposed_subject_ar(self, t)  # "وكان X، القائد السابق في Z، قد خلف Y"
                if subj_m is not None and self.key(t - 1) in _AR_REL_ALL and \
                        self.key(title_start(subj_m) - 1) in _AR_LED_BY:
                    # "X، مرشح الحزب بزعامة Z، والذي خلف Y": the head X, not the leader Z
                    st = title_start(subj_m) - 1
                    head = next((m for m in reversed(self.args) if m.etype == "Person" and
                                 m.hi < st and st - m.hi <= 12 and
                                 self.toks[m.hi].text in ("،", ",")), None)
                    subj_m = head or subj_m
                if self.key(t - 1) in ("ان", "أن", "لان", "بان"):
                    subj_m = None  # "قبل أن يخلف X Y": verb first, the subject after it
                if subj_m is None and obj_m is not None:
                    # "X، الذي قدّم أوراق اعتماده، ليخلف Y": the head of the relative clause
                    subj_m = self._ar_relative_subject(t)
                if subj_m is None and obj_m is not None and not his:
                    subj_m = coordinated_taker_ar(self, t)  # "تسلّم X منصبه، ويخلف Y"
                if obj_m is None:
                    continue
                if subj_m is not None and not his and subj_m.hi < t and \
                        verb_opens_vso_ar(self, subj_m, t, obj_m):
                    subj_m = None  # "خلفاً لـR، فيما خلف X Y": X succeeded Y, not R
                if subj_m is None and not his and t - 2 == self.lo and \
                        self.key(t - 1) == "قد" and self.key(t - 2) in _AR_KANA_OPEN:
                    # "وكان قد خلف Y في 2022": the dropped subject is the previous sentence's
                    subj_m = self._prev_subject(exclude=obj_m.eid)
                if subj_m is None:
                    after2 = self.after(obj_m.hi, types=("Person",), maxgap=2) or \
                        _after_time_phrase(self, obj_m.hi)  # "وخلف X، خلال الأسبوع الماضي، Y"
                    if after2 is None and (k := past_aside_ar(self, obj_m.hi)) > obj_m.hi:
                        # "خلف X، الذي قاد الجيش منذ 2017، Y" / "، بحسب الدستور،" / "(...)" (s55)
                        after2 = self.after(k, types=("Person",), maxgap=2)
                    if after2 is None:  # "ويخلف X، رجل الأعمال ووزير الفلاحة، Y" (s64)
                        after2 = person_past_apposition_ar(self, obj_m)
                    aside, past = past_kin_aside_ar(self, obj_m, after2) if after2 is not None \
                        else (False, None)
                    if aside:  # "وخلف X، شقيق Y، Z": Z, not X's brother Y (session 53)
                        if past is None:
                            continue
                        after2 = past
                    if after2 is None and self.toks[t].key.startswith(("ليخلف", "لتخلف")):
                        # "انتخب المجلس X رئيساً له ...، ليخلف Y": the one elected / named
                        subj_m = self._free_person_before(t, maxgap=25)
                        if subj_m is not None and side_role_ar(self, subj_m):
                            subj_m = holder_not_side_ar(self, t, subj_m)  # "أمام Z، ليخلف Y"
                        if subj_m is None or subj_m.eid == obj_m.eid:
                            continue
                    elif after2 is None:
                        subj_m = sole_subject_before_ar(self, t, obj_m)  # "قُتل X بعد أن خلف Y"
                        if subj_m is None:
                            continue
                    else:
                        subj_m, obj_m = obj_m, after2
                if not his:  # "فاز X على Y، ليخلف Z": X (succession_rivals.py)
                    subj_m = beaten_rival_winner(self, subj_m) or subj_m
                if his and subj_m is not obj_m:
                    # "أشاد X بخلفه Y" / "سلّم X القيادة إلى خلفه Y": Y is X's successor
                    subj_m, obj_m = obj_m, subj_m
                if not self._blocked_unless_decided(t, subj_m):
                    self.add("SUCCESSOR_OF", subj_m.eid, obj_m.eid, "khalafa_ar")
                    self.dependent.add(id(obj_m))
                continue
            became = became_subject_ar(self, t) if fs & AR_BECAME else None
            if fs & _AR_TAKE_OR_HOLD or became is not None:
                since_only = bool(fs & _AR_LEADS_SINCE)
                rel_end = relative_clause_end_ar(self, t)
                for x in range(t + 1, min(self.hi, t + 14, rel_end)):
                    if self.f(x) & _C6 and not (since_only and self.key(x) != "منذ"):
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
                        pron_dead = False
                        if self.key(x) in ("بعد", "عقب") and self.key(y) in ("ان", "أن") and \
                                self.f(y + 1) & _AR_GONE_VERB:
                            y += 1  # "بعد أن تنازل له والده Y": read like "عندما تنازل"
                        if self.f(x) & _AR_WHEN or y > y0:
                            if not self.f(y) & _AR_GONE_VERB or any(
                                    self.toks[z].punct or self.key(z) in _AR_REL_ALL
                                    for z in range(t + 1, x)):
                                continue  # ("خلفاً لـW، الذي كان قائداً حين قُتل Y": W's)
                            y += 1
                            y0 = y - 1
                        while y < self.hi and self.f(y) & _C7:
                            y += 1
                        if y > y0 and y < self.hi and self.f(y) & _C7_TAIL and \
                                y not in self.mention_at:
                            y += 1  # "منذ إنهاء عضوية Y"
                        if y == y0 and self.key(x) == "منذ":
                            continue  # "تولى المنصب منذ 2019": no loss stated
                        if self.f(y0) & _AR_DEATH_HIS_OR_EVENT:
                            # "تولى X القيادة بعد مقتله / بعد الغارة": whom the text said died
                            dead = deceased_person(self.doc, self.si, t, back=3)
                            if dead is None:
                                break
                            old = _DeadRef(dead)
                            pron_dead = True
                        elif y == y0:
                            old = _person_right_after(self, y)
                            if old is None:
                                continue  # "تسلّم X الوزارة بعد Y": Y held it before
                        else:
                            old = self.after(y, types=("Person",), maxgap=4)
                        new = became or self.before(t, types=("Person",), maxgap=6) or \
                            apposed_subject_ar(self, t)  # "وكان X، ...، قد تولى"
                        own = taking_with_pronoun(self, x, None) if fs & _AR_TAKING_HIS \
                            else None
                        if own is False:
                            break
                        if own is not None:
                            new = own  # "منذ تولّيه الحقيبة بعد مصرع Y": the -ه
                        if fs & _AR_APPOINT_NOUN or _taking_noun(self, t):
                            # "أعلن K تعيين X ... بعد مقتل Y", "صادق K على تولي X مهام ..."
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
                        elif fs & _AR_TAKE_VERB:
                            vso = self.after(t + 1, types=("Person",), maxgap=2)
                            if vso is not None and vso is not old and \
                                    not self.has_prep(vso, _AR_PREPS_S):
                                new = vso  # "، فيما تسلّم X الوزارة بعد Y": X, not before
                        if old is None and y > y0:  # "بعد وفاة والده": his relative (s69)
                            old = kin_after_loss_ar(self, y, new)
                        if pron_dead and new is not None and _pronoun_taken(self, t, x, new):
                            break  # "عُيّن خلفاً لـY عقب مقتله": the -ه is Y (khalafan_ar)
                        if old and new and old.eid != new.eid and not self.blocked(t, new):
                            self.add("SUCCESSOR_OF", new.eid, old.eid, "took_over_after_ar")
                        break
