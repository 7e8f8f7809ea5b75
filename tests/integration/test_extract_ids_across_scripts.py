"""A new person named in an Arabic article and in an English one, each extracted on its own
(`python -m loaders extract`, one process each) and loaded on its own: one node."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from neo4j import Driver

from loaders.extract.rules import RuleExtractor
from loaders.settings import Neo4jSettings
from loaders.vocabulary import core_vocabulary
from loaders.writer import load_paths

pytestmark = pytest.mark.integration

AR = ("استقبل رئيس الوزراء محمد شياع السوداني في بغداد قائد الشرطة حسين جعفر العبيدي، وبحث "
      "معه الوضع الأمني في المحافظة.")
EN = ("Iraqi Prime Minister Mohammed Shia al-Sudani received police chief Husain Jafar "
      "al-Obaidi in Baghdad on Sunday to discuss security in the province.")


def _extract_to(path: Path, text: str, lang: str, art_id: str) -> None:
    doc = RuleExtractor().extract(text, lang=lang, meta={"id": art_id})  # a fresh run
    doc.pop("meta", None)
    path.mkdir()
    (path / f"{art_id}.json").write_text(json.dumps(doc, ensure_ascii=False),
                                         encoding="utf-8")


def test_arabic_and_english_articles_loaded_separately_give_one_node(
        empty_db: Driver, neo4j_settings: Neo4jSettings, tmp_path: Path) -> None:
    db = neo4j_settings.database
    _extract_to(tmp_path / "ar", AR, "ar", "police-chief-ar")
    _extract_to(tmp_path / "en", EN, "en", "police-chief-en")
    for part in ("ar", "en"):  # two loads, nothing shared between them but the graph
        report = load_paths(empty_db, db, [tmp_path / part], core_vocabulary(),
                            progress=False)
        assert not report.problems, report.problems
    recs, _, _ = empty_db.execute_query(
        "MATCH (p:Entity:Person)<-[:MENTIONS]-(a:Article) WHERE p.id CONTAINS 'obeidi' "
        "RETURN p.id AS id, p.name AS name, p.name_ar AS name_ar, collect(a.id) AS arts",
        database_=db)
    assert len(recs) == 1, [r.data() for r in recs]
    assert sorted(recs[0]["arts"]) == ["police-chief-ar", "police-chief-en"]
    recs, _, _ = empty_db.execute_query(
        "MATCH (p:Entity:Person {id: $id})-[r:MET_WITH]-(:Entity {id: $sudani}) "
        "RETURN r.articles AS arts", id=recs[0]["id"],
        sudani="person:mohammed-shia-al-sudani", database_=db)
    assert len(recs) == 1 and sorted(recs[0]["arts"]) == ["police-chief-ar", "police-chief-en"]
