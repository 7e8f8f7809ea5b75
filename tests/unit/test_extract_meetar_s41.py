"""Session 41, Arabic MET_WITH recall (topic meetar): sentence shapes the rules missed, with
sentences written for these tests (other people, places and word orders)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract_support import MW, assert_relations

# ---- "بحضور المتحدث باسم <body> [rank] Y": the spokesman's title is Y's, not a description of a
# spokesman named before (title_stacked_ar._spokesman_before) ----------------------------------
SPOKESMAN = [
    # another spokesman named in the previous sentence; the body and a rank before the name
    ("وصرح المتحدث باسم الحكومة باسم العوادي بأن الزيارة ناجحة. واستقبل رئيس الوزراء محمد "
     "شياع السوداني وزير الدفاع ثابت العباسي، بحضور الناطق باسم القائد العام للقوات المسلحة "
     "اللواء صباح النعمان.",
     [MW("person:mohammed-shia-al-sudani", "person:sabah-al-numan"),
      MW("person:thabet-al-abbasi", "person:sabah-al-numan")],
     [MW("person:mohammed-shia-al-sudani", "person:basim-al-awadi")]),
    # "المتحدث الرسمي باسم <ministry> Y", a minister named before
    ("قال عباس عراقجي إن المحادثات مستمرة. والتقى الرئيس السوري أحمد الشرع وزير الخارجية "
     "التركي هاكان فيدان، بحضور المتحدث الرسمي باسم الخارجية الإيرانية إسماعيل بقائي.",
     [MW("person:ahmed-al-sharaa", "person:esmaeil-baghaei")],
     [MW("person:ahmed-al-sharaa", "person:abbas-araghchi")]),
]

SPOKESMAN_NOT = [
    # no name after the body: the description stays the spokesman named before
    ("وصرح المتحدث باسم الحكومة باسم العوادي بأن الزيارة ناجحة. واستقبل رئيس الوزراء محمد "
     "شياع السوداني المتحدث باسم الحكومة، وقال إن اللواء صباح النعمان سيحضر.",
     [MW("person:basim-al-awadi", "person:mohammed-shia-al-sudani")],
     [MW("person:mohammed-shia-al-sudani", "person:sabah-al-numan")]),
    # the body inside the description, then the object's own title and name: two people
    ("وصرح المتحدث باسم الحكومة باسم العوادي بأن الزيارة ناجحة. والتقى المتحدث باسم "
     "الحكومة وزير الدفاع ثابت العباسي.",
     [MW("person:basim-al-awadi", "person:thabet-al-abbasi")], []),
]


@pytest.mark.parametrize(("text", "must", "must_not"), SPOKESMAN + SPOKESMAN_NOT)
def test_spokesman_title(ex: Any, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang="ar"), text[:50], must, must_not)


def test_spokesman_title_cut(ex: Any) -> None:
    """A text that ends right after "المتحدث باسم" or "الناطق الرسمي" gives no error."""
    ex.extract("قال باسم العوادي إن الزيارة ناجحة. وحضر اللقاء المتحدث باسم", lang="ar")
    ex.extract("قال باسم العوادي إن الزيارة ناجحة. وحضر اللقاء الناطق الرسمي", lang="ar")
