"""Session 17: "X was not among those killed" / "لم يكن X بين الذين قتلوا" is no killing."""

from __future__ import annotations

import pytest

from tests.extract_support import AB, assert_relations

NOT_KILLED = [
    ("ولم يكن القيادي في حزب الله وفيق صفا بين الذين قتلوا في الغارة الإسرائيلية.",
     "ar", "person:wafiq-safa"),
    ("نفت حركة حماس أن يكون محمد الضيف من بين الذين استشهدوا في الغارة الإسرائيلية.",
     "ar", "person:mohammed-deif"),
    ("وقال حزب الله إن إبراهيم عقيل لم يكن بين القتلى في الغارة الإسرائيلية.",
     "ar", "person:ibrahim-aqil"),
    ("Neither Wafiq Safa nor Ibrahim Aqil were among those killed by the Israeli strike.",
     "en", "person:ibrahim-aqil"),
    ("Neither Wafiq Safa nor Ibrahim Aqil were among those killed by the Israeli strike.",
     "en", "person:wafiq-safa"),
    ("Hezbollah said Fuad Shukr wasn't among those killed in the Israeli strike on Beirut.",
     "en", "person:fuad-shukr"),
    ("Hamas military chief Mohammed Deif was not among those killed in the Israeli raid.",
     "en", "person:mohammed-deif"),
    ("Abu Fadak al-Mohammedawi escaped an assassination attempt by Israel on Monday.",
     "en", "person:abu-fadak-al-mohammedawi"),
    ("نجا القيادي وفيق صفا من محاولة اغتيال إسرائيلية في بيروت.", "ar", "person:wafiq-safa"),
    ("Kataib Hezbollah commander Abu Fadak al-Mohammedawi survived a US drone strike.",
     "en", "person:abu-fadak-al-mohammedawi"),
]


@pytest.mark.parametrize("text,lang,victim", NOT_KILLED)
def test_not_among_the_killed_is_no_killing(ex, text: str, lang: str, victim: str) -> None:
    doc = ex.extract(text, lang=lang)
    assert not [r for r in doc["relations"]
                if r["type"] == "ASSASSINATED_BY" and r["source"] == victim], text


@pytest.mark.parametrize("text,lang", [
    ("وأكدت مصادر أن القيادي وفيق صفا كان بين الذين قتلوا في الغارة الإسرائيلية.", "ar"),
    ("Officials said Wafiq Safa was among those killed in the Israeli strike.", "en"),
    ("Wafiq Safa was among those killed by the Israeli strike, not Ibrahim Aqil.", "en"),
])
def test_among_the_killed_still_a_killing(ex, text: str, lang: str) -> None:
    assert_relations(ex.extract(text, lang=lang), text,
                     [AB("person:wafiq-safa", "country:israel")], [])
