"""Run the registered benchmark targets; print a table, write JSON, ``--check`` the limits.

    python benchmarks/run.py                     # every target of the district tier
    python benchmarks/run.py --tier province --only "patrol list"
    python benchmarks/run.py --json results.json --check

Each room registers its targets in its own module (listed in ``MODULES``) with
``@target``. Demo databases are made once per tier and seed and cached under
``benchmarks/results/``.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.registry import TARGETS, Result  # noqa: E402

MODULES = [
    "benchmarks.startup",
    "benchmarks.waterquality",
    "benchmarks.registry_room",
    "benchmarks.tracks",
    "benchmarks.reliability",
    "benchmarks.ledgers",
    "benchmarks.patrols",
    "benchmarks.assessment",
    "benchmarks.exchange",
    "benchmarks.reports",
]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tier", choices=["district", "city", "province"], default="district")
    parser.add_argument("--json", type=Path, help="write the results as JSON here")
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    parser.add_argument("--only", help="run only targets whose name contains this text")
    args = parser.parse_args(argv)
    for module in MODULES:
        importlib.import_module(module)
    rows = []
    missed = 0
    for t in TARGETS:
        if args.only and args.only not in t.name:
            continue
        if args.tier not in t.tiers:
            continue
        started = time.perf_counter()
        result: Result = t.fn(args.tier)
        elapsed = time.perf_counter() - started
        limit = result.limit if result.limit is not None else t.limit
        ok = limit is None or result.value <= limit
        missed += 0 if ok else 1
        rows.append({
            "target": t.name, "tier": args.tier, "value": round(result.value, 4),
            "limit": None if limit is None else round(limit, 4), "unit": t.unit,
            "ok": ok, "issue": t.issue, "detail": result.detail,
            "wall_s": round(elapsed, 2),
        })
        print(f"{t.name:<55} {result.value:>10.3f} {t.unit:<4} "
              f"limit {'-' if limit is None else f'{limit:.3f}':>9}  {'ok' if ok else 'MISSED'}",
              flush=True)
    if args.json:
        args.json.write_text(json.dumps(rows, ensure_ascii=False, indent=2), encoding="utf-8")
    print("\n| target | tier | value | limit | unit | ok |\n|---|---|---|---|---|---|")
    for r in rows:
        print(f"| {r['target']} | {r['tier']} | {r['value']} | {r['limit']} | {r['unit']} | "
              f"{'yes' if r['ok'] else 'NO'} |")
    if args.check and missed:
        print(f"{missed} target(s) missed", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
