"""Session 17: a bare "the coalition" / "a coalition strike" is the coalition named in full
before it in the article ("the Saudi-led coalition"); nothing when none was named."""

from __future__ import annotations

import pytest

from tests.extract_support import AB, assert_relations

HOUTHI = "person:abdulkhaliq-al-houthi"
SAUDI_LED = "organization:saudi-led-coalition"
QURASHI = "person:abu-ibrahim-al-hashimi-al-qurashi"
INTL = "organization:international-coalition"

NAMED = [
    ("The Saudi-led coalition has intensified its air campaign in Yemen. Houthi commander "
     "Abdul Khaliq al-Houthi was killed in a coalition strike on Saada on Monday.", "en",
     AB(HOUTHI, SAUDI_LED)),
    ("The Saudi-led coalition stepped up raids on Saada. Abdul Khaliq al-Houthi, a Houthi "
     "commander, died in a coalition airstrike near the border.", "en", AB(HOUTHI, SAUDI_LED)),
    ("The US-led international coalition against ISIS struck targets in Syria. ISIS leader "
     "Abu Ibrahim al-Hashimi al-Qurashi was killed in a coalition raid.", "en", AB(QURASHI, INTL)),
    ("كثف التحالف بقيادة السعودية غاراته على اليمن. وقتل القيادي الحوثي عبد الخالق الحوثي في "
     "غارة للتحالف على صعدة.", "ar", AB(HOUTHI, SAUDI_LED)),
]


@pytest.mark.parametrize("text,lang,trip", NAMED)
def test_bare_coalition_is_the_one_named_before(ex, text: str, lang: str, trip) -> None:
    assert_relations(ex.extract(text, lang=lang), text, [trip], [])


@pytest.mark.parametrize("text,lang", [
    ("Houthi commander Abdul Khaliq al-Houthi was killed in a coalition strike on Saada.", "en"),
    ("قتل القيادي الحوثي عبد الخالق الحوثي في غارة للتحالف على صعدة.", "ar"),
])
def test_bare_coalition_without_antecedent_is_no_agent(ex, text: str, lang: str) -> None:
    doc = ex.extract(text, lang=lang)
    assert not [r for r in doc["relations"] if r["type"] == "ASSASSINATED_BY"], text
