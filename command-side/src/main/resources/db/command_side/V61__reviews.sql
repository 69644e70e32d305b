-- Each review of a commune: its commune (who may write it) and whether it is decided. A commune has one undecided review of a kind at a time: two openings that passed the check
-- together meet under the partial unique index.
CREATE TABLE command_side.review_directory (
    review_id    UUID        NOT NULL PRIMARY KEY,
    commune_code VARCHAR(64) NOT NULL,
    kind         VARCHAR(16) NOT NULL,
    decided      BOOLEAN     NOT NULL
);
CREATE UNIQUE INDEX review_directory_one_undecided ON command_side.review_directory (commune_code, kind) WHERE NOT decided;
