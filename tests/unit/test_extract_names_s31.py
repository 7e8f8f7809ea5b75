"""Session 31 (names): the portfolio of an office that ran into its holder's name on the
newest writers ("Secretary of Energy Jennifer Granholm" made a person "Energy Jennifer
Granholm", "Minister of Planning and International Cooperation X", "Secretary-General of
the Presidency X", "Secretary of Defense for the Middle East X"), counted on JP-JX and
checked on the other writers' dev text.

Arabic writes the office before the name with the portfolio as a definite noun ("وزيرة
الطاقة", "الأمين العام للرئاسة"), which the Arabic name steps already end: the Arabic cases
here are ones that must stay as they are."""

from __future__ import annotations

import pytest

from tests.extract_support import MW

SUDANI = "person:mohammed-shia-al-sudani"


def _people(doc: dict) -> set[str]:
    return {e["id"] for e in doc["entities"] if e["id"].startswith("person:")}


# (lang, text, people that must be found, people that must not)
CASES = [
    ("en", "Prime Minister Mohammed Shia al-Sudani met Secretary of Energy Laura Whitfield "
     "in Washington on Monday.", {"person:laura-whitfield"},
     {"person:energy-laura-whitfield"}),
    ("en", "The talks were attended by Minister of Tourism and Heritage Conservation Kareem "
     "Haddadin, the agency said.", {"person:karim-haddadin"},
     {"person:heritage-conservation-kareem-haddadin"}),
    ("en", "The new judge took the oath in the presence of Secretary-General of the Presidency "
     "Samir Abdul Karim.", {"person:samir-abdul-karim"},
     {"person:presidency-samir-abdul-karim"}),
    ("en", "Deputy Assistant Secretary of Defense for the Middle East Oliver Brandt joined the "
     "talks in Washington.", {"person:oliver-brandt"}, set()),
    # negative: a body's own "of" after the office ("Government of National Unity") names
    # no person "National Unity"
    ("en", "He held talks with the Prime Minister of the Government of National Unity, Abdul "
     "Hamid Dbeibah, in Tripoli.", {"person:abdul-hamid-dbeibah"}, {"person:national-unity"}),
    # Arabic: the office's portfolio is a definite noun; the name after it stays whole
    ("ar", "التقى رئيس الوزراء محمد شياع السوداني وزيرة الطاقة الأمريكية جينيفر غرانهولم في "
     "واشنطن.", set(), {"person:altaqa-jinifr-ghranhulm"}),
]


@pytest.mark.parametrize("lang,text,found,not_found", CASES)
def test_office_portfolio_names_s31(ex, lang: str, text: str, found: set[str],
                                    not_found: set[str]) -> None:
    people = _people(ex.extract(text, lang=lang))
    assert found <= people, (text[:50], people)
    assert not (not_found & people), (text[:50], people)


def test_office_portfolio_met_with_s31(ex) -> None:
    """The holder named after the portfolio is the one met ("met Secretary of Energy X")."""
    doc = ex.extract("Prime Minister Mohammed Shia al-Sudani met Secretary of Energy Laura "
                     "Whitfield in Washington on Monday.", lang="en")
    pairs = {frozenset((r["source"], r["target"])) for r in doc["relations"]
             if r["type"] == "MET_WITH"}
    assert frozenset(MW(SUDANI, "person:laura-whitfield")[1:]) in pairs, pairs
