"""Adding, changing and removing registry records, with their rules and the role check.

One set of functions serves every registry table (``area``, ``water``, ``segment``,
``section``, ``chief``, ``unit``, ``assignment``, ``sign``): :func:`create`,
:func:`change` and :func:`remove`. Each checks the actor's permission and area scope
first, validates the values (:mod:`riverchief.registry.schema`) and the table's own rules
(an area below its parent's level, a segment line inside the district, no overlapping
assignments of the same chief to the same segment), then writes through
:mod:`riverchief.db.records` so that the audit log names the actor.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from riverchief.db import Store, records
from riverchief.errors import UserError
from riverchief.i18n import translate
from riverchief.registry import geometry
from riverchief.registry.schema import TABLES, FieldError, choice_label, clean, label
from riverchief.security.roles import Actor, require

AREA_LEVELS = ("province", "city", "district", "township", "village")

#: the WGS84 box every segment line must lie in, unless the setting ``registry.bounds``
#: narrows it to the district: [min_lon, min_lat, max_lon, max_lat]
CHINA_BOUNDS = (73.4, 18.1, 135.1, 53.6)

_GEOMETRY_COLUMNS = ("geometry", "length_m", "min_lon", "min_lat", "max_lon", "max_lat")


def _live(store: Store, table: str, record_id: str) -> dict[str, Any] | None:
    row = records.get(store, table, record_id)
    return row if row is not None and row["deleted_at"] is None else None


def id_for_code(store: Store, table: str, code: str) -> str | None:
    """The id of the live record of ``table`` with this code, or None."""
    rows = list(store.db.query(
        f'SELECT id FROM "{table}" WHERE code = ? AND deleted_at IS NULL', [code]))
    return str(rows[0]["id"]) if rows else None


def code_for_id(store: Store, table: str, record_id: str | None) -> str:
    if not record_id:
        return ""
    rows = list(store.db.query(f'SELECT code FROM "{table}" WHERE id = ?', [record_id]))
    return str(rows[0]["code"]) if rows else ""


def bounds(store: Store) -> tuple[float, float, float, float]:
    value = store.setting("registry.bounds")
    return tuple(value) if value else CHINA_BOUNDS


def _check_refs(store: Store, table: str, row: dict[str, Any]) -> None:
    for f in TABLES[table]:
        if f.kind == "ref" and row.get(f.name):
            if _live(store, f.ref, row[f.name]) is None:
                raise FieldError(
                    translate("Registry", "The {field} does not exist (any more).").format(
                        field=label(f.name)
                    ),
                    field=f.name,
                )
        if f.kind == "idlist":
            for ref_id in json.loads(row.get(f.name) or "[]"):
                if _live(store, f.ref, ref_id) is None:
                    raise FieldError(
                        translate("Registry", "A chief named on the sign does not exist."),
                        field=f.name,
                    )


def _check_unique_code(store: Store, table: str, row: dict[str, Any], own_id: str | None) -> None:
    if "code" not in row:
        return
    rows = list(store.db.query(f'SELECT id FROM "{table}" WHERE code = ?', [row["code"]]))
    if any(r["id"] != own_id for r in rows):
        raise FieldError(
            translate("Registry", "The code {code} is already used.").format(code=row["code"]),
            field="code",
        )


def _check_area(store: Store, row: dict[str, Any], own_id: str | None) -> None:
    parent_id = row.get("parent_id")
    if not parent_id:
        return
    if parent_id == own_id:
        raise FieldError(translate("Registry", "An area cannot be its own parent."),
                         field="parent_id")
    parent = _live(store, "area", parent_id)
    assert parent is not None  # checked by _check_refs
    if AREA_LEVELS.index(row["level"]) <= AREA_LEVELS.index(parent["level"]):
        raise FieldError(
            translate("Registry", "A {child} cannot belong to a {parent}.").format(
                child=choice_label(row["level"]), parent=choice_label(parent["level"])
            ),
            field="parent_id",
        )


def _check_water(store: Store, row: dict[str, Any], own_id: str | None) -> None:
    parent_id = row.get("parent_id")
    seen = {own_id}
    while parent_id:
        if parent_id in seen:
            raise FieldError(
                translate("Registry", "A water cannot flow into itself."), field="parent_id"
            )
        seen.add(parent_id)
        parent = records.get(store, "water", parent_id)
        parent_id = parent["parent_id"] if parent else None


def line_columns(store: Store, line: object) -> dict[str, Any]:
    """The stored columns of a segment line: JSON, geodesic length, bounding box."""
    if line is None or line == "" or line == []:
        return dict.fromkeys(_GEOMETRY_COLUMNS)
    try:
        points = geometry.validate_line(line)
    except UserError as exc:
        raise FieldError(exc.message, field="geometry") from None
    lo_lon, lo_lat, hi_lon, hi_lat = bounds(store)
    for n, (lon, lat) in enumerate(points, start=1):
        if not (lo_lon <= lon <= hi_lon and lo_lat <= lat <= hi_lat):
            raise FieldError(
                translate(
                    "Registry",
                    "Point {n} of the line ({lon:.5f}, {lat:.5f}) is outside the area "
                    "(longitude {lo_lon}–{hi_lon}, latitude {lo_lat}–{hi_lat}); are longitude "
                    "and latitude swapped?",
                ).format(n=n, lon=lon, lat=lat, lo_lon=lo_lon, hi_lon=hi_lon, lo_lat=lo_lat,
                         hi_lat=hi_lat),
                field="geometry",
            )
    min_lon, min_lat, max_lon, max_lat = geometry.bbox(points)
    return {"geometry": geometry.to_json(points), "length_m": round(geometry.length_m(points), 1),
            "min_lon": min_lon, "min_lat": min_lat, "max_lon": max_lon, "max_lat": max_lat}


def overlapping_assignment(
    store: Store, chief_id: str, segment_id: str, start: str, end: str | None,
    own_id: str | None = None,
) -> dict[str, Any] | None:
    """A live assignment of the same chief to the same segment sharing a day with start..end."""
    rows = store.db.query(
        "SELECT * FROM assignment WHERE chief_id = ? AND segment_id = ? AND deleted_at IS NULL"
        " AND id IS NOT ? AND start_date <= COALESCE(?, '9999-12-31')"
        " AND COALESCE(end_date, '9999-12-31') >= ?",
        [chief_id, segment_id, own_id, end, start],
    )
    return next(iter(rows), None)


def _check_assignment(store: Store, row: dict[str, Any], own_id: str | None) -> None:
    if row.get("end_date") and row["end_date"] < row["start_date"]:
        raise FieldError(
            translate("Registry", "The end date {end} is before the start date {start}.").format(
                end=row["end_date"], start=row["start_date"]
            ),
            field="end_date",
        )
    other = overlapping_assignment(store, row["chief_id"], row["segment_id"], row["start_date"],
                                   row.get("end_date"), own_id)
    if other is not None:
        raise FieldError(
            translate(
                "Registry",
                "This chief is already assigned to this segment from {start} to {end}; "
                "assignments of the same chief to the same segment may not overlap.",
            ).format(start=other["start_date"],
                     end=other["end_date"] or translate("Registry", "now")),
            field="start_date",
        )


def _validate(store: Store, table: str, row: dict[str, Any], own_id: str | None) -> None:
    _check_refs(store, table, row)
    _check_unique_code(store, table, row, own_id)
    if table == "area":
        _check_area(store, row, own_id)
    elif table == "water":
        _check_water(store, row, own_id)
    elif table == "assignment":
        _check_assignment(store, row, own_id)


def _areas(store: Store, table: str, row: dict[str, Any], own_id: str | None) -> list[str]:
    """The areas a write touches, for the evaluator's scope check."""
    if table == "area":
        return [own_id] if own_id else [row["parent_id"]] if row.get("parent_id") else [""]
    if table in ("water", "segment", "chief", "unit"):
        return [row.get("area_id") or ""]
    seg = records.get(store, "segment", row.get("segment_id") or "")
    return [seg["area_id"] if seg else ""]


