"""The cue words of the sentence-wide recall rules (``HOOK_AR``, ``HOOK_EN``).

A sentence without any of them ("Y met X in Tehran") skips ``attended_meeting``,
``claimed_lives``, ``strike_agent_later`` and ``became_after_ar``; "X chaired a meeting attended
by Y" has one ("attended").
"""

from __future__ import annotations

from loaders.extract.core_recall_meetings import _AR_ATTENDED, _EN_ATTENDED
from loaders.extract.core_recall_strike_later import (
    _AR_BI_HAYAT,
    _AR_CLAIMED_LIFE,
    _AR_DID,
    _AR_STRUCK,
    _EN_CLAIMED,
    _EN_DID,
    _EN_STRUCK,
)
from loaders.extract.core_recall_succession import _AR_BECAME

# cue words of the sentence-wide rules above (attended_meeting, claimed_lives,
# strike_agent_later, became_after_ar): a sentence without any skips them all
HOOK_AR = _AR_ATTENDED | _AR_BI_HAYAT | _AR_DID | _AR_BECAME | _AR_STRUCK | _AR_CLAIMED_LIFE
HOOK_EN = _EN_ATTENDED | _EN_CLAIMED | _EN_DID | _EN_STRUCK
