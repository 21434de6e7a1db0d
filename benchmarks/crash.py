"""Crash safety: a child process writes, the parent kills it with SIGKILL at random moments.

    python benchmarks/crash.py --trials 200          # prints trials=200 corrupt=0 lost=0 partial=0

Each trial runs one *workload* in a child process. The child tells the parent ``READY``
when it starts writing, and after every committed write it sends a confirmation line
(``OK {json}``) over its stdout pipe *before going on*. The parent waits a random time,
kills the child with SIGKILL, reads every confirmation that reached the pipe, and checks
the database file:

- ``corrupt``: ``PRAGMA integrity_check`` or ``PRAGMA foreign_key_check`` finds a problem;
- ``lost``: a write the child had confirmed is missing;
- ``partial``: something is half-applied (part of an import, a migration without its
  record, a record change without its audit entry, a restore mixed with the old data).

The exit status is non-zero when any count is not zero.

Extension point: a room adds its own workload (saving patrols, importing a package,
storing an assessment run) by subclassing :class:`Workload` and calling
:func:`register` in this module; ``prepare`` (parent) makes the trial's database,
``run`` (child) writes and confirms, ``verify`` (parent) counts what was lost or
half-applied. The shared checks (integrity, foreign keys, audit of every record) run for
every workload.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

Confirm = Callable[[dict[str, Any]], None]
ACTOR = "crash-test"


def _office(store: Any) -> Any:
    """The district's office, as the demo's: an evaluator whose areas are all of them (an
    office takes in only its own areas' chiefs' packages)."""
    from riverchief.security.roles import Actor

    areas = frozenset(r[0] for r in store.conn.execute("SELECT id FROM area"))
    return Actor("c", ACTOR, "河长办", "evaluator", area_ids=areas)


@dataclass
class Verdict:
    """What one trial found."""

    corrupt: int = 0
    lost: int = 0
    partial: int = 0
    notes: list[str] = field(default_factory=list)

    def add(self, kind: str, note: str) -> None:
        setattr(self, kind, getattr(self, kind) + 1)
        self.notes.append(f"{kind}: {note}")


def connect_raw(db: Path) -> sqlite3.Connection:
    """A plain connection for checking (recovers the WAL like the app would)."""
    conn = sqlite3.connect(str(db))
    conn.row_factory = sqlite3.Row
    return conn


def check_integrity(db: Path, verdict: Verdict) -> None:
    conn = connect_raw(db)
    try:
        lines = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        if lines != ["ok"]:
            verdict.add("corrupt", "integrity_check: " + "; ".join(lines[:3]))
        for row in conn.execute("PRAGMA foreign_key_check"):
            verdict.add("corrupt", f"foreign key: {tuple(row)}")
    except sqlite3.DatabaseError as exc:
        verdict.add("corrupt", f"cannot read: {exc}")
    finally:
        conn.close()


# --- workloads --------------------------------------------------------------------------
class Workload:
    """One kind of work the child does; see the module's documentation."""

    name = ""
    window_s = 0.4  # the kill falls uniformly in [0, window_s] after READY
    in_rotation = True  # False: run only when asked for by name (the harness's self-test)

    def prepare(self, folder: Path, template: Path) -> Path:
        db = folder / "trial.db"
        shutil.copyfile(template, db)
        return db

    def run(self, db: Path, rng: random.Random, confirm: Confirm) -> None:
        raise NotImplementedError

    def verify(self, db: Path, confirmed: list[dict[str, Any]], verdict: Verdict) -> None:
        raise NotImplementedError


WORKLOADS: dict[str, Workload] = {}


def register(workload: Workload) -> Workload:
    WORKLOADS[workload.name] = workload
    return workload


def _area(code: str, name: str) -> dict[str, Any]:
    return {"code": code, "name": name, "level": "village", "parent_id": None}


