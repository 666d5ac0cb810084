-- Area-first reads (issue 7: the profile reads every indicator of one area; the chart URLs read one area's
-- series). The primary key leads with indicator_id, so without this index one area's rows mean a scan of the
-- whole table. Columns after area_id follow the profile's partition (indicator, dimension, subgroup, period);
-- a WITHOUT ROWID table's index also holds the primary key, so the value itself is one key lookup away.
CREATE INDEX IF NOT EXISTS observations_by_area ON observations (area_id, indicator_id, dimension, subgroup, period);
