package vn.householdledger.api.imports;

/**
 * What an import did with one household: brought it in (a dry run: would have), found it held already
 * exactly as the file says, or refused it whole (its rows come back with why).
 */
public enum ImportOutcome {
    ACCEPTED,
    UNCHANGED,
    REFUSED
}
