"""SUCCESSOR_OF (successor -> predecessor): the entry point of the plain succession rules.

:func:`more_successions` runs, after the base rules of a sentence
(``succession_rules.SuccessionRules.successor``), the plain functions over a ``SentenceRules``
instance (``sr``) for the rarer constructions, each behind its cue words: "After X was
assassinated, Hamas chose Y to lead the group" gives Y -> X; "Y met X" reads nothing here.

Where the relation's rules live (each module's doc has its examples):

- base rules, a mixin of :class:`loaders.extract.relations.SentenceRules`:
  ``succession_rules.SuccessionRules.successor`` on ``succession_rules_en`` (nouns
  "X, Soleimani's successor", verbs "Qaani succeeded Soleimani", appointments "X was appointed
  ... after the killing of Y") and ``succession_rules_ar`` ("خليفة سليماني قاآني", "خلف قاآني
  سليماني", "تولى/عُيّن X ... بعد اغتيال Y"); helpers in ``succession_helpers``, shared words in
  ``succession_words``;
- plain rules: ``succession_after_death`` (a fronted death, an acting holder),
  ``succession_the_new_chief`` ("X is the new chief of ORG after Y stepped down"),
  ``succession_handover`` (a post held / handed over / left vacant, "whom X succeeded"),
  ``succession_chosen_replaced`` ("لخلافة", "preceded", "استبدل", "مكانه"),
  ``succession_took_ar`` ("تسلّم X رئاسة الأركان من Y", "سلفه"), ``succession_took_over_en``
  and ``succession_post_after_death_en`` ("X took over the post from Y / after Y was
  killed"), and the older ``succession_*`` modules named in the calls below.
"""

from __future__ import annotations

from operator import attrgetter
from typing import Any

from loaders.extract.dispatch import register_triggers
from loaders.extract.rule_common import EMPTY, drop_unsure_ar
from loaders.extract.succession_abdicate import CUES as ABDICATE_CUES
from loaders.extract.succession_abdicate import abdicated
from loaders.extract.succession_after_death import (
    _AR_ACTING,
    _EN_ACTING,
    RULER_AS_CUES,
    acting_after_death,
    fronted_after_death,
    new_in_dead_post_en,
    ruler_as_in_dead_post_en,
)
from loaders.extract.succession_after_him_ar import CUES as AFTER_HIM_CUES
from loaders.extract.succession_after_him_ar import after_him_ar
from loaders.extract.succession_chosen_replaced import (
    _AR_KHILAFA,
    _AR_PRECEDED,
    _AR_SWAPPED,
    _EN_PRECEDED,
    in_his_place_all_ar,
    khilafa_ar,
    preceded_ar,
    preceded_en,
    replaced_with_ar,
)
from loaders.extract.succession_clauses import CUES as CLAUSE_CUES
from loaders.extract.succession_clauses import more_clauses
from loaders.extract.succession_dead_post_ar import CUES as DEAD_POST_CUES
from loaders.extract.succession_dead_post_ar import charged_after_death_ar, post_after_death_ar
from loaders.extract.succession_deputy_en import CUES as DEPUTY_CUES
from loaders.extract.succession_deputy_en import deputy_named_en
from loaders.extract.succession_handover import (
    filled_vacancy_en,
    handed_over_to_en,
    post_held_by,
    whom_succeeded_en,
)
from loaders.extract.succession_helpers import _AR_PLACE_HIS
from loaders.extract.succession_in_place_en import CUES as IN_PLACE_CUES
from loaders.extract.succession_in_place_en import in_place_en
from loaders.extract.succession_kin_pred_ar import CUES as KIN_PRED_CUES
from loaders.extract.succession_kin_pred_ar import kin_predecessor_ar
from loaders.extract.succession_new_government import CUES as NEW_GOV_CUES
from loaders.extract.succession_new_government import new_government
from loaders.extract.succession_paved_way import CUES as PAVED_CUES
from loaders.extract.succession_paved_way import paved_way
from loaders.extract.succession_post_after_death_en import (
    AR_POST_HELD,
    EN_ASCEND,
    EN_HEADS_NOW,
    EN_POST_HELD,
    EN_TO_POWER,
    took_post_after_death_en,
)
from loaders.extract.succession_removed_gave_en import CUES as REMOVED_GAVE_CUES
from loaders.extract.succession_removed_gave_en import removed_and_gave_en
from loaders.extract.succession_replaced_with_en import CUES as REPLACED_CUES
from loaders.extract.succession_replaced_with_en import replaced_with_en
from loaders.extract.succession_same_post_ar import CUES as SAME_POST_CUES
from loaders.extract.succession_same_post_ar import dismissed_same_post_ar
from loaders.extract.succession_tenure_end import CUES as TENURE_CUES
from loaders.extract.succession_tenure_end import tenure_end
from loaders.extract.succession_the_new_chief import (
    _AR_NEW,
    _EN_NEW,
    new_holder_after_ar,
    new_holder_after_en,
)
from loaders.extract.succession_took_ar import (
    apposed_successor_ar,
    predecessor_of_subject_ar,
    tasallam_min_ar,
)
from loaders.extract.succession_took_held_ar import post_taken_held_ar
from loaders.extract.succession_took_over_bare_en import took_over_bare_en
from loaders.extract.succession_took_over_en import (
    _EN_TAKE_AFTER,
    took_over_from_en,
    took_post_from_en,
)
from loaders.extract.succession_vocab_en import CUES as IDIOM_CUES
from loaders.extract.succession_vocab_en import handover_idioms_en
from loaders.extract.succession_words import (
    _AR_AFTER,
    _AR_HANDED,
    _AR_HANDOVER_ANY,
    _AR_INHERIT,
    _AR_PRED,
    _AR_TASALLAM,
    _AR_TRANSFER,
    _EN_AFTER,
    _EN_HANDED,
    _EN_OVER,
    _EN_STEP_IN,
    _EN_TAKE,
    _EN_TAKE_POST,
    _EN_TRANSFERRED,
    _EN_VACANT,
    _EN_WHOM,
    _SO,
)

