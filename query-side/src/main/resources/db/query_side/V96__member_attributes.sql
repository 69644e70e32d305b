-- HouseholdViewProjection: each member's attributes, which the reports upward count. A member recorded
-- before they existed is not recorded (no group, unknown), never "no"; the events say so through their
-- upcaster, and these defaults say the same of the rows already projected.
ALTER TABLE query_side.household_member
    ADD COLUMN ethnicity           VARCHAR(2),
    ADD COLUMN disability          VARCHAR(8) NOT NULL DEFAULT 'UNKNOWN',
    ADD COLUMN meritorious_service VARCHAR(8) NOT NULL DEFAULT 'UNKNOWN';
