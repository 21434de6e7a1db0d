"""Water-quality files as users have them: CSV or XLSX, GBK or UTF-8 (with BOM), wide or tidy.

- Wide files: one sample per row, a section code or name, a date-time and one column per
  item; headers in Chinese or English, with or without units (``高锰酸盐指数(mg/L)``,
  ``codmn``, ``pH(无量纲)``).
- Tidy files: one row per measurement, ``Section,DateTime,Variable,Value,DetectionLimit,Units``.
- Missing markers: blank, ``--``, ``*``, ``-``; below detection: ``<0.01``, ``0.01L``, ``ND``.

Every problem is a :class:`UserError` naming the file, the row (as a spreadsheet shows
it, the header being row 1) and the column.

Files are read a row at a time (the encoding found in a first pass over the bytes, one
chunk at a time); one of more than :data:`MAX_ROWS` rows or :data:`MAX_BYTES` bytes is
refused with advice to split it, so a million-row file never fills the memory (every row
is checked before any is written, so the rows read are kept: the limit bounds them).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

from riverchief.errors import UserError, place
from riverchief.files import open_text
from riverchief.i18n import translate
from riverchief.ids import DEFAULT_TIMEZONE
from riverchief.waterquality.standards import item_name, standard
from riverchief.waterquality.values import Measurement, ValueSyntaxError, parse_value

# --- reading the grid -----------------------------------------------------------------

MAX_BYTES = 200 * 1024 * 1024
MAX_ROWS = 100_000  # a year of hourly readings at 11 stations; a province's monthly ones


@dataclass
class Table:
    """The cells of a file: its header and data rows with their row numbers in the file."""

    path: Path
    headers: list[str]
    rows: list[list[object]]
    row_numbers: list[int]
    encoding: str | None = None  # None for XLSX

    @property
    def name(self) -> str:
        return self.path.name


def read_table(path: Path | str) -> Table:
    """Read a CSV or XLSX file into a :class:`Table` (first sheet of a workbook)."""
    path = Path(path)
    if not path.exists():
        raise UserError(translate("WaterQuality", "The file does not exist."), where=str(path))
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return _read_xlsx(path)
    if suffix == ".xls":
        raise UserError(
            translate("WaterQuality",
                      "Old Excel files (.xls) cannot be read; save the sheet as .xlsx or CSV."),
            where=path.name,
        )
    _check_size(path)
    try:
        f, encoding = open_text(path)
    except UnicodeDecodeError as exc:  # also a BOM followed by bytes of another encoding
        raise _encoding_error(path) from exc
    except OSError as exc:
        raise UserError(
            translate("WaterQuality", "Cannot read the file: {error}").format(
                error=exc.strerror or exc),
            where=str(path),
        ) from exc
    with f:
        head = f.read(4096)
        f.seek(0)
        try:
            dialect = csv.Sniffer().sniff(head, delimiters=",\t;")
            delimiter = dialect.delimiter
        except csv.Error:
            delimiter = ","
        try:
            grid = _limited(path, csv.reader(f, delimiter=delimiter))
        except csv.Error as exc:  # e.g. a stray carriage return inside a field
            raise UserError(
                translate("WaterQuality", "The workbook cannot be read ({error}).").format(
                    error=exc),
                where=path.name,
            ) from exc
        except UnicodeDecodeError as exc:  # the file changed since its encoding was found
            raise _encoding_error(path) from exc
    return _grid_to_table(path, grid, encoding)


def _limited(path: Path, rows: Iterable[Sequence[object]]) -> list[list[object]]:
    """The rows, one at a time; refused past :data:`MAX_ROWS` filled rows (plus a header)."""
    grid: list[list[object]] = []
    filled = 0
    for row in rows:
        grid.append(list(row))
        if any(not _blank(c) for c in row):
            filled += 1
            if filled > MAX_ROWS + 1:
                raise UserError(
                    translate(
                        "WaterQuality",
                        "The file has more than {limit} rows, too many to check and import "
                        "in one go. Split it into files of at most {limit} rows (for example "
                        "one per month or per section) and import them one after the other.",
                    ).format(limit=f"{MAX_ROWS:,}"),
                    where=path.name,
                )
    return grid


def _check_size(path: Path) -> None:
    if path.stat().st_size > MAX_BYTES:
        raise UserError(
            translate("WaterQuality",
                      "The file is larger than {limit} MB, too large to import. Split it "
                      "into smaller files.").format(limit=MAX_BYTES // (1024 * 1024)),
            where=path.name,
        )


def _encoding_error(path: Path) -> UserError:
    return UserError(
        translate(
            "WaterQuality",
            "The file's text encoding is neither UTF-8 nor GBK; save it as CSV UTF-8.",
        ),
        where=path.name,
    )


def _read_xlsx(path: Path) -> Table:
    from openpyxl import load_workbook

    _check_size(path)
    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged file
        raise UserError(
            translate("WaterQuality", "The workbook cannot be read ({error}).").format(error=exc),
            where=path.name,
        ) from exc
    try:
        ws = wb.worksheets[0]
        grid = _limited(path, ws.iter_rows(values_only=True))  # read-only: row by row
    finally:
        wb.close()
    return _grid_to_table(path, grid, None)


def _blank(cell: object) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip())


def _looks_like_header(row: list[object]) -> bool:
    kinds = {recognise(str(c))[0] for c in row if not _blank(c)}
    return "item" in kinds or {"variable", "value"} <= kinds


def _grid_to_table(path: Path, grid: list[list[object]], encoding: str | None) -> Table:
    """The header is the first row naming an item (title rows above it are skipped)."""
    filled = [n for n, r in enumerate(grid) if any(not _blank(c) for c in r)]
    if not filled:
        raise UserError(translate("WaterQuality", "The file is empty."), where=path.name)
    header_at = next((n for n in filled[:20] if _looks_like_header(grid[n])), filled[0])
    headers = ["" if c is None else str(c).strip() for c in grid[header_at]]
    while headers and not headers[-1]:
        headers.pop()
    rows, numbers = [], []
    for n in range(header_at + 1, len(grid)):
        row = list(grid[n][: len(headers)])
        row += [None] * (len(headers) - len(row))
        if all(_blank(c) for c in row):
            continue
        rows.append(row)
        numbers.append(n + 1)
    return Table(path, headers, rows, numbers, encoding)


# --- headers ---------------------------------------------------------------------------


def _norm(text: str) -> str:
    text = text.strip().lower().replace("（", "(").replace("）", ")")
    text = text.replace("³", "3").replace("µ", "μ").replace("－", "-")
    return re.sub(r"[\s_\-·]", "", text)


ITEM_ALIASES: dict[str, tuple[str, ...]] = {
    "water_temp": ("水温", "温度", "watertemp", "watertemperature", "temperature", "temp", "wt"),
    "ph": ("ph", "ph值", "phvalue"),
    "do": ("溶解氧", "do", "dissolvedoxygen"),
    "codmn": ("高锰酸盐指数", "codmn", "permanganateindex", "imn"),
    "cod": ("化学需氧量", "化学需氧量(cod)", "cod", "codcr", "chemicaloxygendemand"),
    "bod5": ("五日生化需氧量", "五日生化需氧量(bod5)", "生化需氧量", "bod5", "bod"),
    "nh3n": ("氨氮", "氨氮(nh3n)", "nh3n", "nh3", "ammonianitrogen", "ammonia"),
    "tp": ("总磷", "总磷(以p计)", "tp", "totalphosphorus"),
    "tn": ("总氮", "总氮(湖、库,以n计)", "总氮(湖、库，以n计)", "总氮(以n计)", "tn",
           "totalnitrogen"),
    "cu": ("铜", "cu", "copper"),
    "zn": ("锌", "zn", "zinc"),
    "fluoride": ("氟化物", "氟化物(以f计)", "fluoride", "f"),
    "se": ("硒", "se", "selenium"),
    "as": ("砷", "as", "arsenic"),
    "hg": ("汞", "hg", "mercury"),
    "cd": ("镉", "cd", "cadmium"),
    "cr6": ("铬(六价)", "六价铬", "cr6", "cr6+", "crvi", "chromium(hexavalent)",
            "hexavalentchromium"),
    "pb": ("铅", "pb", "lead"),
    "cn": ("氰化物", "cn", "cyanide"),
    "volatile_phenol": ("挥发酚", "volatilephenol", "volatilephenols", "phenol"),
    "petroleum": ("石油类", "petroleum", "oil", "petroleumoil"),
    "las": ("阴离子表面活性剂", "las", "anionicsurfactant", "anionicsurfactants"),
    "sulfide": ("硫化物", "sulfide", "sulphide"),
    "fecal_coliform": ("粪大肠菌群", "fecalcoliform", "faecalcoliform", "fecalcoliforms"),
    "chla": ("叶绿素a", "叶绿素α", "叶绿素", "chla", "chlorophylla", "chlorophyll"),
    "sd": ("透明度", "sd", "transparency", "secchidepth"),
}

FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    "section_code": ("断面编码", "断面代码", "断面编号", "站点编码", "站点代码", "sectioncode",
                     "stationcode"),
    "section_name": ("断面名称", "站点名称", "点位名称", "sectionname", "stationname"),
    "section": ("断面", "站点", "点位", "section", "station", "site"),
    "datetime": ("监测时间", "采样时间", "日期时间", "监测日期时间", "采样日期时间", "时间",
                 "datetime", "sampledat", "sampledatetime", "samplingtime"),
    "date": ("日期", "监测日期", "采样日期", "date", "sampledate"),
    "time": ("采样时刻", "时刻", "time", "sampletime"),
    "water_type": ("watertype", "水体类型", "水体类别", "水域类型"),
    "source": ("source", "来源", "数据来源", "监测方式"),
    "variable": ("variable", "监测项目", "项目", "指标", "parameter", "item"),
    "value": ("value", "监测值", "浓度", "结果", "result", "measuredvalue"),
    "detection_limit": ("detectionlimit", "dl", "检出限", "mdl"),
    "units": ("units", "unit", "单位"),
    "lower": ("lowerlimit", "lower", "下限", "lowerobjective"),
    "upper": ("upperlimit", "upper", "上限", "upperobjective", "objective", "guideline"),
}

_ITEM_INDEX = {_norm(a): key for key, aliases in ITEM_ALIASES.items() for a in aliases}
_FIELD_INDEX = {_norm(a): key for key, aliases in FIELD_ALIASES.items() for a in aliases}
for _key in list(ITEM_ALIASES):
    if _key in standard():
        _ITEM_INDEX.setdefault(_norm(standard()[_key].name_zh), _key)
        _ITEM_INDEX.setdefault(_norm(_key), _key)

# Units each item may be given in, with the factor to the standard's unit.
_UNITS: dict[str, dict[str, float]] = {
    "mg/L": {"mg/l": 1.0, "μg/l": 0.001, "ug/l": 0.001, "ng/l": 1e-6, "ppm": 1.0},
    "个/L": {"个/l": 1.0, "mpn/l": 1.0, "cfu/l": 1.0, "个/100ml": 10.0, "mpn/100ml": 10.0,
             "cfu/100ml": 10.0},
    "℃": {"℃": 1.0, "°c": 1.0, "c": 1.0, "度": 1.0},
    "无量纲": {"无量纲": 1.0, "": 1.0, "dimensionless": 1.0, "phunits": 1.0, "ph": 1.0,
             "-": 1.0},
    "m": {"m": 1.0, "cm": 0.01, "米": 1.0, "厘米": 0.01},
    "mg/m³": {"mg/m3": 1.0, "μg/l": 1.0, "ug/l": 1.0, "mg/l": 1000.0},
}
_ALL_UNITS = {u for table in _UNITS.values() for u in table} - {"", "-", "c", "ph", "度"}
_TRAILING = re.compile(r"^(.*?)\s*[(\[]([^()\[\]]*)[)\]]\s*$")


def unit_factor(item: str, unit: str) -> float | None:
    """Factor from ``unit`` to the item's standard unit; None when the unit does not fit."""
    std_unit = standard()[item].unit
    return _UNITS.get(std_unit, {}).get(_norm(unit))


