"""Session 17 (batch EH-EJ): "خليفةً لـY الذي قُتل مع Z": Z, named in Y's relative clause,
is no successor of Y (he was killed with Y)."""

from __future__ import annotations

import pytest

from tests.extract_support import SO, assert_relations

SAADI, ZAIDI, MUSAWI = "person:karim-al-saadi", "person:ali-al-zaidi", "person:haidar-al-musawi"
MUHANDIS, SOLEIMANI = "person:abu-mahdi-al-muhandis", "person:qasem-soleimani"
MUHAMMADAWI = "person:abdul-aziz-al-muhammadawi"

CASES = [
    ("companion_in_relative_clause",
     "ويقود القيادي حيدر الموسوي اللواء منذ 2021، حين اختاره المجلس خليفةً للقائد كريم "
     "الساعدي الذي قُتل مع مرافقه علي الزيدي في ضربة جوية.", [], [SO(ZAIDI, SAADI)]),
    ("successor_unnamed",
     "اختار المجلس خليفةً للقائد كريم الساعدي الذي قُتل مع مرافقه علي الزيدي في ضربة جوية.",
     [], [SO(ZAIDI, SAADI)]),
    ("seed_story_frame",
     "ويشغل أبو فدك منصبه منذ شباط 2020، حين اختارته الهيئة خليفةً لأبي مهدي المهندس الذي "
     "قُتل مع قاسم سليماني في ضربة أميركية قرب مطار بغداد.", [], [SO(SOLEIMANI, MUHANDIS)]),
    # positives kept: the successor named before the cue, or after it outside the clause
    ("successor_before_cue",
     "اختارت الهيئة عبد العزيز المحمداوي خليفةً لأبي مهدي المهندس الذي قُتل مع قاسم "
     "سليماني.", [SO(MUHAMMADAWI, MUHANDIS)], [SO(SOLEIMANI, MUHANDIS)]),
    ("successor_after_comma",
     "اختارت الهيئة خليفةً لأبي مهدي المهندس، هو عبد العزيز المحمداوي.",
     [SO(MUHAMMADAWI, MUHANDIS)], []),
]


@pytest.mark.parametrize("name,text,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_khalifa_relative_clause(ex, name, text, must, must_not) -> None:
    assert_relations(ex.extract(text, lang="ar"), name, must, must_not)
