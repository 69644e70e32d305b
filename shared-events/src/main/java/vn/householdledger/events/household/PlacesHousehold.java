package vn.householdledger.events.household;

/** An event after which the household belongs to {@link #communeCode()} (registration, transfer). */
public interface PlacesHousehold extends HouseholdEvent {

    String communeCode();
}
