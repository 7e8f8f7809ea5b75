"""The rows sent to Neo4j, and the Cypher built from the allow-list only."""

from __future__ import annotations

import pytest

from loaders import queries
from loaders.model import (
    EntityRec,
    MentionRec,
    RelationRec,
    entity_row,
    evidence_key,
    hashed_evidence_key,
    mention_rows,
    merge_entity_rows,
    relation_rows,
)
from loaders.textnorm import match_keys
from loaders.vocabulary import core_vocabulary
from loaders.writer import batches, build_statements

VOCAB = core_vocabulary()
Q, K = "person:esmail-qaani", "person:mustafa-al-kadhimi"


def rel(src: str, tgt: str, key: str, typ: str = "MET_WITH", **kw) -> RelationRec:
    return RelationRec(typ, src, tgt, key.split("#")[0], key, f"sentence {key}", **kw)


def test_entity_row_has_search_keys_for_every_name_in_both_scripts() -> None:
    row = entity_row(EntityRec(Q, "Person", "Esmail Qaani", "إسماعيل قاآني",
                               ("Qaani", "قاآني", "Qaani")), match_keys)
    assert row["aliases"] == ["Qaani", "قاآني"]
    assert "esmail qaani" in row["search_keys"] and "قاني" in row["search_keys"]
    assert len(row["search_keys"]) == len(set(row["search_keys"]))


def test_entity_rows_with_same_id_merge_aliases() -> None:
    a = entity_row(EntityRec(Q, "Person", "Esmail Qaani", None, ("Qaani",)), match_keys)
    b = entity_row(EntityRec(Q, "Person", "Esmail Qaani", "إسماعيل قاآني", ("Ghaani",)),
                   match_keys)
    (row,) = merge_entity_rows([a, b])
    assert row["aliases"] == ["Qaani", "Ghaani"] and row["name_ar"] == "إسماعيل قاآني"


def test_met_with_is_stored_once_in_canonical_direction() -> None:
    rows = relation_rows([rel(K, Q, "a#1-5"), rel(Q, K, "b#2-9")], VOCAB.symmetric)
    (row,) = rows["MET_WITH"]
    assert (row["source"], row["target"]) == (Q, K)
    assert row["keys"] == ["a#1-5", "b#2-9"]
    assert row["sentences"] == ["sentence a#1-5", "sentence b#2-9"]


def test_directed_relations_keep_their_direction() -> None:
    rows = relation_rows([rel(Q, "person:qasem-soleimani", "a#1-5", "SUCCESSOR_OF"),
                          rel("person:qasem-soleimani", Q, "a#1-5", "SUCCESSOR_OF")],
                         VOCAB.symmetric)
    assert len(rows["SUCCESSOR_OF"]) == 2


def test_duplicate_evidence_is_sent_once() -> None:
    rows = relation_rows([rel(Q, K, "a#1-5", date="2020", confidence=0.5),
                          rel(Q, K, "a#1-5")], VOCAB.symmetric)
    (row,) = rows["MET_WITH"]
    assert {k: v for k, v in row.items() if k not in ("source", "target")} == {
        "keys": ["a#1-5"], "sentences": ["sentence a#1-5"], "articles": ["a"],
        "dates": ["2020"], "methods": ["manual"], "confidences": [0.5]}


def test_evidence_keys() -> None:
    assert evidence_key("86c97502cca546cd", 0, 180) == "86c97502cca546cd#0-180"
    k1 = hashed_evidence_key("table:r.csv", Q, "LEADS", "organization:quds-force", "")
    assert k1 == hashed_evidence_key("table:r.csv", Q, "LEADS", "organization:quds-force", "")
    assert k1 != hashed_evidence_key("table:r.csv", Q, "LEADS", "organization:irgc", "")
    assert k1.startswith("table:r.csv#h")


def test_mention_rows_union_spans() -> None:
    rows = mention_rows([MentionRec("a", Q, ((5, 9), (1, 3))), MentionRec("a", Q, ((1, 3),))])
    assert rows == [{"article": "a", "entity": Q, "spans": ["1-3", "5-9"]}]


def test_statements_come_from_the_allow_list_only() -> None:
    assert ":LEADS]" in queries.merge_relationships(VOCAB, "LEADS")
    assert "SET n:Person," in queries.merge_entities(VOCAB, "Person")
    for evil in ("LEADS]->() DETACH DELETE s //", "leads", "MENTIONS"):
        with pytest.raises(KeyError):
            queries.merge_relationships(VOCAB, evil)
    with pytest.raises(KeyError):
        queries.merge_entities(VOCAB, "Person:Admin")


def test_every_statement_is_parameterised() -> None:
    texts = [queries.merge_entities(VOCAB, t) for t in VOCAB.entity_types]
    texts += [queries.merge_relationships(VOCAB, t) for t in VOCAB.relation_types]
    texts += [queries.MERGE_ARTICLES, queries.MERGE_MENTIONS]
    assert all(t.lstrip().startswith("UNWIND $rows AS row") for t in texts)


def test_batches_write_entities_before_relations() -> None:
    recs = [rel(Q, K, "a#1-5"), EntityRec(Q, "Person", "Esmail Qaani"),
            EntityRec(K, "Person", "Mustafa al-Kadhimi")]
    (batch,) = list(batches(recs, 10))
    kinds = [kind for kind, _, _ in build_statements(batch, VOCAB)]
    assert kinds == ["entities", "relationships"]
    assert [len(b) for b in batches(range(7), 3)] == [3, 3, 1]  # type: ignore[arg-type]


