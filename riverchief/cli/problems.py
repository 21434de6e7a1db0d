"""``riverchief problems list|show|export|due``: the problem ledger from a terminal."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from riverchief.cli.output import add_output_options, emit, write_text
from riverchief.cli.users import actor_from_args, add_actor_options
from riverchief.errors import UserError

STATE_HELP = "registered|assigned|rectifying|awaiting|closed (or 登记|交办|整改中|待验收|已销号)"
ACTIONS = ["assign", "accept", "return", "report_fix", "publish", "verify", "reject",
           "recheck_confirm", "recheck_reopen", "remind", "feedback", "extend"]
TABLE_COLUMNS = ["编号", "状态", "来源", "类别", "河段", "责任单位", "整改时限", "逾期天数"]


def _filters(p: argparse.ArgumentParser) -> None:
    p.add_argument("--state", action="append", help=f"state, may repeat: {STATE_HELP}")
    p.add_argument("--overdue", action="store_true", help="only problems past their deadline")
    p.add_argument("--source", help="patrol|complaint|supervision|monitoring|superior|media")
    p.add_argument("--category", help="category code, e.g. bank.household")
    p.add_argument("--unit", help="responsible unit code")
    p.add_argument("--segment", help="segment code")
    p.add_argument("--today", help="count overdue days as of this date (default: today)")
    add_actor_options(p)


def register(nouns: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = nouns.add_parser("problems", help="the problem ledger (问题台账)")
    verbs = p.add_subparsers(dest="verb", metavar="VERB", required=True)

    ls = verbs.add_parser("list", help="list problems (JSON: id, code, state, deadline, "
                                       "evidence, verifier, timeline, ...)")
    _filters(ls)
    add_output_options(ls)
    ls.set_defaults(func=cmd_list)

    show = verbs.add_parser("show", help="one problem with its evidence and timeline (JSON)")
    show.add_argument("code", help="problem code, e.g. P2026-00012")
    add_actor_options(show)
    show.set_defaults(func=cmd_show)

    exp = verbs.add_parser("export", help="the ledger as .xlsx or .csv with Chinese headers")
    exp.add_argument("-o", "--out", type=Path, required=True)
    _filters(exp)
    exp.set_defaults(func=cmd_export)

    notice = verbs.add_parser("notice", help="print a problem's assignment slip (交办单) or "
                                             "rectification notice (整改通知书) to PDF")
    notice.add_argument("code", help="problem code, e.g. P2026-00012")
    notice.add_argument("--kind", choices=["slip", "notice"], default="slip",
                        help="slip: 交办单 (default); notice: 整改通知书")
    notice.add_argument("--office", help="issuing office printed above the stamp "
                                         "(default: the signed-in user's name)")
    notice.add_argument("-o", "--out", type=Path, required=True, help="PDF file to write")
    add_actor_options(notice)
    notice.set_defaults(func=cmd_notice)

    add = verbs.add_parser("add", help="register a problem (登记)")
    add.add_argument("--source", required=True,
                     choices=["patrol", "complaint", "supervision", "monitoring", "superior",
                              "media"])
    add.add_argument("--category", required=True, help="category code, e.g. bank.household")
    add.add_argument("--description", required=True)
    add.add_argument("--segment", help="segment code")
    add.add_argument("--patrol", help="patrol id (source patrol)")
    add.add_argument("--complaint", help="complaint code (source complaint)")
    add.add_argument("--batch", help="supervision batch code (source supervision)")
    add.add_argument("--photo", type=Path, action="append", default=[],
                     help="photo when found (may repeat)")
    add_actor_options(add)
    add.set_defaults(func=cmd_add)

    act = verbs.add_parser("act", help="take a workflow action: " + ", ".join(ACTIONS))
    act.add_argument("code", help="problem code, e.g. P2026-00012")
    act.add_argument("action", choices=ACTIONS)
    act.add_argument("--note", default="", help="note, or the reason (return, reject, "
                                                "feedback, extend, recheck_reopen)")
    act.add_argument("--unit", help="responsible unit code (assign)")
    act.add_argument("--deadline", help="deadline (assign, extend, recheck_reopen)")
    act.add_argument("--requirement", help="what the unit must do (assign)")
    act.add_argument("--urgency", choices=["normal", "urgent", "critical"], default="normal")
    act.add_argument("--public-notice", action="store_true", help="publish before closing")
    act.add_argument("--measures", help="measures taken (report_fix)")
    act.add_argument("--file", type=Path, action="append", default=[],
                     help="evidence: photo after the fix or document (may repeat)")
    act.add_argument("--document", action="store_true", help="the files are documents")
    add_actor_options(act)
    act.set_defaults(func=cmd_act)

    due = verbs.add_parser("due", help="problems due this week, by responsible unit")
    due.add_argument("--today", help="a day of the week to list (default: today)")
    add_actor_options(due)
    add_output_options(due)
    due.set_defaults(func=cmd_due)


def _state_keys(values: list[str] | None) -> list[str] | None:
    from riverchief.problems.model import STATE_CN, STATES

    if not values:
        return None
    by_cn = {v: k for k, v in STATE_CN.items()}
    out = []
    for v in values:
        key = v if v in STATES else by_cn.get(v)
        if key is None:
            raise UserError(f"unknown state '{v}': {STATE_HELP}", where="--state")
        out.append(key)
    return out


def _day(text: str | None) -> Any:
    from datetime import date

    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise UserError(f"'{text}' is not a date (write it as 2026-07-01)",
                        where="--today") from None


def _id_by_code(store: Any, table: str, code: str | None, option: str) -> str | None:
    if not code:
        return None
    row = store.conn.execute(f"SELECT id FROM {table} WHERE code = ? AND deleted_at IS NULL",
                             [code]).fetchone()
    if row is None:
        raise UserError(f"no {table} with code '{code}'", where=option)
    return str(row[0])


def _query(store: Any, args: argparse.Namespace) -> tuple[Any, dict[str, Any]]:
    actor = actor_from_args(store, args)
    filters = {"state": _state_keys(args.state), "overdue": args.overdue,
               "source": args.source, "category": args.category,
               "unit_id": _id_by_code(store, "unit", args.unit, "--unit"),
               "segment_id": _id_by_code(store, "segment", args.segment, "--segment"),
               "today": _day(args.today)}
    return actor, filters


def cmd_list(args: argparse.Namespace) -> int:
    from riverchief.cli import db_path
    from riverchief.db import open_store
    from riverchief.problems import ledger
    from riverchief.problems.export import HEADERS, problem_json, problem_row

    with open_store(db_path(args)) as store:
        actor, filters = _query(store, args)
        rows = ledger.list_problems(store, actor, **filters)
        rows.sort(key=lambda r: r["code"])
        if args.format == "json":
            text = json.dumps([problem_json(store, r) for r in rows], ensure_ascii=False,
                              indent=2) + "\n"
            write_text(args.out, text)
            return 0
        table = [dict(zip(HEADERS, problem_row(r), strict=True)) for r in rows]
        emit(args, table, list(HEADERS) if args.format == "csv" else TABLE_COLUMNS)
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    from riverchief.cli import db_path
    from riverchief.db import open_store
    from riverchief.problems import ledger
    from riverchief.problems.export import problem_json
    from riverchief.problems.model import days_overdue

    with open_store(db_path(args)) as store:
        actor = actor_from_args(store, args)
        row = ledger.problem_by_code(store, actor, args.code)
        from datetime import date

        row["days_overdue"] = days_overdue(row, date.today())
        sys.stdout.write(json.dumps(problem_json(store, row), ensure_ascii=False, indent=2)
                         + "\n")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from riverchief.cli import db_path
    from riverchief.db import open_store
    from riverchief.problems.export import export_problems

    with open_store(db_path(args)) as store:
        actor, filters = _query(store, args)
        n = export_problems(store, actor, args.out, **filters)
    print(f"{args.out}: {n} problems")
    return 0


def cmd_due(args: argparse.Namespace) -> int:
    from riverchief.cli import db_path
    from riverchief.db import open_store
    from riverchief.problems import ledger

    with open_store(db_path(args)) as store:
        actor = actor_from_args(store, args)
        week = ledger.due_this_week(store, actor, _day(args.today))
        rows = [{"责任单位": unit, "编号": r["code"], "整改时限": r["deadline"],
                 "逾期天数": r["days_overdue"], "问题描述": r["description"]}
                for unit, items in week.items() for r in items]
        emit(args, rows, ["责任单位", "编号", "整改时限", "逾期天数", "问题描述"])
    return 0


def cmd_notice(args: argparse.Namespace) -> int:
    from datetime import date

    from riverchief.cli import db_path
    from riverchief.db import open_store
    from riverchief.notices import (
        Issuer,
        assignment_slip,
        issuing_office,
        rectification_notice,
    )
    from riverchief.problems import ledger

    with open_store(db_path(args)) as store:
        actor = actor_from_args(store, args)
        row = ledger.problem_by_code(store, actor, args.code)
        issuer = Issuer(args.office or issuing_office(store, actor, row["id"]), date.today())
        make = assignment_slip if args.kind == "slip" else rectification_notice
        make(store, actor, row["id"], args.out, issuer)
    print(args.out)
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    from riverchief.cli import db_path
    from riverchief.db import open_store
    from riverchief.problems import ledger

    with open_store(db_path(args)) as store:
        actor = actor_from_args(store, args)
        pid = ledger.create_problem(
            store, actor, source=args.source, category=args.category,
            description=args.description,
            segment_id=_id_by_code(store, "segment", args.segment, "--segment"),
            patrol_id=args.patrol,
            complaint_id=_id_by_code(store, "complaint", args.complaint, "--complaint"),
            batch_id=_id_by_code(store, "supervision_batch", args.batch, "--batch"),
            photos=args.photo)
        print(store.conn.execute("SELECT code FROM problem WHERE id = ?", [pid]).fetchone()[0])
    return 0


def cmd_act(args: argparse.Namespace) -> int:
    from riverchief.cli import db_path
    from riverchief.db import open_store
    from riverchief.problems import ledger
    from riverchief.problems.model import STATE_CN

    with open_store(db_path(args)) as store:
        actor = actor_from_args(store, args)
        row = ledger.problem_by_code(store, actor, args.code)
        params: dict[str, Any] = {}
        if args.action == "assign":
            params.update(unit_id=_id_by_code(store, "unit", args.unit, "--unit"),
                          deadline=args.deadline, requirement=args.requirement or "",
                          urgency=args.urgency, public_notice=args.public_notice)
        if args.action in ("extend", "recheck_reopen"):
            params["deadline"] = args.deadline
        if args.action == "report_fix":
            params["measures"] = args.measures or ""
        after = ledger.act(store, actor, row["id"], args.action, note=args.note,
                           files=args.file,
                           file_kind="document" if args.document else "after", **params)
        print(f"{after['code']}: {STATE_CN[after['state']]}")
    return 0
