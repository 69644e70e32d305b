-- HandledEvents: how many events each projection (event processor) has handled since its last reset,
-- added per batch in the transaction that also stores the processor's token, so the count and the
-- token always agree. ProjectionCompleteness compares it with the events the store holds.
CREATE TABLE query_side.projection_count (
    processor VARCHAR(255) NOT NULL PRIMARY KEY,
    handled   BIGINT       NOT NULL
);
