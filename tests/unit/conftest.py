"""Fixtures shared by the unit tests."""

from __future__ import annotations

import pytest

from loaders.extract import get_extractor
from loaders.extract.base import Extractor
from loaders.extract.rules import RuleExtractor


@pytest.fixture(scope="module")
def ex() -> RuleExtractor:
    """A fresh `RuleExtractor` per test module, as each module used to build for itself.

    A module that needs another one (a fresh extractor per test, other arguments) defines
    its own `ex`, which takes precedence over this one."""
    return RuleExtractor()


@pytest.fixture(scope="module", params=["rules", "rules+scorer"])
def shipped(request: pytest.FixtureRequest) -> Extractor:
    """Each shipped extractor in turn: `rules` and the default `rules+scorer` (a case that
    must hold for both)."""
    return get_extractor(request.param)


@pytest.fixture(scope="module")
def rules_only() -> Extractor:
    """The `rules` extractor alone (a case the scorer may read otherwise)."""
    return get_extractor("rules")
