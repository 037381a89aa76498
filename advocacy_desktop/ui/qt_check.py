"""A check for a broken Qt binding: shiboken6 6.12.0 on Python 3.11.

That release returns None (from every void method) and passes True/False (to Python slots)
without taking a reference, as if they were immortal, which they are only from Python 3.12.
Each call then drops one reference to the singleton; after a few thousand calls its count
reaches zero and the interpreter aborts ("Fatal Python error: none_dealloc"). 6.11.3 is fine.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject

_PROBE_CALLS = 64


def bindings_leak_singletons() -> bool:
    """True if calling a void Qt method loses references to None (see the module docstring)."""
    if sys.version_info >= (3, 12):
        return False  # None, True and False are immortal: nothing to lose
    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(_PROBE_CALLS):
        probe.setObjectName("probe")
    return sys.getrefcount(None) <= before - _PROBE_CALLS // 2
