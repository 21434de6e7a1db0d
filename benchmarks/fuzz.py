"""Hostile and broken inputs: one fuzz suite over every importer, plus large inputs.

    python benchmarks/fuzz.py                      # 10,000+ cases over every target
    python benchmarks/fuzz.py --examples 60        # the CI size (tests/reliability/test_fuzz.py)
    python benchmarks/fuzz.py --large              # a 200 MB track, 1-million-row CSVs

Inputs come from hypothesis: random bytes, and mutations (bit flips, cut, repeated or
inserted pieces, hostile tokens such as ``<!DOCTYPE``, ``1e309``, ``../``) of real files:
the GPS tracks in ``../shared/corpus/gpx`` and files the app itself writes (registry
export, a sample sheet, the default rule set, a database). For every case:

- no crash: anything but a :class:`~riverchief.errors.UserError` (which names the file)
  is a failure, and so is a case that runs longer than :data:`CASE_LIMIT_S`;
- no change to the database when the import is refused (``PRAGMA data_version`` seen from
  a second connection), and a refused database file is left byte for byte as it was.

Failing inputs are written to ``benchmarks/results/fuzz-failures/`` to reproduce them.

Extension point: a room adds its importer (photos, historical patrol spreadsheets,
packages) as a :class:`Target` in :func:`targets`, with seed files and a ``run``. The
packages' seeds are real signed packages and structurally hostile variants of them
(dropped, added and reordered members, unsafe names, links, a zip bomb).
"""

from __future__ import annotations

import argparse
import hashlib
import io
import os
import signal
import sqlite3
import sys
import tempfile
import time
import traceback
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

CORPUS = ROOT.parent / "shared" / "corpus"
FAILURES = ROOT / "benchmarks" / "results" / "fuzz-failures"
CASE_LIMIT_S = 20.0
DEFAULT_EXAMPLES = 1_500  # per target: 8 targets make the 10,000 of a full run

TOKENS = [
    b"\x00", b"\xff\xfe", b"\xef\xbb\xbf", b"-1", b"0", b"1e309", b"-1e309", b"NaN", b"inf",
    b"9" * 40, b"<", b">", b"&", b"&amp;", b'"', b"'", b",", b";", b"\t", b"\r\n", b"\n",
    "中文断面".encode(), "\u202e".encode(), "𠀀".encode(), b"../", b"..\\", b"/etc/passwd",
    b"]]>", b"<![CDATA[", b"<!DOCTYPE x [<!ENTITY e SYSTEM 'file:///etc/passwd'>]>", b"&e;",
    b"PK\x03\x04", b"SQLite format 3\x00", b"=cmd|' /C calc'!A0", b"2026-02-30 25:61",
    b"1970-01-01T00:00:00Z", b"9999-12-31", b"<trkpt lat=\"91\" lon=\"181\">", b"</trkseg>",
    b"[[[[[[[[", b"{\"type\":", b"\\u0000", b"%s%n", b" " * 64,
]

BILLION_LAUGHS = (
    b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    + b"".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'.encode()
        for i in range(1, 10))
    + b']><gpx version="1.1"><trk><trkseg><trkpt lat="1" lon="1"><name>&lol9;</name>'
    b"</trkpt></trkseg></trk></gpx>"
)


@dataclass
class Target:
    """One importer: its seed files, the file names to try, and how to run one input."""

    name: str
    seeds: list[tuple[str, bytes]]
    names: list[str]
    run: Callable[[bytes, str], None]
    observer: sqlite3.Connection | None = None  # sees commits to the target's database
    counts: dict[str, int] = field(default_factory=lambda: {"cases": 0, "refused": 0,
                                                            "accepted": 0})

    def data_version(self) -> int | None:
        if self.observer is None:
            return None
        return int(self.observer.execute("PRAGMA data_version").fetchone()[0])


class Hang(Exception):
    pass


def _alarm(signum: int, frame: Any) -> None:
    raise Hang(f"no answer within {CASE_LIMIT_S} s")


