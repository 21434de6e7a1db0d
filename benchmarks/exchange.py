"""Exchange benchmarks (issue 10, point 9): importing a chief's package into the office.

    python benchmarks/run.py --tier city --only "package import"

A chief's signed package of 10,000 patrols (with their segments, photo rows and hash
chain) and 2,000 photos of 200 KB is imported into a copy of the city-tier demo database.
The import (verify the signature, every hash and the chain, classify, apply in one
transaction) must take no more than twice a bare ``executemany`` of the same rows (the
package's patrols, their segment and photo rows, the photos' media rows and the chain
entries; a connection set up as the app's) into another copy plus copying the same files,
measured in the same run: before and after the import, the mean counts. The import's own
bookkeeping (revision history, package log, audit) counts against it. The safety backup
the import takes first, and judging the received patrols again with the office's rules
afterwards, are timed separately and reported beside it.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.registry import Result, target  # noqa: E402

PATROLS = 10_000
PHOTOS = 2_000
PHOTO_BYTES = 200 * 1024


def _copy_db(src: Path, dest: Path) -> Path:
    shutil.copyfile(src, dest)
    return dest


def make_package(office_db: Path, folder: Path, patrols: int = PATROLS,
                 photos: int = PHOTOS, photo_bytes: int = PHOTO_BYTES, *,
                 chief_index: int = 0) -> dict[str, Any]:
    """A chief's package for ``office_db`` (its key enrolled there), and the same rows as
    plain tuples for the baseline. ``chief_index`` picks the chief (a chain of its own).
    Returns the package's path, its rows, its photos and its manifest hash."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from riverchief.db import open_store
    from riverchief.exchange import keys
    from riverchief.exchange.canonical import canonical, encode_row, sha256_hex
    from riverchief.exchange.chain import GENESIS, ChainEntry, compute_hash
    from riverchief.exchange.package import PackageRecord, write_package
    from riverchief.exchange.tables import chained_content
    from riverchief.ids import uuid7
    from riverchief.security import SYSTEM

    laptop_installation = uuid7()
    private = Ed25519PrivateKey.generate()
    public = private.public_key().public_bytes(serialization.Encoding.Raw,
                                               serialization.PublicFormat.Raw).hex()
    with open_store(office_db) as store:
        # a chief's first package: one whose chain the office holds nothing of yet (the
        # demo's chiefs who file on paper, or have no patrols yet), so it starts at GENESIS
        chief_id, segment_id = next(iter(store.db.query(
            "SELECT chief_id, min(segment_id) FROM assignment WHERE deleted_at IS NULL "
            "AND chief_id NOT IN (SELECT chief_id FROM chain_entry) "
            "GROUP BY chief_id ORDER BY chief_id LIMIT 1 OFFSET ?", [chief_index]))).values()
        keys.enrol_key(store, SYSTEM, public, "基准笔记本", chief_id=chief_id)
        templates = list(store.db.query("SELECT * FROM patrol ORDER BY id LIMIT ?", [patrols]))
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    src = folder / f"photos-{laptop_installation}"
    src.mkdir(parents=True)
    media_rows: list[dict[str, Any]] = []
    media_files: dict[str, Path] = {}
    for i in range(photos):
        data = os.urandom(photo_bytes)
        sha = sha256_hex(data)
        path = src / sha
        path.write_bytes(data)
        media_files[sha] = path
        media_rows.append({
            "id": uuid7(), "created_at": "2027-03-01T08:00:00+08:00",
            "updated_at": "2027-03-01T08:00:00+08:00", "origin": laptop_installation,
            "revision": 1, "deleted_at": None, "sha256": sha, "kind": "photo",
            "mime": "image/jpeg", "size": photo_bytes, "name": f"IMG_{i:05d}.jpg",
            "width": 4000, "height": 3000, "orientation": 1,
            "taken_at": "2027-03-01T08:10:00+08:00", "lon": 113.6, "lat": 34.7})
    shas = list(media_files)
    records: list[PackageRecord] = [PackageRecord("media", encode_row(m)) for m in media_rows]
    rows: dict[str, list[dict[str, Any]]] = {"media": media_rows, "patrol": [],
                                             "patrol_segment": [], "patrol_photo": [],
                                             "chain_entry": []}
    prev, seq = GENESIS, 0
    for n, t in enumerate(templates):
        row = dict(t)
        if row.get("track") is not None:
            # a walk of its own, a few metres beside the demo's: a copy of a stored track
            # would be judged a copied track (track_reused), which a real package is not
            row["track"] = _beside(row["track"], n)
        row.update(id=uuid7(), chief_id=chief_id, segment_id=segment_id, track_file_id=None,
                   origin=laptop_installation, revision=1, deleted_at=None, state="submitted",
                   source="entered")
        for column in ("start_at", "end_at", "entered_at", "created_at", "updated_at"):
            row[column] = "2027" + str(row[column])[4:]
        segments = [{"patrol_id": row["id"], "segment_id": segment_id}]
        photo_rows = []
        if n < photos:
            photo_rows = [{"patrol_id": row["id"], "position": 1, "sha256": shas[n],
                           "taken_at": row["start_at"], "lon": 113.6, "lat": 34.7}]
        rows["patrol"].append(row)
        rows["patrol_segment"] += segments
        rows["patrol_photo"] += photo_rows
        encoded = encode_row({**row, "_children": {"patrol_segment": segments,
                                                    "patrol_photo": photo_rows}})
        content = chained_content(encoded)
        media = tuple(sorted(p["sha256"] for p in photo_rows))
        seq += 1
        entry = ChainEntry(seq, prev, compute_hash(prev, content, media), "patrol", row["id"],
                           1, content, media)
        prev = entry.record_hash
        records.append(PackageRecord("patrol", encoded, entry))
        rows["chain_entry"].append({  # the chain travels with the patrols: the same rows
            "id": uuid7(), "created_at": row["created_at"], "updated_at": row["created_at"],
            "origin": laptop_installation, "revision": 1, "deleted_at": None,
            "chief_id": chief_id, "seq": seq, "table_name": "patrol", "record_id": row["id"],
            "record_revision": 1, "prev_hash": entry.prev_hash,
            "record_hash": entry.record_hash,
            "content": canonical(content).decode("utf-8"), "media": json.dumps(list(media))})
    manifest = {
        "kind": "records", "app_version": "bench", "origin_installation": laptop_installation,
        "public_key": public, "fingerprint": keys.fingerprint(public), "author": "bench-chief",
        "author_name": "河长", "chief_id": chief_id, "period": None,
        "created_at": "2027-03-31T18:00:00+08:00",
        "counts": {"patrol": len(templates), "media": len(media_rows)},
        "chains": {chief_id: {"from_seq": 1, "prev_hash": GENESIS, "to_seq": seq,
                              "last_hash": prev}},
    }
    package = write_package(folder / f"chief-{chief_index}.zip", manifest, records,
                            media_files, lambda data: keys.sign(private, data))
    from riverchief.exchange.package import read_package

    return {"package": package, "rows": rows, "photos": media_files, "chief_id": chief_id,
            "origin": laptop_installation,
            "manifest_sha256": read_package(package).manifest_sha256}


