"""Session 42, spelling: known people under spellings never seen.

foreign_respelt_ar: a known foreign person's whole Arabic name written in another
transliteration (تش for ج, ه for ح or left out, ط/ت ...) is that person, when no word has
the Arabic article and only one known person folds so."""

from __future__ import annotations

import pytest

from loaders.extract.foreign_respelt_ar import fold_foreign
from loaders.extract.rules import RuleExtractor


@pytest.fixture(scope="module")
def ex() -> RuleExtractor:
    return RuleExtractor()


def _out(ex: RuleExtractor, text: str) -> dict:
    return ex.extract(text, lang="ar")


def _pairs(out: dict, rtype: str) -> set[frozenset[str]]:
    return {frozenset((r["source"], r["target"])) for r in out["relations"]
            if r["type"] == rtype}


def _ids(out: dict) -> set[str]:
    return {e["id"] for e in out["entities"]}


def test_turkish_ch_written_tsh(ex: RuleExtractor) -> None:
    out = _out(ex, "التقى الرئيس التركي رجب طيب أردوغان زعيم حزب الحركة القومية دولت "
                   "بهتشلي في أنقرة.")
    assert frozenset(("person:recep-tayyip-erdogan", "person:devlet-bahceli")) in \
        _pairs(out, "MET_WITH")


def test_silent_h_left_out(ex: RuleExtractor) -> None:
    out = _out(ex, "واجتمع المبعوث الأميركي آدم بولر مع وزير الخارجية القطري محمد بن عبد "
                   "الرحمن آل ثاني في الدوحة.")
    assert frozenset(("person:adam-boehler", "person:mohammed-bin-abdulrahman-al-thani")) in \
        _pairs(out, "MET_WITH")


def test_respelt_family_name_alone_later(ex: RuleExtractor) -> None:
    out = _out(ex, "وصل المبعوث الأميركي آدم بولر إلى المنطقة. ثم التقى بولر وزير الخارجية "
                   "القطري محمد بن عبد الرحمن آل ثاني في الدوحة.")
    assert frozenset(("person:adam-boehler", "person:mohammed-bin-abdulrahman-al-thani")) in \
        _pairs(out, "MET_WITH")


def test_persian_h_written_with_ha(ex: RuleExtractor) -> None:
    out = _out(ex, "اغتالت إسرائيل قائد الاستخبارات العميد غلام رضا مهرابي في غارة على طهران.")
    assert frozenset(("person:gholamreza-mehrabi", "country:israel")) in \
        _pairs(out, "ASSASSINATED_BY")


def test_not_met_stays_not_met(ex: RuleExtractor) -> None:
    out = _out(ex, "لم يلتق الرئيس التركي رجب طيب أردوغان زعيم حزب الحركة القومية دولت "
                   "بهتشلي منذ أشهر.")
    assert "person:devlet-bahceli" in _ids(out)
    assert not _pairs(out, "MET_WITH")


def test_other_given_name_is_another_person(ex: RuleExtractor) -> None:
    out = _out(ex, "التقى الرئيس التركي رجب طيب أردوغان النائب محمد بهتشلي في أنقرة.")
    assert "person:devlet-bahceli" not in _ids(out)
    assert frozenset(("person:recep-tayyip-erdogan", "person:devlet-bahceli")) not in \
        _pairs(out, "MET_WITH")


def test_arabic_article_name_is_no_foreign_person(ex: RuleExtractor) -> None:
    out = _out(ex, "التقى الرئيس التركي رجب طيب أردوغان النائب حسين الحمداني في أنقرة.")
    assert "person:hossein-hamadani" not in _ids(out)


def test_text_cut_after_the_name(ex: RuleExtractor) -> None:
    out = _out(ex, "التقى الرئيس التركي رجب طيب أردوغان زعيم حزب الحركة القومية دولت بهتشلي")
    assert "person:devlet-bahceli" in _ids(out)
    assert fold_foreign("") == ""
    assert fold_foreign("ب") == "ب"


def test_fold_keeps_the_nisba() -> None:
    assert fold_foreign("مهرابي") == fold_foreign("محرابي")
    assert fold_foreign("مهرابي") != fold_foreign("مهراب")
    assert fold_foreign("بهتشلي") == fold_foreign("بهجلي")


# lone_spelt_known: a lone Latin word only sounding like a known person's name word, his
# only mention in the article, is not he


def _en(ex: RuleExtractor, text: str) -> dict:
    return ex.extract(text, lang="en")


def test_headline_surname_goes_to_the_full_name_later(ex: RuleExtractor) -> None:
    out = _en(ex, "Sharaa meets SDF chief Abdi in Damascus\nDAMASCUS - Syrian Democratic "
                  "Forces commander Mazloum Abdi was received on Wednesday by President "
                  "Ahmed al-Sharaa.")
    assert "person:kazem-gharibabadi" not in _ids(out)
    assert frozenset(("person:ahmed-al-sharaa", "person:mazloum-abdi")) in \
        _pairs(out, "MET_WITH")


def test_place_sounding_like_a_known_name_is_no_person(ex: RuleExtractor) -> None:
    out = _en(ex, "Malaysian Prime Minister Anwar Ibrahim met rescue teams in Mandalay "
                  "after the earthquake.")
    assert "person:mohsen-al-mandalawi" not in _ids(out)
    assert not _pairs(out, "MET_WITH")


def test_the_hague_is_no_charles_hage(ex: RuleExtractor) -> None:
    out = _en(ex, "Prime Minister Nawaf Salam met President Joseph Aoun on Monday after his "
                  "return from The Hague.")
    assert "person:charles-hage" not in _ids(out)
    assert frozenset(("person:nawaf-salam", "person:joseph-aoun")) in _pairs(out, "MET_WITH")


def test_respelt_surname_of_a_person_named_in_full_stays(ex: RuleExtractor) -> None:
    out = _en(ex, "Iraqi Prime Minister Mohammed Shia al-Sudani received Qais al-Khazali on "
                  "Monday. Sudany later met Hadi al-Amiri.")
    assert frozenset(("person:mohammed-shia-al-sudani", "person:hadi-al-amiri")) in \
        _pairs(out, "MET_WITH")


def test_text_cut_after_the_lone_word(ex: RuleExtractor) -> None:
    out = _en(ex, "Anwar Ibrahim flew to The Hague")
    assert "person:charles-hage" not in _ids(out)
