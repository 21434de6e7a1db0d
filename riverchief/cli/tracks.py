"""``riverchief tracks info FILE... [--crs wgs84|gcj02|bd09]`` and ``tracks check``."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from riverchief.cli.output import add_output_options, emit, write_text

INFO_COLUMNS = ["file", "tracks", "segments", "points", "timed_points", "distance_m",
                "duration_s", "start", "end", "warnings"]


def register(nouns: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = nouns.add_parser("tracks", help="read GPS track files and check patrols against them")
    verbs = p.add_subparsers(dest="verb", metavar="VERB", required=True)

    info = verbs.add_parser("info", help="what a track file holds: counts, length, times")
    info.add_argument("files", nargs="+", type=Path, metavar="FILE",
                      help="GPX, KML, KMZ or CSV file")
    info.add_argument("--crs", choices=["wgs84", "gcj02", "bd09"],
                      help="coordinate system the file was recorded in (default: guessed "
                           "from the app that made it, else wgs84)")
    info.add_argument("--rules", type=Path, help="rule-set file (default: the shipped one)")
    add_output_options(info)
    info.set_defaults(func=cmd_info)


def _rules(args: argparse.Namespace) -> Any:
    from riverchief.rules import default_rules, load_rules

    return load_rules(args.rules) if getattr(args, "rules", None) else default_rules()


def cmd_info(args: argparse.Namespace) -> int:
    from riverchief.tracks import read_track
    from riverchief.tracks.summary import describe

    rules = _rules(args).patrol
    results = []
    for path in args.files:
        track = read_track(path, args.crs)
        results.append({"file": str(path), **describe(track, rules)})
    if args.format == "json":
        write_text(args.out, json.dumps(results, ensure_ascii=False, indent=2) + "\n")
        return 0
    rows = [{**r, "warnings": "; ".join(f"{w['code']}: {w['message']}" for w in r["warnings"])}
            for r in results]
    emit(args, rows, INFO_COLUMNS)
    return 0
