-- 0062_sample_values_by_sample: every value of a sample, tombstones included, found from the
-- sample. The digest of a frozen run names the values of the period's samples with their
-- revisions; the unique index on (sample_id, item) holds only live values, so without
-- this one that digest read all the values of every year.
CREATE INDEX sample_value_by_sample ON sample_value (sample_id);
