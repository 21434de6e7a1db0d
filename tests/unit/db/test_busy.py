"""Two writers on one file: write transactions wait and retry instead of failing."""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

import pytest

from riverchief.db import DatabaseBusy, open_store, records
from riverchief.db.connection import is_busy_error


def area(code: str) -> dict:
    return {"code": code, "name": code, "level": "district", "parent_id": None}


def test_write_transaction_takes_the_write_lock_before_reading(tmp_path: Path) -> None:
    """A stale read snapshot cannot be upgraded, busy timeout or not: so never take one."""
    db = tmp_path / "a.db"
    with open_store(db, create=True) as store, open_store(db) as other:
        rid = records.insert(store, "area", area("1"), actor="a")
        with store.db.atomic():
            records.get(store, "area", rid)  # a read first, as update() does
            with pytest.raises(sqlite3.OperationalError) as err:
                other.conn.execute("PRAGMA busy_timeout = 0")
                other.conn.execute("BEGIN IMMEDIATE")
            assert is_busy_error(err.value)
        other.conn.execute("PRAGMA busy_timeout = 15000")


def test_plain_deferred_transaction_would_fail_at_once(tmp_path: Path) -> None:
    """What BEGIN IMMEDIATE prevents: SQLite refuses to upgrade a stale snapshot."""
    db = tmp_path / "a.db"
    with open_store(db, create=True) as store, open_store(db) as other:
        conn = store.conn
        conn.execute("BEGIN")
        conn.execute("SELECT count(*) FROM area").fetchone()
        records.insert(other, "area", area("2"), actor="b")
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            conn.execute("INSERT INTO setting (key, value, updated_at) VALUES ('k', '1', 'x')")
        conn.execute("ROLLBACK")


def test_writer_waits_for_the_other_and_succeeds(tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    with open_store(db, create=True) as store, open_store(db) as other:
        rid = records.insert(store, "area", area("1"), actor="a")
        started = threading.Event()

        def hold() -> None:
            with other.db.atomic():
                other.db.execute("UPDATE area SET name = 'held' WHERE id = ?", [rid])
                started.set()
                time.sleep(0.4)

        t = threading.Thread(target=hold)
        t.start()
        started.wait()
        after = records.update(store, "area", rid, {"name": "mine"}, actor="a")
        t.join()
        assert after["revision"] == 2
        assert records.get(store, "area", rid)["name"] == "mine"


def test_a_writer_that_never_lets_go_gives_a_clear_message(tmp_path: Path, english) -> None:
    db = tmp_path / "a.db"
    with open_store(db, create=True) as store, open_store(db) as other:
        store.conn.execute("PRAGMA busy_timeout = 20")
        store.db.retry_s = 0.3
        other.conn.execute("BEGIN IMMEDIATE")
        try:
            with pytest.raises(DatabaseBusy) as err:
                records.insert(store, "area", area("1"), actor="a")
        finally:
            other.conn.execute("ROLLBACK")
        assert "locked" not in str(err.value)
        assert "busy" in str(err.value) and "Nothing was saved" in str(err.value)
        assert store.db["area"].count == 0
        assert not store.conn.in_transaction
