"""A quantity or group of people after a new person's Arabic name ("X Y وعدد من مرافقيه",
"وعشرات المدنيين", "ومعظم أفراد عائلته", "ومجموعة من قادة الحزب") is no part of the name,
nor a person of its own; a second person joined by و still is. Our own sentences, not taken
from any dev set.
"""

import pytest

from tests.extract_support import MW, assert_relations, person_surfaces

ARAGHCHI = "person:abbas-araghchi"
NAME = "حسين هزيمة"


# (name, text)
CASES = [
 ("a_number_of", "وقتل في الغارة القيادي حسين هزيمة وعدد من مرافقيه."),
 ("tens_of_civilians", "وقتل في الغارة القيادي حسين هزيمة وعشرات المدنيين."),
 ("most_of_family", "وقتل في الغارة القيادي حسين هزيمة ومعظم أفراد عائلته."),
 ("members_of_family", "وقتل في الغارة القيادي حسين هزيمة وأفراد من عائلته."),
 ("fighters_of_party", "وقتل في الغارة القيادي حسين هزيمة وعناصر من الحزب."),
 ("other_leaders", "وقتل في الغارة القيادي حسين هزيمة وقادة آخرون."),
 ("met_a_number", "التقى عباس عراقجي حسين هزيمة وعدداً من قادة الحزب."),
 ("met_a_group", "التقى عباس عراقجي القيادي حسين هزيمة ومجموعة من قادة الحزب."),
]


@pytest.mark.parametrize("name,text", CASES, ids=[c[0] for c in CASES])
def test_group_after_name(ex, name, text):
    surfaces = person_surfaces(ex.extract(text, lang="ar"), text)
    assert NAME in surfaces, f"{name}: {surfaces}"
    assert set(surfaces) <= {NAME, "عباس عراقجي"}, f"{name}: {surfaces}"


def test_meeting_partner_is_the_person(ex):
    doc = ex.extract("التقى عباس عراقجي حسين هزيمة وعدداً من قادة الحزب.", lang="ar")
    assert_relations(doc, "met_a_number", [MW(ARAGHCHI, "person:hussein-hazima")], [])


def test_second_person_still_named(ex):
    text = "التقى عباس عراقجي القيادي حسين هزيمة وسمير القنطار."
    surfaces = person_surfaces(ex.extract(text, lang="ar"), text)
    assert NAME in surfaces and "سمير القنطار" in surfaces, surfaces
