-- HouseholdViewProjection: the household's code and village and each member's name folded for search
-- (SearchFold: lower case, no accents, đ as d, any Unicode form), so that "nguyen van dat" finds
-- "Nguyễn Văn Đạt". The projection is rebuilt from the event store to fill them: its tables are
-- emptied, and its token, count and dead letters go.
TRUNCATE query_side.household, query_side.household_member, query_side.household_assessment;
DELETE FROM ${processing_schema}.token_entry WHERE processor_name = 'household-view';
DELETE FROM ${processing_schema}.dead_letter_entry WHERE processing_group = 'household-view';
DELETE FROM query_side.projection_count WHERE processor = 'household-view';

ALTER TABLE query_side.household
    ADD COLUMN code_folded    TEXT NOT NULL,
    ADD COLUMN village_folded TEXT NOT NULL;
ALTER TABLE query_side.household_member ADD COLUMN full_name_folded TEXT NOT NULL;
