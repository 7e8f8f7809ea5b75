"""Relation patterns in Arabic and English over tokens and mentions of one sentence.

Each rule adds :class:`~loaders.extract.rel.Rel` objects with the direction of the vocabulary
(SUCCESSOR_OF successor -> predecessor, ASSASSINATED_BY victim -> perpetrator, ...). Negated or
hypothetical statements ("did not meet", "لم يلتق", "will visit", "سيزور") produce nothing,
and neither does a killing whose agent the text does not name.

This module holds :class:`SentenceCore`, one sentence's state and the helpers every rule
uses, composed of:

- ``sentence_base.py`` ``SentenceBase``: the sentence's mentions, the positions of its trigger
  words (``_index_triggers``, ``triggers``), ``f``/``key``/``key_set``, ``add``, ``has_prep``,
  ``nat_agent``, ``refresh``;
- ``subjects.py`` ``SubjectHelpers``: ``before``/``after``/``subject_before``, appositions,
  carried subjects, pronouns and antecedents;
- ``chains.py`` ``ChainHelpers``: ``chain`` for lists;
- ``modality.py`` ``ModalityHelpers``: ``negated``/``hypothetical``/``blocked``, over the
  per-token cue flags of ``sentence_cues.py``;
- ``rel.py``: ``Rel`` (one relation) and ``trigger_sets``;

and :class:`SentenceRules`, whose ``run()`` is the ordered list of the rule families, with the
gates that skip a rule on sentences without its cues (``_gate``, ``_open_gates``). The rules
live in one module per relation they recognise (each lists its constructions):

- ``succession_rules.py`` SUCCESSOR_OF, ``meetings.py`` MET_WITH, ``killing_rules.py``
  ASSASSINATED_BY, ``leadership.py`` LEADS / MEMBER_OF (and ``part_of_rules.py`` PART_OF, one of
  its bases), ``places.py`` VISITED (and ``located_in_rules.py`` LOCATED_IN), ``support.py`` SUPPORTS, ``withdrawals.py`` WITHDREW_FROM, ``reports.py`` REPORTED_BY,
  ``attacks.py`` ATTACKED: mixin classes (methods of ``SentenceRules``): their methods read
  the sentence's state and call the helpers of ``SentenceCore`` (``triggers``, ``before``,
  ``after``, ``chain``, ``blocked``, ``add`` ...); ``SentenceRules.run`` calls their entry
  points in order, and a rule decorated with ``@needs`` (:mod:`loaders.extract.dispatch`) runs
  only on sentences holding one of its cue words or entity types;
- ``core_recall*.py``, ``core_context.py``, ``core_wire_rules.py`` and the ``kill_*`` modules
  run by ``killings.py``: plain functions over a ``SentenceRules`` instance (``sr``) for rarer
  constructions and partners named outside the clause;
- ``rule_common.py``: word sets and token forms shared by several of these modules;
  ``dispatch.py``: ``@needs`` (skip a rule on sentences without its cue words).
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.accompanied_next_en import accompanied_next_en
from loaders.extract.attacks import AttackRules
from loaders.extract.chains import ChainHelpers
from loaders.extract.context_killings import WITH_HIM_KEYS
from loaders.extract.core_context import (
    context_rules,
    killing_context_rules,
)
from loaders.extract.core_wire_rules import RULE_CUES as _WIRE_RULE_CUES
from loaders.extract.core_wire_rules import (
    WIRE_CUES,
    group_members_met,
    guest_subject_met,
    inverted_killed_en,
    killed_when_struck_ar,
    more_kills_en,
    named_to_succeed_en,
    org_roles_en,
    pair_during_meeting_en,
    result_killing_ar,
    told_visiting_en,
    visited_more,
    wire_successor,
)
from loaders.extract.dispatch import _DISPATCH
from loaders.extract.gapped_objects import gapped_more
from loaders.extract.kill_agents_ar import strike_killed_him_ar
from loaders.extract.kill_as_we_did import AR_DID_TO, EN_DID_TO, as_we_did_to
from loaders.extract.kill_before_being import CUES as _BB_CUES
from loaders.extract.kill_before_being import before_being_killed
from loaders.extract.kill_claim_later import LATER_CUES as _LATER_CUES
from loaders.extract.kill_claim_later import carried_out_later
from loaders.extract.kill_claim_opening_ar import OPENING_CUES as _OPENING_CUES
from loaders.extract.kill_claim_opening_ar import claimed_opening_ar
from loaders.extract.kill_denied import DENIED_CUES, denied_killings
from loaders.extract.kill_gunman_ar import GUNMAN_CUES as _GUNMAN_CUES
from loaders.extract.kill_gunman_ar import gunman_named_ar
from loaders.extract.kill_with_him import killed_with_him_more
from loaders.extract.killing_rules import KillingRules
from loaders.extract.killings import more_killings
from loaders.extract.leadership import LeadershipRules
from loaders.extract.meeting_all_sides import CUE_SETS as _SIDES_CUES
from loaders.extract.meeting_all_sides import all_sides_met, counted_meeting_before
from loaders.extract.meeting_among_them_next import AR_AMONG_THEM, EN_AMONG_THEM, among_them_next
from loaders.extract.meeting_as_did_en import as_did_en
from loaders.extract.meeting_assessment_ar import AR_ASSESSMENT, assessment_with_ar
from loaders.extract.meeting_assessment_en import EN_ASSESSMENT, assessment_with_en
from loaders.extract.meeting_attended import CUE_SETS as _ATTEND_CUES
from loaders.extract.meeting_attended import attended_meeting
from loaders.extract.meeting_attended_opening_en import EN_ATTENDED_BY, attended_opening_en
from loaders.extract.meeting_audiences_attended import remember_series
from loaders.extract.meeting_body_side import AR_HEADS, EN_HEADS, body_side
from loaders.extract.meeting_briefed import AR_BRIEF, EN_BRIEF, briefed_by
from loaders.extract.meeting_came_during_ar import AR_CAME, came_during_dual_ar
from loaders.extract.meeting_carried import carry_meeting
from loaders.extract.meeting_checks import CUE_SETS as _UNMET_CUES
from loaders.extract.meeting_checks import unmet_partners
from loaders.extract.meeting_co_attendees import co_attendees
from loaders.extract.meeting_co_subjects import co_subjects
from loaders.extract.meeting_companion_after_ar import AR_ACCOMPANIED, companion_after_ar
from loaders.extract.meeting_companion_aside_ar import AR_IN_COMPANY, companion_aside_ar
from loaders.extract.meeting_companions import AR_PLURAL, EN_PLURAL, companions_met
from loaders.extract.meeting_comprised_ar import AR_COMPRISED, comprised_meeting_ar
from loaders.extract.meeting_convened_ar import AR_ATTENDED_BY, convened_attended_ar
from loaders.extract.meeting_convened_aside_ar import convened_aside_ar
from loaders.extract.meeting_conversation import AR_CONVERSATION, EN_CONVERSATION, conversation_met
from loaders.extract.meeting_coreceived import (
    AR_COREC,
    AR_TOGETHER,
    EN_COREC,
    EN_TOGETHER,
    coreceived,
    together_objects,
)
from loaders.extract.meeting_delegation_member_ar import (
    AR_COMPRISED_DELEGATION,
    delegation_member_ar,
)
from loaders.extract.meeting_delegations_of_en import EN_DELEGATIONS, delegations_of_en
from loaders.extract.meeting_direct_talk import AR_DIRECT, EN_DIRECT, direct_talk
from loaders.extract.meeting_dual_delegations import (
    AR_DUAL_DELEGATIONS,
    EN_DUAL_DELEGATIONS,
    dual_delegations,
)
from loaders.extract.meeting_dual_title_ar import AR_DUAL_TITLES, dual_title_ar
from loaders.extract.meeting_fallback import meeting_fallback
from loaders.extract.meeting_flanked_en import EN_FLANKED, flanked_by_en
from loaders.extract.meeting_fronted_hosted_en import EN_HOSTED_BY, fronted_hosted_en
from loaders.extract.meeting_handover_ar import AR_HANDOVER, handover_met_ar
from loaders.extract.meeting_handover_en import EN_HANDOVER, handover_met_en
from loaders.extract.meeting_held_jointly_ar import (
    AR_HOLD_JOINTLY,
    held_jointly_ar,
    held_with_ar,
)
from loaders.extract.meeting_home import AR_HOME, EN_HOME, home_meeting
from loaders.extract.meeting_host import CUE_SETS as _HOST_CUES
from loaders.extract.meeting_host import hosted_meeting
from loaders.extract.meeting_hosted_guests import EN_RECEIVED, three_guests_en
from loaders.extract.meeting_including_members import AR_INCLUDING, EN_INCLUDING, including_members
from loaders.extract.meeting_joins_them import AR_JOINS, joins_them_ar
from loaders.extract.meeting_led_sides_en import EN_LED, led_sides_en
from loaders.extract.meeting_oath_ar import AR_SWORE, oath_before_ar
from loaders.extract.meeting_oath_attended_ar import AR_CEREMONY, oath_attended_ar
from loaders.extract.meeting_oath_en import EN_SWORN, oath_en
from loaders.extract.meeting_of_whom_en import EN_OF_WHOM, of_whom_met_en
from loaders.extract.meeting_one_meeting import (
    AR_ONE_MEETING,
    EN_ONE_MEETING,
    one_meeting_objects,
)
from loaders.extract.meeting_present_more import EN_PRESENT_MORE as _PRESENT_MORE_CUES
from loaders.extract.meeting_present_more import present_more
from loaders.extract.meeting_present_when_en import EN_PRESENT, present_when_en
from loaders.extract.meeting_press import dual_subject_met_ar
from loaders.extract.meeting_pronoun_co import (
    has_he_and,
    opens_with_pronoun_and,
    pronoun_co_subject,
    reciprocal_pronoun_pair,
)
from loaders.extract.meeting_respectively import CUE_SETS as _RESP_CUES
from loaders.extract.meeting_respectively import respectively_pairs
from loaders.extract.meeting_separately_ar import AR_APART, separately_ar
from loaders.extract.meeting_shuttle import AR_SHUTTLE, EN_SHUTTLE, shuttled_between
from loaders.extract.meeting_talk_verbs_ar import talk_verbs_ar
from loaders.extract.meeting_then_far_ar import AR_THEN, then_far_ar
from loaders.extract.meeting_titled_lists import complete_meeting_lists
from loaders.extract.meeting_took_part_ar import took_part_ar
from loaders.extract.meeting_toured_with_ar import toured_with_ar
from loaders.extract.meeting_trailing_companions_en import (
    EN_TRAILING,
    aside_companions_en,
    trailing_companions_en,
)
from loaders.extract.meeting_two_delegations import (
    AR_BETWEEN_SIDES,
    EN_BETWEEN_SIDES,
    two_delegations,
)
from loaders.extract.meeting_two_separate import (
    AR_TWO_MEETINGS,
    EN_TWO_MEETINGS,
    two_separate_meetings,
)
from loaders.extract.meeting_visitor import visitor_meetings
from loaders.extract.meeting_with_both_ar import AR_WITH_BOTH, with_both_ar
from loaders.extract.meetings import MeetingRules
from loaders.extract.meetings_ar import meetings_ar
from loaders.extract.meetings_en import meetings_en
from loaders.extract.modality import ModalityHelpers
from loaders.extract.places import _VISIT_SETS, _WAS_SETS, PlaceRules
from loaders.extract.plural_refs import unheld_ref_meeting
from loaders.extract.rel import Rel
from loaders.extract.reports import ReportRules
from loaders.extract.strike_refs import among_the_dead, named_the_dead, note_strike_agents
from loaders.extract.subjects import SubjectHelpers
from loaders.extract.succession_fronted_taking import FRONT_OPEN_EN, fronted_taking_en
from loaders.extract.succession_post_between_ar import post_between_ar
from loaders.extract.succession_preceded_ar import preceded_him_ar
from loaders.extract.succession_rules import SuccessionRules
from loaders.extract.successions import ANY_CUES as _SUCCESSION_CUES
from loaders.extract.successions import more_successions
from loaders.extract.support import SupportRules
from loaders.extract.withdrawals import WithdrawalRules

_NO_MEETING = (-9, ())  # doc.state["met_out"] before any meeting was read (meeting_carried)


class SentenceCore(SubjectHelpers, ChainHelpers, ModalityHelpers):
    """One sentence's state and the helpers the rule families share (the state and basic
    helpers: ``SentenceBase``; subjects, lists, modality: the mixins, see the module doc)."""


class SentenceRules(SuccessionRules, MeetingRules, KillingRules, LeadershipRules, PlaceRules,
                    SupportRules, WithdrawalRules, ReportRules, AttackRules, SentenceCore):
    """Applies all rules to one sentence: the rule families (one module each, see the module
    doc) over the shared state and helpers of :class:`SentenceCore`."""

    def _remember_meeting(self, n_met: int) -> None:
        """Keep this sentence's meeting (its MET_WITH relations from *n_met* on) as the
        latest one, for the next sentence's attendees (not a sentence that only told a
        killing or a succession: session 54); else carry the one read in the sentence before
        when this one speaks of it (``meeting_carried``)."""
        for r in self.out[n_met:]:  # (a loop, not any(): no generator per sentence)
            if r.type == "MET_WITH":
                state = self.doc.state  # (and the one before: "the two" in plural_refs)
                state["met_prev"] = state.get("met_out", _NO_MEETING)
                state["met_out"] = (self.si, self.out)
                remember_series(state, self.si, self.out)  # (meeting_audiences_attended)
                return
        # (carry_meeting's first test made here: a meeting read in the sentence before)
        if self.doc.state.get("met_out", _NO_MEETING)[0] == self.si - 1:
            carry_meeting(self)  # "X met Y. The meeting lasted an hour. H hosted the talks"

    def run(self) -> list[Rel]:
        """The rule families in order (the order matters: a later rule reads what an earlier
        one noted, e.g. the victims and visitors of the sentence, or the description mention
        that ``successor()`` adds).

        The ``@needs`` rules are called through their gate tuples (``_G_*``, built below the
        class from each rule's declaration): the test ``dispatch.needs`` makes in its wrapper,
        written out here so that a skipped rule costs no Python call (speed); which gates
        are open is looked up once per sentence (``_open_gates``)."""
        if _DISPATCH.on:  # (_open_gates' cache looked up here first: no call per sentence)
            got = _OPEN_GATES.get((frozenset(self.present_sets), frozenset(self.mention_types)))
            gates, cues = got if got is not None else _open_gates(self.present_sets,
                                                                  self.mention_types)
        else:
            gates = _ALL_OPEN  # all_rules_run(): every rule runs
            cues = _cues_present(self.present_sets)  # (the rules gated in run() alone)
        if not self.ments:
            if gates[_ASSASSINATED]:  # only "The two men were killed ..." can relate here
                _G_ASSASSINATED[0](self)
            if gates[_MEETINGS_EN]:  # or "The three leaders then held talks"
                _G_MEETINGS_EN[0](self)
            if self._refs and gates[_MET_WITH] and not unheld_ref_meeting(self):
                _G_MET_WITH[0](self)  # or "A meeting between the two men lasted" (s63)
            if self.toks[self.lo].ar:
                strike_killed_him_ar(self)  # or "وقال مسؤول إن طائرة أميركية اغتالته"
                if self.f(self.lo) & AR_CAME:
                    came_during_dual_ar(self)  # or "جاء ذلك خلال لقائهما" (meeting_came_during_ar)
                if self._refs:
                    dual_subject_met_ar(self)  # or "وبحث الجانبان ..." (meeting_press.py)
                    if AR_HOLD_JOINTLY in self._by_ar:  # or "وعقد سموه مع فخامته جلسة
                        held_with_ar(self)  # مباحثات" (meeting_held_jointly_ar)
            if gates[_STRIKE_AGENTS]:
                _G_STRIKE_AGENTS[0](self)  # "Israeli jets pounded the area overnight."
            if cues[_C_ALL_SIDES]:
                counted_meeting_before(self)  # or "The trilateral meeting was held ..." (meeting_all_sides)
            self._remember_meeting(0)  # "He was greeted by Y. The two met for an hour. Z was
            # in the room": the meeting of "the two" for the next sentence (session 64)
            return self.out
        # core_wire_rules.py: one trigger lookup for all of its rules
        wire = _WIRE_AR in self._by_ar or _WIRE_EN in self._by_en  # wire_rules_triggered
        en = not self.toks[self.lo].ar

        # SUCCESSOR_OF: succession_rules.py, wire_succession.wire_successor
        if gates[_SUCCESSOR]:
            _G_SUCCESSOR[0](self)
            post_between_ar(self)  # succession_post_between_ar.py: "خلف X في المنصب Y"
        if gates[_PRECEDED]:
            _G_PRECEDED[0](self)  # succession_preceded_ar.py: "X، سبقه في المنصب Y"
        if cues[_C_SUCCESSIONS] or (
                not en and self.out):  # (its own tests, without a call on most sentences)
            more_successions(self)  # "took over X from Y", "whom X succeeded", "تسلّم ... من Y"
        if en and self.toks[self.lo].key in FRONT_OPEN_EN:
            fronted_taking_en(self)  # succession_fronted_taking.py: "Since taking over from Y, X"
        if wire:
            wire_successor(self)
        if len(self.doc.by_sent.get(self.si, ())) != len(self.ments):
            self.refresh()  # successor() added a description mention
            if gates is not _ALL_OPEN:  # (the gates with entity types may open now)
                gates = _open_gates(self.present_sets, self.mention_types)[0]

        # MET_WITH: meetings.py, core_wire_rules
        n_met = len(self.out)
        if gates[_MET_WITH]:
            _G_MET_WITH[0](self)
        if gates[_TALK_VERBS_AR]:
            _G_TALK_VERBS_AR[0](self)  # meeting_talk_verbs_ar.py: "استعرض X مع Y", "X وY يبحثان"
        if cues[_C_OATH]:
            oath_before_ar(self)  # "أدى X اليمين أمام Y" (meeting_oath_ar)
            oath_en(self)  # "X was sworn in before Y, in the presence of A" (meeting_oath_en)
        if wire:  # (each rule of core_wire_rules behind its own cue words: _wire_gate)
            if gates[_W_GROUP_MEMBERS]:
                group_members_met(self, L.AR_MEET, L.EN_MEET)
            if gates[_W_GUEST_SUBJECT]:
                guest_subject_met(self)
            if en and gates[_W_PAIR_DURING]:
                pair_during_meeting_en(self)
            if en and gates[_W_TOLD_VISITING]:
                told_visiting_en(self)
        if EN_DELEGATIONS in self._by_en:  # (before the attendees: "..., in the presence of Z")
            delegations_of_en(self)  # "met the delegations of A and B" (meeting_delegations_of_en)
        if EN_HOSTED_BY in self._by_en:
            fronted_hosted_en(self)  # "At talks hosted by H, A and B agreed" (meeting_fronted_hosted_en)
        if gates[_MEETINGS_EN]:  # meetings_en.py: delegations, hosted summits, "the two leaders"
            _G_MEETINGS_EN[0](self)
        if EN_PRESENT in self._by_en and len(self.out) > n_met:
            present_when_en(self)  # "Z was also present when H received G" (meeting_present_when_en)

        # ASSASSINATED_BY: killing_rules.py (KillingRules), core_context, core_wire_rules
        n_out = len(self.out)
        if gates[_ASSASSINATED]:
            _G_ASSASSINATED[0](self)
        if not _BB_CUES.isdisjoint(self.present_sets):
            before_being_killed(self)  # kill_before_being.py: "X ... قبل أن يُقتل في غارة Y"
        if len(self.out) > n_out and not DENIED_CUES.isdisjoint(self.present_sets):
            denied_killings(self, n_out)  # kill_denied.py: "زعمت مقتل X، وهو ما نفته Z"
        if self.doc.kill_agents:  # (it relates only after a killing with an agent)
            ks = self._key_set  # (= self.key_set(), without the call once made)
            if not WITH_HIM_KEYS.isdisjoint(ks if ks is not None else self.key_set()):
                killing_context_rules(self)  # "وقُتل معه X", "Also killed was X"
            if gates[_KILLED_WITH_HIM]:
                _G_KILLED_WITH_HIM[0](self)  # "Y died with him", "وارتقى معه Y" (kill_with_him)
        if wire and en:
            inverted_killed_en(self)
            if gates[_W_MORE_KILLS]:
                more_kills_en(self)
            if gates[_W_NAMED_TO_SUCCEED]:
                named_to_succeed_en(self)  # (SUCCESSOR_OF)
        elif wire:
            if gates[_W_RESULT_KILLING]:
                result_killing_ar(self)
            if gates[_W_KILLED_WHEN_STRUCK]:
                killed_when_struck_ar(self)

        # partners not named in the clause, of any type: core_context.py
        if gates[_CONTEXT]:  # pronoun partners, quotation speakers
            _G_CONTEXT[0](self)
        if gates[_MEETINGS_AR]:  # Arabic delegations, late subjects, ثم-lists (meetings_ar.py)
            _G_MEETINGS_AR[0](self)
        if len(self.out) > n_met:
            complete_meeting_lists(self, n_met)  # "met X and the army chief of staff, Y"
            if opens_with_pronoun_and(self):  # "He and Y then met Z" (meeting_pronoun_co)
                pronoun_co_subject(self, n_met)
        if en and has_he_and(self):  # "where he and Y signed a memorandum" (meeting_pronoun_co)
            reciprocal_pronoun_pair(self)
        if gates[_FALLBACK]:  # a meeting sentence no rule read (meeting_fallback.py)
            _G_FALLBACK[0](self)
        if gates[_VISITOR]:  # "وصل X ...، حيث استقبله Y، ثم التقى Z": X met Z
            _G_VISITOR[0](self)
        if gates[_UNMET] and self.out:  # (it only drops MET_WITH pairs)
            unmet_partners(self)  # "a meeting with X did not take place", "مبعوث الرئيس X"
        if EN_HANDOVER in self._by_en:
            handover_met_en(self)  # "X handed over to Y in a ceremony attended by A" (meeting_handover_en)
        elif AR_HANDOVER in self._by_ar:
            handover_met_ar(self)  # "تسلّم X مهامه من سلفه Y خلال مراسم" (meeting_handover_ar)
        if AR_ATTENDED_BY in self._by_ar:  # (after unmet_partners: it drops who is only present)
            convened_attended_ar(self)  # "عقد X اجتماعاً بحضور A وB" (meeting_convened_ar)
            convened_aside_ar(self)  # "عقد X، أمس في P، الاجتماع ...، بمشاركة A وB" (meeting_convened_aside_ar)
        if AR_HOLD_JOINTLY in self._by_ar:
            held_jointly_ar(self)  # "عقد A وB جلسة مباحثات" (meeting_held_jointly_ar)
            held_with_ar(self)  # "وعقد سموه مع فخامته جلسة مباحثات" (meeting_held_jointly_ar)
        if AR_CEREMONY in self._by_ar:
            oath_attended_ar(self)  # "أدى X اليمين أمام Y. وحضر المراسم A" (meeting_oath_attended_ar)
        # the rules below, each behind its own cue words, are skipped at once when the
        # sentence holds none of them (most sentences: one test, not twenty)
        if cues[_C_MEETING_MORE]:
            if cues[_C_ATTENDED]:  # (its @needs, without a call)
                _attended_meeting(self)  # "كما حضر الاجتماع X", "X also attended" (meeting_attended)
            if cues[_C_PRESENT_MORE]:
                present_more(self)  # "Also present were X", "joined by X" (meeting_present_more)
            if cues[_C_JOINS]:
                joins_them_ar(self)  # "وانضم إليهما X" (meeting_joins_them)
            if cues[_C_BRIEFED]:
                briefed_by(self)  # "X was briefed by Y", "استمع X من Y إلى شرح" (meeting_briefed)
            if cues[_C_SHUTTLED]:
                shuttled_between(self)  # "X shuttled between A and B" (meeting_shuttle)
            if cues[_C_DIRECT]:
                direct_talk(self)  # "A and B spoke directly in the presence of C" (meeting_direct_talk)
            if cues[_C_COMPANION_ASIDE]:
                companion_aside_ar(self)  # "ويلتقي، برفقة C، A وB" (meeting_companion_aside_ar)
                toured_with_ar(self, AR_IN_COMPANY)  # "وزار X P برفقة Y" (meeting_toured_with_ar)
            if cues[_C_LED_SIDES]:
                led_sides_en(self)  # "talks ... were led by A and by B" (meeting_led_sides_en)
            if cues[_C_HOSTED]:
                hosted_meeting(self)  # "في لقاء ترأسه H", "H, who hosted the meeting" (meeting_host)
            if cues[_C_COMPRISED]:
                comprised_meeting_ar(self)  # "اجتماعات ضمّت A وB وC" (meeting_comprised_ar)
                took_part_ar(self)  # "جولة مفاوضات ...، شارك فيها A، وB" (meeting_took_part_ar)
            if cues[_C_CORECEIVED]:
                coreceived(self)  # "A and B were received together by Q" (meeting_coreceived)
            if cues[_C_TOGETHER] and len(self.out) > n_met:
                together_objects(self)  # "X met A and B together" (meeting_coreceived)
            if cues[_C_INCLUDING] and len(self.out) > n_met:
                including_members(self)  # "met leaders, including A and B" (meeting_including_members)
            if cues[_C_BODY_SIDE]:
                body_side(self)  # "met with the leaders of O" (meeting_body_side)
            if cues[_C_COMPANIONS]:
                companions_met(self)  # "X travelled with A, and the two met Y" (meeting_companions)
            if cues[_C_SEPARATELY]:
                separately_ar(self)  # "والتقى A وB كلاً على حدة" (meeting_separately_ar)
            if cues[_C_ALL_SIDES]:
                all_sides_met(self, n_met)  # "في قمة ثلاثية", "the three then met" (meeting_all_sides)
            if cues[_C_RESPECTIVELY] and len(self.out) > n_met:
                respectively_pairs(self)  # "A1 and A2 met B1 and B2, respectively"
            if cues[_C_ONE_MEETING] and len(self.out) > n_met:
                one_meeting_objects(self)  # "التقى X A وB، في اجتماع" (meeting_one_meeting)
            if cues[_C_HOME] and len(self.out) > n_met:
                home_meeting(self, n_met)  # "met A and B at A's home" (meeting_home)
        if AR_ACCOMPANIED in self._by_ar and len(self.out) > n_met:
            companion_after_ar(self, n_met)  # "استقبل X Y يرافقه C" (meeting_companion_after_ar)
        if cues[_C_ASSESSMENT]:
            assessment_with_en(self)  # "X held an assessment with A and B" (meeting_assessment_en)
        if AR_ASSESSMENT in self._by_ar:
            assessment_with_ar(self)  # "أجرى X تقييماً للوضع مع A وB" (meeting_assessment_ar)
        if cues[_C_ATTENDED_BY]:
            attended_opening_en(self)  # "The meeting was attended by A and B" (meeting_attended_opening_en)
        if gates[_ACCOMPANIED_NEXT]:
            _G_ACCOMPANIED_NEXT[0](self)  # "X met Y. A accompanied X" (accompanied_next_en)
        if cues[_C_TRAILING] and len(self.out) > n_met:
            trailing_companions_en(self)  # "X met Y, joined by A" (meeting_trailing_companions_en)
            aside_companions_en(self)  # "X, accompanied by A, met Y" (meeting_trailing_companions_en)
        if len(self.out) > n_met + 2:
            co_attendees(self, n_met)  # "بحضور A وB": A-B (meeting_co_attendees)
        if len(self.out) > n_met + 1:
            co_subjects(self, n_met)  # "A and B met Y": A-B (meeting_co_subjects)
        if EN_RECEIVED in self._by_en and len(self.out) > n_met + 2:
            three_guests_en(self, n_met)  # "H received A, B and C" (meeting_hosted_guests)
        if EN_OF_WHOM in self._by_en:
            of_whom_met_en(self, n_met)  # "A, B and C, all of whom had met X" (meeting_of_whom_en)
        if EN_FLANKED in self._by_en:
            flanked_by_en(self, n_met)  # "X, flanked by A and B": all met (meeting_flanked_en)
        if len(self.out) > n_met:
            as_did_en(self, n_met)  # "A joined the meeting, as did Z" (meeting_as_did_en)
        if AR_THEN in self._by_ar and len(self.out) > n_met:
            then_far_ar(self, n_met)  # "التقى X A، لبحث ...، ثم B" (meeting_then_far_ar)
        if len(self.out) > n_met:
            gapped_more(self, n_met, "MET_WITH", "met_gapped")  # "met A on Monday and B on Friday"
        if AR_AMONG_THEM in self._by_ar or EN_AMONG_THEM in self._by_en:
            among_them_next(self)  # "H hosted Arab leaders. Among them were A and B" (meeting_among_them_next)
        if AR_WITH_BOTH in self._by_ar and len(self.out) > n_met + 1:
            with_both_ar(self, n_met)  # "استقبل H A وB، وبحث معهما": A-B (meeting_with_both_ar)
        if AR_DUAL_TITLES in self._by_ar:
            dual_title_ar(self, n_met)  # "استقبل S وزيري خارجية فرنسا A وألمانيا B" (meeting_dual_title_ar)
        if AR_COMPRISED_DELEGATION in self._by_ar:
            delegation_member_ar(self, n_met)  # "... برئاسة A. وضم الوفد C" (meeting_delegation_member_ar)
        if AR_CONVERSATION in self._by_ar or EN_CONVERSATION in self._by_en:
            conversation_met(self)  # "held a private conversation with Y" (meeting_conversation)
        if AR_TWO_MEETINGS in self._by_ar or EN_TWO_MEETINGS in self._by_en:
            two_separate_meetings(self)  # "اجتماعين، الأول مع A، والثاني مع B" (meeting_two_separate)
        if AR_BETWEEN_SIDES in self._by_ar or EN_BETWEEN_SIDES in self._by_en:
            two_delegations(self)  # "talks between a delegation headed by A and one led by B"
        if AR_DUAL_DELEGATIONS in self._by_ar or EN_DUAL_DELEGATIONS in self._by_en:
            dual_delegations(self)  # "received the two delegations, headed by A and B"
        self._remember_meeting(n_met)
        if gates[_MORE_KILLINGS]:  # killings.py: lists, orderers, the same strike
            _G_MORE_KILLINGS[0](self, n_out)
        if "unclaimed" in self.doc.state and cues[_C_CLAIMED_LATER]:
            carried_out_later(self)  # kill_claim_later.py: "X was killed. Y carried out the strike"
            claimed_opening_ar(self)  # kill_claim_opening_ar.py: "قُتل X. وتبنّى Y العملية"
            gunman_named_ar(self)  # kill_gunman_ar.py: "قُتل X. وكان Z قد أطلق النار على X"
        if (self.doc.kill_agents or "strike_agents" in self.doc.state) and \
                gates[_AMONG_DEAD]:  # "Among the dead was X": the strike told before
            _G_AMONG_DEAD[0](self)
        if gates[_NAMED_DEAD]:  # "The military named the dead as X and Y" (the strike told
            _G_NAMED_DEAD[0](self)  # before), «هويتي القتيلين في الغارة التركية، وهما X وY»
        if (self.doc.kill_agents or "strike_agents" in self.doc.state) and \
                (AR_DID_TO in self._by_ar or EN_DID_TO in self._by_en):
            as_we_did_to(self)  # kill_as_we_did.py: "just as we did to A, B and C"
        if gates[_STRIKE_AGENTS]:  # strike_refs.py: "A U.S. drone struck the convoy."
            _G_STRIKE_AGENTS[0](self)

        # LEADS / MEMBER_OF / PART_OF: leadership.py, wire_roles_visits.org_roles_en
        if gates[_LEADS_MEMBER]:
            _G_LEADS_MEMBER[0](self)
        if wire and en and gates[_W_ORG_ROLES]:
            org_roles_en(self)
        if gates[_LEAD_VERBS]:
            _G_LEAD_VERBS[0](self)
        if gates[_GROUP_HE_LED]:
            _G_GROUP_HE_LED[0](self)
        if gates[_WHOSE_GROUP]:
            _G_WHOSE_GROUP[0](self)
        if gates[_WHOSE_ORG]:
            _G_WHOSE_ORG[0](self)
        if gates[_PART_OF]:
            _G_PART_OF[0](self)

        # VISITED: places.py, wire_roles_visits.visited_more
        if cues[_C_VISITED] or not _DISPATCH.on or self.out and (
                "Location" in self.mention_types or "Country" in self.mention_types):
            self.visited()  # (else it does nothing: without its cue words only _met_abroad
            # can read, a meeting placed in a city or country named here)
        if wire and gates[_W_VISITED_MORE]:
            visited_more(self)

        # SUPPORTS: support.py; WITHDREW_FROM: withdrawals.py; LOCATED_IN: places.py;
        # REPORTED_BY: reports.py; ATTACKED: attacks.py (the gates of _G_LAST written out:
        # no loop over them per sentence)
        if gates[_LAST]:
            _G_SUPPORTS[0](self)
        if gates[_WITHDREW]:
            _G_WITHDREW[0](self)
        if gates[_LOCATED_IN]:
            _G_LOCATED_IN[0](self)
        if gates[_REPORTED_BY]:
            _G_REPORTED_BY[0](self)
        if gates[_ATTACKED]:
            _G_ATTACKED[0](self)
        for r in self.out:  # who leads what, for later sentences ("X's group killed Y")
            if r.type == "LEADS":
                self.doc.state.setdefault("leads", {}).setdefault(r.source, r.target)
        return self.out


def _gate(rule: Any, kinds: bool = False) -> tuple[Any, frozenset, frozenset]:
    """(undecorated rule, word sets, entity types) of a ``@needs`` rule for ``run``; a rule
    without the declaration gets sets and types that make ``run`` call it always (its check
    reads ``not _DISPATCH.on`` last, so an ever-present set is not needed: an empty word set
    and the whole set of types a mention can have)."""
    spec = getattr(rule, "needs", None)
    if spec is None:
        return rule, _ALWAYS, _ALWAYS
    if spec.types and not kinds:
        raise TypeError(f"{rule.__name__} declares entity types: gate it with kinds=True")
    return rule.__wrapped__, spec.word_sets, spec.types


class _Always(frozenset):
    """A word/type set that meets every set (``isdisjoint`` is always False)."""

    def isdisjoint(self, other: Any) -> bool:  # noqa: ARG002
        return False


_ALWAYS = _Always()
_G_SUCCESSOR = _gate(SentenceRules.successor)
_G_MET_WITH = _gate(SentenceRules.met_with)
_G_MEETINGS_EN = _gate(meetings_en)
_G_ASSASSINATED = _gate(SentenceRules.assassinated)
_G_CONTEXT = _gate(context_rules)
_G_MEETINGS_AR = _gate(meetings_ar)
_G_MORE_KILLINGS = _gate(more_killings, kinds=True)
_G_LEADS_MEMBER = _gate(SentenceRules.leads_member, kinds=True)
_G_LEAD_VERBS = _gate(SentenceRules.lead_verbs)
_G_GROUP_HE_LED = _gate(SentenceRules._group_he_led, kinds=True)
_G_WHOSE_GROUP = _gate(SentenceRules._whose_group)
_G_WHOSE_ORG = _gate(SentenceRules._whose_org, kinds=True)
_G_PART_OF = _gate(SentenceRules.part_of, kinds=True)
_G_FALLBACK = _gate(meeting_fallback)
_G_VISITOR = _gate(visitor_meetings)
_WIRE_AR, _WIRE_EN = WIRE_CUES
_G_LAST = tuple(_gate(r, kinds=True) for r in (
    SentenceRules.supports, SentenceRules.withdrew, SentenceRules.located_in,
    SentenceRules.reported_by, SentenceRules.attacked))
_G_SUPPORTS, _G_WITHDREW, _G_LOCATED_IN, _G_REPORTED_BY, _G_ATTACKED = _G_LAST
_G_UNMET = (unmet_partners, _UNMET_CUES, frozenset())  # (meeting_checks.py: no @needs)
_G_STRIKE_AGENTS = _gate(note_strike_agents)  # strike_refs.py
_G_AMONG_DEAD = _gate(among_the_dead)
_G_NAMED_DEAD = _gate(named_the_dead)
_G_PRECEDED = _gate(preceded_him_ar)
_G_TALK_VERBS_AR = _gate(talk_verbs_ar)
_G_KILLED_WITH_HIM = _gate(killed_with_him_more)
_G_ACCOMPANIED_NEXT = _gate(accompanied_next_en)
_attended_meeting = attended_meeting.__wrapped__  # (gated in run by _ATTEND_CUES)


def _wire_gate(rule: Any) -> tuple[Any, frozenset, frozenset]:
    """The gate tuple of a rule of core_wire_rules from its cue words (``RULE_CUES``)."""
    ar, en = _WIRE_RULE_CUES[rule]
    return rule, frozenset(ws for ws in (ar, en) if ws), frozenset()


_G_WIRE = tuple(_wire_gate(r) for r in (
    group_members_met, guest_subject_met, pair_during_meeting_en, told_visiting_en,
    more_kills_en, named_to_succeed_en, result_killing_ar, killed_when_struck_ar,
    org_roles_en, visited_more))

# ---- run()'s gates, decided once per sentence --------------------------------------------
# Every gate's outcome depends only on the sentence's trigger word sets (present_sets) and
# entity types (mention_types), so one cached look-up per sentence replaces ~30
# ``isdisjoint`` tests (a sentence's present_sets only grows by a word set registered on
# first use in ``triggers()``, never one of these gates' sets, registered at import).
_RUN_GATES = (_G_SUCCESSOR, _G_MET_WITH, _G_MEETINGS_EN, _G_ASSASSINATED, _G_CONTEXT,
              _G_MEETINGS_AR, _G_FALLBACK, _G_VISITOR, _G_UNMET, _G_MORE_KILLINGS,
              _G_LEADS_MEMBER, _G_LEAD_VERBS, _G_GROUP_HE_LED, _G_WHOSE_GROUP, _G_WHOSE_ORG,
              _G_PART_OF, _G_STRIKE_AGENTS, _G_AMONG_DEAD, _G_NAMED_DEAD, _G_PRECEDED,
              _G_TALK_VERBS_AR, _G_KILLED_WITH_HIM, _G_ACCOMPANIED_NEXT, *_G_WIRE, *_G_LAST)
(_SUCCESSOR, _MET_WITH, _MEETINGS_EN, _ASSASSINATED, _CONTEXT, _MEETINGS_AR, _FALLBACK,
 _VISITOR, _UNMET, _MORE_KILLINGS, _LEADS_MEMBER, _LEAD_VERBS, _GROUP_HE_LED, _WHOSE_GROUP,
 _WHOSE_ORG, _PART_OF, _STRIKE_AGENTS, _AMONG_DEAD, _NAMED_DEAD, _PRECEDED, _TALK_VERBS_AR,
 _KILLED_WITH_HIM, _ACCOMPANIED_NEXT,
 _W_GROUP_MEMBERS, _W_GUEST_SUBJECT, _W_PAIR_DURING, _W_TOLD_VISITING, _W_MORE_KILLS,
 _W_NAMED_TO_SUCCEED, _W_RESULT_KILLING, _W_KILLED_WHEN_STRUCK, _W_ORG_ROLES, _W_VISITED_MORE,
 _LAST) = range(34)  # (positions in _RUN_GATES; _G_WIRE in its order; _G_LAST from _LAST)
_WITHDREW, _LOCATED_IN, _REPORTED_BY, _ATTACKED = range(_LAST + 1, _LAST + 5)  # (_G_LAST's)
_ALL_OPEN = (True,) * len(_RUN_GATES)

# run()'s rules gated by their cue word sets alone (no @needs gate tuple: they are called
# without a wrapper), in the same cached look-up: whether the sentence holds one of each
# rule's sets (the sets are registered at import, like the gates' own)
_RUN_CUES = (
    _SUCCESSION_CUES, _ATTEND_CUES, frozenset({_PRESENT_MORE_CUES}), frozenset({AR_JOINS}),
    frozenset({AR_BRIEF, EN_BRIEF}), frozenset({AR_SHUTTLE, EN_SHUTTLE}),
    frozenset({AR_DIRECT, EN_DIRECT}), frozenset({AR_IN_COMPANY}), frozenset({EN_LED}),
    _HOST_CUES, frozenset({AR_COMPRISED}), frozenset({EN_COREC, AR_COREC}),
    frozenset({EN_TOGETHER, AR_TOGETHER}), frozenset({EN_INCLUDING, AR_INCLUDING}),
    frozenset({EN_HEADS, AR_HEADS}), frozenset({AR_PLURAL, EN_PLURAL}), frozenset({AR_APART}),
    _SIDES_CUES, _RESP_CUES, frozenset({AR_ONE_MEETING, EN_ONE_MEETING}),
    frozenset({AR_HOME, EN_HOME}), _LATER_CUES | _OPENING_CUES | _GUNMAN_CUES, _VISIT_SETS | _WAS_SETS, frozenset({AR_SWORE, EN_SWORN}),
    frozenset({EN_TRAILING}), frozenset({EN_ASSESSMENT}), frozenset({EN_ATTENDED_BY}))
(_C_SUCCESSIONS, _C_ATTENDED, _C_PRESENT_MORE, _C_JOINS, _C_BRIEFED, _C_SHUTTLED, _C_DIRECT,
 _C_COMPANION_ASIDE, _C_LED_SIDES, _C_HOSTED, _C_COMPRISED, _C_CORECEIVED, _C_TOGETHER,
 _C_INCLUDING, _C_BODY_SIDE, _C_COMPANIONS, _C_SEPARATELY, _C_ALL_SIDES, _C_RESPECTIVELY,
 _C_ONE_MEETING, _C_HOME, _C_CLAIMED_LATER, _C_VISITED, _C_OATH, _C_TRAILING,
 _C_ASSESSMENT, _C_ATTENDED_BY) = range(len(_RUN_CUES))
# the cue words of run()'s block of meeting rules from _C_ATTENDED to _C_HOME, all together:
# a sentence holding none of them skips the block with one test (speed, session 29)
_C_MEETING_MORE = len(_RUN_CUES)
_RUN_CUES = (*_RUN_CUES, frozenset().union(*_RUN_CUES[_C_ATTENDED:_C_HOME + 1]))
_OPEN_GATES: dict[tuple[frozenset, frozenset], tuple[tuple[bool, ...], tuple[bool, ...]]] = {}


def _cues_present(present: Any) -> tuple[bool, ...]:
    """For each of ``_RUN_CUES``: does the sentence hold one of its word sets?"""
    return tuple([not cue.isdisjoint(present) for cue in _RUN_CUES])


def _open_gates(present: Any, types: Any) -> tuple[tuple[bool, ...], tuple[bool, ...]]:
    """Which of ``_RUN_GATES`` let their rule run on a sentence with these trigger word sets
    and entity types, and ``_cues_present`` (cached per combination; the cache is emptied
    past 4,096 entries)."""
    key = (frozenset(present), frozenset(types))
    got = _OPEN_GATES.get(key)
    if got is None:
        if len(_OPEN_GATES) >= 4096:
            _OPEN_GATES.clear()
        got = _OPEN_GATES[key] = (tuple([
            not g[1].isdisjoint(present) or not g[2].isdisjoint(types) for g in _RUN_GATES]),
            _cues_present(present))
    return got
