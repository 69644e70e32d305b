-- The village each household lives in: a review lists a household with its village, whose meeting agrees
-- the household's result. Households registered before are given the village of their registration.
ALTER TABLE command_side.household_placement ADD COLUMN village VARCHAR(200);

UPDATE command_side.household_placement p
   SET village = convert_from(e.payload, 'UTF8')::jsonb ->> 'village'
  FROM event_store.domain_event_entry e
 WHERE e.aggregate_identifier = p.household_id::text
   AND e.payload_type = 'vn.householdledger.events.household.HouseholdRegistered';
