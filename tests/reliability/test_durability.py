"""Power cuts (issue 11): every connection the app opens is durable, found by scanning.

SIGKILL never loses a committed WAL transaction, so the crash harness cannot catch a
durability mistake; these tests check the settings that give durability instead:

1. the source is scanned for every way to open SQLite (``sqlite3.connect``,
   ``sqlite_utils.Database(...)``): only ``riverchief/db/connection.py`` may call
   ``sqlite3.connect`` and only ``open_store`` may wrap a connection, so a new path cannot
   escape the checks below;
2. every public path that opens a database (open_store, backups, restore, verify, demo,
   the CLI, the GUI's open) is run with :func:`connection.connect` spied on, and each
   connection's journal mode and ``synchronous`` are read as it is handed out;
3. a simulated power cut: the database and WAL files are copied as they are on disk at
   random moments while a writer runs (no checkpoint), and each copy holds every write
   confirmed before it.
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from riverchief.db import connection

ROOT = Path(__file__).resolve().parents[2]

# (file, pattern) pairs allowed to open SQLite; everything else goes through these.
ALLOWED = {
    ("riverchief/db/connection.py", "sqlite3.connect"),
    ("riverchief/db/__init__.py", "RiverDatabase("),
}
PATTERNS = {
    "sqlite3.connect": re.compile(r"\bsqlite3\s*\.\s*connect\s*\("),
    "sqlite_utils.Database(": re.compile(r"\bsqlite_utils\s*\.\s*Database\s*\("),
    "RiverDatabase(": re.compile(r"(?<!class )\bRiverDatabase\s*\("),
    "from sqlite3 import connect": re.compile(r"from\s+sqlite3\s+import\s+[^\n]*\bconnect\b"),
    "from sqlite_utils import Database": re.compile(
        r"from\s+sqlite_utils(\.db)?\s+import\s+[^\n]*\bDatabase\b"),
    "apsw": re.compile(r"\bimport\s+apsw\b"),
}


def app_sources() -> list[Path]:
    return sorted(p for top in ("riverchief", "ui") for p in (ROOT / top).rglob("*.py"))


def test_only_connection_module_opens_sqlite() -> None:
    found = set()
    for path in app_sources():
        text = path.read_text(encoding="utf-8")
        rel = path.relative_to(ROOT).as_posix()
        for name, pattern in PATTERNS.items():
            if pattern.search(text):
                found.add((rel, name))
    escaped = found - ALLOWED
    assert not escaped, (
        f"{sorted(escaped)} open SQLite directly: use riverchief.db.open_store (a live "
        "database) or riverchief.db.connection.connect(path, role=...) (a standalone copy)")
    assert ALLOWED <= found  # the scan does see the real paths


def test_the_scan_catches_a_new_path(tmp_path: Path) -> None:
    sneaky = "import sqlite3\nc = sqlite3 .connect('x.db')\nfrom sqlite_utils import Database\n"
    assert PATTERNS["sqlite3.connect"].search(sneaky)
    assert PATTERNS["from sqlite_utils import Database"].search(sneaky)


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    """Every connection handed out while the test runs, with its settings at that moment."""
    seen: list[dict[str, Any]] = []
    real = connection.connect

    def spy(path: Any, *, role: connection.Role = "live", network: bool = False
            ) -> sqlite3.Connection:
        conn = real(path, role=role, network=network)
        mode, sync = connection.durability(conn)
        seen.append({"path": str(path), "role": role, "network": network, "mode": mode,
                     "sync": sync,
                     "query_only": conn.execute("PRAGMA query_only").fetchone()[0]})
        return conn

    monkeypatch.setattr(connection, "connect", spy)
    return seen


def assert_durable(seen: list[dict[str, Any]]) -> None:
    assert seen
    for c in seen:
        if c["role"] in ("readonly", "reader"):
            assert c["query_only"] == 1, c
        elif c["role"] == "live":
            assert (c["mode"], c["sync"]) == ("delete" if c["network"] else "wal", 2), c
        else:  # a standalone copy: one self-contained file, fully synced
            assert (c["mode"], c["sync"]) == ("delete", 2), c


def test_every_open_path_is_durable(tmp_path: Path, opened: list[dict[str, Any]]) -> None:
    from riverchief.cli import main as cli
    from riverchief.db import backup_before_import, backup_now, open_store, records
    from riverchief.db.restore import restore, verify_backup
    from riverchief.demo import generate

    db = tmp_path / "live.db"
    with open_store(db, create=True) as store:
        records.insert(store, "area", {"code": "1", "name": "x", "level": "district",
                                       "parent_id": None}, actor="t")
        saved = backup_now(store, tmp_path / "saved.db")
        backup_now(store)
        backup_before_import(store, "test import")
    verify_backup(saved)
    restore(saved, db)
    restore(saved, tmp_path / "fresh.db")
    generate(tmp_path / "demo.db", "district", seed=1)
    assert cli(["--db", str(db), "db", "check"]) == 0
    assert cli(["--db", str(db), "db", "backup", "-o", str(tmp_path / "cli.db")]) == 0
    assert cli(["--db", str(db), "db", "restore", str(saved)]) == 0
    roles = {c["role"] for c in opened}
    assert roles == {"live", "file", "readonly"}
    assert_durable(opened)


def test_network_share_connections_are_durable_too(
        tmp_path: Path, opened: list[dict[str, Any]], monkeypatch: pytest.MonkeyPatch) -> None:
    import riverchief.db as db_module

    monkeypatch.setattr(db_module, "is_network_path", lambda path: True)
    with db_module.open_store(tmp_path / "share.db", create=True) as store:
        assert store.journal_mode == "delete"
    assert any(c["network"] for c in opened)
    assert_durable(opened)


def test_gui_open_is_durable(tmp_path: Path, opened: list[dict[str, Any]]) -> None:
    pytest.importorskip("PySide6")
    from ui.shell.context import AppContext

    ctx = AppContext()
    try:
        ctx.open(tmp_path / "gui.db", create=True)
    finally:
        ctx.close()
    assert_durable(opened)


@pytest.mark.slow
def test_simulated_power_cut_loses_no_confirmed_write() -> None:
    from benchmarks import reliability

    result = reliability.power_cuts(snapshots=12, seed=5)
    assert result["snapshots"] == 12
    assert result["confirmed_checked"] > 0
    assert (result["corrupt"], result["lost"]) == (0, 0), result["notes"]
