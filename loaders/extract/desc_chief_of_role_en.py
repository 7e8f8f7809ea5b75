"""English: "the chief U.N. investigator" is no description of the body's head (session 68).

"chief" before a body's name and a lower-case role noun qualifies that noun: "The chief U.N.
investigator into the assassination met Assad", "the chief IAEA inspector", "the chief EU
negotiator", "the chief U.N. weapons inspector": an unnamed investigator, inspector or
negotiator, not the UN Secretary-General or the IAEA's director-general ("the U.N. chief",
"the chief of the IAEA" stay descriptions of the head). ``title_description.described_holder``
asks :func:`chief_of_a_role_en` before resolving the description.
"""

from __future__ import annotations

from typing import Any

# the role nouns "chief" qualifies when they follow the body ("chief U.N. envoy")
_ROLE_NOUNS = frozenset({"envoy", "counsel", "spokesman", "spokeswoman", "spokesperson", "official",
                         "delegate", "mediator", "representative", "expert", "economist",
                         "scientist", "architect", "strategist", "engineer"})
_AGENT_ENDINGS = ("tor", "ter", "ser", "ner", "ist")


def _role_noun(key: str) -> bool:
    """A lower-case noun naming a role: "investigator", "inspector", "negotiator", "prosecutor"."""
    return key in _ROLE_NOUNS or (len(key) > 5 and key.endswith(_AGENT_ENDINGS))


def chief_of_a_role_en(toks: list[Any], k: int, j: int, hi: int) -> bool:
    """Is the English title word at *k* "chief" right before a body's name that ends at *j*
    and is followed (one field word may stand between: "weapons") by a role noun?"""
    if toks[k].ar or toks[k].key != "chief" or j <= k + 1:
        return False
    for x in range(j, min(j + 2, hi)):
        tk = toks[x]
        if tk.cap or tk.punct:
            return False
        if _role_noun(tk.key):
            return True
    return False