@dataclass(frozen=True)
class Column:
    """What a column of a file holds."""

    index: int
    header: str
    kind: str  # "item", a FIELD_ALIASES key, or "other"
    item: str | None = None
    unit: str | None = None  # unit written in the header
    factor: float = 1.0


def recognise(header: str) -> tuple[str, str | None, str | None]:
    """``(kind, item, unit)`` of a header; kind ``other`` when unknown."""
    text = header.strip().replace("（", "(").replace("）", ")")
    unit = None
    m = _TRAILING.match(text)
    if m and (_norm(m.group(2)) in _ALL_UNITS or _norm(m.group(2)) in ("无量纲",)):
        text, unit = m.group(1), m.group(2).strip()
    candidates = [text]
    while (m := _TRAILING.match(candidates[-1])) is not None:
        candidates.append(m.group(1))
    for cand in candidates:
        key = _norm(cand)
        if key in _FIELD_INDEX:
            return _FIELD_INDEX[key], None, None
        if key in _ITEM_INDEX:
            return "item", _ITEM_INDEX[key], unit
    return "other", None, unit


def where(table: Table, row: int | None = None, column: str | None = None) -> str:
    parts = [table.name]
    if row is not None:
        parts.append(translate("WaterQuality", "row {row}").format(row=row))
    if column is not None:
        parts.append(translate("WaterQuality", "column {column}").format(column=column))
    return place(*parts)


