"""Which records travel in packages, with their child rows, and what a chain covers.

A patrol travels with its child rows (the segments it covered, its photos) inside the
patrol's record, so that the chain covers them too; a problem's code is local to each
installation (each office numbers its own ledger).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from riverchief.db import Store
from riverchief.exchange.canonical import encode_row

#: Tables whose records travel in packages.
EXCHANGED_TABLES: set[str] = {
    "area", "water", "segment", "section", "chief", "unit", "assignment", "sign",
    "patrol", "patrol_revision", "track_file", "media", "problem", "problem_event",
    "problem_media",
}

#: The registry: only the office changes it, and sends the changes to chiefs' laptops.
REGISTRY_TABLES: set[str] = {"area", "water", "segment", "section", "chief", "unit",
                             "assignment", "sign"}

#: What the office's packages may carry to a chief's installation (never patrols: a chief's
#: patrols and chain are the chief's own).
OFFICE_TABLES: set[str] = REGISTRY_TABLES | {"problem", "problem_event", "problem_media",
                                             "media"}

#: What only the office may send (a chief's package carrying these is refused).
OFFICE_ONLY_TABLES: set[str] = REGISTRY_TABLES | {"problem_event", "problem_media"}

#: parent table -> (child table, foreign key to the parent, order columns)
CHILDREN: dict[str, list[tuple[str, str, tuple[str, ...]]]] = {
    "patrol": [("patrol_segment", "patrol_id", ("segment_id",)),
               ("patrol_photo", "patrol_id", ("position",))],
}

#: columns each installation keeps for itself: not compared, not overwritten, not sent
#: (a problem's ledger code, and its links to the office's complaints and supervision
#: batches, which stay at the office)
LOCAL_COLUMNS: dict[str, set[str]] = {"problem": {"code", "complaint_id", "batch_id"}}

#: columns each installation computes itself from a record's content — a patrol's verdict:
#: the office judges every patrol again with its rule set in force, without a new revision
#: (riverchief.patrols.service.judge_again). Carried in packages, but two installations'
#: judgements differing is neither a change of the record nor a conflict.
JUDGED_COLUMNS: dict[str, set[str]] = {
    "patrol": {"verdict", "reasons", "ruleset", "coverage", "filled_afterwards"}}


def without_judgement(table: str, row: dict[str, Any]) -> dict[str, Any]:
    """``row`` without the columns each installation judges for itself."""
    judged = JUDGED_COLUMNS.get(table)
    return {k: v for k, v in row.items() if k not in judged} if judged else row


def with_children(store: Store, table: str, row: dict[str, Any]) -> dict[str, Any]:
    """``row`` plus ``_children`` (the child rows, in a stable order) when it has any; a
    row that holds them already (from :func:`children_of_many`) is not read again."""
    specs = CHILDREN.get(table)
    if not specs or "_children" in row:
        return dict(row)
    children: dict[str, list[dict[str, Any]]] = {}
    for child, fk, order in specs:
        children[child] = list(store.db.query(
            f'SELECT * FROM "{child}" WHERE "{fk}" = ? ORDER BY {", ".join(order)}', [row["id"]]))
    return {**row, "_children": children}


def _rows_in(store: Store, table: str, column: str, ids: list[str], order: str = ""
             ) -> Iterator[dict[str, Any]]:
    """The rows of ``table`` whose ``column`` is one of ``ids``, as dicts, read in chunks."""
    for first in range(0, len(ids), 20_000):
        cur = store.conn.execute(
            f'SELECT * FROM "{table}" WHERE "{column}" IN (SELECT value FROM json_each(?))'
            + (f" ORDER BY {order}" if order else ""), [json.dumps(ids[first:first + 20_000])])
        columns = [d[0] for d in cur.description]
        for values in cur:
            yield dict(zip(columns, values, strict=True))


def rows_by_id(store: Store, table: str, ids: list[str]) -> dict[str, dict[str, Any]]:
    """Many rows of ``table`` at once, by id."""
    return {r["id"]: r for r in _rows_in(store, table, "id", ids)}


def children_of_many(store: Store, table: str, ids: list[str]
                     ) -> dict[str, dict[str, list[dict[str, Any]]]]:
    """:func:`with_children`'s ``_children`` of many rows at once, by row id (a row without
    children of a kind gets an empty list, as there)."""
    out: dict[str, dict[str, list[dict[str, Any]]]] = {
        i: {child: [] for child, _, _ in CHILDREN.get(table, [])} for i in ids}
    for child, fk, order in CHILDREN.get(table, []):
        for r in _rows_in(store, child, fk, ids, f'"{fk}", {", ".join(order)}'):
            out[r[fk]][child].append(r)
    return out


def chained_content(row: dict[str, Any]) -> dict[str, Any]:
    """What of a (package-encoded) row a chain entry covers: all but bookkeeping."""
    return {k: v for k, v in encode_row(row).items() if k != "updated_at"}


def outgoing(store: Store, table: str, row: dict[str, Any]) -> dict[str, Any]:
    """A row as it goes into a package: children attached, local columns left out."""
    full = with_children(store, table, row)
    for column in LOCAL_COLUMNS.get(table, ()):
        full.pop(column, None)
    return encode_row(full)
