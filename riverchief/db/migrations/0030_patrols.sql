-- 0030_patrols: patrols (巡河记录) with their evidence and verdict.
--
-- A patrol names its chief and, in patrol_segment, every segment it covered (segment_id
-- is the first, for quick filtering). start_at/end_at are ISO 8601 with offset. The
-- track is packed WGS84 points (riverchief.tracks.codec); the verdict (valid | suspect |
-- invalid) and its reasons (JSON [{code, severity, numbers}], messages are made from
-- the code when shown) come from riverchief.verdicts under the rule set named in
-- ruleset, and are recomputed with the rule set in force.

CREATE TABLE patrol (
    {{record}},
    chief_id TEXT NOT NULL REFERENCES chief (id),
    segment_id TEXT NOT NULL REFERENCES segment (id),
    start_at TEXT NOT NULL,
    end_at TEXT NOT NULL,
    method TEXT NOT NULL CHECK (method IN ('foot', 'boat', 'vehicle', 'drone')),
    weather TEXT NOT NULL DEFAULT '',
    checklist TEXT NOT NULL DEFAULT '{}',  -- JSON {item: fine | problem | not_checked}
    notes TEXT NOT NULL DEFAULT '',
    actions TEXT NOT NULL DEFAULT '',      -- what was done on the spot (现场处置)
    track BLOB,                            -- packed points, NULL without a track
    track_file_id TEXT REFERENCES track_file (id),
    distance_m REAL,                       -- along the track (or as recorded when imported)
    duration_s REAL,
    coverage REAL,                         -- share of the segments within the buffer
    verdict TEXT NOT NULL CHECK (verdict IN ('valid', 'suspect', 'invalid')),
    reasons TEXT NOT NULL DEFAULT '[]',
    ruleset TEXT NOT NULL DEFAULT '',      -- "name version" of the rule set behind the verdict
    filled_afterwards INTEGER NOT NULL DEFAULT 0,  -- 补填
    entered_at TEXT NOT NULL,              -- when the record was typed in
    state TEXT NOT NULL DEFAULT 'submitted' CHECK (state IN ('draft', 'submitted')),
    source TEXT NOT NULL DEFAULT 'entered' CHECK (source IN ('entered', 'imported', 'demo'))
);
CREATE INDEX patrol_by_chief ON patrol (chief_id, start_at);
CREATE INDEX patrol_by_segment ON patrol (segment_id, start_at);
CREATE INDEX patrol_by_start ON patrol (start_at);
CREATE INDEX patrol_by_verdict ON patrol (verdict, start_at);

-- Every segment a patrol covered (the first is also patrol.segment_id).
CREATE TABLE patrol_segment (
    patrol_id TEXT NOT NULL REFERENCES patrol (id),
    segment_id TEXT NOT NULL REFERENCES segment (id),
    PRIMARY KEY (patrol_id, segment_id)
) WITHOUT ROWID;
CREATE INDEX patrol_segment_segment ON patrol_segment (segment_id);

-- The photos of a patrol as the verdict sees them: content hash and EXIF time and place.
CREATE TABLE patrol_photo (
    patrol_id TEXT NOT NULL REFERENCES patrol (id),
    position INTEGER NOT NULL,             -- 1, 2, ... in the order the chief added them
    sha256 TEXT NOT NULL,                  -- the stored image (riverchief.media)
    taken_at TEXT,                         -- EXIF time with the district's offset
    lon REAL,                              -- EXIF position, WGS84
    lat REAL,
    PRIMARY KEY (patrol_id, position)
) WITHOUT ROWID;
CREATE INDEX patrol_photo_sha256 ON patrol_photo (sha256);
