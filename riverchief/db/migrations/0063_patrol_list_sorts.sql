-- 0063_patrol_list_sorts: the patrol list sorted by method, distance, duration or source
-- walks an index, as it does by date: on a province (millions of patrols, each row with
-- its track) a sort without one reads and sorts the whole table for every page. Ties go
-- by time, then by row number (what the index holds), so pages never overlap.
CREATE INDEX patrol_by_method ON patrol (method, start_at);
CREATE INDEX patrol_by_distance ON patrol (distance_m, start_at);
CREATE INDEX patrol_by_duration ON patrol (duration_s, start_at);
CREATE INDEX patrol_by_source ON patrol (source, start_at);
