"""The shell's long jobs as :class:`ui.shell.jobs.Task` functions, run in their own process.

A task function is module-level and takes the progress first, then picklable arguments
(see ``ui/shell/jobs.py``); it returns a picklable result.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any


def make_demo(progress: Any, target: str, tier: str = "district") -> str:
    """The demo database of ``tier`` at ``target`` (the first-run choice)."""
    from riverchief.demo import generate

    return str(generate(Path(target), tier, progress=progress))


def update_database(progress: Any, path: str) -> list[str]:
    """Bring the database at ``path`` up to this version's schema (the backup before the
    migration first); the backups taken. Run before the window opens a file of an older
    version: migrating a province's two million patrols takes minutes."""
    from riverchief.db import open_store

    with open_store(Path(path)) as store:
        return [str(p) for p in store.backups_taken]
