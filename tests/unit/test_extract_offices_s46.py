"""Session 46, titles and offices (offices).

title_abbrev_en: an English body's bracketed abbreviation between the body and a title word
("then Popular Mobilization Forces (PMF) head Faleh al-Fayyadh", "and Kurdistan Democratic
Party (KDP) leader Masoud Barzani"): the body still qualifies the title, so a list of met
people goes on to the person and the body is no side of the meeting."""

from __future__ import annotations

import pytest

from loaders.extract.rules import RuleExtractor
from tests.extract_support import met_pairs


@pytest.fixture(scope="module")
def ex() -> RuleExtractor:
    return RuleExtractor()


def _pairs(ex: RuleExtractor, text: str) -> set[frozenset[str]]:
    return met_pairs(ex.extract(text, lang="en"))


def _p(a: str, b: str) -> frozenset[str]:
    return frozenset((f"person:{a}", f"person:{b}"))


@pytest.mark.parametrize("text, pair", [
    ("Larijani later met Hadi al-Amiri, then Popular Mobilization Forces (PMF) head "
     "Faleh al-Fayyadh, at their respective offices.", ("larijani", "falih-al-fayyadh")),
    ("Larijani later met Hadi al-Amiri and Kurdistan Democratic Party (KDP) leader "
     "Masoud Barzani in Pirmam.", ("larijani", "masoud-barzani")),
])
def test_abbreviated_body_title_in_list(ex: RuleExtractor, text: str,
                                        pair: tuple[str, str]) -> None:
    got = _pairs(ex, text)
    assert _p(*pair) in got
    assert not any(any(x.startswith("organization:") for x in p) for p in got)


@pytest.mark.parametrize("text, absent", [
    # a call, not a meeting, with the titled person
    ("Larijani met Hadi al-Amiri, and spoke by phone with Popular Mobilization Forces (PMF) "
     "head Faleh al-Fayyadh.", ("larijani", "falih-al-fayyadh")),
    # negated meeting
    ("Larijani met Hadi al-Amiri but did not meet Popular Mobilization Forces (PMF) head "
     "Faleh al-Fayyadh.", ("larijani", "falih-al-fayyadh")),
    # the abbreviated body with no title word after it names no one more
    ("Larijani later met Hadi al-Amiri and the Popular Mobilization Forces (PMF) in Baghdad.",
     None),
])
def test_abbreviated_body_negatives(ex: RuleExtractor, text: str,
                                    absent: tuple[str, str] | None) -> None:
    got = _pairs(ex, text)
    if absent is not None:
        assert _p(*absent) not in got
    assert not any(any(x.startswith("organization:") for x in p) for p in got)


# bodies._EN_NOT_NAME_LAST: a portfolio ("Higher Education and Scientific Research") or a UN
# office ("the Special Rapporteur") is no person's name.

def _people(ex: RuleExtractor, text: str) -> set[str]:
    return {e["id"] for e in ex.extract(text, lang="en")["entities"] if e["type"] == "Person"}


def test_portfolio_is_no_person(ex: RuleExtractor) -> None:
    text = ("The Ministry of Higher Education and Scientific Research was handed over to "
            "Minister Naeem Al-Aboudi by the outgoing minister, Dr. Nabil Kadhim Abdul Sahib.")
    out = ex.extract(text, lang="en")
    people = {e["id"] for e in out["entities"] if e["type"] == "Person"}
    assert "person:scientific-research" not in people
    assert "person:higher-education" not in people
    assert not any(r["target"] == "person:scientific-research" for r in out["relations"])


def test_rapporteur_is_no_person(ex: RuleExtractor) -> None:
    text = ("The last UN rapporteur received in Tehran was Alena Douhan, the Special Rapporteur "
            "on unilateral coercive measures, who in May 2022 met Kazem Gharibabadi in Tehran.")
    assert "person:special-rapporteur" not in _people(ex, text)
    # (a person new to the gazetteer: her id is spelt from the Latin name's skeleton)
    assert any("person:kazem-gharibabadi" in p and any("douhan" in x for x in p)
               for p in _pairs(ex, text))


def test_named_rapporteur_still_met(ex: RuleExtractor) -> None:
    # the rapporteur named, her office apposed: the meeting with her stays, no extra person
    text = ("Kazem Gharibabadi met Agnes Callamard, the UN Special Rapporteur on extrajudicial "
            "executions, in Geneva.")
    assert _p("agnes-callamard", "kazem-gharibabadi") in _pairs(ex, text)
    assert "person:special-rapporteur" not in _people(ex, text)
