"""Session 42, the English entity layer on the new writers (nentsen).

short_form_person: a new person read first by a short form of 2+ words (a headline's "Ali
Sheikh", "Abu al-Tayyeb", "Kodjo de Souza") and then by a longer name holding it at its start
or end is read whole and keeps the longer name (was: the short form matched inside it and the
rest dropped). trailing_sheikh_en: "Sheikh" after an Arabic given name and before a lower-case
word closes the name ("Ali Sheikh, the new president"). lexicon.EN_NAME_LINKS: "de", "da",
"van" ... are no name words when a long unknown name's words are counted."""

from __future__ import annotations

import pytest

from loaders.extract.rules import RuleExtractor
from tests.extract_support import met_pairs as _met


@pytest.fixture(scope="module")
def ex() -> RuleExtractor:
    return RuleExtractor()


def _out(ex: RuleExtractor, text: str) -> dict:
    return ex.extract(text, lang="en")


def _pairs(out: dict, typ: str) -> set[tuple[str, str]]:
    return {(r["source"], r["target"]) for r in out["relations"] if r["type"] == typ}


def _people(out: dict) -> set[str]:
    return {e["id"] for e in out["entities"] if e["id"].startswith("person:")}


def test_headline_short_form_with_sheikh_then_full_name(ex: RuleExtractor) -> None:
    text = ("President Ali Sheikh names new cabinet\n"
            "Mogadishu - President Ali Sheikh Hussein on Monday met Ahmed Abdi Warsame at the "
            "palace.")
    out = _out(ex, text)
    assert frozenset(("person:ali-sheikh-hussein", "person:ahmed-abdi-warsame")) in _met(out)
    assert "person:ali" not in _people(out)


def test_headline_kunya_then_full_name(ex: RuleExtractor) -> None:
    text = ("Abu al-Tayyeb sworn in as minister\n"
            "Ramallah - Khaled Abu al-Tayyeb was sworn in on Sunday, replacing Samir Odeh.")
    out = _out(ex, text)
    assert ("person:khaled-abu-al-tayyeb", "person:samir-odeh") in _pairs(out, "SUCCESSOR_OF")
    assert "person:abu-al-tayyeb" not in _people(out)


def test_long_name_with_particle_after_headline_form(ex: RuleExtractor) -> None:
    text = ("Togo names Kodjo de Souza premier\n"
            "Lome - The president appointed the economist Pierre Marcel Kodjo de Souza prime "
            "minister, replacing Victor Dogbe.")
    out = _out(ex, text)
    succ = _pairs(out, "SUCCESSOR_OF")
    assert any(s == "person:pierre-marcel-kodjo-de-souza" for s, _t in succ)
    assert not any(s == "person:kodjo-de-souza" for s, _t in succ)


def test_trailing_sheikh_closes_name(ex: RuleExtractor) -> None:
    text = "Ali Sheikh, the new president, met Ahmed Abdi Warsame in Mogadishu."
    out = _out(ex, text)
    assert frozenset(("person:ali-sheikh", "person:ahmed-abdi-warsame")) in _met(out)


def test_negative_sheikh_before_name_is_a_style(ex: RuleExtractor) -> None:
    text = "Ahmed Abdi Warsame met Sheikh Tamim in Doha."
    out = _out(ex, text)
    assert "person:tamim-bin-hamad-al-thani" in _people(out)
    assert not any("sheikh" in p for p in _people(out))


def test_negative_trailing_sheikh_no_meeting(ex: RuleExtractor) -> None:
    text = "Ali Sheikh said on Monday that he had never met Ahmed Abdi Warsame."
    out = _out(ex, text)
    assert _met(out) == set()


def test_negative_other_full_name_keeps_its_own_id(ex: RuleExtractor) -> None:
    # the headline's short form opens no longer name here: "Omar Hussein" is someone else
    text = ("Omar Sheikh names aides\n"
            "Mogadishu - Ahmed Abdi Warsame met Omar Hussein Abdi at the palace.")
    out = _out(ex, text)
    assert "person:omar-hussein-abdi" in _people(out)
    assert not any(frozenset(("person:ahmed-abdi-warsame", p)) in _met(out)
                   for p in _people(out) if "sheikh" in p)


@pytest.mark.parametrize("text", [
    "President Hassan Sheikh",
    "Hassan Sheikh",
    "Togo names Kodjo de Souza premier\nThe president appointed Pierre Marcel Kodjo de",
    "Togo names Kodjo de Souza premier\nThe president appointed Pierre Marcel Kodjo de Souza",
    "Abu al-Tayyeb sworn in\nKhaled Abu al-Tayyeb",
])
def test_cut_off_texts(ex: RuleExtractor, text: str) -> None:
    _out(ex, text)  # no IndexError
