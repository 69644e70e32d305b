-- HouseholdViewProjection: each assessment's explanation as facts (JSON of the event's Explanation, put
-- into words in the reader's language when read) where it was an English sentence. The projection is
-- rebuilt from the event store to write them so (V100 rebuilds it too; a second rebuild at the same
-- start costs nothing more, as its tables are empty).
TRUNCATE query_side.household, query_side.household_member, query_side.household_assessment;
DELETE FROM ${processing_schema}.token_entry WHERE processor_name = 'household-view';
DELETE FROM ${processing_schema}.dead_letter_entry WHERE processing_group = 'household-view';
DELETE FROM query_side.projection_count WHERE processor = 'household-view';

ALTER TABLE query_side.household ALTER COLUMN explanation TYPE TEXT;
ALTER TABLE query_side.household_assessment ALTER COLUMN explanation TYPE TEXT;
