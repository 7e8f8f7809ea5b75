""""وجهات النظر" (points of view), the object of an exchange or a talk, is no new person
("وتبادل X وY وجهات النظر" made a person Jahat al-Nazr). The people beside it stay. Our own
sentences.
"""

import pytest


def _people(ex, text: str) -> set[str]:
    return {e["id"] for e in ex.extract(text, lang="ar")["entities"] if e["type"] == "Person"}


# (name, text, people who must be there)
CASES = [
    ("after_two_names", "وتبادل الرئيس جوزاف عون ونبيه بري وجهات النظر حول الانتخابات.",
     {"person:nabih-berri"}),
    ("after_one_title", "وتبادل الرئيس عون وجهات النظر مع الوفد الفرنسي.", set()),
    ("after_counterpart", "وبحث الوزير مع نظيره الأردني وجهات النظر المشتركة.", set()),
    ("with_partner", "وتبادل نبيه بري مع نواف سلام وجهات النظر في عين التينة.",
     {"person:nabih-berri", "person:nawaf-salam"}),
    ("singular_view", "وعرض نواف سلام وجهة نظر الحكومة أمام النواب.", {"person:nawaf-salam"}),
    ("the_opinions", "وتبادل نبيه بري ونواف سلام الآراء حول الموازنة.",
     {"person:nabih-berri", "person:nawaf-salam"}),
]


@pytest.mark.parametrize("name,text,must", CASES, ids=[c[0] for c in CASES])
def test_points_of_view_is_no_person(ex, name, text, must):
    got = _people(ex, text)
    phrase = {p for p in got if any(w in p for w in ("nazr", "nazar", "jah", "wajh", "-ara"))}
    assert not phrase, f"{name}: a phrase became a person: {phrase}"
    assert must <= got, f"{name}: lost {must - got}"
