"""Session 40's review: two rules of the session that did less than their docstrings say.

- ``meeting_delegation_subject_ar``: "التقى الوفد الإيراني Z" is another delegation (a
  nationality after «الوفد»), not the one named before, whose members must not be paired with Z.
- ``generic_group_bodies``: a generic group word opening the sentence ("Militia leaders met X")
  is as unqualified as "The militia leaders met X": no meeting with ``iran-backed-militias``.
"""

from __future__ import annotations

import pytest

from loaders.extract import get_extractor
from tests.extract_support import met_pairs


@pytest.fixture(scope="module")
def ex():
    return get_extractor("rules")


def _met(ex, text: str, lang: str) -> set[frozenset[str]]:
    return met_pairs(ex.extract(text, lang=lang))


def test_another_nations_delegation_is_not_the_one_named_before(ex):
    text = ("استقبل نبيه بري وفد حزب الله، والذي ضم محمد رعد. وفي وقت لاحق، التقى الوفد الإيراني "
            "نجيب ميقاتي في مقره.")
    met = _met(ex, text, "ar")
    assert frozenset(("person:mohammad-raad", "person:nabih-berri")) in met  # the first meeting
    assert frozenset(("person:mohammad-raad", "person:najib-mikati")) not in met
    assert frozenset(("organization:hezbollah", "person:najib-mikati")) not in met


@pytest.mark.parametrize("text", ["Militia leaders met Sudani in Baghdad.",
                                  "Paramilitaries met Sudani in Baghdad.",
                                  "The militia leaders met Sudani in Baghdad."])
def test_a_generic_group_opening_the_sentence_meets_nobody(ex, text):
    assert not [p for p in _met(ex, text, "en") if "organization:iran-backed-militias" in p]
