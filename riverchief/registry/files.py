"""Reading tables from CSV and XLSX files as users make them.

CSV files come in UTF-8, UTF-8 with a BOM (Excel's "CSV UTF-8"), UTF-16 (Excel's
"Unicode text") or GBK/GB18030 (Excel on a Chinese Windows); the encoding is detected
from the bytes and the delimiter (comma, tab, semicolon) from the header line. Every
sheet of an XLSX workbook is a table. Rows are numbered as the spreadsheet shows them:
the header is row 1.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from riverchief.errors import UserError
from riverchief.files import decode_text
from riverchief.i18n import translate

MAX_BYTES = 200 * 1024 * 1024


@dataclass
class Table:
    """The rows of one CSV file or one XLSX sheet, as text keyed by header."""

    source: str  # "segments.csv" or "registry.xlsx, sheet 河段"
    name: str  # file stem or sheet name, used to guess what the table holds
    headers: list[str]
    rows: list[tuple[int, dict[str, Any]]] = field(default_factory=list)  # (row number, values)
    encoding: str = ""


def decode(data: bytes, where: str) -> tuple[str, str]:
    """The text of a file and the encoding it was in."""
    try:
        return decode_text(data)
    except UnicodeDecodeError as exc:  # also a BOM followed by bytes of another encoding
        raise UserError(
            translate(
                "Import",
                "The file's text encoding is not UTF-8 or GBK (unreadable byte at position "
                "{pos}); save it as 'CSV UTF-8' and try again.",
            ).format(pos=exc.start),
            where=where,
        ) from exc


def _cell(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.date() if value.time() == datetime.min.time() else value
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return int(value)
    return value


def _text(value: Any) -> Any:
    value = _cell(value)
    if value is None:
        return ""
    if isinstance(value, int | float | date):
        return value if not isinstance(value, bool) else str(value)
    return str(value).strip()


def read_csv(path: Path) -> Table:
    where = path.name
    data = _read_bytes(path)
    text, encoding = decode(data, where)
    first = text.splitlines()[0] if text.strip() else ""
    delimiter = max([",", "\t", ";"], key=first.count) if first else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        all_rows = list(reader)
    except csv.Error as exc:
        raise UserError(
            translate("Import", "The CSV file is malformed ({error}).").format(error=exc),
            where=f"{where}, {translate('Import', 'row {n}').format(n=reader.line_num)}",
        ) from exc
    return _table(where, path.stem, all_rows, encoding)


def _table(source: str, name: str, all_rows: list[list[Any]], encoding: str = "") -> Table:
    while all_rows and not any(str(c or "").strip() for c in all_rows[0]):
        all_rows.pop(0)  # tolerate blank lines above the header... but keep numbering honest
    if not all_rows:
        raise UserError(translate("Import", "The file has no header row."), where=source)
    headers = [str(h or "").strip().lstrip("\ufeff") for h in all_rows[0]]
    table = Table(source, name, headers, encoding=encoding)
    offset = 1
    for n, row in enumerate(all_rows[1:], start=offset + 1):
        values = {h: _text(row[i]) if i < len(row) else "" for i, h in enumerate(headers) if h}
        if any(v not in ("", None) for v in values.values()):
            table.rows.append((n, values))
    return table


def read_xlsx(path: Path) -> list[Table]:
    import zipfile
    import zlib

    from openpyxl import load_workbook

    _read_bytes(path)  # size check
    # a damaged workbook: zip, XML (SyntaxError is ParseError's base) or deflate errors
    damaged = (zipfile.BadZipFile, KeyError, OSError, ValueError, SyntaxError, EOFError,
               zlib.error)
    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except damaged as exc:
        raise UserError(
            translate("Import", "This is not a readable XLSX workbook ({error}).").format(
                error=exc
            ),
            where=path.name,
        ) from exc
    tables = []
    try:
        for ws in wb.worksheets:
            rows = [list(r) for r in ws.iter_rows(values_only=True)]
            if not rows or not any(c is not None for r in rows for c in r):
                continue
            source = translate("Import", "{file}, sheet {sheet}").format(file=path.name,
                                                                        sheet=ws.title)
            tables.append(_table(source, ws.title, rows))
    except damaged as exc:
        raise UserError(
            translate("Import", "This is not a readable XLSX workbook ({error}).").format(
                error=exc
            ),
            where=path.name,
        ) from exc
    finally:
        wb.close()
    return tables


def read_tables(path: Path) -> list[Table]:
    suffix = path.suffix.lower()
    if suffix in (".csv", ".txt", ".tsv"):
        return [read_csv(path)]
    if suffix in (".xlsx", ".xlsm"):
        return read_xlsx(path)
    if suffix == ".xls":
        raise UserError(
            translate("Import", "Old .xls workbooks cannot be read; save it as .xlsx."),
            where=path.name,
        )
    raise UserError(
        translate("Import", "Unknown file type '{suffix}': use CSV or XLSX.").format(
            suffix=suffix
        ),
        where=path.name,
    )


def _read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise UserError(translate("Import", "The file is too large to import."),
                            where=path.name)
        return path.read_bytes()
    except FileNotFoundError as exc:
        raise UserError(translate("Import", "The file does not exist."), where=str(path)) from exc
    except OSError as exc:
        raise UserError(
            translate("Import", "Cannot read the file: {error}").format(error=exc.strerror or exc),
            where=str(path),
        ) from exc