def record_ops(store: Any, rng: random.Random, confirm: Confirm, *, forever: bool = True,
               steps: int = 0) -> None:
    """Single inserts, updates, tombstones and bulk imports, each confirmed once committed."""
    from riverchief.db import backup_before_import, records
    from riverchief.ids import uuid7

    live: list[str] = [r["id"] for r in store.db.query(
        "SELECT id FROM area WHERE deleted_at IS NULL")]
    n = 0
    while forever or n < steps:
        n += 1
        roll = rng.random()
        if roll < 0.4 or not live:
            code = f"c-{uuid7()}"
            rid = records.insert(store, "area", _area(code, "新增"), actor=ACTOR)
            live.append(rid)
            confirm({"op": "insert", "id": rid, "code": code})
        elif roll < 0.7:
            rid = rng.choice(live)
            name = f"改名-{rng.randrange(10**9)}"
            after = records.update(store, "area", rid, {"name": name}, actor=ACTOR)
            confirm({"op": "update", "id": rid, "revision": after["revision"], "name": name})
        elif roll < 0.8:
            rid = live.pop(rng.randrange(len(live)))
            records.tombstone(store, "area", rid, actor=ACTOR)
            confirm({"op": "tombstone", "id": rid})
        else:
            count = rng.randrange(50, 400)
            tag = f"imp-{uuid7()}-{count}-"
            if rng.random() < 0.3:
                backup_before_import(store, "crash test import")
            with store.db.atomic():
                records.insert_many(store, "area",
                                    [_area(f"{tag}{i}", "导入") for i in range(count)],
                                    actor=ACTOR, summary=tag)
            confirm({"op": "import", "tag": tag, "count": count})


def verify_records(conn: sqlite3.Connection, confirmed: list[dict[str, Any]],
                   verdict: Verdict) -> None:
    """Confirmed record writes are present; nothing is half-applied."""
    rows = {r["id"]: dict(r) for r in conn.execute("SELECT * FROM area")}
    audited: dict[str, list[dict[str, Any]]] = {}
    bulk: set[str] = set()
    for a in conn.execute("SELECT * FROM audit_log WHERE table_name = 'area'"):
        if a["action"] == "bulk-insert":
            bulk.add(json.loads(a["after"])["summary"])
        else:
            audited.setdefault(a["record_id"], []).append(dict(a))
    for c in confirmed:
        op = c["op"]
        if op == "insert":
            row = rows.get(c["id"])
            if row is None or row["code"] != c["code"]:
                verdict.add("lost", f"insert {c['id']}")
        elif op == "update":
            row = rows.get(c["id"])
            hist = [json.loads(a["after"]) for a in audited.get(c["id"], [])
                    if a["action"] == "update"]
            if row is None or row["revision"] < c["revision"] or not any(
                    h["revision"] == c["revision"] and h["name"] == c["name"] for h in hist):
                verdict.add("lost", f"update {c['id']} r{c['revision']}")
        elif op == "tombstone":
            row = rows.get(c["id"])
            if row is None or row["deleted_at"] is None:
                verdict.add("lost", f"tombstone {c['id']}")
        elif op == "import":
            n = conn.execute("SELECT count(*) FROM area WHERE code LIKE ?",
                             [c["tag"] + "%"]).fetchone()[0]
            if n != c["count"]:
                verdict.add("lost", f"import {c['tag']}: {n} of {c['count']} rows")
    # Half-applied: an import with part of its rows; a record or change without its audit.
    tags: dict[str, int] = {}
    for row in rows.values():
        code = row["code"]
        if code.startswith("imp-"):
            tag = code[: code.rindex("-") + 1]
            tags[tag] = tags.get(tag, 0) + 1
        elif row["id"] not in audited and not code.startswith("seed-"):
            verdict.add("partial", f"record {row['id']} without its audit entry")
    for tag, n in tags.items():
        expected = int(tag.rstrip("-").rsplit("-", 1)[1])
        if n != expected or tag not in bulk:
            verdict.add("partial", f"import {tag}: {n} of {expected} rows, audit {tag in bulk}")
    for rid, entries in audited.items():
        row = rows.get(rid)
        for a in entries:
            if row is None:
                verdict.add("partial", f"audit entry for a missing record {rid}")
                break
            after = json.loads(a["after"]) if a["after"] else None
            if after and after["revision"] > row["revision"]:
                verdict.add("partial",
                            f"audit of r{after['revision']} but row is r{row['revision']}")


