"""The exchange page's heavy work as :class:`ui.shell.jobs.Task` functions, run in their own
process (HACKING: verifying and applying a package of thousands of patrols and photos on
the lane thread held the interpreter lock long enough to freeze the window)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from riverchief.security import Actor


def import_file(progress: Any, db_path: str, actor: Actor, package: str,
                dry_run: bool) -> Any:
    """Verify ``package`` and (unless ``dry_run``) import it; the :class:`ImportResult`
    (counts, conflicts' ids, the receipt) is small enough to send back."""
    from riverchief.db import open_store
    from riverchief.exchange.merge import import_package

    with open_store(Path(db_path)) as store:
        return import_package(store, actor, Path(package), dry_run=dry_run, progress=progress)
