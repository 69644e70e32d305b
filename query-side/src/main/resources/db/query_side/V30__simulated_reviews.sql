-- ReviewProjection and HouseholdViewProjection: whether an assessment is simulated, i.e. made up by the
-- demo for a review not held in the data (HouseholdAssessed.simulated); the API never records one.
ALTER TABLE query_side.review_assessment ADD COLUMN simulated BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE query_side.household ADD COLUMN simulated BOOLEAN NOT NULL DEFAULT FALSE;
