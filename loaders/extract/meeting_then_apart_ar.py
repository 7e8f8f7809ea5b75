"""MET_WITH (Arabic): a further partner after "ثم" and a separate-meeting aside (session 55,
``seen55``).

"التقى X الرئيس A، ثم، في لقاء منفصل، رئيس مجلس النواب B" / "استقبل X نظيره A، ثم في
لقاء منفصل وزير الخارجية B" / "اجتمع X بـA، ثم، في لقاء آخر، بـB": X met B too. The aside
"في لقاء / اجتماع منفصل / آخر / ثان" (its commas optional) between "ثم" and the next object
hid B from ``core_recall_objects.more_objects``, which read the word after "ثم" alone. B is
taken when it is marked as the first object was: bare after a bare first object, or after
"بـ / مع" (``_then_with_ar``'s reading); a verb after the aside opens a clause of its own.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.rule_common import title_start

_AR_IN = L._ar("في", "فى", "وفي")
_AR_MEETING = L._ar("لقاء", "اجتماع", "جلسة", "محادثات", "مباحثات")
_AR_APART = L._ar("منفصل", "منفصلة", "آخر", "اخر", "ثان", "ثاني", "لاحق", "منفرد", "ثنائي")


def past_apart_aside_ar(sr: Any, x: int) -> int:
    """The first token after "(،) في لقاء منفصل (،)" at *x*, else -1."""
    y = x + 1 if sr.key(x) in ("،", ",") else x
    if sr.key(y) not in _AR_IN or sr.key(y + 1) not in _AR_MEETING or \
            sr.key(y + 2) not in _AR_APART:
        return -1
    y += 3
    return y + 1 if sr.key(y) in ("،", ",") else y


def bare_partner_at(sr: Any, y: int, last: Any) -> list:
    """The person whose title or name starts at *y*, bare as the first object *last* was."""
    if last.prefix:
        return []
    m = next((mm for mm in sr.args if title_start(mm) == y), None)
    if m is None or m.etype != "Person" or m.prefix:
        return []
    return sr.chain(m)
