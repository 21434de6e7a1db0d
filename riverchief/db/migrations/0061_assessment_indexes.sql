-- 0061_assessment_indexes: the records behind patrol deductions of a whole province, read
-- from small indexes without touching the patrol rows (tracks make them large and
-- scattered). Each index holds every column its query reads, so that it covers it.
--
-- Invalid patrols (a quarter of a province: 100,000 or more) by time, with chief and id.
CREATE INDEX patrol_invalid ON patrol (start_at, chief_id, id, verdict, state, deleted_at)
    WHERE verdict = 'invalid' AND state = 'submitted' AND deleted_at IS NULL;
-- Patrols without text by time (their notes are blank, so holding them costs little).
DROP INDEX patrol_without_text;
CREATE INDEX patrol_without_text
    ON patrol (start_at, chief_id, id, verdict, state, deleted_at, notes)
    WHERE trim(notes) = '';
-- Every patrol of the period's window with its revision, for the digest of a frozen run.
CREATE INDEX patrol_digest ON patrol (start_at, chief_id, id, revision);
