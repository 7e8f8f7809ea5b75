"""Core relations whose partner is not named in the clause itself: a pronoun ("succeeded
him", "وخلفه", "التقاه" after "قال X إنه"), a first person inside a quotation ("'I met him,'
X said"), or the subject of a sentence-initial meeting phrase ("خلال لقائه X، أكد Y").

Plain functions over a :class:`loaders.extract.relations.SentenceRules` instance (``sr``), as
in :mod:`loaders.extract.core_recall` (no import of ``relations``). The antecedent of a
pronoun is the most salient compatible person: whoever the text just said was killed or
removed (for a succession), else the visitor of the last sentences, else the subject of the
previous sentence.

This module keeps the entry points ``context_rules`` (its hook words ``HOOK_AR`` / ``HOOK_EN``
and the cue sets it registers at import, in the same order as before) and
``killing_context_rules``; the rules are, by family, ``context_succession`` (a predecessor
by pronoun: "succeeded him", "وخلفه"), ``context_speakers`` (a quotation's speaker, "قال X
إنه التقاه", the arrival's subject, the guest), ``context_meetings`` (a sentence-initial
meeting phrase, "visited by", a meeting gerund, a delegation, the visited person),
``context_killings`` (killed with him, the orderers of a strike, the deceased) and
``context_tails`` (the tail of an apposition or a list, a relative tail, a possessed person,
planned and counterfactual meetings); their shared words are ``context_words``. Other modules
import these names from here as before."""

from __future__ import annotations

from typing import Any

from loaders.extract.context_killings import (
    _DECEASED,
    deceased_antecedent,
    killed_with_him,
    ordered_adj_agent,
    strike_orderers,
    victim_as_subject,
)
from loaders.extract.context_meetings import (
    AR_HIS_MEETING,
    AR_REL_HIS,
    AR_VISITED,
    EN_MET_VERBS,
    EN_VISIT_CUES,
    gerund_meeting_en,
    his_meeting_first_ar,
    met_delegation_en,
    visited_by_en,
    visited_person,
)
from loaders.extract.context_speakers import (
    _AR_MEET_PRON,
    _AR_SAID,
    arrival_subject_ar,
    guest_at_ar,
    headed_by_ar,
    quote_speaker,
    speaker_met_him_ar,
    that_clause_speaker_ar,
)
from loaders.extract.context_succession import (
    _AR_GONE,
    _AR_KHALAFAHU,
    _latest_victim,
    khalafahu_ar,
    predecessor_pronoun_en,
)
from loaders.extract.context_tails import (
    apposed_subject_en,
    apposition_tail,
    counterfactual_en,
    more_agents_en,
    planned_ar,
    possessed_person_en,
    relative_tail_ar,
)
from loaders.extract.context_words import _AR_CLAUSE_START, _EN_MEETING, _EN_VISITED_ONLY
from loaders.extract.dispatch import (
    needs,
    register_triggers,
)
from loaders.extract.meeting_phrases import (
    AR_PAID_VISIT,
    paid_visit_ar,
)
from loaders.extract.rule_common import EMPTY

__all__ = [  # the names other modules import from here
    "apposed_subject_en",
    "apposition_tail",
    "_AR_CLAUSE_START",
    "_AR_GONE",
    "_AR_KHALAFAHU",
    "_AR_SAID",
    "arrival_subject_ar",
    "context_rules",
    "counterfactual_en",
    "_DECEASED",
    "deceased_antecedent",
    "guest_at_ar",
    "headed_by_ar",
    "killing_context_rules",
    "_latest_victim",
    "more_agents_en",
    "ordered_adj_agent",
    "planned_ar",
    "possessed_person_en",
    "predecessor_pronoun_en",
    "quote_speaker",
    "relative_tail_ar",
    "strike_orderers",
    "that_clause_speaker_ar",
    "victim_as_subject",
]


# ---- all sentence-wide rules of this module -------------------------------------------------
HOOK_AR = _AR_KHALAFAHU | _AR_MEET_PRON | AR_HIS_MEETING | AR_VISITED | AR_REL_HIS | \
    AR_PAID_VISIT
HOOK_EN = frozenset({"visited"}) | _EN_MEETING | EN_MET_VERBS | EN_VISIT_CUES


@needs((HOOK_AR, HOOK_EN))
def context_rules(sr: Any) -> None:
    """Run the sentence-wide rules of this module (skipped by the dispatch, or by the test
    below when every rule is asked to run, on a sentence without a hook word)."""
    if not sr.triggers(HOOK_AR, HOOK_EN):
        return
    # (each rule only where its own cue words are: the sentence's trigger index, _by_ar /
    # _by_en, holds their sets, registered at import below)
    by_ar, by_en = sr._by_ar, sr._by_en
    if AR_VISITED in by_ar or EN_VISIT_CUES in by_en:
        for a, b, _t in visited_person(sr):
            sr.add("MET_WITH", a, b, "visited_person")
    if sr.toks[sr.lo].ar:
        if AR_PAID_VISIT in by_ar:
            for a, b, _t in paid_visit_ar(sr):  # meeting_phrases.py: "وقام X بزيارة Y"
                sr.add("MET_WITH", a, b, "paid_visit_ar")
        if _AR_KHALAFAHU in by_ar:
            for new, old, _t in khalafahu_ar(sr):
                sr.add("SUCCESSOR_OF", new, old, "khalafahu_ar")
        if _AR_MEET_PRON in by_ar:
            for a, b, _t in speaker_met_him_ar(sr):
                sr.add("MET_WITH", a, b, "speaker_met_him_ar")
        if AR_HIS_MEETING in by_ar or AR_REL_HIS in by_ar:
            for a, b, _t in his_meeting_first_ar(sr):
                sr.add("MET_WITH", a, b, "his_meeting_first_ar")
    else:
        if _EN_VISITED_ONLY in by_en:
            for a, b, _t in visited_by_en(sr):
                sr.add("MET_WITH", a, b, "visited_by_en")
        if _EN_MEETING in by_en:
            for a, b, envoys in gerund_meeting_en(sr):
                sr.add("MET_WITH", a, b, "meeting_gerund_en", envoys=envoys)
        if EN_MET_VERBS in by_en:
            for a, b in met_delegation_en(sr):
                sr.add("MET_WITH", a, b, "met_delegation_en", envoys=True)


for _cues in ((AR_VISITED, EN_VISIT_CUES), (AR_PAID_VISIT, EMPTY), (_AR_KHALAFAHU, EMPTY),
              (_AR_MEET_PRON, EMPTY), (AR_HIS_MEETING, EMPTY), (AR_REL_HIS, EMPTY), (EMPTY, _EN_VISITED_ONLY), (EMPTY, _EN_MEETING),
              (EMPTY, EN_MET_VERBS)):
    register_triggers(*_cues)  # (the sets context_rules looks up in the trigger index)


def killing_context_rules(sr: Any) -> None:
    """Killings that refer to the one just reported ("وقُتل معه X", "Also killed was X")."""
    for v, a, _t in killed_with_him(sr):
        sr.add("ASSASSINATED_BY", v, a, "killed_with_him")