def check_case(target: Target, data: bytes, name: str) -> str | None:
    """Run one input; returns what went wrong, or None."""
    from riverchief.errors import UserError

    before = target.data_version()
    target.counts["cases"] += 1
    use_alarm = hasattr(signal, "SIGALRM")
    if use_alarm:
        old = signal.signal(signal.SIGALRM, _alarm)
        signal.setitimer(signal.ITIMER_REAL, CASE_LIMIT_S)
    try:
        target.run(data, name)
    except UserError as exc:
        target.counts["refused"] += 1
        if not str(exc).strip():
            return "a refusal without a message"
        if before is not None and target.data_version() != before:
            return f"refused ({exc}) but the database changed"
        return None
    except Exception as exc:  # noqa: BLE001 - this is what the fuzzer looks for
        return f"{type(exc).__name__}: {exc}\n{traceback.format_exc(limit=6)}"
    finally:
        if use_alarm:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, old)
    target.counts["accepted"] += 1
    return None


def save_failure(target: Target, data: bytes, name: str, problem: str) -> Path:
    FAILURES.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256(data).hexdigest()[:16]
    path = FAILURES / f"{target.name}-{digest}-{Path(name).name}"
    path.write_bytes(data)
    path.with_name(path.name + ".txt").write_text(problem, encoding="utf-8")
    return path


# --- inputs -------------------------------------------------------------------------------
def mutate(seed: bytes, ops: list[tuple[int, int, int, bytes]]) -> bytes:
    """Apply mutations ``(kind, position, length, payload)`` to ``seed``."""
    data = bytearray(seed)
    for kind, pos, length, payload in ops:
        n = len(data)
        at = pos % (n + 1)
        kind %= 7
        if kind == 0 and n:  # flip bits
            data[at % n] ^= (length % 255) + 1
        elif kind == 1:  # insert
            data[at:at] = payload
        elif kind == 2:  # delete a range
            del data[at:at + length]
        elif kind == 3:  # overwrite with a hostile token
            tok = TOKENS[length % len(TOKENS)]
            data[at:at + len(tok)] = tok
        elif kind == 4:  # cut the file
            del data[at:]
        elif kind == 5 and n:  # repeat a piece
            piece = bytes(data[at:at + 1 + length % 512])
            data[at:at] = piece * (1 + length % 8)
        elif kind == 6:  # insert a hostile token
            tok = TOKENS[(length + pos) % len(TOKENS)]
            data[at:at] = tok
    return bytes(data)


def case_strategy(target: Target) -> Any:
    from hypothesis import strategies as st

    op = st.tuples(st.integers(0, 6), st.integers(0, 2**31), st.integers(0, 4096),
                   st.binary(max_size=24))
    mutated = st.tuples(
        st.sampled_from(range(len(target.seeds))), st.lists(op, min_size=1, max_size=8)
    ).map(lambda t: (mutate(target.seeds[t[0]][1], t[1]), target.seeds[t[0]][0]))
    random_bytes = st.tuples(st.binary(max_size=4096), st.sampled_from(target.names))
    renamed = st.tuples(st.sampled_from([s[1] for s in target.seeds]),
                        st.sampled_from(target.names))  # a real file with a wrong name
    return st.one_of(mutated, mutated, mutated, random_bytes, renamed)


def fuzz(target: Target, examples: int, seed: int, failures: list[str], *,
         stop_at_first: bool = False) -> None:
    from hypothesis import HealthCheck, Phase, given, settings
    from hypothesis import seed as hseed

    @hseed(seed)
    @settings(max_examples=examples, database=None, deadline=None, phases=[Phase.generate],
              suppress_health_check=list(HealthCheck))
    @given(case_strategy(target))
    def one(case: tuple[bytes, str]) -> None:
        data, name = case
        problem = check_case(target, data, name)
        if problem:
            path = save_failure(target, data, name, problem)
            failures.append(f"{target.name} [{path.name}]: {problem}")
            if stop_at_first:
                raise AssertionError(failures[-1])

    one()


# --- targets ------------------------------------------------------------------------------
def corpus_seeds() -> list[tuple[str, bytes]]:
    found = []
    folder = CORPUS / "gpx"
    if folder.is_dir():
        for p in sorted(folder.iterdir()):
            if p.suffix.lower() in (".gpx", ".kml", ".kmz", ".csv"):
                found.append((p.name, p.read_bytes()))
    return found


