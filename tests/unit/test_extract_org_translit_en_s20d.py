"""English names of armed groups with a transliterated Arabic head (session 20, ``org``,
``lexicon.EN_ORG_HEADS``): Jaish / Jabhat / Katiba(t) / Liwa / Jama'at / Tanzim / Hay'at and
al-Shabaab (lower-case "al-" too) are organisations, as Kataib / Harakat / Saraya were.
Our own names and sentences.

Negatives: the given name Hayat stays a person's; "the shabab" in lower case is no body."""

import pytest

CASES = [
 ("jaish", "Jaish al-Adl claimed the bombing near the border on Friday.", "jaish al-adl"),
 ("katiba", "The leader of Katiba Serma was killed in an air strike.", "katiba serma"),
 ("liwa", "Fighters of Liwa Zainebiyoun crossed into the province.", "liwa zainebiyoun"),
 ("shabaab_lower_al", "A soldier was killed in an ambush by al-Shabaab near the port.",
  "shabaab"),
]


def _ents(ex, text: str) -> list[tuple[str, str]]:
    return [(e["name"].lower(), e["type"]) for e in ex.extract(text, lang="en")["entities"]]


@pytest.mark.parametrize("name,text,body", CASES, ids=[c[0] for c in CASES])
def test_translit_head(ex, name, text, body):
    assert any(body in n and t == "Organization" for n, t in _ents(ex, text))


def test_hayat_is_a_person(ex):
    ents = _ents(ex, "Minister Hayat Benali met the governor on Monday.")
    assert not any(t == "Organization" for _n, t in ents)


def test_lower_case_shabab_no_body(ex):
    assert _ents(ex, "The shabab of the district joined the march.") == []
