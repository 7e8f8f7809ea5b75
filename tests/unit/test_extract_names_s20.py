"""Session 20: names behind SUCCESSOR_OF / MET_WITH relations (FC-FT)."""

from __future__ import annotations

import pytest

from tests.extract_support import assert_relations

HAMZA = "person:hamza-al-mustafa"


def _people(ex, text: str, lang: str) -> set[str]:
    return {e["id"] for e in ex.extract(text, lang=lang)["entities"] if e["type"] == "Person"}


# ---- a usual given name in another Latin spelling is still a given name ---------------------
# ("Mohammad" / "Mohamad" as "Mohammed"): a full name with it is not a known person whose
# given name differs, however close the skeletons ("Mohammad Mustafa" is no Hamza al-Mustafa)
SPELT_GIVEN = [
    ("Mohamad Mustafa, the Palestinian premier, spoke to reporters in Ramallah.", "en", [],
     [HAMZA]),
    ("Reporters in Ramallah heard Mohammad Mustafa promise reforms on Sunday.", "en", [],
     [HAMZA]),
    # the known person himself is still found, with or without the article
    ("Syrian Information Minister Hamza al-Mustafa spoke in Damascus.", "en", [HAMZA], []),
    ("Syrian Information Minister Hamza Mustafa spoke in Damascus.", "en", [HAMZA], []),
]


@pytest.mark.parametrize(("text", "lang", "must", "must_not"), SPELT_GIVEN)
def test_given_name_spelt_otherwise(ex, text, lang, must, must_not) -> None:
    got = _people(ex, text, lang)
    assert set(must) <= got, (text, got)
    assert not set(must_not) & got, (text, got)


# ---- a Chinese / Korean known person's family name alone, once he is named in full ----------
QIN = "person:qin-gang"
XI = "person:xi-jinping"


def _surfaces(ex, text: str, eid: str) -> list[str]:
    doc = ex.extract(text, lang="en")
    return [text[a:b] for e in doc["entities"] if e["id"] == eid for a, b in e.get("mentions", [])]


def test_family_name_first_after_full_name(ex) -> None:
    text = "Beijing sent Qin Gang to the talks in Tehran. Qin later told reporters they went well."
    assert _surfaces(ex, text, QIN) == ["Qin Gang", "Qin"]


def test_family_name_first_alone_is_nobody(ex) -> None:
    # not named in full before: the bare family name stays unknown
    text = "Xi told the delegates in Riyadh that trade would grow."
    assert _surfaces(ex, text, XI) == []


# ---- plural / collective nouns of epithets and base names are no family names --------------
# ("سيد شهداء الأمة" is an epithet of Nasrallah, "مقر خاتم الأنبياء" a headquarters)
@pytest.mark.parametrize(("text", "must_not"), [
    ("وتفقد رئيس الأركان مقر خاتم الأنبياء المركزي في طهران مساء الأحد.",
     "خاتم الأنبياء"),
    ("رفع المشيعون صور سيد شهداء الأمة في الضاحية الجنوبية.", "شهداء الأمة"),
    ("وقال إن الشهداء الأبرار سيبقون في ذاكرة الأمة.", "الشهداء"),
])
def test_epithet_nouns_are_no_names(ex, text, must_not) -> None:
    doc = ex.extract(text, lang="ar")
    people = [text[a:b] for e in doc["entities"] if e["type"] == "Person"
              for a, b in e.get("mentions", [])]
    assert not any(must_not in p for p in people), people


def test_named_person_after_epithet_kept(ex) -> None:
    text = "وشارك الشيخ نعيم قاسم في ذكرى السيد حسن نصر الله في بيروت."
    assert "person:hassan-nasrallah" in _people(ex, text, "ar")


# ---- a bare family name behind a proclitic ("لعون", "بعون") names the same person as the -----
# bare word would: of two people named in full with it, the one the article is about
JOSEPH = "person:joseph-aoun"
MICHEL = "person:michel-aoun"


def _ar_surfaces(ex, text: str) -> dict[str, list[str]]:
    doc = ex.extract(text, lang="ar")
    return {e["id"]: [text[a:b] for a, b in e.get("mentions", [])] for e in doc["entities"]}


def test_family_name_behind_proclitic(ex) -> None:
    text = ("وصل الرئيس اللبناني جوزاف عون إلى باريس صباح الاثنين. وأجرى عون محادثات مطولة. "
            "ووصف ميشال عون الزيارة بأنها ناجحة. وقدم الوفد الفرنسي درعاً تذكارية لعون.")
    got = _ar_surfaces(ex, text)
    assert got[JOSEPH] == ["جوزاف عون", "عون", "عون"] and got[MICHEL] == ["ميشال عون"], got


def test_family_name_behind_proclitic_one_bearer(ex) -> None:
    text = "ووصف ميشال عون الزيارة بأنها ناجحة. وقدم الوفد الفرنسي درعاً تذكارية لعون."
    got = _ar_surfaces(ex, text)
    assert JOSEPH not in got and len(got[MICHEL]) == 2, got


# ---- "G F S": a given name, the father's name and a family name whose "G S" is a known ------
# person written so is he ("حسن محمود رشاد" / "Hassan Mahmoud Rashad": Hassan Rashad)
RASHAD = "person:hassan-rashad"
FATHER_LEFT_OUT = [
    ("Egypt's spy chief, Hassan Mahmoud Rashad, flew to Doha on Monday.", "en", [RASHAD], []),
    ("وصل رئيس المخابرات المصرية حسن محمود رشاد إلى الدوحة الاثنين.", "ar", [RASHAD], []),
    # only a known name written so: "Mohammed al-Jabri" is no Mohammed al-Jaber
    ("Mohammed Ridha al-Jabri was killed in the strike near the airport.", "en", [],
     ["person:mohammed-al-jaber"]),
]


@pytest.mark.parametrize(("text", "lang", "must", "must_not"), FATHER_LEFT_OUT)
def test_father_name_left_out(ex, text, lang, must, must_not) -> None:
    got = _people(ex, text, lang)
    assert set(must) <= got, (text, got)
    assert not set(must_not) & got, (text, got)


# ---- a body's name right before a person's ("... Intelligence Directorate Hassan Mahmoud ----
# Rashad met ..."): the body ends at its head word, the person is found
BODY_THEN_NAME = [
    ("Chief of Egypt's General Intelligence Directorate Hassan Mahmoud Rashad met Khalil "
     "al-Hayya in Cairo on Sunday.", [("MET_WITH", RASHAD, "person:khalil-al-hayya")]),
]


@pytest.mark.parametrize(("text", "must"), BODY_THEN_NAME)
def test_body_then_name(ex, text, must) -> None:
    assert_relations(ex.extract(text, lang="en"), text[:40], must, [])


def test_body_name_with_no_person_after(ex) -> None:
    # a body's head word followed by more body words (no first name): no person
    text = "A rocket hit the Egyptian General Intelligence Directorate Training Centre at dawn."
    assert not _people(ex, text, "en")
