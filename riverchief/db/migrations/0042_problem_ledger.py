"""0042_problem_ledger: the problem ledger's table (问题台账).

The patrol log may already have made a minimal ``problem`` table (problems found on
patrol, state 登记: source, patrol_id, chief_id, segment_id, area_id, category,
description, lon, lat, found_at, photos). This migration makes the ledger's table with
every column of the workflow — keeping those columns, so that a problem written by the
patrol log stays valid — and copies any existing rows into it.

States (``state``): registered 登记 → assigned 交办 → rectifying 整改中 → awaiting 待验收
→ closed 已销号 (see riverchief/problems/workflow.py). ``photos`` (JSON list of SHA-256)
are the photos taken when the problem was found; the fix's evidence is in
``problem_media``. A problem inserted without a ``code`` gets the next ``P<year>-nnnnn``
of the year it was found (trigger ``problem_code``).
"""

from __future__ import annotations

import sqlite_utils

from riverchief.db.records import RECORD_COLUMNS

TABLE = """
CREATE TABLE {name} (
    {record},
    code TEXT UNIQUE,                      -- P2026-00042 (set by problem_code when NULL)
    source TEXT NOT NULL DEFAULT 'patrol' CHECK (source IN
        ('patrol', 'complaint', 'supervision', 'monitoring', 'superior', 'media')),
    patrol_id TEXT,                        -- source patrol: the patrol it was found on
    complaint_id TEXT REFERENCES complaint (id),
    batch_id TEXT REFERENCES supervision_batch (id),
    category TEXT NOT NULL,                -- taxonomy code, e.g. bank.household
    description TEXT NOT NULL DEFAULT '',
    segment_id TEXT REFERENCES segment (id),
    area_id TEXT NOT NULL REFERENCES area (id),
    lon REAL,
    lat REAL,
    chief_id TEXT REFERENCES chief (id),   -- the chief the problem belongs to
    found_at TEXT NOT NULL,                -- ISO 8601 with offset
    photos TEXT NOT NULL DEFAULT '[]',     -- JSON list of SHA-256: photos when found
    reported_by TEXT NOT NULL DEFAULT '',  -- user code of who registered it
    state TEXT NOT NULL DEFAULT 'registered' CHECK (state IN
        ('registered', 'assigned', 'rectifying', 'awaiting', 'closed')),
    urgency TEXT CHECK (urgency IN ('normal', 'urgent', 'critical')),
    unit_id TEXT REFERENCES unit (id),
    unit_contact TEXT NOT NULL DEFAULT '',
    requirement TEXT NOT NULL DEFAULT '',
    deadline TEXT,                         -- 整改时限
    assigned_at TEXT,
    return_hours INTEGER NOT NULL DEFAULT 24,   -- how long the unit may return it
    measures TEXT NOT NULL DEFAULT '',     -- 整改措施, reported with the fix
    fix_reported_by TEXT,                  -- user code of who reported the fix
    fix_reported_at TEXT,
    verifier TEXT,                         -- user code of who accepted it (验收)
    closed_on TEXT,                        -- 销号日期
    public_notice INTEGER NOT NULL DEFAULT 0,   -- 公示 before closing
    notice_days INTEGER NOT NULL DEFAULT 14,
    notice_start TEXT,
    recheck_on TEXT,                       -- 回头看 date
    recheck_result TEXT NOT NULL DEFAULT '' CHECK (recheck_result IN
        ('', 'confirmed', 'reopened')),
    recurring INTEGER NOT NULL DEFAULT 0,
    reopen_count INTEGER NOT NULL DEFAULT 0,
    CHECK (state = 'registered' OR (unit_id IS NOT NULL AND deadline IS NOT NULL)),
    CHECK (state != 'closed' OR (verifier IS NOT NULL AND verifier != fix_reported_by))
)"""

