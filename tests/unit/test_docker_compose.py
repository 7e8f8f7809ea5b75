"""docker-compose.yml cannot run here (no Docker engine), so check it statically."""

from __future__ import annotations

import re

import yaml

from loaders.settings import VARIABLES
from tests.conftest import PROJECT_ROOT

COMPOSE = yaml.safe_load((PROJECT_ROOT / "docker-compose.yml").read_text())


def test_services_and_images() -> None:
    services = COMPOSE["services"]
    assert set(services) == {"neo4j", "loader", "app"}
    assert services["neo4j"]["image"] == "neo4j:5.26-community"
    assert services["loader"]["build"] == "." and services["app"]["build"] == "."
    assert (PROJECT_ROOT / "Dockerfile").exists()


def test_neo4j_auth_healthcheck_and_volume() -> None:
    neo4j = COMPOSE["services"]["neo4j"]
    assert neo4j["environment"]["NEO4J_AUTH"].startswith("neo4j/${NEO4J_PASSWORD")
    check = " ".join(neo4j["healthcheck"]["test"])
    assert "cypher-shell" in check
    volume_name = neo4j["volumes"][0].split(":")[0]
    assert volume_name in COMPOSE["volumes"]


def test_loader_and_app_wait_for_healthy_neo4j() -> None:
    for name in ("loader", "app"):
        service = COMPOSE["services"][name]
        assert service["depends_on"]["neo4j"]["condition"] == "service_healthy"
    assert COMPOSE["services"]["loader"]["command"][-2:] == ["load", "seeds/"]
    assert "8501:8501" in COMPOSE["services"]["app"]["ports"][0]


def test_environment_names_match_what_the_code_reads() -> None:
    for name in ("loader", "app"):
        env = COMPOSE["services"][name]["environment"]
        assert set(env) == set(VARIABLES)
        assert env["NEO4J_URI"].startswith("neo4j://neo4j:")
    example = (PROJECT_ROOT / ".env.example").read_text()
    assert set(re.findall(r"^(NEO4J_\w+)=", example, re.M)) == set(VARIABLES)
