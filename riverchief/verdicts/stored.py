"""The evidence of stored patrols, read back for the verdict engine.

Used to recompute verdicts with the rule set in force (the evaluator's installation
never trusts a verdict it did not compute) and by tests that check the demo's verdicts.
A photo counts as reused when the same file belongs to a patrol entered before this one.
Patrols are read in batches (a handful of queries per batch, not per patrol), so that a
province's quarter can be judged again in minutes.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import datetime

from riverchief.db import Store
from riverchief.registry.geometry import from_json
from riverchief.tracks.codec import decode
from riverchief.verdicts.engine import PatrolEvidence, Photo

Line = list[tuple[float, float]]


def _marks(n: int) -> str:
    return ",".join("?" * n)


def load_evidence(store: Store, patrol_ids: Sequence[str],
                  lines_cache: dict[str, Line] | None = None,
                  ) -> list[tuple[PatrolEvidence, frozenset[str]]]:
    """Each patrol's evidence and the photo hashes other, earlier-entered patrols used.

    ``lines_cache`` keeps parsed segment lines between calls (segment id -> line)."""
    ids = list(dict.fromkeys(patrol_ids))
    if not ids:
        return []
    cache = lines_cache if lines_cache is not None else {}
    q = _marks(len(ids))
    rows = {r["id"]: r for r in store.db.query(
        "SELECT p.id, p.start_at, p.end_at, p.method, p.track, p.entered_at, p.distance_m,"
        f" c.level FROM patrol p JOIN chief c ON c.id = p.chief_id WHERE p.id IN ({q})", ids)}
    segs: dict[str, list[str]] = defaultdict(list)
    for r in store.db.query(
            "SELECT ps.patrol_id, ps.segment_id FROM patrol_segment ps JOIN segment s"
            f" ON s.id = ps.segment_id WHERE ps.patrol_id IN ({q}) ORDER BY s.code", ids):
        segs[r["patrol_id"]].append(r["segment_id"])
    missing = sorted({s for v in segs.values() for s in v} - set(cache))
    for at in range(0, len(missing), 500):
        part = missing[at:at + 500]
        for r in store.db.query(
                f"SELECT id, geometry FROM segment WHERE id IN ({_marks(len(part))})", part):
            cache[r["id"]] = ([(float(x), float(y)) for x, y in from_json(r["geometry"])]
                              if r["geometry"] is not None else [])
    photos: dict[str, list[Photo]] = defaultdict(list)
    for r in store.db.query(
            f"SELECT * FROM patrol_photo WHERE patrol_id IN ({q}) ORDER BY patrol_id, position",
            ids):
        photos[r["patrol_id"]].append(Photo(
            r["sha256"], datetime.fromisoformat(r["taken_at"]) if r["taken_at"] else None,
            r["lon"], r["lat"]))
    # who else used each of these photos, and when that patrol was entered
    hashes = sorted({ph.sha256 for v in photos.values() for ph in v})
    users: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for at in range(0, len(hashes), 500):
        part = hashes[at:at + 500]
        for r in store.db.query(
                "SELECT ph.sha256, o.id, o.entered_at FROM patrol_photo ph JOIN patrol o"
                " ON o.id = ph.patrol_id WHERE o.deleted_at IS NULL AND ph.sha256 IN"
                f" ({_marks(len(part))})", part):
            users[r["sha256"]].append((r["id"], r["entered_at"]))
    out: list[tuple[PatrolEvidence, frozenset[str]]] = []
    for pid in patrol_ids:
        row = rows[pid]
        mine = photos.get(pid, [])
        used = frozenset(ph.sha256 for ph in mine if any(
            other != pid and entered < row["entered_at"]
            for other, entered in users.get(ph.sha256, ())))
        evidence = PatrolEvidence(
            start=datetime.fromisoformat(row["start_at"]),
            end=datetime.fromisoformat(row["end_at"]),
            level=row["level"], method=row["method"],
            segment_lines=[cache[s] for s in segs.get(pid, []) if cache.get(s)],
            track=decode(row["track"]) if row["track"] is not None else None,
            photos=mine,
            entered_at=datetime.fromisoformat(row["entered_at"]),
            claimed_distance_m=row["distance_m"] if row["track"] is None else None,
        )
        out.append((evidence, used))
    return out
