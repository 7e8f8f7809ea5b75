"""Session 36, Arabic MET_WITH recall (topic meetar): sentence shapes the rules missed, with
sentences written for these tests (other people, dates and word orders)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract_support import MW, assert_relations

# ---- "استقبل X، يوم الخميس 5 حزيران (يونيو) 2025، Y": a month's gloss inside the date aside ----
DATE_GLOSS_ASIDE = [
    ("استقبل الأمير محمد بن سلمان، يوم الأربعاء 9 تشرين الأول (أكتوبر) 2024، وزير الخارجية "
     "التركي هاكان فيدان في جدة.",
     [MW("person:hakan-fidan", "person:mohammed-bin-salman")], []),
    # a person inside the brackets is no date's gloss: the aside is not skipped to the object
    ("استقبل الأمير محمد بن سلمان، يوم الأربعاء 9 تشرين الأول (بحسب عادل الجبير) 2024، وزير "
     "الخارجية التركي هاكان فيدان في جدة.",
     [], [MW("person:adel-al-jubeir", "person:hakan-fidan")]),
]


@pytest.mark.parametrize(("text", "must", "must_not"), DATE_GLOSS_ASIDE)
def test_date_gloss_aside(ex: Any, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang="ar"), text[:50], must, must_not)


def test_date_gloss_aside_negative(ex: Any) -> None:
    text = ("لم يستقبل الأمير محمد بن سلمان، يوم الأربعاء 9 تشرين الأول (أكتوبر) 2024، وزير "
            "الخارجية التركي هاكان فيدان في جدة.")
    assert_relations(ex.extract(text, lang="ar"), "negative", [],
                     [MW("person:hakan-fidan", "person:mohammed-bin-salman")])
