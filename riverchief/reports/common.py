"""Defaults every report shares: the issuing body and the printed date."""

from __future__ import annotations

from datetime import date

from riverchief.db import Store
from riverchief.errors import UserError
from riverchief.i18n import translate


def default_issuer(store: Store) -> str:
    """The river-chief office of the top area: 清源区河长制办公室."""
    rows = list(store.db.query(
        "SELECT name FROM area WHERE parent_id IS NULL AND deleted_at IS NULL ORDER BY code "
        "LIMIT 1"))
    name = rows[0]["name"] if rows else ""
    return translate("Reports", "{area} River Chief Office").format(area=name).strip()


def parse_day(text: str | None) -> date:
    if not text:
        return date.today()
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise UserError(translate("Reports", "'{text}' is not a date: write it as 2026-10-08.")
                        .format(text=text)) from exc
