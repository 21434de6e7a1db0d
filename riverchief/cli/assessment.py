"""``riverchief assessment score|runs|compare|withdraw``: scorecards and frozen runs from a
terminal.

``score`` prints every chief's scorecard for a period (``--format json`` gives each
indicator with its deductions, their reasons and the records behind them); ``--freeze``
stores the run. ``runs`` lists the stored runs (``--withdrawn``: those withdrawn, with who
and why); ``compare`` says what changed between two; ``withdraw`` takes a run out of use
with a reason.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from riverchief.cli.output import add_output_options, emit, write_text

LEVELS = ["district", "township", "village"]


def register(nouns: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = nouns.add_parser("assessment", help="assessment: scorecards, rankings, frozen runs")
    verbs = p.add_subparsers(dest="verb", metavar="VERB", required=True)

    score = verbs.add_parser("score", help="every chief's scorecard for a period, ranked")
    score.add_argument("--period", required=True, help="2026Q1 (quarter) or 2026-03 (month)")
    score.add_argument("--area", help="area code: that area and everything below it")
    score.add_argument("--level", choices=LEVELS, help="only chiefs of this level")
    score.add_argument("--rules", type=Path,
                       help="rule-set TOML file (default: the rule set in force)")
    score.add_argument("--freeze", action="store_true",
                       help="store the run (needs an evaluator or administrator)")
    score.add_argument("--user", help="sign in as this user for --freeze (password from "
                                      "$RIVERCHIEF_PASSWORD or a prompt)")
    add_output_options(score)
    score.set_defaults(func=cmd_score)

    runs = verbs.add_parser("runs", help="list the stored (frozen) runs")
    runs.add_argument("--period", help="only runs of this period")
    runs.add_argument("--withdrawn", action="store_true",
                      help="list the withdrawn runs instead, with who withdrew them and why")
    add_output_options(runs)
    runs.set_defaults(func=cmd_runs)

    compare = verbs.add_parser("compare", help="what changed between two stored runs and why")
    compare.add_argument("run_a", help="id of the earlier run (see: assessment runs)")
    compare.add_argument("run_b", help="id of the later run")
    add_output_options(compare)
    compare.set_defaults(func=cmd_compare)

    withdraw = verbs.add_parser(
        "withdraw", help="take a frozen run out of use (a trial run, a wrong scope), with a "
                         "reason; it stays in the audit log")
    withdraw.add_argument("run", help="id of the run (see: assessment runs)")
    withdraw.add_argument("--reason", required=True, help="why it is withdrawn")
    withdraw.add_argument("--user", help="sign in as this user (an evaluator or "
                                         "administrator; password from $RIVERCHIEF_PASSWORD "
                                         "or a prompt)")
    withdraw.set_defaults(func=cmd_withdraw)


def _json_card(card: Any) -> dict[str, Any]:
    """The documented shape of one chief's scorecard."""
    d = card.as_dict()
    return {
        "chief_id": d["chief_id"], "chief_code": d["chief_code"], "chief_name": d["chief_name"],
        "level": d["level"], "area": d["area"], "total": d["total"],
        "grade": d["grade_name"] if d["grade"] else None, "rank": d["rank"],
        "indicators": [
            {"key": i["key"], "name": i["name"], "points": i["points"],
             "max_points": i["max_points"],
             "deductions": [{"points": x["points"], "reason": x["reason"],
                             "records": [r["id"] for r in x["records"]]}
                            for x in i["deductions"]]}
            for i in d["indicators"]],
    }


