-- The store's data generation (issue 7 §7): one number that moves on with every commit that can change what the
-- dashboard shows, so the web's read models (profiles, spreads among municipalities, chart bytes and their ETags)
-- key on it instead of querying their inputs on every request. Triggers move it in the same transaction as the
-- change, whichever process writes (the web's writer queue or the CLI), so no reader can see new data under an
-- old generation or the other way round. A rollback moves it too: it lowers batch ids and deletes rows, so "the
-- highest batch id" is not a version of the data once batches can be rolled back.
-- Not portable as written: PostgreSQL needs a trigger function calling the same UPDATE (the table is portable).
CREATE TABLE data_generation (
    id         INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
    generation INTEGER NOT NULL
);

INSERT INTO data_generation (id, generation) VALUES (1, 1);

-- Every import (values, indicator metadata, areas and SDG links all arrive in a batch's transaction).
CREATE TRIGGER data_generation_on_batch AFTER INSERT ON import_batches
BEGIN
    UPDATE data_generation SET generation = generation + 1 WHERE id = 1;
END;

-- A rollback marks its batch in the transaction that restores the values.
CREATE TRIGGER data_generation_on_rollback AFTER UPDATE OF rolled_back_at ON import_batches
BEGIN
    UPDATE data_generation SET generation = generation + 1 WHERE id = 1;
END;

-- The SDG mapping is edited outside batches too (sdg import-mapping); a profile groups by its goals.
CREATE TRIGGER data_generation_on_mapping_insert AFTER INSERT ON sdg_mappings
BEGIN
    UPDATE data_generation SET generation = generation + 1 WHERE id = 1;
END;

CREATE TRIGGER data_generation_on_mapping_update AFTER UPDATE ON sdg_mappings
BEGIN
    UPDATE data_generation SET generation = generation + 1 WHERE id = 1;
END;

CREATE TRIGGER data_generation_on_mapping_delete AFTER DELETE ON sdg_mappings
BEGIN
    UPDATE data_generation SET generation = generation + 1 WHERE id = 1;
END;
