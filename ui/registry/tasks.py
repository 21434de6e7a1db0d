"""The registry's import and export as :class:`ui.shell.jobs.Task` functions, each run in
a process of its own (HACKING: parsing a big CSV or workbook on the lane thread holds the
interpreter lock long enough to freeze the window)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from riverchief.security import Actor


def import_file(progress: Any, db_path: str, actor: Actor, path: str, valid_only: bool,
                datum: str) -> Any:
    """Import one registry file in one transaction; its :class:`ImportReport` (counts and
    the bad rows) comes back. Bad rows without ``valid_only`` raise ``ImportRejected``
    (which carries the report back to the page) and nothing is written."""
    from riverchief.db import open_store
    from riverchief.registry.transfer import import_file as import_registry_file

    with open_store(Path(db_path)) as store:
        return import_registry_file(store, actor, Path(path), valid_only=valid_only,
                                    datum=datum, progress=progress)


def export_file(progress: Any, db_path: str, actor: Actor, path: str) -> dict[str, int]:
    """Write the registry to ``path``; the rows written per table."""
    from riverchief.db import open_store
    from riverchief.registry.transfer import export_file as export_registry_file

    with open_store(Path(db_path)) as store:
        return export_registry_file(store, actor, Path(path))
