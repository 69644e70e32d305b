-- DistrictTargetProjection: the district's targets of each year in percent, for GET /api/targets/{year}.
CREATE TABLE query_side.district_target (
    year  INTEGER      NOT NULL,
    code  VARCHAR(64)  NOT NULL,
    value NUMERIC(5,2) NOT NULL,
    PRIMARY KEY (year, code)
);
