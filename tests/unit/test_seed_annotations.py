"""The hand annotations in seeds/ are valid and contain what the seed article states."""

import json
from pathlib import Path

import jsonschema
import pytest

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = json.loads((ROOT / "loaders/schema/article.schema.json").read_text(encoding="utf-8"))
SEED = ROOT / "seeds/000_86c97502cca546cd.json"
ANNOTATIONS = [SEED, *sorted((ROOT / "seeds/corpus").glob("*.json"))]


def _load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("path", ANNOTATIONS, ids=lambda p: p.name)
def test_annotation_matches_schema_and_text(path: Path) -> None:
    doc = _load(path)
    jsonschema.Draft202012Validator(SCHEMA).validate(doc)
    text = doc["text"]
    ids = {e["id"] for e in doc["entities"]}
    for e in doc["entities"]:
        assert e["id"].split(":")[0] == e["type"].lower()
        for start, end in e.get("mentions", []):
            assert 0 <= start < end <= len(text)
    for r in doc["relations"]:
        assert r["source"] in ids and r["target"] in ids
        ev = r["evidence"]
        assert text[ev["start"]:ev["end"]] == ev["sentence"]


@pytest.mark.parametrize("path", ANNOTATIONS[1:], ids=lambda p: p.name)
def test_corpus_text_is_the_body_of_the_txt(path: Path) -> None:
    raw = path.with_suffix(".txt").read_text(encoding="utf-8")
    header, body = raw.split("\n\n", 1)
    assert _load(path)["text"] == body
    assert f"lang: {_load(path)['article']['lang']}" in header


def test_seed_text_is_the_article_verbatim() -> None:
    assert _load(SEED)["text"] == SEED.with_suffix(".txt").read_text(encoding="utf-8")


def test_seed_has_the_relations_an_analyst_draws() -> None:
    triples = {(r["source"], r["type"], r["target"]) for r in _load(SEED)["relations"]}
    assert {
        ("person:esmail-qaani", "SUCCESSOR_OF", "person:qasem-soleimani"),
        ("person:qasem-soleimani", "ASSASSINATED_BY", "country:united-states"),
        ("person:esmail-qaani", "MET_WITH", "person:mustafa-al-kadhimi"),
        ("person:esmail-qaani", "MET_WITH", "organization:iran-backed-militias"),
        ("person:esmail-qaani", "VISITED", "location:baghdad"),
        ("person:esmail-qaani", "LEADS", "organization:quds-force"),
        ("person:qasem-soleimani", "LEADS", "organization:quds-force"),
        ("organization:quds-force", "PART_OF", "organization:irgc"),
        ("country:iran", "SUPPORTS", "organization:iran-backed-militias"),
        ("person:donald-trump", "WITHDREW_FROM", "agreement:jcpoa"),
        ("event:qaani-baghdad-visit-2020-11", "REPORTED_BY", "outlet:al-araby-al-jadeed"),
    } <= triples


def test_same_entity_is_described_identically_everywhere() -> None:
    seen: dict[str, dict] = {}
    for path in ANNOTATIONS:
        for e in _load(path)["entities"]:
            core = {k: e.get(k) for k in ("type", "name", "name_ar", "description")}
            assert seen.setdefault(e["id"], core) == core, (path.name, e["id"])
