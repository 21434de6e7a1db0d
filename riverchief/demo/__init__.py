"""The synthetic demo district (示范区), deterministic by seed, at three scale tiers.

``generate(path, tier, seed, as_of=...)`` makes a complete database as it stands on the day
``as_of`` (default: today): no record is dated after it (the year's patrols stop there).
Each capability adds its data as one *step* listed in :data:`STEP_MODULES` — a function
``step(ctx)`` that reads what earlier steps made from ``ctx`` and writes its own records
through the core's functions.
Every random choice comes from ``ctx.rng``, so the same seed gives the same records.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from riverchief.db import Store, open_store
from riverchief.errors import UserError
from riverchief.files import part_path, replace
from riverchief.i18n import translate
from riverchief.progress import SILENT, Progress, check


@dataclass(frozen=True)
class Tier:
    """How big a demo is: the DESIGN.md scale tiers."""

    name: str
    cities: int  # 0: the root is a district
    districts_per_city: int
    townships_per_district: int
    villages_per_township: int
    chiefs: int
    segments: int
    sections: int
    patrols_per_year: int


TIERS: dict[str, Tier] = {
    "district": Tier("district", 0, 1, 12, 8, 150, 80, 30, 6_000),
    "city": Tier("city", 1, 10, 12, 10, 1_500, 800, 300, 60_000),
    "province": Tier("province", 12, 10, 12, 28, 60_000, 30_000, 3_000, 2_500_000),
}

DEMO_ACTOR = "demo"
DEFAULT_SEED = 2026
# The day the tests and the benchmarks' cached demos are made as of, so that they are the
# same whenever they run (the app's own ``riverchief demo`` is as of today).
FIXED_AS_OF = date(2026, 11, 28)


@dataclass
class DemoContext:
    """What a demo step needs: the store, the tier, the random source and earlier results."""

    store: Store
    tier: Tier
    rng: random.Random
    progress: Progress
    made: dict[str, Any] = field(default_factory=dict)
    as_of: date = field(default_factory=date.today)  # the demo's today: nothing after it


Step = Callable[[DemoContext], None]


#: The demo steps in the order they run; each is ``riverchief.demo.<name>.generate``.
STEP_MODULES = ["areas", "registry", "patrols", "chains", "waterquality", "ledgers"]


def _steps() -> list[tuple[str, Step]]:
    import importlib

    return [
        (name, importlib.import_module(f"riverchief.demo.{name}").generate)
        for name in STEP_MODULES
    ]


def generate(
    path: Path, tier: str = "district", seed: int = DEFAULT_SEED, progress: Progress = SILENT,
    as_of: date | None = None,
) -> Path:
    """Write a new demo database at ``path`` (which must not exist yet), as it stands on
    ``as_of`` (default: today)."""
    if tier not in TIERS:
        raise UserError(
            translate("Demo", "Unknown tier '{tier}': choose district, city or province.").format(
                tier=tier
            )
        )
    if path.exists():
        raise UserError(
            translate("Demo", "The file already exists; choose a new file name."), where=str(path)
        )
    part = part_path(path)
    for suffix in ("", "-wal", "-shm"):
        Path(str(part) + suffix).unlink(missing_ok=True)
    steps = _steps()
    try:
        with open_store(part, create=True) as store:
            _scratch(store, True)
            day = as_of or date.today()
            ctx = DemoContext(store, TIERS[tier], random.Random(seed), progress, as_of=day)
            store.set_setting("demo", {"tier": tier, "seed": seed, "as_of": day.isoformat()})
            for n, (name, step) in enumerate(steps):
                check(progress)
                progress.report(n, len(steps), name)
                with store.db.atomic():
                    step(ctx)
            progress.report(len(steps), len(steps), "")
            _scratch(store, False)
    except BaseException:
        for suffix in ("", "-wal", "-shm"):
            Path(str(part) + suffix).unlink(missing_ok=True)
        raise
    replace(part, path)
    return path


def _scratch(store: Store, on: bool) -> None:
    """Build the ``.part`` file as a scratch file, then make it a normal durable database.

    The half-made file is deleted on any failure, so while it is built it needs neither a
    write-ahead log (millions of rows would pass through it twice) nor an fsync per step:
    an in-memory rollback journal still undoes a failed step. At the end the file gets the
    app's own settings back (WAL, ``synchronous=FULL``) and one full sync.
    """
    conn = store.conn
    if on:
        conn.execute("PRAGMA journal_mode = MEMORY")
        conn.execute("PRAGMA synchronous = OFF")
        return
    mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if str(mode).lower() != "wal":
        raise RuntimeError(f"demo database left in journal mode {mode}")
    conn.execute("PRAGMA synchronous = FULL")
