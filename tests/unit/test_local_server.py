"""The local Neo4j launcher: disk preflight, start-up failures read from the server's log."""

from __future__ import annotations

import importlib.util
import sys
import time
from pathlib import Path

import pytest

_PATH = Path(__file__).resolve().parents[2] / "neo4j" / "local_server.py"
_spec = importlib.util.spec_from_file_location("local_server", _PATH)
assert _spec and _spec.loader
local_server = importlib.util.module_from_spec(_spec)
sys.modules["local_server"] = local_server  # dataclasses look their module up there
_spec.loader.exec_module(local_server)

# Lines as Neo4j 5.26 wrote them when the disk filled while the system database started
# (the CI failure of 2026-11-30: Bolt never opened and the launcher waited its full timeout).
_DISK_FULL_LOG = """\
2026-11-30 06:19:35.100+0000 INFO  [o.n.d.d.DatabaseLifecycles] Starting 'DatabaseId{00000000[system]}'.
2026-11-30 06:19:37.900+0000 ERROR [o.n.k.i.t.l.f.LogFileChannelNativeAccessor] [system/00000000] \
Warning! System is running out of disk space. Failed to preallocate log file since disk does not have \
enough space left. Please provision more space to avoid that. Allocation failure details: ErrorCode=28, \
errorMessage='No space left on device'
2026-11-30 06:19:37.901+0000 ERROR [o.n.k.i.t.l.f.LogFileChannelNativeAccessor] [system/00000000] \
Switching database to read only mode.
2026-11-30 06:19:37.921+0000 WARN  [o.n.k.d.Database] [system/00000000] Exception occurred while \
starting the database. Trying to stop already started components.
org.neo4j.kernel.lifecycle.LifecycleException: Component 'TransactionLogFile' was successfully \
initialized, but failed to start. Please see the attached cause exception "Database name 'system' is \
invalid, due to the prefix 'system'.".
"""

_HEALTHY_LOG = """\
2026-11-30 06:25:37.638+0000 INFO  [o.n.d.d.DatabaseLifecycles] Starting 'DatabaseId{00000000[system]}'.
2026-11-30 06:25:39.900+0000 INFO  [o.n.d.d.DatabaseLifecycles] Starting 'DatabaseId{80cd06ff[neo4j]}'.
"""


def test_a_database_that_failed_to_start_is_named_with_the_disk_error() -> None:
    reason = local_server.explain_failed_start(_DISK_FULL_LOG)
    assert reason is not None
    assert reason.startswith("the database 'system' failed to start")
    assert "No space left on device" in reason
    assert "Please see the attached cause" in reason


def test_a_healthy_start_is_not_reported_as_failed() -> None:
    assert local_server.explain_failed_start(_HEALTHY_LOG) is None


def test_only_lines_written_since_this_start_count(tmp_path: Path) -> None:
    inst = _instance_under(tmp_path)
    log = inst.logs_dir / "debug.log"
    log.parent.mkdir(parents=True)
    log.write_text(_DISK_FULL_LOG)  # an earlier, failed start
    offset = log.stat().st_size
    with open(log, "a") as handle:
        handle.write(_HEALTHY_LOG)
    assert local_server.startup_failure(inst, offset) is None
    assert local_server.startup_failure(inst, 0) is not None


def test_waiting_for_bolt_ends_at_once_when_the_log_shows_a_failed_start(tmp_path: Path) -> None:
    inst = _instance_under(tmp_path)
    began = time.monotonic()
    with pytest.raises(local_server.StartError, match="No space left on device"):
        local_server.ensure_password(
            inst, timeout=30, failed=lambda: local_server.explain_failed_start(_DISK_FULL_LOG)
        )
    assert time.monotonic() - began < 5


def test_a_nearly_full_disk_is_refused_with_the_space_left(tmp_path: Path) -> None:
    with pytest.raises(local_server.StartError, match=r"only \d+ MB free on the disk of"):
        local_server.check_free_space(tmp_path, min_free_mb=10**12)
    local_server.check_free_space(tmp_path, min_free_mb=1)


def test_transaction_logs_are_not_preallocated(tmp_path: Path) -> None:
    """Preallocation took 256 MB per database before anything was written."""
    inst = _instance_under(tmp_path)
    local_server.write_config(inst)
    conf = (inst.conf_dir / "neo4j.conf").read_text()
    assert "db.tx_log.preallocate=false" in conf.splitlines()


def _instance_under(folder: Path):  # type: ignore[no-untyped-def]
    """An Instance whose files live under `folder` (the real ones live under .neo4j/)."""

    class _Here(local_server.Instance):
        @property
        def root(self) -> Path:
            return folder / self.name

    return _Here("t", 7999, "64m", "64m")


def test_the_jar_listing_is_used_only_for_the_pinned_version_with_every_jar_present(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    listing = tmp_path / "classpath.txt"
    jars = [tmp_path / "neo4j-5.26.30.jar", tmp_path / "netty.jar"]
    for jar in jars:
        jar.write_bytes(b"PK")
    monkeypatch.setattr(local_server, "CLASSPATH_FILE", listing)
    monkeypatch.setattr(local_server, "_pinned_version", lambda: "5.26.30")
    assert local_server._listed_jars() == []  # not fetched yet

    listing.write_text("5.26.30\n" + ":".join(map(str, jars)) + "\n")
    assert local_server._listed_jars() == jars

    listing.write_text("5.26.29\n" + ":".join(map(str, jars)) + "\n")
    assert local_server._listed_jars() == []  # the pom pins another version now

    listing.write_text("5.26.30\n" + ":".join(map(str, jars)) + "\n")
    jars[1].unlink()  # ~/.m2 was cleaned
    assert local_server._listed_jars() == []
