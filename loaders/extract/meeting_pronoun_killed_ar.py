"""MET_WITH (Arabic, session 71): the person whose killing is told is not the "him" of a
reception.

"وصل X إلى دمشق في أول زيارة له منذ اغتيال والده الرئيس Z، فاستقبله Y": the object pronoun of
"استقبله" is the visitor X, not Z, named last but only as the victim of the killing noun right
before him (اغتيال، مقتل، استشهاد، تصفية, past a kin word: "والده"، "شقيقه"). Read by
``meetings.MeetingRules`` on the antecedent it found for the pronoun of a meeting verb: the
person named before Z, if any.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.rule_common import title_start

_AR_KILLING_NOUNS = L._ar("اغتيال", "مقتل", "استشهاد", "تصفية", "قتل")
_AR_KIN = L._ar("والده", "والدها", "شقيقه", "شقيقها", "نجله", "نجلها", "ابنه", "ابنها",
                "زوجها", "زوجته", "عمه", "جده", "أخيه", "اخيه")


def past_killed_genitive_ar(sr: Any, ante: Any) -> Any:
    """The person named before *ante* when *ante* is the victim of a killing noun right
    before him ("منذ اغتيال (والده) (الرئيس) Z"); else ``None``."""
    y = _killing_noun(sr, ante)
    if y is None:
        return None
    prev = sr.before(y, types=("Person",), maxgap=40)
    if prev is None or prev.eid == ante.eid or _killing_noun(sr, prev) is not None:
        return None
    return prev


def _killing_noun(sr: Any, m: Any) -> int | None:
    """The killing noun right before *m* (past a kin word), else ``None``."""
    y = title_start(m) - 1
    if y >= sr.lo and sr.f(y) & _AR_KIN:
        y -= 1
    return y if y >= sr.lo and sr.f(y) & _AR_KILLING_NOUNS else None
