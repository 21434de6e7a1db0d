-- 0034_patrol_judgements: which revision of each patrol this installation judged itself,
-- with which rule set, and an index of the (few) deleted patrols for the patrol list (DESIGN, Trust: the evaluator's installation recomputes every
-- verdict with the rule set in force and never trusts one it did not compute).
--
-- Local to the installation (never exported): a patrol that arrived in a package, or
-- was corrected since, or was judged under another rule set, has no matching row and is
-- judged again (riverchief.patrols.service.recompute_verdicts). A patrol made here is
-- judged when it is stored, so its origin counts as a judgement of its revision.

CREATE TABLE patrol_judgement (
    patrol_id TEXT PRIMARY KEY NOT NULL REFERENCES patrol (id),
    revision INTEGER NOT NULL,             -- the patrol's revision that was judged
    ruleset TEXT NOT NULL,                 -- "name version" of the rule set used
    judged_at TEXT NOT NULL,
    judged_by TEXT NOT NULL                -- user code
) WITHOUT ROWID;

-- The deleted patrols (tombstones) only: the patrol list counts each segment's patrols from
-- the segment index alone and takes these off, instead of reading every patrol's row.
CREATE INDEX patrol_deleted ON patrol (segment_id, chief_id) WHERE deleted_at IS NOT NULL;
