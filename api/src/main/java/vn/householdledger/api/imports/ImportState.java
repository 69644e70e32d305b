package vn.householdledger.api.imports;

/** Where an import is: running in the background, done, or failed (the file could not be read to its end). */
public enum ImportState {
    RUNNING,
    DONE,
    FAILED
}