def columns_of(table: Table) -> list[Column]:
    """Recognise every header; a unit that does not fit its item is an error."""
    out: list[Column] = []
    seen: dict[str, str] = {}
    for n, header in enumerate(table.headers):
        kind, item, unit = recognise(header)
        factor = 1.0
        if kind == "item":
            assert item is not None
            if unit is not None:
                f = unit_factor(item, unit)
                if f is None:
                    raise UserError(
                        translate(
                            "WaterQuality",
                            "The unit {unit} does not fit {item} (expected {expected}).",
                        ).format(unit=unit, item=item_name(item),
                                 expected=standard()[item].unit),
                        where=where(table, 1, header),
                    )
                factor = f
            if item in seen:
                raise UserError(
                    translate("WaterQuality", "{item} appears twice (also in column {other}).")
                    .format(item=item_name(item), other=seen[item]),
                    where=where(table, 1, header),
                )
            seen[item] = header
        elif kind != "other":
            if kind in seen:
                raise UserError(
                    translate("WaterQuality", "This column appears twice (also {other}).")
                    .format(other=seen[kind]),
                    where=where(table, 1, header),
                )
            seen[kind] = header
        out.append(Column(n, header, kind, item, unit, factor))
    return out


# --- cells -----------------------------------------------------------------------------


