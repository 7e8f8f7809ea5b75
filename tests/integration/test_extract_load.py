"""Seed + corpus texts loaded through extraction: one node per real-world entity."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from neo4j import Driver

from loaders.settings import Neo4jSettings
from loaders.textnorm import skeleton
from loaders.vocabulary import core_vocabulary
from loaders.writer import load_paths

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parents[2]
TEXTS = [ROOT / "seeds/000_86c97502cca546cd.txt"] + sorted((ROOT / "seeds/corpus").glob("*.txt"))


def _entities(driver: Driver, db: str) -> list[dict]:
    recs, _, _ = driver.execute_query(
        "MATCH (e:Entity) RETURN e.id AS id, e.type AS type, e.name AS name, "
        "e.name_ar AS name_ar, e.aliases AS aliases", database_=db)
    return [r.data() for r in recs]


def test_texts_through_extraction_give_one_node_per_entity(
        empty_db: Driver, neo4j_settings: Neo4jSettings, tmp_path: Path) -> None:
    db = neo4j_settings.database
    for f in TEXTS:  # texts alone (beside their .json the annotation would win)
        shutil.copy(f, tmp_path / f.name)
    report = load_paths(empty_db, db, [tmp_path], core_vocabulary(), progress=False)
    assert not report.problems, report.problems
    ents = _entities(empty_db, db)
    ids = [e["id"] for e in ents]
    assert len(ids) == len(set(ids))
    # no two nodes for one person/organisation under different spellings or scripts
    seen: dict[tuple[str, str], str] = {}
    for e in ents:
        key = (e["type"], skeleton(e["name"]))
        assert key not in seen, f"{e['id']} duplicates {seen[key]}"
        seen[key] = e["id"]
    for must in ("person:esmail-qaani", "person:qasem-soleimani", "person:mustafa-al-kadhimi",
                 "country:united-states", "location:baghdad", "person:joe-biden"):
        assert must in ids
    # Qaani: one node, mentioned by the seed article, with the seed's Arabic evidence
    recs, _, _ = empty_db.execute_query(
        "MATCH (q:Entity {id: 'person:esmail-qaani'})-[r:SUCCESSOR_OF]->"
        "(s:Entity {id: 'person:qasem-soleimani'}) RETURN r.sentences AS s, r.methods AS m",
        database_=db)
    assert len(recs) == 1 and any("خليفة" in s for s in recs[0]["s"])
    assert all(m.startswith("rule:") for m in recs[0]["m"])
    recs, _, _ = empty_db.execute_query(
        "MATCH (:Entity {id: 'person:qasem-soleimani'})-[r:ASSASSINATED_BY]->"
        "(:Entity {id: 'country:united-states'}) RETURN r.articles AS a", database_=db)
    assert len(recs) == 1 and len(recs[0]["a"]) == 2  # the seed and Elaph both state it


def test_texts_and_annotations_together_merge_into_the_same_nodes(
        empty_db: Driver, neo4j_settings: Neo4jSettings, tmp_path: Path) -> None:
    db = neo4j_settings.database
    for f in TEXTS:
        shutil.copy(f, tmp_path / ("x_" + f.name))  # no .json beside: extracted
    report = load_paths(empty_db, db, [ROOT / "seeds", tmp_path], core_vocabulary(),
                        progress=False)
    assert not report.problems, report.problems
    ents = _entities(empty_db, db)
    people = [e for e in ents if e["type"] == "Person"]
    keys = [skeleton(e["name"]) for e in people]
    assert len(keys) == len(set(keys)), sorted(e["id"] for e in people)
    recs, _, _ = empty_db.execute_query(
        "MATCH (:Entity {id: 'person:esmail-qaani'})-[r:MET_WITH]-"
        "(:Entity {id: 'person:mustafa-al-kadhimi'}) RETURN r.methods AS m, r.count AS c",
        database_=db)
    assert len(recs) == 1
    assert "manual" in recs[0]["m"] and any(m.startswith("rule:") for m in recs[0]["m"])
    # loading the same inputs again changes nothing
    before = len(ents)
    load_paths(empty_db, db, [ROOT / "seeds", tmp_path], core_vocabulary(), progress=False)
    assert len(_entities(empty_db, db)) == before
