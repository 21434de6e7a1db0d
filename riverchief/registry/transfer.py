"""Import and export of the registry: CSV/XLSX tables and segment lines from GIS files.

``import_file`` reads one file (a CSV table, an XLSX workbook with a sheet per table, or
a GeoJSON/KML/KMZ/Shapefile of segment lines matched by code) and applies it in one
transaction after a backup. Every bad row is reported with file, row, column and reason;
by default nothing is imported when any row is bad (``valid_only=True`` imports the
others). A record whose code already exists is updated; a code twice in one file is an
error. ``export_file`` writes what ``import_file`` reads.
"""

from __future__ import annotations

import csv
import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, overload

from riverchief.db import Store, backup_now, records
from riverchief.errors import UserError
from riverchief.files import check_length, part_path, replace_into
from riverchief.i18n import language, translate
from riverchief.progress import SILENT, Progress, check
from riverchief.registry import edit, geometry
from riverchief.registry.files import Table, read_tables
from riverchief.registry.lines import LINE_SUFFIXES, read_lines
from riverchief.registry.schema import TABLES, Field, FieldError, choice_label, label
from riverchief.security.roles import Actor, require

#: tables in the order they can be imported (each refers only to earlier ones)
ORDER = ("area", "water", "segment", "chief", "unit", "section", "assignment", "sign")

TABLE_NAMES: dict[str, tuple[str, ...]] = {
    "area": ("area", "areas", "行政区划", "区划"),
    "water": ("water", "waters", "水体", "河湖", "河湖名录"),
    "segment": ("segment", "segments", "河段"),
    "section": ("section", "sections", "监测断面", "断面"),
    "chief": ("chief", "chiefs", "河长", "河湖长", "河长名录"),
    "unit": ("unit", "units", "责任单位", "单位"),
    "assignment": ("assignment", "assignments", "河长任职", "任职", "责任河段"),
    "sign": ("sign", "signs", "公示牌"),
}


def table_title(table: str) -> str:
    names = {
        "area": translate("Import", "areas"),
        "water": translate("Import", "waters"),
        "segment": translate("Import", "segments"),
        "section": translate("Import", "sections"),
        "chief": translate("Import", "chiefs"),
        "unit": translate("Import", "units"),
        "assignment": translate("Import", "assignments"),
        "sign": translate("Import", "signs"),
    }
    return names[table]


@dataclass(frozen=True)
class Problem:
    """One bad row: where (file, row, column) and why."""

    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


@dataclass
class ImportReport:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    problems: list[Problem] = field(default_factory=list)
    tables: list[str] = field(default_factory=list)
    encoding: str = ""

    @property
    def imported(self) -> int:
        return self.created + self.updated


class ImportRejected(UserError):
    """Some rows are bad and the user did not ask to import the valid ones: nothing changed."""

    def __init__(self, report: ImportReport, where: str) -> None:
        super().__init__(
            translate(
                "Import",
                "{n} problem(s) found; nothing was imported. Fix them, or import only the "
                "valid rows.",
            ).format(n=len(report.problems)),
            where=where,
        )
        self.report = report

    def __reduce__(self) -> tuple[Any, ...]:
        # rebuilt from its report (a task's process sends it back to the page); the state
        # keeps what callers added (the history import's ``valid_rows``)
        return (type(self), (self.report, self.where or ""), dict(self.__dict__))


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", str(text)).strip().lower()
    return re.sub(r"[\s*＊()（）:：]", "", text)


def detect_table(table: Table) -> str:
    """Which registry table a CSV file or sheet holds, from its name or its headers."""
    name = _norm(table.name)
    for key in ORDER:
        if name in {_norm(n) for n in TABLE_NAMES[key]}:
            return key
    for key in ORDER:  # "2026河段名录", "segments_export"
        if any(_norm(n) in name for n in TABLE_NAMES[key] if len(_norm(n)) > 1):
            return key
    heads = {_norm(h) for h in table.headers}
    scores = {key: sum(any(a in heads for a in _aliases(key, f)) for f in TABLES[key])
              for key in ORDER
              if all(any(a in heads for a in _aliases(key, f)) for f in TABLES[key]
                     if f.required)}
    best = sorted(scores.items(), key=lambda kv: -kv[1])
    if len(best) == 1 or (len(best) > 1 and best[0][1] > best[1][1]):
        return best[0][0]
    raise UserError(
        translate(
            "Import",
            "Cannot tell which table this is; name the file or sheet after it (e.g. "
            "segments.csv or a sheet 河段) or choose the table.",
        ),
        where=table.source,
    )


