"""A known Gulf name followed by a longer "bin" chain, session 18 second round: "Prince
Mohammed bin Abdulrahman bin Abdulaziz" is not Qatar's Mohammed bin Abdulrahman Al Thani
(the gazetteer's shorter "Mohammed bin Abdulrahman")."""

from __future__ import annotations

from tests.extract_support import MW, assert_relations

QATARI = "person:mohammed-bin-abdulrahman-al-thani"


def _ids(doc: dict) -> set[str]:
    return {e["id"] for e in doc["entities"]}


def test_longer_chain_with_another_forebear_is_someone_else(ex) -> None:
    text = ("Iranian President Ebrahim Raisi landed in Riyadh on Monday. Raisi was welcomed at "
            "the airport by Prince Mohammed bin Abdulrahman bin Abdulaziz.")
    doc = ex.extract(text, lang="en")
    assert QATARI not in _ids(doc)
    assert_relations(doc, text[:40],
                     [MW("person:ebrahim-raisi", "person:mohammed-bin-abdulrahman-bin-abdulaziz")],
                     [MW("person:ebrahim-raisi", QATARI)])


def test_arabic_longer_chain_is_someone_else(ex) -> None:
    doc = ex.extract("واستقبل الأمير محمد بن عبد الرحمن بن عبد العزيز الرئيس الإيراني في المطار.",
                     lang="ar")
    assert QATARI not in _ids(doc)


def test_his_own_fuller_chain_is_still_him(ex) -> None:
    doc = ex.extract("Araghchi met Sheikh Mohammed bin Abdulrahman bin Jassim Al Thani in Doha.",
                     lang="en")
    assert QATARI in _ids(doc)
    doc = ex.extract("Araghchi met Sheikh Mohammed bin Abdulrahman Al Thani in Doha.", lang="en")
    assert QATARI in _ids(doc)
