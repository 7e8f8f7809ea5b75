"""Start, stop and inspect a local Neo4j Community server without Docker.

The server runs from the jars that `neo4j/pom.xml` pins (fetched by Maven into ~/.m2, listed in
`.neo4j/lib/classpath.txt`), with the JVM flags of Neo4j's official launcher, on the machine's
Java 17.
Each *instance* has its own folder `.neo4j/<instance>/` (conf, data, logs, pid, password, env),
so `make run` and `make test` never share data or ports.

    python neo4j/local_server.py start  --instance main --port 7687
    python neo4j/local_server.py stop   --instance main
    python neo4j/local_server.py status --instance main

Only the standard library and the `neo4j` driver (to wait for Bolt and set the password).
"""

from __future__ import annotations

import argparse
import fcntl
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
NEO4J_HOME = PROJECT_ROOT / ".neo4j"
LIB_DIR = NEO4J_HOME / "lib"
CLASSPATH_FILE = LIB_DIR / "classpath.txt"
POM = PROJECT_ROOT / "neo4j" / "pom.xml"
ENTRY_POINT = "org.neo4j.server.CommunityEntryPoint"
DEFAULT_PASSWORD = "neo4j"  # the factory password Neo4j asks to change on first login
USER = "neo4j"
DATABASE = "neo4j"

# The flags of Neo4j 5.26's launcher (`server.jvm.additional` in its default neo4j.conf),
# including the --add-opens that Java 17 needs.
JVM_FLAGS = [
    "-XX:+UseG1GC",
    "-XX:-OmitStackTraceInFastThrow",
    "-XX:+AlwaysPreTouch",
    "-XX:+UnlockExperimentalVMOptions",
    "-XX:+TrustFinalNonStaticFields",
    "-XX:+DisableExplicitGC",
    "-Djdk.nio.maxCachedBufferSize=1024",
    "-Dio.netty.tryReflectionSetAccessible=true",
    "-Djdk.tls.ephemeralDHKeySize=2048",
    "-Djdk.tls.rejectClientInitiatedRenegotiation=true",
    "-XX:FlightRecorderOptions=stackdepth=256",
    "-XX:+UnlockDiagnosticVMOptions",
    "-XX:+DebugNonSafepoints",
    "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
    "--add-opens=java.base/java.lang=ALL-UNNAMED",
    "--enable-native-access=ALL-UNNAMED",
    "-Dlog4j2.disable.jmx=true",
    "-Dlog4j.layout.jsonTemplate.maxStringLength=32768",
    "-Dfile.encoding=UTF-8",
]


class StartError(RuntimeError):
    """A start failed; the message is one line for the user."""


@dataclass(frozen=True)
class Instance:
    """The files of one local server."""

    name: str
    port: int
    heap: str
    pagecache: str

    @property
    def root(self) -> Path:
        return NEO4J_HOME / self.name

    @property
    def conf_dir(self) -> Path:
        return self.root / "conf"

    @property
    def logs_dir(self) -> Path:
        return self.root / "logs"

    @property
    def pid_file(self) -> Path:
        return self.root / "run" / "neo4j.pid"

    @property
    def password_file(self) -> Path:
        return self.root / "password"

    @property
    def env_file(self) -> Path:
        return self.root / "env"

    @property
    def console_log(self) -> Path:
        return self.logs_dir / "neo4j.log"

    @property
    def uri(self) -> str:
        return f"bolt://127.0.0.1:{self.port}"


# --------------------------------------------------------------------------- jars and java


def ensure_jars(quiet: bool = True) -> list[Path]:
    """The pinned Neo4j jars in the local Maven repository, fetched through Maven once.

    Nothing is copied: `.neo4j/lib/classpath.txt` lists the jars where Maven keeps them
    (~/.m2), which saved 123 MB of disk. It is rebuilt when the pinned version changes or a
    listed jar has gone (a cleaned ~/.m2).
    """
    jars = _listed_jars()
    if jars:
        return jars
    mvn = shutil.which("mvn")
    if mvn is None:
        raise StartError("Maven (mvn) is not installed: it is needed once to fetch Neo4j's jars")
    LIB_DIR.mkdir(parents=True, exist_ok=True)
    for copied in [*LIB_DIR.glob("*.jar"), LIB_DIR / ".complete"]:  # an earlier script's copies
        copied.unlink(missing_ok=True)
    print(f"Fetching Neo4j {_pinned_version()} jars through Maven ...", flush=True)
    listing = CLASSPATH_FILE.with_suffix(".tmp")
    cmd = [mvn, "-B", "-f", str(POM), "dependency:build-classpath", f"-Dmdep.outputFile={listing}"]
    if quiet:
        cmd.insert(1, "-q")
    result = subprocess.run(cmd, cwd=PROJECT_ROOT, capture_output=True, text=True)
    if result.returncode != 0 or not listing.exists():
        tail = "\n".join((result.stdout + result.stderr).splitlines()[-15:])
        raise StartError(f"Maven could not fetch Neo4j's jars (exit {result.returncode}):\n{tail}")
    listing.write_text(f"{_pinned_version()}\n{listing.read_text().strip()}\n")
    listing.replace(CLASSPATH_FILE)
    jars = _listed_jars()
    if not jars:
        raise StartError(f"Maven listed no usable Neo4j jars in {CLASSPATH_FILE}")
    return jars


