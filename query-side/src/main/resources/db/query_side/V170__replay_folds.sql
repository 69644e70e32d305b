-- ReplayFold: a rebuild under way whose projection folds rows in memory (the household view's). The mark
-- is set with the projection's reset and deleted with its last folded rows; one left at a start means the
-- process stopped with rows not written, and the projection is rebuilt again.
CREATE TABLE query_side.replay_fold (
    processor VARCHAR(255) NOT NULL PRIMARY KEY
);