def cell_text(cell: object) -> str:
    if cell is None:
        return ""
    if isinstance(cell, datetime):
        return cell.isoformat(sep=" ", timespec="minutes" if not cell.second else "seconds")
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell)) if abs(cell) < 1e15 else repr(cell)
    return str(cell).strip()


def parse_measurement(cell: object, factor: float, table: Table, row: int,
                      column: str) -> Measurement | None:
    """A value cell, converted to the item's unit; a clear error when it is not a value."""
    try:
        m = parse_value(cell)
    except ValueSyntaxError as exc:
        raise UserError(
            translate(
                "WaterQuality",
                "'{text}' is not a value: write a number, a below-detection value "
                "(<0.01, 0.01L, ND) or leave it blank.",
            ).format(text=cell_text(cell)),
            where=where(table, row, column),
        ) from exc
    if m is None or factor == 1.0:
        return m
    return Measurement(
        None if m.value is None else m.value * factor,
        m.below_detection,
        None if m.detection_limit is None else m.detection_limit * factor,
    )


_DT_FORMATS = (
    "%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%d %H", "%Y-%m-%d",
    "%Y/%m/%d %H:%M:%S", "%Y/%m/%d %H:%M", "%Y/%m/%d", "%Y.%m.%d %H:%M", "%Y.%m.%d",
    "%Y%m%d %H:%M", "%Y%m%d",
)
_CN_DATE = re.compile(
    r"^(\d{4})年(\d{1,2})月(\d{1,2})日\s*(?:(\d{1,2})[时:](?:(\d{1,2})分?)?)?$"
)


