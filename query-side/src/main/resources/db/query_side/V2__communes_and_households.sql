-- Read models of the commune and household projections; each table is owned by one projection.

-- CommuneProjection: the communes and wards, for lists and for names in every report.
CREATE TABLE query_side.commune (
    code          VARCHAR(64)  NOT NULL PRIMARY KEY,
    name          VARCHAR(200) NOT NULL,
    kind          VARCHAR(16)  NOT NULL,
    area          VARCHAR(16)  NOT NULL,
    registered_on DATE         NOT NULL
);

-- CommuneProjection: each commune's households (the denominator of rates) and target per year.
CREATE TABLE query_side.commune_year (
    code                    VARCHAR(64) NOT NULL,
    year                    INTEGER     NOT NULL,
    households              INTEGER     NOT NULL,
    poor_target_end_of_year INTEGER     NOT NULL,
    PRIMARY KEY (code, year)
);

-- HouseholdViewProjection: one household's current state, for GET /api/households/{id}.
CREATE TABLE query_side.household (
    household_id  UUID         NOT NULL PRIMARY KEY,
    code          VARCHAR(64)  NOT NULL,
    commune_code  VARCHAR(64)  NOT NULL,
    village       VARCHAR(200) NOT NULL,
    address       VARCHAR(500) NOT NULL,
    registered_on DATE         NOT NULL
);
CREATE INDEX household_commune ON query_side.household (commune_code);

-- HouseholdViewProjection: members present and past.
CREATE TABLE query_side.household_member (
    household_id     UUID         NOT NULL,
    member_id        UUID         NOT NULL,
    full_name        VARCHAR(200) NOT NULL,
    sex              VARCHAR(8)   NOT NULL,
    birth_date       DATE         NOT NULL,
    relation         VARCHAR(16)  NOT NULL,
    national_id      VARCHAR(32),
    joined_on        DATE         NOT NULL,
    departed_on      DATE,
    departure_reason VARCHAR(16),
    PRIMARY KEY (household_id, member_id)
);
