"""The patrol pages' long jobs as :class:`ui.shell.jobs.Task` functions, each run in a
process of its own (judging thousands of patrols is CPU-heavy Python: on the lane thread
it would hold the interpreter lock against the window)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from riverchief.patrols.service import Recomputed, Selection
from riverchief.security import Actor


def count_unjudged(progress: Any, db_path: str, actor: Actor, selection: Selection) -> int:
    """How many patrols have no verdict of this installation with the rule set in force."""
    from riverchief.db import open_store
    from riverchief.patrols import stale_verdicts

    with open_store(Path(db_path)) as store:
        return stale_verdicts(store, actor, selection)


def judge_patrols(progress: Any, db_path: str, actor: Actor,
                  selection: Selection) -> Recomputed:
    """Judge the selected patrols again with the rule set in force."""
    from riverchief.db import open_store
    from riverchief.patrols import judge_again

    with open_store(Path(db_path)) as store:
        return judge_again(store, actor, selection, progress=progress)


def import_history(progress: Any, db_path: str, actor: Actor, path: str,
                   valid_only: bool) -> Any:
    """Import historical patrols from a spreadsheet, all or nothing unless ``valid_only``;
    the :class:`ImportReport` (counts, the skipped rows) comes back. Bad rows without
    ``valid_only`` raise ``ImportRejected`` (carrying the report and ``valid_rows``)."""
    from riverchief.db import open_store
    from riverchief.patrols.historical import import_history as import_history_file

    with open_store(Path(db_path)) as store:
        return import_history_file(store, actor, Path(path), valid_only=valid_only,
                                   progress=progress)
