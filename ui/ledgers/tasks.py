"""The ledgers' heavy work as :class:`ui.shell.jobs.Task` functions, run in their own
process (HACKING: a province's ledger written by openpyxl holds the interpreter lock for
seconds). Each opens the database from its path and returns a count."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from riverchief.security import Actor


def export_problems_file(progress: Any, db_path: str, actor: Actor, target: str,
                         filters: dict[str, Any]) -> int:
    """Write the problem ledger the actor sees, with the page's filters, to ``target``."""
    from riverchief.db import open_store
    from riverchief.problems.export import export_problems

    with open_store(Path(db_path)) as store:
        return export_problems(store, actor, Path(target), **filters)


def export_outfalls_file(progress: Any, db_path: str, actor: Actor, target: str,
                         filters: dict[str, Any], today: str) -> int:
    """Write the outfall ledger the actor sees, with the page's filters, to ``target``."""
    from riverchief.db import open_store
    from riverchief.outfalls.export import export_outfalls

    with open_store(Path(db_path)) as store:
        return export_outfalls(store, actor, Path(target), today=date.fromisoformat(today),
                               **filters)


def notice_file(progress: Any, db_path: str, actor: Actor, problem_id: str, kind: str,
                target: str, day: str) -> int:
    """Write a problem's assignment slip (``slip``) or rectification notice (``notice``)
    to ``target``, issued by the office that assigns it; returns 1."""
    from riverchief.db import open_store
    from riverchief.notices import Issuer, assignment_slip, issuing_office, rectification_notice

    make = assignment_slip if kind == "slip" else rectification_notice
    with open_store(Path(db_path)) as store:
        office = issuing_office(store, actor, problem_id)
        make(store, actor, problem_id, Path(target), Issuer(office, date.fromisoformat(day)))
    return 1
