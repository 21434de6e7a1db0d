"""Every kept schema version upgrades to the current one with all its content.

Fixtures are made by ``tests/unit/db/fixtures/make.py`` (at each release): a gzipped
database and its table counts.
"""

from __future__ import annotations

import gzip
import json
import sqlite3
from pathlib import Path

import pytest
import sqlite_utils

from riverchief.db import integrity_report, open_store
from riverchief.db import migrations as migrations_module

FIXTURES = sorted((Path(__file__).parent / "fixtures").glob("schema-*.db.gz"))
GROWING = {"_sqlite_migrations", "audit_log", "setting"}  # an upgrade may add rows here


def unpack(fixture: Path, folder: Path) -> tuple[Path, dict]:
    db = folder / "old.db"
    db.write_bytes(gzip.decompress(fixture.read_bytes()))
    manifest = json.loads(fixture.with_name(fixture.name[:-len(".db.gz")] + ".json")
                          .read_text(encoding="utf-8"))
    return db, manifest


def dump(db: Path) -> list[str]:
    conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def test_fixtures_exist_from_the_first_migration_on() -> None:
    first = migrations_module.migration_names()[0]
    assert any(f.name == f"schema-001-{first}.db.gz" for f in FIXTURES)
    assert len(FIXTURES) >= 2


@pytest.mark.parametrize("fixture", FIXTURES, ids=[f.name.split(".")[0] for f in FIXTURES])
def test_kept_schema_upgrades_with_its_content(fixture: Path, tmp_path: Path) -> None:
    db, manifest = unpack(fixture, tmp_path)
    names = migrations_module.migration_names()
    assert manifest["migrations"] == names[:len(manifest["migrations"])]  # never rewritten
    pending = names[len(manifest["migrations"]):]
    with open_store(db) as store:
        assert store.schema_version() == len(names)
        assert integrity_report(store) == []
        assert len(store.backups_taken) == (1 if pending else 0)
        for table, n in manifest["counts"].items():
            now = store.db[table].count
            assert now >= n if table in GROWING else now == n, table
        if "setting" in manifest["counts"] and manifest["migrations"] == names[:1]:
            assert store.timezone == "Asia/Urumqi"


@pytest.mark.parametrize("fixture", FIXTURES, ids=[f.name.split(".")[0] for f in FIXTURES])
def test_failed_upgrade_leaves_the_kept_file_as_it_was(fixture: Path, tmp_path: Path,
                                                       monkeypatch) -> None:
    db, _ = unpack(fixture, tmp_path)
    before = dump(db)
    real = migrations_module._discover

    def with_broken_last():
        def broken(d: sqlite_utils.Database) -> None:
            d.execute("CREATE TABLE half_done (x)")
            raise RuntimeError("disk on fire")

        return [*real(), ("9999_broken", broken)]

    monkeypatch.setattr(migrations_module, "_discover", with_broken_last)
    with pytest.raises(RuntimeError, match="disk on fire"):
        open_store(db)
    assert dump(db) == before  # every row and every schema object as it was
