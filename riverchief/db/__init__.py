"""The database: one SQLite file per installation, opened safely and migrated.

:func:`open_store` is the only way the app opens a database. It refuses files that are not
SQLite, databases of other programs and databases written by a newer RiverChief, without
writing a byte to them; it sets WAL with ``synchronous=FULL`` (rollback journal on a
network share), foreign keys and a busy timeout; it takes a backup before migrating and
applies all pending migrations in one transaction, so a failed migration leaves the file
as it was.
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
import weakref
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlite_utils

from riverchief import __version__
from riverchief.db import connection as _connection
from riverchief.db import migrations as _migrations
from riverchief.db.backup import DEFAULT_KEEP, rotating_backup
from riverchief.db.connection import BUSY_TIMEOUT_MS, DatabaseBusy, RiverDatabase
from riverchief.db.location import announce_warnings, is_network_path
from riverchief.db.lock import DatabaseInUse, InstanceLock
from riverchief.db.lock import acquire as acquire_lock
from riverchief.errors import DatabaseError, UserError
from riverchief.files import check_length
from riverchief.i18n import translate
from riverchief.ids import DEFAULT_TIMEZONE, now_iso, uuid7

APPLICATION_ID = 0x52434846  # "RCHF" in PRAGMA application_id marks our files
SQLITE_HEADER = b"SQLite format 3\x00"

__all__ = [
    "APPLICATION_ID", "BUSY_TIMEOUT_MS", "DatabaseBusy", "DatabaseInUse", "Store",
    "backup_before_import", "backup_if_due", "backup_now", "backups_keep", "integrity_report",
    "open_store", "pending_migrations", "set_backups_keep",
]


@dataclass
class Store:
    """An open RiverChief database."""

    db: sqlite_utils.Database
    path: Path
    journal_mode: str  # "wal", or "delete" on a network share
    installation_id: str = ""
    timezone: str = DEFAULT_TIMEZONE
    backups_taken: list[Path] = field(default_factory=list)
    lock: InstanceLock | None = None  # held by the GUI, and by everyone on a network share
    _release: Any = field(default=None, repr=False, compare=False)  # see _opened_here

    @property
    def conn(self) -> sqlite3.Connection:
        return self.db.conn

    @property
    def network(self) -> bool:
        return self.journal_mode == "delete"

    def close(self) -> None:
        self.db.close()
        if self._release is not None:
            self._release()
        if self.lock is not None:
            self.lock.release()
            self.lock = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def schema_version(self) -> int:
        return len(_applied(self.db))

    def setting(self, key: str, default: Any = None) -> Any:
        rows = list(self.db.query("SELECT value FROM setting WHERE key = ?", [key]))
        return json.loads(rows[0]["value"]) if rows else default

    def set_setting(self, key: str, value: Any) -> None:
        with self.db.atomic():
            self.db.execute(
                "INSERT INTO setting (key, value, updated_at) VALUES (?, ?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value, "
                "updated_at = excluded.updated_at",
                [key, json.dumps(value, ensure_ascii=False), now_iso(self.timezone)],
            )


def _describe(path: Path) -> str:
    return str(path)


def _applied(db: sqlite_utils.Database) -> list[str]:
    if not db["_sqlite_migrations"].exists():
        return []
    return [
        row["name"]
        for row in db.query(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY id",
            [_migrations.MIGRATION_SET],
        )
    ]


# The database files (device, inode) this process has open through open_store, and how
# many times. Their header is not read again with a plain open(): closing any descriptor
# of a file drops every POSIX lock the process holds on it, SQLite's shared lock included,
# and a task's process closing its own connection then takes the file for unused and
# deletes the WAL under this process's open connection (which goes on reading, and
# writing, a deleted WAL: another process's import was invisible to the GUI).
_OPEN_HERE: Counter[tuple[int, int]] = Counter()
_OPEN_LOCK = threading.Lock()


def _file_key(path: Path) -> tuple[int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    if not st.st_ino:  # a file system with no file ids (some Windows shares): no key
        return None
    return (st.st_dev, st.st_ino)


def _opened_here(store: Store) -> None:
    key = _file_key(store.path)
    if key is None:
        return
    with _OPEN_LOCK:
        _OPEN_HERE[key] += 1

    def release() -> None:
        with _OPEN_LOCK:
            _OPEN_HERE[key] -= 1
            if _OPEN_HERE[key] <= 0:
                del _OPEN_HERE[key]

    # once: at close, or when a store never closed is collected
    store._release = weakref.finalize(store, release)


def _inspect_existing(path: Path) -> None:
    """Refuse, without writing, a file that is not a RiverChief database or is too new."""
    key = _file_key(path)
    if key is not None and key in _OPEN_HERE:
        return  # open here already, so checked when first opened (and see _OPEN_HERE)
    try:
        if path.is_dir():  # Windows refuses to open one with PermissionError
            raise IsADirectoryError(21, "Is a directory", str(path))
        with path.open("rb") as f:
            header = f.read(16)
    except PermissionError as exc:
        raise DatabaseError(
            translate("Database", "Cannot read the file: permission denied."), where=str(path)
        ) from exc
    except IsADirectoryError as exc:
        raise DatabaseError(
            translate("Database", "This is a folder, not a database file."), where=str(path)
        ) from exc
    if len(header) == 0:
        return  # an empty file becomes a new database
    if header != SQLITE_HEADER:
        raise DatabaseError(
            translate(
                "Database",
                "This file is not a RiverChief database (it is not an SQLite file). "
                "It was not changed.",
            ),
            where=str(path),
        )
    try:
        conn = _connection.connect(path, role="readonly")
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(
            translate(
                "Database", "The database file is damaged and cannot be read ({error})."
            ).format(error=exc),
            where=str(path),
        ) from exc
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        tables = {
            r[0]
            for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        applied: list[str] = []
        if "_sqlite_migrations" in tables:
            applied = [
                r[0]
                for r in conn.execute(
                    "SELECT name FROM _sqlite_migrations WHERE migration_set = ?",
                    [_migrations.MIGRATION_SET],
                )
            ]
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        raise DatabaseError(
            translate(
                "Database", "The database file is damaged and cannot be read ({error})."
            ).format(error=exc),
            where=str(path),
        ) from exc
    finally:
        conn.close()
    if app_id != APPLICATION_ID and tables:
        raise DatabaseError(
            translate(
                "Database",
                "This SQLite file belongs to another program, not RiverChief. "
                "It was not changed.",
            ),
            where=str(path),
        )
    unknown = [name for name in applied if name not in _migrations.migration_names()]
    if unknown:
        raise DatabaseError(
            translate(
                "Database",
                "This database was written by a newer version of RiverChief (schema "
                "{theirs}, this app knows {ours}). Install the newer version to open it; "
                "the file was not changed.",
            ).format(theirs=len(applied), ours=len(_migrations.migration_names())),
            where=str(path),
        )


def _check_folder(path: Path, create: bool) -> None:
    folder = path.parent
    if not folder.exists():
        if not create:
            raise DatabaseError(
                translate("Database", "The folder does not exist."), where=str(folder)
            )
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DatabaseError(
                translate("Database", "Cannot create the folder: {error}").format(
                    error=exc.strerror or exc
                ),
                where=str(folder),
            ) from exc
    if not os.access(folder, os.W_OK):
        raise DatabaseError(
            translate(
                "Database",
                "The folder is read-only. RiverChief writes its journal beside the "
                "database: copy the file to a folder you can write to, or ask for write "
                "access.",
            ),
            where=str(folder),
        )


def open_store(
    path: Path | str,
    *,
    create: bool = False,
    migrate: bool = True,
    backup_keep: int = DEFAULT_KEEP,
    instance_lock: bool = False,
) -> Store:
    """Open (and with ``create`` make) a RiverChief database at ``path``.

    Raises :class:`DatabaseError` with a message naming the file when it cannot be used.
    ``instance_lock`` (the GUI) takes the instance lock beside the file, so a second app
    instance is told who has the file open (:class:`DatabaseInUse`). On a network share
    the database is opened in rollback-journal mode and every process takes that lock:
    one writer at a time.
    """
    path = Path(path)
    exists = path.exists()
    if not exists and not create:
        raise DatabaseError(translate("Database", "No database at this path."), where=str(path))
    if not exists:  # Windows: a path too long for SQLite's journal, said before creating
        check_length(path, margin=len("-journal"))
    _check_folder(path, create)
    if exists:
        _inspect_existing(path)
    network = is_network_path(path)
    lock = acquire_lock(path, network=network) if (network or instance_lock) else None
    try:
        conn = _connection.connect(path, role="live", network=network)
        mode = _connection.durability(conn)[0]
    except BaseException as exc:
        if lock is not None:
            lock.release()
        if not isinstance(exc, sqlite3.Error):
            raise
        raise DatabaseError(
            translate("Database", "Cannot open the database: {error}").format(error=exc),
            where=str(path),
        ) from exc
    try:
        db = RiverDatabase(conn, recursive_triggers=True)
        store = Store(db=db, path=path, journal_mode=mode, lock=lock)
        if migrate:
            _migrate(store, backup_keep=backup_keep)
        _load_identity(store)
        _opened_here(store)
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:  # locked, or damaged inside
        conn.close()
        if lock is not None:
            lock.release()
        raise DatabaseError(
            translate("Database", "Cannot use the database: {error}").format(error=exc),
            where=str(path),
        ) from exc
    except BaseException:
        conn.close()
        if lock is not None:
            lock.release()
        raise
    announce_warnings(path)  # a folder a sync client copies: the command line says so
    return store


def _load_identity(store: Store) -> None:
    if not store.db["installation"].exists():
        return
    rows = list(store.db.query("SELECT id FROM installation LIMIT 1"))
    if rows:
        store.installation_id = rows[0]["id"]
    store.timezone = store.setting("timezone", DEFAULT_TIMEZONE)


def pending_migrations(store: Store) -> list[str]:
    applied = set(_applied(store.db))
    return [name for name in _migrations.migration_names() if name not in applied]


def _migrate(store: Store, *, backup_keep: int) -> None:
    pending = pending_migrations(store)
    if not pending:
        return
    fresh = not _applied(store.db)
    if not fresh:
        if "setting" in store.db.table_names():
            backup_keep = _keep(store.setting("backups_keep", backup_keep))
        store.backups_taken.append(
            rotating_backup(store.conn, store.path, "before-migration", keep=backup_keep)
        )
    migrations = _migrations.build()
    db = store.db
    # One outer transaction: sqlite-utils runs each migration in a savepoint inside it,
    # so a failure anywhere leaves the file exactly as it was.
    with db.atomic():
        migrations.apply(db)
        db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        if fresh:
            db.execute(
                "INSERT INTO installation (id, created_at, app_version) VALUES (?, ?, ?)",
                [uuid7(), now_iso(), __version__],
            )


def integrity_report(store: Store) -> list[str]:
    """Everything wrong with the file: integrity, foreign keys, schema. Empty when healthy."""
    problems: list[str] = []
    for (line,) in store.conn.execute("PRAGMA integrity_check").fetchall():
        if line != "ok":
            problems.append(translate("Database", "integrity: {line}").format(line=line))
    for row in store.conn.execute("PRAGMA foreign_key_check").fetchall():
        problems.append(
            translate(
                "Database", "foreign key: row {rowid} of {table} points to a missing {parent}"
            ).format(table=row[0], rowid=row[1], parent=row[2])
        )
    missing = pending_migrations(store)
    if missing:
        problems.append(
            translate("Database", "schema: migrations not applied: {names}").format(
                names=", ".join(missing)
            )
        )
    if store.conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
        problems.append(translate("Database", "schema: the file is not marked as RiverChief's"))
    return problems


def backup_before_import(store: Store, what: str = "import") -> Path:
    """The rotating backup every import takes first: call it before the import's transaction.

    ``what`` names the import in the backup's file name (lower-case letters and dashes,
    e.g. ``"package-import"``); how many backups are kept is the ``backups_keep`` setting.
    """
    return backup_now(store, reason="before-" + _reason(what))


def _reason(text: str) -> str:
    import re

    cleaned = re.sub(r"[^a-z]+", "-", text.lower()).strip("-")
    return cleaned or "import"


def backup_now(store: Store, dest: Path | None = None, reason: str = "manual") -> Path:
    """A consistent copy of the open database (to ``dest``, or the rotating backups folder)."""
    from riverchief.db.backup import backup_to

    if dest is not None:
        return backup_to(store.conn, dest)
    return rotating_backup(store.conn, store.path, reason, keep=backups_keep(store))


MAX_KEEP = 1000
DAILY_S = 24 * 3600


def _keep(value: Any) -> int:
    try:
        n = int(value)
    except (TypeError, ValueError):
        return DEFAULT_KEEP
    return min(max(n, 1), MAX_KEEP)


def backups_keep(store: Store) -> int:
    """How many rotating backups are kept (the ``backups_keep`` setting, default 10)."""
    return _keep(store.setting("backups_keep", DEFAULT_KEEP))


def set_backups_keep(store: Store, n: int) -> None:
    """Change how many rotating backups are kept; older ones go at the next backup."""
    if not isinstance(n, int) or isinstance(n, bool) or not 1 <= n <= MAX_KEEP:
        raise UserError(
            translate("Database", "Keep between 1 and {most} backups (not {n}).").format(
                most=MAX_KEEP, n=n
            )
        )
    store.set_setting("backups_keep", n)


def backup_if_due(store: Store, *, every_s: float = DAILY_S, now: float | None = None
                  ) -> Path | None:
    """The daily backup: taken when the newest backup of this database is older than a day.

    The app calls this while it is used (at open, then every hour); returns the new
    backup, or None when a recent one exists.
    """
    import time

    from riverchief.db.backup import list_backups

    newest = max((p.stat().st_mtime for p in list_backups(store.path)), default=None)
    if newest is not None and (time.time() if now is None else now) - newest < every_s:
        return None
    return backup_now(store, reason="daily")