def parse_datetime(cell: object, tz: str = DEFAULT_TIMEZONE) -> datetime | None:
    """A date-time cell as naive local time of the district; None when it cannot be read."""
    if isinstance(cell, datetime):
        dt = cell
    elif isinstance(cell, date):
        dt = datetime.combine(cell, time())
    else:
        text = cell_text(cell).replace("T", " ")
        if not text:
            return None
        dt_or_none = None
        try:
            dt_or_none = datetime.fromisoformat(text)
        except ValueError:
            for fmt in _DT_FORMATS:
                try:
                    dt_or_none = datetime.strptime(text, fmt)
                    break
                except ValueError:
                    continue
        if dt_or_none is None and (m := _CN_DATE.match(text)):
            y, mo, d, h, mi = (int(g) if g else 0 for g in m.groups())
            try:
                dt_or_none = datetime(y, mo, d, h, mi)
            except ValueError:
                return None
        if dt_or_none is None:
            return None
        dt = dt_or_none
    if dt.tzinfo is not None:
        dt = dt.astimezone(ZoneInfo(tz)).replace(tzinfo=None)
    return dt


def bad_datetime(table: Table, row: int, column: str, cell: object) -> UserError:
    return UserError(
        translate(
            "WaterQuality",
            "'{text}' is not a date and time: write e.g. 2026-07-01 08:00.",
        ).format(text=cell_text(cell)),
        where=where(table, row, column),
    )


_WATER_TYPES = {
    "river": "river", "河流": "river", "河": "river", "河道": "river", "r": "river",
    "lake": "lake", "reservoir": "lake", "湖库": "lake", "湖泊": "lake", "湖": "lake",
    "水库": "lake", "库": "lake", "湖、库": "lake", "湖库型": "lake", "l": "lake",
    "河流型": "river", "湖泊型": "lake", "水库型": "lake",
}
_SOURCES = {
    "automatic": "automatic", "auto": "automatic", "自动": "automatic", "自动站": "automatic",
    "自动监测": "automatic", "水站": "automatic",
    "laboratory": "laboratory", "lab": "laboratory", "手工": "laboratory",
    "实验室": "laboratory", "手工监测": "laboratory", "人工": "laboratory",
    "field": "field", "fieldkit": "field", "现场": "field", "便携": "field", "快检": "field",
    "现场快检": "field",
}


def parse_water_type(cell: object, table: Table, row: int, column: str) -> str | None:
    text = cell_text(cell)
    if not text:
        return None
    found = _WATER_TYPES.get(_norm(text))
    if found is None:
        raise UserError(
            translate("WaterQuality", "Unknown water type '{value}': write river or lake.")
            .format(value=text),
            where=where(table, row, column),
        )
    return found


def parse_source(cell: object, table: Table, row: int, column: str) -> str | None:
    text = cell_text(cell)
    if not text:
        return None
    found = _SOURCES.get(_norm(text))
    if found is None:
        raise UserError(
            translate(
                "WaterQuality",
                "Unknown source '{value}': write automatic, laboratory or field.",
            ).format(value=text),
            where=where(table, row, column),
        )
    return found


# --- wide files ------------------------------------------------------------------------


@dataclass
class WideRow:
    """One sample row of a wide file, read; ``errors`` says what is wrong with it."""

    row: int
    cells: list[object]
    section: str | None = None
    section_column: str | None = None
    sampled_at: datetime | None = None
    water_type: str | None = None
    source: str | None = None
    values: dict[str, Measurement] = field(default_factory=dict)
    errors: list[UserError] = field(default_factory=list)


@dataclass
class WideFile:
    table: Table
    columns: list[Column]
    rows: list[WideRow]

    @property
    def errors(self) -> list[UserError]:
        return [e for r in self.rows for e in r.errors]

    def column(self, kind: str) -> Column | None:
        return next((c for c in self.columns if c.kind == kind), None)

    @property
    def item_columns(self) -> list[Column]:
        return [c for c in self.columns if c.kind == "item"]


