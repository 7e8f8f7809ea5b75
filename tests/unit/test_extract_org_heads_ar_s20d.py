"""Arabic bodies headed by مجموعة / كتيبة (session 20, ``org``, ``lexicon.AR_ORG_HEADS``):
"مجموعة فاغنر" is read as a named group (English id "<name> Group", as "جبهة" gives
"... Front"), "كتيبة الفرقان" as a named battalion. Our own sentences.

Negatives: "مجموعة من المسلحين" (a group of), "مجموعة مسلحة" (an adjective), "كتيبة أخرى"
name no body."""

import pytest

CASES = [
 ("group_name", "قال قائد مجموعة فاغنر إن قواته انسحبت من المدينة.", "group"),
 ("battalion_name", "أعلنت كتيبة الفرقان مسؤوليتها عن الهجوم على الثكنة.", "farqan"),
 ("group_after_verb", "وصل مقاتلون من مجموعة «الذئاب الرمادية» إلى الحدود.", "الذئاب"),
]
NEGATIVE = [
 "هاجمت مجموعة من المسلحين القرية يوم الأحد.",
 "تبنت مجموعة مسلحة الهجوم على الحاجز.",
 "وصلت كتيبة أخرى إلى المنطقة صباح الاثنين.",
]


def _orgs(ex, text: str) -> list[str]:
    ents = ex.extract(text, lang="ar")["entities"]
    return [" ".join([e["name"], *(e.get("aliases") or [])]).lower() for e in ents
            if e["type"] == "Organization"]


@pytest.mark.parametrize("name,text,part", CASES, ids=[c[0] for c in CASES])
def test_headed_body_ar(ex, name, text, part):
    assert any(part in o for o in _orgs(ex, text))


@pytest.mark.parametrize("text", NEGATIVE)
def test_no_body_ar(ex, text):
    assert _orgs(ex, text) == []
