"""Session 42 (speed2): ``known_names._gaz_walk`` reads the first token's index and the
gazetteer's ``guarded`` entry once per hit (no repeated ``units[u]`` / ``doc.gaz`` look-ups).
These pin what the walk gives on each of its paths: a guarded (ambiguous) name alone and
after the full name, a ruler stated before a comma, "bin" before a capitalised name, an
Arabic clitic before a name, and texts that end inside a name."""

from __future__ import annotations

import pytest

from loaders.extract.rules import RuleExtractor

_EX = RuleExtractor()


def _ids(text: str) -> dict[str, list]:
    return {e["id"]: e.get("mentions") for e in _EX.extract(text)["entities"]}


def test_guarded_given_name_alone_names_nobody() -> None:
    assert "person:esmail-qaani" not in _ids("Esmail told the reporters the talks went well.")


def test_guarded_name_in_full_is_found() -> None:
    ids = _ids("Esmail Qaani met Hadi al-Amiri in the capital on Sunday.")
    assert ids["person:esmail-qaani"] == [[0, 12]]
    assert ids["person:hadi-al-amiri"] == [[17, 30]]


def test_ruler_stated_before_a_comma() -> None:
    ids = _ids("The Saudi monarch, King Salman, received the envoy.")
    assert ids.get("person:salman-bin-abdulaziz") == [[19, 30]]


def test_lower_case_bin_takes_the_case_of_the_next_word() -> None:
    assert _ids("He told bin Salman about the plan.").get("person:mohammed-bin-salman") == \
        [[8, 18]]


def test_arabic_clitic_before_a_known_name() -> None:
    ids = _ids("التقى إسماعيل قاآني بهادي العامري في بغداد")
    assert ids["person:esmail-qaani"] == [[6, 19]]
    assert ids["person:hadi-al-amiri"] == [[21, 33]]  # (the clitic ب left out)


@pytest.mark.parametrize("text", ["Esmail", "met Esmail Qaani", "التقى إسماعيل",
                                  "met bin", "The Saudi monarch,"])
def test_text_ending_inside_or_right_after_a_name_start(text: str) -> None:
    assert isinstance(_EX.extract(text)["entities"], list)


# ``_known_names``' checks of one-word names in either script (kept as pins: a rewrite that
# reads the first token's script once was measured and not kept, see rows/speed242.md)


def test_bare_surname_after_the_full_name() -> None:
    ids = _ids("Qasem Soleimani was killed. Later Soleimani was buried.")
    assert ids["person:qasem-soleimani"] == [[0, 15], [34, 43]]


def test_english_place_that_is_also_a_surname() -> None:
    ids = _ids("He flew to Sulaimani on Monday.")
    assert ids.get("location:sulaymaniyah") == [[11, 20]]
    assert not any(i.startswith("person:") for i in ids)


def test_surname_before_a_place_head_is_the_place() -> None:
    ids = _ids("The talks were held in Soleimani Square.")
    assert "person:qasem-soleimani" not in ids and "location:soleimani-square" in ids


def test_arabic_nisba_after_an_indefinite_noun_names_nobody() -> None:
    assert set(_ids("وصل وفد إيراني إلى بغداد")) == {"location:baghdad"}


def test_al_kept_inside_an_english_name() -> None:
    ids = _ids("Saleh al-Arouri met Hadi al-Amiri.")
    assert ids["person:saleh-al-arouri"] == [[0, 15]]
    assert ids["person:hadi-al-amiri"] == [[20, 33]]