def _scan(tmp_path, rows: str):  # type: ignore[no-untyped-def]
    from loaders.validate import scan

    (tmp_path / "nodes.csv").write_text(
        "id,type,name\n" + "".join(f"{i},Person,{i.split(':')[1]}\n" for i in (Q, K, S)),
        encoding="utf-8")
    (tmp_path / "relationships.csv").write_text(
        "source,type,target,sentence,article_id,start,end,date\n" + rows, encoding="utf-8")
    result = scan([tmp_path / "nodes.csv", tmp_path / "relationships.csv"], VOCAB)
    assert result.ok, result.problems
    return result


S = "person:qasem-soleimani"


def _split(result, existing=frozenset(), written=()):  # type: ignore[no-untyped-def]
    from loaders.writer import StatementBuilder

    result.existing_ids = set(existing)
    rels = [r for u in result.units(VOCAB) for r in u.relations]
    builder = StatementBuilder(VOCAB, existing, scan=result)
    builder.written.update(written)
    return builder._fast_rows(rels)


def test_new_unique_relation_takes_the_create_path_with_merge_path_properties(tmp_path) -> None:
    result = _scan(tmp_path, f"{Q},SUCCESSOR_OF,{S},s1,a,0,5,2020\n"
                             f"{K},MET_WITH,{Q},s2,a,6,9,\n")
    fast, slow = _split(result)
    assert slow == []
    assert fast == {
        "SUCCESSOR_OF": [[Q, S, "a#0-5", "s1", "a", ["2020"], "manual", 1.0, "SUCCESSOR_OF"]],
        "MET_WITH": [[Q, K, "a#6-9", "s2", "a", [], "manual", 1.0, "MET_WITH"]]}  # canonical
    stmt = queries.CREATE_RELATIONSHIPS
    assert stmt.lstrip().startswith("UNWIND $rows AS row") and "CREATE (s)-[:$(row[8])" in stmt


def test_fast_rows_of_a_type_outside_the_allow_list_are_refused() -> None:
    from loaders.writer import StatementBuilder

    with pytest.raises(KeyError):
        StatementBuilder(VOCAB)._fast_statements({"LEADS]->() DETACH DELETE s //": [[]]})


def test_repeated_triples_and_old_endpoints_take_the_merge_path(tmp_path) -> None:
    result = _scan(tmp_path, f"{Q},MET_WITH,{K},s1,a,0,5,\n"
                             f"{K},MET_WITH,{Q},s2,b,0,5,\n"  # same triple once canonical
                             f"{Q},SUCCESSOR_OF,{S},s3,a,6,9,\n")
    fast, slow = _split(result)  # the first row of a repeated triple creates it
    assert [r.key for r in slow] == ["b#0-5"] and list(fast) == ["MET_WITH", "SUCCESSOR_OF"]
    assert [row[2] for row in fast["MET_WITH"]] == ["a#0-5"]
    fast, slow = _split(result, existing={Q, K, S})  # all were in the database already
    assert [r.key for r in slow] == ["a#0-5", "b#0-5", "a#6-9"] and fast == {}
    fast, slow = _split(result, existing={Q, K})  # one end is new: no relationship can exist
    assert list(fast) == ["SUCCESSOR_OF"] and [r.key for r in slow] == ["a#0-5", "b#0-5"]


def test_a_hash_collision_only_sends_rows_to_the_merge_path(tmp_path) -> None:
    result = _scan(tmp_path, f"{Q},SUCCESSOR_OF,{S},s1,a,0,5,\n")
    h = hash(("SUCCESSOR_OF", Q, S))
    result.repeated = {h}  # as if another triple with this hash was given too ...
    fast, slow = _split(result, written={h})  # ... and created earlier in this load
    assert fast == {} and [r.key for r in slow] == ["a#0-5"]


def test_merge_path_rows_are_held_back_and_written_together(tmp_path) -> None:
    from loaders.writer import StatementBuilder, batches, iter_records

    rows = "".join(f"{Q},MET_WITH,{K},s,a{i},0,5,\n" for i in range(5))
    result = _scan(tmp_path, rows + f"{Q},SUCCESSOR_OF,{S},s,b,0,5,\n")
    builder = StatementBuilder(VOCAB, set(), scan=result)
    txs = list(builder.transactions(batches(iter_records(result.units(VOCAB)), 2), 2))
    kinds = [[k for k, _, _ in tx] for tx in txs]
    assert kinds[:2] == [["entities_new"], ["entities_new", "relationships_new"]]
    held = [rows for tx in txs for k, _, rows in tx if k == "relationships"]
    assert [[r["keys"] for r in rows] for rows in held] == [
        [["a1#0-5", "a2#0-5"]], [["a3#0-5", "a4#0-5"]]]  # in input order, 2 at a time


def test_registry_is_compact_but_reports_conflicts_with_both_values(tmp_path) -> None:
    from loaders.validate import scan

    (tmp_path / "nodes.csv").write_text(
        "id,type,name,name_ar,description\n"
        f"{Q},Person,Esmail Qaani,,first\n"
        f"{Q},Person,Esmail Qaani,إسماعيل قاآني,\n"
        f"{Q},Person,Esmail Qaani,إسماعيل قآني,\n"
        f"{Q},Person,Esmail Qaani,,other\n", encoding="utf-8")
    result = scan([tmp_path / "nodes.csv"], VOCAB)
    out = [str(p) for p in result.problems]
    assert len(out) == 2, out
    assert "different name_ar ('إسماعيل قآني' vs 'إسماعيل قاآني')" in out[0]
    assert "different description" in out[1] and "declaration at " in out[1]
    assert isinstance(result.registry.entities[Q], bytes)
