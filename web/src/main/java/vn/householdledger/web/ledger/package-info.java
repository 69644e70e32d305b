/**
 * The pages' clients of the ledger's HTTP API: declarative interfaces ({@code @HttpExchange}) on the
 * contract's records, one per side and feature, with the signed-in person's token, the form's
 * {@code Idempotency-Key} and the position of the person's last write on every call.
 */
package vn.householdledger.web.ledger;
