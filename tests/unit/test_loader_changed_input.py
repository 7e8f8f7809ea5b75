"""A large input is re-read from disk for writing: it must still be what was validated."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from loaders import validate
from loaders.errors import InputError
from loaders.validate import scan
from loaders.vocabulary import core_vocabulary

VOCAB = core_vocabulary()
NODES = ("id,type,name\nperson:esmail-qaani,Person,Esmail Qaani\n"
         "person:mustafa-al-kadhimi,Person,Mustafa al-Kadhimi\n")
RELS = "source,type,target\nperson:esmail-qaani,MET_WITH,person:mustafa-al-kadhimi\n"


@pytest.fixture
def tables(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    monkeypatch.setattr(validate, "CACHE_BYTES", 0)  # behave as with inputs of many MB
    nodes, rels = tmp_path / "nodes.csv", tmp_path / "relationships.csv"
    nodes.write_text(NODES, encoding="utf-8")
    rels.write_text(RELS, encoding="utf-8")
    return [nodes, rels]


def test_unchanged_input_is_read_again_as_validated(tables: list[Path]) -> None:
    result = scan(tables, VOCAB)
    assert result.ok and result.cached is None
    assert result.changed() == []
    units = list(result.units(VOCAB))
    assert sum(len(u.entities) for u in units) == 2 and sum(len(u.relations) for u in units) == 1


def test_a_file_changed_after_validation_is_named_and_not_read(tables: list[Path]) -> None:
    result = scan(tables, VOCAB)
    rels = tables[1]
    rels.write_text(RELS + "person:esmail-qaani,LEADS,person:nobody-declared\n", encoding="utf-8")
    assert [p.path for p in result.changed()] == [str(rels)]
    with pytest.raises(InputError) as err:
        list(result.units(VOCAB))
    assert str(rels) in str(err.value) and "changed while loading" in str(err.value)


def test_same_size_rewrite_is_noticed_by_its_modification_time(tables: list[Path]) -> None:
    result = scan(tables, VOCAB)
    nodes = tables[0]
    nodes.write_text(NODES.replace("Esmail", "Ismail"), encoding="utf-8")
    st = nodes.stat()
    os.utime(nodes, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))
    assert [p.path for p in result.changed()] == [str(nodes)]