def _prepare(store: Store, table: str, values: dict[str, Any], own_id: str | None,
             before: dict[str, Any] | None = None) -> dict[str, Any]:
    """The full, checked row for a new record or for ``before`` with ``values`` changed."""
    values = dict(values)
    has_line = table == "segment" and "geometry" in values
    line = values.pop("geometry", None)
    if before is not None:
        merged = {f.name: before[f.name] for f in TABLES[table] if f.name != "geometry"}
        merged.update(values)
        values = merged
    row = clean(table, values)
    row.pop("geometry", None)
    _validate(store, table, row, own_id)
    if has_line or (before is None and table == "segment"):
        row.update(line_columns(store, line))
    return row


def create(store: Store, actor: Actor, table: str, values: dict[str, Any]) -> str:
    """Add a registry record; returns its id. Raises FieldError naming a wrong field."""
    require(actor, "registry.edit")
    if table not in TABLES:
        raise ValueError(f"not a registry table: {table}")
    with store.db.atomic():
        row = _prepare(store, table, values, None)
        require(actor, "registry.edit", area_ids=_areas(store, table, row, None))
        return records.insert(store, table, row, actor=actor.code)


def change(
    store: Store, actor: Actor, table: str, record_id: str, changes: dict[str, Any],
    *, expected_revision: int | None = None,
) -> dict[str, Any]:
    """Change fields of a registry record (a segment's ``geometry`` as a list of points)."""
    require(actor, "registry.edit")
    with store.db.atomic():
        before = _live(store, table, record_id)
        if before is None:
            raise UserError(translate("Registry", "The record no longer exists."))
        row = _prepare(store, table, changes, record_id, before)
        diff = {k: v for k, v in row.items() if before.get(k) != v}
        if not diff:
            return before  # nothing to write (an import of unchanged rows)
        require(actor, "registry.edit", area_ids=_areas(store, table, before, record_id))
        require(actor, "registry.edit", area_ids=_areas(store, table, row, record_id))
        return records.update(store, table, record_id, diff, actor=actor.code,
                              expected_revision=expected_revision)


