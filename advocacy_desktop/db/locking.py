"""Lock files beside catalogue files, and where a catalogue lives (local, network, cloud).

SQLite's own locks are not enough on network shares (NFS/SMB byte-range locks are often
emulated or broken) and mean nothing to a cloud-sync client that uploads the file while two
machines write it. A lock file `<name>.advocacy.lock` beside the catalogue says who has it open
for writing; a second writer is refused (CatalogueLocked) and may open it read-only.

- Created atomically with its content: written to a temporary file, then `os.link`ed into
  place, which fails when a lock exists (also on NFS, where O_EXCL was long unreliable). Where
  hard links are not supported (FAT, some FUSE and cloud folders): O_CREAT|O_EXCL.
- Re-entrant within one process: every open in this process shares the file (counted), so a
  catalogue left unclosed (a test, a crashed task) never blocks the next open here; an atexit
  hook removes what is left. Another process, even on this machine, is refused.
- Stale: on this host the holder's process is gone (pid, its start time, the boot); elsewhere
  no heartbeat for STALE_AFTER. A take-over goes through a short-lived breaker file, so two
  processes never both take over the same abandoned lock.
"""

from __future__ import annotations

import atexit
import contextlib
import getpass
import json
import logging
import os
import re
import socket
import subprocess
import sys
import threading
import time
import uuid
from dataclasses import asdict, dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Literal

from advocacy_desktop import __version__
from advocacy_desktop.db.errors import CatalogueLocked

log = logging.getLogger(__name__)

LOCK_SUFFIX = ".lock"
#: the GUI refreshes the heartbeat this often while a catalogue is open
HEARTBEAT_INTERVAL = timedelta(minutes=5)
#: a lock from another host without a heartbeat for this long looks abandoned
STALE_AFTER = timedelta(minutes=30)
#: an unreadable lock file older than this is a leftover, not one being written
UNREADABLE_STALE_S = 10.0
#: a take-over breaker older than this was left by a crash in the middle of a take-over
BREAKER_STALE_S = 10.0

StaleReason = Literal["process-gone", "no-heartbeat", "unreadable"]
#: "none": never take a lock over; "dead": only when its process is certainly gone (this host);
#: "stale": also after STALE_AFTER without heartbeat, or an unreadable leftover (user confirmed)
TakeOver = Literal["none", "dead", "stale"]
Location = Literal["local", "network", "cloud"]


@dataclass(frozen=True)
class LockInfo:
    """Who holds a lock. `token` is unique per process; "" means the file was unreadable."""

    user: str = "?"
    host: str = "?"
    pid: int = 0
    app_version: str = ""
    since: datetime | None = None
    heartbeat: datetime | None = None
    token: str = ""
    boot_id: str = ""
    started: int | None = None  # Linux: process start (clock ticks since boot), vs pid reuse

    def describe(self) -> str:
        since = f" since {self.since.astimezone():%Y-%m-%d %H:%M}" if self.since else ""
        return f"{self.user} on {self.host}{since} (process {self.pid})"

    def to_json(self) -> str:
        data = asdict(self)
        for key in ("since", "heartbeat"):
            data[key] = data[key].isoformat() if data[key] else None
        return json.dumps(data, indent=1)

    @classmethod
    def from_json(cls, text: str) -> LockInfo:
        data = json.loads(text)
        if not isinstance(data, dict) or not data.get("token"):
            raise ValueError("not a lock file")
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        for key in ("since", "heartbeat"):
            if known.get(key):
                known[key] = datetime.fromisoformat(known[key])
        return cls(**known)


def lock_path_for(catalogue_path: Path | str) -> Path:
    path = Path(catalogue_path)
    return path.with_name(path.name + LOCK_SUFFIX)


# --------------------------------------------------------------------------- this process

_registry_lock = threading.RLock()
_held: dict[str, list] = {}  # normalised lock path -> [LockInfo, open count]
_identity: dict[str, object] = {}


def _now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def _read_text(path: str) -> str | None:
    try:
        with open(path, encoding="ascii", errors="replace") as fh:
            return fh.read()
    except OSError:
        return None


def _linux_process(pid: int) -> tuple[str, int] | None:
    """(state, start time in clock ticks) from /proc/<pid>/stat, or None."""
    text = _read_text(f"/proc/{pid}/stat")
    if not text or ")" not in text:
        return None
    fields = text.rsplit(")", 1)[1].split()
    try:
        return fields[0], int(fields[19])
    except (IndexError, ValueError):
        return None


def _boot_id() -> str:
    return (_read_text("/proc/sys/kernel/random/boot_id") or "").strip()


