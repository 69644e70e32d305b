-- The query-side nodes that process projections, and the rebuilds they coordinate (ProjectionNodes,
-- ProjectionRebuilds). A node writes its row every heartbeat; one not seen within the token store's
-- claim timeout counts as gone, and its segments are taken by the others. processors names the
-- projections it runs: a projection's segments are shared among the live nodes that run it.
CREATE TABLE query_side.projection_node (
    node       VARCHAR(255) NOT NULL PRIMARY KEY,
    seen       TIMESTAMPTZ  NOT NULL,
    processors TEXT[]       NOT NULL
);

-- One row per projection being rebuilt: its key lets one rebuild of a projection run at a time,
-- whichever node asked. While paused, every node stops processing the projection and releases its
-- claims; the rebuilding node then resets every segment and clears paused, and the nodes start again.
CREATE TABLE query_side.projection_rebuild (
    processor    VARCHAR(255) NOT NULL PRIMARY KEY,
    node         VARCHAR(255) NOT NULL,
    requested_by VARCHAR(255) NOT NULL,
    paused       BOOLEAN      NOT NULL,
    since        TIMESTAMPTZ  NOT NULL
);
