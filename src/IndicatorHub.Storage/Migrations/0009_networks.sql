-- Issue 8: networks of municipalities and regions become first-class: named sets that the comparison pages, the
-- measures' --group and the analysts' web management read from the store instead of CSV files alone.
-- Seeded from data/networks by NetworksMigration. Portable SQL (no WITHOUT ROWID, no COLLATE NOCASE): lookups
-- without case go through name_key, which the writer keeps as the lower-cased name.

CREATE TABLE networks (
    id          INTEGER PRIMARY KEY,
    slug        TEXT NOT NULL UNIQUE,   -- stable key for URLs; kept when the network is renamed
    name        TEXT NOT NULL,
    name_key    TEXT NOT NULL UNIQUE,   -- lower-cased trimmed name, for lookups without case
    is_example  INTEGER NOT NULL DEFAULT 0,
    source      TEXT,                   -- the shipped file it was seeded from; NULL for networks made on the web
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

-- Each member with where its membership is documented: a public page and the date of that page (or of reading it).
CREATE TABLE network_members (
    network_id  INTEGER NOT NULL REFERENCES networks (id) ON DELETE CASCADE,
    area_id     INTEGER NOT NULL REFERENCES areas (id),
    source_url  TEXT,
    source_date TEXT,
    note        TEXT,
    added_at    TEXT NOT NULL,
    PRIMARY KEY (network_id, area_id)
);

CREATE INDEX network_members_by_area ON network_members (area_id);
