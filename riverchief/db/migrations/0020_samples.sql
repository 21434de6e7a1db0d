-- 0020_samples: water-quality samples (水质监测数据) taken at monitoring sections.
--
-- A sample is one sampling of one section at one time by one source: an automatic
-- station (自动站), a laboratory (手工监测/实验室) or a field kit (现场快检). The same
-- section, time and source is the same sample: importing it twice is recognised, never
-- doubled. Its values are one row per item, in the unit of GB 3838-2002 Table 1
-- (resources/standards); a result below the detection limit has value NULL,
-- below_detection 1 and its detection limit, and is shown as below detection.

CREATE TABLE sample (
    {{record}},
    section_id TEXT NOT NULL REFERENCES section (id),
    sampled_at TEXT NOT NULL,              -- ISO 8601 with the district's offset
    source TEXT NOT NULL CHECK (source IN ('automatic', 'laboratory', 'field')),
    note TEXT NOT NULL DEFAULT '',
    import_file TEXT NOT NULL DEFAULT ''   -- the file it came from, '' when typed in
);
CREATE UNIQUE INDEX sample_identity ON sample (section_id, sampled_at, source)
    WHERE deleted_at IS NULL;
CREATE INDEX sample_time ON sample (sampled_at);

CREATE TABLE sample_value (
    {{record}},
    sample_id TEXT NOT NULL REFERENCES sample (id),
    item TEXT NOT NULL,                    -- item key of resources/standards (codmn, tp, ...)
    value REAL,                            -- as measured, unrounded; NULL below detection
    below_detection INTEGER NOT NULL DEFAULT 0 CHECK (below_detection IN (0, 1)),
    detection_limit REAL,                  -- the method's detection limit, when known
    unit TEXT NOT NULL,                    -- the standard unit the value is stored in
    CHECK (below_detection = 1 OR value IS NOT NULL),
    CHECK (value IS NULL OR value >= 0)
);
CREATE UNIQUE INDEX sample_value_item ON sample_value (sample_id, item) WHERE deleted_at IS NULL;
