-- Drops migration 6's area-first index. Measured on 295 real Kolada files (940 813 rows, bench/RESULTS.md): the
-- import took 19–23 s of CPU with it and 6–7 s without, because every file (one KPI, all areas) scatters its rows
-- over the whole area-first index and each per-file commit rewrites those pages. Area-first reads do not need it:
-- they seek the primary key (indicator_id, area_id, …) once per indicator (`FROM indicators i CROSS JOIN
-- observations o WHERE o.indicator_id = i.id AND o.area_id = ?`), which reads Malmö's 32 144 rows of the
-- whole-Kolada store as fast as the index did.
DROP INDEX IF EXISTS observations_by_area;
