"""The security room's heavy work as :class:`ui.shell.jobs.Task` functions, run in their
own process (HACKING: the whole audit log of a busy installation is millions of entries,
each turned into JSON: long enough to hold the GUI's interpreter lock)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from riverchief.security import Actor


def export_audit_file(progress: Any, db_path: str, actor: Actor, target: str) -> int:
    """Write the whole audit log the actor may read to ``target`` (CSV); the entries
    written."""
    from riverchief.db import open_store
    from riverchief.security import audit

    with open_store(Path(db_path)) as store:
        return audit.export_csv(store, actor, Path(target), progress=progress)
