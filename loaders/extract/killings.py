"""ASSASSINATED_BY (victim -> perpetrator): the entry point of the rarer killing rules.

:func:`more_killings` runs, after the base rules of a sentence, the plain functions over a
``SentenceRules`` instance (``sr``) for constructions of wire prose the base rules leave out,
then the filters. A sentence without a cue word (``kill_cues``) skips them all: "Y met X in
Tehran" reads nothing here; "A U.S. strike killed X, head of ..., and Y" gives Y by the U.S. too.

Where the relation's rules live (each module's doc has its examples):

- base rules, a mixin of :class:`loaders.extract.relations.SentenceRules`:
  ``killing_rules.KillingRules.assassinated`` ("اغتالت الولايات المتحدة سليماني", "X was killed
  by Y", "killed in a US strike"), on ``killing_agents`` ("by X", "بغارة أمريكية", "ordered by
  X") and ``killing_nominal`` ("the assassination of X by Y", "أمر X بقتل Y");
  ``kill_clause_helpers`` and ``kill_ledes`` hold their helpers;
- victim lists with appositions and titles (``kill_victim_lists``); the orderer named anywhere in
  the sentence or the next one (``kill_orderers``); the same strike as before, "Also killed was
  Z", "وقُتل معه Z" (``kill_same_strike``); counted groups and "its forces killed X"
  (``kill_groups_forces``); Arabic and English agent phrases (``kill_agents_ar``,
  ``kill_agents_en``); claims, admissions and verdicts (``kill_claims_verdicts``); deaths told
  through their cause (``kill_death_causes``); and the older ``kill_*`` modules named in the
  calls below;
- dropped (``kill_filters``): a killing inside a conditional ("If the US had killed X, ..."), an
  accusation ("Iran accused Israel of killing X", "اتهمت إيران إسرائيل بقتل X"), an agent named
  only as the subject of a negated verb ("Israel did not claim the strike that killed X").

The agent is always named in the text (an adjective of the strike, a subject, "by X",
"ordered by X"); a killing without one stays without a relation ("killed in a drone strike",
"مقتل سليماني في غارة بطائرة مسيرة"). No module of the relation imports ``relations``
(``SentenceCore`` only for type checking).
"""

from __future__ import annotations

from operator import attrgetter
from typing import Any