def track_seeds() -> list[tuple[str, bytes]]:
    seeds = corpus_seeds()
    csv_track = "时间,经度,纬度\n" + "".join(
        f"2026-07-01 08:{m:02d}:00,{113.6 + m * 0.0005:.6f},{34.75 + m * 0.0003:.6f}\n"
        for m in range(30))
    seeds.append(("patrol.csv", csv_track.encode("utf-8")))
    kml = next((d for n, d in seeds if n.endswith(".kml")), None)
    if kml is not None:
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w") as z:
            z.writestr("doc.kml", kml)
        seeds.append(("track.kmz", buf.getvalue()))
    seeds.append(("laughs.gpx", BILLION_LAUGHS))
    return seeds


class Workspace:
    """A demo district database the importers write to, and a folder for input files."""

    def __init__(self, folder: Path) -> None:
        from riverchief.db import open_store
        from riverchief.demo import generate
        from riverchief.security.roles import Actor

        self.folder = folder
        self.db = generate(folder / "fuzz.db", "district", seed=3)
        self.store = open_store(self.db)
        self.actor = Actor("fuzz", "fuzz-admin", "管理员", "admin")
        self.n = 0

    def file(self, data: bytes, name: str) -> Path:
        self.n += 1
        path = self.folder / "in" / f"{self.n % 50}" / Path(name).name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        return path

    def observer(self) -> sqlite3.Connection:
        from riverchief.db import connection

        return connection.connect(self.db, role="readonly")


def targets(ws: Workspace) -> list[Target]:
    from riverchief.db import open_store
    from riverchief.media.photos import read_photo
    from riverchief.registry.transfer import export_file
    from riverchief.registry.transfer import import_file as registry_import
    from riverchief.rules import load_rules
    from riverchief.tracks.readers import read_track_bytes
    from riverchief.waterquality.samples import import_file as samples_import

    out = ws.folder / "seeds"
    out.mkdir()
    reg_seeds = []
    for name, tables in (("registry.xlsx", None), ("areas.csv", ["area"]),
                         ("chiefs.csv", ["chief"]), ("sections.csv", ["section"]),
                         ("segments.geojson", ["segment"])):
        export_file(ws.store, ws.actor, out / name, tables=tables)
        reg_seeds.append((name, (out / name).read_bytes()))
    kmz = next((d for n, d in track_seeds() if n.endswith(".kmz")), None)
    if kmz is not None:
        reg_seeds.append(("lines.kmz", kmz))
    sections = [r["code"] for r in ws.store.db.query(
        "SELECT code FROM section WHERE deleted_at IS NULL ORDER BY code LIMIT 5")]
    wide = "断面编码,监测时间,pH(无量纲),溶解氧(mg/L),高锰酸盐指数(mg/L),氨氮(mg/L),总磷(mg/L)\n"
    wide += "".join(f"{code},2030-0{m}-05 09:00,7.5,6.2,4.1,0.025L,0.1\n"
                    for code in sections for m in range(1, 4))
    tidy = "断面,时间,项目,数值,单位\n" + "".join(
        f"{code},2031-01-05 09:00,氨氮,0.{n}5,mg/L\n" for n, code in enumerate(sections))
    rules_text = (ROOT / "resources" / "rules" / "default.toml").read_bytes()
    db_seed = ws.folder / "seed.db"
    with open_store(db_seed, create=True) as s:
        s.set_setting("timezone", "Asia/Shanghai")
        s.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db_bytes = db_seed.read_bytes()

    def run_registry(data: bytes, name: str) -> None:
        registry_import(ws.store, ws.actor, ws.file(data, name), backup=False)

    def run_samples(data: bytes, name: str) -> None:
        samples_import(ws.store, ws.file(data, name), actor=ws.actor)

    def run_rules(data: bytes, name: str) -> None:
        load_rules(ws.file(data, name))

    def run_database(data: bytes, name: str) -> None:
        path = ws.file(data, name)
        for suffix in ("-wal", "-shm", "-journal", ".lock"):
            Path(str(path) + suffix).unlink(missing_ok=True)
        try:
            open_store(path).close()
        except Exception:
            if path.read_bytes() != data:
                raise AssertionError("a refused database file was changed") from None
            raise

    chief_code, segment_code = (
        next(iter(ws.store.db.query(f"SELECT code FROM {t} WHERE deleted_at IS NULL "
                                     "ORDER BY code LIMIT 1")))["code"]
        for t in ("chief", "segment"))
    history = ("河长,河段,巡河日期,开始时间,结束时间,时长,里程,发现问题,处理情况\n"
               + "".join(f"{chief_code},{segment_code},2025-0{m}-02,08:00,09:10,,2.5,"
                         f"河岸有建筑垃圾,已通知村委清理\n" for m in range(1, 4))
               + f"{chief_code},{segment_code},2025/4/9,14:30,,45分钟,2300米,无,\n")

    def run_history(data: bytes, name: str) -> None:
        from riverchief.patrols.historical import import_history

        import_history(ws.store, ws.actor, ws.file(data, name))

    def run_package(data: bytes, name: str) -> None:
        from riverchief.exchange.merge import import_package

        import_package(ws.store, ws.actor, ws.file(data, name))

    obs = ws.observer()
    return [
        Target("tracks", track_seeds(), ["a.gpx", "a.kml", "a.kmz", "a.csv", "a.txt"],
               lambda data, name: read_track_bytes(data, name) and None),
        Target("registry", reg_seeds, ["r.csv", "r.xlsx", "r.geojson", "r.kml", "r.kmz", "r.zip"],
               run_registry, observer=obs),
        Target("samples", [("wide.csv", wide.encode("utf-8")),
                           ("wide-gbk.csv", wide.encode("gbk")),
                           ("tidy.csv", tidy.encode("utf-8"))],
               ["s.csv", "s.xlsx", "s.txt"], run_samples, observer=obs),
        Target("rules", [("rules.toml", rules_text)], ["rules.toml"], run_rules),
        Target("database", [("x.db", db_bytes)], ["x.db"], run_database),
        Target("photos", photo_seeds(), ["p.jpg", "p.png", "p.heic", "p.txt"],
               lambda data, name: read_photo(data, name) and None),
        Target("patrol history", [("history.csv", history.encode("utf-8")),
                                  ("history-gbk.csv", history.encode("gbk"))],
               ["h.csv", "h.xlsx", "h.txt"], run_history, observer=obs),
        Target("packages", package_seeds(ws), ["p.zip"], run_package, observer=obs),
    ]


