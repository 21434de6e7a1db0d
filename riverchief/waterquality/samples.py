"""Samples (水质监测数据) at monitoring sections: entry, import, reading.

A sample is one sampling of one section at one time by one source (automatic station,
laboratory, field kit); the same section, time and source is the same sample. Values are
stored in the standard's units, unrounded; below-detection results keep their detection
limit and are shown as below detection.

Import reads wide or tidy CSV/XLSX files (see :mod:`riverchief.waterquality.files`). It
checks everything first; nothing is written while any row has an error unless the user
accepts the valid rows, and then all valid rows go in one transaction after a backup.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from riverchief.db import Store, records
from riverchief.errors import UserError, place
from riverchief.i18n import translate
from riverchief.ids import uuid7
from riverchief.progress import SILENT, Progress, check
from riverchief.security import Actor, require
from riverchief.waterquality.files import (
    FileErrors,
    is_tidy,
    read_table,
    read_tidy,
    read_wide,
    where,
)
from riverchief.waterquality.model import Sample, SectionRef, source_name
from riverchief.waterquality.standards import item_name, standard
from riverchief.waterquality.values import SOURCES, Measurement

PERMISSION = "waterquality.manage"


_SECTION_SQL = (
    "SELECT s.id, s.code, s.name, s.segment_id, g.area_id, s.water_type, s.target_class"
    " FROM section s JOIN segment g ON g.id = s.segment_id WHERE s.deleted_at IS NULL"
)


def list_sections(store: Store, area_ids: Iterable[str] | None = None) -> list[SectionRef]:
    """Live monitoring sections (in ``area_ids`` when given), by code."""
    sql, params = _SECTION_SQL, []
    if area_ids is not None:
        ids = list(area_ids)
        sql += f" AND g.area_id IN ({','.join('?' * len(ids))})" if ids else " AND 0"
        params = ids
    return [SectionRef.from_row(r) for r in store.db.query(sql + " ORDER BY s.code", params)]


def get_section(store: Store, section_id: str) -> SectionRef | None:
    rows = list(store.db.query(_SECTION_SQL + " AND s.id = ?", [section_id]))
    return SectionRef.from_row(rows[0]) if rows else None


def section_by_code(store: Store, code: str) -> SectionRef | None:
    rows = list(store.db.query(_SECTION_SQL + " AND s.code = ?", [code]))
    return SectionRef.from_row(rows[0]) if rows else None


def stored_time(when: datetime, tz: str) -> str:
    """How a sampling time is stored: ISO 8601 with the district's offset, to the second."""
    if when.tzinfo is not None:
        when = when.astimezone(ZoneInfo(tz)).replace(tzinfo=None)
    return when.replace(microsecond=0, tzinfo=ZoneInfo(tz)).isoformat(timespec="seconds")


def read_time(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=None)


def _check_values(values: Mapping[str, Measurement]) -> None:
    std = standard()
    for key, m in values.items():
        if key not in std:
            raise UserError(translate("WaterQuality", "Unknown item '{name}'.").format(name=key))
        if m.below_detection:
            continue
        if m.value is None or m.value < 0:
            raise UserError(translate("WaterQuality", "{item}: a value cannot be negative.")
                            .format(item=item_name(key)))
        if key == "ph" and m.value > 14:
            raise UserError(translate("WaterQuality", "pH {value} is outside 0–14.").format(
                value=m.value))


def _value_rows(sample_id: str, values: Mapping[str, Measurement]) -> list[dict[str, Any]]:
    std = standard()
    return [
        {"sample_id": sample_id, "item": key, "value": None if m.below_detection else m.value,
         "below_detection": 1 if m.below_detection else 0,
         "detection_limit": m.detection_limit, "unit": std[key].unit}
        for key, m in values.items()
    ]


def _existing(store: Store, section_id: str, at: str, source: str) -> str | None:
    rows = list(store.db.query(
        "SELECT id FROM sample WHERE section_id = ? AND sampled_at = ? AND source = ?"
        " AND deleted_at IS NULL", [section_id, at, source]))
    return rows[0]["id"] if rows else None


