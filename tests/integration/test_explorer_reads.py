"""The explorer's reads against a real Neo4j loaded with the seeds: search in both scripts and
any spelling, expansion with caps, evidence, paths, filters, articles, and injection attempts."""

from __future__ import annotations

import pytest
from neo4j import Driver

from explorer import service
from explorer.graph import Filters, ViewState, build_view, expand, focus_on
from loaders.settings import Neo4jSettings
from tests.explorer_support import SEEDS, load, snapshot

pytestmark = pytest.mark.integration
QAANI = "person:esmail-qaani"
SOLEIMANI = "person:qasem-soleimani"


@pytest.fixture(scope="module")
def seeded(neo4j_driver: Driver, neo4j_settings: Neo4jSettings) -> tuple[Driver, str]:
    from tests.conftest import wipe

    db = neo4j_settings.database
    wipe(neo4j_driver, db)
    load(neo4j_driver, db, SEEDS)
    service.clear_cache()
    return neo4j_driver, db


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("قاآني", QAANI),
        ("قَاآنِي", QAANI),  # with harakat
        ("Qaani", QAANI),
        ("qaani", QAANI),
        ("Ghaani", QAANI),  # another spelling
        ("Esmail Ghaani", QAANI),
        ("Qa", None),  # prefix while typing: Qaani or Qasem first
        ("سليماني", SOLEIMANI),
        ("Suleimani", SOLEIMANI),
        ("الكاظمي", "person:mustafa-al-kadhimi"),
        ("Kazemi", "person:mustafa-al-kadhimi"),
        ("ترامب", "person:donald-trump"),
        ("JCPOA", "agreement:jcpoa"),
        ("الاتفاق النووي", "agreement:jcpoa"),
    ],
)
def test_search_in_any_script_or_spelling(seeded: tuple[Driver, str], query: str,
                                          expected: str | None) -> None:
    driver, db = seeded
    results = service.search(driver, db, query)
    assert results, query
    if expected is None:
        assert results[0].id in (QAANI, SOLEIMANI)
    else:
        assert results[0].id == expected, [(r.id, r.score) for r in results]
    top = results[0]
    assert top.type and top.articles >= 1 and top.label().count("(") >= 1


def test_search_respects_type_filter(seeded: tuple[Driver, str]) -> None:
    driver, db = seeded
    assert all(r.type == "Country" for r in service.search(driver, db, "Iran", types=["Country"]))


INJECTIONS = [
    "' OR 1=1 //",
    '" OR ""="',
    "`) DETACH DELETE n //",
    "}) MATCH (n) DETACH DELETE n //",
    "qaani'}) RETURN 1 UNION MATCH (n) DETACH DELETE n //",
    "{id: 'x'} CALL db.labels()",
    "\\u0027 CREATE (:Pwned) //",
    "*:* OR name:/.*/",
    "AND OR NOT ~ ^ [ ] { } ( ) : \\ / ! ?",
    "قاآني'; MATCH (n) DELETE n; //",
    "$where $limit $keys",
]


def test_injection_strings_return_sensible_results_and_change_nothing(
        seeded: tuple[Driver, str]) -> None:
    driver, db = seeded
    before = snapshot(driver, db)
    for text in INJECTIONS:
        results = service.search(driver, db, text)
        assert isinstance(results, list)
        assert len(results) <= 10
    # the Arabic name inside an injection attempt is still found
    assert service.search(driver, db, INJECTIONS[9])[0].id == QAANI
    assert snapshot(driver, db) == before


def test_neighbours_are_capped_with_the_rest_counted(seeded: tuple[Driver, str]) -> None:
    driver, db = seeded
    source = service.Neo4jSource(driver, db, cache=False)
    pairs, total = source.neighbours(QAANI, Filters(), 2)
    assert len(pairs) == 2 and total >= 5
    all_pairs, total_again = source.neighbours(QAANI, Filters(), 25)
    assert total_again == total == len(all_pairs)
    ids = {n.id for _, n in all_pairs}
    assert {SOLEIMANI, "person:mustafa-al-kadhimi", "location:baghdad"} <= ids
    vm = build_view(focus_on(ViewState(), QAANI, cap=2), source)
    assert vm.more[QAANI] == total - 2


def test_edge_evidence_has_the_arabic_sentence_outlet_and_date(seeded: tuple[Driver, str]) -> None:
    driver, db = seeded
    ev = service.edge_evidence(driver, db, f"{QAANI}|SUCCESSOR_OF|{SOLEIMANI}")
    assert ev is not None and ev["type"] == "SUCCESSOR_OF"
    assert ev["evidence"] and all(item["sentence"] for item in ev["evidence"])
    assert any("خليفة" in item["sentence"] for item in ev["evidence"])
    first = ev["evidence"][0]
    assert first["article_id"] == "86c97502cca546cd"
    assert first["published"] == "2020-11" and first["outlet"]
    assert service.edge_evidence(driver, db, "not|an|edge") is None


def test_node_details_list_names_and_articles(seeded: tuple[Driver, str]) -> None:
    driver, db = seeded
    d = service.node_details(driver, db, QAANI)
    assert d is not None
    assert (d["name"], d["name_ar"], d["type"]) == ("Esmail Qaani", "إسماعيل قاآني", "Person")
    assert "Ghaani" in " ".join(d["aliases"])
    assert [a["id"] for a in d["articles"]] == ["86c97502cca546cd"]


def test_shortest_path_qaani_to_trump(seeded: tuple[Driver, str]) -> None:
    driver, db = seeded
    nodes, edges = service.shortest_paths(driver, db, QAANI, "person:donald-trump", 6)
    ids = {n.id for n in nodes}
    assert {QAANI, "person:donald-trump"} <= ids and edges
    assert service.shortest_paths(driver, db, QAANI, "person:donald-trump", 1) == ([], [])


