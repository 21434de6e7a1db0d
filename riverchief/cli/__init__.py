"""``riverchief [--db FILE] NOUN VERB [options]``: everything the GUI does, from a terminal.

Each noun lives in its own module here with a ``register(subparsers)`` function; the
module list below is explicit so that a frozen build finds every command.
Errors a user can act on print one line on stderr and exit 1; bad usage exits 2.
"""

from __future__ import annotations

import argparse
import codecs
import importlib
import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from riverchief import __version__, i18n
from riverchief.errors import Cancelled, UserError
from riverchief.paths import default_db_path

COMMAND_MODULES = [
    "assessment",
    "db",
    "demo",
    "registry",
    "users",
    "tracks",
    "wq",
    "packages",
    "problems",
    "outfalls",
    "reports",
    "patrols",
]

log = logging.getLogger("riverchief")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: {message} (see --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="riverchief",
        description="RiverChief 河长巡河 — river/lake chief patrols, ledgers and assessment.",
    )
    parser.add_argument("--version", action="version", version=f"riverchief {__version__}")
    parser.add_argument(
        "--db",
        type=Path,
        default=None,
        help=f"database file (default: $RIVERCHIEF_DB or {default_db_path()})",
    )
    parser.add_argument("--lang", choices=sorted(i18n.LANGUAGES), help="language of messages")
    nouns = parser.add_subparsers(dest="noun", metavar="NOUN", parser_class=_Parser)
    nouns.required = True
    for name in COMMAND_MODULES:
        importlib.import_module(f"riverchief.cli.{name}").register(nouns)
    return parser


def db_path(args: argparse.Namespace) -> Path:
    return Path(args.db) if args.db else default_db_path()


def utf8_streams() -> None:
    """Windows: write UTF-8 to a pipe or file, as the frozen app (UTF-8 mode) does.

    Python writes output that goes to a pipe or file (``riverchief patrols list >
    list.txt``) in the ANSI code page, cp936 on a Chinese Windows and cp1252 on an English
    one, and stops at the first character it lacks with ``UnicodeEncodeError``: a track
    named with an emoji, a chief's rare character (生僻字) outside GBK, any Chinese on an
    English Windows. A console is not affected (Python writes Unicode to it).
    """
    if sys.platform != "win32":
        return
    for stream in (sys.stdout, sys.stderr):
        encoding = getattr(stream, "encoding", None)
        try:
            if encoding is None or codecs.lookup(encoding).name == "utf-8":
                continue
            stream.reconfigure(encoding="utf-8")
        except (AttributeError, LookupError, ValueError, OSError):
            continue  # not a text stream we can change: left as it is


class DatabaseWarnings(logging.Handler):
    """A database's warnings (a folder OneDrive copies, riverchief.db.location) on stderr,
    once per file: a warning line, not an error; the command goes on and its exit status
    is its own."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.said: set[str] = set()

    def emit(self, record: logging.LogRecord) -> None:
        path = str(getattr(record, "db_path", ""))
        if path in self.said:
            return
        self.said.add(path)
        from riverchief.db.location import warning_line

        print(f"riverchief: {warning_line(path, record.getMessage())}", file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    utf8_streams()
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.lang:
        i18n.set_language(args.lang)
    warnings = DatabaseWarnings()
    logging.getLogger("riverchief.db.location").addHandler(warnings)
    try:
        result = args.func(args)
    except UserError as exc:
        print(f"riverchief: {exc}", file=sys.stderr)
        return 1
    except Cancelled:
        print("riverchief: cancelled", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("riverchief: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    finally:
        logging.getLogger("riverchief.db.location").removeHandler(warnings)
    return int(result or 0)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
