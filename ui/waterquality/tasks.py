"""The water-quality samples import as a :class:`ui.shell.jobs.Task` function, run in a
process of its own (HACKING: reading and checking a big CSV or workbook on the lane thread
holds the interpreter lock long enough to freeze the window)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from riverchief.security import Actor


def import_samples(progress: Any, db_path: str, actor: Actor, path: str, source: str,
                   accept_valid: bool, dry_run: bool) -> Any:
    """Check (``dry_run``) or import the samples of ``path``; the :class:`ImportReport`
    (counts and the bad rows' errors, plain values) comes back to the page."""
    from riverchief.db import open_store
    from riverchief.waterquality.samples import import_file

    with open_store(Path(db_path)) as store:
        return import_file(store, Path(path), actor=actor, default_source=source,
                           accept_valid=accept_valid, dry_run=dry_run, progress=progress)