from loaders.extract.also_killed import also_killed
from loaders.extract.dispatch import needs, open_rules, register_triggers
from loaders.extract.gapped_objects import gapped_more
from loaders.extract.kill_agents_ar import (
    by_fire_of_ar,
    killed_in_it_ar,
    rel_passive_ar,
    strike_killed_him_ar,
    strike_subject_ar,
    strike_which_killed_ar,
)
from loaders.extract.kill_agents_en import (
    claimed_killing_en,
    manner_to_death_by_en,
    slain_by_en,
    whom_killed_en,
)
from loaders.extract.kill_among_ar import among_killed_ar
from loaders.extract.kill_approved_strike import (
    approved_strike_ar,
    approved_strike_en,
    gave_order_ar,
)
from loaders.extract.kill_claim_before_ar import claimed_before_ar
from loaders.extract.kill_claim_clause import drop_claim_clause
from loaders.extract.kill_claim_later import note_unclaimed
from loaders.extract.kill_claim_next_ar import claimed_next_ar
from loaders.extract.kill_claims import (
    announced_killing,
    claimed_the_killing_en,
    said_strike_killed_en,
)
from loaders.extract.kill_claims_verdicts import (
    _AR_ADMIT,
    _AR_DUAL_DEATH,
    _AR_KILL_VERB_W,
    _AR_KILL_WORDS_W,
    _AR_KILLED_HIM_V,
    _AR_SUSPECT,
    _EN_ADMIT,
    _EN_KILL_WORDS_W,
    _EN_SUSPECT,
    admitted_killing,
    announced_it_killed_ar,
    bare_army_killed_ar,
    dual_victims_ar,
    verdict_killer,
)
from loaders.extract.kill_companion import killed_with_companion
from loaders.extract.kill_confessed_shot import confessed_shot
from loaders.extract.kill_convicted import convicted_of_killing_ar
from loaders.extract.kill_cues import _AR_CUES, _EN_CUES, AB
from loaders.extract.kill_death_causes import (
    _AR_CLASH,
    _AR_DIED_NAT,
    _AR_KILL_HIM_N,
    _AR_KILL_NOUN_P,
    _EN_CLASH,
    _EN_KILL_NOUN_P,
    died_of_wounds_ar,
    killed_in_clash,
    predecessor_killed,
    result_killed_him_ar,
)
from loaders.extract.kill_filters import (
    _AR_REL_PASS,
    _EN_SUBORD_W,
    _EN_WHOSE,
    drop_accused,
    drop_conditional,
    drop_infinitive,
    drop_kin_victim,
    drop_misread_description,
    drop_negated_agent,
    drop_suspected,
    forces_not_country,
)
from loaders.extract.kill_groups_forces import its_forces_killed, killed_among, nominal_subject_ar
from loaders.extract.kill_hand_ar import hand_reached_ar
from loaders.extract.kill_led_to_en import led_to_killing_en
from loaders.extract.kill_ledes import lede_victim_ar
from loaders.extract.kill_martyr_ar import martyr_predicate_ar
from loaders.extract.kill_neutralised_ar import neutralised_vso_ar
from loaders.extract.kill_ordered import ordered_strike_en
from loaders.extract.kill_orderers import (
    _AR_ORDERED_IT,
    far_orderers,
    later_orderer,
    passive_orderer_en,
    said_he_ordered_strike_ar,
    said_he_ordered_strike_en,
    strike_subject_orderer_en,
)
from loaders.extract.kill_person_killer import person_killer_ar, person_killer_en
from loaders.extract.kill_phrasal import (
    agent_verb_killed_ar,
    operation_killed_ar,
    phrasal_killed_en,
)
from loaders.extract.kill_said_it import we_killed_ar, whom_said_killed
from loaders.extract.kill_same_strike import (
    also_killed_en,
    among_killed_en,
    died_vso_ar,
    killed_with_him_ar,
    killing_him_en,
)
from loaders.extract.kill_speaker_strike import said_strike_killed_ar
from loaders.extract.kill_strike_also_ar import strike_also_ar
from loaders.extract.kill_subjunctive_ar import subjunctive_killed_ar
from loaders.extract.kill_targeted import (
    its_strike_en,
    said_it_targeted_en,
    targeted_killed_him_en,
)
from loaders.extract.kill_unclaimed import drop_unclaimed
from loaders.extract.kill_verdict_gap import verdict_gap
from loaders.extract.kill_victim_lists import extend_victims
from loaders.extract.kill_wounded_died import wounded_then_died
from loaders.extract.kill_wounds_after_ar import wounds_after_victim_ar
from loaders.extract.orders import EN_ORDERED as _EN_ORDERED
from loaders.extract.rule_common import EMPTY
from loaders.extract.strike_done_by import strike_that_killed_en, whose_convoy_struck_en

_TYPE = attrgetter("type")  # (of a Rel)


