package vn.householdledger.platform.security;

/**
 * A signed-in principal as the ledger sees it, whichever way it signed in: an account with HTTP
 * Basic ({@link LedgerAccount}), a bearer token or a system job ({@link Caller} itself), or the
 * pages' signed-in person.
 */
public interface LedgerPrincipal {

    Caller caller();
}