def add_sample(
    store: Store,
    section_id: str,
    sampled_at: datetime,
    source: str,
    values: Mapping[str, Measurement],
    *,
    actor: Actor,
    note: str = "",
) -> str:
    """Enter one sample by hand; returns its id. The same section, time and source is refused."""
    section = get_section(store, section_id)
    if section is None:
        raise UserError(translate("WaterQuality", "The monitoring section no longer exists."))
    require(actor, PERMISSION, area_id=section.area_id)
    if source not in SOURCES:
        raise UserError(
            translate("WaterQuality",
                      "Unknown source '{value}': write automatic, laboratory or field.")
            .format(value=source))
    if not values:
        raise UserError(translate("WaterQuality", "A sample needs at least one value."))
    _check_values(values)
    at = stored_time(sampled_at, store.timezone)
    with store.db.atomic():
        if _existing(store, section_id, at, source):
            raise UserError(
                translate(
                    "WaterQuality",
                    "{section} already has a sample of {time} from the {source}.",
                ).format(section=section.name, time=at[:16].replace("T", " "),
                         source=source_name(source)))
        sample_id = records.insert(
            store, "sample",
            {"section_id": section_id, "sampled_at": at, "source": source, "note": note,
             "import_file": ""},
            actor=actor.code)
        for row in _value_rows(sample_id, values):
            records.insert(store, "sample_value", row, actor=actor.code)
    return sample_id


def delete_sample(store: Store, sample_id: str, *, actor: Actor) -> None:
    """Delete a sample (a tombstone, so a merge carries it) with its values."""
    rows = list(store.db.query("SELECT section_id FROM sample WHERE id = ?", [sample_id]))
    if not rows:
        raise UserError(translate("WaterQuality", "The sample no longer exists."))
    section = get_section(store, rows[0]["section_id"])
    require(actor, PERMISSION, area_id=section.area_id if section else None)
    with store.db.atomic():
        for r in store.db.query(
                "SELECT id FROM sample_value WHERE sample_id = ? AND deleted_at IS NULL",
                [sample_id]):
            records.tombstone(store, "sample_value", r["id"], actor=actor.code)
        records.tombstone(store, "sample", sample_id, actor=actor.code)


def load_samples(
    store: Store,
    start: date | None = None,
    end: date | None = None,
    section_ids: Iterable[str] | None = None,
) -> dict[str, list[Sample]]:
    """Live samples with their values, by section, in time order (``end`` inclusive)."""
    sql = ("SELECT s.id, s.section_id, s.sampled_at, s.source, s.note, s.import_file,"
           " v.item, v.value, v.below_detection, v.detection_limit"
           " FROM sample s LEFT JOIN sample_value v ON v.sample_id = s.id AND v.deleted_at IS NULL"
           " WHERE s.deleted_at IS NULL")
    params: list[Any] = []
    if start is not None:
        sql += " AND s.sampled_at >= ?"
        params.append(start.isoformat())
    if end is not None:
        sql += " AND s.sampled_at < ?"
        params.append((end + timedelta(days=1)).isoformat())
    if section_ids is not None:
        ids = list(section_ids)
        sql += f" AND s.section_id IN ({','.join('?' * len(ids))})" if ids else " AND 0"
        params.extend(ids)
    sql += " ORDER BY s.section_id, s.sampled_at, s.source, s.id"
    out: dict[str, list[Sample]] = {}
    current: Sample | None = None
    for (sid, section_id, at, source, note, import_file, item, value, below, dl) in \
            store.conn.execute(sql, params):
        if current is None or current.id != sid:
            current = Sample(sid, section_id, read_time(at), source, {}, note, import_file)
            out.setdefault(section_id, []).append(current)
        if item is not None:
            current.values[item] = Measurement(value, bool(below), dl)
    return out


# --- import ----------------------------------------------------------------------------


@dataclass
class ImportRow:
    """A sample read from a file, ready to be written."""

    row: int
    section: SectionRef
    sampled_at: datetime
    source: str
    values: dict[str, Measurement]


