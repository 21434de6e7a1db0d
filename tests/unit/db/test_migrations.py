"""Migrations: upgrade after a backup, newer files refused, a failure leaves the file as it was."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
import sqlite_utils

from riverchief.db import migrations as migrations_module
from riverchief.db import open_store
from riverchief.db.backup import list_backups
from riverchief.errors import DatabaseError


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def make_old(path: Path, upto: str) -> None:
    """A database as an earlier version left it: migrations applied up to ``upto``."""
    with open_store(path, create=True, migrate=False) as store:
        migrations = migrations_module.build()
        names = migrations_module.migration_names()
        stop = names[names.index(upto) + 1] if names.index(upto) + 1 < len(names) else None
        with store.db.atomic():
            migrations.apply(store.db, stop_before=stop)
            store.db.execute("PRAGMA application_id = 1380141126")
            store.db.execute(
                "INSERT INTO installation (id, created_at, app_version) VALUES (?,?,?)",
                ["0190f1a0-0000-7000-8000-000000000001", "2026-01-01T00:00:00+08:00", "0.0.1"],
            )


def test_upgrade_from_first_version_keeps_data_and_backs_up(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    make_old(path, "0001_initial")
    raw = sqlite3.connect(path)
    raw.execute("INSERT INTO setting (key, value, updated_at) VALUES ('timezone', "
                "'\"Asia/Urumqi\"', '2026-01-01T00:00:00+08:00')")
    raw.commit()
    raw.close()
    with open_store(path) as store:
        assert store.schema_version() == len(migrations_module.migration_names())
        assert store.timezone == "Asia/Urumqi"
        assert store.installation_id == "0190f1a0-0000-7000-8000-000000000001"
        assert "area" in store.db.table_names()
        assert len(store.backups_taken) == 1
    backups = list_backups(path)
    assert len(backups) == 1
    old = sqlite_utils.Database(backups[0])
    assert "area" not in old.table_names()  # the backup is the file as it was


def test_newer_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    with open_store(path, create=True) as store:
        store.db["_sqlite_migrations"].insert(
            {"migration_set": "riverchief", "name": "9999_from_the_future",
             "applied_at": "2030-01-01"}
        )
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = digest(path)
    with pytest.raises(DatabaseError) as err:
        open_store(path)
    assert "更新版本" in str(err.value)
    assert digest(path) == before


def test_failed_migration_leaves_file_as_it_was(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "old.db"
    make_old(path, "0001_initial")
    before_dump = list(sqlite3.connect(path).iterdump())

    real = migrations_module._discover

    def with_broken_last():
        found = real()

        def broken(db: sqlite_utils.Database) -> None:
            db.execute("CREATE TABLE half_done (x)")
            raise RuntimeError("disk on fire")

        return [*found, ("9000_broken", broken)]

    monkeypatch.setattr(migrations_module, "_discover", with_broken_last)
    with pytest.raises(RuntimeError, match="disk on fire"):
        open_store(path)
    after_dump = list(sqlite3.connect(path).iterdump())
    assert after_dump == before_dump


def test_sql_splitter_keeps_statements_whole() -> None:
    script = "-- comment\nCREATE TABLE a (x TEXT DEFAULT ';');\n\nCREATE INDEX i ON a (x);\n"
    assert migrations_module._split_sql(script) == [
        "CREATE TABLE a (x TEXT DEFAULT ';');",
        "CREATE INDEX i ON a (x);",
    ]
