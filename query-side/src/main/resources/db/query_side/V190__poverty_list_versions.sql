-- PovertyListProjection: each version of a household's poverty-list entry, recorded when an event
-- changed it, with that event's place in the household's stream and the instant it was recorded (its
-- timestamp): the list as of an instant (GET /api/audit/poverty-list) is every household's last version
-- recorded by then. Head names follow erasure as in poverty_list. The projection is rebuilt from the
-- event store to fill it: its tables are emptied, and its token, count and dead letters go.
TRUNCATE query_side.poverty_list;
DELETE FROM ${processing_schema}.token_entry WHERE processor_name = 'poverty-list';
DELETE FROM ${processing_schema}.dead_letter_entry WHERE processing_group = 'poverty-list';
DELETE FROM query_side.projection_count WHERE processor = 'poverty-list';

-- An entry's columns as poverty_list has them (listed_until is for today's list only).
CREATE TABLE query_side.poverty_list_version (LIKE query_side.poverty_list);
ALTER TABLE query_side.poverty_list_version
    DROP COLUMN listed_until,
    ADD COLUMN sequence_number BIGINT      NOT NULL,
    ADD COLUMN recorded_at     TIMESTAMPTZ NOT NULL,
    -- an event's timestamp has nanoseconds, a TIMESTAMPTZ microseconds: recorded_at holds them cut to the
    -- microsecond, recorded_nanos the rest, so that (recorded_at, recorded_nanos) compares exactly
    ADD COLUMN recorded_nanos  SMALLINT    NOT NULL,
    ADD PRIMARY KEY (household_id, sequence_number);
-- The households ever placed in a unit, for the list of some units.
CREATE INDEX poverty_list_version_unit ON query_side.poverty_list_version (commune_code, household_id);
