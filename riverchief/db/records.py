"""The columns every record shares, and the writes that keep them right.

Every record table starts with :data:`RECORD_COLUMNS` (``{{record}}`` in a migration).
Writes go through :func:`insert`, :func:`update` and :func:`tombstone`, which stamp the
timestamps, the origin installation and the revision, and write the audit log entry in
the same transaction as the change.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from riverchief.errors import UserError
from riverchief.i18n import translate
from riverchief.ids import now_iso, uuid7

if TYPE_CHECKING:
    from riverchief.db import Store

RECORD_COLUMNS = """id TEXT PRIMARY KEY NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    origin TEXT NOT NULL,
    revision INTEGER NOT NULL DEFAULT 1,
    deleted_at TEXT"""

SHARED_FIELDS = ("id", "created_at", "updated_at", "origin", "revision", "deleted_at")

# columns whose values never go into the audit log (only whether they changed)
REDACTED_FIELDS = frozenset({"password_hash"})


def _redact(row: dict[str, Any] | None) -> dict[str, Any] | None:
    if row and any(isinstance(v, bytes | bytearray | memoryview) for v in row.values()):
        # binary columns (a packed track, a stored file) go in as size and fingerprint
        row = {k: (f"<{len(bytes(v))} bytes sha256:{hashlib.sha256(bytes(v)).hexdigest()[:16]}>"
                   if isinstance(v, bytes | bytearray | memoryview) else v)
               for k, v in row.items()}
    if not row or not REDACTED_FIELDS & row.keys():
        return row
    # a fingerprint of the secret, so a change shows without the secret itself
    return {k: (f"***{hashlib.sha256(str(v).encode()).hexdigest()[:8]}"
                if k in REDACTED_FIELDS and v else v) for k, v in row.items()}


def _audit(
    store: Store,
    action: str,
    table: str,
    record_id: str,
    before: dict[str, Any] | None,
    after: dict[str, Any] | None,
    actor: str,
) -> None:
    store.db.execute(
        "INSERT INTO audit_log (id, at, actor, action, table_name, record_id, before, after,"
        " origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            uuid7(),
            now_iso(store.timezone),
            actor,
            action,
            table,
            record_id,
            json.dumps(_redact(before), ensure_ascii=False, sort_keys=True) if before else None,
            json.dumps(_redact(after), ensure_ascii=False, sort_keys=True) if after else None,
            store.installation_id,
        ],
    )


def get(store: Store, table: str, record_id: str) -> dict[str, Any] | None:
    rows = list(store.db.query(f'SELECT * FROM "{table}" WHERE id = ?', [record_id]))
    return rows[0] if rows else None


def insert(store: Store, table: str, values: dict[str, Any], *, actor: str) -> str:
    """Insert a new record; returns its id. ``values`` must not set the shared fields."""
    now = now_iso(store.timezone)
    row = dict(values)
    row.setdefault("id", uuid7())
    row.update(created_at=now, updated_at=now, origin=store.installation_id, revision=1)
    row["deleted_at"] = None
    with store.db.atomic():
        store.db[table].insert(row)  # type: ignore[union-attr]
        _audit(store, "insert", table, row["id"], None, row, actor)
    return str(row["id"])


def update(
    store: Store,
    table: str,
    record_id: str,
    changes: dict[str, Any],
    *,
    actor: str,
    expected_revision: int | None = None,
) -> dict[str, Any]:
    """Change fields of a record, bump its revision and audit it; returns the new row.

    ``expected_revision`` guards against a lost update: if someone saved the record in
    between, the write is refused.
    """
    bad = set(changes) & set(SHARED_FIELDS)
    if bad:
        raise ValueError(f"shared fields cannot be changed directly: {sorted(bad)}")
    with store.db.atomic():
        before = get(store, table, record_id)
        if before is None or before["deleted_at"] is not None:
            raise UserError(translate("Records", "The record no longer exists."))
        if expected_revision is not None and before["revision"] != expected_revision:
            raise UserError(
                translate(
                    "Records",
                    "Someone else changed this record meanwhile; reload it and try again.",
                )
            )
        after = dict(before)
        after.update(changes)
        after["revision"] = before["revision"] + 1
        after["updated_at"] = now_iso(store.timezone)
        store.db[table].update(record_id, {**changes, "revision": after["revision"],  # type: ignore[union-attr]
                                           "updated_at": after["updated_at"]})
        _audit(store, "update", table, record_id, before, after, actor)
    return after


def tombstone(store: Store, table: str, record_id: str, *, actor: str,
              reason: str | None = None) -> None:
    """Mark a record deleted; the row stays so that a merge can carry the deletion. A
    ``reason`` is kept in the audit log's entry (as its ``after``: the deletion and why)."""
    with store.db.atomic():
        before = get(store, table, record_id)
        if before is None or before["deleted_at"] is not None:
            return
        now = now_iso(store.timezone)
        store.db[table].update(  # type: ignore[union-attr]
            record_id, {"deleted_at": now, "updated_at": now, "revision": before["revision"] + 1}
        )
        after = None if reason is None else {"deleted_at": now, "reason": reason}
        _audit(store, "delete", table, record_id, before, after, actor)


