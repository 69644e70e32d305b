-- Set-based rules the aggregates cannot see alone, written in the same transaction as the event.

-- Communes and wards: a code is registered once; households read their area (rural/urban) here.
CREATE TABLE command_side.commune_directory (
    code VARCHAR(64) NOT NULL PRIMARY KEY,
    area VARCHAR(16) NOT NULL
);

-- A household code (mã hộ) belongs to one household, for ever.
CREATE TABLE command_side.household_code (
    code         VARCHAR(64) NOT NULL PRIMARY KEY,
    household_id UUID        NOT NULL UNIQUE
);

-- Where each household is now and whether it is still open: the commune scope of a worker's write.
CREATE TABLE command_side.household_placement (
    household_id UUID        NOT NULL PRIMARY KEY,
    commune_code VARCHAR(64) NOT NULL,
    open         BOOLEAN     NOT NULL
);

-- A national id belongs to one open household at most.
CREATE TABLE command_side.national_id_holder (
    national_id  VARCHAR(32) NOT NULL PRIMARY KEY,
    household_id UUID        NOT NULL,
    member_id    UUID        NOT NULL
);
CREATE INDEX national_id_holder_household ON command_side.national_id_holder (household_id);
