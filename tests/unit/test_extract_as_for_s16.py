""""أما X، <title> في <body>، ف..." (as for X): the particle أما is no first name, so X stays the
person the article already named and the succession after it is his (session 16). Our own
sentences."""

import pytest

from tests.extract_support import SO, assert_relations


def _people(doc: dict) -> set[str]:
    return {e["id"] for e in doc["entities"] if e["type"] == "Person"}


@pytest.mark.parametrize("text,who,old", [
    ("ضم الوفد رئيس الاستخبارات أنس خطاب. أما خطاب، القيادي السابق في هيئة تحرير الشام، "
     "فتولى الاستخبارات خلفاً لحسام لوقا.", "person:anas-khattab", "person:hussam-louka"),
    ("التقى الوزير علي الحمداني السفير. أما الحمداني، المسؤول في وزارة الداخلية، فقد عُيّن "
     "محافظاً لحمص خلفاً لنمر الخطيب.", "person:ali-al-hamdani", "person:nimr-al-khatib"),
])
def test_as_for_the_named_person(ex, text, who, old):
    doc = ex.extract(text, lang="ar")
    assert not any(p.startswith("person:ama-") for p in _people(doc)), _people(doc)
    assert_relations(doc, text, [SO(who, old)], [])


@pytest.mark.parametrize("text", [
    "أما حمدان، القيادي السابق في هيئة تحرير الشام، فتولى الاستخبارات خلفاً لحسام لوقا.",
    "وأما الحمداني، المسؤول في وزارة الداخلية، فقد عُيّن محافظاً لحمص خلفاً لنمر الخطيب.",
])
def test_as_for_is_no_first_name(ex, text):
    people = _people(ex.extract(text, lang="ar"))
    assert not any(p.startswith(("person:ama-", "person:wama-")) for p in people), people


def test_speech_is_no_khattab(ex):
    doc = ex.extract("ألقى الرئيس أحمد الشرع خطاباً أمام البرلمان، وقال في خطاب ثان إن الوقت "
                     "حان.", lang="ar")
    assert "person:anas-khattab" not in _people(doc)
