"""Session 20 (lexen): English killing phrases with a stated agent, from general news usage:
"(was killed / died / the killing) at the hands of Y" and "Y claimed the killing /
assassination / murder of X" (no "responsibility" word), each with a case not to read."""

from __future__ import annotations

import pytest

from tests.extract_support import AB, assert_relations

NASRALLAH = "person:hassan-nasrallah"
HAMAS = "organization:hamas"
ISRAEL = "country:israel"

HANDS = [
    ("Hassan Nasrallah died at the hands of Hamas gunmen, his family said.",
     [AB(NASRALLAH, HAMAS)], []),
    ("Hassan Nasrallah was murdered at the hands of Israeli agents in a Beirut suburb.",
     [AB(NASRALLAH, ISRAEL)], []),
    ("Hassan Nasrallah's killing at the hands of Israel shook the region.",
     [AB(NASRALLAH, ISRAEL)], []),
    # a defeat or a humiliation at someone's hands, or care "in the hands of": no killing
    ("Hassan Nasrallah suffered a defeat at the hands of Hamas in the elections.",
     [], [AB(NASRALLAH, HAMAS)]),
    ("Hassan Nasrallah was humiliated at the hands of Hamas, rivals said.",
     [], [AB(NASRALLAH, HAMAS)]),
]

CLAIMED = [
    ("Hamas claimed the killing of Hassan Nasrallah in a statement on Telegram.",
     [AB(NASRALLAH, HAMAS)], []),
    ("In a video, Hamas claims the assassination of Hassan Nasrallah.", [AB(NASRALLAH, HAMAS)], []),
    # an assertion about the killing, a plan, the lives of others: no claim of the deed
    ("Hamas claimed the killing of Hassan Nasrallah was an Israeli plot.",
     [], [AB(NASRALLAH, HAMAS)]),
    ("Hamas would claim the killing of Hassan Nasrallah, analysts said.",
     [], [AB(NASRALLAH, HAMAS)]),
    ("Hamas claimed the lives of Hassan Nasrallah's guards.", [], [AB(NASRALLAH, HAMAS)]),
]


@pytest.mark.parametrize(("text", "must", "must_not"), HANDS + CLAIMED)
def test_kill_idioms_en(ex, text, must, must_not) -> None:
    assert_relations(ex.extract(text, lang="en"), text[:40], must, must_not)


# ---- the present tense of headlines and timelines ------------------------------------------
PRESENT = [
    ("Israeli drone strike kills Hamas commander Hassan Nasrallah in Beirut.",
     [AB(NASRALLAH, ISRAEL)], []),
    ("Sept 2024 - Israel kills Hassan Nasrallah in a strike on Beirut.",
     [AB(NASRALLAH, ISRAEL)], []),
    ("- 2009: Hamas assassinates Hassan Nasrallah outside his home.", [AB(NASRALLAH, HAMAS)], []),
    ("Hamas murders Hassan Nasrallah, the headline read.", [AB(NASRALLAH, HAMAS)], []),
    ("March 2008 - Hamas guns down Hassan Nasrallah outside his home.",
     [AB(NASRALLAH, HAMAS)], []),
    ("Hamas shoots dead Hassan Nasrallah in Beirut, witnesses say.", [AB(NASRALLAH, HAMAS)], []),
    ("Sept 2024 - Hassan Nasrallah dies in an Israeli strike on Dahiyeh.",
     [AB(NASRALLAH, ISRAEL)], []),
    ("Hassan Nasrallah dies at the hands of Hamas gunmen, reports say.",
     [AB(NASRALLAH, HAMAS)], []),
    # a threat, a general claim about others, a denial, an idiom, an illness, a condition
    ("Hassan Nasrallah dies of cancer in Beirut as Israel mourns.", [], [AB(NASRALLAH, ISRAEL)]),
    ("Hamas says Hassan Nasrallah dies a martyr if Israel strikes.", [],
     [AB(NASRALLAH, ISRAEL)]),
    ("Hamas vows it will kill Hassan Nasrallah before the summer.", [], [AB(NASRALLAH, HAMAS)]),
    ("Hassan Nasrallah says Israel kills civilians every day.", [], [AB(NASRALLAH, ISRAEL)]),
    ("Hassan Nasrallah kills time in Beirut before Hamas arrives.", [], [AB(NASRALLAH, HAMAS)]),
    ("Hamas never kills Hassan Nasrallah in the film.", [], [AB(NASRALLAH, HAMAS)]),
]


@pytest.mark.parametrize(("text", "must", "must_not"), PRESENT)
def test_kill_present_en(ex, text, must, must_not) -> None:
    assert_relations(ex.extract(text, lang="en"), text[:40], must, must_not)
