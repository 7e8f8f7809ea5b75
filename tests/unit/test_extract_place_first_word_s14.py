"""A Levantine place name opened by "Ain / Ras / Tell / Deir / Bab / Beit / Kafr / Jabal /
Wadi" ("Ain al-Tineh", Berri's residence; "Kafr Kila") is a place, never a new person.
People with ordinary names beside it stay people. Our own sentences.
"""

import pytest

from tests.extract_support import MW, assert_relations

BERRI, SALAM = "person:nabih-berri", "person:nawaf-salam"


def _types(ex, text: str) -> dict[str, str]:
    return {e["name"]: e["type"] for e in ex.extract(text, lang="en")["entities"]}


# (name, text, place names)
CASES = [
    ("residence_at", "Nabih Berri received Nawaf Salam at Ain al-Tineh on Monday.",
     ["Ain al-Tineh"]),
    ("residence_subject", "Sources close to Ain al-Tineh said the talks would resume.",
     ["Ain al-Tineh"]),
    ("village_near", "Two fighters were killed near Kafr Kila and Wadi Khaled, the army said.",
     ["Kafr Kila", "Wadi Khaled"]),
    ("town_of", "Residents of Beit Lahia and Jabal Mohsen fled overnight.",
     ["Beit Lahia", "Jabal Mohsen"]),
    ("monastery_hill", "The convoy passed Deir Qanoun and Ras Beirut before dawn.",
     ["Deir Qanoun", "Ras Beirut"]),
]


@pytest.mark.parametrize("name,text,places", CASES, ids=[c[0] for c in CASES])
def test_place_name_is_no_person(ex, name, text, places):
    got = _types(ex, text)
    for p in places:
        assert got.get(p) != "Person", f"{name}: {p!r} became a person: {got}"


def test_meeting_at_the_residence_stays(ex):
    text = "Nabih Berri met Nawaf Salam at Ain al-Tineh on Tuesday."
    assert_relations(ex.extract(text, lang="en"), "en_meeting", [MW(BERRI, SALAM)], [])


def test_person_named_like_a_place_word_stays(ex):
    got = _types(ex, "Lebanese officials said Wadih Haddad met Tarek Mitri in Beirut.")
    assert got.get("Wadih Haddad") == "Person" and got.get("Tarek Mitri") == "Person", got


# Arabic: (name, text, id part that must not appear)
AR_CASES = [
    ("ar_hill_and_mountain", "وقتل مسلحان في اشتباك بين تل عباس وجبل محسن مساء أمس.", "wajbal"),
    ("ar_mountain_after_and", "وسقطت قذيفة على باب التبانة وجبل محسن ليلاً.", "jabal"),
    ("ar_valley_after_and", "وانتشر الجيش في عكار ووادي خالد بعد الاشتباكات.", "wadi"),
]


@pytest.mark.parametrize("name,text,part", AR_CASES, ids=[c[0] for c in AR_CASES])
def test_arabic_place_name_is_no_person(ex, name, text, part):
    people = {e["id"] for e in ex.extract(text, lang="ar")["entities"] if e["type"] == "Person"}
    assert not {p for p in people if part in p}, f"{name}: a place became a person: {people}"


def test_arabic_meeting_at_the_residence_stays(ex):
    text = "والتقى نبيه بري نواف سلام في عين التينة مساء الثلاثاء."
    assert_relations(ex.extract(text, lang="ar"), "ar_meeting", [MW(BERRI, SALAM)], [])
