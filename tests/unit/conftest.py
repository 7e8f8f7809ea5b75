"""Fixtures shared by the unit tests."""

from __future__ import annotations

import pytest

from loaders.extract.rules import RuleExtractor


@pytest.fixture(scope="module")
def ex() -> RuleExtractor:
    """A fresh `RuleExtractor` per test module, as each module used to build for itself.

    A module that needs another one (a fresh extractor per test, other arguments) defines
    its own `ex`, which takes precedence over this one."""
    return RuleExtractor()
