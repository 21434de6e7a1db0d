"""``riverchief db init|check|backup|restore``."""

from __future__ import annotations

import argparse
from pathlib import Path

from riverchief.cli.output import add_output_options, emit


def register(nouns: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = nouns.add_parser("db", help="create, check, back up and restore the database")
    verbs = p.add_subparsers(dest="verb", metavar="VERB", required=True)

    init = verbs.add_parser("init", help="create the database (or bring it up to date)")
    init.set_defaults(func=cmd_init)

    check = verbs.add_parser("check", help="integrity, foreign-key and schema check")
    add_output_options(check)
    check.set_defaults(func=cmd_check)

    backup = verbs.add_parser("backup", help="copy the database safely, even while in use")
    backup.add_argument("-o", "--out", type=Path, help="backup file (default: backups folder)")
    backup.set_defaults(func=cmd_backup)

    restore = verbs.add_parser("restore", help="replace the database by a verified backup")
    restore.add_argument("file", type=Path, help="backup file to restore")
    restore.set_defaults(func=cmd_restore)


def cmd_init(args: argparse.Namespace) -> int:
    from riverchief.cli import db_path
    from riverchief.db import open_store

    path = db_path(args)
    with open_store(path, create=True) as store:
        print(f"{store.path}: schema version {store.schema_version()}, "
              f"installation {store.installation_id}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from riverchief.cli import db_path
    from riverchief.db import integrity_report, open_store

    with open_store(db_path(args), migrate=False) as store:
        problems = integrity_report(store)
        if args.format == "table" and args.out is None:
            if problems:
                for line in problems:
                    print(line)
            else:
                print(f"{store.path}: ok (schema version {store.schema_version()})")
        else:
            emit(args, [{"problem": p} for p in problems], ["problem"])
    return 1 if problems else 0


def cmd_backup(args: argparse.Namespace) -> int:
    from riverchief.cli import db_path
    from riverchief.db import backup_now, open_store

    with open_store(db_path(args), migrate=False) as store:
        dest = backup_now(store, args.out)
    print(dest)
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from riverchief.cli import db_path
    from riverchief.db.restore import restore

    aside = restore(args.file, db_path(args))
    print(f"restored {args.file}" + (f"; previous database kept as {aside}" if aside else ""))
    return 0
