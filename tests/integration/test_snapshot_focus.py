"""`python -m explorer snapshot --focus ... --depth N` on a real Neo4j loaded with the seeds."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx
import pytest
from neo4j import Driver

from explorer import service
from loaders.settings import Neo4jSettings
from tests.explorer_support import ROOT, SEEDS, load, snapshot

pytestmark = pytest.mark.integration
QAANI = "person:esmail-qaani"


@pytest.fixture(scope="module")
def seeded(neo4j_driver: Driver, neo4j_settings: Neo4jSettings) -> Neo4jSettings:
    from tests.conftest import wipe

    wipe(neo4j_driver, neo4j_settings.database)
    load(neo4j_driver, neo4j_settings.database, SEEDS)
    service.clear_cache()
    return neo4j_settings


def run(settings: Neo4jSettings, tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NEO4J_URI": settings.uri, "NEO4J_USER": settings.user,
           "NEO4J_PASSWORD": settings.password, "NEO4J_DATABASE": settings.database,
           "NEWSGRAPH_VIEWS_DIR": str(tmp_path / "views"), "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "explorer", "snapshot", *args], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=180)


def test_focus_depth_graphml_with_sources_caption_changes_nothing(
        seeded: Neo4jSettings, neo4j_driver: Driver, tmp_path: Path) -> None:
    before = snapshot(neo4j_driver, seeded.database)
    one, two = tmp_path / "d1.graphml", tmp_path / "d2.graphml"
    done = run(seeded, tmp_path, "--focus", QAANI, "--depth", "1", "-o", str(one))
    assert done.returncode == 0, done.stderr
    assert run(seeded, tmp_path, "--focus", QAANI, "--depth", "2", "-o", str(two)).returncode == 0
    g1, g2 = nx.read_graphml(one), nx.read_graphml(two)
    assert QAANI in g1 and g1.nodes[QAANI]["name_ar"]
    assert "person:qasem-soleimani" in g1
    assert g2.number_of_nodes() > g1.number_of_nodes()
    rels = {d["type"] for _u, _v, d in g1.edges(data=True)}
    assert "SUCCESSOR_OF" in rels
    assert all(not n.startswith("more:") for n in g2)
    assert snapshot(neo4j_driver, seeded.database) == before  # read only


def test_focus_filters_layout_json_caption(seeded: Neo4jSettings, tmp_path: Path) -> None:
    out = tmp_path / "people.json"
    done = run(seeded, tmp_path, "--focus", QAANI, "--depth", "2", "--types", "Person",
               "--layout", "circular", "-o", str(out))
    assert done.returncode == 0, done.stderr
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert {n["type"] for n in doc["nodes"]} == {"Person"}
    assert all("x" in n and "y" in n for n in doc["nodes"])
    assert doc["caption"].startswith("Sources: ")


@pytest.mark.e2e
def test_focus_svg_and_save_view_then_png_from_the_view(seeded: Neo4jSettings, tmp_path: Path) -> None:
    svg = tmp_path / "q.svg"
    done = run(seeded, tmp_path, "--focus", QAANI, "--title", "Qaani", "--save-view", "qaani", "-o", str(svg))
    assert done.returncode == 0, done.stderr
    root = ET.parse(svg).getroot()
    ids = {g.get("data-id") for g in root.iter("{http://www.w3.org/2000/svg}g") if g.get("class") == "node"}
    assert QAANI in ids
    assert (tmp_path / "views" / "qaani.json").is_file()
    png = tmp_path / "q.png"
    assert run(seeded, tmp_path, "--view", "qaani", "--scale", "2", "-o", str(png)).returncode == 0
    from PIL import Image

    assert Image.open(io.BytesIO(png.read_bytes())).size[0] == 2400


def test_unknown_focus_and_bad_filters_are_clear(seeded: Neo4jSettings, tmp_path: Path) -> None:
    done = run(seeded, tmp_path, "--focus", "person:nobody-at-all", "-o", str(tmp_path / "x.json"))
    assert done.returncode == 2 and "person:nobody-at-all" in done.stderr
    done = run(seeded, tmp_path, "--focus", "x' OR 1=1 //", "-o", str(tmp_path / "x.json"))
    assert done.returncode == 2 and "not an entity id" in done.stderr
    assert not (tmp_path / "x.json").exists()
