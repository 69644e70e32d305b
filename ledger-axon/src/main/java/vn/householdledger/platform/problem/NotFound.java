package vn.householdledger.platform.problem;

/** An id in the path names nothing the service knows: answered 404. */
public class NotFound extends RuntimeException {

    public NotFound(String message) {
        super(message);
    }
}
