-- Issue 9: the web app's background jobs (dry runs, imports, fetches) outlive a restart. The request and the result
-- are JSON the web app writes and reads; storage only keeps them. A job found unfinished at start is queued again
-- (its import transaction rolled back with the process, so nothing is half-stored).

CREATE TABLE IF NOT EXISTS web_jobs (
    id          TEXT NOT NULL PRIMARY KEY,   -- 32 hex digits
    kind        TEXT NOT NULL,               -- dry-run, import, fetch
    user_name   TEXT NOT NULL,
    upload_id   TEXT,                        -- the uploaded file a dry run or import reads
    state       TEXT NOT NULL,
    request     TEXT NOT NULL,
    result      TEXT,
    queued_at   TEXT NOT NULL,
    finished_at TEXT
);

CREATE INDEX IF NOT EXISTS web_jobs_by_upload ON web_jobs (upload_id);
