"""Output of CLI commands: ``--format table|csv|json`` and ``-o/--out``, one way for all.

CSV and Excel: Excel on a Chinese Windows opens a CSV file without a byte-order mark as
GBK, and every Chinese name comes out garbled. So CSV written to a file (``-o list.csv``,
or the shell's ``> list.csv`` into a new or emptied file) starts with the UTF-8 BOM; CSV
going to a pipe (``| findstr``, another program) or to the screen has none, since the
tools at the other end take a BOM for part of the first column's name, and neither has
a file appended to (``>>``). ``--bom`` / ``--no-bom`` decide otherwise. JSON and the
table never carry one.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import stat
import sys
import unicodedata
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from riverchief.errors import UserError
from riverchief.files import part_path, replace_into
from riverchief.i18n import translate

FORMATS = ("table", "csv", "json")


def add_output_options(parser: argparse.ArgumentParser, *, out_help: str | None = None) -> None:
    parser.add_argument(
        "--format", choices=FORMATS, default="table", help="output format (default: table)"
    )
    parser.add_argument(
        "-o", "--out", type=Path, help=out_help or "write to this file instead of the screen"
    )
    parser.add_argument(
        "--bom", action=argparse.BooleanOptionalAction, default=None,
        help="CSV: start with a UTF-8 byte-order mark, which Excel needs to read Chinese "
             "(default: in a file, -o or '> FILE', yes; to a pipe or the screen, no)",
    )


def _width(text: str) -> int:
    """Display width: CJK characters take two columns in a terminal."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))


def render(rows: Sequence[dict[str, Any]], columns: Sequence[str], fmt: str) -> str:
    if fmt == "json":
        return json.dumps([{c: r.get(c) for c in columns} for r in rows], ensure_ascii=False,
                          indent=2) + "\n"
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(columns)
        for r in rows:
            writer.writerow(["" if r.get(c) is None else r.get(c) for c in columns])
        return buf.getvalue()
    cells = [[("" if r.get(c) is None else str(r.get(c))) for c in columns] for r in rows]
    widths = [max([_width(c)] + [_width(row[i]) for row in cells]) for i, c in enumerate(columns)]
    lines = ["  ".join(_pad(c, w) for c, w in zip(columns, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(_pad(v, w) for v, w in zip(row, widths, strict=True)).rstrip()
              for row in cells]
    return "\n".join(lines) + "\n"


def emit(args: argparse.Namespace, rows: Sequence[dict[str, Any]], columns: Sequence[str]) -> None:
    """Print or write ``rows`` as the user asked (``args.format``, ``args.out``, ``args.bom``)."""
    fmt = getattr(args, "format", "table")
    text = render(rows, columns, fmt)
    write_text(getattr(args, "out", None), text, csv_text=fmt == "csv",
               bom=getattr(args, "bom", None))


BOM = "\ufeff"


def stdout_is_new_file() -> bool:
    """Standard output is a file with nothing in it yet (``> list.csv``), not a pipe, the
    console, or a file appended to (``>> list.csv``)."""
    try:
        sys.stdout.flush()
        fd = sys.stdout.fileno()
        st = os.fstat(fd)
        return stat.S_ISREG(st.st_mode) and st.st_size == 0 and os.lseek(fd, 0, os.SEEK_CUR) == 0
    except (AttributeError, OSError, ValueError, io.UnsupportedOperation):
        return False  # replaced by something without a descriptor (a test's capture)


def wants_bom(out: Path | None, *, csv_text: bool, bom: bool | None = None) -> bool:
    """Whether CSV ``text`` starts with the UTF-8 byte-order mark (see the module's doc)."""
    if not csv_text:
        return False
    if bom is not None:
        return bom
    return out is not None or stdout_is_new_file()


def write_text(out: Path | None, text: str, *, csv_text: bool = False,
               bom: bool | None = None) -> None:
    """Write ``text`` to ``out`` (whole or not at all) or to standard output; CSV with the
    byte-order mark :func:`wants_bom` decides on."""
    mark = BOM if wants_bom(out, csv_text=csv_text, bom=bom) else ""
    if out is None:
        sys.stdout.write(mark + text)
        return
    tmp = part_path(out)
    try:
        tmp.write_text(mark + text, encoding="utf-8")
    except OSError as exc:  # a folder that is gone, a full or pulled USB stick
        tmp.unlink(missing_ok=True)
        raise UserError(translate("Files", "Cannot write the file: {error}").format(
            error=exc.strerror or exc), where=str(out)) from exc
    replace_into(tmp, out)
