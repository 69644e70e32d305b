-- The as-of poverty list of one commune replays the households ever placed there.
CREATE INDEX review_placement_commune ON query_side.review_placement (commune_code);
