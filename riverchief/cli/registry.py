"""``riverchief registry import FILE``, ``registry export -o FILE``, ``registry who``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from riverchief.cli.output import add_output_options, emit
from riverchief.cli.users import actor_from_args, add_actor_options
from riverchief.i18n import translate

TABLES = ["area", "water", "segment", "section", "chief", "unit", "assignment", "sign"]


def register(nouns: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = nouns.add_parser("registry", help="import and export waters, segments, chiefs, ...")
    verbs = p.add_subparsers(dest="verb", metavar="VERB", required=True)

    imp = verbs.add_parser(
        "import", help="import a CSV/XLSX table or workbook, or segment lines "
                       "(GeoJSON, KML, KMZ, Shapefile)")
    imp.add_argument("file", type=Path)
    imp.add_argument("--table", choices=TABLES, help="what the CSV holds (default: guessed "
                                                     "from the file name or headers)")
    imp.add_argument("--valid-only", action="store_true",
                     help="import the valid rows even when some rows are bad")
    imp.add_argument("--datum", choices=["wgs84", "gcj02", "bd09"], default="wgs84",
                     help="coordinate system of the lines (default wgs84)")
    add_actor_options(imp)
    imp.set_defaults(func=cmd_import)

    exp = verbs.add_parser("export", help="export to .xlsx (all tables), .csv (one table) "
                                          "or .geojson (segment lines)")
    exp.add_argument("-o", "--out", type=Path, required=True)
    exp.add_argument("--table", choices=TABLES, action="append",
                     help="table(s) to export (default: all)")
    add_actor_options(exp)
    exp.set_defaults(func=cmd_export)

    signs = verbs.add_parser("signs", help="public signs (公示牌); --stale: only those not "
                                           "updated after their chiefs changed")
    signs.add_argument("--stale", action="store_true", help="only the out-of-date signs")
    signs.add_argument("--day", help="as on this date (default: today)")
    signs.add_argument("--days", type=int, help="days allowed to update a sign after a change "
                                                "(default: setting registry.sign_stale_days, 30)")
    add_output_options(signs)
    signs.set_defaults(func=cmd_signs)

    who = verbs.add_parser("who", help="the chiefs responsible for a segment on a day")
    who.add_argument("segment", help="segment code")
    who.add_argument("day", help="date, e.g. 2026-07-01")
    add_output_options(who)
    who.set_defaults(func=cmd_who)


def cmd_import(args: argparse.Namespace) -> int:
    from riverchief.cli import db_path
    from riverchief.db import open_store
    from riverchief.registry.transfer import ImportRejected, import_file

    with open_store(db_path(args)) as store:
        actor = actor_from_args(store, args)
        try:
            report = import_file(store, actor, args.file, table=args.table,
                                 valid_only=args.valid_only, datum=args.datum)
        except ImportRejected as exc:
            _print_problems(exc.report.problems, "")
            raise
    _print_problems(report.problems, translate("CliRegistry", "skipped: "))
    print(translate("CliRegistry", "{file}: {new} new, {updated} updated, {same} unchanged, "
                                   "{skipped} skipped.").format(
        file=args.file.name, new=report.created, updated=report.updated,
        same=report.unchanged, skipped=len(report.problems)))
    return 0


def _print_problems(problems: list[Any], prefix: str, limit: int = 50) -> None:
    for problem in problems[:limit]:
        print(f"{prefix}{problem}", file=sys.stderr)
    if len(problems) > limit:
        print(translate("CliRegistry", "... and {n} more").format(n=len(problems) - limit),
              file=sys.stderr)


def cmd_export(args: argparse.Namespace) -> int:
    from riverchief.cli import db_path
    from riverchief.db import open_store
    from riverchief.registry.transfer import export_file, table_title

    with open_store(db_path(args)) as store:
        actor = actor_from_args(store, args)
        counts = export_file(store, actor, args.out, tables=args.table)
    print(f"{args.out}: " + ", ".join(f"{table_title(t)} {n}" for t, n in counts.items()))
    return 0


def cmd_who(args: argparse.Namespace) -> int:
    from riverchief.cli import db_path
    from riverchief.db import open_store
    from riverchief.errors import UserError
    from riverchief.registry import queries, schema

    with open_store(db_path(args)) as store:
        seg = queries.segment_by_code(store, args.segment)
        if seg is None:
            raise UserError(translate("CliRegistry", "No segment with code {code}.").format(
                code=args.segment))
        day = schema.parse_date(args.day, "day")
        rows = [{"code": c.code, "name": c.name, "level": schema.choice_label(c.level),
                 "title": schema.choice_label(c.title), "post": f"{c.organisation} {c.post}",
                 "phone": c.phone}
                for c in queries.responsible_chiefs(store, seg.id, day)]
    emit(args, rows, ["code", "name", "level", "title", "post", "phone"])
    return 0


def cmd_signs(args: argparse.Namespace) -> int:
    from datetime import date

    from riverchief.cli import db_path
    from riverchief.db import open_store
    from riverchief.registry import queries, schema
    from riverchief.registry.edit import code_for_id

    with open_store(db_path(args)) as store:
        day = date.fromisoformat(schema.parse_date(args.day, "day")) if args.day else date.today()
        stale = {s.sign.id: s for s in queries.stale_signs(store, day, args.days)}
        names = dict(store.conn.execute("SELECT id, name FROM chief").fetchall())
        rows = []
        for sign in queries.list_signs(store):
            if args.stale and sign.id not in stale:
                continue
            flag = stale.get(sign.id)
            rows.append({
                "code": sign.code, "segment": code_for_id(store, "segment", sign.segment_id),
                "location": sign.location, "last_updated": sign.last_updated.isoformat(),
                "chiefs_named": "、".join(names.get(c, "?") for c in sign.named_chief_ids),
                "chiefs_now": "、".join(names.get(c, "?") for c in flag.current_chief_ids)
                if flag else "",
                "changed_on": flag.changed_on.isoformat() if flag else "",
                "days_overdue": flag.days_overdue if flag else "",
            })
    emit(args, rows, ["code", "segment", "location", "last_updated", "chiefs_named",
                      "chiefs_now", "changed_on", "days_overdue"])
    return 0
