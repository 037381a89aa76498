"""Writing files users open elsewhere: atomically, and without live formulas.

`atomic_output` writes to a temporary file in the target's folder and replaces the target only
once everything was written and flushed, so a full disk or a crash leaves the old file intact.
`neutralise_cell` defuses CSV/formula injection (OWASP): a cell starting with = + - @, tab, CR
or LF is prefixed with an apostrophe, and control characters are removed.
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")
# C0 controls except tab, LF, CR (kept inside text); DEL; C1 controls.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def neutralise_cell(value: object) -> object:
    """Make a value safe to put in a spreadsheet cell; non-text passes through unchanged."""
    if not isinstance(value, str):
        return value
    cleaned = _CONTROL.sub("", value)
    if cleaned.startswith(_FORMULA_START):
        return "'" + cleaned
    return cleaned


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
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