def _boot_time() -> float | None:
    for line in (_read_text("/proc/stat") or "").splitlines():
        if line.startswith("btime "):
            return float(line.split()[1])
    return None


def _hostname() -> str:
    return socket.gethostname()


def _user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no login name (some containers)
        return f"uid {os.getuid()}" if hasattr(os, "getuid") else "?"


def identity() -> LockInfo:
    """This process as a lock holder (a new token after a fork)."""
    pid = os.getpid()
    if _identity.get("pid") != pid:
        proc = _linux_process(pid)
        _identity.update(
            pid=pid,
            token=uuid.uuid4().hex,
            started=proc[1] if proc else None,
            since=_now(),
        )
    now = _now()
    return LockInfo(
        user=_user(),
        host=_hostname(),
        pid=pid,
        app_version=__version__,
        since=now,
        heartbeat=now,
        token=str(_identity["token"]),
        boot_id=_boot_id(),
        started=_identity["started"],  # type: ignore[arg-type]
    )


def _pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if sys.platform == "win32":  # best effort
        import ctypes

        kernel = ctypes.windll.kernel32  # type: ignore[attr-defined]
        handle = kernel.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        code = ctypes.c_ulong()
        kernel.GetExitCodeProcess(handle, ctypes.byref(code))
        kernel.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    proc = _linux_process(pid)
    return proc is None or proc[0] not in ("Z", "X")


# --------------------------------------------------------------------------- reading, judging


def _read(lock_path: Path) -> tuple[bytes, LockInfo] | None:
    """The raw bytes and the holder; an unreadable file gives LockInfo() (token ""), after
    waiting briefly in case it is being written. None when there is no lock file."""
    info = LockInfo()
    raw = b""
    for _attempt in range(5):
        try:
            raw = lock_path.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as exc:
            log.info("cannot read %s: %s", lock_path, exc)
            return raw, LockInfo()
        try:
            return raw, LockInfo.from_json(raw.decode("utf-8"))
        except (ValueError, TypeError, UnicodeDecodeError):
            time.sleep(0.05)
    return raw, info


def holder_of(catalogue_path: Path | str) -> LockInfo | None:
    """Who has the catalogue open for writing, or None (no lock file)."""
    found = _read(lock_path_for(catalogue_path))
    return found[1] if found else None


def staleness(info: LockInfo, lock_path: Path, now: datetime | None = None) -> StaleReason | None:
    """None when the holder looks alive; else why the lock looks abandoned."""
    now = now or datetime.now(UTC)
    try:
        mtime = datetime.fromtimestamp(lock_path.stat().st_mtime, UTC)
    except OSError:
        mtime = now
    if not info.token:
        return "unreadable" if (now - mtime).total_seconds() > UNREADABLE_STALE_S else None
    last = max(t for t in (info.heartbeat, mtime) if t is not None)
    if info.host == _hostname():
        ours = _boot_id()
        if not info.boot_id or not ours or info.boot_id == ours:
            if not _pid_alive(info.pid):
                return "process-gone"
            if info.started is not None and sys.platform.startswith("linux"):
                proc = _linux_process(info.pid)
                if proc is not None and proc[1] != info.started:
                    return "process-gone"  # the pid now belongs to another process
            return None
        booted = _boot_time()  # another boot: gone if nothing happened since this boot
        if booted is not None and last.timestamp() < booted - 60:
            return "process-gone"
    return "no-heartbeat" if now - last > STALE_AFTER else None


def _may_take(reason: StaleReason, take_over: TakeOver) -> bool:
    return take_over == "stale" or (take_over == "dead" and reason == "process-gone")


# --------------------------------------------------------------------------- writing


def _write_file(path: Path, data: bytes, flags: int) -> None:
    fd = os.open(path, flags, 0o644)
    try:
        os.write(fd, data)
        with contextlib.suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)


