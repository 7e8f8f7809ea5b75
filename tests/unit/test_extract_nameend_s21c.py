"""Where a new (unknown) Arabic name ends, session 21 last round (``nameend``). Our own
sentences (the probe set ``bench/probe_name_bounds_ar.py``), not taken from any dev set.

- A place adverb (قرب، شمال، جنوب) or the death met (مصرعه، حتفه) after a titled new name is
  no later name word, nor a predicate of the fallen (شهيدين، قتيلين) (``arabic_name_words._AR_OBJECT_AFTER_NAME``).
- A usual given name as written is never a proclitic and a known name ("كلاوس" is Klaus, not
  ك + لاوس; "لويس" Louis) (``known_names._gaz_walk``).
- Common German, Scandinavian, French and Slavic given names (ماركوس، يوهان، لوران، ماتياس ...)
  open a new person's name with no title (``foreign_given_names.yaml``).
- A verb of choosing, appointing or falling opening the sentence is no first name word before a
  known family name ("انتخب نزار المشهداني"، "وسقط X شهيداً"; ``lexicon.AR_COMMON_VERBS``).
"""

from __future__ import annotations

import pytest


def _persons(ex, text: str) -> list[str]:
    doc = ex.extract(text, lang="ar")
    return [text[a:b] for e in doc["entities"] if e["type"] == "Person"
            for a, b in e.get("mentions") or []]


@pytest.mark.parametrize("text,name", [
    ("واغتيل العقيد رافع سليم قرب الموصل.", "رافع سليم"),
    ("وقتل القيادي ماركوس هيلمان شمال بغداد.", "ماركوس هيلمان"),
    ("لقي العقيد رافع سليم مصرعه في هجوم.", "رافع سليم"),
    # a verb of choosing or falling opening the sentence
    ("انتخب نزار المشهداني رئيساً للمجلس.", "نزار المشهداني"),
    ("وانتخب نزار المشهداني رئيساً للمجلس بالأغلبية.", "نزار المشهداني"),
    ("وسقط نزار المشهداني شهيداً في غارة على المخيم.", "نزار المشهداني"),
])
def test_boundary_word_ends_or_opens_no_name(ex, text: str, name: str) -> None:
    assert _persons(ex, text) == [name]


def test_name_word_before_place_word_kept(ex) -> None:
    # negative: a family name with the article is still read ("الشمالي" is no adverb)
    assert _persons(ex, "واغتيل العقيد رافع سليم الشمالي في الموصل.") == ["رافع سليم الشمالي"]


def test_dual_predicate_ends_second_name(ex) -> None:
    text = "وسقط كريم الزبيدي ونادر فوزي شهيدين في غارة."
    assert _persons(ex, text) == ["كريم الزبيدي", "نادر فوزي"]


def test_foreign_given_name_not_proclitic_and_place(ex) -> None:
    # "كلاوس" is Klaus, not ك + لاوس (Laos)
    text = "وقال الوزير كلاوس بيرغر إن المفاوضات ستستأنف."
    doc = ex.extract(text, lang="ar")
    assert _persons(ex, text) == ["كلاوس بيرغر"]
    assert not [e for e in doc["entities"] if e["type"] == "Country"]


def test_proclitic_before_place_still_read(ex) -> None:
    # negative: "كلبنان" (like Lebanon) is no given name; the country is still found
    doc = ex.extract("وقال الوزير إن بلاده تدعم لبنان ولاوس في المفاوضات.", lang="ar")
    assert {e["id"] for e in doc["entities"] if e["type"] == "Country"} >= {"country:laos"}


@pytest.mark.parametrize("text,name", [
    ("قال ماركوس هيلمان إن المفاوضات ستستأنف.", "ماركوس هيلمان"),
    ("وجاء ذلك بعد مقتل ماركوس هيلمان في كمين.", "ماركوس هيلمان"),
])
def test_common_western_given_name_opens_new_name(ex, text: str, name: str) -> None:
    assert _persons(ex, text) == [name]


def test_untitled_unknown_words_stay_no_person(ex) -> None:
    # negative: two ordinary words after an opening verb are no new person
    assert _persons(ex, "قال المتحدث باسم الحكومة إن المفاوضات ستستأنف.") == []


def test_given_name_after_verb_kept(ex) -> None:
    # negative: a usual given name opening the sentence is still the name's first word
    text = "نزار المشهداني يصل إلى بغداد في زيارة رسمية."
    assert _persons(ex, text) == ["نزار المشهداني"]
