"""The default extractor is `rules+scorer` since session 45 (the pre-registered rule of
docs/extraction.md, "At a glance (end of session 45)"); $NEWSGRAPH_EXTRACTOR=rules still gives
the rules alone."""

from __future__ import annotations

import pytest

from loaders.extract.base import EXTRACTOR_ENV, get_extractor
from loaders.extract.rules import RuleExtractor
from loaders.extract.scored import ScoredExtractor


def test_the_default_is_rules_plus_scorer(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(EXTRACTOR_ENV, raising=False)
    assert isinstance(get_extractor(), ScoredExtractor)


def test_the_environment_still_chooses_the_rules_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(EXTRACTOR_ENV, "rules")
    ex = get_extractor()
    assert isinstance(ex, RuleExtractor) and not isinstance(ex, ScoredExtractor)
