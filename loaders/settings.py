"""Where the Neo4j server is and how to log in, from the environment or a `.env` file."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from dotenv import dotenv_values

PROJECT_ROOT = Path(__file__).resolve().parent.parent
VARIABLES = ("NEO4J_URI", "NEO4J_USER", "NEO4J_PASSWORD", "NEO4J_DATABASE")


@dataclass(frozen=True)
class Neo4jSettings:
    """Connection settings shared by the loaders and the explorer."""

    uri: str = "neo4j://127.0.0.1:7687"
    user: str = "neo4j"
    password: str = ""
    database: str = "neo4j"

    @classmethod
    def from_env(cls, env_file: Path | None = None) -> Neo4jSettings:
        """Read NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE.

        The process environment wins over the `.env` file (default: the project's `.env`).
        """
        path = env_file if env_file is not None else PROJECT_ROOT / ".env"
        file_values = dotenv_values(path) if path.exists() else {}

        def value(name: str, default: str) -> str:
            found = os.environ.get(name) or file_values.get(name)
            return found if found else default

        return cls(
            uri=value("NEO4J_URI", cls.uri),
            user=value("NEO4J_USER", cls.user),
            password=value("NEO4J_PASSWORD", cls.password),
            database=value("NEO4J_DATABASE", cls.database),
        )
