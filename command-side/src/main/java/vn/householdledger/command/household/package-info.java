/**
 * One household's case (hộ gia đình): registration, members, assessments under the poverty
 * standards, help received, transfer and closure. {@link vn.householdledger.command.household.Household}
 * decides every rule of one household; the rules that span households (unique codes and national
 * ids) are checked by {@link vn.householdledger.command.household.HouseholdUniqueness} against the
 * lookups {@link vn.householdledger.command.household.HouseholdLookups} records from the events.
 */
package vn.householdledger.command.household;
