/**
 * The help a household receives: loans and their repayments, health insurance cards and other
 * assistance, and the voiding of a mistaken record. Every event belongs to the household's stream.
 */
package vn.householdledger.events.assistance;
