"""Demo databases for benchmarks, made once per tier and seed and kept in benchmarks/results/."""

from __future__ import annotations

from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "results"


def demo_db(tier: str, seed: int = 2026) -> Path:
    from riverchief import __version__
    from riverchief.db import migrations
    from riverchief.demo import FIXED_AS_OF, generate

    RESULTS.mkdir(parents=True, exist_ok=True)
    schema = len(migrations.migration_names())
    path = RESULTS / f"demo-{tier}-{seed}-v{__version__}-s{schema}.db"
    if not path.exists():
        generate(path, tier, seed, as_of=FIXED_AS_OF)
    return path
