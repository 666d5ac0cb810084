-- Indicator → SDG goal/target mappings (issue 3). Keyed by the indicator's CODE, not indicators.id: a mapping
-- applies as soon as the indicator exists, whichever importer brings it, and may exist before it (the curated
-- mapping is seeded into an empty database). Portable SQL: partial and expression indexes work in PostgreSQL too.

CREATE TABLE sdg_mappings (
    id               INTEGER PRIMARY KEY,
    position         INTEGER NOT NULL,                -- file order, so export -> import round-trips row for row
    indicator_code   TEXT NOT NULL,                   -- as the source writes it: N00923
    goal             INTEGER NOT NULL CHECK (goal BETWEEN 1 AND 17),
    target           TEXT,                            -- 3.4, 3.d; NULL for a goal-level mapping
    is_primary       INTEGER NOT NULL CHECK (is_primary IN (0, 1)),
    source           TEXT NOT NULL CHECK (source IN ('curated', 'kolada', 'analyst', 'suggestion')),
    mapped_at        TEXT NOT NULL,                   -- ISO 8601 with offset
    note             TEXT,
    -- Progress-towards-2030 settings; they belong to the indicator and so live on its primary row only.
    higher_is_better INTEGER CHECK (higher_is_better IN (0, 1)),
    target_value     REAL,
    target_year      INTEGER,
    base_year        INTEGER,
    limit_value      REAL                             -- "limit" is reserved in both dialects
);

-- One row per indicator/goal/target link; COALESCE because NULLs never collide in a unique index.
CREATE UNIQUE INDEX sdg_mappings_link ON sdg_mappings (indicator_code, goal, COALESCE(target, ''));

-- At most one primary per indicator, enforced by the database as well as by SdgMappingSet.
CREATE UNIQUE INDEX sdg_mappings_primary ON sdg_mappings (indicator_code) WHERE is_primary = 1;

CREATE INDEX sdg_mappings_goal ON sdg_mappings (goal, target);
