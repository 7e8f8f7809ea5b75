"""ASSASSINATED_BY (Arabic, session 70): the owner of a counted group of victims is no victim.

"أعدمت ميليشيات ... ما لا يقل عن 66 من أفراد موكب X" / "قتلت القوات 20 من حراس الرئيس X": the
victims are the counted members (a figure or a number word, then "من" and their group), and X
is only the one they served (his guards, his convoy, his supporters), so the active verb's
subject killed no X (``killing_rules`` reads the first person after the verb as its object).
Not when the group's members are named after it ("... من قادة الحركة، بينهم / هما X"), nor
past punctuation ("من قادتها: X وY").
"""

from __future__ import annotations

from typing import Any

from loaders.extract.kill_groups_forces import _AR_AMONG_CUES, _count_at


def counted_group_owner_ar(sr: Any, t: int, victim: Any) -> bool:
    """Is *victim* (the first person after the killing verb at *t*) the owner of a counted
    group "N من <noun> ... X", with no among-cue and no punctuation after "من"?"""
    of = next((y for y in range(t + 1, victim.lo) if sr.key(y) == "من" and (
        _count_at(sr, y - 1) or y - 2 > t and _count_at(sr, y - 2))), None)
    if of is None:
        return False
    return not any(sr.toks[y].punct or sr.f(y) & _AR_AMONG_CUES for y in range(of + 1, victim.lo))
