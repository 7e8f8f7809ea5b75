"""Session 44 (ents): gold people the extractor never output on the newest dev writers.

1. Given names that are also ordinary words (جهاد "struggle", حكم "ruling", وعد "promise",
   شجاع "brave") are *weak* given names (given_names.yaml): they open a person's name only
   before a word shaped like a family name ("قتل حكم العيسى", "اغتيال جهاد الزعبي"), never
   alone or before an ordinary word ("صدر حكم القضاء", "وعد الرئيس بالإصلاح")."""

from __future__ import annotations

import pytest

from loaders.extract.rules import RuleExtractor


def _people(ex: RuleExtractor, text: str) -> set[str]:
    out = ex.extract(text, lang="ar")
    return {e["id"] for e in out["entities"] if e["id"].startswith("person:")}


WORD_GIVEN = [
    # fail on main: no person at all
    ("وأكد الجيش أنه قتل حكم العيسى في غارة على مخيم للاجئين.", "person:hakam-"),
    ("وأعلنت الفصائل مقتل جهاد الزعبي في اشتباك قرب درعا.", "person:jihad-"),
    ("واغتالت مسيّرة مجهولة شجاع الكبيسي قرب منزله في الأنبار.", "person:shujaa-"),
]


@pytest.mark.parametrize("text,prefix", WORD_GIVEN)
def test_word_given_name_before_family_name(ex: RuleExtractor, text: str, prefix: str) -> None:
    people = _people(ex, text)
    assert any(p.startswith(prefix) for p in people), people


NOT_A_NAME = [
    "وصدر حكم القضاء بسجن المتهمين عشر سنوات.",
    "وعد الرئيس بالإصلاح خلال لقائه الوفد في القصر.",
    "وقال إن الجهاد الإسلامي ليست طرفاً في الاتفاق.",
    "وكان المقاتل شجاع في المعركة قرب الحدود.",
    "وأصدرت المحكمة حكما غيابيا بحق المتهم.",
]


@pytest.mark.parametrize("text", NOT_A_NAME)
def test_word_given_name_alone_is_no_person(ex: RuleExtractor, text: str) -> None:
    people = _people(ex, text)
    assert not any(p.split(":")[1].startswith(("hakam", "jihad", "waad", "shujaa")) for p in people), people


@pytest.mark.parametrize("text", ["وأكد الجيش أنه قتل حكم", "وأعلنت الفصائل مقتل جهاد", "وعد"])
def test_word_given_name_cut_after_cue(ex: RuleExtractor, text: str) -> None:
    _people(ex, text)
