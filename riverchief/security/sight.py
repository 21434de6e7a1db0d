"""What an area's office may read: its own areas, not its neighbours' (DESIGN.md: a
township office sees and scores only its own villages' chiefs).

Writes are checked by :func:`riverchief.security.require`. Reads that name an area or a
chief — a ranking, a report, a scorecard — are checked here, in the core, so that a
township office cannot have another township's (or the whole district's) scores by
choosing that area in a picker or typing its code on the command line. Only an
evaluator's area scope limits reading; administrators and SYSTEM see everything.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from riverchief.errors import PermissionDenied
from riverchief.i18n import translate
from riverchief.security.roles import Actor

if TYPE_CHECKING:
    from riverchief.db import Store


def _scope(actor: Actor | None) -> frozenset[str] | None:
    """The areas that limit what ``actor`` reads, or None when nothing does."""
    if actor is None or actor.role != "evaluator":
        return None
    return actor.area_ids or frozenset()


def _sees_all(store: Store, scope: frozenset[str]) -> bool:
    return all(r[0] in scope for r in store.conn.execute(
        "SELECT id FROM area WHERE parent_id IS NULL AND deleted_at IS NULL"))


def run_seen(store: Store, actor: Actor | None, area_id: str | None) -> bool:
    """Whether a frozen run of ``area_id`` (None: all areas) is listed to ``actor``: its
    own areas' runs, and the runs that cover them (the district's, every area's), whose
    rows the office then sees for its own chiefs only (:func:`chiefs_seen`): their praise
    and accountability are its to carry out. Another township's run is not listed."""
    scope = _scope(actor)
    if scope is None or area_id is None or area_id in scope:
        return True
    from riverchief.registry.areas import descendants

    return any(a in scope for a in descendants(store, area_id))


def area_clause(actor: Actor | None, column: str = "area_id") -> tuple[str, list[str]]:
    """SQL `` AND <column> IN (...)`` keeping the rows of the areas ``actor`` reads, with its
    parameter; ``("", [])`` when nothing limits it (a picker offers what the core allows)."""
    scope = _scope(actor)
    if scope is None:
        return "", []
    return f" AND {column} IN (SELECT value FROM json_each(?))", [json.dumps(sorted(scope))]


def chiefs_seen(store: Store, actor: Actor | None) -> frozenset[str] | None:
    """The ids of the chiefs ``actor`` may read the results of (those of its areas), or
    None when every chief's."""
    scope = _scope(actor)
    if scope is None:
        return None
    return frozenset(r[0] for r in store.conn.execute(
        "SELECT id FROM chief WHERE area_id IN (SELECT value FROM json_each(?))",
        [json.dumps(sorted(scope))]))


def require_area_seen(store: Store, actor: Actor | None, area_code: str | None,
                      *, where: str | None = None) -> None:
    """Raise :class:`PermissionDenied` unless ``actor`` may read the area ``area_code``
    (with what lies below it); ``None`` or ``""`` means all areas, which only the office of
    every top-level area may read. An unknown code is left to the caller to report."""
    scope = _scope(actor)
    if scope is None:
        return
    assert actor is not None
    if area_code:
        row = store.conn.execute("SELECT id, name FROM area WHERE code = ? AND deleted_at IS "
                                 "NULL", [area_code]).fetchone()
        if row is None or row[0] in scope:
            return
        raise PermissionDenied(
            translate("Security", "{area} is outside your area; you may not see it.").format(
                area=row[1]), where=where or area_code)
    if _sees_all(store, scope):
        return
    raise PermissionDenied(
        translate("Security", "All areas are more than your area; choose your own area."),
        where=where or actor.code)


def require_chief_seen(store: Store, actor: Actor | None, chief: str,
                       *, where: str | None = None) -> None:
    """Raise :class:`PermissionDenied` unless ``actor`` may read the chief ``chief`` (a
    code or an id): a chief of an area in the evaluator's scope. An unknown chief is left
    to the caller to report."""
    scope = _scope(actor)
    if scope is None:
        return
    row = store.conn.execute("SELECT area_id, name FROM chief WHERE (code = ? OR id = ?) "
                             "AND deleted_at IS NULL", [chief, chief]).fetchone()
    if row is None or row[0] in scope:
        return
    raise PermissionDenied(
        translate("Security", "{chief} is a chief outside your area; you may not see their "
                              "assessment.").format(chief=row[1]), where=where or chief)
