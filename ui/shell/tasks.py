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
