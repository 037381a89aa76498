"""Writing files users open elsewhere: atomically, and without live formulas.

`atomic_output` writes to a temporary file in the target's folder and replaces the target only
once everything was written and flushed, so a full disk or a crash leaves the old file intact.
The new file gets the mode the old one had, or, when there was none, the mode a plain `open()`
would give it (0o666 less the umask), not the owner-only 0o600 of a temporary file.
`neutralise_cell` defuses CSV/formula injection (OWASP): a cell starting with = + - @, tab, CR
or LF is prefixed with an apostrophe, and control characters are removed.
"""

from __future__ import annotations

import os
import re
import stat
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")
# C0 controls except tab, LF, CR (kept inside text); DEL; C1 controls.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_UMASK_LOCK = threading.Lock()


def neutralise_cell(value: object) -> object:
    """Make a value safe to put in a spreadsheet cell; non-text passes through unchanged."""
    if not isinstance(value, str):
        return value
    cleaned = _CONTROL.sub("", value)
    if cleaned.startswith(_FORMULA_START):
        return "'" + cleaned
    return cleaned


def current_umask() -> int:
    """The process umask. Read from /proc where it can be (Linux), which changes nothing;
    otherwise by setting and restoring it, through a restrictive value so a file another
    thread creates meanwhile is never more open than it should be."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    with _UMASK_LOCK:
        mask = os.umask(0o077)
        os.umask(mask)
    return mask


def new_file_mode(target: Path) -> int:
    """The permission bits `target` should get: its current ones if it exists, else those a
    plain `open(target, "w")` would give."""
    try:
        return stat.S_IMODE(os.stat(target).st_mode)
    except OSError:
        return 0o666 & ~current_umask()


@contextmanager
def atomic_output(target: Path | str, suffix: str | None = None) -> Iterator[Path]:
    """Yield a temporary path next to `target`; on success it replaces `target` atomically."""
    target = Path(target)
    handle, tmp_name = tempfile.mkstemp(
        prefix=f".{target.name}.", suffix=suffix or target.suffix or ".tmp", dir=target.parent
    )
    os.close(handle)
    tmp = Path(tmp_name)
    try:
        yield tmp
        with tmp.open("rb+") as fh:
            os.fsync(fh.fileno())
        if os.name == "posix":  # mkstemp made it 0o600: readable by its owner only
            os.chmod(tmp, new_file_mode(target))
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