@dataclass
class ImportReport:
    """What an import found and did."""

    file: str
    rows: int = 0
    new: int = 0  # samples written (or that would be written)
    already: int = 0  # the same sample with the same values was already there
    errors: list[UserError] = field(default_factory=list)
    error_rows: set[int] = field(default_factory=set)
    imported: bool = False

    @property
    def valid(self) -> int:
        return self.new + self.already

    def lines(self) -> list[str]:
        out = [str(e) for e in self.errors]
        if self.imported:
            out.append(translate(
                "WaterQuality",
                "{file}: {new} samples imported, {already} already there, {bad} rows with "
                "errors skipped.").format(file=self.file, new=self.new, already=self.already,
                                          bad=len(self.error_rows)))
        else:
            out.append(translate(
                "WaterQuality",
                "{file}: nothing imported; {bad} rows have errors ({new} new samples would "
                "be imported, {already} are already there).").format(
                    file=self.file, bad=len(self.error_rows), new=self.new,
                    already=self.already))
        return out


def _same_values(store: Store, sample_id: str, values: Mapping[str, Measurement]) -> bool:
    stored = {
        r["item"]: Measurement(r["value"], bool(r["below_detection"]), r["detection_limit"])
        for r in store.db.query(
            "SELECT item, value, below_detection, detection_limit FROM sample_value"
            " WHERE sample_id = ? AND deleted_at IS NULL", [sample_id])
    }
    return stored == dict(values)


def read_import_rows(
    store: Store, path: Path | str, default_source: str = "laboratory",
    actor: Actor | None = None,
) -> tuple[list[ImportRow], list[tuple[int, UserError]], int]:
    """Read and check a file; returns the good rows, the errors by row, and the row count."""
    table = read_table(path)
    sections = list_sections(store)
    by_code = {s.code: s for s in sections}
    by_name: dict[str, list[SectionRef]] = {}
    for s in sections:
        by_name.setdefault(s.name, []).append(s)
    errors: list[tuple[int, UserError]] = []

    def resolve(text: str, row: int, column: str) -> SectionRef | None:
        found = by_code.get(text)
        if found is None:
            named = by_name.get(text, [])
            if len(named) > 1:
                errors.append((row, UserError(
                    translate("WaterQuality",
                              "Several sections are named {name}; use the section code.")
                    .format(name=text), where=where(table, row, column))))
                return None
            found = named[0] if named else None
        if found is None:
            errors.append((row, UserError(
                translate("WaterQuality", "Unknown section '{text}'.").format(text=text),
                where=where(table, row, column))))
            return None
        if actor is not None and not actor.sees_area(found.area_id):
            errors.append((row, UserError(
                translate("WaterQuality", "The section {name} is outside your area.")
                .format(name=found.name), where=where(table, row, column))))
            return None
        return found

    good: list[ImportRow] = []
    if is_tidy(table):
        tidy, tidy_errors = read_tidy(table, need_section=True, map_items=True,
                                      tz=store.timezone)
        errors.extend(tidy_errors)
        grouped: dict[tuple[str, datetime, str], ImportRow] = {}
        bad_groups: set[tuple[str, datetime, str]] = set()
        for r in tidy:
            assert r.section is not None and r.item is not None
            section = resolve(r.section, r.row, "Section")
            if section is None or r.sampled_at is None:
                continue
            key = (section.id, r.sampled_at, default_source)
            sample = grouped.setdefault(
                key, ImportRow(r.row, section, r.sampled_at, default_source, {}))
            if r.item in sample.values:
                errors.append((r.row, UserError(
                    translate("WaterQuality", "{item} is given twice for this sample.")
                    .format(item=item_name(r.item)), where=where(table, r.row, "Variable"))))
                bad_groups.add(key)
                continue
            if r.measurement is not None:
                sample.values[r.item] = r.measurement
        good = [s for k, s in grouped.items() if k not in bad_groups and s.values]
        rows = len(table.rows)
    else:
        wide = read_wide(table, need_section=True, need_datetime=True, tz=store.timezone)
        seen: dict[tuple[str, datetime, str], int] = {}
        for w in wide.rows:
            if w.errors:
                errors.extend((w.row, e) for e in w.errors)
                continue
            assert w.section is not None and w.sampled_at is not None
            section = resolve(w.section, w.row, w.section_column or "")
            if section is None:
                continue
            if not w.values:
                continue  # a row of missing markers only: nothing measured
            source = w.source or default_source
            key = (section.id, w.sampled_at, source)
            if key in seen:
                errors.append((w.row, UserError(
                    translate("WaterQuality",
                              "The same sample (section, time and source) as row {other}.")
                    .format(other=seen[key]), where=where(table, w.row))))
                continue
            seen[key] = w.row
            good.append(ImportRow(w.row, section, w.sampled_at, source, w.values))
        rows = len(wide.rows)
    errors.sort(key=lambda t: t[0])
    return good, errors, rows


