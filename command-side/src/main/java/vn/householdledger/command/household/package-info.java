/**
 * One household's case (hộ gia đình): registration, members, assessments under the poverty
 * standards, help received, transfer and closure. {@link vn.householdledger.command.household.Household}
 * decides every rule; the lookups of {@link vn.householdledger.command.household.HouseholdRegistry}
 * keep the rules that span households (unique codes and national ids).
 */
package vn.householdledger.command.household;
