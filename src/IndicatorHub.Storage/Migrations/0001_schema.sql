-- The store's tables. Portable SQL where it costs nothing (a PostgreSQL backend is planned): no SQLite-only
-- types; WITHOUT ROWID on observations is the one SQLite optimisation, worth it for the 5 M-row import.

CREATE TABLE areas (
    id                       INTEGER PRIMARY KEY,
    code                     TEXT NOT NULL UNIQUE,   -- SCB: 00, 01, 0180
    kolada_id                TEXT NOT NULL UNIQUE,   -- Kolada: 0000, 0001, 0180
    name                     TEXT NOT NULL,
    kind                     TEXT NOT NULL CHECK (kind IN ('country', 'region', 'municipality', 'other')),
    county_code              TEXT,
    municipality_group_id    TEXT,
    municipality_group_title TEXT
);

-- Every spelling an importer may meet: codes of both systems, old codes, short and long names.
CREATE TABLE area_aliases (
    alias   TEXT NOT NULL PRIMARY KEY,  -- upper-cased invariantly
    area_id INTEGER NOT NULL REFERENCES areas (id)
);

CREATE TABLE import_batches (
    id             INTEGER PRIMARY KEY,
    file_name      TEXT NOT NULL,
    format         TEXT NOT NULL,
    sha256         TEXT NOT NULL,
    started_at     TEXT NOT NULL,
    finished_at    TEXT,
    status         TEXT NOT NULL CHECK (status IN ('stored', 'partial', 'rejected')),
    rows_read      INTEGER NOT NULL DEFAULT 0,
    rows_stored    INTEGER NOT NULL DEFAULT 0,
    rows_changed   INTEGER NOT NULL DEFAULT 0,
    rows_rejected  INTEGER NOT NULL DEFAULT 0,
    error_count    INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE import_errors (
    batch_id INTEGER NOT NULL REFERENCES import_batches (id) ON DELETE CASCADE,
    seq      INTEGER NOT NULL,
    line     INTEGER NOT NULL,
    col      INTEGER NOT NULL,
    field    TEXT,
    reason   TEXT NOT NULL,
    PRIMARY KEY (batch_id, seq)
);

CREATE TABLE indicators (
    id                INTEGER PRIMARY KEY,
    code              TEXT NOT NULL UNIQUE,  -- as the source writes it: N00923
    title             TEXT NOT NULL,
    title_en          TEXT,
    description       TEXT,
    unit              TEXT,
    source            TEXT,
    higher_is_better  INTEGER,               -- 1, 0, or NULL when unknown
    scale             REAL,                  -- HEAT indicator_scale: 100 percent, 1000, 1
    divided_by_gender INTEGER NOT NULL DEFAULT 0,
    operating_area    TEXT,
    needs_metadata    INTEGER NOT NULL DEFAULT 0,
    batch_id          INTEGER REFERENCES import_batches (id)
);

CREATE TABLE dimensions (
    id      TEXT NOT NULL PRIMARY KEY,
    ordered INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE subgroups (
    dimension_id TEXT NOT NULL REFERENCES dimensions (id),
    id           TEXT NOT NULL,
    sort_order   INTEGER,
    is_reference INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (dimension_id, id)
);

-- batch_id: the batch that set the value. seen_batch_id: the last batch whose file contained the key; equal to
-- the running batch means the key already occurred in the same file, which is how duplicates are caught
-- without holding every key of a large file in memory.
CREATE TABLE observations (
    indicator_id  INTEGER NOT NULL REFERENCES indicators (id),
    area_id       INTEGER NOT NULL REFERENCES areas (id),
    period        TEXT NOT NULL,
    dimension     TEXT NOT NULL,
    subgroup      TEXT NOT NULL,
    value         REAL,
    status        TEXT,
    se            REAL,
    ci_lb         REAL,
    ci_ub         REAL,
    population    REAL,
    batch_id      INTEGER NOT NULL REFERENCES import_batches (id),
    seen_batch_id INTEGER NOT NULL,
    PRIMARY KEY (indicator_id, area_id, period, dimension, subgroup)
) WITHOUT ROWID;
