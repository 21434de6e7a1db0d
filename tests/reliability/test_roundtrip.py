"""A city-tier database survives backup and restore unchanged (issue 11)."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from riverchief.db import backup_now, open_store, records
from riverchief.db.restore import restore
from riverchief.demo import generate


def fingerprint(path: Path) -> dict[str, tuple[int, str]]:
    """Per table: row count and a hash of every row (sorted: some tables have no rowid)."""
    conn = sqlite3.connect(path)
    try:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "ORDER BY name")]
        out = {}
        for t in tables:
            rows = sorted(repr(row) for row in conn.execute(f'SELECT * FROM "{t}"'))
            out[t] = (len(rows), hashlib.sha256("\n".join(rows).encode()).hexdigest())
        return out
    finally:
        conn.close()


@pytest.mark.slow
def test_city_tier_round_trip(tmp_path: Path) -> None:
    db = generate(tmp_path / "city.db", "city", seed=5)
    before = fingerprint(db)
    assert before["area"][0] > 1000  # a city's worth of data, whatever the demo holds now
    with open_store(db) as store:
        saved = backup_now(store, tmp_path / "saved.db")
        with store.db.atomic():  # a day's work after the backup, to be undone
            records.insert(store, "area", {"code": "x", "name": "x", "level": "village",
                                           "parent_id": None}, actor="t")
            store.set_setting("timezone", "Asia/Urumqi")
    assert fingerprint(saved) == before
    aside = restore(saved, db)
    assert fingerprint(db) == before
    assert aside is not None and fingerprint(aside) != before
    with open_store(db) as store:
        from riverchief.db import integrity_report

        assert integrity_report(store) == []