def _aliases(table: str, f: Field) -> list[str]:
    names = [f.name, *f.headers, label(f.name), export_header(table, f, "en"),
             export_header(table, f, "zh_CN")]
    return list(dict.fromkeys(_norm(n) for n in names))


def export_header(table: str, f: Field, lang: str) -> str:
    """The column header written on export: English or the first Chinese alias."""
    ascii_names = [h for h in f.headers if h.isascii()]
    cjk_names = [h for h in f.headers if not h.isascii()]
    if lang == "en" or not cjk_names:
        return ascii_names[0] if ascii_names else f.name
    return cjk_names[0]


def _map_headers(table: Table, kind: str) -> dict[str, str]:
    """field name -> header as written in the file; a missing required column is an error."""
    by_norm = {_norm(h): h for h in table.headers if h}
    mapping: dict[str, str] = {}
    for f in TABLES[kind]:
        for alias in _aliases(kind, f):
            if alias in by_norm:
                mapping[f.name] = by_norm[alias]
                break
    missing = [f for f in TABLES[kind] if f.required and f.name not in mapping]
    if missing:
        lang = "en" if language() == "en" else "zh_CN"
        raise UserError(
            translate("Import", "The required column {column} is missing.").format(
                column=", ".join(export_header(kind, f, lang) for f in missing)
            ),
            where=table.source,
        )
    return mapping


def _where(source: str, row: int, column: str | None = None) -> str:
    if column:
        return translate("Import", "{source}, row {row}, column {column}").format(
            source=source, row=row, column=column)
    return translate("Import", "{source}, row {row}").format(source=source, row=row)


_WKT = re.compile(r"^\s*LINESTRING\s*\((.*)\)\s*$", re.IGNORECASE)


def parse_line_text(text: str) -> list[list[float]]:
    """A line typed in a cell: JSON [[lon, lat], ...] or WKT LINESTRING (lon lat, ...)."""
    m = _WKT.match(text)
    if m:
        try:
            return [[float(v) for v in pair.split()[:2]] for pair in m[1].split(",")]
        except ValueError as exc:
            raise FieldError(translate("Import", "The WKT line is malformed."),
                             field="geometry") from exc
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        raise FieldError(
            translate("Import", "The line is neither JSON [[lon, lat], ...] nor WKT LINESTRING."),
            field="geometry",
        ) from exc
    if isinstance(value, dict):  # a GeoJSON geometry
        value = value.get("coordinates")
    if not isinstance(value, list):
        raise FieldError(translate("Import", "The line is not a list of points."),
                         field="geometry")
    return value


def _resolve(store: Store, f: Field, raw: Any) -> Any:
    """A typed code turned into the id it names; the raw value for other fields."""
    if f.kind == "ref":
        code = str(raw).strip()
        if not code:
            return None
        ref_id = edit.id_for_code(store, f.ref, code)
        if ref_id is None:
            raise FieldError(
                translate("Import", "Unknown {field} code '{code}'.").format(
                    field=label(f.name), code=code),
                field=f.name,
            )
        return ref_id
    if f.kind == "idlist":
        codes = [c for c in re.split(r"[,;，；、\s]+", str(raw)) if c]
        ids = []
        for code in codes:
            ref_id = edit.id_for_code(store, f.ref, code)
            if ref_id is None:
                raise FieldError(
                    translate("Import", "Unknown {field} code '{code}'.").format(
                        field=label("chief_id"), code=code),
                    field=f.name,
                )
            ids.append(ref_id)
        return ids
    return raw