@needs((_AR_CUES, _EN_CUES))
def more_killings(sr: Any, start: int) -> None:
    """Run the rules of the ``kill_*`` modules on one sentence; *start* is the length of
    ``sr.out`` before the sentence's killing rules ran (their relations are
    ``sr.out[start:]``). A sentence without a cue word (outside names) is skipped, by the
    dispatch or, when every rule is asked to run (``dispatch.all_rules_run``), by the test
    below: the rules keep their scope. The steps that start from trigger words declare them
    (``@needs``): a step whose cue words the sentence lacks returns at once, without its
    ``triggers()`` look-ups."""
    if not sr.triggers(_AR_CUES, _EN_CUES):
        return
    sr._agents = []
    en = not sr.toks[sr.lo].ar
    # the rules up to the filters, in their order (the lists below the function): the
    # gated ones whose cue words the sentence lacks left out once (``dispatch.open_rules``)
    present = sr.present_sets
    if en:
        for step in open_rules(_EN_STEPS, present):
            step(sr)
    else:
        for step in open_rules(_AR_STEPS, present):
            step(sr)
        dual_victims_ar(sr, start)
        for step in open_rules(_AR_STEPS_AFTER, present):
            step(sr)
    new = [r for r in sr.out[start:] if r.type == AB]
    if new:
        extend_victims(sr, new)
        gapped_more(sr, start, AB, "victim_gapped")  # "killed A in Beirut and later B in Tehran"
        far_orderers(sr, sr.out[start:])
    later_orderer(sr)
    if AB in map(_TYPE, sr.out[start:]):  # (in C: no generator per sentence)
        drop_conditional(sr, start)
        drop_accused(sr, start)
        drop_claim_clause(sr, start)  # kill_claim_clause.py: "X, who Y says killed Z"
        drop_negated_agent(sr, start)
        if en:
            drop_infinitive(sr, start)
        forces_not_country(sr, start)
        drop_suspected(sr, start)
        drop_kin_victim(sr, start)
        if en:
            drop_misread_description(sr, start)
        drop_unclaimed(sr, start)  # "... دون أن تتبنى أي جهة العملية" (kill_unclaimed)
    verdict_killer(sr)  # (after the filters of suspicion and charges: a verdict is stated)
    verdict_gap(sr)  # kill_verdict_gap.py: "X, a member convicted ... of killing Y"
    note_unclaimed(sr)  # kill_claim_later.py: the dead with no agent, for "Y carried out it"


