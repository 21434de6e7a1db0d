"""The evidence of stored patrols, read back for the verdict engine.

Used to recompute verdicts with the rule set in force (the evaluator's installation
never trusts a verdict it did not compute) and by tests that check the demo's verdicts.
A photo counts as reused when the same file belongs to a live patrol entered before this
one; a track, when its shape (``track_shape``, migration 0064) is that of the track of a
live patrol entered before this one (for both, entered at the same second: the smaller id
first). The reason names the first patrol that used the photo or track (:func:`first_use`).
Patrols are read in batches (a handful of queries per batch, not per patrol), so that a
province's quarter can be judged again in minutes.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from typing import NamedTuple

from riverchief.db import Store
from riverchief.registry.geometry import from_json
from riverchief.tracks.codec import decode
from riverchief.verdicts.engine import FirstUse, PatrolEvidence, Photo

Line = list[tuple[float, float]]


def _marks(n: int) -> str:
    return ",".join("?" * n)


class Stored(NamedTuple):
    """A stored patrol's evidence, the photos of it that earlier patrols used (each with the
    first patrol that used it), and its track's shape with the first patrol that used that
    track, when another did first."""

    evidence: PatrolEvidence
    used_photos: dict[str, FirstUse]
    used_tracks: dict[str, FirstUse]


class _User(NamedTuple):
    entered_at: str
    patrol_id: str
    start_at: str
    chief: str
    chief_code: str

    def use(self) -> FirstUse:
        return FirstUse(self.patrol_id, self.chief, self.chief_code, self.start_at[:10])


def _chunked(store: Store, select: str, keys: Sequence[str]) -> list[tuple[str, ...]]:
    """The rows of ``select`` (with ``{marks}`` for the keys) over ``keys``, 500 at a time."""
    rows: list[tuple[str, ...]] = []
    for at in range(0, len(keys), 500):
        part = keys[at:at + 500]
        rows += store.conn.execute(select.format(marks=_marks(len(part))), part).fetchall()
    return rows


def _users(store: Store, select: str, keys: Iterable[str]) -> dict[str, list[_User]]:
    """``select`` (with ``{marks}`` for the keys) run over ``keys``: for each key, the
    patrols it names, first entered first."""
    out: dict[str, list[_User]] = defaultdict(list)
    for r in _chunked(store, select, sorted(set(keys))):
        out[r[0]].append(_User(*r[1:]))
    for users in out.values():
        users.sort()
    return out


def track_users(store: Store, shapes: Iterable[str]) -> dict[str, list[_User]]:
    """The live patrols whose tracks have each of ``shapes``, first entered first."""
    return _users(store, "SELECT s.shape, s.entered_at, s.patrol_id, s.start_at, c.name, c.code"
                  " FROM track_shape s JOIN patrol p ON p.id = s.patrol_id"
                  " JOIN chief c ON c.id = p.chief_id WHERE p.deleted_at IS NULL"
                  " AND s.shape IN ({marks})", shapes)


def photo_users(store: Store, hashes: Iterable[str]) -> dict[str, list[_User]]:
    """The live patrols with a photo of each of ``hashes`` (SHA-256), first entered first."""
    return _users(store, "SELECT DISTINCT ph.sha256, p.entered_at, p.id, p.start_at, c.name,"
                  " c.code FROM patrol_photo ph JOIN patrol p ON p.id = ph.patrol_id"
                  " JOIN chief c ON c.id = p.chief_id WHERE p.deleted_at IS NULL"
                  " AND ph.sha256 IN ({marks})", hashes)


def earlier_photos(store: Store, hashes: Iterable[str], entered_at: str | None,
                   patrol_id: str | None = None) -> dict[str, FirstUse]:
    """``{sha256: the first patrol that used it}`` for each of ``hashes`` that a live patrol
    other than ``patrol_id`` used before ``entered_at`` (see :func:`first_use`; None: a
    patrol being entered now, which every other patrol came before); the engine's
    ``used_photo_hashes``."""
    out: dict[str, FirstUse] = {}
    for sha, users in photo_users(store, hashes).items():
        if entered_at is None:
            use = next((u.use() for u in users if u.patrol_id != patrol_id), None)
        else:
            use = first_use(users, entered_at, patrol_id)
        if use is not None:
            out[sha] = use
    return out


def first_use(users: Sequence[_User], entered_at: str, patrol_id: str | None
              ) -> FirstUse | None:
    """The first of ``users`` entered before a patrol entered at ``entered_at`` (at the
    same second, one with a smaller id; ``patrol_id`` None: a patrol not yet stored, whose
    id will be the newest)."""
    for u in users:  # first entered first
        if u.patrol_id == patrol_id:
            continue
        if u.entered_at < entered_at or (u.entered_at == entered_at and (
                patrol_id is None or u.patrol_id < patrol_id)):
            return u.use()
        return None
    return None


def _sharing(store: Store, patrol_ids: Sequence[str], keys_sql: str,
             users_of: Callable[[Store, Iterable[str]], dict[str, list[_User]]]) -> list[str]:
    """The other live patrols that share a key (``keys_sql`` reads the keys of patrols by
    ``{marks}``) with one of ``patrol_ids``."""
    ids = list(dict.fromkeys(patrol_ids))
    keys = {r[0] for r in _chunked(store, keys_sql, ids)}
    return sorted({u.patrol_id for users in users_of(store, keys).values() for u in users}
                  - set(ids))


def sharing_tracks(store: Store, patrol_ids: Sequence[str]) -> list[str]:
    """The other live patrols whose tracks have the shape of one of ``patrol_ids``' (a
    patrol that arrives late may have been the first to use a track already held here)."""
    return _sharing(store, patrol_ids,
                    "SELECT shape FROM track_shape WHERE patrol_id IN ({marks})", track_users)


def sharing_photos(store: Store, patrol_ids: Sequence[str]) -> list[str]:
    """The other live patrols with a photo file of one of ``patrol_ids`` (a patrol that
    arrives late may have been the first to use a photo already held here)."""
    return _sharing(store, patrol_ids,
                    "SELECT sha256 FROM patrol_photo WHERE patrol_id IN ({marks})", photo_users)


def earlier_track(store: Store, shape: str | None, entered_at: str,
                  patrol_id: str | None = None) -> dict[str, FirstUse]:
    """``{shape: the first patrol that used it}`` when a live patrol other than
    ``patrol_id`` with a track of this shape was entered before ``entered_at``; else empty
    (the engine's ``used_tracks``)."""
    if shape is None:
        return {}
    use = first_use(track_users(store, [shape]).get(shape, []), entered_at, patrol_id)
    return {shape: use} if use is not None else {}


def load_evidence(store: Store, patrol_ids: Sequence[str],
                  lines_cache: dict[str, Line] | None = None,
                  ) -> list[Stored]:
    """Each patrol's evidence, the photo hashes other, earlier-entered patrols used, and
    the first earlier-entered patrol with the same track (see :class:`Stored`).

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
    # who used each of these photos, first entered first
    users = photo_users(store, {ph.sha256 for v in photos.values() for ph in v})
    shapes: dict[str, str] = dict(_chunked(  # type: ignore[arg-type]
        store, "SELECT patrol_id, shape FROM track_shape WHERE patrol_id IN ({marks})", ids))
    walked = track_users(store, shapes.values()) if shapes else {}
    out: list[Stored] = []
    for pid in patrol_ids:
        row = rows[pid]
        mine = photos.get(pid, [])
        used: dict[str, FirstUse] = {}
        for ph in mine:
            use = first_use(users.get(ph.sha256, []), row["entered_at"], pid)
            if use is not None:
                used[ph.sha256] = use
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
        shape = shapes.get(pid)
        first = first_use(walked.get(shape, []), row["entered_at"], pid) if shape else None
        out.append(Stored(evidence, used, {shape: first} if shape and first else {}))
    return out