def _create(lock_path: Path, info: LockInfo) -> bool:
    """Put a lock file with `info` in place unless one exists. False when one exists."""
    data = info.to_json().encode("utf-8")
    tmp = lock_path.with_name(f".{lock_path.name}.{info.token[:12]}.{threading.get_ident()}")
    linked: bool | None = None
    try:
        _write_file(tmp, data, os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
        try:
            os.link(tmp, lock_path)
            linked = True
        except FileExistsError:
            linked = False
        except OSError:  # NFS may report a failure after linking; else no hard links here
            with contextlib.suppress(OSError):
                linked = True if os.stat(tmp).st_nlink == 2 else None
    finally:
        tmp.unlink(missing_ok=True)
    if linked is not None:
        return linked
    try:
        _write_file(lock_path, data, os.O_WRONLY | os.O_CREAT | os.O_EXCL)
    except FileExistsError:
        return False
    return True


def _take_over(lock_path: Path, seen: bytes, me: LockInfo) -> bool:
    """Replace the abandoned lock whose bytes were `seen`; False if another process was
    quicker (it took it over, or the holder came back)."""
    breaker = lock_path.with_name(lock_path.name + ".break")
    try:
        os.close(os.open(breaker, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644))
    except FileExistsError:
        with contextlib.suppress(OSError):
            if time.time() - breaker.stat().st_mtime > BREAKER_STALE_S:
                breaker.unlink(missing_ok=True)
        return False
    try:
        found = _read(lock_path)
        if found is not None:
            if found[0] != seen:
                return False
            lock_path.unlink(missing_ok=True)
        return _create(lock_path, me)
    finally:
        breaker.unlink(missing_ok=True)


class Lock:
    """This process's hold on a catalogue's lock file. `release()` once per `acquire()`."""

    def __init__(self, path: Path, info: LockInfo, *, taken_over: LockInfo | None = None) -> None:
        self.path = path
        self.info = info
        #: the abandoned holder this lock replaced, if any (for the log and the GUI)
        self.taken_over = taken_over
        self._released = False

    @property
    def released(self) -> bool:
        return self._released

    def is_ours(self) -> bool:
        found = _read(self.path)
        return found is not None and found[1].token == self.info.token

    def refresh(self) -> bool:
        """Write a new heartbeat. False when the lock is no longer ours (taken over)."""
        if self._released:
            return False
        with _registry_lock:
            found = _read(self.path)
            fresh = replace(self.info, heartbeat=_now())
            if found is None:  # deleted under us: put it back if nobody else has
                ok = _create(self.path, fresh)
            elif found[1].token != self.info.token:
                return False
            else:
                tmp = self.path.with_name(f".{self.path.name}.{fresh.token[:12]}.beat")
                _write_file(tmp, fresh.to_json().encode(), os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
                os.replace(tmp, self.path)
                ok = True
            if ok:
                self.info = fresh
                entry = _held.get(_key(self.path))
                if entry is not None:
                    entry[0] = fresh
            return ok

    def release(self) -> None:
        """Drop this hold; the last one in the process deletes the file, if still ours."""
        if self._released:
            return
        self._released = True
        with _registry_lock:
            entry = _held.get(_key(self.path))
            if entry is not None:
                entry[1] -= 1
                if entry[1] > 0:
                    return
                del _held[_key(self.path)]
            _remove_if_ours(self.path, self.info.token)

    def __enter__(self) -> Lock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def _key(lock_path: Path) -> str:
    return os.path.normcase(os.path.abspath(lock_path))


def _remove_if_ours(lock_path: Path, token: str) -> None:
    found = _read(lock_path)
    if found is not None and found[1].token == token:
        with contextlib.suppress(OSError):
            lock_path.unlink()


def _register(lock_path: Path, info: LockInfo) -> None:
    entry = _held.setdefault(_key(lock_path), [info, 0])
    entry[0] = info
    entry[1] += 1


def acquire(catalogue_path: Path | str, *, take_over: TakeOver = "dead") -> Lock:
    """Take the catalogue's lock for writing, or raise CatalogueLocked naming the holder.

    A lock held by this process is shared (re-entrant). A stale lock is taken over only as
    `take_over` allows. OSError (e.g. a read-only folder) is left to the caller.
    """
    catalogue_path = Path(catalogue_path)
    lock_path = lock_path_for(catalogue_path)
    with _registry_lock:
        me = identity()
        for _attempt in range(5):
            if _create(lock_path, me):
                _register(lock_path, me)
                return Lock(lock_path, me)
            found = _read(lock_path)
            if found is None:
                continue  # released meanwhile: try again
            raw, holder = found
            if holder.token == me.token:  # opened before in this process
                _register(lock_path, holder)
                return Lock(lock_path, _held[_key(lock_path)][0])
            _held.pop(_key(lock_path), None)  # ours no more, if it ever was
            reason = staleness(holder, lock_path)
            if reason is None or not _may_take(reason, take_over):
                raise CatalogueLocked(catalogue_path, holder, reason)
            if _take_over(lock_path, raw, me):
                log.warning("took over the lock of %s from %s (%s)", catalogue_path,
                            holder.describe(), reason)
                _register(lock_path, me)
                return Lock(lock_path, me, taken_over=holder)
            time.sleep(0.05)
        found = _read(lock_path)
        raise CatalogueLocked(catalogue_path, found[1] if found else LockInfo(), None)


@atexit.register
def _release_all() -> None:
    """Catalogues left open at exit: their lock files go with the process."""
    with _registry_lock:
        for key, (info, _count) in list(_held.items()):
            if info.pid == os.getpid():
                _remove_if_ours(Path(key), info.token)
        _held.clear()


# --------------------------------------------------------------------------- location

#: file-system types of network mounts (`fuse.` prefixes are stripped before matching)
NETWORK_FS = frozenset({
    "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "ncpfs", "afs", "openafs", "9p",
    "v9fs", "davfs", "davfs2", "webdav", "sshfs", "glusterfs", "ceph", "cephfs", "lustre",
    "gpfs", "beegfs", "orangefs", "afpfs", "gvfsd-fuse", "kio-fuse", "rclone", "s3fs",
    "gcsfuse", "juicefs", "moosefs", "mfs",
})

#: folder names that cloud-sync clients create (whole path components, case-insensitive)
CLOUD_FOLDER = re.compile(
    r"dropbox( \(.+\))?|onedrive([ -].*)?|google ?drive([ -].*)?|my drive"
    r"|icloud ?drive.*|mobile documents|com~apple~clouddocs|cloudstorage"
    r"|nextcloud.*|owncloud.*|pcloud( ?drive)?|box( sync| drive)?|mega( ?sync)?"
    r"|sync|sync\.com|seafile.*|seadrive.*|yandex\.disk|tresorit.*",
    re.IGNORECASE,
)

MOUNTINFO = Path("/proc/self/mountinfo")


def _unescape(field: str) -> str:
    return re.sub(r"\\([0-7]{3})", lambda m: chr(int(m.group(1), 8)), field)


def mount_fs_type(path: str, mountinfo: Path = MOUNTINFO) -> str | None:
    """The file-system type of the mount holding `path` (Linux mountinfo), or None."""
    try:
        lines = mountinfo.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    best, best_len = None, -1
    for line in lines:
        left, sep, right = line.partition(" - ")
        fields = left.split()
        if not sep or len(fields) < 5 or not right.split():
            continue
        point = _unescape(fields[4])
        inside = path == point or path.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= best_len:  # the last mount on a point covers the others
            best, best_len = right.split()[0], len(point)
    return best


def _darwin_fs_type(path: str) -> str | None:
    """Best effort on macOS/BSD: `mount` prints "src on /point (type, options)"."""
    try:
        out = subprocess.run(["mount"], capture_output=True, text=True, timeout=2).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    best, best_len = None, -1
    for line in out.splitlines():
        match = re.match(r".+ on (.+) \(([^,)]+)", line)
        if match:
            point = match.group(1)
            inside = path == point or path.startswith(point.rstrip("/") + "/")
            if inside and len(point) > best_len:
                best, best_len = match.group(2).strip(), len(point)
    return best


def _windows_remote(path: str) -> bool:
    import ctypes

    drive = os.path.splitdrive(path)[0]
    if not drive:
        return False
    return ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == 4  # type: ignore[attr-defined]


def is_network_fs(fs_type: str) -> bool:
    fs = fs_type.lower()
    return fs in NETWORK_FS or fs.removeprefix("fuse.") in NETWORK_FS


def in_cloud_folder(path: str) -> bool:
    parts = re.split(r"[\\/]+", path)
    return any(CLOUD_FOLDER.fullmatch(part) for part in parts if part)


def location_kind(path: Path | str, *, mountinfo: Path | None = None) -> Location:
    """Where `path` lives: "network" (a network share), "cloud" (a sync folder) or "local".

    Linux reads the mount's type from mountinfo (pass another file in tests); Windows
    recognises UNC paths and mapped network drives; macOS asks `mount` (best effort).
    """
    text = str(path)
    if text.startswith(("\\\\", "//")) and not text.startswith(("\\\\?\\", "\\\\.\\")):
        return "network"
    if text.upper().startswith("\\\\?\\UNC\\"):
        return "network"
    resolved = os.path.realpath(os.path.expanduser(text))
    fs_type: str | None = None
    if mountinfo is not None or (sys.platform.startswith("linux") and MOUNTINFO.exists()):
        fs_type = mount_fs_type(resolved, mountinfo or MOUNTINFO)
    elif sys.platform == "win32":
        with contextlib.suppress(OSError, AttributeError):
            if _windows_remote(resolved):
                return "network"
    elif sys.platform == "darwin":
        fs_type = _darwin_fs_type(resolved)
    if fs_type and is_network_fs(fs_type):
        return "network"
    if in_cloud_folder(resolved) or in_cloud_folder(text):
        return "cloud"
    return "local"
