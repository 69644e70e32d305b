-- An assessment may be voided (AssessmentVoided), and the standing ones after it restated
-- (AssessmentRestated). ReviewProjection: each assessment names itself and a voided one stays, marked;
-- a move names the assessment that made it (by its sequence), so that a voiding or a restatement
-- replaces it. HouseholdViewProjection: every assessment's findings, so that after a voiding the
-- household shows the one its status rests on. Both projections are rebuilt from the event store to
-- fill these: their tables are emptied, and their tokens, counts and dead letters go.
TRUNCATE query_side.review_assessment, query_side.review_move, query_side.review_placement, query_side.review_closure,
    query_side.household, query_side.household_member;
DELETE FROM ${processing_schema}.token_entry WHERE processor_name IN ('reviews', 'household-view');
DELETE FROM ${processing_schema}.dead_letter_entry WHERE processing_group IN ('reviews', 'household-view');
DELETE FROM query_side.projection_count WHERE processor IN ('reviews', 'household-view');

ALTER TABLE query_side.review_assessment
    ADD COLUMN assessment_id UUID    NOT NULL,
    ADD COLUMN voided        BOOLEAN NOT NULL DEFAULT FALSE;
CREATE UNIQUE INDEX review_assessment_id ON query_side.review_assessment (household_id, assessment_id);
ALTER TABLE query_side.review_move ADD COLUMN assessment_sequence BIGINT NOT NULL;

CREATE TABLE query_side.household_assessment (
    household_id      UUID         NOT NULL,
    assessment_id     UUID         NOT NULL,
    review_year       INTEGER      NOT NULL,
    assessed_on       DATE         NOT NULL,
    standard          VARCHAR(32)  NOT NULL,
    income_per_capita BIGINT       NOT NULL,
    deprivations      TEXT[]       NOT NULL,
    causes            TEXT[]       NOT NULL,
    policy_group      VARCHAR(32)  NOT NULL,
    classification    VARCHAR(16)  NOT NULL,
    basis             VARCHAR(32),
    explanation       VARCHAR(500) NOT NULL,
    simulated         BOOLEAN      NOT NULL,
    PRIMARY KEY (household_id, assessment_id)
);
