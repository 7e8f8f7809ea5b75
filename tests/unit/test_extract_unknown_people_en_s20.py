"""Session 20 (English people and organisations the gazetteer does not know). Our own
sentences and names, not taken from any dev set.

- ``Gazetteer._spelt_near``: a lone Latin word is a known person the article has not named
  only when it is written nearly as one of his name words ("Soleymani"), not when it only
  sounds alike ("Kazalov" is no al-Khazali, "Kunduz" no Khandouzi) nor when it is that word
  less a nisba ending (a place: "Sinjar" / "Sinjari").
"""

import pytest

SOLEIMANI = "person:qasem-soleimani"


def _ids(ex, text: str) -> set[str]:
    return {e["id"] for e in ex.extract(text, lang="en")["entities"]}


@pytest.mark.parametrize("text,not_id", [
    ("Colonel Dmitri Orlov met Kazalov on Monday to discuss the convoy.",
     "person:qais-al-khazali"),
    ("The governor said Kunduz would get more police after the attack.",
     "person:ehsan-khandouzi"),
    ("Refugees walked to Sukur and then crossed the border.", "person:sameh-shoukry"),
])
def test_lone_word_sounding_alike_is_no_known_person(ex, text, not_id) -> None:
    assert not_id not in _ids(ex, text)


def test_lone_word_spelt_alike_is_the_known_person(ex) -> None:
    """"Soleymani" alone, the article naming nobody else: the known Soleimani."""
    assert SOLEIMANI in _ids(ex, "Crowds in Kerman mourned Soleymani on Friday.")
