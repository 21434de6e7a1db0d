-- 0060_assessment: bonus points, frozen assessment runs with their results, manual
-- adjustments and the consequences (通报表扬 / 约谈 / 通报批评) with their follow-up.
--
-- A run is frozen: its period, area, the rule set (name, version, content hash and full
-- text), the digest of every input record (id and revision) and one result row per chief.
-- Points are stored as decimal text ("97.78") so that nothing is lost to binary floats.

-- 加分: points the evaluator grants a chief for a period, with the reason (capped by the
-- rule set's bonus_cap when scoring).
CREATE TABLE assessment_bonus (
    {{record}},
    chief_id TEXT NOT NULL REFERENCES chief (id),
    period TEXT NOT NULL,                  -- 2026Q1 or 2026-03
    points TEXT NOT NULL,                  -- decimal text, > 0
    reason TEXT NOT NULL
);
CREATE INDEX assessment_bonus_period ON assessment_bonus (period, chief_id);

CREATE TABLE assessment_run (
    {{record}},
    period TEXT NOT NULL,
    area_id TEXT REFERENCES area (id),     -- NULL: every area
    level TEXT,                            -- NULL: every level
    ruleset_name TEXT NOT NULL,
    ruleset_version TEXT NOT NULL,
    ruleset_digest TEXT NOT NULL,          -- SHA-256 of the parsed rule set
    ruleset_text TEXT NOT NULL,            -- the rule file as it was, for re-running
    input_digest TEXT NOT NULL,            -- SHA-256 over every input record's id and revision
    input_count INTEGER NOT NULL,
    results_digest TEXT NOT NULL,          -- SHA-256 of the results, to compare runs
    chiefs INTEGER NOT NULL,
    computed_at TEXT NOT NULL,
    computed_by TEXT NOT NULL,             -- user code
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX assessment_run_period ON assessment_run (period, area_id);

-- One row per chief of a run; card is the whole scorecard (JSON, zlib-compressed).
CREATE TABLE assessment_result (
    run_id TEXT NOT NULL REFERENCES assessment_run (id),
    chief_id TEXT NOT NULL REFERENCES chief (id),
    level TEXT NOT NULL,
    total TEXT,                            -- decimal text; NULL when nothing applied
    grade TEXT,
    rank INTEGER,
    rank_overall INTEGER,
    card BLOB NOT NULL,
    PRIMARY KEY (run_id, chief_id)
) WITHOUT ROWID;

CREATE TRIGGER assessment_result_frozen BEFORE UPDATE ON assessment_result
BEGIN
    SELECT RAISE(ABORT, 'a frozen assessment result cannot be changed; add an adjustment');
END;

-- A manual adjustment of a chief's total in a run: shown as such, with its reason.
CREATE TABLE assessment_adjustment (
    {{record}},
    run_id TEXT NOT NULL REFERENCES assessment_run (id),
    chief_id TEXT NOT NULL REFERENCES chief (id),
    points TEXT NOT NULL,                  -- decimal text, + or -
    reason TEXT NOT NULL,
    CHECK (length(trim(reason)) > 0)
);
CREATE INDEX assessment_adjustment_run ON assessment_adjustment (run_id, chief_id);

-- What follows from a run, and what the evaluator recorded as done.
CREATE TABLE assessment_consequence (
    {{record}},
    run_id TEXT NOT NULL REFERENCES assessment_run (id),
    chief_id TEXT NOT NULL REFERENCES chief (id),
    kind TEXT NOT NULL CHECK (kind IN ('praise', 'interview', 'criticism')),
    reason TEXT NOT NULL,
    done_on TEXT,                          -- date it was carried out
    done_by TEXT NOT NULL DEFAULT '',      -- who carried it out (name or user code)
    follow_up TEXT NOT NULL DEFAULT ''     -- what was done, for the next period's report
);
CREATE UNIQUE INDEX assessment_consequence_once ON assessment_consequence (run_id, chief_id, kind)
    WHERE deleted_at IS NULL;

-- The patrol counts of a whole province for one quarter read only this index; the
-- records without text are found through the second.
CREATE INDEX patrol_assessment ON patrol (chief_id, start_at, verdict, state, deleted_at);
CREATE INDEX patrol_without_text ON patrol (start_at) WHERE trim(notes) = '';
