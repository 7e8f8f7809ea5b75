"""English bodies named with "of / for / in" inside (session 20, ``org``,
``bodies_joined_en``): the capitalised run ending in a body's head word takes the words
after "of" / "for" (with "the" and an inner "and"), and after "in" before "the" or a
parenthesised acronym. Our own names and sentences.

Negatives: "the Council in Brussels" (a place after "in", no acronym) stays apart; a person
after "and" is not joined into the body."""

import pytest

CASES = [
 ("for_and_in_acronym", "The Movement for Justice and Reform in Darfur (MJRD) said its "
  "fighters entered the town.", "Movement for Justice and Reform in Darfur"),
 ("for_the_of_the", "The National Committee for the Defence of the Republic took power on "
  "Sunday.", "National Committee for the Defence of the Republic"),
 ("of_the_in_the", "A video from the Army of the Faithful in the Lake Region showed the raid.",
  "Army of the Faithful in the Lake Region"),
 ("union_for", "The rebel Union for Democracy and Progress claimed the attack.",
  "Union for Democracy and Progress"),
]


def _orgs(ex, text: str) -> list[str]:
    return [e["name"].lower() for e in ex.extract(text, lang="en")["entities"]
            if e["type"] == "Organization"]


@pytest.mark.parametrize("name,text,body", CASES, ids=[c[0] for c in CASES])
def test_joined_body(ex, name, text, body):
    assert body.lower() in _orgs(ex, text)


def test_in_place_not_joined(ex):
    orgs = _orgs(ex, "The European Council in Brussels rejected the plan on Monday.")
    assert not any("brussels" in o for o in orgs)


def test_person_after_and_not_joined(ex):
    orgs = _orgs(ex, "The Council of Elders and Prime Minister Omar Keita met on Monday.")
    assert not any("keita" in o or "prime" in o for o in orgs)


def test_lower_head_and_nationality_not_joined(ex):
    orgs = _orgs(ex, "He founded the Sheikh Mansur battalion of Chechen volunteers in 2014.")
    assert not any("chechen" in o for o in orgs)
    orgs = _orgs(ex, "The Council for Kazakh herders met the governor on Monday.")
    assert not any("kazakh" in o for o in orgs)