def baseline(db: Path, rows: dict[str, list[dict[str, Any]]], photos: dict[str, Path],
             media_dir: Path) -> float:
    """Seconds for a bare executemany of the same rows (one transaction) plus copying the
    same files. The connection is set up as the app's (WAL, foreign keys, synchronous FULL)
    so that the comparison is of the import's own work, not of two journal modes."""
    from riverchief.db import connection

    conn = connection.connect(db, role="live")
    try:
        started = time.perf_counter()
        conn.execute("BEGIN")
        for table, table_rows in rows.items():
            columns = list(table_rows[0])
            conn.executemany(
                f'INSERT INTO "{table}" ({", ".join(columns)}) '
                f'VALUES ({", ".join("?" * len(columns))})',
                [tuple(r[c] for c in columns) for r in table_rows])
        conn.execute("COMMIT")
        for sha, path in photos.items():
            dest = media_dir / sha[:2] / sha
            dest.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, dest)
        return time.perf_counter() - started
    finally:
        conn.close()


def _beside(blob: bytes, n: int) -> bytes:
    """The stored track ``blob`` moved ``n``-dependent metres east (another walk's shape)."""
    from dataclasses import replace

    import numpy as np

    from riverchief.tracks.codec import decode, encode

    track = decode(blob)
    # whole millionths of a degree, as the demo's tracks: they stay in the compact form
    return encode(replace(track, lon=(np.round(track.lon * 1e6) + 20 * (1 + n % 50)) / 1e6))


