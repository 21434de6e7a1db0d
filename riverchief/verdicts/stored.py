"""The evidence of stored patrols, read back for the verdict engine.

Used to recompute verdicts with the rule set in force (the evaluator's installation
never trusts a verdict it did not compute) and by tests that check the demo's verdicts.
A photo counts as reused when the same file belongs to a patrol entered before this one.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from riverchief.db import Store
from riverchief.registry.geometry import from_json
from riverchief.tracks.codec import decode
from riverchief.verdicts.engine import PatrolEvidence, Photo


def load_evidence(store: Store, patrol_ids: Sequence[str]
                  ) -> list[tuple[PatrolEvidence, frozenset[str]]]:
    """Each patrol's evidence and the photo hashes other, earlier-entered patrols used."""
    out: list[tuple[PatrolEvidence, frozenset[str]]] = []
    for pid in patrol_ids:
        row = next(iter(store.db.query(
            "SELECT p.*, c.level FROM patrol p JOIN chief c ON c.id = p.chief_id "
            "WHERE p.id = ?", [pid])))
        lines = [from_json(r["geometry"]) for r in store.db.query(
            "SELECT s.geometry FROM patrol_segment ps JOIN segment s ON s.id = ps.segment_id "
            "WHERE ps.patrol_id = ? AND s.geometry IS NOT NULL ORDER BY s.code", [pid])]
        photos = [
            Photo(r["sha256"],
                  datetime.fromisoformat(r["taken_at"]) if r["taken_at"] else None,
                  r["lon"], r["lat"])
            for r in store.db.query(
                "SELECT * FROM patrol_photo WHERE patrol_id = ? ORDER BY position", [pid])]
        used = frozenset(r["sha256"] for r in store.db.query(
            "SELECT DISTINCT ph.sha256 FROM patrol_photo ph JOIN patrol o ON o.id = ph.patrol_id "
            "WHERE ph.sha256 IN (SELECT sha256 FROM patrol_photo WHERE patrol_id = ?) "
            "AND o.id != ? AND o.deleted_at IS NULL AND o.entered_at < ?",
            [pid, pid, row["entered_at"]]))
        evidence = PatrolEvidence(
            start=datetime.fromisoformat(row["start_at"]),
            end=datetime.fromisoformat(row["end_at"]),
            level=row["level"], method=row["method"],
            segment_lines=[[(float(x), float(y)) for x, y in line] for line in lines],
            track=decode(row["track"]) if row["track"] is not None else None,
            photos=photos,
            entered_at=datetime.fromisoformat(row["entered_at"]),
            claimed_distance_m=row["distance_m"] if row["track"] is None else None,
        )
        out.append((evidence, used))
    return out
