/**
 * The query side: projections record what happened into read models, one table per query, each
 * owned by one projection and rebuilt by replay; the read API answers from them. It owns the
 * {@code query_side} schema and only reads {@code event_store}.
 */
package vn.householdledger.query;
