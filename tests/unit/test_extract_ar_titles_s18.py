"""Arabic title words read as people, session 18 second round: a professional title before a
given name ("المهندس وليد ...", "الدكتور X") is no mention of al-Muhandis (whose bare
surname it also is); alone it still names him."""

from __future__ import annotations


def _ids(doc: dict) -> set[str]:
    return {e["id"] for e in doc["entities"]}


MUHANDIS = "person:abu-mahdi-al-muhandis"


def test_engineer_before_a_given_name_is_a_title(ex) -> None:
    doc = ex.extract("استقبل وزير النفط المهندس حيان عبد الغني وفداً من الشركة في بغداد.",
                     lang="ar")
    assert MUHANDIS not in _ids(doc)


def test_engineer_with_a_conjunction_before_a_given_name(ex) -> None:
    doc = ex.extract("وحضر اللقاء السفير العراقي والمهندس حيان عبد الغني.", lang="ar")
    assert MUHANDIS not in _ids(doc)


def test_al_muhandis_alone_is_still_him(ex) -> None:
    doc = ex.extract("قُتل سليماني والمهندس بغارة أمريكية قرب مطار بغداد.", lang="ar")
    assert MUHANDIS in _ids(doc)
    doc = ex.extract("وقال المهندس إن الفصائل سترد.", lang="ar")
    assert MUHANDIS in _ids(doc)