def cmd_score(args: argparse.Namespace) -> int:
    from riverchief.assessment.scorecards import compute
    from riverchief.cli import db_path
    from riverchief.db import open_store
    from riverchief.rules import load_rules

    with open_store(db_path(args)) as store:
        rules = load_rules(args.rules) if args.rules else None
        result = compute(store, args.period, area_code=args.area, level=args.level,
                         rules=rules)
        if args.freeze:
            from riverchief.assessment.runs import freeze
            from riverchief.cli.users import actor_from_args

            run_id = freeze(store, actor_from_args(store, args), result)
            print(f"run {run_id}", file=sys.stderr)
    if args.format == "json":
        write_text(args.out, json.dumps([_json_card(c) for c in result.cards],
                                        ensure_ascii=False, indent=2) + "\n")
        return 0
    from riverchief.rules.assessment import indicator_name

    keys = [i.key for i in result.rules.assessment.active()]
    rows = []
    for c in result.cards:
        row = {"rank": c.rank_overall, "level_rank": c.rank, "chief_code": c.chief.code,
               "chief_name": c.chief.name, "level": c.chief.level, "area": c.chief.area_name,
               "total": None if c.total is None else f"{c.total}", "grade": c.grade_name}
        for i in c.indicators:
            row[indicator_name(i.key)] = "-" if i.points is None else f"{i.points:.2f}"
        row[indicator_name("bonus")] = f"{c.bonus.points:.2f}"
        rows.append(row)
    columns = ["rank", "level_rank", "chief_code", "chief_name", "level", "area", "total",
               "grade", *(indicator_name(k) for k in keys), indicator_name("bonus")]
    emit(args, rows, columns)
    return 0


def cmd_runs(args: argparse.Namespace) -> int:
    from riverchief.assessment.runs import list_runs
    from riverchief.cli import db_path
    from riverchief.db import open_store

    if args.withdrawn:
        return _withdrawn_runs(args)
    with open_store(db_path(args)) as store:
        rows = [{"id": r.id, "period": r.period.label, "area_id": r.area_id or "",
                 "level": r.level or "", "chiefs": r.chiefs,
                 "rules": f"{r.ruleset_name} {r.ruleset_version}",
                 "rules_digest": r.ruleset_digest[:12], "input_digest": r.input_digest[:12],
                 "computed_at": r.computed_at, "by": r.computed_by}
                for r in list_runs(store, args.period)]
    emit(args, rows, ["id", "period", "area_id", "level", "chiefs", "rules", "rules_digest",
                      "input_digest", "computed_at", "by"])
    return 0


def cmd_compare(args: argparse.Namespace) -> int:
    from riverchief.assessment.runs import compare
    from riverchief.cli import db_path
    from riverchief.db import open_store

    with open_store(db_path(args)) as store:
        notes, changes = compare(store, args.run_a, args.run_b)
    if args.format == "json":
        write_text(args.out, json.dumps({"notes": notes, "changes": [c.__dict__ for c in changes]},
                                        ensure_ascii=False, indent=2) + "\n")
        return 0
    rows = [{"chief_code": c.chief_code, "chief_name": c.chief_name,
             "before": c.total_before, "after": c.total_after,
             "rank_before": c.rank_before, "rank_after": c.rank_after,
             "why": "; ".join(c.reasons)} for c in changes]
    if args.format == "table" and notes:
        write_text(None, "\n".join(notes) + "\n")
    emit(args, rows, ["chief_code", "chief_name", "before", "after", "rank_before",
                      "rank_after", "why"])
    return 0


def _withdrawn_runs(args: argparse.Namespace) -> int:
    from riverchief.assessment.withdrawal import withdrawn_runs
    from riverchief.cli import db_path
    from riverchief.db import open_store

    with open_store(db_path(args)) as store:
        rows = [{"id": r.id, "period": r.period.label, "area_id": r.area_id or "",
                 "level": r.level or "", "computed_at": r.computed_at, "by": r.computed_by,
                 "note": r.note, "withdrawn_at": r.withdrawn_at,
                 "withdrawn_by": r.withdrawn_by, "reason": r.reason}
                for r in withdrawn_runs(store, args.period)]
    emit(args, rows, ["id", "period", "area_id", "level", "computed_at", "by", "note",
                      "withdrawn_at", "withdrawn_by", "reason"])
    return 0


def cmd_withdraw(args: argparse.Namespace) -> int:
    from riverchief.assessment.withdrawal import withdraw_run
    from riverchief.cli import db_path
    from riverchief.cli.users import actor_from_args
    from riverchief.db import open_store

    with open_store(db_path(args)) as store:
        withdraw_run(store, actor_from_args(store, args), args.run, args.reason)
    print(f"run {args.run} withdrawn", file=sys.stderr)
    return 0