def test_filters_keep_only_what_was_asked(seeded: tuple[Driver, str]) -> None:
    driver, db = seeded
    source = service.Neo4jSource(driver, db, cache=False)
    vm = build_view(ViewState(filters=Filters(types=("Person",), rel_types=("MET_WITH",))), source)
    assert vm.nodes and all(n.type == "Person" for n in vm.nodes.values())
    assert all(e.type == "MET_WITH" for e in vm.edges.values())
    vm = build_view(ViewState(filters=Filters(date_from="2018", date_to="2018")), source)
    assert vm.edges and all(e.type == "WITHDREW_FROM" for e in vm.edges.values())
    outlets = service.outlets(driver, db)
    assert len(outlets) == 5
    vm = build_view(focus_on(ViewState(filters=Filters(outlets=("WFXB",))), "country:iran"), source)
    vm_all = build_view(focus_on(ViewState(), "country:iran"), source)
    assert len(vm.edges) < len(vm_all.edges)


def test_articles_list_and_detail(seeded: tuple[Driver, str]) -> None:
    driver, db = seeded
    rows = service.articles(driver, db)
    assert len(rows) == 5
    assert {r["lang"] for r in rows} == {"ar", "en"}
    assert len(service.articles(driver, db, lang="ar")) == 3
    art = service.article(driver, db, "86c97502cca546cd")
    assert art is not None and art["lang"] == "ar" and art["text"].startswith("كشف")
    qaani = next(m for m in art["mentions"] if m["id"] == QAANI)
    assert qaani["spans"]
    assert any(r["type"] == "SUCCESSOR_OF" and r["evidence"] for r in art["relations"])


def test_graph_model_counts(seeded: tuple[Driver, str]) -> None:
    driver, db = seeded
    model = service.graph_model(driver, db)
    counts = {row["label"]: row["count"] for row in model["labels"]}
    assert counts["Article"] == 5 and counts["Entity"] > 20 and counts["Person"] >= 5
    rels = {row["type"]: row["count"] for row in model["relationships"]}
    assert rels["MENTIONS"] > 0 and rels["SUCCESSOR_OF"] >= 1
    assert any(i["name"] == "entity_names_ar" for i in model["indexes"])


def test_search_goes_through_the_loaders_keyword_index_and_falls_back_without_it(
        seeded: tuple[Driver, str]) -> None:
    """The loaders create ``entity_search_keys_ft`` and search uses it; without it (an older
    database) search falls back to the label scan with the same answers; a keyword index
    over search_keys under another name is found too."""
    from loaders.writer import ensure_schema

    driver, db = seeded
    cases = (("قاآني", QAANI), ("Ghaani", QAANI), ("Kazemi", "person:mustafa-al-kadhimi"),
             ("سليماني", SOLEIMANI), ('"~kn" OR *:*', None))

    def answers() -> list[str | None]:
        out: list[str | None] = []
        for query, expected in cases:
            results = service.search(driver, db, query)
            if expected:
                assert results and results[0].id == expected, (query, results[:3])
            else:
                assert len(results) <= 10
            out.append(results[0].id if results else None)
        return out

    service.clear_cache()
    assert service.search_keys_index(driver, db) == "entity_search_keys_ft"
    through_index = answers()
    driver.execute_query("DROP INDEX entity_search_keys_ft IF EXISTS", database_=db)
    try:
        service.clear_cache()
        assert service.search_keys_index(driver, db) is None
        assert answers() == through_index
        driver.execute_query(
            "CREATE FULLTEXT INDEX kg_test_search_keys IF NOT EXISTS FOR (n:Entity) ON EACH "
            "[n.search_keys] OPTIONS {indexConfig: {`fulltext.analyzer`: 'keyword'}}", database_=db)
        driver.execute_query("CALL db.awaitIndexes(60)", database_=db)
        service.clear_cache()
        assert service.search_keys_index(driver, db) == "kg_test_search_keys"
        assert answers() == through_index
    finally:
        driver.execute_query("DROP INDEX kg_test_search_keys IF EXISTS", database_=db)
        ensure_schema(driver, db)
        service.clear_cache()


def test_views_grown_by_clicks_have_the_same_edges_as_read_from_scratch(
        seeded: tuple[Driver, str]) -> None:
    """Edges among a grown view are read incrementally (only the new nodes' relationships);
    the result equals a fresh read, after growing, after hiding, and with a filter."""
    driver, db = seeded
    service.clear_cache()
    cached = service.Neo4jSource(driver, db)
    fresh = service.Neo4jSource(driver, db, cache=False)

    def edges(vm_ids: list[str], filters: Filters) -> tuple[set[str], set[str]]:
        return ({e.id for e in cached.edges_among(vm_ids, filters)},
                {e.id for e in fresh.edges_among(vm_ids, filters)})

    for filters in (Filters(), Filters(rel_types=("MET_WITH",))):
        state = focus_on(ViewState(filters=filters), QAANI)
        ids = sorted(build_view(state, cached).nodes)
        seen = ids
        for other in [x for x in ids if x != QAANI][:3]:
            state = expand(state, other)
            ids = sorted(build_view(state, cached).nodes)
            got, want = edges(ids, filters)
            assert got == want, (other, got ^ want)
        if not filters.active():
            assert len(ids) > len(seen)
        smaller = ids[: len(ids) // 2]  # hide half: a subset of a known view
        got, want = edges(smaller, filters)
        assert got == want
    service.clear_cache()
