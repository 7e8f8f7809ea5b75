"""Session 47: an ambassador after another office, and states named by their long official
names, in Arabic titles.

"استقبل رئيس الجمهورية سفير مصر لدى العراق أحمد سليم": the ambassador's title was read as a
rank of the president's ("رئيس الجمهورية سفير مصر", resolved to Egypt's president) and the
guest met Sisi. ``titles._AMBASSADORS``: an indefinite ambassador's title after another office
starts another person's title. "سفير جمهورية الصين الشعبية لدى العراق X": the state-form word
and the official adjectives around the country hid the ambassador (``state_forms_ar``).
"""

import pytest

from loaders.extract import get_extractor
from tests.extract_support import met_pairs


@pytest.fixture(scope="module")
def rules():
    return get_extractor("rules")


def _people(ex, text: str) -> set[str]:
    return {e["id"] for e in ex.extract(text, lang="ar")["entities"] if e["type"] == "Person"}


def _met(ex, text: str) -> set[frozenset[str]]:
    return met_pairs(ex.extract(text, lang="ar"))


@pytest.mark.parametrize("host", ["رئيس الجمهورية", "رئيس الوزراء"])
def test_an_unnamed_host_is_not_the_ambassadors_head_of_state(rules, host):
    text = f"واستقبل {host} سفير مصر لدى العراق أحمد سليم."
    assert "person:abdel-fattah-el-sisi" not in _people(rules, text)
    assert not any("person:abdel-fattah-el-sisi" in p for p in _met(rules, text))
    assert "person:ahmed-salim" in _people(rules, text)


def test_a_named_host_meets_the_ambassador(rules):
    text = "واستقبل رئيس الجمهورية عبد اللطيف رشيد سفير مصر لدى العراق أحمد سليم."
    assert frozenset(("person:abdul-latif-rashid", "person:ahmed-salim")) in _met(rules, text)


def test_a_retired_ambassadors_rank_after_his_title_stays_his(rules):
    """"المستشار الدبلوماسي لرئيس الحكومة السفير X": X is the adviser (dev arIS5)."""
    text = ("استقبل رئيس الحكومة نجيب ميقاتي وزير الخارجية عباس عراقجي، في حضور المستشار "
            "الدبلوماسي لرئيس الحكومة السفير بطرس عساكر.")
    assert any(p.startswith("person:boutros") for p in _people(rules, text))


@pytest.mark.parametrize("state", [
    "جمهورية الصين الشعبية", "المملكة الأردنية الهاشمية", "دولة قطر", "سلطنة عمان",
    "جمهورية باكستان الإسلامية", "جمهورية ألمانيا الاتحادية", "المملكة المغربية",
    "الجمهورية الجزائرية", "الجمهورية التونسية", "الاتحاد الروسي",
])
def test_an_ambassador_of_a_state_named_in_full_is_found(rules, state):
    text = f"واستقبل الوزير سفير {state} لدى العراق تشانغ تاو."
    assert "person:zhang-taw" in _people(rules, text)


def test_a_minister_of_state_is_no_state(rules):
    """"وزير دولة" ends the title; «إمارة» is no state form ("حاكم إمارة أبوظبي")."""
    text = ("حضر اللقاء سمو الشيخ طحنون بن زايد آل نهيان نائب حاكم إمارة أبوظبي مستشار الأمن "
            "الوطني، ومعالي خليفة شاهين المرر وزير دولة.")
    assert not any("maali" in p for p in _people(rules, text))
