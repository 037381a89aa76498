"""A real PostgreSQL server for the team-catalogue tests, started once per test session.

The server runs from Debian's binaries (`tools/system-deps.sh` installs the `postgresql`
package) in a fresh data directory under /tmp, listening only on a Unix socket in that
directory (no TCP port to collide with). `initdb` refuses to run as root, so as root the
server runs as the `postgres` user the package creates (else `nobody`) through `runuser`.
Every test gets a database of its own, dropped afterwards.

Where no server can be started the tests are skipped, and the reason is printed in the
terminal summary so that a CI log shows it.
"""

from __future__ import annotations

import contextlib
import glob
import itertools
import os
import pwd
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

PORT = 5432  # only names the socket file (.s.PGSQL.5432) in our own directory
SUPERUSER = "advocacy"
_skip_reasons: list[str] = []
_counter = itertools.count(1)


@dataclass
class PgServer:
    socket_dir: Path
    bin_dir: Path

    def url(self, database: str = "postgres") -> str:
        return (f"postgresql+psycopg://{SUPERUSER}@/{database}"
                f"?host={self.socket_dir}&port={PORT}")

    def admin(self):
        """An autocommit connection to the maintenance database (CREATE/DROP DATABASE)."""
        import psycopg

        return psycopg.connect(host=str(self.socket_dir), port=PORT, user=SUPERUSER,
                               dbname="postgres", autocommit=True)


def _find_bin_dir() -> Path | None:
    on_path = shutil.which("pg_ctl")
    if on_path and Path(on_path).resolve().with_name("initdb").exists():
        return Path(on_path).resolve().parent
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"),
                        key=lambda p: int(Path(p).parent.parent.name)
                        if Path(p).parent.parent.name.isdigit() else 0)
    return Path(candidates[-1]).parent if candidates else None


def _run_as() -> list[str]:
    """The command prefix that runs the server as a non-root user when we are root."""
    if os.geteuid() != 0:
        return []
    for user in ("postgres", "nobody"):
        try:
            pwd.getpwnam(user)
        except KeyError:
            continue
        runuser = shutil.which("runuser") or "/usr/sbin/runuser"
        if Path(runuser).exists():
            return [runuser, "-u", user, "--"]
        return ["su", "-s", "/bin/sh", user, "-c"]  # pragma: no cover - runuser is in util-linux
    raise RuntimeError("running as root and neither a 'postgres' nor a 'nobody' user exists")


def _user_of(prefix: list[str]) -> str | None:
    return prefix[2] if prefix and prefix[0].endswith("runuser") else None


def _command(prefix: list[str], args: list[str]) -> list[str]:
    if prefix and prefix[0] == "su":
        import shlex

        return [*prefix, " ".join(shlex.quote(a) for a in args)]
    return [*prefix, *args]


def _start() -> tuple[PgServer, list[str]]:
    try:
        import psycopg  # noqa: F401
    except ImportError as exc:
        raise RuntimeError(f"the psycopg driver is not installed ({exc}): pip install "
                           "'.[team]'") from exc
    bin_dir = _find_bin_dir()
    if bin_dir is None:
        raise RuntimeError("no PostgreSQL server binaries (pg_ctl, initdb) found on PATH or in "
                           "/usr/lib/postgresql/*/bin: apt-get install postgresql")
    prefix = _run_as()
    base = Path(tempfile.mkdtemp(prefix="advocacy-pg-"))
    user = _user_of(prefix)
    if user is not None:
        entry = pwd.getpwnam(user)
        os.chown(base, entry.pw_uid, entry.pw_gid)
    data = base / "data"
    env = {**os.environ, "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"}
    run = {"env": env, "cwd": str(base), "capture_output": True, "text": True, "timeout": 120}
    done = subprocess.run(_command(prefix, [
        str(bin_dir / "initdb"), "-D", str(data), "-U", SUPERUSER, "-A", "trust",
        "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync"]), **run, check=False)
    if done.returncode != 0:
        shutil.rmtree(base, ignore_errors=True)
        raise RuntimeError(f"initdb failed: {done.stderr.strip() or done.stdout.strip()}")
    options = (f"-c listen_addresses='' -c unix_socket_directories='{base}' -p {PORT}"
               " -c fsync=off -c synchronous_commit=off -c full_page_writes=off")
    done = subprocess.run(_command(prefix, [
        str(bin_dir / "pg_ctl"), "-D", str(data), "-l", str(base / "server.log"),
        "-o", options, "-w", "-t", "60", "start"]), **run, check=False)
    if done.returncode != 0:
        log = (base / "server.log").read_text(errors="replace")[-2000:] \
            if (base / "server.log").exists() else ""
        shutil.rmtree(base, ignore_errors=True)
        raise RuntimeError(f"pg_ctl start failed: {done.stderr.strip()} {log}")
    return PgServer(socket_dir=base, bin_dir=bin_dir), prefix


def _stop(server: PgServer, prefix: list[str]) -> None:
    subprocess.run(_command(prefix, [str(server.bin_dir / "pg_ctl"), "-D",
                                     str(server.socket_dir / "data"), "-m", "fast", "-w",
                                     "stop"]),
                   cwd=str(server.socket_dir), capture_output=True, timeout=60, check=False)
    shutil.rmtree(server.socket_dir, ignore_errors=True)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    try:
        server, prefix = _start()
    except (RuntimeError, OSError, subprocess.SubprocessError) as exc:
        reason = f"PostgreSQL tests skipped: {exc}"
        _skip_reasons.append(reason)
        print(reason)
        pytest.skip(reason)
    try:
        yield server
    finally:
        _stop(server, prefix)


@pytest.fixture
def pg_url(pg_server: PgServer) -> Iterator[str]:
    """The SQLAlchemy URL of a new, empty database, dropped after the test."""
    name = f"advocacy_test_{os.getpid()}_{next(_counter)}"
    with pg_server.admin() as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield pg_server.url(name)
    finally:
        with contextlib.suppress(Exception), pg_server.admin() as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def pytest_terminal_summary(terminalreporter) -> None:
    for reason in dict.fromkeys(_skip_reasons):
        terminalreporter.write_line(reason, yellow=True)
