"""Lock files beside catalogues: one writer at a time, across processes; stale locks; where a
catalogue lives (network share, cloud folder)."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import textwrap
import time
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from advocacy_desktop.db import locking
from advocacy_desktop.db.errors import CatalogueLocked
from advocacy_desktop.services import catalogue_service

PROJECT = Path(__file__).resolve().parents[2]
ENV = {**os.environ, "PYTHONPATH": str(PROJECT)}


def run_python(code: str, *args: object, timeout: float = 60) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code), *map(str, args)],
        capture_output=True, text=True, env=ENV, timeout=timeout, cwd=PROJECT,
    )


def write_lock(path: Path, **fields: object) -> Path:
    """A lock file as another holder would have written it."""
    now = datetime.now(UTC)
    info = locking.LockInfo(
        user="alice", host="elsewhere", pid=4242, app_version="0.1.0", since=now,
        heartbeat=now, token="a" * 32,
    )
    lock_file = locking.lock_path_for(path)
    lock_file.write_text(replace(info, **fields).to_json())
    return lock_file


def test_lock_file_is_written_on_open_and_removed_on_close(catalogue_path: Path) -> None:
    lock_file = catalogue_path.with_name("shop.advocacy.lock")
    assert not lock_file.exists()
    catalogue = catalogue_service.open_existing(catalogue_path)
    data = json.loads(lock_file.read_text())
    assert data["pid"] == os.getpid()
    assert data["host"] == socket.gethostname()
    assert data["user"] and data["app_version"] == locking.__version__
    since = datetime.fromisoformat(data["since"])
    assert abs(datetime.now(UTC) - since) < timedelta(minutes=1)
    assert data["heartbeat"] == data["since"]
    catalogue.close()
    assert not lock_file.exists()


def test_read_only_open_takes_no_lock(catalogue_path: Path) -> None:
    with catalogue_service.open_existing(catalogue_path, read_only=True) as catalogue:
        assert catalogue.lock is None and catalogue.held_by is None
        assert not locking.lock_path_for(catalogue_path).exists()


def test_opens_in_one_process_share_the_lock(catalogue_path: Path) -> None:
    """Re-entrant: an unclosed catalogue never blocks the next open in the same process; the
    file goes with the last close."""
    lock_file = locking.lock_path_for(catalogue_path)
    first = catalogue_service.open_existing(catalogue_path)
    second = catalogue_service.open_existing(catalogue_path)
    first.close()
    assert lock_file.exists()
    first.close()  # closing twice does not drop the other's hold
    assert lock_file.exists()
    second.close()
    assert not lock_file.exists()


SECOND_OPENER = """
    import sys
    from sqlalchemy import text
    from advocacy_desktop.db.errors import CatalogueLocked
    from advocacy_desktop.services import catalogue_service
    try:
        catalogue_service.open_existing(sys.argv[1])
    except CatalogueLocked as exc:
        print("locked", exc.holder.user, exc.holder.pid, exc.stale)
    with catalogue_service.open_existing(sys.argv[1], read_only=True) as cat:
        with cat.read() as session:
            session.execute(text('SELECT count(*) FROM feedback'))
        print("read-only", cat.held_by.pid)
