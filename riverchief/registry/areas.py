"""Administrative areas (行政区划): district → township/street → village/community."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from riverchief.db import Store
from riverchief.errors import UserError
from riverchief.i18n import translate
from riverchief.security.roles import Actor

LEVELS = ("province", "city", "district", "township", "village")


@dataclass(frozen=True)
class Area:
    """An administrative area (行政区划) with its division code."""

    id: str
    code: str
    name: str
    level: str
    parent_id: str | None

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Area:
        return cls(row["id"], row["code"], row["name"], row["level"], row["parent_id"])


def level_name(level: str) -> str:
    names = {
        "province": translate("Areas", "province"),
        "city": translate("Areas", "city"),
        "district": translate("Areas", "district"),
        "township": translate("Areas", "township/street"),
        "village": translate("Areas", "village/community"),
    }
    return names[level]


def by_code(store: Store, code: str) -> Area | None:
    rows = list(
        store.db.query("SELECT * FROM area WHERE code = ? AND deleted_at IS NULL", [code])
    )
    return Area.from_row(rows[0]) if rows else None


def add_area(
    store: Store, code: str, name: str, level: str, parent_code: str | None, *, actor: Actor
) -> Area:
    """Register an area; its level must be below its parent's."""
    from riverchief.registry import edit

    parent_id = None
    if parent_code:
        parent = by_code(store, parent_code)
        if parent is None:
            raise UserError(
                translate("Areas", "No area with code {code}.").format(code=parent_code)
            )
        parent_id = parent.id
    new_id = edit.create(store, actor, "area",
                         {"code": code, "name": name, "level": level, "parent_id": parent_id})
    return Area(new_id, code, name, level, parent_id)


def list_areas(store: Store, level: str | None = None, *,
               levels: Iterable[str] | None = None) -> list[Area]:
    """Live areas in code order: all, of one ``level``, or of ``levels`` (a province has
    40,000 villages; a picker of areas to report on needs the 1,500 above them)."""
    sql = "SELECT * FROM area WHERE deleted_at IS NULL"
    params: list[Any] = []
    if level:
        sql += " AND level = ?"
        params.append(level)
    if levels is not None:
        wanted = list(levels)
        sql += f" AND level IN ({','.join('?' * len(wanted))})"
        params.extend(wanted)
    return [Area.from_row(r) for r in store.db.query(sql + " ORDER BY code", params)]


def descendants(store: Store, area_id: str) -> list[str]:
    """Ids of ``area_id`` and every area below it."""
    rows = store.db.query(
        "WITH RECURSIVE sub(id) AS (SELECT ? UNION ALL "
        "SELECT a.id FROM area a JOIN sub ON a.parent_id = sub.id WHERE a.deleted_at IS NULL) "
        "SELECT id FROM sub",
        [area_id],
    )
    return [r["id"] for r in rows]
