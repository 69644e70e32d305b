/**
 * The help households received, as read models: each household's loans, cards and assistance for
 * its current state, and the assistance audit. {@link vn.householdledger.query.assistance.AssistanceProjection}
 * owns the tables.
 */
package vn.householdledger.query.assistance;