class Records(Workload):
    """Record inserts, updates, tombstones and bulk imports through riverchief.db.records."""

    name = "records"

    def run(self, db: Path, rng: random.Random, confirm: Confirm) -> None:
        from riverchief.db import open_store

        store = open_store(db)
        ready()
        record_ops(store, rng, confirm)

    def verify(self, db: Path, confirmed: list[dict[str, Any]], verdict: Verdict) -> None:
        conn = connect_raw(db)
        try:
            verify_records(conn, confirmed, verdict)
        finally:
            conn.close()


class Migration(Workload):
    """Opening a database of the first schema version: backup, then every migration."""

    name = "migration"
    window_s = 0.5

    def prepare(self, folder: Path, template: Path) -> Path:
        db = folder / "old.db"
        make_old_database(db)
        return db

    def run(self, db: Path, rng: random.Random, confirm: Confirm) -> None:
        from riverchief.db import open_store

        ready()
        store = open_store(db)
        confirm({"op": "migrated", "version": store.schema_version()})
        record_ops(store, rng, confirm)

    def verify(self, db: Path, confirmed: list[dict[str, Any]], verdict: Verdict) -> None:
        from riverchief.db import APPLICATION_ID
        from riverchief.db import migrations as m

        names = m.migration_names()
        conn = connect_raw(db)
        try:
            applied = [r[0] for r in conn.execute(
                "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY id",
                [m.MIGRATION_SET])]
            tables = {r[0] for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")}
            if applied not in (names[:1], names):
                verdict.add("partial", f"migrations applied: {applied}")
            if ("area" in tables) != (len(applied) > 1):
                verdict.add("partial", f"table area present={'area' in tables}, "
                                       f"migrations {len(applied)}")
            if any(c["op"] == "migrated" for c in confirmed) and applied != names:
                verdict.add("lost", "migration confirmed but not in the file")
            if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
                verdict.add("partial", "application id lost")
            n = conn.execute("SELECT count(*) FROM audit_log WHERE actor = 'old'").fetchone()[0]
            if n != OLD_ROWS:
                verdict.add("lost", f"old content: {n} of {OLD_ROWS} audit rows")
            if "area" in tables:
                verify_records(conn, confirmed, verdict)
        finally:
            conn.close()


OLD_ROWS = 3000


def make_old_database(db: Path) -> None:
    """A database as the first released version left it, with some content."""
    from riverchief.db import APPLICATION_ID, open_store
    from riverchief.db import migrations as m
    from riverchief.ids import uuid7

    names = m.migration_names()
    with open_store(db, create=True, migrate=False) as store:
        with store.db.atomic():
            m.build().apply(store.db, stop_before=names[1] if len(names) > 1 else None)
            store.db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            store.db.execute("INSERT INTO installation (id, created_at, app_version) "
                             "VALUES (?, '2026-01-01T00:00:00+08:00', '0.1.0')", [uuid7()])
            store.db["audit_log"].insert_all(  # type: ignore[union-attr]
                {"id": uuid7(), "at": "2026-01-01T00:00:00+08:00", "actor": "old",
                 "action": "note", "table_name": "x", "record_id": str(i),
                 "before": None, "after": json.dumps({"text": "旧记录" * 20}), "origin": ""}
                for i in range(OLD_ROWS))
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


class Restore(Workload):
    """Back up, write more, restore the backup (verify, keep aside, swap), write more."""

    name = "restore"
    window_s = 0.6

    def run(self, db: Path, rng: random.Random, confirm: Confirm) -> None:
        from riverchief.db import backup_now, open_store
        from riverchief.db.restore import restore

        store = open_store(db)
        ready()
        record_ops(store, rng, confirm, forever=False, steps=5)
        saved = backup_now(store, db.with_name("saved.db"))
        snapshot = [r["code"] for r in store.db.query("SELECT code FROM area")]
        confirm({"op": "backup", "codes": snapshot})
        record_ops(store, rng, confirm, forever=False, steps=5)
        confirm({"op": "restore-start"})
        store.close()
        restore(saved, db)
        confirm({"op": "restore-done"})
        store = open_store(db)
        record_ops(store, rng, confirm)

    def verify(self, db: Path, confirmed: list[dict[str, Any]], verdict: Verdict) -> None:
        ops = [c["op"] for c in confirmed]
        conn = connect_raw(db)
        try:
            codes = {r[0] for r in conn.execute("SELECT code FROM area")}
            if "restore-done" in ops:
                cut = ops.index("restore-done")
                snapshot = set(confirmed[ops.index("backup")]["codes"])
                between = confirmed[ops.index("backup") + 1: ops.index("restore-start")]
                if not snapshot <= codes:
                    verdict.add("lost", "restored backup content missing")
                if any(c["op"] == "insert" and c["code"] in codes for c in between):
                    verdict.add("partial", "a write undone by the restore is still there")
                later = confirmed[cut + 1:]
                verify_records(conn, later, verdict)
            elif "restore-start" in ops:
                snapshot = set(confirmed[ops.index("backup")]["codes"])
                before = [c for c in confirmed if c["op"] in ("insert", "import")]
                old_state = Verdict()
                verify_records(conn, before, old_state)
                if codes != snapshot and old_state.lost + old_state.partial:
                    verdict.add("partial", "neither the old database nor the backup")
            else:
                verify_records(conn, confirmed, verdict)
        finally:
            conn.close()


class DemoImport(Workload):
    """Demo generation as an import: the target file is complete or absent, never half."""

    name = "demo"
    window_s = 0.2  # replaced by the measured generation time

    def prepare(self, folder: Path, template: Path) -> Path:
        return folder / "demo.db"

    def run(self, db: Path, rng: random.Random, confirm: Confirm) -> None:
        from riverchief.demo import generate

        ready()
        generate(db, "district", seed=7)
        confirm({"op": "demo-done"})

    def verify(self, db: Path, confirmed: list[dict[str, Any]], verdict: Verdict) -> None:
        if not db.exists():
            if confirmed:
                verdict.add("lost", "demo confirmed but the file is absent")
            return
        counts = table_counts(db)
        if counts != DEMO_REFERENCE:
            verdict.add("partial", f"demo file differs from a complete one: {counts}")


DEMO_REFERENCE: dict[str, int] = {}


def table_counts(db: Path) -> dict[str, int]:
    conn = connect_raw(db)
    try:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
        return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables
                if t not in ("installation", "setting", "audit_log", "_sqlite_migrations")}
    finally:
        conn.close()


