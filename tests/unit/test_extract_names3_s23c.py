"""People not found or found with a word too many, session 23, third round (``names3``).
Our own sentences, not taken from any dev set.

- A past verb with an object pronoun after a name ends it ("... جون ماركوس ومنحه وساماً"،
  "وأبلغتها"، "وقلده"; ``verb_pronoun_ar.verb_with_pronoun``); names written with a final ة
  or a known name word ending in ه ("حمزة"، "عبده"، "زاده") stay names.
- An al- word after two different usual given names in one article is a family name there
  ("عبد الحميد الزبيدة ... شقيقه محمد الزبيدة"; ``shared_family_ar``), not after one only,
  and not an adjective after one given name ("الحكومة الجديدة").
- Usual given names the weak list lacked (فائز، منذر، مراد، سامح ...) open a name before a
  family-name word ("تسلّم السلطة من فائز السراج"); not before an ordinary word
  ("مطار رياض الصلح"، "جميل الأجواء").
"""

from __future__ import annotations

import pytest


def _ids(ex, text: str, lang: str = "ar") -> dict[str, list[str]]:
    doc = ex.extract(text, lang=lang)
    return {e["id"]: sorted(text[a:b] for a, b in e.get("mentions") or [])
            for e in doc["entities"] if e["type"] == "Person"}


def _mentions(ex, text: str) -> set[str]:
    return {m for ms in _ids(ex, text).values() for m in ms}


@pytest.mark.parametrize("text,name,verb", [
    ("استقبل الملك عبد الله الثاني جون ماركوس ومنحه وساماً رفيعاً.", "جون ماركوس", "ومنحه"),
    ("التقى وزير الخارجية عباس عراقجي بيتر كلارك شكره على دعم بلاده.", "بيتر كلارك", "شكره"),
    ("استقبل الرئيس جوزيف عون بيتر هاردي وقلده وسام الأرز.", "بيتر هاردي", "وقلده"),
    ("استقبل الرئيس رجب طيب أردوغان ديفيد لامبرت وأبلغه رسالة إلى حكومته.", "ديفيد لامبرت",
     "وأبلغه"),
])
def test_verb_with_pronoun_ends_name(ex, text: str, name: str, verb: str) -> None:
    ms = _mentions(ex, text)
    assert name in ms
    assert not any(verb in m for m in ms)


@pytest.mark.parametrize("text,name", [
    ("التقى الرئيس مسعود بزشكيان علي حسن زاده في طهران.", "علي حسن زاده"),
    ("التقى رئيس الوزراء نواف سلام طه عبد الله في بيروت.", "طه عبد الله"),
])
def test_names_ending_in_ha_stay(ex, text: str, name: str) -> None:
    assert name in _mentions(ex, text)


def test_verb_pronoun_word_alone(ex) -> None:
    from loaders.extract.verb_pronoun_ar import verb_with_pronoun
    from loaders.textnorm import fold_ar
    for w in ("شكره", "وشكرها", "فأبلغهم", "ومنحتهما", "دعاه", "وأهداه"):
        assert verb_with_pronoun(w, fold_ar(w)), w
    for w in ("حمزة", "جمعة", "شكرة", "طه", "شكري"):
        assert not verb_with_pronoun(w, fold_ar(w)), w


def test_al_word_after_two_given_names_is_family(ex) -> None:
    text = ("من هو عبد الكريم الزبيدة؟ رجل أعمال من الزاوية. "
            "وقال شقيقه يوسف الزبيدة إن العائلة تدعمه.")
    ms = _mentions(ex, text)
    assert "عبد الكريم الزبيدة" in ms
    assert "يوسف الزبيدة" in ms


def test_al_word_after_one_given_name_not_family(ex) -> None:
    ms = _mentions(ex, "من هو عبد الكريم الزبيدة؟ رجل أعمال من الزاوية.")
    assert "عبد الكريم الزبيدة" not in ms


def test_adjective_not_shared_family(ex) -> None:
    ms = _mentions(ex, "التقى محمد الجديدة السفير. وقال حسن الجديدة إن الحكومة الجديدة باقية.")
    assert not any("الجديدة" in m for m in ms)


@pytest.mark.parametrize("text,name", [
    ("وتسلّم السلطة من فائز السراج في مارس.", "فائز السراج"),
    ("وقال منذر الخطيب إن الاتفاق صامد.", "منذر الخطيب"),
])
def test_more_usual_given_names(ex, text: str, name: str) -> None:
    assert name in _mentions(ex, text)


@pytest.mark.parametrize("text", [
    "وصل الوفد إلى مطار رياض الصلح مساء أمس.",
    "كان الاجتماع جميل الأجواء بحسب البيان.",
])
def test_weak_given_names_before_ordinary_words(ex, text: str) -> None:
    assert not _mentions(ex, text)
