package vn.householdledger.platform.problem;

/** The same {@code Idempotency-Key} came back with another request: answered 422. */
public class IdempotencyKeyReused extends RuntimeException {

    private final String key;

    public IdempotencyKeyReused(String key) {
        super("Idempotency-Key '" + key + "' was already used for a different request");
        this.key = key;
    }

    public String key() {
        return key;
    }
}