class Patrols(Workload):
    """A chief submits patrols (track, two photos, a problem) through riverchief.patrols."""

    name = "patrols"
    window_s = 3.0  # the first submit loads the tracks, media and rules code
    template: Path | None = None  # the district demo, made once by the parent

    def prepare(self, folder: Path, template: Path) -> Path:
        if Patrols.template is None:
            from riverchief.demo import generate

            Patrols.template = generate(template.parent / "patrol-template.db", "district",
                                        seed=4)
        db = folder / "patrols.db"
        shutil.copyfile(Patrols.template, db)
        return db

    def run(self, db: Path, rng: random.Random, confirm: Confirm) -> None:
        from datetime import datetime, timedelta
        from zoneinfo import ZoneInfo

        from riverchief import patrols
        from riverchief.db import open_store
        from riverchief.patrols import PatrolInput, PhotoFile, ProblemInput, TrackFile
        from riverchief.security.roles import Actor

        store = open_store(db)
        row = next(iter(store.db.query(
            "SELECT a.chief_id, a.segment_id, s.geometry FROM assignment a "
            "JOIN segment s ON s.id = a.segment_id WHERE s.geometry IS NOT NULL "
            "AND a.end_date IS NULL AND a.deleted_at IS NULL ORDER BY a.id LIMIT 1")))
        line = json.loads(row["geometry"])
        actor = Actor("crash", "crash-chief", "河长", "chief", chief_id=row["chief_id"])
        tz = ZoneInfo("Asia/Shanghai")
        ready()
        n = 0
        while True:
            n += 1
            start = datetime(2026, 9, 1, 7, 0, tzinfo=tz) + timedelta(hours=3 * n)
            inp = PatrolInput(
                chief_id=row["chief_id"], segment_ids=[row["segment_id"]], start=start,
                end=start + timedelta(minutes=30), method="foot", notes=CRASH_NOTE,
                track=TrackFile(_gpx(line, start), f"walk{n}.gpx"),
                photos=[PhotoFile(_jpeg((n % 250, k * 90, 40)), f"p{n}-{k}.jpg")
                        for k in range(2)],
                problems=[ProblemInput("bank.household", "桥下堆放垃圾", line[0][0],
                                       line[0][1], (1,))],
            )
            pid = patrols.submit(store, actor, inp, entered_at=start + timedelta(hours=1))
            confirm({"op": "patrol", "id": pid})

    def verify(self, db: Path, confirmed: list[dict[str, Any]], verdict: Verdict) -> None:
        conn = connect_raw(db)
        try:
            ours = {r[0] for r in conn.execute("SELECT id FROM patrol WHERE notes = ?",
                                               [CRASH_NOTE])}
            for c in confirmed:
                if c["id"] not in ours:
                    verdict.add("lost", f"patrol {c['id']}")
            for pid in ours:
                segs = conn.execute("SELECT count(*) FROM patrol_segment WHERE patrol_id = ?",
                                    [pid]).fetchone()[0]
                photos = conn.execute("SELECT count(*) FROM patrol_photo WHERE patrol_id = ?",
                                      [pid]).fetchone()[0]
                audit = conn.execute("SELECT count(*) FROM audit_log WHERE record_id = ?",
                                     [pid]).fetchone()[0]
                if (segs, photos) != (1, 2) or audit == 0:
                    verdict.add("partial", f"patrol {pid}: {segs} segments, {photos} photos, "
                                           f"{audit} audit entries")
        finally:
            conn.close()


