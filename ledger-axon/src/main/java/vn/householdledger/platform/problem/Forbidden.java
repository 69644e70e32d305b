package vn.householdledger.platform.problem;

/** A known account asked for something outside its role or its communes: answered 403. */
public class Forbidden extends RuntimeException {

    public Forbidden(String message) {
        super(message);
    }
}
