-- 0050_outfalls: the outfall ledger (入河排污口台账) and one plan per outfall (一口一策).
-- Campaign stage (outfall.stage): found 排查 → monitored 监测 → traced 溯源 →
-- remediated 整治 → closed 销号; see riverchief/outfalls/ledger.py.

CREATE TABLE outfall (
    {{record}},
    code TEXT NOT NULL UNIQUE,             -- local code
    national_code TEXT NOT NULL DEFAULT '',-- code in the national system, when given
    name TEXT NOT NULL,
    location TEXT NOT NULL DEFAULT '',     -- in words
    lon REAL,
    lat REAL,
    segment_id TEXT REFERENCES segment (id),
    area_id TEXT NOT NULL REFERENCES area (id),
    type TEXT NOT NULL CHECK (type IN ('industrial', 'sewage_plant', 'agricultural', 'other')),
    discharge_mode TEXT NOT NULL DEFAULT 'continuous' CHECK (discharge_mode IN
        ('continuous', 'intermittent', 'rainy_season', 'none')),
    responsible_entity TEXT NOT NULL DEFAULT '',
    remediation TEXT CHECK (remediation IN ('ban', 'merge', 'regulate')),
    measures TEXT NOT NULL DEFAULT '',     -- the plan for this outfall
    deadline TEXT,
    stage TEXT NOT NULL DEFAULT 'found' CHECK (stage IN
        ('found', 'monitored', 'traced', 'remediated', 'closed')),
    source_traced TEXT NOT NULL DEFAULT '',-- what the outfall was traced to
    remediated INTEGER NOT NULL DEFAULT 0,
    standardised INTEGER NOT NULL DEFAULT 0,   -- brought to standard (规范化)
    remediated_by TEXT,                    -- user code of who reported the remediation
    verifier TEXT,
    closed_on TEXT,
    CHECK (stage != 'closed' OR (verifier IS NOT NULL AND verifier != remediated_by))
);
CREATE INDEX outfall_area ON outfall (area_id);
CREATE INDEX outfall_stage ON outfall (stage, deadline);
CREATE INDEX outfall_segment ON outfall (segment_id);

CREATE TABLE outfall_milestone (
    {{record}},
    outfall_id TEXT NOT NULL REFERENCES outfall (id),
    seq INTEGER NOT NULL,
    title TEXT NOT NULL,
    due_on TEXT NOT NULL,
    done_on TEXT
);
CREATE INDEX outfall_milestone_outfall ON outfall_milestone (outfall_id, seq);

CREATE TABLE outfall_monitoring (
    {{record}},
    outfall_id TEXT NOT NULL REFERENCES outfall (id),
    sampled_on TEXT NOT NULL,
    parameter TEXT NOT NULL,               -- e.g. COD, 氨氮, 总磷
    value REAL NOT NULL,
    unit TEXT NOT NULL DEFAULT 'mg/L',
    limit_value REAL,                      -- the discharge limit, when one applies
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX outfall_monitoring_outfall ON outfall_monitoring (outfall_id, sampled_on);

CREATE TABLE outfall_event (
    {{record}},
    outfall_id TEXT NOT NULL REFERENCES outfall (id),
    seq INTEGER NOT NULL,
    kind TEXT NOT NULL,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    actor_name TEXT NOT NULL DEFAULT '',
    from_stage TEXT,
    to_stage TEXT,
    note TEXT NOT NULL DEFAULT '',
    data TEXT NOT NULL DEFAULT '{}',
    UNIQUE (outfall_id, seq)
);

CREATE TRIGGER outfall_event_no_update BEFORE UPDATE ON outfall_event
BEGIN
    SELECT RAISE(ABORT, 'an outfall timeline cannot be changed');
END;

CREATE TRIGGER outfall_event_no_delete BEFORE DELETE ON outfall_event
BEGIN
    SELECT RAISE(ABORT, 'an outfall timeline cannot be changed');
END;

CREATE TABLE outfall_media (
    {{record}},
    outfall_id TEXT NOT NULL REFERENCES outfall (id),
    sha256 TEXT NOT NULL REFERENCES media (sha256),
    kind TEXT NOT NULL CHECK (kind IN ('before', 'after', 'document')),
    event_seq INTEGER
);
CREATE INDEX outfall_media_outfall ON outfall_media (outfall_id);
