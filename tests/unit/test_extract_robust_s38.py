"""Sentences that crashed the extractor (session 38): extraction must return a document,
never raise, whatever the article says."""

from __future__ import annotations

import pytest

from loaders.extract.rules import RuleExtractor


@pytest.fixture(scope="module")
def extractor() -> RuleExtractor:
    return RuleExtractor()


@pytest.mark.parametrize("text", [
    # the killer and the only victim are one mention: killing_rules_en read victims[-1] of an
    # empty list (IndexError on main 1c80b9f1)
    "The funeral of Lance Corporal Badr Saad Mohammed Al Humaidi Al Dosari was held after the "
    "Israeli strike killed him.",
])
def test_killing_whose_victim_is_the_agent_does_not_crash(extractor, text):
    doc = extractor.extract(text)
    assert all(r["source"] != r["target"] for r in doc["relations"])
