"""The regional gazetteers (loaders/extract/gazetteer_regions/*.yaml) load after the domain
list, in file-name order, and extend an entity an earlier file has rather than duplicate it."""

from collections import Counter
from pathlib import Path

import pytest
import yaml

from loaders.extract import gazetteer as gz


def _write(path: Path, body: str) -> Path:
    path.write_text("entities:\n" + body, encoding="utf-8")
    return path


def test_region_files_follow_the_domain_list_in_name_order(tmp_path, monkeypatch):
    monkeypatch.setattr(gz, "REGIONS_DIR", tmp_path)
    b = _write(tmp_path / "b_second.yaml", "")
    a = _write(tmp_path / "a_first.yaml", "")
    paths = gz.gazetteer_paths()
    i = paths.index(gz.DOMAIN_GAZETTEER)
    assert paths[i + 1:i + 3] == [a, b]
    assert paths.index(gz.WORLD_GAZETTEER) == i + 3


def test_a_regional_person_is_known_and_extends_rather_than_duplicates(tmp_path, monkeypatch):
    monkeypatch.setattr(gz, "REGIONS_DIR", tmp_path)
    _write(tmp_path / "x.yaml", """\
- id: person:zorawar-testlander
  type: Person
  name: Zorawar Testlander
  name_ar: زوراوار تستلاندر
- id: country:iran
  type: Country
  name: Iran
  aliases: [Testlandia Persica]
""")
    gaz = gz._build(gz.gazetteer_paths())
    assert gaz.entries["person:zorawar-testlander"].name_ar == "زوراوار تستلاندر"
    iran = gaz.entries["country:iran"]
    assert "Testlandia Persica" in iran.aliases
    # the project's own entry keeps its name: the regional file only adds one
    assert iran.name == "Iran"


def test_no_region_directory_means_no_region_files(tmp_path, monkeypatch):
    monkeypatch.setattr(gz, "REGIONS_DIR", tmp_path / "absent")
    assert gz.regional_gazetteers() == []


@pytest.mark.parametrize("path", gz.regional_gazetteers(), ids=lambda p: p.name)
def test_each_shipped_region_file_is_complete_and_lists_an_id_once(path: Path):
    """Every entry of a shipped regional file has both names and a known type, and no id
    is defined twice in one file."""
    entries = yaml.safe_load(path.read_text(encoding="utf-8"))["entities"]
    assert len(entries) >= 200
    for e in entries:
        assert e.get("name") and e.get("name_ar"), e["id"]
        assert e["type"] in {"Person", "Organization", "Country", "Location", "Outlet"}, e["id"]
        assert e["id"].split(":", 1)[0] == e["type"].lower(), e["id"]
    assert [i for i, n in Counter(e["id"] for e in entries).items() if n > 1] == []
