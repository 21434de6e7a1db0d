"""``riverchief patrols add|list|import|show|recompute``: log, list and import patrols
(巡河记录), and judge them again with the rule set in force."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from riverchief.cli.output import add_output_options, emit
from riverchief.cli.users import actor_from_args, add_actor_options
from riverchief.errors import UserError
from riverchief.i18n import translate

if TYPE_CHECKING:
    from riverchief.db import Store

LIST_COLUMNS = ["id", "start", "end", "chief", "segment", "method", "distance_km",
                "duration_min", "verdict", "source", "late", "revision"]


def register(nouns: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = nouns.add_parser("patrols", help="log, list and import patrols")
    verbs = p.add_subparsers(dest="verb", metavar="VERB", required=True)

    add = verbs.add_parser("add", help="log a patrol (times default to the track's)")
    add.add_argument("--chief", required=True, help="chief code")
    add.add_argument("--segment", required=True, action="append",
                     help="segment code (repeat for several segments)")
    add.add_argument("--start", help="start, e.g. 2026-07-01T08:00 (default: the track's)")
    add.add_argument("--end", help="end (default: the track's)")
    add.add_argument("--method", default="foot", choices=["foot", "boat", "vehicle", "drone"])
    add.add_argument("--weather", default="")
    add.add_argument("--notes", default="")
    add.add_argument("--actions", default="", help="what was done on the spot")
    add.add_argument("--track", type=Path, help="GPX, KML, KMZ or CSV track file")
    add.add_argument("--crs", choices=["wgs84", "gcj02", "bd09"],
                     help="coordinate system of the track (default: from its producer)")
    add.add_argument("--photo", type=Path, action="append", default=[], help="photo (repeat)")
    add.add_argument("--check", action="append", default=[], metavar="ITEM=STATE",
                     help="checklist entry, e.g. bank=problem (fine|problem|not_checked)")
    add.add_argument("--problem", action="append", default=[],
                     metavar="CATEGORY:TEXT[@HH:MM|@LON,LAT]",
                     help="problem found, e.g. 'bank.household:桥下垃圾@08:12': its place on "
                     "the track at that time of the patrol (or the place on the track nearest "
                     "to LON,LAT)")
    add.add_argument("--dry-run", action="store_true", help="show the verdict, store nothing")
    add_actor_options(add)
    add_output_options(add)
    add.set_defaults(func=cmd_add)

    ls = verbs.add_parser("list", help="list patrols")
    ls.add_argument("--chief", help="chief code")
    ls.add_argument("--segment", help="segment code")
    ls.add_argument("--period", help="2026, 2026Q3 or 2026-07")
    ls.add_argument("--verdict", choices=["valid", "suspect", "invalid"])
    ls.add_argument("--search", default="", help="text in notes, actions or problems")
    ls.add_argument("--limit", type=int, default=1000)
    add_output_options(ls)
    ls.set_defaults(func=cmd_list)

    imp = verbs.add_parser("import", help="import historical patrols from XLSX/CSV")
    imp.add_argument("file", type=Path)
    imp.add_argument("--valid-only", action="store_true",
                     help="import the valid rows even when some rows are bad")
    add_actor_options(imp)
    imp.set_defaults(func=cmd_import)

    rec = verbs.add_parser(
        "recompute", help="judge patrols again with the rule set in force (evaluators)",
        description="Judge again the patrols whose verdict this installation did not compute "
        "for their current revision with the rule set in force (patrols that arrived in "
        "packages, were corrected since, or were judged under another rule set); --all "
        "judges every selected patrol. The chief's record is not changed; every changed "
        "verdict is written to the audit log.")
    rec.add_argument("--period", help="patrols that started in 2026, 2026Q3 or 2026-07")
    rec.add_argument("--chief", help="chief code")
    rec.add_argument("--all", action="store_true",
                     help="judge every selected patrol, not only those not yet judged here")
    rec.add_argument("--dry-run", action="store_true",
                     help="only count the patrols not yet judged here")
    rec.add_argument("--format", choices=["table", "json"], default="table")
    add_actor_options(rec)
    rec.set_defaults(func=cmd_recompute)

    show = verbs.add_parser("show", help="one patrol with its verdict and history")
    show.add_argument("id")
    show.set_defaults(func=cmd_show)


def parse_when(text: str, tz: str, what: str) -> datetime:
    try:
        value = datetime.fromisoformat(text.strip().replace(" ", "T", 1))
    except ValueError as exc:
        raise UserError(translate("PatrolsCli", "'{text}' is not a date and time (write "
                                  "2026-07-01T08:00)").format(text=text), where=what) from exc
    return value if value.tzinfo else value.replace(tzinfo=ZoneInfo(tz))


def _code(store: Store, table: str, code: str) -> str:
    rows = list(store.db.query(f"SELECT id FROM {table} WHERE code = ? AND deleted_at IS NULL",
                               [code]))
    if not rows:
        raise UserError((translate("PatrolsCli", "No chief with code {code}.") if table == "chief"
                         else translate("PatrolsCli", "No segment with code {code}.")).format(
                             code=code))
    return str(rows[0]["id"])


def build_input(store: Store, args: argparse.Namespace) -> Any:
    from riverchief.patrols import PatrolInput, PhotoFile, ProblemInput, TrackFile
    from riverchief.patrols.taxonomy import category_by_name

    track = TrackFile.from_path(args.track, args.crs) if args.track else None
    read = track.read(store.timezone) if track else None
    tz = store.timezone
    start = parse_when(args.start, tz, "--start") if args.start else (read.start if read
                                                                      else None)
    end = parse_when(args.end, tz, "--end") if args.end else (read.end if read else None)
    if start is None or end is None:
        raise UserError(translate("PatrolsCli", "Give --start and --end (the track has no "
                                  "times).") if track else translate(
                            "PatrolsCli", "Give --start and --end, or a --track with times."))
    checklist = {}
    for entry in args.check:
        item, _, state = entry.partition("=")
        checklist[item.strip()] = state.strip()
    problems = []
    for entry in args.problem:
        cat, _, text = entry.partition(":")
        code = category_by_name(cat)
        if code is None:
            raise UserError(translate("PatrolsCli", "Unknown problem category '{category}'.")
                            .format(category=cat), where="--problem")
        text, at, where = text.rpartition("@") if "@" in text else (text, "", "")
        problems.append(_placed(ProblemInput(code, text.strip()), where.strip(), start, read, tz)
                        if at else ProblemInput(code, text.strip()))
    return PatrolInput(
        chief_id=_code(store, "chief", args.chief),
        segment_ids=[_code(store, "segment", s) for s in args.segment],
        start=start, end=end, method=args.method, weather=args.weather,
        checklist=checklist, notes=args.notes, actions=args.actions, track=track,
        photos=[PhotoFile.from_path(p) for p in args.photo], problems=problems)


def _placed(problem: Any, where: str, start: datetime, track: Any, tz: str) -> Any:
    """A problem placed on the track: ``HH:MM`` (a time of the patrol's day) or ``LON,LAT``."""
    from dataclasses import replace

    from riverchief.tracks.places import place_at_time

    if "," in where:
        try:
            lon, lat = (float(v) for v in where.split(","))
        except ValueError as exc:
            raise UserError(translate("PatrolsCli", "'{text}' is not LON,LAT (write e.g. "
                                      "113.61,34.70).").format(text=where),
                            where="--problem") from exc
        return replace(problem, lon=lon, lat=lat)
    try:
        clock = datetime.strptime(where, "%H:%M").time()
    except ValueError as exc:
        raise UserError(translate("PatrolsCli", "'{text}' is not a time HH:MM or a place "
                                  "LON,LAT.").format(text=where), where="--problem") from exc
    day = start.astimezone(ZoneInfo(tz)).date()
    when = datetime.combine(day, clock, tzinfo=ZoneInfo(tz))
    place = place_at_time(track, when) if track is not None else None
    if place is None:
        return replace(problem, found_at=when)  # no track times: the time alone
    return replace(problem, lon=place.lon, lat=place.lat, found_at=when)


def cmd_add(args: argparse.Namespace) -> int:
    from riverchief import patrols
    from riverchief.cli import db_path
    from riverchief.db import open_store

    with open_store(db_path(args)) as store:
        actor = actor_from_args(store, args)
        inp = build_input(store, args)
        if args.dry_run:
            verdict = patrols.evaluate(store, patrols.check_input(store, inp))
            pid = ""
        else:
            pid = patrols.submit(store, actor, inp, source="cli")
            p = patrols.get_patrol(store, pid)
            assert p is not None
            from riverchief.verdicts import Verdict

            verdict = Verdict(p.verdict or "", p.reasons)
    if args.format == "json":
        import json

        print(json.dumps({"id": pid, **verdict.to_dict()}, ensure_ascii=False, indent=2))
        return 0
    from riverchief.verdicts import status_name

    print(f"{pid or '(not stored)'}: {status_name(verdict.status)}")
    for r in verdict.reasons:
        print(f"  - {r.message}")
    return 0


def list_rows(store: Store, args: argparse.Namespace) -> list[dict[str, Any]]:
    from riverchief.patrols import PatrolFilter, list_patrols
    from riverchief.periods import parse_period

    period = parse_period(args.period) if args.period else None
    f = PatrolFilter(
        chief_id=_code(store, "chief", args.chief) if args.chief else None,
        segment_id=_code(store, "segment", args.segment) if args.segment else None,
        date_from=period.start if period else None, date_to=period.end if period else None,
        verdict=args.verdict, search=args.search)
    rows = list_patrols(store, f, limit=args.limit)
    return [{
        "id": r["id"], "start": r["start_at"], "end": r["end_at"],
        "chief": f"{r['chief_code']} {r['chief_name']}", "segment": r["segment_code"],
        "method": r["method"],
        "distance_km": None if r["distance_m"] is None else round(r["distance_m"] / 1000, 2),
        "duration_min": None if r["duration_s"] is None else round(r["duration_s"] / 60),
        "verdict": r["verdict"], "source": r["source"], "late": bool(r["filled_afterwards"]),
        "revision": r["revision"]} for r in rows]


def cmd_list(args: argparse.Namespace) -> int:
    from riverchief.cli import db_path
    from riverchief.db import open_store

    with open_store(db_path(args)) as store:
        rows = list_rows(store, args)
    emit(args, rows, LIST_COLUMNS)
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from riverchief.cli import db_path
    from riverchief.db import open_store
    from riverchief.patrols.historical import import_history
    from riverchief.registry.transfer import ImportRejected

    with open_store(db_path(args)) as store:
        actor = actor_from_args(store, args)
        try:
            report = import_history(store, actor, args.file, valid_only=args.valid_only)
        except ImportRejected as exc:
            for problem in exc.report.problems[:50]:
                print(problem, file=sys.stderr)
            if len(exc.report.problems) > 50:
                print(f"... and {len(exc.report.problems) - 50} more", file=sys.stderr)
            raise
    for problem in report.problems[:50]:
        print(f"skipped: {problem}", file=sys.stderr)
    print(f"{args.file.name}: {report.created} patrols imported, "
          f"{len(report.problems)} rows skipped")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    from riverchief import patrols
    from riverchief.cli import db_path
    from riverchief.db import open_store
    from riverchief.verdicts import status_name

    with open_store(db_path(args)) as store:
        p = patrols.get_patrol(store, args.id)
        if p is None:
            raise UserError(translate("PatrolsCli", "No patrol with id {id}.").format(
                id=args.id))
        revs = patrols.history(store, p.id)
    minutes = (p.end - p.start) / timedelta(minutes=1)
    print(f"{p.chief_code} {p.chief_name}  {', '.join(p.segment_codes)}  "
          f"{p.start:%Y-%m-%d %H:%M}–{p.end:%H:%M} ({minutes:.0f} min)  "
          f"{status_name(p.verdict or '')}")
    for r in p.reasons:
        print(f"  - {r.message}")
    for rev in revs:
        print(f"revision {rev.number} {rev.made_at} {rev.made_by} {rev.reason}")
    return 0


class _Stderr:
    """Progress on stderr (a line every tenth of the way) when it is a terminal."""

    def __init__(self) -> None:
        self.shown = -1

    def report(self, done: int, total: int, text: str = "") -> None:
        if total and sys.stderr.isatty():
            tenth = done * 10 // total
            if tenth != self.shown:
                self.shown = tenth
                print(f"{text}: {done:,} / {total:,}", file=sys.stderr)

    def cancelled(self) -> bool:
        return False


def cmd_recompute(args: argparse.Namespace) -> int:
    import json

    from riverchief import patrols
    from riverchief.cli import db_path
    from riverchief.db import open_store
    from riverchief.patrols.service import ruleset_label
    from riverchief.periods import parse_period
    from riverchief.rules import rules_in_force

    with open_store(db_path(args)) as store:
        actor = actor_from_args(store, args)
        period = parse_period(args.period) if args.period else None
        sel = patrols.Selection(
            period=(period.start, period.end) if period else None,
            chief_id=_code(store, "chief", args.chief) if args.chief else None,
            stale_only=not args.all)
        rules = rules_in_force(store)
        label = ruleset_label(rules)
        if args.dry_run:
            from riverchief.security import require

            require(actor, "patrols.review")
            stale = patrols.stale_verdicts(store, actor, sel, rules=rules)
            out: dict[str, Any] = {"ruleset": label, "not_judged": stale}
            text = translate("PatrolsCli", "{n} patrols not yet judged here with {rules}"
                             ).format(n=f"{stale:,}", rules=label)
        else:
            done = patrols.judge_again(store, actor, sel, rules=rules, progress=_Stderr())
            changes = {f"{a}->{b}": n for (a, b), n in sorted(done.transitions.items())}
            out = {"ruleset": label, "judged": done.judged, "changed": done.changed,
                   "verdicts_changed": changes}
            text = (translate("PatrolsCli", "{n} patrols judged with {rules}: {changed} "
                              "changed").format(n=f"{done.judged:,}", rules=label,
                                                changed=f"{done.changed:,}")
                    + "".join(f"\n  {k}: {n:,}" for k, n in changes.items()))
    print(json.dumps(out, ensure_ascii=False) if args.format == "json" else text)
    return 0