def _dependants(store: Store, table: str, record_id: str) -> list[str]:
    checks = {
        "area": [("area", "parent_id"), ("segment", "area_id"), ("chief", "area_id"),
                 ("water", "area_id"), ("unit", "area_id")],
        "water": [("segment", "water_id"), ("water", "parent_id")],
        "segment": [("section", "segment_id"), ("sign", "segment_id"),
                    ("assignment", "segment_id")],
        "chief": [("assignment", "chief_id")],
    }
    found = []
    for dep_table, column in checks.get(table, []):
        n = store.conn.execute(
            f'SELECT COUNT(*) FROM "{dep_table}" WHERE "{column}" = ? AND deleted_at IS NULL',
            [record_id],
        ).fetchone()[0]
        if n:
            found.append(f"{dep_table} × {n}")
    return found


def remove(store: Store, actor: Actor, table: str, record_id: str) -> None:
    """Remove (tombstone) a record; refused while live records still refer to it."""
    require(actor, "registry.edit")
    with store.db.atomic():
        before = _live(store, table, record_id)
        if before is None:
            return
        require(actor, "registry.edit", area_ids=_areas(store, table, before, record_id))
        deps = _dependants(store, table, record_id)
        if deps:
            raise UserError(
                translate(
                    "Registry", "Other records still refer to this one ({what}); remove them first."
                ).format(what=", ".join(deps)),
                where=before.get("code") or None,
            )
        records.tombstone(store, table, record_id, actor=actor.code)


def end_assignment(store: Store, actor: Actor, assignment_id: str, end: date | str) -> None:
    """Close an open assignment on ``end`` (the chief's last day)."""
    change(store, actor, "assignment", assignment_id, {"end_date": end})


def replace_chief(
    store: Store, actor: Actor, segment_id: str, old_chief_id: str, new_chief_id: str,
    day: date | str,
) -> str:
    """The old chief's assignment ends the day before ``day``; the new one starts on it."""
    require(actor, "registry.edit")
    first = date.fromisoformat(day) if isinstance(day, str) else day
    with store.db.atomic():
        rows = list(store.db.query(
            "SELECT id FROM assignment WHERE chief_id = ? AND segment_id = ? AND deleted_at IS NULL"
            " AND start_date < ? AND (end_date IS NULL OR end_date >= ?)",
            [old_chief_id, segment_id, first.isoformat(), first.isoformat()]))
        if not rows:
            raise UserError(
                translate("Registry", "That chief is not assigned to this segment then.")
            )
        last = date.fromordinal(first.toordinal() - 1)
        change(store, actor, "assignment", rows[0]["id"], {"end_date": last})
        return create(store, actor, "assignment", {"chief_id": new_chief_id,
                                                   "segment_id": segment_id,
                                                   "start_date": first})


def mark_sign_updated(store: Store, actor: Actor, sign_id: str, day: date | str) -> None:
    """The sign's text was renewed on ``day``: it now names the chiefs in office that day."""
    from riverchief.registry.queries import responsible_chiefs

    require(actor, "registry.edit")
    first = date.fromisoformat(day) if isinstance(day, str) else day
    with store.db.atomic():
        sign = _live(store, "sign", sign_id)
        if sign is None:
            raise UserError(translate("Registry", "The record no longer exists."))
        chiefs = [c.id for c in responsible_chiefs(store, sign["segment_id"], first)]
        change(store, actor, "sign", sign_id,
               {"named_chief_ids": chiefs, "last_updated": first})


def hand_over(store: Store, actor: Actor, old_chief_id: str, new_chief_id: str,
              day: date | str) -> int:
    """A new chief takes over every segment the old one holds on ``day`` (换届): the old
    assignments end the day before, the new ones start on it. Returns how many."""
    require(actor, "registry.edit")
    first = date.fromisoformat(day) if isinstance(day, str) else day
    if old_chief_id == new_chief_id:
        raise UserError(translate("Registry", "Choose another chief to take over."))
    with store.db.atomic():
        if _live(store, "chief", new_chief_id) is None:
            raise FieldError(translate("Registry", "The {field} does not exist (any more).")
                             .format(field=label("chief_id")), field="chief_id")
        segments = [r["segment_id"] for r in store.db.query(
            "SELECT DISTINCT segment_id FROM assignment WHERE chief_id = ? AND deleted_at IS NULL"
            " AND start_date < ? AND (end_date IS NULL OR end_date >= ?)",
            [old_chief_id, first.isoformat(), first.isoformat()])]
        if not segments:
            raise UserError(translate("Registry", "That chief holds no segment on that day."))
        for segment_id in segments:
            replace_chief(store, actor, segment_id, old_chief_id, new_chief_id, first)
    return len(segments)
