-- 0032_media: photos (and other files) stored once by SHA-256 beside the database.
-- Patrols name their photos in patrol_photo (0030) by this hash.
--
-- The bytes live in the folder "<database name>.media/ab/abcdef…" (first two hex digits
-- as a sub-folder); this table holds what was read from them. taken_at is the EXIF time
-- as ISO 8601 (with the offset EXIF gives, else the district's), lon/lat the EXIF
-- position in WGS84; all NULL when the file carries no EXIF (e.g. sent through WeChat).

CREATE TABLE media (
    {{record}},
    sha256 TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('photo', 'track', 'document')),
    mime TEXT NOT NULL,
    size INTEGER NOT NULL,
    name TEXT NOT NULL DEFAULT '',         -- the file's name when first stored
    width INTEGER,
    height INTEGER,
    orientation INTEGER,
    taken_at TEXT,
    lon REAL,
    lat REAL
);
