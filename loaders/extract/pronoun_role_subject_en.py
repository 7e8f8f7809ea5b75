"""English "he" / "she" after a sentence subject "His successor" / "Her deputy" (session 25).

"X served until 2022. His successor has kept a lower profile, but he met Y within days": "he"
is the successor (someone the sentence does not name), not X whom "his" stands for; so the
pronoun has no antecedent and nobody meets Y. ``subjects._he_at`` asks
:func:`unnamed_role_subject_en` first. Not when the role is named before the pronoun ("His
successor, Z, said he met Y"), nor a role noun that is no subject ("His successor's
appointment ...").
"""

from __future__ import annotations

from typing import Any

_ROLES = frozenset({"successor", "predecessor", "replacement", "deputy", "son", "brother",
                    "father", "nephew", "cousin", "daughter", "wife", "husband", "sister",
                    "mother"})
_LEADS = frozenset({"but", "and", "yet", "meanwhile"})


def unnamed_role_subject_en(sr: Any, x: int) -> bool:
    """Does "he" / "she" at *x* stand for the unnamed "His <role>" opening its sentence?"""
    s = sr.lo + 1 if sr.key(sr.lo) in _LEADS else sr.lo
    if x < s + 3 or sr.key(s) not in ("his", "her") or sr.key(s + 1) not in _ROLES:
        return False
    return not any(m.etype == "Person" and s + 2 <= m.lo < x for m in sr.args)
