"""Every SQLite connection the app opens, with the settings that make writes durable.

:func:`connect` is the only place that calls ``sqlite3.connect`` (a test scans the source
so that no new path escapes it). It gives three kinds of connection:

- ``live``: the database the user works in. WAL with ``synchronous=FULL`` (a confirmed
  write survives a power cut), or the rollback journal with ``synchronous=FULL`` on a
  network share, foreign keys on, a busy timeout.
- ``file``: a standalone copy (backups, restore scratch): rollback journal,
  ``synchronous=FULL``, so the copy is complete on disk once written.
- ``readonly``: looking at a file without writing a byte to it.
- ``reader``: a second connection to the live database that only reads (a table model's
  background queries): opened like ``live`` so that it shares the WAL index, with
  ``query_only`` on so it can never write.

:class:`RiverDatabase` is sqlite-utils' ``Database`` whose write transactions start with
``BEGIN IMMEDIATE`` and retry with backoff while another process writes, so that two
processes on one file never show "database is locked" to the user.
"""

from __future__ import annotations

import contextlib
import random
import secrets
import sqlite3
import time
from collections.abc import Generator
from pathlib import Path
from typing import Literal

import sqlite_utils

from riverchief.errors import DatabaseError
from riverchief.i18n import translate

BUSY_TIMEOUT_MS = 15_000
BUSY_RETRY_S = 60.0  # after SQLite's own busy timeout, retry this long before giving up

Role = Literal["live", "file", "readonly", "reader"]


class DatabaseBusy(DatabaseError):
    """Another program kept the database busy for longer than we wait; nothing was saved."""


def is_busy_error(exc: BaseException) -> bool:
    if not isinstance(exc, sqlite3.OperationalError):
        return False
    text = str(exc).lower()
    return "database is locked" in text or "database is busy" in text or "locked" in text


def busy_error(path: object = None) -> DatabaseBusy:
    return DatabaseBusy(
        translate(
            "Database",
            "The database is busy: another program has been writing to it for over a "
            "minute. Nothing was saved; try again in a moment.",
        ),
        where=None if path is None else str(path),
    )


def sqlite_uri(path: Path, mode: str = "ro") -> str:
    """A ``file:`` URI SQLite accepts for ``path`` on Windows and Linux alike.

    ``Path.as_uri()`` writes a UNC path (``\\\\server\\share\\x.db``) as
    ``file://server/share/x.db``, which SQLite on Windows rejects; SQLite wants the
    authority empty: ``file:////server/share/x.db``.
    """
    from urllib.parse import quote

    posix = path.resolve().as_posix()
    if posix.startswith("//"):  # UNC
        prefix = "file://"
    elif len(posix) > 1 and posix[1] == ":":  # C:/...
        prefix = "file:///"
    else:
        prefix = "file://"
    return f"{prefix}{quote(posix, safe='/:')}?mode={mode}"


def connect(
    path: Path | str, *, role: Role = "live", network: bool = False
) -> sqlite3.Connection:
    """Open ``path`` as the given kind of connection (see the module's documentation)."""
    path = Path(path)
    if role == "readonly":
        # One reader at a time uses it, but not always from the same pool thread.
        conn = sqlite3.connect(sqlite_uri(path), uri=True,
                               timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA query_only = ON")
        return conn
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
    if role == "reader":
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA query_only = ON")
        return conn
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if role == "live":
            conn.execute("PRAGMA foreign_keys = ON")
            mode = "delete" if network else "wal"
        else:
            mode = "delete"
        actual = conn.execute(f"PRAGMA journal_mode = {mode.upper()}").fetchone()[0].lower()
        if actual != mode:
            raise DatabaseError(
                translate(
                    "Database", "Could not set the journal mode {mode} (got {actual})."
                ).format(mode=mode, actual=actual),
                where=str(path),
            )
        conn.execute("PRAGMA synchronous = FULL")
    except BaseException:
        conn.close()
        raise
    return conn


def durability(conn: sqlite3.Connection) -> tuple[str, int]:
    """``(journal_mode, synchronous)`` of a connection: ``("wal", 2)`` is WAL + FULL."""
    mode = conn.execute("PRAGMA journal_mode").fetchone()[0].lower()
    sync = conn.execute("PRAGMA synchronous").fetchone()[0]
    return mode, int(sync)


def begin_immediate(conn: sqlite3.Connection, *, retry_s: float = BUSY_RETRY_S) -> None:
    """Start a write transaction, waiting (with backoff) while another process writes."""
    deadline = time.monotonic() + retry_s
    delay = 0.02
    while True:
        try:
            conn.execute("BEGIN IMMEDIATE")
            return
        except sqlite3.OperationalError as exc:
            if not is_busy_error(exc):
                raise
            if time.monotonic() >= deadline:
                raise busy_error() from exc
            time.sleep(delay * (0.5 + random.random()))
            delay = min(delay * 2, 1.0)


class RiverDatabase(sqlite_utils.Database):
    """sqlite-utils' Database with write transactions that wait instead of failing.

    The outermost :meth:`atomic` block starts with ``BEGIN IMMEDIATE``: the write lock is
    taken before anything is read, so a transaction never has to upgrade a stale read
    snapshot (which SQLite refuses at once with "database is locked", busy timeout or
    not). Taking the lock and committing retry with backoff while another process writes.
    """

    retry_s: float = BUSY_RETRY_S

    @contextlib.contextmanager
    def atomic(self) -> Generator[sqlite_utils.Database, None, None]:
        if self.conn.in_transaction:
            savepoint = f"rc_{secrets.token_hex(8)}"
            self.conn.execute(f"SAVEPOINT {savepoint}")
            try:
                yield self
            except BaseException:
                if self.conn.in_transaction:
                    self.conn.execute(f"ROLLBACK TO SAVEPOINT {savepoint}")
                    self.conn.execute(f"RELEASE SAVEPOINT {savepoint}")
                raise
            else:
                self.conn.execute(f"RELEASE SAVEPOINT {savepoint}")
            return
        begin_immediate(self.conn, retry_s=self.retry_s)
        try:
            yield self
        except BaseException:
            self.rollback()
            raise
        self._commit()

    def _commit(self) -> None:
        deadline = time.monotonic() + self.retry_s
        delay = 0.02
        while True:
            try:
                self.conn.execute("COMMIT")
                return
            except sqlite3.OperationalError as exc:
                # In rollback-journal mode a reader can hold the commit up; the transaction
                # stays open, so committing again is safe.
                if is_busy_error(exc) and self.conn.in_transaction:
                    if time.monotonic() < deadline:
                        time.sleep(delay * (0.5 + random.random()))
                        delay = min(delay * 2, 1.0)
                        continue
                    self.rollback()
                    raise busy_error() from exc
                self.rollback()
                raise
            except BaseException:
                self.rollback()
                raise
