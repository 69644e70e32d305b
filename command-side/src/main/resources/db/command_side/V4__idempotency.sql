-- The first answer to each Idempotency-Key of each account, written in the command's own transaction
-- so that a retry, even after a restart, gets it again and writes nothing.
CREATE TABLE command_side.idempotency_record (
    account      VARCHAR(128) NOT NULL,
    idem_key     VARCHAR(255) NOT NULL,
    request_hash VARCHAR(64)  NOT NULL,
    command_type VARCHAR(255) NOT NULL,
    command      TEXT         NOT NULL,
    result_type  VARCHAR(255),
    result       TEXT,
    recorded_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (account, idem_key)
);
