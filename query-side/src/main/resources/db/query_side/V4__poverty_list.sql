-- PovertyListProjection: each household as the poverty list knows it, for GET /api/poverty-list.
-- listed_until: the first day it is off the lists (null: on them while its class lasts).
CREATE TABLE query_side.poverty_list (
    household_id         UUID         NOT NULL PRIMARY KEY,
    code                 VARCHAR(64)  NOT NULL,
    commune_code         VARCHAR(64)  NOT NULL,
    head_name            VARCHAR(200),
    classification       VARCHAR(16),
    classification_since DATE,
    left_lists_on        DATE,
    listed_until         DATE,
    policy_group         VARCHAR(32),
    closed               BOOLEAN      NOT NULL
);
CREATE INDEX poverty_list_listed ON query_side.poverty_list (commune_code, code)
    WHERE NOT closed AND classification IS NOT NULL;
