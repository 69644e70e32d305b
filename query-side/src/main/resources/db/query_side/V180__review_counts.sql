-- ReviewProjection keeps the commune table and the flows as counts, so that a day's statuses of every
-- commune are a sum over review_count, not a scan of every household's reviews.
--
-- review_count: by recorded commune and village (each read resolves them with unit_in_force, for the
-- units in force on the day it reads), the change on a day of the households of a class
-- (POOR, NEAR_POOR; NOT_POOR only when simulated, for the simulated flag): +1 the day a household's
-- status starts there, -1 the day it ends (a later assessment, a transfer, the case closed); and the
-- moves between classes (counted is the ClassMove) decided that day. A commune's households of a class on
-- a day are sum(delta) over day <= it; its moves in a period, sum(delta) over the period.
-- review_household_count: what each household adds to review_count, so that when its timeline changes
-- (even backdated) only the difference is applied.
ALTER TABLE query_side.review_placement ADD COLUMN village VARCHAR(200);

CREATE TABLE query_side.review_household_count (
    household_id UUID         NOT NULL,
    commune_code VARCHAR(64)  NOT NULL,
    village      VARCHAR(200) NOT NULL,
    day          DATE         NOT NULL,
    counted      VARCHAR(32)  NOT NULL,
    simulated    BOOLEAN      NOT NULL,
    delta        INTEGER      NOT NULL
);
CREATE INDEX review_household_count_household ON query_side.review_household_count (household_id);

CREATE TABLE query_side.review_count (
    commune_code VARCHAR(64)  NOT NULL,
    village      VARCHAR(200) NOT NULL,
    day          DATE         NOT NULL,
    counted      VARCHAR(32)  NOT NULL,
    simulated    BOOLEAN      NOT NULL,
    delta        BIGINT       NOT NULL,
    PRIMARY KEY (commune_code, village, day, counted, simulated)
);
CREATE INDEX review_count_day ON query_side.review_count (day);

-- review_count summed by year, so that a read sums whole years and only the days at a period's edges.
CREATE TABLE query_side.review_count_year (
    commune_code VARCHAR(64)  NOT NULL,
    village      VARCHAR(200) NOT NULL,
    year         INTEGER      NOT NULL,
    counted      VARCHAR(32)  NOT NULL,
    simulated    BOOLEAN      NOT NULL,
    delta        BIGINT       NOT NULL,
    PRIMARY KEY (commune_code, village, year, counted, simulated)
);

-- The reviews read model is rebuilt from the event store to fill them (and the registrations' villages).
TRUNCATE query_side.review_assessment, query_side.review_move, query_side.review_placement, query_side.review_closure;
DELETE FROM ${processing_schema}.token_entry WHERE processor_name = 'reviews';
DELETE FROM ${processing_schema}.dead_letter_entry WHERE processing_group = 'reviews';
DELETE FROM query_side.projection_count WHERE processor = 'reviews';
