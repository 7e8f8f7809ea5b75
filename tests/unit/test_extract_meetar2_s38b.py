"""Session 38b, Arabic MET_WITH recall (topic meetar2): a minister's title with its portfolio
("وزير النفط"، "وزير الثقافة والإرشاد") before a known name, so the name holds the title and a
list of attendees or guests goes on past it (``title_extent_ar.skip_definite_body``).
Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract_support import MW, assert_relations

PORTFOLIO_TITLE = [
    # the second attendee of a "بحضور" list after a portfolio title
    ("استقبل رئيس البرلمان محمد الحلبوسي رئيس الإقليم نيجيرفان بارزاني، بحضور رئيس تيار "
     "الحكمة عمار الحكيم ووزير النفط حيان عبد الغني.",
     [MW("person:hayan-abdul-ghani", "person:mohammed-al-halbousi"),
      MW("person:hayan-abdul-ghani", "person:nechirvan-barzani")], []),
    # "حضر الاجتماع A و<portfolio title> B": the attendee list goes on past the portfolio
    ("واستقبل رئيس الإقليم نيجيرفان بارزاني رئيس البرلمان محمد الحلبوسي في أربيل، وحضر "
     "الاجتماع وزير الخارجية فؤاد حسين ووزير التجارة والصناعة أثير الغريري.",
     [MW("person:athir-dawood-al-ghurairi", "person:nechirvan-barzani"),
      MW("person:athir-dawood-al-ghurairi", "person:mohammed-al-halbousi")], []),
]

PORTFOLIO_TITLE_NOT = [
    # the minister opens a clause of his own after the attendee list
    ("استقبل رئيس البرلمان محمد الحلبوسي رئيس الإقليم نيجيرفان بارزاني، بحضور رئيس تيار "
     "الحكمة عمار الحكيم. وقال وزير النفط حيان عبد الغني إن الصادرات ارتفعت.",
     [MW("person:hayan-abdul-ghani", "person:mohammed-al-halbousi"),
      MW("person:hayan-abdul-ghani", "person:nechirvan-barzani")]),
    # the minister met nobody: he spoke of the meeting he did not attend
    ("ولم يحضر وزير النفط حيان عبد الغني لقاء رئيس البرلمان محمد الحلبوسي، وفق مصدر مطلع.",
     [MW("person:hayan-abdul-ghani", "person:mohammed-al-halbousi")]),
]


@pytest.mark.parametrize(("text", "must", "must_not"), PORTFOLIO_TITLE)
def test_portfolio_title(ex: Any, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang="ar"), text[:50], must, must_not)


@pytest.mark.parametrize(("text", "must_not"), PORTFOLIO_TITLE_NOT)
def test_portfolio_title_negative(ex: Any, text: str, must_not: list) -> None:
    assert_relations(ex.extract(text, lang="ar"), text[:50], [], must_not)
