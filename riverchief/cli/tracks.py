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

    check = verbs.add_parser("check", help="the verdict of a patrol with this track on a segment")
    check.add_argument("file", type=Path, metavar="FILE", help="GPX, KML, KMZ or CSV file")
    check.add_argument("--segment", action="append", required=True, metavar="CODE",
                       help="segment code (repeat for a patrol of several segments)")
    check.add_argument("--level", required=True, help="the chief's level: district, township "
                       "or village")
    check.add_argument("--start", required=True, help="claimed start, e.g. 2026-07-01T08:30 "
                       "(the district's time zone unless an offset is given)")
    check.add_argument("--end", required=True, help="claimed end")
    check.add_argument("--method", default="foot", choices=["foot", "boat", "vehicle", "drone"])
    check.add_argument("--crs", choices=["wgs84", "gcj02", "bd09"],
                       help="coordinate system the file was recorded in")
    check.add_argument("--rules", type=Path, help="rule-set file (default: the one in force)")
    add_output_options(check)
    check.set_defaults(func=cmd_check)


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


def cmd_check(args: argparse.Namespace) -> int:
    from riverchief.cli import db_path
    from riverchief.db import open_store
    from riverchief.rules import load_rules, rules_in_force
    from riverchief.tracks.check import check_track_file, parse_when
    from riverchief.verdicts import status_name

    with open_store(db_path(args)) as store:
        rules = load_rules(args.rules) if args.rules else rules_in_force(store)
        start = parse_when(args.start, store.timezone, "--start")
        end = parse_when(args.end, store.timezone, "--end")
        verdict = check_track_file(store, rules, args.file, args.segment, args.level, start,
                                   end, args.method, args.crs)
    result = {"file": str(args.file), **verdict.to_dict(),
              "ruleset": f"{rules.name} {rules.version}"}
    if args.format == "json":
        write_text(args.out, json.dumps(result, ensure_ascii=False, indent=2) + "\n")
        return 0
    if args.format == "table" and args.out is None:
        print(f"{args.file}: {status_name(verdict.status)} ({verdict.status})")
        figures = verdict.figures
        print("  ".join(f"{k}={'-' if v is None else v}" for k, v in figures.items()))
    rows = [{"code": r.code, "severity": r.severity, "message": r.message}
            for r in verdict.reasons]
    if rows or args.format != "table" or args.out is not None:
        emit(args, rows, ["code", "severity", "message"])
    return 0
