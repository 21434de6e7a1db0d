"""``riverchief demo --tier district|city|province -o FILE [--seed N] [--as-of DAY]``."""

from __future__ import annotations

import argparse
from pathlib import Path


def register(nouns: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    from riverchief.demo import DEFAULT_SEED, TIERS

    p = nouns.add_parser("demo", help="make a demo database (deterministic by seed)")
    p.add_argument("--tier", choices=list(TIERS), default="district")
    p.add_argument("--seed", type=int, default=DEFAULT_SEED)
    p.add_argument("-o", "--out", type=Path, required=True, help="new database file")
    p.add_argument("--as-of", dest="as_of", metavar="YYYY-MM-DD",
                   help="the day the demo stands on: no record after it (default: today)")
    p.set_defaults(func=cmd_demo)


def cmd_demo(args: argparse.Namespace) -> int:
    from datetime import date

    from riverchief.demo import generate
    from riverchief.errors import UserError
    from riverchief.i18n import translate

    as_of = None
    if args.as_of:
        try:
            as_of = date.fromisoformat(args.as_of)
        except ValueError as exc:
            raise UserError(translate(
                "Demo", "'{value}' is not a date (write it as 2026-11-28).").format(
                    value=args.as_of), where="--as-of") from exc
    path = generate(args.out, args.tier, args.seed, as_of=as_of)
    print(path)
    return 0
