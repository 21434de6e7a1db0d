-- 0033_problems_found: problems (问题) found on patrol, registered (登记) and linked to
-- the patrol. The problem ledger (migrations 0040+) adds the rest of the workflow
-- (交办, 整改, 销号) to this table.

CREATE TABLE problem (
    {{record}},
    source TEXT NOT NULL DEFAULT 'patrol',  -- patrol | complaint | supervision | ...
    patrol_id TEXT REFERENCES patrol (id),
    chief_id TEXT REFERENCES chief (id),
    segment_id TEXT REFERENCES segment (id),
    area_id TEXT REFERENCES area (id),
    category TEXT NOT NULL,                 -- code from the taxonomy, e.g. bank.litter
    description TEXT NOT NULL DEFAULT '',
    lon REAL,                               -- where on the track, WGS84
    lat REAL,
    found_at TEXT NOT NULL,                 -- ISO 8601 with offset
    photos TEXT NOT NULL DEFAULT '[]',      -- JSON list of SHA-256 in the media store
    state TEXT NOT NULL DEFAULT 'registered'  -- 登记; the ledger adds later states
);
CREATE INDEX problem_patrol ON problem (patrol_id);
CREATE INDEX problem_chief ON problem (chief_id, state);
CREATE TRIGGER problem_search_ai AFTER INSERT ON problem
WHEN new.patrol_id IS NOT NULL AND new.description != '' BEGIN
    INSERT INTO patrol_text (patrol_id, text) VALUES (new.patrol_id, new.description)
    ON CONFLICT (patrol_id) DO UPDATE SET text = trim(text || ' ' || excluded.text);
END;
-- notes, actions and problems found make a patrol's search text
CREATE TRIGGER patrol_search_au AFTER UPDATE OF notes, actions ON patrol BEGIN
    INSERT INTO patrol_text (patrol_id, text) VALUES (new.id, trim(
        new.notes || ' ' || new.actions || ' ' || coalesce(
            (SELECT group_concat(description, ' ') FROM problem
             WHERE patrol_id = new.id AND deleted_at IS NULL), '')))
    ON CONFLICT (patrol_id) DO UPDATE SET text = excluded.text;
END;
