"""``riverchief wq classify|ccme|import``: water quality from the command line.

``classify`` and ``ccme`` work on files alone, without a database.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path


def register(nouns: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = nouns.add_parser("wq", help="water quality: classify files, CCME WQI, import samples")
    verbs = p.add_subparsers(dest="verb", metavar="VERB", required=True)

    classify = verbs.add_parser(
        "classify",
        help="add class, status and main_pollutants columns to a wide file (no database)",
    )
    classify.add_argument("file", type=Path, help="CSV or XLSX file, one sample per row")
    classify.add_argument(
        "--water-type", choices=["river", "lake"], default="river",
        help="ladder for rows without a water_type/水体类型 column value (default: river)",
    )
    classify.add_argument("-o", "--out", type=Path,
                          help="write the file here (.csv or .xlsx); default: CSV on screen")
    classify.set_defaults(func=cmd_classify)

    ccme = verbs.add_parser(
        "ccme", help="CCME WQI 1.0 of a tidy file with objectives (no database)"
    )
    ccme.add_argument(
        "file", type=Path,
        help="CSV or XLSX: Date,Variable,Value,DetectionLimit,LowerLimit,UpperLimit,Units",
    )
    ccme.add_argument("--format", choices=["table", "json"], default="table")
    ccme.add_argument("-o", "--out", type=Path, help="write to this file instead of the screen")
    ccme.set_defaults(func=cmd_ccme)

    imp = verbs.add_parser("import", help="import samples from a wide or tidy CSV/XLSX file")
    imp.add_argument("file", type=Path, help="CSV or XLSX file")
    imp.add_argument(
        "--source", choices=["automatic", "laboratory", "field"], default="laboratory",
        help="source of rows without a source column value (default: laboratory)",
    )
    imp.add_argument("--accept-valid", action="store_true",
                     help="import the valid rows even when some rows have errors")
    imp.add_argument("--check", action="store_true",
                     help="only check the file and list its errors; import nothing")
    imp.add_argument("--user", help="sign in as this user (password from $RIVERCHIEF_PASSWORD "
                                    "or a prompt)")
    imp.set_defaults(func=cmd_import)

    from riverchief.cli.output import add_output_options

    score = verbs.add_parser(
        "score", help="water-quality score of every chief in a period (month, quarter, year)")
    score.add_argument("period", help="2026, 2026Q3 or 2026-07")
    add_output_options(score)
    score.set_defaults(func=cmd_score)

    chart = verbs.add_parser("chart", help="draw a water-quality chart to PNG or SVG")
    chart.add_argument("kind", choices=["score", "ranking", "shares", "item", "tli"],
                       help="score: chiefs' score by month; ranking: chiefs ranked; shares: "
                            "sections per class and month; item: one item at one section; "
                            "tli: a lake's trophic state")
    chart.add_argument("period", help="2026, 2026Q3 or 2026-07")
    chart.add_argument("-o", "--out", type=Path, required=True, help="PNG or SVG file")
    chart.add_argument("--dpi", type=int, default=150, help="resolution of a PNG (default 150)")
    chart.add_argument("--chief", action="append", default=[],
                       help="chief code (repeat for several; default: all with data)")
    chart.add_argument("--section", help="section code (item and tli charts)")
    chart.add_argument("--item", default="nh3n", help="item key for the item chart (nh3n, tp…)")
    chart.add_argument("--target", type=float, default=80.0, help="target score line")
    chart.set_defaults(func=cmd_chart)

    sections = verbs.add_parser("sections", help="sections with the class of their latest month")
    add_output_options(sections)
    sections.set_defaults(func=cmd_sections)


def cmd_classify(args: argparse.Namespace) -> int:
    from riverchief.waterquality.batch import classify_file, write_rows

    result = classify_file(args.file, args.water_type)
    headers, rows = result.output_rows()
    text = write_rows(args.out, headers, rows)
    if text is not None:
        from riverchief.cli.output import write_text

        write_text(None, text, csv_text=True)  # a BOM in '> FILE', none in a pipe
    return 0


def _fmt(x: float | None) -> str:
    return "" if x is None else f"{x:.2f}"


def cmd_ccme(args: argparse.Namespace) -> int:
    from riverchief.cli.output import write_text
    from riverchief.waterquality.batch import ccme_file

    result = ccme_file(args.file)
    data = result.as_dict(digits=4)
    if args.format == "json":
        text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    else:
        lines = [
            f"variables         {result.variables}",
            f"tests             {result.tests}",
            f"failed variables  {result.failed_variables}",
            f"failed tests      {result.failed_tests}",
            f"F1                {_fmt(result.f1)}",
            f"F2                {_fmt(result.f2)}",
            f"F3                {_fmt(result.f3)}",
            f"wqi               {_fmt(result.wqi) if result.wqi is not None else '-'}",
            f"category          {result.category.value}",
        ]
        text = "\n".join(lines) + "\n"
    write_text(args.out, text)
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from riverchief.cli import db_path
    from riverchief.cli.users import actor_from_args
    from riverchief.db import open_store
    from riverchief.waterquality.samples import import_file

    with open_store(db_path(args)) as store:
        actor = actor_from_args(store, args)
        report = import_file(store, args.file, actor=actor, default_source=args.source,
                             accept_valid=args.accept_valid, dry_run=args.check)
    for line in report.lines():
        print(line)
    return 0 if not report.errors or (args.accept_valid and not args.check) else 1


def cmd_score(args: argparse.Namespace) -> int:
    from riverchief.cli import db_path
    from riverchief.cli.output import emit
    from riverchief.db import open_store
    from riverchief.periods import parse_period
    from riverchief.waterquality.score import chief_scores

    period = parse_period(args.period)
    with open_store(db_path(args)) as store:
        scores = chief_scores(store, period)
        names = {r[0]: (r[1], r[2]) for r in store.conn.execute(
            "SELECT id, code, name FROM chief WHERE deleted_at IS NULL")}
    rows = [{"chief": names[c][0], "name": names[c][1], "period": period.label,
             "method": s.method, "score": None if s.score is None else round(s.score, 2),
             "shown": s.label, "attained": s.attained, "counted": s.counted}
            for c, s in scores.items() if c in names]
    rows.sort(key=lambda r: r["chief"])
    emit(args, rows, ["chief", "name", "period", "method", "shown", "score", "attained",
                      "counted"])
    return 0


def cmd_sections(args: argparse.Namespace) -> int:
    from riverchief.cli import db_path
    from riverchief.cli.output import emit
    from riverchief.db import open_store
    from riverchief.waterquality.overview import section_statuses

    with open_store(db_path(args)) as store:
        rows = [{"code": r.section.code, "name": r.section.name,
                 "water_type": r.section.water_type, "target": r.section.target.code,
                 "month": r.month, "class": r.water_class.code if r.water_class else None,
                 "status": r.status.label if r.status else None,
                 "attained": r.attained}
                for r in section_statuses(store)]
    emit(args, rows, ["code", "name", "water_type", "target", "month", "class", "status",
                      "attained"])
    return 0


def cmd_chart(args: argparse.Namespace) -> int:
    from riverchief.charts import save_figure
    from riverchief.cli import db_path
    from riverchief.db import open_store
    from riverchief.waterquality.charting import chart_figure

    with open_store(db_path(args)) as store:
        fig = chart_figure(store, args.kind, args.period, chief_codes=args.chief,
                           section_code=args.section, item=args.item, target=args.target)
    print(save_figure(fig, args.out, dpi=args.dpi))
    return 0