def read_wide(table: Table, *, need_section: bool, need_datetime: bool,
              tz: str = DEFAULT_TIMEZONE) -> WideFile:
    """Read a wide file: one sample per row, one column per item."""
    columns = columns_of(table)
    items = [c for c in columns if c.kind == "item"]
    if not items:
        raise UserError(
            translate(
                "WaterQuality",
                "No water-quality item among the column headers (e.g. 高锰酸盐指数(mg/L), "
                "氨氮, codmn, nh3n).",
            ),
            where=where(table, 1),
        )
    by_kind = {c.kind: c for c in columns if c.kind not in ("item", "other")}
    section_col = by_kind.get("section_code") or by_kind.get("section") or by_kind.get(
        "section_name")
    dt_col = by_kind.get("datetime") or by_kind.get("date") or by_kind.get("time")
    time_col = by_kind.get("time") if dt_col is by_kind.get("date") else None
    if need_section and section_col is None:
        raise UserError(
            translate("WaterQuality",
                      "No section column (断面编码, 断面名称, section code or section name)."),
            where=where(table, 1),
        )
    if need_datetime and dt_col is None:
        raise UserError(
            translate("WaterQuality",
                      "No date-time column (监测时间, 采样时间, datetime or date)."),
            where=where(table, 1),
        )
    wt_col, src_col = by_kind.get("water_type"), by_kind.get("source")
    rows: list[WideRow] = []
    for cells, number in zip(table.rows, table.row_numbers, strict=True):
        r = WideRow(number, cells)
        if section_col is not None:
            r.section = cell_text(cells[section_col.index]) or None
            r.section_column = section_col.header
            if need_section and r.section is None:
                r.errors.append(UserError(translate("WaterQuality", "The section is missing."),
                                          where=where(table, number, section_col.header)))
        if dt_col is not None:
            cell = cells[dt_col.index]
            if time_col is not None and not _blank(cells[time_col.index]):
                cell = f"{cell_text(cell)[:10]} {cell_text(cells[time_col.index])}"
            if _blank(cell):
                if need_datetime:
                    r.errors.append(UserError(
                        translate("WaterQuality", "The date and time are missing."),
                        where=where(table, number, dt_col.header)))
            else:
                r.sampled_at = parse_datetime(cell, tz)
                if r.sampled_at is None:
                    r.errors.append(bad_datetime(table, number, dt_col.header, cell))
        try:
            if wt_col is not None:
                r.water_type = parse_water_type(cells[wt_col.index], table, number, wt_col.header)
        except UserError as exc:
            r.errors.append(exc)
        try:
            if src_col is not None:
                r.source = parse_source(cells[src_col.index], table, number, src_col.header)
        except UserError as exc:
            r.errors.append(exc)
        for col in items:
            assert col.item is not None
            try:
                m = parse_measurement(cells[col.index], col.factor, table, number, col.header)
            except UserError as exc:
                r.errors.append(exc)
                continue
            if m is not None:
                if col.item == "ph" and m.value is not None and m.value > 14:
                    r.errors.append(UserError(
                        translate("WaterQuality", "pH {value} is outside 0–14.").format(
                            value=cell_text(cells[col.index])),
                        where=where(table, number, col.header)))
                    continue
                r.values[col.item] = m
        rows.append(r)
    return WideFile(table, columns, rows)


# --- tidy files ------------------------------------------------------------------------


@dataclass
class TidyRow:
    row: int
    section: str | None
    sampled_at: datetime | None
    variable: str
    measurement: Measurement | None
    lower: float | None = None
    upper: float | None = None
    units: str = ""
    item: str | None = None  # the app's item key, when the variable is one


def _number_cell(cell: object, table: Table, row: int, column: str) -> float | None:
    text = cell_text(cell)
    if not text or text in ("--", "-", "*"):
        return None
    try:
        return float(text)
    except ValueError as exc:
        raise UserError(
            translate("WaterQuality", "'{text}' is not a number.").format(text=text),
            where=where(table, row, column),
        ) from exc


def is_tidy(table: Table) -> bool:
    kinds = {recognise(h)[0] for h in table.headers}
    return "variable" in kinds and "value" in kinds