CRASH_NOTE = "crash-test patrol"


class AssessmentRun(Workload):
    """An evaluator stores (freezes) an assessment run of the district demo, again and again:
    each run is there whole (its results for every chief, its consequences, its audit
    entry) or not at all."""

    name = "assessment"
    window_s = 4.0  # storing one run of the district demo takes well under a second
    template: Path | None = None  # the district demo, made once by the parent
    PERIOD = "2026Q2"
    NOTE = "crash-test run"

    def prepare(self, folder: Path, template: Path) -> Path:
        if AssessmentRun.template is None:
            from riverchief.demo import FIXED_AS_OF, generate

            AssessmentRun.template = generate(template.parent / "assessment-template.db",
                                              "district", seed=5, as_of=FIXED_AS_OF)
        db = folder / "assessment.db"
        shutil.copyfile(AssessmentRun.template, db)
        return db

    def run(self, db: Path, rng: random.Random, confirm: Confirm) -> None:
        from riverchief.assessment.runs import freeze
        from riverchief.assessment.scorecards import compute
        from riverchief.db import open_store
        from riverchief.security import SYSTEM

        store = open_store(db)
        assessment = compute(store, self.PERIOD)
        ready()
        n = 0
        while True:
            n += 1
            run_id = freeze(store, SYSTEM, assessment, note=f"{self.NOTE} {n}")
            confirm({"op": "run", "id": run_id, "chiefs": len(assessment.cards)})

    def verify(self, db: Path, confirmed: list[dict[str, Any]], verdict: Verdict) -> None:
        conn = connect_raw(db)
        try:
            runs = {r[0]: r[1] for r in conn.execute(
                "SELECT id, chiefs FROM assessment_run WHERE note LIKE ?", [self.NOTE + "%"])}
            for c in confirmed:
                if c["id"] not in runs:
                    verdict.add("lost", f"assessment run {c['id']}")
            consequences: set[int] = set()
            for run_id, chiefs in runs.items():
                results = conn.execute("SELECT count(*) FROM assessment_result WHERE run_id = ?",
                                       [run_id]).fetchone()[0]
                audit = conn.execute("SELECT count(*) FROM audit_log WHERE record_id = ?",
                                     [run_id]).fetchone()[0]
                if results != chiefs or audit == 0:
                    verdict.add("partial", f"run {run_id}: {results} of {chiefs} results, "
                                           f"{audit} audit entries")
                consequences.add(conn.execute(
                    "SELECT count(*) FROM assessment_consequence WHERE run_id = ?",
                    [run_id]).fetchone()[0])
            if len(consequences) > 1:  # the same assessment stored again: the same list
                verdict.add("partial", f"runs with different consequences: {consequences}")
            orphans = conn.execute(
                "SELECT count(*) FROM assessment_result r WHERE NOT EXISTS"
                " (SELECT 1 FROM assessment_run u WHERE u.id = r.run_id)").fetchone()[0]
            if orphans:
                verdict.add("partial", f"{orphans} results without their run")
        finally:
            conn.close()