def _listed_jars() -> list[Path]:
    """The jars of classpath.txt if it is for the pinned version and all of them exist, else []."""
    try:
        version, _, listing = CLASSPATH_FILE.read_text().partition("\n")
    except FileNotFoundError:
        return []
    jars = [Path(entry) for entry in listing.strip().split(os.pathsep) if entry]
    if version.strip() != _pinned_version() or not jars or not all(jar.is_file() for jar in jars):
        return []
    return jars


def _pinned_version() -> str:
    text = POM.read_text(encoding="utf-8")
    start = text.index("<neo4j.version>") + len("<neo4j.version>")
    return text[start : text.index("</neo4j.version>")]


def find_java() -> str:
    """The java binary of a JDK 17 or 21 (what Neo4j 5.26 supports)."""
    candidates = []
    if os.environ.get("NEO4J_JAVA_HOME"):
        candidates.append(Path(os.environ["NEO4J_JAVA_HOME"]) / "bin" / "java")
    candidates += [
        Path("/usr/lib/jvm/java-17-openjdk-amd64/bin/java"),
        Path("/usr/lib/jvm/java-21-openjdk-amd64/bin/java"),
    ]
    if os.environ.get("JAVA_HOME"):
        candidates.append(Path(os.environ["JAVA_HOME"]) / "bin" / "java")
    on_path = shutil.which("java")
    if on_path:
        candidates.append(Path(on_path))
    for java in candidates:
        if java.exists() and _java_major(java) in (17, 21):
            return str(java)
    raise StartError("no Java 17 or 21 found (set NEO4J_JAVA_HOME to a JDK 17)")


def _java_major(java: Path) -> int:
    out = subprocess.run([str(java), "-version"], capture_output=True, text=True).stderr
    for token in out.split():
        token = token.strip('"')
        if token[:2].isdigit():
            return int(token.split(".")[0])
    return 0


# --------------------------------------------------------------------------- configuration


def write_config(inst: Instance) -> None:
    """Write neo4j.conf: Bolt on loopback only, HTTP off, everything under the instance folder."""
    for sub in ("conf", "data", "logs", "run", "import", "plugins", "licenses"):
        (inst.root / sub).mkdir(parents=True, exist_ok=True)
    root = inst.root
    conf = f"""# Written by neo4j/local_server.py for instance '{inst.name}'. Regenerated on every start.
server.directories.data={root / "data"}
server.directories.logs={inst.logs_dir}
server.directories.run={root / "run"}
server.directories.import={root / "import"}
server.directories.plugins={root / "plugins"}
server.directories.licenses={root / "licenses"}
server.directories.lib={LIB_DIR}
server.default_listen_address=127.0.0.1
server.default_advertised_address=127.0.0.1
server.bolt.enabled=true
server.bolt.listen_address=127.0.0.1:{inst.port}
server.bolt.advertised_address=127.0.0.1:{inst.port}
server.http.enabled=false
server.https.enabled=false
server.memory.heap.initial_size={inst.heap}
server.memory.heap.max_size={inst.heap}
server.memory.pagecache.size={inst.pagecache}
dbms.security.auth_enabled=true
dbms.usage_report.enabled=false
dbms.security.allow_csv_import_from_file_urls=true
db.tx_log.rotation.retention_policy=1 files
# Neo4j preallocates each transaction log file at its rotation size (256 MB per database, so
# 512 MB for an empty server); on a nearly full disk that failed the start of the system
# database. Logs grow as they are written instead, and rotate at 32 MB.
db.tx_log.preallocate=false
db.tx_log.rotation.size=32M
server.logs.config={inst.conf_dir / "server-logs.xml"}
server.logs.user.config={inst.conf_dir / "user-logs.xml"}
"""
    (inst.conf_dir / "neo4j.conf").write_text(conf, encoding="utf-8")
    _write_log_configs(inst)