def _zip(members: list[tuple[str | zipfile.ZipInfo, bytes]],
         compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=compression) as z:
        for name, data in members:
            z.writestr(name, data)
    return buf.getvalue()


def package_seeds(ws: Workspace) -> list[tuple[str, bytes]]:
    """Two real packages signed by a key the workspace enrolled, and hostile variants:
    dropped, added and reordered members, reordered records, unsafe names, a link, a zip
    bomb, an absurd manifest, an unknown format version."""
    import json

    from benchmarks.exchange import make_package

    folder = ws.folder / "packages"
    good = [make_package(ws.db, folder, patrols=4, photos=2, photo_bytes=3000,
                         chief_index=i)["package"].read_bytes() for i in (0, 1)]
    with zipfile.ZipFile(io.BytesIO(good[0])) as z:
        members = [(n, z.read(n)) for n in z.namelist()]
    names = [n for n, _ in members]
    media = [i for i, n in enumerate(names) if n.startswith("media/")]
    records = dict(members)["records.jsonl"]
    manifest = json.loads(dict(members)["manifest.json"])
    link = zipfile.ZipInfo("media/" + "a" * 64)
    link.external_attr = (0o120777 << 16)
    lines = records.splitlines(keepends=True)
    seeds = [
        ("good.zip", good[0]), ("other-chief.zip", good[1]),
        ("dropped-photo.zip", _zip([m for i, m in enumerate(members) if i != media[0]])),
        ("dropped-records.zip", _zip([m for m in members if m[0] != "records.jsonl"])),
        ("extra-member.zip", _zip(members + [("notes.txt", b"hello")])),
        ("extra-photo.zip", _zip(members + [("media/" + "b" * 64, b"x" * 100)])),
        ("reordered-members.zip", _zip(list(reversed(members)))),
        ("reordered-records.zip", _zip([(n, b"".join(reversed(lines)) if n == "records.jsonl"
                                         else d) for n, d in members])),
        ("dropped-record.zip", _zip([(n, b"".join(lines[:1] + lines[2:])
                                      if n == "records.jsonl" else d) for n, d in members])),
        ("traversal.zip", _zip(members + [("../../evil.txt", b"x")])),
        ("absolute.zip", _zip(members + [("/etc/evil", b"x")])),
        ("link.zip", _zip(members + [(link, b"/etc/passwd")])),
        ("bomb.zip", _zip(members + [("media/" + "c" * 64, b"\0" * 30_000_000)])),
        ("huge-manifest.zip", _zip([("manifest.json", b" " * 20_000_000 + b"{}")]
                                   + [m for m in members if m[0] != "manifest.json"])),
        ("version-9.zip", _zip([(n, json.dumps({**manifest, "format_version": 9}).encode()
                                 if n == "manifest.json" else d) for n, d in members])),
        ("stored.zip", _zip(members, zipfile.ZIP_STORED)),
    ]
    return seeds


