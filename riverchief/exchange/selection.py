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


def _fetch(store: Store, table: str, column: str, value: Any) -> list[dict[str, Any]]:
    return list(store.db.query(f'SELECT * FROM "{table}" WHERE "{column}" = ?', [value]))


def _with_references(store: Store, items: list[tuple[str, dict[str, Any]]],
                     seen: set[tuple[str, str]]) -> list[tuple[str, dict[str, Any]]]:
    """``items`` plus every registry row they refer to (a segment's water and area, an
    area's parent ...), referenced rows first, so the chief's database has them all."""
    from riverchief.exchange.tables import REGISTRY_TABLES

    fks: dict[str, list[tuple[str, str, str]]] = {}
    out: list[tuple[str, dict[str, Any]]] = []
    placed: set[tuple[str, str]] = set()

    def place(table: str, row: dict[str, Any], depth: int = 0) -> None:
        key = (table, row["id"])
        if key in placed or depth > 50:
            return
        placed.add(key)
        if table not in fks:
            fks[table] = [(r["from"], r["table"], r["to"] or "id") for r in store.db.query(
                f'SELECT * FROM pragma_foreign_key_list("{table}")')]
        for column, ref_table, ref_column in fks[table]:
            value = row.get(column)
            if value is None or ref_table not in REGISTRY_TABLES:
                continue
            for ref in _fetch(store, ref_table, ref_column, value):
                seen.add((ref_table, ref["id"]))
                place(ref_table, ref, depth + 1)
        out.append((table, row))

    for table, row in items:
        place(table, row)
    return out


def office_items(
    store: Store, chief_id: str, peer: str | None = None, *, everything: bool = False
) -> list[tuple[str, dict[str, Any]]]:
    """What the office sends back to a chief's installation besides the receipt.

    Registry changes (the chief's own record, their assignments with the segments, waters
    and areas these need) and problem updates (the chief's problems with their state, their
    timeline and the evidence of the fix). Unless ``everything``, rows whose current
    revision this installation already sent to ``peer`` (the chief's installation), or
    received from it, are left out.
    """
    seen: set[tuple[str, str]] = set()
    items: list[tuple[str, dict[str, Any]]] = []

    def add(table: str, row: dict[str, Any]) -> None:
        if (table, row["id"]) not in seen:
            seen.add((table, row["id"]))
            items.append((table, row))

    for row in _fetch(store, "chief", "id", chief_id):
        add("chief", row)
    for row in store.db.query("SELECT * FROM assignment WHERE chief_id = ? ORDER BY id",
                              [chief_id]):
        add("assignment", row)
    problems = list(store.db.query("SELECT * FROM problem WHERE chief_id = ? ORDER BY id",
                                   [chief_id]))
    for problem in problems:
        add("problem", problem)
        for row in store.db.query("SELECT * FROM problem_event WHERE problem_id = ? "
                                  "ORDER BY seq", [problem["id"]]):
            add("problem_event", row)
        for pm in store.db.query("SELECT * FROM problem_media WHERE problem_id = ? "
                                 "ORDER BY id", [problem["id"]]):
            for media in _fetch(store, "media", "sha256", pm["sha256"]):
                add("media", media)
            add("problem_media", pm)
    if not everything and peer is not None:
        known = {(r["table_name"], r["record_id"], r["record_revision"]) for r in
                 store.db.query(
            "SELECT table_name, record_id, record_revision FROM record_revision "
            "WHERE peer_installation = ? AND status IN ('exported', 'applied', 'history')",
            [peer])}
        items = [(t, r) for t, r in items if (t, r["id"], int(r["revision"])) not in known]
        if items:  # what changed needs its own record, in the chief's database too
            items.insert(0, ("chief", _fetch(store, "chief", "id", chief_id)[0]))
    # the rows they refer to travel along every time: packages may arrive in any order
    return _with_references(store, items, set())
