"""Session 20 (Arabic people the gazetteer does not know). Our own sentences, not taken from
any dev set.

- ``titles._titles`` / ``arabic_given_people._ar_given_name_people``: bare "شيخ" between two usual
  given names is a word of the (Somali) name ("حسن شيخ عيسى"), no title. Negative: "محمد شيخ
  القبيلة".
- ``lexicon.AR_NAME_JOINERS`` / ``arabic_name_span._particle_joins``: the Mauritanian "ولد" and the
  Tuareg "أغ" ("son of") join the words of one name as "بن" does ("أحمد ولد الشيخ البكاي"،
  "بلال أغ الشريف"). Negative: "X Y ولد في ..." (was born) ends the name before ولد.
- ``lexicon.AR_TITLES``: Western ranks as Arabic writes them (الكولونيل، اللفتنانت كولونيل،
  الكابتن، الميجور) and "السيدة" introduce a name like a title. Negatives: the
  rank word is no part of the name ("كولونيل بول ..." is no Colin Powell); "مقام السيدة
  زينب" names no person "السيدة".
"""

import pytest

from tests.extract_support import SO, assert_relations, person_surfaces

POWELL = "person:colin-powell"


def _people(ex, text: str) -> list[str]:
    return list(person_surfaces(ex.extract(text, lang="ar"), text))


@pytest.mark.parametrize("text,surface", [
    ("واستقبل الرئيس، السيد أحمد ولد الشيخ البكاي، الوزير فؤاد حسين.", "أحمد ولد الشيخ البكاي"),
    ("وتولى الرئاسة خلفاً لمحمد ولد عبد الرحمن في نواكشوط.", "محمد ولد عبد الرحمن"),
    ("والتقى الوزير بلال أغ الشريف في كيدال.", "بلال أغ الشريف"),
    # bare شيخ inside a (Somali) name, no title
    ("وكان علي شيخ عثمان قد التقى الوزير في القصر.", "علي شيخ عثمان"),
    ("وأدى حسن شيخ عيسى اليمين خلفاً لمحمد ولد البشير.", "حسن شيخ عيسى"),
    # Western ranks and السيدة before a name
    ("وتولى اللفتنانت كولونيل بول إيمري سانكارا قيادة الكتيبة.", "بول إيمري سانكارا"),
    ("وقالت وزيرة الصحة، السيدة مارتين أوبري، إن الوضع تحت السيطرة.", "مارتين أوبري"),
    ("وأعلن الكابتن موسى داديس كامارا أن الحكومة حُلّت.", "موسى داديس كامارا")])
def test_name_found(ex, text, surface) -> None:
    assert surface in _people(ex, text)


def test_particle_succession(ex) -> None:
    doc = ex.extract("وأدى أحمد ولد الشيخ البكاي اليمين رئيساً خلفاً لمحمد ولد البشير.",
                     lang="ar")
    assert_relations(doc, "ould", [SO("person:ahmed-al-bakay", "person:mohammed-ould-al-bashir")],
                     [])


def test_born_is_no_particle(ex) -> None:
    """"ولد في" after a name is "was born": no part of the name."""
    assert _people(ex, "وكان محمد حسن ولد في بغداد عام 1960.") == ["محمد حسن"]


def test_sheikh_of_tribe(ex) -> None:
    """"محمد شيخ القبيلة" (the tribe's sheikh) names nobody "شيخ"."""
    assert not [p for p in _people(ex, "واستقبل محمد شيخ القبيلة في منزله.") if "شيخ" in p]


def test_colonel_is_no_name(ex) -> None:
    """"كولونيل بول" is the rank and a given name, not Colin Powell."""
    doc = ex.extract("وتولى اللفتنانت كولونيل بول إيمري سانكارا قيادة الكتيبة.", lang="ar")
    assert POWELL not in {e["id"] for e in doc["entities"]}


def test_sayyida_zeinab_no_person(ex) -> None:
    """"السيدة" before a shrine's name makes no person of the shrine."""
    assert not _people(ex, "وزار الوفد مقام السيدة زينب في دمشق.")
