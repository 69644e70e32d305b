-- Failed sign-ins within the current window, per account and per client address (SignInAttempts), in the
-- schema of the process that signs people in (${processing_schema}), so that every node of it counts together.
-- A row is pruned once its window has passed. An account is kept as a digest, never as it was typed.
CREATE TABLE ${processing_schema}.sign_in_attempts (
    subject      VARCHAR(80) PRIMARY KEY,
    window_start TIMESTAMPTZ NOT NULL,
    failures     INTEGER     NOT NULL
);
CREATE INDEX sign_in_attempts_window ON ${processing_schema}.sign_in_attempts (window_start);
