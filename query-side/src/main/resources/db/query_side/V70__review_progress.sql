-- ReviewProgressProjection: each review of a commune as its steps left it (rà soát hộ nghèo, hộ cận nghèo),
-- for GET /api/reviews, GET /api/reviews/{reviewId} and its posting list. These are not the review_*
-- tables of ReviewProjection (the statistics' facts by business date), which count recognised statuses.

-- One review. posted_on, posting_ends_on: its latest posting, kept when an upheld complaint takes it back
-- to OPEN and replaced when it is posted again; overdue_on: the due day a periodic review passed undecided.
CREATE TABLE query_side.review (
    review_id       UUID        NOT NULL PRIMARY KEY,
    commune_code    VARCHAR(64) NOT NULL,
    year            INTEGER     NOT NULL,
    kind            VARCHAR(16) NOT NULL,
    standard        VARCHAR(32) NOT NULL,
    lists_year      INTEGER     NOT NULL,
    step            VARCHAR(16) NOT NULL,
    opened_on       DATE        NOT NULL,
    posted_on       DATE,
    posting_ends_on DATE,
    decided_on      DATE,
    decision_number VARCHAR(64),
    overdue_on      DATE
);
CREATE INDEX review_commune_year ON query_side.review (commune_code, year);

-- Each household a review listed: why, in which village, its latest survey's proposal and whether a
-- meeting agreed it (a new survey or an upheld complaint takes the agreement back), and what the
-- decision recognised.
CREATE TABLE query_side.review_household (
    review_id               UUID         NOT NULL,
    household_id            UUID         NOT NULL,
    village                 VARCHAR(200) NOT NULL,
    reason                  VARCHAR(16)  NOT NULL,
    listed_on               DATE         NOT NULL,
    surveyed_on             DATE,
    proposed_classification VARCHAR(16),
    agreed                  BOOLEAN      NOT NULL DEFAULT FALSE,
    decided_classification  VARCHAR(16),
    PRIMARY KEY (review_id, household_id)
);

-- Each complaint about a household's posted result; upheld is null while it is open. resolved_sequence
-- (the resolution's place in the review's stream) tells a household's latest resolved complaint.
CREATE TABLE query_side.review_complaint (
    review_id         UUID    NOT NULL,
    complaint_id      UUID    NOT NULL,
    household_id      UUID    NOT NULL,
    received_on       DATE    NOT NULL,
    resolved_on       DATE,
    upheld            BOOLEAN,
    resolved_sequence BIGINT,
    PRIMARY KEY (review_id, complaint_id)
);
