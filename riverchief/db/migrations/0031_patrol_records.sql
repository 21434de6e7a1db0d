-- 0031_patrol_records: what the patrol form adds to the patrol table of 0030: the reason
-- of the latest correction, every revision's content, the chief's autosaved drafts, and
-- the search text (notes, actions, problems found) for FTS5 trigram and instr.
--
-- A submitted patrol is locked: a correction stores the new content in patrol_revision
-- with its reason and bumps the record's revision; revision 1 is the content as submitted.

ALTER TABLE patrol ADD COLUMN correction_reason TEXT NOT NULL DEFAULT '';

CREATE TABLE patrol_revision (
    {{record}},
    patrol_id TEXT NOT NULL REFERENCES patrol (id),
    number INTEGER NOT NULL,               -- the patrol's revision this content belongs to
    content TEXT NOT NULL,                 -- JSON of the patrol's fields at that revision
    reason TEXT NOT NULL DEFAULT '',       -- why it was corrected (empty for the first)
    made_by TEXT NOT NULL,
    UNIQUE (patrol_id, number)
);

-- The chief's unsent form, autosaved while typing; local to this installation.
CREATE TABLE patrol_draft (
    id TEXT PRIMARY KEY NOT NULL,
    user_code TEXT NOT NULL,
    chief_id TEXT,
    content TEXT NOT NULL,                 -- JSON of the form's fields
    updated_at TEXT NOT NULL
);

-- Search text of each patrol that has any (notes, actions, problems found).
CREATE TABLE patrol_text (
    n INTEGER PRIMARY KEY,
    patrol_id TEXT NOT NULL UNIQUE,
    text TEXT NOT NULL DEFAULT ''
);
CREATE VIRTUAL TABLE patrol_fts USING fts5 (
    text, content = 'patrol_text', content_rowid = 'n', tokenize = 'trigram'
);
CREATE TRIGGER patrol_text_ai AFTER INSERT ON patrol_text BEGIN
    INSERT INTO patrol_fts (rowid, text) VALUES (new.n, new.text);
END;
CREATE TRIGGER patrol_text_ad AFTER DELETE ON patrol_text BEGIN
    INSERT INTO patrol_fts (patrol_fts, rowid, text) VALUES ('delete', old.n, old.text);
END;
CREATE TRIGGER patrol_text_au AFTER UPDATE ON patrol_text BEGIN
    INSERT INTO patrol_fts (patrol_fts, rowid, text) VALUES ('delete', old.n, old.text);
    INSERT INTO patrol_fts (rowid, text) VALUES (new.n, new.text);
END;
-- every writer (form, import, demo, packages) keeps the search text by these triggers
CREATE TRIGGER patrol_search_ai AFTER INSERT ON patrol
WHEN new.notes != '' OR new.actions != '' BEGIN
    INSERT INTO patrol_text (patrol_id, text) VALUES (new.id, trim(new.notes || ' ' || new.actions));
END;
