"""Session 36: the men killed "with him" take the agents of his killing (kill_with_him).

English "Y, a commander, died with him", "Y and Z are killed with them"; Arabic "وارتقى معه
الشهيد Y" in the killing's own sentence, and "وقُتل مع X القائد Y1 والعميد Y2" after X's
killing. Counted in the dev writers JY, JZ and KK (+5 core TP, no FP on dev). Not a survivor,
nor a killing with no agent told."""

from __future__ import annotations

import pytest

from tests.extract_support import AB, assert_relations

SAADI = "person:abu-baqir-al-saadi"
ULAYAWI = "person:arkan-al-elayawi"
SOLEIMANI = "person:qasem-soleimani"
MUHANDIS = "person:abu-mahdi-al-muhandis"
NASRALLAH = "person:hassan-nasrallah"
KARAKI = "person:ali-karaki"
NILFOROUSHAN = "person:abbas-nilforoushan"
US = "country:united-states"
ISRAEL = "country:israel"

CASES = [
    # fail on the base
    ("en", "A US drone strike killed Abu Baqir al-Saadi in eastern Baghdad. Arkan al-Elayawi, "
     "his deputy, died with him, officials said.", [AB(ULAYAWI, US)], []),
    ("en", "The United States killed Qasem Soleimani near the airport. Abu Mahdi al-Muhandis "
     "and Arkan al-Elayawi were killed with him.", [AB(MUHANDIS, US), AB(ULAYAWI, US)], []),
    ("ar", "اغتالت طائرة أمريكية مسيّرة أبو باقر الساعدي في بغداد، وارتقى معه القيادي أركان "
     "العلياوي.", [AB(ULAYAWI, US)], []),
    ("ar", "اغتالت إسرائيل حسن نصرالله في بيروت. وقُتل مع نصرالله القائد علي كركي والعميد عباس "
     "نيلفروشان.", [AB(KARAKI, ISRAEL), AB(NILFOROUSHAN, ISRAEL)], []),
    # negatives: a survivor; a killing told without its agent
    ("en", "A US drone strike killed Abu Baqir al-Saadi in Baghdad. Arkan al-Elayawi, who was "
     "with him, survived.", [], [AB(ULAYAWI, US)]),
    ("en", "Abu Baqir al-Saadi died in a car crash. Arkan al-Elayawi died with him.", [],
     [AB(ULAYAWI, US)]),
    ("ar", "توفي حسن نصرالله بعد مرض. وقُتل مع نصرالله القائد علي كركي في حادث سير.", [],
     [AB(KARAKI, ISRAEL)]),
]


@pytest.mark.parametrize("lang,text,must,must_not", CASES)
def test_killed_with_him_s36(ex, lang: str, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang=lang), text[:40], must, must_not)
