"""The pre-load look-up of stored entities: short-cut on an empty graph, exact otherwise."""

from __future__ import annotations

import pytest
from neo4j import Driver

from loaders.settings import Neo4jSettings
from loaders.writer import existing_lookup

pytestmark = pytest.mark.integration


def test_lookup_on_an_empty_graph_then_on_a_graph_with_entities(
        empty_db: Driver, neo4j_settings: Neo4jSettings) -> None:
    db = neo4j_settings.database
    assert existing_lookup(empty_db, db)(["person:esmail-qaani"]) == {}
    empty_db.execute_query("CREATE (:Entity:Person {id: 'person:esmail-qaani', type: 'Person', "
                           "name: 'Esmail Qaani', name_ar: 'إسماعيل قاآني'})", database_=db)
    found = existing_lookup(empty_db, db)(["person:esmail-qaani", "person:nobody"])
    assert found == {"person:esmail-qaani": ("Person", "Esmail Qaani", "إسماعيل قاآني", None)}


def test_input_changed_between_validation_and_writing_is_refused(
        empty_db: Driver, neo4j_settings: Neo4jSettings, tmp_path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from loaders import validate, writer
    from loaders.vocabulary import core_vocabulary

    db = neo4j_settings.database
    monkeypatch.setattr(validate, "CACHE_BYTES", 0)
    nodes = tmp_path / "nodes.csv"
    nodes.write_text("id,type,name\nperson:esmail-qaani,Person,Esmail Qaani\n", encoding="utf-8")
    real_scan = writer.scan

    def scan_then_edit(*args, **kwargs):  # someone edits the file right after validation
        result = real_scan(*args, **kwargs)
        nodes.write_text("id,type,name\nperson:esmail-qaani,Person,Ismail Qaani, edited\n",
                         encoding="utf-8")
        return result

    monkeypatch.setattr(writer, "scan", scan_then_edit)
    report = writer.load_paths(empty_db, db, [nodes], core_vocabulary(), progress=False)
    assert [p.path for p in report.problems] == [str(nodes)]
    assert "changed after it was validated" in report.problems[0].message
    records, _, _ = empty_db.execute_query("MATCH (n) RETURN count(n) AS n", database_=db)
    assert records[0]["n"] == 0
