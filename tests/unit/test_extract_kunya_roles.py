"""Kunyas and role descriptions (branch xent): "X المعروف بأبي Y" is one person, a bare
kunya names a person ("التقى قاآني أبا فدك المحمداوي"), and a title followed by the unit or
body an official belongs to ("مسؤول وحدة الارتباط والتنسيق في حزب الله X", "head of
Hezbollah's liaison unit, X") reads the name after the description. Sentences written for
these tests; each case has relations that must and must not be found.
"""

import pytest

from loaders.extract.rules import RuleExtractor
from tests.extract_support import MW, SO, assert_relations

QAANI, NASRALLAH = "person:esmail-qaani", "person:hassan-nasrallah"
SUDANI = "person:mohammed-shia-al-sudani"
HEZBOLLAH = "organization:hezbollah"


@pytest.fixture()
def ex():
    return RuleExtractor()


def people(doc):
    return {e["id"]: e for e in doc["entities"] if e["type"] == "Person"}


CASES = [
    # a kunya in the accusative/genitive, as object of a meeting
    ("التقى قاآني أبا فدك المحمداوي في بغداد.",
     [MW(QAANI, "person:abdul-aziz-al-muhammadawi")], []),
    ("واجتمع قاآني بأبي فدك المحمداوي في مقر الهيئة.",
     [MW(QAANI, "person:abdul-aziz-al-muhammadawi")], []),
    # a kunya whose family name is also an adjective
    ("والتقى السوداني أبو علي العسكري في بغداد.",
     [MW(SUDANI, "person:abu-ali-al-askari")], []),
    # عبد + divine name is one name word: the family name follows
    ("التقى قاآني عبد العزيز المحمداوي في بغداد.",
     [MW(QAANI, "person:abdul-aziz-al-muhammadawi")], [MW(QAANI, "person:abdul-aziz")]),
    # a name word starting like a preposition + article (فالح) is a name word
    ("اجتمع قاآني بمدير أمن الحشد حسين فالح اللامي في بغداد.",
     [MW(QAANI, "person:hussein-falih-al-lami")], [MW(QAANI, "person:hussein")]),
    # a title, the unit and the body, then the name
    ("التقى قاآني مسؤول وحدة الارتباط والتنسيق في حزب الله وفيق صفا في بيروت.",
     [MW(QAANI, "person:wafiq-safa"), ("MEMBER_OF", "person:wafiq-safa", HEZBOLLAH)],
     [MW(QAANI, HEZBOLLAH), MW(QAANI, "person:wahda-al-artabat")]),
    # head of a part of the body: a member, not its leader (and not its leader's successor)
    ("وقال قائد الجبهة الجنوبية في الحزب سمير حداد إن المعركة مستمرة.",
     [], [("LEADS", "person:samir-haddad", HEZBOLLAH)]),
    ("Qaani met the head of Hezbollah's liaison unit, Wafiq Safa, in Beirut.",
     [MW(QAANI, "person:wafiq-safa")], [MW(QAANI, NASRALLAH)]),
    ("Qaani later met the head of Hezbollah's liaison unit in Beirut.",
     [], [MW(QAANI, NASRALLAH)]),
    # a member named after the predecessor's death is not his successor
    ("اغتيل حسن نصر الله بغارة إسرائيلية، وكان يُنظر إلى صفي الدين بوصفه الخليفة المرجح "
     "لنصر الله. وقال مسؤول العلاقات الإعلامية في الحزب محمد عفيف إن الحزب سيرد.",
     [], [SO("person:mohammed-afif", NASRALLAH)]),
]


@pytest.mark.parametrize(("text", "must", "must_not"), CASES,
                         ids=[f"case{i}" for i in range(len(CASES))])
def test_kunya_and_role_cases(ex, text, must, must_not):
    assert_relations(ex.extract(text), text, must, must_not)


def test_known_as_kunya_is_one_person(ex):
    doc = ex.extract("اجتمع قاآني بمدير أمن الحشد حسين فالح اللامي المعروف بأبي زينب في "
                     "بغداد. وقال أبو زينب إن الاجتماع كان إيجابياً.", lang="ar")
    ppl = people(doc)
    assert set(ppl) == {QAANI, "person:hussein-falih-al-lami"}, set(ppl)
    lami = ppl["person:hussein-falih-al-lami"]
    assert any("زينب" in a for a in lami["aliases"]), lami
    # both the kunya after the cue and the later bare kunya are mentions of him
    assert len(lami["mentions"]) == 3, lami["mentions"]


def test_known_as_kunya_after_comma(ex):
    doc = ex.extract("أعلنت الهيئة تسمية عبد العزيز المحمداوي، الملقب بأبي فدك، رئيساً "
                     "لأركانها. والتقى قاآني أبا فدك في بغداد.", lang="ar")
    ppl = people(doc)
    assert set(ppl) == {QAANI, "person:abdul-aziz-al-muhammadawi"}, set(ppl)
    got = {(r["type"], *sorted((r["source"], r["target"]))) for r in doc["relations"]}
    assert ("MET_WITH", "person:abdul-aziz-al-muhammadawi", QAANI) in got, got


def test_kunya_inside_a_place_name_is_no_person(ex):
    for text in ("وقع الهجوم قرب سجن أبو غريب غربي بغداد.",
                 "وصل الوفد إلى منطقة أبو الخصيب جنوبي البصرة."):
        assert people(ex.extract(text, lang="ar")) == {}, text