def measure(tier: str = "city", patrols: int = PATROLS, photos: int = PHOTOS,
            photo_bytes: int = PHOTO_BYTES) -> Result:
    from benchmarks.demo_cache import demo_db
    from riverchief.db import backup_now, open_store
    from riverchief.exchange.merge import import_package
    from riverchief.media.store import media_dir
    from riverchief.patrols import Selection, judge_again
    from riverchief.security import Actor

    source = demo_db(tier)
    with tempfile.TemporaryDirectory(prefix="rc-bench-exchange-") as tmp:
        folder = Path(tmp)
        office = _copy_db(source, folder / "office.db")
        made = make_package(office, folder, patrols, photos, photo_bytes)
        bares = [_copy_db(office, folder / f"bare{i}.db") for i in (0, 1)]

        def settle() -> None:
            """Let the files written so far reach the disk, so that writing them back does not
            weigh on the next measurement."""
            if hasattr(os, "sync"):
                os.sync()

        def bare_run(db: Path) -> float:
            with open_store(db) as store:
                bare_media = media_dir(store)
            settle()
            return baseline(db, made["rows"], made["photos"], bare_media)

        # the baseline runs before and after the import and the mean counts, so that the
        # other work on a shared machine weighs on both sides alike
        before_s = bare_run(bares[0])
        actor = Actor("bench", "bench-office", "河长办", "evaluator")
        with open_store(office) as store:
            settle()
            started = time.perf_counter()
            backup = backup_now(store, reason="before-import")
            backup_s = time.perf_counter() - started
            settle()
            started = time.perf_counter()
            result = import_package(store, actor, made["package"], backup=False, judge=False)
            import_s = time.perf_counter() - started
            # the office then judges what arrived with its own rules: timed apart, like the
            # backup (it is the verdict engine's work, not the import's)
            started = time.perf_counter()
            judged = judge_again(store, actor, Selection(patrol_ids=tuple(
                r["id"] for r in made["rows"]["patrol"])))
            judge_s = time.perf_counter() - started
            stored = store.db.execute(
                "SELECT count(*) FROM patrol WHERE origin = ?",
                [result_origin(made)]).fetchone()[0]
        if stored != patrols or result.summary()["new"] != patrols + photos:
            raise RuntimeError(f"the import stored {stored} patrols: {result.summary()}")
        after_s = bare_run(bares[1])
        base_s = (before_s + after_s) / 2
        return Result(import_s, limit=2 * base_s, detail={
            "patrols": patrols, "photos": photos, "photo_kb": photo_bytes // 1024,
            "import_s": round(import_s, 2), "baseline_s": round(base_s, 2),
            "baseline_before_s": round(before_s, 2), "baseline_after_s": round(after_s, 2),
            "ratio": round(import_s / base_s, 2), "backup_s": round(backup_s, 2),
            "backup_mb": round(backup.stat().st_size / 1e6, 1),
            "judge_s": round(judge_s, 2), "judged": judged.judged,
            "package_mb": round(made["package"].stat().st_size / 1e6, 1)})


def result_origin(made: dict[str, Any]) -> str:
    return str(made["rows"]["patrol"][0]["origin"])


@target("package import: 10,000 patrols + 2,000 photos (≤ 2× bare insert + copy)", None, "s",
        issue="10", tiers=("city",))
def package_import(tier: str) -> Result:
    return measure(tier)


if __name__ == "__main__":
    r = measure(sys.argv[1] if len(sys.argv) > 1 else "city",
                *(int(a) for a in sys.argv[2:4]))
    print(f"import {r.value:.2f} s, limit {r.limit:.2f} s, {r.detail}")
