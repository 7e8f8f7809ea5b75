"""Session 30 (kill30): the new holder of Arabic "خلفاً لـY" is not a person standing to the side
(an attendee, the appointer or nominator, the first person of a meeting whose relative clause
names another holder); the English counterparts, which the rules already read, stay read."""

from __future__ import annotations

import pytest

from tests.extract_support import SO, assert_relations

NASSIF_AR = "person:karim-nasif"
NASSIF_EN = "person:karim-nassif"
MANSOUR = "person:fadi-mansour"
HADDAD = "person:samir-haddad"
AKL = "person:george-kl"
HARNEIS_AR = "person:julian-harnis"
HARNEIS_EN = "person:julian-harneis"

SIDE_PERSON = [
    # an attendee ("بحضور") is not the one sworn in, nor the one before whom he swore
    ("ar", "أدى كريم ناصيف، السبت، اليمين رئيساً للحكومة أمام الرئيس سمير حداد، بحضور الوزير "
     "جورج عقل، وذلك خلفاً لفادي منصور الذي استقال.",
     [SO(NASSIF_AR, MANSOUR)], [SO(AKL, MANSOUR), SO(HADDAD, MANSOUR)]),
    # the guest of a meeting, governed by "لـ", is not the minister of the relative clause
    ("ar", "وكان اللقاء الأول للمبعوث جوليان هارنيس مع الوزير كريم ناصيف، الذي تولى حقيبة "
     "الخارجية خلفاً للوزير فادي منصور.", [], [SO(HARNEIS_AR, MANSOUR)]),
    # ... but the visitor of "الزيارة الأولى لـX منذ تعيينه" is the new holder (unchanged)
    ("ar", "وتعد هذه الزيارة الأولى لكريم ناصيف إلى بيروت منذ تعيينه خلفاً لفادي منصور.",
     [SO(NASSIF_AR, MANSOUR)], []),
    # the appointer of an unnamed appointee is no successor
    ("ar", "سمير حداد يعيّن وزير الخارجية رئيساً للحكومة خلفاً لفادي منصور",
     [], [SO(HADDAD, MANSOUR)]),
    # a nomination objected to: neither the nominator nor the nominee succeeded yet
    ("ar", "واعترضت المستشارة على ترشيح سمير حداد للواء كريم ناصيف رئيساً للجهاز خلفاً لفادي "
     "منصور.", [], [SO(HADDAD, MANSOUR), SO(NASSIF_AR, MANSOUR)]),
    # English: the appointer is no successor, the appointee is
    ("en", "President Samir Haddad appoints Karim Nassif prime minister to replace Fadi Mansour.",
     [SO(NASSIF_EN, MANSOUR)], [SO(HADDAD, MANSOUR)]),
    ("en", "The first meeting of envoy Julian Harneis with minister Karim Nassif, who replaced "
     "Fadi Mansour as foreign minister, was held on Monday.",
     [SO(NASSIF_EN, MANSOUR)], [SO(HARNEIS_EN, MANSOUR)]),
    ("en", "The adviser objected to Samir Haddad's nomination of Karim Nassif to replace Fadi "
     "Mansour as head of the agency.", [], [SO(HADDAD, MANSOUR), SO(NASSIF_EN, MANSOUR)]),
]


@pytest.mark.parametrize("lang,text,must,must_not", SIDE_PERSON)
def test_kill30_side_person(ex, lang: str, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang=lang), text[:40], must, must_not)