AFTER = [
    "CREATE INDEX problem_state ON problem (state, deadline)",
    "CREATE INDEX problem_unit ON problem (unit_id, state)",
    "CREATE INDEX problem_area ON problem (area_id)",
    "CREATE INDEX problem_segment ON problem (segment_id, category)",
    "CREATE INDEX problem_chief ON problem (chief_id, state)",
    "CREATE INDEX problem_patrol ON problem (patrol_id)",
    "CREATE INDEX problem_batch ON problem (batch_id)",
    "CREATE INDEX problem_complaint ON problem (complaint_id)",
    "CREATE INDEX problem_recheck ON problem (recheck_on) WHERE state = 'closed'",
    """CREATE TRIGGER problem_code AFTER INSERT ON problem WHEN new.code IS NULL BEGIN
        UPDATE problem SET code = 'P' || substr(new.found_at, 1, 4) || '-' || printf('%05d',
            1 + coalesce((SELECT max(CAST(substr(code, 7) AS INTEGER)) FROM problem
                          WHERE code LIKE 'P' || substr(new.found_at, 1, 4) || '-%'), 0))
        WHERE id = new.id;
    END""",
]

# the patrol log's search text follows the problems found on a patrol
SEARCH_TRIGGER = """CREATE TRIGGER problem_search_ai AFTER INSERT ON problem
    WHEN new.patrol_id IS NOT NULL AND new.description != '' BEGIN
    INSERT INTO patrol_text (patrol_id, text) VALUES (new.patrol_id, new.description)
    ON CONFLICT (patrol_id) DO UPDATE SET text = trim(text || ' ' || excluded.text);
END"""

KEPT = ("id", "created_at", "updated_at", "origin", "revision", "deleted_at", "source",
        "patrol_id", "chief_id", "segment_id", "area_id", "category", "description", "lon",
        "lat", "found_at", "photos", "state")


def migrate(db: sqlite_utils.Database) -> None:
    record = RECORD_COLUMNS.replace("\n", "\n    ")
    if not db["problem"].exists():
        db.execute(TABLE.format(name="problem", record=record))
    else:
        old = {c.name for c in db["problem"].columns}
        db.execute(TABLE.format(name="problem_ledger", record=record))
        columns = [c for c in KEPT if c in old]
        select = [
            "coalesce(p.area_id, (SELECT s.area_id FROM segment s WHERE s.id = p.segment_id),"
            " (SELECT c.area_id FROM chief c WHERE c.id = p.chief_id))" if c == "area_id"
            else f"p.{c}" for c in columns]
        db.execute(f"INSERT INTO problem_ledger ({', '.join(columns)}) "
                   f"SELECT {', '.join(select)} FROM problem p ORDER BY p.found_at, p.id")
        # triggers of other tables that read the problem table (the patrol log's search
        # text) would block the rename: set them aside and put them back unchanged
        aside = [(r[0], r[1]) for r in db.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name != "
            "'problem' AND sql LIKE '%problem%'").fetchall()]
        for name, _ in aside:
            db.execute(f'DROP TRIGGER "{name}"')
        db.execute("DROP TABLE problem")
        db.execute("ALTER TABLE problem_ledger RENAME TO problem")
        for _, sql in aside:
            db.execute(sql)
        # codes for the problems the patrol log registered, in the order they were found
        db.execute("""UPDATE problem SET code = 'P' || substr(found_at, 1, 4) || '-' ||
            printf('%05d', (SELECT COUNT(*) FROM problem q
                            WHERE substr(q.found_at, 1, 4) = substr(problem.found_at, 1, 4)
                            AND (q.found_at < problem.found_at OR (q.found_at = problem.found_at
                                 AND q.id <= problem.id))))""")
    for statement in AFTER:
        db.execute(statement)
    if db["patrol_text"].exists():
        # the patrol log's trigger went with the old table: the same one, on the new table
        db.execute("DROP TRIGGER IF EXISTS problem_search_ai")
        db.execute(SEARCH_TRIGGER)
