"""Blind set OQ-OR (session 65, Libya 2019-2024), phase 2: what is read now.

``subjects.SubjectHelpers._close_object`` (English objects right after a meeting verb): a
compass adjective or a "-based" place may stand before the object's title, as wires write
the Libyan and Syrian commanders: "a delegation headed by X met eastern commander Khalifa
Haftar", "met eastern strongman ...", "met Tripoli-based Prime Minister ...". Before, only a
fallback read "X met eastern commander Y" when X was named right before the verb, and a
delegation "headed by X" lost its meeting. Plans, negations and a place named after "in"
stay no meeting.
"""

from __future__ import annotations

import pytest

from tests.extract_support import met_sorted as _met
from tests.extract_support import sorted_pair as _pair

HAFTAR, DBEIBAH = "person:khalifa-haftar", "person:abdul-hamid-dbeibah"
LAVROV, YEVKUROV, KAMEL = "person:sergei-lavrov", "person:yunus-bek-yevkurov", "person:abbas-kamel"


@pytest.mark.parametrize("text, a, b", [
    ("A Russian military delegation headed by Deputy Defence Minister Yunus-Bek Yevkurov met eastern "
     "strongman Khalifa Haftar in Benghazi on Tuesday, the LNA said.", YEVKUROV, HAFTAR),
    ("A Russian delegation led by Foreign Minister Sergei Lavrov met eastern commander Khalifa Haftar "
     "in Benghazi on Monday.", LAVROV, HAFTAR),
    ("A Russian delegation headed by Sergei Lavrov met eastern-based commander Khalifa Hifter at his "
     "headquarters in Rajma.", LAVROV, HAFTAR),
    ("An Egyptian delegation headed by intelligence chief Abbas Kamel met Tripoli-based Prime Minister "
     "Abdul Hamid Dbeibah on Sunday.", KAMEL, DBEIBAH),
    ("A Russian delegation headed by Foreign Minister Sergei Lavrov met the eastern commander, Khalifa "
     "Haftar, in Benghazi.", LAVROV, HAFTAR),
])
def test_a_compass_or_based_word_before_the_title_keeps_the_object(shipped, text, a, b):
    assert _pair(a, b) in _met(shipped, text)


@pytest.mark.parametrize("text", [
    "A Russian delegation headed by Sergei Lavrov is expected to meet eastern commander Khalifa Haftar "
    "next week.",
    "A Russian delegation headed by Sergei Lavrov did not meet eastern commander Khalifa Haftar during "
    "the visit.",
    "A Russian delegation headed by Sergei Lavrov met officials in eastern Libya, where Khalifa Haftar's "
    "forces hold sway.",
    "A Russian delegation headed by Sergei Lavrov called eastern commander Khalifa Haftar on Monday.",
])
def test_no_meeting_stays_no_meeting(shipped, text):
    assert _pair(LAVROV, HAFTAR) not in _met(shipped, text)
