-- Imports: their progress and results, kept apart from the event store (a dry run writes no event, and
-- neither does any import's own progress: only the households it brings in are events).

-- One import: who sent which file for which commune, where it is and what it did so far.
CREATE TABLE command_side.import_run (
    import_id    UUID         NOT NULL PRIMARY KEY,
    commune_code VARCHAR(64)  NOT NULL,
    dry_run      BOOLEAN      NOT NULL,
    file_name    VARCHAR(255) NOT NULL,
    file_format  VARCHAR(8)   NOT NULL,
    recorded_by  VARCHAR(128) NOT NULL,
    -- The file's header row as sent, and the delimiter of a CSV: the refused rows go back under them.
    header       TEXT[]       NOT NULL,
    delimiter    CHAR(1),
    state        VARCHAR(8)   NOT NULL,
    rows_total   INTEGER,
    rows_done    INTEGER      NOT NULL DEFAULT 0,
    households   INTEGER      NOT NULL DEFAULT 0,
    accepted     INTEGER      NOT NULL DEFAULT 0,
    unchanged    INTEGER      NOT NULL DEFAULT 0,
    refused      INTEGER      NOT NULL DEFAULT 0,
    started_at   TIMESTAMPTZ  NOT NULL,
    finished_at  TIMESTAMPTZ,
    failure      TEXT,
    -- The sender's Idempotency-Key and the hash of what she sent with it: the same key and file answer this import again.
    idem_key     VARCHAR(255),
    request_hash VARCHAR(64)  NOT NULL,
    UNIQUE (recorded_by, idem_key)
);
CREATE INDEX import_run_commune ON command_side.import_run (commune_code, started_at);

-- What became of each household of an import.
CREATE TABLE command_side.import_household (
    import_id    UUID        NOT NULL REFERENCES command_side.import_run ON DELETE CASCADE,
    first_row    INTEGER     NOT NULL,
    last_row     INTEGER     NOT NULL,
    code         VARCHAR(255),
    outcome      VARCHAR(9)  NOT NULL,
    household_id UUID,
    reason       TEXT,
    PRIMARY KEY (import_id, first_row)
);

-- The refused rows exactly as sent (their cells), with why each was refused.
CREATE TABLE command_side.import_refused_row (
    import_id  UUID    NOT NULL REFERENCES command_side.import_run ON DELETE CASCADE,
    row_number INTEGER NOT NULL,
    cells      TEXT[]  NOT NULL,
    reason     TEXT    NOT NULL,
    PRIMARY KEY (import_id, row_number)
);
