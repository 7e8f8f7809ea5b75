"""Core-relation rules for constructions of wire-style news prose (agents named by a
strike's nationality, replacements "in his place", members of a group met, the article's
visitor). First written against dev sets 22-25.

Plain functions over a :class:`loaders.extract.relations.SentenceRules` instance (``sr``), as
in :mod:`loaders.extract.core_recall` (no import of ``relations``). Each is a construction of
news prose, not a fit to one sentence. This module keeps the gates: ``wire_rules_triggered``,
``WIRE_CUES`` and ``RULE_CUES`` (registered at import, in the same order as before) and
``acc_role``; the rules are, by family, ``wire_kill_rules`` (ASSASSINATED_BY: the subject of an
active killing verb is a strike whose agent is an adjective, "after Israeli strikes killed Y",
"an Israeli airstrike in X's suburbs killed Y"; inverted and Arabic result clauses),
``wire_succession_en``, ``wire_succession`` and ``wire_take_place`` (SUCCESSOR_OF: "replaced
him", "took his place", "حل محله"), ``wire_meetings`` (MET_WITH: members of a group met, the guest, during the
meeting, told the visiting X) and ``wire_roles_visits`` (VISITED and roles: "left for",
"its commander"); their shared trigger words are ``wire_cues``. Other modules import these
names from here as before."""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.dispatch import register_triggers
from loaders.extract.rule_common import EMPTY
from loaders.extract.wire_cues import (
    _AR_AMONG,
    _AR_DEV,
    _AR_GUEST,
    _AR_KILLED_V,
    _AR_RESULT_V,
    _AR_VISIT_NOUNS,
    _EN_AMONG,
    _EN_APPOINTERS,
    _EN_DEV,
    _EN_GUEST,
    _EN_KILL_TRIG,
    _EN_LEFT,
    _EN_MEETING_NOUNS,
    _EN_ROLE_TRIG,
    _EN_VISITING,
)
from loaders.extract.wire_kill_rules import (
    inverted_killed_en,
    killed_when_struck_ar,
    more_kills_en,
    result_killing_ar,
    strike_agent_before,
    strike_subject_en,
)
from loaders.extract.wire_meetings import (
    _among_cue,
    group_members_met,
    guest_subject_met,
    in_place_phrase,
    indirect_talks,
    meeting_object,
    pair_during_meeting_en,
    told_visiting_en,
    visit_pron_subject,
)
from loaders.extract.wire_roles_visits import (
    org_roles_en,
    visited_more,
)
from loaders.extract.wire_succession import wire_successor
from loaders.extract.wire_succession_en import (
    _appointee,
    named_to_succeed_en,
)

__all__ = [  # the names other modules import from here
    "acc_role",
    "_among_cue",
    "_appointee",
    "_EN_APPOINTERS",
    "group_members_met",
    "guest_subject_met",
    "in_place_phrase",
    "indirect_talks",
    "inverted_killed_en",
    "killed_when_struck_ar",
    "meeting_object",
    "more_kills_en",
    "named_to_succeed_en",
    "org_roles_en",
    "pair_during_meeting_en",
    "result_killing_ar",
    "RULE_CUES",
    "strike_agent_before",
    "strike_subject_en",
    "told_visiting_en",
    "visit_pron_subject",
    "visited_more",
    "WIRE_CUES",
    "wire_successor",
]


def wire_rules_triggered(sr: Any) -> bool:
    """Does the sentence hold a word any rule of this module starts from? (One lookup in
    the sentence's trigger index; most sentences have none.)"""
    return bool(sr.triggers(_AR_DEV, _EN_DEV))


# the cue sets of wire_rules_triggered, registered at import so that SentenceRules.run can look
# them up in the trigger index directly (without a call)
WIRE_CUES = (_AR_DEV, _EN_DEV)
register_triggers(*WIRE_CUES)


_AR_ACC_ROLES = L._ar("قائدا", "رئيسا", "امينا", "مسؤولا", "سفيرا", "وزيرا", "مديرا", "نائبا",
                      "متحدثا", "مستشارا", "خلفا")


def acc_role(sr: Any, x: int) -> bool:
    """Arabic: is token *x* a role in the accusative ("قائداً", "رئيساً لأركان ...")? After
    an appointment verb it marks the person before it as the appointee."""
    return x < sr.hi and sr.toks[x].ar and bool(sr.f(x) & _AR_ACC_ROLES)


# the (Arabic, English) words each rule below (in its family module) starts from (its only loop is
# over ``sr.triggers`` of them): SentenceRules.run calls a rule only on a sentence with one
# of them (a gate looked up once per sentence); registered at import for that look-up
RULE_CUES: dict[Any, tuple[frozenset[str], frozenset[str]]] = {
    group_members_met: (_AR_AMONG, _EN_AMONG),
    guest_subject_met: (_AR_GUEST, _EN_GUEST),
    pair_during_meeting_en: (EMPTY, _EN_MEETING_NOUNS),
    told_visiting_en: (EMPTY, _EN_VISITING),
    more_kills_en: (EMPTY, _EN_KILL_TRIG),
    named_to_succeed_en: (EMPTY, _EN_APPOINTERS),
    result_killing_ar: (_AR_RESULT_V, EMPTY),
    killed_when_struck_ar: (_AR_KILLED_V, EMPTY),
    org_roles_en: (EMPTY, _EN_ROLE_TRIG),
    visited_more: (_AR_VISIT_NOUNS, _EN_LEFT),
}
for _cues in RULE_CUES.values():
    register_triggers(*_cues)
