"""Loading into a real Neo4j: the seed graph, idempotency, refusals, evidence appends."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from neo4j import Driver

from loaders.settings import Neo4jSettings
from loaders.vocabulary import core_vocabulary
from loaders.writer import load_paths

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
WFXB = SEEDS / "corpus/en_wfxb_biden_nuclear_deal.json"
STRAT = SEEDS / "corpus/en_strategicstudy_after_iran_deal.json"
VOCAB = core_vocabulary()
SEED_ID = "86c97502cca546cd"


def load(driver: Driver, db: str, *paths: Path):
    return load_paths(driver, db, list(paths), VOCAB, batch_size=7, progress=False)


def snapshot(driver: Driver, db: str) -> tuple[int, int, str]:
    """(nodes, relationships, checksum of every label, type and property)."""
    nodes, _, _ = driver.execute_query(
        "MATCH (n) RETURN elementId(n) AS eid, labels(n) AS labels, properties(n) AS props",
        database_=db)
    rels, _, _ = driver.execute_query(
        "MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS t, b.id AS b, properties(r) AS props",
        database_=db)
    ids = {r["eid"]: r["props"].get("id") for r in nodes}
    payload = sorted(json.dumps([sorted(r["labels"]), r["props"]], sort_keys=True,
                                ensure_ascii=False) for r in nodes)
    payload += sorted(json.dumps([r["a"], r["t"], r["b"], r["props"]], sort_keys=True,
                                 ensure_ascii=False) for r in rels)
    assert all(ids.values()), "every node has an id"
    digest = hashlib.sha256("\n".join(payload).encode()).hexdigest()
    return len(nodes), len(rels), digest


def one(driver: Driver, db: str, query: str, **params):
    records, _, _ = driver.execute_query(query, params, database_=db)
    assert len(records) == 1, records
    return records[0]


def test_seeds_give_the_graph_an_analyst_expects(empty_db: Driver,
                                                 neo4j_settings: Neo4jSettings) -> None:
    db = neo4j_settings.database
    report = load(empty_db, db, SEEDS)
    assert not report.problems, report.problems
    assert report.counts["articles_created"] == 5
    assert "entities:" in report.summary() and "created" in report.summary()

    r = one(empty_db, db, """
        MATCH (:Entity {id: 'person:esmail-qaani'})-[r:SUCCESSOR_OF]->(s:Entity:Person)
        RETURN s.name AS name, s.name_ar AS name_ar, r.sentences AS sentences,
               r.articles AS articles, r.count AS count""")
    assert (r["name"], r["name_ar"]) == ("Qasem Soleimani", "قاسم سليماني")
    assert r["articles"] == [SEED_ID] and r["count"] == 2
    assert any("خليفة سليماني في زعامة “فيلق القدس”" in s for s in r["sentences"])

    r = one(empty_db, db, """
        MATCH (:Entity {id: 'person:qasem-soleimani'})-[r:ASSASSINATED_BY]->(u:Entity:Country)
        RETURN u.name AS name, r.sentences AS sentences, r.articles AS articles,
               r.dates AS dates""")
    assert r["name"] == "United States"
    assert SEED_ID in r["articles"] and "ar_elaph_green_zone_rockets" in r["articles"]
    assert "2020-01-03" in r["dates"]
    assert any("الولايات المتحدة اغتالت قائد" in s for s in r["sentences"])

    r = one(empty_db, db, """
        MATCH (:Entity {id: 'person:esmail-qaani'})-[r:MET_WITH]-(k:Entity {name_ar: 'مصطفى الكاظمي'})
        RETURN r.sentences AS sentences, r.evidence_articles AS articles,
               startNode(r).id AS src, r.evidence_keys AS keys""")
    assert r["articles"] == [SEED_ID] and r["src"] == "person:esmail-qaani"
    assert "برئيس الوزراء مصطفى الكاظمي" in r["sentences"][0]
    start, end = map(int, r["keys"][0].split("#")[1].split("-"))
    text = one(empty_db, db, "MATCH (a:Article {id: $id}) RETURN a.text AS t", id=SEED_ID)["t"]
    assert text[start:end] == r["sentences"][0]

    r = one(empty_db, db, """
        MATCH (a:Article {id: $id})-[m:MENTIONS]->(:Entity {id: 'person:esmail-qaani'})
        RETURN a.lang AS lang, size(m.spans) AS n""", id=SEED_ID)
    assert r["lang"] == "ar" and r["n"] >= 10


def test_schema_is_created(empty_db: Driver, neo4j_settings: Neo4jSettings) -> None:
    load(empty_db, neo4j_settings.database, WFXB)
    recs, _, _ = empty_db.execute_query("SHOW INDEXES YIELD name, type, state",
                                        database_=neo4j_settings.database)
    got = {r["name"]: (r["type"], r["state"]) for r in recs}
    assert got["entity_names"] == ("FULLTEXT", "ONLINE")
    assert got["entity_names_ar"] == ("FULLTEXT", "ONLINE")
    recs, _, _ = empty_db.execute_query(
        "CALL db.index.fulltext.queryNodes('entity_names', 'Trump') YIELD node RETURN node.id AS id",
        database_=neo4j_settings.database)
    assert "person:donald-trump" in [r["id"] for r in recs]
    recs, _, _ = empty_db.execute_query(
        "SHOW CONSTRAINTS YIELD labelsOrTypes, properties, type WHERE type = 'UNIQUENESS' "
        "RETURN labelsOrTypes[0] AS label, properties[0] AS prop",
        database_=neo4j_settings.database)
    assert {(r["label"], r["prop"]) for r in recs} >= {("Entity", "id"), ("Article", "id")}


def test_loading_twice_changes_nothing(empty_db: Driver, neo4j_settings: Neo4jSettings) -> None:
    db = neo4j_settings.database
    first = load(empty_db, db, SEEDS)
    before = snapshot(empty_db, db)
    second = load(empty_db, db, SEEDS)
    assert snapshot(empty_db, db) == before
    assert before[0] == 37 + 5 and before[1] > 31
    c = second.counts
    assert (c["entities_created"], c["entities_updated"], c["relationships_created"],
            c["relationships_updated"], c["evidence_added"], c["articles_created"],
            c["articles_updated"]) == (0, 0, 0, 0, 0, 0, 0)
    assert first.counts["evidence_added"] == 50


def test_a_second_article_appends_evidence(empty_db: Driver,
                                          neo4j_settings: Neo4jSettings) -> None:
    db = neo4j_settings.database
    load(empty_db, db, WFXB)
    query = """MATCH (:Entity {id: 'person:donald-trump'})-[r:WITHDREW_FROM]->
                     (:Entity {id: 'agreement:jcpoa'})
               RETURN r.count AS count, r.articles AS articles, r.sentences AS sentences,
                      r.evidence_articles AS ev, r.dates AS dates, count(*) AS n"""
    assert one(empty_db, db, query)["count"] == 1
    report = load(empty_db, db, STRAT)
    assert report.counts["relationships_updated"] >= 1
    r = one(empty_db, db, query)
    assert r["n"] == 1 and r["count"] == 2 and r["dates"] == ["2018"]
    assert r["articles"] == ["en_wfxb_biden_nuclear_deal", "en_strategicstudy_after_iran_deal"]
    assert r["ev"] == r["articles"] and len(r["sentences"]) == 2
    n = one(empty_db, db, "MATCH (e:Entity {id: 'person:joe-biden'}) RETURN count(e) AS n")["n"]
    assert n == 1


def _bad_inputs(tmp: Path) -> dict[str, list[Path]]:
    doc = json.loads(WFXB.read_text(encoding="utf-8"))
    cases: dict[str, list[Path]] = {}

    def variant(name: str, change) -> None:
        d = json.loads(json.dumps(doc))
        d["article"]["id"] = "new-article"
        change(d)
        f = tmp / f"{name}.json"
        f.write_text(json.dumps(d, ensure_ascii=False), encoding="utf-8")
        cases[name] = [SEEDS / "corpus/ar_elaph_green_zone_rockets.json", f]

    variant("schema", lambda d: d["relations"][0].pop("evidence"))
    variant("unknown_ref", lambda d: d["relations"][0].update(target="person:nobody"))
    variant("unknown_type", lambda d: d["relations"][0].update(type="BOMBED"))
    variant("span", lambda d: d["relations"][0]["evidence"].update(start=0))
    variant("conflict", lambda d: d["entities"][0].update(name="J. Biden"))
    malformed = tmp / "malformed.json"
    malformed.write_text('{"article": ', encoding="utf-8")
    cases["malformed"] = [WFXB, malformed]
    empty = tmp / "empty.json"
    empty.write_text("", encoding="utf-8")
    cases["empty"] = [WFXB, empty]
    rels = tmp / "relationships.csv"
    rels.write_text("source,type\nperson:joe-biden,LEADS\n", encoding="utf-8")
    cases["csv_columns"] = [WFXB, rels]
    return cases


def test_rejected_input_leaves_the_database_unchanged(
        empty_db: Driver, neo4j_settings: Neo4jSettings, tmp_path: Path) -> None:
    db = neo4j_settings.database
    load(empty_db, db, SEEDS / "000_86c97502cca546cd.json")
    before = snapshot(empty_db, db)
    for name, paths in _bad_inputs(tmp_path).items():
        report = load(empty_db, db, *paths)
        assert report.problems, name
        assert all(str(p.path) for p in report.problems)
        assert snapshot(empty_db, db) == before, name


def test_conflict_with_the_database_is_refused(
        empty_db: Driver, neo4j_settings: Neo4jSettings, tmp_path: Path) -> None:
    db = neo4j_settings.database
    load(empty_db, db, WFXB)
    before = snapshot(empty_db, db)
    nodes = tmp_path / "nodes.csv"
    nodes.write_text("id,type,name\nperson:joe-biden,Person,Joseph Biden\n", encoding="utf-8")
    report = load(empty_db, db, nodes)
    assert [str(p) for p in report.problems] == [
        f"{nodes}:line 2: entity 'person:joe-biden' conflicts with the one already in the "
        "database: different name ('Joseph Biden' vs 'Joe Biden')"]
    assert snapshot(empty_db, db) == before


def test_csv_tables_load_and_link_to_existing_entities(
        empty_db: Driver, neo4j_settings: Neo4jSettings, tmp_path: Path) -> None:
    db = neo4j_settings.database
    load(empty_db, db, SEEDS / "000_86c97502cca546cd.json")
    (tmp_path / "nodes.csv").write_bytes(
        "id,type,name,name_ar,aliases\n"
        "organization:kataib-hezbollah,Organization,Kataib Hezbollah,كتائب حزب الله,KH|كتائب حزب الله العراقي\n"
        .encode("cp1256"))
    (tmp_path / "relationships.csv").write_text(
        "source,type,target,sentence,date\n"
        "country:iran,SUPPORTS,organization:kataib-hezbollah,From an analyst's sheet.,2020\n"
        "organization:kataib-hezbollah,MEMBER_OF,organization:iran-backed-militias,,\n",
        encoding="utf-8-sig")
    report = load(empty_db, db, tmp_path)
    assert not report.problems, report.problems
    assert any("Windows-1256" in str(n) for n in report.notes)
    r = one(empty_db, db, """
        MATCH (:Entity {id: 'country:iran'})-[r:SUPPORTS]->
              (k:Entity:Organization {id: 'organization:kataib-hezbollah'})
        RETURN k.name_ar AS ar, k.aliases AS aliases, r.articles AS arts, r.dates AS dates""")
    assert r["ar"] == "كتائب حزب الله" and r["aliases"] == ["KH", "كتائب حزب الله العراقي"]
    assert r["arts"] == ["table:relationships.csv"] and r["dates"] == ["2020"]
    before = snapshot(empty_db, db)
    load(empty_db, db, tmp_path / "nodes.csv", tmp_path / "relationships.csv")
    assert snapshot(empty_db, db) == before
