-- 0030_patrols: patrols (巡河记录) of river chiefs, their revisions, drafts and search text.
--
-- A patrol is written when the chief submits it and is locked from then on: a correction
-- stores the previous content in patrol_revision with the reason and bumps the record's
-- revision. Times are ISO 8601 with offset; `day` (YYYY-MM-DD, local) is what lists sort
-- and filter on. The verdict (valid | suspect | invalid) and its reasons (JSON list of
-- {code, severity, numbers}) come from the verdict engine and are recomputed with the rule
-- set in force. area_id and level are the chief's when the patrol was made (list filters).

CREATE TABLE patrol (
    {{record}},
    chief_id TEXT NOT NULL REFERENCES chief (id),
    segment_id TEXT NOT NULL REFERENCES segment (id),  -- the first (main) segment
    segment_ids TEXT NOT NULL DEFAULT '[]',            -- JSON list of every segment patrolled
    area_id TEXT REFERENCES area (id),
    level TEXT NOT NULL DEFAULT '',
    start_at TEXT NOT NULL,
    end_at TEXT NOT NULL,
    day TEXT NOT NULL,
    method TEXT NOT NULL DEFAULT 'foot' CHECK (method IN ('foot', 'boat', 'vehicle', 'drone')),
    weather TEXT NOT NULL DEFAULT '',
    checklist TEXT NOT NULL DEFAULT '{}',  -- JSON {item code: fine | problem | unchecked}
    notes TEXT NOT NULL DEFAULT '',
    actions TEXT NOT NULL DEFAULT '',      -- what was done on the spot (现场处置)
    track_sha256 TEXT,                     -- the track file in the media store
    track_name TEXT,
    track_crs TEXT,                        -- system the file was recorded in
    distance_m REAL,                       -- from the track, else as claimed (imports)
    duration_s REAL,
    source TEXT NOT NULL DEFAULT 'form' CHECK (source IN ('form', 'cli', 'import', 'demo',
                                                          'package')),
    entered_at TEXT NOT NULL,              -- when the record was typed in
    late_entry INTEGER NOT NULL DEFAULT 0, -- filled in afterwards (补填)
    verdict TEXT CHECK (verdict IN ('valid', 'suspect', 'invalid')),
    verdict_reasons TEXT NOT NULL DEFAULT '[]',
    verdict_rules TEXT NOT NULL DEFAULT '', -- name and version of the rule set used
    correction_reason TEXT NOT NULL DEFAULT ''
);
CREATE INDEX patrol_start ON patrol (start_at);
CREATE INDEX patrol_chief ON patrol (chief_id, start_at);
CREATE INDEX patrol_segment ON patrol (segment_id, start_at);
CREATE INDEX patrol_area ON patrol (area_id, start_at);
CREATE INDEX patrol_verdict ON patrol (verdict, start_at);
CREATE INDEX patrol_level ON patrol (level, start_at);

-- The content of a patrol as it was before each correction (revision 1 = as submitted).
CREATE TABLE patrol_revision (
    {{record}},
    patrol_id TEXT NOT NULL REFERENCES patrol (id),
    number INTEGER NOT NULL,               -- the patrol's revision this content belonged to
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

-- Search text of each patrol (notes, actions, problems found), for FTS5 trigram and instr.
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
CREATE TRIGGER patrol_search_ai AFTER INSERT ON patrol BEGIN
    INSERT INTO patrol_text (patrol_id, text) VALUES (new.id, trim(new.notes || ' ' || new.actions));
END;
