-- UnitProjection: provinces and each commune-level unit's timeline, so that a day's units, and the unit a
-- household belonged to on a day, can be answered for any day.
CREATE TABLE query_side.unit_province (
    code          VARCHAR(64)  NOT NULL PRIMARY KEY,
    name          VARCHAR(200) NOT NULL,
    official_code VARCHAR(16)
);

-- A unit exists from established_on ('-infinity': before any date the ledger holds).
CREATE TABLE query_side.unit (
    code           VARCHAR(64)  NOT NULL PRIMARY KEY,
    established_on DATE         NOT NULL,
    official_code  VARCHAR(16),
    district       VARCHAR(200)
);

-- What a unit is called and how it is classed from a day: its registration, each rename and each
-- reclassification; a column left null keeps the value of the row before.
CREATE TABLE query_side.unit_attribute (
    code          VARCHAR(64)  NOT NULL,
    effective_on  DATE         NOT NULL,
    change        VARCHAR(16)  NOT NULL,
    name          VARCHAR(200),
    kind          VARCHAR(16),
    area          VARCHAR(16),
    province_code VARCHAR(64),
    PRIMARY KEY (code, effective_on, change)
);

-- The day a unit ended: merged into into_code, or dissolved (into_code null); recorded_at is when the
-- ledger learned it, for the lists as they stood at an instant.
CREATE TABLE query_side.unit_end (
    code         VARCHAR(64)  NOT NULL PRIMARY KEY,
    effective_on DATE         NOT NULL,
    into_code    VARCHAR(64),
    reference    VARCHAR(200) NOT NULL,
    recorded_at  TIMESTAMPTZ  NOT NULL
);
CREATE INDEX unit_end_into ON query_side.unit_end (into_code);

-- The villages a split moved from a unit into another, from a day.
CREATE TABLE query_side.unit_split (
    code         VARCHAR(64)  NOT NULL,
    village      VARCHAR(200) NOT NULL,
    effective_on DATE         NOT NULL,
    into_code    VARCHAR(64)  NOT NULL,
    reference    VARCHAR(200) NOT NULL,
    recorded_at  TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (code, village, effective_on)
);
CREATE INDEX unit_split_into ON query_side.unit_split (into_code);
