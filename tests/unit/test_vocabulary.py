"""Vocabulary: built-in allow-lists and extra types from a YAML config."""

from pathlib import Path

import pytest

from loaders.vocabulary import VocabularyError, core_vocabulary, extend, load_vocabulary

REQUIRED_RELATIONS = {
    "MET_WITH", "SUCCESSOR_OF", "ASSASSINATED_BY", "LEADS", "MEMBER_OF", "PART_OF", "VISITED",
    "LOCATED_IN", "SUPPORTS", "ATTACKED", "WITHDREW_FROM", "REPORTED_BY",
}
REQUIRED_ENTITIES = {"Person", "Organization", "Location", "Country", "Agreement", "Event", "Outlet"}


def test_core_vocabulary_has_required_types() -> None:
    v = core_vocabulary()
    assert REQUIRED_RELATIONS <= set(v.relation_types)
    assert REQUIRED_ENTITIES <= set(v.entity_types)
    assert v.symmetric == {"MET_WITH"}


def test_unknown_types_are_not_allowed() -> None:
    v = core_vocabulary()
    assert not v.is_entity_type("Weapon")
    assert not v.is_relation_type("ALLIED_WITH")
    with pytest.raises(KeyError):
        v.label("Person`) DETACH DELETE n //")


def test_extra_types_from_yaml(tmp_path: Path) -> None:
    cfg = tmp_path / "types.yaml"
    cfg.write_text(
        "entity_types:\n  - name: Weapon\n    description: arms\n"
        "relation_types:\n  - name: ALLIED_WITH\n    symmetric: true\n  - SUPPLIED\n",
        encoding="utf-8")
    v = extend(core_vocabulary(), cfg)
    assert v.is_entity_type("Weapon")
    assert v.is_relation_type("ALLIED_WITH") and v.is_relation_type("SUPPLIED")
    assert v.symmetric == {"MET_WITH", "ALLIED_WITH"}


def test_env_var_selects_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cfg = tmp_path / "t.yaml"
    cfg.write_text("entity_types: [Vessel]\n", encoding="utf-8")
    monkeypatch.setenv("NEWSGRAPH_TYPES", str(cfg))
    assert load_vocabulary().is_entity_type("Vessel")


@pytest.mark.parametrize("body, fragment", [
    ("entity_types: ['Bad Label']\n", "not a valid name"),
    ("entity_types: ['Person`) DELETE n']\n", "not a valid name"),
    ("entity_types: [Entity]\n", "reserved"),
    ("relation_types: [met_with]\n", "UPPER_SNAKE_CASE"),
    ("relation_types: ['X-Y']\n", "UPPER_SNAKE_CASE"),
    ("relation_types: [MENTIONS]\n", "reserved"),
    ("relation_types: [{name: MET_WITH, symmetric: false}]\n", "already declared"),
    ("colours: [red]\n", "unknown keys"),
    ("entity_types: [Person\n", "invalid YAML"),
])
def test_bad_config_is_refused(tmp_path: Path, body: str, fragment: str) -> None:
    cfg = tmp_path / "types.yaml"
    cfg.write_text(body, encoding="utf-8")
    with pytest.raises(VocabularyError) as err:
        extend(core_vocabulary(), cfg)
    assert fragment in str(err.value)
    assert str(cfg) in str(err.value)


def test_missing_config_file_is_reported(tmp_path: Path) -> None:
    with pytest.raises(VocabularyError, match="not found"):
        load_vocabulary(tmp_path / "nope.yaml")
