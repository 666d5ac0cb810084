-- Cached inequality measures (indicatorhub measures --db, the dashboard): one row per group of subgroups, i.e.
-- indicator × setting × dimension × period, and per option set (measures, sii method, favourable/scale used,
-- simulation draws and seed, confidence level). input_hash is a SHA-256 over exactly what the measures were
-- computed from (every subgroup's estimate, SE, limits, population, order and reference flag, the setting
-- average, the indicator's direction and scale, and the highest batch id among the input rows). A read
-- assembles the group from the store, recomputes the hash and uses the row only when it matches, so any import
-- that changes an input value, adds or removes a subgroup, or changes a population invalidates it, and an
-- identical re-import (which keeps every batch_id, see ObservationUpsert) does not.
CREATE TABLE measure_cache (
    indicator   TEXT NOT NULL,
    setting     TEXT NOT NULL,
    dimension   TEXT NOT NULL,
    period      TEXT NOT NULL,
    options_key TEXT NOT NULL,
    input_hash  TEXT NOT NULL,
    results     TEXT NOT NULL,  -- JSON array of {measure, estimate, se, ci_lb, ci_ub, reason}
    computed_at TEXT NOT NULL,
    PRIMARY KEY (indicator, setting, dimension, period, options_key)
) WITHOUT ROWID;
