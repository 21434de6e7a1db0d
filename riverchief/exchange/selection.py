"""What a chief's package carries: their records the office has not acknowledged yet.

A patrol brings what it needs along: its track file, the media rows of its photos (the
files themselves travel as package members) and its revisions.
"""

from __future__ import annotations

from typing import Any

from riverchief.db import Store
from riverchief.exchange.export import pending_rows
from riverchief.periods import Period

#: A chief's own records, with the column that dates them for ``--period``.
CHIEF_RECORD_TABLES: dict[str, str] = {"patrol": "start_at", "problem": "found_at"}


def _in_period(row: dict[str, Any], column: str, period: Period | None) -> bool:
    if period is None:
        return True
    day = str(row.get(column) or "")[:10]
    return period.start.isoformat() <= day <= period.end.isoformat()


def _patrol_with_parts(store: Store, patrol: dict[str, Any],
                       seen: set[tuple[str, str]]) -> list[tuple[str, dict[str, Any]]]:
    parts: list[tuple[str, dict[str, Any]]] = []

    def add(table: str, row: dict[str, Any]) -> None:
        if (table, row["id"]) not in seen:
            seen.add((table, row["id"]))
            parts.append((table, row))

    if patrol.get("track_file_id"):
        for row in store.db.query("SELECT * FROM track_file WHERE id = ?",
                                  [patrol["track_file_id"]]):
            add("track_file", row)
    for row in store.db.query(
            "SELECT m.* FROM media m JOIN patrol_photo p ON p.sha256 = m.sha256 "
            "WHERE p.patrol_id = ? ORDER BY p.position", [patrol["id"]]):
        add("media", row)
    add("patrol", patrol)
    for row in store.db.query("SELECT * FROM patrol_revision WHERE patrol_id = ? ORDER BY number",
                              [patrol["id"]]):
        add("patrol_revision", row)
    return parts


def chief_items(
    store: Store, chief_id: str, period: Period | None = None
) -> list[tuple[str, dict[str, Any]]]:
    items: list[tuple[str, dict[str, Any]]] = []
    tables = set(store.db.table_names())
    seen: set[tuple[str, str]] = set()
    for table, date_column in CHIEF_RECORD_TABLES.items():
        if table not in tables:
            continue
        for row in pending_rows(store, table, chief_id):
            if not _in_period(row, date_column, period):
                continue
            if table == "patrol":
                items.extend(_patrol_with_parts(store, row, seen))
            elif (table, row["id"]) not in seen:
                seen.add((table, row["id"]))
                items.append((table, row))
    return items
