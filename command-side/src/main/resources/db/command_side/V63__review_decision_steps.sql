-- A decision on its way to the households: one step per recognised household, in the decision's order,
-- pending until the household's assessment is stored (in the same transaction as the step is marked) or
-- the household refused it. Written in the decision's own transaction; never replayed.
CREATE TABLE command_side.review_decision_step (
    position     BIGSERIAL   NOT NULL UNIQUE,
    review_id    UUID        NOT NULL,
    household_id UUID        NOT NULL,
    state        VARCHAR(16) NOT NULL,
    refusal      TEXT,
    done_at      TIMESTAMPTZ,
    PRIMARY KEY (review_id, household_id)
);
CREATE INDEX review_decision_step_pending ON command_side.review_decision_step (position) WHERE state = 'PENDING';
