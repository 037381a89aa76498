"""NPS by source over a 1M-item catalogue, against DESIGN.md §3 (anchor: GROUP BY 60 ms).

    python benchmarks/nps_bench.py [--path benchmarks/data/browse-1000000.advocacy]

Build the catalogue first with benchmarks/browse_bench.py. It is opened read-only and never
upgraded (the NPS query needs only `feedback` and `source`). Times are medians of 5 runs.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

ANCHOR_MS = 60


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--path", type=Path, default=HERE / "data/browse-1000000.advocacy")
    args = parser.parse_args()
    if not args.path.exists():
        print(f"{args.path} missing: run benchmarks/browse_bench.py first", file=sys.stderr)
        return 1
    from advocacy_desktop.services import catalogue_service, nps_service

    # Opened like the app opens it: checked, and upgraded (with a backup beside it) when the
    # cached benchmark catalogue was built by an older schema.
    catalogue = catalogue_service.open_existing(args.path)
    try:
        for by in ("source", "month"):
            times = []
            for _ in range(5):
                start = time.perf_counter()
                groups = nps_service.grouped(catalogue, by)
                times.append((time.perf_counter() - start) * 1000)
            n = sum(g.n for g in groups)
            print(f"NPS by {by:<7} {len(groups):>4} groups, n={n:,}:"
                  f" {statistics.median(times):7.1f} ms (anchor by source: {ANCHOR_MS} ms)")
    finally:
        catalogue.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
