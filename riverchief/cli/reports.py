"""``riverchief reports quarterly|chief|water|ranking|patrol-stats|chief-stats``: printable
reports as PDF and office spreadsheets as XLSX."""

from __future__ import annotations

import argparse
from pathlib import Path

from riverchief.cli.users import actor_from_args, add_actor_options


def register(nouns: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = nouns.add_parser("reports", help="printable reports (PDF) and spreadsheets")
    verbs = p.add_subparsers(dest="verb", metavar="VERB", required=True)
    water = verbs.add_parser("water", help="one water's 一河一档 report")
    water.add_argument("--water", required=True, help="water code")
    _common(water)
    water.set_defaults(func=cmd_water)
    quarterly = verbs.add_parser("quarterly", help="the quarterly assessment report of an area")
    quarterly.add_argument("--period", required=True, help="quarter, e.g. 2026Q3")
    quarterly.add_argument("--area", help="area code (default: all areas)")
    quarterly.add_argument("--appendix", default="all",
                           help="scorecards in the appendix: all, none or a level")
    _common(quarterly)
    quarterly.set_defaults(func=cmd_quarterly)
    chief = verbs.add_parser("chief", help="one river chief's 履职报告 for a period")
    chief.add_argument("--chief", required=True, help="chief code")
    chief.add_argument("--period", required=True, help="period, e.g. 2026Q3, 2026-07 or 2026")
    _common(chief)
    chief.set_defaults(func=cmd_chief)
    ranking = verbs.add_parser("ranking", help="the ranking of all chiefs as a spreadsheet")
    ranking.add_argument("--period", required=True, help="period, e.g. 2026Q3")
    ranking.add_argument("--area", help="area code (default: all areas)")
    ranking.add_argument("-o", "--out", type=Path, required=True, help="XLSX file to write")
    ranking.add_argument("--lang", dest="report_lang", choices=["zh", "en"],
                         help="language of the headers")
    add_actor_options(ranking)
    ranking.set_defaults(func=cmd_ranking)
    for verb, text, func in (
            ("patrol-stats", "patrol statistics by administrative area (XLSX)", cmd_patrol_stats),
            ("chief-stats", "patrols required, made and missed per chief (XLSX)",
             cmd_chief_stats)):
        sheet = verbs.add_parser(verb, help=text)
        sheet.add_argument("--period", required=True, help="period, e.g. 2026Q3, 2026-07, 2026")
        sheet.add_argument("--area", help="area code (default: all areas)")
        sheet.add_argument("-o", "--out", type=Path, required=True, help="XLSX file to write")
        sheet.add_argument("--lang", dest="report_lang", choices=["zh", "en"],
                           help="language of the headers")
        add_actor_options(sheet)
        sheet.set_defaults(func=func)


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-o", "--out", type=Path, required=True, help="PDF file to write")
    parser.add_argument("--date", help="the date printed on the report (default: today)")
    parser.add_argument("--author", help="who prepared it (default: the signed-in user)")
    parser.add_argument("--issuer", help="issuing body (default: the area's river-chief office)")
    parser.add_argument("--lang", dest="report_lang", choices=["zh", "en"],
                        help="language of the report")
    add_actor_options(parser)


def _prepare(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from riverchief import i18n
    from riverchief.cli import db_path
    from riverchief.db import open_store

    if args.report_lang:
        i18n.set_language("zh_CN" if args.report_lang == "zh" else "en")
    return open_store(db_path(args))


def cmd_water(args: argparse.Namespace) -> int:
    from riverchief.reports.common import default_issuer, parse_day
    from riverchief.reports.water import water_report

    with _prepare(args) as store:
        actor = actor_from_args(store, args)
        water_report(store, args.water, args.out, issuer=args.issuer or default_issuer(store),
                     day=parse_day(args.date), author=args.author or actor.name)
    print(args.out)
    return 0


def cmd_quarterly(args: argparse.Namespace) -> int:
    from riverchief.reports.common import default_issuer, parse_day
    from riverchief.reports.quarterly import quarterly_report
    from riverchief.security.sight import require_area_seen

    with _prepare(args) as store:
        actor = actor_from_args(store, args)
        require_area_seen(store, actor, args.area, where="--area")
        quarterly_report(store, args.period, args.out, area_code=args.area,
                         appendix=args.appendix,
                         issuer=args.issuer or default_issuer(store, args.area),
                         day=parse_day(args.date), author=args.author or actor.name)
    print(args.out)
    return 0


def cmd_chief(args: argparse.Namespace) -> int:
    from riverchief.reports.chief import chief_report
    from riverchief.reports.common import default_issuer, parse_day
    from riverchief.security.sight import require_chief_seen

    with _prepare(args) as store:
        actor = actor_from_args(store, args)
        require_chief_seen(store, actor, args.chief, where="--chief")
        chief_report(store, args.chief, args.period, args.out,
                     issuer=args.issuer or default_issuer(store), day=parse_day(args.date),
                     author=args.author or actor.name)
    print(args.out)
    return 0


def cmd_ranking(args: argparse.Namespace) -> int:
    from riverchief.reports.quarterly import ranking_xlsx
    from riverchief.security.sight import require_area_seen

    with _prepare(args) as store:
        require_area_seen(store, actor_from_args(store, args), args.area, where="--area")
        ranking_xlsx(store, args.period, args.out, area_code=args.area)
    print(args.out)
    return 0


def cmd_patrol_stats(args: argparse.Namespace) -> int:
    from riverchief.reports.sheets import patrol_stats_xlsx
    from riverchief.security.sight import require_area_seen

    with _prepare(args) as store:
        require_area_seen(store, actor_from_args(store, args), args.area, where="--area")
        patrol_stats_xlsx(store, args.period, args.out, area_code=args.area)
    print(args.out)
    return 0


def cmd_chief_stats(args: argparse.Namespace) -> int:
    from riverchief.reports.sheets import chief_stats_xlsx
    from riverchief.security.sight import require_area_seen

    with _prepare(args) as store:
        require_area_seen(store, actor_from_args(store, args), args.area, where="--area")
        chief_stats_xlsx(store, args.period, args.out, area_code=args.area)
    print(args.out)
    return 0
