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


# 2. A known person's glued Abd- alias before a kunya or "bin" name is a new person's given
#    name (abd_given_next.py): "Abdulwahid Abu Ras" is not Shaswar Abdulwahid.
ABD_NEW = [
    ("In Aden, deputy minister Abdulwahid Abu Hamza met the UN envoy on Monday.", "en"),
    ("وقال نائب الوزير عبدالواحد أبو حمزة إن الوضع صعب.", "ar"),
    ("واستقبل المحافظ عبدالواحد بن سالم في مكتبه الوفد الأممي.", "ar"),
]


@pytest.mark.parametrize("text,lang", ABD_NEW)
def test_abd_alias_before_kunya_is_new(ex: RuleExtractor, text: str, lang: str) -> None:
    out = ex.extract(text, lang=lang)
    people = {e["id"] for e in out["entities"] if e["id"].startswith("person:")}
    assert "person:shaswar-abdulwahid" not in people and people, people


ABD_KNOWN = [
    ("Abdulwahid said the New Generation would vote against the budget.", "en"),
    ("وقال عبدالواحد إن حراك الجيل الجديد سيصوت ضد الموازنة.", "ar"),
    ("Abdulwahid, Abu Ras and two other men were detained.", "en"),
]


@pytest.mark.parametrize("text,lang", ABD_KNOWN)
def test_abd_alias_alone_stays_known(ex: RuleExtractor, text: str, lang: str) -> None:
    out = ex.extract(text, lang=lang)
    assert "person:shaswar-abdulwahid" in {e["id"] for e in out["entities"]}


@pytest.mark.parametrize("text,lang", [("Abdulwahid Abu", "en"), ("وقال عبدالواحد أبو", "ar"),
                                       ("عبدالواحد بن", "ar"), ("Abdulwahid bin", "en")])
def test_abd_alias_cut_after_cue(ex: RuleExtractor, text: str, lang: str) -> None:
    ex.extract(text, lang=lang)