def _parent_order(rows: list[tuple[int, dict[str, Any]]], mapping: dict[str, str]
                  ) -> list[tuple[int, dict[str, Any]]]:
    """Rows ordered so that a parent in the same file comes before its children."""
    code_h, parent_h = mapping.get("code"), mapping.get("parent_id")
    if not code_h or not parent_h:
        return rows
    pending = list(rows)
    done: set[str] = set()
    in_file = {str(v.get(code_h, "")) for _, v in rows}
    ordered: list[tuple[int, dict[str, Any]]] = []
    while pending:
        ready = [r for r in pending if str(r[1].get(parent_h) or "") not in in_file - done]
        if not ready:  # a cycle: leave the rest in file order, their checks will say why
            ordered += pending
            break
        for r in ready:
            ordered.append(r)
            done.add(str(r[1].get(code_h, "")))
        pending = [r for r in pending if r not in ready]
    return ordered


def _import_table(store: Store, actor: Actor, table: Table, kind: str, datum: str,
                  report: ImportReport, progress: Progress) -> None:
    mapping = _map_headers(table, kind)
    fields = {f.name: f for f in TABLES[kind]}
    seen: dict[str, int] = {}
    rows = _parent_order(table.rows, mapping)
    for done, (row_no, raw) in enumerate(rows):
        if done % 200 == 0:
            check(progress)
            progress.report(done, len(rows), table.source)
        values: dict[str, Any] = {}
        try:
            key = _identity(kind, {name: raw.get(header, "") for name, header in mapping.items()})
            if key in seen:
                raise FieldError(
                    translate("Import", "Duplicate: the same {what} is already in row {row}.")
                    .format(what=label("code") if "code" in fields else table_title(kind),
                            row=seen[key]),
                    field="code" if "code" in fields else "start_date",
                )
            seen[key] = row_no
            for name, header in mapping.items():
                f = fields[name]
                value = raw.get(header, "")
                if f.kind == "line":
                    if value in ("", None):
                        continue
                    points = parse_line_text(str(value))
                    checked = geometry.validate_line(points)
                    value = [list(p) for p in geometry.to_wgs84(checked, datum)]
                values[name] = _resolve(store, f, value)
            existing = _existing(store, kind, values)
            with store.db.atomic():
                if existing is None:
                    edit.create(store, actor, kind, values)
                    report.created += 1
                else:
                    before = records.get(store, kind, existing)
                    after = edit.change(store, actor, kind, existing, values)
                    if before and after.get("revision") == before.get("revision"):
                        report.unchanged += 1
                    else:
                        report.updated += 1
        except FieldError as exc:
            column = mapping.get(exc.field) or label(exc.field)
            report.problems.append(Problem(_where(table.source, row_no, column), exc.message))
        except UserError as exc:
            report.problems.append(Problem(_where(table.source, row_no), exc.message))


def _identity(kind: str, raw: dict[str, Any]) -> str:
    """What makes a row the same record: its code, or an assignment's chief, segment, start."""
    if "code" in raw:
        return str(raw["code"]).strip()
    return "|".join(str(raw.get(k, "")).strip() for k in ("chief_id", "segment_id", "start_date"))


def _existing(store: Store, kind: str, values: dict[str, Any]) -> str | None:
    if kind == "assignment":
        from riverchief.registry.schema import parse_date

        try:
            start = parse_date(str(values.get("start_date") or ""), "start_date")
        except FieldError:
            return None
        rows = list(store.db.query(
            "SELECT id FROM assignment WHERE chief_id = ? AND segment_id = ? AND start_date = ?"
            " AND deleted_at IS NULL", [values.get("chief_id"), values.get("segment_id"), start]))
        return str(rows[0]["id"]) if rows else None
    code = str(values.get("code") or "").strip()
    return edit.id_for_code(store, kind, code) if code else None


