"""Defaults every report shares: the issuing body and the printed date."""

from __future__ import annotations

from datetime import date
from typing import Any

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


def date_text(day: date) -> str:
    """A date as an official document prints it (2026年10月8日)."""
    return translate("Reports", "{y}-{m:02d}-{d:02d}").format(y=day.year, m=day.month, d=day.day)


def placeholders(ids: list[str]) -> str:
    """``?, ?, ?`` for an ``IN (...)`` of ``ids`` (``NULL`` when there are none)."""
    return ",".join("?" * len(ids)) or "NULL"


def outfalls_table(store: Store, segment_ids: list[str], empty_text: str,
                   widths_mm: list[float]) -> Any:
    """The outfall ledger of some segments, as a report table (or a line saying none)."""
    from reportlab.platypus import Paragraph

    from riverchief.outfalls.ledger import remediation_name, stage_name, type_name
    from riverchief.reports import layout
    from riverchief.reports.layout import esc

    st = layout.styles()
    if "outfall" not in store.db.table_names():
        return Paragraph(esc(translate("Reports", "No outfall ledger in this database.")),
                         st["plain"])
    rows = list(store.db.query(
        f"SELECT * FROM outfall WHERE deleted_at IS NULL AND segment_id IN "
        f"({placeholders(segment_ids)}) ORDER BY code", segment_ids))
    if not rows:
        return Paragraph(esc(empty_text), st["plain"])
    return layout.table(
        [translate("Reports", "Code"), translate("Reports", "Name"),
         translate("Reports", "Type"), translate("Reports", "Remediation"),
         translate("Reports", "Responsible"), translate("Reports", "Deadline"),
         translate("Reports", "Stage")],
        [[r["code"], r["name"], type_name(r["type"]), remediation_name(r["remediation"]),
          r["responsible_entity"], r["deadline"] or "", stage_name(r["stage"])] for r in rows],
        widths_mm)
