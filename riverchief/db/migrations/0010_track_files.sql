-- 0010_track_files: GPS track files as the chief imported them, stored once by SHA-256.
-- The points themselves (WGS84, converted from the file's coordinate system) are packed
-- into patrol.track (riverchief.tracks.codec); the file is kept as evidence.

CREATE TABLE track_file (
    {{record}},
    sha256 TEXT NOT NULL UNIQUE,           -- of the file's bytes
    file_name TEXT NOT NULL DEFAULT '',
    format TEXT NOT NULL CHECK (format IN ('gpx', 'kml', 'kmz', 'csv')),
    crs TEXT NOT NULL CHECK (crs IN ('wgs84', 'gcj02', 'bd09')),  -- as recorded
    creator TEXT,                          -- the app or device named in the file
    size INTEGER NOT NULL,
    content BLOB NOT NULL                  -- the file as it was
);