def read_tidy(table: Table, *, need_section: bool, map_items: bool,
              tz: str = DEFAULT_TIMEZONE) -> tuple[list[TidyRow], list[tuple[int, UserError]]]:
    """Read a tidy file, one measurement per row. ``map_items``: variables must be app items."""
    kinds: dict[str, Column] = {}
    for n, header in enumerate(table.headers):
        kind, item, unit = recognise(header)
        if kind in FIELD_ALIASES and kind not in kinds:
            kinds[kind] = Column(n, header, kind)
    required = ["variable", "value"] + (["section"] if need_section else [])
    section_col = kinds.get("section_code") or kinds.get("section") or kinds.get("section_name")
    dt_col = kinds.get("datetime") or kinds.get("date")
    for kind in required:
        present = section_col if kind == "section" else kinds.get(kind)
        if present is None:
            raise UserError(
                translate("WaterQuality", "The column {column} is missing.").format(
                    column={"variable": "Variable", "value": "Value",
                            "section": "Section"}[kind]),
                where=where(table, 1),
            )
    out: list[TidyRow] = []
    errors: list[tuple[int, UserError]] = []
    var_col, val_col = kinds["variable"], kinds["value"]
    dl_col, unit_col = kinds.get("detection_limit"), kinds.get("units")
    lo_col, up_col = kinds.get("lower"), kinds.get("upper")
    for cells, number in zip(table.rows, table.row_numbers, strict=True):
        try:
            variable = cell_text(cells[var_col.index])
            if not variable:
                raise UserError(translate("WaterQuality", "The variable is missing."),
                                where=where(table, number, var_col.header))
            units = cell_text(cells[unit_col.index]) if unit_col else ""
            item = None
            factor = 1.0
            if map_items:
                kind, item, header_unit = recognise(variable)
                if kind != "item" or item is None:
                    raise UserError(
                        translate("WaterQuality", "Unknown item '{name}'.").format(name=variable),
                        where=where(table, number, var_col.header))
                unit = units or header_unit
                if unit:
                    f = unit_factor(item, unit)
                    if f is None:
                        raise UserError(
                            translate(
                                "WaterQuality",
                                "The unit {unit} does not fit {item} (expected {expected}).",
                            ).format(unit=unit, item=item_name(item),
                                     expected=standard()[item].unit),
                            where=where(table, number, unit_col.header if unit_col and units
                                        else var_col.header))
                    factor = f
            m = parse_measurement(cells[val_col.index], factor, table, number, val_col.header)
            dl = _number_cell(cells[dl_col.index], table, number, dl_col.header) if dl_col else None
            if m is not None and dl is not None:
                dl *= factor
                if m.below_detection and m.detection_limit is None:
                    m = Measurement(None, True, dl)
                elif not m.below_detection and m.value is not None and m.value < dl:
                    m = Measurement(None, True, dl)
            lower = _number_cell(cells[lo_col.index], table, number, lo_col.header) \
                if lo_col else None
            upper = _number_cell(cells[up_col.index], table, number, up_col.header) \
                if up_col else None
            section = None
            if section_col is not None:
                section = cell_text(cells[section_col.index]) or None
                if need_section and section is None:
                    raise UserError(translate("WaterQuality", "The section is missing."),
                                    where=where(table, number, section_col.header))
            sampled = None
            if dt_col is not None:
                cell = cells[dt_col.index]
                if not _blank(cell):
                    sampled = parse_datetime(cell, tz)
                    if sampled is None:
                        raise bad_datetime(table, number, dt_col.header, cell)
                elif need_section:
                    raise UserError(translate("WaterQuality", "The date and time are missing."),
                                    where=where(table, number, dt_col.header))
            out.append(TidyRow(number, section, sampled, variable, m, lower, upper, units, item))
        except UserError as exc:
            errors.append((number, exc))
    return out, errors


class FileErrors(UserError):
    """Several problems in one file; the message is the first, ``errors`` holds them all."""

    def __init__(self, errors: Sequence[UserError]) -> None:
        first = errors[0]
        more = len(errors) - 1
        message = first.message
        if more:
            message += " " + translate("WaterQuality", "(and {n} more problems)").format(n=more)
        super().__init__(message, where=first.where)
        self.errors = list(errors)
