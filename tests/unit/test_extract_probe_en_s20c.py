"""English people the gazetteer does not know, found by probing (session 20, ``proben``).
Our own sentences from many regions, not taken from any dev set.

``subject_names_en``: an unknown name opening a sentence before a person's news verb other
than "met" ("X Y held talks with", "X Y also thanked"). Negatives: a run of title or group
words ("Defence Secretary held ...", "Tribal Elders held ...") is no person.
"""

import pytest

from tests.extract_support import MW, assert_relations, people_and_core_relations

HAQQANI, ZHANG = "person:sirajuddin-haqqani", "person:zhang-wei"
OKAFOR, OGUNLESI = "person:chukwuemeka-okafor", "person:adebayo-ogunlesi"
YILMAZ, NAZAROV = "person:mehmet-yilmaz", "person:rustam-nazarov"

# (name, text, must, must_not)
CASES = [
 ("held_talks_envoy", "Sirajuddin Haqqani held talks with Zhang Wei, China's envoy, in Kabul.",
  [MW(HAQQANI, ZHANG)], []),
 ("held_talks_african", "Chukwuemeka Okafor held talks with Adebayo Ogunlesi in Abuja. Okafor "
  "said the talks were useful.", [MW(OKAFOR, OGUNLESI)], []),
 ("held_talks_turkic", "Mehmet Yilmaz held talks with Rustam Nazarov, Tajikistan's foreign "
  "minister, in Dushanbe.", [MW(YILMAZ, NAZAROV)], []),
 ("also_held", "Rain fell in Abuja. Chukwuemeka Okafor also held talks with Adebayo Ogunlesi "
  "there on Friday.", [MW(OKAFOR, OGUNLESI)], []),
]


@pytest.mark.parametrize("name,text,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_probe_relations(ex, name, text, must, must_not) -> None:
    assert_relations(ex.extract(text, lang="en"), name, must, must_not)


@pytest.mark.parametrize("text,surface", [
    ("Sirajuddin Haqqani spoke to reporters in Kabul on Monday.", "Sirajuddin Haqqani"),
    ("Chukwuemeka Okafor later thanked the delegation.", "Chukwuemeka Okafor"),
])
def test_opening_subject_found(ex, text, surface) -> None:
    people, _ = people_and_core_relations(ex, text, "en")
    assert any(surface in surfaces for surfaces in people.values()), people


@pytest.mark.parametrize("text,word", [
    ("Defence Secretary held talks with Zhang Wei in Beijing.", "Secretary"),
    ("Tribal Elders held talks with Zhang Wei in Kabul.", "Elders"),
    ("Local Officials also urged calm in Kabul.", "Officials"),
])
def test_opening_not_person(ex, text, word) -> None:
    people, _ = people_and_core_relations(ex, text, "en")
    assert not any(word in s for surfaces in people.values() for s in surfaces), people
