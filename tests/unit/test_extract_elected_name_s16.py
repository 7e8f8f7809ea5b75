""""انتخب المجلس بدر الفحل محافظاً", session 16: after a verb of electing or naming and its
subject (a body named, or one definite word), a name opening with a usual given name and
ending before the office in the accusative is a person, even when its family name is an
ordinary word (الفحل) and the given name a weak one (بدر). Our own sentences, not taken from
any dev set."""

import pytest

from tests.extract_support import SO, assert_relations

FAHL, JABR = "person:badr-al-fahl", "person:ammar-jabr"


# (name, text, lang, must, must_not)
CASES = [
 ("ar_council_instead", "وفي صلاح الدين، انتخب المجلس بدر الفحل محافظاً بدلاً من عمار جبر.",
  "ar", [SO(FAHL, JABR)], [SO(JABR, FAHL)]),
 ("ar_named_council_khalafan", "وانتخب مجلس محافظة صلاح الدين بدر الفحل محافظاً خلفاً لعمار "
  "جبر.", "ar", [SO(FAHL, JABR)], []),
 ("ar_parliament_chose", "واختار البرلمان كريم الفحل رئيساً له خلفاً لعمار جبر.", "ar",
  [SO("person:karim-al-fahl", JABR)], []),
 ("en_council_elected", "In Salahuddin, the council elected Karim al-Fahal governor in place "
  "of Ammar Jabr.", "en", [SO("person:karim-al-fahal", JABR)], []),
]


@pytest.mark.parametrize("name,text,lang,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_elected_name(ex, name, text, lang, must, must_not):
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)


@pytest.mark.parametrize("text", [
    "وانتخب المجلس الجديد رئيساً له في جلسته الأولى.",
    "وانتخب البرلمان رئيسه الجديد بعد جلسة طويلة.",
    "واختار المجلس عقد جلسته المقبلة في بغداد.",
])
def test_no_person(ex, text):
    doc = ex.extract(text, lang="ar")
    assert not [e["id"] for e in doc["entities"] if e["id"].startswith("person:")]
