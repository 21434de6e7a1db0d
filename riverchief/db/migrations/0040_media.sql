-- 0040_media: photos and documents, stored once by content (SHA-256).
-- The bytes live in the ``media`` folder beside the database as ``<sha256><ext>``; this
-- table names each file once. Problems, outfalls (and later patrols) refer to a file by
-- its sha256. Kept minimal so that any room can use it.

CREATE TABLE IF NOT EXISTS media (
    {{record}},
    sha256 TEXT NOT NULL UNIQUE,           -- hex digest of the bytes
    filename TEXT NOT NULL,                -- the name it had when first added
    size INTEGER NOT NULL CHECK (size >= 0),
    mime TEXT NOT NULL DEFAULT 'application/octet-stream'
);
