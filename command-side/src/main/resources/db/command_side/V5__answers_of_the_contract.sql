-- An assessment's answer moved into the module of the HTTP contract: the first answers kept for
-- Idempotency-Keys name its new class, so that a retry of an old request still gets its answer.
UPDATE command_side.idempotency_record
   SET result_type = 'vn.householdledger.api.household.AssessmentOutcome'
 WHERE result_type = 'vn.householdledger.command.household.AssessmentOutcome';
