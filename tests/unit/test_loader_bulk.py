"""Bulk-load helpers of the writer: short parameter repr, garbage-collector settings."""

from __future__ import annotations

import gc

import pytest
from neo4j._codec.packstream.v1 import PackableBuffer, Packer

from loaders.writer import Rows, bulk_gc


def _packed(value: object) -> bytes:
    buf = PackableBuffer()
    Packer(buf).pack(value)
    return bytes(buf.data)


def test_rows_repr_is_short_but_they_pack_exactly_like_a_list() -> None:
    rows = [["person:a", "person:b", "art#1-2", "جملة طويلة " * 50, ["2020"], 0.5, None]] * 100
    assert repr({"rows": Rows(rows)}) == "{'rows': <100 rows>}"
    assert _packed({"rows": Rows(rows)}) == _packed({"rows": rows})


def test_bulk_gc_restores_the_collector_even_after_an_error() -> None:
    before = gc.get_threshold(), gc.get_freeze_count()
    with pytest.raises(RuntimeError), bulk_gc(threshold=12_345):
        assert gc.get_threshold()[0] == 12_345
        raise RuntimeError("load failed")
    assert (gc.get_threshold(), gc.get_freeze_count()) == before


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
