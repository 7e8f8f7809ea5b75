"""Session 20 (Arabic people the gazetteer does not know). Our own sentences, not taken from
any dev set.

- ``lexicon.AR_TITLES``: Western ranks as Arabic writes them (الكولونيل، اللفتنانت كولونيل،
  الكابتن، الميجور) and "السيدة" introduce a name like a title. Negatives: the
  rank word is no part of the name ("كولونيل بول ..." is no Colin Powell); "مقام السيدة
  زينب" names no person "السيدة".
"""

import pytest

POWELL = "person:colin-powell"


def _people(ex, text: str) -> list[str]:
    doc = ex.extract(text, lang="ar")
    return [text[a:b] for e in doc["entities"] if e["type"] == "Person"
            for a, b in e.get("mentions") or []]


@pytest.mark.parametrize("text,surface", [
    ("وتولى اللفتنانت كولونيل بول إيمري سانكارا قيادة الكتيبة.", "بول إيمري سانكارا"),
    ("وقالت وزيرة الصحة، السيدة مارتين أوبري، إن الوضع تحت السيطرة.", "مارتين أوبري"),
    ("وأعلن الكابتن موسى داديس كامارا أن الحكومة حُلّت.", "موسى داديس كامارا")])
def test_rank_before_name(ex, text, surface) -> None:
    assert surface in _people(ex, text)


def test_colonel_is_no_name(ex) -> None:
    """"كولونيل بول" is the rank and a given name, not Colin Powell."""
    doc = ex.extract("وتولى اللفتنانت كولونيل بول إيمري سانكارا قيادة الكتيبة.", lang="ar")
    assert POWELL not in {e["id"] for e in doc["entities"]}


def test_sayyida_zeinab_no_person(ex) -> None:
    """"السيدة" before a shrine's name makes no person of the shrine."""
    assert not _people(ex, "وزار الوفد مقام السيدة زينب في دمشق.")
