"""Connection settings come from the environment first, then from a .env file."""

from __future__ import annotations

from pathlib import Path

import pytest

from loaders.connection import ConnectionProblem, open_driver
from loaders.settings import VARIABLES, Neo4jSettings


@pytest.fixture()
def clean_env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for name in VARIABLES:
        monkeypatch.delenv(name, raising=False)
    return monkeypatch


def test_env_file_is_read(tmp_path: Path, clean_env: pytest.MonkeyPatch) -> None:
    env = tmp_path / ".env"
    env.write_text("NEO4J_URI=neo4j+s://abc.databases.neo4j.io\nNEO4J_PASSWORD=s3cret\n")
    settings = Neo4jSettings.from_env(env)
    assert settings.uri == "neo4j+s://abc.databases.neo4j.io"
    assert settings.password == "s3cret"
    assert settings.user == "neo4j" and settings.database == "neo4j"


def test_environment_wins_over_env_file(tmp_path: Path, clean_env: pytest.MonkeyPatch) -> None:
    env = tmp_path / ".env"
    env.write_text("NEO4J_URI=bolt://from-file:7687\nNEO4J_DATABASE=news\n")
    clean_env.setenv("NEO4J_URI", "bolt://from-env:7999")
    settings = Neo4jSettings.from_env(env)
    assert settings.uri == "bolt://from-env:7999"
    assert settings.database == "news"


def test_malformed_uri_is_one_clear_line() -> None:
    with pytest.raises(ConnectionProblem) as info:
        open_driver(Neo4jSettings(uri="htp://nowhere", password="x"))
    message = str(info.value)
    assert "htp://nowhere" in message and "\n" not in message
    assert "neo4j://" in message  # says what to try


def test_unreachable_server_is_one_clear_line() -> None:
    settings = Neo4jSettings(uri="bolt://127.0.0.1:9", password="x")  # nothing listens on port 9
    with pytest.raises(ConnectionProblem) as info:
        open_driver(settings)
    message = str(info.value)
    assert message.startswith("Neo4j at bolt://127.0.0.1:9")
    assert "unreachable" in message and "make neo4j-start" in message
    assert "\n" not in message and "Traceback" not in message
