"""What every `advocacy` verb shares: exit codes, JSON output, error lines."""

from __future__ import annotations

import json
import sys

EXIT_OK = 0
EXIT_FAILED = 1
"""The catalogue or a file could not be used, or a change was refused."""
EXIT_USAGE = 2
"""A usage error: bad arguments, an unknown name."""


def print_json(data: object) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def fail(message: str, code: int = EXIT_USAGE) -> int:
    """Print `advocacy: message` on stderr; returns `code` for the verb to return."""
    print(f"advocacy: {message}", file=sys.stderr)
    return code
