"""Session 20 (Arabic people the gazetteer does not know). Our own sentences, not taken from
any dev set.

- ``titles._titles`` / ``arabic_names._ar_given_name_people``: bare "شيخ" between two usual
  given names is a word of the (Somali) name ("حسن شيخ عيسى"), no title. Negative: "محمد شيخ
  القبيلة".
- ``lexicon.AR_NAME_JOINERS`` / ``arabic_names._particle_joins``: the Mauritanian "ولد" and the
  Tuareg "أغ" ("son of") join the words of one name as "بن" does ("أحمد ولد الشيخ البكاي"،
  "بلال أغ الشريف"). Negative: "X Y ولد في ..." (was born) ends the name before ولد.
"""

import pytest

from tests.extract_support import SO, assert_relations


def _people(ex, text: str) -> list[str]:
    doc = ex.extract(text, lang="ar")
    return [text[a:b] for e in doc["entities"] if e["type"] == "Person"
            for a, b in e.get("mentions") or []]


@pytest.mark.parametrize("text,surface", [
    ("واستقبل الرئيس، السيد أحمد ولد الشيخ البكاي، الوزير فؤاد حسين.", "أحمد ولد الشيخ البكاي"),
    ("وتولى الرئاسة خلفاً لمحمد ولد عبد الرحمن في نواكشوط.", "محمد ولد عبد الرحمن"),
    ("والتقى الوزير بلال أغ الشريف في كيدال.", "بلال أغ الشريف")])
def test_particle_in_name(ex, text, surface) -> None:
    assert surface in _people(ex, text)


def test_particle_succession(ex) -> None:
    doc = ex.extract("وأدى أحمد ولد الشيخ البكاي اليمين رئيساً خلفاً لمحمد ولد البشير.",
                     lang="ar")
    assert_relations(doc, "ould", [SO("person:ahmed-al-bakay", "person:mohammed-ould-al-bashir")],
                     [])


def test_born_is_no_particle(ex) -> None:
    """"ولد في" after a name is "was born": no part of the name."""
    assert _people(ex, "وكان محمد حسن ولد في بغداد عام 1960.") == ["محمد حسن"]


@pytest.mark.parametrize("text,surface", [
    ("وكان علي شيخ عثمان قد التقى الوزير في القصر.", "علي شيخ عثمان"),
    ("وأدى حسن شيخ عيسى اليمين خلفاً لمحمد ولد البشير.", "حسن شيخ عيسى")])
def test_sheikh_inside_name(ex, text, surface) -> None:
    """Bare "شيخ" between a usual given name and another is a word of the (Somali) name, no
    title ("حسن شيخ عيسى"); "محمد شيخ القبيلة" (the tribe's sheikh) names nobody new."""
    assert surface in _people(ex, text)


def test_sheikh_of_tribe(ex) -> None:
    assert not [p for p in _people(ex, "واستقبل محمد شيخ القبيلة في منزله.") if "شيخ" in p]