"""


def test_second_writer_in_another_process_is_told_who(catalogue_path: Path) -> None:
    with catalogue_service.open_existing(catalogue_path) as catalogue:
        assert catalogue.lock is not None
        result = run_python(SECOND_OPENER, catalogue_path)
        assert result.returncode == 0, result.stderr
        assert result.stdout.split("\n")[:2] == [
            f"locked {catalogue.lock.info.user} {os.getpid()} None",
            f"read-only {os.getpid()}",
        ]
        # the CLI: info is read-only and works; a writing verb names the holder
        info = run_python("from advocacy_desktop.cli import main; raise SystemExit(main())",
                          "info", catalogue_path)
        assert info.returncode == 0, info.stderr
        assert f"process {os.getpid()}" in info.stdout
        repair = run_python("from advocacy_desktop.cli import main; raise SystemExit(main())",
                            "check", catalogue_path, "--repair-summaries")
        assert repair.returncode == 1
        assert "open by" in repair.stderr and f"process {os.getpid()}" in repair.stderr
    assert not locking.lock_path_for(catalogue_path).exists()


def test_lock_of_a_dead_process_on_this_host_is_taken_over(catalogue_path: Path) -> None:
    finished = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                              capture_output=True, text=True, check=True)
    dead_pid = int(finished.stdout)
    lock_file = write_lock(catalogue_path, host=socket.gethostname(), pid=dead_pid,
                           boot_id=locking._boot_id())
    holder = locking.holder_of(catalogue_path)
    assert holder is not None and locking.staleness(holder, lock_file) == "process-gone"
    with pytest.raises(CatalogueLocked) as raised:  # the GUI asks first
        catalogue_service.open_existing(catalogue_path, take_over="none")
    assert raised.value.stale == "process-gone" and raised.value.holder.pid == dead_pid
    with catalogue_service.open_existing(catalogue_path) as catalogue:  # CLI default: "dead"
        assert catalogue.lock.taken_over.pid == dead_pid
        assert json.loads(lock_file.read_text())["pid"] == os.getpid()
    assert not lock_file.exists()


def test_lock_without_heartbeat_from_another_host(catalogue_path: Path) -> None:
    old = datetime.now(UTC) - timedelta(hours=2)
    lock_file = write_lock(catalogue_path, since=old, heartbeat=old)
    os.utime(lock_file, (old.timestamp(), old.timestamp()))
    with pytest.raises(CatalogueLocked) as raised:
        catalogue_service.open_existing(catalogue_path)  # "dead" does not cover a guess
    assert raised.value.stale == "no-heartbeat"
    assert "alice on elsewhere" in str(raised.value)
    with catalogue_service.open_existing(catalogue_path, take_over="stale") as catalogue:
        assert catalogue.lock.taken_over.user == "alice"
    assert not lock_file.exists()


def test_live_lock_from_another_host_is_never_taken(catalogue_path: Path) -> None:
    lock_file = write_lock(catalogue_path)
    before = lock_file.read_bytes()
    with pytest.raises(CatalogueLocked) as raised:
        catalogue_service.open_existing(catalogue_path, take_over="stale")
    assert raised.value.stale is None
    assert lock_file.read_bytes() == before  # refusing leaves their lock alone
    with catalogue_service.open_existing(catalogue_path, read_only=True) as catalogue:
        assert catalogue.held_by.user == "alice"


def test_unreadable_lock_file(catalogue_path: Path) -> None:
    lock_file = locking.lock_path_for(catalogue_path)
    lock_file.write_text("{ half written")
    with pytest.raises(CatalogueLocked) as raised:
        catalogue_service.open_existing(catalogue_path, take_over="stale")
    assert raised.value.stale is None  # may be being written right now
    past = time.time() - 60
    os.utime(lock_file, (past, past))
    with pytest.raises(CatalogueLocked) as raised:
        catalogue_service.open_existing(catalogue_path)
    assert raised.value.stale == "unreadable"
    catalogue_service.open_existing(catalogue_path, take_over="stale").close()
    assert not lock_file.exists()


def test_refresh_writes_a_heartbeat_and_notices_a_take_over(catalogue_path: Path) -> None:
    catalogue = catalogue_service.open_existing(catalogue_path)
    lock_file = catalogue.lock.path
    old = datetime.now(UTC) - timedelta(minutes=10)
    data = json.loads(lock_file.read_text())
    data["heartbeat"] = old.isoformat()
    lock_file.write_text(json.dumps(data))
    assert catalogue_service.refresh_lock(catalogue)
    beat = datetime.fromisoformat(json.loads(lock_file.read_text())["heartbeat"])
    assert beat > old + timedelta(minutes=9)
    theirs = write_lock(catalogue_path).read_bytes()  # someone took it over meanwhile
    assert not catalogue_service.refresh_lock(catalogue)
    catalogue.close()
    assert lock_file.read_bytes() == theirs  # not ours: never deleted


RACER = """
    import sys, time
    from advocacy_desktop.db import locking
    from advocacy_desktop.db.errors import CatalogueLocked
    start = float(sys.argv[2])
    judge = locking.staleness
    def slow_share(*args):  # a slow network share: everyone judges before anyone acts
        verdict = judge(*args)
        time.sleep(0.3)
        return verdict
    locking.staleness = slow_share
    time.sleep(max(0.0, start - time.time()))
    try:
        lock = locking.acquire(sys.argv[1], take_over=sys.argv[3])
    except CatalogueLocked:
        print("refused", flush=True)
    else:
        print("got", flush=True)
        time.sleep(2.0)  # hold it while the others try
        lock.release()