def import_file(
    store: Store,
    path: Path | str,
    *,
    actor: Actor,
    default_source: str = "laboratory",
    accept_valid: bool = False,
    dry_run: bool = False,
    progress: Progress = SILENT,
) -> ImportReport:
    """Import samples from a wide or tidy file.

    Checks every row first. With errors, nothing is written unless ``accept_valid``; then
    the valid rows are written in one transaction (after a backup). A sample already in
    the database with the same values is counted as already there; with other values it
    is an error of its row.
    """
    require(actor, PERMISSION, area_ids=())
    if default_source not in SOURCES:
        raise UserError(
            translate("WaterQuality",
                      "Unknown source '{value}': write automatic, laboratory or field.")
            .format(value=default_source))
    path = Path(path)
    good, errors, nrows = read_import_rows(store, path, default_source, actor)
    report = ImportReport(path.name, rows=nrows)
    to_write: list[ImportRow] = []
    for n, r in enumerate(good):
        if n % 500 == 0:
            check(progress)
            progress.report(n, len(good), path.name)
        at = stored_time(r.sampled_at, store.timezone)
        existing = _existing(store, r.section.id, at, r.source)
        if existing is None:
            to_write.append(r)
        elif _same_values(store, existing, r.values):
            report.already += 1
        else:
            errors.append((r.row, UserError(
                translate(
                    "WaterQuality",
                    "{section} already has a sample of {time} from the {source} with other "
                    "values; delete it first to replace it.",
                ).format(section=r.section.name, time=at[:16].replace("T", " "),
                         source=source_name(r.source)),
                where=place(path.name, translate("WaterQuality", "row {row}").format(
                    row=r.row)))))
    errors.sort(key=lambda t: t[0])
    report.errors = [e for _, e in errors]
    report.error_rows = {n for n, _ in errors}
    bad_rows = report.error_rows
    to_write = [r for r in to_write if r.row not in bad_rows]
    report.new = len(to_write)
    if dry_run or (errors and not accept_valid) or not to_write:
        report.imported = not errors and not dry_run
        return report
    require(actor, PERMISSION, area_ids={r.section.area_id for r in to_write})
    from riverchief.db import backup_before_import

    backup_before_import(store, "samples-import")
    check(progress)
    samples, values = [], []
    for r in to_write:
        sample_id = uuid7()
        samples.append({"id": sample_id, "section_id": r.section.id,
                        "sampled_at": stored_time(r.sampled_at, store.timezone),
                        "source": r.source, "note": "", "import_file": path.name})
        values.extend(_value_rows(sample_id, r.values))
    with store.db.atomic():
        # the audit log's words, in the language of who imports (shown as they are)
        records.insert_many(store, "sample", samples, actor=actor.code, summary=translate(
            "WaterQuality", "samples imported from {file}").format(file=path.name))
        records.insert_many(store, "sample_value", values, actor=actor.code, summary=translate(
            "WaterQuality", "values imported from {file}").format(file=path.name))
        check(progress)  # a Cancel while writing: rolled back, nothing imported
    progress.report(len(good), len(good), path.name)
    report.imported = True
    return report


__all__ = ["FileErrors", "ImportReport", "Sample", "SectionRef", "add_sample", "delete_sample",
           "import_file", "list_sections", "load_samples"]
