"""`python -m loaders load` against a server it cannot use: one clear line, no stack trace."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from loaders.settings import Neo4jSettings
from tests.conftest import PROJECT_ROOT

pytestmark = pytest.mark.integration


def _load_seeds(**neo4j_env: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
    env.update(neo4j_env, PYTHONPATH=str(PROJECT_ROOT))
    return subprocess.run(
        [sys.executable, "-m", "loaders", "load", "seeds/"],
        cwd=PROJECT_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def _one_line_error(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode != 0
    assert "Traceback" not in result.stderr + result.stdout
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    return lines[0]


def test_unreachable_uri_is_one_clear_line() -> None:
    line = _one_line_error(_load_seeds(NEO4J_URI="bolt://127.0.0.1:9", NEO4J_PASSWORD="x"))
    assert "bolt://127.0.0.1:9" in line and "unreachable" in line and "make neo4j-start" in line


def test_wrong_password_is_one_clear_line(neo4j_settings: Neo4jSettings) -> None:
    result = _load_seeds(
        NEO4J_URI=neo4j_settings.uri, NEO4J_USER=neo4j_settings.user, NEO4J_PASSWORD="wrong-password"
    )
    line = _one_line_error(result)
    assert neo4j_settings.uri in line and "wrong user or password" in line
