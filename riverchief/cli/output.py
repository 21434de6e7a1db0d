"""Output of CLI commands: ``--format table|csv|json`` and ``-o/--out``, one way for all."""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
import unicodedata
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from riverchief.errors import UserError
from riverchief.files import replace_into
from riverchief.i18n import translate

FORMATS = ("table", "csv", "json")


def add_output_options(parser: argparse.ArgumentParser, *, out_help: str | None = None) -> None:
    parser.add_argument(
        "--format", choices=FORMATS, default="table", help="output format (default: table)"
    )
    parser.add_argument(
        "-o", "--out", type=Path, help=out_help or "write to this file instead of the screen"
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
    """Print or write ``rows`` as the user asked (``args.format``, ``args.out``)."""
    text = render(rows, columns, getattr(args, "format", "table"))
    write_text(getattr(args, "out", None), text)


def write_text(out: Path | None, text: str) -> None:
    if out is None:
        sys.stdout.write(text)
        return
    tmp = out.with_name(out.name + ".part")
    try:
        tmp.write_text(text, encoding="utf-8-sig" if out.suffix.lower() == ".csv" else "utf-8")
    except OSError as exc:  # a folder that is gone, a full or pulled USB stick
        tmp.unlink(missing_ok=True)
        raise UserError(translate("Files", "Cannot write the file: {error}").format(
            error=exc.strerror or exc), where=str(out)) from exc
    replace_into(tmp, out)