"""


@pytest.mark.parametrize("stale_lock_first", [False, True], ids=["free", "stale"])
def test_two_processes_never_both_hold_the_lock(catalogue_path: Path,
                                                stale_lock_first: bool) -> None:
    if stale_lock_first:  # all racers try to take over the same abandoned lock
        old = datetime.now(UTC) - timedelta(hours=2)
        lock_file = write_lock(catalogue_path, since=old, heartbeat=old)
        os.utime(lock_file, (old.timestamp(), old.timestamp()))
    start = time.time() + 1.5
    racers = [
        subprocess.Popen(
            [sys.executable, "-c", textwrap.dedent(RACER), str(catalogue_path), str(start),
             "stale"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=ENV,
        )
        for _ in range(6)
    ]
    outcomes = []
    for racer in racers:
        out, err = racer.communicate(timeout=60)
        assert racer.returncode == 0, err
        outcomes.append(out.strip())
    assert sorted(outcomes) == ["got"] + ["refused"] * 5
    assert not locking.lock_path_for(catalogue_path).exists()
    assert not list(catalogue_path.parent.glob("*.break"))


def test_read_only_folder_opens_without_a_lock(catalogue_path: Path) -> None:
    if getattr(os, "geteuid", lambda: 1)() == 0:
        pytest.skip("root writes into read-only folders")
    folder = catalogue_path.parent
    os.chmod(folder, 0o555)
    try:
        with catalogue_service.open_existing(catalogue_path, read_only=True) as catalogue:
            assert catalogue.lock is None
        with catalogue_service.open_existing(catalogue_path) as catalogue:
            assert catalogue.lock is None  # no lock file possible; SQLite decides the rest
    finally:
        os.chmod(folder, 0o755)


# --------------------------------------------------------------------------- location

MOUNTINFO = r"""22 27 0:21 / /proc rw,relatime - proc proc rw
27 1 253:0 / / rw,relatime - ext4 /dev/vda rw
40 27 0:50 / /mnt/nfs rw,relatime - nfs server:/export rw,vers=3
41 27 0:51 / /mnt/nfs4 rw,relatime - nfs4 server:/export rw
42 27 0:52 / /media/team\040share rw,relatime - cifs //server/team rw
43 27 0:53 / /home/u/remote rw,nosuid shared:5 - fuse.sshfs u@host:/ rw,user_id=1000
44 40 8:1 / /mnt/nfs/local-disk rw,relatime - ext4 /dev/sdb1 rw
45 27 0:54 / /run/user/1000/gvfs rw - fuse.gvfsd-fuse gvfsd-fuse rw
"""


@pytest.mark.parametrize(
    ("path", "kind"),
    [
        ("/mnt/nfs/shop.advocacy", "network"),
        ("/mnt/nfs4/a/b/shop.advocacy", "network"),
        ("/media/team share/shop.advocacy", "network"),
        ("/home/u/remote/shop.advocacy", "network"),
        ("/run/user/1000/gvfs/smb-share:server=s,share=t/x.advocacy", "network"),
        ("/mnt/nfs/local-disk/shop.advocacy", "local"),  # a local disk mounted inside
        ("/mnt/nfsx/shop.advocacy", "local"),  # a prefix of a name is not the mount
        ("/home/u/shop.advocacy", "local"),
        ("/home/u/Dropbox/shop.advocacy", "cloud"),
        ("/home/u/Dropbox (Contoso)/a/shop.advocacy", "cloud"),
        ("/home/u/OneDrive - Contoso/shop.advocacy", "cloud"),
        ("/home/u/Google Drive/shop.advocacy", "cloud"),
        ("/Users/u/Library/CloudStorage/GoogleDrive-u@x.org/My Drive/shop.advocacy", "cloud"),
        ("/Users/u/Library/Mobile Documents/com~apple~CloudDocs/shop.advocacy", "cloud"),
        ("/home/u/iCloud Drive/shop.advocacy", "cloud"),
        ("/home/u/Nextcloud/shop.advocacy", "cloud"),
        ("/home/u/ownCloud/shop.advocacy", "cloud"),
        ("/home/u/pCloud Drive/shop.advocacy", "cloud"),
        ("/home/u/Box/shop.advocacy", "cloud"),
        ("/home/u/MEGA/shop.advocacy", "cloud"),
        ("/home/u/Sync/shop.advocacy", "cloud"),
        ("/home/u/Seafile/shop.advocacy", "cloud"),
        ("/home/u/boxes/megastore/dropbox-notes/shop.advocacy", "local"),
        ("/mnt/nfs/Dropbox/shop.advocacy", "network"),
    ],
)
def test_location_kind(tmp_path: Path, path: str, kind: str) -> None:
    mountinfo = tmp_path / "mountinfo"
    mountinfo.write_text(MOUNTINFO)
    assert locking.location_kind(path, mountinfo=mountinfo) == kind


def test_location_kind_unc_and_this_machine(catalogue_path: Path) -> None:
    assert locking.location_kind(r"\\server\share\shop.advocacy") == "network"
    assert locking.location_kind("//server/share/shop.advocacy") == "network"
    assert locking.location_kind(catalogue_path) == "local"  # tmp_path: a local disk here
    with catalogue_service.open_existing(catalogue_path, read_only=True) as catalogue:
        assert catalogue.location == "local"
