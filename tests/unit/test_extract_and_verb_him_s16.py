"""Wrong span and false relation: a و-verb with an object pronoun before a known name
("وعيّنه مهدي المشاط ... خلفاً لـY": and al-Mashat appointed him) is no first name of that
person; read as one, the mention began at the verb and the appointer was taken for the
appointee (al-Mashat "succeeded" Y). Given names with و ("وطه", "وجيه") stay names. Our own
sentences, not taken from any dev set.
"""

import pytest

from tests.extract_support import MW, SO, assert_relations, person_surfaces

MASHAT, HABTOOR = "person:mahdi-al-mashat", "person:abdulaziz-bin-habtoor"
RAHAWI = "person:ahmed-al-rahawi"


# (name, text, surface that must be a mention of the id, must_not relations)
CASES = [
 ("appointed_him", "ينحدر الرهوي من أبين. وعيّنه مهدي المشاط في آب 2024 رئيساً لحكومة جديدة "
  "خلفاً لعبد العزيز بن حبتور.", "مهدي المشاط", MASHAT, [SO(MASHAT, HABTOOR)]),
 ("received_him", "وصل الرهوي إلى صنعاء. واستقبله مهدي المشاط في القصر الجمهوري.",
  "مهدي المشاط", MASHAT, []),
 ("received_her_list", "وصلت الوزيرة إلى صنعاء. واستقبلها مهدي المشاط وعبد العزيز بن حبتور.",
  "مهدي المشاط", MASHAT, []),
]


@pytest.mark.parametrize("name,text,surface,eid,must_not", CASES, ids=[c[0] for c in CASES])
def test_and_verb_him_is_no_first_name(ex, name, text, surface, eid, must_not):
    doc = ex.extract(text, lang="ar")
    assert person_surfaces(doc, text).get(surface) == eid, person_surfaces(doc, text)
    assert_relations(doc, name, [], must_not)


def test_received_him_still_a_meeting(ex):
    text = "وصل أحمد غالب الرهوي إلى صنعاء. واستقبله مهدي المشاط في القصر الجمهوري."
    assert_relations(ex.extract(text, lang="ar"), "received_him", [MW(MASHAT, RAHAWI)], [])


@pytest.mark.parametrize("text,surface", [
    ("التقى الوزير وجيه عبد الله الحسيني في بغداد.", "وجيه عبد الله الحسيني"),
    ("استقبل الرئيس محمد شياع السوداني وطه ياسين الحسيني.", "طه ياسين الحسيني"),
])
def test_given_names_with_waw_stay(ex, text, surface):
    doc = ex.extract(text, lang="ar")
    assert surface in person_surfaces(doc, text), person_surfaces(doc, text)
