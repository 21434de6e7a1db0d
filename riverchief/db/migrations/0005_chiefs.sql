-- 0005_chiefs: river/lake chiefs (河长/湖长), responsible units (责任单位) and the dated
-- assignments of chiefs to segments. An assignment runs from start_date to end_date,
-- both inclusive (YYYY-MM-DD); an open assignment has end_date NULL.

CREATE TABLE chief (
    {{record}},
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    level TEXT NOT NULL CHECK (level IN ('district', 'township', 'village')),
    title TEXT NOT NULL CHECK (title IN ('river_chief', 'deputy_chief', 'lake_chief')),
    area_id TEXT NOT NULL REFERENCES area (id),
    organisation TEXT NOT NULL DEFAULT '',  -- e.g. 柳泉镇人民政府
    post TEXT NOT NULL DEFAULT '',          -- e.g. 镇长
    phone TEXT NOT NULL DEFAULT ''
);
CREATE INDEX chief_area ON chief (area_id);

-- A department or town office that rectifies the problems assigned to it.
CREATE TABLE unit (
    {{record}},
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    area_id TEXT REFERENCES area (id),
    phone TEXT NOT NULL DEFAULT ''
);

CREATE TABLE assignment (
    {{record}},
    chief_id TEXT NOT NULL REFERENCES chief (id),
    segment_id TEXT NOT NULL REFERENCES segment (id),
    start_date TEXT NOT NULL,
    end_date TEXT,
    note TEXT NOT NULL DEFAULT '',
    CHECK (end_date IS NULL OR end_date >= start_date)
);
CREATE INDEX assignment_segment ON assignment (segment_id, start_date);
CREATE INDEX assignment_chief ON assignment (chief_id, start_date);