# more_killings' rules before its filters, in order: English; Arabic up to dual_victims_ar
# (which takes the start), then after it
_COMMON_STEPS = (
    its_forces_killed,
    neutralised_vso_ar,  # kill_neutralised_ar.py: «حيّدت القوات الإسرائيلية X»
    we_killed_ar,  # kill_said_it.py: 'نتنياهو: «قضينا على X»' (also after "10:05 -")
    killed_among,
    also_killed,  # also_killed.py: "Y was also killed", "وقُتل إلى جانبه Y"
    killed_with_companion,  # kill_companion.py: "وقُتل مع V مرافقه X", "X was killed with V"
    whom_said_killed,  # kill_said_it.py: "X, whom Y said it killed"
)
_LAST_COMMON_STEPS = (
    admitted_killing,
    confessed_shot,  # kill_confessed_shot.py: "اعترف X بأنه أطلق النار على Y" (Y killed before)
    killed_in_clash,
    predecessor_killed,
    announced_killing,  # kill_claims.py: "أعلن الجيش الإسرائيلي اغتيال X"
)
_EN_STEPS = (
    also_killed_en,
    strike_subject_orderer_en,
    killing_him_en,
    among_killed_en,
    whom_killed_en,
    claimed_killing_en,
    claimed_the_killing_en,
    slain_by_en,
    manner_to_death_by_en,
    passive_orderer_en,
    ordered_strike_en,  # kill_ordered.py: "X (did Z and) ordered the strike that killed Y"
    strike_that_killed_en,  # strike_done_by.py
    said_it_targeted_en,  # kill_targeted.py: "X died in a strike; Y said it had ..."
    its_strike_en,  # (kill_targeted.py) "Y says X was killed in its air strike"
    targeted_killed_him_en,  # (kill_targeted.py) "An Israeli strike that targeted X killed him"
    whose_convoy_struck_en,  # (strike_done_by.py)
    *_COMMON_STEPS,
    phrasal_killed_en,  # kill_phrasal.py: "Israeli troops shot dead X"
    person_killer_en,  # kill_person_killer.py: "X, the Russian who shot dead Y"
    said_he_ordered_strike_en,
    approved_strike_en,  # kill_approved_strike.py: "X gave final approval for the strike"
    led_to_killing_en,  # kill_led_to_en.py: "a US strike led to the killing of X"
    wounded_then_died,  # kill_wounded_died.py: "X was wounded in an Israeli strike and later died"
    *_LAST_COMMON_STEPS,
    said_strike_killed_en,  # "The Israeli military said a strike killed X"
)
_AR_STEPS = (
    killed_with_him_ar,
    died_vso_ar,
    nominal_subject_ar,
    by_fire_of_ar,
    strike_killed_him_ar,
    strike_which_killed_ar,
    strike_subject_ar,
    lede_victim_ar,
    killed_in_it_ar,
    rel_passive_ar,
    among_killed_ar,  # kill_among_ar.py: "كان X بين الذين قُتلوا في الغارة ..."
    hand_reached_ar,  # kill_hand_ar.py: "طالت يد إسرائيل X", "امتدت يد Y إلى X"
    subjunctive_killed_ar,  # kill_subjunctive_ar.py: "قبل أن يُقتل X بغارة أميركية"
    martyr_predicate_ar,  # kill_martyr_ar.py: "ارتقى X شهيداً بغارة إسرائيلية"
    claimed_next_ar,  # kill_claim_next_ar.py: "قُتل X ...، وأعلن Y مسؤوليته عنها"
    claimed_before_ar,  # kill_claim_before_ar.py: "أعلن Y مسؤوليته عن القصف ...، ما أدى إلى مقتل X"
    *_COMMON_STEPS,
    operation_killed_ar,  # kill_phrasal.py: "نفّذت Y عملية اغتيال X"
    agent_verb_killed_ar,  # kill_phrasal.py: "أردت Y X قتيلاً", "قضت Y على X", "الذي قضى عليه Y"
    person_killer_ar,  # kill_person_killer.py: "X، الروسي الذي قتل Y"
    announced_it_killed_ar,
)
_AR_STEPS_AFTER = (
    said_he_ordered_strike_ar,
    approved_strike_ar,  # kill_approved_strike.py: «أعطى X الضوء الأخضر للضربة»
    gave_order_ar,  # kill_approved_strike.py: «وقال X إنه أعطى الأمر بتنفيذ العملية»
    bare_army_killed_ar,
    died_of_wounds_ar,
    wounds_after_victim_ar,  # kill_wounds_after_ar.py: "مقتل X، متأثراً بجروح ... بغارات Y"
    wounded_then_died,  # kill_wounded_died.py: "أصيب X في غارة إسرائيلية ... وتوفي متأثراً بجراحه"
    result_killed_him_ar,
    convicted_of_killing_ar,  # kill_convicted.py: "دانت المحكمة X وY بقتل Z"
    *_LAST_COMMON_STEPS,
    strike_also_ar,  # kill_strike_also_ar.py: "وهي الغارة التي قتلت أيضاً Y"
    said_strike_killed_ar,  # kill_speaker_strike.py: "وقال الجيش إن الغارة قتلت X"
)
# the word sets of the plain rules of session 5, registered at import
for _pair in ((EMPTY, _EN_WHOSE), (EMPTY, _EN_SUBORD_W), (_AR_REL_PASS, EMPTY), (_AR_KILL_VERB_W, EMPTY), (_AR_KILL_VERB_W | _AR_KILLED_HIM_V, EMPTY), (_AR_ADMIT, _EN_ADMIT), (_AR_DUAL_DEATH, EMPTY),
              (EMPTY, _EN_ORDERED), (_AR_ORDERED_IT, EMPTY), (_AR_CLASH, _EN_CLASH),
              (_AR_SUSPECT, _EN_SUSPECT), (_AR_KILL_WORDS_W, _EN_KILL_WORDS_W),
              (_AR_KILL_NOUN_P, _EN_KILL_NOUN_P), (_AR_DIED_NAT, EMPTY),
              (_AR_KILL_HIM_N, EMPTY)):
    register_triggers(*_pair)
