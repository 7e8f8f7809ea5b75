"""After an Arabic title, a noun and its adjective are no name (session 15): a noun with
the pronoun ه and a definite adjective ("أكد الرئيس دعمه الكامل"), an indefinite noun and
a nisba adjective ("استقبل الوزير وفدا أمريكيا"). Our own sentences."""

import pytest

from loaders.extract.rules import RuleExtractor


def _people(ex: RuleExtractor, text: str) -> set[str]:
    return {e["id"] for e in ex.extract(text, lang="ar")["entities"] if e["type"] == "Person"}


@pytest.mark.parametrize("text", [
    "وأكد الرئيس دعمه الكامل للحكومة.",
    "وجدد الوزير تأييده المطلق للاتفاق.",
    "وأكد رئيس الوزراء موقفه الثابت من القضية.",
    "وأعلن الأمين العام رفضه القاطع للهجوم على السفارة.",
    "واستقبل رئيس الوزراء وفدا إيرانيا رفيعا.",
    "واستقبل وزير الخارجية وفداً سعودياً في مكتبه.",
])
def test_no_person(ex, text):
    assert _people(ex, text) == set()


@pytest.mark.parametrize("text,eid", [
    ("واستقبل الرئيس نبيه بري في بيروت.", "person:nabih-berri"),
    ("والتقى الوزير نزيه الحسيني في بغداد.", "person:nazih-al-husseini"),
    ("والتقى الرئيس عبده الحلو في دمشق.", "person:abdah-al-halu"),
    ("والتقى الوزير طه الحسيني في بغداد.", "person:taha-al-husseini"),
])
def test_names_stay(ex, text, eid):
    assert eid in _people(ex, text)
