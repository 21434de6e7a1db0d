-- 0041_problems: the problem ledger's complaints (信访投诉) and supervision feedback
-- batches (督察反馈批次), the growing timeline of each problem, its evidence files and
-- its 举一反三 links. The problem table itself is 0042_problem_ledger.py (it extends the
-- table the patrol log may have made). Dates are YYYY-MM-DD, times ISO 8601 with offset.

CREATE TABLE complaint (
    {{record}},
    code TEXT NOT NULL UNIQUE,
    received_via TEXT NOT NULL CHECK (received_via IN
        ('hotline', 'letter', 'visit', 'online', 'media', 'other')),
    received_on TEXT NOT NULL,             -- date received
    anonymous INTEGER NOT NULL DEFAULT 0,
    complainant TEXT NOT NULL DEFAULT '',  -- name, empty when anonymous
    contact TEXT NOT NULL DEFAULT '',
    content TEXT NOT NULL,
    area_id TEXT REFERENCES area (id),
    reply TEXT NOT NULL DEFAULT '',
    replied_on TEXT
);

CREATE TABLE supervision_batch (
    {{record}},
    code TEXT NOT NULL UNIQUE,
    level TEXT NOT NULL CHECK (level IN ('central', 'provincial', 'district')),
    name TEXT NOT NULL,                    -- e.g. 第二轮中央生态环境保护督察反馈问题
    issued_on TEXT NOT NULL,
    due_on TEXT NOT NULL,                  -- required completion date
    area_id TEXT REFERENCES area (id),
    CHECK (due_on >= issued_on)
);

-- The timeline: one row per transition, reminder (催办), feedback (反馈), extension.
-- It only grows: the triggers refuse any change or removal.
CREATE TABLE problem_event (
    {{record}},
    problem_id TEXT NOT NULL REFERENCES problem (id),
    seq INTEGER NOT NULL,
    kind TEXT NOT NULL,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,                   -- user code
    actor_name TEXT NOT NULL DEFAULT '',
    from_state TEXT,
    to_state TEXT,
    note TEXT NOT NULL DEFAULT '',
    data TEXT NOT NULL DEFAULT '{}',       -- JSON: the values the action set
    UNIQUE (problem_id, seq)
);

CREATE TRIGGER problem_event_no_update BEFORE UPDATE ON problem_event
BEGIN
    SELECT RAISE(ABORT, 'a problem timeline cannot be changed');
END;

CREATE TRIGGER problem_event_no_delete BEFORE DELETE ON problem_event
BEGIN
    SELECT RAISE(ABORT, 'a problem timeline cannot be changed');
END;

-- Photos and documents of a problem: before (when found), after (the fix), document.
CREATE TABLE problem_media (
    {{record}},
    problem_id TEXT NOT NULL REFERENCES problem (id),
    sha256 TEXT NOT NULL REFERENCES media (sha256),
    kind TEXT NOT NULL CHECK (kind IN ('before', 'after', 'document')),
    event_seq INTEGER                      -- the timeline entry that added it
);
CREATE INDEX problem_media_problem ON problem_media (problem_id);

-- 举一反三: problems of the same kind, linked both ways (a_id < b_id).
CREATE TABLE problem_link (
    {{record}},
    a_id TEXT NOT NULL REFERENCES problem (id),
    b_id TEXT NOT NULL REFERENCES problem (id),
    note TEXT NOT NULL DEFAULT '',
    CHECK (a_id < b_id)
);
CREATE UNIQUE INDEX problem_link_pair ON problem_link (a_id, b_id) WHERE deleted_at IS NULL;