def _import_lines(store: Store, actor: Actor, path: Path, datum: str, report: ImportReport,
                  progress: Progress) -> None:
    features = read_lines(path)
    seen: dict[str, str] = {}
    for n, feature in enumerate(features):
        if n % 200 == 0:
            check(progress)
            progress.report(n, len(features), path.name)
        try:
            if not feature.code:
                raise UserError(translate("Import", "The line has no segment code attribute "
                                                    "(code or 河段编码)."))
            if feature.code in seen:
                raise UserError(translate("Import", "Duplicate: segment {code} has a line "
                                                    "already in {where}.")
                                .format(code=feature.code, where=seen[feature.code]))
            seen[feature.code] = feature.where
            seg_id = edit.id_for_code(store, "segment", feature.code)
            if seg_id is None:
                raise UserError(translate("Import", "Unknown segment code '{code}'.")
                                .format(code=feature.code))
            points = geometry.to_wgs84(geometry.validate_line(feature.points), datum)
            with store.db.atomic():
                edit.change(store, actor, "segment", seg_id,
                            {"geometry": [list(p) for p in points]})
            report.updated += 1
        except UserError as exc:
            report.problems.append(Problem(feature.where, exc.message))


def import_file(
    store: Store,
    actor: Actor,
    path: Path,
    *,
    table: str | None = None,
    valid_only: bool = False,
    datum: str = "wgs84",
    backup: bool = True,
    progress: Progress = SILENT,
) -> ImportReport:
    """Import one registry file in one transaction; see the module docstring."""
    require(actor, "registry.edit")
    path = Path(path)
    report = ImportReport()
    if table is not None and table not in TABLES:
        raise UserError(translate("Import", "Unknown table '{table}'.").format(table=table))
    geometry.to_wgs84([], datum)  # refuse an unknown datum before anything else
    is_lines = path.suffix.lower() in LINE_SUFFIXES
    tables = [] if is_lines else read_tables(path)
    plan = []
    for t in tables:
        plan.append((t, table or detect_table(t)))
        report.encoding = report.encoding or t.encoding
    plan.sort(key=lambda item: ORDER.index(item[1]))
    if backup:
        backup_now(store, reason="before-import")
    with store.db.atomic():
        if is_lines:
            report.tables.append("segment")
            _import_lines(store, actor, path, datum, report, progress)
        for t, kind in plan:
            report.tables.append(kind)
            _import_table(store, actor, t, kind, datum, report, progress)
        if report.problems and not valid_only:
            raise ImportRejected(report, path.name)  # rolls the whole import back
    return report


# --- export -----------------------------------------------------------------------------


def _scoped_rows(store: Store, actor: Actor, kind: str) -> list[dict[str, Any]]:
    sql = f'SELECT t.* FROM "{kind}" t'
    params: list[Any] = []
    if actor.area_ids is not None and kind != "area":
        ids = sorted(actor.area_ids)
        marks = ",".join("?" * len(ids)) or "NULL"
        if kind in ("water", "segment", "chief", "unit"):
            sql += f" WHERE t.area_id IN ({marks}) AND"
        else:
            sql += f" JOIN segment s ON s.id = t.segment_id WHERE s.area_id IN ({marks}) AND"
        params += ids
    elif actor.area_ids is not None:
        ids = sorted(actor.area_ids)
        sql += f" WHERE t.id IN ({','.join('?' * len(ids)) or 'NULL'}) AND"
        params += ids
    else:
        sql += " WHERE"
    order = "t.code" if any(f.name == "code" for f in TABLES[kind]) else "t.start_date"
    sql += f" t.deleted_at IS NULL ORDER BY {order}"
    return list(store.db.query(sql, params))


@overload
def table_rows(store: Store, actor: Actor, kind: str, lang: str
               ) -> tuple[list[str], list[list[Any]]]: ...


@overload
def table_rows(store: Store, actor: Actor, kind: str, lang: str, *, with_ids: bool
               ) -> tuple[list[str], list[list[Any]], list[str]]: ...


