-- The read audit (vn.householdledger.query.audit): one row per read of households' data, written by the
-- read itself before its answer leaves. Not a projection: no rebuild clears it, and it is append-only
-- (a trigger refuses UPDATE, DELETE and TRUNCATE).
CREATE TABLE query_side.read_audit (
    id             BIGSERIAL    NOT NULL PRIMARY KEY,
    at             TIMESTAMPTZ  NOT NULL DEFAULT clock_timestamp(),
    account        VARCHAR(255) NOT NULL,
    client_address VARCHAR(64),
    what           VARCHAR(32)  NOT NULL,
    household_id   UUID,
    filter         VARCHAR(1000)
);
CREATE INDEX read_audit_household ON query_side.read_audit (household_id, at) WHERE household_id IS NOT NULL;
CREATE INDEX read_audit_account ON query_side.read_audit (account, at);
CREATE INDEX read_audit_at ON query_side.read_audit (at);

CREATE FUNCTION query_side.refuse_read_audit_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'read_audit is append-only: % refused', TG_OP;
END $$;

CREATE TRIGGER read_audit_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON query_side.read_audit
    FOR EACH STATEMENT EXECUTE FUNCTION query_side.refuse_read_audit_change();
