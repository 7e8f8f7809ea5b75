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
