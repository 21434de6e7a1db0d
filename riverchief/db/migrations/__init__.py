"""The schema, as readable DDL files applied in name order (``0001_initial.sql``, ...).

A file may use ``{{record}}`` for the columns every record table shares (see
:data:`riverchief.db.records.RECORD_COLUMNS`). A migration that needs Python beside its
DDL is a module ``NNNN_name.py`` with a ``migrate(db)`` function.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from importlib import resources

import sqlite_utils
from sqlite_utils.migrations import Migrations

from riverchief.db.records import RECORD_COLUMNS

MIGRATION_SET = "riverchief"


def _sql_migration(text: str) -> Callable[[sqlite_utils.Database], None]:
    code = "\n".join(ln for ln in text.splitlines() if not ln.lstrip().startswith("--"))
    ddl = code.replace("{{record}}", RECORD_COLUMNS)

    def migrate(db: sqlite_utils.Database) -> None:
        # executescript() would COMMIT the open transaction; run statement by statement.
        for statement in _split_sql(ddl):
            db.execute(statement)

    return migrate


def _split_sql(script: str) -> list[str]:
    import sqlite3

    statements, current = [], ""
    for line in script.splitlines(keepends=True):
        current += line
        if sqlite3.complete_statement(current):
            stripped = "\n".join(
                ln for ln in current.splitlines() if not ln.strip().startswith("--")
            ).strip()
            if stripped:
                statements.append(stripped)
            current = ""
    if current.strip() and any(
        not ln.strip().startswith("--") and ln.strip() for ln in current.splitlines()
    ):
        raise ValueError(f"incomplete SQL statement at end of migration: {current[:80]!r}")
    return statements


def migration_names() -> list[str]:
    """All migrations this version of the app knows, in the order they apply."""
    return [name for name, _ in _discover()]


def _discover() -> list[tuple[str, Callable[[sqlite_utils.Database], None]]]:
    found: list[tuple[str, Callable[[sqlite_utils.Database], None]]] = []
    package = resources.files(__name__)
    for entry in package.iterdir():
        name = entry.name
        if not name[:4].isdigit():
            continue
        if name.endswith(".sql"):
            found.append((name[:-4], _sql_migration(entry.read_text(encoding="utf-8"))))
        elif name.endswith(".py"):
            module = importlib.import_module(f"{__name__}.{name[:-3]}")
            found.append((name[:-3], module.migrate))
    found.sort(key=lambda item: item[0])
    return found


def build() -> Migrations:
    """A fresh :class:`Migrations` set holding every migration of this version."""
    migrations = Migrations(MIGRATION_SET)
    for name, fn in _discover():
        migrations(name=name)(fn)
    return migrations
