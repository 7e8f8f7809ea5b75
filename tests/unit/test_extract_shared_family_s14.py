"""Arabic: three or more usual given names joined by و before one family name share it
("قتل حازم وأمير ومحمد هنية": Hazem, Amir and Mohammed Haniyeh, three people), also when the
family name alone is a known person's ("إسماعيل هنية" named before); a title word that is
also a given name (أمير) is no title there. Our own sentences, not taken from any dev set.
"""

import pytest

from tests.extract_support import AB, MW, assert_relations, person_surfaces

IDF, ARAGHCHI = "organization:israel-defense-forces", "person:abbas-araghchi"
HAZEM, AMIR, MOHAMMED = "person:hazem-haniyeh", "person:amir-haniyeh", "person:mohammed-haniyeh"


# (name, text, must, must_not)
CASES = [
 ("killed_three_sons",
  "وأعلن الجيش الإسرائيلي أنه قتل حازم وأمير ومحمد هنية، زاعماً أنهم عناصر في الحركة.",
  [AB(HAZEM, IDF), AB(AMIR, IDF), AB(MOHAMMED, IDF)], []),
 ("father_named_before",
  "قال إسماعيل هنية إن أبناءه استشهدوا. وأعلن الجيش الإسرائيلي أنه قتل حازم وأمير ومحمد هنية.",
  [AB(HAZEM, IDF), AB(AMIR, IDF), AB(MOHAMMED, IDF)],
  [AB("person:ismail-haniyeh", IDF)]),
 ("met_three_brothers",
  "التقى عباس عراقجي سمير وخالد وأحمد الخطيب في بيروت.",
  [MW(ARAGHCHI, "person:samir-al-khatib"), MW(ARAGHCHI, "person:khaled-al-khatib"),
   MW(ARAGHCHI, "person:ahmed-al-khatib")], []),
]


@pytest.mark.parametrize("name,text,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_given_names_share_family(ex, name, text, must, must_not):
    assert_relations(ex.extract(text, lang="ar"), name, must, must_not)


def test_given_names_without_family_name(ex):
    text = "التقى عباس عراقجي سمير وخالد وأحمد وعلي في بيروت."
    assert set(person_surfaces(ex.extract(text, lang="ar"), text)) == {"عباس عراقجي"}