def _write_log_configs(inst: Instance) -> None:
    """Minimal log4j2 configs: debug.log for the server, user log to the console (neo4j.log)."""
    server_xml = f"""<?xml version="1.0" encoding="UTF-8"?>
<Configuration status="ERROR" monitorInterval="30" packages="org.neo4j.logging.log4j">
  <Appenders>
    <RollingRandomAccessFile name="DebugLog" fileName="{inst.logs_dir}/debug.log"
        filePattern="{inst.logs_dir}/debug.log.%02i">
      <Neo4jDebugLogLayout pattern="%d{{yyyy-MM-dd HH:mm:ss.SSSZ}}{{GMT+0}} %-5p [%c{{1.}}] %m%n"/>
      <Policies><SizeBasedTriggeringPolicy size="20 MB"/></Policies>
      <DefaultRolloverStrategy fileIndex="min" max="3"/>
    </RollingRandomAccessFile>
  </Appenders>
  <Loggers>
    <Root level="INFO"><AppenderRef ref="DebugLog"/></Root>
  </Loggers>
</Configuration>
"""
    user_xml = """<?xml version="1.0" encoding="UTF-8"?>
<Configuration status="ERROR" monitorInterval="30" packages="org.neo4j.logging.log4j">
  <Appenders>
    <Console name="ConsoleAppender" target="SYSTEM_OUT">
      <PatternLayout pattern="%d{yyyy-MM-dd HH:mm:ss.SSSZ}{GMT+0} %-5p %m%n"/>
    </Console>
  </Appenders>
  <Loggers>
    <Root level="INFO"><AppenderRef ref="ConsoleAppender"/></Root>
  </Loggers>
</Configuration>
"""
    (inst.conf_dir / "server-logs.xml").write_text(server_xml, encoding="utf-8")
    (inst.conf_dir / "user-logs.xml").write_text(user_xml, encoding="utf-8")


# --------------------------------------------------------------------------- disk and start-up log

MIN_FREE_MB = 100  # an empty server takes about 2 MB; the test suite and the seeds a few MB more


def check_free_space(folder: Path, min_free_mb: int = MIN_FREE_MB) -> None:
    """Refuse to start on a nearly full disk, naming the folder and the space left."""
    free_mb = shutil.disk_usage(folder).free // 2**20
    if free_mb < min_free_mb:
        raise StartError(
            f"only {free_mb} MB free on the disk of {folder}; Neo4j needs at least {min_free_mb} MB "
            f"there (free some space, or set NEO4J_URI to a server elsewhere)"
        )


# A database that fails to start leaves the server process alive without Bolt: read the reason.
_FAILED_START = "Exception occurred while starting the database"


def startup_failure(inst: Instance, offset: int = 0) -> str | None:
    """Why this start failed, from the debug.log lines written since `offset`; None if it did not."""
    try:
        with open(inst.logs_dir / "debug.log", "rb") as log:
            log.seek(offset)
            text = log.read().decode("utf-8", errors="replace")
    except FileNotFoundError:
        return None
    return explain_failed_start(text)


def explain_failed_start(log_text: str) -> str | None:
    """The failed database and the log's ERROR lines and causes, or None if no database failed."""
    lines = log_text.splitlines()
    failed = [line for line in lines if _FAILED_START in line]
    if not failed:
        return None
    tag = re.search(r"\[([\w.-]+)/[0-9a-f]{8}\]", failed[0])
    database = tag.group(1) if tag else "?"
    reasons = [
        line.strip()
        for line in lines
        if " ERROR " in line or "out of disk space" in line or "Please see the attached cause" in line
    ]
    detail = "\n".join(dict.fromkeys(reasons)) or failed[0].strip()
    return f"the database '{database}' failed to start:\n{detail[-1500:]}"


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except FileNotFoundError:
        return 0


# --------------------------------------------------------------------------- process control


def read_pid(inst: Instance) -> int | None:
    """The PID of the running server, or None (a stale PID file is removed)."""
    try:
        pid = int(inst.pid_file.read_text().strip())
    except (FileNotFoundError, ValueError):
        return None
    if _is_our_server(pid, inst):
        return pid
    inst.pid_file.unlink(missing_ok=True)
    return None


