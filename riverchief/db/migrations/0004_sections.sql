-- 0004_sections: monitoring sections (监测断面) where water samples are taken.
-- water_type decides the phosphorus ladder of GB 3838 (river or lake/reservoir); it is
-- entered, never guessed from the name.

CREATE TABLE section (
    {{record}},
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    segment_id TEXT NOT NULL REFERENCES segment (id),
    level TEXT NOT NULL CHECK (level IN ('national', 'provincial', 'city', 'district')),
    water_type TEXT NOT NULL CHECK (water_type IN ('river', 'lake')),
    target_class TEXT NOT NULL CHECK (target_class IN ('I', 'II', 'III', 'IV', 'V')),
    lon REAL NOT NULL,
    lat REAL NOT NULL
);
CREATE INDEX section_segment ON section (segment_id);
