"""`make neo4j-start` / `make neo4j-stop` on a throwaway instance: one server, then none."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
from pathlib import Path

import pytest

from tests.conftest import PROJECT_ROOT

pytestmark = [pytest.mark.integration, pytest.mark.slow]
INSTANCE = "lifecycle-test"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _servers_of(instance: str) -> list[int]:
    """PIDs of Neo4j server processes whose home is this instance's folder."""
    home = f"--home-dir={PROJECT_ROOT / '.neo4j' / instance}".encode()
    pids = []
    for proc in Path("/proc").iterdir():
        if proc.name.isdigit():
            try:
                cmdline = (proc / "cmdline").read_bytes().split(b"\0")
            except OSError:
                continue
            if b"org.neo4j.server.CommunityEntryPoint" in cmdline and home in cmdline:
                pids.append(int(proc.name))
    return pids


def _make(target: str, port: int) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
    return subprocess.run(
        ["make", "--no-print-directory", target, f"NEO4J_INSTANCE={INSTANCE}", f"NEO4J_BOLT_PORT={port}"],
        cwd=PROJECT_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.fixture()
def lifecycle_port() -> int:
    port = _free_port()
    yield port
    _make("neo4j-stop", port)
    shutil.rmtree(PROJECT_ROOT / ".neo4j" / INSTANCE, ignore_errors=True)


def test_start_twice_one_server_then_stop_leaves_no_java(lifecycle_port: int) -> None:
    first = _make("neo4j-start", lifecycle_port)
    assert first.returncode == 0, first.stdout + first.stderr
    second = _make("neo4j-start", lifecycle_port)
    assert second.returncode == 0, second.stdout + second.stderr
    assert "already running" in second.stdout
    assert len(_servers_of(INSTANCE)) == 1

    password = (PROJECT_ROOT / ".neo4j" / INSTANCE / "password").read_text().strip()
    assert password and password not in first.stdout + first.stderr  # never printed
    env_file = PROJECT_ROOT / ".neo4j" / INSTANCE / "env"
    assert oct(env_file.stat().st_mode & 0o777) == "0o600"
    assert f"NEO4J_URI=bolt://127.0.0.1:{lifecycle_port}" in env_file.read_text()
    # Transaction logs are not preallocated (256 MB per database before): an empty server is small.
    data = PROJECT_ROOT / ".neo4j" / INSTANCE / "data"
    size_mb = sum(f.stat().st_size for f in data.rglob("*") if f.is_file()) / 2**20
    assert size_mb < 50, f"an empty server's data folder takes {size_mb:.0f} MB"

    stopped = _make("neo4j-stop", lifecycle_port)
    assert stopped.returncode == 0, stopped.stdout + stopped.stderr
    assert _servers_of(INSTANCE) == []


def test_stale_pid_file_is_handled(lifecycle_port: int) -> None:
    pid_file = PROJECT_ROOT / ".neo4j" / INSTANCE / "run" / "neo4j.pid"
    pid_file.parent.mkdir(parents=True, exist_ok=True)
    pid_file.write_text("999999")  # no such process
    started = _make("neo4j-start", lifecycle_port)
    assert started.returncode == 0, started.stdout + started.stderr
    assert "started" in started.stdout
    assert len(_servers_of(INSTANCE)) == 1
