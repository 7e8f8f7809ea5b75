"""Session 43: people NOBODY listed, recognised by the general shape of their names.

1. Given names of the regions the desk covers (South Asia, the Horn, the Sahel, the Maghreb,
   Turkey, Kurdistan, Central Asia, the West) as Arab outlets spell them
   (foreign_given_names.yaml): a run after a title opening with one of them is a person
   ("وكيل الخارجية الهندية فيكرام X"), and its id takes the name's Latin spelling
   ("بلقاسم" -> belkacem, "إيرفن" -> irvin). Words that are also ordinary Arabic words
   (آنا ~ أنا، غيوم "clouds", سري "secret") are not listed."""

from __future__ import annotations

import pytest

from loaders.extract.rules import RuleExtractor


def _people(ex: RuleExtractor, text: str) -> set[str]:
    out = ex.extract(text, lang="ar")
    return {e["id"] for e in out["entities"] if e["id"].startswith("person:")}


FOUND = [
    # fail on the base: no person at all
    ("والتقى الوزير وكيل الخارجية الهندية فيكرام شارما في نيودلهي.", "person:vikram-"),
    ("واستقبل الرئيس رئيس الوزراء الهندي السابق أتال فاجبايي في مكتبه.", "person:atal-"),
    # fail on the base: the person is found, but under an Arabic romanisation
    ("وأعلنت الاستخبارات أنها قتلت القيادية في الوحدات جيان تولهلدان بضربة قرب الحدود.",
     "person:jiyan-"),
    ("وحلّ محل إيرفن ماكدونالد في منصبه العام الماضي.", "person:irvin-"),
    ("وقال مقرر المجلس بلقاسم زروقي إن الجلسة كانت هادئة.", "person:belkacem-"),
    ("واستقبل الرئيس المبعوثة الأممية هانا أوكونور في القصر.", "person:hanna-"),
]


@pytest.mark.parametrize("text,prefix", FOUND)
def test_foreign_given_name_opens_a_person(ex: RuleExtractor, text: str, prefix: str) -> None:
    people = _people(ex, text)
    assert any(p.startswith(prefix) for p in people), people


NO_PERSON = [
    # ordinary words, not names: "سيفي" in "سيفي بوعده" (he will keep his promise)
    "وقال إنه سيفي بوعده.",
    # "آراء" (opinions) is no Armenian "آرا"; "أنا" (I) no "آنا"
    "وتباينت آراء المشاركين في الاجتماع.",
    "وقال الوزير أنا لم أوقع على الاتفاق.",
]


@pytest.mark.parametrize("text", NO_PERSON)
def test_ordinary_words_are_no_person(ex: RuleExtractor, text: str) -> None:
    assert _people(ex, text) == set()


@pytest.mark.parametrize("text", ["وكيل الخارجية الهندية فيكرام", "فيكرام", "الرئيس بلقاسم"])
def test_text_ends_right_after_the_given_name(ex: RuleExtractor, text: str) -> None:
    _people(ex, text)  # no crash


SPELLING_KEPT = [
    # a listed name must not respell other people's words: "دار" is no "Aldar" (ألدار, whose
    # article-less form is دار), English "Amal" no "Aimal", "Abubakir" no "Abubakar"
    ("ar", "والتقى الوزير نظيره الباكستاني إسحاق دار في إسلام آباد.", "person:ishaq-dar"),
    ("en", "Analyst Amal Saad said the ceasefire would not hold.", "person:amal-saad"),
    ("en", "The journalist Haval Abubakir was killed in the strike.", "person:haval-abubakir"),
]


@pytest.mark.parametrize("lang,text,pid", SPELLING_KEPT)
def test_listed_names_respell_no_other_words(ex: RuleExtractor, lang: str, text: str,
                                             pid: str) -> None:
    out = ex.extract(text, lang=lang)
    assert pid in {e["id"] for e in out["entities"]}
