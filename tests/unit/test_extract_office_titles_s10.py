"""Office titles by portfolio, session 10; our own sentences in both languages (not taken
from an evaluation set).

- "<portfolio> minister" is a title for the usual cabinet portfolios (oil, electricity,
  water resources, higher education ...), not only foreign / defence / interior: "the Iraqi
  oil minister" without a name stands for the oil minister the article named before.
- coreference: "the health minister" / "the minister of health" is not the oil minister the
  article named before ("defence" and "defense" are one portfolio).
- negatives: a ministry is no person.
"""

import pytest

from loaders.extract.rules import RuleExtractor
from tests.extract_support import met_pairs

GHANI, AMIRI = "person:hayan-abdul-ghani", "person:hadi-al-amiri"


@pytest.fixture(scope="module")
def extractor():
    return RuleExtractor()


def _people(doc: dict) -> set[str]:
    return {e["id"] for e in doc["entities"] if e["type"] == "Person"}


NAMELESS_CASES = [
    "Iraqi Oil Minister Hayan Abdul-Ghani arrived in Tehran on Sunday. Hadi al-Amiri "
    "received the Iraqi oil minister on Monday.",
    "Iraqi Electricity Minister Hayan Abdul-Ghani flew to Amman on Sunday. The electricity "
    "minister met Hadi al-Amiri in Baghdad on Tuesday.",
    "Hayan Abdul-Ghani, Iraq's water resources minister, arrived in Ankara on Sunday. The "
    "water resources minister met Hadi al-Amiri on Monday.",
    "Iraq's higher education minister, Hayan Abdul-Ghani, toured Basra on Sunday. Hadi "
    "al-Amiri later met the higher education minister in Baghdad.",
    "Planning Minister Hayan Abdul-Ghani presented the budget on Sunday. On Monday the "
    "planning minister held talks with Hadi al-Amiri.",
]


@pytest.mark.parametrize("text", NAMELESS_CASES)
def test_portfolio_minister_without_name_is_the_one_named(extractor, text):
    assert frozenset((GHANI, AMIRI)) in met_pairs(extractor.extract(text))


ARABIC_CASES = [
    "وصل وزير النفط العراقي حيان عبد الغني إلى طهران. والتقى وزير النفط هادي العامري يوم الاثنين.",
    "استقبل هادي العامري وزير الموارد المائية حيان عبد الغني في بغداد.",
    "وبحث وزير التعليم العالي في الحكومة العراقية حيان عبد الغني مع هادي العامري الأوضاع.",
]


@pytest.mark.parametrize("text", ARABIC_CASES)
def test_arabic_portfolio_minister(extractor, text):
    assert frozenset((GHANI, AMIRI)) in met_pairs(extractor.extract(text))


def test_ministry_is_no_person(extractor):
    doc = extractor.extract("The ministry of oil said on Monday that exports rose. Hadi "
                            "al-Amiri met the oil ministry spokesman's team.")
    assert _people(doc) <= {AMIRI}
    doc = extractor.extract("وقالت وزارة النفط إن الصادرات ارتفعت، والتقى هادي العامري وفداً منها.")
    assert _people(doc) <= {AMIRI}


OTHER_PORTFOLIO_CASES = [
    "Iraqi Oil Minister Hayan Abdul-Ghani arrived in Tehran on Sunday. Hadi al-Amiri met the "
    "health minister on Monday.",
    "Iraqi Oil Minister Hayan Abdul-Ghani arrived in Tehran on Sunday. Hadi al-Amiri met the "
    "minister of health on Monday.",
    "Iraqi Foreign Minister Hayan Abdul-Ghani arrived in Amman on Sunday. The oil minister "
    "met Hadi al-Amiri there on Monday.",
]


@pytest.mark.parametrize("text", OTHER_PORTFOLIO_CASES)
def test_other_portfolio_is_not_the_named_minister(extractor, text):
    assert frozenset((GHANI, AMIRI)) not in met_pairs(extractor.extract(text))


SAME_PORTFOLIO_CASES = [
    # spelling variants and "minister of X" name the same office
    "Iraqi Defence Minister Hayan Abdul-Ghani arrived in Tehran on Sunday. Hadi al-Amiri met "
    "the defense minister on Monday.",
    "Hayan Abdul-Ghani, Iraq's minister of oil, arrived in Tehran on Sunday. Hadi al-Amiri "
    "met the oil minister on Monday.",
    # a bare "minister" still stands for him
    "Iraqi Oil Minister Hayan Abdul-Ghani arrived in Tehran on Sunday. Hadi al-Amiri met the "
    "minister on Monday.",
]


@pytest.mark.parametrize("text", SAME_PORTFOLIO_CASES)
def test_same_portfolio_is_the_named_minister(extractor, text):
    assert frozenset((GHANI, AMIRI)) in met_pairs(extractor.extract(text))


JOINT_PORTFOLIO_CASES = [
    # two portfolios joined by "and": a four-word title
    "Iraqi Displacement and Migration Minister Hayan Abdul-Ghani arrived in Tehran on Sunday. "
    "Hadi al-Amiri received the displacement and migration minister on Monday.",
    "Hayan Abdul-Ghani, Iraq's youth and sports minister, flew to Doha on Sunday. The youth "
    "and sports minister met Hadi al-Amiri on Monday.",
]


@pytest.mark.parametrize("text", JOINT_PORTFOLIO_CASES)
def test_joint_portfolio_minister_without_name(extractor, text):
    assert frozenset((GHANI, AMIRI)) in met_pairs(extractor.extract(text))


def test_joint_portfolio_and_is_no_list(extractor):
    # "and" inside the title does not split it into two people or two meetings
    doc = extractor.extract("Hadi al-Amiri met Iraq's youth and sports minister, Hayan "
                            "Abdul-Ghani, on Monday.")
    assert met_pairs(doc) == {frozenset((GHANI, AMIRI))}
