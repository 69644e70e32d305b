-- Crypto-shredding (vn.householdledger.platform.erasure): one AES-256 key per household, wrapped (AES-GCM) by the
-- master key named master_key_id. In the event store's schema: backed up with the events, readable by the query
-- side (which decrypts what it reads). Deleting a row erases that household's personal data for ever.
CREATE TABLE event_store.household_key (
    household_id  UUID        NOT NULL PRIMARY KEY,
    master_key_id VARCHAR(64) NOT NULL,
    wrapped_key   BYTEA       NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- One row once the events stored before encryption had their personal fields sealed in place.
CREATE TABLE command_side.plaintext_sealed (
    sealed_at TIMESTAMPTZ NOT NULL,
    events    INTEGER     NOT NULL,
    one       BOOLEAN     NOT NULL DEFAULT TRUE PRIMARY KEY CHECK (one)
);
