-- HouseholdViewProjection: the household's latest assessment and its end, for GET /api/households/{id}.
-- The listed status (POOR, NEAR_POOR, NEWLY_ESCAPED, NOT_POOR) follows from these at read time.
ALTER TABLE query_side.household
    ADD COLUMN review_year              INTEGER,
    ADD COLUMN assessed_on              DATE,
    ADD COLUMN standard                 VARCHAR(32),
    ADD COLUMN income_per_capita        BIGINT,
    ADD COLUMN deprivations             TEXT[],
    ADD COLUMN causes                   TEXT[],
    ADD COLUMN policy_group             VARCHAR(32),
    ADD COLUMN classification           VARCHAR(16),
    ADD COLUMN basis                    VARCHAR(32),
    ADD COLUMN explanation              VARCHAR(500),
    ADD COLUMN classification_since     DATE,
    ADD COLUMN left_lists_on            DATE,
    ADD COLUMN pledged_years            INTEGER[] NOT NULL DEFAULT '{}',
    ADD COLUMN closed_on                DATE,
    ADD COLUMN closure_reason           VARCHAR(16);