_MORE_EN_CUES = _EN_OVER | _EN_WHOM | _EN_TAKE_POST | _EN_HANDED | _EN_VACANT | _EN_TAKE | \
    frozenset({"became", "becomes", "become", "served", "serves"}) | _EN_STEP_IN | EN_TO_POWER | \
    EN_ASCEND | _EN_TRANSFERRED | EN_HEADS_NOW
_TYPE = attrgetter("type")  # (of a Rel)
_MORE_AR_CUES = _AR_TASALLAM | _AR_PRED | _AR_INHERIT | _AR_HANDED | _AR_TRANSFER
_EN_DEAD = frozenset({"dead"})  # "With Y dead, X took the helm"


# every word set more_successions looks up itself (succession_clauses.more_clauses has its own
# test): a sentence with none of them skips the fifteen look-ups (most sentences)
_PLAIN_CUES = frozenset({_AR_AFTER, _EN_AFTER, _EN_DEAD, _EN_NEW, _AR_NEW, AR_POST_HELD, EN_POST_HELD,
                         _AR_ACTING, _EN_ACTING, _AR_PLACE_HIS, _AR_SWAPPED, _AR_KHILAFA,
                         _EN_PRECEDED, _AR_PRECEDED, _MORE_AR_CUES, _MORE_EN_CUES})
# ... and with more_clauses' own: relations.run calls more_successions only on a sentence with
# one of them, or with an Arabic SUCCESSOR_OF already (apposed_successor_ar)
ANY_CUES = _PLAIN_CUES | CLAUSE_CUES | IDIOM_CUES | TENURE_CUES | IN_PLACE_CUES | \
    REPLACED_CUES | DEPUTY_CUES | SAME_POST_CUES | ABDICATE_CUES | KIN_PRED_CUES | DEAD_POST_CUES | \
    PAVED_CUES | RULER_AS_CUES | AFTER_HIM_CUES | NEW_GOV_CUES | REMOVED_GAVE_CUES


