"""The extractor raises the young garbage-collection threshold only while it runs."""

from __future__ import annotations

import gc
import threading

import pytest

from loaders.extract.gc_scope import YOUNG, fewer_collections
from loaders.extract.rules import RuleExtractor


@pytest.fixture
def default_threshold():
    old = gc.get_threshold()
    gc.set_threshold(700, 10, 10)
    yield
    gc.set_threshold(*old)


def test_threshold_is_raised_inside_and_restored_after(default_threshold):
    with fewer_collections():
        assert gc.get_threshold() == (YOUNG, 10, 10)
        with fewer_collections():  # nested: still raised
            assert gc.get_threshold()[0] == YOUNG
        assert gc.get_threshold()[0] == YOUNG
    assert gc.get_threshold() == (700, 10, 10)


def test_restored_after_an_error(default_threshold):
    with pytest.raises(ValueError), fewer_collections():
        raise ValueError("boom")
    assert gc.get_threshold() == (700, 10, 10)


def test_a_threshold_changed_meanwhile_is_kept(default_threshold):
    with fewer_collections():
        gc.set_threshold(5000, 10, 10)
    assert gc.get_threshold() == (5000, 10, 10)


def test_switched_off_collection_stays_off(default_threshold):
    gc.set_threshold(0, 10, 10)
    with fewer_collections():
        assert gc.get_threshold()[0] == 0
    assert gc.get_threshold()[0] == 0


def test_extract_restores_the_threshold_even_on_bad_input(default_threshold):
    ex = RuleExtractor()
    assert ex.extract("Esmail Qaani met Mustafa al-Kadhimi in Baghdad.")["relations"]
    assert gc.get_threshold() == (700, 10, 10)
    with pytest.raises(Exception):  # noqa: B017 (the extractor's own error type)
        ex.extract("   ")
    assert gc.get_threshold() == (700, 10, 10)


def test_concurrent_extractions_restore_the_threshold_once(default_threshold):
    ex = RuleExtractor()
    errors = []

    def work():
        try:
            for _ in range(3):
                ex.extract("Esmail Qaani met Mustafa al-Kadhimi in Baghdad.")
        except Exception as e:  # noqa: BLE001
            errors.append(e)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert gc.get_threshold() == (700, 10, 10)
