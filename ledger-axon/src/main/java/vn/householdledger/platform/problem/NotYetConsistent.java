package vn.householdledger.platform.problem;

/** The read side did not reach the asked position in time: answered 503 with {@code Retry-After}. */
public class NotYetConsistent extends RuntimeException {

    private final long position;

    public NotYetConsistent(long position) {
        super("The read models have not yet reached event position " + position + "; retry shortly");
        this.position = position;
    }

    public long position() {
        return position;
    }
}