def more_successions(sr: Any) -> None:
    """Run the plain succession rules (the module doc) on one sentence (after ``successor``)."""
    if sr.toks[sr.lo].ar and _SO in map(_TYPE, sr.out):  # (in C: no generator)
        apposed_successor_ar(sr)
        drop_unsure_ar(sr, _SO)  # "لم يتضح إن كان X قد خلف Y أم ..."
    if not IDIOM_CUES.isdisjoint(sr.present_sets):
        handover_idioms_en(sr)  # succession_vocab_en.py: "stepped into Y's shoes", "made way for"
    if not TENURE_CUES.isdisjoint(sr.present_sets):
        tenure_end(sr)  # succession_tenure_end.py: "ending Y's tenure", "آلت الرئاسة إلى X"
    if not IN_PLACE_CUES.isdisjoint(sr.present_sets) and not sr.toks[sr.lo].ar:
        in_place_en(sr)  # succession_in_place_en.py: "X was sworn in in his place", "K names X"
    if not REPLACED_CUES.isdisjoint(sr.present_sets) and not sr.toks[sr.lo].ar:
        replaced_with_en(sr)  # succession_replaced_with_en.py: "K replaced his minister, Y, with X"
    if not REMOVED_GAVE_CUES.isdisjoint(sr.present_sets) and not sr.toks[sr.lo].ar:
        removed_and_gave_en(sr)  # succession_removed_gave_en.py: "removed Y ... and gave it to X"
    if not DEPUTY_CUES.isdisjoint(sr.present_sets) and not sr.toks[sr.lo].ar:
        deputy_named_en(sr)  # succession_deputy_en.py: "K named Y's deputy, X, to take over"
    if not SAME_POST_CUES.isdisjoint(sr.present_sets) and sr.toks[sr.lo].ar:
        dismissed_same_post_ar(sr)  # succession_same_post_ar.py: "أقال K Y، وعيّن X" (one post)
    if not ABDICATE_CUES.isdisjoint(sr.present_sets):
        abdicated(sr)  # succession_abdicate.py: "تنازل Y عن الحكم لصالح نجله X"
    if not KIN_PRED_CUES.isdisjoint(sr.present_sets) and sr.toks[sr.lo].ar:
        kin_predecessor_ar(sr)  # succession_kin_pred_ar.py: "وتولى X الحكم خلفاً لوالده"
    if not DEAD_POST_CUES.isdisjoint(sr.present_sets) and sr.toks[sr.lo].ar:
        post_after_death_ar(sr)  # succession_dead_post_ar.py: "توفي Y. ... مبايعة X أميراً"
        charged_after_death_ar(sr)  # "مقتل رئيس حكومتها Y ... وكلفت X بتسيير أعمال الحكومة"
    if not RULER_AS_CUES.isdisjoint(sr.present_sets) and not sr.toks[sr.lo].ar:
        ruler_as_in_dead_post_en(sr)  # "Y died. ... X was sworn in as sultan"
    if not AFTER_HIM_CUES.isdisjoint(sr.present_sets) and sr.toks[sr.lo].ar:
        after_him_ar(sr)  # succession_after_him_ar.py: "وكُلّف X بالمنصب من بعده" (session 59)
    if not NEW_GOV_CUES.isdisjoint(sr.present_sets):
        new_government(sr)  # succession_new_government.py: "The new government replaces that of Y"
    if not PAVED_CUES.isdisjoint(sr.present_sets):
        paved_way(sr)  # succession_paved_way.py: "Y's resignation paved the way for X to ..."
    if _PLAIN_CUES.isdisjoint(sr.present_sets):
        more_clauses(sr)  # (the one rule group below that may still run)
        return
    # (the word sets are registered at import, below: a look-up in the trigger index
    # instead of sr.triggers calls)
    by_ar, by_en = sr._by_ar, sr._by_en
    if _AR_AFTER in by_ar or _EN_AFTER in by_en or _EN_DEAD in by_en:
        fronted_after_death(sr)
    if _EN_NEW in by_en:
        new_holder_after_en(sr)
        new_in_dead_post_en(sr)  # "X was named the new emir" after "emir Y died"
    if _AR_NEW in by_ar:
        new_holder_after_ar(sr)
    if AR_POST_HELD in by_ar or EN_POST_HELD in by_en:
        post_held_by(sr)
        post_taken_held_ar(sr)  # "تولى X الحقيبة التي كان يشغلها Y" (succession_took_held_ar)
    if _AR_ACTING in by_ar or _EN_ACTING in by_en:
        acting_after_death(sr)
    if _AR_PLACE_HIS in by_ar:
        in_his_place_all_ar(sr)
    if _AR_SWAPPED in by_ar:
        replaced_with_ar(sr)
    if _AR_KHILAFA in by_ar:
        khilafa_ar(sr)
    if _EN_PRECEDED in by_en:
        preceded_en(sr)
    if _AR_PRECEDED in by_ar:
        preceded_ar(sr)
    more_clauses(sr)  # succession_clauses.py (session 12)
    if _MORE_AR_CUES not in by_ar and _MORE_EN_CUES not in by_en:
        return
    if sr.toks[sr.lo].ar:
        tasallam_min_ar(sr)
        predecessor_of_subject_ar(sr)
    else:
        took_over_from_en(sr)
        took_over_bare_en(sr)
        took_post_from_en(sr)
        took_post_after_death_en(sr)
        handed_over_to_en(sr)
        filled_vacancy_en(sr)
        whom_succeeded_en(sr)


# the word sets of the plain rules above, registered at import (a set first met in a call
# would re-file every cached token text)
for _pair in ((EMPTY, _EN_OVER), (EMPTY, _EN_TAKE_POST), (EMPTY, _EN_HANDED),
              (EMPTY, _EN_TAKE_AFTER), (AR_POST_HELD, EN_POST_HELD),
              (EMPTY, _EN_WHOM), (_AR_HANDOVER_ANY, EMPTY), (_AR_PRED, EMPTY),
              (_AR_AFTER, _EN_AFTER), (_MORE_AR_CUES, _MORE_EN_CUES), (EMPTY, _EN_VACANT),
              (_AR_ACTING, _EN_ACTING), (_AR_PLACE_HIS, EMPTY), (_AR_SWAPPED, EMPTY),
              (_AR_KHILAFA, EMPTY), (EMPTY, _EN_PRECEDED), (_AR_PRECEDED, EMPTY), (EMPTY, _EN_DEAD),
              (EMPTY, _EN_NEW), (_AR_NEW, EMPTY)):
    register_triggers(*_pair)
