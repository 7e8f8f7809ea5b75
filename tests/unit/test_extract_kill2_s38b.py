"""Session 38b (kill2): "الشخصي / الشخصية" (personal) after an office is a qualifier, never a
family name. "مسؤول أمنه الشخصي X" (his personal security chief) was read as a person
"أمنه الشخصي" (Amna is also a given name), which cut a victim list short. Dev: +2 core TP,
no FP (arKM1)."""

from __future__ import annotations

import pytest

from tests.extract_support import AB, assert_relations

KARAKI = "person:ali-karaki"
DIB = "person:samir-tawfiq-dib"
NASRALLAH = "person:hassan-nasrallah"
ISRAEL = "country:israel"
IDF = "organization:israel-defense-forces"

CASES = [
    # fail on main: the list goes on past the bodyguard's office
    ("ar", "اغتالت إسرائيل القائد علي كركي ومسؤول أمنه الشخصي سمير توفيق ديب في غارة على "
     "الضاحية.", [AB(KARAKI, ISRAEL), AB(DIB, ISRAEL)], []),
    ("ar", "أعلن الجيش الإسرائيلي أنه قتل حسن نصرالله في غارة، إلى جانب مسؤول أمنه الشخصي "
     "سمير توفيق ديب.", [AB(NASRALLAH, IDF), AB(DIB, IDF)], [AB("person:amnah-al-shakhsi", IDF)]),
    # negatives: the bodyguard survived; nobody killed; "his personal driver" is no person
    # (main read "سائقه الشخصي" as a victim)
    ("ar", "قتلت إسرائيل علي كركي وسائقه الشخصي في غارة على الضاحية.", [AB(KARAKI, ISRAEL)],
     [AB("person:sayqah-al-shakhsi", ISRAEL)]),
    ("ar", "اغتالت إسرائيل علي كركي، فيما نجا مسؤول أمنه الشخصي سمير توفيق ديب.",
     [AB(KARAKI, ISRAEL)], [AB(DIB, ISRAEL)]),
    ("ar", "أشاد علي كركي بمسؤول أمنه الشخصي سمير توفيق ديب بعد الغارة الإسرائيلية.",
     [], [AB(DIB, KARAKI), AB(DIB, ISRAEL), AB(KARAKI, ISRAEL)]),
]


@pytest.mark.parametrize("lang,text,must,must_not", CASES)
def test_kill2_s38b(ex, lang: str, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang=lang), text[:40], must, must_not)
