"""Session 52 (names52): people named in short pieces written for the session and not found,
or found under the wrong id.

- "Sayyid Badr bin Hamad Al Busaidi": the known "Badr Al Busaidi", one person.
- «وزير الخارجية سعادة علي نجفي»: «سعادة» is an honorific (not before a definite word).
- «القنصلين العامين الأميركي X والفرنسي Y»: both consuls are people.
"""

from __future__ import annotations

import pytest

from loaders.extract.base import Extractor


def _mentions(extractor: Extractor, text: str, lang: str) -> dict[str, set[str]]:
    """Entity id -> the texts of its mentions."""
    out: dict[str, set[str]] = {}
    for e in extractor.extract(text, lang=lang)["entities"]:
        for a, b in e.get("mentions", []):
            out.setdefault(e["id"], set()).add(text[a:b])
    return out


BUSAIDI = "person:badr-albusaidi"


# ---- "Given bin Father Al Family" of a known "Given Family" ----------------------------------
@pytest.mark.parametrize("name", ["Sayyid Badr bin Hamad Al Busaidi",
                                  "Badr bin Hamad al-Busaidi"])
def test_known_person_full_chain_name(shipped, name):
    text = f"Omani Foreign Minister {name} met Iranian Foreign Minister Abbas Araghchi in Muscat."
    ments = _mentions(shipped, text, "en")
    assert BUSAIDI in ments
    assert not any(k.startswith("person:badr-bin") or k == "person:hamad-al-busaidi"
                   for k in ments)
    assert "organization:badr-organization" not in ments
    assert any("bin Hamad" in m for m in ments[BUSAIDI])


def test_chain_with_another_father_is_not_the_known_person(rules_only):
    text = "Badr bin Saud Al Busaidi, a businessman, met Abbas Araghchi in Muscat."
    ments = _mentions(rules_only, text, "en")
    assert not any("bin Saud" in m for m in ments.get(BUSAIDI, ()))


# ---- «سعادة» before a name ------------------------------------------------------------------
def test_saada_is_an_honorific_before_a_name(shipped):
    ments = _mentions(shipped, "التقى وزير الخارجية سعادة علي نجفي بالسفير الروسي في طهران.",
                      "ar")
    assert "person:ali-najafi" in ments
    assert not any("سعادة" in m for ms in ments.values() for m in ms)


def test_saada_before_a_definite_word_is_a_given_name(rules_only):
    ments = _mentions(rules_only, "التقى نائب رئيس الحكومة سعادة الشامي بالسفير الروسي.", "ar")
    assert any(m == "سعادة الشامي" for ms in ments.values() for m in ms)


# ---- two consuls ------------------------------------------------------------------------------
@pytest.mark.parametrize("title", ["القنصلين العامين", "القنصلين"])
def test_two_consuls_each_named(shipped, title):
    text = (f"استقبل رئيس إقليم كردستان نيجيرفان بارزاني {title} الأميركي مارك سترو والفرنسي "
            "أوليفييه ديكوتينيي في أربيل.")
    texts = {m for ms in _mentions(shipped, text, "ar").values() for m in ms}
    assert "مارك سترو" in texts and "أوليفييه ديكوتينيي" in texts


def test_two_consuls_without_names_make_no_person(rules_only):
    text = "استقبل رئيس إقليم كردستان نيجيرفان بارزاني القنصلين العامين الأميركي والفرنسي في أربيل."
    ments = _mentions(rules_only, text, "ar")
    assert all(not k.startswith("person:") or k == "person:nechirvan-barzani" for k in ments)
