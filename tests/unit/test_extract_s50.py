"""Session 50: relations a researcher would notice wrong, found on dev pieces and on fresh
sentences written for the session in the style of the wire agencies.

- "X met Y. X was accompanied by A, his deputy": one companion told in a sentence of its own
  is left unpaired, as most writers do (``meeting_sides_en._accompanied_after_meeting`` pairs
  the companions only when the sentence names two or more).
"""

import pytest

from loaders.extract import get_extractor


@pytest.fixture(scope="module", params=["rules", "rules+scorer"])
def ex(request):
    return get_extractor(request.param)


@pytest.fixture(scope="module")
def rules():
    return get_extractor("rules")


def _rels(ex, text: str, typ: str, lang: str) -> set[tuple[str, str]]:
    return {(r["source"], r["target"]) for r in ex.extract(text, lang=lang)["relations"]
            if r["type"] == typ}


def _undirected(pairs: set[tuple[str, str]]) -> set[tuple[str, str]]:
    return {tuple(sorted(p)) for p in pairs}


ISSOUFOU, TRAORE = "person:mahamadou-issoufou", "person:ibrahim-traore"
TOURAY = "person:omar-alieu-touray"


@pytest.mark.parametrize("companion", [
    "Omar Touray, the president of the ECOWAS Commission",
    "ECOWAS Commission president Omar Touray and several ministers",
])
def test_one_companion_told_alone_after_the_meeting_is_not_paired(rules, companion):
    text = ("An ECOWAS mission led by former Nigerien president Mahamadou Issoufou met Ibrahim "
            f"Traore in Ouagadougou. Issoufou was accompanied by {companion}.")
    met = _undirected(_rels(rules, text, "MET_WITH", "en"))
    assert tuple(sorted((ISSOUFOU, TRAORE))) in met
    assert not any(TOURAY in pair for pair in met)
