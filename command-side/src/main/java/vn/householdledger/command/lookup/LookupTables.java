package vn.householdledger.command.lookup;

/**
 * Tables that an {@code @InCommandTransaction} handler of {@link #PROCESSING_GROUP} writes from the
 * events, and that {@link LookupRebuild} so rebuilds from the event store (its {@code @ResetHandler}
 * empties them first).
 */
public interface LookupTables {

    String PROCESSING_GROUP = "command-lookups";

    /** Whether the tables hold no row at all. */
    boolean isEmpty();
}
