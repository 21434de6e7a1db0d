"""``riverchief demo --tier district|city|province -o FILE [--seed N]``."""

from __future__ import annotations

import argparse
from pathlib import Path


def register(nouns: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    from riverchief.demo import DEFAULT_SEED, TIERS

    p = nouns.add_parser("demo", help="make a demo database (deterministic by seed)")
    p.add_argument("--tier", choices=list(TIERS), default="district")
    p.add_argument("--seed", type=int, default=DEFAULT_SEED)
    p.add_argument("-o", "--out", type=Path, required=True, help="new database file")
    p.set_defaults(func=cmd_demo)


def cmd_demo(args: argparse.Namespace) -> int:
    from riverchief.demo import generate

    path = generate(args.out, args.tier, args.seed)
    print(path)
    return 0
