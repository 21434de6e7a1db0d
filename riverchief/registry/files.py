"""Reading tables from CSV and XLSX files as users make them.

CSV files come in UTF-8, UTF-8 with a BOM (Excel's "CSV UTF-8"), UTF-16 (Excel's
"Unicode text") or GBK/GB18030 (Excel on a Chinese Windows); the encoding is detected
from the bytes and the delimiter (comma, tab, semicolon) from the header line. Every
sheet of an XLSX workbook is a table. Rows are numbered as the spreadsheet shows them:
the header is row 1.

Files are read a row at a time (the encoding is found in a first pass over the bytes, one
chunk at a time), and a file of more than :data:`MAX_ROWS` rows or :data:`MAX_BYTES` bytes
is refused with advice to split it, so a million-row file never fills the memory. The
registry and historical-patrol importers check every row before writing any, so what is
read is kept; the limit bounds it (100,000 rows is about 100 MB).
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from riverchief.errors import UserError, place
from riverchief.files import open_text
from riverchief.i18n import translate

MAX_BYTES = 200 * 1024 * 1024
MAX_ROWS = 100_000  # data rows in one file (all sheets); a province's registry fits in a few


@dataclass
class Table:
    """The rows of one CSV file or one XLSX sheet, as text keyed by header."""

    source: str  # "segments.csv" or "registry.xlsx, sheet 河段"
    name: str  # file stem or sheet name, used to guess what the table holds
    headers: list[str]
    rows: list[tuple[int, dict[str, Any]]] = field(default_factory=list)  # (row number, values)
    encoding: str = ""


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


def read_csv(path: Path, max_rows: int = MAX_ROWS) -> Table:
    where = path.name
    _check_size(path)
    try:
        f, encoding = open_text(path)
    except UnicodeDecodeError as exc:  # also a BOM followed by bytes of another encoding
        raise _encoding_error(exc, where) from exc
    except OSError as exc:
        raise _read_error(exc, path) from exc
    with f:
        first = f.readline()
        f.seek(0)
        delimiter = max([",", "\t", ";"], key=first.count) if first.strip() else ","
        reader = csv.reader(f, delimiter=delimiter)
        all_rows: list[list[Any]] = []
        counter = _RowCounter(where, max_rows)
        try:
            for row in reader:
                counter.add(row)
                all_rows.append(row)
        except csv.Error as exc:
            raise UserError(
                translate("Import", "The CSV file is malformed ({error}).").format(error=exc),
                where=place(where, translate("Import", "row {n}").format(n=reader.line_num)),
            ) from exc
        except UnicodeDecodeError as exc:  # the file changed since its encoding was found
            raise _encoding_error(exc, where) from exc
    return _table(where, path.stem, all_rows, encoding)


class _RowCounter:
    """Counts the data rows of a file as they are read; refuses the row past ``limit``."""

    def __init__(self, where: str, limit: int) -> None:
        self.where = where
        self.limit = limit
        self.header_seen = False
        self.rows = 0

    def add(self, row: Sequence[Any]) -> None:
        if not any(c is not None and str(c).strip() for c in row):
            return
        if not self.header_seen:
            self.header_seen = True
            return
        self.rows += 1
        if self.rows > self.limit:
            raise too_many_rows(self.where, self.limit)

    def next_table(self) -> None:
        """A new sheet: its first row is a header again (the data rows add up)."""
        self.header_seen = False


def too_many_rows(where: str, limit: int) -> UserError:
    return UserError(
        translate(
            "Import",
            "The file has more than {limit} rows, too many to check and import in one go. "
            "Split it into files of at most {limit} rows (for example one per township or "
            "per year) and import them one after the other.",
        ).format(limit=f"{limit:,}"),
        where=where,
    )


def _encoding_error(exc: UnicodeDecodeError, where: str) -> UserError:
    return UserError(
        translate(
            "Import",
            "The file's text encoding is not UTF-8 or GBK (unreadable byte at position "
            "{pos}); save it as 'CSV UTF-8' and try again.",
        ).format(pos=exc.start),
        where=where,
    )


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


def read_xlsx(path: Path, max_rows: int = MAX_ROWS) -> list[Table]:
    import zipfile
    import zlib

    from openpyxl import load_workbook

    _check_size(path)
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
    counter = _RowCounter(path.name, max_rows)
    try:
        for ws in wb.worksheets:
            counter.next_table()
            rows = []
            for r in ws.iter_rows(values_only=True):  # read-only: one row at a time
                counter.add(r)
                rows.append(list(r))
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


def read_tables(path: Path, max_rows: int = MAX_ROWS) -> list[Table]:
    """The tables of a CSV or XLSX file; refused beyond ``max_rows`` data rows in all."""
    suffix = path.suffix.lower()
    if suffix in (".csv", ".txt", ".tsv"):
        return [read_csv(path, max_rows)]
    if suffix in (".xlsx", ".xlsm"):
        return read_xlsx(path, max_rows)
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


def _check_size(path: Path) -> int:
    """The file's size; refused when over :data:`MAX_BYTES`, before a byte is read."""
    try:
        size = path.stat().st_size
    except FileNotFoundError as exc:
        raise UserError(translate("Import", "The file does not exist."), where=str(path)) from exc
    except OSError as exc:
        raise _read_error(exc, path) from exc
    if size > MAX_BYTES:
        raise UserError(translate("Import", "The file is too large to import."),
                        where=path.name)
    return size


def _read_error(exc: OSError, path: Path) -> UserError:
    if isinstance(exc, FileNotFoundError):
        return UserError(translate("Import", "The file does not exist."), where=str(path))
    return UserError(
        translate("Import", "Cannot read the file: {error}").format(error=exc.strerror or exc),
        where=str(path),
    )