def _gpx(line: list[list[float]], start: Any) -> bytes:
    """A track walking ``line`` over 30 minutes from ``start``."""
    from datetime import UTC, timedelta

    pts = []
    n = 61
    for i in range(n):
        f = i / (n - 1) * (len(line) - 1)
        k = min(int(f), len(line) - 2)
        t = f - k
        lon = line[k][0] + (line[k + 1][0] - line[k][0]) * t
        lat = line[k][1] + (line[k + 1][1] - line[k][1]) * t
        when = (start + timedelta(seconds=30 * i)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        pts.append(f'<trkpt lat="{lat:.6f}" lon="{lon:.6f}"><time>{when}</time></trkpt>')
    return ('<?xml version="1.0"?><gpx version="1.1" creator="crash" '
            'xmlns="http://www.topografix.com/GPX/1/1"><trk><trkseg>'
            + "".join(pts) + "</trkseg></trk></gpx>").encode()


def _jpeg(colour: tuple[int, int, int]) -> bytes:
    import io

    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (64, 48), colour).save(buf, "JPEG")
    return buf.getvalue()


class PackageImport(Workload):
    """The office imports two chiefs' signed packages (patrols with their chains and photos)
    while it is killed: each import is wholly applied or not at all, and a confirmed one is
    there, with every photo file in the media store."""

    name = "package"
    window_s = 4.0  # replaced by the measured time of the two imports
    made: dict[str, Any] | None = None  # template and packages, made once by the parent

    def _make(self, folder: Path) -> dict[str, Any]:
        from benchmarks.exchange import make_package
        from riverchief.db import open_store
        from riverchief.demo import generate
        from riverchief.exchange.merge import import_package

        template = generate(folder / "package-template.db", "district", seed=5)
        packages = [make_package(template, folder / f"pkg{i}", patrols=400, photos=40,
                                 photo_bytes=50_000, chief_index=i) for i in (0, 1)]
        for p in packages:
            p.pop("rows")
        with open_store(template) as store:
            store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        trial = folder / "package-calibration.db"
        shutil.copyfile(template, trial)
        started = time.perf_counter()
        with open_store(trial) as store:
            for p in packages:
                import_package(store, _office(store), p["package"])
        self.window_s = (time.perf_counter() - started) * 1.0 + 0.2
        return {"template": template, "packages": packages}

    def prepare(self, folder: Path, template: Path) -> Path:
        made = PackageImport.made
        if made is None or not Path(made["template"]).exists():  # made by an earlier run
            PackageImport.made = self._make(template.parent)
        db = folder / "office.db"
        shutil.copyfile(PackageImport.made["template"], db)
        return db

    def run(self, db: Path, rng: random.Random, confirm: Confirm) -> None:
        from riverchief.db import open_store
        from riverchief.exchange.merge import import_package

        packages = sorted(Path(db.parent.parent).glob("pkg*/chief-*.zip"))
        store = open_store(db)
        actor = _office(store)
        ready()
        for path in rng.sample(packages, len(packages)):  # in any order
            result = import_package(store, actor, path, backup=rng.random() < 0.5)
            confirm({"op": "package", "path": str(path), "new": result.summary()["new"]})
        while True:
            time.sleep(1)

    def verify(self, db: Path, confirmed: list[dict[str, Any]], verdict: Verdict) -> None:
        assert PackageImport.made is not None
        done = {c["path"] for c in confirmed if c["op"] == "package"}
        conn = connect_raw(db)
        try:
            for p in PackageImport.made["packages"]:
                logged = conn.execute("SELECT id FROM package_log WHERE manifest_sha256 = ?",
                                      [p["manifest_sha256"]]).fetchall()
                patrols = conn.execute("SELECT count(*) FROM patrol WHERE origin = ?",
                                       [p["origin"]]).fetchone()[0]
                chained = conn.execute("SELECT count(*) FROM chain_entry WHERE chief_id = ?",
                                       [p["chief_id"]]).fetchone()[0]
                revisions = conn.execute(
                    "SELECT count(*) FROM record_revision WHERE peer_installation = ?",
                    [p["origin"]]).fetchone()[0]
                expected = len(p["photos"])
                want = conn.execute("SELECT count(*) FROM patrol_photo WHERE sha256 IN "
                                    "(SELECT value FROM json_each(?))",
                                    [json.dumps(list(p["photos"]))]).fetchone()[0]
                media = db.with_name(db.name + ".media")
                files = sum((media / sha[:2] / sha).exists() for sha in p["photos"])
                name = Path(p["package"]).name
                if str(p["package"]) in done and not logged:
                    verdict.add("lost", f"package {name} confirmed but not in the database")
                if logged:
                    if (patrols, chained, want, files) != (400, 400, expected, expected) or \
                            revisions != 400 + expected:
                        verdict.add("partial", f"package {name}: {patrols} patrols, {chained} "
                                               f"chain entries, {revisions} revisions, "
                                               f"{want} photo rows, {files} files")
                elif patrols or chained or revisions or want:
                    verdict.add("partial", f"package {name} not logged but {patrols} patrols, "
                                           f"{chained} chain entries, {revisions} revisions")
        finally:
            conn.close()


