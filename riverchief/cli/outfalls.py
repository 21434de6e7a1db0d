"""``riverchief outfalls list|export|progress``: the outfall ledger from a terminal."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from riverchief.cli.output import add_output_options, emit, write_text
from riverchief.cli.users import actor_from_args, add_actor_options
from riverchief.errors import UserError

TABLE_COLUMNS = ["编号", "排污口名称", "排污口类型", "整治类型", "阶段", "整治时限", "逾期天数"]
STAGE_HELP = "found|monitored|traced|remediated|closed (or 排查|监测|溯源|整治|销号)"


def _filters(p: argparse.ArgumentParser) -> None:
    p.add_argument("--overdue", action="store_true", help="only outfalls past their deadline")
    p.add_argument("--stage", help=STAGE_HELP)
    p.add_argument("--type", help="industrial|sewage_plant|agricultural|other")
    p.add_argument("--today", help="count overdue days as of this date (default: today)")
    add_actor_options(p)


def register(nouns: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = nouns.add_parser("outfalls", help="the outfall ledger (入河排污口台账)")
    verbs = p.add_subparsers(dest="verb", metavar="VERB", required=True)

    ls = verbs.add_parser("list", help="list outfalls")
    _filters(ls)
    add_output_options(ls)
    ls.set_defaults(func=cmd_list)

    exp = verbs.add_parser("export", help="the ledger as .xlsx or .csv with Chinese headers")
    exp.add_argument("-o", "--out", type=Path, required=True)
    _filters(exp)
    exp.set_defaults(func=cmd_export)

    prog = verbs.add_parser("progress", help="campaign progress: outfalls at each stage")
    prog.add_argument("--year", type=int, help="campaign year (default: this year)")
    prog.add_argument("--today", help="as of this date (default: today)")
    add_actor_options(prog)
    add_output_options(prog)
    prog.set_defaults(func=cmd_progress)


def _day(text: str | None) -> Any:
    from datetime import date

    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise UserError(f"'{text}' is not a date (write it as 2026-07-01)",
                        where="--today") from None


def _query(store: Any, args: argparse.Namespace) -> tuple[Any, dict[str, Any]]:
    from riverchief.outfalls.ledger import STAGE_CN, STAGES, TYPES

    actor = actor_from_args(store, args)
    stage = args.stage
    if stage and stage not in STAGES:
        stage = {v: k for k, v in STAGE_CN.items()}.get(stage)
        if stage is None:
            raise UserError(f"unknown stage '{args.stage}': {STAGE_HELP}", where="--stage")
    if args.type and args.type not in TYPES:
        raise UserError(f"unknown type '{args.type}'", where="--type")
    return actor, {"overdue": args.overdue, "stage": stage, "type": args.type,
                   "today": _day(args.today)}


def cmd_list(args: argparse.Namespace) -> int:
    from riverchief.cli import db_path
    from riverchief.db import open_store
    from riverchief.outfalls.export import HEADERS, outfall_json, outfall_row
    from riverchief.outfalls.ledger import list_outfalls

    with open_store(db_path(args)) as store:
        actor, filters = _query(store, args)
        rows = list_outfalls(store, actor, **filters)
        if args.format == "json":
            write_text(args.out, json.dumps([outfall_json(r) for r in rows],
                                            ensure_ascii=False, indent=2) + "\n")
            return 0
        table = [dict(zip(HEADERS, outfall_row(r), strict=True)) for r in rows]
        emit(args, table, list(HEADERS) if args.format == "csv" else TABLE_COLUMNS)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from riverchief.cli import db_path
    from riverchief.db import open_store
    from riverchief.outfalls.export import export_outfalls

    with open_store(db_path(args)) as store:
        actor, filters = _query(store, args)
        n = export_outfalls(store, actor, args.out, **filters)
    print(f"{args.out}: {n} outfalls")
    return 0


def cmd_progress(args: argparse.Namespace) -> int:
    from riverchief.cli import db_path
    from riverchief.db import open_store
    from riverchief.outfalls.ledger import STAGE_CN, STAGES, campaign_progress

    with open_store(db_path(args)) as store:
        actor = actor_from_args(store, args)
        p = campaign_progress(store, actor, args.year, _day(args.today))
        rows = [{"阶段": STAGE_CN[s], "数量": p.by_stage[s], "占比": f"{p.share(s):.1%}"}
                for s in STAGES]
        rows.append({"阶段": f"合计（{p.deadline}前完成，剩{p.days_left}天，逾期{p.overdue}）",
                     "数量": p.total, "占比": f"{p.share_closed:.1%} 已销号"})
        emit(args, rows, ["阶段", "数量", "占比"])
    return 0