def photo_seeds() -> list[tuple[str, bytes]]:
    """A JPEG with EXIF time and GPS, a PNG, and a JPEG without metadata."""
    from PIL import Image

    img = Image.new("RGB", (64, 48), (40, 120, 180))
    exif = Image.Exif()
    exif[0x0132] = "2026:07:01 08:30:00"  # DateTime
    gps = {1: "N", 2: (34.0, 45.0, 30.0), 3: "E", 4: (113.0, 36.0, 10.0)}
    exif[0x8825] = gps
    seeds = []
    for name, fmt, kwargs in (("exif.jpg", "JPEG", {"exif": exif.tobytes()}),
                              ("plain.jpg", "JPEG", {}), ("p.png", "PNG", {})):
        buf = io.BytesIO()
        img.save(buf, fmt, **kwargs)
        seeds.append((name, buf.getvalue()))
    return seeds


def run(examples: int = DEFAULT_EXAMPLES, seed: int = 1, only: list[str] | None = None,
        stop_at_first: bool = False) -> dict[str, Any]:
    """Fuzz every target with ``examples`` cases (plus every seed file unchanged)."""
    import logging

    logging.disable(logging.CRITICAL)
    failures: list[str] = []
    per_target: dict[str, dict[str, Any]] = {}
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="rc-fuzz-") as tmp:
        ws = Workspace(Path(tmp))
        try:
            for target in targets(ws):
                if only and target.name not in only:
                    continue
                t0 = time.perf_counter()
                for name, data in target.seeds:  # the real files as they are
                    problem = check_case(target, data, name)
                    if problem:
                        save_failure(target, data, name, problem)
                        failures.append(f"{target.name} [{name}]: {problem}")
                fuzz(target, examples, seed, failures, stop_at_first=stop_at_first)
                per_target[target.name] = dict(target.counts,
                                               seconds=round(time.perf_counter() - t0, 1))
        finally:
            ws.store.close()
    logging.disable(logging.NOTSET)
    return {"cases": sum(t["cases"] for t in per_target.values()), "failures": failures,
            "targets": per_target, "seconds": round(time.perf_counter() - started, 1)}


# --- large inputs -------------------------------------------------------------------------
LARGE_LIMIT_S = 900.0


def large_case(kind: str, path: Path, db: Path) -> str:
    """One large input in this process (the parent measures time and peak memory)."""
    from riverchief.db import open_store
    from riverchief.errors import UserError
    from riverchief.registry.transfer import import_file as registry_import
    from riverchief.security.roles import Actor
    from riverchief.tracks.readers import read_track
    from riverchief.waterquality.samples import import_file as samples_import

    actor = Actor("fuzz", "fuzz-admin", "管理员", "admin")
    try:
        if kind == "track":
            read_track(path)
        else:
            with open_store(db) as store:
                if kind == "samples":
                    samples_import(store, path, actor=actor, dry_run=True)
                elif kind == "history":
                    from riverchief.patrols.historical import import_history

                    import_history(store, actor, path)
                else:
                    registry_import(store, actor, path, backup=False)
        return "accepted"
    except UserError as exc:
        return f"refused: {exc}"


