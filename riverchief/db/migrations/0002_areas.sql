-- 0002_areas: administrative areas (行政区划), the spine of the registry.
-- province → city → district (县/区) → township/street (乡镇/街道) → village/community (村/社区).
-- Chiefs, segments and evaluators belong to an area; reports are scoped by area.

CREATE TABLE area (
    {{record}},
    code TEXT NOT NULL UNIQUE,             -- administrative division code, e.g. 410102001
    name TEXT NOT NULL,
    level TEXT NOT NULL CHECK (level IN ('province', 'city', 'district', 'township', 'village')),
    parent_id TEXT REFERENCES area (id)
);
CREATE INDEX area_parent ON area (parent_id);