def deletion_reason(store: Store, table: str, record_id: str) -> tuple[str, str, str] | None:
    """(when, by whom, why) of the deletion of a record given with a reason, if any."""
    row = store.conn.execute(
        "SELECT at, actor, after FROM audit_log WHERE table_name = ? AND record_id = ?"
        " AND action = 'delete' AND after IS NOT NULL ORDER BY id DESC LIMIT 1",
        [table, record_id]).fetchone()
    if row is None:
        return None
    return row[0], row[1], str(json.loads(row[2]).get("reason", ""))


def _sql_value(value: Any) -> Any:
    if isinstance(value, (dict, list, tuple)):
        return json.dumps(value, ensure_ascii=False)
    return value


def insert_many(
    store: Store,
    table: str,
    rows: list[dict[str, Any]],
    *,
    actor: str,
    summary: str,
    batch_size: int = 1000,
) -> int:
    """Bulk insert (demo data, imports) with one audit entry naming what was added.

    The caller wraps this in a transaction; rows get the shared fields like :func:`insert`.
    """
    now = now_iso(store.timezone)
    stamped = []
    for values in rows:
        row = dict(values)
        row.setdefault("id", uuid7())
        row.update(created_at=now, updated_at=now, origin=store.installation_id, revision=1,
                   deleted_at=None)
        stamped.append(row)
    if stamped:
        # executemany is about three times faster than sqlite-utils' insert_all here
        columns: dict[str, None] = {}
        for row in stamped:
            columns.update(dict.fromkeys(row))
        names = list(columns)
        sql = (f'INSERT INTO "{table}" ({", ".join(f"[{c}]" for c in names)}) '
               f'VALUES ({", ".join("?" * len(names))})')
        for start in range(0, len(stamped), batch_size):
            batch = [tuple(r.get(c) for c in names) for r in stamped[start:start + batch_size]]
            store.conn.execute("SAVEPOINT insert_many_batch")
            try:
                store.conn.executemany(sql, batch)
            except sqlite3.ProgrammingError:
                # lists and dicts are stored as JSON text, as sqlite-utils' insert_all did;
                # the rows of this batch written before the failing one are undone first
                store.conn.execute("ROLLBACK TO insert_many_batch")
                store.conn.executemany(sql, [tuple(_sql_value(v) for v in row)
                                             for row in batch])
            store.conn.execute("RELEASE insert_many_batch")
        _audit(store, "bulk-insert", table, "", None, {"summary": summary, "count": len(stamped)},
               actor)
    return len(stamped)


def insert_rows(
    store: Store,
    table: str,
    columns: Sequence[str],
    rows: Iterable[Sequence[Any]],
    *,
    actor: str,
    summary: str,
) -> int:
    """Bulk insert of plain tuples, for millions of rows (the province demo).

    Like :func:`insert_many` without building a dict per row: ``columns`` names the
    values of each row and must start with ``id``; the shared fields are stamped the
    same way and one audit entry names what was added. The caller wraps it in a
    transaction.
    """
    if not columns or columns[0] != "id":
        raise ValueError("the first column must be id")
    now = now_iso(store.timezone)
    origin = store.installation_id
    names = ["id", "created_at", "updated_at", "origin", "revision", "deleted_at",
             *columns[1:]]
    sql = (f'INSERT INTO "{table}" ({", ".join(names)}) '
           f'VALUES ({", ".join("?" * len(names))})')
    count = 0

    def stamped() -> Iterator[tuple[Any, ...]]:
        nonlocal count
        for row in rows:
            count += 1
            yield (row[0], now, now, origin, 1, None, *row[1:])

    store.conn.executemany(sql, stamped())
    if count:
        _audit(store, "bulk-insert", table, "", None, {"summary": summary, "count": count},
               actor)
    return count
