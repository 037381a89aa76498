"""Import speed against the bare anchor, measured in the same run (DESIGN.md §3).

    python benchmarks/import_bench.py                 # 1M-row csv, 100k-row xlsx
    python benchmarks/import_bench.py --csv-rows 100000 --xlsx-rows 20000   # quicker

For each file, four measurements, each in its own process (so peak memory is its own):
  anchor  read every row (csv module / python-calamine) and insert it with one executemany in
          one transaction into the same feedback table of a fresh catalogue, no checks at all
          (its search-index and summary triggers fire per row, as for any plain insert)
  bare    the same with those triggers dropped: insert cost alone
  ours    `run_import` on a fresh catalogue: detection, every value checked, duplicates,
          customers, sources, rejected rows, batch bookkeeping, the search index
  pandas  pandas.read_csv / read_excel of the same file (reading only), when pandas is installed
The target is ours <= 1.5 x anchor. Generated files are kept in benchmarks/data/.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
PROJECT = HERE.parent
TARGET_RATIO = 1.5


def _anchor_bare(path: Path, catalogue: Path) -> dict[str, float]:
    """The anchor on the feedback table without its search index (triggers dropped)."""
    return _anchor(path, catalogue, search_index=False)


def _anchor(path: Path, catalogue: Path, *, search_index: bool = True) -> dict[str, float]:
    import csv

    from advocacy_desktop.db.models import new_uuid
    from advocacy_desktop.services import catalogue_service

    started = time.perf_counter()
    if path.suffix == ".csv":
        with path.open(encoding="utf-8", newline="") as fh:
            reader = csv.reader(fh)
            next(reader)
            rows = list(reader)
    else:
        import python_calamine

        sheet = python_calamine.CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0)
        rows = sheet.to_python()[1:]
    read = time.perf_counter() - started
    prefix = new_uuid()[:20]
    params = [
        (f"{prefix}{i:012x}", f"ext::{r[0]}", r[0], str(r[1])[:10], int(r[2]), r[3])
        for i, r in enumerate(rows)
    ]
    with catalogue_service.open_existing(catalogue) as opened:
        with opened.write_connection() as connection:
            raw = connection.connection.driver_connection
            if not search_index:
                for (name,) in raw.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'trigger'"
                    " AND tbl_name = 'feedback'"
                ).fetchall():
                    raw.execute(f'DROP TRIGGER "{name}"')
            raw.executemany(
                "INSERT INTO feedback (uuid, dedupe_key, external_id, received_on, score, text,"
                " status) VALUES (?,?,?,?,?,?,'new')",
                params,
            )
    return {"seconds": time.perf_counter() - started, "read_seconds": read, "rows": len(rows)}


def _ours(path: Path, catalogue: Path) -> dict[str, float]:
    from advocacy_desktop.services import catalogue_service, import_service

    started = time.perf_counter()
    with catalogue_service.open_existing(catalogue) as opened:
        result = import_service.run_import(opened, path)
    return {
        "seconds": time.perf_counter() - started,
        "rows": result.imported,
        "rejected": result.rejected,
        "duplicates": result.duplicates,
    }


def _pandas(path: Path, _catalogue: Path) -> dict[str, float]:
    try:
        import pandas
    except ImportError:
        return {"missing": 1}
    started = time.perf_counter()
    if path.suffix == ".csv":
        frame = pandas.read_csv(path)
    else:
        try:
            frame = pandas.read_excel(path, engine="calamine")
        except (ImportError, ValueError):
            frame = pandas.read_excel(path)
    return {"seconds": time.perf_counter() - started, "rows": len(frame)}


MODES = {"anchor": _anchor, "bare": _anchor_bare, "ours": _ours, "pandas": _pandas}


def child(mode: str, path: Path, catalogue: Path) -> None:
    baseline = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    figures = MODES[mode](path, catalogue)
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    worker = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # the import worker
    figures["peak_mib"] = own / 1024
    figures["worker_peak_mib"] = worker / 1024
    figures["start_mib"] = baseline / 1024
    print(json.dumps(figures))


def measure(mode: str, path: Path) -> dict[str, float]:
    from advocacy_desktop.services import catalogue_service

    with tempfile.TemporaryDirectory() as folder:
        catalogue = Path(folder) / "bench.advocacy"
        catalogue_service.create(catalogue).close()
        out = subprocess.run(
            [sys.executable, __file__, "--child", mode, str(path), str(catalogue)],
            capture_output=True, text=True, check=True, cwd=PROJECT,
        )
    return json.loads(out.stdout.strip().splitlines()[-1])


def bench(path: Path) -> bool:
    print(f"\n{path.name}  ({path.stat().st_size / 2**20:,.0f} MiB)")
    anchor = measure("anchor", path)
    bare = measure("bare", path)
    ours = measure("ours", path)
    pandas = measure("pandas", path)
    ratio = ours["seconds"] / anchor["seconds"]
    print(f"  anchor   {anchor['seconds']:7.2f} s  (read {anchor['read_seconds']:.2f} s)"
          f"  {anchor['rows']:>9,.0f} rows  peak {anchor['peak_mib']:7.0f} MiB"
          "  (executemany into the catalogue's feedback table, its triggers firing)")
    print(f"  bare     {bare['seconds']:7.2f} s  (read {bare['read_seconds']:.2f} s)"
          f"  {bare['rows']:>9,.0f} rows  peak {bare['peak_mib']:7.0f} MiB"
          f"  (the same without triggers; ours = {ours['seconds'] / bare['seconds']:.2f}"
          " x this)")
    print(f"  ours     {ours['seconds']:7.2f} s                {ours['rows']:>9,.0f} rows"
          f"  peak {ours['peak_mib']:7.0f} MiB (+ worker {ours['worker_peak_mib']:.0f} MiB)"
          f"  = {ratio:.2f} x anchor"
          f"  (target <= {TARGET_RATIO} x: {'met' if ratio <= TARGET_RATIO else 'NOT met'})")
    if "missing" in pandas:
        print("  pandas   not installed (pip install pandas python-calamine to compare)")
    else:
        print(f"  pandas   {pandas['seconds']:7.2f} s  (read only)    "
              f"{pandas['rows']:>9,.0f} rows  peak {pandas['peak_mib']:7.0f} MiB")
    return ratio <= TARGET_RATIO


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--csv-rows", type=int, default=1_000_000)
    parser.add_argument("--xlsx-rows", type=int, default=100_000)
    parser.add_argument("--child", nargs=3, metavar=("MODE", "FILE", "CATALOGUE"))
    args = parser.parse_args(argv)
    if args.child:
        mode, file, catalogue = args.child
        child(mode, Path(file), Path(catalogue))
        return 0
    sys.path.insert(0, str(HERE))
    import datagen

    data = HERE / "data"
    data.mkdir(exist_ok=True)
    files = [
        datagen.ensure(data / f"feedback-{args.csv_rows}.csv", args.csv_rows),
        datagen.ensure(data / f"feedback-{args.xlsx_rows}.xlsx", args.xlsx_rows),
    ]
    results = [bench(path) for path in files]
    print("\nall targets met" if all(results) else "\nsome targets NOT met")
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.path.insert(0, str(PROJECT))
    raise SystemExit(main())
