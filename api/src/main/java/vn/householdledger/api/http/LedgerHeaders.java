package vn.householdledger.api.http;

/** The headers of the contract beyond HTTP's own. */
public final class LedgerHeaders {

    /** On a write: the same key and body answer the first answer again and write nothing. */
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    /** On a write's answer: the global position of its last event; on a read: the position to reflect at least. */
    public static final String EVENT_POSITION = "X-Event-Position";
    /** {@code wait} on a read: reflect every event committed before the read arrived. */
    public static final String CONSISTENCY = "X-Consistency";

    private LedgerHeaders() {
    }
}
