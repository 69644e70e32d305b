-- RecognitionProjection: every assessment recorded for a household, with the commune and the decision
-- (quyết định công nhận) behind it, voided ones kept and marked; the latest one not voided is the class
-- the household is recognised in, for GET /api/households/{id}/certificate.
CREATE TABLE query_side.recognition (
    household_id    UUID        NOT NULL,
    assessment_id   UUID        NOT NULL,
    sequence_number BIGINT      NOT NULL,
    commune_code    VARCHAR(64) NOT NULL,
    year            INTEGER     NOT NULL,
    kind            VARCHAR(16) NOT NULL,
    assessed_on     DATE        NOT NULL,
    standard        VARCHAR(32) NOT NULL,
    classification  VARCHAR(16) NOT NULL,
    review_id       UUID,
    decision_number VARCHAR(64),
    voided          BOOLEAN     NOT NULL DEFAULT FALSE,
    PRIMARY KEY (household_id, assessment_id)
);
CREATE INDEX recognition_latest ON query_side.recognition (household_id, sequence_number DESC) WHERE NOT voided;
