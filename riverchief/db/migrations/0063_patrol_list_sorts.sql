-- 0063_patrol_list_sorts: the patrol list sorted by distance or duration (the short
-- patrols first, or the longest) walks an index, as it does by date: on a province
-- (millions of patrols, each row with its track) a sort without one reads and sorts the
-- whole table. Ties go by time, then by row number (what the index holds), so pages never
-- overlap. Method and source, a few values each, are filters more than orders; sorted by
-- them, the list sorts in the background.
CREATE INDEX patrol_by_distance ON patrol (distance_m, start_at);
CREATE INDEX patrol_by_duration ON patrol (duration_s, start_at);
