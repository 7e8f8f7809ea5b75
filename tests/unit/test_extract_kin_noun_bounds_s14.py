"""A kin noun with "his / her" before a name ("خلفاً لابن عمه نيجيرفان بارزاني", "منذ تنحي عمه
مسعود بارزاني", "استقبل خاله X") is no first name: the mention starts at the name (session 14,
batch DA-DC). Our own sentences, not taken from any dev set.
"""

import pytest

from tests.extract_support import person_surfaces

NECH, MASOUD, AMIRI = "person:nechirvan-barzani", "person:masoud-barzani", "person:hadi-al-amiri"


# (name, text, surface, id)
CASES = [
 ("cousin", "أدى مسرور بارزاني اليمين خلفاً لابن عمه نيجيرفان بارزاني.", "نيجيرفان بارزاني",
  NECH),
 ("uncle", "ظل المنصب شاغراً منذ تنحي عمه مسعود بارزاني عام 2017.", "مسعود بارزاني", MASOUD),
 ("maternal_uncle", "استقبل السوداني خاله هادي العامري في بغداد.", "هادي العامري", AMIRI),
 ("her_father", "وقالت إن والدها هادي العامري لم يحضر.", "هادي العامري", AMIRI),
]


@pytest.mark.parametrize("name,text,surface,eid", CASES, ids=[c[0] for c in CASES])
def test_kin_noun_outside_the_name(ex, name, text, surface, eid):
    got = person_surfaces(ex.extract(text, lang="ar"), text)
    assert got.get(surface) == eid, f"{name}: {got}"
    assert not any(s.startswith(("عمه", "خاله", "والدها")) for s in got), f"{name}: {got}"
