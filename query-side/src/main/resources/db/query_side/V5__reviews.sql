-- ReviewProjection: the facts of the yearly reviews by business date, for the committee's statistics,
-- flows and escapes: every assessment, every move between classes, where each household was from
-- which day, and when its case closed.
CREATE TABLE query_side.review_assessment (
    household_id    UUID        NOT NULL,
    sequence_number BIGINT      NOT NULL,
    year            INTEGER     NOT NULL,
    assessed_on     DATE        NOT NULL,
    commune_code    VARCHAR(64) NOT NULL,
    standard        VARCHAR(32) NOT NULL,
    classification  VARCHAR(16) NOT NULL,
    policy_group    VARCHAR(32) NOT NULL,
    income          BIGINT      NOT NULL,
    deprivations    TEXT[]      NOT NULL,
    causes          TEXT[]      NOT NULL,
    PRIMARY KEY (household_id, sequence_number)
);
CREATE INDEX review_assessment_year ON query_side.review_assessment (year, classification);
CREATE INDEX review_assessment_on ON query_side.review_assessment (assessed_on);

CREATE TABLE query_side.review_move (
    household_id    UUID        NOT NULL,
    sequence_number BIGINT      NOT NULL,
    year            INTEGER     NOT NULL,
    decided_on      DATE        NOT NULL,
    kind            VARCHAR(32) NOT NULL,
    from_class      VARCHAR(16),
    to_class        VARCHAR(16) NOT NULL,
    PRIMARY KEY (household_id, sequence_number)
);
CREATE INDEX review_move_decided ON query_side.review_move (decided_on);
CREATE INDEX review_move_year ON query_side.review_move (year, kind);

CREATE TABLE query_side.review_placement (
    household_id    UUID        NOT NULL,
    sequence_number BIGINT      NOT NULL,
    from_date       DATE        NOT NULL,
    commune_code    VARCHAR(64) NOT NULL,
    PRIMARY KEY (household_id, sequence_number)
);

CREATE TABLE query_side.review_closure (
    household_id UUID NOT NULL PRIMARY KEY,
    closed_on    DATE NOT NULL
);

-- The commune a household belonged to on a day: its latest placement from that day or before, or,
-- for a day before its registration, the commune it was registered in.
CREATE FUNCTION query_side.commune_on(household UUID, day DATE) RETURNS VARCHAR
    LANGUAGE sql STABLE AS $$
    SELECT commune_code FROM query_side.review_placement
     WHERE household_id = household
     ORDER BY (from_date <= day) DESC,
              CASE WHEN from_date <= day THEN from_date END DESC NULLS LAST,
              from_date, sequence_number DESC
     LIMIT 1
$$;
