-- Tamper evidence of the event store (vn.householdledger.platform.chain): what the hashes in the events'
-- metadata are checked against. Every table here is append-only: a trigger refuses UPDATE, DELETE and TRUNCATE.

-- The hashes of the household events stored before the chain, as the first verification computed them.
CREATE TABLE command_side.unchained_event_hash (
    aggregate_identifier VARCHAR(255) NOT NULL,
    sequence_number      BIGINT       NOT NULL,
    hash                 CHAR(64)     NOT NULL,
    PRIMARY KEY (aggregate_identifier, sequence_number)
);

-- One row once the first verification has anchored the events stored before the chain: from then on an
-- event without a hash and without a row above was not there then.
CREATE TABLE command_side.chain_start (
    anchored_at TIMESTAMPTZ NOT NULL,
    one         BOOLEAN     NOT NULL DEFAULT TRUE PRIMARY KEY CHECK (one)
);

-- A household's head (its last event's sequence and hash) as the day's first clean verification found it.
CREATE TABLE command_side.household_anchor (
    anchored_on     DATE         NOT NULL,
    household_id    VARCHAR(255) NOT NULL,
    commune_code    VARCHAR(64)  NOT NULL,
    sequence_number BIGINT       NOT NULL,
    hash            CHAR(64)     NOT NULL,
    PRIMARY KEY (household_id, anchored_on)
);

-- A commune's daily anchor: a SHA-256 over its households' heads (id:sequence:hash, by id, one a line),
-- short enough to be copied out of the ledger (to the commune's paper minutes, say).
CREATE TABLE command_side.commune_anchor (
    anchored_on  DATE        NOT NULL,
    commune_code VARCHAR(64) NOT NULL,
    households   INTEGER     NOT NULL,
    root         CHAR(64)    NOT NULL,
    recorded_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (commune_code, anchored_on)
);

CREATE FUNCTION command_side.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP;
END $$;

DO $$
DECLARE
    t TEXT;
BEGIN
    FOREACH t IN ARRAY ARRAY['unchained_event_hash', 'chain_start', 'household_anchor', 'commune_anchor'] LOOP
        EXECUTE format('CREATE TRIGGER %1$s_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON command_side.%1$s'
                       ' FOR EACH STATEMENT EXECUTE FUNCTION command_side.refuse_change()', t);
    END LOOP;
END $$;
