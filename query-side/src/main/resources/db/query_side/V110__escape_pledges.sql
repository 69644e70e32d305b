-- EscapePledgeProjection: each household's pledge to escape poverty in a year, for GET /api/escape-pledges.
CREATE TABLE query_side.escape_pledge (
    household_id UUID    NOT NULL,
    year         INTEGER NOT NULL,
    pledged_on   DATE    NOT NULL,
    PRIMARY KEY (household_id, year)
);
CREATE INDEX escape_pledge_year ON query_side.escape_pledge (year);
