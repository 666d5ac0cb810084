-- Empty cells (no value, status or statistics) are no longer stored as rows (ObservationUpsert): a batch counts
-- them, so that its rows read still add up to stored + empty + rejected on the sources page and in the CLI.
-- Batches from before keep 0: their empty cells are among rows_stored.
ALTER TABLE import_batches ADD COLUMN rows_empty INTEGER NOT NULL DEFAULT 0;
