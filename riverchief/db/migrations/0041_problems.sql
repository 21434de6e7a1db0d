-- 0041_problems: the problem ledger (问题台账), its complaints (信访投诉) and supervision
-- feedback batches (督察反馈批次), the growing timeline of each problem and its photos.
--
-- States (problem.state): registered 登记 → assigned 交办 → rectifying 整改中 →
-- awaiting 待验收 → closed 已销号; see riverchief/problems/workflow.py for every
-- transition and who may take it. Dates are YYYY-MM-DD, times ISO 8601 with offset.

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

CREATE TABLE problem (
    {{record}},
    code TEXT NOT NULL UNIQUE,             -- e.g. P2026-00042
    source TEXT NOT NULL CHECK (source IN
        ('patrol', 'complaint', 'supervision', 'monitoring', 'superior', 'media')),
    patrol_id TEXT,                        -- source patrol: the patrol it was found on
    complaint_id TEXT REFERENCES complaint (id),
    batch_id TEXT REFERENCES supervision_batch (id),
    category TEXT NOT NULL,                -- key of riverchief/problems/categories.py
    description TEXT NOT NULL,
    segment_id TEXT REFERENCES segment (id),
    area_id TEXT NOT NULL REFERENCES area (id),
    lon REAL,
    lat REAL,
    chief_id TEXT REFERENCES chief (id),   -- the chief the problem belongs to
    found_on TEXT NOT NULL,                -- date found/registered
    reported_by TEXT NOT NULL,             -- user code of who registered it
    state TEXT NOT NULL DEFAULT 'registered' CHECK (state IN
        ('registered', 'assigned', 'rectifying', 'awaiting', 'closed')),
    urgency TEXT CHECK (urgency IN ('normal', 'urgent', 'critical')),
    unit_id TEXT REFERENCES unit (id),
    unit_contact TEXT NOT NULL DEFAULT '',
    requirement TEXT NOT NULL DEFAULT '',
    deadline TEXT,                         -- 整改时限
    assigned_at TEXT,
    return_hours INTEGER NOT NULL DEFAULT 24,   -- how long the unit may return it
    measures TEXT NOT NULL DEFAULT '',     -- 整改措施, reported with the fix
    fix_reported_by TEXT,                  -- user code of who reported the fix
    fix_reported_at TEXT,
    verifier TEXT,                         -- user code of who accepted it (验收)
    closed_on TEXT,                        -- 销号日期
    public_notice INTEGER NOT NULL DEFAULT 0,   -- 公示 before closing
    notice_days INTEGER NOT NULL DEFAULT 14,
    notice_start TEXT,
    recheck_on TEXT,                       -- 回头看 date
    recheck_result TEXT NOT NULL DEFAULT '' CHECK (recheck_result IN
        ('', 'confirmed', 'reopened')),
    recurring INTEGER NOT NULL DEFAULT 0,
    reopen_count INTEGER NOT NULL DEFAULT 0,
    CHECK (state = 'registered' OR (unit_id IS NOT NULL AND deadline IS NOT NULL)),
    CHECK (state != 'closed' OR (verifier IS NOT NULL AND verifier != fix_reported_by))
);
CREATE INDEX problem_state ON problem (state, deadline);
CREATE INDEX problem_unit ON problem (unit_id, state);
CREATE INDEX problem_area ON problem (area_id);
CREATE INDEX problem_segment ON problem (segment_id, category);
CREATE INDEX problem_chief ON problem (chief_id);
CREATE INDEX problem_batch ON problem (batch_id);
CREATE INDEX problem_complaint ON problem (complaint_id);
CREATE INDEX problem_recheck ON problem (recheck_on) WHERE state = 'closed';

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
