-- 0040_media: files stored once by SHA-256 beside the database, for the ledgers' photos
-- and documents. The same table as the patrol log's media store (0031_media, which makes
-- it first when present): the bytes live in "<database name>.media/ab/abcdef…".

CREATE TABLE IF NOT EXISTS media (
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
