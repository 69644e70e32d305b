-- Units that change: each commune's life, its area and province by date, the villages split off, the provinces.
-- Units registered before have always existed and belong to no recorded province: their new columns stay null.
ALTER TABLE command_side.commune_directory
    ADD COLUMN established_on DATE,
    ADD COLUMN province_code  VARCHAR(64),
    -- The day the unit merged away or was dissolved, and the unit it merged into (null when dissolved).
    ADD COLUMN ended_on       DATE,
    ADD COLUMN merged_into    VARCHAR(64);

-- From each reclassification's effective date, the unit's area (its poverty line) and its province.
CREATE TABLE command_side.unit_reclassification (
    code          VARCHAR(64) NOT NULL,
    effective_on  DATE        NOT NULL,
    area          VARCHAR(16) NOT NULL,
    province_code VARCHAR(64),
    PRIMARY KEY (code, effective_on)
);

-- The villages split off a unit into another, from the split's effective date: their households follow.
CREATE TABLE command_side.village_split (
    code         VARCHAR(64)  NOT NULL,
    village      VARCHAR(200) NOT NULL,
    effective_on DATE         NOT NULL,
    into_code    VARCHAR(64)  NOT NULL,
    PRIMARY KEY (code, village, effective_on)
);

-- A province code is registered once; a unit names a registered province.
CREATE TABLE command_side.province_directory (
    code VARCHAR(64) NOT NULL PRIMARY KEY
);

-- The units each unit change wrote to: a change id sent again names the same units or is refused.
CREATE TABLE command_side.unit_change (
    change_id UUID        NOT NULL,
    code      VARCHAR(64) NOT NULL,
    PRIMARY KEY (change_id, code)
);
