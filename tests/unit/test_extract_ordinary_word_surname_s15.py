"""Bare surnames that are ordinary words: "بري" as the adjective of an indefinite event noun
("هجوم بري"، "قصف جوي") is no Nabih Berri even after the article named him, while "وقال بري"
still is; an adjective of the pattern فعيلة ("قصيرة") is no spelling of قصرة (Abu Qasra). Our
own sentences, not taken from any dev set."""

import pytest

BERRI, QASRA = "person:nabih-berri", "person:murhaf-abu-qasra"


def _surfaces(doc, text, eid):
    return [text[a:b] for e in doc["entities"] if e["id"] == eid for a, b in e["mentions"]]


@pytest.mark.parametrize("text,eid,word", [
    ("التقى هوكشتاين نبيه بري. وحذر من هجوم بري إسرائيلي على الجنوب.", BERRI, "بري"),
    ("استقبل نبيه بري الموفد الأمريكي، وبحثا خطر توغل بري في الجنوب.", BERRI, "بري"),
    ("استقبل أحمد الشرع مرهف أبو قصرة. وعقد اجتماع لفترة قصيرة.", QASRA, "قصيرة"),
    ("وقال مسؤول إن الزيارة كانت قصيرة.", QASRA, "قصيرة"),
])
def test_adjective_is_no_surname(ex, text, eid, word):
    assert word not in _surfaces(ex.extract(text, lang="ar"), text, eid)


@pytest.mark.parametrize("text,eid,word", [
    ("التقى هوكشتاين رئيس مجلس النواب نبيه بري. وقال بري إن الاجتماع كان إيجابيا.", BERRI,
     "بري"),
])
def test_surname_alone_after_full_name(ex, text, eid, word):
    assert word in _surfaces(ex.extract(text, lang="ar"), text, eid)