class Unsafe(Workload):
    """The harness's self-test: confirms before committing and imports in two halves.

    Not in the rotation; ``--workload unsafe`` must report lost and partial writes,
    which shows that the checks can fail.
    """

    name = "unsafe"
    window_s = 0.5
    in_rotation = False

    def run(self, db: Path, rng: random.Random, confirm: Confirm) -> None:
        from riverchief.db import open_store, records
        from riverchief.ids import uuid7

        store = open_store(db)
        ready()
        while True:
            code = f"c-{uuid7()}"
            with store.db.atomic():
                rid = records.insert(store, "area", _area(code, "x"), actor=ACTOR)
                confirm({"op": "insert", "id": rid, "code": code})  # too early
                time.sleep(0.1)
            tag = f"imp-{uuid7()}-100-"
            for half in (range(50), range(50, 100)):  # two transactions: not atomic
                with store.db.atomic():
                    records.insert_many(store, "area", [_area(f"{tag}{i}", "x") for i in half],
                                        actor=ACTOR, summary=tag)
                time.sleep(0.02)
            confirm({"op": "import", "tag": tag, "count": 100})

    def verify(self, db: Path, confirmed: list[dict[str, Any]], verdict: Verdict) -> None:
        Records().verify(db, confirmed, verdict)


for _w in (Records(), Migration(), Restore(), DemoImport(), Patrols(), PackageImport(),
           AssessmentRun(),
           Unsafe()):
    register(_w)


# --- child ------------------------------------------------------------------------------
def ready() -> None:
    sys.stdout.write("READY\n")
    sys.stdout.flush()


def child_main(workload: str, db: Path, seed: int) -> int:
    def confirm(payload: dict[str, Any]) -> None:
        sys.stdout.write("OK " + json.dumps(payload, ensure_ascii=False) + "\n")
        sys.stdout.flush()

    WORKLOADS[workload].run(db, random.Random(seed), confirm)
    return 0


# --- parent -----------------------------------------------------------------------------
def make_template(folder: Path) -> Path:
    from riverchief.db import open_store, records

    path = folder / "template.db"
    with open_store(path, create=True) as store:
        with store.db.atomic():
            for i in range(20):
                records.insert(store, "area", _area(f"seed-{i}", "种子"), actor=ACTOR)
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