def _is_our_server(pid: int, inst: Instance) -> bool:
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except OSError:
        return False
    return ENTRY_POINT.encode() in cmdline and f"--home-dir={inst.root}".encode() in cmdline


def _port_busy(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.settimeout(0.5)
        return sock.connect_ex(("127.0.0.1", port)) == 0


def start(inst: Instance, timeout: float) -> None:
    """Start the server unless it runs already; wait until Bolt answers a query."""
    inst.root.mkdir(parents=True, exist_ok=True)
    with open(inst.root / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        pid = read_pid(inst)
        if pid is not None:
            password = ensure_password(inst, timeout)
            write_env(inst, password)
            print(f"Neo4j '{inst.name}' already running (pid {pid}) at {inst.uri}")
            return
        if _port_busy(inst.port):
            raise StartError(
                f"port {inst.port} is already in use by another program; "
                f"choose another port (NEO4J_BOLT_PORT / NEO4J_TEST_BOLT_PORT)"
            )
        jars = ensure_jars()
        java = find_java()
        write_config(inst)
        check_free_space(inst.root)
        debug_offset = _size(inst.logs_dir / "debug.log")
        began = time.monotonic()
        cmd = [
            java,
            "-cp",
            os.pathsep.join([f"{inst.root / 'plugins'}/*", f"{inst.conf_dir}/*", *map(str, jars)]),
            f"-Xms{inst.heap}",
            f"-Xmx{inst.heap}",
            *JVM_FLAGS,
            ENTRY_POINT,
            f"--home-dir={inst.root}",
            f"--config-dir={inst.conf_dir}",
        ]
        with open(inst.console_log, "ab") as log:
            proc = subprocess.Popen(
                cmd,
                cwd=inst.root,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        inst.pid_file.parent.mkdir(parents=True, exist_ok=True)
        inst.pid_file.write_text(str(proc.pid))
        try:
            password = ensure_password(
                inst, timeout, proc=proc, failed=lambda: startup_failure(inst, debug_offset)
            )
        except StartError:
            _terminate(proc.pid, grace=20)
            inst.pid_file.unlink(missing_ok=True)
            raise
        write_env(inst, password)
        took = time.monotonic() - began
        print(f"Neo4j '{inst.name}' started (pid {proc.pid}) at {inst.uri}: Bolt answered in {took:.1f} s")


def stop(inst: Instance, timeout: float = 60) -> None:
    """Stop the server by its PID and wait until the process is gone."""
    pid = read_pid(inst)
    if pid is None:
        print(f"Neo4j '{inst.name}' is not running")
        return
    _terminate(pid, grace=timeout)
    inst.pid_file.unlink(missing_ok=True)
    print(f"Neo4j '{inst.name}' stopped (pid {pid})")


def _terminate(pid: int, grace: float) -> None:
    try:
        os.kill(pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    deadline = time.monotonic() + grace
    while time.monotonic() < deadline:
        if not _alive(pid):
            return
        time.sleep(0.2)
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        return
    while _alive(pid):
        time.sleep(0.1)


def _alive(pid: int) -> bool:
    try:
        waited, _ = os.waitpid(pid, os.WNOHANG)
        if waited == pid:
            return False
    except ChildProcessError:
        pass
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(") ")[-1].split()[0]
    except OSError:
        return False
    return state != "Z"


# --------------------------------------------------------------------------- auth and env


def ensure_password(
    inst: Instance,
    timeout: float,
    proc: subprocess.Popen | None = None,
    failed: Callable[[], str | None] = lambda: None,
) -> str:
    """Wait for Bolt; on first start replace the factory password with a generated one.

    `failed` returns why the server cannot come up (read from its log), ending the wait early.
    The password lives in `.neo4j/<instance>/password` (mode 600) and is never printed.
    """
    from neo4j import GraphDatabase
    from neo4j.exceptions import AuthError, ServiceUnavailable

    deadline = time.monotonic() + timeout
    last_error = "no answer"
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise StartError(f"the Neo4j process exited with code {proc.returncode} during start")
        reason = failed()
        if reason:
            raise StartError(reason)
        if not _port_busy(inst.port):  # cheaper than a driver round trip while Neo4j boots
            time.sleep(0.25)
            continue
        refused = 0
        candidates = _password_candidates(inst)
        for password in candidates:
            try:
                with GraphDatabase.driver(inst.uri, auth=(USER, password)) as driver:
                    driver.verify_connectivity()
                    if password == DEFAULT_PASSWORD:
                        return _set_initial_password(driver, inst)
                    with driver.session(database=DATABASE) as session:
                        session.run("RETURN 1").consume()
                    _commit_password(inst, password)
                    return password
            except (ServiceUnavailable, OSError) as exc:
                last_error = type(exc).__name__
                break
            except AuthError:
                refused += 1
            except Exception as exc:  # noqa: BLE001 - the server is still warming up
                last_error = f"{type(exc).__name__}: {str(exc)[:120]}"
        if refused == len(candidates):
            raise StartError(
                f"Neo4j at {inst.uri} refused the stored password; "
                f"reset the instance with `make neo4j-reset`"
            )
        time.sleep(0.5)
    raise StartError(f"Neo4j did not answer on {inst.uri} within {timeout:.0f} s ({last_error})")


def _password_candidates(inst: Instance) -> list[str]:
    """The stored password, a pending one (a change interrupted midway), the factory one."""
    found = [
        path.read_text().strip()
        for path in (inst.password_file, inst.password_file.with_suffix(".pending"))
        if path.exists()
    ]
    return found + [DEFAULT_PASSWORD] if not inst.password_file.exists() else found


def _write_secret(path: Path, text: str) -> None:
    path.touch(mode=0o600, exist_ok=True)
    os.chmod(path, 0o600)
    path.write_text(text)


def _commit_password(inst: Instance, password: str) -> None:
    pending = inst.password_file.with_suffix(".pending")
    if not inst.password_file.exists():
        _write_secret(inst.password_file, password)
    pending.unlink(missing_ok=True)


def _set_initial_password(driver, inst: Instance) -> str:  # type: ignore[no-untyped-def]
    password = secrets.token_urlsafe(24)
    # Kept as pending first, so a crash between the two steps never loses the password.
    _write_secret(inst.password_file.with_suffix(".pending"), password)
    with driver.session(database="system") as session:
        session.run(
            "ALTER CURRENT USER SET PASSWORD FROM $old TO $new",
            old=DEFAULT_PASSWORD,
            new=password,
        ).consume()
    _commit_password(inst, password)
    return password


def write_env(inst: Instance, password: str) -> None:
    """Write the instance's env file (mode 600), ready to `source`."""
    text = (
        f"export NEO4J_URI={inst.uri}\n"
        f"export NEO4J_USER={USER}\n"
        f"export NEO4J_PASSWORD={password}\n"
        f"export NEO4J_DATABASE={DATABASE}\n"
    )
    for path in [inst.env_file] + ([NEO4J_HOME / "env"] if inst.name == "main" else []):
        _write_secret(path, text)


def tail(path: Path, lines: int = 20) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except FileNotFoundError:
        return "(no log yet)"


# --------------------------------------------------------------------------- command line


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["start", "stop", "status", "jars"])
    parser.add_argument("--instance", default="main", help="folder name under .neo4j/")
    parser.add_argument("--port", type=int, default=int(os.environ.get("NEO4J_BOLT_PORT", 7687)))
    parser.add_argument("--heap", default=os.environ.get("NEO4J_HEAP", "1g"))
    parser.add_argument("--pagecache", default=os.environ.get("NEO4J_PAGECACHE", "1g"))
    parser.add_argument("--timeout", type=float, default=float(os.environ.get("NEO4J_START_TIMEOUT", 120)))
    args = parser.parse_args(argv)
    inst = Instance(args.instance, args.port, args.heap, args.pagecache)
    try:
        if args.command == "jars":
            ensure_jars(quiet=False)
        elif args.command == "start":
            start(inst, args.timeout)
        elif args.command == "stop":
            stop(inst)
        else:
            pid = read_pid(inst)
            print(f"Neo4j '{inst.name}': " + (f"running (pid {pid})" if pid else "not running"))
            return 0 if pid else 3
    except StartError as exc:
        print(f"neo4j-start failed: {exc}", file=sys.stderr)
        if args.command == "start":
            print(f"--- last lines of {inst.console_log} ---", file=sys.stderr)
            print(tail(inst.console_log), file=sys.stderr)
            debug_log = inst.logs_dir / "debug.log"
            if debug_log.exists():
                print(f"--- last lines of {debug_log} ---", file=sys.stderr)
                print(tail(debug_log, 10), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
