"""0064_track_shapes: the shape of every patrol's track, to find a track used twice.

A track used again for another patrol, often with its times shifted to the new day, is
the commonest fake (一条轨迹反复用); its points are unchanged, so its shape
(:func:`riverchief.tracks.shape.shape_of`) is too. The verdict of a patrol whose shape
equals that of another live patrol entered before it is ``track_reused``.

Like an index, this table is local and derived: not a record table (no ``{{record}}``
columns, no audit), never exported in packages, kept by every path that stores a patrol
(submit, correction, received packages, the demo) and rebuilt from the patrols' tracks
(here, for the patrols a database already holds). A patrol without a track, or with a
track of fewer than ten points, has no row. ``start_at`` and ``entered_at`` are the
patrol's (the reason names the earlier patrol's day; the earlier patrol is the one
entered first).
"""

from __future__ import annotations

import sqlite_utils

from riverchief.tracks.codec import points_many
from riverchief.tracks.shape import shapes_of

TABLE = """
CREATE TABLE track_shape (
    patrol_id TEXT PRIMARY KEY NOT NULL REFERENCES patrol (id),
    shape TEXT NOT NULL,                   -- riverchief.tracks.shape.shape_of (32 hex)
    start_at TEXT NOT NULL,                -- the patrol's, ISO 8601 in the district's zone
    entered_at TEXT NOT NULL               -- the patrol's entry time
) WITHOUT ROWID"""

INDEX = "CREATE INDEX track_shape_by_shape ON track_shape (shape, entered_at)"

BATCH = 20_000


def backfill(db: sqlite_utils.Database, after: str = "") -> int:
    """Shapes of the patrols (ids after ``after``) that have a track; returns how many."""
    made = 0
    while True:
        rows = db.execute(
            "SELECT id, track, start_at, entered_at FROM patrol WHERE track IS NOT NULL"
            " AND id > ? ORDER BY id LIMIT ?", [after, BATCH]).fetchall()
        if not rows:
            return made
        shapes = _shapes([r[1] for r in rows])
        values = [(r[0], s, r[2], r[3]) for r, s in zip(rows, shapes, strict=True)
                  if s is not None]
        db.conn.executemany("INSERT INTO track_shape (patrol_id, shape, start_at, entered_at)"
                            " VALUES (?, ?, ?, ?)", values)
        made += len(values)
        after = rows[-1][0]


def _shapes(blobs: list[bytes]) -> list[str | None]:
    """The shapes of a batch of tracks; a track that cannot be read (damaged on disk) has
    none, so that one bad blob does not stop the database from opening: its patrol is
    simply not compared with others."""
    try:
        return shapes_of(*points_many(blobs))
    except ValueError:
        out: list[str | None] = []
        for blob in blobs:
            try:
                out.extend(shapes_of(*points_many([blob])))
            except ValueError:
                out.append(None)
        return out


def migrate(db: sqlite_utils.Database) -> None:
    db.execute(TABLE)
    if db["patrol"].exists():
        backfill(db)
    db.execute(INDEX)
