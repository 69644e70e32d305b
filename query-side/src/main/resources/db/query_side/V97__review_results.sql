-- ReviewResultProjection: the results of the reviews as the reports upward count them. One row per
-- assessment with the lists it sets (a periodic review of Y sets the lists of Y+1, an ad hoc one those of
-- Y), the move it made (kept current through voidings and restatements) and its head then (sex, ethnic
-- group: the reports count female-headed and ethnic-minority households); and each household's members,
-- from which the head at an assessment is read.
CREATE TABLE query_side.review_result (
    household_id    UUID        NOT NULL,
    sequence_number BIGINT      NOT NULL,
    assessment_id   UUID        NOT NULL,
    lists_year      INTEGER     NOT NULL,
    decided_on      DATE        NOT NULL,
    commune_code    VARCHAR(64) NOT NULL,
    classification  VARCHAR(16) NOT NULL,
    policy_group    VARCHAR(32) NOT NULL,
    deprivations    TEXT[]      NOT NULL,
    causes          TEXT[]      NOT NULL,
    move            VARCHAR(32),
    head_sex        VARCHAR(8),
    head_ethnicity  VARCHAR(8),
    voided          BOOLEAN     NOT NULL DEFAULT FALSE,
    PRIMARY KEY (household_id, sequence_number)
);
CREATE INDEX review_result_lists_year ON query_side.review_result (lists_year) WHERE NOT voided;
CREATE UNIQUE INDEX review_result_assessment ON query_side.review_result (household_id, assessment_id);

CREATE TABLE query_side.review_result_member (
    household_id UUID        NOT NULL,
    member_id    UUID        NOT NULL,
    sex          VARCHAR(8)  NOT NULL,
    ethnicity    VARCHAR(8),
    head         BOOLEAN     NOT NULL,
    PRIMARY KEY (household_id, member_id)
);
