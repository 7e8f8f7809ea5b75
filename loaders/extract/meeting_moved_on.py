""""ثم انتقل إلى بيروت حيث استقبله X" (session 17): a sentence that opens with a verb of going
(انتقل، توجه، وصل، عاد) whose subject is dropped, then a host receiving "him": the pronoun is the
traveller of the last sentences (the visitor, else the previous sentence's subject), not the
host of the previous stop named last.

Session 19: "كما اجتمع برئيس الإقليم X" / "ثم بحث مع X" opening a sentence, nobody named
before the verb and its partner after a preposition (so not the verb's subject): the previous
sentence's subject (the visitor first) met X (``dropped_with_subject_ar``). Session 57: also
"والتقى (هناك) نظيره التركي X": the counterpart is an object, "his" the dropped subject's, chosen as
``meeting_counterpart_ar`` does (a reception's guest before its host)."""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.core_recall_objects import guest_antecedent
from loaders.extract.meeting_counterpart_ar import counterpart_opening_subject_ar
from loaders.extract.mentions import Mention
from loaders.extract.moved_then_met_ar import AR_MOVED
from loaders.extract.rule_common import title_start

_AR_MOVED = AR_MOVED
_AR_OPENERS = frozenset({"و", "ثم", "كما", "وقد", "قد", "بعدها", "بعد", "ذلك", "لاحقا"})
_WITH = frozenset({"ب", "مع"})
_RIGHT_AFTER = frozenset({"مع", "ايضا", "كذلك", "لاحقا", "هناك", "خلالها", "فيها"}) | L.AR_ALSO


def dropped_traveller_ar(sr: Any, t: int, host: Mention) -> Mention | None:
    """The person a pronoun object at *t* ("استقبله") stands for when the sentence opens with a
    verb of going and names nobody before *t*; else None."""
    x = next((y for y in range(sr.lo, t) if sr.f(y) & _AR_MOVED), None)
    if x is None or any(sr.toks[y].key not in _AR_OPENERS for y in range(sr.lo, x)):
        return None
    if any(m.lo < t and m.etype in ("Person", "Organization") for m in sr.args):
        return None  # "وصل X ... حيث استقبله Y": the arrival rules read X
    return guest_antecedent(sr, host.eid) or sr._prev_subject(exclude=host.eid)


def dropped_with_subject_ar(sr: Any, t: int, partner: Mention | None) -> Mention | None:
    """The subject of a meeting verb at *t* that opens the sentence (after particles only)
    with its *partner* after بـ / مع: the visitor, else the previous sentence's subject."""
    if partner is not None and not sr.has_prep(partner, _WITH) and sr._counterpart(partner):
        return counterpart_opening_subject_ar(sr, t, partner)  # the guest before the host
    if partner is None or sr.si == 0 or not sr.has_prep(partner, _WITH) or \
            any(sr.toks[y].key not in _AR_OPENERS for y in range(sr.lo, t)):
        return None
    if any(sr.key(y) not in _RIGHT_AFTER for y in range(t + 1, title_start(partner))):
        return None  # "كما اجتمع الوفد بـX": a subject of its own after the verb
    return guest_antecedent(sr, partner.eid) or sr._prev_subject(exclude=partner.eid)
