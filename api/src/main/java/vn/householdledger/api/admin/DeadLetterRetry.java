package vn.householdledger.api.admin;

/** How many sequences were handled again successfully, and how many letters are still parked. */
public record DeadLetterRetry(String name, long retried, long remaining) {
}
