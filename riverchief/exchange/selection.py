"""What a chief's package carries: their records the office has not acknowledged yet."""

from __future__ import annotations

from typing import Any

from riverchief.db import Store
from riverchief.exchange.export import pending_rows
from riverchief.periods import Period

#: A chief's own records, in the order they are exported (parents before children), with
#: the column that dates them for ``--period``. Rooms add theirs here.
CHIEF_RECORD_TABLES: dict[str, str] = {}


def chief_items(
    store: Store, chief_id: str, period: Period | None = None
) -> list[tuple[str, dict[str, Any]]]:
    items: list[tuple[str, dict[str, Any]]] = []
    tables = set(store.db.table_names())
    for table, date_column in CHIEF_RECORD_TABLES.items():
        if table not in tables:
            continue
        for row in pending_rows(store, table, chief_id):
            if period is not None:
                day = str(row.get(date_column) or "")[:10]
                if not (period.start.isoformat() <= day <= period.end.isoformat()):
                    continue
            items.append((table, row))
    return items
