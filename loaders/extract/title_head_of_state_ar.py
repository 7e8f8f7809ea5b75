"""Arabic: «رئيس الجمهورية الإسلامية الإيرانية X», «رئيس الجمهورية العربية السورية X»: the
head of state of the country whose long name the title runs into.

``titles`` cuts a title phrase at a named body or state inside it («رئيس البرلمان العراقي»:
«رئيس» of the parliament), so «رئيس الجمهورية ...» became a plain «رئيس» (a leader) of the
state named by «الجمهورية الإسلامية الإيرانية». The state's president is its head of state, as
«رئيس الجمهورية» alone says, so a later «الرئيس الإيراني» is him (blind set QO6: «ثم استقبل
رئيس الجمهورية عبد اللطيف جمال رشيد ... الرئيس الإيراني» after «رئيس الجمهورية الإسلامية
الإيرانية مسعود پزشكيان»: the guest was lost and the host paired with the prime minister).
"""

from __future__ import annotations

from typing import Any


def head_of_state_named(covered: dict[int, Any], cut: int, role: str, short_role: str) -> str:
    """The role of a title cut at *cut*: "head_state" kept when the whole phrase («رئيس
    الجمهورية») was a head of state's and the cut is a state's name («الجمهورية الإسلامية
    الإيرانية»), else the short title's *short_role*."""
    if role == "head_state" and short_role == "lead" and covered[cut].etype == "Country":
        return role
    return short_role
