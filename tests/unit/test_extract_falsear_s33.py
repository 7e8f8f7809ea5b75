"""Arabic false readings (session 33, falsear), our own sentences.

- A dateline's masthead is no date: "بيروت - الغد - أعلن الجيش أنه قتل X" (the paper Al-Ghad
  between two dashes at the text's start) no longer reads as "tomorrow" and blocks the killing;
  a real "غداً" / "وفي الغد" still blocks a meeting.
- An armed service is no person: "قائد سلاح الجو"، "ذراع البر"، "بنزع سلاح الفصائل" (سلاح is
  no صلاح); the name Salah still reads.
"""

import pytest

from tests.extract_support import AB, MW, assert_relations

SINWAR, IDF = "person:mohammed-sinwar", "organization:israel-defense-forces"
ABDULLAH, SISI = "person:abdullah-ii", "person:abdel-fattah-el-sisi"

KILL = [
    ("ar_masthead_after_headline",
     "اغتيال قائد\nبيروت - الغد - أعلن الجيش الإسرائيلي أنه قتل القائد محمد السنوار في غارة على "
     "خان يونس.", [AB(SINWAR, IDF)], []),
    ("ar_masthead_first_line",
     "عمّان - الغد - أكد الجيش الإسرائيلي أنه قتل القائد محمد السنوار.", [AB(SINWAR, IDF)], []),
    # negatives: a real "tomorrow" still dates the meeting
    ("ar_masthead_then_real_tomorrow",
     "عمّان - الغد - ويلتقي الملك عبد الله الثاني غداً الرئيس عبد الفتاح السيسي في القاهرة.",
     [], [MW(ABDULLAH, SISI)]),
    ("ar_masthead_then_fil_ghad",
     "عمّان - الغد - وصل الملك عبد الله الثاني إلى القاهرة مساء السبت، وفي الغد يلتقي الرئيس "
     "عبد الفتاح السيسي.", [], [MW(ABDULLAH, SISI)]),
    ("ar_fil_ghad_later_sentence",
     "وصل الملك إلى القاهرة. وفي الغد يلتقي الملك عبد الله الثاني الرئيس عبد الفتاح السيسي.",
     [], [MW(ABDULLAH, SISI)]),
]


@pytest.mark.parametrize("name,text,must,must_not", KILL, ids=[c[0] for c in KILL])
def test_masthead_not_tomorrow_s33(ex, name, text, must, must_not):
    assert_relations(ex.extract(text, lang="ar"), name, must, must_not)


FORCES = [
    ("ar_commander_of_air_force",
     "وحضر الاجتماع وزير الدفاع يوآف غالانت وقائد سلاح الجو اللواء تومر بار.",
     {"person:yoav-gallant", "person:tomer-bar"}),
    ("ar_land_arm_and_disarming",
     "وقال قائد ذراع البر في الجيش إن القوات تقدمت، فيما طالب الوزير بنزع سلاح الفصائل.", set()),
    ("ar_navy_fleet",
     "وقال قائد أسطول البحر اللواء تومر بار إن الوضع صعب.", {"person:tomer-bar"}),
]


@pytest.mark.parametrize("name,text,people", FORCES, ids=[c[0] for c in FORCES])
def test_force_nouns_no_person_s33(ex, name, text, people):
    doc = ex.extract(text, lang="ar")
    got = {e["id"] for e in doc["entities"] if e["type"] == "Person"}
    assert got == people, (name, got)


def test_salah_still_a_name_s33(ex):
    doc = ex.extract("والتقى وزير الخارجية أيمن الصفدي نظيره المصري سامح شكري ومحمد صلاح.",
                     lang="ar")
    assert_relations(doc, "salah_name", [MW("person:ayman-safadi", "person:mohammed-salah")], [])