def large_inputs(rows: int = 1_000_000,
                 report: Callable[[dict[str, Any]], None] | None = None,
                 limit_s: float = LARGE_LIMIT_S) -> list[dict[str, Any]]:
    """A 200 MB track file and 1-million-row CSVs (samples, registry, patrol history), each
    importer in its own process.

    Peak memory is the child's maximum resident set; a case still running after
    :data:`LARGE_LIMIT_S` is stopped and reported as such.
    """
    import subprocess
    import threading

    results = []
    with tempfile.TemporaryDirectory(prefix="rc-large-") as tmp:
        folder = Path(tmp)
        ws = Workspace(folder)
        section = next(iter(ws.store.db.query("SELECT code FROM section LIMIT 1")))["code"]
        ws.store.close()
        big_track = folder / "big.gpx"
        with big_track.open("wb") as f:
            f.write(b'<?xml version="1.0"?><gpx version="1.1"><trk><trkseg>')
            f.truncate(200 * 1024 * 1024)
        samples = folder / "samples.csv"
        with samples.open("w", encoding="utf-8") as f:
            f.write("断面编码,监测时间,pH(无量纲),溶解氧(mg/L),氨氮(mg/L)\n")
            for n in range(rows):
                f.write(f"{section},{2000 + n // 500000}-01-01 00:00,7.{n % 10},6.1,"
                        f"0.{n % 9}\n")
        areas = folder / "areas.csv"
        with areas.open("w", encoding="utf-8") as f:
            f.write("编码,名称,级别,上级编码\n")
            for n in range(rows):
                f.write(f"9{n:011d},村{n},村,410102001\n")
        history = folder / "history.csv"
        with history.open("w", encoding="gb18030") as f:
            f.write("河长,河段,巡河日期,开始时间,结束时间,发现问题\n")
            for n in range(rows):
                f.write(f"张伟,清河{n % 50}段,2025-{1 + n % 12:02d}-{1 + n % 28:02d},"
                        f"08:00,09:{n % 60:02d},无\n")
        cases = [("track file 200 MB", "track", big_track),
                 (f"samples CSV {rows:,} rows", "samples", samples),
                 (f"registry CSV {rows:,} rows", "registry", areas),
                 (f"patrol history CSV {rows:,} rows", "history", history)]
        for label, kind, path in cases:
            started = time.perf_counter()
            proc = subprocess.Popen(
                [sys.executable, str(Path(__file__).resolve()), "--large-case", kind,
                 "--file", str(path), "--db", str(ws.db)],
                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
            timer = threading.Timer(limit_s, proc.kill)
            timer.start()
            _, status, usage = os.wait4(proc.pid, 0)
            timer.cancel()
            proc.returncode = os.waitstatus_to_exitcode(status)
            out = proc.stdout.read().strip() if proc.stdout else ""
            err = proc.stderr.read().strip() if proc.stderr else ""
            seconds = time.perf_counter() - started
            if proc.returncode == -signal.SIGKILL:
                outcome = f"not finished after {limit_s:.0f} s (stopped)"
            elif proc.returncode != 0:
                outcome = "CRASH " + (err.splitlines() or ["?"])[-1]
            else:
                outcome = out.splitlines()[-1] if out else "?"
            results.append({"input": label, "mb": round(path.stat().st_size / 1e6, 1),
                            "outcome": outcome[:160], "seconds": round(seconds, 1),
                            "peak_mb": round(usage.ru_maxrss / 1024, 1)})
            if report is not None:
                report(results[-1])
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=DEFAULT_EXAMPLES,
                        help="generated cases per target (default %(default)s)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--only", action="append", help="only this target (repeatable)")
    parser.add_argument("--large", action="store_true", help="the large-input checks instead")
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--limit", type=float, default=LARGE_LIMIT_S,
                        help="seconds before a large case is stopped (default %(default)s)")
    parser.add_argument("--large-case", help=argparse.SUPPRESS)
    parser.add_argument("--file", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.large_case:
        print(large_case(args.large_case, args.file, args.db))
        return 0
    os.environ.setdefault("RIVERCHIEF_DATA", tempfile.mkdtemp(prefix="rc-fuzz-data-"))
    if args.large:
        def show(r: dict[str, Any]) -> None:
            print(f"{r['input']:<28} {r['mb']:>7} MB  {r['seconds']:>6} s  "
                  f"peak {r['peak_mb']:>8} MB  {r['outcome']}", flush=True)

        results = large_inputs(args.rows, show, limit_s=args.limit)
        return 1 if any(r["outcome"].startswith("CRASH") for r in results) else 0
    result = run(args.examples, args.seed, args.only)
    for name, t in result["targets"].items():
        print(f"{name:<10} cases={t['cases']:<6} refused={t['refused']:<6} "
              f"accepted={t['accepted']:<6} {t['seconds']} s")
    for f in result["failures"][:20]:
        print(f, file=sys.stderr)
    print(f"cases={result['cases']} failures={len(result['failures'])} "
          f"seconds={result['seconds']}")
    return 1 if result["failures"] else 0


if __name__ == "__main__":
    sys.exit(main())
