-- 0001_initial: the installation this database belongs to and its settings.
--
-- Every record table later declares {{record}} first: a time-ordered UUIDv7 key,
-- created/updated timestamps with offset, the installation it was made on, a revision
-- number and a tombstone (deleted_at) so that merges can carry deletions.

CREATE TABLE installation (
    id TEXT PRIMARY KEY NOT NULL,          -- UUIDv7 of this installation
    created_at TEXT NOT NULL,              -- ISO 8601 with offset
    app_version TEXT NOT NULL              -- version of the app that created the file
);

CREATE TABLE setting (
    key TEXT PRIMARY KEY NOT NULL,         -- declared in riverchief/settings.py
    value TEXT NOT NULL,                   -- JSON
    updated_at TEXT NOT NULL
);

-- Every change to a record: who, when, what, before and after (JSON).
CREATE TABLE audit_log (
    id TEXT PRIMARY KEY NOT NULL,          -- UUIDv7: orders entries by time
    at TEXT NOT NULL,                      -- ISO 8601 with offset
    actor TEXT NOT NULL,                   -- user code, or 'system'
    action TEXT NOT NULL,                  -- insert | update | delete | restore | ...
    table_name TEXT NOT NULL,
    record_id TEXT,
    before TEXT,                           -- JSON of the row before, NULL for insert
    after TEXT,                            -- JSON of the row after, NULL for delete
    origin TEXT NOT NULL                   -- installation that made the change
);
CREATE INDEX audit_log_record ON audit_log (table_name, record_id);
