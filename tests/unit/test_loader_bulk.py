"""Bulk-load helpers of the writer: short parameter repr, garbage-collector settings."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from neo4j._codec.packstream.v1 import PackableBuffer, Packer

from loaders.writer import Rows, bulk_gc
from tests.gc_support import Node, garbage_cycle, is_frozen


def _packed(value: object) -> bytes:
    buf = PackableBuffer()
    Packer(buf).pack(value)
    return bytes(buf.data)


def test_rows_repr_is_short_but_they_pack_exactly_like_a_list() -> None:
    rows = [["person:a", "person:b", "art#1-2", "جملة طويلة " * 50, ["2020"], 0.5, None]] * 100
    assert repr({"rows": Rows(rows)}) == "{'rows': <100 rows>}"
    assert _packed({"rows": Rows(rows)}) == _packed({"rows": rows})


@contextmanager
def _nothing_frozen() -> Iterator[None]:
    """Run with an empty permanent generation (an earlier test may have frozen objects);
    freeze again afterwards if it was not empty."""
    had = gc.get_freeze_count() > 0
    gc.unfreeze()
    try:
        yield
    finally:
        if had:
            gc.freeze()


def test_bulk_gc_restores_the_collector_even_after_an_error() -> None:
    # (session 69: nothing frozen before -> nothing frozen after; the freeze count was compared
    # whatever it was before, which held only because nothing else froze anything)
    with _nothing_frozen():
        before = gc.get_threshold()
        with pytest.raises(RuntimeError), bulk_gc(threshold=12_345):
            assert gc.get_threshold()[0] == 12_345
            raise RuntimeError("load failed")
        assert (gc.get_threshold(), gc.get_freeze_count()) == (before, 0)


def test_bulk_gc_leaves_frozen_what_was_frozen_before_it_even_after_an_error() -> None:
    kept = Node()  # e.g. a server's tables, frozen before it forks its workers
    gc.collect()
    gc.freeze()
    before = gc.get_threshold()
    with pytest.raises(RuntimeError), bulk_gc(threshold=12_345):
        raise RuntimeError("load failed")
    assert gc.get_threshold() == before
    assert is_frozen(kept)


def test_bulk_gc_frees_the_cycles_the_load_left_frozen() -> None:
    for frozen_before in (False, True):
        with _nothing_frozen():
            if frozen_before:
                gc.freeze()
            with bulk_gc():
                ref = garbage_cycle()  # the load's registry, frozen while it lasts (writer._load_paths)
                gc.freeze()
                assert ref() is not None
            gc.collect()
            assert ref() is None, frozen_before


def test_bulk_loads_one_after_another_do_not_grow() -> None:
    gc.collect()
    gc.freeze()  # a standing freeze (a server's, before it forks)

    def load() -> None:
        with bulk_gc():
            registry = [garbage_cycle() for _ in range(2_000)]  # noqa: F841 (dropped: garbage cycles)
            gc.freeze()

    def tracked() -> int:
        gc.collect()
        return gc.get_freeze_count() + len(gc.get_objects())

    load()
    after_one = tracked()
    for _ in range(10):
        load()
    assert tracked() < after_one + 1_000  # (40,000 objects made and frozen by the ten loads)


def test_only_create_only_batches_of_one_kind_may_run_concurrently() -> None:
    from loaders.writer import parallel_class

    rels = ("relationships_new", "CREATE ...", [[]])
    ents = ("entities_new", "MERGE ... ON CREATE SET ...", [{}])
    assert parallel_class([rels, rels]) == "relationships_new"
    assert parallel_class([ents, ents]) == "entities_new"
    assert parallel_class([]) is None
    assert parallel_class([ents, rels]) is None  # relationships need committed entities
    for other in ("entities", "articles", "mentions", "relationships"):
        assert parallel_class([rels, (other, "MERGE ...", [{}])]) is None
        assert parallel_class([(other, "MERGE ...", [{}])]) is None
