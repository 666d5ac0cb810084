-- What an unchanged re-import needs to recognise a file it has already stored, and to know whether anything has
-- overwritten that file's values since (see StoreImportSession.FindUnchangedBatch):
-- byte_count and parse_key (the format and the options that shape parsing) beside sha256 identify "the same
-- file read the same way"; replayable is 0 for a batch that also wrote areas, dimensions or SDG links, which the
-- rule does not track; import_batch_indicators says which indicators (and, for values, which dimensions of
-- them) each stored batch wrote values or metadata of, so a later batch touching the same indicator and
-- dimension in the same way is found with one index probe. Kolada's by-gender file of a KPI (sex) and its
-- total file (total) thus do not stand in each other's way.
ALTER TABLE import_batches ADD COLUMN byte_count INTEGER;
ALTER TABLE import_batches ADD COLUMN parse_key TEXT;
ALTER TABLE import_batches ADD COLUMN replayable INTEGER NOT NULL DEFAULT 0;

CREATE INDEX import_batches_fingerprint ON import_batches (sha256, byte_count);

CREATE TABLE import_batch_indicators (
    indicator_id INTEGER NOT NULL,
    batch_id     INTEGER NOT NULL REFERENCES import_batches (id) ON DELETE CASCADE,
    kind         TEXT NOT NULL CHECK (kind IN ('values', 'metadata')),
    dimension    TEXT NOT NULL DEFAULT '',  -- the dimension of the values written; '' for metadata
    PRIMARY KEY (indicator_id, kind, dimension, batch_id)
) WITHOUT ROWID;

CREATE INDEX import_batch_indicators_batch ON import_batch_indicators (batch_id);
