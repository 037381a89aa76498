"""kill -9 in the middle of a large import leaves the catalogue intact: all or nothing."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from sqlalchemy import text

from advocacy_desktop.services import catalogue_service

PROJECT = Path(__file__).resolve().parents[2]
ROWS = 60_000

IMPORTER = textwrap.dedent(
    """
    import sys
    from advocacy_desktop.services import catalogue_service, import_service
    from advocacy_desktop.services.importing import worker

    worker.CHUNK_ROWS = 2_000
    def progress(done, total):
        print(f"progress {done}", flush=True)
    with catalogue_service.open_existing(sys.argv[1]) as catalogue:
        import_service.run_import(catalogue, sys.argv[2], progress=progress)
    print("done", flush=True)
    """
)


def _counts(path: Path) -> tuple[int, int]:
    with catalogue_service.open_existing(path) as catalogue, catalogue.read() as session:
        items = session.execute(text("SELECT count(*) FROM feedback")).scalar_one()
        batches = session.execute(text("SELECT count(*) FROM import_batch")).scalar_one()
    return items, batches


def test_kill_during_import_leaves_all_or_nothing(catalogue_path: Path, tmp_path: Path) -> None:
    sys.path.insert(0, str(PROJECT / "benchmarks"))
    try:
        import datagen
    finally:
        sys.path.remove(str(PROJECT / "benchmarks"))
    data = datagen.write_csv(tmp_path / "big.csv", ROWS)
    env = {**os.environ, "PYTHONPATH": str(PROJECT)}
    proc = subprocess.Popen(
        [sys.executable, "-c", IMPORTER, str(catalogue_path), str(data)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert proc.stdout is not None
    seen = 0
    for line in proc.stdout:
        if line.startswith("progress"):
            seen = int(line.split()[1])
            if seen >= ROWS // 3:
                break
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    assert ROWS // 3 <= seen < ROWS, "the import must be killed while it is writing"

    report = catalogue_service.check(catalogue_path)
    assert report.ok, report.problems
    assert _counts(catalogue_path) == (0, 0)  # nothing of the killed batch

    finished = subprocess.run(
        [sys.executable, "-c", IMPORTER, str(catalogue_path), str(data)],
        capture_output=True, text=True, env=env, timeout=300, check=True,
    )
    assert finished.stdout.strip().endswith("done")
    assert _counts(catalogue_path) == (ROWS, 1)  # all of the completed one
    assert catalogue_service.check(catalogue_path).ok
