-- Issue 9: analysts sign in, their changes are audited, and a batch can be rolled back to the values it replaced.

CREATE TABLE IF NOT EXISTS users (
    id              INTEGER PRIMARY KEY,
    name            TEXT NOT NULL UNIQUE COLLATE NOCASE,
    role            TEXT NOT NULL CHECK (role IN ('reader', 'analyst', 'admin')),
    password_hash   TEXT NOT NULL,
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    locked_until    TEXT,
    created_at      TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS audit_log (
    id        INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    user_name TEXT NOT NULL,
    action    TEXT NOT NULL,
    batch_id  INTEGER,
    detail    TEXT
);

CREATE INDEX IF NOT EXISTS audit_log_by_time ON audit_log (at DESC);

-- import_batches gains imported_by, stored_file, rolled_back_at and rolled_back_by in AnalystsMigration, which adds
-- only the columns missing (SQLite has no ADD COLUMN IF NOT EXISTS), so the script can run again on a database
-- rolled back to an earlier version in tests. status keeps its three values (its CHECK cannot change without
-- rebuilding a table other tables reference): rolled_back_at marks a rolled-back batch.

-- The values a batch replaced, written by the trigger below inside the importing transaction, so that a
-- rollback restores them exactly (value, status, statistics and the batch that had set them).
CREATE TABLE IF NOT EXISTS observation_history (
    id                INTEGER PRIMARY KEY,
    replaced_by       INTEGER NOT NULL,
    indicator_id      INTEGER NOT NULL,
    area_id           INTEGER NOT NULL,
    period            TEXT NOT NULL,
    dimension         TEXT NOT NULL,
    subgroup          TEXT NOT NULL,
    value             REAL,
    status            TEXT,
    se                REAL,
    ci_lb             REAL,
    ci_ub             REAL,
    population        REAL,
    old_batch_id      INTEGER NOT NULL,
    old_seen_batch_id INTEGER NOT NULL
);

CREATE INDEX IF NOT EXISTS observation_history_by_batch ON observation_history (replaced_by);
CREATE INDEX IF NOT EXISTS observation_history_by_old_batch ON observation_history (old_batch_id);

-- Fires only when a value actually changed (the upsert moves batch_id only then); inserts and confirmed
-- unchanged rows cost nothing extra.
CREATE TRIGGER IF NOT EXISTS observations_keep_replaced AFTER UPDATE OF batch_id ON observations
WHEN OLD.batch_id <> NEW.batch_id
BEGIN
    INSERT INTO observation_history (replaced_by, indicator_id, area_id, period, dimension, subgroup, value, status, se, ci_lb, ci_ub,
                                     population, old_batch_id, old_seen_batch_id)
    VALUES (NEW.batch_id, OLD.indicator_id, OLD.area_id, OLD.period, OLD.dimension, OLD.subgroup, OLD.value, OLD.status, OLD.se,
            OLD.ci_lb, OLD.ci_ub, OLD.population, OLD.batch_id, OLD.seen_batch_id);
END;

CREATE TABLE IF NOT EXISTS column_mappings (
    name       TEXT NOT NULL PRIMARY KEY,
    mapping    TEXT NOT NULL,   -- canonical=header pairs, one per line
    saved_by   TEXT NOT NULL,
    saved_at   TEXT NOT NULL
);
