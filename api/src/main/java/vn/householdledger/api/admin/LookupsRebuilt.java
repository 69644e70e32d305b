package vn.householdledger.api.admin;

/**
 * The command side's lookups rebuilt from the event store: {@code replayed} events of the types they
 * record, read up to the store's position {@code position}.
 */
public record LookupsRebuilt(long replayed, long position) {
}
