-- 0003_waters: water bodies (水体), their segments (河段) and the public signs (河长公示牌).
--
-- Geometry is WGS84. A segment's line is JSON text [[lon, lat], ...]; its length in
-- metres is computed from the line on the WGS84 ellipsoid when the line is saved, and its
-- bounding box is kept beside it so that "segments near this point" is an index lookup.

CREATE TABLE water (
    {{record}},
    code TEXT NOT NULL UNIQUE,             -- human code, e.g. HN-QS-001
    name TEXT NOT NULL,                    -- e.g. 清水河
    kind TEXT NOT NULL CHECK (kind IN ('river', 'lake', 'reservoir', 'canal')),
    parent_id TEXT REFERENCES water (id),  -- the river this one flows into, if registered
    area_id TEXT REFERENCES area (id),     -- the area that manages it (NULL: crosses areas)
    description TEXT NOT NULL DEFAULT ''
);
CREATE INDEX water_parent ON water (parent_id);

CREATE TABLE segment (
    {{record}},
    code TEXT NOT NULL UNIQUE,             -- segment code, e.g. QSH-03
    name TEXT NOT NULL,                    -- e.g. 清水河柳泉镇段
    water_id TEXT NOT NULL REFERENCES water (id),
    area_id TEXT NOT NULL REFERENCES area (id),
    from_desc TEXT NOT NULL DEFAULT '',    -- 起点 (where the segment starts, in words)
    to_desc TEXT NOT NULL DEFAULT '',      -- 终点
    geometry TEXT,                         -- JSON [[lon, lat], ...] WGS84, NULL until drawn
    length_m REAL,                         -- geodesic length of the line, metres
    min_lon REAL, min_lat REAL, max_lon REAL, max_lat REAL
);
CREATE INDEX segment_water ON segment (water_id);
CREATE INDEX segment_area ON segment (area_id);
CREATE INDEX segment_bbox ON segment (min_lon, max_lon, min_lat, max_lat);

-- 河长公示牌: where it stands, which chiefs it names, when its text was last updated.
CREATE TABLE sign (
    {{record}},
    code TEXT NOT NULL UNIQUE,
    segment_id TEXT NOT NULL REFERENCES segment (id),
    location TEXT NOT NULL DEFAULT '',     -- in words, e.g. 柳泉桥东头
    lon REAL,
    lat REAL,
    named_chief_ids TEXT NOT NULL DEFAULT '[]',  -- JSON list of chief ids printed on it
    last_updated TEXT NOT NULL             -- date the sign's content was last updated
);
CREATE INDEX sign_segment ON sign (segment_id);