def calibrate(folder: Path) -> None:
    """The complete demo to compare with, and how long making it takes."""
    from riverchief.demo import generate

    started = time.perf_counter()
    ref = generate(folder / "reference-demo.db", "district", seed=7)
    WORKLOADS["demo"].window_s = (time.perf_counter() - started) * 1.2 + 0.05
    DEMO_REFERENCE.clear()
    DEMO_REFERENCE.update(table_counts(ref))


def run_trial(workload: Workload, folder: Path, template: Path, rng: random.Random,
              seed: int) -> tuple[Verdict, int]:
    db = workload.prepare(folder, template)
    env = dict(os.environ, PYTHONUNBUFFERED="1", RIVERCHIEF_DATA=str(folder / "data"))
    proc = subprocess.Popen(
        [sys.executable, str(Path(__file__).resolve()), "--child", workload.name,
         "--db", str(db), "--seed", str(seed)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT, env=env, text=True,
    )
    assert proc.stdout is not None and proc.stderr is not None
    lines: list[str] = []
    is_ready = threading.Event()

    def reader() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            lines.append(line)
            if line.startswith("READY"):
                is_ready.set()
        is_ready.set()

    thread = threading.Thread(target=reader, daemon=True)
    thread.start()
    if not is_ready.wait(60):
        proc.kill()
        raise RuntimeError(f"child of {workload.name} never became ready")
    time.sleep(rng.uniform(0, workload.window_s))
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    thread.join()
    err = proc.stderr.read()
    proc.stderr.close()
    proc.stdout.close()
    if proc.returncode not in (-signal.SIGKILL, 0):
        raise RuntimeError(f"child of {workload.name} failed ({proc.returncode}):\n{err[-3000:]}")
    confirmed = [json.loads(line[3:]) for line in lines if line.startswith("OK ")]
    verdict = Verdict()
    if db.exists():
        check_integrity(db, verdict)
    if not verdict.corrupt:
        workload.verify(db, confirmed, verdict)
    return verdict, len(confirmed)


def run_trials(trials: int, seed: int = 1, workloads: list[str] | None = None,
               verbose: bool = False) -> dict[str, Any]:
    """Run ``trials`` kills over the workloads in turn; returns the counts."""
    rng = random.Random(seed)
    names = workloads or [n for n, w in WORKLOADS.items() if w.in_rotation]
    totals = {"trials": 0, "corrupt": 0, "lost": 0, "partial": 0, "confirmed": 0}
    notes: list[str] = []
    with tempfile.TemporaryDirectory(prefix="rc-crash-") as tmp:
        base = Path(tmp)
        template = make_template(base)
        if "demo" in names:
            calibrate(base)
        for n in range(trials):
            workload = WORKLOADS[names[n % len(names)]]
            folder = base / f"t{n}"
            folder.mkdir()
            verdict, confirmed = run_trial(workload, folder, template, rng, seed * 100_000 + n)
            totals["trials"] += 1
            totals["confirmed"] += confirmed
            for kind in ("corrupt", "lost", "partial"):
                totals[kind] += getattr(verdict, kind)
            notes += [f"trial {n} ({workload.name}): {x}" for x in verdict.notes]
            if verbose:
                print(f"trial {n:4d} {workload.name:<10} confirmed={confirmed:<5} "
                      f"{'ok' if not verdict.notes else verdict.notes[:2]}", flush=True)
            shutil.rmtree(folder, ignore_errors=True)
    totals["notes"] = notes  # type: ignore[assignment]
    return totals


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--workload", action="append", choices=sorted(WORKLOADS),
                        help="only these workloads (repeatable); default all in turn")
    parser.add_argument("--verbose", "-v", action="store_true")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        return child_main(args.child, args.db, args.seed)
    started = time.perf_counter()
    totals = run_trials(args.trials, args.seed, args.workload, args.verbose)
    for note in totals["notes"][:20]:
        print(note, file=sys.stderr)
    print(f"trials={totals['trials']} corrupt={totals['corrupt']} lost={totals['lost']} "
          f"partial={totals['partial']}")
    print(f"({totals['confirmed']} confirmed writes checked, "
          f"{time.perf_counter() - started:.0f} s)", file=sys.stderr)
    return 1 if totals["corrupt"] or totals["lost"] or totals["partial"] else 0


if __name__ == "__main__":
    sys.exit(main())
