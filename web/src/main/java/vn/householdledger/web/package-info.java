/**
 * The server-rendered pages for social workers, auditors and the steering committee: a client of the
 * API like any other, over HTTP on the contract's records ({@code ledger}), so a page obeys exactly
 * the rules of the API; this package only renders, translates typed text into requests and shows each
 * refusal next to its field. Vietnamese by default, English with {@code ?lang=en}; every table exports
 * as .xlsx and .csv.
 */
package vn.householdledger.web;