def table_rows(store: Store, actor: Actor, kind: str, lang: str, *, with_ids: bool = False
               ) -> Any:
    """Headers and rows of one table as users read them: codes, not ids (and the ids of
    the rows with ``with_ids``)."""
    fields = TABLES[kind]
    headers = [export_header(kind, f, lang) for f in fields]
    # every referenced table's codes in one query each (not one query per row)
    codes: dict[str, dict[str, str]] = {
        f.ref: dict(store.conn.execute(f'SELECT id, code FROM "{f.ref}"').fetchall())
        for f in fields if f.kind in ("ref", "idlist")
    }

    def code(table: str, rid: str | None) -> str:
        return codes[table].get(rid, "") if rid else ""

    out = []
    ids = []
    for r in _scoped_rows(store, actor, kind):
        ids.append(r["id"])
        row: list[Any] = []
        for f in fields:
            v = r.get(f.name)
            if f.kind == "ref":
                v = code(f.ref, v)
            elif f.kind == "idlist":
                v = ",".join(code(f.ref, i) for i in json.loads(v or "[]"))
            elif f.kind == "choice":
                v = choice_label(str(v), kind) if lang != "en" else v
            elif v is None:
                v = ""
            row.append(v)
        out.append(row)
    return (headers, out, ids) if with_ids else (headers, out)


def export_file(store: Store, actor: Actor, path: Path, *,
                tables: Iterable[str] | None = None) -> dict[str, int]:
    """Write the registry to ``path`` (.xlsx: a sheet per table; .csv: one table; .geojson:
    segment lines). Returns rows written per table."""
    path = Path(path)
    chosen = list(tables) if tables else list(ORDER)
    for t in chosen:
        if t not in TABLES:
            raise UserError(translate("Import", "Unknown table '{table}'.").format(table=t))
    lang = "en" if language() == "en" else "zh_CN"
    suffix = path.suffix.lower()
    tmp = part_path(path)
    counts: dict[str, int] = {}
    try:
        if suffix == ".geojson":
            counts["segment"] = _export_geojson(store, actor, tmp)
        elif suffix == ".csv":
            if len(chosen) != 1:
                raise UserError(translate("Import", "A CSV file holds one table; choose which "
                                                    "(e.g. --table segment) or use .xlsx."),
                                where=path.name)
            headers, rows = table_rows(store, actor, chosen[0], lang)
            with tmp.open("w", encoding="utf-8-sig", newline="") as f:
                w = csv.writer(f)
                w.writerow(headers)
                w.writerows(rows)
            counts[chosen[0]] = len(rows)
        elif suffix == ".xlsx":
            from openpyxl import Workbook

            wb = Workbook(write_only=True)
            for kind in chosen:
                headers, rows = table_rows(store, actor, kind, lang)
                ws = wb.create_sheet(TABLE_NAMES[kind][2] if lang != "en" else
                                     TABLE_NAMES[kind][1])
                ws.append(headers)
                for row in rows:
                    ws.append(row)
                counts[kind] = len(rows)
            wb.save(tmp)
        else:
            raise UserError(translate("Import", "Export to .xlsx, .csv or .geojson."),
                            where=path.name)
        replace_into(tmp, path)
    except OSError as exc:
        raise UserError(
            translate("Import", "Cannot write the file: {error}").format(
                error=exc.strerror or exc),
            where=str(path),
        ) from exc
    finally:
        tmp.unlink(missing_ok=True)
    return counts


def _export_geojson(store: Store, actor: Actor, path: Path) -> int:
    features = []
    water_codes: dict[str, str] = {}
    for r in _scoped_rows(store, actor, "segment"):
        if not r["geometry"]:
            continue
        wid = r["water_id"]
        if wid not in water_codes:
            water_codes[wid] = edit.code_for_id(store, "water", wid)
        features.append({
            "type": "Feature",
            "properties": {"code": r["code"], "name": r["name"], "water": water_codes[wid],
                           "length_m": r["length_m"]},
            "geometry": {"type": "LineString", "coordinates": json.loads(r["geometry"])},
        })
    check_length(path)
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features},
                               ensure_ascii=False), encoding="utf-8")
    return len(features)
